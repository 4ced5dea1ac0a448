"""The published files: they parse back to the built graph, with independent parsers too, byte-identically."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import BUNDLED, EXPORTS
from rdflib import BNode, Graph
from rdflib.compare import isomorphic

from kizuna_graph.cli import main
from kizuna_graph.export.serialize import jsonld_context
from kizuna_graph.plan.build import BuildResult


def same_graph(a: Graph, b: Graph) -> bool:
    """Without blank nodes, isomorphism is equality of the triple sets (language tags compare case-blind,
    as BCP 47 says: rapper and pyld write ``ja-hira`` where we write ``ja-Hira``)."""
    assert not any(isinstance(term, BNode) for triple in a for term in triple)
    return len(a) == len(b) and set(a) == set(b)


FORMATS = {"isesaki-3.ttl": "turtle", "isesaki-3.nt": "nt", "isesaki-3.jsonld": "json-ld"}


@pytest.fixture(scope="module")
def built_exports(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("exports")
    assert main(["build", str(BUNDLED), "--out", str(out)]) == 0
    return out


def test_committed_exports_are_fresh() -> None:
    assert main(["build", str(BUNDLED), "--out", str(EXPORTS), "--check"]) == 0, (
        "exports/ is stale: run `kizuna build` and commit exports/"
    )


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_export_parses_back_to_the_built_graph(built_exports: Path, built: BuildResult, name: str) -> None:
    parsed = Graph().parse(built_exports / name, format=FORMATS[name])
    assert len(parsed) == len(built.graph)
    assert isomorphic(parsed, built.graph)


def test_no_blank_nodes(built: BuildResult) -> None:
    assert not [t for t in built.graph if any(isinstance(term, BNode) for term in t)]


def test_ntriples_are_sorted(built_exports: Path) -> None:
    lines = (built_exports / "isesaki-3.nt").read_text(encoding="utf-8").splitlines()
    assert lines == sorted(lines)


def test_jsonld_embeds_its_context(built_exports: Path) -> None:
    document = json.loads((built_exports / "isesaki-3.jsonld").read_text(encoding="utf-8"))
    assert document["@context"] == jsonld_context()
    published = json.loads((built_exports / "context.jsonld").read_text(encoding="utf-8"))
    assert published == {"@context": jsonld_context()}


@pytest.mark.parametrize("name,syntax", [("isesaki-3.ttl", "turtle"), ("isesaki-3.nt", "ntriples")])
def test_rapper_accepts(built_exports: Path, built: BuildResult, name: str, syntax: str) -> None:
    rapper = shutil.which("rapper")
    if rapper is None:
        pytest.skip("rapper (Debian package raptor2-utils) is not installed")
    run = subprocess.run(
        [rapper, "-i", syntax, "-o", "ntriples", str(built_exports / name)], capture_output=True, check=False
    )
    assert run.returncode == 0, run.stderr.decode()
    parsed = Graph().parse(data=run.stdout.decode("utf-8"), format="nt")
    assert same_graph(parsed, built.graph)


def test_pyld_expands_without_network(built_exports: Path, built: BuildResult) -> None:
    jsonld = pytest.importorskip("pyld.jsonld")

    def refuse(url: str, options: object = None) -> None:
        raise AssertionError(f"pyld tried to load {url}")

    document = json.loads((built_exports / "isesaki-3.jsonld").read_text(encoding="utf-8"))
    nquads = jsonld.to_rdf(document, {"format": "application/n-quads", "documentLoader": refuse})
    parsed = Graph().parse(data=nquads, format="nt")
    assert same_graph(parsed, built.graph)


def test_byte_identical_across_processes(tmp_path: Path) -> None:
    """Two builds in fresh interpreters with different hash seeds write the same bytes."""
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / seed
        env = {**os.environ, "PYTHONHASHSEED": seed}
        code = f"import sys; from kizuna_graph.cli import main; sys.exit(main(['build', {str(BUNDLED)!r}, '--out', {str(out)!r}]))"
        subprocess.run([sys.executable, "-c", code], check=True, env=env, capture_output=True)
        outputs.append({p.name: p.read_bytes() for p in sorted(out.iterdir())})
    assert outputs[0] == outputs[1]


def test_check_reports_a_stale_file(
    built_exports: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = tmp_path / "copy"
    shutil.copytree(built_exports, copy)
    (copy / "isesaki-3.ttl").write_text("# edited by hand\n", encoding="utf-8")
    assert main(["build", str(BUNDLED), "--out", str(copy), "--check"]) == 1
    error = capsys.readouterr().err
    assert "isesaki-3.ttl" in error and "kizuna build" in error


def test_custom_base_moves_every_data_iri(tmp_path: Path) -> None:
    out = tmp_path / "based"
    assert (
        main(["build", str(BUNDLED), "--out", str(out), "--base", "https://data.city.isesaki.lg.jp/lod/"])
        == 0
    )
    text = (out / "isesaki-3.nt").read_text(encoding="utf-8")
    assert (
        "https://data.city.isesaki.lg.jp/lod/plans/isesaki/3/measure/building-network-social-resources"
        in text
    )
    assert "w3id.org/kizuna-graph/plans" not in text


@pytest.mark.parametrize("base", ["https://example.org/", "https://w3id.org/kizuna-graph", "ftp://x.jp/"])
def test_bad_base_is_refused(tmp_path: Path, base: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", str(BUNDLED), "--out", str(tmp_path / "x"), "--base", base]) == 2
    assert "IRI の基底（--base）" in capsys.readouterr().err  # in Japanese, the default language
    assert not (tmp_path / "x").exists()


def test_write_atomic_leaves_no_temporary_files_when_a_rename_fails(tmp_path: Path) -> None:
    from kizuna_graph.errors import ExportError
    from kizuna_graph.export.serialize import write_atomic

    (tmp_path / "a.ttl").mkdir()  # a folder where the first file should go: its rename fails
    (tmp_path / "b.ttl").write_bytes(b"old\n")
    with pytest.raises(ExportError, match="the previous files are unchanged"):
        write_atomic(tmp_path, {"a.ttl": b"new\n", "b.ttl": b"new\n"})
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.ttl", "b.ttl"]
    assert (tmp_path / "b.ttl").read_bytes() == b"old\n"
