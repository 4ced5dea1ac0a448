"""What the plan says around its outline: its key concept (絆), the current issues and directions it lists,
its evaluation of the previous edition (achievements and challenges), the plans it relates to (the
comprehensive plan above it, the sector plans beside it) and its PDCA cycle."""

from __future__ import annotations

from rdflib import Literal
from rdflib.namespace import DCTERMS, FOAF, RDF, SKOS, XSD

from kizuna_graph.plan.build.writer import Writer
from kizuna_graph.plan.model import Plan
from kizuna_graph.terms.iris import mint
from kizuna_graph.terms.namespaces import KZ, SCHEMA


def key_concept(w: Writer, plan: Plan) -> None:
    concept = plan.key_concept
    if concept is None:
        return
    c = w.at(w.under_plan("concept", concept.id), concept.line)
    w.add(w.plan_iri, KZ.keyConcept, c)
    w.add(c, RDF.type, SKOS.Concept)
    w.text(c, SKOS.prefLabel, concept.label)
    w.text(c, SKOS.definition, concept.definition)
    w.text(c, SKOS.scopeNote, concept.scope_note)
    if concept.illustration is not None:
        image = w.under_plan("concept", concept.id, "illustration")
        w.add(c, FOAF.depiction, image)
        w.add(image, RDF.type, KZ.PlanStatement)
        w.text(image, SKOS.prefLabel, concept.illustration.title)
        for label in concept.illustration.labels:
            w.text(image, SCHEMA.keywords, label)


def context(w: Writer, plan: Plan) -> None:
    _statement_lists(w, plan)
    _evaluation(w, plan)
    _related_plans(w, plan)
    _pdca(w, plan)


def _statement_lists(w: Writer, plan: Plan) -> None:
    lists = (
        (plan.current_issues, "current-issues", "current-issue", KZ.CurrentIssue, KZ.currentIssue),
        (plan.directions, "directions", "direction", KZ.Direction, KZ.direction),
    )
    for statements, collection_slug, item_slug, kind, link in lists:
        if statements is None:
            continue
        collection = w.under_plan(collection_slug)
        w.add(collection, RDF.type, SKOS.Collection)
        w.text(collection, SKOS.prefLabel, statements.title)
        w.text(collection, SKOS.editorialNote, statements.note)
        for number, item in enumerate(statements.items, start=1):
            s = w.at(w.under_plan(item_slug, item.id), item.line)
            w.add(w.plan_iri, link, s)
            w.add(collection, SKOS.member, s)
            w.add(s, RDF.type, kind)
            w.add(s, DCTERMS.identifier, Literal(item.id))
            w.add(s, KZ.position, Literal(number, datatype=XSD.positiveInteger))
            w.text(s, SKOS.prefLabel, item.text)


def _evaluation(w: Writer, plan: Plan) -> None:
    if plan.evaluation is None:
        return
    evaluation = w.under_plan("evaluation")
    w.add(w.plan_iri, KZ.previousPlanEvaluation, evaluation)
    w.add(evaluation, RDF.type, KZ.PlanEvaluation)
    w.text(evaluation, SKOS.prefLabel, plan.evaluation.title)
    w.text(evaluation, SKOS.editorialNote, plan.evaluation.note)
    if plan.previous_edition is not None:
        w.add(evaluation, KZ.evaluatedPlan, mint(w.base, "plans", plan.municipality, plan.previous_edition))
    for slug, kind, items in (
        ("achievement", KZ.Achievement, plan.evaluation.achievements),
        ("challenge", KZ.Challenge, plan.evaluation.challenges),
    ):
        for number, item in enumerate(items, start=1):
            f = w.at(w.under_plan("evaluation", slug, item.id), item.line)
            w.add(evaluation, KZ.finding, f)
            w.add(f, RDF.type, kind)
            w.add(f, DCTERMS.identifier, Literal(item.id))
            w.add(f, KZ.position, Literal(number, datatype=XSD.positiveInteger))
            w.text(f, SKOS.prefLabel, item.text)


def _related_plans(w: Writer, plan: Plan) -> None:
    if plan.related_plans is None:
        return
    w.text(w.plan_iri, SKOS.editorialNote, plan.related_plans.note)
    w.text(w.plan_iri, SKOS.editorialNote, plan.related_plans.others)
    for related in plan.related_plans.plans:
        # the plan names the edition of the comprehensive plan only (第２次); a sector plan is the one in force
        # beside this edition, so its IRI lies under this plan's IRI
        r = w.at(w.under_plan("related-plan", related.id), related.line)
        comprehensive = related.kind == "comprehensive"
        w.add(r, RDF.type, KZ.ComprehensivePlan if comprehensive else KZ.SectorPlan)
        w.add(w.plan_iri, KZ.upperPlan if comprehensive else KZ.relatedPlan, r)
        w.text(r, SKOS.prefLabel, related.label)
        w.add(r, DCTERMS.identifier, Literal(related.id))
        if related.edition is not None:
            w.add(r, KZ.edition, Literal(related.edition, datatype=XSD.positiveInteger))
        w.text(r, SKOS.editorialNote, related.note)
        publisher = next((o for o in w.file.organisations if o.kind == "municipality"), None)
        if publisher is not None:
            w.add(r, DCTERMS.publisher, w.orgs[publisher.id])


def _pdca(w: Writer, plan: Plan) -> None:
    if plan.pdca is None:
        return
    cycle = w.under_plan("pdca")
    w.add(cycle, RDF.type, SKOS.ConceptScheme)
    w.text(cycle, SKOS.prefLabel, plan.pdca.title)
    w.text(cycle, DCTERMS.description, plan.pdca.statement)
    phases = [w.under_plan("pdca", phase.id) for phase in plan.pdca.phases]
    for number, (phase, iri) in enumerate(zip(plan.pdca.phases, phases, strict=True), start=1):
        w.add(w.plan_iri, KZ.pdcaPhase, iri)
        w.add(iri, RDF.type, KZ.PDCAPhase)
        w.add(iri, SKOS.inScheme, cycle)
        w.add(iri, SKOS.notation, Literal(phase.notation))
        w.add(iri, KZ.position, Literal(number, datatype=XSD.positiveInteger))
        w.text(iri, SKOS.prefLabel, phase.label)
        w.add(iri, KZ.nextPhase, phases[number % len(phases)])
