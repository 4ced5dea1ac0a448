"""CSV tables for spreadsheets and portals, with CSV on the Web metadata (``catalog/csv-tables.yaml``).

Each table becomes ``{slug}-{table}.csv`` — UTF-8 with a byte order mark (so that Excel in Japan opens it as
UTF-8, not Shift_JIS), CRLF line ends (RFC 4180), a header row of Japanese column titles — and
``{slug}-{table}.csv-metadata.json``, the CSVW metadata a processor finds beside it: the column names,
titles and descriptions in ja and en, datatypes, and for each column the triple it stands for (``aboutUrl``,
``propertyUrl``, ``valueUrl``, ``lang``), so that CSVW's CSV-to-RDF conversion (minimal mode) rebuilds the
plan's triples from the table. IRIs in the metadata are absolute; the CSVW context IRI is a name that
processors know, nothing is fetched.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rdflib import Graph, URIRef
from rdflib.namespace import DCAT, DCTERMS, RDF

from kizuna_graph.export.release import FileInfo
from kizuna_graph.export.tables import TABLES, Context, Row
from kizuna_graph.plan.model import Text
from kizuna_graph.plan.yamlfile import Fields, parse_yaml
from kizuna_graph.resources import data_dir
from kizuna_graph.terms.namespaces import PREFIXES

CSVW_CONTEXT = "http://www.w3.org/ns/csvw"
BOM = "\ufeff"
_COLUMN_KEYS = (
    "name",
    "title",
    "description",
    "about",
    "property",
    "value",
    "type",
    "lang",
    "datatype",
    "separator",
    "suppress",
)


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    title: Text
    description: Text
    about: str | None = None  # a column name, "@row", "@municipality" or "@plan"
    property: str | None = None  # a prefixed name
    value: str | None = None  # the column whose cell is the object IRI
    type: str | None = None  # the row's class, on the `iri` column
    lang: str | None = None
    datatype: str | None = None
    separator: str | None = None
    suppress: bool = False


@dataclass(frozen=True, slots=True)
class Table:
    name: str
    title: Text
    columns: tuple[Column, ...]


def tables_path() -> Path:
    return data_dir("catalog") / "csv-tables.yaml"


def _column(obj: Fields) -> Column:
    suppress = obj.map.get("suppress", False)
    return Column(
        name=obj.string("name"),
        title=obj.text("title"),
        description=obj.text("description"),
        about=obj.string("about", required=False),
        property=obj.string("property", required=False),
        value=obj.string("value", required=False),
        type=obj.string("type", required=False),
        lang=obj.string("lang", required=False),
        datatype=obj.string("datatype", required=False),
        separator=obj.string("separator", required=False),
        suppress=bool(suppress),
    )


def load_tables(path: Path | None = None) -> tuple[Table, ...]:
    path = path or tables_path()
    mapping, _ = parse_yaml(path)
    obj = Fields(path, mapping, "the CSV tables", ("format", "common", "tables"))
    common = [_column(o) for _, o in obj.objects("common", "common column", _COLUMN_KEYS)]
    tables_obj = obj.obj("tables", "the tables", tuple(mapping.get("tables") or ()))
    assert tables_obj is not None
    tables = []
    for name in tables_obj.map:
        table = tables_obj.obj(name, f"table '{name}'", ("title", "id", "columns"))
        assert table is not None
        columns = [*common, *(_column(o) for _, o in table.objects("columns", "column", _COLUMN_KEYS))]
        if table.string("id", required=False) == "segment":  # no notation: the ID is shown, not mapped
            columns[1] = Column(columns[1].name, columns[1].title, columns[1].description, suppress=True)
        if name not in TABLES:
            raise table.error(f"no rows are defined for table '{name}' (known: {', '.join(TABLES)})")
        tables.append(Table(name=name, title=table.text("title"), columns=tuple(columns)))
    return tuple(tables)


def csv_name(slug: str, table: Table) -> str:
    return f"{slug}-{table.name}.csv"


def metadata_name(slug: str, table: Table) -> str:
    return f"{csv_name(slug, table)}-metadata.json"


def to_csv(table: Table, rows: list[Row]) -> bytes:
    """The table as UTF-8 with a BOM and CRLF line ends, with a header row of Japanese titles."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow([column.title.ja for column in table.columns])
    for row in rows:
        missing = [c.name for c in table.columns if c.name not in row]
        if missing:
            raise ValueError(f"table {table.name}: no value for column(s) {', '.join(missing)}")
        writer.writerow([row[column.name] for column in table.columns])
    return (BOM + buffer.getvalue()).encode("utf-8")


