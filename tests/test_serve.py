"""`kizuna serve` as a real process on loopback, driven by real clients (SPARQLWrapper, curl, urllib).

Each safety property of the endpoint has its test: updates refused and the data unchanged; SERVICE to a
listener on loopback refused with no connection made; FROM <file:///etc/passwd> refused; a cross product that
would run for hours stopped with an error status while another client is answered; an oversized body; bad
queries; the result cap as an error, never a truncated 200.
"""

from __future__ import annotations

import json
import shutil
import signal
import socket
import subprocess
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import EXPORTS
from rdflib import BNode, Graph, URIRef
from SPARQLWrapper import CSV, JSON, TURTLE, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

from kizuna_graph.cli import build_parser

HTTP_CASES: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parent / "bad-queries" / "http-cases.yaml").read_text(encoding="utf-8")
)
EXPECTED_HTTP_CASES = 13
#: Accept-Language headers and the language of the error body each gets
LANGUAGES = [("ja", "ja"), ("ja-JP,ja;q=0.9,en;q=0.8", "ja"), ("en-US,en;q=0.9", "en"), ("", "en")]

TIMEOUT_S = 2
RESULT_CAP = 1000
CROSS_PRODUCT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
COUNT_ALL = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


@dataclass(frozen=True)
class Reply:
    status: int
    headers: dict[str, str]
    body: bytes


def serving(*options: str) -> Iterator[str]:
    """`kizuna serve` on a free loopback port with ``options``: its endpoint URL, until the test module ends."""
    command = [
        sys.executable, "-m", "kizuna_graph.cli", "serve", "--port", "0", "--data", str(EXPORTS),
        "--timeout", str(TIMEOUT_S), "--limit", str(RESULT_CAP), *options,
    ]  # fmt: skip
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    try:
        line = process.stderr.readline()  # type: ignore[union-attr]
        assert "/sparql" in line, line
        yield line.split()[3].rstrip(",")
    finally:
        process.send_signal(
            signal.SIGTERM
        )  # as Ctrl-C; SIGINT is ignored when the tests run in the background
        process.wait(timeout=10)


@pytest.fixture(scope="module")
def endpoint() -> Iterator[str]:
    yield from serving()


def http(
    url: str, *, data: bytes | None = None, headers: dict[str, str] | None = None, method: str | None = None
) -> Reply:
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return Reply(response.status, dict(response.headers), response.read())
    except urllib.error.HTTPError as error:
        return Reply(error.code, dict(error.headers), error.read())


def get(endpoint: str, query: str, accept: str = "") -> Reply:
    return http(
        f"{endpoint}?{urllib.parse.urlencode({'query': query})}", headers={"Accept": accept} if accept else {}
    )


def post_form(endpoint: str, **fields: str) -> Reply:
    return http(
        endpoint,
        data=urllib.parse.urlencode(fields).encode(),
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )


def count(endpoint: str) -> int:
    reply = get(endpoint, COUNT_ALL, "application/sparql-results+json")
    return int(json.loads(reply.body)["results"]["bindings"][0]["n"]["value"])


def test_sparqlwrapper_select_ask_construct(endpoint: str) -> None:
    client = SPARQLWrapper(endpoint)
    client.setQuery("SELECT ?n WHERE { ?g a kz:BasicGoal ; skos:notation ?n } ORDER BY ?n")
    client.setReturnFormat(JSON)
    rows = client.query().convert()["results"]["bindings"]  # type: ignore[index,call-overload]
    assert [row["n"]["value"] for row in rows] == ["1", "2", "3"]
    client.setQuery("ASK { ?m a kz:Measure }")
    assert client.query().convert()["boolean"] is True  # type: ignore[index,call-overload]
    client.setQuery("CONSTRUCT { ?p skos:prefLabel ?l } WHERE { ?p a kz:Policy ; skos:prefLabel ?l }")
    client.setReturnFormat(TURTLE)
    graph = Graph().parse(data=client.query().convert(), format="turtle")  # type: ignore[arg-type]
    assert len(graph) == 16


