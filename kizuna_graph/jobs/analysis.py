"""``kizuna analyze``: run every analysis on a plan and render its files (report, CSV, GraphML, figures).

:func:`run_analysis` loads and builds the plan (:func:`kizuna_graph.plan.load.load`) and infers from it
(:func:`kizuna_graph.reason.infer.infer`) — it does not validate it again: ``kizuna build`` and ``kizuna validate``
do that — computes the findings (:mod:`kizuna_graph.analyze.findings`) and the network analyses
(:mod:`kizuna_graph.analyze.network`); :func:`analysis_files` renders them into ``{name: bytes}`` for
:func:`kizuna_graph.export.serialize.write_atomic`. The same plan and vocabularies give byte-identical files.

The findings' RDF (concept schemes, tags, cross-links) is written here as ``{slug}-analysis.ttl`` and not by
``kizuna build``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from kizuna_graph.analyze import network
from kizuna_graph.analyze.coverage import coverage_matrices
from kizuna_graph.analyze.figures import JapaneseFont, cross_link_figure, japanese_font, plan_tree_figure
from kizuna_graph.analyze.findings import find
from kizuna_graph.analyze.report import markdown_report
from kizuna_graph.analyze.result import AnalysisResult
from kizuna_graph.analyze.tables import csv_tables, graphml_files
from kizuna_graph.export.serialize import to_turtle
from kizuna_graph.plan.load import load
from kizuna_graph.reason.infer import infer
from kizuna_graph.terms.iris import DEFAULT_BASE

__all__ = ["FIGURES", "FIGURE_FORMATS", "Outputs", "analysis_files", "run_analysis"]


def run_analysis(
    source: Path, *, base: str = DEFAULT_BASE, vocabulary_folder: Path | None = None
) -> AnalysisResult:
    """Every analysis of a plan (``kizuna analyze``): findings, networks, coverage."""
    plan_file, built = load(source, base=base).source()
    graph = built.graph
    inferred = infer(graph)
    findings = find(graph, base=base, vocabulary_folder=vocabulary_folder)
    structure = findings.structure
    dag = network.hierarchy_dag(graph, structure)
    links = network.cross_link_network(findings.graph, structure)
    communities = network.communities(links, structure)
    bridges, points = network.bridges(links, structure)
    return AnalysisResult(
        plan_file=plan_file,
        graph=graph,
        inferred=inferred,
        findings=findings,
        dag=dag,
        multi_parents=network.multi_parent_elements(dag, structure),
        network=links,
        communities=communities,
        centrality=network.centrality(links, structure, communities),
        bridges=bridges,
        articulation_points=points,
        coverage=coverage_matrices(
            structure, findings.vocabularies, findings.tagging, graph=graph, classification=findings.graph
        ),
    )


#: The figures of the analysis folder and the formats each is drawn in.
FIGURES = ("plan-tree", "cross-links")
FIGURE_FORMATS = ("png", "svg")

Outputs = Literal["all", "text"]


def analysis_files(
    result: AnalysisResult, *, font: JapaneseFont | None = None, outputs: Outputs = "all"
) -> dict[str, bytes]:
    """The files of the analysis folder, rendered in memory: every one, or only the text ones.

    ``outputs="text"`` leaves out the figures (PNG, SVG), whose bytes depend on the installed font and
    FreeType: the rest (CSV, Markdown, Turtle, GraphML) is what ``kizuna analyze --check`` compares.
    """
    findings = result.findings
    slug = result.plan_file.dataset.slug
    files: dict[str, bytes] = {f"{slug}-analysis.ttl": to_turtle(findings.graph)}
    files.update(csv_tables(result))
    files.update(graphml_files(result))
    figure_names = [f"{name}.{suffix}" for name in FIGURES for suffix in FIGURE_FORMATS]
    if outputs == "all":
        files.update(_figures(result, font or japanese_font()))
    for language in ("ja", "en"):
        listed = sorted({*files, *figure_names})
        files[f"report.{language}.md"] = markdown_report(result, language, files=listed).encode("utf-8")
    return files


def _figures(result: AnalysisResult, font: JapaneseFont) -> dict[str, bytes]:
    findings = result.findings
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
    return {
        f"{name}.{suffix}": data for name, rendered in figures.items() for suffix, data in rendered.items()
    }
