"""Run one job in a forked worker process while this process goes on with other work (the build's 2 cores).

``job = in_background(work)`` forks a child that runs ``work()`` on a copy of this process's memory (the
loaded plan, the parsed shapes: nothing is pickled on the way in) and sends back its result, or the exception
it raised, through a pipe; ``job.result()`` waits for it and returns it or raises that exception here. The
child's result and exceptions must pickle (bytes, reports, :class:`~kizuna_graph.errors.KizunaError`).
If the child dies without answering (killed, out of memory), ``result()`` raises :class:`KizunaError`.

Where ``fork`` is not available (Windows, macOS' default), or when ``KIZUNA_NO_FORK`` is set (for debugging
and profiling in one process), ``work()`` runs in this process when ``result()`` is first called: the same
result, only not concurrent.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Generic, TypeVar

from kizuna_graph.errors import KizunaError

__all__ = ["Background", "in_background"]

T = TypeVar("T")


def _child(work: Callable[[], object], sender: Connection) -> None:
    try:
        outcome: tuple[bool, object] = (True, work())
    except BaseException as error:  # every failure goes back to the parent, which raises it
        outcome = (False, error)
    try:
        answer = pickle.dumps(outcome)
    except Exception as error:  # an answer that does not pickle: say so rather than die silently
        answer = pickle.dumps((False, KizunaError(f"the background worker's answer cannot be sent: {error}")))
    sender.send_bytes(answer)
    sender.close()


class Background(Generic[T]):
    """The answer, to come, of a job started by :func:`in_background`."""

    def __init__(self, work: Callable[[], T]) -> None:
        self._work: Callable[[], T] | None = work
        self._process: multiprocessing.process.BaseProcess | None = None
        self._receiver: Connection | None = None
        self._outcome: tuple[bool, object] | None = None
        if "fork" in multiprocessing.get_all_start_methods() and not os.environ.get("KIZUNA_NO_FORK"):
            context = multiprocessing.get_context("fork")
            self._receiver, sender = context.Pipe(duplex=False)
            self._process = context.Process(target=_child, args=(work, sender), daemon=True)
            self._process.start()
            sender.close()  # the child holds the other copy: the parent sees EOF if the child dies
            self._work = None

    def result(self) -> T:
        """Wait for the job and return its result, or raise the exception it raised."""
        if self._outcome is None:
            self._outcome = self._wait()
        succeeded, value = self._outcome
        if not succeeded:
            assert isinstance(value, BaseException)
            raise value
        return value  # type: ignore[return-value]

    def _wait(self) -> tuple[bool, object]:
        if self._work is not None:  # no fork: run it here
            try:
                return (True, self._work())
            except Exception as error:
                return (False, error)
        assert self._receiver is not None and self._process is not None
        try:
            answer = self._receiver.recv_bytes()
        except EOFError:  # the child died without answering
            answer = None
        finally:
            self._receiver.close()
        self._process.join()
        if answer is None:
            code = self._process.exitcode
            return (False, KizunaError(f"the background worker stopped without an answer (exit code {code})"))
        try:
            outcome: tuple[bool, object] = pickle.loads(answer)
        except Exception as error:  # e.g. an exception whose class cannot be rebuilt from its arguments
            outcome = (False, KizunaError(f"the background worker's answer cannot be read: {error}"))
        return outcome

    def cancel(self) -> None:
        """Stop the worker if it is still running (when the caller gives up, e.g. on an error of its own)."""
        if self._process is not None and self._outcome is None and self._process.is_alive():
            self._process.terminate()
            self._process.join()


def in_background(work: Callable[[], T]) -> Background[T]:
    """Start ``work()`` in a forked worker process; see the module docstring."""
    return Background(work)
