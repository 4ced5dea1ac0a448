"""The rows of the CSV tables, read from the plan graph: one function per table, one dict per row.

Cells are strings (several values joined by the column's separator); an absent value is an empty cell. Rows
come in the plan's order (by notation, numbers compared as numbers). What each column means, and which triple
it stands for, is in ``catalog/csv-tables.yaml``; :mod:`kizuna_graph.export.csvw` writes the files.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCAT, DCTERMS, ORG, RDF, SKOS
from rdflib.term import Node

from kizuna_graph.plan.view import Kind, PlanView, read_view
from kizuna_graph.terms.namespaces import KZ, VCARD

Row = dict[str, str]


def _text(graph: Graph, node: Node | None, predicate: URIRef, lang: str) -> str:
    if node is None:
        return ""
    values = sorted(
        str(o) for o in graph.objects(node, predicate) if isinstance(o, Literal) and o.language == lang
    )
    return values[0] if values else ""


def _value(graph: Graph, node: Node | None, predicate: URIRef) -> str:
    value = graph.value(node, predicate) if node is not None else None
    return "" if value is None else str(value)


def _join(values: Iterable[str], separator: str = ";") -> str:
    return separator.join(values)


def circled(number: int) -> str:
    """①…⑳ for 1…20 (the plan numbers its actions so), else the number in parentheses."""
    return chr(0x2460 + number - 1) if 1 <= number <= 20 else f"({number})"


def short_name(graph: Graph, actor: Node) -> str:
    """The shortest Japanese alternative label (市, 社協), as the plan heads its columns of actions."""
    labels = sorted(
        (
            str(o)
            for o in graph.objects(actor, SKOS.altLabel)
            if isinstance(o, Literal) and o.language == "ja"
        ),
        key=len,
    )
    return labels[0] if labels else _text(graph, actor, SKOS.prefLabel, "ja")


class Context:
    """What every row shares: the plan, the municipality that drew it up, and the plan's structure."""

    def __init__(self, graph: Graph) -> None:
        self.graph = graph
        self.structure: PlanView = read_view(graph)
        self.plan = self.structure.plan
        publishers = sorted(graph.objects(self.plan, DCTERMS.publisher), key=str)
        coded = [p for p in publishers if graph.value(p, DCTERMS.identifier) is not None]
        self.municipality: URIRef | None = coded[0] if coded and isinstance(coded[0], URIRef) else None

    def common(self, iri: URIRef, *, notation: str | None = None) -> Row:
        graph = self.graph
        return {
            "local_government_code": _value(graph, self.municipality, DCTERMS.identifier),
            "id": notation if notation is not None else _value(graph, iri, KZ.referenceCode),
            "municipality": _text(graph, self.municipality, SKOS.prefLabel, "ja"),
            "plan": _text(graph, self.plan, SKOS.prefLabel, "ja"),
            "iri": str(iri),
        }

    def labels(self, iri: Node, prefix: str, predicate: URIRef = SKOS.prefLabel) -> Row:
        return {
            f"{prefix}_ja": _text(self.graph, iri, predicate, "ja"),
            f"{prefix}_en": _text(self.graph, iri, predicate, "en"),
        }


def _actions(ctx: Context) -> list[Row]:
    graph, structure = ctx.graph, ctx.structure
    rows = []
    for action in structure.of_kind(Kind.ACTION):
        (measure,) = structure.ancestors(action.iri, Kind.MEASURE)
        policy = structure.ancestors(measure.iri, Kind.POLICY)[0]  # the first: where the plan prints it
        (goal,) = structure.ancestors(policy.iri, Kind.GOAL)
        actor = graph.value(action.iri, KZ.actor)
        number = int(_value(graph, action.iri, KZ.actionNumber) or 0)
        rows.append(
            {
                **ctx.common(action.iri),
                "goal_number": goal.notation,
                "goal": goal.label.ja,
                "policy_number": policy.notation,
                "policy": policy.label.ja,
                "measure_number": measure.notation,
                "measure": measure.label.ja,
                "actor": _text(graph, actor, SKOS.prefLabel, "ja"),
                "number": str(number),
                "number_as_printed": short_name(graph, actor) + circled(number) if actor is not None else "",
                "text_ja": action.label.ja,
                "text_en": action.label.en or "",
                "goal_iri": str(goal.iri),
                "policy_iri": str(policy.iri),
                "measure_iri": str(measure.iri),
                "actor_iri": "" if actor is None else str(actor),
            }
        )
    return rows


