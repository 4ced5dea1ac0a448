"""Benchmark (run by hand, not a test): whole-process wall time of `kizuna build` on the bundled plan.

    .venv/bin/python benchmarks/build.py [--runs 7] [--baseline DIR]

Prints the median, minimum and maximum over the runs, and the same for `python -c "import kizuna_graph.cli"`
(the cost of starting Python and importing the libraries), so that the build's own work can be told apart.
The CPU time (user + system, of the build and its worker process) is printed too: the build runs on two cores,
so its wall time is below its CPU time when a core is free.

``--baseline DIR`` also times the code of another checkout (e.g. ``git worktree add /tmp/base main``, or
``git archive main | tar -x -C /tmp/base``) with the same Python, run for run in turn with this one, and
prints the ratio of the medians and whether both wrote the same bytes. The machine is shared: compare medians
and ratios measured in the same session, not single runs.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from timing import process_times, report

HERE = Path(__file__).resolve().parent.parent
BUILD = "import sys; from kizuna_graph.cli import main; sys.exit(main())"


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def build_times(tree: Path, out: Path) -> tuple[float, float]:
    """Wall and CPU time of one `kizuna build --out out` with the code of ``tree``."""
    env = {**os.environ, "PYTHONPATH": str(tree)}
    cpu, start = _children_cpu(), time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", BUILD, "build", "--out", str(out)], env=env, cwd=tree, capture_output=True
    )
    wall = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"kizuna build in {tree} failed ({done.returncode}): {done.stderr.decode()}")
    return wall, _children_cpu() - cpu


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--baseline", type=Path, help="another checkout to time in turn with this one")
    args = parser.parse_args()
    trees = {"this checkout": HERE}
    if args.baseline:
        trees["baseline"] = args.baseline.resolve()
    walls: dict[str, list[float]] = {name: [] for name in trees}
    cpus: dict[str, list[float]] = {name: [] for name in trees}
    with tempfile.TemporaryDirectory() as out:
        for _ in range(args.runs):
            for name, tree in trees.items():
                wall, cpu = build_times(tree, Path(out) / name.replace(" ", "-"))
                walls[name].append(wall)
                cpus[name].append(cpu)
        medians = {}
        for name in trees:
            medians[name] = report(f"kizuna build, {name} (wall)", walls[name])
            report(f"kizuna build, {name} (CPU, with the worker)", cpus[name])
        if args.baseline:
            same = subprocess.run(
                ["diff", "-r", f"{out}/this-checkout", f"{out}/baseline"], capture_output=True
            )
            print(
                f"ratio of the wall medians, this / baseline: {medians['this checkout'] / medians['baseline']:.3f}"
            )
            print(f"the same bytes written: {'yes' if same.returncode == 0 else 'NO'}")
    imports = report(
        "python -c 'import kizuna_graph.cli'",
        process_times([sys.executable, "-c", "import kizuna_graph.cli"], args.runs),
    )
    median = statistics.median(walls["this checkout"])
    print(f"build work beyond start-up and imports: {median - imports:.3f} s (median difference)")


if __name__ == "__main__":
    main()
