"""The build's forked worker (kizuna_graph.jobs.background) and how ``publish_rendered`` relies on it.

The worker validates the plan while this process infers and renders: its answer, its exceptions and its death
must all reach this process, and a plan with violations must still stop the build before anything is written
(tests/test_revisions_broken.py also builds plans with violations through the CLI).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from revision_cases import BUNDLED, load_cases

from kizuna_graph.errors import InconsistentGraphError, KizunaError, PlanValidationError
from kizuna_graph.jobs import publish as publish_module
from kizuna_graph.jobs.background import in_background
from kizuna_graph.jobs.publish import publish_rendered


def test_the_work_runs_in_another_process_and_its_result_comes_back() -> None:
    job = in_background(lambda: (os.getpid(), b"x" * 1_000_000))
    pid, data = job.result()
    assert pid != os.getpid()
    assert data == b"x" * 1_000_000


def test_an_exception_in_the_worker_is_raised_here() -> None:
    def fail() -> None:
        raise PlanValidationError("plan.yaml: 1 violation")

    job = in_background(fail)
    with pytest.raises(PlanValidationError, match=r"plan\.yaml: 1 violation"):
        job.result()
    with pytest.raises(PlanValidationError):  # asked again: the same answer, no second wait
        job.result()


def test_a_worker_that_dies_without_answering_is_an_error() -> None:
    job = in_background(lambda: os._exit(3))
    with pytest.raises(KizunaError, match=r"stopped without an answer \(exit code 3\)"):
        job.result()


def test_an_answer_that_cannot_be_sent_is_an_error() -> None:
    job = in_background(lambda: lambda: None)  # a function made in the worker does not pickle
    with pytest.raises(KizunaError, match="answer cannot be sent"):
        job.result()


def test_without_fork_the_work_runs_here(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KIZUNA_NO_FORK", "1")
    job = in_background(os.getpid)
    assert job.result() == os.getpid()


def _violating_plan(folder: Path) -> Path:
    case = next(c for c in load_cases() if c.name == "missing-citizen-actions")
    return case.write(folder)


def test_violations_found_by_the_worker_stop_publish_rendered(tmp_path: Path) -> None:
    with pytest.raises(PlanValidationError, match="1 violation"):
        publish_rendered(_violating_plan(tmp_path))


def test_violations_are_reported_before_an_error_of_this_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def inconsistent(graph: object) -> None:
        raise InconsistentGraphError(["Disjoint classes"])

    monkeypatch.setattr(publish_module, "infer", inconsistent)  # inference runs in this process
    with pytest.raises(PlanValidationError):
        publish_rendered(_violating_plan(tmp_path))
    with pytest.raises(InconsistentGraphError):  # a plan without violations: the error of this process
        publish_rendered(BUNDLED)
