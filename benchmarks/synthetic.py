"""Deterministic synthetic plans of the Isesaki plan's shape, and corpora of them (run by hand, not a test).

    .venv/bin/python benchmarks/synthetic.py 100 /tmp/corpus-100.nq [--workers 2]
    .venv/bin/python benchmarks/synthetic.py 1000 /tmp/corpus-1000.nq --distinct 100
    .venv/bin/python benchmarks/synthetic.py 1000 /tmp/plans-1000 --yaml

With ``--yaml`` the corpus is a folder of plan source files, ``synth0000.yaml`` …, one plan each, as
``kizuna validate FOLDER`` and ``kizuna build FOLDER`` read them (:func:`write_plan_files`): the bundled plan
file's data with the same variations drawn from ``random.Random(n)`` — numbered actions and citizen actions
kept at random (at least one each), renumbered, a word appended to their Japanese texts and to the measures'
titles — its own municipality and slug, edition 1, and no source document or retired IRIs (they are the
Isesaki plan's). The organisations keep their ids (``isesaki-city``…): ``catalog/release.yaml`` gives the
catalogue's ADMS publisher type of each organisation by its id, which ``kizuna build`` needs; each plan is
validated and built alone, so the shared organisation IRIs cost nothing there. The same ``n`` always gives the
same bytes.

Plan ``n`` is the bundled plan's records with, drawn from ``random.Random(n)`` (so the same ``n`` always gives
the same plan): its own municipality (``synth0042``; every plan IRI differs), each measure keeping a varying
share of its numbered actions (at least one, renumbered per actor), each policy a varying share of its citizen
actions (at least one), and texts varied by a word appended from a fixed list. Goals, policies, measures and
the cross-listing of 2-3-2 keep the plan's shape. Each plan has its own organisations (``synth0042-isesaki-city``),
as different municipalities do: shared organisation IRIs would make a few subjects hold triples in every graph
of the corpus, which no real corpus has and which slows Oxigraph's lookups of them (measured: a join on them took
20 s at 100 plans).

A corpus is one N-Quads file: for each plan, its asserted graph (``D/asserted``) and what the ontology entails
from it (``D/inferred``), as ``kizuna query --data corpus.nq`` reads them. Plans are built and inferred in a
process pool.
"""

from __future__ import annotations

import argparse
import copy
import dataclasses
import random
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import yaml
from rdflib import Dataset, URIRef

from kizuna_graph.plan.build import build_graph
from kizuna_graph.plan.model import Measure, PlanFile, Policy, Text
from kizuna_graph.plan.source import load_plan
from kizuna_graph.reason.infer import infer
from kizuna_graph.resources import bundled_plan

WORDS = ("の推進", "の充実", "の強化", "の検討", "への支援", "の見直し", "の周知", "との連携")


def _vary(text: Text, rng: random.Random) -> Text:
    return Text(text.ja + rng.choice(WORDS), text.en)


def _measure(measure: Measure, rng: random.Random) -> Measure:
    kept = [action for action in measure.actions if rng.random() < 0.75] or [measure.actions[0]]
    numbers: dict[str, int] = {}
    actions = []
    for action in kept:
        numbers[action.actor] = numbers.get(action.actor, 0) + 1
        actions.append(
            dataclasses.replace(action, number=numbers[action.actor], text=_vary(action.text, rng))
        )
    return dataclasses.replace(measure, actions=tuple(actions), title=_vary(measure.title, rng))


def _policy(policy: Policy, rng: random.Random) -> Policy:
    kept = [a for a in policy.citizen_actions if rng.random() < 0.8] or [policy.citizen_actions[0]]
    citizen = tuple(dataclasses.replace(a, number=n) for n, a in enumerate(kept, start=1))
    measures = tuple(_measure(measure, rng) for measure in policy.measures)
    return dataclasses.replace(policy, citizen_actions=citizen, measures=measures)


def synthetic_plan(base: PlanFile, number: int) -> PlanFile:
    """Plan ``number`` of the synthetic corpus (deterministic)."""
    rng = random.Random(number)
    goals = tuple(
        dataclasses.replace(goal, policies=tuple(_policy(policy, rng) for policy in goal.policies))
        for goal in base.plan.goals
    )
    municipality = f"synth{number:04d}"
    org = {o.id: f"{municipality}-{o.id}" for o in base.organisations}  # each plan its own organisations

    def rename(org_id: str | None) -> str | None:
        return org.get(org_id, org_id) if org_id is not None else None

    actors = tuple(dataclasses.replace(a, organisation=rename(a.organisation)) for a in base.plan.actors)
    components = tuple(
        dataclasses.replace(c, publisher=rename(c.publisher)) for c in base.plan.component_plans
    )
    plan = dataclasses.replace(
        base.plan,
        municipality=municipality,
        edition=1,
        previous_edition=None,
        goals=goals,
        actors=actors,
        component_plans=components,
        publishers=tuple(org.get(p, p) for p in base.plan.publishers),
    )
    dataset = dataclasses.replace(
        base.dataset, slug=f"{municipality}-1", publisher=rename(base.dataset.publisher)
    )
    organisations = tuple(dataclasses.replace(o, id=org[o.id]) for o in base.organisations)
    return dataclasses.replace(base, plan=plan, dataset=dataset, organisations=organisations)


