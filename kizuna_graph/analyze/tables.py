"""CSV tables and GraphML files of ``kizuna analyze``.

CSV: UTF-8 without BOM, one header row, ``\\n`` line ends, rows in a stable order (the plan's order, or the
rank the table is about). GraphML: for Gephi and other graph tools; node ids are the elements' IRIs, nodes and
edges are written in the plan's order, attributes are plain strings and numbers.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import networkx as nx

from kizuna_graph.analyze.crosslinks import concept_weights
from kizuna_graph.analyze.result import AnalysisResult
from kizuna_graph.plan.view import Kind, notation_key

__all__ = ["TABLES", "csv_tables", "graphml_files"]


def _csv(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow(["" if v is None else v for v in row])
    return buffer.getvalue().encode("utf-8")


def _goals(result: AnalysisResult, element: Any) -> str:
    return " ".join(g.notation for g in result.findings.structure.ancestors(element.iri, Kind.GOAL))


def _tags(result: AnalysisResult) -> bytes:
    """One row per concept tag: element, concept, rule and the words that matched."""
    tagging = result.findings.tagging
    return _csv(
        [
            "element",
            "kind",
            "element_ja",
            "scheme",
            "concept",
            "concept_ja",
            "concept_en",
            "rule",
            "words",
            "from",
        ],
        (
            (
                t.element.notation,
                t.element.kind.value,
                t.element.label.ja,
                t.concept.scheme,
                t.concept.id,
                t.concept.label.ja,
                t.concept.label.en,
                t.rule,
                " ".join(t.words),
                " ".join(s.notation for s in t.sources),
            )
            for t in tagging.tags
        ),
    )


def _help_types(result: AnalysisResult) -> bytes:
    """The project's classification into layers of help, each assignment with its rule or hand reason."""
    return _csv(
        ["element", "id", "element_ja", "help_type", "rule", "words", "reason_ja"],
        (
            (
                a.element.notation,
                str(a.element.iri).rsplit("/", 1)[-1],
                a.element.label.ja,
                a.help_type,
                a.rule,
                " ".join(a.words),
                a.reason.ja if a.reason else "",
            )
            for a in result.findings.help_types
        ),
    )


def _tag_rejections(result: AnalysisResult) -> bytes:
    """One row per match rejected by an exception of the vocabularies, with its reason."""
    tagging = result.findings.tagging
    return _csv(
        [
            "element",
            "element_ja",
            "scheme",
            "concept",
            "words",
            "exception",
            "reason_ja",
            "reason_en",
            "source",
        ],
        (
            (
                r.element.notation,
                r.element.label.ja,
                r.concept.scheme,
                r.concept.id,
                " ".join(r.words),
                f"within {r.exception.within}" if r.exception.within else "element",
                r.exception.reason.ja,
                r.exception.reason.en,
                f"{r.exception.file.name}:{r.exception.line}",
            )
            for r in sorted(
                tagging.rejections, key=lambda r: (notation_key(r.element.notation), r.concept.key)
            )
        ),
    )


def _concepts(result: AnalysisResult) -> bytes:
    """One row per concept: how many elements of each kind carry it, and its weight."""
    tagging, vocab = result.findings.tagging, result.findings.vocabularies
    weights = _weights(result)
    rows = []
    for concept in vocab.concepts:
        counts = {kind: len(tagging.elements_with(concept.key, kind)) for kind in Kind}
        rows.append(
            (
                concept.scheme,
                concept.id,
                concept.label.ja,
                concept.label.en,
                counts[Kind.ACTION],
                counts[Kind.CITIZEN_ACTION],
                counts[Kind.MEASURE],
                f"{weights[concept.key]:.4f}" if concept.key in weights else "",
                " ".join(concept.words),
            )
        )
    return _csv(
        [
            "scheme",
            "concept",
            "label_ja",
            "label_en",
            "numbered_actions",
            "citizen_actions",
            "measures",
            "weight",
            "words",
        ],
        rows,
    )


def _multi_parent(result: AnalysisResult) -> bytes:
    """One row per element under two or more parents."""
    return _csv(
        ["element", "kind", "label_ja", "label_en", "parents", "parents_ja"],
        (
            (
                m.element.notation,
                m.element.kind.value,
                m.element.label.ja,
                m.element.label.en,
                " ".join(p.notation for p in m.parents),
                " / ".join(p.label.ja for p in m.parents),
            )
            for m in result.multi_parents
        ),
    )


def _near_duplicates(result: AnalysisResult) -> bytes:
    """One row per pair of near-duplicate actions, kept or rejected by hand."""
    f, structure = result.findings, result.findings.structure
    measure_of = {
        a.iri: m for m in structure.of_kind(Kind.MEASURE) for a in structure.children_of(m.iri, Kind.ACTION)
    }
    pairs = [(p, "kept", None) for p in f.duplicates.pairs] + [
        (p, "rejected", r) for p, r in f.duplicates.rejected
    ]
    pairs.sort(key=lambda item: (notation_key(item[0].a.notation), notation_key(item[0].b.notation)))
    return _csv(
        [
            "a",
            "b",
            "a_ja",
            "b_ja",
            "a_measure",
            "b_measure",
            "same_measure",
            "overlap",
            "dice",
            "shared_bigrams",
            "status",
            "reason_ja",
            "reason_en",
        ],
        (
            (
                p.a.notation,
                p.b.notation,
                p.a.label.ja,
                p.b.label.ja,
                measure_of[p.a.iri].notation if p.a.iri in measure_of else "",
                measure_of[p.b.iri].notation if p.b.iri in measure_of else "",
                "yes" if p.a.iri in measure_of and measure_of[p.a.iri] == measure_of.get(p.b.iri) else "no",
                f"{p.overlap:.3f}",
                f"{p.dice:.3f}",
                p.shared,
                status,
                r.reason.ja if r else "",
                r.reason.en if r else "",
            )
            for p, status, r in pairs
        ),
    )


