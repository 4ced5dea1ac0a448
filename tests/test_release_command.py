"""`kizuna release VERSION`: the release folder holds the committed exports and site byte for byte (this is also
the freshness check of exports/site/: `kizuna site` and commit when it fails), a release is never overwritten,
the version is the project's one, and the version before it is linked."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import DCAT

from kizuna_graph.cli import main
from kizuna_graph.export.csvw import csv_file_info
from kizuna_graph.export.release import load_release
from kizuna_graph.jobs.publish import self_description
from kizuna_graph.terms.iris import DEFAULT_BASE

ROOT = Path(__file__).resolve().parents[1]
EXPORTS = ROOT / "exports"
DCAT3 = str(DCAT)


def _version() -> str:
    catalog = Graph().parse(EXPORTS / "catalog.ttl")
    return str(next(catalog.objects(None, URIRef(DCAT3 + "version"))))


@pytest.fixture(scope="module")
def released(tmp_path_factory: pytest.TempPathFactory) -> Path:
    releases = tmp_path_factory.mktemp("releases")
    assert main(["release", _version(), "--releases", str(releases)]) == 0
    return releases


def test_the_release_is_the_committed_exports_and_site_byte_for_byte(released: Path) -> None:
    folder = released / _version()
    committed = {
        p.relative_to(EXPORTS).as_posix(): p.read_bytes()
        for p in EXPORTS.rglob("*")
        if p.is_file()
        and not p.relative_to(EXPORTS).as_posix().startswith("analysis/")
        # manifest.json records which plan file built this folder (kizuna build's guard), not released data
        and p.name != "manifest.json"
    }
    written = {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    assert sorted(written) == sorted(committed)
    assert [name for name in committed if committed[name] != written[name]] == []
    latest = {
        p.relative_to(released / "latest").as_posix() for p in (released / "latest").rglob("*") if p.is_file()
    }
    assert latest == set(written)


def test_a_release_is_never_overwritten(released: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = (released / _version() / "catalog.ttl").stat().st_mtime_ns
    assert main(["release", _version(), "--releases", str(released)]) == 2
    assert "はすでにあります。公開した版は上書きしません" in capsys.readouterr().err
    assert main(["release", _version(), "--releases", str(released), "--lang", "en"]) == 2
    assert "never overwritten" in capsys.readouterr().err
    assert (released / _version() / "catalog.ttl").stat().st_mtime_ns == before


@pytest.mark.parametrize(
    ("version", "lang", "message"),
    [
        ("1.0", "ja", "版 '1.0' は MAJOR.MINOR.PATCH の形（例: 0.2.0）で書いてください"),
        ("1.0", "en", "version '1.0' must be MAJOR.MINOR.PATCH"),
        ("99.0.0", "ja", "版 99.0.0 はプロジェクトの版"),
        ("99.0.0", "en", "is not the project's version"),
    ],
)
def test_a_wrong_version_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], version: str, lang: str, message: str
) -> None:
    assert main(["release", version, "--releases", str(tmp_path), "--lang", lang]) == 2
    assert message in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_an_earlier_release_must_be_named_as_the_previous_version(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "0.0.9").mkdir()
    assert main(["release", _version(), "--releases", str(tmp_path)]) == 2
    assert "previous_version: 0.0.9 と書いてください" in capsys.readouterr().err
    assert main(["release", _version(), "--releases", str(tmp_path), "--lang", "en"]) == 2
    assert "set previous_version: 0.0.9" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["0.0.9"]


def test_the_catalogue_links_the_previous_version(graph: Graph) -> None:
    release = dataclasses.replace(load_release(), previous_version="0.0.9")
    names = {name for name in release.file_info("isesaki-3") if name != "void.ttl"}
    names |= {info.name for info in csv_file_info("isesaki-3")}
    stand_ins = {name: (lambda: b"stand-in") for name in names}
    files = self_description(graph, stand_ins, base=DEFAULT_BASE, slug="isesaki-3", release=release)
    catalog = Graph().parse(data=files["catalog.ttl"](), format="turtle")
    dataset = URIRef(DEFAULT_BASE + "dataset/isesaki-3")
    current = catalog.value(dataset, URIRef(DCAT3 + "hasCurrentVersion"))
    previous = catalog.value(current, URIRef(DCAT3 + "previousVersion"))
    assert str(previous) == DEFAULT_BASE + "dataset/isesaki-3/version/0.0.9"
    assert str(catalog.value(previous, URIRef(DCAT3 + "version"))) == "0.0.9"
