"""A small CSV on the Web → RDF converter (W3C csv2rdf, minimal mode), for the tests only.

Written from the recommendations (https://www.w3.org/TR/csv2rdf/, https://www.w3.org/TR/tabular-metadata/),
not from kizuna_graph's code, and just large enough for single-table metadata files: ``url``, ``dialect``
(header row, encoding), ``tableSchema`` with ``aboutUrl`` and columns with ``name``, ``aboutUrl``,
``propertyUrl``, ``valueUrl`` (URI templates with ``{+name}``), ``lang``, ``datatype``, ``separator``,
``suppressOutput`` and ``virtual``. Empty cells give no triple (the default ``null`` is ""). It reads nothing but
the metadata file and the CSV file beside it.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import XSD

_TEMPLATE = re.compile(r"\{\+?([A-Za-z0-9_]+)\}")
_BUILT_IN = {
    "string": None,
    "anyURI": XSD.anyURI,
    "integer": XSD.integer,
    "positiveInteger": XSD.positiveInteger,
}


def _expand(template: str, cells: dict[str, str]) -> str | None:
    missing = False

    def value(match: re.Match[str]) -> str:
        nonlocal missing
        text = cells.get(match.group(1), "")
        missing = missing or text == ""
        return text

    result = _TEMPLATE.sub(value, template)
    return None if missing else result


def csvw_to_rdf(metadata_path: Path) -> Graph:
    metadata = json.loads(metadata_path.read_text(encoding="utf-8"))
    assert metadata["@context"][0] == "http://www.w3.org/ns/csvw"
    dialect = metadata.get("dialect", {})
    encoding = {"utf-8": "utf-8-sig"}.get(dialect.get("encoding", "utf-8"), dialect.get("encoding"))
    schema = metadata["tableSchema"]
    columns = schema["columns"]
    table = (metadata_path.parent / metadata["url"]).read_text(encoding=encoding)
    rows = list(csv.reader(table.splitlines()))
    if dialect.get("header", True):
        rows = rows[1:]
    graph = Graph()
    for row in rows:
        cells = {c["name"]: v for c, v in zip([c for c in columns if not c.get("virtual")], row, strict=True)}
        for column in columns:
            if column.get("suppressOutput"):
                continue
            raw = cells.get(column["name"], "")
            values = raw.split(column["separator"]) if column.get("separator") and raw else [raw]
            for cell in values:
                if cell == "" and not column.get("virtual"):
                    continue
                subject = _expand(column.get("aboutUrl", schema.get("aboutUrl", "")), cells)
                predicate = _expand(column["propertyUrl"], cells)
                if subject is None or predicate is None:
                    continue
                if "valueUrl" in column:
                    target = _expand(column["valueUrl"], {**cells, column["name"]: cell})
                    if target is None:
                        continue
                    obj: URIRef | Literal = URIRef(target)
                else:
                    datatype = _BUILT_IN[column.get("datatype", "string")]
                    lang = column.get("lang") if datatype is None else None
                    obj = Literal(cell, lang=lang, datatype=datatype)
                graph.add((URIRef(subject), URIRef(predicate), obj))
    return graph