def plan_quads(number: int) -> str:
    """Plan ``number`` as N-Quads: its asserted graph and its inferred graph."""
    file = synthetic_plan(load_plan(bundled_plan()), number)
    asserted = build_graph(file).graph
    dataset_iri = next(
        str(s) for s in asserted.subjects(predicate=None, object=URIRef("http://www.w3.org/ns/dcat#Dataset"))
    )
    quads = Dataset()
    for name, graph in (("asserted", asserted), ("inferred", infer(asserted))):
        target = quads.graph(URIRef(f"{dataset_iri}/{name}"))
        for triple in graph:
            target.add(triple)
    return quads.serialize(format="nquads")


def write_corpus(count: int, path: Path, *, workers: int, distinct: int | None = None) -> None:
    """``count`` plans into ``path``; with ``distinct``, plan ``n`` is plan ``n % distinct`` under its own IRIs
    (its municipality renamed): the same shapes, built and inferred once, for a large corpus in minutes."""
    shapes = count if distinct is None else min(distinct, count)
    with path.open("w", encoding="utf-8") as out, ProcessPoolExecutor(workers) as pool:
        texts = list(pool.map(plan_quads, range(shapes), chunksize=4))
        for number in range(count):
            text = texts[number % shapes]
            if number >= shapes:
                text = text.replace(f"synth{number % shapes:04d}", f"synth{number:04d}")
            out.write(text)


def synthetic_yaml(base: dict[str, Any], number: int) -> str:
    """Plan file ``number`` of a folder corpus, as YAML text (deterministic), from the bundled plan's data."""
    rng = random.Random(number)
    data = copy.deepcopy(base)
    municipality = f"synth{number:04d}"
    data.pop("source", None)
    data.pop("retired", None)
    dataset, plan = data["dataset"], data["plan"]
    dataset["slug"] = f"{municipality}-1"
    plan.update(municipality=municipality, edition=1)
    plan.pop("previous_edition", None)
    plan.pop("previous_edition_note", None)
    for goal in plan["goals"]:
        for policy in goal["policies"]:
            citizen = policy["citizen_actions"]
            policy["citizen_actions"] = [a for a in citizen if rng.random() < 0.8] or citizen[:1]
            for action in policy["citizen_actions"]:
                action["ja"] += rng.choice(WORDS)
            for measure in policy["measures"]:
                if "actions" in measure:
                    _vary_measure(measure, rng)
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=120)


def _vary_measure(measure: dict[str, Any], rng: random.Random) -> None:
    measure["title"]["ja"] += rng.choice(WORDS)
    kept = {
        actor: [a for a in actions if rng.random() < 0.75] for actor, actions in measure["actions"].items()
    }
    if not any(kept.values()):
        first = next(iter(measure["actions"]))
        kept[first] = measure["actions"][first][:1]
    measure["actions"] = {actor: actions for actor, actions in kept.items() if actions}
    for actions in measure["actions"].values():
        for n, action in enumerate(actions, start=1):
            action["n"] = n
            action["ja"] += rng.choice(WORDS)


def write_plan_files(count: int, folder: Path) -> None:
    """``count`` plan files ``synth0000.yaml`` … into ``folder`` (created; files of other names left alone)."""
    folder.mkdir(parents=True, exist_ok=True)
    base = yaml.safe_load(bundled_plan().read_text(encoding="utf-8"))
    for number in range(count):
        (folder / f"synth{number:04d}.yaml").write_text(synthetic_yaml(base, number), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("count", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--distinct", type=int, help="build this many plans and repeat their shapes under new IRIs"
    )
    parser.add_argument("--yaml", action="store_true", help="write a folder of YAML plan files instead")
    args = parser.parse_args()
    if args.yaml:
        write_plan_files(args.count, args.out)
        size = sum(path.stat().st_size for path in args.out.glob("synth*.yaml"))
        print(f"{args.count} plan files → {args.out}/ ({size / 2**20:.1f} MiB)", file=sys.stderr)
        return
    write_corpus(args.count, args.out, workers=args.workers, distinct=args.distinct)
    print(f"{args.count} plans → {args.out} ({args.out.stat().st_size / 2**20:.1f} MiB)", file=sys.stderr)


if __name__ == "__main__":
    main()
