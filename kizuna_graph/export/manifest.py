"""The exports' manifest: which plan file and edition a folder of exports was built from.

``kizuna build`` writes ``manifest.json`` beside the exports and, before writing, reads the one already there:
exports built from another plan file or another edition are not overwritten unless ``--force`` is given, so
that ``kizuna build plans/my-revision.yaml`` cannot silently replace the committed exports of the plan in
force. The manifest is deterministic (no time, no absolute path): the source is named relative to the folder
that holds the output folder (``plans/isesaki-3.yaml`` for ``exports/``), or by its file name when it lies
elsewhere.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

MANIFEST = "manifest.json"
FORMAT = "kizuna-exports-manifest/1"


@dataclass(frozen=True)
class Manifest:
    source: str
    plan: str
    edition: int

    def to_bytes(self) -> bytes:
        record = {"format": FORMAT, "source": self.source, "plan": self.plan, "edition": self.edition}
        return (json.dumps(record, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")


def source_name(source: Path, out: Path) -> str:
    """``source`` relative to the parent of ``out`` when it lies below it, else its file name."""
    root = out.resolve().parent
    resolved = source.resolve()
    if resolved.is_relative_to(root):
        return resolved.relative_to(root).as_posix()
    return source.name


def read_manifest(out: Path) -> Manifest | None:
    """The manifest of ``out``, or None when there is none (or it is not one of ours)."""
    try:
        record = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
        return Manifest(
            source=str(record["source"]), plan=str(record["plan"]), edition=int(record["edition"])
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def other_source(out: Path, manifest: Manifest) -> Manifest | None:
    """The manifest already in ``out`` when it names another source file (by file name: a checkout copied
    elsewhere builds the same plan) or another plan edition, else None."""
    if not out.is_dir() or not os.access(out, os.R_OK):
        return None
    present = read_manifest(out)
    same_file = PurePosixPath(present.source).name == PurePosixPath(manifest.source).name if present else True
    if present is None or (same_file and present.plan == manifest.plan):
        return None
    return present
