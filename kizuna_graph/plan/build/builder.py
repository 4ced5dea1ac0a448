"""The plan file → the whole graph: the organisations, the plan itself (its title, publishers, edition and the
edition it revises, period and component plans), then its parts in the order of the plan, the dataset, and the
IRIs retired since an earlier release."""

from __future__ import annotations

import itertools

from rdflib import Literal
from rdflib.namespace import DCAT, DCTERMS, OWL, PROV, RDF, SKOS, XSD

from kizuna_graph.plan.build.actors import actors_and_roles
from kizuna_graph.plan.build.helptypes import help_types
from kizuna_graph.plan.build.organisations import organisation
from kizuna_graph.plan.build.outline import ideal_and_goals
from kizuna_graph.plan.build.provenance import dataset
from kizuna_graph.plan.build.statements import context, key_concept
from kizuna_graph.plan.build.writer import BuildResult, Writer
from kizuna_graph.plan.model import Plan, PlanFile
from kizuna_graph.terms.iris import DEFAULT_BASE, mint
from kizuna_graph.terms.namespaces import KZ


def build_graph(
    plan_file: PlanFile, *, base: str = DEFAULT_BASE, publisher: str | None = None
) -> BuildResult:
    """Build the asserted graph of one plan file under ``base``.

    ``publisher`` (an organisation id of the file or an http(s) IRI) names who publishes the dataset; by
    default the file's ``dataset.publisher``, else the kizuna_graph project.
    """
    w = Writer(plan_file, base, publisher)
    plan = plan_file.plan
    for org in plan_file.organisations:
        organisation(w, org)
    _plan(w, plan)
    dataset(w, plan)
    _retired(w)
    return w.result


def _plan(w: Writer, plan: Plan) -> None:
    p = w.at(w.plan_iri, plan.line)
    w.add(p, RDF.type, KZ.JointWelfarePlan)
    w.text(p, DCTERMS.title, plan.title)
    w.text(p, SKOS.prefLabel, plan.title)
    w.text(p, DCTERMS.alternative, plan.alternative_title)
    w.text(p, DCTERMS.description, plan.joint_statement)
    w.text(p, SKOS.note, plan.review_statement)
    w.add(p, KZ.projectId, Literal(f"{plan.municipality}-{plan.edition}"))
    for publisher in plan.publishers:
        w.add(p, DCTERMS.publisher, w.organisation(publisher))
        contact = w.contact_of(publisher)
        if contact is not None:
            w.add(p, DCAT.contactPoint, contact)
    w.add(p, KZ.edition, Literal(plan.edition, datatype=XSD.positiveInteger))
    if plan.previous_edition is not None:
        _previous_edition(w, plan, plan.previous_edition)
    period = w.at(w.under_plan("period"), plan.period.line)
    w.add(p, DCTERMS.temporal, period)
    w.add(period, RDF.type, DCTERMS.PeriodOfTime)
    w.add(period, DCAT.startDate, Literal(plan.period.start.isoformat(), datatype=XSD.date))
    w.add(period, DCAT.endDate, Literal(plan.period.end.isoformat(), datatype=XSD.date))
    w.text(period, SKOS.prefLabel, plan.period.label)
    w.text(period, DCTERMS.description, plan.period.statement)
    actors_and_roles(w, plan)
    _component_plans(w, plan)
    key_concept(w, plan)
    help_types(w, plan)
    ideal_and_goals(w, plan)
    context(w, plan)


def _previous_edition(w: Writer, plan: Plan, edition: int) -> None:
    """The edition this plan revises, as a stub: its type, edition, publishers and the name this plan gives it.

    That name (第２期計画) is how this plan refers to it, not its title: an alternative label, so that a corpus
    holding both editions still gives that plan one skos:prefLabel per language, its own title.
    """
    previous = mint(w.base, "plans", plan.municipality, edition)
    w.add(w.plan_iri, PROV.wasRevisionOf, previous)
    w.add(previous, RDF.type, KZ.JointWelfarePlan)
    w.add(previous, KZ.edition, Literal(edition, datatype=XSD.positiveInteger))
    w.add(previous, SKOS.altLabel, Literal(f"第{_full_width(edition)}期計画", lang="ja"))
    w.add(previous, SKOS.altLabel, Literal(f"Edition {edition} of the plan", lang="en"))
    w.add(previous, DCTERMS.isReplacedBy, w.plan_iri)
    for publisher in plan.publishers:
        w.add(previous, DCTERMS.publisher, w.organisation(publisher))
    if plan.previous_edition_note is not None:
        w.text(previous, SKOS.editorialNote, plan.previous_edition_note)
        return
    w.add(previous, SKOS.editorialNote, Literal("計画書はこの版の題名・期間を記載していない。", lang="ja"))
    w.add(
        previous,
        SKOS.editorialNote,
        Literal(
            "Named in this plan's text only as the previous edition; its title and period are not given.",
            lang="en",
        ),
    )


def _component_plans(w: Writer, plan: Plan) -> None:
    for component in plan.component_plans:
        c = w.at(w.under_plan("component", component.id), component.line)
        kind = (
            KZ.RegionalWelfarePlan
            if component.kind == "regional-welfare-plan"
            else KZ.RegionalWelfareActivityPlan
        )
        w.add(w.plan_iri, KZ.componentPlan, c)
        w.add(c, RDF.type, kind)
        w.text(c, DCTERMS.title, component.title)
        w.text(c, SKOS.prefLabel, component.title)
        w.text(c, KZ.planCategory, component.category)
        w.add(c, DCTERMS.publisher, w.organisation(component.publisher))
        for scope in component.scope:
            w.text(c, SKOS.scopeNote, scope)
        if component.id == plan.citizen_actions_plan:
            w.text(c, SKOS.editorialNote, plan.citizen_actions_note)
    components = [w.under_plan("component", c.id) for c in plan.component_plans]
    for a, b in itertools.pairwise(components):
        w.add(a, DCTERMS.relation, b)
        w.add(b, DCTERMS.relation, a)


def _retired(w: Writer) -> None:
    """Published IRIs retired since: deprecated, with their replacement (cool IRIs don't change)."""
    for old in w.file.retired:
        iri = w.at(mint(w.base, *old.iri.split("/")), old.line)
        w.add(iri, OWL.deprecated, Literal(True))
        if old.replaced_by:
            w.add(iri, DCTERMS.isReplacedBy, mint(w.base, *old.replaced_by.split("/")))
        w.text(iri, SKOS.editorialNote, old.note)


def _full_width(number: int) -> str:
    return str(number).translate(str.maketrans("0123456789", "０１２３４５６７８９"))
