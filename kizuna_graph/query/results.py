"""Query answers in the SPARQL 1.1 result formats, in RDF, and as a table for a terminal.

SELECT and ASK answers are written to the letter of the W3C Recommendations, here rather than by the store,
so that a result cap can be applied before anything is written:

- ``json``: SPARQL 1.1 Query Results JSON Format (https://www.w3.org/TR/sparql11-results-json/), media type
  ``application/sparql-results+json``; unbound variables are absent from their binding, a literal carries
  ``xml:lang`` or a ``datatype`` (none for ``xsd:string``).
- ``xml``: SPARQL Query Results XML Format (https://www.w3.org/TR/rdf-sparql-XMLres/),
  ``application/sparql-results+xml``.
- ``csv`` and ``tsv``: SPARQL 1.1 Query Results CSV and TSV Formats (https://www.w3.org/TR/sparql11-results-csv-tsv/):
  CSV has plain values and CRLF line ends; TSV has ``?var`` headers and terms in N-Triples syntax. Both are
  defined for SELECT only: an ASK answer in CSV/TSV is refused.

CONSTRUCT and DESCRIBE answers are RDF: ``turtle`` or ``jsonld`` (expanded JSON-LD, nothing fetched), with
triples sorted so that the same answer gives the same bytes. ``table`` is for reading: aligned columns,
IRIs shown by their Japanese label (``skos:prefLabel``/``rdfs:label`` ``@ja``) when the data has one, else as
prefixed names.
"""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from typing import Literal, get_args
from xml.sax.saxutils import escape as _escape
from xml.sax.saxutils import quoteattr

from pyoxigraph import BlankNode, NamedNode, RdfFormat, Triple, serialize
from pyoxigraph import Literal as RdfLiteral

from kizuna_graph.errors import QueryError
from kizuna_graph.messages import msg

__all__ = ["FORMATS", "Format", "Row", "render_boolean", "render_graph", "render_rows"]

Format = Literal["table", "csv", "tsv", "json", "xml", "turtle", "jsonld"]
FORMATS: tuple[Format, ...] = get_args(Format)
Term = NamedNode | BlankNode | RdfLiteral | Triple
Row = Sequence[Term | None]
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_RESULTS_NS = "http://www.w3.org/2005/sparql-results#"


def render_rows(
    variables: Sequence[str],
    rows: Sequence[Row],
    *,
    format: Format,
    label: Callable[[Term], str] | None = None,
) -> bytes:
    """A SELECT answer (variable names, rows of terms or ``None`` for unbound) in ``format``."""
    if format == "json":
        bindings = [
            {name: _json_term(term) for name, term in zip(variables, row, strict=True) if term is not None}
            for row in rows
        ]
        document = {"head": {"vars": list(variables)}, "results": {"bindings": bindings}}
        return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    if format == "xml":
        head = "".join(f"<variable name={quoteattr(name)}/>" for name in variables)
        results = "".join(
            "<result>"
            + "".join(
                f"<binding name={quoteattr(name)}>{_xml_term(term)}</binding>"
                for name, term in zip(variables, row, strict=True)
                if term is not None
            )
            + "</result>"
            for row in rows
        )
        return _xml(f"<head>{head}</head><results>{results}</results>")
    if format == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(variables)
        writer.writerows(["" if term is None else _plain(term) for term in row] for row in rows)
        return out.getvalue().encode("utf-8")
    if format == "tsv":
        lines = ["\t".join(f"?{name}" for name in variables)]
        lines += ["\t".join("" if term is None else str(term) for term in row) for row in rows]
        return "".join(f"{line}\n" for line in lines).encode("utf-8")
    if format == "table":
        show = label or _plain
        cells = [list(variables), *[["" if term is None else show(term) for term in row] for row in rows]]
        return _table(cells).encode("utf-8")
    raise QueryError(msg("query.format.select", format=format))


def render_boolean(answer: bool, *, format: Format) -> bytes:
    """An ASK answer in ``format``."""
    if format == "json":
        return json.dumps({"head": {}, "boolean": answer}, separators=(",", ":")).encode("utf-8")
    if format == "xml":
        return _xml(f"<head></head><boolean>{'true' if answer else 'false'}</boolean>")
    if format == "table":
        return b"true\n" if answer else b"false\n"
    raise QueryError(msg("query.format.ask", format=format))


def render_graph(triples: Sequence[Triple], *, format: Format, prefixes: Mapping[str, str]) -> bytes:
    """A CONSTRUCT or DESCRIBE answer as Turtle (``table`` too) or JSON-LD, triples sorted."""
    ordered = sorted(triples, key=str)
    if format in ("turtle", "table"):
        return serialize(ordered, format=RdfFormat.TURTLE, prefixes=dict(prefixes)) or b""
    if format == "jsonld":
        return serialize(ordered, format=RdfFormat.JSON_LD) or b""
    raise QueryError(msg("query.format.graph", format=format))


def _json_term(term: Term) -> dict[str, object]:
    if isinstance(term, NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, RdfLiteral):
        value: dict[str, object] = {"type": "literal", "value": term.value}
        if term.language:
            value["xml:lang"] = term.language
        elif term.datatype.value != _XSD_STRING:
            value["datatype"] = term.datatype.value
        return value
    return {
        "type": "triple",
        "value": {
            "subject": _json_term(term.subject),
            "predicate": _json_term(term.predicate),
            "object": _json_term(term.object),
        },
    }


def _xml_term(term: Term) -> str:
    if isinstance(term, NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if isinstance(term, RdfLiteral):
        if term.language:
            return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
        if term.datatype.value != _XSD_STRING:
            return f"<literal datatype={quoteattr(term.datatype.value)}>{escape(term.value)}</literal>"
        return f"<literal>{escape(term.value)}</literal>"
    return (
        f"<triple><subject>{_xml_term(term.subject)}</subject><predicate>{_xml_term(term.predicate)}"
        f"</predicate><object>{_xml_term(term.object)}</object></triple>"
    )


def escape(text: str) -> str:
    """XML character data with ``&``, ``<``, ``>`` and both quotes escaped, as Oxigraph writes it."""
    return _escape(text, {'"': "&quot;", "'": "&apos;"})


def _xml(body: str) -> bytes:
    return f'<?xml version="1.0"?><sparql xmlns="{_RESULTS_NS}">{body}</sparql>'.encode()


def _plain(term: Term) -> str:
    if isinstance(term, BlankNode):
        return f"_:{term.value}"
    if isinstance(term, NamedNode | RdfLiteral):
        return term.value
    return str(term)


def _table(cells: list[list[str]]) -> str:
    cells = [[" ".join(cell.split()) for cell in row] for row in cells]
    widths = [max(_width(row[i]) for row in cells) for i in range(len(cells[0]))] if cells else []
    lines = [
        "  ".join(cell + " " * (w - _width(cell)) for cell, w in zip(row, widths, strict=True)).rstrip()
        for row in cells
    ]
    if cells:
        lines.insert(1, "  ".join("-" * w for w in widths))
    return "".join(f"{line}\n" for line in lines)


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)
