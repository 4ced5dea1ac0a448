"""The VoID description of the published plan graph (``void.ttl``): figures counted from the graph.

The dataset (the same IRI as the ``dcat:Dataset``) gets ``void:triples``, ``void:entities`` (the distinct IRIs
under the URI space that are subjects of a triple), ``void:distinctSubjects``, ``void:distinctObjects``,
``void:classes``, ``void:properties``, one class partition per class (its instances) and one property
partition per property (its triples), the vocabularies (namespaces of the classes and properties used),
example resources (the plan and its first goal, policy and measure by IRI), the URI space (the base) and the
data dumps. Partition IRIs are named by a hash of the class or property IRI: no blank nodes, no positions.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCAT, FOAF, RDF, VOID, XSD

from kizuna_graph.terms.iris import mint
from kizuna_graph.terms.namespaces import KZ, bind_prefixes

#: Classes whose first instance (by IRI) is an example resource, besides the dataset's primary topic.
_EXAMPLE_CLASSES = (KZ.BasicGoal, KZ.Policy, KZ.Measure, KZ.NumberedAction)


def _count(value: int) -> Literal:
    return Literal(value, datatype=XSD.integer)


def namespace_of(term: URIRef) -> URIRef:
    """The vocabulary of a term: its IRI up to the last ``#`` or ``/``."""
    text = str(term)
    cut = max(text.rfind("#"), text.rfind("/"))
    return URIRef(text[: cut + 1])


def _partition(base: str, slug: str, kind: str, term: URIRef) -> URIRef:
    digest = hashlib.sha256(str(term).encode("utf-8")).hexdigest()[:16]
    return mint(base, "dataset", slug, "void", kind, digest)


def void_graph(graph: Graph, *, dataset: URIRef, base: str, slug: str, dumps: Sequence[URIRef]) -> Graph:
    """VoID for ``graph`` (the asserted plan graph), published at the ``dumps`` URLs."""
    out = bind_prefixes(Graph(bind_namespaces="none"))
    out.bind("void", VOID)
    subjects = {s for s in graph.subjects()}
    objects = {o for o in graph.objects()}
    entities = {s for s in subjects if isinstance(s, URIRef) and str(s).startswith(base)}
    classes = Counter(o for s, o in graph.subject_objects(RDF.type))
    properties = Counter(p for p in graph.predicates())
    out.add((dataset, RDF.type, VOID.Dataset))
    for predicate, value in (
        (VOID.triples, len(graph)),
        (VOID.entities, len(entities)),
        (VOID.distinctSubjects, len(subjects)),
        (VOID.distinctObjects, len(objects)),
        (VOID.classes, len(classes)),
        (VOID.properties, len(properties)),
    ):
        out.add((dataset, predicate, _count(value)))
    out.add((dataset, VOID.uriSpace, Literal(base)))
    for dump in dumps:
        out.add((dataset, VOID.dataDump, dump))
    vocabularies = {namespace_of(term) for term in [*classes, *properties] if isinstance(term, URIRef)}
    for vocabulary in sorted(vocabularies):
        out.add((dataset, VOID.vocabulary, vocabulary))
    for cls, number in classes.items():
        if not isinstance(cls, URIRef):
            continue
        partition = _partition(base, slug, "class", cls)
        out.add((dataset, VOID.classPartition, partition))
        out.add((partition, VOID["class"], cls))
        out.add((partition, VOID.entities, _count(number)))
    for prop, number in properties.items():
        assert isinstance(prop, URIRef)  # predicates are IRIs
        partition = _partition(base, slug, "property", prop)
        out.add((dataset, VOID.propertyPartition, partition))
        out.add((partition, VOID.property, prop))
        out.add((partition, VOID.triples, _count(number)))
    examples = set(graph.objects(dataset, FOAF.primaryTopic))
    for cls in _EXAMPLE_CLASSES:
        instances = sorted(s for s in graph.subjects(RDF.type, cls) if isinstance(s, URIRef))
        examples.update(instances[:1])
    for example in sorted(examples, key=str):
        out.add((dataset, VOID.exampleResource, example))
    out.add((dataset, RDF.type, DCAT.Dataset))
    return out
