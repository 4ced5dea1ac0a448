"""The answer of every bundled query, derived in plain Python from the plan's typed records.

Independent of SPARQL, RDF and both engines: each function reads ``load_plan`` records (for the help-type
question also the project's classification rules, ``vocabularies/help-type-rules.yaml``, read with PyYAML and
applied by a hand-written loop; for the one question about cross-links the ``cross-links.csv`` table of
``kizuna analyze``) and returns the rows the query must give, header first, as strings.
``tests/test_queries.py`` checks each query's ``.expected.csv`` against its function and both engines against
both. Reference codes (``2-3-2``, ``2-3-1-council-1``) are the project's codes built from the positions, as
``kz:referenceCode`` publishes them; each measure and action counts once, at its own (primary) place.
"""

from __future__ import annotations

import csv
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import yaml

from kizuna_graph.plan.model import Actor, Measure, NumberedAction, PlanFile, Policy

RULES = Path(__file__).resolve().parents[1] / "vocabularies" / "help-type-rules.yaml"

Rows = list[tuple[str, ...]]
ANSWERS: dict[str, Callable[[PlanFile, Path], Rows]] = {}


def answer(function: Callable[[PlanFile, Path], Rows]) -> Callable[[PlanFile, Path], Rows]:
    ANSWERS[function.__name__.replace("_", "-")] = function
    return function


def _policies(file: PlanFile) -> Iterator[tuple[int, str, Policy]]:
    for goal in file.plan.goals:
        for policy in goal.policies:
            yield goal.number, f"{goal.number}-{policy.number}", policy


def _measures(file: PlanFile) -> Iterator[tuple[str, Measure]]:
    """Each measure once, with its reference code, in the policy that holds it (its primary listing)."""
    for _goal, notation, policy in _policies(file):
        for measure in policy.measures:
            yield f"{notation}-{measure.number}", measure


def _measures_of_policy(file: PlanFile) -> dict[str, list[str]]:
    """Policy notation → reference codes of its own measures (kz:hasMeasure); a second listing is not one."""
    return {
        notation: [f"{notation}-{m.number}" for m in policy.measures]
        for _goal, notation, policy in _policies(file)
    }


def _actions(file: PlanFile) -> Iterator[tuple[str, str, NumberedAction]]:
    for measure_notation, measure in _measures(file):
        for action in measure.actions:
            yield measure_notation, f"{measure_notation}-{action.actor}-{action.number}", action


def _actor(file: PlanFile, actor_id: str) -> Actor:
    return next(actor for actor in file.plan.actors if actor.id == actor_id)


def _actor_name(file: PlanFile, actor_id: str) -> str:
    """The actor's skos:prefLabel: its organisation's name when it is one, else its own label."""
    actor = _actor(file, actor_id)
    for organisation in file.organisations:
        if organisation.id == actor.organisation:
            return organisation.name.ja
    return actor.label.ja


def _goals_of_measure(file: PlanFile) -> dict[str, set[int]]:
    goals: dict[str, set[int]] = defaultdict(set)
    for policy, measures in _measures_of_policy(file).items():
        for measure in measures:
            goals[measure].add(int(policy.split("-")[0]))
    return goals


def _short_label(file: PlanFile, actor_id: str) -> str:
    """The actor's label of at most two characters (市, 社協), as the query filters its skos:altLabel."""
    actor = _actor(file, actor_id)
    return next(text.ja for text in (actor.label, *actor.alt_labels) if len(text.ja) <= 2)


@answer
def actions_per_goal_and_actor(file: PlanFile, _exports: Path) -> Rows:
    counts: Counter[tuple[int, str]] = Counter()
    goals = _goals_of_measure(file)
    for measure, _notation, action in _actions(file):
        for goal in goals[measure]:
            counts[goal, action.actor] += 1
    rows = [(str(g), actor, _short_label(file, actor), str(n)) for (g, actor), n in sorted(counts.items())]
    return [("goal", "actor", "actorLabel", "actions"), *rows]


def _layers(text: str, element: str, rules: dict[str, Any]) -> set[str]:
    """The layers of help the project's rules give an action: words matched, then the hand decisions."""
    layers = {rule["help_type"] for rule in rules["layers"] if any(word in text for word in rule["words"])}
    for decision in rules.get("decisions") or []:
        if decision["element"] == element:
            if "add" in decision:
                layers.add(decision["add"])
            else:
                layers.discard(decision["remove"])
    return layers


