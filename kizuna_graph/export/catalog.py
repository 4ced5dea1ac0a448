"""The DCAT 3 catalogue of a release (``catalog.ttl``), generated from the plan graph and the files.

One ``dcat:Catalog`` holds the ``dcat:Dataset`` of the plan, which has one ``dcat:Distribution`` per
published data file: download URL (the file in the release folder ``{base}releases/{version}/``), media type,
file type, byte size and SHA-256 (``spdx:checksum``), all measured from the bytes about to be written. The
catalogue file itself is not among them: a file cannot carry its own checksum.

The dataset's description — title, description, keywords, publisher, language, licence, rights, spatial and
temporal coverage, provenance, the translation note — is copied from the plan graph, where the plan source
states it. Added here: the plan's publishers as the dataset's creators (they wrote the source text), the
plan's contact points, themes and frequency, issue and modification dates and the version (from
``catalog/release.yaml`` and the ontology), ``dcterms:conformsTo`` the ontology and the shapes. The
shapes in ``shapes/catalog-dcat-ap.ttl`` check the result against DCAT-AP 3's mandatory and recommended
properties. No blank nodes: checksums and the period are named below their distribution or dataset.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, OWL, PROV, RDF, SKOS, XSD
from rdflib.term import Node

from kizuna_graph.export.release import Release
from kizuna_graph.terms.iris import mint
from kizuna_graph.terms.namespaces import (
    ADMS,
    DCAT3,
    DCATAP,
    EU_AUTHORITY,
    IANA_MEDIA_TYPES,
    PUBLISHER_TYPE,
    SPDX,
    VCARD,
    bind_prefixes,
)

#: Languages of the data, as the EU authority table DCAT-AP asks for (by BCP 47 tag of the literals).
_LANGUAGES = {"ja": "JPN", "en": "ENG"}
#: What is copied from the plan graph's dataset node into the catalogue.
_DATASET_PROPERTIES = (
    DCTERMS.title,
    DCTERMS.description,
    DCTERMS.language,
    DCTERMS.license,
    DCTERMS.publisher,
    DCTERMS.rights,
    DCTERMS.spatial,
    DCTERMS.temporal,
    DCAT.keyword,
    SKOS.note,
    PROV.wasDerivedFrom,
    PROV.wasGeneratedBy,
    FOAF.primaryTopic,
)


@dataclass(frozen=True, slots=True)
class Standards:
    """What the dataset conforms to: the ontology (IRI and version) and the shapes' IRIs."""

    ontology: URIRef
    version: str
    shapes: tuple[URIRef, ...]


def release_folder(base: str, version: str) -> URIRef:
    """``{base}releases/{version}``: the folder a release's files are published in."""
    return mint(base, "releases", version)


def download_url(base: str, version: str, name: str) -> URIRef:
    return mint(base, "releases", version, name)


def dataset_iri(graph: Graph) -> URIRef:
    datasets = sorted(s for s in graph.subjects(RDF.type, DCAT.Dataset) if isinstance(s, URIRef))
    if len(datasets) != 1:
        raise ValueError(f"the plan graph must describe exactly one dcat:Dataset, found {len(datasets)}")
    return datasets[0]


