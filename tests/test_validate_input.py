"""`kizuna validate` on input it must refuse: one line on stderr, exit 2, and nothing fetched or opened.

Every test here runs with the network cut and records, with an audit hook, every file the process opens while
the command runs: only the named input may be read. The network guard cannot be swallowed: every attempt is
recorded (and asserted absent after each test, whatever the code under test did with the error), and the
error it raises is a ``BaseException``, which no ``except Exception`` in a parser turns into a refusal.
"""

from __future__ import annotations

import json
import socket
import sys
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from rdflib import Graph
from revision_cases import BUNDLED

from kizuna_graph.cli import main
from kizuna_graph.validate.shacl import load_shapes

EXPORTS = Path(__file__).resolve().parents[1] / "exports"

_opened: list[str] = []
_recording = False


_CODE = (sys.prefix, sys.base_prefix)  # modules imported on first use are code, not input


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if _recording and event == "open" and isinstance(args[0], str | bytes | Path):
        name = args[0].decode() if isinstance(args[0], bytes) else str(args[0])
        if not name.startswith(_CODE):
            _opened.append(name)


sys.addaudithook(_audit)  # audit hooks cannot be removed; this one only records while _recording is set


class NetworkAttempted(BaseException):  # not an Exception, on purpose
    """Raised by the network guard; a ``BaseException`` so that ``except Exception`` does not catch it."""


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    attempts: list[str] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(repr(args)[:200])
        raise NetworkAttempted(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(urllib.request, "urlopen", refuse)
    yield attempts
    assert not attempts, f"the command tried to reach the network: {attempts}"


def test_the_network_guard_cannot_be_swallowed(no_network: list[str]) -> None:
    """What a parser's ``except Exception`` would do to the guard's error: it passes through, and is recorded."""
    with pytest.raises(NetworkAttempted):
        try:
            socket.create_connection(("w3id.org", 443))
        except Exception:  # what a parser would do
            pytest.fail("the guard's error was caught by `except Exception`")
    assert len(no_network) == 1
    no_network.clear()


@pytest.fixture
def opened(capsys: pytest.CaptureFixture[str]) -> Iterator[list[str]]:
    """Files opened while the test runs the command (shapes and modules are loaded beforehand)."""
    global _recording
    load_shapes("plan")
    for output in ("json", "text"):  # warm every import, and the ontology the text report names kinds by
        main(["validate", str(EXPORTS / "isesaki-3.jsonld"), "--format", output])
    capsys.readouterr()
    _opened.clear()
    _recording = True
    try:
        yield _opened
    finally:
        _recording = False


def _validate(capsys: pytest.CaptureFixture[str], *paths: Path, lang: str = "ja") -> tuple[int, str, str]:
    _opened.clear()  # what the test wrote beforehand is not the command's doing
    code = main(["validate", *map(str, paths), "--lang", lang])
    out, err = capsys.readouterr()
    return code, out, err


def _refused(capsys: pytest.CaptureFixture[str], path: Path, *phrases: str, en: tuple[str, ...] = ()) -> str:
    """Refused in one line: ``phrases`` in Japanese (the default), then ``en`` with ``--lang en``, at the same
    ``file:line``."""
    where = ""
    for lang, expected in (("ja", phrases), ("en", en)):
        code, out, err = _validate(capsys, path, lang=lang)
        assert code == 2
        assert out == ""
        assert err.count("\n") == 1 and err.startswith(f"kizuna: {path}"), err
        for phrase in expected:
            assert phrase in err, err
        at = err.removeprefix(f"kizuna: {path}").split(" ", 1)[0]
        assert where in ("", at), f"{lang} gives {at!r}, ja gave {where!r}"
        where = at
        if not en:
            break
    return err


def test_unparseable_turtle(tmp_path: Path, capsys: pytest.CaptureFixture[str], opened: list[str]) -> None:
    path = tmp_path / "plan.ttl"
    path.write_text("@prefix kz: <https://w3id.org/kizuna-graph/def#> .\n\n<a> kz:hasGoal <b> ;\n  kz:x .\n")
    _refused(capsys, path, ":4: Turtle のファイルとして読めません", "（詳細: ", en=(":4: not valid Turtle",))
    assert opened == [str(path)]


def test_json_ld_with_a_remote_context(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], opened: list[str]
) -> None:
    path = tmp_path / "plan.jsonld"
    document = {"@context": "https://w3id.org/kizuna-graph/context.jsonld", "@id": "urn:x", "title": "x"}
    path.write_text(json.dumps(document))
    _refused(
        capsys,
        path,
        'JSON-LD の @context "https://w3id.org/kizuna-graph/context.jsonld" はほかの文書を指しています',
        "@context を文書の中に書いてください",
        en=(
            'JSON-LD @context "https://w3id.org/kizuna-graph/context.jsonld" refers to a document elsewhere',
            "write the context inline",
        ),
    )
    assert opened == [str(path)]


def test_json_ld_with_a_local_file_context(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], opened: list[str]
) -> None:
    (tmp_path / "context.jsonld").write_text(
        json.dumps({"@context": {"title": "http://purl.org/dc/terms/title"}})
    )
    path = tmp_path / "plan.jsonld"
    path.write_text(json.dumps({"@context": ["context.jsonld", {}], "@id": "urn:x", "title": "x"}))
    _refused(
        capsys,
        path,
        'JSON-LD の @context "context.jsonld" はほかの文書を指しています',
        en=('JSON-LD @context "context.jsonld" refers to a document elsewhere',),
    )
    assert opened == [str(path)]