def _cross_links(result: AnalysisResult) -> bytes:
    """One row per cross-link between measures, strongest first."""
    f, vocab = result.findings, result.findings.vocabularies
    minimum = vocab.strength.min_strength
    return _csv(
        [
            "rank",
            "a",
            "a_ja",
            "b",
            "b_ja",
            "scope",
            "strength",
            "jaccard",
            "near_duplicate_pairs",
            "bonus",
            "shared",
            "shared_ja",
            "published",
        ],
        (
            (
                rank,
                link.a.notation,
                link.a.label.ja,
                link.b.notation,
                link.b.label.ja,
                link.scope.value,
                f"{link.strength}",
                f"{link.jaccard:.4f}",
                len(link.near_duplicates),
                f"{link.bonus:.2f}",
                " ".join(c.key for c in link.shared),
                "、".join(c.label.ja for c in link.shared),
                "yes" if float(link.strength) >= minimum else "no",
            )
            for rank, link in enumerate(f.links, start=1)
        ),
    )


def _centrality(result: AnalysisResult) -> bytes:
    """One row per measure of the cross-link network: degree, betweenness, community."""
    points = {p.iri for p in result.articulation_points}
    return _csv(
        [
            "measure",
            "label_ja",
            "goals",
            "community",
            "degree",
            "degree_centrality",
            "weighted_degree",
            "betweenness",
            "articulation_point",
        ],
        (
            (
                r.measure.notation,
                r.measure.label.ja,
                _goals(result, r.measure),
                r.community,
                r.degree,
                f"{r.degree_centrality:.4f}",
                f"{r.weighted_degree:.4f}",
                f"{r.betweenness:.4f}",
                "yes" if r.measure.iri in points else "no",
            )
            for r in result.centrality
        ),
    )


def _community_goal(result: AnalysisResult) -> bytes:
    """The Louvain communities against the plan's goals (contingency table)."""
    structure = result.findings.structure
    goals = structure.of_kind(Kind.GOAL)
    c = result.communities
    return _csv(
        ["community", *(f"goal_{g.notation}" for g in goals), "measures"],
        (
            (
                number,
                *(c.contingency.get((number, g.notation), 0) for g in goals),
                " ".join(m.notation for m in members),
            )
            for number, members in enumerate(c.members, start=1)
        ),
    )


def _coverage(result: AnalysisResult) -> dict[str, bytes]:
    """One table per coverage matrix."""
    tables: dict[str, bytes] = {}
    for matrix in result.coverage:
        tables[f"coverage-{matrix.name}.csv"] = _csv(
            ["row", "row_ja", "row_en", *(key for key, _ in matrix.columns), "total"],
            (
                (
                    key,
                    label.ja,
                    label.en,
                    *(matrix.get(key, col) for col, _ in matrix.columns),
                    matrix.row_total(key),
                )
                for key, label in matrix.rows
            ),
        )
    return tables


#: The CSV tables of the analysis folder, each written by one function.
TABLES: dict[str, Callable[[AnalysisResult], bytes]] = {
    "tags.csv": _tags,
    "tag-rejections.csv": _tag_rejections,
    "help-types.csv": _help_types,
    "concepts.csv": _concepts,
    "multi-parent.csv": _multi_parent,
    "near-duplicates.csv": _near_duplicates,
    "cross-links.csv": _cross_links,
    "centrality.csv": _centrality,
    "community-goal.csv": _community_goal,
}


def csv_tables(result: AnalysisResult) -> dict[str, bytes]:
    """Every CSV table of the analysis folder: :data:`TABLES` and the coverage matrices."""
    return {**{name: table(result) for name, table in TABLES.items()}, **_coverage(result)}


def _weights(result: AnalysisResult) -> dict[str, float]:
    return concept_weights(result.findings.structure, result.findings.tagging)


def _graphml(graph: nx.Graph) -> bytes:
    buffer = io.BytesIO()
    nx.write_graphml(graph, buffer, encoding="utf-8", prettyprint=True, named_key_ids=True)
    return buffer.getvalue()


def graphml_files(result: AnalysisResult) -> dict[str, bytes]:
    f = result.findings
    structure = f.structure
    dag = nx.DiGraph()
    for node, data in result.dag.nodes(data=True):
        tags = sorted(c.key for c in f.tagging.concepts_of(node))
        dag.add_node(str(node), **data, concepts=" ".join(tags))
    for a, b, data in result.dag.edges(data=True):
        dag.add_edge(str(a), str(b), **data)
    network = nx.Graph()
    rows = {r.measure.iri: r for r in result.centrality}
    points = {p.iri for p in result.articulation_points}
    for node, data in result.network.nodes(data=True):
        row = rows[node]
        network.add_node(
            str(node),
            **data,
            community=row.community,
            degree=row.degree,
            weighted_degree=row.weighted_degree,
            betweenness=row.betweenness,
            articulation_point=node in points,
        )
    by_pair = {(link.a.iri, link.b.iri): link for link in f.links}
    for a, b, data in result.network.edges(data=True):
        a, b = sorted((a, b), key=lambda n: notation_key(structure.elements[n].notation))
        link = by_pair[(a, b)]
        network.add_edge(
            str(a),
            str(b),
            weight=data["weight"],
            scope=link.scope.value,
            jaccard=round(link.jaccard, 4),
            near_duplicate_pairs=len(link.near_duplicates),
            shared=" ".join(c.key for c in link.shared),
            shared_ja="、".join(c.label.ja for c in link.shared),
        )
    return {"plan-hierarchy.graphml": _graphml(dag), "cross-links.graphml": _graphml(network)}
