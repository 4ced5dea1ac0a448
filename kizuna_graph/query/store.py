"""The query store: the published exports of one or more builds in an Oxigraph store, one named graph each.

Every build published by ``kizuna build`` / ``kizuna analyze`` gives up to three named graphs, named after the
dataset IRI ``D`` found in its asserted data (``?D a dcat:Dataset``)::

    D/asserted   the plan as published (``NAME.trig`` default graph, or ``NAME.ttl`` / ``NAME.nt``)
    D/inferred   what the ontology entails from it (``NAME.trig`` graph ``D/inferred``, or ``NAME-inferred.ttl``)
    D/analysis   cross-links and concept tags (``analysis/NAME-analysis.ttl``; optional)

A query's default graph is the union of the graphs chosen with ``--graph`` (default ``all``: every named
graph); ``GRAPH ?g { … }`` reaches each named graph by its name. The union is materialised in the store's
default graph when the data is loaded, so that it is a set, as SPARQL's RDF merge is: given a list of graphs
as its default graph, Oxigraph returns a triple once per graph that holds it (every plan of a corpus holds
the triples of the organisations they share). Any build is read, not only the bundled
plan's, and several at once (``--data exports/ other-build/``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, get_args

from pyoxigraph import DefaultGraph, NamedNode, Quad, RdfFormat, Store, parse

from kizuna_graph.errors import QueryError

__all__ = ["GRAPHS", "GraphName", "GraphSelection", "QueryStore", "data_files", "load_store", "open_store"]

GraphName = Literal["asserted", "inferred", "analysis"]
GRAPHS: tuple[GraphName, ...] = get_args(GraphName)
GraphSelection = Literal["asserted", "inferred", "analysis", "all"]

_FORMATS = {
    ".trig": RdfFormat.TRIG,
    ".nq": RdfFormat.N_QUADS,
    ".ttl": RdfFormat.TURTLE,
    ".nt": RdfFormat.N_TRIPLES,
}
_DATASET = NamedNode("http://www.w3.org/ns/dcat#Dataset")
_TYPE = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
#: Files of an exports folder that are not plan data.
_NOT_DATA = {"ontology.ttl"}


@dataclass(frozen=True)
class QueryStore:
    """An Oxigraph store, its named graphs by kind, and the selection whose union is its default graph."""

    store: Store
    graphs: dict[GraphName, tuple[NamedNode, ...]]
    union: GraphSelection | None = None

    def named_graphs(self) -> list[NamedNode]:
        """Every named graph, sorted."""
        return sorted((name for names in self.graphs.values() for name in names), key=str)

    def default_graph(self, selection: GraphSelection) -> list[NamedNode | DefaultGraph]:
        """The graph(s) to query as the default graph for ``selection``: the materialised union if it is that
        selection's, else the list of its named graphs (a triple held by two of them then comes twice)."""
        if selection == self.union:
            return [DefaultGraph()]
        if selection == "all":
            return list(self.named_graphs())
        return list(self.graphs.get(selection, ()))


def _kind(path: Path) -> GraphName:
    stem = path.name.split(".", 1)[0]
    for kind in ("inferred", "analysis"):
        if stem.endswith(f"-{kind}"):
            return kind  # type: ignore[return-value]
    return "asserted"


def data_files(paths: Sequence[Path]) -> list[Path]:
    """The data files of ``paths``: files as given; in a folder, each build's TriG (or Turtle) and analysis.

    A folder is read as ``kizuna build`` writes it: ``NAME.trig`` (asserted and inferred), else
    ``NAME.ttl`` and ``NAME-inferred.ttl``; ``analysis/NAME-analysis.ttl`` beside them when present.
    """
    files: list[Path] = []
    for path in paths:
        if path.is_file():
            files.append(path)
            continue
        if not path.is_dir():
            raise QueryError(f"{path}: no such file or folder: run `kizuna build`, or give --data")
        found = sorted(path.glob("*.trig"))
        if not found:
            found = sorted(
                p for p in path.glob("*.ttl") if p.name not in _NOT_DATA and _kind(p) != "analysis"
            )
        found += sorted(path.glob("*-analysis.ttl")) + sorted(path.glob("analysis/*-analysis.ttl"))
        if not found:
            raise QueryError(f"{path}: no published data (NAME.trig or NAME.ttl): run `kizuna build` first")
        files += found
    return files


