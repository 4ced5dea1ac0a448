"""Records of a plan → an rdflib graph of the asserted, publishable data.

The graph uses our vocabulary (:data:`~kizuna_graph.terms.namespaces.KZ`) for the plan's structure and standard
vocabularies for everything they cover (SKOS labels and notations, DCTERMS, ORG, PROV, DCAT, vCard, IMI).
It holds no blank nodes: every node is minted by :func:`kizuna_graph.terms.iris.mint` under the base. Only asserted
triples are here; what follows from the ontology (inverses, super-properties…) is computed by the reasoning
module and published separately.
"""

from __future__ import annotations

import hashlib
import itertools
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, ORG, OWL, PROV, RDF, SKOS, XSD

from kizuna_graph.plan.model import CrossListing, Measure, Organisation, Plan, PlanFile, Policy, Text
from kizuna_graph.plan.view import CIRCLED
from kizuna_graph.terms.iris import DEFAULT_BASE, check_base, mint
from kizuna_graph.terms.namespaces import IC, KZ, SCHEMA, VCARD, bind_prefixes
from kizuna_graph.version import __version__

LANGUAGES = {
    "ja": URIRef("http://id.loc.gov/vocabulary/iso639-1/ja"),
    "en": URIRef("http://id.loc.gov/vocabulary/iso639-1/en"),
}


@dataclass
class BuildResult:
    """The asserted graph and, for reports, the source line of each plan element."""

    graph: Graph
    locations: dict[URIRef, int] = field(default_factory=dict)
    plan: URIRef | None = None
    dataset: URIRef | None = None


