"""The WSGI application of ``kizuna serve``: ``/sparql`` (SPARQL 1.1 Protocol), the query page, CORS, and,
given a ``Resolver`` (``serve.deref``), the resource IRIs and the files of the release folder.

It knows HTTP, not SPARQL engines: an ``Engine`` (``kizuna_graph.jobs.endpoint`` wires the query store in)
checks a query and answers it. ``/`` is the query page, which links to ``/sparql``; a protocol request sent
to the page (``/?query=…``) is redirected there (308). Statuses: 200 with the answer; 400 a bad query
(syntax, result cap, bad parameters); 403 an update or a query reaching beyond the dataset (SERVICE, FROM, LOAD); 404; 405; 406;
413 a query or body over the limit; 415; 503 a query stopped at its time limit. An error is a one-line
``text/plain`` body, never a truncated answer under 200, in Japanese when the request's ``Accept-Language``
prefers it to English, else in English (``protocol.language``; ``Content-Language`` says which, the status
codes are the same in both). Every response allows any origin (CORS), and ``OPTIONS`` answers a preflight.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from importlib import resources
from typing import Any, Protocol
from urllib.parse import parse_qs

from pyoxigraph import RdfFormat, parse, serialize

from kizuna_graph.errors import QueryError, QueryTimeoutError, RefusedQueryError
from kizuna_graph.messages import language as current_language
from kizuna_graph.messages import msg, text, using_language
from kizuna_graph.serve.deref import Resolver
from kizuna_graph.serve.protocol import MEDIA_TYPES, ProtocolError, negotiate, read_request
from kizuna_graph.serve.protocol import language as language_of

__all__ = ["Engine", "SparqlApp"]

StartResponse = Callable[[str, list[tuple[str, str]]], Any]
_CORS = [
    ("Access-Control-Allow-Origin", "*"),
    ("Access-Control-Allow-Methods", "GET, POST, OPTIONS"),
    ("Access-Control-Allow-Headers", "Accept, Content-Type"),
    ("Access-Control-Max-Age", "86400"),
]
_SD_PREFIXES = {
    "dcterms": "http://purl.org/dc/terms/",
    "format": "http://www.w3.org/ns/formats/",
    "sd": "http://www.w3.org/ns/sparql-service-description#",
}
_STATIC = {
    "/static/yasgui.min.js": "application/javascript; charset=utf-8",
    "/static/yasgui.min.css": "text/css; charset=utf-8",
}


class Engine(Protocol):
    """What the endpoint needs of a SPARQL engine."""

    def check(self, sparql: str) -> str:
        """The query's form (SELECT, ASK, CONSTRUCT, DESCRIBE); raises ``QueryError`` for a bad or refused one."""

    def answer(self, sparql: str, format: str) -> bytes:
        """The answer in ``format``, within the engine's limits; raises ``QueryError`` subclasses."""

    def named_graphs(self) -> list[str]:
        """The IRIs of the named graphs of the dataset."""