def _expand(curie: str) -> str:
    prefix, _, local = curie.partition(":")
    if prefix not in PREFIXES:
        raise ValueError(f"unknown prefix in '{curie}' (known: {', '.join(PREFIXES)})")
    return PREFIXES[prefix] + local


def _texts(text: Text) -> list[dict[str, str]]:
    return [
        {"@value": text.ja, "@language": "ja"},
        *([{"@value": text.en, "@language": "en"}] if text.en else []),
    ]


def metadata(table: Table, *, slug: str, ctx: Context, licence: str | None) -> dict[str, Any]:
    """The CSVW metadata of one table (a JSON document)."""
    fixed = {"@municipality": str(ctx.municipality or ""), "@plan": str(ctx.plan)}
    columns = []
    for column in table.columns:
        entry: dict[str, Any] = {
            "name": column.name,
            "titles": {"ja": column.title.ja, "en": column.title.en or column.title.ja},
            "dc:description": _texts(column.description),
            "datatype": column.datatype or ("anyURI" if column.name.endswith("iri") else "string"),
        }
        if column.separator:
            entry["separator"] = column.separator
        if column.lang:
            entry["lang"] = column.lang
        if column.suppress:
            entry["suppressOutput"] = True
        else:
            about = column.about or "@row"
            entry["aboutUrl"] = (
                fixed[about] if about in fixed else "{+" + ("iri" if about == "@row" else about) + "}"
            )
            if column.type is not None:
                entry["propertyUrl"] = str(_expand("rdf:type"))
                entry["valueUrl"] = _expand(column.type)
            elif column.property is not None:
                entry["propertyUrl"] = _expand(column.property)
                if column.value is not None:
                    entry["valueUrl"] = "{+" + column.value + "}"
        columns.append(entry)
    document: dict[str, Any] = {
        "@context": [CSVW_CONTEXT, {"@language": "ja"}],
        "url": csv_name(slug, table),
        "dc:title": _texts(table.title),
        "dialect": {"encoding": "utf-8", "header": True, "lineTerminators": ["\r\n"], "trim": False},
        "tableSchema": {"columns": columns, "primaryKey": "id", "aboutUrl": "{+iri}"},
    }
    if licence:
        document["dc:license"] = {"@id": licence}
    return document


def csv_files(graph: Graph, *, slug: str, tables: tuple[Table, ...] | None = None) -> dict[str, bytes]:
    """Every CSV table of the plan ``graph`` and its CSVW metadata, by file name."""
    ctx = Context(graph)
    dataset = next(iter(sorted(graph.subjects(RDF.type, DCAT.Dataset), key=str)), None)
    found = None if dataset is None else graph.value(dataset, DCTERMS.license)
    licence = str(found) if isinstance(found, URIRef) else None
    files: dict[str, bytes] = {}
    for table in tables or load_tables():
        rows = TABLES[table.name](ctx)
        files[csv_name(slug, table)] = to_csv(table, rows)
        document = metadata(table, slug=slug, ctx=ctx, licence=licence)
        files[metadata_name(slug, table)] = (
            json.dumps(document, ensure_ascii=False, indent=2) + "\n"
        ).encode("utf-8")
    return files


def csv_file_info(slug: str, tables: tuple[Table, ...] | None = None) -> list[FileInfo]:
    """How the catalogue describes each CSV file and its metadata, from the tables' titles."""
    infos = []
    for table in tables or load_tables():
        meta = metadata_name(slug, table)
        infos.append(
            FileInfo(
                name=csv_name(slug, table),
                format="CSV",
                media_type="text/csv",
                title=Text(f"{table.title.ja}（CSV）", f"{table.title.en} (CSV)"),
                description=Text(
                    f"{table.title.ja}の表（UTF-8・BOM 付き、見出し行付き）。列の定義は {meta} にあります。",
                    f"The table of {table.title.en.lower() if table.title.en else table.name} (UTF-8 with a "
                    f"byte order mark, with a header row); its columns are defined in {meta}.",
                ),
            )
        )
        infos.append(
            FileInfo(
                name=meta,
                format="JSON",
                media_type="application/csvm+json",
                title=Text(f"{table.title.ja}（CSV）の列の定義", f"Columns of the {table.name} CSV"),
                description=Text(
                    f"{csv_name(slug, table)} の各列の意味・データ型と語彙との対応（CSV on the Web メタデータ）。",
                    f"The meaning, datatype and vocabulary mapping of every column of {csv_name(slug, table)} "
                    "(CSV on the Web metadata), from which a CSVW processor rebuilds the plan's triples.",
                ),
            )
        )
    return infos
