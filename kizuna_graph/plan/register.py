"""The register of published IRIs: cool IRIs don't change.

Every IRI a build publishes (below the base, except the build activity and the software version, which name
one run) is listed in a committed register, ``plans/{slug}.iris.tsv``: one line per IRI, relative to the base,
with its types and its Japanese label (``skos:prefLabel``; ``skos:altLabel`` for a resource named only that
way, such as the previous edition a plan revises). The register only grows. :func:`check_register` compares a
build with it and reports, one line each:

- a registered IRI the build no longer publishes (dropped), unless the source retires it (``retired:``,
  published as ``owl:deprecated true`` with ``dcterms:isReplacedBy``);
- a registered IRI that now names another kind of thing, or another text (repurposed): a new element needs a
  new id; a rewording of the same element is recorded by updating the register (``--update``), which a
  reviewer sees in the diff;
- an IRI the build publishes that the register lacks (new): add it with ``--update``.

``python -m kizuna_graph.plan.register [PLAN] [--update]`` checks (exit 1 on a problem) or rewrites the
register, keeping every line it had.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, SKOS

from kizuna_graph.terms.iris import DEFAULT_BASE
from kizuna_graph.terms.namespaces import PREFIXES

__all__ = ["Entry", "check_register", "read_register", "register_entries", "register_path", "render_register"]

HEADER = (
    "# IRIs published by kizuna_graph for this plan, relative to the base: IRI, types, Japanese label.\n"
    "# Only grows: an IRI is never dropped or repurposed (see kizuna_graph/plan/register.py).\n"
)


@dataclass(frozen=True, slots=True, order=True)
class Entry:
    iri: str
    types: str
    label: str

    def line(self) -> str:
        return f"{self.iri}\t{self.types}\t{self.label}"


def register_path(plan_path: Path, slug: str) -> Path:
    return plan_path.parent / f"{slug}.iris.tsv"


def _curie(iri: URIRef) -> str:
    text = str(iri)
    for prefix, namespace in sorted(PREFIXES.items(), key=lambda item: -len(str(item[1]))):
        if text.startswith(str(namespace)):
            return f"{prefix}:{text[len(str(namespace)) :]}"
    return f"<{text}>"


def _published(base: str, node: URIRef) -> bool:
    relative = str(node)[len(base) :]
    return str(node).startswith(base) and not relative.startswith("software/") and "/build/" not in relative


def _labels(graph: Graph, node: URIRef, predicate: URIRef) -> list[str]:
    return sorted(
        " ".join(str(o).split())
        for o in graph.objects(node, predicate)
        if isinstance(o, Literal) and o.language == "ja"
    )


def register_entries(graph: Graph, base: str = DEFAULT_BASE) -> dict[str, Entry]:
    """Every published IRI of ``graph`` below ``base`` with its types and Japanese label."""
    entries = {}
    for node in set(graph.subjects()):
        if not isinstance(node, URIRef) or not _published(base, node):
            continue
        types = " ".join(sorted(_curie(t) for t in graph.objects(node, RDF.type) if isinstance(t, URIRef)))
        labels = _labels(graph, node, SKOS.prefLabel) or _labels(graph, node, SKOS.altLabel)
        relative = str(node)[len(base) :]
        entries[relative] = Entry(relative, types, labels[0] if labels else "")
    return entries


def read_register(path: Path) -> dict[str, Entry]:
    entries = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        iri, types, label = ([*line.split("\t"), "", ""])[:3]
        entries[iri] = Entry(iri, types, label)
    return entries


def render_register(entries: dict[str, Entry]) -> str:
    return HEADER + "".join(entry.line() + "\n" for entry in sorted(entries.values()))


def check_register(registered: dict[str, Entry], graph: Graph, base: str = DEFAULT_BASE) -> list[str]:
    """Problems of ``graph`` against the register, one line each (empty: the build keeps every IRI)."""
    built = register_entries(graph, base)
    problems = []
    for iri, entry in sorted(registered.items()):
        now = built.get(iri)
        if now is None:
            problems.append(
                f"{iri}: registered IRI dropped ('{entry.label}'): retire it in the source instead"
            )
            continue
        if (URIRef(base + iri), OWL.deprecated, Literal(True)) in graph:
            continue
        if now.types != entry.types:
            problems.append(f"{iri}: now a {now.types}, registered as a {entry.types}: mint a new id")
        elif now.label != entry.label:
            problems.append(
                f"{iri}: now names '{now.label}', registered as '{entry.label}': a new element needs a new id "
                "(a rewording of the same element: update the register)"
            )
    for iri in sorted(set(built) - set(registered)):
        problems.append(f"{iri}: not in the register: add it (python -m kizuna_graph.plan.register --update)")
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    """Check the bundled plan's register (exit 1 on a problem) or ``--update`` it (keeps every line)."""
    from kizuna_graph.plan.build import build_graph
    from kizuna_graph.plan.source import load_plan
    from kizuna_graph.resources import bundled_plan

    parser = argparse.ArgumentParser(prog="python -m kizuna_graph.plan.register")
    parser.add_argument("plan", nargs="?", type=Path, default=bundled_plan())
    parser.add_argument("--update", action="store_true", help="add new IRIs and record rewordings")
    args = parser.parse_args(argv)
    plan_file = load_plan(args.plan)
    graph = build_graph(plan_file).graph
    path = register_path(args.plan, plan_file.dataset.slug)
    registered = read_register(path) if path.exists() else {}
    if args.update:
        merged = dict(registered)
        merged.update(register_entries(graph))  # new IRIs and rewordings; dropped ones stay registered
        path.write_text(render_register(merged), encoding="utf-8")
        print(f"wrote {path} ({len(merged)} IRIs)")
        return 0
    problems = check_register(registered, graph)
    for problem in problems:
        print(f"{path}: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
