"""The broken revisions of tests/revisions/broken/: read a case and write the revised plan it describes.

A case is a YAML file (see tests/revisions/broken/README.md): ``kind: yaml`` with a ``diff`` of the bundled
plan source (a unified diff whose hunks are found by their text, not by line numbers), or ``kind: turtle``
with a SPARQL ``update`` of the bundled plan's graph; and ``expect``, the findings it must yield.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from rdflib import Graph

from kizuna_graph.plan.build import build_graph
from kizuna_graph.plan.source import load_plan
from kizuna_graph.terms.iris import DEFAULT_BASE
from kizuna_graph.terms.namespaces import sparql_prefixes
from kizuna_graph.validate.shacl import Finding, Subject

ROOT = Path(__file__).resolve().parents[1]
BUNDLED = ROOT / "plans" / "isesaki-3.yaml"
BROKEN = Path(__file__).parent / "revisions" / "broken"

#: (severity, focus, path, component, value, shape): a finding as a case states it, IRIs relative to the
#: base; the shape only for SHACL-SPARQL findings, whose component alone does not say which check it was.
Key = tuple[str, str, str | None, str, str | None, str | None]

_MIN_COUNT = "sh:MinCountConstraintComponent"
_SPARQL = "sh:SPARQLConstraintComponent"

#: The four warnings of the bundled plan itself, which every case has too unless it ``resolves`` them.
BUNDLED_WARNINGS: tuple[Key, ...] = (
    (
        "warning",
        "plans/isesaki/3/measure/enriching-learning-opportunities",
        "kz:hasAction/kz:actor",
        _MIN_COUNT,
        None,
        None,
    ),
    (
        "warning",
        "plans/isesaki/3/measure/strengthening-accessible-consultation-support",
        "kz:hasAction/kz:actor",
        _MIN_COUNT,
        None,
        None,
    ),
    (
        "warning",
        "plans/isesaki/3",
        "skos:prefLabel",
        "sh:SPARQLConstraintComponent",
        "plans/isesaki/3/action/promoting-formation-local-communities",
        "kzsh:TitleRepeatShape",
    ),
    (
        "warning",
        "plans/isesaki/3",
        "skos:prefLabel",
        "sh:SPARQLConstraintComponent",
        "plans/isesaki/3/action/strengthening-welfare-services",
        "kzsh:TitleRepeatShape",
    ),
)


@dataclass(frozen=True)
class Case:
    name: str
    breaks: str
    kind: str
    spec: dict[str, Any]

    def expected(self) -> list[Key]:
        stated = [_key_of(entry) for entry in self.spec.get("expect") or []]
        resolved = {_key_of(entry) for entry in self.spec.get("resolves") or []}
        return sorted([*stated, *(w for w in BUNDLED_WARNINGS if w not in resolved)], key=str)

    def write(self, folder: Path) -> Path:
        """Write the revised plan into ``folder`` and return its path."""
        if self.kind == "yaml":
            text = apply_diff(BUNDLED.read_text(encoding="utf-8"), self.spec["diff"], self.name)
            path = folder / "isesaki-3.yaml"
            path.write_text(text, encoding="utf-8")
            sources = folder / "sources"
            if not sources.exists():
                sources.symlink_to(BUNDLED.parent / "sources", target_is_directory=True)
            return path
        graph = Graph()
        for triple in build_graph(load_plan(BUNDLED)).graph:
            graph.add(triple)
        before = set(graph)
        graph.update(f"BASE <{DEFAULT_BASE}>\n{sparql_prefixes()}{self.spec['update']}")
        assert set(graph) != before, f"case {self.name}: the update changed nothing in the bundled graph"
        path = folder / f"{self.name}.ttl"
        graph.serialize(path, format="turtle", encoding="utf-8")
        return path


def load_cases() -> list[Case]:
    cases = []
    for path in sorted(BROKEN.glob("*.yaml")):
        spec = yaml.safe_load(path.read_text(encoding="utf-8"))
        cases.append(Case(name=path.stem, breaks=spec["breaks"], kind=spec["kind"], spec=spec))
    return cases


def apply_diff(text: str, diff: str, name: str) -> str:
    """Apply a unified diff by content: each hunk's old lines must occur exactly once in ``text``."""
    hunks: list[tuple[list[str], list[str]]] = []
    for line in diff.splitlines():
        if line.startswith(("--- ", "+++ ")):
            continue
        if line.startswith("@@"):
            hunks.append(([], []))
            continue
        old, new = hunks[-1]
        if line.startswith("-"):
            old.append(line[1:])
        elif line.startswith("+"):
            new.append(line[1:])
        else:  # context; YAML keeps an empty context line as ""
            old.append(line[1:])
            new.append(line[1:])
    for old, new in hunks:
        before, after = "\n".join(old) + "\n", "\n".join(new) + "\n"
        count = text.count(before)
        assert count == 1, f"case {name}: a hunk matches the bundled plan {count} times, not once:\n{before}"
        text = text.replace(before, after)
    return text


def relative(node: object) -> str:
    text = str(node)
    return text[len(DEFAULT_BASE) :] if text.startswith(DEFAULT_BASE) else text


def key(finding: Finding) -> Key:
    value = relative(finding.value.node) if isinstance(finding.value, Subject) else None
    shape = finding.shape if finding.component == _SPARQL else None
    return (finding.severity, relative(finding.focus.node), finding.path, finding.component, value, shape)


def _key_of(entry: dict[str, Any]) -> Key:
    return (
        entry["severity"],
        entry["focus"],
        entry.get("path"),
        entry["component"],
        entry.get("value"),
        entry.get("shape"),
    )
