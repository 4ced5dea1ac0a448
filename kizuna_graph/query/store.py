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

import gc
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, get_args

from pyoxigraph import BlankNode, DefaultGraph, NamedNode, RdfFormat, Store

from kizuna_graph.errors import QueryError
from kizuna_graph.messages import msg

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
_DATASET_QUERY = (
    "SELECT ?d WHERE { ?d a <http://www.w3.org/ns/dcat#Dataset> } ORDER BY ?d LIMIT 1"  # one per build
)
#: Where a file's triples are parsed before they are moved to their named graph.
_LOADING = NamedNode("urn:kizuna-graph:loading")
#: Files larger than this are bulk-loaded: ``Store.load`` holds a file's quads in one transaction in memory
#: (measured: 9.5 GiB resident for the 1.4 GiB N-Quads of 1,000 synthetic plans).
_BULK_BYTES = 64 * 2**20
#: Files of an exports folder that are not plan data.
_NOT_DATA = {"ontology.ttl", "catalog.ttl", "void.ttl"}


@dataclass(frozen=True)
class QueryStore:
    """An Oxigraph store, its named graphs by kind, and the selection whose union is its default graph."""

    store: Store
    graphs: dict[GraphName, tuple[NamedNode, ...]]
    union: GraphSelection | None = None

    def named_graphs(self) -> list[NamedNode | BlankNode]:
        """Every named graph, sorted."""
        return sorted((name for names in self.graphs.values() for name in names), key=str)

    def selected(self, selection: GraphSelection) -> QueryStore:
        """This store if its default graph is the union of ``selection``, else a copy in memory whose default
        graph is (a set: querying the chosen named graphs as a list would give a triple once per graph that
        holds it, and Oxigraph checks such a list for every quad it reads)."""
        if selection == self.union:
            return self
        store = Store()
        for name in self.named_graphs():
            store.extend(self.store.quads_for_pattern(None, None, None, name))
        kinds = set(GRAPHS) if selection == "all" else {selection}
        for kind in sorted(kinds):
            for name in self.graphs.get(kind, ()):
                store.update(f"ADD <{name.value}> TO DEFAULT")
        return _classify(store, selection)

    def default_graph(self, selection: GraphSelection) -> list[NamedNode | BlankNode | DefaultGraph]:
        """The graph(s) that are ``selection``'s union: the store's default graph if it holds that union, else
        the list of its named graphs (where a triple held by two of them comes twice: see ``selected``)."""
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
    ``NAME.ttl`` and ``NAME-inferred.ttl``; ``analysis/NAME-analysis.ttl`` beside them when present; a folder
    with none of them as a corpus of builds, one per subfolder.
    """
    files: list[Path] = []
    for path in paths:
        if path.is_file():
            files.append(path)
            continue
        if not path.is_dir():
            raise QueryError(msg("query.no_data", path=path))
        found = _build_files(path)
        if not found:  # a corpus: one build per subfolder (kizuna build SOURCE SOURCE… --out DIR)
            found = [
                file for sub in sorted(p for p in path.iterdir() if p.is_dir()) for file in _build_files(sub)
            ]
        if not found:
            raise QueryError(msg("query.empty_data", path=path))
        files += found
    return files


def _build_files(folder: Path) -> list[Path]:
    found = sorted(folder.glob("*.trig"))
    if not found:
        found = sorted(p for p in folder.glob("*.ttl") if p.name not in _NOT_DATA and _kind(p) != "analysis")
    if found:
        found += sorted(folder.glob("*-analysis.ttl")) + sorted(folder.glob("analysis/*-analysis.ttl"))
    return found


def _load(store: Store, path: Path, *, to_graph: NamedNode) -> None:
    """Parse ``path`` into ``store`` in Rust: triples into ``to_graph``; a TriG default graph into the store's."""
    fmt = _FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise QueryError(msg("query.not_data_file", path=path, suffixes=", ".join(sorted(_FORMATS))))
    try:
        if fmt in (RdfFormat.TRIG, RdfFormat.N_QUADS) and path.stat().st_size > _BULK_BYTES:
            store.bulk_load(path=str(path), format=fmt)  # a corpus: not one transaction held in memory
        elif fmt in (RdfFormat.TRIG, RdfFormat.N_QUADS):
            store.load(path=str(path), format=fmt)
        else:
            store.load(path=str(path), format=fmt, to_graph=to_graph)
    except SyntaxError as error:
        raise QueryError(msg("query.bad_data", path=path, detail=_one_line(error))) from None
    except OSError as error:
        raise QueryError(
            msg("query.data_unreadable", path=path, reason=error.strerror or str(error))
        ) from None


