"""``kizuna build`` of a corpus: each plan validated, inferred and rendered in a worker, all or nothing published.

Each worker (:mod:`kizuna_graph.jobs.pool`) builds one plan's release and writes its files into a staging
folder (``OUT/.kizuna-corpus-*/<slug>/``), sending back only the plan's verdict, counts and file names; the
parent never holds the plans' graphs, and each worker one plan at a time. Only when every plan has passed does
the parent move each release into ``OUT/<slug>/``, one folder at a time, each as one set
(:func:`kizuna_graph.export.serialize.write_atomic`), reading back one plan's files at a time. A plan that
fails or cannot be read means that nothing is published: the staging folder is removed and the report names
every plan's verdict. The bytes of every file depend only on its plan, never on the number of workers; each
release is the one ``kizuna build`` writes for that plan alone.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from kizuna_graph.errors import KizunaError
from kizuna_graph.export.manifest import MANIFEST, Manifest, other_source, source_name
from kizuna_graph.export.serialize import render, stale_files, write_atomic
from kizuna_graph.jobs.pool import each
from kizuna_graph.jobs.publish import publish_loaded
from kizuna_graph.messages import Lang, msg, using_language
from kizuna_graph.plan.load import load
from kizuna_graph.terms.iris import mint
from kizuna_graph.validate.corpus import PlanVerdict, Verdict, verdict_of
from kizuna_graph.validate.shacl import prepare

__all__ = ["Built", "CorpusBuild", "build_corpus"]


@dataclass(frozen=True)
class BuildTask:
    """One plan file of a corpus to build into ``out/<slug>/``; files staged in ``staging`` (None: --check)."""

    source: Path
    out: Path
    staging: Path | None
    base: str
    lang: Lang
    force: bool


@dataclass(frozen=True)
class Built:
    """What a worker did with one plan: its verdict and, when it passed, where its release goes."""

    verdict: PlanVerdict
    slug: str | None = None
    folder: Path | None = None
    files: tuple[str, ...] = ()
    triples: int = 0
    inferred: int = 0
    #: with --check: the files of the release that differ from those in ``folder``
    stale: tuple[str, ...] = ()


def build_plan(task: BuildTask) -> Built:
    """Load, validate, infer and render one plan of a corpus; stage its files (or compare them, --check)."""
    with using_language(task.lang):
        try:
            return _build(task)
        except KizunaError as error:  # the plan does not conform (1), cannot be read or is refused (2)
            verdict: Verdict = "fails" if error.exit_code == 1 else "unreadable"
            return Built(PlanVerdict(str(task.source), verdict, error=str(error)))


def _build(task: BuildTask) -> Built:
    loaded = load(task.source, base=task.base)
    plan_file, _ = loaded.source()
    slug = plan_file.dataset.slug
    folder = task.out / slug
    manifest = Manifest(
        source=source_name(task.source, folder),
        plan=str(mint(task.base, "plans", plan_file.plan.municipality, plan_file.plan.edition)),
        edition=plan_file.plan.edition,
    )
    present = None if task.staging is None or task.force else other_source(folder, manifest)
    if present is not None:
        raise KizunaError(
            msg(
                "build.other_source",
                out=folder,
                present=present.source,
                present_plan=present.plan,
                source=task.source,
            )
        )
    publication = publish_loaded(loaded, base=task.base)
    files = {**render(publication.files), MANIFEST: manifest.to_bytes()}
    stale: tuple[str, ...] = ()
    if task.staging is None:
        stale = tuple(stale_files(folder, files))
    else:
        target = task.staging / slug
        target.mkdir(parents=True, exist_ok=True)
        for name, data in files.items():
            (target / name).write_bytes(data)
    report = publication.validation
    return Built(
        verdict=verdict_of(report) if report is not None else PlanVerdict(str(task.source), "conforms"),
        slug=slug,
        folder=folder,
        files=tuple(sorted(files)),
        triples=len(publication.graph),
        inferred=len(publication.inferred),
        stale=stale,
    )


def staging(out: Path) -> Path:
    """A new, empty staging folder inside ``out`` (created), for the releases of a corpus being built."""
    out.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=".kizuna-corpus-", dir=out))


def publish_staged(stage: Path, built: Sequence[Built]) -> Iterator[tuple[Built, list[str]]]:
    """Move each staged release into its folder (one set each), one plan's files in memory at a time; yields
    each plan with the names of the leftover temporary files removed from its folder."""
    for plan in built:
        if plan.slug is None or plan.folder is None:
            continue
        source = stage / plan.slug
        files = {name: (source / name).read_bytes() for name in plan.files}
        cleaned = write_atomic(plan.folder, files)
        shutil.rmtree(source)
        yield plan, cleaned


@dataclass(frozen=True)
class CorpusBuild:
    """The plans of a corpus as built (in the order of the sources) and the releases written, if any."""

    built: tuple[Built, ...]
    #: each release written, with the leftover temporary files removed from its folder; empty when any plan
    #: failed (nothing is published) and with --check
    written: tuple[tuple[Built, list[str]], ...] = ()


def build_corpus(
    sources: Sequence[Path], *, out: Path, base: str, lang: Lang, force: bool, check: bool, workers: int
) -> CorpusBuild:
    """Build every plan of ``sources`` into ``out/<slug>/``, or nothing at all when any plan does not pass.

    ``check`` compares instead of writing (:attr:`Built.stale`). Two plans with one slug: the second's
    verdict says so, and nothing is published.
    """
    existed = out.exists()
    stage = None if check else staging(out)
    try:
        if workers > 1:
            prepare()  # pySHACL and the shapes, once for every worker
        tasks = [BuildTask(source, out, stage, base, lang, force) for source in sources]
        built = _same_slugs(list(each(build_plan, tasks, workers=workers)), lang)
        if check or stage is None or any(plan.verdict.verdict != "conforms" for plan in built):
            return CorpusBuild(tuple(built))
        return CorpusBuild(tuple(built), tuple(publish_staged(stage, built)))
    finally:
        if stage is not None:
            shutil.rmtree(stage, ignore_errors=True)
            if not existed and out.is_dir() and not any(out.iterdir()):
                out.rmdir()  # nothing was published into a folder this build made


def _same_slugs(built: list[Built], lang: Lang) -> list[Built]:
    """``built`` with every plan whose slug an earlier plan has turned into a refusal (exit code 2)."""
    seen: set[str] = set()
    result = []
    for plan in built:
        if plan.slug is not None and plan.slug in seen:
            with using_language(lang):
                error = str(KizunaError(msg("build.same_slug", source=plan.verdict.source)))
            plan = Built(PlanVerdict(plan.verdict.source, "unreadable", error=error))
        elif plan.slug is not None:
            seen.add(plan.slug)
        result.append(plan)
    return result
