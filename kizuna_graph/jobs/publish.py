"""The main job: a plan source file → the files published in ``exports/``.

``publish`` loads and builds the plan, and lists the files to publish with a renderer for each; the CLI
renders them all in memory and writes them atomically (:mod:`kizuna_graph.export.serialize`).
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, SKOS
from rdflib.term import Node

from kizuna_graph.errors import ExportError, PlanValidationError
from kizuna_graph.export.catalog import Standards, catalog_graph, dataset_iri, download_url
from kizuna_graph.export.csvw import csv_file_info, csv_files
from kizuna_graph.export.frame import friendly_json
from kizuna_graph.export.htaccess import htaccess
from kizuna_graph.export.readme import citation, readme
from kizuna_graph.export.release import Release, check_described, load_release
from kizuna_graph.export.serialize import (
    Renderer,
    context_file,
    render,
    to_jsonld,
    to_ntriples,
    to_trig,
    to_turtle,
)
from kizuna_graph.export.void import void_graph
from kizuna_graph.jobs.background import Background, in_background
from kizuna_graph.messages import Message, language, msg, text
from kizuna_graph.plan.build import BuildResult
from kizuna_graph.plan.load import LoadedPlan, load
from kizuna_graph.plan.model import PlanFile
from kizuna_graph.reason.infer import infer
from kizuna_graph.resources import ontology_path
from kizuna_graph.terms.iris import DEFAULT_BASE, mint
from kizuna_graph.terms.namespaces import KZ
from kizuna_graph.validate.report import one_line
from kizuna_graph.validate.shacl import Report, acknowledge, load_shapes, prepare, validate

#: Files of the release that describe it rather than carry data: no distribution, no checksum (the catalogue
#: cannot hold its own checksum; the README and the citation file are written from the catalogue).
SELF_DESCRIPTION: dict[str, tuple[str, str]] = {
    "catalog.ttl": (
        "DCAT 3 のカタログ：データセットと各配布ファイル（バイト数・SHA-256）の記述。DCAT-AP 3 の必須・推奨項目を満たします。",
        "The DCAT 3 catalogue: the dataset and every distribution (byte size, SHA-256), meeting DCAT-AP 3's "
        "mandatory and recommended properties.",
    ),
    "README.md": ("このファイル。", "This file."),
    "CITATION.cff": (
        "引用のための情報（Citation File Format）。",
        "How to cite the dataset (Citation File Format).",
    ),
    ".htaccess": (
        "IRI を参照可能にする書き換え規則（w3id.org 等の Apache 用）：Turtle・JSON-LD・ウェブページへ振り分けます。",
        "Rewrite rules that make the IRIs dereferenceable (for w3id.org or any Apache host): Turtle, JSON-LD "
        "or the web page, by content negotiation.",
    ),
    "manifest.json": (
        "この公開ファイルをどの計画ファイル・どの期から作ったかの記録。kizuna build は上書きの前にこれを確かめます"
        "（作業用のフォルダーだけにあり、公開版 releases/ には含みません）。",
        "Which plan file and edition these exports were built from; kizuna build checks it before overwriting "
        "(in a working folder only, not in the releases/).",
    ),
    "site/": (
        "日本語・英語のウェブサイト（`kizuna site` が生成。site/index.html をブラウザで開く）。",
        "The web site in Japanese and English (made by `kizuna site`; open site/index.html in a browser).",
    ),
    "analysis/": (
        "つながりの分析（`kizuna analyze` が生成：レポート、CSV、図）。",
        "The cross-link analysis (made by `kizuna analyze`: reports, CSV, figures).",
    ),
}


#: The files written from the DCAT catalogue, which describes (and renders) all the others.
FROM_CATALOG = ("catalog.ttl", "README.md", "CITATION.cff")


@dataclass
class Publication:
    plan_file: PlanFile
    result: BuildResult
    files: dict[str, Renderer]
    #: the triples the ontology entails from the asserted graph, published apart (:mod:`.reasoning`)
    inferred: Graph = field(default_factory=Graph)
    #: the plan's validation: it conforms (else it is not published) but may have warnings
    validation: Report | None = None

    @property
    def graph(self) -> Graph:
        return self.result.graph


def _printed_name(graph: Graph, actor: Node) -> str:
    """The actor as the plan prints it at its actions: its shortest Japanese name (市, 社協)."""
    names = sorted(
        (
            str(o)
            for p in (SKOS.prefLabel, SKOS.altLabel)
            for o in graph.objects(actor, p)
            if isinstance(o, Literal) and o.language == "ja"
        ),
        key=lambda name: (len(name), name),
    )
    return names[0] if names else str(actor)


def summary(graph: Graph) -> list[tuple[Message, int]]:
    """Counts of the plan's elements, for the one-screen summary, each with its name in the catalogue."""

    def count(kind: URIRef) -> int:
        return len(set(graph.subjects(RDF.type, kind)))

    actors = Counter(
        (str(label), _printed_name(graph, actor))
        for action in graph.subjects(RDF.type, KZ.NumberedAction)
        for actor in graph.objects(action, KZ.actor)
        for label in graph.objects(actor, KZ.projectId)
    )
    counts = [
        (msg("count.goals"), count(KZ.BasicGoal)),
        (msg("count.policies"), count(KZ.Policy)),
        (msg("count.measures"), count(KZ.Measure)),
        (msg("count.listings"), count(KZ.MeasureListing)),
        (msg("count.actions"), count(KZ.NumberedAction)),
    ]
    counts += [
        (msg("count.by_actor", actor=actor, name=name), n) for (actor, name), n in sorted(actors.items())
    ]
    counts += [
        (msg("count.citizen_actions"), count(KZ.CitizenAction)),
        (msg("count.help_types"), count(KZ.HelpType)),
        (msg("count.roles"), count(KZ.ActorRole)),
        (msg("count.triples"), len(graph)),
    ]
    return counts


