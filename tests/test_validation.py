"""The shapes and the validation library: the shapes themselves, what validation does to a graph, reports."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SH, SKOS, VANN, XSD
from revision_cases import BUNDLED, key, load_cases

from kizuna_graph.cli import main
from kizuna_graph.plan.build import build_graph
from kizuna_graph.plan.source import load_plan
from kizuna_graph.resources import data_dir, ontology_path
from kizuna_graph.terms.namespaces import DCATAP, KZ, SPDX, VCARD
from kizuna_graph.validate.lookup import list_lookup
from kizuna_graph.validate.report import render_json, render_text, report_graph
from kizuna_graph.validate.shacl import (
    SHAPE_FILES,
    Report,
    load_shapes,
    validate,
    validate_file,
    validate_ontology,
)

SHAPES = data_dir("shapes")
KZSH = "https://w3id.org/kizuna-graph/shapes#"
VALID_REVISIONS = sorted((Path(__file__).parent / "revisions" / "valid").glob("*.yaml"))


def _all_shapes() -> Graph:
    graph = Graph()
    for path in sorted(SHAPES.glob("*.ttl")):
        graph.parse(path, format="turtle")
    return graph


def _shape_nodes(graph: Graph) -> set[URIRef | BNode]:
    shapes: set = set(graph.subjects(RDF.type, SH.NodeShape)) | set(
        graph.subjects(RDF.type, SH.PropertyShape)
    )
    for predicate in (SH.property, SH.node, SH.qualifiedValueShape):
        shapes |= set(graph.objects(None, predicate))
    return shapes


def test_shape_files_are_the_ones_loaded() -> None:
    loaded = {name for names in SHAPE_FILES.values() for name in names}
    assert loaded == {p.name for p in SHAPES.glob("*.ttl")}
    assert SHAPE_FILES["plan"] == ("plan-core.ttl", "vocabularies.ttl", "recommendations.ttl")


def test_shapes_conform_to_shacl_for_shacl() -> None:
    import pyshacl

    shacl_shacl = Graph().parse(Path(pyshacl.__file__).parent / "assets" / "shacl-shacl.ttl", format="turtle")
    conforms, _, text = pyshacl.validate(_all_shapes(), shacl_graph=shacl_shacl, inference="none")
    assert conforms, text


#: what a node shape may say besides its constraints: a result never carries a message from these alone
_NOT_CONSTRAINTS = {
    SH.property,
    SH.targetClass,
    SH.targetNode,
    SH.targetSubjectsOf,
    SH.targetObjectsOf,
    SH.target,
    SH.message,
    SH.severity,
    SH.name,
    SH.description,
    SH.deactivated,
    SH.order,
    SH.group,
}


def _shows_own_message(graph: Graph, shape: URIRef) -> bool:
    """A result can carry this shape's sh:message: it is a property shape, or a node shape with a constraint
    of its own (sh:sparql, sh:class, sh:or…). A node shape that only groups property shapes never can."""
    if (shape, RDF.type, SH.PropertyShape) in graph or (shape, SH.path, None) in graph:
        return True
    return any(
        str(p).startswith(str(SH)) and p not in _NOT_CONSTRAINTS for p in graph.predicates(shape, None)
    )


def test_every_shape_has_a_label_and_a_message_where_one_can_be_shown() -> None:
    graph = _all_shapes()
    shapes = _shape_nodes(graph)
    assert len(shapes) > 60
    grouping = 0
    for shape in shapes:
        assert isinstance(shape, URIRef), f"a shape without a name: {shape}"
        labels = sorted(o.language for o in graph.objects(shape, RDFS.label) if isinstance(o, Literal))
        assert labels == ["en", "ja"], f"{shape} rdfs:label: {labels}"
        messages = sorted(o.language for o in graph.objects(shape, SH.message) if isinstance(o, Literal))
        if _shows_own_message(graph, shape):
            assert messages == ["en", "ja"], f"{shape} sh:message: {messages}"
        else:  # filler: no validation result can ever show it
            grouping += 1
            assert messages == [], f"{shape}: a node shape with only sh:property constraints has no message"
    assert grouping >= 20  # the node shapes of goals, policies, measures, DCAT classes…


def test_shapes_are_open_and_severities_split_by_file() -> None:
    for path in SHAPES.glob("*.ttl"):
        graph = Graph().parse(path, format="turtle")
        assert not list(graph.subjects(SH.closed, None)), f"{path.name}: a closed shape"
        severities = set(graph.objects(None, SH.severity))
        assert severities == ({SH.Warning} if path.name == "recommendations.ttl" else set()), path.name
    recommendations = Graph().parse(SHAPES / "recommendations.ttl", format="turtle")
    for shape in recommendations.subjects(RDF.type, None):
        if (shape, RDF.type, OWL.Ontology) in recommendations or not str(shape).startswith(KZSH):
            continue
        constraining = {SH.sparql, SH.path}
        if any(recommendations.value(shape, p) is not None for p in constraining):
            assert recommendations.value(shape, SH.severity) == SH.Warning, shape


def test_every_term_in_the_shapes_is_declared() -> None:
    """kz: terms exist in the ontology (the closed KZ namespace); other IRIs come from allowed vocabularies."""
    allowed = [str(ns) for ns in (SH, RDF, RDFS, OWL, XSD, SKOS, DCTERMS, DCAT, FOAF, ORG, VANN)]
    allowed += [KZSH, "https://w3id.org/kizuna-graph/shapes/", "http://www.w3.org/2004/02/skos/core#"]
    # the catalogue shapes: PROV, vCard, SPDX checksums, DCAT-AP (its namespace and the document they cite)
    allowed += [
        str(PROV),
        str(VCARD),
        str(SPDX),
        str(DCATAP),
        "https://semiceu.github.io/DCAT-AP/releases/3.0.0/",
    ]
    graph = _all_shapes()
    used: set[str] = set()
    for triple in graph:
        used |= {str(t) for t in triple if isinstance(t, URIRef)}
    for query in graph.objects(None, SH.select):
        used |= {str(KZ) + name for name in re.findall(r"\bkz:(\w+)", str(query))}
        used |= {str(SKOS) + name for name in re.findall(r"\bskos:(\w+)", str(query))}
    for iri in sorted(used):
        if iri.startswith(str(KZ)):
            assert hasattr(KZ, iri[len(str(KZ)) :]), f"{iri} is not a term of ontology/kizuna.ttl"
        elif iri.startswith(str(SKOS)):
            assert URIRef(iri) in SKOS, iri
        else:
            assert any(iri.startswith(ns) for ns in allowed), f"{iri}: not from an allowed vocabulary"


def test_sparql_constraints_have_the_plan_as_their_only_focus_node(graph: Graph) -> None:
    """pySHACL parses a SPARQL constraint again for every focus node: each must see the plan alone."""
    import pyshacl
    from pyshacl.shapes_graph import ShapesGraph

    shapes = ShapesGraph(load_shapes("plan"))
    sparql_shapes = [s for s in shapes.shapes if s.sg.graph.value(s.node, SH.sparql) is not None]
    assert len(sparql_shapes) == 5
    for shape in sparql_shapes:
        assert shape.focus_nodes(graph) == {URIRef("https://w3id.org/kizuna-graph/plans/isesaki/3")}
    assert pyshacl  # imported for ShapesGraph


def test_validation_leaves_the_graph_alone(graph: Graph) -> None:
    before = set(graph)
    validate(graph)
    assert set(graph) == before


def test_subclasses_of_our_classes_pass(bundled_report: Report) -> None:
    """Shapes are open and target by class: an instance of a subclass declared in the data is checked and passes."""
    result = build_graph(load_plan(BUNDLED))
    graph = result.graph
    special = URIRef("urn:kizuna-test:SpecialMeasure")
    measure = URIRef("https://w3id.org/kizuna-graph/plans/isesaki/3/measure/promoting-volunteer-activities")
    graph.add((special, RDFS.subClassOf, KZ.Measure))
    graph.remove((measure, RDF.type, KZ.Measure))
    graph.add((measure, RDF.type, special))
    graph.add((measure, URIRef("urn:kizuna-test:extra"), Literal("an extra property")))
    assert sorted(key(f) for f in validate(graph).findings) == sorted(key(f) for f in bundled_report.findings)
    graph.remove((measure, SKOS.prefLabel, Literal("ボランティア活動の促進", lang="ja")))  # and it is checked
    assert [(f.element.notation, f.shape) for f in validate(graph).violations] == [
        ("2-1-1", "kzsh:Element-japaneseLabel")
    ]


def test_each_plan_of_a_graph_is_validated_on_its_own(tmp_path: Path) -> None:
    """Two plans under different bases: the SPARQL checks of one plan do not see the other's elements."""
    case = next(c for c in load_cases() if c.name == "skipped-action-number")
    revised = load_plan(case.write(tmp_path), numbering="lenient")
    broken = build_graph(revised, base="https://data.city.isesaki.test/lod/").graph
    merged = build_graph(load_plan(BUNDLED)).graph
    for triple in broken:
        merged.add(triple)
    report = validate(merged)
    assert [str(f.element.node) for f in report.violations] == [
        "https://data.city.isesaki.test/lod/plans/isesaki/3/action/community-welfare-activity-examples"
    ]
    assert len(report.warnings) == 8


