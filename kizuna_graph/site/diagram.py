"""A class diagram of the ontology as inline SVG, generated from its object properties' domains and ranges.

The classes that are the domain or range of a ``kz:`` object property (sub-properties of another shown
property left out) are boxes in one column, in the order of the plan's outline; each property is an arc on
the right from its domain to its range, labelled in the page's language. No layout engine, no fonts to
embed: the browser draws the text in the page's font.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from kizuna_graph.terms.namespaces import KZ

#: Boxes top to bottom: the plan's outline first, then who acts and how.
ORDER = (
    KZ.JointWelfarePlan,
    KZ.BasicGoal,
    KZ.Policy,
    KZ.Measure,
    KZ.NumberedAction,
    KZ.CitizenAction,
    KZ.Action,
    KZ.Actor,
    KZ.ActorRole,
    KZ.HelpType,
)
_BOX_W, _BOX_H, _GAP, _LEFT, _TOP = 280, 34, 22, 10, 10


def _label(graph: Graph, node: URIRef, lang: str) -> str:
    for label in graph.objects(node, RDFS.label):
        if getattr(label, "language", None) == lang:
            return str(label)
    return str(node).rsplit("#", 1)[-1]


def class_diagram(ontology: Graph, lang: str) -> str:
    rows = {cls: index for index, cls in enumerate(ORDER)}
    edges = []
    for prop in sorted(s for s in ontology.subjects(RDF.type, OWL.ObjectProperty) if isinstance(s, URIRef)):
        if not str(prop).startswith(str(KZ)):
            continue
        domain, range_ = ontology.value(prop, RDFS.domain), ontology.value(prop, RDFS.range)
        start, end = (
            rows.get(domain) if isinstance(domain, URIRef) else None,
            (rows.get(range_) if isinstance(range_, URIRef) else None),
        )
        if start is not None and end is not None and start != end:
            edges.append((start, end, _label(ontology, prop, lang)))
    edges.sort()
    lane0 = _LEFT + _BOX_W + 24
    legend_x = lane0 + 26 * len(edges) + 20
    height = _TOP * 2 + max(len(ORDER) * (_BOX_H + _GAP), len(edges) * 26 + 30)
    width = legend_x + 600
    title = "語彙のクラス図" if lang == "ja" else "Class diagram of the vocabulary"
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" '
        f'aria-labelledby="diagram-title" class="diagram"><title id="diagram-title">{escape(title)}</title>',
        '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" '
        'orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#1f4e79"/></marker></defs>',
    ]
    for cls, index in rows.items():
        y = _TOP + index * (_BOX_H + _GAP)
        parts.append(
            f'<g><rect x="{_LEFT}" y="{y}" width="{_BOX_W}" height="{_BOX_H}" rx="4" fill="#eef4fa" '
            f'stroke="#1f4e79"/><text x="{_LEFT + 10}" y="{y + 22}" font-size="14" fill="#111">'
            f"{escape(_label(ontology, cls, lang))}</text></g>"
        )
    # each property in a lane of its own, numbered; the legend on the right names it (domain → range)
    for number, (start, end, label) in enumerate(edges, start=1):
        lane = lane0 + 26 * (number - 1)
        y1 = _TOP + start * (_BOX_H + _GAP) + _BOX_H / 2 - 6 + 12 * (number % 2)
        y2 = _TOP + end * (_BOX_H + _GAP) + _BOX_H / 2 - 6 + 12 * (number % 2)
        x0 = _LEFT + _BOX_W
        parts.append(
            f'<path d="M{x0},{y1} H{lane} V{y2} H{x0 + 2}" fill="none" stroke="#1f4e79" stroke-width="1.4" '
            f'marker-end="url(#arrow)"/><circle cx="{lane}" cy="{(y1 + y2) / 2}" r="9" fill="#fff" '
            f'stroke="#1f4e79"/><text x="{lane}" y="{(y1 + y2) / 2 + 4}" font-size="11" text-anchor="middle" '
            f'fill="#1f4e79">{number}</text>'
        )
        source = ORDER[start]
        target = ORDER[end]
        legend = f"{number}. {label}: {_label(ontology, source, lang)} → {_label(ontology, target, lang)}"
        parts.append(
            f'<text x="{legend_x}" y="{_TOP + 20 + 26 * (number - 1)}" font-size="13" fill="#111">'
            f"{escape(legend)}</text>"
        )
    parts.append("</svg>")
    return "".join(parts)