def checked(loaded: LoadedPlan) -> Report:
    """Validate a loaded plan; :class:`PlanValidationError` (exit code 1) if it has violations.

    Warnings the plan file acknowledges (``acknowledged_warnings:``) are set apart, not counted.
    """
    check = validate(loaded.graph, locations=loaded.locations, source=str(loaded.path))
    if loaded.plan_file is not None:
        check = acknowledge(check, loaded.plan_file.plan.acknowledged)
    if not check.conforms:  # a plan with violations is never published; warnings do not stop it
        raise PlanValidationError(  # rendered now: the error may cross from the worker process as text
            text("build.not_conforming", summary=one_line(check, lang=language()), source=loaded.path)
        )
    return check


def publish(source: Path, *, base: str = DEFAULT_BASE) -> Publication:
    """Load, build, validate and infer a plan, and list the files to publish (rendered when called)."""
    return publish_loaded(load(source, base=base), base=base)


def publish_loaded(loaded: LoadedPlan, *, base: str = DEFAULT_BASE) -> Publication:
    """:func:`publish` of a plan already loaded (:func:`kizuna_graph.plan.load.load`)."""
    plan_file, result = loaded.source()
    check = checked(loaded)
    # before rendering: a contradiction is an InconsistentGraphError, not an ExportError
    inferred = infer(result.graph)
    return _publication(plan_file, result, inferred, check, base=base)


def publish_rendered(source: Path, *, base: str = DEFAULT_BASE) -> tuple[Publication, dict[str, bytes]]:
    """:func:`publish` with every file rendered: the same checks and bytes, on two cores.

    A forked worker (:mod:`kizuna_graph.jobs.background`) validates the plan and then renders the friendly
    JSON, the JSON-LD and the N-Triples (:func:`worker_files`), while this process infers and renders the
    other data files: the two halves take about as long. The worker's answer is awaited before anything that
    depends on it: a plan with violations raises :class:`PlanValidationError` here and no file is returned;
    when this process fails too (an inconsistent plan), the plan's violations are still the error reported,
    as with :func:`publish`.
    """
    loaded = load(source, base=base)
    plan_file, result = loaded.source()
    in_worker = worker_files(result.graph, slug=plan_file.dataset.slug)

    def validate_and_render() -> tuple[Report, dict[str, bytes]]:  # in the worker
        check = checked(loaded)
        return check, render(in_worker)

    prepare()  # pySHACL and the plan shapes, imported and parsed once for both processes
    worker = in_background(validate_and_render)
    try:
        inferred = infer(result.graph)
        by_worker = {name: _answer(worker, name) for name in in_worker}
        publication = _publication(plan_file, result, inferred, None, base=base, rendered=by_worker)
        files = publication.files
        waiting = {*in_worker, *FROM_CATALOG}  # what needs the worker's answer
        own = render({name: files[name] for name in files if name not in waiting})
        publication.validation, _ = worker.result()
        rest = render({name: files[name] for name in files if name in waiting})
    except Exception:
        worker.result()  # the plan's violations come first, as when validation ran before everything else
        raise
    finally:
        worker.cancel()
    return publication, {name: own[name] if name in own else rest[name] for name in files}


def _answer(worker: Background[tuple[Report, dict[str, bytes]]], name: str) -> Renderer:
    """The renderer of a file that the worker renders: its answer, once it has come."""
    return lambda: worker.result()[1][name]


