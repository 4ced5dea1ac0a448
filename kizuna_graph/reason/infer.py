"""Inference: what the ontology entails from the asserted graph, returned apart from it.

:func:`infer` runs owlrl's OWL 2 RL rules over the asserted graph and the ontology and returns only the
*inferred* triples; the asserted graph is never modified (the reasoner works on graphs of its own). What
comes out: every element's containers (kz:isPartOf is transitive, so an action knows its measure, policies,
goals and plan) and the inverse links, SKOS broader/narrower/topConceptOf, super-classes and super-properties
(skos:Concept, prov:Plan, prov:Agent, org:Organization, dcterms:isPartOf…) and the layer of help of each
action, from the ontology's property chain ``kz:helpType owl:propertyChainAxiom (kz:actor kz:actorHelpType)``.

Fast because owlrl gets only what it needs:

- the axioms of the reasoning profile, in two strata (:mod:`kizuna_graph.reason.profile`); the second stratum's
  class and property hierarchy closed beforehand (once per process for the bundled ontology), so that it
  takes one productive pass;
- the asserted triples that can take part in a rule (about half of the plan's: labels, descriptions and
  notes take part in none);
- no dispatch of data triples: owlrl fires each rule from a triple whose predicate is an RDF, RDFS or OWL term
  (rdfs:subPropertyOf, owl:inverseOf, rdf:type owl:TransitiveProperty…) and looks the data up from there. A
  data triple (``x kz:hasAction y``, ``x rdf:type kz:Measure``) fires nothing itself but eq-ref
  (``x owl:sameAs x``), which carries no information, so :class:`_ProfileClosure` does not dispatch it.

The entailed triples are then sorted out (:func:`sort_out`): what carries no information is dropped and
counted (literals in subject position, reflexive owl:sameAs, axiomatic triples about RDF/RDFS/OWL/XSD terms,
entailments about the ontology's own terms, owl:Thing / rdfs:Resource typing, triples already asserted).
Contradictions found by the rules — owlrl's error messages, members of owl:Nothing — raise
:class:`~kizuna_graph.errors.InconsistentGraphError`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

import owlrl
from owlrl.Namespaces import ERRNS
from owlrl.OWLRL import OWLRL_Semantics
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, XSD
from rdflib.term import Node

from kizuna_graph.errors import InconsistentGraphError
from kizuna_graph.reason.profile import ReasoningProfile, bundled_ontology, reasoning_profile
from kizuna_graph.terms.namespaces import bind_prefixes

__all__ = ["DROPPED", "Inference", "expand", "infer", "run_inference", "sort_out"]

Triple = tuple[Node, Node, Node]

_BUILTIN = (str(RDF), str(RDFS), str(OWL))
_AXIOMATIC = (*_BUILTIN, str(XSD))

#: why an entailed triple is not published, in the order the reasons are tried
DROPPED = (
    "literal in subject position",
    "owl:sameAs to itself",
    "axiomatic (about an RDF, RDFS, OWL or XSD term)",
    "about the ontology's terms (schema level)",
    "owl:Thing or rdfs:Resource typing",
    "already asserted",
)


@dataclass(frozen=True)
class Inference:
    """The inferred triples, and how many triples each step had, kept or dropped (for reports)."""

    inferred: Graph
    counts: dict[str, int] = field(default_factory=dict)


# --- the closure ---------------------------------------------------------------------------------------


class _ProfileClosure(OWLRL_Semantics):
    """owlrl's OWL 2 RL rules, dispatched only on the triples that can fire one (see the module docstring)."""

    def rules(self, t: Triple, cycle_num: int) -> None:
        _, p, o = t
        if p == RDF.type:
            if not str(o).startswith(_BUILTIN):
                return
        elif not str(p).startswith(_BUILTIN):
            return
        super().rules(t, cycle_num)

    def store_triple(self, t: Triple) -> None:
        s, p, o = t
        if p == OWL.sameAs:
            if s == o:
                return  # eq-ref: says nothing, and its eq-rep-* rules would only restate the node's triples
            if isinstance(s, Literal) and isinstance(o, Literal) and not s.eq(o):
                # two different data values made the same, e.g. a functional property (kz:position) with two
                # values: OWL 2 RL rule dt-diff, which owlrl does not implement
                self.add_error(f"different values {s.n3()} and {o.n3()} of one functional property")
                return
        super().store_triple(t)


def expand(graph: Graph) -> None:
    """Expand ``graph`` in place with owlrl's OWL 2 RL rules (no axiomatic triples), skipping data dispatch."""
    owlrl.DeductiveClosure(_ProfileClosure, axiomatic_triples=False, datatype_axioms=False).expand(graph)


def _entailments(axioms: Graph, data: Iterable[Triple]) -> tuple[list[Triple], list[str]]:
    """What owlrl entails from ``axioms`` and ``data`` (excluding both), and its contradictions."""
    work = Graph(store="SimpleMemory")
    work += axioms
    for triple in data:
        work.add(triple)
    given = set(work)
    expand(work)
    messages = {str(message) for message in work.objects(None, ERRNS.error)}
    messages |= {f"{node.n3()} is a member of owl:Nothing" for node in work.subjects(RDF.type, OWL.Nothing)}
    entailed = [t for t in work if t not in given and t[1] != ERRNS.error and t[2] != ERRNS.ErrorMessage]
    return entailed, sorted(messages)


