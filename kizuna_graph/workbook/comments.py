"""The officer's comments in the ``goals:`` block, carried from the base plan file to the block written from a
workbook (``kizuna import-xlsx``): the comments are the officer's notes, and a round trip keeps every one.

A comment is attached to the line after it (a whole-line comment) or to its own line (a comment after a value),
and that line is named by an *anchor*: the element it belongs to and its key. An element is named by its ``id``
(measures, numbered actions, citizen actions), by its ``also`` (a cross-listing) or by its ``number`` under its
parent (goals, policies). In the new block each comment is written before (or after) the line with the same
anchor; the comments of an element that is no longer there move on to the next line of the base block that
still is (at worst, to the end of the block), so that none is lost.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

import yaml

__all__ = ["carry_comments"]

Anchor = tuple[object, ...]

_KEY = re.compile(r"^(?:- )?([^:#{\s][^:#]*?):")
_COMMENT_START = re.compile(r"\s#")


def _load(text: str) -> object:
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError:
        return None


def split_comment(line: str) -> tuple[str, str | None]:
    """``line`` without the comment after its value, and that comment (``# …``), if it has one: the first
    `` #`` after which the rest of the line changes nothing the YAML says (a ``#`` inside quotes does)."""
    body = line.lstrip(" ").removeprefix("- ")
    for found in _COMMENT_START.finditer(body):
        head = body[: found.start()]
        value = _load(head)
        if value is not None and value == _load(body):
            offset = len(line) - len(body)
            return line[: offset + found.start()].rstrip(), body[found.start() :].strip()
    return line, None


@dataclass
class _Reader:
    """Names each line of a goals block by its anchor, following the items it is nested in."""

    stack: list[tuple[int, object]] = field(default_factory=list)

    def anchor(self, line: str) -> Anchor:
        indent = len(line) - len(line.lstrip(" "))
        content = line.strip()
        item = content.startswith("- ")
        while self.stack and self.stack[-1][0] >= indent:  # leave the items this line is not inside
            self.stack.pop()
        parent = self.stack[-1][1] if self.stack else None
        key_found = _KEY.match(content)
        key = key_found.group(1).strip() if key_found else content
        if not item:
            return (parent, key)
        inner = _load(content[2:].strip())
        fields = inner if isinstance(inner, dict) else {}
        if "id" in fields:
            identity: object = ("id", str(fields["id"]))
        elif "also" in fields:
            identity = ("also", str(fields["also"]), parent)
        else:
            identity = ("number", str(fields.get("number", content)), parent)
        self.stack.append((indent, identity))
        return (identity, key)


def _anchors(lines: list[str]) -> list[Anchor | None]:
    """The anchor of every line; None for comments and blank lines."""
    reader = _Reader()
    return [
        None if not line.strip() or line.lstrip().startswith("#") else reader.anchor(split_comment(line)[0])
        for line in lines
    ]


def carry_comments(base: list[str], new: list[str]) -> tuple[list[str], list[int]]:
    """``new`` with the comments of ``base`` put back at their anchors, and the index of each line of ``new``
    in the result (to follow the lines after the comments are inserted)."""
    before: dict[Anchor, list[str]] = defaultdict(list)
    after: dict[Anchor, str] = {}
    new_anchors = set(filter(None, _anchors(new)))
    pending: list[str] = []
    for line, anchor in zip(base, _anchors(base), strict=True):
        if anchor is None:
            if line.strip():
                pending.append(line)
            continue
        _, comment = split_comment(line)
        if anchor not in new_anchors:  # the element is gone: its notes go with the next line still there
            if comment is not None:
                pending.append(" " * (len(line) - len(line.lstrip(" "))) + comment)
            continue
        before[anchor].extend(pending)
        pending = []
        if comment is not None:
            after[anchor] = comment
    lines: list[str] = []
    index: list[int] = []
    for line, anchor in zip(new, _anchors(new), strict=True):
        if anchor is not None:
            lines.extend(before.pop(anchor, []))
            if anchor in after and split_comment(line)[1] is None:
                line = f"{line}  {after.pop(anchor)}"
        index.append(len(lines))
        lines.append(line)
    lines.extend(pending)
    return lines, index
