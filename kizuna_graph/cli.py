"""The ``kizuna`` command: parse arguments, call the library, print.

Exit codes: 0 success; 1 the plan does not conform, or ``--check`` found stale exports; 2 bad input or usage
(unreadable plan file, unknown option).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from .errors import KizunaError
from .export import render, stale_files, write_atomic
from .iris import DEFAULT_BASE
from .publish import publish, summary
from .resources import bundled_plan
from .version import __version__


def _build(args: argparse.Namespace) -> int:
    source = Path(args.source) if args.source else bundled_plan()
    publication = publish(source, base=args.base)
    files = render(publication.files)
    out = Path(args.out)
    if args.check:
        stale = stale_files(out, files)
        if stale:
            print(
                f"{out}: {len(stale)} of {len(files)} exports differ from what {source.name} builds: "
                f"{', '.join(stale)}; run `kizuna build` and commit the result",
                file=sys.stderr,
            )
            return 1
        print(f"{out}: all {len(files)} exports are up to date with {source.name}")
        return 0
    write_atomic(out, files)
    plan = publication.plan_file.plan
    print(f"{plan.title.ja} ({plan.title.en}) — {source.name}")
    for name, number in summary(publication.graph).items():
        print(f"  {name:<38} {number:>6}")
    print(f"wrote {len(files)} files to {out}/: {', '.join(sorted(files))}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kizuna",
        description="Turn a regional welfare plan (いせさき絆づくりプラン) into a linked-open-data graph.",
        epilog="Exit codes: 0 ok, 1 plan does not conform or exports are stale, 2 bad input or usage.",
    )
    parser.add_argument("--version", action="version", version=f"kizuna {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    build = commands.add_parser(
        "build", help="build the exports of a plan (the bundled Isesaki plan by default)"
    )
    build.add_argument("source", nargs="?", help="plan source file (YAML); default: the bundled Isesaki plan")
    build.add_argument("--out", default="exports", help="output folder (default: ./exports)")
    build.add_argument(
        "--check", action="store_true", help="write nothing; exit 1 if the output folder is stale"
    )
    build.add_argument(
        "--base", default=DEFAULT_BASE, help=f"base of the data IRIs (default: {DEFAULT_BASE})"
    )
    build.set_defaults(handler=_build)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.handler(args))
    except KizunaError as error:
        print(f"kizuna: {error}", file=sys.stderr)
        return error.exit_code


if __name__ == "__main__":
    sys.exit(main())
