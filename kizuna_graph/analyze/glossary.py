"""The bilingual glossary (``vocabularies/glossary.yaml``): how English renders the plan's Japanese terms.

:func:`load_glossary` reads it; :func:`missing_renderings` finds the English strings that lack the rendering of
a glossary term their Japanese contains (minus the glossary's reasoned exceptions); :func:`glossary_graph`
publishes it as a SKOS concept scheme ``{base}concept/glossary`` (``skos:prefLabel`` ja/en, accepted forms as
``skos:altLabel`` @en, the source as ``dcterms:source``, the note as ``skos:scopeNote``) in the analysis graph.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, SKOS

from kizuna_graph.plan.model import Text
from kizuna_graph.plan.yamlfile import Fields, parse_yaml
from kizuna_graph.resources import data_dir
from kizuna_graph.terms.iris import mint

__all__ = ["Glossary", "GlossaryTerm", "glossary_graph", "load_glossary", "missing_renderings"]

GLOSSARY_FILE = "glossary.yaml"


@dataclass(frozen=True, slots=True)
class GlossaryTerm:
    id: str
    ja: str
    en: str
    also: tuple[str, ...]
    source: str
    note: Text | None

    def rendered_in(self, english: str) -> bool:
        text = english.lower()
        return any(form.lower() in text for form in (self.en, *self.also))


@dataclass(frozen=True, slots=True)
class Source:
    id: str
    title: Text
    url: str | None


@dataclass(frozen=True, slots=True)
class Exception_:
    term: str
    text: str
    reason: Text


@dataclass(frozen=True, slots=True)
class Glossary:
    terms: tuple[GlossaryTerm, ...]
    sources: tuple[Source, ...]
    exceptions: tuple[Exception_, ...]


def load_glossary(folder: Path | None = None) -> Glossary:
    path = (folder or data_dir("vocabularies")) / GLOSSARY_FILE
    data, _ = parse_yaml(path)
    top = Fields(path, data, GLOSSARY_FILE, ("sources", "terms", "exceptions"))
    sources_obj = top.obj("sources", "the sources", ("social-welfare-act", "plan", "project"))
    assert sources_obj is not None
    sources = []
    for key in ("social-welfare-act", "plan", "project"):
        o = sources_obj.obj(key, f"source {key}", ("ja", "en", "url"), required=False)
        if o is not None:
            sources.append(Source(key, Text(o.string("ja"), o.string("en")), o.string("url", required=False)))
    known = {s.id for s in sources}
    terms = []
    for _, o in top.objects("terms", "term", ("id", "ja", "en", "also", "source", "note")):
        source = o.string("source")
        if source not in known:
            raise o.error(f"source '{source}' is not one of {', '.join(sorted(known))}", "source")
        terms.append(
            GlossaryTerm(
                id=o.string("id"),
                ja=o.string("ja"),
                en=o.string("en"),
                also=tuple(str(a) for _, a, _ in o.items("also", "form", required=False)),
                source=source,
                note=o.text("note", required=False),
            )
        )
    exceptions = tuple(
        Exception_(o.string("term"), o.string("text"), o.text("reason"))
        for _, o in top.objects("exceptions", "exception", ("term", "text", "reason"), required=False)
    )
    return Glossary(tuple(terms), tuple(sources), exceptions)


def missing_renderings(glossary: Glossary, pairs: Iterable[tuple[str, str]]) -> list[tuple[str, str, str]]:
    """(term id, Japanese, English) for each pair whose English lacks a term its Japanese contains."""
    missing = []
    for ja, en in pairs:
        for term in glossary.terms:
            if term.ja not in ja or term.rendered_in(en):
                continue
            if any(e.term == term.id and e.text in ja for e in glossary.exceptions):
                continue
            missing.append((term.id, ja, en))
    return missing


def glossary_graph(glossary: Glossary, *, base: str, into: Graph) -> Graph:
    scheme = mint(base, "concept", "glossary")
    into.add((scheme, RDF.type, SKOS.ConceptScheme))
    into.add((scheme, SKOS.prefLabel, Literal("用語集（日英）", lang="ja")))
    into.add((scheme, SKOS.prefLabel, Literal("Glossary (Japanese–English)", lang="en")))
    sources: dict[str, URIRef] = {}
    for source in glossary.sources:
        iri = mint(base, "concept", "glossary", "source", source.id)
        sources[source.id] = URIRef(source.url) if source.url else iri
        into.add((iri, SKOS.prefLabel, Literal(source.title.ja, lang="ja")))
        into.add((iri, SKOS.prefLabel, Literal(source.title.en or "", lang="en")))
        if source.url:
            into.add((iri, DCTERMS.source, URIRef(source.url)))
        sources[source.id] = iri
    for term in glossary.terms:
        iri = mint(base, "concept", "glossary", term.id)
        into.add((iri, RDF.type, SKOS.Concept))
        into.add((iri, SKOS.inScheme, scheme))
        into.add((iri, SKOS.prefLabel, Literal(term.ja, lang="ja")))
        into.add((iri, SKOS.prefLabel, Literal(term.en, lang="en")))
        for form in term.also:
            into.add((iri, SKOS.altLabel, Literal(form, lang="en")))
        into.add((iri, DCTERMS.source, sources[term.source]))
        if term.note is not None:
            into.add((iri, SKOS.scopeNote, Literal(term.note.ja, lang="ja")))
            if term.note.en:
                into.add((iri, SKOS.scopeNote, Literal(term.note.en, lang="en")))
    return into
