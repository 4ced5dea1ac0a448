"""The release describes itself: DCAT catalogue (DCAT-AP 3), VoID, README, CITATION.cff and licence files.

Expected figures come from outside the code under test: checksums and sizes from the committed files with
hashlib, VoID counts from the N-Triples lines with a regular expression, the DCAT-AP requirements from the
shapes (each broken catalogue in ``tests/catalog/broken/`` names the shape that must catch it).
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
import tomllib
from collections import Counter
from pathlib import Path

import pytest
import yaml
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCAT, DCTERMS, OWL, RDF, RDFS, SH, SKOS, VOID

from kizuna_graph.errors import ExportError
from kizuna_graph.export.csvw import csv_file_info
from kizuna_graph.export.release import check_described, load_release
from kizuna_graph.jobs.publish import SELF_DESCRIPTION, self_description
from kizuna_graph.terms.iris import DEFAULT_BASE
from kizuna_graph.terms.namespaces import SPDX
from kizuna_graph.validate.shacl import load_shapes, validate

ROOT = Path(__file__).resolve().parents[1]
EXPORTS = ROOT / "exports"
BROKEN = Path(__file__).parent / "catalog" / "broken"
DCAT_AP = "https://semiceu.github.io/DCAT-AP/releases/3.0.0/"
NT_LINE = re.compile(r"^(<[^>]*>) (<[^>]*>) (.*) \.$")


@pytest.fixture(scope="module")
def catalog() -> Graph:
    return Graph().parse(EXPORTS / "catalog.ttl", format="turtle")


@pytest.fixture(scope="module")
def dataset(catalog: Graph) -> URIRef:
    (found,) = set(catalog.subjects(RDF.type, DCAT.Dataset))
    assert isinstance(found, URIRef)
    return found


def test_the_catalogue_meets_dcat_ap_mandatory_and_recommended(catalog: Graph) -> None:
    report = validate(catalog, shape_set="catalog")
    assert [f"{f.shape}: {f.message_en}" for f in report.findings] == []


#: DCAT-AP 3.0.0's mandatory and recommended properties per class, as its document lists them (read by hand),
#: and the optional ones this project requires (download URL, media type, size, checksum, dates, version…).
DCAT_AP_LEVELS = {
    ("Catalog", "mandatory"): 4,  # dataset, description, publisher, title
    (
        "Catalog",
        "recommended",
    ): 7,  # geographical coverage, homepage, language, licence, modified, issued, themes
    ("Dataset", "mandatory"): 2,  # description, title
    (
        "Dataset",
        "recommended",
    ): 7,  # contact point, distribution, keyword, publisher, spatial, temporal, theme
    ("Dataset", "project"): 9,
    ("Distribution", "mandatory"): 1,  # access URL
    ("Distribution", "recommended"): 4,  # availability, description, format, licence
    ("Distribution", "project"): 4,
    ("Checksum", "mandatory"): 2,  # algorithm, checksum value
    ("Agent", "mandatory"): 1,  # name
    ("Agent", "recommended"): 1,  # type
    ("PeriodOfTime", "recommended"): 2,  # start date, end date
    ("DataService", "mandatory"): 2,  # endpoint URL, title
    ("DataService", "recommended"): 1,  # serves dataset
}


def test_every_catalogue_shape_cites_the_dcat_ap_property_it_enforces() -> None:
    shapes = load_shapes("catalog")
    levels: Counter[tuple[str, str]] = Counter()
    for node in shapes.subjects(RDF.type, SH.NodeShape):
        for shape in shapes.objects(node, SH.property):
            (cited,) = set(shapes.objects(shape, RDFS.seeAlso))
            assert str(cited).startswith(DCAT_AP + "#"), shape
            (note,) = {
                str(n)
                for n in shapes.objects(shape, SKOS.note)
                if isinstance(n, Literal) and n.language == "en"
            }
            level = "project" if note.startswith("required by this project") else note.split()[-1]
            levels[(str(node).rsplit("#", 1)[-1], level)] += 1
    assert dict(levels) == DCAT_AP_LEVELS


BROKEN_CASES = sorted(BROKEN.glob("*.ru"))


def test_broken_catalogue_cases_found() -> None:
    assert len(BROKEN_CASES) == 11


@pytest.mark.parametrize("case", BROKEN_CASES, ids=lambda p: p.stem)
def test_a_broken_catalogue_is_caught_by_its_shape(catalog: Graph, case: Path) -> None:
    text = case.read_text(encoding="utf-8")
    expected = re.search(r"^# expect: (\S+)$", text, re.MULTILINE)
    assert expected is not None, f"{case.name}: no '# expect:' line"
    broken = Graph()
    for triple in catalog:
        broken.add(triple)
    before = len(broken)
    broken.update(text)
    assert len(broken) != before or "INSERT" in text, f"{case.name} changed nothing"
    report = validate(broken, shape_set="catalog")
    assert {f.shape for f in report.findings} == {expected.group(1)}


def test_every_distribution_has_the_size_and_checksum_of_its_file(catalog: Graph, dataset: URIRef) -> None:
    distributions = list(catalog.objects(dataset, DCAT.distribution))
    published = {p.name for p in EXPORTS.iterdir() if p.is_file()}
    names = set()
    for distribution in distributions:
        url = str(catalog.value(distribution, DCAT.downloadURL))
        name = url.rsplit("/", 1)[-1]
        names.add(name)
        data = (EXPORTS / name).read_bytes()
        assert int(catalog.value(distribution, DCAT.byteSize)) == len(data), name  # type: ignore[arg-type]
        checksum = catalog.value(distribution, SPDX.checksum)
        assert catalog.value(checksum, SPDX.algorithm) == SPDX.checksumAlgorithm_sha256
        assert str(catalog.value(checksum, SPDX.checksumValue)) == hashlib.sha256(data).hexdigest(), name
        assert catalog.value(distribution, DCAT.accessURL) == URIRef(url)
    # every published file is a distribution, except the files that describe the release
    assert names == published - set(SELF_DESCRIPTION)
    assert "catalog.ttl" not in names, "the catalogue cannot carry its own checksum"


def test_download_urls_are_in_the_versioned_release_folder(catalog: Graph, dataset: URIRef) -> None:
    version = str(catalog.value(dataset, URIRef(str(DCAT) + "version")))
    for url in catalog.objects(None, DCAT.downloadURL):
        assert str(url).startswith(f"{DEFAULT_BASE}releases/{version}/"), url


def test_the_dataset_description_is_the_plan_graphs(catalog: Graph, dataset: URIRef, graph: Graph) -> None:
    for predicate in (
        DCTERMS.title,
        DCTERMS.description,
        DCTERMS.license,
        DCTERMS.publisher,
        DCTERMS.spatial,
    ):
        assert set(catalog.objects(dataset, predicate)) >= set(graph.objects(dataset, predicate)) != set()
    plan = graph.value(dataset, URIRef("http://xmlns.com/foaf/0.1/primaryTopic"))
    assert set(catalog.objects(dataset, DCTERMS.creator)) == set(graph.objects(plan, DCTERMS.publisher))
    assert set(catalog.objects(dataset, DCAT.contactPoint)) == set(graph.objects(plan, DCAT.contactPoint))


def test_no_blank_nodes_in_the_self_description() -> None:
    for name in ("catalog.ttl", "void.ttl"):
        text = (EXPORTS / name).read_text(encoding="utf-8")
        assert "_:" not in text and "[" not in text, name


def test_one_version_for_package_ontology_dataset_and_citation(catalog: Graph, dataset: URIRef) -> None:
    package = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    ontology = Graph().parse(ROOT / "ontology" / "kizuna.ttl")
    (ontology_iri,) = set(ontology.subjects(RDF.type, OWL.Ontology))
    assert str(ontology.value(ontology_iri, OWL.versionInfo)) == package
    assert str(catalog.value(dataset, URIRef(str(DCAT) + "version"))) == package
    cff = yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    assert cff["version"] == package


def test_the_root_citation_file_is_the_generated_one(catalog: Graph, dataset: URIRef) -> None:
    root, generated = (ROOT / "CITATION.cff").read_bytes(), (EXPORTS / "CITATION.cff").read_bytes()
    assert root == generated, "CITATION.cff is stale: run `kizuna build` and `cp exports/CITATION.cff .`"
    cff = yaml.safe_load(root)
    assert cff["cff-version"] == "1.2.0" and cff["type"] == "dataset"
    assert cff["license"] == "CC-BY-4.0"
    assert str(catalog.value(dataset, DCTERMS.license)) == "https://creativecommons.org/licenses/by/4.0/"
    assert {a["name"] for a in cff["references"][0]["authors"]} == {"伊勢崎市", "伊勢崎市社会福祉協議会"}


def test_licence_files_match_the_package_and_the_dataset(graph: Graph, dataset: URIRef) -> None:
    package = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert package["license"] == "MIT"
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License\n")
    data = (ROOT / "LICENSE-DATA").read_text(encoding="utf-8")
    assert str(graph.value(dataset, DCTERMS.license)) in data
    rights = list(graph.objects(dataset, DCTERMS.rights))
    assert len(rights) == 2
    for text in rights:
        assert str(text) in data, f"LICENSE-DATA does not quote the dataset's rights ({text.language})"


def test_the_exports_readme_names_every_file_in_both_languages() -> None:
    text = (EXPORTS / "README.md").read_text(encoding="utf-8")
    assert "## 日本語" in text and "## English" in text
    for path in EXPORTS.iterdir():
        if path.is_file():
            assert text.count(f"[`{path.name}`]({path.name})") == 2, path.name


def test_void_figures_recount_from_the_ntriples(dataset: URIRef) -> None:
    void = Graph().parse(EXPORTS / "void.ttl", format="turtle")
    triples = []
    for line in (EXPORTS / "isesaki-3.nt").read_text(encoding="utf-8").splitlines():
        match = NT_LINE.match(line)
        assert match, line
        triples.append(match.groups())
    subjects = {s for s, _, _ in triples}
    classes = Counter(o for _, p, o in triples if p == f"<{RDF.type}>")
    properties = Counter(p for _, p, _ in triples)

    def figure(node: object, predicate: URIRef) -> int:
        return int(void.value(node, predicate))  # type: ignore[arg-type]

    assert figure(dataset, VOID.triples) == len(triples) == 2520
    assert figure(dataset, VOID.distinctSubjects) == len(subjects)
    assert figure(dataset, VOID.distinctObjects) == len({o for _, _, o in triples})
    assert figure(dataset, VOID.entities) == len({s for s in subjects if s.startswith(f"<{DEFAULT_BASE}")})
    assert figure(dataset, VOID.classes) == len(classes)
    assert figure(dataset, VOID.properties) == len(properties)
    partitions = {
        f"<{void.value(p, VOID['class'])}>": figure(p, VOID.entities)
        for p in void.objects(dataset, VOID.classPartition)
    }
    assert partitions == dict(classes)
    assert partitions[f"<{URIRef('https://w3id.org/kizuna-graph/def#NumberedAction')}>"] == 90
    properties_found = {
        f"<{void.value(p, VOID.property)}>": figure(p, VOID.triples)
        for p in void.objects(dataset, VOID.propertyPartition)
    }
    assert properties_found == dict(properties)
    assert str(void.value(dataset, VOID.uriSpace)) == DEFAULT_BASE
    dumps = {str(d).rsplit("/", 1)[-1] for d in void.objects(dataset, VOID.dataDump)}
    assert dumps == {"isesaki-3.ttl", "isesaki-3.nt", "isesaki-3.jsonld"}
    vocabularies = {str(v) for v in void.objects(dataset, VOID.vocabulary)}
    assert {str(SKOS), "https://w3id.org/kizuna-graph/def#", str(DCAT)} <= vocabularies
    examples = set(void.objects(dataset, VOID.exampleResource))
    assert len(examples) == 5 and all(f"<{e}>" in subjects for e in examples)


def test_a_sparql_endpoint_becomes_a_data_service(graph: Graph) -> None:
    release = dataclasses.replace(load_release(), sparql_endpoint="https://sparql.kizuna-graph.jp/sparql")
    names = {*release.file_info("isesaki-3"), *(info.name for info in csv_file_info("isesaki-3"))} - {
        "void.ttl"
    }
    data_files = {name: (lambda: b"stand-in") for name in names}
    files = self_description(graph, data_files, base=DEFAULT_BASE, slug="isesaki-3", release=release)
    catalog = Graph().parse(data=files["catalog.ttl"](), format="turtle")
    (service,) = set(catalog.subjects(RDF.type, DCAT.DataService))
    assert catalog.value(service, DCAT.endpointURL) == URIRef("https://sparql.kizuna-graph.jp/sparql")
    assert (None, DCAT.service, service) in catalog
    assert validate(catalog, shape_set="catalog").findings == ()


def test_a_published_file_without_a_description_stops_the_build() -> None:
    release = load_release()
    with pytest.raises(ExportError, match=r"describe isesaki-3\.xml under 'files'"):
        check_described(release, "isesaki-3", {*release.file_info("isesaki-3"), "isesaki-3.xml"})
    with pytest.raises(ExportError, match=r"remove void\.ttl \(not published\)"):
        check_described(release, "isesaki-3", set(release.file_info("isesaki-3")) - {"void.ttl"})
