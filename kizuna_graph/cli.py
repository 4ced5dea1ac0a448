"""The ``kizuna`` command: parse arguments, call the library, print.

Exit codes: 0 success; 1 the plan does not conform, or ``--check`` found stale exports; 2 bad input or usage
(unreadable plan file, unknown option).
"""

from __future__ import annotations

import argparse
import errno
import gc
import os
import signal
import sys
import unicodedata
from collections.abc import Sequence
from pathlib import Path

from kizuna_graph.diff.report import RENDERERS, render_diff
from kizuna_graph.errors import KizunaError
from kizuna_graph.export.serialize import stale_files, write_atomic
from kizuna_graph.jobs.publish import Publication, publish_rendered, summary
from kizuna_graph.jobs.revision import compare_files
from kizuna_graph.resources import bundled_plan
from kizuna_graph.terms.iris import DEFAULT_BASE
from kizuna_graph.version import __version__


def _safe(message: str) -> str:
    """``message`` on one line with every control, bidi or separator character shown as an escape.

    Keys, labels and file names in messages come from input: echoed raw, an escape sequence could recolour or
    clear the terminal, a line break could forge a ``kizuna:`` line of its own.
    """
    return "".join(
        ascii(char)[1:-1] if unicodedata.category(char) in ("Cc", "Cf", "Cs", "Zl", "Zp") else char
        for char in message
    )


def _error(error: KizunaError) -> None:
    print(f"kizuna: {_safe(str(error))}", file=sys.stderr)


def _folder(value: str) -> str:
    if not value.strip():
        raise argparse.ArgumentTypeError(
            "must name a folder (an empty name would write into the current one)"
        )
    return value