@pytest.mark.parametrize(
    ("where", "refusal", "english"),
    [
        (
            "scoped",
            'JSON-LD の @context "https://example.net/ctx.jsonld" はほかの文書を指しています',
            'JSON-LD @context "https://example.net/ctx.jsonld" refers to a document elsewhere',
        ),
        (
            "import",
            "JSON-LD の '@import' は使えません。取り込む @context の中身を文書に書き写してください",
            "JSON-LD '@import' is not accepted: copy the imported context into the document",
        ),
    ],
)
def test_json_ld_with_a_nested_remote_context(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    opened: list[str],
    where: str,
    refusal: str,
    english: str,
) -> None:
    context: dict[str, Any] = {"kz": "https://w3id.org/kizuna-graph/def#"}
    if where == "scoped":
        context["hasGoal"] = {"@id": "kz:hasGoal", "@context": "https://example.net/ctx.jsonld"}
    else:
        context["@import"] = "https://example.net/ctx.jsonld"
    path = tmp_path / "plan.json"
    path.write_text(json.dumps({"@context": context, "@id": "urn:x"}))
    _refused(capsys, path, refusal, en=(english,))
    assert opened == [str(path)]


def test_rdf_xml_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str], opened: list[str]) -> None:
    path = tmp_path / "plan.rdf"
    path.write_text('<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>')
    _refused(capsys, path, "RDF/XML", "Turtle に変換して", en=("RDF/XML", "convert the file to Turtle"))
    assert opened == [str(path)]


def test_billion_laughs_is_refused_before_any_parser_sees_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Refused on its bytes: no RDF parser is ever handed the entities (parses are recorded, not raised,
    so that the code under test cannot swallow the guard)."""
    parses: list[object] = []
    original = Graph.parse
    monkeypatch.setattr(Graph, "parse", lambda self, *a, **k: parses.append(a) or original(self, *a, **k))
    entities = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{"&lol" + str(i - 1) + ";" * 1}' + f'{("&lol" + str(i - 1) + ";") * 9}">'
        for i in range(1, 10)
    ]
    body = '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description>&lol9;'
    xml = f'<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [\n{chr(10).join(entities)}\n]>\n{body}</rdf:Description></rdf:RDF>'
    for name in ("laughs.xml", "laughs.ttl", "laughs"):  # by extension or by content
        path = tmp_path / name
        path.write_text(xml)
        _refused(capsys, path, "DOCTYPE・ENTITY の宣言", en=("DOCTYPE or ENTITY declarations",))
    assert parses == []


def test_yaml_bomb_of_nested_aliases_is_refused_before_construction(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Aliases are refused on the parser's events: the document is never constructed (recorded, not raised)."""
    loads: list[object] = []
    original = yaml.load
    monkeypatch.setattr(yaml, "load", lambda *a, **k: loads.append(a) or original(*a, **k))
    lines = ["format: 1", 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    lines += [f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]" for i in range(8)]
    path = tmp_path / "bomb.yaml"
    path.write_text("\n".join(lines) + "\n")
    _refused(capsys, path, "アンカー（&a）は計画ファイルでは使えません")
    assert loads == []


@pytest.mark.parametrize("name", ["big.ttl", "big.yaml", "big.jsonld"])
def test_a_50_mb_file_is_refused_before_reading(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], opened: list[str], name: str
) -> None:
    path = tmp_path / name
    with path.open("wb") as stream:
        stream.truncate(50 * 1024 * 1024)  # sparse: no disk used
    _refused(capsys, path, "ファイルが大きすぎます（52,428,800 バイト")
    assert opened == []


def test_a_directory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _refused(
        capsys, tmp_path, "フォルダーに計画ファイル"
    )  # a folder is a corpus: this one holds no plan file


def test_a_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _refused(capsys, tmp_path / "nowhere.yaml", "ファイルが見つかりません")


def test_good_rdf_is_read_by_extension_or_content(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], opened: list[str]
) -> None:
    """The published files (inline JSON-LD context) validate; names without a known extension are sniffed."""
    for name, target in (
        ("isesaki-3.jsonld", "plan.data"),
        ("isesaki-3.nt", "plan"),
        ("isesaki-3.ttl", "x.txt"),
    ):
        for path in (EXPORTS / name, tmp_path / target):
            if path.parent == tmp_path:
                path.write_bytes((EXPORTS / name).read_bytes())
            code, out, err = _validate(capsys, path)
            assert (code, err) == (0, ""), err
            assert "違反 0件、警告 4件" in out
            assert opened == [str(path)]


def test_one_unreadable_file_among_several(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _validate(capsys, BUNDLED, tmp_path / "missing.ttl")
    assert code == 2
    assert "違反 0件、警告 4件" in out  # the readable plan is still reported
    assert err.count("\n") == 1 and "ファイルが見つかりません" in err


def test_libyaml_and_the_python_loader_read_the_plan_alike() -> None:
    """The libyaml fast path (used for speed) gives the same data and source lines as the checked loader."""
    import yaml

    from kizuna_graph.plan import yamlfile

    text = BUNDLED.read_text(encoding="utf-8")
    if not yamlfile._fast_loaders:
        pytest.skip("PyYAML without libyaml: only the Python loader runs")
    slow = yaml.load(text, Loader=yamlfile._Loader)
    fast = yaml.load(text, Loader=yamlfile._fast_loaders[0])

    def same(a: Any, b: Any, where: str) -> None:
        assert type(a) is type(b) and a == b, where
        if isinstance(a, yamlfile.YamlMap):
            assert (a.line, a.key_lines) == (b.line, b.key_lines), where
            for name in a:
                same(a[name], b[name], f"{where}/{name}")
        elif isinstance(a, yamlfile.YamlSeq):
            assert (a.line, a.item_lines) == (b.line, b.item_lines), where
            for index, (x, y) in enumerate(zip(a, b, strict=True)):
                same(x, y, f"{where}[{index}]")

    same(slow, fast, "")
