"""The release settings (``catalog/release.yaml``): what the self-description says beyond the plan graph.

Dates, themes, frequency, agent types, the SPARQL endpoint if any, and a title, description, file type and
media type for every published file. Everything else the catalogue, VoID, ``exports/README.md`` and
``CITATION.cff`` say is read from the plan graph or measured from the files.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from kizuna_graph.errors import ExportError
from kizuna_graph.messages import msg
from kizuna_graph.plan.model import Text
from kizuna_graph.plan.yamlfile import Fields, parse_yaml
from kizuna_graph.resources import data_dir

_KEYS = (
    "format",
    "issued",
    "modified",
    "previous_version",
    "catalog",
    "themes",
    "frequency",
    "sparql_endpoint",
    "hosting",
    "sections",
    "agent_types",
    "files",
)
_FILE_KEYS = ("name", "format", "media_type", "title", "description")
_CODE = re.compile(r"[A-Z][A-Za-z0-9_-]*")


@dataclass(frozen=True, slots=True)
class FileInfo:
    """What one published file is: ``name`` may hold ``{slug}``."""

    name: str
    format: str  # an EU file-type code, e.g. RDF_TURTLE
    media_type: str  # an IANA media type, e.g. text/turtle
    title: Text
    description: Text

    def file_name(self, slug: str) -> str:
        return self.name.replace("{slug}", slug)


@dataclass(frozen=True, slots=True)
class Release:
    issued: dt.date
    modified: dt.date
    previous_version: str | None
    catalog_title: Text
    catalog_description: Text
    themes: tuple[str, ...]
    frequency: str
    sparql_endpoint: str | None
    agent_types: dict[str, str]
    hosting: str | None
    sections: tuple[str, ...]
    files: tuple[FileInfo, ...]

    def file_info(self, slug: str) -> dict[str, FileInfo]:
        """The files by their published name."""
        return {info.file_name(slug): info for info in self.files}


def release_path() -> Path:
    return data_dir("catalog") / "release.yaml"


def _code(obj: Fields, value: object, key: str) -> str:
    if not isinstance(value, str) or not _CODE.fullmatch(value):
        raise obj.error(
            f"'{key}' must hold codes of a controlled vocabulary (EU authority table, ADMS), found {value!r}",
            key,
        )
    return value


def load_release(path: Path | None = None) -> Release:
    """Read ``catalog/release.yaml`` (or ``path``); a mistake is a one-line :class:`SourceError`."""
    path = path or release_path()
    mapping, _ = parse_yaml(path)
    obj = Fields(path, mapping, "the release settings", _KEYS)
    catalog = obj.obj("catalog", "the catalogue", ("title", "description"))
    raw_agents = obj.map.get("agent_types")
    agent_keys = tuple(raw_agents) if isinstance(raw_agents, dict) else ()
    agents = obj.obj("agent_types", "the agent types", agent_keys, required=False)
    agent_types: dict[str, str] = {}
    if agents is not None:
        agent_types = {key: _code(obj, value, "agent_types") for key, value in agents.map.items()}
    files = tuple(
        FileInfo(
            name=o.string("name"),
            format=_code(o, o.string("format"), "format"),
            media_type=o.string("media_type"),
            title=o.text("title"),
            description=o.text("description"),
        )
        for _, o in obj.objects("files", "published file", _FILE_KEYS)
    )
    names = [info.name for info in files]
    if len(set(names)) != len(names):
        raise obj.error("a file is described twice in 'files'", "files")
    for info in files:
        if info.title.en is None or info.description.en is None:
            raise obj.error(f"file {info.name}: give the title and description in ja and en", "files")
    return Release(
        issued=obj.date("issued"),
        modified=obj.date("modified"),
        previous_version=obj.string("previous_version", required=False),
        catalog_title=catalog.text("title"),
        catalog_description=catalog.text("description"),
        themes=tuple(_code(obj, value, "themes") for value in obj.seq("themes")),
        frequency=_code(obj, obj.string("frequency"), "frequency"),
        sparql_endpoint=obj.string("sparql_endpoint", required=False),
        agent_types=agent_types,
        hosting=obj.string("hosting", required=False),
        sections=tuple(str(value) for value in obj.seq("sections")),
        files=files,
    )


def check_described(release: Release, slug: str, published: set[str]) -> None:
    """Every published file is described in the release settings, and every description is published."""
    described = set(release.file_info(slug))
    missing, extra = sorted(published - described), sorted(described - published)
    if missing or extra:
        parts = []
        if missing:
            parts.append(msg("release.files_missing", names=", ".join(missing)))
        if extra:
            parts.append(msg("release.files_extra", names=", ".join(extra)))
        raise ExportError(
            msg("release.files_out_of_date", file=release_path(), what="; ".join(str(part) for part in parts))
        )
