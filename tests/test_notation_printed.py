"""``skos:notation`` holds only what the plan prints (issue 8): every notation in the published plan graph is a
string printed in the source text, or a goal / policy number the plan prints (基本目標１, 施策２ → 1, 1-2).

The project's own ids (actors ``city``, help types ``jijo``, the plan ``isesaki-3``) are ``kz:projectId``, and its
positional codes (2-3-2) are ``kz:referenceCode``; neither is a notation.
"""

from __future__ import annotations

import re
import unicodedata

from rdflib import Graph, Literal
from rdflib.namespace import RDF, SKOS

from kizuna_graph.terms.namespaces import KZ

#: what the summary prints with a notation, counted by hand in plans/sources/isesaki-3-summary.txt:
#: 90 numbered actions (①②③…), 8 policies (施策１…), 3 basic goals (基本目標１…), the 4 PDCA phases
#: (（Ｐlan）…) and the telephone and fax numbers of the City and the Council (4)
EXPECTED_NOTATIONS = 90 + 8 + 3 + 4 + 4


def _printed(notation: str, text: str, folded: str) -> bool:
    """Whether the source prints ``notation``: a goal number after 基本目標, a policy's goal and own number
    (施策), or else the very string, outside web addresses."""
    parts = notation.split("-")
    if all(p.isascii() and p.isdigit() for p in parts) and len(parts) <= 2:
        goal_printed = f"基本目標{parts[0]}" in folded
        return goal_printed and (len(parts) == 1 or f"施策{parts[1]}" in folded)
    return notation in text


def test_every_notation_is_printed_in_the_source(graph: Graph, source_text: str) -> None:
    text = re.sub(
        r"https?://\S+", " ", source_text
    )  # ``city`` of www.city.isesaki.lg.jp is not printed as a code
    folded = unicodedata.normalize("NFKC", text)
    notations = [(s, o) for s, o in graph.subject_objects(SKOS.notation)]
    assert len(notations) == EXPECTED_NOTATIONS
    not_printed = sorted({str(o) for _, o in notations if not _printed(str(o), text, folded)})
    assert not_printed == []


def test_project_ids_are_not_notations(graph: Graph) -> None:
    """Actors, help types and the plan are named by the project's id, which the plan does not print."""
    for kind, ids in (
        (KZ.Actor, {"city", "council", "citizens", "community"}),
        (KZ.HelpType, {"jijo", "gojo", "kyojo", "kojo"}),
        (KZ.JointWelfarePlan, {"isesaki-3"}),
    ):
        nodes = set(graph.subjects(RDF.type, kind))
        assert all(graph.value(n, SKOS.notation) is None for n in nodes), kind
        assert ids <= {str(graph.value(n, KZ.projectId)) for n in nodes}, kind
    assert graph.value(None, KZ.projectId, Literal("city")) is not None
