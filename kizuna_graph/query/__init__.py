"""SPARQL on the published data: an Oxigraph store of the exports, safe and limited queries, result formats.

``library`` reads the bundled questions (``queries/``); ``store`` loads exports into named graphs with a
union default graph; ``guard`` refuses what reaches beyond the dataset; ``engine`` answers; ``results``
writes the W3C result formats and tables; ``worker`` runs a query in a process killed at its time limit.
"""

from kizuna_graph.query.engine import Limits, answer, answer_files, answer_killable, solve
from kizuna_graph.query.guard import check_safe
from kizuna_graph.query.library import Query, find_query, load_queries
from kizuna_graph.query.store import QueryStore, load_store

__all__ = [
    "Limits",
    "Query",
    "QueryStore",
    "answer",
    "answer_files",
    "answer_killable",
    "check_safe",
    "find_query",
    "load_queries",
    "load_store",
    "solve",
]