def _quads(path: Path) -> Iterable[Quad]:
    fmt = _FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise QueryError(f"{path}: not a data file of the query store (use {', '.join(sorted(_FORMATS))})")
    try:
        yield from parse(path=str(path), format=fmt)
    except SyntaxError as error:
        raise QueryError(f"{path}: {_one_line(error)}: rebuild it with `kizuna build`") from None
    except OSError as error:
        raise QueryError(f"{path}: cannot read it ({error.strerror or error})") from None


def _one_line(error: Exception) -> str:
    text = " ".join(str(error).split())
    return text if len(text) <= 160 else text[:157] + "…"


def load_store(
    paths: Sequence[Path], *, store: Store | None = None, union: GraphSelection = "all"
) -> QueryStore:
    """Load the data files of ``paths`` (see ``data_files``) into ``store`` (default: a new in-memory one).

    The union of the ``union`` graphs is copied into the store's default graph (see the module docstring).
    """
    store = Store() if store is None else store
    kinds = set(GRAPHS) if union == "all" else {union}
    pending: list[tuple[str, GraphName, list[Quad]]] = []
    datasets: dict[str, str] = {}
    for path in data_files(paths):
        slug = path.name.split(".", 1)[0].removesuffix("-inferred").removesuffix("-analysis")
        kind = _kind(path)
        by_graph: dict[str, list[Quad]] = {}
        for quad in _quads(path):
            graph = quad.graph_name
            key = kind if isinstance(graph, DefaultGraph) else str(graph.value)
            by_graph.setdefault(key, []).append(quad)
            if kind == "asserted" and quad.predicate == _TYPE and quad.object == _DATASET:
                datasets.setdefault(slug, quad.subject.value)  # type: ignore[union-attr]
        for key, quads in by_graph.items():
            if key in GRAPHS:
                pending.append((slug, key, quads))  # type: ignore[arg-type]
            else:  # a named graph of a TriG or N-Quads file keeps its name: D/inferred
                _add(store, NamedNode(key), quads, union=_kind_of(NamedNode(key)) in kinds)
    for slug, kind, quads in pending:
        name = NamedNode(f"{datasets.get(slug, f'urn:kizuna-graph:dataset:{slug}')}/{kind}")
        _add(store, name, quads, union=kind in kinds)
    return _classify(store, union)


def _add(store: Store, name: NamedNode, quads: list[Quad], *, union: bool) -> None:
    store.extend(Quad(q.subject, q.predicate, q.object, name) for q in quads)
    if union:
        store.extend(Quad(q.subject, q.predicate, q.object, DefaultGraph()) for q in quads)


def _kind_of(name: NamedNode) -> GraphName:
    kind = name.value.rsplit("/", 1)[-1]
    return kind if kind in GRAPHS else "asserted"  # type: ignore[return-value]


def open_store(directory: Path, data: Sequence[Path]) -> QueryStore:
    """An Oxigraph store on disk: opened read-only when ``directory`` holds one, else created from ``data``."""
    try:
        if directory.is_dir() and any(directory.iterdir()):
            return _classify(Store.read_only(str(directory)), "all")
        return load_store(data, store=Store(str(directory)))
    except OSError as error:
        raise QueryError(f"{directory}: not an Oxigraph store ({_one_line(error)})") from None


def _classify(store: Store, union: GraphSelection) -> QueryStore:
    graphs: dict[GraphName, list[NamedNode]] = {}
    for name in store.named_graphs():
        if isinstance(name, NamedNode):
            graphs.setdefault(_kind_of(name), []).append(name)
    return QueryStore(store, {kind: tuple(sorted(names, key=str)) for kind, names in graphs.items()}, union)
