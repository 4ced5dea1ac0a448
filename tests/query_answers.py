"""The expected answers of the bundled queries, derived independently: by plain Python from the plan source.

No kizuna_graph code, no RDF and no SPARQL: the plan YAML (and, for the help-type query, the classification
rules) read with PyYAML and counted by hand-written loops. ``tests/test_queries.py`` asserts that each
``queries/*.expected.csv`` equals this derivation, and that each query gives its expected answer on the exports.
``python tests/query_answers.py`` rewrites the CSV files from this derivation.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
PLAN = ROOT / "plans" / "isesaki-3.yaml"
RULES = ROOT / "vocabularies" / "help-type-rules.yaml"
QUERIES = ROOT / "queries"

Rows = list[tuple[str, ...]]


def _plan() -> dict[str, Any]:
    return yaml.safe_load(PLAN.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _measures(plan: dict[str, Any]) -> list[tuple[int, str, dict[str, Any]]]:
    """(goal number, measure reference code, measure) of every measure at its own (primary) place."""
    found = []
    for goal in plan["plan"]["goals"]:
        for policy in goal["policies"]:
            for measure in policy["measures"]:
                if "also" not in measure:
                    code = f"{goal['number']}-{policy['number']}-{measure['number']}"
                    found.append((goal["number"], code, measure))
    return found


def actions_per_goal_and_actor() -> Rows:
    labels = {"city": "市", "council": "社協"}
    counts: Counter[tuple[int, str]] = Counter()
    for goal, _, measure in _measures(_plan()):
        for actor, items in measure["actions"].items():
            counts[(goal, actor)] += len(items)
    rows: Rows = [("goal", "actor", "actorLabel", "actions")]
    for (goal, actor), n in sorted(counts.items()):
        rows.append((str(goal), actor, labels[actor], str(n)))
    return rows


def _layers(text: str, id_: str, rules: dict[str, Any]) -> set[str]:
    layers = {r["help_type"] for r in rules["layers"] if any(w in text for w in r["words"])}
    for decision in rules.get("decisions") or []:
        if decision["element"] == id_:
            if "add" in decision:
                layers.add(decision["add"])
            else:
                layers.discard(decision["remove"])
    return layers


def actions_per_help_type_and_goal() -> Rows:
    plan = _plan()
    rules = yaml.safe_load(RULES.read_text(encoding="utf-8"))
    labels = {h["id"]: h["label"]["ja"] for h in plan["plan"]["help_types"]["types"]}
    counts: Counter[tuple[int, str]] = Counter()
    for goal in plan["plan"]["goals"]:
        for policy in goal["policies"]:
            for citizen in policy.get("citizen_actions", []):
                for layer in _layers(citizen["ja"], citizen["id"], rules):
                    counts[(goal["number"], layer)] += 1
    for goal, _, measure in _measures(plan):
        for items in measure["actions"].values():
            for item in items:
                for layer in _layers(item["ja"], item["id"], rules):
                    counts[(goal, layer)] += 1
    rows: Rows = [("goal", "helpType", "helpTypeLabel", "actions")]
    for (goal, layer), n in sorted(counts.items()):
        rows.append((str(goal), layer, labels[layer], str(n)))
    return rows


def council_mimamori_actions() -> Rows:
    rows: Rows = [("action", "id", "label", "measure")]
    for _, code, measure in _measures(_plan()):
        for item in measure["actions"].get("council", []):
            if "見守り" in item["ja"]:
                rows.append((f"{code}-council-{item['n']}", item["id"], item["ja"], code))
    return sorted(rows[1:]) and [rows[0], *sorted(rows[1:])]


def multi_parent_measures() -> Rows:
    plan = _plan()
    policies = {}
    home = {}
    for goal in plan["plan"]["goals"]:
        for policy in goal["policies"]:
            code = f"{goal['number']}-{policy['number']}"
            policies[code] = policy["label"]["ja"]
            for measure in policy["measures"]:
                if "also" not in measure:
                    home[measure["id"]] = (f"{code}-{measure['number']}", measure["title"]["ja"], code)
    rows: Rows = []
    for goal in plan["plan"]["goals"]:
        for policy in goal["policies"]:
            for measure in policy["measures"]:
                if "also" in measure:
                    code, title, own = home[measure["also"]]
                    rows.append((code, title, own, policies[own], "primary", ""))
                    listed = f"{goal['number']}-{policy['number']}"
                    evidence = measure["evidence"]
                    rows.append((code, title, listed, policies[listed], "reading of the layout", evidence))
    header = ("measure", "measureLabel", "policy", "policyLabel", "listing", "evidence")
    return [header, *sorted(rows)]


def plan_period_and_contacts() -> Rows:
    data = _plan()
    plan = data["plan"]
    rows: Rows = [("plan", "start", "end", "contact", "telephone")]
    for org in sorted(data["organisations"], key=lambda o: o["contact"]["name"]["ja"]):
        if org["id"] in plan["publishers"]:
            rows.append(
                (
                    plan["title"]["ja"],
                    str(plan["period"]["start"]),
                    str(plan["period"]["end"]),
                    org["contact"]["name"]["ja"],
                    org["contact"]["telephone"],
                )
            )
    return rows


#: query name → derivation; the one query not derived here (strongest-cross-goal-link) depends on the
#: analysis' cross-link strengths, which tests/test_analysis.py checks against hand-computed values.
DERIVED = {
    "actions-per-goal-and-actor": actions_per_goal_and_actor,
    "actions-per-help-type-and-goal": actions_per_help_type_and_goal,
    "council-mimamori-actions": council_mimamori_actions,
    "multi-parent-measures": multi_parent_measures,
    "plan-period-and-contacts": plan_period_and_contacts,
}


def to_csv(rows: Rows) -> str:
    stream = io.StringIO()
    csv.writer(stream, lineterminator="\n").writerows(rows)
    return stream.getvalue()


if __name__ == "__main__":
    for name, derive in DERIVED.items():
        (QUERIES / f"{name}.expected.csv").write_text(to_csv(derive()), encoding="utf-8")
        print(f"wrote queries/{name}.expected.csv")
