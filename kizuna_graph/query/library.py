"""The bundled questions (``queries/*.rq``): their files, headers and expected answers.

Each query is a file with a header comment: what it asks in Japanese, then in English, and a ``# graphs:``
line naming the published graphs it needs (``asserted``, ``inferred``, ``analysis``). It has no ``PREFIX``
lines: the prefixes of ``namespaces.PREFIXES`` are declared to the parser. Its expected answer is
``NAME.expected.csv`` beside it. The questions of ``queries/editions/`` compare plans and editions: they are
asked of several builds at once and found by ``editions/NAME``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from kizuna_graph.errors import QueryError
from kizuna_graph.messages import msg
from kizuna_graph.query.store import GRAPHS, GraphName
from kizuna_graph.resources import data_dir

__all__ = ["Query", "find_query", "load_queries", "read_query"]


@dataclass(frozen=True)
class Query:
    """A SPARQL query file: its name, its header, the graphs it needs and its text."""

    name: str
    path: Path
    title_ja: str
    title_en: str
    graphs: tuple[GraphName, ...]
    text: str

    @property
    def expected_path(self) -> Path:
        return self.path.with_name(f"{self.name}.expected.csv")


def read_query(path: Path) -> Query:
    """Read one ``.rq`` file; its header comment gives the titles and the ``# graphs:`` line."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise QueryError(msg("query.unreadable", path=path, detail=str(error))) from None
    header = [line[1:].strip() for line in _leading_comments(text)]
    titles = [line for line in header if line][:2]
    graphs: list[GraphName] = []
    for line in header:
        if line.lower().startswith("graphs:"):
            for word in re.findall(r"\w+", line.split(":", 1)[1].split("(", 1)[0]):
                if word not in GRAPHS:
                    raise QueryError(
                        msg("query.unknown_graph", path=path, word=word, graphs=", ".join(GRAPHS))
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


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except OSError:  # a name too long for the file system: the text of a query
        return False


def load_queries(folder: Path | None = None) -> list[Query]:
    """The queries of ``folder`` (default: the bundled ``queries/``), sorted by name."""
    folder = data_dir("queries") if folder is None else folder
    return [read_query(path) for path in sorted(folder.glob("*.rq"))]


def find_query(name_or_file: str) -> Query:
    """A bundled query by name (``multi-parent-measures``), a ``.rq`` file by path, or the text of a query."""
    path = Path(name_or_file)
    if re.search(r"[\s{]", name_or_file) and not _is_file(path):
        return Query("query", Path("query"), "", "", GRAPHS, name_or_file)
    if path.suffix == ".rq" or _is_file(path):
        if not _is_file(path):
            raise QueryError(msg("query.no_file", path=path))
        return read_query(path)
    queries = {query.name: query for query in load_queries()}
    queries |= {f"editions/{query.name}": query for query in load_queries(data_dir("queries") / "editions")}
    if name_or_file not in queries:
        raise QueryError(msg("query.unknown_name", name=name_or_file, names=", ".join(queries)))
    return queries[name_or_file]