def test_an_action_cannot_take_the_actor_of_another_edition_in_the_graph() -> None:
    """Two editions in one graph under one base: each action's actor must be an actor of its own plan.

    The organisations (the City, the Council) are actors of both editions; the citizens of the 3rd edition are
    a kz:Actor, so only kzsh:PlanActorShape tells that a 4th-edition citizen action may not take them.
    """
    merged = build_graph(load_plan(BUNDLED)).graph
    next_edition = Path(__file__).parent / "revisions" / "valid" / "next-edition.yaml"
    for triple in build_graph(load_plan(next_edition)).graph:
        merged.add(triple)
    assert validate(merged).conforms
    base = "https://w3id.org/kizuna-graph/plans/isesaki/"
    action = URIRef(base + "4/citizen-action/take-interest-community-people")
    merged.set((action, KZ.actor, URIRef(base + "3/actor/citizens")))
    violations = validate(merged).violations
    assert [(str(f.focus.node), str(f.element.node), f.path, f.shape) for f in violations] == [
        (base + "4", str(action), "kz:actor", "kzsh:PlanActorShape")
    ]


def test_ontology_lint_passes_on_our_ontology() -> None:
    report = validate_ontology()
    assert report.findings == (), render_text([report], lang="en")


def test_ontology_lint_finds_missing_label_definition_version_and_license(tmp_path: Path) -> None:
    graph = Graph().parse(ontology_path(), format="turtle")
    ontology = URIRef("https://w3id.org/kizuna-graph/def")
    graph.remove((KZ.Measure, RDFS.label, Literal("measure", lang="en")))
    graph.remove((KZ.actor, SKOS.definition, None))
    graph.remove((ontology, OWL.versionIRI, None))
    graph.set((ontology, DCTERMS.license, Literal("CC BY 4.0")))
    path = tmp_path / "kizuna.ttl"
    graph.serialize(path, format="turtle")
    found = sorted(
        (f.path, str(f.value.node) if hasattr(f.value, "node") else None, f.component)
        for f in validate_ontology(path).findings
    )
    assert found == sorted(
        [
            ("dcterms:license", None, "sh:NodeKindConstraintComponent"),
            ("owl:versionIRI", None, "sh:MinCountConstraintComponent"),
            ("rdfs:label", str(KZ.Measure), "sh:SPARQLConstraintComponent"),
            ("skos:definition", str(KZ.actor), "sh:SPARQLConstraintComponent"),  # both languages: one
        ]
    )


