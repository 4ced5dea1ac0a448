"""Answer a SPARQL query on the query store: checked, with the project's prefixes, capped, in a format.

``answer`` does the work in the current process; ``answer_killable`` runs it in a worker process stopped at
its time limit (``worker.run_killable``). The project's prefixes (``namespaces.PREFIXES``) are declared to
the parser, not prepended to the text, so the line and column of a syntax error are those of the query as
written; a ``PREFIX`` of the query overrides them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal as TypingLiteral

from pyoxigraph import DefaultGraph, Literal, NamedNode, QueryBoolean, QuerySolutions, QueryTriples, Triple

from kizuna_graph.errors import QueryError
from kizuna_graph.messages import Message, msg
from kizuna_graph.query.guard import check_safe, undeclared_prefixes
from kizuna_graph.query.results import Format, Row, Term, render_boolean, render_graph, render_rows
from kizuna_graph.query.store import GraphSelection, QueryStore, load_store, open_store
from kizuna_graph.query.worker import run_killable
from kizuna_graph.terms.namespaces import PREFIXES

__all__ = ["Answer", "Limits", "answer", "answer_files", "answer_killable", "render", "solve"]

_LABELS = ("http://www.w3.org/2004/02/skos/core#prefLabel", "http://www.w3.org/2000/01/rdf-schema#label")


@dataclass(frozen=True)
class Limits:
    """Per-query limits: wall-clock seconds, results (rows or triples), extra memory of the worker in MiB."""

    timeout: float = 30.0
    results: int = 100_000
    memory_mb: int = 2048


@dataclass(frozen=True)
class Answer:
    """What a query gave: ``kind`` and its variables with rows, its boolean, or its triples."""

    kind: TypingLiteral["SELECT", "ASK", "GRAPH"]
    variables: tuple[str, ...] = ()
    rows: tuple[Row, ...] = ()
    boolean: bool = False
    triples: tuple[Triple, ...] = ()


def solve(
    store: QueryStore,
    sparql: str,
    *,
    graph: GraphSelection = "all",
    limit: int = 100_000,
    where: str = "query",
) -> Answer:
    """Check ``sparql`` and evaluate it; more than ``limit`` results is an error, never a silent cut."""
    check_safe(sparql, where=where)
    store = store.selected(graph)
    try:  # every named graph of the store is the query's: no list of them, which Oxigraph checks per quad
        result = store.store.query(sparql, prefixes=dict(PREFIXES), default_graph=[DefaultGraph()])
        if isinstance(result, QueryBoolean):
            return Answer("ASK", boolean=bool(result))
        if isinstance(result, QuerySolutions):
            variables = tuple(variable.value for variable in result.variables)
            rows = []
            for solution in result:
                rows.append(tuple(solution[name] for name in variables))
                if len(rows) > limit:
                    raise _over(limit, where)
            return Answer("SELECT", variables=variables, rows=tuple(rows))
        if not isinstance(result, QueryTriples):  # not an assert: python -O would drop it
            raise QueryError(msg("query.unknown_result", where=where))
        triples = []
        for triple in result:
            triples.append(triple)
            if len(triples) > limit:
                raise _over(limit, where)
        return Answer("GRAPH", triples=tuple(triples))
    except SyntaxError as error:
        raise QueryError(_syntax(error, sparql, where)) from None
    except OSError as error:
        detail = " ".join(str(error).split())[:200]
        raise QueryError(msg("query.engine_failed", where=where, detail=detail)) from None


def _over(limit: int, where: str) -> QueryError:
    return QueryError(msg("query.too_many_results", where=where, limit=limit))


def _syntax(error: SyntaxError, sparql: str, where: str) -> Message:
    """pyoxigraph's message (``error at 2:2: expected one of …``, many lines) as ``where:2:2: …`` on one line,
    its own text cut to 160 characters in the message's detail; a prefix that nothing declares is named."""
    first = " ".join((str(error).splitlines() or ["syntax error"])[0].split())
    match = re.fullmatch(r"error at (\d+):(\d+): (.*)", first)
    detail = match[3] if match else first
    detail = detail if len(detail) <= 160 else detail[:159] + "…"
    if not match:
        return msg("query.syntax_nowhere", where=where, detail=detail)
    position = {"where": where, "line": int(match[1]), "column": int(match[2]), "detail": detail}
    prefixes = undeclared_prefixes(sparql, PREFIXES)
    if prefixes:
        return msg("query.syntax_prefix", prefixes=", ".join(prefixes), **position)
    return msg("query.syntax", **position)


