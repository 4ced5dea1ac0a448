"""Reading a named input file: its bytes, once, after refusing what is not a readable file of a bounded size.

The YAML reader (:mod:`kizuna_graph.plan.yamlfile`) and the RDF reader (:mod:`kizuna_graph.plan.rdfinput`) both start
here, each with its own size limit, so that a missing file, a directory, an unreadable or oversized file is
refused with the same one-line :class:`~kizuna_graph.errors.SourceError` (exit code 2) whatever its format.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from kizuna_graph.errors import SourceError
from kizuna_graph.messages import Message, msg


def read_limited(path: Path, *, limit: int, what: str | Message, suffixes: Sequence[str]) -> bytes:
    """The bytes of ``path``, at most ``limit`` of them; else a :class:`SourceError` that says what to fix.

    ``what`` names the file the caller expects (``"a plan file"``) and ``suffixes`` its extensions, for the
    messages. The size is checked before the file is opened, and again on the bytes read (a file that grew
    meanwhile, or a device that ``stat()`` cannot size), so that no more than ``limit + 1`` bytes are read.
    """
    try:
        if path.is_dir():
            raise SourceError(path, msg("file.directory", what=what, suffixes=", ".join(suffixes)))
        size = path.stat().st_size
        if size > limit:
            raise SourceError(path, msg("file.too_large", size=size, limit=limit, what=what))
        with path.open("rb") as stream:
            raw = stream.read(limit + 1)
    except FileNotFoundError:
        raise SourceError(path, msg("file.missing")) from None
    except PermissionError:
        raise SourceError(path, msg("file.permission")) from None
    except OSError as error:
        raise SourceError(path, msg("file.unreadable", reason=error.strerror)) from None
    if len(raw) > limit:
        raise SourceError(path, msg("file.grew", limit=limit, what=what))
    return raw
