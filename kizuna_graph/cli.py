"""The ``kizuna`` command: parse arguments, call the library, print.

Every message, help text and usage error comes from the catalogue (:mod:`kizuna_graph.messages`) in the
language chosen by ``--lang``, ``KIZUNA_LANG`` or the locale (Japanese by default). ``kizuna`` alone lists the
commands in the order of the work.

Exit codes: 0 success; 1 the plan does not conform, ``--check`` found stale files, or plans differ; 2 bad
input or usage (unreadable plan file, unknown option, exports of another plan in the output folder).
"""

from __future__ import annotations

import argparse
import dataclasses
import errno
import gc
import os
import re
import signal
import sys
import unicodedata
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, NoReturn

from kizuna_graph.diff.report import RENDERERS, render_diff
from kizuna_graph.errors import KizunaError
from kizuna_graph.export.manifest import MANIFEST, Manifest, other_source, source_name
from kizuna_graph.export.serialize import stale_files, write_atomic
from kizuna_graph.jobs.publish import Publication, publish_rendered, summary
from kizuna_graph.jobs.revision import compare_files
from kizuna_graph.messages import LANGS, Lang, msg, resolve_language, text, using_language
from kizuna_graph.plan.source import load_plan
from kizuna_graph.resources import bundled_plan
from kizuna_graph.terms.iris import DEFAULT_BASE, mint
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
        raise argparse.ArgumentTypeError(text("cli.error.empty_folder"))
    return value


# --- argparse in the officer's language ------------------------------------------------------------------


class _Formatter(argparse.RawDescriptionHelpFormatter):
    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, prefix=prefix if prefix is not None else text("cli.usage"))


_ARGPARSE_ERRORS = (
    (re.compile(r"the following arguments are required: (?P<names>.+)"), "cli.error.required"),
    (re.compile(r"unrecognized arguments: (?P<names>.+)"), "cli.error.unrecognized"),
    (
        re.compile(
            r"argument (?P<option>\S+?): invalid choice: '?(?P<value>[^']*)'? \(choose from (?P<choices>.+)\)"
        ),
        "cli.error.choice",
    ),
    (re.compile(r"argument (?P<option>\S+?): expected one argument"), "cli.error.value"),
)


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose headings and usage errors follow the language; errors are one line, exit 2."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        kwargs.setdefault("add_help", False)
        super().__init__(*args, **kwargs)
        self._positionals.title = text("cli.positionals")
        self._optionals.title = text("cli.options")
        self.add_argument("-h", "--help", action="help", help=text("cli.help"))

    def error(self, message: str) -> NoReturn:
        for pattern, key in _ARGPARSE_ERRORS:
            found = pattern.search(message)
            if found:
                params = {k: v.replace("'", "") for k, v in found.groupdict().items()}
                self.exit(2, text(key, prog=self.prog, **params) + "\n")
        self.exit(2, text("cli.error.other", prog=self.prog, detail=message) + "\n")


Commands = argparse._SubParsersAction  # type: ignore[type-arg]


def _command(commands: Commands, name: str) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = commands.add_parser(
        name,
        help=text(f"cmd.{name}.help"),
        description=text(f"cmd.{name}.description"),
        epilog=text(f"cmd.{name}.epilog"),
    )
    parser.add_argument("--lang", choices=LANGS, default=argparse.SUPPRESS, help=text("cli.lang"))
    return parser


