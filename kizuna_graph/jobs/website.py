"""The site job: a plan source file → the static bilingual web site in ``exports/site/`` (``kizuna site``).

The plan is published as ``kizuna build`` does (validated, so a broken plan gets no site), its concepts and
tags found as ``kizuna analyze`` does (no figures: those are the analysis job's), and the site rendered in
memory from both and the ontology. The files are written folder by folder, each file atomically; files of an
earlier site that the new one no longer has (a page whose IRI changed) are removed.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path, PurePosixPath

from rdflib import Graph

from kizuna_graph.analyze.findings import find
from kizuna_graph.export.serialize import stale_files, write_atomic
from kizuna_graph.jobs.publish import publish
from kizuna_graph.resources import ontology_path
from kizuna_graph.site.render import site_files
from kizuna_graph.terms.iris import DEFAULT_BASE

__all__ = ["build_site", "site_stale", "write_site"]

#: What a site folder may hold; only such files are removed when the new site no longer has them.
_SITE_SUFFIXES = (".html", ".ttl", ".jsonld", ".js", ".css")


def build_site(source: Path, *, base: str = DEFAULT_BASE) -> dict[str, bytes]:
    """Every file of the site, by its path below the site folder."""
    publication = publish(source, base=base)
    graph = Graph()
    for triple in publication.graph:
        graph.add(triple)
    for triple in find(publication.graph, base=base).graph:
        graph.add(triple)
    ontology = Graph().parse(ontology_path(), format="turtle")
    return site_files(graph, ontology, base=base)


def _by_folder(files: dict[str, bytes]) -> dict[str, dict[str, bytes]]:
    folders: dict[str, dict[str, bytes]] = defaultdict(dict)
    for name, data in files.items():
        path = PurePosixPath(name)
        folders[str(path.parent)][path.name] = data
    return folders


def site_stale(out: Path, files: dict[str, bytes]) -> list[str]:
    """Files missing or different in ``out``, and files ``out`` has that the site no longer has."""
    stale = []
    for folder, named in sorted(_by_folder(files).items()):
        stale += [str(PurePosixPath(folder) / name) for name in stale_files(out / folder, named)]
    stale += _leftovers(out, files)
    return sorted(stale)


def _leftovers(out: Path, files: dict[str, bytes]) -> list[str]:
    if not out.is_dir():
        return []
    return sorted(
        p.relative_to(out).as_posix()
        for p in out.rglob("*")
        if p.is_file() and p.suffix in _SITE_SUFFIXES and p.relative_to(out).as_posix() not in files
    )


def write_site(out: Path, files: dict[str, bytes]) -> None:
    for folder, named in sorted(_by_folder(files).items()):
        write_atomic(out / folder, named)
    for name in _leftovers(out, files):
        (out / name).unlink()
