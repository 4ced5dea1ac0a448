"""The dataset that publishes the plan (DCAT) and its provenance (PROV): the plan file and source document it
was derived from, and the deterministic build — named by a hash of its inputs, never a time — that made it."""

from __future__ import annotations

import hashlib
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, PROV, RDF, SKOS

from kizuna_graph.plan.build.writer import Writer
from kizuna_graph.plan.model import Plan
from kizuna_graph.terms.iris import mint
from kizuna_graph.terms.namespaces import SCHEMA
from kizuna_graph.version import __version__

LANGUAGES = {
    "ja": URIRef("http://id.loc.gov/vocabulary/iso639-1/ja"),
    "en": URIRef("http://id.loc.gov/vocabulary/iso639-1/en"),
}


def dataset(w: Writer, plan: Plan) -> None:
    meta = w.file.dataset
    d = mint(w.base, "dataset", meta.slug)
    w.result.dataset = d
    w.add(d, RDF.type, DCAT.Dataset)
    w.text(d, DCTERMS.title, meta.title)
    w.text(d, DCTERMS.description, meta.description)
    w.text(d, SKOS.note, meta.translation_note)
    w.text(d, DCTERMS.rights, meta.rights)
    w.text(d, SKOS.editorialNote, meta.editorial_note)
    w.add(d, DCTERMS.license, URIRef(meta.license))
    for language in LANGUAGES.values():
        w.add(d, DCTERMS.language, language)
    w.add(d, DCTERMS.publisher, _dataset_publisher(w))
    for keyword in meta.keywords:
        w.text(d, DCAT.keyword, keyword)
    w.add(d, FOAF.primaryTopic, w.plan_iri)
    w.add(d, DCTERMS.temporal, w.under_plan("period"))
    for org in w.file.organisations:
        if org.area:
            w.add(d, DCTERMS.spatial, URIRef(org.area))
    # provenance: what the data was derived from, and the (deterministic) build that made it
    plan_file = mint(w.base, "dataset", meta.slug, "source", "plan-file")
    w.add(plan_file, RDF.type, PROV.Entity)
    w.add(plan_file, DCTERMS.identifier, Literal(Path(w.file.path).name))
    w.add(plan_file, DCTERMS["format"], Literal("application/yaml"))
    w.add(plan_file, SCHEMA.sha256, Literal(w.file.sha256))
    w.add(d, PROV.wasDerivedFrom, plan_file)
    used = [plan_file]
    if w.file.source is not None:
        doc = w.source_document()
        w.add(doc, RDF.type, PROV.Entity)
        w.add(doc, RDF.type, FOAF.Document)
        w.text(doc, DCTERMS.title, w.file.source.title)
        w.add(doc, DCTERMS.identifier, Literal(Path(w.file.source.file).name))
        w.add(doc, DCTERMS["format"], Literal("text/plain"))
        w.add(doc, SCHEMA.sha256, Literal(w.file.source.sha256))
        for publisher in plan.publishers:
            w.add(doc, DCTERMS.publisher, w.organisation(publisher))
            w.add(doc, DCTERMS.creator, w.organisation(publisher))
        w.add(d, PROV.wasDerivedFrom, doc)
        w.add(plan_file, PROV.wasDerivedFrom, doc)
        w.add(w.plan_iri, DCTERMS.source, doc)
        used.append(doc)
    software = mint(w.base, "software", "kizuna-graph", __version__)
    w.add(software, RDF.type, PROV.SoftwareAgent)
    w.add(software, SKOS.prefLabel, Literal("kizuna_graph"))
    w.add(software, SCHEMA.softwareVersion, Literal(__version__))
    inputs = [w.file.sha256, w.file.source.sha256 if w.file.source else "", __version__, w.base]
    digest = hashlib.sha256("\n".join(inputs).encode()).hexdigest()[:16]
    build = mint(w.base, "dataset", meta.slug, "build", digest)
    w.add(build, RDF.type, PROV.Activity)
    w.add(build, PROV.wasAssociatedWith, software)
    for entity in used:
        w.add(build, PROV.used, entity)
    w.add(d, PROV.wasGeneratedBy, build)


def _dataset_publisher(w: Writer) -> URIRef:
    """Who publishes the dataset: the configured organisation or IRI, else the kizuna_graph project."""
    configured = w.publisher or w.file.dataset.publisher
    if configured:
        if configured.startswith(("http://", "https://")):
            return URIRef(configured)
        return w.organisation(configured)
    project = mint(w.base, "org", "kizuna-graph")
    w.add(project, RDF.type, FOAF.Project)
    w.add(project, RDF.type, PROV.Agent)
    w.add(project, SKOS.prefLabel, Literal("kizuna_graph プロジェクト", lang="ja"))
    w.add(project, SKOS.prefLabel, Literal("the kizuna_graph project", lang="en"))
    w.add(
        project,
        SKOS.note,
        Literal(
            "計画を策定した自治体・社会福祉協議会とは別の、計画を構造化データとして公開するプロジェクト。",
            lang="ja",
        ),
    )
    w.add(
        project,
        SKOS.note,
        Literal(
            "The project that publishes the plan as structured data; not the municipality or the council "
            "that drew it up.",
            lang="en",
        ),
    )
    return project
