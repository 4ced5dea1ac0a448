"""SPARQL queries parsed once per process: the data graph pySHACL queries, with a cache of prepared queries.

pySHACL evaluates a SHACL-SPARQL constraint by building its query text (the shape's prefixes and ``SELECT``)
and calling ``data_graph.query(text, initBindings={"this": focus})`` for every focus node; rdflib then parses
and translates the text each time (pyparsing: tens of milliseconds a query), and the same five constraints are
parsed again for every plan. :class:`PreparedGraph` is a view of the data graph (the same store: nothing is
copied) whose :meth:`~PreparedGraph.query` parses each distinct query text once per process
(``rdflib.plugins.sparql.prepareQuery``) and evaluates the prepared query with the bindings of the call.

The cache is keyed by the query text and the namespaces the text is resolved against (rdflib resolves prefixes
a query does not declare against the graph's namespaces), so a prepared query serves every focus node and every
plan: the focus node is an initial binding, never part of the text. The evaluation is rdflib's own
(``evalQuery``), given the same algebra and the same bindings as for a text, so the results are the same;
``tests/test_corpus.py`` compares the findings with and without the cache on the bundled plan and on every
case of ``tests/revisions/broken``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from rdflib import Graph
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.sparql import Query
from rdflib.query import Processor, Result
from rdflib.term import Identifier

__all__ = ["PreparedGraph", "prepared_count"]

#: Prepared queries of this process, by query text and namespaces (a forked worker inherits the parent's).
_PREPARED: dict[tuple[str, tuple[tuple[str, str], ...]], Query] = {}


def prepared_count() -> int:
    """How many distinct queries this process has prepared (for tests and benchmarks)."""
    return len(_PREPARED)


class PreparedGraph(Graph):
    """A view of ``graph`` (its store, identifier and namespaces) that prepares each SPARQL text once."""

    def __init__(self, graph: Graph) -> None:
        super().__init__(
            store=graph.store, identifier=graph.identifier, namespace_manager=graph.namespace_manager
        )

    def query(  # type: ignore[override]
        self,
        query_object: str | Query,
        processor: str | Processor = "sparql",
        result: str | type[Result] = "sparql",
        initNs: Mapping[str, Any] | None = None,
        initBindings: Mapping[str, Identifier] | None = None,
        use_store_provided: bool = True,
        **kwargs: Any,
    ) -> Result:
        if isinstance(query_object, str) and processor == "sparql" and "base" not in kwargs:
            namespaces = dict(initNs or self.namespaces())
            key = (query_object, tuple(sorted((str(k), str(v)) for k, v in namespaces.items())))
            prepared = _PREPARED.get(key)
            if prepared is None:
                prepared = _PREPARED[key] = prepareQuery(query_object, initNs=namespaces)
            query_object = prepared
        return super().query(
            query_object, processor, result, initNs, initBindings, use_store_provided, **kwargs
        )
