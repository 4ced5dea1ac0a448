"""The main job: a plan source file → the files published in ``exports/``.

``publish`` loads and builds the plan, and lists the files to publish with a renderer for each; the CLI
renders them all in memory and writes them atomically (:mod:`kizuna_graph.export`).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SKOS

from .build import BuildResult, build_graph
from .export import Renderer, context_file, to_jsonld, to_ntriples, to_turtle
from .iris import DEFAULT_BASE
from .model import PlanFile
from .namespaces import KZ
from .resources import ontology_path
from .source import load_plan


@dataclass
class Publication:
    plan_file: PlanFile
    result: BuildResult
    files: dict[str, Renderer]

    @property
    def graph(self) -> Graph:
        return self.result.graph


def summary(graph: Graph) -> dict[str, int]:
    """Counts of the plan's elements, for the one-screen summary."""

    def count(kind: URIRef) -> int:
        return len(set(graph.subjects(RDF.type, kind)))

    actors = Counter(
        str(label)
        for action in graph.subjects(RDF.type, KZ.NumberedAction)
        for actor in graph.objects(action, KZ.actor)
        for label in graph.objects(actor, SKOS.notation)
    )
    counts = {
        "basic goals": count(KZ.BasicGoal),
        "policies": count(KZ.Policy),
        "measures": count(KZ.Measure),
        "measures under two or more policies": sum(
            1
            for m in set(graph.subjects(RDF.type, KZ.Measure))
            if len(set(graph.subjects(KZ.hasMeasure, m))) > 1
        ),
        "numbered actions": count(KZ.NumberedAction),
    }
    for actor, number in sorted(actors.items()):
        counts[f"  by {actor}"] = number
    counts["citizen actions"] = count(KZ.CitizenAction)
    counts["help types"] = count(KZ.HelpType)
    counts["roles"] = count(KZ.ActorRole)
    counts["triples"] = len(graph)
    return counts


def publish(source: Path, *, base: str = DEFAULT_BASE) -> Publication:
    plan_file = load_plan(source)
    result = build_graph(plan_file, base=base)
    graph = result.graph
    slug = plan_file.dataset.slug
    ontology = ontology_path()
    files: dict[str, Renderer] = {
        f"{slug}.ttl": lambda: to_turtle(graph),
        f"{slug}.jsonld": lambda: to_jsonld(graph),
        f"{slug}.nt": lambda: to_ntriples(graph),
        "context.jsonld": context_file,
        "ontology.ttl": ontology.read_bytes,
    }
    return Publication(plan_file=plan_file, result=result, files=files)
