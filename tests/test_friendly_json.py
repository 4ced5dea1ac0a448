"""The friendly JSON (exports/isesaki-3.json): plain keys and numbers for json.load, and still the same triples."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import Graph

ROOT = Path(__file__).resolve().parents[1]
FRIENDLY = ROOT / "exports" / "isesaki-3.json"


@pytest.fixture(scope="module")
def document() -> dict:
    return json.loads(FRIENDLY.read_text(encoding="utf-8"))


def test_plain_json_reaches_every_action_with_native_numbers(document: dict) -> None:
    assert document["label_ja"] == "いせさき絆づくりプラン"
    goals = document["goals"]
    assert [g["notation"] for g in goals] == ["1", "2", "3"]
    policies = [p for g in goals for p in g["policies"]]
    assert [p["notation"] for p in policies] == ["1-1", "1-2", "2-1", "2-2", "2-3", "3-1", "3-2", "3-3"]
    actions = [a for p in policies for m in p["measures"] for a in m["actions"]]
    # 90 actions, each once: the second listing of 2-3-2 under 3-3 is a reading, referenced as a listing
    doubled = [
        m for p in policies for m in p["measures"] if len([q for q in policies if m in q["measures"]]) > 1
    ]
    assert len({a["id"] for a in actions}) == len(actions) == 90
    assert doubled == []
    assert policies[7]["listings"].endswith("/policy/3-3/listing/building-network-social-resources")
    assert all(isinstance(a["number"], int) and a["number"] >= 1 for a in actions)
    assert all(isinstance(a["label_ja"], str) and isinstance(a["actor"], str) for a in actions)
    citizen = [c for p in policies for c in p["citizen_actions"]]
    assert len(citizen) == 21 and all(isinstance(c["position"], int) for c in citizen)
    first = actions[0]
    assert set(first) == {
        "id", "type", "identifier", "code", "notation", "number", "label_ja", "label_en", "actor", "scheme",
        "component_plan",
    }  # fmt: skip
    assert (first["notation"], first["code"]) == ("①", "1-1-1-city-1")  # printed; the project's code


def test_it_expands_to_the_same_triples_as_the_plan_graph(document: dict, graph: Graph) -> None:
    from pyld import jsonld

    def refuse(url: str, options: object = None) -> object:
        raise AssertionError(f"tried to load {url}")

    nquads = jsonld.to_rdf(document, {"format": "application/n-quads", "documentLoader": refuse})
    expanded = Graph().parse(data=nquads, format="nt")
    assert len(expanded) == len(graph) == 2520
    # as sets of triples (rdflib compares language tags case-insensitively, as RDF does: pyld writes ja-hira)
    assert set(expanded) == set(graph)
