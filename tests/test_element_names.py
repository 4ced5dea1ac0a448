"""One name for each kind of element (issue 9): every text an officer reads names a kind of element by the
Japanese label of its class in the ontology (ontology/kizuna.ttl) — 番号付きの取り組み for kz:NumberedAction,
取り組み項目 for kz:Action (numbered and citizen actions together) — never a blend of two of them.

The forbidden blends are derived from the ontology, not listed by hand: for a class C and a class R that is its
superclass or its sibling, when a name of C ends with a name K of some class and a name of R starts with K
(番号付きの + 取り組み, 取り組み + 項目), the blends ``prefix + K + suffix`` and ``prefix + suffix``
(番号付きの取り組み項目, 番号付きの項目) are forbidden unless they are themselves the name of a class. A class's
names are its ``rdfs:label`` @ja and, when the label ends in a gloss in parentheses, the label without it and
the gloss (取り組み（市・社協の取り組み） → 取り組み, 市・社協の取り組み).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS

ROOT = Path(__file__).resolve().parents[1]
ONTOLOGY = ROOT / "ontology" / "kizuna.ttl"

#: every source of a text people read: messages, the ontology's definitions, shapes' messages and labels, CSV titles, the site's words and
#: templates, the approval page and plan template, the analysis (code and rules), diff/validate/workbook
#: wording, the guides — and the committed exports built from them
TEXT_SOURCES = (
    "kizuna_graph/**/*.py",
    "kizuna_graph/**/*.yaml",
    "kizuna_graph/**/*.html",
    "ontology/*.ttl",
    "shapes/*.ttl",
    "catalog/*.yaml",
    "templates/*",
    "vocabularies/*.yaml",
    "queries/*.rq",
    "docs/*.md",
    "README.md",
    "exports/**/*.md",
    "exports/**/*.html",
    "exports/**/*.json",
    "exports/**/*.csv",
)
_GLOSS = re.compile(r"^(.*?)[（(]([^（）()]*)[）)]$")


@cache
def _ontology() -> Graph:
    return Graph().parse(ONTOLOGY, format="turtle")


def _names(graph: Graph, cls: URIRef) -> set[str]:
    found: set[str] = set()
    for label in graph.objects(cls, RDFS.label):
        if getattr(label, "language", None) == "ja":
            glossed = _GLOSS.match(str(label))
            found |= {glossed.group(1), glossed.group(2)} if glossed else {str(label)}
    return found


@cache
def forbidden_blends() -> dict[str, tuple[str, str]]:
    """Each forbidden blend → the two class names it mixes."""
    graph = _ontology()
    classes = [
        c
        for c in graph.subjects(RDF.type, OWL.Class)
        if isinstance(c, URIRef) and (c, RDFS.label, None) in graph
    ]
    names = {c: _names(graph, c) for c in classes}
    every_name = set().union(*names.values())
    supers = {c: set(graph.objects(c, RDFS.subClassOf)) for c in classes}
    blends: dict[str, tuple[str, str]] = {}
    for cls in classes:
        related = (supers[cls] & set(classes)) | {d for d in classes if d != cls and supers[d] & supers[cls]}
        for other in related:
            for a in names[cls]:
                for b in names[other]:
                    for k in every_name:
                        if a != k != b and a.endswith(k) and b.startswith(k):
                            prefix, suffix = a[: -len(k)], b[len(k) :]
                            for blend in (prefix + k + suffix, prefix + suffix):
                                if blend not in every_name:
                                    blends[blend] = (a, b)
    return blends


def _files() -> list[Path]:
    return sorted({p for pattern in TEXT_SOURCES for p in ROOT.glob(pattern) if p.is_file()})


def test_the_blends_come_from_the_ontology() -> None:
    blends = forbidden_blends()
    # the mix the issue found (取り組み項目 / 番号付きの取り組み / 番号付きの取り組み項目) is among them
    assert blends["番号付きの取り組み項目"] == ("番号付きの取り組み", "取り組み項目")
    assert len(blends) == 6


def test_all_text_sources_found() -> None:
    files = _files()
    for pattern in TEXT_SOURCES:
        assert any(p in files for p in ROOT.glob(pattern)), f"no file for {pattern}"
    assert len(files) > 600  # the committed site alone has some 600 pages


@pytest.mark.parametrize("pattern", TEXT_SOURCES)
def test_no_blend_of_two_names(pattern: str) -> None:
    blends = forbidden_blends()
    found = []
    for path in sorted(p for p in ROOT.glob(pattern) if p.is_file()):
        text = path.read_text(encoding="utf-8", errors="replace")
        lines = text.splitlines()
        for blend, (a, b) in blends.items():
            # a Japanese sentence wrapped over lines (Markdown, YAML, comments) reads without the line break
            for line_number, line in enumerate(lines, start=1):
                following = lines[line_number].lstrip(" #-*") if line_number < len(lines) else ""
                if blend in line + following and blend not in following:
                    found.append(f"{path.relative_to(ROOT)}:{line_number}: {blend} (write {a} or {b})")
    assert found == []