def catalog_graph(
    graph: Graph,
    files: Mapping[str, bytes],
    *,
    release: Release,
    standards: Standards,
    slug: str,
    base: str,
) -> Graph:
    """The catalogue of the plan ``graph`` published as ``files`` (name → bytes, the catalogue excluded)."""
    out = bind_prefixes(Graph(bind_namespaces="none"))
    for prefix, namespace in (("adms", ADMS), ("dcatap", DCATAP), ("spdx", SPDX)):
        out.bind(prefix, namespace)
    dataset = dataset_iri(graph)
    catalog = mint(base, "catalog")
    info = release.file_info(slug)
    version = standards.version

    _copy_dataset(graph, out, dataset)
    agents = set(graph.objects(dataset, DCTERMS.publisher))
    plan = graph.value(dataset, FOAF.primaryTopic)
    creators = sorted(graph.objects(plan, DCTERMS.publisher), key=str) if plan is not None else []
    for creator in creators:
        out.add((dataset, DCTERMS.creator, creator))
    for contact in sorted(graph.objects(plan, DCAT.contactPoint), key=str) if plan is not None else []:
        out.add((dataset, DCAT.contactPoint, contact))
        _copy_contact(graph, out, contact)
    for agent in sorted(agents | set(creators), key=str):
        _describe_agent(graph, out, agent, release)
    for language in sorted(_languages(graph, dataset)):
        out.add((dataset, DCTERMS.language, EU_AUTHORITY[f"language/{_LANGUAGES[language]}"]))
    for theme in release.themes:
        out.add((dataset, DCAT.theme, EU_AUTHORITY[f"data-theme/{theme}"]))
    out.add((dataset, DCTERMS.accrualPeriodicity, EU_AUTHORITY[f"frequency/{release.frequency}"]))
    out.add((dataset, DCTERMS.issued, Literal(release.issued)))
    out.add((dataset, DCTERMS.modified, Literal(release.modified)))
    out.add((dataset, DCAT3.version, Literal(version)))
    out.add((dataset, OWL.versionInfo, Literal(version)))
    out.add((dataset, DCTERMS.identifier, Literal(str(dataset))))
    out.add((dataset, DCAT.landingPage, mint(base, "releases", version, "site", "index.html")))
    # this version of the dataset and, when there was one, the version before it (DCAT 3 versioning)
    current = mint(base, "dataset", slug, "version", version)
    out.add((dataset, DCAT3.hasVersion, current))
    out.add((dataset, DCAT3.hasCurrentVersion, current))
    out.add((current, DCAT3.version, Literal(version)))
    out.add((current, DCAT3.isVersionOf, dataset))
    out.add((current, FOAF.page, release_folder(base, version)))
    if release.previous_version:
        previous = mint(base, "dataset", slug, "version", release.previous_version)
        out.add((current, DCAT3.previousVersion, previous))
        out.add((dataset, DCAT3.hasVersion, previous))
        out.add((previous, DCAT3.version, Literal(release.previous_version)))
        out.add((previous, DCAT3.isVersionOf, dataset))
        out.add((previous, FOAF.page, release_folder(base, release.previous_version)))
    for standard in (standards.ontology, *standards.shapes):
        out.add((dataset, DCTERMS.conformsTo, standard))
        out.add((standard, RDF.type, DCTERMS.Standard))
    licence = graph.value(dataset, DCTERMS.license)

    for name in sorted(files):
        described = info[name]
        distribution = mint(base, "dataset", slug, "distribution", name)
        url = download_url(base, version, name)
        data = files[name]
        checksum = mint(base, "dataset", slug, "distribution", name, "sha256")
        out.add((dataset, DCAT.distribution, distribution))
        for triple in (
            (distribution, RDF.type, DCAT.Distribution),
            (distribution, DCTERMS.title, Literal(described.title.ja, lang="ja")),
            (distribution, DCTERMS.title, Literal(described.title.en, lang="en")),
            (distribution, DCTERMS.description, Literal(described.description.ja, lang="ja")),
            (distribution, DCTERMS.description, Literal(described.description.en, lang="en")),
            (distribution, DCAT.accessURL, url),
            (distribution, DCAT.downloadURL, url),
            (distribution, DCAT.mediaType, IANA_MEDIA_TYPES[described.media_type]),
            (distribution, DCTERMS.format, EU_AUTHORITY[f"file-type/{described.format}"]),
            (distribution, DCAT.byteSize, Literal(len(data), datatype=XSD.nonNegativeInteger)),
            (distribution, SPDX.checksum, checksum),
            (checksum, RDF.type, SPDX.Checksum),
            (checksum, SPDX.algorithm, SPDX.checksumAlgorithm_sha256),
            (checksum, SPDX.checksumValue, Literal(hashlib.sha256(data).hexdigest(), datatype=XSD.hexBinary)),
            (distribution, DCATAP.availability, EU_AUTHORITY["planned-availability/STABLE"]),
            (distribution, DCTERMS.issued, Literal(release.modified)),
        ):
            out.add(triple)
        if licence is not None:
            out.add((distribution, DCTERMS.license, licence))
    if licence is not None:
        out.add((licence, RDF.type, DCTERMS.LicenseDocument))

    _describe_catalog(graph, out, catalog, dataset, release, base)
    if release.sparql_endpoint:
        _describe_service(out, catalog, dataset, URIRef(release.sparql_endpoint), base, slug, licence)
    return out


