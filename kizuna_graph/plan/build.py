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
from rdflib.namespace import DCAT, DCTERMS, FOAF, ORG, PROV, RDF, SKOS, XSD

from kizuna_graph.plan.model import Measure, Organisation, Plan, PlanFile, Policy, Text
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
    def __init__(self, plan_file: PlanFile, base: str) -> None:
        self.file = plan_file
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
        return self.result

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
        self.add(p, SKOS.notation, Literal(f"{plan.municipality}-{plan.edition}"))
        for publisher in plan.publishers:
            self.add(p, DCTERMS.publisher, self.orgs.get(publisher, mint(self.base, "org", publisher)))
            contact = self._contact_of(publisher)
            if contact is not None:
                self.add(p, DCAT.contactPoint, contact)
        if plan.previous_edition is not None:
            previous = mint(self.base, "plans", plan.municipality, plan.previous_edition)
            self.add(p, PROV.wasRevisionOf, previous)
            self.add(previous, RDF.type, KZ.JointWelfarePlan)
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
            self.add(iri, SKOS.notation, Literal(actor.id))
            for alt in actor.alt_labels:
                self.text(iri, SKOS.altLabel, alt)
            for help_type in actor.help_types:
                # the layers of help the actor carries; its actions' kz:helpType follows by inference
                self.add(iri, KZ.actorHelpType, mint(self.base, "help-type", help_type))
        roles = self.under_plan("roles")
        if plan.roles:
            self.add(roles, RDF.type, SKOS.Collection)
            self.add(roles, SKOS.prefLabel, Literal("各主体の役割", lang="ja"))
            self.add(roles, SKOS.prefLabel, Literal("Roles of each actor", lang="en"))
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
        scheme_iri = mint(self.base, "help-type")
        self.add(scheme_iri, RDF.type, SKOS.ConceptScheme)
        self.text(scheme_iri, SKOS.prefLabel, plan.help_types.title)
        self.text(scheme_iri, SKOS.editorialNote, plan.help_types.note)
        self.add(scheme_iri, DCTERMS.source, self.plan_iri)
        for position, help_type in enumerate(plan.help_types.types, start=1):
            h = self.at(mint(self.base, "help-type", help_type.id), help_type.line)
            self.add(h, RDF.type, KZ.HelpType)
            self.add(h, SKOS.inScheme, scheme_iri)
            self.add(h, SKOS.topConceptOf, scheme_iri)
            self.add(scheme_iri, SKOS.hasTopConcept, h)
            self.add(h, SKOS.notation, Literal(help_type.id))
            self.add(h, KZ.position, Literal(position, datatype=XSD.positiveInteger))
            self.text(h, SKOS.prefLabel, help_type.label)
            self.add(h, SKOS.altLabel, Literal(help_type.reading, lang="ja-Hira"))
            self.text(h, SKOS.definition, help_type.description)
            self.text(h, SKOS.example, help_type.example)
            self.text(h, SKOS.editorialNote, help_type.note)

    def element(self, iri: URIRef, kind: URIRef, notation: str, line: int, position: int | None) -> URIRef:
        self.at(iri, line)
        self.add(iri, RDF.type, kind)
        self.add(iri, SKOS.inScheme, self.plan_iri)
        self.add(iri, SKOS.notation, Literal(notation))
        if position is not None:
            self.add(iri, KZ.position, Literal(position, datatype=XSD.positiveInteger))
        return iri

    def ideal_and_goals(self, plan: Plan) -> None:
        ideal = self.element(self.under_plan("ideal"), KZ.BasicIdeal, "0", plan.ideal.line, None)
        self.add(self.plan_iri, KZ.basicIdeal, ideal)
        self.text(ideal, SKOS.prefLabel, plan.ideal.label)
        self.text(ideal, KZ.subtitle, plan.ideal.subtitle)
        self.text(ideal, DCTERMS.description, plan.ideal.description)
        for goal in plan.goals:
            g = self.element(
                self.under_plan("goal", goal.number), KZ.BasicGoal, str(goal.number), goal.line, goal.number
            )
            self.add(self.plan_iri, KZ.hasGoal, g)
            self.text(g, SKOS.prefLabel, goal.label)
            self.text(g, DCTERMS.description, goal.description)
            for policy in goal.policies:
                self.policy(g, goal.number, policy)
        for goal in plan.goals:
            for policy in goal.policies:
                for listing in policy.cross_listings:
                    policy_iri = self.under_plan("policy", f"{goal.number}-{policy.number}")
                    measure = self.under_plan("measure", listing.notation)
                    self.add(policy_iri, KZ.hasMeasure, measure)
                    self.text(measure, SKOS.editorialNote, listing.note)

    def policy(self, goal_iri: URIRef, goal: int, policy: Policy) -> None:
        notation = f"{goal}-{policy.number}"
        p = self.element(self.under_plan("policy", notation), KZ.Policy, notation, policy.line, policy.number)
        self.add(goal_iri, KZ.hasPolicy, p)
        self.text(p, SKOS.prefLabel, policy.label)
        self.text(p, DCTERMS.description, policy.description)
        for action in policy.citizen_actions:
            a = self.element(
                self.under_plan("policy", notation, "citizen-action", action.number),
                KZ.CitizenAction,
                f"{notation}-citizen-{action.number}",
                action.line,
                action.number,
            )
            self.add(p, KZ.hasCitizenAction, a)
            if self.file.plan.citizen_actor is not None:
                self.add(a, KZ.actor, self.actor_iri(self.file.plan.citizen_actor))
            self.text(a, SKOS.prefLabel, action.text)
        for measure in policy.measures:
            self.measure(p, notation, measure)

    def measure(self, policy_iri: URIRef, policy: str, measure: Measure) -> None:
        notation = f"{policy}-{measure.number}"
        m = self.element(
            self.under_plan("measure", notation), KZ.Measure, notation, measure.line, measure.number
        )
        self.add(policy_iri, KZ.hasMeasure, m)
        self.text(m, SKOS.prefLabel, measure.title)
        self.text(m, SKOS.editorialNote, measure.note)
        for action in measure.actions:
            local = f"{action.actor}-{action.number}"
            iri, repeat = URIRef(f"{m}/" + str(mint("", local))), 1
            while iri in self.result.locations:  # a number given twice (only a lenient load lets it in):
                repeat += 1  # keep both actions, as city-1 and city-1.2, for the shapes to report
                iri = URIRef(f"{m}/" + str(mint("", f"{local}.{repeat}")))
            a = self.element(
                iri,
                KZ.NumberedAction,
                f"{notation}-{local}",
                action.line,
                None,
            )
            self.add(m, KZ.hasAction, a)
            self.add(a, KZ.actor, self.actor_iri(action.actor))
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
                s = self.under_plan(item_slug, number)
                self.add(self.plan_iri, link, s)
                self.add(collection, SKOS.member, s)
                self.add(s, RDF.type, kind)
                self.add(s, KZ.position, Literal(number, datatype=XSD.positiveInteger))
                self.text(s, SKOS.prefLabel, item)
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
                    f = self.under_plan("evaluation", slug, number)
                    self.add(evaluation, KZ.finding, f)
                    self.add(f, RDF.type, kind)
                    self.add(f, KZ.position, Literal(number, datatype=XSD.positiveInteger))
                    self.text(f, SKOS.prefLabel, item)
        if plan.related_plans is not None:
            self.text(self.plan_iri, SKOS.editorialNote, plan.related_plans.note)
            for related in plan.related_plans.plans:
                r = self.at(mint(self.base, "plans", plan.municipality, "related", related.id), related.line)
                comprehensive = related.kind == "comprehensive"
                self.add(r, RDF.type, KZ.ComprehensivePlan if comprehensive else KZ.SectorPlan)
                self.add(self.plan_iri, KZ.upperPlan if comprehensive else KZ.relatedPlan, r)
                self.text(r, SKOS.prefLabel, related.label)
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

    def dataset(self, plan: Plan) -> None:
        meta = self.file.dataset
        d = mint(self.base, "dataset", meta.slug)
        self.result.dataset = d
        self.add(d, RDF.type, DCAT.Dataset)
        self.text(d, DCTERMS.title, meta.title)
        self.text(d, DCTERMS.description, meta.description)
        self.text(d, SKOS.note, meta.translation_note)
        self.text(d, DCTERMS.rights, meta.rights)
        self.add(d, DCTERMS.license, URIRef(meta.license))
        for language in LANGUAGES.values():
            self.add(d, DCTERMS.language, language)
        if meta.publisher:
            self.add(
                d, DCTERMS.publisher, self.orgs.get(meta.publisher, mint(self.base, "org", meta.publisher))
            )
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
            doc = mint(self.base, "dataset", meta.slug, "source", "document")
            self.add(doc, RDF.type, PROV.Entity)
            self.add(doc, RDF.type, FOAF.Document)
            self.text(doc, DCTERMS.title, self.file.source.title)
            self.add(doc, DCTERMS.identifier, Literal(Path(self.file.source.file).name))
            self.add(doc, DCTERMS["format"], Literal("text/plain"))
            self.add(doc, SCHEMA.sha256, Literal(self.file.source.sha256))
            for publisher in plan.publishers:
                self.add(doc, DCTERMS.publisher, self.orgs.get(publisher, mint(self.base, "org", publisher)))
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


def build_graph(plan_file: PlanFile, *, base: str = DEFAULT_BASE) -> BuildResult:
    """Build the asserted graph of one plan file under ``base``."""
    return _Builder(plan_file, base).build()
