"""The analysis findings that are published as RDF: concept schemes, concept tags, cross-links and the
project's classification of actions into layers of help (:mod:`kizuna_graph.analyze.helptypes`) and the
bilingual glossary as SKOS (:mod:`kizuna_graph.analyze.glossary`).

:func:`find` runs the steps that need no networkx or matplotlib — read the plan's structure back from its graph,
load the vocabularies, tag, find near-duplicates and cross-links — and returns them with their RDF graph, which
``kizuna analyze`` publishes as ``{slug}-analysis.ttl`` (``kizuna build`` does not) and turns into tables,
GraphML and figures.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph

from kizuna_graph.analyze.concepts import Vocabularies, load_vocabularies, vocabulary_graph
from kizuna_graph.analyze.crosslinks import (
    CrossLink,
    NearDuplicateFinding,
    cross_link_graph,
    cross_links,
    near_duplicates,
)
from kizuna_graph.analyze.glossary import glossary_graph, load_glossary
from kizuna_graph.analyze.helptypes import (
    Assignment,
    HelpTypeRules,
    classification_graph,
    classify,
    load_help_type_rules,
)
from kizuna_graph.analyze.tagging import Tagging, tag_elements, tag_graph
from kizuna_graph.plan.view import PlanView, read_view
from kizuna_graph.terms.iris import DEFAULT_BASE
from kizuna_graph.terms.namespaces import bind_prefixes

__all__ = ["Findings", "find"]


@dataclass
class Findings:
    structure: PlanView
    vocabularies: Vocabularies
    tagging: Tagging
    duplicates: NearDuplicateFinding
    links: list[CrossLink]
    graph: Graph  # the RDF of the findings alone (not the plan)
    help_type_rules: HelpTypeRules | None = None
    help_types: tuple[Assignment, ...] = ()  # the project's classification of actions into layers of help


def find(
    plan_graph: Graph,
    *,
    base: str = DEFAULT_BASE,
    vocabularies: Vocabularies | None = None,
    vocabulary_folder: Path | None = None,
) -> Findings:
    """Tag the plan in ``plan_graph`` and link its measures; the RDF holds schemes, tags and cross-links."""
    vocabularies = vocabularies or load_vocabularies(vocabulary_folder)
    structure = read_view(plan_graph)
    tagging = tag_elements(structure, vocabularies)
    duplicates = near_duplicates(structure, vocabularies.near_duplicates)
    links = cross_links(structure, vocabularies, tagging, duplicates)
    graph = bind_prefixes(Graph(bind_namespaces="none"))
    vocabulary_graph(vocabularies, base=base, into=graph)
    tag_graph(structure, vocabularies, tagging, base=base, into=graph)
    cross_link_graph(structure, links, base=base, min_strength=vocabularies.strength.min_strength, into=graph)
    rules = load_help_type_rules(vocabulary_folder)
    assignments = classify(structure, rules)
    classification_graph(structure, rules, assignments, base=base, into=graph)
    glossary_graph(load_glossary(vocabulary_folder), base=base, into=graph)
    return Findings(structure, vocabularies, tagging, duplicates, links, graph, rules, tuple(assignments))
