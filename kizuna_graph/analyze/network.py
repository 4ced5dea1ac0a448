"""Network analysis of the plan with networkx: hierarchy, cross-links, bridges, hubs and communities.

Two graphs are built from the RDF graph, each from explicitly chosen predicates, never from every triple:

the hierarchy (:func:`hierarchy_dag`)
    a ``DiGraph`` with an edge parent → child for each triple of the containment predicates in
    :data:`kizuna_graph.plan.view.HIERARCHY` (kz:hasGoal, kz:hasPolicy, kz:hasMeasure, kz:hasAction,
    kz:hasCitizenAction). It must be acyclic; an element with more than one parent is a finding
    (:func:`multi_parent_elements`) — the plan reuses it in two places.
the cross-link network (:func:`cross_link_network`)
    an undirected ``Graph`` whose nodes are the measures and whose edges are the cross-links of
    :mod:`kizuna_graph.analyze.crosslinks` (weight = strength), read back from the ``kz:CrossLink`` resources
    (kz:linksMeasure, kz:strength) of the analysis graph — the links at least ``min_strength`` strong.

On the network: hubs by degree centrality and by weighted degree (the sum of strengths); bridges by
betweenness centrality with distance 1/strength, and the network's articulation points and bridge edges;
communities by Louvain modularity (fixed seed, nodes added in the plan's order, so
the result is deterministic), compared with the plan's own goals by a contingency table and the adjusted Rand
index (a measure under two goals is counted under the first).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import networkx as nx
from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from kizuna_graph.errors import KizunaError
from kizuna_graph.plan.view import HIERARCHY, Element, Kind, PlanView, notation_key
from kizuna_graph.terms.namespaces import KZ

__all__ = [
    "LOUVAIN_SEED",
    "Centrality",
    "Communities",
    "MultiParent",
    "adjusted_rand_index",
    "centrality",
    "communities",
    "cross_link_network",
    "hierarchy_dag",
    "multi_parent_elements",
]

#: Seed of the Louvain community detection: fixed, so that the communities are the same on every run.
LOUVAIN_SEED = 20200401  # the first day of the plan period


@dataclass(frozen=True, slots=True)
class MultiParent:
    element: Element
    parents: tuple[Element, ...]


@dataclass(frozen=True, slots=True)
class Centrality:
    measure: Element
    degree: int
    degree_centrality: float
    weighted_degree: float
    betweenness: float
    community: int


@dataclass(frozen=True, slots=True)
class Communities:
    members: tuple[tuple[Element, ...], ...]  # community i (numbered from 1) = members[i - 1]
    goal_of: dict[URIRef, Element]  # the goal each measure is compared under
    contingency: dict[tuple[int, str], int]  # (community number, goal notation) → measures
    adjusted_rand_index: float
    modularity: float


def hierarchy_dag(graph: Graph, structure: PlanView) -> nx.DiGraph:
    """The containment hierarchy as a DAG; nodes carry ``kind``, ``notation``, ``label_ja``, ``label_en``."""
    dag = nx.DiGraph()
    for node in sorted(structure.elements, key=lambda n: notation_key(structure.elements[n].notation)):
        element = structure.elements[node]
        dag.add_node(
            node,
            kind=element.kind.value,
            notation=element.notation,
            label_ja=element.label.ja,
            label_en=element.label.en or "",
        )
    for predicate in HIERARCHY:
        for parent, child in sorted(graph.subject_objects(predicate)):
            if parent in dag and child in dag:
                dag.add_edge(parent, child, predicate=str(predicate))
    if not nx.is_directed_acyclic_graph(dag):
        cycle = nx.find_cycle(dag)
        raise KizunaError(f"the plan's hierarchy has a cycle: {cycle}; an element cannot contain itself")
    return dag


def multi_parent_elements(dag: nx.DiGraph, structure: PlanView) -> list[MultiParent]:
    """Elements with more than one parent in the hierarchy, with their parents, in the plan's order."""
    found = []
    for node in dag.nodes:
        if dag.in_degree(node) > 1:
            parents = sorted(
                dag.predecessors(node), key=lambda n: notation_key(structure.elements[n].notation)
            )
            found.append(MultiParent(structure.elements[node], tuple(structure.elements[p] for p in parents)))
    return sorted(found, key=lambda m: notation_key(m.element.notation))


