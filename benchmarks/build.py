"""Benchmark (run by hand, not a test): whole-process wall time of `kizuna build` on the bundled plan.

    .venv/bin/python benchmarks/build.py [--runs 5]

Prints the median, minimum and maximum over the runs, and the same for `python -c "import kizuna_graph.cli"`
(the cost of starting Python and importing the libraries), so that the build's own work can be told apart.
The machine is shared: compare medians and ratios, not single runs.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from timing import process_times, report

KIZUNA = Path(sys.executable).with_name("kizuna")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as out:
        build = report(
            "kizuna build (whole process)", process_times([str(KIZUNA), "build", "--out", out], args.runs)
        )
    imports = report(
        "python -c 'import kizuna_graph.cli'",
        process_times([sys.executable, "-c", "import kizuna_graph.cli"], args.runs),
    )
    print(f"build work beyond start-up and imports: {build - imports:.3f} s (median difference)")


if __name__ == "__main__":
    main()
