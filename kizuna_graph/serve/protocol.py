"""The SPARQL 1.1 Protocol (https://www.w3.org/TR/sparql11-protocol/) as pure functions: request → operation.

``read_request`` turns the method, content type, query string and body of a request to ``/sparql`` into a
``Request`` (the query, or none for the service description) or raises ``ProtocolError`` with the HTTP status
to answer: 403 for an update (``update=``, ``application/sparql-update``), 400 for several ``query``
parameters or for ``default-graph-uri`` / ``named-graph-uri`` (a dataset from outside the store, refused as
FROM is), 413 for a query longer than the limit, 415 for another content type, 405 for another method.
``negotiate`` picks the result format from the ``Accept`` header (q-values honoured) for the query's form;
406 when nothing acceptable can be written; ``choose`` does the same for any offer (resources' descriptions).
``language`` picks the language of an error's text from ``Accept-Language``: Japanese when the client prefers
it to English, else English (an error body is read by programs and by people of any language).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import parse_qs

from kizuna_graph.messages import Lang, Message, msg

__all__ = ["MEDIA_TYPES", "ProtocolError", "Request", "choose", "language", "negotiate", "read_request"]

#: The names of the result formats, as ``kizuna_graph.query.results`` names them (the engine is given them).
Format = str

#: Media types a client may ask for, for SELECT/ASK answers and for CONSTRUCT/DESCRIBE answers.
_RESULTS: dict[str, Format] = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
_GRAPHS: dict[str, Format] = {
    "text/turtle": "turtle",
    "application/x-turtle": "turtle",
    "application/ld+json": "jsonld",
}
_DEFAULT: dict[bool, Format] = {True: "json", False: "turtle"}
#: The media type of each answer sent.
MEDIA_TYPES: dict[Format, str] = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv; charset=utf-8",
    "tsv": "text/tab-separated-values; charset=utf-8",
    "turtle": "text/turtle; charset=utf-8",
    "jsonld": "application/ld+json",
}


class ProtocolError(Exception):
    """A request the endpoint will not run; ``status`` is the HTTP status line to answer with; the message is
    rendered in the language of the moment when it is shown."""

    def __init__(self, status: str, message: str | Message) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Request:
    """A protocol operation: a query (``None``: the service description) and the client's ``Accept``."""

    query: str | None
    accept: str


def read_request(
    method: str, content_type: str, query_string: str, body: bytes, *, accept: str, max_query_bytes: int
) -> Request:
    """The operation a request to ``/sparql`` asks for (see the module docstring for the refusals)."""
    params = parse_qs(query_string, keep_blank_values=True)
    media = content_type.split(";", 1)[0].strip().lower()
    if method == "POST":
        if media == "application/sparql-update":
            raise ProtocolError("403 Forbidden", msg("serve.update_refused"))
        if media == "application/x-www-form-urlencoded":
            params = _merge(params, parse_qs(_text(body), keep_blank_values=True))
        elif media == "application/sparql-query":
            _refuse_dataset(params)
            _refuse_update(params)
            return Request(_bounded(_text(body), max_query_bytes), accept)
        else:
            raise ProtocolError("415 Unsupported Media Type", msg("serve.bad_media_type"))
    elif method not in ("GET", "HEAD"):
        raise ProtocolError("405 Method Not Allowed", msg("serve.bad_method"))
    _refuse_update(params)
    _refuse_dataset(params)
    queries = params.get("query", [])
    if len(queries) > 1:
        raise ProtocolError("400 Bad Request", msg("serve.one_query"))
    return Request(_bounded(queries[0], max_query_bytes) if queries else None, accept)


def _merge(first: dict[str, list[str]], second: dict[str, list[str]]) -> dict[str, list[str]]:
    merged = {key: list(values) for key, values in first.items()}
    for key, values in second.items():
        merged.setdefault(key, []).extend(values)
    return merged


def _refuse_update(params: dict[str, list[str]]) -> None:
    if "update" in params:
        raise ProtocolError("403 Forbidden", msg("serve.update_refused"))


def _refuse_dataset(params: dict[str, list[str]]) -> None:
    for name in ("default-graph-uri", "named-graph-uri"):
        if name in params:
            raise ProtocolError("400 Bad Request", msg("serve.dataset_param", name=name))


def _text(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        raise ProtocolError("400 Bad Request", msg("serve.not_utf8")) from None


def _bounded(query: str, max_bytes: int) -> str:
    if len(query.encode("utf-8")) > max_bytes:
        raise ProtocolError("413 Content Too Large", msg("serve.query_too_long", limit=max_bytes))
    return query


def negotiate(accept: str, form: str) -> Format:
    """The result format for a query of ``form`` from an ``Accept`` header (``*/*`` or none: the default)."""
    bindings = form in ("SELECT", "ASK")
    offered = _RESULTS if bindings else _GRAPHS
    if bindings and form == "ASK":
        offered = {media: fmt for media, fmt in offered.items() if fmt in ("json", "xml")}
    chosen = choose(accept, offered, default=_DEFAULT[bindings])
    if chosen is None:
        raise ProtocolError(
            "406 Not Acceptable", msg("serve.not_acceptable", form=form, media=", ".join(sorted(offered)))
        )
    return chosen


def language(accept_language: str) -> Lang:
    """``ja`` when ``Accept-Language`` ranks Japanese above English, else ``en`` (no header, ``*`` or only
    other languages: English, the language of the protocol). q-values are honoured, q=0 excludes."""
    for negative_quality, tag in _ranked(accept_language):
        primary = tag.split("-", 1)[0]
        if negative_quality >= 0:
            break
        if primary == "ja":
            return "ja"
        if primary in ("en", "*"):
            return "en"
    return "en"


def choose(accept: str, offered: Mapping[str, str], *, default: str) -> str | None:
    """The value of the offer an ``Accept`` header prefers (q-values honoured; ``*/*`` or no header:
    ``default``), or ``None`` when it accepts none of them."""
    ranges = _ranked(accept)
    if not ranges:
        return default
    for negative_quality, media in ranges:
        if negative_quality >= 0:
            break
        if media in offered:
            return offered[media]
        if media in ("*/*", "application/*", "text/*"):
            kind = media.split("/", 1)[0]
            for candidate, value in sorted(offered.items(), key=lambda item: item[1] != default):
                if kind == "*" or candidate.startswith(f"{kind}/"):
                    return value
    return None


def _ranked(header: str) -> list[tuple[float, str]]:
    """The values of an ``Accept`` or ``Accept-Language`` header, lower-cased, each with its q-value negated
    (1 when none is given, 0 when it is not a number), most preferred first, ties in the header's order."""
    ranges = []
    for position, part in enumerate(header.split(",")):
        value, *params = (piece.strip() for piece in part.split(";"))
        quality = 1.0
        for param in params:
            if param.startswith("q="):
                try:
                    quality = float(param[2:])
                except ValueError:
                    quality = 0.0
        if value:
            ranges.append((-quality, position, value.lower()))
    return [(negative_quality, value) for negative_quality, _position, value in sorted(ranges)]
