"""Read a plan given as RDF (Turtle, N-Triples, TriG, JSON-LD) without touching anything but the named file.

rdflib's parsers are not made for untrusted input: its JSON-LD parser fetches a remote ``@context`` over the
network and reads a relative one from the local disk, and RDF/XML with nested entities (a "billion laughs"
document) takes minutes of CPU. So this module

- checks the path first (missing, a directory, a FIFO or device, larger than :data:`MAX_BYTES`) and reads the
  bytes itself, once, before any parser sees them (:func:`kizuna_graph.plan.files.read_limited`); parsers get
  the bytes, never the path;
- refuses RDF/XML altogether, and a file of unknown extension that declares a ``DOCTYPE`` or an ``ENTITY``;
- parses JSON-LD as JSON first and refuses every ``@context`` that is not written inline (a URL or a file
  name) and every ``@import``, so that rdflib has nothing to fetch or open;
- bounds what a plan can be: at most :data:`MAX_PREFIXES` prefix declarations (rdflib's Turtle parser slows
  down with the square of their number), JSON-LD nested at most 64 deep, at most :data:`MAX_TRIPLES` triples;
- reads a TriG file's default graph (where ``kizuna build`` publishes the asserted plan);
- refuses a graph that holds no plan (an empty file, comments only, an unrelated graph): a plan graph has
  what the shapes target as a plan (a subject of ``kz:hasGoal`` or ``kz:basicIdeal``, or a dataset's
  ``foaf:primaryTopic``).

The format comes from the file extension (:data:`EXTENSIONS`) or, for any other name, from the content.
Every refusal is a :class:`~kizuna_graph.errors.SourceError` with one line saying what to do (exit code 2).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, Literal

from rdflib import Dataset, Graph
from rdflib.namespace import FOAF

from kizuna_graph.errors import SourceError
from kizuna_graph.messages import msg
from kizuna_graph.plan.files import MAX_BYTES, PLAN_TOO_LARGE, read_limited
from kizuna_graph.terms.namespaces import KZ

__all__ = [
    "EXTENSIONS",
    "MAX_BYTES",
    "MAX_PREFIXES",
    "MAX_TRIPLES",
    "detect_format",
    "parse_rdf",
    "read_bytes",
]

InputFormat = Literal["yaml", "turtle", "nt", "trig", "json-ld"]

#: The most prefix declarations accepted (the published Turtle has 11).
MAX_PREFIXES = 200
#: The most triples accepted (the Isesaki plan has 1,700 asserted, 5,600 with what is inferred).
MAX_TRIPLES = 50_000

#: File extensions and the format they name. RDF/XML (.rdf, .owl, .xml) is refused on purpose.
EXTENSIONS: dict[str, InputFormat] = {
    ".yaml": "yaml",
    ".yml": "yaml",
    ".ttl": "turtle",
    ".turtle": "turtle",
    ".nt": "nt",
    ".trig": "trig",
    ".jsonld": "json-ld",
    ".json": "json-ld",
}
_REFUSED_EXTENSIONS = (".rdf", ".owl", ".xml", ".rdfxml")

#: The deepest a JSON-LD document may nest.
_MAX_DEPTH = 64

_PLAN_PATTERNS = ((None, KZ.hasGoal, None), (None, KZ.basicIdeal, None), (None, FOAF.primaryTopic, None))
_NAMES = {"turtle": "Turtle", "nt": "N-Triples", "trig": "TriG", "json-ld": "JSON-LD", "yaml": "YAML"}
_PREFIX = re.compile(rb"^[ \t]*(@prefix|prefix)[ \t]", re.IGNORECASE | re.MULTILINE)
_XML_START = re.compile(rb"\A\s*<(\?xml|!DOCTYPE|rdf:RDF|!--)", re.IGNORECASE)
_DTD = re.compile(rb"<!(DOCTYPE|ENTITY)", re.IGNORECASE)
_YAML_FORMAT = re.compile(rb"^format:\s*\d+\s*$", re.MULTILINE)


def read_bytes(path: Path) -> bytes:
    """The bytes of ``path``, after refusing what is not a readable file of at most :data:`MAX_BYTES`."""
    return read_limited(
        path,
        what=msg("what.plan_file"),
        suffixes=(".yaml", ".ttl", ".nt", ".trig", ".jsonld"),
        too_large=PLAN_TOO_LARGE,
    )


def detect_format(path: Path, raw: bytes) -> InputFormat:
    """The format of a plan file: by extension when it has a known one, else by its first bytes."""
    suffix = path.suffix.lower()
    raw = raw.removeprefix(b"\xef\xbb\xbf")
    # a DOCTYPE or ENTITY is looked for only where the format is not known: in Turtle or JSON-LD "<!ENTITY"
    # can only be text, which no parser expands
    if (
        suffix in _REFUSED_EXTENSIONS
        or _XML_START.match(raw)
        or (suffix not in EXTENSIONS and _DTD.search(raw))
    ):
        raise SourceError(path, msg("rdf.xml_refused"))
    if suffix in EXTENSIONS:
        return EXTENSIONS[suffix]
    head = raw.lstrip()[:1]
    if head in (b"{", b"["):
        return "json-ld"
    if _YAML_FORMAT.search(raw[:4096]):
        return "yaml"
    return "turtle"  # N-Triples is a subset of Turtle


def parse_rdf(path: Path, raw: bytes, input_format: InputFormat) -> Graph:
    """Parse RDF bytes read from ``path``; refuse anything that would make rdflib fetch or open a file."""
    try:
        text = raw.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as error:
        raise SourceError(path, msg("yaml.not_utf8", byte=raw[error.start])) from None
    prefixes = len(_PREFIX.findall(raw))
    if prefixes > MAX_PREFIXES:
        raise SourceError(path, msg("rdf.too_many_prefixes", count=prefixes, limit=MAX_PREFIXES))
    public_id = path.resolve().as_uri()
    if input_format == "json-ld":
        _check_json_ld(path, text)
    try:
        if input_format == "trig":
            dataset = Dataset()
            dataset.parse(data=text, format="trig", publicID=public_id)
            graph = Graph(bind_namespaces="none")
            graph += dataset.default_graph
        else:
            graph = Graph(bind_namespaces="none")
            graph.parse(data=text, format=input_format, publicID=public_id)
    except SyntaxError as error:  # rdflib's BadSyntax (Turtle, N-Triples, TriG)
        line = getattr(error, "lines", None)
        why = getattr(error, "_why", None) or " ".join(str(error).split())
        raise SourceError(
            path,
            msg("rdf.invalid", format=_NAMES[input_format], why=why[:200]),
            line=line + 1 if isinstance(line, int) else None,
        ) from None
    except RecursionError:
        raise SourceError(path, msg("rdf.too_deep", format=_NAMES[input_format])) from None
    except IndexError:  # rdflib's Turtle parser reads past the end of a file cut in a statement
        raise SourceError(
            path, msg("rdf.truncated", format=_NAMES[input_format]), line=len(text.splitlines()) or 1
        ) from None
    except Exception as error:  # every other parser failure is bad input, reported on one line
        message = " ".join(str(error).split())[:200] or type(error).__name__
        raise SourceError(
            path,
            msg("rdf.invalid", format=_NAMES[input_format], why=message),
            line=_line_of_rest(text, str(error)),
        ) from None
    if len(graph) > MAX_TRIPLES:
        raise SourceError(path, msg("rdf.too_many_triples", count=len(graph), limit=MAX_TRIPLES))
    # what the shapes take for a plan (shapes/plan-core.ttl, kzsh:PlanShape): without one they check nothing
    if not any(pattern in graph for pattern in _PLAN_PATTERNS):
        where = msg("rdf.where_default_graph" if input_format == "trig" else "rdf.where_file")
        raise SourceError(path, msg("rdf.no_plan", where=where, count=len(graph)))
    return graph


def _line_of_rest(text: str, error: str) -> int | None:
    """The line of an N-Triples error ``Invalid line: REST``: the first line that ends with what is left of it."""
    rest = error.removeprefix("Invalid line: ").strip()
    if not rest or rest == error.strip():
        return None
    lines = (number for number, line in enumerate(text.splitlines(), start=1) if line.rstrip().endswith(rest))
    return next(lines, None)


def _check_json_ld(path: Path, text: str) -> None:
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise SourceError(path, msg("rdf.invalid", format="JSON", why=error.msg), line=error.lineno) from None
    except RecursionError:
        raise SourceError(path, msg("jsonld.too_deep", limit=_MAX_DEPTH)) from None
    _check_node(path, document, depth=0)


def _check_node(path: Path, node: Any, depth: int) -> None:
    if depth > _MAX_DEPTH:
        raise SourceError(path, msg("jsonld.too_deep", limit=_MAX_DEPTH))
    if isinstance(node, list):
        for item in node:
            _check_node(path, item, depth + 1)
        return
    if not isinstance(node, dict):
        return
    for key, value in node.items():
        if key == "@import":
            raise SourceError(path, msg("jsonld.import"))
        if key == "@context":
            _check_context(path, value)
        _check_node(path, value, depth + 1)


def _check_context(path: Path, context: Any) -> None:
    items = context if isinstance(context, list) else [context]
    for item in items:
        if item is not None and not isinstance(item, dict):
            shown = json.dumps(item, ensure_ascii=False)[:80]
            raise SourceError(path, msg("jsonld.remote_context", context=shown))
