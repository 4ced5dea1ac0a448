"""Checks of the vocabulary in ontology/kizuna.ttl and of the KZ namespace generated from it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import owlrl
import pytest
from owlrl.Namespaces import ERRNS
from rdflib import BNode, Graph, Literal, URIRef

# rdflib's XSD namespace is open and warns on unknown attributes, which pytest probes on module globals
# while collecting; reach it through the module instead.
from rdflib import namespace as rdflib_namespace
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS, VANN

from kizuna_graph.terms import namespaces, vocabgen
from kizuna_graph.terms.namespaces import KZ, PREFIXES

ONTOLOGY_PATH = Path(__file__).parents[1] / "ontology" / "kizuna.ttl"
ONTOLOGY_IRI = URIRef("https://w3id.org/kizuna-graph/def")

TERM_KINDS = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
PROPERTY_KINDS = TERM_KINDS[1:]

# Terms with no super-term on purpose; the ontology says why next to each. Kept exact, so that a new
# unanchored term fails the test instead of slipping in.
UNANCHORED = {KZ.strength}


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph(bind_namespaces="none").parse(ONTOLOGY_PATH, format="turtle")


def is_kz(term: object) -> bool:
    """By the IRI, not by ``in KZ``: a kz: IRI missing from the generated class must still count."""
    return isinstance(term, URIRef) and term.startswith(str(KZ))


def kz_subjects(graph: Graph) -> set[URIRef]:
    return {s for s in graph.subjects() if isinstance(s, URIRef) and is_kz(s)}


def kind_of(graph: Graph, term: URIRef) -> set[URIRef]:
    return {kind for kind in TERM_KINDS if (term, RDF.type, kind) in graph}


# (a) ----------------------------------------------------------------------------------------------------


def test_namespaces_module_is_fresh() -> None:
    module_path = Path(namespaces.__file__)
    committed = module_path.read_text(encoding="utf-8")
    regenerated = vocabgen.splice(committed, vocabgen.render(ONTOLOGY_PATH))
    assert regenerated == committed, (
        f"{module_path.name} is stale against {ONTOLOGY_PATH.name}: run `python -m kizuna_graph.terms.vocabgen`"
    )


def test_namespace_class_lists_exactly_the_ontology_terms(ontology: Graph) -> None:
    declared = {KZ[name] for name in KZ.__annotations__ if not name.startswith("_")}
    terms = kz_subjects(ontology)
    assert len(terms) > 50, f"only {len(terms)} kz: terms found in {ONTOLOGY_PATH}"
    assert declared == terms


def test_every_kz_subject_is_a_declared_term_of_one_kind(ontology: Graph) -> None:
    bad = {str(term): sorted(kind_of(ontology, term)) for term in kz_subjects(ontology)}
    bad = {term: kinds for term, kinds in bad.items() if len(kinds) != 1}
    assert not bad, f"each kz: term must be exactly one of owl:Class/ObjectProperty/...: {bad}"


# (b) ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("predicate", [RDFS.label, SKOS.definition], ids=["rdfs:label", "skos:definition"])
@pytest.mark.parametrize("language", ["ja", "en"])
def test_every_term_has_one_label_and_definition_per_language(
    ontology: Graph, predicate: URIRef, language: str
) -> None:
    problems = []
    for term in sorted(kz_subjects(ontology)):
        values = [
            value
            for value in ontology.objects(term, predicate)
            if isinstance(value, Literal) and value.language == language
        ]
        if len(values) != 1 or not str(values[0]).strip():
            problems.append(f"{term}: {len(values)} {predicate} @{language}")
    assert not problems, "\n".join(problems)


def test_every_term_is_defined_by_the_ontology(ontology: Graph) -> None:
    missing = [
        str(term)
        for term in sorted(kz_subjects(ontology))
        if list(ontology.objects(term, RDFS.isDefinedBy)) != [ONTOLOGY_IRI]
    ]
    assert not missing, f"rdfs:isDefinedBy <{ONTOLOGY_IRI}> missing or wrong on: {missing}"


def test_labels_and_definitions_are_in_ja_or_en_only(ontology: Graph) -> None:
    other = [
        (str(term), value.language if isinstance(value, Literal) else value)
        for term in kz_subjects(ontology)
        for predicate in (RDFS.label, SKOS.definition)
        for value in ontology.objects(term, predicate)
        if not isinstance(value, Literal) or value.language not in ("ja", "en")
    ]
    assert not other


# (c) ----------------------------------------------------------------------------------------------------


def test_header(ontology: Graph) -> None:
    assert set(ontology.subjects(RDF.type, OWL.Ontology)) == {ONTOLOGY_IRI}
    version_iri = ontology.value(ONTOLOGY_IRI, OWL.versionIRI)
    assert isinstance(version_iri, URIRef) and version_iri != ONTOLOGY_IRI
    version_info = ontology.value(ONTOLOGY_IRI, OWL.versionInfo)
    assert version_info is not None and str(version_iri).endswith("/" + str(version_info))
    license_ = ontology.value(ONTOLOGY_IRI, DCTERMS.license)
    assert isinstance(license_, URIRef), "dcterms:license must be an IRI, not a literal"
    assert ontology.value(ONTOLOGY_IRI, VANN.preferredNamespacePrefix) == Literal("kz")
    assert ontology.value(ONTOLOGY_IRI, VANN.preferredNamespaceUri) == Literal(str(KZ))
    for predicate in (DCTERMS.title, DCTERMS.description):
        languages = [
            str(value.language)
            for value in ontology.objects(ONTOLOGY_IRI, predicate)
            if isinstance(value, Literal)
        ]
        assert sorted(languages) == ["en", "ja"], f"{predicate} needs one @ja and one @en"
    for predicate in (DCTERMS.created, DCTERMS.modified):
        date = ontology.value(ONTOLOGY_IRI, predicate)
        assert isinstance(date, Literal) and date.datatype == rdflib_namespace.XSD.date


def test_ontology_prefixes_are_the_package_prefix_map() -> None:
    declared: dict[str, str] = {}
    for line in ONTOLOGY_PATH.read_text(encoding="utf-8").splitlines():
        if line.startswith("@prefix"):
            _, prefix, iri, _ = line.split()
            declared[prefix.rstrip(":")] = iri.strip("<>")
    assert list(declared) == sorted(declared), "sort the @prefix lines"
    assert declared == PREFIXES


# (d) ----------------------------------------------------------------------------------------------------


def test_no_imports(ontology: Graph) -> None:
    assert not list(ontology.triples((None, OWL.imports, None))), "owl:imports would make tools fetch files"


# (e) ----------------------------------------------------------------------------------------------------


def _super_terms(graph: Graph, term: URIRef) -> Iterator[URIRef]:
    predicate = RDFS.subClassOf if (term, RDF.type, OWL.Class) in graph else RDFS.subPropertyOf
    for parent in graph.objects(term, predicate):
        if isinstance(parent, URIRef) and parent != term:
            yield parent


def _is_anchored(graph: Graph, term: URIRef, visiting: frozenset[URIRef] = frozenset()) -> bool:
    for parent in _super_terms(graph, term):
        if not is_kz(parent):
            return True
        if parent not in visiting and _is_anchored(graph, parent, visiting | {term}):
            return True
    return False


def test_every_term_is_anchored_to_a_standard_term(ontology: Graph) -> None:
    unanchored = {term for term in kz_subjects(ontology) if not _is_anchored(ontology, term)}
    assert unanchored == UNANCHORED, (
        "every kz: class needs rdfs:subClassOf, every kz: property rdfs:subPropertyOf, leading to a "
        f"standard term; unanchored: {sorted(unanchored - UNANCHORED)}; no longer unanchored: "
        f"{sorted(UNANCHORED - unanchored)}"
    )


# (f) ----------------------------------------------------------------------------------------------------


def test_owl_rl_closure_is_consistent(ontology: Graph) -> None:
    closure = Graph(bind_namespaces="none")
    closure += ontology  # reason on a copy; the fixture stays as asserted
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(closure)
    assert len(closure) > len(ontology)
    assert not list(closure.subjects(RDF.type, OWL.Nothing)), "some term is a member of owl:Nothing"
    errors = [str(message) for message in closure.objects(None, ERRNS.error)]
    assert not errors, "\n".join(errors)
    clashes = [(a, b) for a, b in closure.subject_objects(OWL.sameAs) if (a, OWL.differentFrom, b) in closure]
    assert not clashes


# OWL 2 DL ------------------------------------------------------------------------------------------------


def test_no_property_is_both_transitive_and_functional(ontology: Graph) -> None:
    transitive = set(ontology.subjects(RDF.type, OWL.TransitiveProperty))
    functional = set(ontology.subjects(RDF.type, OWL.FunctionalProperty))
    assert transitive and not transitive & functional


def _declared(graph: Graph, term: URIRef, kinds: tuple[URIRef, ...]) -> bool:
    return any((term, RDF.type, kind) in graph for kind in kinds)


def test_every_term_used_is_declared(ontology: Graph) -> None:
    """OWL 2 DL typing without owl:imports: each IRI used as a class or property is declared as one."""
    problems: list[str] = []

    def need(term: object, kinds: tuple[URIRef, ...], where: str) -> None:
        if isinstance(term, URIRef) and not _declared(ontology, term, kinds):
            problems.append(f"{term} ({where}) is not declared as {' or '.join(k.n3() for k in kinds)}")

    for sub, parent in ontology.subject_objects(RDFS.subClassOf):
        need(sub, (OWL.Class,), "rdfs:subClassOf")
        need(parent, (OWL.Class,), "rdfs:subClassOf")
    for a, b in ontology.subject_objects(OWL.disjointWith):
        need(a, (OWL.Class,), "owl:disjointWith")
        need(b, (OWL.Class,), "owl:disjointWith")
    for node in ontology.subjects(RDF.type, OWL.AllDisjointClasses):
        members = ontology.value(node, OWL.members)
        assert isinstance(members, BNode)
        for member in Collection(ontology, members):
            need(member, (OWL.Class,), "owl:AllDisjointClasses")
    for sub, parent in ontology.subject_objects(RDFS.subPropertyOf):
        assert isinstance(sub, URIRef), f"anonymous sub-property of {parent}"
        kinds = tuple(kind_of(ontology, sub)) or PROPERTY_KINDS
        need(parent, kinds, f"rdfs:subPropertyOf of {sub}")
    for a, b in ontology.subject_objects(OWL.inverseOf):
        need(a, (OWL.ObjectProperty,), "owl:inverseOf")
        need(b, (OWL.ObjectProperty,), "owl:inverseOf")
    for prop in ontology.subjects(RDF.type, OWL.ObjectProperty):
        for cls in (*ontology.objects(prop, RDFS.domain), *ontology.objects(prop, RDFS.range)):
            need(cls, (OWL.Class,), f"domain/range of {prop}")
    for prop in ontology.subjects(RDF.type, OWL.DatatypeProperty):
        for cls in ontology.objects(prop, RDFS.domain):
            need(cls, (OWL.Class,), f"domain of {prop}")
        for datatype in ontology.objects(prop, RDFS.range):
            if not str(datatype).startswith(str(rdflib_namespace.XSD)):
                problems.append(f"range {datatype} of {prop} is not an XML Schema datatype")
    builtin = (str(RDF), str(RDFS), str(OWL))
    for predicate in set(ontology.predicates()):
        if not str(predicate).startswith(builtin):
            need(predicate, (OWL.AnnotationProperty,), "used as an annotation")
    assert not problems, "\n".join(sorted(set(problems)))


def test_the_generator_command_finds_the_ontology_from_the_checkout(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`python -m kizuna_graph.terms.vocabgen --check`, as the README says to run it after editing."""
    assert vocabgen.main(["--check"]) == 0
    assert "is up to date" in capsys.readouterr().out
