"""The plan's outline: the basic ideal, its goals, their policies, measures and actions (numbered actions of
the city or the council, citizen actions), and the second listings of a measure under another policy.

Each element gets its project reference code (``kz:referenceCode``, from positions), the number the plan prints
(``skos:notation``) where it prints one, and its position; its IRI is minted from its id or number.
"""

from __future__ import annotations

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, SKOS, XSD

from kizuna_graph.plan.build.helptypes import help_type_links
from kizuna_graph.plan.build.writer import Writer
from kizuna_graph.plan.model import CrossListing, Measure, Plan, Policy
from kizuna_graph.plan.view import CIRCLED
from kizuna_graph.terms.namespaces import KZ


def element(
    w: Writer,
    iri: URIRef,
    kind: URIRef,
    code: str,
    line: int,
    position: int | None,
    printed: str | None = None,
) -> URIRef:
    """An element of the outline: ``code`` is the project's reference code (kz:referenceCode, derived from
    positions); ``printed`` the number the plan prints (skos:notation), if it prints one."""
    w.at(iri, line)
    w.add(iri, RDF.type, kind)
    w.add(iri, SKOS.inScheme, w.plan_iri)
    w.add(iri, KZ.referenceCode, Literal(code))
    if printed is not None:
        w.add(iri, SKOS.notation, Literal(printed))
    if position is not None:
        w.add(iri, KZ.position, Literal(position, datatype=XSD.positiveInteger))
    return iri


def ideal_and_goals(w: Writer, plan: Plan) -> None:
    ideal = element(w, w.under_plan("ideal"), KZ.BasicIdeal, "0", plan.ideal.line, None)
    help_type_links(w, plan)
    w.add(w.plan_iri, KZ.basicIdeal, ideal)
    w.text(ideal, SKOS.prefLabel, plan.ideal.label)
    w.text(ideal, KZ.subtitle, plan.ideal.subtitle)
    w.text(ideal, DCTERMS.description, plan.ideal.description)
    for goal in plan.goals:
        g = element(
            w,
            w.under_plan("goal", goal.number),
            KZ.BasicGoal,
            str(goal.number),
            goal.line,
            goal.number,
            printed=str(goal.number),
        )
        w.add(w.plan_iri, KZ.hasGoal, g)
        w.text(g, SKOS.prefLabel, goal.label)
        w.text(g, DCTERMS.description, goal.description)
        for policy in goal.policies:
            _policy(w, plan, g, goal.number, policy)
    for goal in plan.goals:
        for policy in goal.policies:
            for listing in policy.cross_listings:
                _listing(w, goal.number, policy, listing)


def _listing(w: Writer, goal: int, policy: Policy, listing: CrossListing) -> None:
    """A second listing of a measure under ``policy``: a qualified node, flagged as a reading of the layout.

    The measure keeps its one primary parent (kz:hasMeasure); the listing names the policy, the position
    in its list (after its own measures), the evidence in the source text and a note. Totals count the
    measure's actions once; only a query that asks per listing sees the listing.
    """
    policy_iri = w.under_plan("policy", f"{goal}-{policy.number}")
    iri = w.at(w.under_plan("policy", f"{goal}-{policy.number}", "listing", listing.measure), listing.line)
    position = len(policy.measures) + policy.cross_listings.index(listing) + 1
    w.add(iri, RDF.type, KZ.MeasureListing)
    w.add(iri, RDF.type, KZ.LayoutReading)
    w.add(policy_iri, KZ.hasListing, iri)
    w.add(iri, KZ.listedMeasure, w.under_plan("measure", listing.measure))
    w.add(iri, KZ.listingPolicy, policy_iri)
    w.add(iri, KZ.position, Literal(position, datatype=XSD.positiveInteger))
    w.add(
        iri,
        SKOS.prefLabel,
        Literal(f"施策{goal}-{policy.number}の下の二つ目の掲載（紙面の読み取り）", lang="ja"),
    )
    w.add(
        iri,
        SKOS.prefLabel,
        Literal(f"Second listing under policy {goal}-{policy.number} (a reading of the layout)", lang="en"),
    )
    if listing.evidence:
        w.add(iri, KZ.evidence, Literal(listing.evidence))
    w.text(iri, SKOS.editorialNote, listing.note)
    if w.file.source is not None:
        w.add(iri, DCTERMS.source, w.source_document())


def _policy(w: Writer, plan: Plan, goal_iri: URIRef, goal: int, policy: Policy) -> None:
    notation = f"{goal}-{policy.number}"
    p = element(
        w, w.under_plan("policy", notation), KZ.Policy, notation, policy.line, policy.number, printed=notation
    )
    w.add(goal_iri, KZ.hasPolicy, p)
    w.text(p, SKOS.prefLabel, policy.label)
    w.text(p, DCTERMS.description, policy.description)
    for action in policy.citizen_actions:
        a = element(
            w,
            w.under_plan("citizen-action", action.id),
            KZ.CitizenAction,
            f"{notation}-citizen-{action.number}",
            action.line,
            action.number,
        )
        w.add(a, DCTERMS.identifier, Literal(action.id))
        w.add(p, KZ.hasCitizenAction, a)
        for actor in plan.citizen_actors:
            w.add(a, KZ.actor, w.actor_iri(actor))
        if plan.citizen_actions_plan is not None:
            w.add(a, KZ.inComponentPlan, w.under_plan("component", plan.citizen_actions_plan))
        w.text(a, SKOS.prefLabel, action.text)
    for measure in policy.measures:
        _measure(w, plan, p, notation, measure)


def _measure(w: Writer, plan: Plan, policy_iri: URIRef, policy: str, measure: Measure) -> None:
    notation = f"{policy}-{measure.number}"
    m = element(w, w.under_plan("measure", measure.id), KZ.Measure, notation, measure.line, measure.number)
    w.add(m, DCTERMS.identifier, Literal(measure.id))
    w.add(policy_iri, KZ.hasMeasure, m)
    w.text(m, SKOS.prefLabel, measure.title)
    w.text(m, SKOS.editorialNote, measure.note)
    components = {c.actor: c.id for c in plan.component_plans}
    for action in measure.actions:
        a = element(
            w,
            w.under_plan("action", action.id),
            KZ.NumberedAction,
            f"{notation}-{action.actor}-{action.number}",
            action.line,
            None,
            printed=CIRCLED[action.number - 1] if action.number <= len(CIRCLED) else None,
        )
        w.add(a, DCTERMS.identifier, Literal(action.id))
        w.add(m, KZ.hasAction, a)
        w.add(a, KZ.actor, w.actor_iri(action.actor))
        if action.actor in components:
            w.add(a, KZ.inComponentPlan, w.under_plan("component", components[action.actor]))
        w.add(a, KZ.actionNumber, Literal(action.number, datatype=XSD.positiveInteger))
        w.text(a, SKOS.prefLabel, action.text)
