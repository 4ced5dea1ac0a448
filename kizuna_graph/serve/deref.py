"""Dereferenceable IRIs in ``kizuna serve``: a GET on the path of a resource IRI (below the base) answers by
content negotiation, with the rules ``kizuna build`` writes into ``exports/.htaccess``.

``jobs.endpoint`` passes the rules in (``export.htaccess.rewrite_rules`` with targets relative to the
release folder served). A path that some rule's pattern matches is negotiated: its ``Accept`` header picks
HTML, Turtle or JSON-LD (406 when it accepts none, for a path with content-negotiated rules); the first rule
whose conditions hold on that choice and on ``Accept-Language`` redirects (``303 See Other``: the IRI names
a thing, the target is a document about it) to its target, which the server serves from the release folder;
404 when the target is not there (no such resource). The release folder's files are served as they are
(``/site/…``, ``/catalog.ttl``), never a hidden file and nothing outside the folder.
"""

from __future__ import annotations

import mimetypes
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol
from urllib.parse import quote

from kizuna_graph.messages import Message, msg
from kizuna_graph.serve.protocol import choose

__all__ = ["Resolution", "Resolver", "Rule"]

#: What a resource's description is offered as: the media type each ``Accept`` value selects.
_OFFERED = {
    "text/html": "text/html",
    "text/turtle": "text/turtle",
    "application/x-turtle": "text/turtle",
    "application/ld+json": "application/ld+json",
}
_MEDIA = {
    ".ttl": "text/turtle; charset=utf-8",
    ".jsonld": "application/ld+json",
    ".html": "text/html; charset=utf-8",
    ".md": "text/markdown; charset=utf-8",
    ".csv": "text/csv; charset=utf-8",
}
_STATUS = {302: "302 Found", 303: "303 See Other"}


class Rule(Protocol):
    """A rewrite rule (``export.htaccess.RewriteRule``)."""

    @property
    def pattern(self) -> str: ...
    @property
    def target(self) -> str: ...
    @property
    def status(self) -> int: ...
    @property
    def accept(self) -> str | None: ...
    @property
    def language(self) -> str | None: ...


@dataclass(frozen=True)
class Resolution:
    """The answer to a request on an IRI: a status line, the ``Location`` of a redirect, a one-line message."""

    status: str
    location: str | None
    message: Message


class Resolver:
    """The rules applied to the release folder ``folder``."""

    def __init__(self, folder: Path, rules: Sequence[Rule]) -> None:
        self.folder = folder.resolve()
        self.rules = [(re.compile(rule.pattern), rule) for rule in rules]

    def resolve(self, path: str, *, accept: str, language: str) -> Resolution | None:
        """The answer for ``path`` (below the base, without its leading ``/``); ``None`` if no rule matches."""
        matching = [(found, rule) for pattern, rule in self.rules if (found := pattern.search(path))]
        if not matching:
            return None
        media = ""
        if any(rule.accept is not None for _, rule in matching):
            media = choose(accept, _OFFERED, default="text/html") or ""
            if not media:
                offers = ", ".join(sorted(set(_OFFERED.values())))
                return Resolution(
                    "406 Not Acceptable", None, msg("serve.resource_formats", path=path, offers=offers)
                )
        for found, rule in matching:
            if rule.accept is not None and not re.search(rule.accept, media):
                continue
            if rule.language is not None and not re.search(rule.language, language):
                continue
            target = _expand(rule.target, found)
            if self.file(target) is None:
                return Resolution("404 Not Found", None, msg("serve.no_resource", path=path))
            location = "/" + quote(target)
            return Resolution(_STATUS[rule.status], location, msg("serve.see", location=location))
        return Resolution("404 Not Found", None, msg("serve.no_resource", path=path))

    def file(self, path: str) -> tuple[str, Path] | None:
        """The media type and file of ``path`` in the release folder, if it is a file there (not hidden)."""
        parts = path.split("/")
        if not path or any(part.startswith(".") for part in parts):
            return None
        file = self.folder.joinpath(*parts).resolve()
        if not file.is_file() or not file.is_relative_to(self.folder):
            return None
        media = _MEDIA.get(file.suffix) or mimetypes.guess_type(file.name)[0] or "application/octet-stream"
        return media, file


def _expand(target: str, found: re.Match[str]) -> str:
    """``target`` with ``$1``… replaced by the groups of the pattern's match, as mod_rewrite does."""
    return re.sub(r"\$(\d)", lambda reference: found.group(int(reference[1])) or "", target)
