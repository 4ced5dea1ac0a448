"""Dereferenceable IRIs on `kizuna serve` (a real process on loopback): a GET on a resource IRI's path answers
by content negotiation, and every IRI resolves as it does under exports/.htaccess applied by the test server
of tests/rewrite_server.py (the independent reading of the same rules).
"""

from __future__ import annotations

import signal
import subprocess
import sys
import urllib.error
import urllib.request
from collections.abc import Iterator

import pytest
from conftest import EXPORTS
from rdflib import Graph, URIRef
from rdflib.namespace import DCAT, RDF, SKOS
from rewrite_server import serve_release

from kizuna_graph.terms.namespaces import KZ

BASE = "https://w3id.org/kizuna-graph/"
RELEASE = "/kizuna-graph/releases/{version}"
#: One resource of each kind with a page, and the headers each is asked with.
KINDS = (
    KZ.JointWelfarePlan,
    KZ.BasicGoal,
    KZ.Policy,
    KZ.Measure,
    KZ.NumberedAction,
    KZ.ActorRole,
    KZ.HelpType,
)
ASKED = (
    {"Accept": "text/html"},
    {"Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8", "Accept-Language": "en-GB,en;q=0.8"},
    {"Accept": "text/turtle"},
    {"Accept": "application/ld+json"},
    {"Accept": "application/ld+json;q=0.5, text/turtle"},
    {},
)


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


def _get(url: str, headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.build_opener(_NoRedirect).open(request, timeout=30) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


@pytest.fixture(scope="module")
def served() -> Iterator[str]:
    command = [sys.executable, "-m", "kizuna_graph.cli", "serve", "--port", "0", "--data", str(EXPORTS)]
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    try:
        line = process.stderr.readline()  # type: ignore[union-attr]
        assert "/sparql" in line, line
        yield line.split()[3].rstrip(",").removesuffix("/sparql")
    finally:
        process.send_signal(
            signal.SIGTERM
        )  # as Ctrl-C; SIGINT is ignored when the tests run in the background
        process.wait(timeout=10)


@pytest.fixture(scope="module")
def hosted(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    """The .htaccess host's address and the path of the release on it."""
    catalog = Graph().parse(EXPORTS / "catalog.ttl")
    version = str(next(catalog.objects(None, URIRef(str(DCAT) + "version"))))
    server, address = serve_release(tmp_path_factory.mktemp("host"), EXPORTS, version)
    yield address, RELEASE.format(version=version)
    server.shutdown()


@pytest.fixture(scope="module")
def resources(graph: Graph) -> list[URIRef]:
    found = []
    for kind in KINDS:
        nodes = sorted(node for node in graph.subjects(RDF.type, kind) if isinstance(node, URIRef))
        found.append(next(n for n in nodes if kind != KZ.JointWelfarePlan or (n, KZ.hasGoal, None) in graph))
    return found


def _path(iri: URIRef) -> str:
    assert str(iri).startswith(BASE)
    return "/" + str(iri).removeprefix(BASE)


def _follow(address: str, path: str, headers: dict[str, str]) -> tuple[int, str, dict[str, str], bytes]:
    status, response, _ = _get(address + path, headers)
    assert status in (302, 303), f"{path} {headers}: {status}"
    final, final_headers, body = _get(address + response["Location"])
    assert final == 200, f"{path} → {response['Location']}: {final}"
    return status, response["Location"], final_headers, body


def test_a_measure_answers_html_turtle_and_json_ld(served: str, graph: Graph) -> None:
    measure = sorted(graph.subjects(RDF.type, KZ.Measure))[0]
    assert isinstance(measure, URIRef)
    local = _path(measure)
    status, location, headers, body = _follow(served, local, {"Accept": "text/html"})
    assert (status, location) == (303, f"/site/ja{local}.html")
    assert headers["Content-Type"] == "text/html; charset=utf-8" and b'<html lang="ja">' in body
    label = next(graph.objects(measure, SKOS.prefLabel))
    assert str(label).encode() in body
    _, location, headers, body = _follow(served, local, {"Accept": "text/turtle"})
    assert location == f"/site/data{local}.ttl" and headers["Content-Type"].startswith("text/turtle")
    described = Graph().parse(data=body, format="turtle")
    assert (measure, SKOS.prefLabel, label) in described
    named = {value for value in graph.objects(measure, None) if isinstance(value, URIRef)} - {measure}
    labelled = {node for node in named if (node, SKOS.prefLabel, None) in graph}
    assert labelled  # the concepts and the plan it names, each with its labels in the description
    for node in labelled:
        assert set(graph.triples((node, SKOS.prefLabel, None))) <= set(described), node
    assert set(graph.triples((measure, None, None))) <= set(described)
    _, location, headers, body = _follow(served, local, {"Accept": "application/ld+json"})
    assert location == f"/site/data{local}.jsonld" and headers["Content-Type"] == "application/ld+json"
    described = Graph().parse(data=body, format="json-ld")
    assert set(graph.triples((measure, None, None))) <= set(described)
    for node in labelled:
        assert set(graph.triples((node, SKOS.prefLabel, None))) <= set(described), node


def test_an_iri_varies_by_accept(served: str, resources: list[URIRef]) -> None:
    for headers in ASKED:
        status, response, _ = _get(served + _path(resources[0]), headers)
        assert status == 303
        assert "Accept" in [name.strip() for name in response["Vary"].split(",")]


def test_an_unacceptable_type_is_406(served: str, resources: list[URIRef]) -> None:
    for accept in ("image/png", "application/sparql-results+json", "text/turtle;q=0, text/csv"):
        status, response, body = _get(served + _path(resources[3]), {"Accept": accept})
        assert status == 406, accept
        assert "Accept" in response["Vary"] and b"text/turtle" in body


@pytest.mark.parametrize(
    "path",
    [
        "/plans/isesaki/3/measure/no-such-measure",
        "/plans/isesaki/9",
        "/org/nobody",
        "/plans/../../../etc/passwd",
        "/plans/isesaki/3/../../../.htaccess",
        "/.htaccess",
        "/unknown/thing",
    ],
)
def test_an_unknown_resource_is_404(served: str, path: str) -> None:
    for accept in ("text/html", "text/turtle", "application/ld+json"):
        assert _get(served + path, {"Accept": accept})[0] == 404, (path, accept)


def test_the_same_iris_resolve_as_under_the_htaccess(
    served: str, hosted: tuple[str, str], resources: list[URIRef]
) -> None:
    host, release = hosted
    paths = [_path(node) for node in resources] + [
        "/def",
        "/dataset/isesaki-3",
        "/releases/latest/isesaki-3.ttl",
    ]
    compared = 0
    for path in paths:
        for headers in ASKED:
            status, location, _, body = _follow(served, path, headers)
            expected_status, expected_location, _, expected_body = _follow(
                host, "/kizuna-graph" + path, headers
            )
            assert status == expected_status, (path, headers)
            assert release + location == expected_location, (path, headers)
            assert body == expected_body, (path, headers)
            compared += 1
    assert compared == (len(KINDS) + 3) * len(ASKED) == 60
