"""The one way every command reads a plan file: a YAML source or a published RDF graph → a plan graph.

One rule decides what is an error and what reaches the shapes, whichever command reads the file
(``kizuna validate``, ``build``, ``diff``, ``analyze``):

- **Refused here** (:class:`~kizuna_graph.errors.SourceError`, exit code 2): what cannot be turned into a graph
  at all — a missing, oversized or non-UTF-8 file, RDF/XML, a remote JSON-LD context, YAML syntax, an unknown
  key, a wrong type, a missing required field, an actor in ``actions:`` that is not in ``actors:`` (one error
  at its line with the fix — 社協 is written ``council``, did you mean ``council``? — instead of findings on
  other lines; a typo in the ``actors:`` list itself is reported at that id).
- **Left to the shapes** (``shapes/``): everything about the plan's content — numbers out of sequence or given
  twice, unknown publishers or help types, cross-listings to no measure. The YAML is read with
  ``numbering="lenient"`` so that these reach the graph as written and every command that checks the plan
  (:func:`kizuna_graph.validate.shacl.validate`) reports them all, with their source lines, in one report.

So the same file gets the same verdict from every command: unreadable, does not conform, or conforms.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph, URIRef

from kizuna_graph.errors import SourceError
from kizuna_graph.plan.build import BuildResult, build_graph
from kizuna_graph.plan.model import PlanFile
from kizuna_graph.plan.rdfinput import InputFormat, detect_format, parse_rdf, read_bytes
from kizuna_graph.plan.source import load_plan
from kizuna_graph.terms.iris import DEFAULT_BASE

__all__ = ["LoadedPlan", "load"]


@dataclass(frozen=True)
class LoadedPlan:
    """A plan file read into a graph; ``plan_file`` and ``built`` only for a YAML source."""

    path: Path
    input_format: InputFormat
    graph: Graph
    plan_file: PlanFile | None = None
    built: BuildResult | None = None

    @property
    def locations(self) -> Mapping[URIRef, int]:
        """The source line of each element built from YAML (none for RDF input)."""
        return self.built.locations if self.built is not None else {}

    def source(self) -> tuple[PlanFile, BuildResult]:
        """The plan source's records and build; :class:`SourceError` if the file was RDF, not YAML."""
        if self.plan_file is None or self.built is None:
            raise SourceError(
                self.path, f"is {self.input_format}, not a plan source file: give the plan's .yaml file"
            )
        return self.plan_file, self.built


def load(path: Path | str, *, base: str = DEFAULT_BASE) -> LoadedPlan:
    """Read a plan file (``.yaml``, ``.ttl``, ``.nt``, ``.jsonld``) by the rule of the module docstring."""
    path = Path(path)
    raw = read_bytes(path)
    input_format = detect_format(path, raw)
    if input_format != "yaml":
        return LoadedPlan(path, input_format, parse_rdf(path, raw, input_format))
    plan_file = load_plan(path, numbering="lenient")
    result = build_graph(plan_file, base=base)
    return LoadedPlan(path, input_format, result.graph, plan_file, result)