def render(store: QueryStore, found: Answer, *, format: Format) -> bytes:
    """``found`` in ``format``; the table shows IRIs by their Japanese labels."""
    if found.kind == "ASK":
        return render_boolean(found.boolean, format=format)
    if found.kind == "GRAPH":
        return render_graph(found.triples, format=format, prefixes=PREFIXES)
    label = _labeller(store, found.rows) if format == "table" else None
    return render_rows(found.variables, found.rows, format=format, label=label)


def answer(
    store: QueryStore,
    sparql: str,
    *,
    format: Format,
    graph: GraphSelection = "all",
    limits: Limits = Limits(),
    where: str = "query",
) -> bytes:
    """``sparql`` answered on ``store`` in ``format``, in this process (no time limit)."""
    return render(store, solve(store, sparql, graph=graph, limit=limits.results, where=where), format=format)


def answer_killable(
    store: QueryStore,
    sparql: str,
    *,
    format: Format,
    graph: GraphSelection = "all",
    limits: Limits = Limits(),
    where: str = "query",
) -> bytes:
    """As ``answer``, in a worker process killed at ``limits.timeout`` seconds."""
    check_safe(sparql, where=where)  # refused before any process is started
    return run_killable(
        lambda: answer(store, sparql, format=format, graph=graph, limits=limits, where=where),
        timeout=limits.timeout,
        memory_mb=limits.memory_mb,
    )


def _labeller(store: QueryStore, rows: tuple[Row, ...]):  # type: ignore[no-untyped-def]
    iris = sorted({term.value for row in rows for term in row if isinstance(term, NamedNode)})
    labels: dict[str, str] = {}
    if iris:
        values = " ".join(f"<{iri}>" for iri in iris)
        found = store.store.query(
            f"SELECT ?s ?label WHERE {{ VALUES ?s {{ {values} }} VALUES ?p {{ <{_LABELS[0]}> <{_LABELS[1]}> }}"
            ' ?s ?p ?label FILTER(LANGMATCHES(LANG(?label), "ja")) } ORDER BY ?s ?p ?label',
            default_graph=[DefaultGraph()],
        )
        for solution in found:  # type: ignore[union-attr]
            labels.setdefault(solution["s"].value, solution["label"].value)  # type: ignore[union-attr]
    prefixes = sorted(PREFIXES.items(), key=lambda item: -len(item[1]))

    def label(term: Term) -> str:
        if isinstance(term, NamedNode):
            if term.value in labels:
                return labels[term.value]
            for prefix, namespace in prefixes:
                if term.value.startswith(namespace):
                    return f"{prefix}:{term.value[len(namespace) :]}"
            return term.value
        if isinstance(term, Literal):
            return term.value
        return str(term)

    return label


def answer_files(
    sparql: str,
    *,
    data: Sequence[Path],
    store_dir: Path | None = None,
    format: Format,
    graph: GraphSelection = "all",
    limits: Limits = Limits(),
    where: str = "query",
) -> bytes:
    """``sparql`` answered on the exports ``data`` (or the Oxigraph store ``store_dir``), time-limited.

    The worker process loads the data and answers: the time limit covers both.
    """
    check_safe(sparql, where=where)

    def task() -> bytes:
        if store_dir is not None:
            store = open_store(store_dir, data, union=graph)
        else:
            store = load_store(data, union=graph)
        return answer(store, sparql, format=format, graph=graph, limits=limits, where=where)

    return run_killable(task, timeout=limits.timeout, memory_mb=limits.memory_mb)
