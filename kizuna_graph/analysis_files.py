"""``kizuna analyze``: run every analysis on a plan and render its files (report, CSV, GraphML, figures).

:func:`run_analysis` builds the plan's graph, infers the layers of help (:func:`kizuna_graph.reasoning.infer`),
computes the findings (:mod:`kizuna_graph.findings`) and the network analyses (:mod:`kizuna_graph.analysis`);
:func:`analysis_files` renders them into ``{name: bytes}`` for :func:`kizuna_graph.export.write_atomic`. The same
plan and vocabularies give byte-identical files.

The findings' RDF (concept schemes, tags, cross-links) is written here as ``{slug}-analysis.ttl`` and not by
``kizuna build``: finding and serialising it costs about 0.25 s, and the build is kept under its time budget.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import networkx as nx
from rdflib import Graph

from . import analysis
from .analysis import Centrality, Communities, MultiParent
from .analysis_report import markdown_report
from .analysis_tables import csv_tables, graphml_files
from .coverage import Matrix, coverage_matrices
from .export import to_turtle
from .figures import JapaneseFont, cross_link_figure, japanese_font, plan_tree_figure
from .findings import Findings, find
from .iris import DEFAULT_BASE
from .publish import Publication, publish
from .structure import Element

__all__ = ["AnalysisResult", "analysis_files", "run_analysis"]


@dataclass
class AnalysisResult:
    publication: Publication
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

    @property
    def graph(self) -> Graph:
        return self.publication.graph


def run_analysis(
    source: Path, *, base: str = DEFAULT_BASE, vocabulary_folder: Path | None = None
) -> AnalysisResult:
    publication = publish(source, base=base)
    graph = publication.graph
    inferred = publication.inferred  # publish() infers already (kizuna_graph.reasoning.infer)
    findings = find(graph, base=base, vocabulary_folder=vocabulary_folder)
    structure = findings.structure
    dag = analysis.hierarchy_dag(graph, structure)
    network = analysis.cross_link_network(findings.graph, structure)
    communities = analysis.communities(network, structure)
    bridges, points = analysis.bridges(network, structure)
    return AnalysisResult(
        publication=publication,
        inferred=inferred,
        findings=findings,
        dag=dag,
        multi_parents=analysis.multi_parent_elements(dag, structure),
        network=network,
        communities=communities,
        centrality=analysis.centrality(network, structure, communities),
        bridges=bridges,
        articulation_points=points,
        coverage=coverage_matrices(
            structure, findings.vocabularies, findings.tagging, graph=graph, inferred=inferred
        ),
    )


FIGURES = ("plan-tree", "cross-links")


def analysis_files(result: AnalysisResult, *, font: JapaneseFont | None = None) -> dict[str, bytes]:
    """Every file of the analysis folder, rendered in memory."""
    font = font or japanese_font()
    findings = result.findings
    slug = result.publication.plan_file.dataset.slug
    files: dict[str, bytes] = {f"{slug}-analysis.ttl": to_turtle(findings.graph)}
    files.update(csv_tables(result))
    files.update(graphml_files(result))
    figures = {
        "plan-tree": plan_tree_figure(findings.structure, font),
        "cross-links": cross_link_figure(
            findings.structure,
            findings.links,
            result.communities,
            font,
            min_strength=findings.vocabularies.strength.min_strength,
        ),
    }
    for name, rendered in figures.items():
        for suffix, data in rendered.items():
            files[f"{name}.{suffix}"] = data
    for language in ("ja", "en"):
        files[f"report.{language}.md"] = markdown_report(result, language, files=sorted(files)).encode(
            "utf-8"
        )
    return files
