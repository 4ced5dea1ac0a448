"""Who acts in the plan (an organisation of the file, or a group such as 市民, under the plan's IRI) and the
roles the plan gives them, as a SKOS collection of :class:`kz:ActorRole`."""

from __future__ import annotations

from rdflib import Literal
from rdflib.namespace import DCTERMS, RDF, SKOS, XSD

from kizuna_graph.plan.build.writer import Writer
from kizuna_graph.plan.model import Plan
from kizuna_graph.terms.namespaces import KZ


def actors_and_roles(w: Writer, plan: Plan) -> None:
    for actor in plan.actors:
        if actor.organisation is not None:
            iri = w.organisation(actor.organisation)
            w.text(iri, SKOS.altLabel, actor.label)
        else:
            iri = w.under_plan("actor", actor.id)
            w.text(iri, SKOS.prefLabel, actor.label)
        w.at(iri, actor.line)
        w.actors[actor.id] = iri
        w.add(w.plan_iri, KZ.planActor, iri)  # the shapes check each action's actor against these
        w.add(iri, RDF.type, KZ.Actor)
        w.add(iri, KZ.projectId, Literal(actor.id))
        for alt in actor.alt_labels:
            w.text(iri, SKOS.altLabel, alt)
        w.text(iri, SKOS.editorialNote, actor.note)
    roles = w.under_plan("roles")
    if plan.roles:
        w.add(roles, RDF.type, SKOS.Collection)
        w.text(roles, SKOS.prefLabel, plan.roles_title)
        w.text(roles, DCTERMS.description, plan.roles_statement)
    for position, role in enumerate(plan.roles, start=1):
        r = w.at(w.under_plan("role", role.id), role.line)
        w.add(roles, SKOS.member, r)
        w.add(r, RDF.type, KZ.ActorRole)
        w.add(r, KZ.position, Literal(position, datatype=XSD.positiveInteger))
        w.text(r, SKOS.prefLabel, role.label)
        w.text(r, DCTERMS.description, role.description)
        w.text(r, SKOS.editorialNote, role.note)
        for holder in role.holders:
            holder_iri = w.actor_iri(holder)
            w.add(r, KZ.roleOf, holder_iri)
            w.add(holder_iri, KZ.playsRole, r)
