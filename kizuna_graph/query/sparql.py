"""The bundled SPARQL queries (``queries/*.rq``) and a safe way to run them.

Each query is a file with a header comment (what it asks, in Japanese and English, and a ``# graphs:`` line
naming the graphs it needs: ``asserted``, ``inferred``, ``analysis``) and no ``PREFIX`` lines: the prefixes of
``namespaces.PREFIXES`` are prepended. Its expected answer is ``NAME.expected.csv`` beside it.

``run`` refuses (``RefusedQueryError``) any query that would reach beyond the graph it is given: ``SERVICE``
(a remote endpoint), ``LOAD`` and the other updates, ``FROM`` and ``FROM NAMED`` (rdflib fetches those IRIs,
over the network or from local files). The check is made twice: on the tokens of the query, with comments,
string literals and IRIs blanked out (so ``# from the plan`` or ``"SERVICE"`` pass), and on rdflib's parse
of it.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, get_args

from pyparsing import ParseException
from rdflib import Graph
from rdflib.plugins.sparql.parser import parseQuery

from kizuna_graph.errors import QueryError, RefusedQueryError
from kizuna_graph.resources import bundled_plan, data_dir
from kizuna_graph.terms.namespaces import sparql_prefixes

__all__ = [
    "FORMATS",
    "GRAPHS",
    "Format",
    "GraphName",
    "Query",
    "check_safe",
    "find_query",
    "load_published",
    "load_queries",
    "read_query",
    "render",
    "run",
]

GraphName = Literal["asserted", "inferred", "analysis"]
GRAPHS: tuple[GraphName, ...] = get_args(GraphName)
Format = Literal["csv", "table"]
FORMATS: tuple[Format, ...] = get_args(Format)

#: Comments, string literals (long forms first) and IRIs: blanked out before looking for keywords.
_NOT_CODE = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*'"
    r'|<[^<>"{}|^`\\\x00-\x20]*>'
    r"|#[^\n]*",
    re.DOTALL,
)
#: Keywords that reach beyond the given graph; not variables (?from), not parts of prefixed names (ex:load).
_REFUSED = re.compile(
    r"(?<![\w?$:.-])(SERVICE|LOAD|FROM|INSERT|DELETE|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH|USING)(?![\w:-])",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Query:
    """A SPARQL query file: its name, its header, the graphs it needs and its text (without prefixes)."""

    name: str
    path: Path
    title_ja: str
    title_en: str
    graphs: tuple[GraphName, ...]
    text: str

    @property
    def sparql(self) -> str:
        """The query as run: ``PREFIX`` lines of ``namespaces.PREFIXES``, then the text."""
        return sparql_prefixes() + self.text

    @property
    def expected_path(self) -> Path:
        return self.path.with_name(f"{self.name}.expected.csv")


def read_query(path: Path) -> Query:
    """Read one ``.rq`` file; its header comment gives the titles and the ``# graphs:`` line."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise QueryError(f"{path}: cannot read the query ({error})") from None
    header = [line[1:].strip() for line in _leading_comments(text)]
    titles = [line for line in header if line][:2]
    graphs: list[GraphName] = []
    for line in header:
        if line.lower().startswith("graphs:"):
            for word in re.findall(r"\w+", line.split(":", 1)[1].split("(", 1)[0]):
                if word not in GRAPHS:
                    raise QueryError(
                        f"{path}: unknown graph '{word}' in '# graphs:' (use {', '.join(GRAPHS)})"
                    )
                graphs.append(word)  # type: ignore[arg-type]
    return Query(
        name=path.stem,
        path=path,
        title_ja=titles[0] if titles else "",
        title_en=titles[1] if len(titles) > 1 else "",
        graphs=tuple(graphs) or GRAPHS,
        text=text,
    )


def _leading_comments(text: str) -> Iterable[str]:
    for line in text.splitlines():
        if not line.startswith("#"):
            return
        yield line


def load_queries(folder: Path | None = None) -> list[Query]:
    """The queries of ``folder`` (default: the bundled ``queries/``), sorted by name."""
    folder = data_dir("queries") if folder is None else folder
    return [read_query(path) for path in sorted(folder.glob("*.rq"))]


