"""The generic builder holds no wording of the Isesaki plan: a plan of another city publishes none of it.

The case is tests/revisions/valid/next-edition.yaml with the city's names replaced (伊勢崎 → 架空, Isesaki →
Kaku, いせさき → かくう) and its edition set to 3 after edition 2, the numbers of the Isesaki plan: any Isesaki
name or Isesaki-only note in the result came from code, not from the plan file.
"""

from __future__ import annotations

from pathlib import Path

from rdflib import Literal
from rdflib.namespace import SKOS

from kizuna_graph.plan.build import build_graph
from kizuna_graph.plan.source import load_plan
from kizuna_graph.terms.iris import mint

CASE = Path(__file__).parent / "revisions" / "valid" / "next-edition.yaml"
ISESAKI_WORDS = ("伊勢崎", "いせさき", "isesaki")


def test_a_plan_of_another_city_publishes_no_isesaki_wording(tmp_path: Path) -> None:
    text = CASE.read_text(encoding="utf-8")
    for old, new in (("伊勢崎", "架空"), ("いせさき", "かくう"), ("Isesaki", "Kaku"), ("isesaki", "kaku")):
        text = text.replace(old, new)
    assert "\n  edition: 4\n" in text and "\n  previous_edition: 3\n" in text
    text = text.replace("\n  edition: 4\n", "\n  edition: 3\n").replace(
        "\n  previous_edition: 3\n", "\n  previous_edition: 2\n"
    )
    path = tmp_path / "kaku-3.yaml"
    path.write_text(text, encoding="utf-8")
    graph = build_graph(load_plan(path)).graph
    assert len(graph) > 1000
    leaked = sorted(
        {str(o) for o in graph.objects() if any(w in str(o).lower() for w in ISESAKI_WORDS)}
        | {str(s) for s in graph.subjects() if "isesaki" in str(s)}
    )
    assert leaked == []
    # the previous edition gets the generic note: the plan file says nothing of how its text names it
    previous = mint("https://w3id.org/kizuna-graph/", "plans", "kaku", 2)
    assert set(graph.objects(previous, SKOS.editorialNote)) == {
        Literal("計画書はこの版の題名・期間を記載していない。", lang="ja"),
        Literal(
            "Named in this plan's text only as the previous edition; its title and period are not given.",
            lang="en",
        ),
    }
