"""The static bilingual site (``exports/site/``): Jinja2 templates over the plan graph, rendered in memory.

Every page is a file that works from the file system (relative links, no CDN, no request leaves it): the
home page, one page per resource (:mod:`kizuna_graph.site.pages`) with its Turtle and JSON-LD beside it and
its JSON-LD embedded, the ontology's documentation with a diagram (:mod:`kizuna_graph.site.diagram`), the
analysis figures, and a search page over every label whose index is a script (``fetch`` is refused on
``file://``). Each page exists in Japanese and English and links to its twin.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import yaml
from jinja2 import Environment, PackageLoader, StrictUndefined
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS
from rdflib.term import Node

from kizuna_graph.site.diagram import class_diagram
from kizuna_graph.site.pages import KINDS, LANGUAGES, Page, find_pages, ordered, relative, text
from kizuna_graph.terms.namespaces import KZ, PREFIXES, bind_prefixes

#: The links of the plan's tree, shown as lists of children (in the plan's order), not as properties.
TREE = (KZ.hasGoal, KZ.hasPolicy, KZ.hasMeasure, KZ.hasAction, KZ.hasCitizenAction)
#: Texts shown as paragraphs, in this order, with a heading.
TEXTS = (
    DCTERMS.description,
    SKOS.definition,
    SKOS.scopeNote,
    SKOS.example,
    SKOS.note,
    SKOS.editorialNote,
)
#: The labels a resource's description gives of the resources it names, in the order a link picks its text;
#: an alternative label only for a resource without a name (an earlier edition, named as the plan refers to it).
_NAMES = (SKOS.prefLabel, DCTERMS.title, RDFS.label)
_LABELS = (*_NAMES, SKOS.altLabel)
_SKIPPED = {
    RDF.type,
    SKOS.prefLabel,
    SKOS.notation,
    KZ.referenceCode,
    KZ.projectId,
    SKOS.inScheme,
    *TREE,
    *TEXTS,
}
#: Figures of ``kizuna analyze`` shown on the analysis page (in ``exports/analysis/``, beside the site).
FIGURES = ("plan-tree.svg", "cross-links.svg")
#: The published files the home page links (in ``exports/``, beside the site).
DOWNLOADS = ("README.md", "catalog.ttl", "isesaki-3.ttl", "isesaki-3.json", "isesaki-3-actions.csv")


def _words() -> dict[str, Any]:
    data = resources.files("kizuna_graph.site").joinpath("words.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(data)  # type: ignore[no-any-return]


def curie(iri: Node) -> str:
    for prefix, namespace in sorted(PREFIXES.items(), key=lambda item: -len(item[1])):
        if str(iri).startswith(namespace):
            return f"{prefix}:{str(iri)[len(namespace) :]}"
    return str(iri)


@dataclass
class Site:
    graph: Graph  # the plan with the analysis findings (concepts, tags)
    ontology: Graph
    base: str
    pages: dict[URIRef, Page] = field(init=False)
    words: dict[str, Any] = field(init=False)

    def __post_init__(self) -> None:
        self.pages = find_pages(self.graph, base=self.base)
        self.words = _words()
        self.env = Environment(
            loader=PackageLoader("kizuna_graph.site", "templates"),
            autoescape=True,
            undefined=StrictUndefined,
            keep_trailing_newline=True,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.parents: dict[Node, list[Node]] = defaultdict(list)
        for predicate in TREE:
            for parent, child in self.graph.subject_objects(predicate):
                self.parents[child].append(parent)

    # --- words and labels -------------------------------------------------------------------------------

    def word(self, key: str, lang: str) -> str:
        return str(self.words["ui"][key][lang])

    def predicate_label(self, predicate: Node, lang: str) -> str:
        label = text(self.ontology, predicate, lang, RDFS.label)
        if label:
            return label
        known = self.words["predicates"].get(curie(predicate))
        return str(known[lang]) if known else curie(predicate)

    def class_label(self, cls: Node, lang: str) -> str:
        label = text(self.ontology, cls, lang, RDFS.label)
        if label:
            return label
        for kind_class, _, ja, en in KINDS:
            if kind_class == cls:
                return ja if lang == "ja" else en
        return curie(cls)

    # --- values -----------------------------------------------------------------------------------------

    def link(self, node: Node, here: str, lang: str) -> dict[str, str]:
        """A value as the template shows it: ``text``, ``href`` (maybe empty) and ``lang`` of the text."""
        page = self.pages.get(node) if isinstance(node, URIRef) else None
        if page is not None:
            label = page.label(lang)
            shown = f"{page.notation} {label}" if page.notation and page.kind != "concept" else label
            label_lang = lang if page.labels.get(lang) else ("ja" if page.labels.get("ja") else "en")
            return {"text": shown, "href": relative(here, page.path(lang)), "lang": label_lang}
        if isinstance(node, URIRef):
            label = text(self.graph, node, lang, *_LABELS) or text(self.graph, node, "ja", *_LABELS)
            return {"text": label or str(node), "href": str(node), "lang": lang if label else "en"}
        if isinstance(node, Literal):
            return {"text": str(node), "href": "", "lang": node.language or ""}
        return {"text": str(node), "href": "", "lang": ""}

    def _literal_values(self, values: list[Node], lang: str) -> list[Node]:
        """Of language-tagged literals keep those in ``lang`` (else those in Japanese, then any)."""
        tagged = [v for v in values if isinstance(v, Literal) and v.language]
        if not tagged:
            return values
        for wanted in (lang, "ja"):
            chosen = [v for v in tagged if v.language == wanted]
            if chosen:
                return [v for v in values if v not in tagged] + chosen
        return values

    # --- pages ------------------------------------------------------------------------------------------

    def breadcrumbs(self, node: Node, here: str, lang: str) -> list[dict[str, str]]:
        chain: list[dict[str, str]] = []
        seen = {node}
        current = node
        while self.parents.get(current):
            parent = sorted(self.parents[current], key=str)[0]
            if parent in seen:
                break
            seen.add(parent)
            chain.insert(0, self.link(parent, here, lang))
            current = parent
        return chain

    def resource_page(self, page: Page, lang: str) -> str:
        graph, here = self.graph, page.path(lang)
        texts = []
        for predicate in TEXTS:
            values = self._literal_values(list(graph.objects(page.iri, predicate)), lang)
            for value in sorted(values, key=str):
                texts.append(
                    {"heading": self.predicate_label(predicate, lang), **self.link(value, here, lang)}
                )
        children = []
        for predicate in TREE:
            linked = [
                self.pages[c]
                for c in graph.objects(page.iri, predicate)
                if isinstance(c, URIRef) and c in self.pages
            ]
            if linked:
                children.append(
                    {
                        "heading": self.predicate_label(predicate, lang),
                        "items": [self.link(c.iri, here, lang) for c in ordered(linked)],
                    }
                )
        properties: list[dict[str, Any]] = []
        for shown in sorted(set(graph.predicates(page.iri)) - _SKIPPED, key=lambda p: curie(p)):
            values = self._literal_values(list(graph.objects(page.iri, shown)), lang)
            properties.append(
                {
                    "label": self.predicate_label(shown, lang),
                    "curie": curie(shown),
                    "values": sorted(
                        (self.link(v, here, lang) for v in values), key=lambda v: (v["text"], v["href"])
                    ),
                }
            )
        incoming: dict[str, list[dict[str, str]]] = defaultdict(list)
        for subject, link in graph.subject_predicates(page.iri):
            if subject in self.pages and link not in TREE:
                incoming[self.predicate_label(link, lang)].append(self.link(subject, here, lang))
        types = [self.class_label(t, lang) for t in sorted(graph.objects(page.iri, RDF.type), key=str)]
        parents = [self.link(p, here, lang) for p in sorted(self.parents.get(page.iri, []), key=str)]
        return self.render(
            "resource.html",
            page=page,
            lang=lang,
            here=here,
            title=page.label(lang),
            title_lang=lang if page.labels.get(lang) else "ja",
            kind=self.kind_name(page.kind, lang),
            types=types,
            iri=str(page.iri),
            breadcrumbs=self.breadcrumbs(page.iri, here, lang),
            parents=parents if len(parents) > 1 else [],
            texts=texts,
            children=children,
            properties=properties,
            incoming=sorted(
                (k, sorted(v, key=lambda x: (x["text"], x["href"]))) for k, v in incoming.items()
            ),
            twin=relative(here, page.path(_other(lang))),
            data_ttl=relative(here, page.data_path("ttl")),
            data_jsonld=relative(here, page.data_path("jsonld")),
            jsonld=self.description_jsonld(page),
        )

    def kind_name(self, kind: str, lang: str) -> str:
        for cls, name, _, _ in KINDS:
            if name == kind:
                return self.class_label(cls, lang)
        return kind

    def description(self, page: Page) -> Graph:
        """The resource's own triples (embedded in its page)."""
        found = bind_prefixes(Graph(bind_namespaces="none"))
        for predicate, value in self.graph.predicate_objects(page.iri):
            found.add((page.iri, predicate, value))
        return found

    def dereferenced(self, page: Page) -> Graph:
        """What its IRI answers (``data/….ttl``, ``….jsonld``): its own triples and the labels of what they name."""
        found = self.description(page)
        for value in set(found.objects(page.iri, None)):
            if isinstance(value, URIRef) and value != page.iri:
                names = [(label, name) for label in _NAMES for name in self.graph.objects(value, label)]
                if not names:
                    names = [(SKOS.altLabel, name) for name in self.graph.objects(value, SKOS.altLabel)]
                for label, name in names:
                    found.add((value, label, name))
        return found

    def description_jsonld(self, page: Page) -> str:
        """The resource's own triples as compact JSON-LD (context inline), arrays sorted: the same bytes always."""
        return _jsonld(self.description(page))

    def render(self, template: str, **context: Any) -> str:
        here = context["here"]
        lang = context["lang"]
        nav = [
            {"text": self.word(key, lang), "href": relative(here, f"{lang}/{target}")}
            for key, target in (
                ("home", "index.html"),
                ("search", "search.html"),
                ("ontology", "ontology.html"),
                ("analysis", "analysis.html"),
            )
        ]
        return self.env.get_template(template).render(
            word=lambda key: self.word(key, lang),
            nav=nav,
            css=relative(here, "static/site.css"),
            other_lang=_other(lang),
            **context,
        )

    def home(self, lang: str) -> str:
        here = f"{lang}/index.html"
        plans = [p for p in self.pages.values() if p.kind == "plan"]
        sections = []
        for _, kind, ja, en in KINDS:
            if kind in ("plan", "goal", "policy", "measure", "action", "citizen-action"):
                continue
            found = ordered([p for p in self.pages.values() if p.kind == kind])
            if found:
                sections.append(
                    {
                        "heading": ja if lang == "ja" else en,
                        "items": [self.link(p.iri, here, lang) for p in found],
                    }
                )
        trees = [self.tree(p.iri, here, lang) for p in ordered(plans)]
        return self.render(
            "home.html",
            lang=lang,
            here=here,
            title=self.word("site_title", lang),
            title_lang=lang,
            trees=trees,
            sections=sections,
            downloads=[{"text": name, "href": relative(here, f"../{name}")} for name in DOWNLOADS],
            twin=relative(here, f"{_other(lang)}/index.html"),
        )

    def tree(self, node: Node, here: str, lang: str) -> dict[str, Any]:
        children = []
        for predicate in (KZ.hasGoal, KZ.hasPolicy, KZ.hasMeasure):
            linked = [
                self.pages[c]
                for c in self.graph.objects(node, predicate)
                if isinstance(c, URIRef) and c in self.pages
            ]
            children += [self.tree(c.iri, here, lang) for c in ordered(linked)]
        return {**self.link(node, here, lang), "children": children}

    def search(self, lang: str) -> str:
        here = f"{lang}/search.html"
        return self.render(
            "search.html",
            lang=lang,
            here=here,
            title=self.word("search", lang),
            title_lang=lang,
            index=relative(here, "static/search-index.js"),
            script=relative(here, "static/search.js"),
            twin=relative(here, f"{_other(lang)}/search.html"),
        )

    def search_index(self) -> str:
        entries = [
            {
                "kind": {lang: self.kind_name(p.kind, lang) for lang in LANGUAGES},
                "notation": p.notation,
                "ja": p.labels.get("ja", ""),
                "en": p.labels.get("en", ""),
                "path": p.local + ".html",
            }
            for p in ordered(list(self.pages.values()))
        ]
        return "window.KIZUNA_SEARCH = " + json.dumps(entries, ensure_ascii=False, indent=0) + ";\n"

    def ontology_page(self, lang: str) -> str:
        here = f"{lang}/ontology.html"
        onto = self.ontology
        classes, properties = [], []
        for cls in sorted(
            s
            for s in onto.subjects(RDF.type, OWL.Class)
            if isinstance(s, URIRef) and str(s).startswith(str(KZ))
        ):
            examples = ordered([p for p in self.pages.values() if (p.iri, RDF.type, cls) in self.graph])[:3]
            classes.append(
                {
                    "id": curie(cls).replace(":", "-"),
                    "curie": curie(cls),
                    "label": text(onto, cls, lang, RDFS.label),
                    "definition": text(onto, cls, lang, SKOS.definition, RDFS.comment),
                    "parents": [
                        curie(p)
                        for p in sorted(onto.objects(cls, RDFS.subClassOf), key=str)
                        if isinstance(p, URIRef)
                    ],
                    "examples": [self.link(p.iri, here, lang) for p in examples],
                }
            )
        kinds = (OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
        for prop in sorted(
            {
                s
                for k in kinds
                for s in onto.subjects(RDF.type, k)
                if isinstance(s, URIRef) and str(s).startswith(str(KZ))
            }
        ):
            properties.append(
                {
                    "id": curie(prop).replace(":", "-"),
                    "curie": curie(prop),
                    "label": text(onto, prop, lang, RDFS.label),
                    "definition": text(onto, prop, lang, SKOS.definition, RDFS.comment),
                    "domain": [curie(d) for d in onto.objects(prop, RDFS.domain)],
                    "range": [curie(r) for r in onto.objects(prop, RDFS.range)],
                    "uses": sum(1 for _ in self.graph.triples((None, prop, None))),
                }
            )
        ontology_iri = next(iter(onto.subjects(RDF.type, OWL.Ontology)), None)
        return self.render(
            "ontology.html",
            lang=lang,
            here=here,
            title=self.word("ontology", lang),
            title_lang=lang,
            description=text(onto, ontology_iri, lang, DCTERMS.description, RDFS.comment)
            if ontology_iri
            else "",
            diagram=class_diagram(onto, lang),
            classes=classes,
            properties=properties,
            ontology_file=relative(here, "../ontology.ttl"),
            twin=relative(here, f"{_other(lang)}/ontology.html"),
        )

    def analysis_page(self, lang: str) -> str:
        here = f"{lang}/analysis.html"
        figures = [
            {
                "src": relative(here, f"../analysis/{name}"),
                "alt": self.word(f"figure_{name.split('.')[0]}", lang),
            }
            for name in FIGURES
        ]
        return self.render(
            "analysis.html",
            lang=lang,
            here=here,
            title=self.word("analysis", lang),
            title_lang=lang,
            figures=figures,
            report=relative(here, f"../analysis/report.{lang}.md"),
            twin=relative(here, f"{_other(lang)}/analysis.html"),
        )

    def files(self) -> dict[str, bytes]:
        """Every file of the site by its path below ``site/``."""
        out: dict[str, str | bytes] = {
            "index.html": self.env.get_template("redirect.html").render(),
            "static/site.css": _static("site.css"),
            "static/search.js": _static("search.js"),
            "static/search-index.js": self.search_index(),
        }
        for lang in LANGUAGES:
            out[f"{lang}/index.html"] = self.home(lang)
            out[f"{lang}/search.html"] = self.search(lang)
            out[f"{lang}/ontology.html"] = self.ontology_page(lang)
            out[f"{lang}/analysis.html"] = self.analysis_page(lang)
            for page in self.pages.values():
                out[page.path(lang)] = self.resource_page(page, lang)
        for page in self.pages.values():
            described = self.dereferenced(page)
            out[page.data_path("ttl")] = described.serialize(format="turtle", encoding="utf-8")
            out[page.data_path("jsonld")] = _jsonld(described).replace("<\\/", "</") + "\n"
        return {
            name: value.encode("utf-8") if isinstance(value, str) else value
            for name, value in sorted(out.items())
        }


def _jsonld(graph: Graph) -> str:
    """``graph`` as compact JSON-LD (context inline), arrays sorted: the same bytes always."""
    serialized = graph.serialize(format="json-ld", context=dict(PREFIXES), auto_compact=True)
    document = _sorted(json.loads(serialized))
    return json.dumps(document, ensure_ascii=False, sort_keys=True, indent=1).replace("</", "<\\/")


def _sorted(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _sorted(item) for key, item in value.items()}
    if isinstance(value, list):
        return sorted((_sorted(item) for item in value), key=lambda item: json.dumps(item, sort_keys=True))
    return value


def _other(lang: str) -> str:
    return "en" if lang == "ja" else "ja"


def _static(name: str) -> str:
    return resources.files("kizuna_graph.site").joinpath("static", name).read_text(encoding="utf-8")


def site_files(graph: Graph, ontology: Graph, *, base: str) -> dict[str, bytes]:
    return Site(graph, ontology, base).files()