def _goals(ctx: Context) -> list[Row]:
    return [
        {
            **ctx.common(goal.iri),
            **ctx.labels(goal.iri, "title"),
            **ctx.labels(goal.iri, "description", DCTERMS.description),
        }
        for goal in ctx.structure.of_kind(Kind.GOAL)
    ]


def _policies(ctx: Context) -> list[Row]:
    rows = []
    for policy in ctx.structure.of_kind(Kind.POLICY):
        (goal,) = ctx.structure.ancestors(policy.iri, Kind.GOAL)
        rows.append(
            {
                **ctx.common(policy.iri),
                "goal_number": goal.notation,
                "goal_iri": str(goal.iri),
                **ctx.labels(policy.iri, "title"),
                **ctx.labels(policy.iri, "description", DCTERMS.description),
            }
        )
    return rows


def _measures(ctx: Context) -> list[Row]:
    rows = []
    for measure in ctx.structure.of_kind(Kind.MEASURE):
        policies = ctx.structure.ancestors(measure.iri, Kind.POLICY)
        rows.append(
            {
                **ctx.common(measure.iri),
                "policy_number": _join(p.notation for p in policies),
                "policy_iri": _join(str(p.iri) for p in policies),
                **ctx.labels(measure.iri, "title"),
                "actions": str(len(ctx.structure.children_of(measure.iri, Kind.ACTION))),
            }
        )
    return rows


def _citizen_actions(ctx: Context) -> list[Row]:
    rows = []
    for action in ctx.structure.of_kind(Kind.CITIZEN_ACTION):
        (policy,) = ctx.structure.ancestors(action.iri, Kind.POLICY)
        rows.append(
            {
                **ctx.common(action.iri),
                "policy_number": policy.notation,
                "policy_iri": str(policy.iri),
                "number": _value(ctx.graph, action.iri, KZ.position),
                "text_ja": action.label.ja,
                "text_en": action.label.en or "",
            }
        )
    return rows


def _segment(iri: Node) -> str:
    return str(iri).rstrip("/").rsplit("/", 1)[-1]


def _roles(ctx: Context) -> list[Row]:
    graph = ctx.graph
    roles = [r for r in graph.subjects(RDF.type, KZ.ActorRole) if isinstance(r, URIRef)]
    rows = []
    for role in sorted(roles, key=lambda r: (int(_value(graph, r, KZ.position) or 0), str(r))):
        actors = sorted(graph.objects(role, KZ.roleOf), key=str)
        rows.append(
            {
                **ctx.common(role, notation=_segment(role)),
                "number": _value(graph, role, KZ.position),
                "actor": _join(_text(graph, a, SKOS.prefLabel, "ja") for a in actors),
                "actor_iri": _join(str(a) for a in actors),
                **ctx.labels(role, "title"),
                **ctx.labels(role, "description", DCTERMS.description),
            }
        )
    return rows


def _contacts(ctx: Context) -> list[Row]:
    graph = ctx.graph
    rows = []
    for contact in sorted(graph.objects(ctx.plan, DCAT.contactPoint), key=str):
        assert isinstance(contact, URIRef)
        phones = list(graph.objects(contact, VCARD.hasTelephone))
        fax = next((p for p in phones if (p, RDF.type, VCARD.Fax) in graph), None)
        voice = next((p for p in phones if (p, RDF.type, VCARD.Voice) in graph), None)
        address = graph.value(contact, VCARD.hasAddress)
        organisation = graph.value(contact, ORG.unitOf)
        rows.append(
            {
                **ctx.common(contact, notation=_segment(contact)),
                **ctx.labels(contact, "name", VCARD.fn),
                "postal_code": _value(graph, address, VCARD["postal-code"]),
                "address": _text(graph, address, VCARD.label, "ja"),
                "telephone": _value(graph, voice, SKOS.notation),
                "fax": _value(graph, fax, SKOS.notation),
                "website": _value(graph, contact, VCARD.hasURL),
                "organisation_iri": "" if organisation is None else str(organisation),
                "address_iri": "" if address is None else str(address),
                "telephone_iri": "" if voice is None else str(voice),
                "fax_iri": "" if fax is None else str(fax),
            }
        )
    return rows


#: The tables by name, in the order of ``catalog/csv-tables.yaml``.
TABLES: dict[str, Callable[[Context], list[Row]]] = {
    "actions": _actions,
    "goals": _goals,
    "policies": _policies,
    "measures": _measures,
    "citizen-actions": _citizen_actions,
    "roles": _roles,
    "contacts": _contacts,
}

__all__ = ["TABLES", "Context", "Row", "circled", "short_name"]