def find_query(name_or_file: str) -> Query:
    """A bundled query by name (``multi-parent-measures``), or a ``.rq`` file by path."""
    path = Path(name_or_file)
    if path.suffix == ".rq" or path.exists():
        if not path.is_file():
            raise QueryError(f"{path}: no such query file")
        return read_query(path)
    queries = {query.name: query for query in load_queries()}
    if name_or_file not in queries:
        raise QueryError(f"no bundled query '{name_or_file}': use one of {', '.join(queries)} or a .rq file")
    return queries[name_or_file]


def check_safe(sparql: str, *, where: str = "query") -> None:
    """Refuse a query that would reach beyond the graph it runs on (network, local files, updates)."""
    code = _NOT_CODE.sub(" ", sparql)
    match = _REFUSED.search(code)
    if match:
        raise RefusedQueryError(
            f"{where}: '{match.group(1).upper()}' is refused: queries run on the published graphs only, "
            "with no network or file access and no updates (remove SERVICE, LOAD, FROM, FROM NAMED)"
        )
    try:
        parsed = parseQuery(sparql)
    except ParseException as error:
        raise QueryError(f"{where}: not a SPARQL query: {error}") from None
    if _reaches_out(parsed):
        raise RefusedQueryError(f"{where}: SERVICE or FROM found in the parsed query: refused")


def _reaches_out(node: object) -> bool:
    if getattr(node, "name", None) == "ServiceGraphPattern":
        return True
    if isinstance(node, dict):  # rdflib's CompValue: .get() of a missing key returns the key, so use `in`
        if "datasetClause" in node:
            return True
        return any(_reaches_out(value) for value in node.values())
    if isinstance(node, list | tuple) or type(node).__name__ == "ParseResults":
        return any(_reaches_out(item) for item in node)  # type: ignore[attr-defined]
    return False


def run(query: Query, graph: Graph) -> list[tuple[str, ...]]:
    """Run a SELECT query on ``graph``: the header (variable names), then one tuple of strings per row.

    Values are lexical forms (``str`` of the term), unbound values empty strings.
    """
    check_safe(query.sparql, where=str(query.path))
    try:
        result = graph.query(query.sparql)
    except Exception as error:  # rdflib raises many kinds: parse errors, type errors, unknown prefixes
        raise QueryError(f"{query.path}: the query fails: {error}") from None
    if result.type != "SELECT":
        raise QueryError(f"{query.path}: only SELECT queries are supported, not {result.type}")
    header = tuple(str(variable) for variable in result.vars or ())
    rows = [tuple("" if value is None else str(value) for value in row) for row in result]  # type: ignore[union-attr]
    return [header, *rows]


def load_published(exports: Path) -> Graph:
    """The published graphs of the bundled plan as one graph: asserted, inferred and analysis Turtle.

    They are read from ``exports`` as ``kizuna build`` and ``kizuna analyze`` write it (0.2 s; building
    them in memory takes several seconds).
    """
    slug = bundled_plan().stem
    paths = [
        exports / f"{slug}.ttl",
        exports / f"{slug}-inferred.ttl",
        exports / "analysis" / f"{slug}-analysis.ttl",
    ]
    graph = Graph(bind_namespaces="none")
    for path in paths:
        if not path.is_file():
            raise QueryError(f"{path}: not found: run `kizuna build` and `kizuna analyze`, or give --exports")
        graph.parse(path, format="turtle")
    return graph


def render(rows: Sequence[tuple[str, ...]], *, format: Format) -> str:
    """The answer of ``run`` as CSV (header row first) or as an aligned text table."""
    if format == "csv":
        out = io.StringIO()
        csv.writer(out, lineterminator="\n").writerows(rows)
        return out.getvalue()
    widths = [max((_width(row[i]) for row in rows), default=0) for i in range(len(rows[0]))] if rows else []
    lines = [
        "  ".join(cell + " " * (w - _width(cell)) for cell, w in zip(row, widths, strict=True)).rstrip()
        for row in rows
    ]
    if rows:
        lines.insert(1, "  ".join("-" * w for w in widths))
    return "".join(f"{line}\n" for line in lines)


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)