def test_sparqlwrapper_post_and_csv(endpoint: str) -> None:
    client = SPARQLWrapper(endpoint)
    client.setMethod("POST")
    client.setQuery("SELECT ?n WHERE { ?g a kz:BasicGoal ; skos:notation ?n } ORDER BY ?n")
    client.setReturnFormat(CSV)
    assert client.query().convert() == b"n\r\n1\r\n2\r\n3\r\n"


def test_sparqlwrapper_sees_a_bad_query_as_an_error(endpoint: str) -> None:
    client = SPARQLWrapper(endpoint)
    client.setQuery("SELECT * WHERE { ?s ?p ")
    client.setReturnFormat(JSON)
    with pytest.raises(QueryBadFormed):
        client.query()


@pytest.mark.parametrize(
    ("accept", "media"),
    [
        ("", "application/sparql-results+json"),
        ("application/sparql-results+xml", "application/sparql-results+xml"),
        ("text/csv", "text/csv; charset=utf-8"),
        ("text/tab-separated-values", "text/tab-separated-values; charset=utf-8"),
        ("text/csv;q=0.5, application/sparql-results+xml;q=0.9", "application/sparql-results+xml"),
        ("text/html, */*;q=0.1", "application/sparql-results+json"),
    ],
)
def test_content_negotiation(endpoint: str, accept: str, media: str) -> None:
    reply = get(endpoint, "SELECT ?n WHERE { ?g a kz:BasicGoal ; skos:notation ?n }", accept)
    assert reply.status == 200 and reply.headers["Content-Type"] == media


def test_nothing_acceptable_is_406(endpoint: str) -> None:
    assert get(endpoint, "ASK { ?s ?p ?o }", "text/csv").status == 406
    assert (
        get(endpoint, "CONSTRUCT WHERE { ?s a kz:BasicGoal }", "application/sparql-results+json").status
        == 406
    )


def test_post_as_sparql_query_and_form(endpoint: str) -> None:
    query = "SELECT ?n WHERE { ?g a kz:BasicGoal ; skos:notation ?n } ORDER BY ?n"
    direct = http(
        endpoint,
        data=query.encode(),
        headers={"Content-Type": "application/sparql-query", "Accept": "text/csv"},
    )
    assert direct.status == 200 and direct.body == b"n\r\n1\r\n2\r\n3\r\n"
    form = post_form(endpoint, query=query)
    assert form.status == 200 and len(json.loads(form.body)["results"]["bindings"]) == 3


def test_curl_get_and_post(endpoint: str) -> None:
    if shutil.which("curl") is None:
        pytest.skip("curl is not installed (Debian package curl)")
    query = "SELECT ?n WHERE { ?g a kz:BasicGoal ; skos:notation ?n } ORDER BY ?n"
    done = subprocess.run(
        ["curl", "-s", "-G", "-H", "Accept: text/csv", "--data-urlencode", f"query={query}", endpoint],
        capture_output=True, check=True,
    )  # fmt: skip
    assert done.stdout == b"n\r\n1\r\n2\r\n3\r\n"
    done = subprocess.run(
        ["curl", "-s", "-o", "/dev/null", "-w", "%{http_code}", "--data-urlencode", "update=CLEAR ALL", endpoint],
        capture_output=True, check=True, text=True,
    )  # fmt: skip
    assert done.stdout == "403"


@pytest.mark.parametrize(
    ("how", "body", "content_type"),
    [
        ("update form", {"update": "CLEAR ALL"}, "application/x-www-form-urlencoded"),
        ("sparql-update", "DROP ALL", "application/sparql-update"),
        (
            "insert as a query",
            {"query": "INSERT DATA { <urn:a> <urn:b> <urn:c> }"},
            "application/x-www-form-urlencoded",
        ),
        ("delete as a query", "DELETE WHERE { ?s ?p ?o }", "application/sparql-query"),
        ("load", {"query": "LOAD <file:///etc/passwd>"}, "application/x-www-form-urlencoded"),
    ],
)
def test_updates_are_refused_and_the_data_is_unchanged(
    endpoint: str, how: str, body: dict[str, str] | str, content_type: str
) -> None:
    before = count(endpoint)
    data = urllib.parse.urlencode(body).encode() if isinstance(body, dict) else body.encode()
    reply = http(endpoint, data=data, headers={"Content-Type": content_type})
    assert reply.status == 403, (how, reply.body)
    assert count(endpoint) == before > 10_000


