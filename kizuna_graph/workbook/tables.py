"""A plan's outline as the rows of the workbook (:mod:`kizuna_graph.workbook.layout`)."""

from __future__ import annotations

from pathlib import Path

from kizuna_graph.plan.model import PlanFile, Text
from kizuna_graph.workbook.book import Book, Cell
from kizuna_graph.workbook.layout import ACTIONS, ACTORS, CITIZEN_ACTIONS, GOALS, MEASURES, POLICIES


def _t(text: Text | None) -> tuple[Cell, Cell]:
    return (text.ja, text.en) if text is not None else (None, None)


def plan_book(plan_file: PlanFile, path: Path) -> Book:
    plan = plan_file.plan
    labels = {a.id: a.label.ja for a in plan.actors}
    goals: list[list[Cell]] = [list(GOALS.columns)]
    policies: list[list[Cell]] = [list(POLICIES.columns)]
    citizen: list[list[Cell]] = [list(CITIZEN_ACTIONS.columns)]
    measures: list[list[Cell]] = [list(MEASURES.columns)]
    actions: list[list[Cell]] = [list(ACTIONS.columns)]
    for goal in plan.goals:
        goals.append([goal.number, *_t(goal.label), *_t(goal.description)])
        for policy in goal.policies:
            p = f"{goal.number}-{policy.number}"
            policies.append([goal.number, policy.number, *_t(policy.label), *_t(policy.description)])
            for c in policy.citizen_actions:
                citizen.append([p, c.number, *_t(c.text), c.id])
            for measure in policy.measures:
                m = f"{p}-{measure.number}"
                measures.append(
                    [p, measure.number, *_t(measure.title), *_t(measure.note), None, None, measure.id]
                )
                for action in measure.actions:
                    actions.append(
                        [
                            goal.number,
                            p,
                            m,
                            measure.title.ja,
                            labels.get(action.actor, action.actor),
                            action.number,
                            *_t(action.text),
                            action.id,
                        ]
                    )
            for listing in policy.cross_listings:
                measures.append(
                    [p, None, None, None, *_t(listing.note), listing.measure, listing.evidence, None]
                )
    actors: list[list[Cell]] = [list(ACTORS.columns)]
    actors += [[a.id, a.label.ja, a.label.en] for a in plan.actors]
    sheets = {
        GOALS.name: goals,
        POLICIES.name: policies,
        CITIZEN_ACTIONS.name: citizen,
        MEASURES.name: measures,
        ACTIONS.name: actions,
        ACTORS.name: actors,
    }
    return Book(path=path, sheets=sheets)