def cross_link_network(analysis_graph: Graph, structure: PlanView) -> nx.Graph:
    """Measures as nodes, ``kz:CrossLink`` resources as edges with ``weight`` (strength) and ``distance``."""
    network = nx.Graph()
    for measure in structure.of_kind(Kind.MEASURE):
        goals = structure.ancestors(measure.iri, Kind.GOAL)
        network.add_node(
            measure.iri,
            notation=measure.notation,
            label_ja=measure.label.ja,
            label_en=measure.label.en or "",
            goal=goals[0].notation if goals else "",
            goals=" ".join(g.notation for g in goals),
        )
    edges = []
    for link in analysis_graph.subjects(RDF.type, KZ.CrossLink):
        measures = sorted(m for m in analysis_graph.objects(link, KZ.linksMeasure) if isinstance(m, URIRef))
        strength = analysis_graph.value(link, KZ.strength)
        if len(measures) != 2 or strength is None:
            raise KizunaError(f"cross-link <{link}> needs two kz:linksMeasure and a kz:strength")
        a, b = sorted(measures, key=lambda n: notation_key(structure.elements[n].notation))  # type: ignore[index]
        edges.append((a, b, float(Decimal(str(strength)))))
    for a, b, weight in sorted(
        edges,
        key=lambda e: (
            notation_key(network.nodes[e[0]]["notation"]),
            notation_key(network.nodes[e[1]]["notation"]),
        ),
    ):
        network.add_edge(a, b, weight=weight, distance=1.0 / weight)
    return network


def centrality(network: nx.Graph, structure: PlanView, communities: Communities) -> list[Centrality]:
    """Hubs and bridges among the measures, strongest hub first (weighted degree, then betweenness)."""
    degree = nx.degree_centrality(network)
    betweenness = nx.betweenness_centrality(network, weight="distance", normalized=True)
    number = {m.iri: i for i, members in enumerate(communities.members, start=1) for m in members}
    rows = [
        Centrality(
            measure=structure.elements[node],
            degree=network.degree(node),
            degree_centrality=round(degree[node], 4),
            weighted_degree=round(network.degree(node, weight="weight"), 4),
            betweenness=round(betweenness[node], 4),
            community=number[node],
        )
        for node in network.nodes
    ]
    rows.sort(key=lambda r: (-r.weighted_degree, -r.betweenness, notation_key(r.measure.notation)))
    return rows


def bridges(network: nx.Graph, structure: PlanView) -> tuple[list[tuple[Element, Element]], list[Element]]:
    """Bridge edges and articulation points (measures whose removal splits a group of linked measures)."""
    key = lambda n: notation_key(structure.elements[n].notation)  # noqa: E731
    edges = sorted(
        (tuple(sorted(e, key=key)) for e in nx.bridges(network)), key=lambda e: (key(e[0]), key(e[1]))
    )
    points = sorted(nx.articulation_points(network), key=key)
    return (
        [(structure.elements[a], structure.elements[b]) for a, b in edges],
        [structure.elements[p] for p in points],
    )


def adjusted_rand_index(labels_a: list[str], labels_b: list[str]) -> float:
    """Hubert and Arabie's adjusted Rand index of two labelings of the same items (1 = identical)."""
    if len(labels_a) != len(labels_b):
        raise ValueError("the two labelings must label the same items")
    n = len(labels_a)
    pairs = lambda k: k * (k - 1) / 2  # noqa: E731
    cells: dict[tuple[str, str], int] = {}
    for a, b in zip(labels_a, labels_b, strict=True):
        cells[(a, b)] = cells.get((a, b), 0) + 1
    rows = {a: labels_a.count(a) for a in set(labels_a)}
    columns = {b: labels_b.count(b) for b in set(labels_b)}
    index = sum(pairs(v) for v in cells.values())
    row_sum, column_sum = sum(pairs(v) for v in rows.values()), sum(pairs(v) for v in columns.values())
    expected = row_sum * column_sum / pairs(n) if n > 1 else 0.0
    maximum = (row_sum + column_sum) / 2
    if maximum == expected:
        return 1.0
    return (index - expected) / (maximum - expected)


def communities(network: nx.Graph, structure: PlanView, *, seed: int = LOUVAIN_SEED) -> Communities:
    """Louvain communities of the measures (weight = strength), numbered by their first measure."""
    key = lambda e: notation_key(e.notation)  # noqa: E731
    found = nx.community.louvain_communities(network, weight="weight", seed=seed)
    members = sorted(
        (tuple(sorted((structure.elements[n] for n in group), key=key)) for group in found),
        key=lambda group: key(group[0]),
    )
    goal_of = {}
    for measure in structure.of_kind(Kind.MEASURE):
        goals = structure.ancestors(measure.iri, Kind.GOAL)
        if goals:
            goal_of[measure.iri] = goals[0]
    contingency: dict[tuple[int, str], int] = {}
    labels_community, labels_goal = [], []
    for number, group in enumerate(members, start=1):
        for measure in group:
            goal = goal_of[measure.iri].notation
            contingency[(number, goal)] = contingency.get((number, goal), 0) + 1
            labels_community.append(str(number))
            labels_goal.append(goal)
    modularity = nx.community.modularity(network, [set(m.iri for m in g) for g in members], weight="weight")
    return Communities(
        members=tuple(members),
        goal_of=goal_of,
        contingency=contingency,
        adjusted_rand_index=round(adjusted_rand_index(labels_community, labels_goal), 4),
        modularity=round(modularity, 4),
    )
