"""The CSV tables: byte order mark, header, documented columns, and CSVW → RDF inside the plan graph.

Expected row counts come from the plan graph by SPARQL, not from the table code; the CSVW conversion is the
small independent one in ``csvw_rdf.py``; LibreOffice (Debian ``libreoffice-calc-nogui``) reads the files
when it is installed.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from csvw_rdf import csvw_to_rdf
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SKOS

from kizuna_graph.terms.namespaces import KZ

ROOT = Path(__file__).resolve().parents[1]
EXPORTS = ROOT / "exports"
TABLES = sorted(EXPORTS.glob("*.csv"))
#: rows per table, counted in the plan graph by these queries (the class of the rows, or their link)
ROW_QUERIES = {
    "actions": "SELECT (COUNT(*) AS ?n) WHERE { ?x a kz:NumberedAction }",
    "goals": "SELECT (COUNT(*) AS ?n) WHERE { ?x a kz:BasicGoal }",
    "policies": "SELECT (COUNT(*) AS ?n) WHERE { ?x a kz:Policy }",
    "measures": "SELECT (COUNT(*) AS ?n) WHERE { ?x a kz:Measure }",
    "citizen-actions": "SELECT (COUNT(*) AS ?n) WHERE { ?x a kz:CitizenAction }",
    "roles": "SELECT (COUNT(*) AS ?n) WHERE { ?x a kz:ActorRole }",
    "contacts": "SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?plan kz:hasGoal ?g ; dcat:contactPoint ?c }",
}


def _table(path: Path) -> str:
    return path.name.removeprefix("isesaki-3-").removesuffix(".csv")


def test_tables_found() -> None:
    assert [_table(p) for p in TABLES] == sorted(ROW_QUERIES)


@pytest.mark.parametrize("path", TABLES, ids=_table)
def test_utf8_with_a_bom_that_a_bom_aware_reader_strips(path: Path, graph: Graph) -> None:
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    plain = next(csv.reader(io.StringIO(data.decode("utf-8"))))
    assert plain[0] == "\ufeff全国地方公共団体コード"  # a reader that ignores the BOM keeps it …
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows[0][:3] == [
        "全国地方公共団体コード",
        "ID",
        "地方公共団体名",
    ]  # … utf-8-sig (Excel-style) strips it
    assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")
    (count,) = next(
        iter(
            graph.query(
                ROW_QUERIES[_table(path)], initNs={"kz": KZ, "dcat": URIRef("http://www.w3.org/ns/dcat#")}
            )
        )
    )
    assert len(rows) - 1 == int(count)
    assert all(row[0] == "102041" and row[2] == "伊勢崎市" for row in rows[1:])
    assert len({row[1] for row in rows[1:]}) == len(rows) - 1, "IDs are unique"


@pytest.mark.parametrize("path", TABLES, ids=_table)
def test_columns_are_documented_in_both_languages(path: Path) -> None:
    metadata = json.loads(path.with_name(path.name + "-metadata.json").read_text(encoding="utf-8"))
    assert metadata["url"] == path.name
    header = next(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    columns = metadata["tableSchema"]["columns"]
    assert [c["titles"]["ja"] for c in columns] == header
    for column in columns:
        assert set(column["titles"]) == {"ja", "en"}
        assert {d["@language"] for d in column["dc:description"]} == {"ja", "en"}, column["name"]


@pytest.mark.parametrize("path", TABLES, ids=_table)
def test_csvw_to_rdf_is_a_subset_of_the_plan_graph(path: Path, graph: Graph) -> None:
    rebuilt = csvw_to_rdf(path.with_name(path.name + "-metadata.json"))
    assert len(rebuilt) > 10
    extra = [t for t in rebuilt if t not in graph]
    assert extra == [], f"{len(extra)} triples not in the plan graph, e.g. {extra[:3]}"


def test_csvw_rebuilds_the_core_triples_of_every_action(graph: Graph) -> None:
    rebuilt = csvw_to_rdf(EXPORTS / "isesaki-3-actions.csv-metadata.json")
    actions = list(graph.subjects(RDF.type, KZ.NumberedAction))
    assert len(actions) == 90
    for action in actions:
        core = [
            (action, RDF.type, KZ.NumberedAction),
            *(
                (action, p, o)
                for p in (KZ.referenceCode, SKOS.prefLabel, KZ.actionNumber, KZ.actor)
                for o in graph.objects(action, p)
            ),
            *((m, KZ.hasAction, action) for m in graph.subjects(KZ.hasAction, action)),
        ]
        assert len(core) == 7
        assert [t for t in core if t not in rebuilt] == [], action


def test_the_number_as_printed_is_the_actor_and_a_circled_digit() -> None:
    rows = list(
        csv.DictReader(io.StringIO((EXPORTS / "isesaki-3-actions.csv").read_text(encoding="utf-8-sig")))
    )
    printed = {row["ID"]: row["番号（計画書の表記）"] for row in rows}
    assert printed["1-1-1-city-1"] == "市①"
    assert printed["1-1-1-council-3"] == "社協③"
    assert any("見守り" in row["番号付きの取り組み"] for row in rows)


@pytest.mark.skipif(
    shutil.which("soffice") is None,
    reason="LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui",
)
def test_libreoffice_reads_the_japanese_headers_without_the_bom(tmp_path: Path) -> None:
    """LibreOffice told the file is UTF-8 drops the BOM and reads every Japanese cell (measured with 7.4)."""
    source = tmp_path / "actions.csv"
    shutil.copy(EXPORTS / "isesaki-3-actions.csv", source)
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path}/profile",
            "--headless",
            "--infilter=Text - txt - csv (StarCalc):44,34,76,1",
            "--convert-to",
            "html",
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    html = (tmp_path / "actions.html").read_text(encoding="utf-8")
    assert ">全国地方公共団体コード<" in html and "\ufeff" not in html
    assert "見守り" in html
