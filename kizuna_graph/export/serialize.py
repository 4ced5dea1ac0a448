"""Serialise graphs into the published files, deterministically, and write them atomically.

Every file is rendered in memory first; only when all renderings succeed are they written, each to a
temporary file in the target folder and then renamed over the old one, so a failing build leaves the previous
exports untouched. The same input gives byte-identical files: Turtle from rdflib's sorted serializer,
N-Triples sorted line by line, JSON-LD with its ``@graph`` sorted by ``@id`` and its keys sorted.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import NamespaceManager
from rdflib.plugins.serializers.trig import TrigSerializer
from rdflib.plugins.serializers.turtle import TurtleSerializer
from rdflib.term import Node

from kizuna_graph.errors import ExportError
from kizuna_graph.messages import msg
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


def sorted_json(value: Any) -> Any:
    """JSON with keys sorted and list items in a canonical order: the same data always gives the same bytes."""
    if isinstance(value, dict):
        return {key: sorted_json(value[key]) for key in sorted(value)}
    if isinstance(value, list):
        items = [sorted_json(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True, ensure_ascii=False))
    return value


def _dump_json(document: Any) -> bytes:
    return (json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")


class _RememberedNames(TurtleSerializer):
    """rdflib's Turtle serializer with each IRI's prefixed name (or its lack of one) computed once.

    rdflib caches the prefixed names it finds but not an IRI's lack of one, so every occurrence of an IRI
    with no prefix (all the plan's own IRIs) splits it and searches the namespaces again: a third of the
    serializer's time. The names depend only on the IRI and the bindings, which change only when a
    predicate's namespace gets a generated prefix (``ns1``); the memory is emptied then.
    """

    def reset(self) -> None:
        super().reset()
        self._names: dict[tuple[Node, bool, int], str | None] = {}

    def get_pname(self, uri: Node, gen_prefix: bool = True) -> str | None:
        manager = self.store.namespace_manager
        key = (uri, gen_prefix, id(manager))
        if key in self._names:
            return self._names[key]
        bindings = len(list(manager.namespaces())) if gen_prefix else 0
        name = super().get_pname(uri, gen_prefix)
        if gen_prefix and len(list(manager.namespaces())) != bindings:
            self._names.clear()  # a new prefix: names found without it may be stale
        self._names[key] = name
        return name


def to_turtle(graph: Graph) -> bytes:
    """Turtle from rdflib's serializer (:class:`_RememberedNames`), as ``graph.serialize`` writes it."""
    stream = io.BytesIO()
    _RememberedNames(graph).serialize(stream, base=graph.base, encoding="utf-8")
    return stream.getvalue()


class _SortedTrig(TrigSerializer, _RememberedNames):
    """rdflib's TriG serializer with the graphs in a fixed order: the default graph, then by name.

    (The stock serializer takes them from a set, so its bytes would change from run to run.)
    """

    def __init__(self, store: Dataset) -> None:  # no super().__init__: it calls the deprecated contexts()
        default = store.default_graph
        named = [graph for graph in store.graphs() if graph.identifier != default.identifier]
        self.contexts = [default, *sorted(named, key=lambda graph: str(graph.identifier))]
        self.default_context = default.identifier
        TurtleSerializer.__init__(self, store)


def to_trig(default: Graph, named: Mapping[URIRef, Graph]) -> bytes:
    """TriG: ``default`` as the default graph, then each graph of ``named`` under its name, sorted by name.

    Written by rdflib's TriG serializer from a :class:`~rdflib.Dataset`, so that text is escaped by the
    library, never cut and pasted.
    """
    dataset = Dataset()
    dataset.namespace_manager = NamespaceManager(dataset, bind_namespaces="none")
    for prefix, namespace in default.namespaces():
        dataset.bind(prefix, namespace)
    dataset.default_graph.addN((s, p, o, dataset.default_graph) for s, p, o in default)
    for name, graph in sorted(named.items()):
        target = dataset.graph(name)
        target.addN((s, p, o, target) for s, p, o in graph)
    stream = io.BytesIO()
    _SortedTrig(dataset).serialize(stream, encoding="utf-8")
    return stream.getvalue()


# Characters that end a line somewhere (str.splitlines, editors, rapper) or that the N-Triples grammar
# (https://www.w3.org/TR/n-triples/#grammar-production-STRING_LITERAL_QUOTE) or a reader may choke on:
# every control character and the Unicode line and paragraph separators, written as \uXXXX escapes.
_NT_ESCAPES = {
    code: f"\\u{code:04X}"
    for code in [*range(0x20), 0x7F, *range(0x80, 0xA0), 0x2028, 0x2029]
    if code != 0x0A
}


def to_ntriples(graph: Graph) -> bytes:
    """Sorted N-Triples, one triple a line: lines split on line feeds only, other breaks escaped."""
    text = graph.serialize(format="nt", encoding="utf-8").decode("utf-8").translate(_NT_ESCAPES)
    lines = sorted({line for line in text.split("\n") if line.strip()})
    return "".join(line + "\n" for line in lines).encode("utf-8")


def to_jsonld(graph: Graph) -> bytes:
    """Compact JSON-LD with the context embedded (nothing to fetch)."""
    context = jsonld_context()
    document = json.loads(graph.serialize(format="json-ld", context=context, auto_compact=True))
    if "@graph" not in document:  # a single node
        document = {"@context": document.pop("@context"), "@graph": [document]}
    nodes = sorted((sorted_json(node) for node in document["@graph"]), key=lambda node: node["@id"])
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


#: Permissions of every written file: world-readable, as published files are (mkstemp would make 0600).
FILE_MODE = 0o644

# A temporary file of write_atomic: .NAME.PID.RANDOM.tmp (new content) or .NAME.PID.RANDOM.old (a backup of
# the previous file); files of the earlier form .NAME.RANDOM.tmp are leftovers too.
_TEMPORARY = re.compile(r"\.(?P<name>.+?)\.(?:(?P<pid>\d+)\.)?[A-Za-z0-9_]{8}\.(?:tmp|old)")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def leftovers(out_dir: Path, names: Iterable[str]) -> list[str]:
    """Temporary files of interrupted writes of ``names`` in ``out_dir`` (not those of a running process)."""
    wanted = set(names)
    found = []
    try:
        entries = sorted(os.listdir(out_dir))
    except OSError:
        return []
    for entry in entries:
        match = _TEMPORARY.fullmatch(entry)
        if match and match["name"] in wanted and not (match["pid"] and _alive(int(match["pid"]))):
            found.append(entry)
    return found


def _remove(paths: Iterable[Path]) -> None:
    for path in paths:
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)


