"""Validate a plan graph against the SHACL shapes in ``shapes/`` and return typed findings.

``validate(graph, locations=…)`` runs pySHACL with the plan shapes (``plan-core.ttl`` violations,
``vocabularies.ttl`` controlled vocabularies, ``recommendations.ttl`` warnings) and turns each SHACL result
into a :class:`Finding`: which plan element it is about (named by notation and label, with its source line
when the graph was built from YAML), the property path, the constraint component, the severity and the
shape's message in Japanese and English. ``validate_ontology`` lints ``ontology/kizuna.ttl`` with
``ontology-lint.ttl``. ``validate_file`` reads a plan file (YAML source or RDF) with :func:`kizuna_graph.plan.load.load` first.

No inference is run: the shapes are written against the asserted triples (see ``shapes/plan-core.ttl``).
The plan conforms when there is no violation; warnings do not stop it (``Report.conforms``). pySHACL's own
``sh:conforms`` is false for warnings too, as SHACL defines it; the SHACL report keeps that meaning.

A finding of a SHACL-SPARQL constraint has the plan as its focus node and the offending element as its value
(the shapes give such constraints the plan as their one focus node, for speed); its ``element`` is that
value, so that reports file it under the element to fix.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal as TypingLiteral

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCAT, DCTERMS, RDF, SH, SKOS
from rdflib.term import Node

from kizuna_graph.errors import ShapesError
from kizuna_graph.plan.load import load
from kizuna_graph.plan.model import Acknowledgement
from kizuna_graph.plan.view import Kind, label_of, notation_key, printed
from kizuna_graph.resources import data_dir, ontology_path
from kizuna_graph.terms.iris import DEFAULT_BASE
from kizuna_graph.terms.namespaces import KZ, PREFIXES
from kizuna_graph.validate.lookup import set_lookup
from kizuna_graph.validate.prepared import PreparedGraph

Severity = TypingLiteral["violation", "warning", "info"]
ShapeSet = TypingLiteral["plan", "ontology", "catalog"]
#: How pySHACL's SPARQL queries are parsed: once per process (:mod:`kizuna_graph.validate.prepared`), or at
#: every evaluation as pySHACL does by itself (kept to show that both give the same findings)
Sparql = TypingLiteral["prepared", "parsed"]

#: The shapes files of each set, in ``shapes/``.
SHAPE_FILES: dict[ShapeSet, tuple[str, ...]] = {
    "plan": ("plan-core.ttl", "vocabularies.ttl", "recommendations.ttl"),
    "ontology": ("ontology-lint.ttl",),
    "catalog": ("catalog-dcat-ap.ttl",),
}

_SEVERITIES: dict[Node, Severity] = {SH.Violation: "violation", SH.Warning: "warning", SH.Info: "info"}

#: The kinds of element a report names, most specific first (the first rdf:type found in this order).
KINDS: tuple[URIRef, ...] = (
    KZ.JointWelfarePlan,
    KZ.BasicIdeal,
    KZ.BasicGoal,
    KZ.Policy,
    KZ.Measure,
    KZ.NumberedAction,
    KZ.CitizenAction,
    DCTERMS.PeriodOfTime,
    DCAT.Dataset,
    KZ.Actor,
    KZ.HelpType,
)


@dataclass(frozen=True, slots=True)
class Subject:
    """What a finding is about: any node of the data graph (a plan element, the period, the dataset, an actor,
    a blank node) as a person knows it — kind, notation, labels (:func:`kizuna_graph.plan.view.label_of`) and
    source line. Plan elements as the analysis and the diff read them are :class:`kizuna_graph.plan.view.Element`."""

    node: Node
    kind: URIRef | None
    notation: str | None
    label_ja: str | None
    label_en: str | None
    line: int | None
    #: the notation as the Japanese plan prints it: ``1-1-1 社協①`` for action 1-1-1-council-1, ``2-3 ●4`` for a
    #: citizen action; None where it is the notation itself
    printed: str | None = None


@dataclass(frozen=True, slots=True)
class Finding:
    """One SHACL validation result, resolved against the data graph and the shapes."""

    severity: Severity
    element: Subject  # what to fix: the focus node, or the value of a plan-wide SPARQL check
    focus: Subject  # sh:focusNode
    path: str | None  # sh:resultPath in SPARQL property-path syntax, e.g. "^kz:hasMeasure"
    component: str  # e.g. "sh:MinCountConstraintComponent"
    value: Subject | Literal | None  # sh:value
    shape: str  # the source shape, e.g. "kzsh:Policy-citizenActions"
    message_ja: str
    message_en: str
    result: Node  # the result node in ``Report.results``

    def message(self, lang: str) -> str:
        return self.message_ja if lang == "ja" else self.message_en


@dataclass(frozen=True)
class Report:
    """The findings of one validation, sorted by source line, notation and severity."""

    findings: tuple[Finding, ...]
    results: Graph  # the SHACL validation report as pySHACL made it
    source: str | None = None
    #: warnings the plan file accepts (``acknowledged_warnings:``), each with its acknowledgement; not in findings
    acknowledged: tuple[tuple[Finding, Acknowledgement], ...] = ()

    @property
    def violations(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity == "violation")

    @property
    def warnings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity != "violation")

    @property
    def conforms(self) -> bool:
        """True when there is no violation (warnings allowed)."""
        return not self.violations


@functools.cache
def load_shapes(shape_set: ShapeSet = "plan") -> Graph:
    """The shapes graph of ``shape_set`` (parsed once per process; treat it as read-only)."""
    graph = Graph(bind_namespaces="none")
    folder = data_dir("shapes")
    for name in SHAPE_FILES[shape_set]:
        try:
            graph.parse(folder / name, format="turtle")
        except (OSError, SyntaxError) as error:
            raise ShapesError(
                f"{folder / name}: cannot load the shapes ({error}); reinstall kizuna-graph"
            ) from None
    return graph


def prepare(shape_set: ShapeSet = "plan") -> None:
    """Import pySHACL and parse the shapes of ``shape_set`` now, e.g. before forking a process that validates:
    then neither that process nor this one (which validates the catalogue later) does it again."""
    import pyshacl  # noqa: F401

    load_shapes(shape_set)


@functools.cache
def _set_lookup_once() -> bool:
    return set_lookup()


def validate(
    graph: Graph,
    *,
    locations: Mapping[URIRef, int] | None = None,
    source: str | None = None,
    shape_set: ShapeSet = "plan",
    sparql: Sparql = "prepared",
) -> Report:
    """Validate ``graph`` (not modified) against the shapes; ``locations`` maps IRIs to source lines.

    With ``sparql="prepared"`` each SHACL-SPARQL query is parsed once per process, not once per focus node and
    plan (:mod:`kizuna_graph.validate.prepared`); the findings are the same.
    """
    import pyshacl  # here, not at the top: commands that do not validate need not import it

    _set_lookup_once()
    shapes = load_shapes(shape_set)
    _, results, _ = pyshacl.validate(
        PreparedGraph(graph) if sparql == "prepared" else graph,
        shacl_graph=shapes,
        inference="none",
        inplace=True,  # with inference "none" nothing is added: the graph is not copied, nor changed
        abort_on_first=False,
        allow_warnings=False,
        advanced=False,
        js=False,
        meta_shacl=False,
    )
    resolver = _Resolver(graph, shapes, results, locations or {})
    findings = [resolver.finding(result) for result in results.subjects(RDF.type, SH.ValidationResult)]
    findings.sort(key=_sort_key)
    return Report(findings=tuple(findings), results=results, source=source)


def validate_ontology(path: Path | str | None = None) -> Report:
    """Lint the ontology (by default ``ontology/kizuna.ttl``) with ``shapes/ontology-lint.ttl``."""
    path = Path(path) if path is not None else ontology_path()
    graph = Graph(bind_namespaces="none")
    graph.parse(path, format="turtle")
    return validate(graph, source=str(path), shape_set="ontology")


def validate_file(path: Path | str, *, base: str = DEFAULT_BASE, sparql: Sparql = "prepared") -> Report:
    """Read one plan file (:func:`kizuna_graph.plan.load.load`) and validate it; ``SourceError`` if unreadable.

    Warnings the plan file acknowledges (``acknowledged_warnings:``) are set apart (:func:`acknowledge`).
    """
    plan = load(path, base=base)
    report = validate(plan.graph, locations=plan.locations, source=str(plan.path), sparql=sparql)
    return acknowledge(report, plan.plan_file.plan.acknowledged if plan.plan_file is not None else ())


def check_name(finding: Finding) -> str:
    """The name of the check behind a finding, as a plan file acknowledges it: the shape without its prefix."""
    return finding.shape.removeprefix("kzsh:")


_ID_KINDS = ("measure", "action", "citizen-action")


def element_id(node: Node) -> str | None:
    """The ``id:`` of the plan file behind an element's IRI (…/measure/{id}, …/action/{id}), if it has one."""
    parts = str(node).rsplit("/", 2)
    return parts[2] if isinstance(node, URIRef) and len(parts) == 3 and parts[1] in _ID_KINDS else None


