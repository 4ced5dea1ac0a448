"""The SPARQL of README.md's pandas example answers what the plan says (each numbered action once, per goal
and actor), so the example a researcher copies first is not silently empty."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from conftest import BUNDLED, EXPORTS
from query_answers import ANSWERS

from kizuna_graph.plan.source import load_plan
from kizuna_graph.query.engine import answer
from kizuna_graph.query.store import load_store

README = Path(__file__).resolve().parents[1] / "README.md"


def _pandas_example_query() -> str:
    blocks = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.S)
    examples = [block for block in blocks if "SPARQLWrapper" in block]
    assert len(examples) == 1, "README.md should hold one SPARQLWrapper example"
    found = re.search(r'setQuery\("""(.*?)"""\)', examples[0], flags=re.S)
    assert found, "the example passes its query to setQuery as a triple-quoted string"
    return found.group(1)


def test_the_pandas_example_counts_each_numbered_action_once_per_goal_and_actor() -> None:
    text = answer(load_store([EXPORTS]), _pandas_example_query(), format="csv", where="README.md")
    rows = list(csv.reader(io.StringIO(text.decode("utf-8"), newline="")))
    # goal, actor, actions from the plan source; the bundled question adds the actor's printed name
    derived = ANSWERS["actions-per-goal-and-actor"](load_plan(BUNDLED), EXPORTS)
    assert rows[0] == ["goal", "actor", "actions"]
    assert rows[1:] == [[goal, actor, actions] for goal, actor, _label, actions in derived[1:]]
    assert sum(int(row[2]) for row in rows[1:]) == 90