def worker_files(graph: Graph, *, slug: str) -> dict[str, Renderer]:
    """The files :func:`publish_rendered`'s worker renders after validating: made from the asserted graph."""
    return {
        f"{slug}.jsonld": lambda: to_jsonld(graph),
        f"{slug}.json": lambda: friendly_json(graph),
        f"{slug}.nt": lambda: to_ntriples(graph),
    }


def _publication(
    plan_file: PlanFile,
    result: BuildResult,
    inferred: Graph,
    check: Report | None,
    *,
    base: str,
    rendered: dict[str, Renderer] | None = None,
) -> Publication:
    """The publication of a built plan and its inferred triples; ``rendered`` replaces some renderers."""
    graph = result.graph
    slug = plan_file.dataset.slug
    ontology = ontology_path()
    inferred_graph_name = mint(base, "dataset", slug, "inferred")
    data_files: dict[str, Renderer] = {
        f"{slug}.ttl": lambda: to_turtle(graph),
        **worker_files(graph, slug=slug),
        f"{slug}-inferred.ttl": lambda: to_turtle(inferred),
        # TriG: the asserted graph as the default graph, the inferred one named {dataset}/inferred
        f"{slug}.trig": lambda: to_trig(graph, {inferred_graph_name: inferred}),
        "context.jsonld": context_file,
        "ontology.ttl": ontology.read_bytes,
    }
    data_files.update(rendered or {})
    tables = cache(lambda: csv_files(graph, slug=slug))
    for info in csv_file_info(slug):
        data_files[info.name] = lambda name=info.name: tables()[name]  # type: ignore[misc]
    files = self_description(graph, data_files, base=base, slug=slug)
    return Publication(plan_file=plan_file, result=result, files=files, inferred=inferred, validation=check)


@cache
def standards() -> Standards:
    """The ontology's IRI and version (the one version of the dataset) and the plan shapes' IRIs (read once
    per process: a corpus build asks for them for every plan)."""
    ontology = Graph().parse(ontology_path(), format="turtle")
    iri = next(s for s in ontology.subjects(RDF.type, OWL.Ontology) if isinstance(s, URIRef))
    version = ontology.value(iri, OWL.versionInfo)
    if not isinstance(version, Literal):
        raise ExportError(f"{ontology_path()}: the ontology has no owl:versionInfo")
    shapes = sorted(s for s in load_shapes("plan").subjects(RDF.type, OWL.Ontology) if isinstance(s, URIRef))
    return Standards(ontology=iri, version=str(version), shapes=tuple(shapes))


def self_description(
    graph: Graph, data_files: dict[str, Renderer], *, base: str, slug: str, release: Release | None = None
) -> dict[str, Renderer]:
    """``data_files`` with VoID, the DCAT catalogue, README.md and CITATION.cff added, all lazily rendered."""
    release = release or load_release()
    release = dataclasses.replace(release, files=(*release.files, *csv_file_info(slug)))
    found = standards()
    dataset = dataset_iri(graph)
    dumps = [
        download_url(base, found.version, name) for name in (f"{slug}.ttl", f"{slug}.nt", f"{slug}.jsonld")
    ]
    files: dict[str, Renderer] = {name: cache(renderer) for name, renderer in data_files.items()}
    files["void.ttl"] = cache(
        lambda: to_turtle(void_graph(graph, dataset=dataset, base=base, slug=slug, dumps=dumps))
    )
    check_described(release, slug, set(files))
    distributions = dict(files)

    @cache
    def catalog() -> Graph:
        rendered = render(distributions)  # the data files and VoID, each rendered once (cached)
        result = catalog_graph(graph, rendered, release=release, standards=found, slug=slug, base=base)
        report = validate(result, shape_set="catalog")
        if not report.conforms:
            first = report.violations[0]
            raise ExportError(
                f"the catalogue does not meet DCAT-AP 3 ({len(report.violations)} finding(s)), e.g. "
                f"{first.message_en} [{first.shape}]; fix catalog/release.yaml or the plan's dataset"
            )
        return result

    files["catalog.ttl"] = lambda: to_turtle(catalog())  # FROM_CATALOG: these three
    undistributed = [(name, ja, en) for name, (ja, en) in SELF_DESCRIPTION.items()]
    files["README.md"] = lambda: readme(catalog(), undistributed=undistributed)
    files["CITATION.cff"] = lambda: citation(
        catalog(), software_version=found.version, software_licence="MIT"
    )
    files[".htaccess"] = lambda: htaccess(
        version=found.version, sections=release.sections, hosting=release.hosting
    )
    return files
