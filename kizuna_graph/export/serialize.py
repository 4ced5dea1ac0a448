"""Serialise graphs into the published files, deterministically, and write them atomically.

Every file is rendered in memory first; only when all renderings succeed are they written, each to a
temporary file in the target folder and then renamed over the old one, so a failing build leaves the previous
exports untouched. The same input gives byte-identical files: Turtle from rdflib's sorted serializer,
N-Triples sorted line by line, JSON-LD with its ``@graph`` sorted by ``@id`` and its keys sorted.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from rdflib import Graph, URIRef

from kizuna_graph.errors import ExportError
from kizuna_graph.terms.namespaces import PREFIXES

# Text properties shown in JSON-LD as language maps: {"prefLabel": {"ja": "…", "en": "…"}}
_LANGUAGE_MAPS = {
    "prefLabel": "skos:prefLabel",
    "altLabel": "skos:altLabel",
    "definition": "skos:definition",
    "example": "skos:example",
    "editorialNote": "skos:editorialNote",
    "note": "skos:note",
    "scopeNote": "skos:scopeNote",
    "title": "dcterms:title",
    "alternative": "dcterms:alternative",
    "description": "dcterms:description",
}


def jsonld_context() -> dict[str, Any]:
    """The JSON-LD ``@context`` of every published JSON-LD file (also published as ``context.jsonld``)."""
    context: dict[str, Any] = dict(PREFIXES)
    for term, iri in _LANGUAGE_MAPS.items():
        context[term] = {"@id": iri, "@container": "@language"}
    return context


def _sorted_json(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _sorted_json(value[key]) for key in sorted(value)}
    if isinstance(value, list):
        items = [_sorted_json(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True, ensure_ascii=False))
    return value


def _dump_json(document: Any) -> bytes:
    return (json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")


def to_turtle(graph: Graph) -> bytes:
    return graph.serialize(format="turtle", encoding="utf-8")


def to_trig(default: Graph, named: Mapping[URIRef, Graph]) -> bytes:
    """TriG: ``default`` as the default graph, then each graph of ``named`` under its name, sorted by name."""
    return trig_of_turtle(to_turtle(default), {name: to_turtle(graph) for name, graph in named.items()})


def trig_of_turtle(default: bytes, named: Mapping[URIRef, bytes]) -> bytes:
    """TriG from graphs already rendered by :func:`to_turtle` (so that each is serialized once).

    Each Turtle body goes inside braces, the prefixes of all of them once at the top. (rdflib's own TriG
    serializer orders the graphs by a set, so its bytes change from run to run.)
    """
    prefixes: set[str] = set()
    blocks: list[str] = []
    for name, turtle in [(None, default), *sorted(named.items())]:
        lines = turtle.decode("utf-8").splitlines()
        while lines and (lines[0].startswith("@prefix ") or not lines[0].strip()):
            if lines[0].strip():
                prefixes.add(lines[0])
            lines.pop(0)
        head = "{" if name is None else f"{name.n3()} {{"
        blocks.append(head + "\n" + "\n".join(lines).rstrip() + "\n}\n")
    return ("\n".join(sorted(prefixes)) + "\n\n" + "\n".join(blocks)).encode("utf-8")


def to_ntriples(graph: Graph) -> bytes:
    lines = graph.serialize(format="nt", encoding="utf-8").decode("utf-8").splitlines()
    return "".join(line + "\n" for line in sorted(set(lines)) if line.strip()).encode("utf-8")


def to_jsonld(graph: Graph) -> bytes:
    """Compact JSON-LD with the context embedded (nothing to fetch)."""
    context = jsonld_context()
    document = json.loads(graph.serialize(format="json-ld", context=context, auto_compact=True))
    if "@graph" not in document:  # a single node
        document = {"@context": document.pop("@context"), "@graph": [document]}
    nodes = sorted((_sorted_json(node) for node in document["@graph"]), key=lambda node: node["@id"])
    return _dump_json({"@context": context, "@graph": nodes})


def context_file() -> bytes:
    return _dump_json({"@context": jsonld_context()})


Renderer = Callable[[], bytes]


def render(files: Mapping[str, Renderer]) -> dict[str, bytes]:
    """Render every file in memory; any failure aborts before anything is written."""
    rendered: dict[str, bytes] = {}
    for name, renderer in files.items():
        try:
            rendered[name] = renderer()
        except Exception as error:  # a serializer failing is an export error, not a crash
            raise ExportError(f"cannot render {name}: {error}") from error
    return rendered


def write_atomic(out_dir: Path, files: Mapping[str, bytes]) -> None:
    """Write ``files`` into ``out_dir``: temporary files first, then one rename each."""
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ExportError(f"{out_dir}: cannot create the output folder ({error.strerror})") from None
    staged: list[tuple[str, Path]] = []
    renamed = 0
    try:
        for name, data in sorted(files.items()):
            handle, temp_name = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=out_dir)
            staged.append((name, Path(temp_name)))
            os.chmod(temp_name, 0o644)  # mkstemp makes 0600; published files are world-readable
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
        for name, temp in staged:
            os.replace(temp, out_dir / name)
            renamed += 1
    except OSError as error:
        for _, temp in staged:
            temp.unlink(missing_ok=True)
        outcome = "nothing was replaced" if renamed == 0 else "some files may be old, run again"
        raise ExportError(f"{out_dir}: cannot write the exports ({error.strerror}); {outcome}") from None


def stale_files(out_dir: Path, files: Mapping[str, bytes]) -> list[str]:
    """Names of the files that are missing in ``out_dir`` or differ from ``files``."""
    stale = []
    for name, data in sorted(files.items()):
        path = out_dir / name
        if not path.is_file() or path.read_bytes() != data:
            stale.append(name)
    return stale