class _Builder:
    def __init__(self, plan_file: PlanFile, base: str, publisher: str | None = None) -> None:
        self.file = plan_file
        self.publisher = publisher
        self.base = check_base(base)
        self.g = bind_prefixes(Graph())
        self.result = BuildResult(self.g)
        plan = plan_file.plan
        self.plan_iri = mint(self.base, "plans", plan.municipality, plan.edition)
        self.result.plan = self.plan_iri
        self.orgs = {o.id: mint(self.base, "org", o.id) for o in plan_file.organisations}
        self.actors: dict[str, URIRef] = {}

    # helpers -------------------------------------------------------------------------------------------
    def add(self, s: URIRef, p: URIRef, o: URIRef | Literal) -> None:
        self.g.add((s, p, o))

    def text(self, s: URIRef, p: URIRef, text: Text | None) -> None:
        if text is None:
            return
        self.add(s, p, Literal(text.ja, lang="ja"))
        if text.en:
            self.add(s, p, Literal(text.en, lang="en"))

    def at(self, iri: URIRef, line: int) -> URIRef:
        self.result.locations[iri] = line
        return iri

    def under_plan(self, *segments: str | int) -> URIRef:
        return URIRef(f"{self.plan_iri}/" + str(mint("", *segments)))

    # the whole graph -----------------------------------------------------------------------------------
    def build(self) -> BuildResult:
        plan = self.file.plan
        for organisation in self.file.organisations:
            self.organisation(organisation)
        self.plan(plan)
        self.dataset(plan)
        self.retired()
        return self.result

    def retired(self) -> None:
        """Published IRIs retired since: deprecated, with their replacement (cool IRIs don't change)."""
        for old in self.file.retired:
            iri = self.at(mint(self.base, *old.iri.split("/")), old.line)
            self.add(iri, OWL.deprecated, Literal(True))
            if old.replaced_by:
                self.add(iri, DCTERMS.isReplacedBy, mint(self.base, *old.replaced_by.split("/")))
            self.text(iri, SKOS.editorialNote, old.note)

    def organisation(self, org: Organisation) -> None:
        iri = self.at(self.orgs[org.id], org.line)
        self.add(iri, RDF.type, ORG.FormalOrganization)
        self.add(iri, RDF.type, IC["法人型"] if org.kind == "social-welfare-corporation" else IC["組織型"])
        self.text(iri, SKOS.prefLabel, org.name)
        if org.homepage:
            self.add(iri, FOAF.homepage, URIRef(org.homepage))
        if org.local_government_code:
            # 全国地方公共団体コード: six digits with check digit; e-Stat's standard area code drops it.
            self.add(iri, DCTERMS.identifier, Literal(org.local_government_code))
            self.add(iri, ORG.identifier, Literal(org.local_government_code[:5]))
        if org.area:
            self.add(iri, DCTERMS.spatial, URIRef(org.area))
        self.text(iri, SKOS.editorialNote, org.editorial_note)
        if org.contact is None:
            return
        contact = org.contact
        unit = self.at(mint(self.base, "org", org.id, contact.id), contact.line)
        self.add(unit, RDF.type, ORG.OrganizationalUnit)
        self.add(unit, RDF.type, VCARD.Organization)
        self.add(unit, ORG.unitOf, iri)
        self.add(iri, ORG.hasUnit, unit)
        self.text(unit, SKOS.prefLabel, contact.name)
        self.text(unit, VCARD.fn, contact.name)
        address = mint(self.base, "org", org.id, contact.id, "address")
        self.add(unit, VCARD.hasAddress, address)
        self.add(address, RDF.type, VCARD.Address)
        self.add(address, VCARD["postal-code"], Literal(contact.address.postal_code))
        self.add(address, VCARD.region, Literal(contact.address.region, lang="ja"))
        self.add(address, VCARD.locality, Literal(contact.address.locality, lang="ja"))
        self.add(address, VCARD["street-address"], Literal(contact.address.street, lang="ja"))
        self.add(address, VCARD["country-name"], Literal("Japan", lang="en"))
        full = contact.address.region + contact.address.locality + contact.address.street
        self.add(address, VCARD.label, Literal(f"〒{contact.address.postal_code} {full}", lang="ja"))
        if contact.address.en:
            self.add(address, VCARD.label, Literal(contact.address.en, lang="en"))
        self.text(address, SKOS.editorialNote, contact.address.editorial_note)
        for kind, number in ((VCARD.Voice, contact.telephone), (VCARD.Fax, contact.fax)):
            if number is None:
                continue
            phone = mint(self.base, "org", org.id, contact.id, "fax" if kind == VCARD.Fax else "telephone")
            self.add(unit, VCARD.hasTelephone, phone)
            self.add(phone, RDF.type, kind)
            self.add(phone, VCARD.hasValue, URIRef("tel:+81-" + number.removeprefix("0")))
            self.add(phone, SKOS.notation, Literal(number))
        if contact.website:
            self.add(unit, VCARD.hasURL, URIRef(contact.website))

    def plan(self, plan: Plan) -> None:
        p = self.at(self.plan_iri, plan.line)
        self.add(p, RDF.type, KZ.JointWelfarePlan)
        self.text(p, DCTERMS.title, plan.title)
        self.text(p, SKOS.prefLabel, plan.title)
        self.text(p, DCTERMS.alternative, plan.alternative_title)
        self.text(p, DCTERMS.description, plan.joint_statement)
        self.text(p, SKOS.note, plan.review_statement)
        self.add(p, KZ.projectId, Literal(f"{plan.municipality}-{plan.edition}"))
        for publisher in plan.publishers:
            self.add(p, DCTERMS.publisher, self.orgs.get(publisher, mint(self.base, "org", publisher)))
            contact = self._contact_of(publisher)
            if contact is not None:
                self.add(p, DCAT.contactPoint, contact)
        self.add(p, KZ.edition, Literal(plan.edition, datatype=XSD.positiveInteger))
        if plan.previous_edition is not None:
            previous = mint(self.base, "plans", plan.municipality, plan.previous_edition)
            self.add(p, PROV.wasRevisionOf, previous)
            self.add(previous, RDF.type, KZ.JointWelfarePlan)
            self.add(previous, KZ.edition, Literal(plan.previous_edition, datatype=XSD.positiveInteger))
            # how this plan names the edition it revises, not that edition's own title: an alternative label, so
            # that a corpus holding both editions still gives that plan one skos:prefLabel per language
            self.add(
                previous, SKOS.altLabel, Literal(f"第{_full_width(plan.previous_edition)}期計画", lang="ja")
            )
            self.add(
                previous, SKOS.altLabel, Literal(f"Edition {plan.previous_edition} of the plan", lang="en")
            )
            self.add(previous, DCTERMS.isReplacedBy, p)
            for publisher in plan.publishers:
                self.add(
                    previous, DCTERMS.publisher, self.orgs.get(publisher, mint(self.base, "org", publisher))
                )
            if plan.previous_edition_note is not None:
                self.text(previous, SKOS.editorialNote, plan.previous_edition_note)
            else:
                self.add(
                    previous,
                    SKOS.editorialNote,
                    Literal("計画書はこの版の題名・期間を記載していない。", lang="ja"),
                )
                self.add(
                    previous,
                    SKOS.editorialNote,
                    Literal(
                        "Named in this plan's text only as the previous edition; its title and period are not "
                        "given.",
                        lang="en",
                    ),
                )
        period = self.at(self.under_plan("period"), plan.period.line)
        self.add(p, DCTERMS.temporal, period)
        self.add(period, RDF.type, DCTERMS.PeriodOfTime)
        self.add(period, DCAT.startDate, Literal(plan.period.start.isoformat(), datatype=XSD.date))
        self.add(period, DCAT.endDate, Literal(plan.period.end.isoformat(), datatype=XSD.date))
        self.text(period, SKOS.prefLabel, plan.period.label)
        self.text(period, DCTERMS.description, plan.period.statement)
        self.actors_and_roles(plan)
        for component in plan.component_plans:
            c = self.at(self.under_plan("component", component.id), component.line)
            kind = (
                KZ.RegionalWelfarePlan
                if component.kind == "regional-welfare-plan"
                else KZ.RegionalWelfareActivityPlan
            )
            self.add(p, KZ.componentPlan, c)
            self.add(c, RDF.type, kind)
            self.text(c, DCTERMS.title, component.title)
            self.text(c, SKOS.prefLabel, component.title)
            self.text(c, KZ.planCategory, component.category)
            self.add(
                c,
                DCTERMS.publisher,
                self.orgs.get(component.publisher, mint(self.base, "org", component.publisher)),
            )
            for scope in component.scope:
                self.text(c, SKOS.scopeNote, scope)
            if component.id == plan.citizen_actions_plan:
                self.text(c, SKOS.editorialNote, plan.citizen_actions_note)
        components = [self.under_plan("component", c.id) for c in plan.component_plans]
        for a, b in itertools.pairwise(components):
            self.add(a, DCTERMS.relation, b)
            self.add(b, DCTERMS.relation, a)
        self.key_concept(plan)
        self.help_types(plan)
        self.ideal_and_goals(plan)
        self.context(plan)

    def _contact_of(self, org_id: str) -> URIRef | None:
        for org in self.file.organisations:
            if org.id == org_id and org.contact is not None:
                return mint(self.base, "org", org.id, org.contact.id)
        return None

    def actors_and_roles(self, plan: Plan) -> None:
        for actor in plan.actors:
            if actor.organisation is not None:
                iri = self.orgs.get(actor.organisation, mint(self.base, "org", actor.organisation))
                self.text(iri, SKOS.altLabel, actor.label)
            else:
                iri = self.under_plan("actor", actor.id)
                self.text(iri, SKOS.prefLabel, actor.label)
            self.at(iri, actor.line)
            self.actors[actor.id] = iri
            self.add(self.plan_iri, KZ.planActor, iri)  # the shapes check each action's actor against these
            self.add(iri, RDF.type, KZ.Actor)
            self.add(iri, KZ.projectId, Literal(actor.id))
            for alt in actor.alt_labels:
                self.text(iri, SKOS.altLabel, alt)
            self.text(iri, SKOS.editorialNote, actor.note)
        roles = self.under_plan("roles")
        if plan.roles:
            self.add(roles, RDF.type, SKOS.Collection)
            self.text(roles, SKOS.prefLabel, plan.roles_title)
            self.text(roles, DCTERMS.description, plan.roles_statement)
        for position, role in enumerate(plan.roles, start=1):
            r = self.at(self.under_plan("role", role.id), role.line)
            self.add(roles, SKOS.member, r)
            self.add(r, RDF.type, KZ.ActorRole)
            self.add(r, KZ.position, Literal(position, datatype=XSD.positiveInteger))
            self.text(r, SKOS.prefLabel, role.label)
            self.text(r, DCTERMS.description, role.description)
            self.text(r, SKOS.editorialNote, role.note)
            for holder in role.holders:
                holder_iri = self.actor_iri(holder)
                self.add(r, KZ.roleOf, holder_iri)
                self.add(holder_iri, KZ.playsRole, r)

    def actor_iri(self, actor: str) -> URIRef:
        return self.actors.get(actor) or self.under_plan("actor", actor)

    def key_concept(self, plan: Plan) -> None:
        concept = plan.key_concept
        if concept is None:
            return
        c = self.at(self.under_plan("concept", concept.id), concept.line)
        self.add(self.plan_iri, KZ.keyConcept, c)
        self.add(c, RDF.type, SKOS.Concept)
        self.text(c, SKOS.prefLabel, concept.label)
        self.text(c, SKOS.definition, concept.definition)
        self.text(c, SKOS.scopeNote, concept.scope_note)
        if concept.illustration is not None:
            image = self.under_plan("concept", concept.id, "illustration")
            self.add(c, FOAF.depiction, image)
            self.add(image, RDF.type, KZ.PlanStatement)
            self.text(image, SKOS.prefLabel, concept.illustration.title)
            for label in concept.illustration.labels:
                self.text(image, SCHEMA.keywords, label)

    def help_types(self, plan: Plan) -> None:
        """The four layers as neutral concepts; this plan's wording and links on resources of this plan."""
        scheme_iri = mint(self.base, "help-type")
        self.add(scheme_iri, RDF.type, SKOS.ConceptScheme)
        self.text(scheme_iri, SKOS.prefLabel, plan.help_types.scheme_label)
        wording_scheme = self.under_plan("help-types")
        self.add(self.plan_iri, KZ.helpTypeScheme, wording_scheme)
        self.add(wording_scheme, RDF.type, SKOS.Collection)
        self.text(wording_scheme, SKOS.prefLabel, plan.help_types.title)
        self.text(wording_scheme, SKOS.editorialNote, plan.help_types.note)
        for position, help_type in enumerate(plan.help_types.types, start=1):
            h = self.at(mint(self.base, "help-type", help_type.id), help_type.line)
            self.add(h, RDF.type, KZ.HelpType)
            self.add(h, SKOS.inScheme, scheme_iri)
            self.add(h, SKOS.topConceptOf, scheme_iri)
            self.add(scheme_iri, SKOS.hasTopConcept, h)
            self.add(h, KZ.projectId, Literal(help_type.id))
            self.add(h, KZ.position, Literal(position, datatype=XSD.positiveInteger))
            self.text(h, SKOS.prefLabel, help_type.label)
            self.add(h, SKOS.altLabel, Literal(help_type.reading, lang="ja-Hira"))
            w = self.under_plan("help-types", help_type.id)
            self.add(wording_scheme, SKOS.member, w)
            self.add(w, RDF.type, KZ.HelpTypeWording)
            self.add(w, KZ.wordingOf, h)
            self.add(w, DCTERMS.source, self.plan_iri)
            self.text(w, SKOS.prefLabel, help_type.label)
            self.text(w, SKOS.definition, help_type.description)
            self.text(w, SKOS.example, help_type.example)
            self.text(w, SKOS.editorialNote, help_type.note)

    def element(
        self,
        iri: URIRef,
        kind: URIRef,
        code: str,
        line: int,
        position: int | None,
        printed: str | None = None,
    ) -> URIRef:
        """An element of the outline: ``code`` is the project's reference code (kz:referenceCode, derived from
        positions); ``printed`` the number the plan prints (skos:notation), if it prints one."""
        self.at(iri, line)
        self.add(iri, RDF.type, kind)
        self.add(iri, SKOS.inScheme, self.plan_iri)
        self.add(iri, KZ.referenceCode, Literal(code))
        if printed is not None:
            self.add(iri, SKOS.notation, Literal(printed))
        if position is not None:
            self.add(iri, KZ.position, Literal(position, datatype=XSD.positiveInteger))
        return iri

    def ideal_and_goals(self, plan: Plan) -> None:
        ideal = self.element(self.under_plan("ideal"), KZ.BasicIdeal, "0", plan.ideal.line, None)
        self.help_type_links(plan)
        self.add(self.plan_iri, KZ.basicIdeal, ideal)
        self.text(ideal, SKOS.prefLabel, plan.ideal.label)
        self.text(ideal, KZ.subtitle, plan.ideal.subtitle)
        self.text(ideal, DCTERMS.description, plan.ideal.description)
        for goal in plan.goals:
            g = self.element(
                self.under_plan("goal", goal.number),
                KZ.BasicGoal,
                str(goal.number),
                goal.line,
                goal.number,
                printed=str(goal.number),
            )
            self.add(self.plan_iri, KZ.hasGoal, g)
            self.text(g, SKOS.prefLabel, goal.label)
            self.text(g, DCTERMS.description, goal.description)
            for policy in goal.policies:
                self.policy(g, goal.number, policy)
        for goal in plan.goals:
            for policy in goal.policies:
                for listing in policy.cross_listings:
                    self.listing(goal.number, policy, listing)

    def listing(self, goal: int, policy: Policy, listing: CrossListing) -> None:
        """A second listing of a measure under ``policy``: a qualified node, flagged as a reading of the layout.

        The measure keeps its one primary parent (kz:hasMeasure); the listing names the policy, the position
        in its list (after its own measures), the evidence in the source text and a note. Totals count the
        measure's actions once; only a query that asks per listing sees the listing.
        """
        policy_iri = self.under_plan("policy", f"{goal}-{policy.number}")
        iri = self.at(
            self.under_plan("policy", f"{goal}-{policy.number}", "listing", listing.measure), listing.line
        )
        position = len(policy.measures) + policy.cross_listings.index(listing) + 1
        self.add(iri, RDF.type, KZ.MeasureListing)
        self.add(iri, RDF.type, KZ.LayoutReading)
        self.add(policy_iri, KZ.hasListing, iri)
        self.add(iri, KZ.listedMeasure, self.under_plan("measure", listing.measure))
        self.add(iri, KZ.listingPolicy, policy_iri)
        self.add(iri, KZ.position, Literal(position, datatype=XSD.positiveInteger))
        self.add(
            iri,
            SKOS.prefLabel,
            Literal(f"施策{goal}-{policy.number}の下の二つ目の掲載（紙面の読み取り）", lang="ja"),
        )
        self.add(
            iri,
            SKOS.prefLabel,
            Literal(
                f"Second listing under policy {goal}-{policy.number} (a reading of the layout)", lang="en"
            ),
        )
        if listing.evidence:
            self.add(iri, KZ.evidence, Literal(listing.evidence))
        self.text(iri, SKOS.editorialNote, listing.note)
        if self.file.source is not None:
            self.add(iri, DCTERMS.source, self.source_document())

    def source_document(self) -> URIRef:
        return mint(self.base, "dataset", self.file.dataset.slug, "source", "document")

    def help_type_links(self, plan: Plan) -> None:
        """The places where the plan itself ties a part of it to layers of help, each with its quote."""
        for link in plan.help_types.links:
            element = self.linked_element(link.element)
            for help_type in link.help_types:
                h = mint(self.base, "help-type", help_type)
                self.add(element, KZ.namesHelpType, h)
                statement = self.at(
                    URIRef(f"{element}/" + str(mint("", "names-help-type", help_type))), link.line
                )
                self.add(statement, RDF.type, KZ.HelpTypeStatement)
                self.add(statement, KZ.statedIn, element)
                self.add(statement, KZ.namesHelpType, h)
                self.text(statement, KZ.quote, link.quote)

    def linked_element(self, name: str) -> URIRef:
        kind, _, rest = name.partition(":")
        if kind == "ideal":
            return self.under_plan("ideal")
        if kind == "key-concept" and self.file.plan.key_concept is not None:
            return self.under_plan("concept", self.file.plan.key_concept.id)
        if kind == "policy":
            return self.under_plan("policy", rest)
        return self.under_plan("direction", rest)

    def policy(self, goal_iri: URIRef, goal: int, policy: Policy) -> None:
        notation = f"{goal}-{policy.number}"
        p = self.element(
            self.under_plan("policy", notation),
            KZ.Policy,
            notation,
            policy.line,
            policy.number,
            printed=notation,
        )
        self.add(goal_iri, KZ.hasPolicy, p)
        self.text(p, SKOS.prefLabel, policy.label)
        self.text(p, DCTERMS.description, policy.description)
        plan = self.file.plan
        for action in policy.citizen_actions:
            a = self.element(
                self.under_plan("citizen-action", action.id),
                KZ.CitizenAction,
                f"{notation}-citizen-{action.number}",
                action.line,
                action.number,
            )
            self.add(a, DCTERMS.identifier, Literal(action.id))
            self.add(p, KZ.hasCitizenAction, a)
            for actor in plan.citizen_actors:
                self.add(a, KZ.actor, self.actor_iri(actor))
            if plan.citizen_actions_plan is not None:
                self.add(a, KZ.inComponentPlan, self.under_plan("component", plan.citizen_actions_plan))
            self.text(a, SKOS.prefLabel, action.text)
        for measure in policy.measures:
            self.measure(p, notation, measure)

    def measure(self, policy_iri: URIRef, policy: str, measure: Measure) -> None:
        notation = f"{policy}-{measure.number}"
        m = self.element(
            self.under_plan("measure", measure.id), KZ.Measure, notation, measure.line, measure.number
        )
        self.add(m, DCTERMS.identifier, Literal(measure.id))
        self.add(policy_iri, KZ.hasMeasure, m)
        self.text(m, SKOS.prefLabel, measure.title)
        self.text(m, SKOS.editorialNote, measure.note)
        components = {c.actor: c.id for c in self.file.plan.component_plans}
        for action in measure.actions:
            a = self.element(
                self.under_plan("action", action.id),
                KZ.NumberedAction,
                f"{notation}-{action.actor}-{action.number}",
                action.line,
                None,
                printed=CIRCLED[action.number - 1] if action.number <= len(CIRCLED) else None,
            )
            self.add(a, DCTERMS.identifier, Literal(action.id))
            self.add(m, KZ.hasAction, a)
            self.add(a, KZ.actor, self.actor_iri(action.actor))
            if action.actor in components:
                self.add(a, KZ.inComponentPlan, self.under_plan("component", components[action.actor]))
            self.add(a, KZ.actionNumber, Literal(action.number, datatype=XSD.positiveInteger))
            self.text(a, SKOS.prefLabel, action.text)

    def context(self, plan: Plan) -> None:
        lists = (
            (plan.current_issues, "current-issues", "current-issue", KZ.CurrentIssue, KZ.currentIssue),
            (plan.directions, "directions", "direction", KZ.Direction, KZ.direction),
        )
        for statements, collection_slug, item_slug, kind, link in lists:
            if statements is None:
                continue
            collection = self.under_plan(collection_slug)
            self.add(collection, RDF.type, SKOS.Collection)
            self.text(collection, SKOS.prefLabel, statements.title)
            self.text(collection, SKOS.editorialNote, statements.note)
            for number, item in enumerate(statements.items, start=1):
                s = self.at(self.under_plan(item_slug, item.id), item.line)
                self.add(self.plan_iri, link, s)
                self.add(collection, SKOS.member, s)
                self.add(s, RDF.type, kind)
                self.add(s, DCTERMS.identifier, Literal(item.id))
                self.add(s, KZ.position, Literal(number, datatype=XSD.positiveInteger))
                self.text(s, SKOS.prefLabel, item.text)
        if plan.evaluation is not None:
            evaluation = self.under_plan("evaluation")
            self.add(self.plan_iri, KZ.previousPlanEvaluation, evaluation)
            self.add(evaluation, RDF.type, KZ.PlanEvaluation)
            self.text(evaluation, SKOS.prefLabel, plan.evaluation.title)
            self.text(evaluation, SKOS.editorialNote, plan.evaluation.note)
            if plan.previous_edition is not None:
                self.add(
                    evaluation,
                    KZ.evaluatedPlan,
                    mint(self.base, "plans", plan.municipality, plan.previous_edition),
                )
            for slug, kind, items in (
                ("achievement", KZ.Achievement, plan.evaluation.achievements),
                ("challenge", KZ.Challenge, plan.evaluation.challenges),
            ):
                for number, item in enumerate(items, start=1):
                    f = self.at(self.under_plan("evaluation", slug, item.id), item.line)
                    self.add(evaluation, KZ.finding, f)
                    self.add(f, RDF.type, kind)
                    self.add(f, DCTERMS.identifier, Literal(item.id))
                    self.add(f, KZ.position, Literal(number, datatype=XSD.positiveInteger))
                    self.text(f, SKOS.prefLabel, item.text)
        if plan.related_plans is not None:
            self.text(self.plan_iri, SKOS.editorialNote, plan.related_plans.note)
            self.text(self.plan_iri, SKOS.editorialNote, plan.related_plans.others)
            for related in plan.related_plans.plans:
                # the plan names the edition of the comprehensive plan only (第２次); a sector plan is the one in
                # force beside this edition, so its IRI lies under this plan's IRI
                r = self.at(self.under_plan("related-plan", related.id), related.line)
                comprehensive = related.kind == "comprehensive"
                self.add(r, RDF.type, KZ.ComprehensivePlan if comprehensive else KZ.SectorPlan)
                self.add(self.plan_iri, KZ.upperPlan if comprehensive else KZ.relatedPlan, r)
                self.text(r, SKOS.prefLabel, related.label)
                self.add(r, DCTERMS.identifier, Literal(related.id))
                if related.edition is not None:
                    self.add(r, KZ.edition, Literal(related.edition, datatype=XSD.positiveInteger))
                self.text(r, SKOS.editorialNote, related.note)
                publisher = next((o for o in self.file.organisations if o.kind == "municipality"), None)
                if publisher is not None:
                    self.add(r, DCTERMS.publisher, self.orgs[publisher.id])
        if plan.pdca is not None:
            cycle = self.under_plan("pdca")
            self.add(cycle, RDF.type, SKOS.ConceptScheme)
            self.text(cycle, SKOS.prefLabel, plan.pdca.title)
            self.text(cycle, DCTERMS.description, plan.pdca.statement)
            phases = [self.under_plan("pdca", phase.id) for phase in plan.pdca.phases]
            for number, (phase, iri) in enumerate(zip(plan.pdca.phases, phases, strict=True), start=1):
                self.add(self.plan_iri, KZ.pdcaPhase, iri)
                self.add(iri, RDF.type, KZ.PDCAPhase)
                self.add(iri, SKOS.inScheme, cycle)
                self.add(iri, SKOS.notation, Literal(phase.notation))
                self.add(iri, KZ.position, Literal(number, datatype=XSD.positiveInteger))
                self.text(iri, SKOS.prefLabel, phase.label)
                self.add(iri, KZ.nextPhase, phases[number % len(phases)])

    def dataset_publisher(self) -> URIRef:
        """Who publishes the dataset: the configured organisation or IRI, else the kizuna_graph project."""
        configured = self.publisher or self.file.dataset.publisher
        if configured:
            if configured.startswith(("http://", "https://")):
                return URIRef(configured)
            return self.orgs.get(configured, mint(self.base, "org", configured))
        project = mint(self.base, "org", "kizuna-graph")
        self.add(project, RDF.type, FOAF.Project)
        self.add(project, RDF.type, PROV.Agent)
        self.add(project, SKOS.prefLabel, Literal("kizuna_graph プロジェクト", lang="ja"))
        self.add(project, SKOS.prefLabel, Literal("the kizuna_graph project", lang="en"))
        self.add(
            project,
            SKOS.note,
            Literal(
                "計画を策定した自治体・社会福祉協議会とは別の、計画を構造化データとして公開するプロジェクト。",
                lang="ja",
            ),
        )
        self.add(
            project,
            SKOS.note,
            Literal(
                "The project that publishes the plan as structured data; not the municipality or the council "
                "that drew it up.",
                lang="en",
            ),
        )
        return project

    def dataset(self, plan: Plan) -> None:
        meta = self.file.dataset
        d = mint(self.base, "dataset", meta.slug)
        self.result.dataset = d
        self.add(d, RDF.type, DCAT.Dataset)
        self.text(d, DCTERMS.title, meta.title)
        self.text(d, DCTERMS.description, meta.description)
        self.text(d, SKOS.note, meta.translation_note)
        self.text(d, DCTERMS.rights, meta.rights)
        self.text(d, SKOS.editorialNote, meta.editorial_note)
        self.add(d, DCTERMS.license, URIRef(meta.license))
        for language in LANGUAGES.values():
            self.add(d, DCTERMS.language, language)
        self.add(d, DCTERMS.publisher, self.dataset_publisher())
        for keyword in meta.keywords:
            self.text(d, DCAT.keyword, keyword)
        self.add(d, FOAF.primaryTopic, self.plan_iri)
        self.add(d, DCTERMS.temporal, self.under_plan("period"))
        for org in self.file.organisations:
            if org.area:
                self.add(d, DCTERMS.spatial, URIRef(org.area))
        # provenance: what the data was derived from, and the (deterministic) build that made it
        plan_file = mint(self.base, "dataset", meta.slug, "source", "plan-file")
        self.add(plan_file, RDF.type, PROV.Entity)
        self.add(plan_file, DCTERMS.identifier, Literal(Path(self.file.path).name))
        self.add(plan_file, DCTERMS["format"], Literal("application/yaml"))
        self.add(plan_file, SCHEMA.sha256, Literal(self.file.sha256))
        self.add(d, PROV.wasDerivedFrom, plan_file)
        used = [plan_file]
        if self.file.source is not None:
            doc = self.source_document()
            self.add(doc, RDF.type, PROV.Entity)
            self.add(doc, RDF.type, FOAF.Document)
            self.text(doc, DCTERMS.title, self.file.source.title)
            self.add(doc, DCTERMS.identifier, Literal(Path(self.file.source.file).name))
            self.add(doc, DCTERMS["format"], Literal("text/plain"))
            self.add(doc, SCHEMA.sha256, Literal(self.file.source.sha256))
            for publisher in plan.publishers:
                self.add(doc, DCTERMS.publisher, self.orgs.get(publisher, mint(self.base, "org", publisher)))
                self.add(doc, DCTERMS.creator, self.orgs.get(publisher, mint(self.base, "org", publisher)))
            self.add(d, PROV.wasDerivedFrom, doc)
            self.add(plan_file, PROV.wasDerivedFrom, doc)
            self.add(self.plan_iri, DCTERMS.source, doc)
            used.append(doc)
        software = mint(self.base, "software", "kizuna-graph", __version__)
        self.add(software, RDF.type, PROV.SoftwareAgent)
        self.add(software, SKOS.prefLabel, Literal("kizuna_graph"))
        self.add(software, SCHEMA.softwareVersion, Literal(__version__))
        digest = hashlib.sha256(
            "\n".join(
                [
                    self.file.sha256,
                    self.file.source.sha256 if self.file.source else "",
                    __version__,
                    self.base,
                ]
            ).encode()
        ).hexdigest()[:16]
        build = mint(self.base, "dataset", meta.slug, "build", digest)
        self.add(build, RDF.type, PROV.Activity)
        self.add(build, PROV.wasAssociatedWith, software)
        for entity in used:
            self.add(build, PROV.used, entity)
        self.add(d, PROV.wasGeneratedBy, build)


def build_graph(
    plan_file: PlanFile, *, base: str = DEFAULT_BASE, publisher: str | None = None
) -> BuildResult:
    """Build the asserted graph of one plan file under ``base``.

    ``publisher`` (an organisation id of the file or an http(s) IRI) names who publishes the dataset; by
    default the file's ``dataset.publisher``, else the kizuna_graph project.
    """
    return _Builder(plan_file, base, publisher).build()


def _full_width(number: int) -> str:
    return str(number).translate(str.maketrans("0123456789", "０１２３４５６７８９"))