def _backup(target: Path, out_dir: Path, name: str) -> Path | None:
    """A hard link (or a copy) of the file now at ``target``, to restore it if the set cannot be completed."""
    if not target.is_file():
        return None
    handle, backup_name = tempfile.mkstemp(prefix=f".{name}.{os.getpid()}.", suffix=".old", dir=out_dir)
    os.close(handle)
    backup = Path(backup_name)
    backup.unlink()
    try:
        os.link(target, backup)
    except OSError:
        shutil.copy2(target, backup)
    return backup


def write_atomic(out_dir: Path, files: Mapping[str, bytes]) -> list[str]:
    """Write ``files`` into ``out_dir`` as one set: afterwards the folder holds all new files or all old ones.

    Each file is written to a temporary file in ``out_dir`` (``.NAME.PID.RANDOM.tmp``, mode :data:`FILE_MODE`)
    and synced; every file it replaces is kept as a hard link (``.NAME.PID.RANDOM.old``); then each is renamed
    into place. If any step fails — an error, Ctrl-C, SIGTERM turned into :class:`KeyboardInterrupt` — the
    files already renamed are put back (or removed where there was none) and every temporary file is removed.
    Leftovers of writes that were killed outright (SIGKILL, power loss) are removed first; their names are
    returned so that the caller can report them.
    """
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ExportError(msg("export.mkdir_failed", out=out_dir, reason=error.strerror)) from None
    cleaned = leftovers(out_dir, files)
    _remove(out_dir / entry for entry in cleaned)
    staged: list[tuple[str, Path]] = []
    backups: dict[str, Path | None] = {}
    renamed: list[str] = []
    try:
        for name, data in sorted(files.items()):
            handle, temp_name = tempfile.mkstemp(prefix=f".{name}.{os.getpid()}.", suffix=".tmp", dir=out_dir)
            staged.append((name, Path(temp_name)))
            with os.fdopen(handle, "wb") as stream:
                os.fchmod(stream.fileno(), FILE_MODE)
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
        for name, _ in staged:
            backups[name] = _backup(out_dir / name, out_dir, name)
        for name, temp in staged:
            os.replace(temp, out_dir / name)
            renamed.append(name)
    except BaseException as error:
        restored = _restore(out_dir, renamed, backups)
        _remove(temp for _, temp in staged)
        _remove(backup for backup in backups.values() if backup is not None)
        if not isinstance(error, OSError):
            raise
        outcome = msg("export.write_restored" if restored else "export.write_partial")
        raise ExportError(
            msg("export.write_failed", out=out_dir, reason=error.strerror, outcome=outcome)
        ) from None
    _remove(backup for backup in backups.values() if backup is not None)
    _sync_folder(out_dir)
    return cleaned


def _restore(out_dir: Path, renamed: list[str], backups: Mapping[str, Path | None]) -> bool:
    """Put back the previous file of each name in ``renamed``; True if all of them are back."""
    complete = True
    for name in renamed:
        backup = backups.get(name)
        try:
            if backup is None:
                (out_dir / name).unlink(missing_ok=True)
            else:
                os.replace(backup, out_dir / name)
        except OSError:
            complete = False
    return complete


def _sync_folder(out_dir: Path) -> None:
    try:
        descriptor = os.open(out_dir, os.O_RDONLY)
    except OSError:
        return
    with contextlib.suppress(OSError):
        os.fsync(descriptor)
    os.close(descriptor)


def stale_files(out_dir: Path, files: Mapping[str, bytes]) -> list[str]:
    """Names of the files that are missing in ``out_dir`` or differ from ``files``, and leftover temporaries."""
    stale = []
    for name, data in sorted(files.items()):
        path = out_dir / name
        if not path.is_file() or path.read_bytes() != data:
            stale.append(name)
    return stale + leftovers(out_dir, files)
