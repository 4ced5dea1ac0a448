"""Benchmark (run by hand, not a test): `kizuna validate` against the naive route, and on 10 and 100 plans.

    .venv/bin/python benchmarks/validate.py [--runs 5] [--skip-large]

Measures, each as the median of ``--runs`` runs (the machine is shared: compare medians and ratios, not single
runs):

1. whole process, bundled plan: ``kizuna validate plans/isesaki-3.yaml`` (start-up, imports, YAML, build,
   shapes, validation, text report), against the naive route in a process of its own: the same load and build,
   then pySHACL with ``inference="owlrl"`` on plan + ontology (``ont_graph``), which is what one writes without
   knowing that the shapes need no inference;
2. in process, the validation step alone (``validate()`` against the naive ``pyshacl.validate``), same graph;
3. in process, ``validate()`` on one graph holding 1, 10 and 100 copies of the plan, each built under a base
   of its own (``https://plan-N.kizuna.test/``), and whole process on the 10-plan graph written as Turtle;
4. in process, ``validate()`` of ten synthetic plans one after the other (as a corpus worker does), with the
   SHACL-SPARQL queries parsed at every evaluation (``sparql="parsed"``, pySHACL's own way) and prepared once
   per process (``sparql="prepared"``, :mod:`kizuna_graph.validate.prepared`), and the findings compared.

The shapes need no inference (shapes/plan-core.ttl says why), so kizuna runs pySHACL with
``inference="none"``; the naive route pays for the OWL 2 RL closure of data + ontology before validating.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from functools import partial
from pathlib import Path

from rdflib import Graph
from timing import call_times, process_times, report

from kizuna_graph.plan.build import build_graph
from kizuna_graph.plan.source import load_plan
from kizuna_graph.resources import bundled_plan, ontology_path
from kizuna_graph.validate.shacl import load_shapes, validate

KIZUNA = Path(sys.executable).with_name("kizuna")

NAIVE = """
import sys, pyshacl
from rdflib import Graph
from kizuna_graph.plan.build import build_graph
from kizuna_graph.plan.source import load_plan
graph = build_graph(load_plan(sys.argv[1], numbering="lenient")).graph
shapes = Graph()
for name in ("plan-core.ttl", "vocabularies.ttl", "recommendations.ttl"):
    shapes.parse(f"shapes/{name}", format="turtle")
ontology = Graph().parse("ontology/kizuna.ttl", format="turtle")
conforms, _, text = pyshacl.validate(graph, shacl_graph=shapes, ont_graph=ontology, inference="owlrl")
print(text)
"""


def plans(count: int) -> Graph:
    plan_file = load_plan(bundled_plan())
    graph = Graph()
    for number in range(count):
        graph += build_graph(plan_file, base=f"https://plan-{number}.kizuna.test/").graph
    return graph


def naive(graph: Graph) -> None:
    import pyshacl

    ontology = Graph().parse(ontology_path(), format="turtle")
    pyshacl.validate(graph, shacl_graph=load_shapes("plan"), ont_graph=ontology, inference="owlrl")


def whole(args: argparse.Namespace, plan: str) -> None:
    """Sections 1 to 3."""
    print("1. whole process, bundled plan")
    ours = report(
        "kizuna validate plans/isesaki-3.yaml",
        process_times([str(KIZUNA), "validate", plan], args.runs, ok=(0, 1)),
    )
    theirs = report(
        "naive: pySHACL inference=owlrl on plan + ontology",
        process_times([sys.executable, "-c", NAIVE, plan], args.runs, ok=(0, 1)),
    )
    startup = report(
        "python -c 'import kizuna_graph.cli, pyshacl'",
        process_times([sys.executable, "-c", "import kizuna_graph.cli, pyshacl"], args.runs),
    )
    print(f"   naive / kizuna: {theirs / ours:.1f}x   (start-up and imports: {startup:.3f} s of kizuna's)")

    print("2. in process, the validation step alone")
    graph = build_graph(load_plan(plan, numbering="lenient")).graph
    load_shapes("plan")
    validate(graph)  # warm: first SPARQL parse, imports
    ours_step = report("validate() (inference none)", call_times(lambda: validate(graph), args.runs))
    theirs_step = report(
        "naive pyshacl.validate (inference owlrl)", call_times(lambda: naive(graph), args.runs)
    )
    print(f"   naive / kizuna: {theirs_step / ours_step:.1f}x")

    print("3. many plans in one graph")
    for count in (1, 10) if args.skip_large else (1, 10, 100):
        big = plans(count)
        runs = args.runs if count < 100 else max(1, min(args.runs, 3))
        report(
            f"validate() on {count} plans ({len(big):,} triples)", call_times(partial(validate, big), runs)
        )
        if count == 10:
            with tempfile.TemporaryDirectory() as folder:
                path = Path(folder) / "ten-plans.ttl"
                big.serialize(path, format="turtle")
                report(
                    f"kizuna validate ten-plans.ttl ({path.stat().st_size / 1e6:.1f} MB)",
                    process_times([str(KIZUNA), "validate", str(path)], args.runs, ok=(0, 1)),
                )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--skip-large", action="store_true", help="leave out the 100-plan graph")
    parser.add_argument("--only-sparql", action="store_true", help="only 4: prepared against parsed queries")
    args = parser.parse_args()
    plan = str(bundled_plan())
    root = Path(__file__).resolve().parents[1]
    if not args.only_sparql:
        whole(args, plan)

    print("4. ten synthetic plans one after the other: SPARQL queries parsed each time, or prepared once")
    from synthetic import synthetic_plan

    base = load_plan(bundled_plan())
    graphs = [build_graph(synthetic_plan(base, number)).graph for number in range(10)]
    findings = {}
    for sparql in ("parsed", "prepared"):
        validate(graphs[0], sparql=sparql)  # warm: imports, and the queries prepared once
        findings[sparql] = [
            [(f.shape, f.element.node, f.path) for f in validate(g, sparql=sparql).findings] for g in graphs
        ]

    def corpus(sparql: str) -> None:
        for graph in graphs:
            validate(graph, sparql=sparql)

    parsed = report(
        "validate() of 10 plans, queries parsed", call_times(partial(corpus, "parsed"), args.runs)
    )
    prepared = report(
        "validate() of 10 plans, queries prepared", call_times(partial(corpus, "prepared"), args.runs)
    )
    same = findings["parsed"] == findings["prepared"]
    print(f"   parsed / prepared: {parsed / prepared:.2f}x; the same findings: {'yes' if same else 'NO'}")
    print(f"(run from {root}; {sys.version.split()[0]})")


if __name__ == "__main__":
    main()