@pytest.mark.parametrize("path", VALID_REVISIONS, ids=[p.stem for p in VALID_REVISIONS])
def test_valid_revisions_conform(path: Path) -> None:
    report = validate_file(path)
    assert report.conforms, render_text([report], lang="en")


def test_there_are_valid_revisions() -> None:
    assert len(VALID_REVISIONS) >= 2


def test_bundled_exports_validate_like_the_source(bundled_report: Report) -> None:
    """The published Turtle, N-Triples and JSON-LD give the findings of the YAML source (without lines)."""
    exports = Path(__file__).resolve().parents[1] / "exports"
    expected = sorted(key(f) for f in bundled_report.findings)
    for name in ("isesaki-3.ttl", "isesaki-3.nt", "isesaki-3.jsonld"):
        report = validate_file(exports / name)
        assert sorted(key(f) for f in report.findings) == expected, name
        assert all(f.element.line is None for f in report.findings)


def test_json_report_is_stable_and_complete(
    capsys: pytest.CaptureFixture[str], bundled_report: Report
) -> None:
    assert main(["validate", str(BUNDLED), "--format", "json"]) == 0
    first = capsys.readouterr().out
    assert main(["validate", str(BUNDLED), "--format", "json"]) == 0
    assert capsys.readouterr().out == first
    document = json.loads(first)
    assert document["format"] == "kizuna-validation-report/1" and document["passes"] is True
    [report] = document["reports"]
    assert report["counts"] == {"violation": 0, "warning": 4, "info": 0}
    finding = report["findings"][0]
    assert finding["element"]["notation"] == "1-1-4"
    assert finding["element"]["label"] == {
        "ja": "学習機会の充実",
        "en": "Strengthening learning opportunities",
    }
    assert finding["line"] == finding["element"]["line"] and finding["file"] == str(BUNDLED)
    assert set(finding) == {
        "severity", "element", "focus", "path", "component", "value", "shape", "message", "file", "line",
    }  # fmt: skip
    assert render_json([bundled_report], lang="en") == first