def _add_base(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument("--base", default=DEFAULT_BASE, help=f"{what} (default: {DEFAULT_BASE})")


def _add_lang(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang", choices=("ja", "en"), default="ja", help="language of the report (default: ja)"
    )


def _build(args: argparse.Namespace) -> int:
    sources = [Path(source) for source in args.source] or [bundled_plan()]
    # Short runs on plans of bounded size (the loader caps them): the cyclic garbage collector would cost about
    # a tenth of the CPU time to save a few megabytes; publish_rendered's worker process inherits this.
    gc.disable()
    try:  # each plan validated and rendered (on two cores), all of them before any write
        published = [publish_rendered(source, base=args.base) for source in sources]
    finally:
        gc.enable()
    publications = [publication for publication, _ in published]
    out = Path(args.out)
    # one plan: its release in OUT; several (a corpus of plans or editions): each release in OUT/<slug>/
    releases: dict[Path, dict[str, bytes]] = {}
    for source, (publication, files) in zip(sources, published, strict=True):
        folder = out if len(sources) == 1 else out / publication.plan_file.dataset.slug
        if folder in releases:
            raise KizunaError(f"{source}: its dataset slug is another source's: give each plan its own slug")
        releases[folder] = files
    names = ", ".join(source.name for source in sources)
    if args.check:
        stale = [
            f"{folder / name}" for folder, files in releases.items() for name in stale_files(folder, files)
        ]
        total = sum(len(files) for files in releases.values())
        if stale:
            print(
                _safe(
                    f"{out}: {len(stale)} of {total} exports differ from what {names} builds "
                    f"(or are leftovers of an interrupted build): {', '.join(stale)}; "
                    "run `kizuna build` and commit the result"
                ),
                file=sys.stderr,
            )
            return 1
        print(f"{out}: all {total} exports are up to date with {names}")
        return 0
    for folder, files in releases.items():
        cleaned = write_atomic(folder, files)
        if cleaned:
            print(
                f"removed {len(cleaned)} leftover temporary file(s) of an interrupted build: {', '.join(cleaned)}"
            )
    for source, publication in zip(sources, publications, strict=True):
        _print_summary(source, publication)
    for folder, files in releases.items():
        print(f"wrote {len(files)} files to {folder}/: {', '.join(sorted(files))}")
    return 0


def _print_summary(source: Path, publication: Publication) -> None:
    plan = publication.plan_file.plan
    print(f"{plan.title.ja} ({plan.title.en}) — {source.name}")
    for name, number in summary(publication.graph).items():
        print(f"  {name:<38} {number:>6}")
    print(f"  {'inferred triples (published apart)':<38} {len(publication.inferred):>6}")
    if publication.validation is not None:
        warnings = len(publication.validation.warnings)
        hint = f" — see `kizuna validate {source}`" if warnings else ""
        print(f"validation: conforms to the shapes, {warnings} warning(s){hint}")


def _site(args: argparse.Namespace) -> int:
    from kizuna_graph.jobs.website import build_site, site_stale, write_site  # Jinja2: only when asked

    source = Path(args.source) if args.source else bundled_plan()
    files = build_site(source, base=args.base)
    out = Path(args.out)
    if args.check:
        stale = site_stale(out, files)
        if stale:
            shown = ", ".join(stale[:5]) + (f" and {len(stale) - 5} more" if len(stale) > 5 else "")
            print(
                f"{out}: {len(stale)} site files differ from what {source.name} builds: {shown}; "
                "run `kizuna site` and commit the result",
                file=sys.stderr,
            )
            return 1
        print(f"{out}: all {len(files)} site files are up to date with {source.name}")
        return 0
    write_site(out, files)
    print(f"wrote {len(files)} files to {out}/; open {out / 'index.html'} in a browser")
    return 0


def _add_site(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    site = commands.add_parser(
        "site",
        help="the static bilingual web site of a plan → exports/site/ (exit 0 ok, 1 stale with --check)",
        description="Render the plan as a static web site in Japanese and English: a page per plan, goal, "
        "policy, measure, action, actor, role, help type and concept, the vocabulary's documentation, the "
        "analysis figures and an offline search. It works from the file system; nothing is fetched.",
        epilog="Exit codes: 0 success; 1 the plan does not conform, or --check found stale files; 2 bad input.",
    )
    site.add_argument("source", nargs="?", help="plan file (default: the bundled Isesaki plan)")
    site.add_argument("--out", default="exports/site", help="output folder (default: exports/site)")
    site.add_argument("--check", action="store_true", help="write nothing; exit 1 if the folder is stale")
    _add_base(site, "base IRI of the data")
    site.set_defaults(handler=_site)


def _release(args: argparse.Namespace) -> int:
    from kizuna_graph.jobs.release import make_release

    source = Path(args.source) if args.source else bundled_plan()
    folder, count = make_release(args.version, source=source, releases=Path(args.releases), base=args.base)
    print(f"released {args.version}: {count} files in {folder}/ and {Path(args.releases) / 'latest'}/")
    return 0


def _add_release(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    release = commands.add_parser(
        "release",
        help="freeze the exports and the site of a version in releases/VERSION/ and releases/latest/",
        description="Write the exports (as kizuna build) and the site (as kizuna site) of VERSION to "
        "RELEASES/VERSION/ and RELEASES/latest/. VERSION must be the project's version (ontology and package); "
        "a released version is never overwritten; previous_version in catalog/release.yaml must name the "
        "latest earlier release.",
        epilog="Exit codes: 0 released; 1 the plan does not conform; 2 bad version, existing release or input.",
    )
    release.add_argument("version", help="MAJOR.MINOR.PATCH, the project's version")
    release.add_argument("source", nargs="?", help="plan file (default: the bundled Isesaki plan)")
    release.add_argument("--releases", default="releases", help="folder of the releases (default: releases)")
    _add_base(release, "base IRI of the data")
    release.set_defaults(handler=_release)


def _diff(args: argparse.Namespace) -> int:
    diff = compare_files(args.old, args.new, base=args.base)
    sys.stdout.write(render_diff(diff, format=args.format, lang=args.lang))
    return 1 if diff else 0


def _add_diff(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    diff = commands.add_parser(
        "diff",
        help="what a revision changed, element by element (exit 0 same, 1 changed, 2 bad input)",
        description="Compare two plans (YAML source, Turtle, N-Triples or JSON-LD) element by element: "
        "goals, policies, measures, numbered actions and citizen actions added, removed, moved, renumbered, "
        "reworded, actor or help type changed.",
        epilog="Exit codes, as diff(1): 0 no differences, 1 differences, 2 bad input or usage.",
    )
    diff.add_argument("old", help="the plan in force (.yaml, .ttl, .nt or .jsonld)")
    diff.add_argument("new", help="the revision (.yaml, .ttl, .nt or .jsonld)")
    diff.add_argument(
        "--format", choices=sorted(RENDERERS), default="text", help="report format (default: text)"
    )
    _add_lang(diff)
    _add_base(diff, "base IRI for YAML input")
    diff.set_defaults(handler=_diff)


def _validate(args: argparse.Namespace) -> int:
    from kizuna_graph.validate.report import FailOn, passes, render
    from kizuna_graph.validate.shacl import validate_file

    reports, unreadable = [], False
    for path in args.paths:
        try:
            reports.append(validate_file(path, base=args.base))
        except KizunaError as error:
            _error(error)
            unreadable = True
    fail_on: FailOn = "warning" if args.strict else "violation"
    if reports:
        sys.stdout.write(render(reports, format=args.format, lang=args.lang, fail_on=fail_on))
    if unreadable:
        return 2
    return 0 if all(passes(r, fail_on=fail_on) for r in reports) else 1


def _add_validate(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from kizuna_graph.validate.report import RENDERERS as REPORT_FORMATS

    validate = commands.add_parser(
        "validate",
        help="check plans against the SHACL shapes (exit 0 conforms, 1 violations, 2 bad input)",
        description="Check plan files (YAML source, Turtle, N-Triples or JSON-LD) against the shapes in "
        "shapes/: completeness, numbering, notations, controlled vocabularies (violations) and "
        "recommendations (warnings). The text report names each element by notation and Japanese label, "
        "with file:line for YAML.",
        epilog="Exit codes: 0 every plan conforms (warnings allowed), 1 violations (or warnings with "
        "--strict), 2 a file cannot be read.",
    )
    validate.add_argument("paths", nargs="+", metavar="PATH", help="plan file (.yaml, .ttl, .nt, .jsonld)")
    _add_lang(validate)
    validate.add_argument(
        "--format", choices=sorted(REPORT_FORMATS), default="text", help="report format (default: text)"
    )
    validate.add_argument("--strict", action="store_true", help="fail on warnings too (exit 1)")
    _add_base(validate, "base IRI for YAML input")
    validate.set_defaults(handler=_validate)


def _analyze(args: argparse.Namespace) -> int:
    from kizuna_graph.jobs.analysis import (  # networkx and matplotlib: only when asked
        analysis_files,
        run_analysis,
    )

    source = Path(args.source) if args.source else bundled_plan()
    result = run_analysis(source, base=args.base)
    out = Path(args.out)
    if args.check:
        files = analysis_files(result, outputs="text")
        stale = stale_files(out, files)
        if stale:
            print(
                f"{out}: {len(stale)} of {len(files)} text files of the analysis differ from what "
                f"{source.name} gives: {', '.join(stale)}; run `kizuna analyze` and commit the result",
                file=sys.stderr,
            )
            return 1
        print(f"{out}: all {len(files)} text files of the analysis are up to date with {source.name}")
        return 0
    files = analysis_files(result)
    write_atomic(out, files)
    print(f"wrote {len(files)} files to {out}/; start with {out / 'report.ja.md'} or {out / 'report.en.md'}")
    return 0


def _add_analyze(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    analyze = commands.add_parser(
        "analyze",
        help="cross-links, hubs, communities and coverage of a plan: report, CSV, GraphML, figures",
        description="Analyse a plan as networks: the hierarchy (elements under two parents), cross-links "
        "between measures through shared themes, target groups, partners and near-duplicate actions, hubs, "
        "bridges and communities, and coverage matrices. Writes a Markdown report (ja, en), CSV tables, "
        "GraphML and figures (PNG, SVG; needs a Japanese font such as fonts-noto-cjk).",
        epilog="Exit codes: 0 ok, 1 the files cannot be written (or no Japanese font), or --check found "
        "stale files, 2 bad input or usage.",
    )
    analyze.add_argument("source", nargs="?", help="plan source file (YAML); default: the bundled plan")
    analyze.add_argument(
        "--out", type=_folder, default="exports/analysis", help="output folder (default: ./exports/analysis)"
    )
    analyze.add_argument(
        "--check",
        action="store_true",
        help="write nothing; exit 1 if the text files of the output folder (CSV, Markdown, Turtle, GraphML) "
        "are stale (figures are not compared: their bytes depend on the installed font)",
    )
    _add_base(analyze, "base of the data IRIs")
    analyze.set_defaults(handler=_analyze)


def _query(args: argparse.Namespace) -> int:
    from kizuna_graph.query.engine import Limits, answer_files
    from kizuna_graph.query.library import find_query

    query = find_query(args.query)
    if args.store and args.data:
        raise KizunaError("give --data or --store, not both (--data fills a new --store: see --help)")
    limits = Limits(timeout=args.timeout, results=args.limit)
    output = answer_files(
        query.text,
        data=[Path(path) for path in args.data or ["exports"]],
        store_dir=Path(args.store) if args.store else None,
        format=args.format,
        graph=args.graph,
        limits=limits,
        where=str(query.path),
    )
    if args.out:
        write_atomic(Path(args.out).parent, {Path(args.out).name: output})
    else:
        sys.stdout.buffer.write(output)
        sys.stdout.flush()
    return 0


def _positive(kind: type[int] | type[float]):  # type: ignore[no-untyped-def]
    def parse(text: str) -> int | float:
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"'{text}' is not a number") from None
        if value <= 0:
            raise argparse.ArgumentTypeError(f"'{text}' must be greater than 0")
        return value

    return parse


def _add_query(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from kizuna_graph.query.results import FORMATS
    from kizuna_graph.query.store import GRAPHS

    query = commands.add_parser(
        "query",
        help="run a SPARQL query (a bundled one by name, a .rq file or its text) on the published data",
        description="Answer a SPARQL 1.1 query (SELECT, ASK, CONSTRUCT, DESCRIBE) with Oxigraph on the "
        "published exports of one or more builds, loaded as named graphs D/asserted, D/inferred and "
        "D/analysis (D: each dataset's IRI); the default graph is the union of the graphs chosen with "
        "--graph. The project's prefixes are predeclared. SERVICE, FROM, FROM NAMED, LOAD and updates are "
        "refused: nothing reaches the network or other files. The query runs in a worker process stopped "
        "at --timeout.",
        epilog="Exit codes: 0 ok, 2 unknown, unreadable, bad, refused, too slow or too large query, or "
        "unreadable data.",
    )
    query.add_argument(
        "query", metavar="QUERY", help="a bundled query name (see queries/), a .rq file, or the query text"
    )
    source = query.add_mutually_exclusive_group()
    source.add_argument(
        "--data",
        nargs="+",
        metavar="PATH",
        help="exports folders (as `kizuna build` writes them) or .trig/.nq/.ttl/.nt files (default: ./exports)",
    )
    source.add_argument(
        "--store",
        metavar="DIR",
        help="an Oxigraph store folder, opened read-only; created from ./exports when it does not exist",
    )
    query.add_argument(
        "--graph",
        choices=(*GRAPHS, "all"),
        default="all",
        help="the graphs whose union is the default graph (default: all)",
    )
    query.add_argument("--format", choices=FORMATS, default="table", help="output format (default: table)")
    query.add_argument(
        "--timeout", type=_positive(float), default=30.0, help="time limit in seconds (default: 30)"
    )
    query.add_argument(
        "--limit",
        type=_positive(int),
        default=100_000,
        help="most results (rows or triples); more is an error, not a silent cut (default: 100000)",
    )
    query.add_argument("--out", help="write the answer to this file instead of standard output")
    query.set_defaults(handler=_query)


def _serve(args: argparse.Namespace) -> int:
    from kizuna_graph.jobs.endpoint import endpoint_server
    from kizuna_graph.query.engine import Limits

    limits = Limits(timeout=args.timeout, results=args.limit)
    data = [Path(path) for path in args.data or ["exports"]]
    try:
        server = endpoint_server(data, host=args.host, port=args.port, limits=limits, threads=args.threads)
    except OSError as error:
        raise KizunaError(f"cannot listen on {args.host}:{args.port}: {error.strerror or error}") from None
    print(
        f"kizuna: SPARQL endpoint http://{args.host}:{server.effective_port}/sparql, query page "
        f"http://{args.host}:{server.effective_port}/ (Ctrl-C stops)",
        file=sys.stderr,
        flush=True,
    )
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()
    return 0


def _add_serve(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    serve = commands.add_parser(
        "serve",
        help="serve the published data as a read-only SPARQL endpoint with a query page",
        description="Serve the exports (as `kizuna query` reads them) over the SPARQL 1.1 Protocol at "
        "/sparql (GET, POST form or application/sparql-query; JSON, XML, CSV, TSV, Turtle, JSON-LD by "
        "Accept; the service description without a query) and a query page at /. Read-only: updates, "
        "SERVICE, FROM, FROM NAMED and LOAD are refused; each query runs in a worker process stopped at "
        "--timeout (HTTP 503) and capped at --limit results (HTTP 400); CORS is open to every origin.",
        epilog="Exit codes: 0 stopped with Ctrl-C, 2 bad data or the address cannot be used.",
    )
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    serve.add_argument("--port", type=int, default=7878, help="port (default: 7878; 0 picks a free one)")
    serve.add_argument(
        "--data", nargs="+", metavar="PATH", help="exports folders or data files (default: ./exports)"
    )
    serve.add_argument(
        "--timeout", type=_positive(float), default=10.0, help="time limit per query in seconds (default: 10)"
    )
    serve.add_argument(
        "--limit", type=_positive(int), default=10_000, help="most results per query (default: 10000)"
    )
    serve.add_argument(
        "--threads", type=_positive(int), default=8, help="requests served at once (default: 8)"
    )
    serve.set_defaults(handler=_serve)


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
    build.add_argument(
        "source",
        nargs="*",
        help="plan source files (YAML); several plans or editions are published side by side, each in "
        "OUT/<dataset slug>/ (kizuna query and kizuna serve read OUT as one dataset, a named graph per plan); "
        "default: the bundled Isesaki plan",
    )
    build.add_argument("--out", type=_folder, default="exports", help="output folder (default: ./exports)")
    build.add_argument(
        "--check", action="store_true", help="write nothing; exit 1 if the output folder is stale"
    )
    _add_base(build, "base of the data IRIs")
    build.set_defaults(handler=_build)
    _add_diff(commands)
    _add_analyze(commands)
    _add_site(commands)
    _add_release(commands)
    _add_validate(commands)
    _add_query(commands)
    _add_serve(commands)
    return parser


def _interrupt(_signum: int, _frame: object) -> None:
    raise KeyboardInterrupt  # so that write_atomic puts the previous files back and removes its own


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if argv is None:  # the `kizuna` process itself: SIGTERM cleans up as Ctrl-C does
        signal.signal(signal.SIGTERM, _interrupt)
    try:
        code = int(args.handler(args))
        sys.stdout.flush()
    except KizunaError as error:
        _error(error)
        code = error.exit_code
    except KeyboardInterrupt:
        print("kizuna: interrupted; nothing half-written was left behind", file=sys.stderr)
        code = 130
    except OSError as error:
        if error.errno not in (errno.EPIPE, errno.ENOSPC, errno.EBADF, errno.EIO):
            raise
        # standard output is a closed pipe or a full disk (`kizuna … > /dev/full`): files already written stay
        print(f"kizuna: cannot write to standard output ({error.strerror})", file=sys.stderr)
        _silence_stdout()
        code = 1
    return code


def _silence_stdout() -> None:
    """Point standard output at /dev/null so that the interpreter's final flush cannot fail again."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    except (OSError, ValueError):
        pass


if __name__ == "__main__":
    sys.exit(main())