@answer
def actions_per_help_type_and_goal(file: PlanFile, _exports: Path) -> Rows:
    """Numbered and citizen actions per layer in the project's classification; an action may have several."""
    rules = yaml.safe_load(RULES.read_text(encoding="utf-8"))
    counts: Counter[tuple[int, str]] = Counter()
    goals = _goals_of_measure(file)
    for measure, _notation, action in _actions(file):
        for goal in goals[measure]:
            for layer in _layers(action.text.ja, action.id, rules):
                counts[goal, layer] += 1
    for goal, _notation, policy in _policies(file):
        for citizen in policy.citizen_actions:
            for layer in _layers(citizen.text.ja, citizen.id, rules):
                counts[goal, layer] += 1
    labels = {h.id: h.label.ja for h in file.plan.help_types.types}
    rows = [(str(g), layer, labels[layer], str(n)) for (g, layer), n in sorted(counts.items())]
    return [("goal", "helpType", "helpTypeLabel", "actions"), *rows]


@answer
def actions_per_actor(file: PlanFile, _exports: Path) -> Rows:
    counts = Counter(action.actor for _m, _n, action in _actions(file))
    rows = [(actor, _actor_name(file, actor), str(n)) for actor, n in sorted(counts.items())]
    return [("actor", "actorLabel", "actions"), *rows]


@answer
def actions_per_measure_and_actor(file: PlanFile, _exports: Path) -> Rows:
    rows = []
    for notation, measure in sorted(_measures(file)):
        actors = Counter(action.actor for action in measure.actions)
        rows.append((notation, measure.title.ja, str(actors["city"]), str(actors["council"])))
    return [("measure", "measureLabel", "city", "council"), *rows]


@answer
def citizen_actions_of_goal_1(file: PlanFile, _exports: Path) -> Rows:
    rows = sorted(
        (notation, action.text.ja)
        for goal, notation, policy in _policies(file)
        if goal == 1
        for action in policy.citizen_actions
    )
    return [("policy", "label"), *rows]


@answer
def citizen_actions_per_goal(file: PlanFile, _exports: Path) -> Rows:
    counts: Counter[int] = Counter()
    for goal, _notation, policy in _policies(file):
        counts[goal] += len(policy.citizen_actions)
    return [("goal", "citizenActions"), *((str(g), str(n)) for g, n in sorted(counts.items()))]


@answer
def council_actions_for_goal_2(file: PlanFile, _exports: Path) -> Rows:
    goals = _goals_of_measure(file)
    rows = sorted(
        (notation, action.text.ja)
        for measure, notation, action in _actions(file)
        if action.actor == "council" and 2 in goals[measure]
    )
    return [("action", "label"), *rows]


@answer
def council_mimamori_actions(file: PlanFile, _exports: Path) -> Rows:
    rows = sorted(
        (notation, action.id, action.text.ja, measure)
        for measure, notation, action in _actions(file)
        if action.actor == "council" and "見守り" in action.text.ja
    )
    return [("action", "id", "label", "measure"), *rows]


@answer
def disaster_actions(file: PlanFile, _exports: Path) -> Rows:
    texts = [(notation, action.text.ja) for _m, notation, action in _actions(file)]
    texts += [
        (f"{notation}-citizen-{action.number}", action.text.ja)
        for _goal, notation, policy in _policies(file)
        for action in policy.citizen_actions
    ]
    rows = sorted((n, text) for n, text in texts if "災害" in text or "防災" in text)
    return [("element", "label"), *rows]


@answer
def goals_and_policies(file: PlanFile, _exports: Path) -> Rows:
    rows = [
        (
            str(goal.number),
            goal.label.ja,
            f"{goal.number}-{policy.number}",
            policy.label.ja,
            policy.label.en or "",
        )
        for goal in file.plan.goals
        for policy in goal.policies
    ]
    return [("goal", "goalLabel", "policy", "policyLabel", "policyLabelEn"), *sorted(rows)]


@answer
def largest_measures(file: PlanFile, _exports: Path) -> Rows:
    sizes = {notation: (measure.title.ja, len(measure.actions)) for notation, measure in _measures(file)}
    most = max(size for _title, size in sizes.values())
    rows = [(n, title, str(size)) for n, (title, size) in sorted(sizes.items()) if size == most]
    return [("measure", "measureLabel", "actions"), *rows]


