"""Friendly JSON (``{slug}.json``): the plan as a tree of plain keys that ``json.load`` is enough for.

The plan graph is framed with pyld (JSON-LD 1.1 framing) from the plan down — ``goals`` → ``policies`` →
``measures`` → ``actions``, and each policy's ``citizen_actions`` — with a context of plain keys
(``label_ja``, ``label_en``, ``description_ja``, ``number``, ``actor``…), IRIs of other resources as plain
strings, and numbers as JSON numbers. Everything else the graph says (organisations, roles, help types,
the period, the dataset's provenance…) follows under ``included``, so that the document is still JSON-LD
and expands to exactly the triples of the plan graph (a test holds this). Arrays follow the plan's order.
Nothing is fetched: the context is inline and pyld's document loader refuses every URL.
"""

from __future__ import annotations

import json
from typing import Any

from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from kizuna_graph.export.serialize import sorted_json
from kizuna_graph.plan.view import notation_key
from kizuna_graph.terms.namespaces import KZ, PREFIXES

#: keys whose values are numbers in the friendly JSON (xsd:positiveInteger in the graph)
NUMERIC_KEYS = ("number", "position")

_LANGUAGE_TERMS = {
    "label": "skos:prefLabel",
    "alt_label": "skos:altLabel",
    "description": "dcterms:description",
    "title": "dcterms:title",
    "alternative": "dcterms:alternative",
    "scope_note": "skos:scopeNote",
    "note": "skos:note",
    "editorial_note": "skos:editorialNote",
    "definition": "skos:definition",
}
_LINKS = {
    "goals": "kz:hasGoal",
    "policies": "kz:hasPolicy",
    "measures": "kz:hasMeasure",
    "actions": "kz:hasAction",
    "citizen_actions": "kz:hasCitizenAction",
}
_REFERENCES = {
    "actor": "kz:actor",
    "scheme": "skos:inScheme",
    "publisher": "dcterms:publisher",
    "contact_points": "dcat:contactPoint",
    "period": "dcterms:temporal",
    "component_plan": "kz:inComponentPlan",
    "listings": "kz:hasListing",
    "names_help_types": "kz:namesHelpType",
}


def _expand(curie: str) -> str:
    prefix, _, local = curie.partition(":")
    return PREFIXES[prefix] + local


def friendly_context() -> dict[str, Any]:
    context: dict[str, Any] = {"@version": 1.1, **PREFIXES}
    context.update(
        {
            "id": "@id",
            "type": "@type",
            "included": "@included",
            "notation": "skos:notation",
            "code": "kz:referenceCode",
            "project_id": "kz:projectId",
            "identifier": "dcterms:identifier",
        }
    )
    for term, iri in _LANGUAGE_TERMS.items():
        for lang in ("ja", "en"):
            context[f"{term}_{lang}"] = {"@id": iri, "@language": lang}
    for term, iri in _LINKS.items():
        context[term] = {"@id": iri, "@container": "@set"}
    for term, iri in _REFERENCES.items():
        context[term] = {"@id": iri, "@type": "@id"}
    context["number"] = {"@id": "kz:actionNumber", "@type": "xsd:positiveInteger"}
    context["position"] = {"@id": "kz:position", "@type": "xsd:positiveInteger"}
    return context


def _refuse(url: str, options: Any = None) -> Any:
    from pyld.jsonld import JsonLdError

    raise JsonLdError(f"refusing to load {url}: the friendly JSON is made offline", "loading document failed")


def _frame(references: list[str]) -> dict[str, Any]:
    """The plan's tree; every other node is referenced by IRI (framed with ``embed: @never``).

    ``references`` are the predicates that link a node of the tree to a node outside it (``kz:actor``,
    ``skos:inScheme``…): each level of the tree names them with ``@embed: @never``, since a level embedded
    ``@always`` would otherwise embed what they point to.
    """
    never = {iri: {"@embed": "@never", "@omitDefault": True} for iri in references}
    action = {"@embed": "@always", **never}
    measure = {"@embed": "@always", **never, "actions": action}
    policy = {"@embed": "@always", **never, "measures": measure, "citizen_actions": action}
    goal = {"@embed": "@always", **never, "policies": policy}
    return {"@context": friendly_context(), "@requireAll": True, "type": "kz:JointWelfarePlan", "goals": goal}


