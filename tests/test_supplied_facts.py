"""Facts the plan does not print, supplied by the project, carry an editorial note (ja and en) saying so.

The supplied facts are found in the graph, not listed by hand: the local government code (dcterms:identifier of
an organisation) and the statistical area (dcterms:spatial), the dataset's rights (dcterms:rights), and the
English form of an address (vcard:label@en of a vcard:Address). That the plan prints none of them is checked
against the source text.
"""

from __future__ import annotations

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, ORG, RDF, SKOS

from kizuna_graph.terms.namespaces import VCARD


def _languages_of_notes(graph: Graph, node: URIRef) -> set[str | None]:
    return {o.language for o in graph.objects(node, SKOS.editorialNote) if isinstance(o, Literal)}


def test_supplied_facts_are_noted(graph: Graph, source_text: str) -> None:
    carriers: dict[URIRef, str] = {}
    for s, o in graph.subject_objects(DCTERMS.identifier):
        if (s, RDF.type, ORG.FormalOrganization) in graph:
            assert str(o) not in source_text  # the plan does not print the code
            carriers[s] = f"code {o}"  # type: ignore[index]
    for p in (DCTERMS.spatial, DCTERMS.rights):
        for s in graph.subjects(p, None):
            carriers[s] = str(p)  # type: ignore[index]
    for s in graph.subjects(RDF.type, VCARD.Address):
        for label in graph.objects(s, VCARD.label):
            if isinstance(label, Literal) and label.language == "en":
                assert str(label) not in source_text
                carriers[s] = f"English address {label}"  # type: ignore[index]
    assert len(carriers) == 4  # the City (code, area), the dataset (rights, area), two addresses
    unnoted = sorted(
        f"{node} ({what})"
        for node, what in carriers.items()
        if _languages_of_notes(graph, node) != {"ja", "en"}
    )
    assert unnoted == []
