"""Expected answers of the analysis, worked out in plain Python from the plan source and the vocabularies.

Not a test module: tests/test_analysis.py and tests/test_concepts.py compare the package's results with these.
The YAML files are read with PyYAML, not with the package's reader, and the rules are those the vocabularies'
files state in words (vocabularies/rules.yaml, the headers of the scheme files): a concept tags an element
whose Japanese text holds one of its words outside its `within` exceptions (word-match); a measure carries the
concepts of its numbered actions (from-actions); the strength of a cross-link between two measures is the
Jaccard index of their concepts, each weighted ln(N / df), plus a bonus per near-duplicate action pair.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
PLAN = ROOT / "plans" / "isesaki-3.yaml"
VOCABULARIES = ROOT / "vocabularies"


@dataclass
class Measure:
    notation: str
    title: str
    goals: set[int]
    actions: list[tuple[str, str]] = field(default_factory=list)  # (notation, Japanese text)


def _load(path: Path) -> dict:  # type: ignore[type-arg]
    return yaml.safe_load(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def plan_elements() -> tuple[dict[str, Measure], list[tuple[str, str]]]:
    """The measures (by id) with their actions, and the citizen actions (notation, text)."""
    plan = _load(PLAN)["plan"]
    measures: dict[str, Measure] = {}
    citizen: list[tuple[str, str]] = []
    also: list[tuple[str, int]] = []
    for goal in plan["goals"]:
        for policy in goal["policies"]:
            prefix = f"{goal['number']}-{policy['number']}"
            for n, action in enumerate(policy.get("citizen_actions") or [], start=1):
                citizen.append((f"{prefix}-citizen-{n}", action["ja"]))
            for m in policy.get("measures") or []:
                if "also" in m:
                    also.append((m["also"], goal["number"]))
                    continue
                measure = Measure(f"{prefix}-{m['number']}", m["title"]["ja"], {goal["number"]})
                for actor, actions in m["actions"].items():
                    for a in actions:
                        measure.actions.append((f"{measure.notation}-{actor}-{a['n']}", a["ja"]))
                measures[m["id"]] = measure
    for measure_id, goal_number in also:
        measures[measure_id].goals.add(goal_number)
    return measures, citizen


def _concepts() -> list[tuple[str, list[str], list[str], list[str]]]:
    """(key, words, blocking longer words, excepted element notations) of every concept."""
    rules = _load(VOCABULARIES / "rules.yaml")
    found = []
    for name in rules["schemes"]:
        data = _load(VOCABULARIES / name)
        scheme = data["scheme"]["id"]
        exceptions = data.get("exceptions") or []
        for c in data["concepts"]:
            mine = [e for e in exceptions if e["concept"] == c["id"]]
            found.append(
                (
                    f"{scheme}/{c['id']}",
                    list(c["words"]),
                    [e["within"] for e in mine if "within" in e],
                    [e["element"] for e in mine if "element" in e],
                )
            )
    return found


def _word_match(notation: str, text: str, concept: tuple[str, list[str], list[str], list[str]]) -> bool:
    _, words, within, elements = concept
    if notation in elements:
        return False
    for longer in within:
        text = text.replace(longer, "\0" * len(longer))  # a word inside the longer word does not count
    return any(word in text for word in words)


@dataclass
class Answers:
    word_match_tags: int
    from_actions_tags: int
    concepts_of_measure: dict[str, set[str]]
    strongest_cross_goal: tuple[str, str, str]  # notations and strength to 3 decimals


def analysis_answers() -> Answers:
    measures, citizen = plan_elements()
    concepts = _concepts()
    word_tags = sum(_word_match(n, t, c) for n, t in citizen for c in concepts)
    of_measure: dict[str, set[str]] = {}
    from_tags = 0
    for measure in measures.values():
        own = {c[0] for c in concepts if _word_match(measure.notation, measure.title, c)}
        of_actions = {c[0] for n, t in measure.actions for c in concepts if _word_match(n, t, c)}
        word_tags += len(own) + sum(_word_match(n, t, c) for n, t in measure.actions for c in concepts)
        from_tags += len(of_actions)
        of_measure[measure.notation] = own | of_actions
    n = len(of_measure)
    df = {
        key: sum(key in cs for cs in of_measure.values())
        for key in {k for cs in of_measure.values() for k in cs}
    }
    weight = {key: math.log(n / count) for key, count in df.items()}
    rules = _load(VOCABULARIES / "rules.yaml")
    pairs = _near_duplicate_action_pairs(measures, rules["near_duplicates"])
    strength = rules["strength"]
    best: tuple[float, str, str] | None = None
    for a, b in itertools.combinations(measures.values(), 2):
        if a.goals & b.goals:
            continue
        ca, cb = of_measure[a.notation], of_measure[b.notation]
        union = sum(weight[k] for k in ca | cb)
        jaccard = sum(weight[k] for k in ca & cb) / union if union else 0.0
        in_a, in_b = {n for n, _ in a.actions}, {n for n, _ in b.actions}
        both = sum(1 for x, y in pairs if (x in in_a and y in in_b) or (x in in_b and y in in_a))
        value = jaccard + strength["near_duplicate_bonus"] * min(both, strength["max_bonus_pairs"])
        if best is None or value > best[0]:
            best = (value, a.notation, b.notation)
    assert best is not None
    return Answers(word_tags, from_tags, of_measure, (best[1], best[2], f"{best[0]:.3f}"))


def _near_duplicate_action_pairs(measures: dict[str, Measure], rules: dict) -> list[tuple[str, str]]:  # type: ignore[type-arg]
    """Pairs of numbered actions whose character bigrams (stop phrases removed) overlap as rules.yaml says."""
    stop = sorted(rules["stop_phrases"], key=len, reverse=True)

    def bigrams(text: str) -> set[str]:
        for phrase in stop:
            text = text.replace(phrase, " ")
        return {part[i : i + 2] for part in text.split() for i in range(len(part) - 1)}

    actions = [(n, bigrams(t)) for m in measures.values() for n, t in m.actions]
    rejected = {frozenset(r["pair"]) for r in rules.get("rejected") or []}
    found = []
    for (a, sa), (b, sb) in itertools.combinations(actions, 2):
        if not sa or not sb or frozenset((a, b)) in rejected:
            continue
        shared = len(sa & sb)
        if (
            shared / min(len(sa), len(sb)) >= rules["min_overlap"]
            and 2 * shared / (len(sa) + len(sb)) >= rules["min_dice"]
            and shared >= rules["min_shared"]
        ):
            found.append((a, b))
    return found
