"""What ``kizuna analyze`` found in one plan: the findings and the network analyses, before rendering."""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx
from rdflib import Graph

from kizuna_graph.analyze.coverage import Matrix
from kizuna_graph.analyze.findings import Findings
from kizuna_graph.analyze.network import Centrality, Communities, MultiParent
from kizuna_graph.plan.model import PlanFile
from kizuna_graph.plan.view import Element

__all__ = ["AnalysisResult"]


@dataclass
class AnalysisResult:
    plan_file: PlanFile
    graph: Graph
    inferred: Graph
    findings: Findings
    dag: nx.DiGraph
    multi_parents: list[MultiParent]
    network: nx.Graph
    communities: Communities
    centrality: list[Centrality]
    bridges: list[tuple[Element, Element]]
    articulation_points: list[Element]
    coverage: list[Matrix]
