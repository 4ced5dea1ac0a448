"""The main job: a plan source file → the files published in ``exports/``.

``publish`` loads and builds the plan, and lists the files to publish with a renderer for each; the CLI
renders them all in memory and writes them atomically (:mod:`kizuna_graph.export.serialize`).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SKOS
from rdflib.term import Node

from kizuna_graph.errors import PlanValidationError
from kizuna_graph.export.serialize import (
    Renderer,
    context_file,
    to_jsonld,
    to_ntriples,
    to_turtle,
    trig_of_turtle,
)
from kizuna_graph.messages import Message, msg
from kizuna_graph.plan.build import BuildResult, build_graph
from kizuna_graph.plan.model import PlanFile
from kizuna_graph.plan.source import load_plan
from kizuna_graph.reason.infer import infer
from kizuna_graph.resources import ontology_path
from kizuna_graph.terms.iris import DEFAULT_BASE, mint
from kizuna_graph.terms.namespaces import KZ
from kizuna_graph.validate.report import one_line
from kizuna_graph.validate.shacl import Report, acknowledge, validate


@dataclass
class Publication:
    plan_file: PlanFile
    result: BuildResult
    files: dict[str, Renderer]
    #: the triples the ontology entails from the asserted graph, published apart (:mod:`.reasoning`)
    inferred: Graph = field(default_factory=Graph)
    #: the plan's validation: it conforms (else it is not published) but may have warnings
    validation: Report | None = None

    @property
    def graph(self) -> Graph:
        return self.result.graph


def _printed_name(graph: Graph, actor: Node) -> str:
    """The actor as the plan prints it at its actions: its shortest Japanese name (市, 社協)."""
    names = sorted(
        (
            str(o)
            for p in (SKOS.prefLabel, SKOS.altLabel)
            for o in graph.objects(actor, p)
            if isinstance(o, Literal) and o.language == "ja"
        ),
        key=lambda name: (len(name), name),
    )
    return names[0] if names else str(actor)


def summary(graph: Graph) -> list[tuple[Message, int]]:
    """Counts of the plan's elements, for the one-screen summary, each with its name in the catalogue."""

    def count(kind: URIRef) -> int:
        return len(set(graph.subjects(RDF.type, kind)))

    actors = Counter(
        (str(label), _printed_name(graph, actor))
        for action in graph.subjects(RDF.type, KZ.NumberedAction)
        for actor in graph.objects(action, KZ.actor)
        for label in graph.objects(actor, SKOS.notation)
    )
    counts = [
        (msg("count.goals"), count(KZ.BasicGoal)),
        (msg("count.policies"), count(KZ.Policy)),
        (msg("count.measures"), count(KZ.Measure)),
        (
            msg("count.shared_measures"),
            sum(
                1
                for m in set(graph.subjects(RDF.type, KZ.Measure))
                if len(set(graph.subjects(KZ.hasMeasure, m))) > 1
            ),
        ),
        (msg("count.actions"), count(KZ.NumberedAction)),
    ]
    counts += [
        (msg("count.by_actor", actor=actor, name=name), n) for (actor, name), n in sorted(actors.items())
    ]
    counts += [
        (msg("count.citizen_actions"), count(KZ.CitizenAction)),
        (msg("count.help_types"), count(KZ.HelpType)),
        (msg("count.roles"), count(KZ.ActorRole)),
        (msg("count.triples"), len(graph)),
    ]
    return counts


def publish(source: Path, *, base: str = DEFAULT_BASE) -> Publication:
    plan_file = load_plan(source)
    result = build_graph(plan_file, base=base)
    graph = result.graph
    check = acknowledge(
        validate(graph, locations=result.locations, source=str(source)), plan_file.plan.acknowledged
    )
    if not check.conforms:  # a plan with violations is never published; warnings do not stop it
        raise PlanValidationError(f"{one_line(check)}; run `kizuna validate {source}` for the full report")
    slug = plan_file.dataset.slug
    ontology = ontology_path()
    # before rendering: a contradiction is an InconsistentGraphError, not an ExportError
    inferred = infer(graph)
    inferred_graph_name = mint(base, "dataset", slug, "inferred")
    asserted_turtle = cache(lambda: to_turtle(graph))
    inferred_turtle = cache(lambda: to_turtle(inferred))
    files: dict[str, Renderer] = {
        f"{slug}.ttl": asserted_turtle,
        f"{slug}.jsonld": lambda: to_jsonld(graph),
        f"{slug}.nt": lambda: to_ntriples(graph),
        f"{slug}-inferred.ttl": inferred_turtle,
        # TriG: the asserted graph as the default graph, the inferred one named {dataset}/inferred
        f"{slug}.trig": lambda: trig_of_turtle(asserted_turtle(), {inferred_graph_name: inferred_turtle()}),
        "context.jsonld": context_file,
        "ontology.ttl": ontology.read_bytes,
    }
    return Publication(plan_file=plan_file, result=result, files=files, inferred=inferred, validation=check)