def _closed_hierarchy(profile: ReasoningProfile) -> Graph:
    """Stratum 2's axioms with their own consequences added (sub-class and sub-property closure, domains and
    ranges carried up and down), minus the trivia (x ⊑ x, x ⊑ owl:Thing, owl:Nothing ⊑ x, built-in terms)."""
    entailed, messages = _entailments(profile.hierarchy, ())
    if messages:
        raise InconsistentGraphError(messages)
    closed = Graph(store="SimpleMemory")
    closed += profile.hierarchy
    for s, p, o in entailed:
        trivial = (
            (s == o and p != RDF.type)
            or o == OWL.Thing
            or s == OWL.Nothing
            or p in (OWL.equivalentClass, OWL.equivalentProperty, OWL.sameAs)
            or (isinstance(s, URIRef) and str(s).startswith(_AXIOMATIC))
        )
        if not trivial:
            closed.add((s, p, o))
    return closed


@dataclass(frozen=True)
class _Prepared:
    profile: ReasoningProfile
    hierarchy: Graph  # stratum 2, closed


@cache
def _bundled() -> _Prepared:
    profile = reasoning_profile(bundled_ontology())
    return _Prepared(profile, _closed_hierarchy(profile))


def _prepare(ontology: Graph | None) -> _Prepared:
    if ontology is None:
        return _bundled()
    profile = reasoning_profile(ontology)
    return _Prepared(profile, _closed_hierarchy(profile))


# --- sorting the entailments out ------------------------------------------------------------------------


def sort_out(entailed: Iterable[Triple], asserted: Graph) -> tuple[Graph, Counter[str]]:
    """Keep the entailed triples that say something new about the data; count the others by reason.

    Kept: the subject is an IRI of the asserted data (a subject, or the object of a triple other than
    rdf:type), the object is no blank node, the triple is no reflexive owl:sameAs nor owl:Thing /
    rdfs:Resource typing, and it is not asserted already.
    """
    stated = set(asserted)
    data_nodes = {s for s, _, _ in stated} | {
        o for _, p, o in stated if p != RDF.type and isinstance(o, URIRef)
    }
    kept: list[Triple] = []
    dropped: Counter[str] = Counter()
    for triple in set(entailed):
        s, p, o = triple
        if isinstance(s, Literal):
            dropped[DROPPED[0]] += 1
        elif p == OWL.sameAs and s == o:
            dropped[DROPPED[1]] += 1
        elif isinstance(s, URIRef) and str(s).startswith(_AXIOMATIC):
            dropped[DROPPED[2]] += 1
        elif not isinstance(s, URIRef) or s not in data_nodes or isinstance(o, BNode):
            dropped[DROPPED[3]] += 1
        elif p == RDF.type and o in (OWL.Thing, RDFS.Resource):
            dropped[DROPPED[4]] += 1
        elif triple in stated:
            dropped[DROPPED[5]] += 1
        else:
            kept.append(triple)
    graph = bind_prefixes(Graph())
    graph.addN((s, p, o, graph) for s, p, o in kept)
    return graph, dropped


# --- the API -------------------------------------------------------------------------------------------


def _usable(triple: Triple, profile: ReasoningProfile) -> bool:
    """Whether an asserted triple can take part in a rule: its predicate (for rdf:type, its class) is an
    active term of the profile or an OWL term (owl:sameAs, rdf:type owl:Nothing…)."""
    _, p, o = triple
    term = o if p == RDF.type else p
    return term in profile.active_terms or str(term).startswith(str(OWL))


def run_inference(asserted: Graph, *, ontology: Graph | None = None) -> Inference:
    """:func:`infer`, with the counts of each step (given, entailed, dropped by reason, inferred)."""
    prepared = _prepare(ontology)
    profile = prepared.profile
    data = [t for t in asserted if _usable(t, profile)]
    relations, relation_messages = _entailments(
        profile.relations, (t for t in data if t[1] in profile.relation_properties)
    )
    hierarchy, hierarchy_messages = _entailments(prepared.hierarchy, [*data, *relations])
    messages = sorted({*relation_messages, *hierarchy_messages})
    if messages:
        raise InconsistentGraphError(messages)
    entailed = set(relations) | set(hierarchy)
    inferred, dropped = sort_out(entailed, asserted)
    counts = {
        "asserted triples": len(asserted),
        "axioms, stratum 1 (relations)": len(profile.relations),
        "axioms, stratum 2 (hierarchy, closed)": len(prepared.hierarchy),
        "asserted triples given to the reasoner": len(data),
        "entailed triples": len(entailed),
        **{f"dropped: {reason}": dropped[reason] for reason in DROPPED},
        "inferred triples": len(inferred),
    }
    return Inference(inferred=inferred, counts=counts)


def infer(asserted: Graph, *, ontology: Graph | None = None) -> Graph:
    """The triples entailed by ``asserted`` and the ontology that are not asserted and carry information.

    ``ontology`` defaults to the bundled ``ontology/kizuna.ttl``; the standard SKOS/ORG/PROV axioms of
    ``ontology/standard-axioms.ttl`` are always added. Never modifies ``asserted``; raises
    :class:`~kizuna_graph.errors.InconsistentGraphError` when the rules find a contradiction.
    """
    return run_inference(asserted, ontology=ontology).inferred
