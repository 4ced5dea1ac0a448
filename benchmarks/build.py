"""Benchmark (run by hand, not a test): whole-process wall time of `kizuna build` on the bundled plan.

    .venv/bin/python benchmarks/build.py [--runs 5]

Prints the median, minimum and maximum over the runs, and the same for `python -c "import kizuna_graph.cli"`
(the cost of starting Python and importing the libraries), so that the build's own work can be told apart.
The machine is shared: compare medians and ratios, not single runs.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

KIZUNA = Path(sys.executable).with_name("kizuna")


def timings(command: list[str], runs: int) -> list[float]:
    result = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        result.append(time.perf_counter() - start)
    return result


def report(name: str, values: list[float]) -> float:
    median = statistics.median(values)
    print(
        f"{name:<40} median {median:6.3f} s   min {min(values):6.3f}   max {max(values):6.3f}   n={len(values)}"
    )
    return median


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as out:
        build = report(
            "kizuna build (whole process)", timings([str(KIZUNA), "build", "--out", out], args.runs)
        )
    imports = report(
        "python -c 'import kizuna_graph.cli'",
        timings([sys.executable, "-c", "import kizuna_graph.cli"], args.runs),
    )
    print(f"build work beyond start-up and imports: {build - imports:.3f} s (median difference)")


if __name__ == "__main__":
    main()
