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

#: The message for a plan file over the limit: one plan per file, a corpus is a folder (:func:`plan_paths`).
PLAN_TOO_LARGE = "corpus.file_too_large"

_KINDS = (
    (stat.S_ISFIFO, "fifo"),
    (stat.S_ISCHR, "character_device"),
    (stat.S_ISBLK, "block_device"),
    (stat.S_ISSOCK, "socket"),
)


def _check_kind(
    path: Path, info: os.stat_result, suffixes: Sequence[str], limit: int, what: str | Message, too_large: str
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
        raise SourceError(path, msg(too_large, size=info.st_size, limit=limit, what=what))


def read_limited(
    path: Path,
    *,
    what: str | Message,
    suffixes: Sequence[str],
    limit: int = MAX_BYTES,
    too_large: str = "file.too_large",
) -> bytes:
    """The bytes of ``path``, at most ``limit`` of them; else a :class:`SourceError` that says what to fix.

    ``what`` names the file the caller expects (``"a plan file"``) and ``suffixes`` its extensions, for the
    messages; ``too_large`` is the key of the message for a file over the limit (a plan file's says that a
    corpus of many plans is a folder: :data:`PLAN_TOO_LARGE`). Only a regular file is read; its size is checked
    before reading, and again on the bytes read (a file that grew meanwhile), so that no more than
    ``limit + 1`` bytes are read.
    """
    try:
        if path.is_dir():
            raise SourceError(path, msg("file.directory", what=what, suffixes=", ".join(suffixes)))
        # before opening (nothing is opened in vain), then on the file opened (it is that one)
        _check_kind(path, os.stat(path), suffixes, limit, what, too_large)
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
        with os.fdopen(descriptor, "rb") as stream:
            _check_kind(path, os.fstat(stream.fileno()), suffixes, limit, what, too_large)
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


#: The extensions of the files a folder given as a corpus contributes, one plan each: YAML sources and the RDF
#: formats a plan is read from. ``.json`` is left out on purpose: a folder of plans also holds reports and
#: expected answers in JSON; a plan in JSON-LD is read from a folder when it is named ``.jsonld``.
CORPUS_SUFFIXES = (".yaml", ".yml", ".ttl", ".nt", ".trig", ".jsonld")


def plan_paths(paths: Sequence[Path]) -> list[Path]:
    """The plan files named by ``paths``: each file as given, each folder as the plan files directly in it.

    A folder contributes every regular file whose extension is in :data:`CORPUS_SUFFIXES` (not hidden files,
    not subfolders), sorted by name, so that the same folder always gives the same corpus in the same order.
    A corpus is a folder of files, each under the per-file limit (:data:`MAX_BYTES`): the limit caps a plan,
    never a corpus. A path that is not a folder is kept as given, to be read (or refused with its own
    one-line error) like any plan file; a folder with no plan file is a :class:`SourceError`.
    """
    found: list[Path] = []
    for path in paths:
        if not path.is_dir():
            found.append(path)
            continue
        try:
            entries = sorted(path.iterdir(), key=lambda entry: entry.name)
        except OSError as error:
            raise SourceError(path, msg("file.unreadable", reason=error.strerror)) from None
        plans = [
            entry
            for entry in entries
            if not entry.name.startswith(".") and entry.suffix.lower() in CORPUS_SUFFIXES and entry.is_file()
        ]
        if not plans:
            raise SourceError(path, msg("corpus.empty_folder", suffixes=", ".join(CORPUS_SUFFIXES)))
        found.extend(plans)
    return found
