"""The release job (``kizuna release VERSION``): the exports and the site of one version, frozen.

A release is written to ``{releases}/{VERSION}/`` — the files ``kizuna build`` makes, with the site under
``site/`` — and copied to ``{releases}/latest/``. The version must be the one version of the project (the
ontology's ``owl:versionInfo``, the package's version: see ``catalog/README.md``); a version already released is
never overwritten; ``previous_version`` in ``catalog/release.yaml`` must name the latest earlier release (the
catalogue links it with ``dcat:previousVersion``), and the ontology must then say ``owl:priorVersion`` of that
version's IRI. Every refusal is one line and exit code 2; nothing is written before all checks pass.
"""

from __future__ import annotations

import re
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import OWL

from kizuna_graph.errors import KizunaError
from kizuna_graph.export.release import load_release, release_path
from kizuna_graph.jobs.publish import publish_rendered, standards
from kizuna_graph.jobs.website import build_site, write_site
from kizuna_graph.messages import msg
from kizuna_graph.resources import ontology_path
from kizuna_graph.terms.iris import DEFAULT_BASE

__all__ = ["VERSION_PATTERN", "make_release"]

#: MAJOR.MINOR.PATCH (semantic versioning, without pre-release or build parts)
VERSION_PATTERN = re.compile(r"(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)")


def _key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


def _check(version: str, releases: Path) -> None:
    if not VERSION_PATTERN.fullmatch(version):
        raise KizunaError(msg("release.bad_version", version=version))
    found = standards()
    if found.version != version:
        raise KizunaError(
            msg(
                "release.not_project_version",
                version=version,
                project=found.version,
                ontology=ontology_path(),
            )
        )
    if (releases / version).exists():
        raise KizunaError(msg("release.exists", folder=releases / version))
    earlier = sorted(
        (p.name for p in releases.iterdir() if p.is_dir() and VERSION_PATTERN.fullmatch(p.name))
        if releases.is_dir()
        else [],
        key=_key,
    )
    earlier = [v for v in earlier if _key(v) < _key(version)]
    previous = load_release().previous_version
    expected = earlier[-1] if earlier else None
    if previous != expected:
        raise KizunaError(
            msg(
                "release.previous_version",
                file=release_path(),
                previous=previous or "null",
                releases=releases,
                expected=expected or "null",
            )
        )
    if previous is not None:
        ontology = Graph().parse(ontology_path(), format="turtle")
        prior = URIRef(f"{found.ontology}/{previous}")
        if (found.ontology, OWL.priorVersion, prior) not in ontology:
            raise KizunaError(msg("release.prior_version", ontology=ontology_path(), prior=prior))


def make_release(version: str, *, source: Path, releases: Path, base: str = DEFAULT_BASE) -> tuple[Path, int]:
    """Write release ``version`` and ``latest``; returns the release folder and its number of files."""
    _check(version, releases)
    _, files = publish_rendered(source, base=base)
    files.update({f"site/{name}": data for name, data in build_site(source, base=base).items()})
    write_site(releases / version, files)
    write_site(releases / "latest", files)
    return releases / version, len(files)