class SparqlApp:
    """``/sparql`` answered by ``engine``; ``/`` the query page; queries over ``max_query_bytes`` refused."""

    def __init__(
        self,
        engine: Engine,
        *,
        max_query_bytes: int,
        prefixes: Mapping[str, str],
        resolver: Resolver | None = None,
    ) -> None:
        self.engine = engine
        self.resolver = resolver
        self.max_query_bytes = max_query_bytes
        lines = "".join(
            f"PREFIX {name}: <{iri}>\n" for name, iri in prefixes.items() if name in ("kz", "skos")
        )
        page = resources.files(__package__).joinpath("static", "index.html").read_text(encoding="utf-8")
        self.page = page.replace("__PREFIXES__", json.dumps(lines, ensure_ascii=False)).encode("utf-8")
        self.description = (
            resources.files(__package__)
            .joinpath("static", "service-description.ttl")
            .read_text(encoding="utf-8")
        )

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        with using_language(language_of(environ.get("HTTP_ACCEPT_LANGUAGE", ""))):
            return self._respond(environ, start_response)

    def _respond(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        path = environ.get("PATH_INFO", "/")
        method = environ.get("REQUEST_METHOD", "GET")
        try:
            if method == "OPTIONS":
                return self._send(start_response, "204 No Content", "text/plain", b"")
            if path == "/sparql":
                return self._sparql(environ, start_response)
            if method not in ("GET", "HEAD"):
                raise ProtocolError("405 Method Not Allowed", msg("serve.post_only_sparql"))
            if path in ("/", "/index.html"):
                asked = environ.get("QUERY_STRING", "")
                if {"query", "update"} & set(parse_qs(asked)):  # a protocol request sent to the page
                    location = [("Location", f"/sparql?{asked}")]
                    body = f"{text('serve.redirect')}\n".encode()
                    media = "text/plain; charset=utf-8"
                    return self._send(start_response, "308 Permanent Redirect", media, body, location)
                return self._send(start_response, "200 OK", "text/html; charset=utf-8", self.page)
            if path in _STATIC:
                data = resources.files(__package__).joinpath(path.lstrip("/")).read_bytes()
                return self._send(start_response, "200 OK", _STATIC[path], data)
            if self.resolver is not None:
                return self._resource(self.resolver, environ, start_response, path.removeprefix("/"))
            raise ProtocolError("404 Not Found", msg("serve.no_page", path=path))
        except ProtocolError as error:
            return self._error(start_response, error.status, str(error))

    def _resource(
        self, resolver: Resolver, environ: dict[str, Any], start_response: StartResponse, path: str
    ) -> list[bytes]:
        accept, language = environ.get("HTTP_ACCEPT", ""), environ.get("HTTP_ACCEPT_LANGUAGE", "")
        found = resolver.resolve(path, accept=accept, language=language)
        if found is not None:
            headers = [("Vary", "Accept, Accept-Language"), ("Content-Language", current_language())]
            if found.location is not None:
                headers.append(("Location", found.location))
            body = f"{found.message}\n".encode()
            return self._send(start_response, found.status, "text/plain; charset=utf-8", body, headers)
        file = resolver.file(path)
        if file is None:
            raise ProtocolError("404 Not Found", msg("serve.no_page_or_resource", path=path))
        return self._send(start_response, "200 OK", file[0], file[1].read_bytes())

    def _sparql(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        length = int(environ.get("CONTENT_LENGTH") or 0)
        if length > self.max_query_bytes * 3 + 1024:  # form encoding triples a byte at most
            raise ProtocolError("413 Content Too Large", msg("serve.body_too_large", length=length))
        body = environ["wsgi.input"].read(length) if length else b""
        request = read_request(
            environ.get("REQUEST_METHOD", "GET"),
            environ.get("CONTENT_TYPE", ""),
            environ.get("QUERY_STRING", ""),
            body,
            accept=environ.get("HTTP_ACCEPT", ""),
            max_query_bytes=self.max_query_bytes,
        )
        if request.query is None:
            format = negotiate(request.accept, "CONSTRUCT")
            endpoint = _endpoint(environ)
            return self._send(
                start_response, "200 OK", MEDIA_TYPES[format], self._description(endpoint, format)
            )
        try:
            form = self.engine.check(request.query)
            format = negotiate(request.accept, form)
            data = self.engine.answer(request.query, format)
        except RefusedQueryError as error:
            return self._error(start_response, "403 Forbidden", str(error))
        except QueryTimeoutError as error:
            return self._error(start_response, "503 Service Unavailable", str(error))
        except QueryError as error:
            return self._error(start_response, "400 Bad Request", str(error))
        return self._send(start_response, "200 OK", MEDIA_TYPES[format], data)

    def _description(self, endpoint: str, format: str) -> bytes:
        names = "".join(
            f"<{endpoint}#dataset> sd:namedGraph <{endpoint}#graph-{n}> .\n"
            f"<{endpoint}#graph-{n}> a sd:NamedGraph ; sd:name <{name}> .\n"
            for n, name in enumerate(self.engine.named_graphs(), start=1)
        )
        text = self.description.replace("{endpoint}", endpoint).replace("{named_graphs}", names)
        triples = [quad.triple for quad in parse(text, format=RdfFormat.TURTLE)]
        rdf_format = RdfFormat.TURTLE if format == "turtle" else RdfFormat.JSON_LD
        return serialize(sorted(triples, key=str), format=rdf_format, prefixes=_SD_PREFIXES) or b""

    def _send(
        self,
        start_response: StartResponse,
        status: str,
        media: str,
        data: bytes,
        extra: Sequence[tuple[str, str]] = (),
    ) -> list[bytes]:
        headers = [("Content-Type", media), ("Content-Length", str(len(data))), *_CORS, *extra]
        if status == "200 OK" and media.startswith("application/sparql-results"):
            headers.append(("Vary", "Accept"))
        start_response(status, headers)
        return [data]

    def _error(self, start_response: StartResponse, status: str, message: str) -> list[bytes]:
        """A one-line ``text/plain`` body in the language of the request (see the module docstring)."""
        line = " ".join(message.split())
        headers = [("Content-Language", current_language()), ("Vary", "Accept-Language")]
        return self._send(start_response, status, "text/plain; charset=utf-8", f"{line}\n".encode(), headers)


def _endpoint(environ: dict[str, Any]) -> str:
    host = (
        environ.get("HTTP_HOST")
        or f"{environ.get('SERVER_NAME', 'localhost')}:{environ.get('SERVER_PORT', '')}"
    )
    return f"{environ.get('wsgi.url_scheme', 'http')}://{host}/sparql"