@answer
def longest_actions(file: PlanFile, _exports: Path) -> Rows:
    actions = sorted(((-len(a.text.ja), n, a.text.ja) for _m, n, a in _actions(file)))[:5]
    return [("action", "length", "label"), *((n, str(-length), text) for length, n, text in actions)]


@answer
def measures_per_policy(file: PlanFile, _exports: Path) -> Rows:
    held = _measures_of_policy(file)
    rows = [
        (notation, policy.label.ja, str(len(held[notation])), str(len(policy.citizen_actions)))
        for _goal, notation, policy in _policies(file)
    ]
    return [("policy", "policyLabel", "measures", "citizenActions"), *sorted(rows)]


@answer
def measures_without_city_actions(file: PlanFile, _exports: Path) -> Rows:
    rows = sorted(
        (notation, measure.title.ja)
        for notation, measure in _measures(file)
        if all(action.actor != "city" for action in measure.actions)
    )
    return [("measure", "measureLabel"), *rows]


@answer
def mimamori_elements(file: PlanFile, _exports: Path) -> Rows:
    found = []
    for _goal, notation, policy in _policies(file):
        found.append(("policy", notation, policy.label.ja))
        found += [
            ("citizen-action", f"{notation}-citizen-{a.number}", a.text.ja) for a in policy.citizen_actions
        ]
    found += [("measure", notation, measure.title.ja) for notation, measure in _measures(file)]
    found += [("numbered-action", notation, action.text.ja) for _m, notation, action in _actions(file)]
    return [("kind", "element", "label"), *sorted(row for row in found if "見守り" in row[2])]


@answer
def multi_parent_measures(file: PlanFile, _exports: Path) -> Rows:
    """Each measure with a second listing (``also:``): its primary policy, then the listing and its evidence."""
    home = {measure.id: (code, measure.title.ja) for code, measure in _measures(file)}
    labels = {notation: policy.label.ja for _goal, notation, policy in _policies(file)}
    rows = []
    for _goal, notation, policy in _policies(file):
        for listing in policy.cross_listings:
            code, title = home[listing.measure]
            primary = code.rsplit("-", 1)[0]
            rows.append((code, title, primary, labels[primary], "primary", ""))
            evidence = listing.evidence or ""
            rows.append((code, title, notation, labels[notation], "reading of the layout", evidence))
    header = ("measure", "measureLabel", "policy", "policyLabel", "listing", "evidence")
    return [header, *sorted(rows)]


@answer
def plan_outline_counts(file: PlanFile, _exports: Path) -> Rows:
    plan = file.plan
    policies = list(_policies(file))
    row = (
        f"{plan.municipality}-{plan.edition}",
        str(len(plan.goals)),
        str(len(policies)),
        str(len(list(_measures(file)))),
        str(len(list(_actions(file)))),
        str(sum(len(policy.citizen_actions) for _g, _n, policy in policies)),
    )
    return [("plan", "goals", "policies", "measures", "actions", "citizenActions"), row]


@answer
def plan_period_and_contacts(file: PlanFile, _exports: Path) -> Rows:
    plan = file.plan
    rows = sorted(
        (
            plan.title.ja,
            plan.period.start.isoformat(),
            plan.period.end.isoformat(),
            o.contact.name.ja,
            o.contact.telephone,
        )
        for o in file.organisations
        if o.id in plan.publishers and o.contact is not None
    )
    return [("plan", "start", "end", "contact", "telephone"), *sorted(rows, key=lambda row: row[3])]


@answer
def policies_per_goal(file: PlanFile, _exports: Path) -> Rows:
    held = _measures_of_policy(file)
    rows = [
        (
            str(goal.number),
            goal.label.ja,
            str(len(goal.policies)),
            str(len({m for p in goal.policies for m in held[f"{goal.number}-{p.number}"]})),
        )
        for goal in file.plan.goals
    ]
    return [("goal", "goalLabel", "policies", "measures"), *rows]


