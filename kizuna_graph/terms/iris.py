"""Minting and checking IRIs: the one place where identifiers are made, and where IRIs from outside are let in.

Every data IRI is ``{base}{segment}/{segment}/…``. Segments are ASCII: lower-case letters, digits, and ``-`` or
``.`` between them (Japanese belongs in labels, not in IRIs), so a minted IRI is valid whenever its base is.

IRIs from outside — the ``--base`` option and the IRI-valued fields of a plan file (``homepage``, ``area``,
``website``, ``license``) — are checked by :func:`check_iri` and :func:`check_base` against RFC 3987
(https://www.rfc-editor.org/rfc/rfc3987): the IRI is mapped to a URI as RFC 3987 §3.1 says (each ``ucschar``
percent-encoded as UTF-8) after refusing every character that is neither ASCII allowed by RFC 3986 nor a
``ucschar``, and the URI is parsed by ``rfc3986``; an IRI that the parser would have to re-encode (a space, a
control character, a bad ``%`` escape, ``<``) is not valid. On top of the grammar, the policy for published
IRIs:

- the scheme is ``http`` or ``https`` and the host a lower-case DNS name (an IDN host in its ``xn--`` form),
  with no trailing dot; ``example.org``, ``example.com`` and ``example.net`` are refused: published data must
  live at an address its publisher controls;
- no user name or password (``user:pass@``), a port (if any) from 1 to 65535, no ``.`` or ``..`` segments;
- no bidirectional formatting characters and no line or paragraph separators (RFC 3987 §4.1);
- a base, in addition, ends with ``/`` and has no query or fragment.
"""

from __future__ import annotations

import re
import unicodedata

import rfc3986
from rdflib import URIRef

from kizuna_graph.errors import IdentifierError
from kizuna_graph.messages import Message, msg

DEFAULT_BASE = "https://w3id.org/kizuna-graph/"

_SEGMENT = re.compile(r"[a-z0-9]+(?:[-.][a-z0-9]+)*")
_FORBIDDEN_HOSTS = ("example.org", "example.com", "example.net")
_LABEL = r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
_HOST = re.compile(rf"{_LABEL}(?:\.{_LABEL})*")
# RFC 3986 characters allowed in a URI: unreserved, reserved and '%' (escapes are checked by the parser)
_URI_ASCII = frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~:/?#[]@!$&'()*+,;=%"
)
# RFC 3987 ucschar (iprivate is allowed only in queries; refused here)
_UCSCHAR = (
    (0xA0, 0xD7FF),
    (0xF900, 0xFDCF),
    (0xFDF0, 0xFFEF),
    *((plane + 0x0000, plane + 0xFFFD) for plane in range(0x10000, 0xE0000, 0x10000)),
    (0xE1000, 0xEFFFD),
)


def _ucschar(char: str) -> bool:
    code = ord(char)
    return any(low <= code <= high for low, high in _UCSCHAR) and unicodedata.category(char) not in (
        "Cf",  # bidirectional and other formatting characters (RFC 3987 §4.1)
        "Zl",
        "Zp",
        "Zs",
    )


def _shown(text: str) -> str:
    """``text`` for a message: control and invisible characters as escapes, at most 120 characters."""
    return ascii(text[:120])[1:-1] if not text.isprintable() else text[:120]


def _to_uri(iri: str, what: str | Message) -> str:
    """The URI of ``iri`` (RFC 3987 §3.1), or :class:`IdentifierError` for a character no IRI may hold."""
    out = []
    for position, char in enumerate(iri, start=1):
        if char in _URI_ASCII:
            out.append(char)
        elif ord(char) > 0x7F and _ucschar(char):
            out.append("".join(f"%{byte:02X}" for byte in char.encode("utf-8")))
        else:
            name = (
                unicodedata.name(char, f"U+{ord(char):04X}") if char.isprintable() else f"U+{ord(char):04X}"
            )
            raise IdentifierError(
                msg("iri.illegal_char", what=what, iri=_shown(iri), name=name, position=position)
            )
    return "".join(out)


def check_iri(iri: str, *, what: str | Message | None = None) -> str:
    """Return ``iri`` if it is an absolute ``http(s)`` IRI that may be published; else :class:`IdentifierError`.

    ``what`` names the value in the message (``msg("what.base_iri")``: "base IRI"; default "IRI").
    """
    what = what if what is not None else msg("what.iri")
    shown = _shown(iri)
    uri = _to_uri(iri, what)
    parsed = rfc3986.uri_reference(uri)
    if parsed.unsplit() != uri:  # the parser re-encoded something: a bad '%' escape
        raise IdentifierError(msg("iri.bad_percent", what=what, iri=shown))
    if parsed.scheme not in ("http", "https") or not parsed.authority:
        raise IdentifierError(msg("iri.not_http", what=what, iri=shown))
    if parsed.userinfo is not None:
        raise IdentifierError(msg("iri.userinfo", what=what, iri=shown))
    host = parsed.host or ""
    if not _HOST.fullmatch(host):
        raise IdentifierError(msg("iri.host", what=what, iri=shown, host=_shown(host)))
    if any(host == h or host.endswith("." + h) for h in _FORBIDDEN_HOSTS):
        raise IdentifierError(msg("iri.placeholder", what=what, iri=shown))
    port = parsed.authority.rpartition("]")[2].partition(":")[2] if ":" in parsed.authority else None
    if port is not None and not (port.isdigit() and port.isascii() and 1 <= int(port) <= 65535):
        raise IdentifierError(msg("iri.port", what=what, iri=shown, port=port))
    if any(segment in (".", "..") for segment in (parsed.path or "").split("/")):
        raise IdentifierError(msg("iri.dot_segment", what=what, iri=shown))
    return iri


def check_base(base: str) -> str:
    """Return ``base`` if it can serve as the base of published IRIs, else raise :class:`IdentifierError`."""
    what = msg("what.base_iri")
    check_iri(base, what=what)
    parsed = rfc3986.uri_reference(_to_uri(base, what))
    if parsed.query is not None or parsed.fragment is not None:
        raise IdentifierError(msg("iri.base_query", what=what, iri=_shown(base)))
    if not base.endswith("/"):
        raise IdentifierError(msg("iri.base_slash", what=what, iri=_shown(base)))
    return base


def mint(base: str, *segments: str | int) -> URIRef:
    """The IRI ``{base}{segments joined by /}``; every segment must match ``[a-z0-9]+([-.][a-z0-9]+)*``."""
    if not segments:
        raise IdentifierError(msg("iri.no_segment"))
    parts = []
    for segment in segments:
        text = str(segment)
        if not _SEGMENT.fullmatch(text):
            raise IdentifierError(msg("iri.cannot_mint", text=_shown(text)))
        parts.append(text)
    return URIRef(base + "/".join(parts))
