"""Dereferenceable IRIs: exports/.htaccess, applied by a small test server (tests/rewrite_server.py), sends a
GET on a data IRI to its web page, Turtle or JSON-LD by content negotiation, and releases/latest/ to the release.

The host is laid out as w3id.org and a static host would be: the .htaccess in the folder of the base
(``/kizuna-graph/``) and the release folder ``releases/{version}/`` beside it (a link to exports/).
"""

from __future__ import annotations

import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import DCAT, RDF
from rewrite_server import serve_release

from kizuna_graph.terms.namespaces import KZ

ROOT = Path(__file__).resolve().parents[1]
EXPORTS = ROOT / "exports"
BASE = "https://w3id.org/kizuna-graph/"


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


@pytest.fixture(scope="module")
def host(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    catalog = Graph().parse(EXPORTS / "catalog.ttl")
    version = str(next(catalog.objects(None, URIRef(str(DCAT) + "version"))))
    server, address = serve_release(tmp_path_factory.mktemp("host"), EXPORTS, version)
    yield address
    server.shutdown()


def _get(url: str, **headers: str) -> tuple[int, str, bytes]:
    opener = urllib.request.build_opener(_NoRedirect)
    request = urllib.request.Request(url, headers=headers)
    try:
        with opener.open(request, timeout=10) as response:
            return response.status, response.headers.get("Location", ""), response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Location", ""), b""


def _follow(host: str, iri: str, **headers: str) -> tuple[int, str, bytes]:
    status, location, _ = _get(host + "/" + iri.removeprefix("https://w3id.org/"), **headers)
    assert status in (302, 303), f"{iri}: {status}"
    final, _, body = _get(host + location)
    return status, location, body if final == 200 else b""


def test_a_measure_iri_answers_html_turtle_and_json_ld(host: str, graph: Graph) -> None:
    measure = sorted(graph.subjects(RDF.type, KZ.Measure))[0]
    status, location, body = _follow(host, str(measure), Accept="text/html")
    assert status == 303 and "/site/ja/" in location and location.endswith(".html")
    assert b'<html lang="ja">' in body
    _, location, body = _follow(
        host, str(measure), Accept="text/html", **{"Accept-Language": "en-GB,en;q=0.8"}
    )
    assert "/site/en/" in location and b'<html lang="en">' in body
    _, location, body = _follow(host, str(measure), Accept="text/turtle")
    assert location.endswith(".ttl")
    described = Graph().parse(data=body, format="turtle")
    assert set(graph.triples((measure, None, None))) <= set(described)
    _, location, body = _follow(host, str(measure), Accept="application/ld+json")
    assert location.endswith(".jsonld")
    assert set(graph.triples((measure, None, None))) <= set(Graph().parse(data=body, format="json-ld"))


def test_every_kind_of_resource_with_a_page_dereferences(host: str, graph: Graph) -> None:
    kinds = (
        KZ.JointWelfarePlan,
        KZ.BasicGoal,
        KZ.Policy,
        KZ.NumberedAction,
        KZ.CitizenAction,
        KZ.Actor,
        KZ.ActorRole,
        KZ.HelpType,
    )
    checked = 0
    for kind in kinds:
        for node in sorted(graph.subjects(RDF.type, kind)):
            if kind == KZ.JointWelfarePlan and (node, KZ.hasGoal, None) not in graph:
                continue
            _, _, body = _follow(host, str(node), Accept="text/turtle")
            assert body, f"{node} does not dereference"
            checked += 1
    assert checked == 1 + 3 + 8 + 90 + 21 + 8 + 5 + 4  # plan, goals … help types (8 actors: 地域 too)


def test_the_vocabulary_the_dataset_and_latest(host: str) -> None:
    _, location, body = _follow(host, "https://w3id.org/kizuna-graph/def", Accept="text/turtle")
    assert location.endswith("/ontology.ttl") and b"owl:Ontology" in body
    _, location, body = _follow(host, "https://w3id.org/kizuna-graph/def", Accept="text/html")
    assert location.endswith("/site/ja/ontology.html") and body
    _, location, body = _follow(host, "https://w3id.org/kizuna-graph/dataset/isesaki-3", Accept="text/turtle")
    assert location.endswith("/catalog.ttl") and b"dcat:Catalog" in body
    status, location, body = _follow(host, "https://w3id.org/kizuna-graph/releases/latest/isesaki-3.ttl")
    assert status == 302 and body == (EXPORTS / "isesaki-3.ttl").read_bytes()
    status, _, body = _follow(host, BASE)
    assert status == 302 and b"ja/index.html" in body