@answer
def strongest_cross_goal_link(file: PlanFile, exports: Path) -> Rows:
    """From the analysis table (``kizuna analyze``): the first cross-goal link, one row per shared concept."""
    with (exports / "analysis" / "cross-links.csv").open(encoding="utf-8", newline="") as stream:
        links = [row for row in csv.DictReader(stream) if row["scope"] == "cross-goal"]
    best = max(links, key=lambda row: float(row["strength"]))
    label = f"{best['a']} {best['a_ja']} ⇔ {best['b']} {best['b_ja']}"
    concepts = dict(zip(best["shared"].split(), best["shared_ja"].split("、"), strict=True))
    rows = [(label, best["strength"], c, concepts[c]) for c in sorted(concepts)]
    return [("link", "strength", "concept", "conceptLabel"), *rows]


@answer
def volunteer_measures(file: PlanFile, _exports: Path) -> Rows:
    rows = sorted(
        (notation, measure.title.ja)
        for notation, measure in _measures(file)
        if any("ボランティア" in text for text in (measure.title.ja, *(a.text.ja for a in measure.actions)))
    )
    return [("measure", "measureLabel"), *rows]


#: The questions of queries/editions/, asked of several plans at once: each answer from all their records.
EDITION_ANSWERS: dict[str, Callable[[list[PlanFile]], Rows]] = {}


def edition_answer(function: Callable[[list[PlanFile]], Rows]) -> Callable[[list[PlanFile]], Rows]:
    EDITION_ANSWERS[function.__name__.replace("_", "-")] = function
    return function


def _pairs(files: list[PlanFile]) -> Iterator[tuple[PlanFile, PlanFile]]:
    """(old, new) for each plan whose previous edition is among ``files``."""
    by_edition = {(f.plan.municipality, f.plan.edition): f for f in files}
    for new in files:
        old = by_edition.get((new.plan.municipality, new.plan.previous_edition or 0))
        if old is not None:
            yield old, new


@edition_answer
def edition_chain(files: list[PlanFile]) -> Rows:
    rows = sorted(
        (
            f"{f.plan.municipality}-{f.plan.edition}",
            f.plan.period.start.isoformat(),
            f.plan.period.end.isoformat(),
            f"{f.plan.municipality}/{f.plan.previous_edition}" if f.plan.previous_edition else "",
        )
        for f in files
    )
    return [("plan", "start", "end", "revises"), *sorted(rows, key=lambda row: row[1])]


@edition_answer
def policies_reworded(files: list[PlanFile]) -> Rows:
    rows = []
    for old, new in _pairs(files):
        before = {notation: p.label.ja for _g, notation, p in _policies(old)}
        after = {notation: p.label.ja for _g, notation, p in _policies(new)}
        rows += [
            (n, before[n], after[n]) for n in sorted(before.keys() & after.keys()) if before[n] != after[n]
        ]
    return [("policy", "before", "after"), *sorted(rows)]


@edition_answer
def measures_dropped_or_added(files: list[PlanFile]) -> Rows:
    rows = []
    for old, new in _pairs(files):
        for change, inside, other in (("dropped", old, new), ("added", new, old)):
            titles = {m.title.ja for _n, m in _measures(other)}
            plan = f"{inside.plan.municipality}-{inside.plan.edition}"
            rows += [(change, plan, n, m.title.ja) for n, m in _measures(inside) if m.title.ja not in titles]
    return [("change", "plan", "measure", "title"), *sorted(rows)]


@edition_answer
def plans_in_force_with_mimamori(files: list[PlanFile]) -> Rows:
    import datetime as dt

    day = dt.date(2025, 6, 1)
    rows = sorted(
        (f"{f.plan.municipality}-{f.plan.edition}", n, m.title.ja)
        for f in files
        if f.plan.period.start <= day <= f.plan.period.end
        for n, m in _measures(f)
        if "見守り" in m.title.ja
    )
    return [("plan", "measure", "title"), *rows]


if (
    __name__ == "__main__"
):  # rewrite queries/*.expected.csv of the bundled plan from these answers; review the diff
    from kizuna_graph.plan.source import load_plan

    root = Path(__file__).resolve().parents[1]

    bundled = load_plan(root / "plans" / "isesaki-3.yaml")
    for name, derive in ANSWERS.items():
        with (root / "queries" / f"{name}.expected.csv").open("w", encoding="utf-8", newline="") as stream:
            csv.writer(stream, lineterminator="\n").writerows(derive(bundled, root / "exports"))
        print(f"wrote queries/{name}.expected.csv")
