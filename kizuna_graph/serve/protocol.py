"""The SPARQL 1.1 Protocol (https://www.w3.org/TR/sparql11-protocol/) as pure functions: request → operation.

``read_request`` turns the method, content type, query string and body of a request to ``/sparql`` into a
``Request`` (the query, or none for the service description) or raises ``ProtocolError`` with the HTTP status
to answer: 403 for an update (``update=``, ``application/sparql-update``), 400 for several ``query``
parameters or for ``default-graph-uri`` / ``named-graph-uri`` (a dataset from outside the store, refused as
FROM is), 413 for a query longer than the limit, 415 for another content type, 405 for another method.
``negotiate`` picks the result format from the ``Accept`` header (q-values honoured) for the query's form;
406 when nothing acceptable can be written; ``choose`` does the same for any offer (resources' descriptions).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import parse_qs

__all__ = ["MEDIA_TYPES", "ProtocolError", "Request", "choose", "negotiate", "read_request"]

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
    """A request the endpoint will not run; ``status`` is the HTTP status line to answer with."""

    def __init__(self, status: str, message: str) -> None:
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
            raise ProtocolError("403 Forbidden", "updates are refused: this endpoint is read-only")
        if media == "application/x-www-form-urlencoded":
            params = _merge(params, parse_qs(_text(body), keep_blank_values=True))
        elif media == "application/sparql-query":
            _refuse_dataset(params)
            _refuse_update(params)
            return Request(_bounded(_text(body), max_query_bytes), accept)
        else:
            raise ProtocolError(
                "415 Unsupported Media Type",
                "POST a query as application/sparql-query or as application/x-www-form-urlencoded (query=…)",
            )
    elif method not in ("GET", "HEAD"):
        raise ProtocolError("405 Method Not Allowed", "use GET or POST (SPARQL 1.1 Protocol)")
    _refuse_update(params)
    _refuse_dataset(params)
    queries = params.get("query", [])
    if len(queries) > 1:
        raise ProtocolError("400 Bad Request", "give exactly one query parameter")
    return Request(_bounded(queries[0], max_query_bytes) if queries else None, accept)


def _merge(first: dict[str, list[str]], second: dict[str, list[str]]) -> dict[str, list[str]]:
    merged = {key: list(values) for key, values in first.items()}
    for key, values in second.items():
        merged.setdefault(key, []).extend(values)
    return merged


def _refuse_update(params: dict[str, list[str]]) -> None:
    if "update" in params:
        raise ProtocolError("403 Forbidden", "updates are refused: this endpoint is read-only")


def _refuse_dataset(params: dict[str, list[str]]) -> None:
    for name in ("default-graph-uri", "named-graph-uri"):
        if name in params:
            raise ProtocolError(
                "400 Bad Request",
                f"{name} is not supported: queries run on the published dataset only "
                "(use GRAPH <name> { … } for one of its named graphs)",
            )


def _text(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        raise ProtocolError("400 Bad Request", "the request body is not UTF-8") from None


def _bounded(query: str, max_bytes: int) -> str:
    if len(query.encode("utf-8")) > max_bytes:
        raise ProtocolError("413 Content Too Large", f"the query is longer than {max_bytes:,} bytes")
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
            "406 Not Acceptable",
            f"no acceptable format for a {form} answer: ask for one of {', '.join(sorted(offered))}",
        )
    return chosen


def choose(accept: str, offered: Mapping[str, str], *, default: str) -> str | None:
    """The value of the offer an ``Accept`` header prefers (q-values honoured; ``*/*`` or no header:
    ``default``), or ``None`` when it accepts none of them."""
    ranges = []
    for position, part in enumerate(accept.split(",")):
        media, *params = (piece.strip() for piece in part.split(";"))
        quality = 1.0
        for param in params:
            if param.startswith("q="):
                try:
                    quality = float(param[2:])
                except ValueError:
                    quality = 0.0
        if media:
            ranges.append((-quality, position, media.lower()))
    if not ranges:
        return default
    for negative_quality, _position, media in sorted(ranges):
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
