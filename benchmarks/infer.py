"""Benchmark (run by hand, not a test): inference on the bundled plan against owlrl's naive full closure.

    .venv/bin/python benchmarks/infer.py [--runs 5] [--skip-build]

Measures, each as the median of ``--runs`` runs in this one process (the machine is shared: compare medians
and ratios, not single runs):

- ``infer()`` (kizuna_graph.reason.infer) on the asserted graph: the first call, which also parses the ontology
  and prepares the reasoning profile, and the following calls;
- owlrl's naive OWL 2 RL closure of the asserted graph plus the whole ontology (kizuna.ttl and
  standard-axioms.ttl), without and with axiomatic triples, and what of it carries information (sorted out by
  the same rules as ``infer()``: it must equal ``infer()``'s result);
- the whole-process wall time of ``kizuna build`` (start-up, imports, load, build, validate, infer, export).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import owlrl
from rdflib import Graph
from timing import call_times, process_times, report, timed

from kizuna_graph.plan.build import build_graph
from kizuna_graph.plan.source import load_plan
from kizuna_graph.reason.infer import run_inference, sort_out
from kizuna_graph.reason.profile import bundled_ontology, standard_axioms
from kizuna_graph.resources import bundled_plan

KIZUNA = Path(sys.executable).with_name("kizuna")


def naive_closure(asserted: Graph, *, axiomatic_triples: bool) -> tuple[Graph, set[tuple]]:
    graph = Graph()
    graph += bundled_ontology()
    graph += standard_axioms()
    graph += asserted
    before = set(graph)
    owlrl.DeductiveClosure(
        owlrl.OWLRL_Semantics, axiomatic_triples=axiomatic_triples, datatype_axioms=False
    ).expand(graph)
    return graph, before


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--skip-build", action="store_true", help="do not time `kizuna build`")
    args = parser.parse_args()

    asserted = build_graph(load_plan(bundled_plan())).graph
    first = timed(lambda: run_inference(asserted))  # parses the ontology, prepares the profile
    ours = report("infer(): bundled plan", call_times(lambda: run_inference(asserted), args.runs))
    print(f"{'  first call in a process (ontology parsed, profile closed)':<58} {first:7.3f} s")
    inference = run_inference(asserted)
    print()
    for name, number in inference.counts.items():
        print(f"  {name:<60} {number:>6}")
    print()

    medians = {}
    for axiomatic in (False, True):
        label = "naive OWL 2 RL closure" + (", axiomatic triples" if axiomatic else "")
        runs = []
        for _ in range(args.runs):
            start = time.perf_counter()
            closure, before = naive_closure(asserted, axiomatic_triples=axiomatic)
            runs.append(time.perf_counter() - start)
        medians[axiomatic] = report(label, runs)
        entailed = [t for t in closure if t not in before]
        kept, dropped = sort_out(entailed, asserted)
        same = set(kept) == set(inference.inferred)
        print(
            f"  input {len(before)} triples (plan + kizuna.ttl + standard-axioms.ttl) → closure {len(closure)}: "
            f"{len(entailed)} entailed, {len(kept)} informative (same as infer(): {same})"
        )
        for reason, number in dropped.items():
            print(f"    dropped: {reason:<56} {number:>6}")
    print()
    print(
        f"naive closure / infer():  {medians[False] / ours:5.1f}×   (axiomatic: {medians[True] / ours:5.1f}×)"
    )

    if not args.skip_build:
        print()
        with tempfile.TemporaryDirectory() as out:
            report(
                "kizuna build (whole process)", process_times([str(KIZUNA), "build", "--out", out], args.runs)
            )
        command = [sys.executable, "-c", "import kizuna_graph.cli"]
        report("python -c 'import kizuna_graph.cli'", process_times(command, args.runs))


if __name__ == "__main__":
    main()
