"""Timing for the benchmarks (run by hand, not tests): repeat a call or a process, print median, min and max.

The benchmarks import it as ``timing``: a script's own folder is the first entry of ``sys.path``.
"""

from __future__ import annotations

import statistics
import subprocess
import time
from collections.abc import Callable, Collection


def timed(function: Callable[[], object]) -> float:
    """Wall time of one call of ``function``, in seconds."""
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


def call_times(function: Callable[[], object], runs: int) -> list[float]:
    """Wall times of ``runs`` calls of ``function`` in this process."""
    return [timed(function) for _ in range(runs)]


def process_times(command: list[str], runs: int, *, ok: Collection[int] = (0,)) -> list[float]:
    """Wall times of ``runs`` runs of ``command`` as a process; stop if it exits with a code not in ``ok``."""
    result = []
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True)
        result.append(time.perf_counter() - start)
        if done.returncode not in ok:
            raise SystemExit(f"{' '.join(command)} failed ({done.returncode}): {done.stderr}")
    return result


def report(name: str, values: list[float]) -> float:
    """Print one line (median, min, max, count) and return the median."""
    median = statistics.median(values)
    spread = f"min {min(values):7.3f}   max {max(values):7.3f}   n={len(values)}"
    print(f"{name:<58} median {median:7.3f} s   {spread}")
    return median
