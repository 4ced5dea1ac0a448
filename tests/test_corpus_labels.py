"""SKOS's label rules hold in the union of a published corpus, not only in each plan's graph.

A plan names the edition it revises (``prov:wasRevisionOf``) and describes it as a stub; in a corpus holding
both editions, the stub and the plan's own description meet on one IRI. The corpus is the bundled 3rd edition
and the made-up 4th of tests/revisions/valid/next-edition.yaml, built by one ``kizuna build`` run; the union is
read back from the published TriG files with rdflib's ``Dataset``, and the titles expected are read from the plan
files with plain YAML, not from the code under test.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest
import yaml
from conftest import BUNDLED, ROOT
from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import SKOS

from kizuna_graph.cli import main

NEXT_EDITION = ROOT / "tests" / "revisions" / "valid" / "next-edition.yaml"
SOURCES = (BUNDLED, NEXT_EDITION)
PLANS = "https://w3id.org/kizuna-graph/plans/"


@pytest.fixture(scope="module")
def union(tmp_path_factory: pytest.TempPathFactory) -> Dataset:
    out = tmp_path_factory.mktemp("corpus")
    assert main(["build", *map(str, SOURCES), "--out", str(out)]) == 0
    published = sorted(out.glob("*/*.trig"))
    assert len(published) == len(SOURCES)
    dataset = Dataset()
    for path in published:
        dataset.parse(path, format="trig")
    return dataset


def _labels(union: Dataset, predicate: URIRef) -> dict[tuple[URIRef, str], set[str]]:
    found: dict[tuple[URIRef, str], set[str]] = defaultdict(set)
    for subject, _, value, _ in union.quads((None, predicate, None, None)):
        if isinstance(subject, URIRef) and isinstance(value, Literal) and value.language:
            found[(subject, value.language)].add(str(value))
    return found


def test_no_resource_has_two_preflabels_in_one_language_in_a_corpus(union: Dataset) -> None:
    """SKOS S14: at most one skos:prefLabel per language tag, here across every graph of the corpus."""
    twice = {key: values for key, values in _labels(union, SKOS.prefLabel).items() if len(values) > 1}
    assert not twice


def test_preferred_and_alternative_labels_stay_disjoint_in_a_corpus(union: Dataset) -> None:
    """SKOS S13: no resource has the same literal as its skos:prefLabel and its skos:altLabel."""
    preferred = _labels(union, SKOS.prefLabel)
    alternative = _labels(union, SKOS.altLabel)
    both = {key: preferred[key] & alternative[key] for key in preferred}
    assert not {key: values for key, values in both.items() if values}


@pytest.mark.parametrize("source", SOURCES, ids=lambda path: path.stem)
def test_each_plan_keeps_its_own_title_as_its_preferred_label(source: Path, union: Dataset) -> None:
    plan = yaml.safe_load(source.read_text(encoding="utf-8"))["plan"]
    iri = URIRef(f"{PLANS}{plan['municipality']}/{plan['edition']}")
    labels = _labels(union, SKOS.prefLabel)
    assert labels[(iri, "ja")] == {plan["title"]["ja"]}
    assert labels[(iri, "en")] == {plan["title"]["en"]}
