"""Shared fixtures: the bundled plan, its records, its graph, its validation and the source text it is quoted from.

Whole-plan results that many tests read (the validation of the bundled plan) are computed once per session;
treat them as read-only.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

from kizuna_graph.plan.build import BuildResult, build_graph
from kizuna_graph.plan.model import PlanFile
from kizuna_graph.plan.source import load_plan
from kizuna_graph.validate.shacl import Report, validate_file

ROOT = Path(__file__).resolve().parents[1]
BUNDLED = ROOT / "plans" / "isesaki-3.yaml"
SOURCE_TEXT = ROOT / "plans" / "sources" / "isesaki-3-summary.txt"
EXPORTS = ROOT / "exports"


@pytest.fixture(scope="session")
def plan_file() -> PlanFile:
    return load_plan(BUNDLED)


@pytest.fixture(scope="session")
def built(plan_file: PlanFile) -> BuildResult:
    return build_graph(plan_file)


@pytest.fixture(scope="session")
def graph(built: BuildResult) -> Graph:
    return built.graph


@pytest.fixture(scope="session")
def source_text() -> str:
    return SOURCE_TEXT.read_text(encoding="utf-8")


@pytest.fixture(autouse=True)
def _no_language_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI's language comes from --lang, KIZUNA_LANG or the locale: tests start from none of them (ja)."""
    for name in ("KIZUNA_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="session")
def bundled_report() -> Report:
    """The validation of the bundled plan source (``kizuna validate plans/isesaki-3.yaml``)."""
    return validate_file(BUNDLED)
