"""The bundled queries' header comments name numbered actions as the ontology does (issue 9).

The Japanese label of kz:NumberedAction in ontology/kizuna.ttl is 番号付きの取り組み; 取り組み項目 is the label
of kz:Action (numbered and citizen actions together). A query's comment may use 取り組み項目 only when its
body is about kz:Action itself.
"""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph, Literal
from rdflib.namespace import RDFS

from kizuna_graph.terms.namespaces import KZ

ROOT = Path(__file__).resolve().parents[1]
QUERIES = sorted((ROOT / "queries").glob("*.rq"))


def _labels() -> dict[str, str]:
    ontology = Graph().parse(ROOT / "ontology" / "kizuna.ttl", format="turtle")
    return {
        name: next(
            str(o) for o in ontology.objects(cls, RDFS.label) if isinstance(o, Literal) and o.language == "ja"
        )
        for name, cls in (("numbered", KZ.NumberedAction), ("action", KZ.Action))
    }


def test_the_names_come_from_the_ontology() -> None:
    assert _labels() == {"numbered": "番号付きの取り組み", "action": "取り組み項目"}


def test_query_comments_name_numbered_actions_by_their_class_label() -> None:
    labels = _labels()
    assert len(QUERIES) >= 21  # the bundled queries (a glob that found none would pass vacuously)
    named = 0
    for path in QUERIES:
        lines = path.read_text(encoding="utf-8").splitlines()
        comments = "\n".join(line for line in lines if line.startswith("#"))
        body = "\n".join(line for line in lines if not line.startswith("#"))
        if labels["action"] in comments:
            assert "kz:Action" in body, (
                f"{path.name}: the comment says {labels['action']} for numbered actions"
            )
        named += labels["numbered"] in comments
    assert named >= 12  # the queries about numbered actions say so in their first line
