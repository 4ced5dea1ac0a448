"""Stable identifiers: IRIs come from ids, not positions; the register of published IRIs only grows.

The insertion scenarios of tests/revisions/insertions/ insert an element at the head of a list, renumbering the
rest; every IRI of the bundled plan must still name the same text. The register (plans/isesaki-3.iris.tsv)
must hold every IRI a build publishes, and a build must not drop or repurpose a registered IRI.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, SKOS
from revision_cases import BUNDLED, apply_diff

from kizuna_graph.errors import SourceError
from kizuna_graph.plan.build import build_graph
from kizuna_graph.plan.register import check_register, read_register, register_path
from kizuna_graph.plan.source import load_plan
from kizuna_graph.terms.iris import DEFAULT_BASE
from kizuna_graph.terms.namespaces import KZ

INSERTIONS = Path(__file__).parent / "revisions" / "insertions"
CASES = sorted(INSERTIONS.glob("*.yaml"))
EXPECTED_CASES = 2


def _build(path: Path) -> Graph:
    return build_graph(load_plan(path)).graph


def _labels(graph: Graph) -> dict[URIRef, str]:
    return {
        s: str(o)
        for s, o in graph.subject_objects(SKOS.prefLabel)
        if isinstance(s, URIRef) and isinstance(o, Literal) and o.language == "ja"
    }


def _write(tmp_path: Path, spec: dict[str, Any], name: str) -> Path:
    path = tmp_path / "isesaki-3.yaml"
    path.write_text(apply_diff(BUNDLED.read_text(encoding="utf-8"), spec["diff"], name), encoding="utf-8")
    (tmp_path / "sources").symlink_to(BUNDLED.parent / "sources", target_is_directory=True)
    return path


@pytest.fixture(scope="module")
def bundled() -> Graph:
    return _build(BUNDLED)


def test_all_insertion_cases_are_found() -> None:
    assert len(CASES) == EXPECTED_CASES, [c.name for c in CASES]


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.stem)
def test_insertion_leaves_every_existing_iri_naming_the_same_text(
    case: Path, bundled: Graph, tmp_path: Path
) -> None:
    spec = yaml.safe_load(case.read_text(encoding="utf-8"))
    revised = _build(_write(tmp_path, spec, case.stem))
    before, after = _labels(bundled), _labels(revised)
    changed = {iri: (text, after.get(iri)) for iri, text in before.items() if after.get(iri) != text}
    assert not changed, changed
    # the insertion did renumber: reference codes moved, as many as counted by hand
    codes_before = dict(bundled.subject_objects(KZ.referenceCode))
    codes_after = dict(revised.subject_objects(KZ.referenceCode))
    renumbered = [iri for iri, code in codes_before.items() if codes_after.get(iri) != code]
    assert len(renumbered) == spec["expect_renumbered"]
    # the second listing under 3-3 still lists 社会資源のネットワーク構築
    listed = [after[m] for m in revised.objects(None, KZ.listedMeasure)]
    assert listed == ["社会資源のネットワーク構築"]


def test_measure_iri_is_built_from_its_id_and_its_code_is_a_reference_code(bundled: Graph) -> None:
    measure = URIRef(DEFAULT_BASE + "plans/isesaki/3/measure/support-people-financial-hardship")
    assert _labels(bundled)[measure] == "生活困窮者等への支援"
    assert bundled.value(measure, DCTERMS.identifier) == Literal("support-people-financial-hardship")
    assert bundled.value(measure, KZ.referenceCode) == Literal("3-1-2")
    assert bundled.value(measure, SKOS.notation) is None, "measure numbers are not printed in the plan"


def test_printed_numbers_are_the_only_notations(bundled: Graph) -> None:
    action = URIRef(DEFAULT_BASE + "plans/isesaki/3/action/loans-livelihood-welfare-funds")
    assert bundled.value(action, SKOS.notation) == Literal("①")
    policy = URIRef(DEFAULT_BASE + "plans/isesaki/3/policy/3-1")
    assert bundled.value(policy, SKOS.notation) == Literal("3-1")


def test_also_names_a_measure_by_id_and_a_missing_id_is_an_error_with_its_line(tmp_path: Path) -> None:
    text = BUNDLED.read_text(encoding="utf-8")
    old = "- also: building-network-social-resources"
    assert text.count(old) == 1
    path = tmp_path / "isesaki-3.yaml"
    path.write_text(text.replace(old, "- also: building-network-social-resource"), encoding="utf-8")
    (tmp_path / "sources").symlink_to(BUNDLED.parent / "sources", target_is_directory=True)
    with pytest.raises(SourceError) as raised:
        load_plan(path)
    line = text[: text.index(old)].count("\n") + 1
    assert str(raised.value).startswith(f"{path}:{line}: 'also: building-network-social-resource'")
    assert "did you mean 'building-network-social-resources'" in str(raised.value)


def test_a_reused_id_is_an_error(tmp_path: Path) -> None:
    text = BUNDLED.read_text(encoding="utf-8")
    path = tmp_path / "isesaki-3.yaml"
    path.write_text(text.replace("id: promoting-welfare-education", "id: community-welfare-publicity"))
    (tmp_path / "sources").symlink_to(BUNDLED.parent / "sources", target_is_directory=True)
    with pytest.raises(SourceError, match="measure id 'community-welfare-publicity' is used twice"):
        load_plan(path)


# --- the register ----------------------------------------------------------------------------------------

REGISTER = register_path(BUNDLED, "isesaki-3")


def test_the_build_keeps_every_registered_iri_and_registers_every_new_one(bundled: Graph) -> None:
    registered = read_register(REGISTER)
    assert len(registered) >= 377, "the register only grows"
    assert check_register(registered, bundled) == []


def test_a_dropped_iri_is_reported(bundled: Graph) -> None:
    measure = URIRef(DEFAULT_BASE + "plans/isesaki/3/measure/support-people-financial-hardship")
    smaller = Graph()
    for triple in bundled:
        if measure not in (triple[0],):
            smaller.add(triple)
    problems = check_register(read_register(REGISTER), smaller)
    assert problems == [
        "plans/isesaki/3/measure/support-people-financial-hardship: registered IRI dropped "
        "('生活困窮者等への支援'): retire it in the source instead"
    ]


def test_a_repurposed_iri_is_reported_and_a_retired_one_is_not(bundled: Graph) -> None:
    measure = URIRef(DEFAULT_BASE + "plans/isesaki/3/measure/support-people-financial-hardship")
    changed = Graph()
    for triple in bundled:
        changed.add(triple)
    changed.remove((measure, SKOS.prefLabel, Literal("生活困窮者等への支援", lang="ja")))
    changed.add((measure, SKOS.prefLabel, Literal("情報提供の充実", lang="ja")))
    problems = check_register(read_register(REGISTER), changed)
    assert len(problems) == 1 and "now names '情報提供の充実'" in problems[0]
    changed.add((measure, OWL.deprecated, Literal(True)))
    assert check_register(read_register(REGISTER), changed) == []


def test_positional_iris_published_before_are_retired_with_their_replacement(bundled: Graph) -> None:
    old = URIRef(DEFAULT_BASE + "plans/isesaki/3/measure/3-1-2")
    assert bundled.value(old, OWL.deprecated) == Literal(True)
    new = bundled.value(old, DCTERMS.isReplacedBy)
    assert _labels(bundled)[new] == "生活困窮者等への支援"


def test_diff_matches_the_insertion_by_id(bundled: Graph, tmp_path: Path) -> None:
    """kizuna diff: the inserted measure is added; its siblings are renumbered, not removed and added again."""
    from kizuna_graph.diff.compare import compare_graphs

    case = INSERTIONS / "measure-at-head-of-policy-3-1.yaml"
    spec = yaml.safe_load(case.read_text(encoding="utf-8"))
    revised = _build(_write(tmp_path, spec, case.stem))
    diff = compare_graphs(bundled, revised)
    changes = [(c.change, c.element) for c in diff.changes]
    assert ("added", "measure") in changes
    assert ("removed", "measure") not in changes and ("removed", "action") not in changes
    renumbered = [c for c in diff.changes if c.change == "renumbered"]
    assert len(renumbered) == 3  # the three measures; their actions move with them and are not listed again
    # matched by id: each renumbered element has the same IRI (key) in both plans, only its code moved
    assert all(
        c.old and c.new and c.old.key == c.new.key and c.old.notation != c.new.notation for c in renumbered
    )