def test_update_by_get_is_refused(endpoint: str) -> None:
    reply = http(f"{endpoint}?{urllib.parse.urlencode({'update': 'CLEAR ALL'})}")
    assert reply.status == 403


class Listener:
    """A TCP listener on loopback that records every connection made to it."""

    def __init__(self) -> None:
        self.socket = socket.create_server(("127.0.0.1", 0))
        self.socket.settimeout(0.2)
        self.port = self.socket.getsockname()[1]
        self.connections = 0
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self) -> None:
        while not self.stop.is_set():
            try:
                connection, _ = self.socket.accept()
            except TimeoutError:
                continue
            self.connections += 1
            connection.close()

    def close(self) -> None:
        self.stop.set()
        self.thread.join()
        self.socket.close()


@pytest.mark.parametrize(
    "template",
    [
        "SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}",
        "SELECT * WHERE {{ ?x a kz:Measure OPTIONAL {{ service silent <http://127.0.0.1:{port}/sparql> {{ ?x ?p ?o }} }} }}",
        "SELECT * FROM <http://127.0.0.1:{port}/data.ttl> WHERE {{ ?s ?p ?o }}",
        "SELECT * FROM NAMED <http://127.0.0.1:{port}/g> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
    ],
)
def test_service_and_from_reach_no_listener(endpoint: str, template: str) -> None:
    listener = Listener()
    try:
        reply = post_form(endpoint, query=template.format(port=listener.port))
        threading.Event().wait(0.5)  # leave time for a connection that should never come
        assert reply.status == 403 and b"refused" in reply.body
        assert listener.connections == 0
    finally:
        listener.close()


def test_from_a_local_file_is_refused(endpoint: str) -> None:
    reply = get(endpoint, "SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }")
    assert reply.status == 403 and b"root:" not in reply.body


def test_dataset_parameters_are_refused(endpoint: str) -> None:
    url = (
        f"{endpoint}?{urllib.parse.urlencode({'query': 'ASK {}', 'default-graph-uri': 'file:///etc/passwd'})}"
    )
    assert http(url).status == 400


def test_runaway_query_is_stopped_while_others_are_served(endpoint: str) -> None:
    """A cross product (hours) gets 503 at the time limit; a simple query sent meanwhile is answered first."""
    order: list[str] = []

    def runaway() -> Reply:
        reply = get(endpoint, CROSS_PRODUCT)
        order.append("runaway")
        return reply

    with ThreadPoolExecutor(2) as pool:
        slow = pool.submit(runaway)
        threading.Event().wait(0.3)
        quick = get(endpoint, "ASK { ?m a kz:Measure }")
        order.append("quick")
        stopped = slow.result()
    assert quick.status == 200 and json.loads(quick.body)["boolean"] is True
    assert stopped.status == 503 and f"stopped after {TIMEOUT_S} s".encode() in stopped.body
    assert stopped.headers["Content-Type"].startswith("text/plain")
    assert order == ["quick", "runaway"]


def test_result_cap_is_an_error_not_a_truncated_answer(endpoint: str) -> None:
    reply = get(endpoint, "SELECT * WHERE { ?s ?p ?o }")
    assert reply.status == 400 and f"more than {RESULT_CAP:,} results".encode() in reply.body
    assert get(endpoint, f"SELECT * WHERE {{ ?s ?p ?o }} LIMIT {RESULT_CAP}").status == 200


def test_oversized_body_is_413(endpoint: str) -> None:
    big = 'SELECT * WHERE { ?s ?p "' + "a" * 300_000 + '" }'
    reply = http(endpoint, data=big.encode(), headers={"Content-Type": "application/sparql-query"})
    assert reply.status == 413
    assert get(endpoint, 'SELECT * WHERE { ?s ?p "' + "a" * 70_000 + '" }').status in (413, 414, 431)


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * WHERE { ?s ?p ",
        "SELECT * WHERE { ?s ex:p ?o }",
        'SELECT * WHERE { ?s ?p ?o FILTER REGEX(?o, "(") }',
        "SELECT (" + "(" * 300 + "1" + ")" * 300 + " AS ?x) {}",
        "hello",
    ],
)
def test_malformed_queries_are_400_with_one_line(endpoint: str, query: str) -> None:
    reply = get(endpoint, query)
    assert reply.status == 400 and reply.body.count(b"\n") == 1


