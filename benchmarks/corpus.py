"""Benchmark (run by hand, not a test): `kizuna validate FOLDER` and `kizuna build FOLDER` on corpora of plans.

    .venv/bin/python benchmarks/corpus.py [--sizes 10 100] [--workers 1 2] [--runs 3] [--skip-build | --skip-validate]
    .venv/bin/python benchmarks/corpus.py --sizes 1000 --workers 2 --runs 1

For each size N, a folder of N synthetic plan files (``benchmarks/synthetic.py N DIR --yaml``, deterministic:
written once into ``--folder``, default ``/tmp/kizuna-corpus``, and reused) is validated and built with
inference, each as a whole process (start-up, imports, every plan, the report or the published files), with
each ``--workers`` count. Prints the median wall time over ``--runs``, the CPU time of the parent and its
workers (user + system; per plan, it does not depend on what else the machine runs), the load average before
and after (other work on the machine slows the wall time, not the CPU time), and the peak
resident memory of the parent process and of the largest worker (``getrusage`` of the ``kizuna`` process
itself and of its children, read in a wrapper process around ``kizuna_graph.cli.main``), so that "memory
bounded by the pool" can be checked: the parent's peak should not grow with N, nor a worker's.

The machine is shared: compare medians measured in one session, and say what else was running.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from synthetic import write_plan_files

#: Runs ``kizuna`` in this wrapper process and prints the peak RSS (KiB) of this process and of its children.
WRAPPER = """
import json, resource, sys
from kizuna_graph.cli import main
code = main(sys.argv[1:])
own = resource.getrusage(resource.RUSAGE_SELF)
workers = resource.getrusage(resource.RUSAGE_CHILDREN)
cpu = own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime
figures = {"code": code, "parent": own.ru_maxrss, "worker": workers.ru_maxrss, "cpu": cpu}
print("KIZUNA-RSS " + json.dumps(figures), file=sys.stderr)
sys.exit(code)
"""


def corpus(root: Path, size: int) -> Path:
    """The folder of ``size`` synthetic plan files under ``root``, written if it is not complete yet."""
    folder = root / f"plans-{size}"
    if len(list(folder.glob("synth*.yaml"))) != size:
        shutil.rmtree(folder, ignore_errors=True)
        write_plan_files(size, folder)
    return folder


def run(args: list[str]) -> tuple[float, dict[str, int]]:
    """Wall seconds of one ``kizuna ARGS`` and its exit code and peak RSS figures."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", WRAPPER, *args], capture_output=True, text=True)
    wall = time.perf_counter() - start
    line = next((x for x in done.stderr.splitlines() if x.startswith("KIZUNA-RSS ")), None)
    if line is None:
        raise SystemExit(f"kizuna {' '.join(args)} failed ({done.returncode}): {done.stderr[-2000:]}")
    figures = json.loads(line.removeprefix("KIZUNA-RSS "))
    if figures["code"] != 0:
        raise SystemExit(f"kizuna {' '.join(args)} exited {figures['code']}: {done.stderr[-2000:]}")
    return wall, figures


def measure(name: str, args: list[str], runs: int, plans: int) -> None:
    walls, cpus, parents, workers = [], [], [], []
    load = os.getloadavg()[0]
    for _ in range(runs):
        wall, figures = run(args)
        walls.append(wall)
        cpus.append(figures["cpu"])
        parents.append(figures["parent"])
        workers.append(figures["worker"])
    median, cpu = statistics.median(walls), statistics.median(cpus)
    print(
        f"{name:<32} wall median {median:7.1f} s (min {min(walls):.1f}, max {max(walls):.1f}, n={runs}); "
        f"CPU {cpu:7.1f} s = {cpu / plans * 1000:4.0f} ms/plan; peak RSS parent {max(parents) / 1024:4.0f} MiB, "
        f"largest worker {max(workers) / 1024:4.0f} MiB; load average {load:.1f} → {os.getloadavg()[0]:.1f}",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 100])
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--folder", type=Path, default=Path(tempfile.gettempdir()) / "kizuna-corpus")
    parser.add_argument("--skip-build", action="store_true", help="time validation only")
    parser.add_argument("--skip-validate", action="store_true", help="time the build only")
    args = parser.parse_args()
    for size in args.sizes:
        folder = corpus(args.folder, size)
        for workers in [] if args.skip_validate else args.workers:
            measure(
                f"validate {size} plans, {workers} worker(s)",
                ["validate", str(folder), "--workers", str(workers)],
                args.runs,
                size,
            )
        if args.skip_build:
            continue
        for workers in args.workers:
            with tempfile.TemporaryDirectory() as out:
                measure(
                    f"build {size} plans, {workers} worker(s)",
                    [
                        "build",
                        str(folder),
                        "--out",
                        str(Path(out) / "corpus"),
                        "--workers",
                        str(workers),
                        "--force",
                    ],
                    args.runs,
                    size,
                )
    print(f"({sys.version.split()[0]}; plans in {args.folder})")


if __name__ == "__main__":
    main()
