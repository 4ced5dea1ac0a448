"""The reasoning profile: which axioms of the ontology the reasoner gets, in which of two strata.

The ontology file holds labels, definitions, notes, declarations and a header besides its axioms; OWL 2 RL
rules use none of those. :func:`reasoning_profile` keeps what the rules use on named terms, from
``ontology/kizuna.ttl`` and ``ontology/standard-axioms.ttl`` (the few SKOS, ORG and PROV axioms the data
relies on):

- sub-class, sub-property, equivalence, inverse and disjointness axioms between named terms;
- domains and ranges that are classes (a datatype range would only type literals);
- property characteristics (transitive, symmetric, functional…), property chains, owl:AllDisjointClasses.

and sorts them into two strata that the reasoner runs one after the other:

1. **relations**: the axioms of properties with semantics of their own (an inverse, an equivalent, a
   characteristic, a place in a property chain), and the sub-property axioms into them. Here the transitive
   closure of kz:isPartOf, the inverse links and kz:helpType are computed, over property triples only.
2. **hierarchy**: everything else: sub-class axioms, domains and ranges, disjointness, and sub-property
   axioms into *plain* super-properties (dcterms:isPartOf, dcterms:relation, schema:position…), whose
   triples no rule of stratum 1 reads. Stratum 2 runs once over the data and stratum 1's results.

Nothing stratum 2 derives (a type, a plain super-property triple) is read by a rule of stratum 1, so the two
strata in turn reach the same fixpoint as one run over all axioms; ``tests/test_reasoning.py`` compares the
result with owlrl's closure of the whole ontology and data. The profile holds no class expressions
(restrictions, unions…): the ontology has none, and ``tests/test_reasoning.py`` keeps it so.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from rdflib import BNode, Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS, XSD
from rdflib.term import Node

from kizuna_graph.resources import data_dir, ontology_path

__all__ = ["ReasoningProfile", "bundled_ontology", "reasoning_profile", "standard_axioms"]

_PAIR_AXIOMS = (
    RDFS.subClassOf,
    RDFS.subPropertyOf,
    OWL.equivalentClass,
    OWL.equivalentProperty,
    OWL.inverseOf,
    OWL.disjointWith,
    OWL.propertyDisjointWith,
    RDFS.domain,
    RDFS.range,
)
_CHARACTERISTICS = (
    OWL.TransitiveProperty,
    OWL.SymmetricProperty,
    OWL.AsymmetricProperty,
    OWL.IrreflexiveProperty,
    OWL.FunctionalProperty,
    OWL.InverseFunctionalProperty,
)
_PROPERTY_PAIRS = (OWL.inverseOf, OWL.equivalentProperty, OWL.propertyDisjointWith)
_CLASS_AXIOMS = (RDFS.subClassOf, OWL.equivalentClass, OWL.disjointWith, RDFS.domain, RDFS.range)
# terms that only ever appear as the object of these are super-terms: their asserted triples fire nothing
_UPWARD = (RDFS.subClassOf, RDFS.subPropertyOf, RDFS.domain, RDFS.range)


@dataclass(frozen=True)
class ReasoningProfile:
    """The axioms of the two strata, and the terms whose asserted triples the reasoner needs."""

    relations: Graph
    hierarchy: Graph
    #: properties of stratum 1: their triples are reasoned on there
    relation_properties: frozenset[URIRef]
    #: properties and classes whose asserted triples (or rdf:type triples) can fire a rule
    active_terms: frozenset[URIRef]

    def __len__(self) -> int:
        return len(self.relations) + len(self.hierarchy)


@cache
def bundled_ontology() -> Graph:
    """The bundled ``ontology/kizuna.ttl``, parsed once; copy it before changing it."""
    return Graph().parse(ontology_path(), format="turtle")


@cache
def standard_axioms() -> Graph:
    """``ontology/standard-axioms.ttl``, parsed once; copy it before changing it."""
    return Graph().parse(data_dir("ontology") / "standard-axioms.ttl", format="turtle")


def reasoning_profile(ontology: Graph) -> ReasoningProfile:
    """The axioms of ``ontology`` and of the standard axioms that OWL 2 RL rules use, in two strata."""
    axioms = _axioms(ontology, standard_axioms())
    relation_properties = _relation_properties(axioms)
    disjointness = _disjointness_nodes(axioms)
    relations, hierarchy = Graph(store="SimpleMemory"), Graph(store="SimpleMemory")
    for triple in axioms:
        s, p, o = triple
        if (
            p in _CLASS_AXIOMS
            or s in disjointness
            or (p == RDFS.subPropertyOf and o not in relation_properties)
        ):
            hierarchy.add(triple)
        else:
            relations.add(triple)
    upward_only = {o for p in _UPWARD for o in axioms.objects(None, p)}
    upward_only -= {term for s, p, o in axioms for term in (s, o) if p not in _UPWARD}
    upward_only -= {s for p in _UPWARD for s in axioms.subjects(p, None)}
    active = {term for triple in axioms for term in triple if isinstance(term, URIRef)} - upward_only
    return ReasoningProfile(
        relations=relations,
        hierarchy=hierarchy,
        relation_properties=frozenset(relation_properties),
        active_terms=frozenset(active),
    )


def _axioms(*sources: Graph) -> Graph:
    axioms = Graph(store="SimpleMemory")
    for source in sources:
        for predicate in _PAIR_AXIOMS:
            for s, o in source.subject_objects(predicate):
                if isinstance(s, URIRef) and isinstance(o, URIRef) and not _is_datatype(o):
                    axioms.add((s, predicate, o))
        for kind in _CHARACTERISTICS:
            for s in source.subjects(RDF.type, kind):
                if isinstance(s, URIRef):
                    axioms.add((s, RDF.type, kind))
        for s, head in source.subject_objects(OWL.propertyChainAxiom):
            _add_list(axioms, source, (s, OWL.propertyChainAxiom, head))
        for node in source.subjects(RDF.type, OWL.AllDisjointClasses):
            axioms.add((node, RDF.type, OWL.AllDisjointClasses))
            for head in source.objects(node, OWL.members):
                _add_list(axioms, source, (node, OWL.members, head))
    return axioms


def _is_datatype(term: URIRef) -> bool:
    return str(term).startswith(str(XSD)) or term in (RDF.langString, RDF.PlainLiteral, RDFS.Literal)


def _add_list(axioms: Graph, source: Graph, link: tuple[Node, Node, Node]) -> None:
    axioms.add(link)
    node: Node | None = link[2]
    while isinstance(node, BNode):
        for triple in source.triples((node, None, None)):
            if triple[1] in (RDF.first, RDF.rest):
                axioms.add(triple)
        node = source.value(node, RDF.rest)


def _relation_properties(axioms: Graph) -> set[URIRef]:
    """Properties with semantics of their own, and every property below one of them."""
    seeds: set[URIRef] = set()
    for predicate in _PROPERTY_PAIRS:
        for s, o in axioms.subject_objects(predicate):
            seeds |= {term for term in (s, o) if isinstance(term, URIRef)}
    for kind in _CHARACTERISTICS:
        seeds |= {s for s in axioms.subjects(RDF.type, kind) if isinstance(s, URIRef)}
    for s, head in axioms.subject_objects(OWL.propertyChainAxiom):
        seeds |= {term for term in (s, *axioms.items(head)) if isinstance(term, URIRef)}
    found = set(seeds)
    grown = True
    while grown:
        below = {
            s for s, o in axioms.subject_objects(RDFS.subPropertyOf) if o in found and isinstance(s, URIRef)
        }
        grown = not below <= found
        found |= below
    return found


def _disjointness_nodes(axioms: Graph) -> set[Node]:
    """The owl:AllDisjointClasses nodes and the nodes of their member lists (stratum 2)."""
    nodes: set[Node] = set()
    for node in axioms.subjects(RDF.type, OWL.AllDisjointClasses):
        nodes.add(node)
        for head in axioms.objects(node, OWL.members):
            item: Node | None = head
            while isinstance(item, BNode):
                nodes.add(item)
                item = axioms.value(item, RDF.rest)
    return nodes
