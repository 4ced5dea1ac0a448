"""Plans given as RDF that kizuna refuses: one line in the language asked for, at the same ``file:line``.

The cases are data (tests/bad-rdf/cases.yaml); each is run through ``kizuna validate`` and ``kizuna diff``,
in Japanese (the default) and in English.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import BUNDLED
from rdflib import Graph, URIRef

from kizuna_graph.cli import main
from kizuna_graph.errors import KizunaError
from kizuna_graph.messages import Lang, using_language
from kizuna_graph.plan.view import read_view
from kizuna_graph.terms.namespaces import KZ

CASES_FILE = Path(__file__).parent / "bad-rdf" / "cases.yaml"
CASES: list[dict[str, Any]] = yaml.safe_load(CASES_FILE.read_text(encoding="utf-8"))["cases"]


def test_all_cases_found() -> None:
    assert len(CASES) == 14
    assert len({case["name"] for case in CASES}) == len(CASES)


@pytest.mark.parametrize("command", ["validate", "diff"])
@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_bad_rdf(
    case: dict[str, Any], lang: str, command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / case["file"]
    path.write_bytes(case["content"].encode(case.get("encode", "utf-8")))
    argv = [command, str(path)] if command == "validate" else [command, str(BUNDLED), str(path)]
    assert main([*argv, "--lang", lang]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1, err
    where = f"kizuna: {path}:{case['line']}: " if case["line"] is not None else f"kizuna: {path}: "
    assert err.startswith(where), err
    assert case["message"][lang] in err, err


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("ja", "グラフに計画がありません。基本目標（詳細: kz:hasGoal）をもつ計画が一つ要ります"),
        ("en", "expected one plan with goals (kz:hasGoal) in the graph, found none"),
    ],
)
def test_a_graph_without_a_plan_has_no_view(lang: Lang, expected: str) -> None:
    with pytest.raises(KizunaError) as raised:
        read_view(Graph())
    with using_language(lang):  # a message is rendered when it is shown, in the language of that moment
        assert str(raised.value) == expected


def test_a_graph_with_two_plans_names_both() -> None:
    graph = Graph()
    for plan in ("https://x.jp/p1", "https://x.jp/p2"):
        graph.add((URIRef(plan), KZ.hasGoal, URIRef(plan + "/goal/1")))
    with pytest.raises(KizunaError) as raised:
        read_view(graph)
    with using_language("ja"):
        assert str(raised.value) == (
            "グラフに基本目標をもつ計画が複数あります。一つの計画だけを含むファイルを指定してください"
            "（詳細: kz:hasGoal をもつもの: <https://x.jp/p1>, <https://x.jp/p2>）"
        )