def acknowledge(report: Report, acknowledgements: Iterable[Acknowledgement]) -> Report:
    """The report with the warnings that the plan acknowledges set apart: matched by element and check.

    The element is named by its ``id:`` (which survives a renumbering) or by its reference code.

    Only warnings can be acknowledged; a violation stays a violation whatever the plan file says.
    """
    by_key = {(a.element, a.check): a for a in acknowledgements}
    if not by_key:
        return report
    kept, accepted = [], []
    for finding in report.findings:
        check = check_name(finding)
        names = (element_id(finding.element.node), finding.element.notation)
        found = next((by_key[(n, check)] for n in names if n and (n, check) in by_key), None)
        if finding.severity == "warning" and found is not None:
            accepted.append((finding, found))
        else:
            kept.append(finding)
    return Report(tuple(kept), report.results, report.source, tuple(accepted))


def curie(node: Node) -> str:
    """``kz:Measure`` for an IRI in the prefix map (or SHACL), else the IRI in angle brackets."""
    text = str(node)
    for prefix, namespace in _CURIE_PREFIXES:
        if text.startswith(namespace) and len(text) > len(namespace):
            return f"{prefix}:{text[len(namespace) :]}"
    return f"<{text}>"


_CURIE_PREFIXES = sorted(
    [*PREFIXES.items(), ("sh", str(SH)), ("kzsh", "https://w3id.org/kizuna-graph/shapes#")],
    key=lambda item: -len(item[1]),
)


