"""Reading a named input file: its bytes, once, after refusing what is not a readable file of a bounded size.

The YAML reader (:mod:`kizuna_graph.plan.yamlfile`) and the RDF reader (:mod:`kizuna_graph.plan.rdfinput`) both start
here, with one size limit (:data:`MAX_BYTES`), so that a missing file, a directory, a FIFO, a device, an
unreadable or oversized file is refused with the same one-line :class:`~kizuna_graph.errors.SourceError`
(exit code 2) whatever its format. The file is opened without blocking (``O_NONBLOCK``: opening a FIFO with no
writer would wait for one for good) and must then be a regular file, checked on the open descriptor, so that
nothing can swap it between the check and the read.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Sequence
from pathlib import Path

from kizuna_graph.errors import SourceError
from kizuna_graph.messages import Message, msg

#: The largest input file accepted, in bytes, for every format: a plan is 0.07 MB as YAML and 0.1–0.4 MB in
#: any RDF format; 4 MiB holds ten times the largest.
MAX_BYTES = 4 * 1024 * 1024

_KINDS = (
    (stat.S_ISFIFO, "fifo"),
    (stat.S_ISCHR, "character_device"),
    (stat.S_ISBLK, "block_device"),
    (stat.S_ISSOCK, "socket"),
)


def _check_kind(
    path: Path, info: os.stat_result, suffixes: Sequence[str], limit: int, what: str | Message
) -> None:
    shown = ", ".join(suffixes)
    for test, kind in _KINDS:
        if test(info.st_mode):
            raise SourceError(
                path, msg("file.special", kind=msg(f"file.kind.{kind}"), what=what, suffixes=shown)
            )
    if not stat.S_ISREG(info.st_mode):
        raise SourceError(path, msg("file.not_regular", what=what, suffixes=shown))
    if info.st_size > limit:
        raise SourceError(path, msg("file.too_large", size=info.st_size, limit=limit, what=what))


def read_limited(
    path: Path, *, what: str | Message, suffixes: Sequence[str], limit: int = MAX_BYTES
) -> bytes:
    """The bytes of ``path``, at most ``limit`` of them; else a :class:`SourceError` that says what to fix.

    ``what`` names the file the caller expects (``"a plan file"``) and ``suffixes`` its extensions, for the
    messages. Only a regular file is read; its size is checked before reading, and again on the bytes read
    (a file that grew meanwhile), so that no more than ``limit + 1`` bytes are read.
    """
    try:
        if path.is_dir():
            raise SourceError(path, msg("file.directory", what=what, suffixes=", ".join(suffixes)))
        _check_kind(path, os.stat(path), suffixes, limit, what)  # before opening: nothing is opened in vain
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
        with os.fdopen(descriptor, "rb") as stream:
            _check_kind(path, os.fstat(stream.fileno()), suffixes, limit, what)  # the file opened is that one
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
