"""The four layers of help (自助・互助・共助・公助): neutral concepts under the base, this plan's wording of each
on resources under the plan, and the places where the plan ties a part of it to layers, each with its quote."""

from __future__ import annotations

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, SKOS, XSD

from kizuna_graph.plan.build.writer import Writer
from kizuna_graph.plan.model import Plan
from kizuna_graph.terms.iris import mint
from kizuna_graph.terms.namespaces import KZ


def help_types(w: Writer, plan: Plan) -> None:
    """The four layers as neutral concepts; this plan's wording and links on resources of this plan."""
    scheme_iri = mint(w.base, "help-type")
    w.add(scheme_iri, RDF.type, SKOS.ConceptScheme)
    w.text(scheme_iri, SKOS.prefLabel, plan.help_types.scheme_label)
    wording_scheme = w.under_plan("help-types")
    w.add(w.plan_iri, KZ.helpTypeScheme, wording_scheme)
    w.add(wording_scheme, RDF.type, SKOS.Collection)
    w.text(wording_scheme, SKOS.prefLabel, plan.help_types.title)
    w.text(wording_scheme, SKOS.editorialNote, plan.help_types.note)
    for position, help_type in enumerate(plan.help_types.types, start=1):
        h = w.at(mint(w.base, "help-type", help_type.id), help_type.line)
        w.add(h, RDF.type, KZ.HelpType)
        w.add(h, SKOS.inScheme, scheme_iri)
        w.add(h, SKOS.topConceptOf, scheme_iri)
        w.add(scheme_iri, SKOS.hasTopConcept, h)
        w.add(h, KZ.projectId, Literal(help_type.id))
        w.add(h, KZ.position, Literal(position, datatype=XSD.positiveInteger))
        w.text(h, SKOS.prefLabel, help_type.label)
        w.add(h, SKOS.altLabel, Literal(help_type.reading, lang="ja-Hira"))
        wording = w.under_plan("help-types", help_type.id)
        w.add(wording_scheme, SKOS.member, wording)
        w.add(wording, RDF.type, KZ.HelpTypeWording)
        w.add(wording, KZ.wordingOf, h)
        w.add(wording, DCTERMS.source, w.plan_iri)
        w.text(wording, SKOS.prefLabel, help_type.label)
        w.text(wording, SKOS.definition, help_type.description)
        w.text(wording, SKOS.example, help_type.example)
        w.text(wording, SKOS.editorialNote, help_type.note)


def help_type_links(w: Writer, plan: Plan) -> None:
    """The places where the plan itself ties a part of it to layers of help, each with its quote."""
    for link in plan.help_types.links:
        element = _linked_element(w, plan, link.element)
        for help_type in link.help_types:
            h = mint(w.base, "help-type", help_type)
            w.add(element, KZ.namesHelpType, h)
            statement = w.at(URIRef(f"{element}/" + str(mint("", "names-help-type", help_type))), link.line)
            w.add(statement, RDF.type, KZ.HelpTypeStatement)
            w.add(statement, KZ.statedIn, element)
            w.add(statement, KZ.namesHelpType, h)
            w.text(statement, KZ.quote, link.quote)


def _linked_element(w: Writer, plan: Plan, name: str) -> URIRef:
    kind, _, rest = name.partition(":")
    if kind == "ideal":
        return w.under_plan("ideal")
    if kind == "key-concept" and plan.key_concept is not None:
        return w.under_plan("concept", plan.key_concept.id)
    if kind == "policy":
        return w.under_plan("policy", rest)
    return w.under_plan("direction", rest)
