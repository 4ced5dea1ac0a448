"""Minting IRIs: the one place where identifiers are made.

Every data IRI is ``{base}{segment}/{segment}/…``. The base is configurable (``--base``) and must be an
``http(s)`` IRI ending in ``/``; ``example.org`` and ``example.com`` are refused: published data must live at
an address its publisher controls. Segments are ASCII: lower-case letters, digits, and ``-`` or ``.`` between
them (Japanese belongs in labels, not in IRIs).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from rdflib import URIRef

from kizuna_graph.errors import IdentifierError

DEFAULT_BASE = "https://w3id.org/kizuna-graph/"

_SEGMENT = re.compile(r"[a-z0-9]+(?:[-.][a-z0-9]+)*")
_FORBIDDEN_HOSTS = ("example.org", "example.com", "example.net")


def check_base(base: str) -> str:
    """Return ``base`` if it can serve as the base of published IRIs, else raise :class:`IdentifierError`."""
    parts = urlsplit(base)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise IdentifierError(f"base IRI '{base}' must start with https:// (or http://) and name a host")
    if not base.endswith("/"):
        raise IdentifierError(f"base IRI '{base}' must end with '/' so that data IRIs are paths below it")
    host = (parts.hostname or "").lower()
    if any(host == h or host.endswith("." + h) for h in _FORBIDDEN_HOSTS):
        raise IdentifierError(f"base IRI '{base}' uses a placeholder host: use an address you publish at")
    if parts.query or parts.fragment or any(c in base for c in ' <>"{}|\\^`'):
        raise IdentifierError(
            f"base IRI '{base}' must not contain a query, a fragment, spaces or <>\"{{}}|\\^`"
        )
    return base


def mint(base: str, *segments: str | int) -> URIRef:
    """The IRI ``{base}{segments joined by /}``; every segment must match ``[a-z0-9]+([-.][a-z0-9]+)*``."""
    if not segments:
        raise IdentifierError("an IRI needs at least one segment below the base")
    parts = []
    for segment in segments:
        text = str(segment)
        if not _SEGMENT.fullmatch(text):
            raise IdentifierError(
                f"cannot mint an IRI from '{text}': use lower-case ASCII letters, digits and hyphens"
            )
        parts.append(text)
    return URIRef(base + "/".join(parts))
