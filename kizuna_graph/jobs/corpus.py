"""``kizuna validate`` of a corpus: each plan file validated in a worker (:mod:`kizuna_graph.jobs.pool`).

A worker sends back the plan's verdict and its part of the report, already rendered
(:func:`kizuna_graph.validate.corpus.report_part`), never a graph: the parent's memory does not grow with the
corpus, and each worker holds one plan at a time. A file that cannot be read is its verdict, with its one-line
error; it does not stop the other plans being checked.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kizuna_graph.errors import KizunaError
from kizuna_graph.messages import Lang, using_language
from kizuna_graph.validate.corpus import PlanVerdict, report_part, unreadable, verdict_of
from kizuna_graph.validate.report import FailOn
from kizuna_graph.validate.shacl import validate_file

__all__ = ["CheckTask", "check_plan"]


@dataclass(frozen=True)
class CheckTask:
    """One plan file to validate, and how to render its part of the report."""

    path: Path
    base: str
    format: str
    lang: Lang
    fail_on: FailOn


def check_plan(task: CheckTask) -> tuple[PlanVerdict, str]:
    """Validate one plan file: its verdict and its part of the report (empty when the file cannot be read)."""
    with using_language(task.lang):
        try:
            report = validate_file(task.path, base=task.base)
        except KizunaError as error:
            return unreadable(str(task.path), str(error)), ""
        part = report_part(report, format=task.format, lang=task.lang, fail_on=task.fail_on)
        return verdict_of(report, fail_on=task.fail_on), part