def _one_line(error: Exception) -> str:
    text = " ".join(str(error).split())
    return text if len(text) <= 160 else text[:157] + "…"


def load_store(
    paths: Sequence[Path], *, store: Store | None = None, union: GraphSelection = "all"
) -> QueryStore:
    """Load the data files of ``paths`` (see ``data_files``) into ``store`` (default: a new in-memory one).

    Parsing and copying happen in Oxigraph (``Store.load`` and SPARQL Update ``MOVE``/``ADD`` run by us,
    never by a user's query). The union of the ``union`` graphs is then copied into the store's default
    graph (see the module docstring).
    """
    store = Store() if store is None else store
    files = sorted(data_files(paths), key=lambda path: _kind(path) != "asserted")  # asserted data first
    datasets: dict[str, str] = {}
    for path in files:
        slug = path.name.split(".", 1)[0].removesuffix("-inferred").removesuffix("-analysis")
        kind = _kind(path)
        _load(store, path, to_graph=_LOADING)
        # the triples of a Turtle file, or the default graph of a TriG file, are this file's kind of graph
        for graph in (_LOADING, DefaultGraph()):
            if kind == "asserted" and slug not in datasets:
                found = store.query(_DATASET_QUERY, default_graph=graph)
                datasets.update((slug, row["d"].value) for row in found)  # type: ignore[union-attr]
        target = f"<{datasets.get(slug, f'urn:kizuna-graph:dataset:{slug}')}/{kind}>"
        store.update(
            f"ADD <{_LOADING.value}> TO {target} ; DROP SILENT GRAPH <{_LOADING.value}> ; "
            f"ADD DEFAULT TO {target} ; CLEAR DEFAULT"
        )
    kinds = set(GRAPHS) if union == "all" else {union}
    for name in store.named_graphs():
        if isinstance(name, NamedNode) and _kind_of(name) in kinds:
            store.update(f"ADD <{name.value}> TO DEFAULT")
    return _classify(store, union)


def _kind_of(name: NamedNode) -> GraphName:
    kind = name.value.rsplit("/", 1)[-1]
    return kind if kind in GRAPHS else "asserted"  # type: ignore[return-value]


def open_store(directory: Path, data: Sequence[Path] = (), *, union: GraphSelection = "all") -> QueryStore:
    """An Oxigraph store on disk: opened read-only when ``directory`` holds one, else created from ``data``
    (default: ``exports``); ``data`` with a store that exists is an error, as it would not be loaded.

    The store's default graph is the union of all its graphs; for another ``union`` (``--graph asserted``)
    the store is copied into memory with that union as its default graph (``QueryStore.selected``).
    """
    if directory.is_dir() and any(directory.iterdir()):
        if data:
            raise QueryError(msg("query.data_and_store", store=directory))
        try:
            found = _classify(Store.read_only(str(directory)), "all")
        except OSError as error:
            raise QueryError(msg("query.not_a_store", path=directory, detail=_one_line(error))) from None
    else:
        found = _create(directory, data or [Path("exports")])
    return found.selected(union)


def _create(directory: Path, data: Sequence[Path]) -> QueryStore:
    """A new store in ``directory`` loaded from ``data``; if that fails, no half-loaded store is left behind
    to be opened as a whole one next time."""
    fresh = not directory.exists()
    try:
        store = Store(str(directory))
    except OSError as error:
        raise QueryError(msg("query.cannot_create_store", path=directory, detail=_one_line(error))) from None
    try:
        found = load_store(data, store=store)
        found.store.flush()
        found.store.optimize()  # compacted once: the store is read-only from now on
        return found
    except (QueryError, OSError) as error:
        failure = (
            error
            if isinstance(error, QueryError)
            else QueryError(msg("query.store_failed", path=directory, detail=_one_line(error)))
        )
    failure = failure.with_traceback(None)  # its frames hold the store: close it before its files go
    del store
    gc.collect()
    _discard(directory, fresh=fresh)
    raise failure


def _discard(directory: Path, *, fresh: bool) -> None:
    """Remove what creating a store wrote: ``directory`` itself if it was made for it, else its contents."""
    for path in [directory] if fresh else list(directory.iterdir()):
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)


def _classify(store: Store, union: GraphSelection) -> QueryStore:
    graphs: dict[GraphName, list[NamedNode]] = {}
    for name in store.named_graphs():
        if isinstance(name, NamedNode):
            graphs.setdefault(_kind_of(name), []).append(name)
    return QueryStore(store, {kind: tuple(sorted(names, key=str)) for kind, names in graphs.items()}, union)
