"""``kizuna serve``: the query store behind the SPARQL endpoint.

The store is loaded once, in the server process, before any thread starts; the server process never queries
it itself. Each query is answered in a forked worker process (``query.worker``) that is killed at the time
limit, so a runaway query holds one worker and one server thread while the other threads go on serving.
When the data include a folder (the release, ``exports/``), its resource IRIs are served by the rules of
its ``.htaccess`` (``export.htaccess.rewrite_rules``, sections from ``catalog/release.yaml``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from kizuna_graph.export.htaccess import rewrite_rules
from kizuna_graph.export.release import load_release
from kizuna_graph.query.engine import Limits, answer_killable
from kizuna_graph.query.guard import check_safe
from kizuna_graph.query.store import GraphSelection, QueryStore, load_store
from kizuna_graph.serve.app import SparqlApp
from kizuna_graph.serve.deref import Resolver
from kizuna_graph.serve.server import make_server
from kizuna_graph.terms.namespaces import PREFIXES

__all__ = ["StoreEngine", "endpoint_app", "endpoint_server"]


@dataclass(frozen=True)
class StoreEngine:
    """The query store as the endpoint's engine (``serve.app.Engine``)."""

    store: QueryStore
    limits: Limits
    graph: GraphSelection = "all"

    def check(self, sparql: str) -> str:
        return check_safe(sparql)

    def answer(self, sparql: str, format: str) -> bytes:
        return answer_killable(
            self.store,
            sparql,
            format=format,  # type: ignore[arg-type]
            graph=self.graph,
            limits=self.limits,
        )

    def named_graphs(self) -> list[str]:
        return [name.value for name in self.store.named_graphs()]


def endpoint_app(
    data: Sequence[Path],
    *,
    limits: Limits,
    graph: GraphSelection = "all",
    max_query_bytes: int = 64 * 1024,
) -> SparqlApp:
    """The WSGI application over the exports ``data``, its default graph the union of the ``graph`` graphs
    (as ``kizuna query --graph``; every named graph stays reachable with ``GRAPH``); the first folder among
    them is the release served."""
    folder = next((path for path in data if path.is_dir()), None)
    resolver = None
    if folder is not None:
        resolver = Resolver(folder, rewrite_rules(root="", sections=load_release().sections))
    return SparqlApp(
        StoreEngine(load_store(data, union=graph), limits, graph),
        max_query_bytes=max_query_bytes,
        prefixes=PREFIXES,
        resolver=resolver,
    )


def endpoint_server(
    data: Sequence[Path],
    *,
    host: str,
    port: int,
    limits: Limits,
    graph: GraphSelection = "all",
    threads: int = 8,
    max_body_bytes: int = 256 * 1024,
):  # type: ignore[no-untyped-def]
    """A Waitress server of the endpoint (``.run()`` to serve, ``.close()`` to stop)."""
    app = endpoint_app(data, limits=limits, graph=graph, max_query_bytes=max_body_bytes // 4)
    return make_server(app, host=host, port=port, threads=threads, max_body_bytes=max_body_bytes)
