"""``kizuna diff``: load two plan files by the one rule of :mod:`kizuna_graph.plan.load`, check, compare.

A plan that does not conform to the shapes is refused here as it is by ``kizuna validate`` and ``kizuna
build``, so that the three commands reach the same verdict on the same file; ``kizuna diff`` reports the refusal
as bad input (exit code 2), since its exit code 1 means "the plans differ".
"""

from __future__ import annotations

from pathlib import Path

from kizuna_graph.diff.compare import SIMILARITY_THRESHOLD, PlanDiff, compare
from kizuna_graph.errors import KizunaError, PlanValidationError, SourceError
from kizuna_graph.jobs.publish import checked
from kizuna_graph.messages import msg
from kizuna_graph.plan.load import load
from kizuna_graph.plan.view import PlanView, read_view
from kizuna_graph.terms.iris import DEFAULT_BASE

__all__ = ["compare_files", "load_view"]


def load_view(path: Path | str, *, base: str = DEFAULT_BASE) -> PlanView:
    """The outline of a plan file that conforms; :class:`SourceError` (exit code 2) for any other."""
    loaded = load(path, base=base)
    try:
        checked(loaded)
    except PlanValidationError as error:
        why = str(error).removeprefix(f"{loaded.path}: ")
        raise SourceError(loaded.path, msg("diff.not_conforming", why=why)) from None
    try:
        return read_view(loaded.graph)
    except KizunaError as error:
        raise SourceError(loaded.path, str(error)) from None


def compare_files(
    old: Path | str, new: Path | str, *, base: str = DEFAULT_BASE, threshold: float = SIMILARITY_THRESHOLD
) -> PlanDiff:
    """:func:`~kizuna_graph.diff.compare.compare` on two plan files (YAML source, Turtle, N-Triples, JSON-LD)."""
    return compare(load_view(old, base=base), load_view(new, base=base), threshold=threshold)