def _copy_dataset(graph: Graph, out: Graph, dataset: URIRef) -> None:
    out.add((dataset, RDF.type, DCAT.Dataset))
    for predicate in _DATASET_PROPERTIES:
        for value in graph.objects(dataset, predicate):
            out.add((dataset, predicate, value))
    for period in graph.objects(dataset, DCTERMS.temporal):
        out.add((period, RDF.type, DCTERMS.PeriodOfTime))
        for predicate in (DCAT.startDate, DCAT.endDate, SKOS.prefLabel):
            for value in graph.objects(period, predicate):
                out.add((period, predicate, value))
    for spatial in graph.objects(dataset, DCTERMS.spatial):
        out.add((spatial, RDF.type, DCTERMS.Location))
    for source in graph.objects(dataset, PROV.wasDerivedFrom):
        for link, value in graph.predicate_objects(source):
            out.add((source, link, value))


def _copy_contact(graph: Graph, out: Graph, contact: Node) -> None:
    """The contact point with its address and telephone numbers (a vcard:Kind, as DCAT-AP asks)."""
    out.add((contact, RDF.type, VCARD.Kind))
    for predicate, value in graph.predicate_objects(contact):
        if str(predicate).startswith(str(VCARD)) or predicate in (RDF.type, SKOS.prefLabel):
            out.add((contact, predicate, value))
            if predicate in (VCARD.hasAddress, VCARD.hasTelephone):
                for pair in graph.predicate_objects(value):
                    out.add((value, *pair))


def _describe_agent(graph: Graph, out: Graph, agent: Node, release: Release) -> None:
    out.add((agent, RDF.type, FOAF.Agent))
    for label in graph.objects(agent, SKOS.prefLabel):
        out.add((agent, FOAF.name, label))
    for homepage in graph.objects(agent, FOAF.homepage):
        out.add((agent, FOAF.homepage, homepage))
    kind = release.agent_types.get(str(agent).rstrip("/").rsplit("/", 1)[-1])
    if kind is not None:
        out.add((agent, DCTERMS.type, PUBLISHER_TYPE[kind]))


def _languages(graph: Graph, dataset: URIRef) -> set[str]:
    found = set()
    for predicate in (DCTERMS.title, DCTERMS.description):
        for value in graph.objects(dataset, predicate):
            if isinstance(value, Literal) and value.language in _LANGUAGES:
                found.add(value.language)
    return found


def _describe_catalog(
    graph: Graph, out: Graph, catalog: URIRef, dataset: URIRef, release: Release, base: str
) -> None:
    out.add((catalog, RDF.type, DCAT.Catalog))
    out.add((catalog, DCAT.dataset, dataset))
    for text, predicate in (
        (release.catalog_title, DCTERMS.title),
        (release.catalog_description, DCTERMS.description),
    ):
        out.add((catalog, predicate, Literal(text.ja, lang="ja")))
        if text.en:
            out.add((catalog, predicate, Literal(text.en, lang="en")))
    for predicate in (DCTERMS.publisher, DCTERMS.license, DCTERMS.spatial):
        for value in graph.objects(dataset, predicate):
            out.add((catalog, predicate, value))
    for language in out.objects(dataset, DCTERMS.language):
        out.add((catalog, DCTERMS.language, language))
    out.add((catalog, FOAF.homepage, URIRef(base)))
    out.add((catalog, DCTERMS.issued, Literal(release.issued)))
    out.add((catalog, DCTERMS.modified, Literal(release.modified)))
    taxonomy = EU_AUTHORITY["data-theme"]
    out.add((catalog, DCAT.themeTaxonomy, taxonomy))
    out.add((taxonomy, RDF.type, SKOS.ConceptScheme))
    for theme in out.objects(dataset, DCAT.theme):
        out.add((theme, RDF.type, SKOS.Concept))
        out.add((theme, SKOS.inScheme, taxonomy))


def _describe_service(
    out: Graph,
    catalog: URIRef,
    dataset: URIRef,
    endpoint: URIRef,
    base: str,
    slug: str,
    licence: Node | None,
) -> None:
    service = mint(base, "dataset", slug, "sparql")
    out.add((catalog, DCAT.service, service))
    out.add((service, RDF.type, DCAT.DataService))
    out.add((service, DCAT.endpointURL, endpoint))
    out.add((service, DCAT.servesDataset, dataset))
    out.add((service, DCTERMS.title, Literal("SPARQL エンドポイント", lang="ja")))
    out.add((service, DCTERMS.title, Literal("SPARQL endpoint", lang="en")))
    out.add((service, DCTERMS.conformsTo, URIRef("https://www.w3.org/TR/sparql11-protocol/")))
    if licence is not None:
        out.add((service, DCTERMS.license, licence))


def distributed(names: Sequence[str], *, excluded: Sequence[str]) -> list[str]:
    """The published files that get a distribution: all but those that embed or derive from the catalogue."""
    return sorted(name for name in names if name not in excluded)