def test_graph_variable_works(endpoint: str) -> None:
    reply = get(endpoint, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", "text/csv")
    assert reply.status == 200 and reply.body.count(b"/asserted") == 1


def test_cors_and_preflight(endpoint: str) -> None:
    assert get(endpoint, "ASK {}").headers["Access-Control-Allow-Origin"] == "*"
    preflight = http(
        endpoint,
        method="OPTIONS",
        headers={"Origin": "https://example.net", "Access-Control-Request-Method": "POST"},
    )
    assert preflight.status == 204 and "POST" in preflight.headers["Access-Control-Allow-Methods"]


def test_service_description(endpoint: str) -> None:
    reply = http(endpoint, headers={"Accept": "text/turtle"})
    assert reply.status == 200 and reply.headers["Content-Type"].startswith("text/turtle")
    graph = Graph().parse(data=reply.body, format="turtle")
    sd = "http://www.w3.org/ns/sparql-service-description#"
    answer = graph.query(f"SELECT ?e WHERE {{ ?s a <{sd}Service> ; <{sd}endpoint> ?e }}")
    assert [str(row[0]) for row in answer] == [endpoint]  # type: ignore[index]
    names = {str(name) for name in graph.objects(None, URIRef(f"{sd}name"))}
    assert {name.rsplit("/", 1)[1] for name in names} == {"asserted", "inferred", "analysis"}
    assert not any(isinstance(term, BNode) for term in graph.all_nodes()), "no blank nodes"


def test_query_page_is_served_from_the_package(endpoint: str) -> None:
    base = endpoint.removesuffix("sparql")
    page = http(base)
    assert page.status == 200 and b"yasgui" in page.body
    assert b"://" not in page.body.split(b"<script>")[0].split(b"</header>")[-1], (
        "no CDN: assets are relative"
    )
    for asset in (b"static/yasgui.min.js", b"static/yasgui.min.css"):
        assert asset in page.body
        reply = http(base + asset.decode())
        assert reply.status == 200 and len(reply.body) > 50_000


def test_fifty_concurrent_clients_get_answers(endpoint: str) -> None:
    query = "SELECT ?n WHERE { ?g a kz:BasicGoal ; skos:notation ?n } ORDER BY ?n"
    with ThreadPoolExecutor(50) as pool:
        replies = list(pool.map(lambda _: get(endpoint, query, "text/csv"), range(50)))
    assert [reply.status for reply in replies] == [200] * 50
    assert {reply.body for reply in replies} == {b"n\r\n1\r\n2\r\n3\r\n"}


def test_loopback_by_default() -> None:
    args = build_parser().parse_args(["serve"])
    assert (args.host, args.port) == ("127.0.0.1", 7878)


@pytest.fixture(scope="module")
def asserted_endpoint() -> Iterator[str]:
    yield from serving("--graph", "asserted")


def test_graph_option_chooses_the_default_graph(endpoint: str, asserted_endpoint: str) -> None:
    """--graph asserted: kz:isPartOf (inferred only) is not in the default graph, and still in its named graph;
    each asserted triple comes once, as with `kizuna query --graph asserted`."""
    inferred = "ASK { ?part kz:isPartOf ?whole }"
    named = "ASK { GRAPH ?g { ?part kz:isPartOf ?whole } }"
    answers = {
        url: [
            json.loads(get(url, query, "application/sparql-results+json").body)["boolean"]
            for query in (inferred, named)
        ]
        for url in (endpoint, asserted_endpoint)
    }
    assert answers == {endpoint: [True, True], asserted_endpoint: [False, True]}
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s a kz:Measure }"
    assert get(asserted_endpoint, count, "text/csv").body == b"n\r\n21\r\n"


