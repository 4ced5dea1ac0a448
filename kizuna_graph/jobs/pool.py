"""A pool of worker processes for a corpus of plans: one function mapped over the plans, results in order.

Validation and inference are per plan by nature (each plan is its own graph: the findings and the inferred
triples of a plan are the same whether it is processed alone or with others), so ``kizuna validate`` and
``kizuna build`` of a corpus map one function over its plan files with :func:`each` (``--workers``
processes; ``workers=1`` works in this process). The results come back in the order of the plan files,
whatever finishes first, so the report and the files published do not depend on the number of workers.
"""

from __future__ import annotations

import gc
import multiprocessing
import signal
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

__all__ = ["each"]

T = TypeVar("T")
R = TypeVar("R")


def _worker_start() -> None:
    """In each worker: Ctrl-C is the parent's to handle (it stops the pool); SIGTERM ends the worker."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def each(function: Callable[[T], R], items: Sequence[T], *, workers: int) -> Iterator[R]:
    """``function(item)`` for each item, yielded in the order of ``items``, computed by ``workers`` processes.

    With one worker (or one item) everything runs in this process. Otherwise the workers are forked from this
    process where the platform can (what it has imported and parsed — pySHACL, the shapes — is theirs without
    being done again); ``function`` and its results must pickle. Stopping early (an exception, Ctrl-C) cancels
    the items not started.
    """
    if workers <= 1 or len(items) <= 1:
        yield from map(function, items)
        return
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    gc.freeze()  # what the workers inherit stays shared with this process, not copied on first touch
    pool = ProcessPoolExecutor(min(workers, len(items)), mp_context=context, initializer=_worker_start)
    try:
        yield from pool.map(function, items, chunksize=1)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        gc.unfreeze()