#: keys first in this order, the tree's links last, the rest alphabetically between them
_FIRST = (
    "id",
    "type",
    "identifier",
    "code",
    "project_id",
    "notation",
    "number",
    "position",
    "label_ja",
    "label_en",
)
_LAST = tuple(_LINKS)


def _key_order(key: str) -> tuple[int, int, str]:
    if key in _FIRST:
        return (0, _FIRST.index(key), "")
    if key in _LAST:
        return (2, _LAST.index(key), "")
    return (1, 0, key)


def _native(value: Any) -> Any:
    """Numbers as JSON numbers, arrays in the plan's order (by notation or number)."""
    if isinstance(value, dict):
        return {
            key: (
                int(value[key])
                if key in NUMERIC_KEYS and isinstance(value[key], str)
                else _native(value[key])
            )
            for key in sorted(value, key=_key_order)
        }
    if isinstance(value, list):
        items = [_native(item) for item in value]

        def order(item: Any) -> Any:
            if isinstance(item, dict):
                # the project's reference code or id orders the tree (skos:notation is only what the plan prints: ①)
                code = item.get("code", item.get("project_id", item.get("notation", "")))
                notation = notation_key(str(code))
                return (
                    0,
                    notation,
                    str(item.get("id", "")),
                    json.dumps(item, sort_keys=True, ensure_ascii=False),
                )
            return (1, (), "", json.dumps(item, sort_keys=True, ensure_ascii=False))

        return sorted(items, key=order)
    return value


def _sorted_nodes(nodes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted((sorted_json(node) for node in nodes), key=lambda node: str(node.get("@id", "")))


def _tree_ids(node: Any, found: set[str]) -> None:
    if isinstance(node, dict):
        if "id" in node and len(node) > 1:
            found.add(node["id"])
        for value in node.values():
            _tree_ids(value, found)
    elif isinstance(node, list):
        for item in node:
            _tree_ids(item, found)


def friendly_json(graph: Graph) -> bytes:
    """The framed plan with everything else under ``included`` (UTF-8 JSON, keys in a fixed order)."""
    from pyld import jsonld  # a runtime dependency, imported when the file is rendered

    options = {"documentLoader": _refuse}
    # expanded JSON-LD from rdflib (pyld's own N-Quads reader is three times slower), in a fixed order
    expanded = _sorted_nodes(json.loads(graph.serialize(format="json-ld")))
    links = {URIRef(_expand(iri)) for iri in _LINKS.values()}
    tree_classes = (KZ.BasicGoal, KZ.Policy, KZ.Measure, KZ.NumberedAction, KZ.CitizenAction)
    tree = {s for cls in tree_classes for s in graph.subjects(RDF.type, cls)}
    references = sorted(
        {
            str(p)
            for s, p, o in graph
            if s in tree and isinstance(o, URIRef) and p not in links and p != RDF.type
        }
    )
    framed = jsonld.frame(expanded, _frame(references), {**options, "omitGraph": True, "embed": "@never"})
    if "@graph" in framed:
        raise ValueError("the graph holds more than one plan with goals: frame one plan at a time")
    tree_ids: set[str] = set()
    _tree_ids(framed, tree_ids)
    rest = [node for node in expanded if node["@id"] not in tree_ids]
    context = friendly_context()
    included = jsonld.compact({"@graph": rest}, context, {**options, "graph": True}).get("@graph", [])
    document = {key: value for key, value in framed.items() if key != "@context"}
    document["included"] = sorted(included, key=lambda node: node["id"])
    result = {"@context": context, **_native(document)}
    result["included"] = [_native(node) for node in document["included"]]
    return (json.dumps(result, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