def test_turtle_report_is_the_shacl_report_without_blank_result_nodes(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    case = next(c for c in load_cases() if c.name == "orphan-measure")
    path = case.write(tmp_path)
    assert main(["validate", str(path), "--format", "turtle"]) == 1
    graph = Graph().parse(data=capsys.readouterr().out, format="turtle")
    [report] = graph.subjects(RDF.type, SH.ValidationReport)
    assert isinstance(report, URIRef) and graph.value(report, SH.conforms) == Literal(False)
    results = list(graph.objects(report, SH.result))
    assert len(results) == 5 and all(isinstance(r, URIRef) for r in results)  # 1 violation, 4 warnings
    for result in results:
        assert {m.language for m in graph.objects(result, SH.resultMessage)} == {"ja", "en"}
        assert graph.value(result, SH.resultSeverity) in (SH.Violation, SH.Warning)
    # only SHACL property paths (sh:inversePath, lists) are blank nodes
    blank_subjects = {s for s in graph.subjects() if isinstance(s, BNode)}
    assert blank_subjects and all(
        graph.value(b, SH.inversePath) is not None or graph.value(b, RDF.first) is not None
        for b in blank_subjects
    )
    assert graph.isomorphic(report_graph([validate_file(path)]))  # same IRIs on every run


def test_text_report_shows_literal_values_and_line_per_element(tmp_path: Path) -> None:
    case = next(c for c in load_cases() if c.name == "period-reversed")
    path = case.write(tmp_path)
    report = validate_file(path)
    text = render_text([report], lang="ja")
    line = path.read_text(encoding="utf-8").splitlines().index("    start: 2025-03-31") + 1
    assert f"計画期間「令和２年度から令和６年度」 — {path}:{line}" in text
    assert "計画期間の開始日がないか、終了日より後になっています。" in text
    assert "値：「2025-03-31」" in text
    english = render_text([report], lang="en")
    assert "plan period 「令和２年度から令和６年度」 (FY2020 to FY2024)" in english
    assert 'value: "2025-03-31"' in english


def test_findings_carry_typed_fields(tmp_path: Path) -> None:
    case = next(c for c in load_cases() if c.name == "unknown-actor")
    finding, of_plan = validate_file(case.write(tmp_path)).violations  # both filed under the action
    assert (of_plan.shape, of_plan.focus.kind, of_plan.element) == (
        "kzsh:PlanActorShape",
        KZ.JointWelfarePlan,
        finding.element,
    )
    assert finding.severity == "violation"
    assert finding.element.kind == KZ.NumberedAction and finding.element.notation == "1-2-1-council-1"
    assert finding.element.label_ja == "地域を良くする仕組みづくり"
    assert finding.path == "kz:actor" and finding.component == "sh:ClassConstraintComponent"
    assert finding.shape == "kzsh:Actor-known"
    assert finding.message_ja.startswith("実施主体が計画の主体（actors）の一覧にありません。")
    assert finding.message_en.startswith("The actor is not among the plan's actors")
    assert finding.value is not None and not isinstance(finding.value, Literal)
    assert finding.value.kind is None  # the misspelt actor is not described


def test_validate_changes_only_pyshacls_lookup_of_constraint_parameters(tmp_path: Path) -> None:
    """The one piece of pySHACL state replaced is its cached list of constraint parameters, by the same list with
    a set lookup (kizuna_graph/validate/lookup.py: no gain for one plan, 14 % a plan over a corpus; CHANGELOG);
    the results are those of pySHACL left entirely as it is."""
    import pyshacl
    from pyshacl import shape
    from pyshacl.constraints import ALL_CONSTRAINT_PARAMETERS

    graph = Graph().parse(next(c for c in load_cases() if c.name == "orphan-measure").write(tmp_path))
    ours = validate(graph).results
    after = shape.CONSTRAINT_PARAMS  # type: ignore[attr-defined]
    assert type(after[0]).__name__ == "_SetList" and list(after[0]) == list(ALL_CONSTRAINT_PARAMETERS)
    with list_lookup():
        _, plain, _ = pyshacl.validate(graph, shacl_graph=load_shapes("plan"), inference="none")
        assert type(shape.CONSTRAINT_PARAMS[0]) is list  # type: ignore[attr-defined]

    def results(report: Graph) -> set[tuple[object, ...]]:
        return {
            tuple(report.value(r, p) for p in (SH.focusNode, SH.sourceShape, SH.value, SH.resultSeverity))
            for r in report.subjects(RDF.type, SH.ValidationResult)
        }

    assert results(ours) == results(plain) and len(results(plain)) == 5


def test_the_kizuna_command_ends_with_its_report_complete(tmp_path: Path) -> None:
    """The `kizuna validate` process leaves without interpreter teardown: output and exit code are intact."""
    import subprocess
    import sys

    kizuna = str(Path(sys.executable).with_name("kizuna"))
    done = subprocess.run(
        [kizuna, "validate", str(BUNDLED), "--format", "json"], capture_output=True, text=True
    )
    assert done.returncode == 0 and done.stderr == ""
    assert json.loads(done.stdout)["reports"][0]["counts"]["warning"] == 4
    path = next(c for c in load_cases() if c.name == "missing-citizen-actions").write(tmp_path)
    done = subprocess.run([kizuna, "validate", str(path), "--lang", "en"], capture_output=True, text=True)
    assert done.returncode == 1 and "1 violation, 4 warnings" in done.stdout and done.stdout.endswith("\n")
    done = subprocess.run([kizuna, "validate", str(tmp_path / "none.ttl")], capture_output=True, text=True)
    assert (done.returncode, done.stdout) == (2, "") and done.stderr.count("\n") == 1
