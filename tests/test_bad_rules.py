"""Mistakes in the analysis rule files give one error at their line, in Japanese and in English.

The cases are data (tests/bad-rules/cases.yaml): each edits a copy of the bundled vocabularies/ folder.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import BUNDLED

from kizuna_graph.analyze.concepts import load_vocabularies
from kizuna_graph.analyze.helptypes import classify, load_help_type_rules
from kizuna_graph.errors import SourceError
from kizuna_graph.jobs.revision import load_view
from kizuna_graph.messages import LANGS, using_language
from kizuna_graph.plan.view import PlanView
from kizuna_graph.resources import data_dir

CASES_FILE = Path(__file__).parent / "bad-rules" / "cases.yaml"
CASES: list[dict[str, Any]] = yaml.safe_load(CASES_FILE.read_text(encoding="utf-8"))["cases"]


def test_all_cases_found() -> None:
    assert len(CASES) == 10
    assert {case["file"] for case in CASES} == {"partners.yaml", "rules.yaml", "help-type-rules.yaml"}


@pytest.fixture(scope="module")
def structure() -> PlanView:
    return load_view(BUNDLED)


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_bad_rules(case: dict[str, Any], structure: PlanView, tmp_path: Path) -> None:
    folder = tmp_path / "vocabularies"
    shutil.copytree(data_dir("vocabularies"), folder)
    path = folder / case["file"]
    text = path.read_text(encoding="utf-8")
    assert text.count(case["old"]) == 1, f"case {case['name']}: 'old' must occur once in {case['file']}"
    text = text.replace(case["old"], case["new"])
    path.write_text(text, encoding="utf-8")
    line = text[: text.index(case["line_of"])].count("\n") + 1
    with pytest.raises(SourceError) as raised:
        load_vocabularies(folder)
        classify(structure, load_help_type_rules(folder))
    for lang in LANGS:
        with using_language(lang):
            shown = str(raised.value)
        assert shown.startswith(f"{path}:{line}: "), shown
        assert case["message"][lang] in shown, shown