def path_text(graph: Graph, node: Node) -> str:
    """A SHACL property path in SPARQL syntax: ``kz:hasAction/kz:actor``, ``^kz:hasMeasure``…"""
    if isinstance(node, URIRef):
        return curie(node)
    inverse = graph.value(node, SH.inversePath)
    if inverse is not None:
        return "^" + path_text(graph, inverse)
    if graph.value(node, RDF.first) is not None:
        return "/".join(path_text(graph, item) for item in Collection(graph, node))
    alternatives = graph.value(node, SH.alternativePath)
    if alternatives is not None:
        return "(" + "|".join(path_text(graph, item) for item in Collection(graph, alternatives)) + ")"
    for predicate, suffix in ((SH.zeroOrMorePath, "*"), (SH.oneOrMorePath, "+"), (SH.zeroOrOnePath, "?")):
        inner = graph.value(node, predicate)
        if inner is not None:
            return f"({path_text(graph, inner)}){suffix}"
    return "?"


class _Resolver:
    def __init__(self, data: Graph, shapes: Graph, results: Graph, locations: Mapping[URIRef, int]) -> None:
        self.data, self.shapes, self.results, self.locations = data, shapes, results, locations
        self.elements: dict[Node, Subject] = {}

    def element(self, node: Node) -> Subject:
        if node not in self.elements:
            types = set(self.data.objects(node, RDF.type))
            kind = next((k for k in KINDS if k in types), None)
            notation = (
                self.data.value(node, KZ.referenceCode)
                or self.data.value(node, KZ.projectId)
                or self.data.value(node, SKOS.notation)
            )
            label = label_of(self.data, node, SKOS.prefLabel, DCTERMS.title, SKOS.altLabel)
            self.elements[node] = Subject(
                node=node,
                kind=kind,
                notation=str(notation) if notation is not None else None,
                label_ja=label.ja or None,
                label_en=label.en,
                line=self.locations.get(node) if isinstance(node, URIRef) else None,
                printed=self._printed(node, kind, str(notation) if notation is not None else None),
            )
        return self.elements[node]

    def _printed(self, node: Node, kind: URIRef | None, notation: str | None) -> str | None:
        """``1-1-1 社協①`` for a numbered action, ``2-3 ●4`` for a citizen action, as the plan prints them
        (:func:`~kizuna_graph.plan.view.printed`); None for other elements."""
        if notation is None or kind not in (KZ.NumberedAction, KZ.CitizenAction):
            return None
        actor = self.data.value(node, KZ.actor)
        # the actor as the plan prints it at its actions: its shortest Japanese name (社協, 市)
        name = (
            label_of(self.data, actor, SKOS.prefLabel, SKOS.altLabel, pick="shortest").ja if actor else None
        )
        view_kind = Kind.CITIZEN_ACTION if kind == KZ.CitizenAction else Kind.ACTION
        shown = printed(notation, view_kind, name)
        return shown if shown != notation else None

    def message(self, shape: Node, result: Node, lang: str) -> str:
        """The shape's message in ``lang`` (pySHACL drops the language of SPARQL constraint messages)."""
        for message in self.shapes.objects(shape, SH.message):
            if isinstance(message, Literal) and message.language == lang:
                return str(message)
        return " ".join(sorted(str(m) for m in self.results.objects(result, SH.resultMessage)))

    def finding(self, result: Node) -> Finding:
        r = self.results
        focus_node, component, shape = (
            r.value(result, p) for p in (SH.focusNode, SH.sourceConstraintComponent, SH.sourceShape)
        )
        value_node = r.value(result, SH.value)
        path = r.value(result, SH.resultPath)
        if focus_node is None or component is None or shape is None:  # pySHACL always gives all three
            raise ValueError(f"incomplete SHACL validation result {result}")
        focus = self.element(focus_node)
        value: Subject | Literal | None
        if value_node is None or isinstance(value_node, Literal):
            value = value_node
        else:
            value = self.element(value_node)
        element = focus
        if component == SH.SPARQLConstraintComponent and isinstance(value, Subject):
            element = value
        if element.line is None and focus.line is not None:
            element = Subject(
                element.node,
                element.kind,
                element.notation,
                element.label_ja,
                element.label_en,
                focus.line,
                element.printed,
            )
        return Finding(
            severity=_SEVERITIES.get(r.value(result, SH.resultSeverity) or SH.Violation, "violation"),
            element=element,
            focus=focus,
            path=path_text(r, path) if path is not None else None,
            component=curie(component),
            value=value,
            shape=curie(shape) if isinstance(shape, URIRef) else "",
            message_ja=self.message(shape, result, "ja"),
            message_en=self.message(shape, result, "en"),
            result=result,
        )


def _sort_key(finding: Finding) -> tuple[object, ...]:
    element = finding.element
    return (
        element.line if element.line is not None else 1 << 30,
        notation_key(element.notation),
        str(element.node) if not isinstance(element.node, BNode) else "",
        ("violation", "warning", "info").index(finding.severity),
        finding.shape,
        finding.path or "",
        str(finding.value.node if isinstance(finding.value, Subject) else finding.value or ""),
    )
