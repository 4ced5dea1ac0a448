"""The questions about the Isesaki plan answer for it alone in a corpus of plans of the same shape.

The corpus: the bundled plan's exports (asserted, inferred and analysis graphs); the same plan published a
second time under another municipality (every ``isesaki/3`` IRI and ``isesaki-3`` id renamed, so each
reference code, label, actor and help type is found twice); and the made-up 4th edition of
``tests/revisions/valid/next-edition.yaml``, built by ``kizuna build``. A question that matched its patterns
in every plan and filtered afterwards would count, list or compare the other plans' elements too; each must
give exactly its expected answer (``queries/NAME.expected.csv``, derived from the plan's records).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from conftest import BUNDLED, EXPORTS, ROOT

from kizuna_graph.cli import main
from kizuna_graph.query.engine import answer
from kizuna_graph.query.library import Query, load_queries
from kizuna_graph.query.store import QueryStore, load_store

NEXT_EDITION = ROOT / "tests" / "revisions" / "valid" / "next-edition.yaml"
QUERIES = load_queries()
EXPECTED_QUERIES = 21
#: The bundled plan's exports, renamed into another municipality's plan.
RENAMES = (("isesaki/3", "othercity/3"), ("isesaki-3", "othercity-3"))


def _renamed(text: str) -> str:
    for old, new in RENAMES:
        text = text.replace(old, new)
    return text


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    root = tmp_path_factory.mktemp("corpus")
    other = root / "othercity-3"
    (other / "analysis").mkdir(parents=True)
    for path in (Path("isesaki-3.trig"), Path("analysis") / "isesaki-3-analysis.ttl"):
        text = (EXPORTS / path).read_text(encoding="utf-8")
        (other / _renamed(str(path))).write_text(_renamed(text), encoding="utf-8")
    assert main(["build", str(BUNDLED), str(NEXT_EDITION), "--out", str(root / "editions")]) == 0
    return [EXPORTS, other, root / "editions" / "isesaki-4"]


@pytest.fixture(scope="module")
def store(corpus: list[Path]) -> QueryStore:
    return load_store(corpus)


def rows(store: QueryStore, query: Query) -> list[tuple[str, ...]]:
    text = answer(store, query.text, format="csv", where=str(query.path)).decode("utf-8")
    return [tuple(row) for row in csv.reader(io.StringIO(text, newline=""))]


def expected(query: Query) -> list[tuple[str, ...]]:
    with query.expected_path.open(encoding="utf-8", newline="") as stream:
        return [tuple(row) for row in csv.reader(stream)]


def test_the_corpus_holds_three_plans_of_the_same_shape(store: QueryStore) -> None:
    assert len(QUERIES) == EXPECTED_QUERIES
    assert [name.value.rsplit("/", 2)[-2] for name in store.graphs["asserted"]] == [
        "isesaki-3",
        "isesaki-4",
        "othercity-3",
    ]
    assert [name.value.rsplit("/", 2)[-2] for name in store.graphs["analysis"]] == [
        "isesaki-3",
        "othercity-3",
    ]
    measures = answer(store, 'SELECT ?m WHERE { ?m kz:referenceCode "2-3-2" ; a kz:Measure }', format="csv")
    assert len(measures.splitlines()) == 1 + 3  # the same reference code in each plan


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: q.name)
def test_isesaki_question_answers_for_isesaki_alone(query: Query, store: QueryStore) -> None:
    assert rows(store, query) == expected(query)