def test_graph_option_is_documented() -> None:
    args = build_parser().parse_args(["serve", "--graph", "inferred"])
    assert args.graph == "inferred" and build_parser().parse_args(["serve"]).graph == "all"


def test_root_is_the_page_and_sparql_the_endpoint(endpoint: str) -> None:
    """The SPARQL 1.1 Protocol is at /sparql; / is the query page, linking to it, and sends a protocol request
    made to it on to /sparql (308) rather than answering it with the page."""
    base = endpoint.removesuffix("sparql")
    assert endpoint.endswith("/sparql")
    page = http(base)
    assert page.headers["Content-Type"].startswith("text/html") and b'href="sparql"' in page.body
    query = urllib.parse.urlencode({"query": "ASK { ?s a kz:Measure }"})
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.build_opener(NoRedirect).open(f"{base}?{query}", timeout=30)
    assert refused.value.code == 308 and refused.value.headers["Location"] == f"/sparql?{query}"
    followed = http(f"{base}?{query}", headers={"Accept": "application/sparql-results+json"})
    assert followed.status == 200 and json.loads(followed.body)["boolean"] is True


class NoRedirect(urllib.request.HTTPRedirectHandler):
    """Hands a redirect back to the test as an HTTPError."""

    def redirect_request(self, *args: object, **kwargs: object) -> None:  # type: ignore[override]
        return None


def test_all_http_cases_are_found() -> None:
    assert len(HTTP_CASES) == EXPECTED_HTTP_CASES


def _send(endpoint: str, case: dict[str, Any], accept_language: str) -> Reply:
    headers = {"Accept-Language": accept_language} if accept_language else {}
    if "accept" in case:
        headers["Accept"] = case["accept"]
    url = endpoint.removesuffix("sparql") + case.get("path", "sparql")
    if "get" in case:
        return http(f"{url}?{urllib.parse.urlencode(case['get'])}", headers=headers)
    if "form" in case:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
        return http(url, data=urllib.parse.urlencode(case["form"]).encode(), headers=headers)
    if "body" in case:
        headers["Content-Type"] = case["content_type"]
        body = case["body"].replace("LONG", "a" * case.get("long", 0))
        return http(url, data=body.encode(), headers=headers)
    return http(url, headers=headers)


#: every case with every header; the time limit (503) is waited for once per language
HTTP_RUNS = [
    pytest.param(case, header, lang, id=f"{case['name']}-{header or 'none'}")
    for case in HTTP_CASES
    for header, lang in LANGUAGES
    if case["status"] != 503 or header in ("ja", "")
]


def test_all_http_cases_run_in_both_languages() -> None:
    assert len(HTTP_RUNS) == (EXPECTED_HTTP_CASES - 1) * len(LANGUAGES) + 2


@pytest.mark.parametrize(("case", "accept_language", "lang"), HTTP_RUNS)
def test_error_bodies_follow_accept_language(
    endpoint: str, case: dict[str, Any], accept_language: str, lang: str
) -> None:
    """The same status in every language; a one-line text/plain body in the language the client prefers."""
    reply = _send(endpoint, case, accept_language)
    text = reply.body.decode("utf-8")
    assert reply.status == case["status"], text
    assert case[lang] in text and text.count("\n") == 1, text
    assert reply.headers["Content-Type"] == "text/plain; charset=utf-8"
    assert reply.headers["Content-Language"] == lang


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("", "en"),
        ("ja", "ja"),
        ("ja-JP", "ja"),
        ("JA", "ja"),
        ("en-GB,ja;q=0.5", "en"),
        ("ja;q=0.5, en;q=0.8", "en"),
        ("en;q=0.5, ja;q=0.8", "ja"),
        ("fr, ja;q=0.4", "ja"),  # the client's first choice we do not have: its next, Japanese
        ("fr, de", "en"),
        ("*", "en"),
        ("ja;q=0, en", "en"),
        ("ja;q=0", "en"),
        ("zh-TW, *;q=0.5, ja;q=0.1", "en"),
    ],
)
def test_the_language_of_an_error_is_the_one_the_client_prefers(header: str, expected: str) -> None:
    from kizuna_graph.serve.protocol import language

    assert language(header) == expected