def _add_base(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--base", default=DEFAULT_BASE, help=text("cli.base", default=DEFAULT_BASE))


def _add_workers(parser: argparse.ArgumentParser) -> None:
    default = os.cpu_count() or 1
    parser.add_argument(
        "--workers", type=_positive(int), default=default, help=text("corpus.workers", default=default)
    )


def _freshness(kind: str, *, out: Path, count: int, stale: Sequence[str], source: str) -> int:
    """The end of ``kizuna KIND --check``: exit 1 naming the stale files (the first 20), else 0."""
    if stale:
        names = ", ".join(stale[:20]) + (f" … {len(stale) - 20}" if len(stale) > 20 else "")
        message = text(f"{kind}.stale", out=out, count=count, stale=len(stale), source=source, names=names)
        print(_safe(message), file=sys.stderr)
        return 1
    print(text(f"{kind}.up_to_date", out=out, count=count, source=source))
    return 0


def _shown(path: Path) -> str:
    """``path`` as the officer would type it: relative to the current folder when it lies below it."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return str(path)


# --- build -----------------------------------------------------------------------------------------------


def _build(args: argparse.Namespace) -> int:
    from kizuna_graph.plan.files import plan_paths

    sources = plan_paths([Path(source) for source in args.source]) or [bundled_plan()]
    if len(sources) > 1:  # a corpus of plans or editions: each release in OUT/<slug>/
        return _build_corpus(args, sources)
    source, out = sources[0], Path(args.out)  # one plan: its release in OUT
    planned = load_plan(source, numbering="lenient")  # the identity first: refuse another plan's folder early
    manifest = Manifest(
        source=source_name(source, out),
        plan=str(mint(args.base, "plans", planned.plan.municipality, planned.plan.edition)),
        edition=planned.plan.edition,
    )
    present = None if args.check else other_source(out, manifest)
    if present is not None and not args.force:
        raise KizunaError(
            msg(
                "build.other_source",
                out=out,
                present=present.source,
                present_plan=present.plan,
                source=_shown(source),
            )
        )
    # A short run on a plan of bounded size (the loader caps it): the cyclic garbage collector would cost about
    # a tenth of the CPU time to save a few megabytes; publish_rendered's worker process inherits this.
    gc.disable()
    try:  # validated and rendered (on two cores) before any write
        publication, rendered = publish_rendered(source, base=args.base)
    finally:
        gc.enable()
    files = {**rendered, MANIFEST: manifest.to_bytes()}
    if args.check:
        return _freshness(
            "build", out=out, count=len(files), stale=stale_files(out, files), source=_shown(source)
        )
    cleaned = write_atomic(out, files)
    if cleaned:
        print(text("build.cleaned", count=len(cleaned), names=", ".join(cleaned)))
    _print_summary(source, publication, args.lang)
    print(text("build.wrote", count=len(files), out=out, names=", ".join(sorted(files))))
    return 0


def _build_corpus(args: argparse.Namespace, sources: list[Path]) -> int:
    """``kizuna build`` of many plans: each in a worker (:mod:`kizuna_graph.jobs.corpus`), each release in
    OUT/<slug>/, nothing published unless every plan passes."""
    from kizuna_graph.jobs.corpus_build import build_corpus
    from kizuna_graph.validate.corpus import exit_code, verdict_lines

    out = Path(args.out)
    done = build_corpus(
        sources,
        out=out,
        base=args.base,
        lang=args.lang,
        force=args.force,
        check=args.check,
        workers=args.workers,
    )
    verdicts = [
        dataclasses.replace(plan.verdict, error=_safe(plan.verdict.error or "") or None)
        for plan in done.built
    ]
    failed = sum(1 for v in verdicts if v.verdict != "conforms")
    if failed:
        sys.stdout.write(verdict_lines(verdicts, lang=args.lang, fail_on="violation"))
        print(
            f"kizuna: {text('corpus.nothing_published', plans=len(verdicts), failed=failed)}", file=sys.stderr
        )
        return exit_code(verdicts)
    total = sum(len(plan.files) for plan in done.built)
    shown = ", ".join(_shown(source) for source in sources[:3]) + (" …" if len(sources) > 3 else "")
    if args.check:
        stale = [f"{plan.folder / name}" for plan in done.built if plan.folder for name in plan.stale]
        return _freshness("build", out=out, count=total, stale=stale, source=shown)
    for plan, cleaned in done.written:
        if cleaned:
            print(text("build.cleaned", count=len(cleaned), names=", ".join(cleaned)))
        print(
            text(
                "corpus.built",
                source=plan.verdict.source,
                folder=plan.folder,
                files=len(plan.files),
                triples=plan.triples,
                inferred=plan.inferred,
                warnings=plan.verdict.warnings,
            )
        )
    print(text("corpus.wrote", plans=len(done.written), out=out, files=total))
    return 0


def _print_summary(source: Path, publication: Publication, lang: str) -> None:
    shown = _shown(source)
    plan = publication.plan_file.plan
    print(text("build.read", source=shown))
    title = plan.title.ja if lang == "ja" else plan.title.en or plan.title.ja
    print(text("build.title", title=title, source=shown))
    rows = [(name.render(), number) for name, number in summary(publication.graph)]
    rows.append((text("count.inferred"), len(publication.inferred)))
    width = max(_width(name) for name, _ in rows)
    for name, number in rows:
        print(f"  {name}{' ' * (width - _width(name))} {number:>6}")
    if publication.validation is not None:
        warnings = len(publication.validation.warnings)
        hint = text("build.validation_hint", source=shown) if warnings else ""
        print(text("build.validation", warnings=warnings, hint=hint))


def _width(s: str) -> int:
    """Columns on a terminal: full-width characters take two."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _add_build(commands: Commands) -> None:
    build = _command(commands, "build")
    build.add_argument("source", nargs="*", help=text("corpus.build.source"))
    build.add_argument("--out", type=_folder, default="exports", help=text("cmd.build.out"))
    build.add_argument("--check", action="store_true", help=text("cmd.build.check"))
    build.add_argument("--force", action="store_true", help=text("cmd.build.force"))
    _add_workers(build)
    _add_base(build)
    build.set_defaults(handler=_build)


# --- new ---------------------------------------------------------------------------------------------------


def _new(args: argparse.Namespace) -> int:
    import tempfile

    from kizuna_graph.draft.revision import check_draft, make_draft

    out = Path(args.out)
    if out.exists() and not args.force:
        raise KizunaError(msg("draft.exists", out=out))
    source = Path(args.source) if args.source else bundled_plan()
    draft = make_draft(args.kind, source, out, municipality=args.municipality)
    files = {out.name: draft.text.encode("utf-8"), **draft.extra}
    with (
        tempfile.TemporaryDirectory() as folder
    ):  # read back before writing: a draft kizuna cannot read is a bug
        for name, data in files.items():
            (Path(folder) / name).parent.mkdir(parents=True, exist_ok=True)
            (Path(folder) / name).write_bytes(data)
        check_draft(Path(folder) / out.name)
    for name, data in files.items():
        target = out.parent / name
        write_atomic(target.parent, {target.name: data})
    print(text("draft.wrote", summary=draft.summary, out=_shown(out)))
    return 0


def _add_new(commands: Commands) -> None:
    from kizuna_graph.draft.revision import KINDS

    new = _command(commands, "new")
    new.add_argument("kind", choices=KINDS, help=text("cmd.new.kind"))
    new.add_argument("source", nargs="?", help=text("cmd.new.source"))
    new.add_argument("--out", required=True, help=text("cmd.new.out"))
    new.add_argument("--municipality", help=text("cmd.new.municipality"))
    new.add_argument("--force", action="store_true", help=text("cmd.new.force"))
    new.set_defaults(handler=_new)


# --- export-xlsx, import-xlsx ----------------------------------------------------------------------------


def _refuse_existing(out: Path, force: bool) -> None:
    if out.exists() and not force:
        raise KizunaError(msg("draft.exists", out=out))


def _export_xlsx(args: argparse.Namespace) -> int:
    from kizuna_graph.plan.source import load_plan
    from kizuna_graph.workbook.book import csv_files, xlsx_bytes
    from kizuna_graph.workbook.tables import plan_book

    out = Path(args.out)
    _refuse_existing(out, args.force)
    source = Path(args.source) if args.source else bundled_plan()
    plan_file = load_plan(source)
    book = plan_book(plan_file, out)
    if args.csv:
        write_atomic(out, csv_files(book))
    else:
        labels = [a.label.ja for a in plan_file.plan.actors]
        write_atomic(out.parent, {out.name: xlsx_bytes(book, labels)})
    counts = {name: len(rows) - 1 for name, rows in book.sheets.items()}
    print(
        text(
            "book.wrote_xlsx",
            out=_shown(out),
            goals=counts["基本目標"],
            policies=counts["施策"],
            measures=counts["取り組み"],
            actions=counts["番号付きの取り組み"],
        )
    )
    return 0


def _import_xlsx(args: argparse.Namespace) -> int:
    from kizuna_graph.workbook.book import read_book
    from kizuna_graph.workbook.importer import import_book, source_files

    out = Path(args.out)
    _refuse_existing(out, args.force)
    base = Path(args.base) if args.base else bundled_plan()
    plan_text = import_book(read_book(Path(args.book)), base)
    for name, data in source_files(base, out).items():  # the plan's source text, beside a copy made elsewhere
        write_atomic((out.parent / name).parent, {Path(name).name: data})
    write_atomic(out.parent, {out.name: plan_text.encode("utf-8")})
    print(text("book.wrote_plan", book=args.book, out=_shown(out), base=_shown(base)))
    return 0


def _add_export_xlsx(commands: Commands) -> None:
    command = _command(commands, "export-xlsx")
    command.add_argument("source", nargs="?", help=text("cmd.export-xlsx.source"))
    command.add_argument("--out", required=True, help=text("cmd.export-xlsx.out"))
    command.add_argument("--csv", action="store_true", help=text("cmd.export-xlsx.csv"))
    command.add_argument("--force", action="store_true", help=text("cmd.xlsx.force"))
    command.set_defaults(handler=_export_xlsx)


def _add_import_xlsx(commands: Commands) -> None:
    command = _command(commands, "import-xlsx")
    command.add_argument("book", help=text("cmd.import-xlsx.book"))
    command.add_argument("--base", help=text("cmd.import-xlsx.base"))
    command.add_argument("--out", required=True, help=text("cmd.import-xlsx.out"))
    command.add_argument("--force", action="store_true", help=text("cmd.xlsx.force"))
    command.set_defaults(handler=_import_xlsx)


# --- report ------------------------------------------------------------------------------------------------


def _report(args: argparse.Namespace) -> int:
    import datetime as dt

    from kizuna_graph.approval.page import print_pdf, render_html
    from kizuna_graph.jobs.approval import approval_page

    try:
        date = dt.date.fromisoformat(args.date) if args.date else dt.date.today()
    except ValueError:
        raise KizunaError(msg("yaml.bad_date", value=args.date, reason="--date")) from None
    out = Path(args.out)
    page, report, _ = approval_page(Path(args.old), Path(args.new), lang=args.lang, date=date, base=args.base)
    write_atomic(out.parent, {out.name: render_html(page).encode("utf-8")})
    pdf = ""
    if args.pdf:
        print_pdf(out, out.with_suffix(".pdf"))
        pdf = f", {_shown(out.with_suffix('.pdf'))}"
    verdict = text(
        "report.verdict.ok" if page.conforms else "report.verdict.ng",
        violations=page.violations,
        warnings=page.warnings,
    )
    print(text("report.wrote", out=_shown(out), pdf=pdf, verdict=verdict))
    return 0 if report.conforms else 1


def _add_report(commands: Commands) -> None:
    command = _command(commands, "report")
    command.add_argument("old", help=text("cmd.report.old"))
    command.add_argument("new", help=text("cmd.report.new"))
    command.add_argument("--out", required=True, help=text("cmd.report.out"))
    command.add_argument("--pdf", action="store_true", help=text("cmd.report.pdf"))
    command.add_argument("--date", help=text("cmd.report.date"))
    _add_base(command)
    command.set_defaults(handler=_report)


# --- diff, validate, analyze, query ----------------------------------------------------------------------
# --- site, release ---------------------------------------------------------------------------------------


def _site(args: argparse.Namespace) -> int:
    from kizuna_graph.jobs.website import build_site, site_stale, write_site  # Jinja2: only when asked

    source = Path(args.source) if args.source else bundled_plan()
    files = build_site(source, base=args.base)
    out = Path(args.out)
    if args.check:
        return _freshness(
            "site", out=out, count=len(files), stale=site_stale(out, files), source=_shown(source)
        )
    write_site(out, files)
    print(text("site.wrote", out=out, count=len(files), index=out / "index.html"))
    return 0


def _add_site(commands: Commands) -> None:
    site = _command(commands, "site")
    site.add_argument("source", nargs="?", help=text("cmd.build.source"))
    site.add_argument("--out", default="exports/site", help=text("cmd.site.out"))
    site.add_argument("--check", action="store_true", help=text("cmd.site.check"))
    _add_base(site)
    site.set_defaults(handler=_site)


def _release(args: argparse.Namespace) -> int:
    from kizuna_graph.jobs.release import make_release

    source = Path(args.source) if args.source else bundled_plan()
    folder, count = make_release(args.version, source=source, releases=Path(args.releases), base=args.base)
    latest = Path(args.releases) / "latest"
    print(text("release.done", version=args.version, count=count, folder=folder, latest=latest))
    return 0


def _add_release(commands: Commands) -> None:
    release = _command(commands, "release")
    release.add_argument("version", help=text("cmd.release.version"))
    release.add_argument("source", nargs="?", help=text("cmd.build.source"))
    release.add_argument("--releases", default="releases", help=text("cmd.release.releases"))
    _add_base(release)
    release.set_defaults(handler=_release)


def _diff(args: argparse.Namespace) -> int:
    diff = compare_files(args.old, args.new, base=args.base)
    sys.stdout.write(render_diff(diff, format=args.format, lang=args.lang))
    return 1 if diff else 0


def _add_diff(commands: Commands) -> None:
    diff = _command(commands, "diff")
    diff.add_argument("old", help=text("cmd.diff.old"))
    diff.add_argument("new", help=text("cmd.diff.new"))
    diff.add_argument("--format", choices=sorted(RENDERERS), default="text", help=text("cmd.diff.format"))
    _add_base(diff)
    diff.set_defaults(handler=_diff)


def _validate(args: argparse.Namespace) -> int:
    from kizuna_graph.jobs.corpus import CheckTask, check_plan
    from kizuna_graph.jobs.pool import each
    from kizuna_graph.plan.files import plan_paths
    from kizuna_graph.validate.corpus import PlanVerdict, exit_code, write_corpus
    from kizuna_graph.validate.report import FailOn
    from kizuna_graph.validate.shacl import prepare

    paths = plan_paths([Path(path) for path in args.paths])
    fail_on: FailOn = "warning" if args.strict else "violation"
    tasks = [CheckTask(path, args.base, args.format, args.lang, fail_on) for path in paths]
    if args.workers > 1 and len(tasks) > 1:
        prepare()  # pySHACL and the shapes, once for every worker

    def results() -> Iterator[tuple[PlanVerdict, str]]:
        for verdict, part in each(check_plan, tasks, workers=args.workers):
            if verdict.error is not None:  # a file that cannot be read: its one line on stderr too
                print(f"kizuna: {_safe(verdict.error)}", file=sys.stderr)
                verdict = dataclasses.replace(verdict, error=_safe(verdict.error))
            yield verdict, part

    verdicts = write_corpus(
        results(), sys.stdout, format=args.format, lang=args.lang, fail_on=fail_on, per_plan=len(tasks) > 1
    )
    return exit_code(verdicts)


def _add_validate(commands: Commands) -> None:
    from kizuna_graph.validate.report import RENDERERS as REPORT_FORMATS

    validate = _command(commands, "validate")
    validate.add_argument("paths", nargs="+", metavar="PATH", help=text("corpus.validate.paths"))
    validate.add_argument(
        "--format", choices=sorted(REPORT_FORMATS), default="text", help=text("cmd.validate.format")
    )
    validate.add_argument("--strict", action="store_true", help=text("cmd.validate.strict"))
    _add_workers(validate)
    _add_base(validate)
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
        return _freshness(
            "analyze", out=out, count=len(files), stale=stale_files(out, files), source=_shown(source)
        )
    files = analysis_files(result)
    write_atomic(out, files)
    print(
        text("cmd.analyze.wrote", count=len(files), out=out, ja=out / "report.ja.md", en=out / "report.en.md")
    )
    return 0


def _add_analyze(commands: Commands) -> None:
    analyze = _command(commands, "analyze")
    analyze.add_argument("source", nargs="?", help=text("cmd.analyze.source"))
    analyze.add_argument("--out", type=_folder, default="exports/analysis", help=text("cmd.analyze.out"))
    analyze.add_argument("--check", action="store_true", help=text("cmd.analyze.check"))
    _add_base(analyze)
    analyze.set_defaults(handler=_analyze)


def _query(args: argparse.Namespace) -> int:
    from kizuna_graph.query.engine import Limits, answer_files
    from kizuna_graph.query.library import find_query

    query = find_query(args.query)
    limits = Limits(timeout=args.timeout, results=args.limit)
    output = answer_files(
        query.text,
        data=[Path(path) for path in args.data or ([] if args.store else ["exports"])],
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
    def parse(value_text: str) -> int | float:
        try:
            value = kind(value_text)
        except ValueError:
            raise argparse.ArgumentTypeError(msg("cli.not_a_number", value=value_text).render()) from None
        if value <= 0:
            raise argparse.ArgumentTypeError(msg("cli.not_positive", value=value_text).render()) from None
        return value

    return parse


def _add_query(commands: Commands) -> None:
    from kizuna_graph.query.results import FORMATS
    from kizuna_graph.query.store import GRAPHS

    query = _command(commands, "query")
    query.add_argument("query", metavar="QUERY", help=text("cmd.query.query"))
    query.add_argument("--data", nargs="+", metavar="PATH", help=text("cmd.query.data"))
    query.add_argument("--store", metavar="DIR", help=text("cmd.query.store"))
    query.add_argument("--graph", choices=(*GRAPHS, "all"), default="all", help=text("cmd.query.graph"))
    query.add_argument("--format", choices=FORMATS, default="table", help=text("cmd.query.format"))
    query.add_argument("--timeout", type=_positive(float), default=30.0, help=text("cmd.query.timeout"))
    query.add_argument("--limit", type=_positive(int), default=100_000, help=text("cmd.query.limit"))
    query.add_argument("--out", help=text("cmd.query.out"))
    query.set_defaults(handler=_query)


def _serve(args: argparse.Namespace) -> int:
    from kizuna_graph.jobs.endpoint import endpoint_server
    from kizuna_graph.query.engine import Limits

    limits = Limits(timeout=args.timeout, results=args.limit)
    data = [Path(path) for path in args.data or ["exports"]]
    try:
        server = endpoint_server(
            data, host=args.host, port=args.port, limits=limits, graph=args.graph, threads=args.threads
        )
    except OSError as error:
        reason = error.strerror or str(error)
        raise KizunaError(msg("serve.cannot_listen", host=args.host, port=args.port, reason=reason)) from None
    print(
        f"kizuna: {text('serve.listening', host=args.host, port=server.effective_port)}",
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


def _add_serve(commands: Commands) -> None:
    from kizuna_graph.query.store import GRAPHS

    serve = _command(commands, "serve")
    serve.add_argument("--host", default="127.0.0.1", help=text("cmd.serve.host"))
    serve.add_argument("--port", type=int, default=7878, help=text("cmd.serve.port"))
    serve.add_argument("--data", nargs="+", metavar="PATH", help=text("cmd.serve.data"))
    serve.add_argument("--graph", choices=(*GRAPHS, "all"), default="all", help=text("cmd.serve.graph"))
    serve.add_argument("--timeout", type=_positive(float), default=10.0, help=text("cmd.serve.timeout"))
    serve.add_argument("--limit", type=_positive(int), default=10_000, help=text("cmd.serve.limit"))
    serve.add_argument("--threads", type=_positive(int), default=8, help=text("cmd.serve.threads"))
    serve.set_defaults(handler=_serve)


#: the commands in the order of the work: start a draft, edit it in a workbook, check it, see what changed,
#: report it for approval, publish, analyse, put it on the web site, release it, query, serve
_COMMANDS = (
    _add_new,
    _add_export_xlsx,
    _add_import_xlsx,
    _add_validate,
    _add_diff,
    _add_report,
    _add_build,
    _add_analyze,
    _add_site,
    _add_release,
    _add_query,
    _add_serve,
)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="kizuna", description=text("cli.description"), epilog=text("cli.epilog"))
    parser.add_argument(
        "--version", action="version", version=f"kizuna {__version__}", help=text("cli.version")
    )
    parser.add_argument("--lang", choices=LANGS, default=None, help=text("cli.lang"))
    commands = parser.add_subparsers(
        dest="command", metavar="COMMAND", title=text("cli.commands"), parser_class=_Parser
    )
    for add in _COMMANDS:
        add(commands)
    return parser


def _lang_in(argv: Sequence[str]) -> str | None:
    """The value of ``--lang`` in ``argv``, read before parsing so that help and errors follow it."""
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    lang: Lang = resolve_language(_lang_in(arguments))
    with using_language(lang):
        parser = build_parser()
        args = parser.parse_args(arguments)
        if args.command is None:
            parser.print_help()
            return 0
        args.lang = lang
        if argv is None:  # the `kizuna` process itself: SIGTERM cleans up as Ctrl-C does
            signal.signal(signal.SIGTERM, _interrupt)
        try:
            code = int(args.handler(args))
            sys.stdout.flush()
        except KizunaError as error:
            _error(error)
            code = error.exit_code
        except KeyboardInterrupt:
            print(f"kizuna: {text('cli.interrupted')}", file=sys.stderr)
            code = 130
        except OSError as error:
            if error.errno not in (errno.EPIPE, errno.ENOSPC, errno.EBADF, errno.EIO):
                raise
            # standard output is a closed pipe or a full disk (`kizuna … > /dev/full`): files already written stay
            print(f"kizuna: {text('cli.stdout_failed', reason=error.strerror)}", file=sys.stderr)
            _silence_stdout()
            code = 1
    return code


def _interrupt(_signum: int, _frame: object) -> None:
    raise KeyboardInterrupt  # so that write_atomic puts the previous files back and removes its own


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
