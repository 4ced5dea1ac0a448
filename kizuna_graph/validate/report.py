"""Render validation reports: text for a person (ja or en), stable JSON, and the SHACL report in Turtle.

The text report is grouped by plan element, each named by its kind, notation and Japanese label (never a bare
IRI) with ``file:line`` for YAML input; under it, each finding says what is wrong and what to do (the shape's
message), then the technical details (shape, path, constraint component) for whoever edits RDF. JSON is one
document, keys sorted, findings in report order. Turtle is the standard SHACL validation report of pySHACL
with the report and result nodes named by ``urn:uuid:`` IRIs derived from their content (stable across runs)
and each result's ``sh:resultMessage`` in both languages; property paths stay blank nodes, as SHACL's path
syntax requires.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Sequence
from typing import Any
from typing import Literal as TypingLiteral

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, SH
from rdflib.term import Node

from kizuna_graph.terms.labels import Lang, term_name
from kizuna_graph.terms.namespaces import bind_prefixes
from kizuna_graph.validate.shacl import Finding, Report, Subject, check_name, curie, element_id

FailOn = TypingLiteral["violation", "warning"]

JSON_FORMAT = "kizuna-validation-report/1"

_WORDS: dict[str, tuple[str, str]] = {
    "violation": ("違反", "violation"),
    "warning": ("警告", "warning"),
    "info": ("情報", "note"),
    "value": ("値", "value"),
    "undescribed": ("計画に書かれていない要素", "not described in the graph"),
    "details": ("詳細", "details"),
    "element": ("要素", "element"),
    "acknowledge": ("承認するには", "to acknowledge"),
    "acknowledged": (
        "承認済みの警告（計画ファイルの acknowledged_warnings）",
        "Acknowledged warnings (acknowledged_warnings of the plan file)",
    ),
    "reason": ("理由", "reason"),
    "plan": ("計画", "the plan"),
    "first": ("最初の違反", "first"),
    "line": ("{line} 行目", "line {line}"),
}


def passes(report: Report, *, fail_on: FailOn = "violation") -> bool:
    """Whether ``report`` passes: no violation, and with ``fail_on="warning"`` no finding at all."""
    return report.conforms if fail_on == "violation" else not report.findings


def describe(element: Subject, lang: Lang) -> str:
    """``施策 2-3「見守り体制の充実」`` (ja) or ``policy 2-3 「見守り体制の充実」 (Strengthening …)`` (en)."""
    kind = term_name(element.kind, lang) if element.kind is not None else _word("element", lang)
    parts = [kind]
    if lang == "ja" and element.printed:
        parts.append(element.printed)
    elif element.notation:
        parts.append(element.notation)
    label = element.label_ja or element.label_en
    if label is None and element.notation is None:
        tail = "/".join(str(element.node).rstrip("/").split("/")[-2:])
        return (
            f"{tail}（{_word('undescribed', lang)}）"
            if lang == "ja"
            else f"{tail} ({_word('undescribed', lang)})"
        )
    text = " ".join(parts)
    if element.label_ja:
        text += f"「{element.label_ja}」" if lang == "ja" else f" 「{element.label_ja}」"
        if lang == "en" and element.label_en:
            text += f" ({element.label_en})"
    elif label:
        text += f" “{label}”"
    return text


def _word(key: str, lang: Lang) -> str:
    return _WORDS[key][0 if lang == "ja" else 1]


def _value_text(value: Subject | Literal | None, lang: Lang) -> str | None:
    if value is None:
        return None
    if isinstance(value, Subject):
        return describe(value, lang)
    text = str(value)
    return f"「{text}」" if value.language == "ja" or lang == "ja" else f'"{text}"'


def _counts(report: Report, lang: Lang) -> str:
    violations, warnings = len(report.violations), len(report.warnings)
    accepted = len(report.acknowledged)
    if lang == "ja":
        return f"違反 {violations}件、警告 {warnings}件" + (
            f"（ほかに承認済みの警告 {accepted}件）" if accepted else ""
        )
    text = f"{violations} violation{'s' * (violations != 1)}, {warnings} warning{'s' * (warnings != 1)}"
    return text + (f" (and {accepted} acknowledged)" if accepted else "")


def _verdict(report: Report, lang: Lang, fail_on: FailOn) -> str:
    ok = passes(report, fail_on=fail_on)
    if lang == "ja":
        if ok:
            return "計画は適合しています" + (
                "（警告は公開を妨げませんが、確認してください）" if report.findings else ""
            )
        if report.conforms:
            return "警告があるため不合格です（--strict）：警告を確認し、直してください"
        return "計画は適合していません：違反をすべて直してください（`kizuna build` は公開しません）"
    if ok:
        return "the plan conforms" + (
            " (warnings do not stop publication, but check them)" if report.findings else ""
        )
    if report.conforms:
        return "fails because of warnings (--strict): check and fix them"
    return "the plan does not conform: fix every violation (`kizuna build` will not publish it)"


def one_line(report: Report, *, lang: Lang = "en") -> str:
    """A one-line summary naming the first violation, for errors such as ``kizuna build`` refusing."""
    colon, semicolon, (open_, close) = _colon(lang), "；" if lang == "ja" else "; ", _brackets(lang)
    text = f"{report.source or _word('plan', lang)}: {_counts(report, lang)}"
    if report.violations:
        first = report.violations[0]
        line = _word("line", lang).format(line=first.element.line)
        where = f"{open_}{line}{close}" if first.element.line else ""
        text += f"{semicolon}{_word('first', lang)}{colon}{describe(first.element, lang)}{where}{colon}"
        text += first.message(lang)
    return text


def _brackets(lang: Lang) -> tuple[str, str]:
    return ("（", "）") if lang == "ja" else (" (", ")")


def _acknowledgement(finding: Finding, lang: Lang) -> str:
    """What to add to the plan file to accept this warning (``acknowledged_warnings:`` of ``plan:``)."""
    element = element_id(finding.element.node) or finding.element.notation
    entry = f"- {{element: {element}, check: {check_name(finding)}, reason: {{ja: …}}}}"
    if lang == "ja":
        return f"計画書どおりで直さない場合は、plan の acknowledged_warnings に {entry} と理由を書きます"
    return f"if the plan is right as printed, add {entry} with the reason under acknowledged_warnings of plan"


def _colon(lang: Lang) -> str:
    return "：" if lang == "ja" else ": "


def render_text(reports: Sequence[Report], *, lang: Lang = "ja", fail_on: FailOn = "violation") -> str:
    colon = _colon(lang)
    lines: list[str] = []
    for report in reports:
        source = report.source or "-"
        lines.append(f"{source} — {_counts(report, lang)}{colon}{_verdict(report, lang, fail_on)}")
        groups: dict[Node, list[Finding]] = {}
        for finding in report.findings:
            groups.setdefault(finding.element.node, []).append(finding)
        for findings in groups.values():
            element = findings[0].element
            where = f"{source}:{element.line}" if element.line and report.source else source
            lines.extend(["", f"{describe(element, lang)} — {where}"])
            for finding in findings:
                mark = "✗" if finding.severity == "violation" else "△"
                lines.append(f"  {mark} {_word(finding.severity, lang)}{colon}{finding.message(lang)}")
                if not (isinstance(finding.value, Subject) and finding.value.node == element.node):
                    value = _value_text(finding.value, lang)
                    if value is not None:
                        lines.append(f"      {_word('value', lang)}{colon}{value}")
                details = (finding.shape, finding.path or "", finding.component)
                lines.append(f"      {_word('details', lang)}{colon}" + " · ".join(d for d in details if d))
                if finding.severity == "warning" and element.notation and report.source:
                    lines.append(
                        f"      {_word('acknowledge', lang)}{colon}{_acknowledgement(finding, lang)}"
                    )
        if report.acknowledged:
            lines.extend(["", _word("acknowledged", lang)])
            for finding, acknowledgement in report.acknowledged:
                element = finding.element
                reason = acknowledgement.reason.ja if lang == "ja" else acknowledgement.reason.en
                where = f"{source}:{acknowledgement.line}"
                lines.append(f"  ✓ {describe(element, lang)} — {where}")
                lines.append(f"      {_word('reason', lang)}{colon}{reason or acknowledgement.reason.ja}")
        lines.append("")
    return "\n".join(lines)


def _node_json(value: Subject | Literal | None) -> Any:
    if value is None:
        return None
    if isinstance(value, Literal):
        return {
            "literal": str(value),
            "language": value.language,
            "datatype": str(value.datatype) if value.datatype else None,
        }
    return {
        "iri": str(value.node) if isinstance(value.node, URIRef) else None,
        "kind": curie(value.kind) if value.kind is not None else None,
        "notation": value.notation,
        "label": {"ja": value.label_ja, "en": value.label_en},
        "line": value.line,
    }


def report_json(report: Report) -> dict[str, Any]:
    return {
        "source": report.source,
        "conforms": report.conforms,
        "counts": {
            severity: sum(1 for f in report.findings if f.severity == severity)
            for severity in ("violation", "warning", "info")
        },
        "acknowledged": [
            {
                "element": _node_json(f.element),
                "shape": f.shape,
                "reason": {"ja": a.reason.ja, "en": a.reason.en},
                "file": report.source,
                "line": a.line,
            }
            for f, a in report.acknowledged
        ],
        "findings": [
            {
                "severity": f.severity,
                "element": _node_json(f.element),
                "focus": _node_json(f.focus),
                "path": f.path,
                "component": f.component,
                "value": _node_json(f.value),
                "shape": f.shape,
                "message": {"ja": f.message_ja, "en": f.message_en},
                "file": report.source if f.element.line else None,
                "line": f.element.line,
            }
            for f in report.findings
        ],
    }


def render_json(reports: Sequence[Report], *, lang: Lang = "ja", fail_on: FailOn = "violation") -> str:
    document = {
        "format": JSON_FORMAT,
        "passes": all(passes(r, fail_on=fail_on) for r in reports),
        "reports": [report_json(r) for r in reports],
    }
    return json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def report_graph(reports: Sequence[Report]) -> Graph:
    """The SHACL validation reports as one graph, report and result nodes named by content-derived IRIs."""
    out = bind_prefixes(Graph(bind_namespaces="none"))
    out.bind("sh", SH)
    for report in reports:
        source = report.source or ""
        node = URIRef(f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'kizuna-report:' + source)}")
        out.add((node, RDF.type, SH.ValidationReport))
        out.add((node, SH.conforms, Literal(not report.findings)))  # SHACL's meaning: no result at all
        for finding in report.findings:
            value = finding.value.node if isinstance(finding.value, Subject) else finding.value
            parts = (source, finding.focus.node, finding.path or "", finding.component, finding.shape, value)
            key = "|".join(str(part) for part in parts)
            result = URIRef(f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'kizuna-result:' + key)}")
            out.add((node, SH.result, result))
            for predicate, obj in report.results.predicate_objects(finding.result):
                if predicate == SH.resultMessage:
                    continue
                out.add((result, predicate, obj))
                if isinstance(obj, BNode):
                    _copy_blank(report.results, obj, out)
            out.add((result, SH.resultMessage, Literal(finding.message_ja, lang="ja")))
            out.add((result, SH.resultMessage, Literal(finding.message_en, lang="en")))
    return out


def _copy_blank(source: Graph, node: BNode, out: Graph) -> None:
    for predicate, obj in source.predicate_objects(node):
        out.add((node, predicate, obj))
        if isinstance(obj, BNode):
            _copy_blank(source, obj, out)


def render_turtle(reports: Sequence[Report], *, lang: Lang = "ja", fail_on: FailOn = "violation") -> str:
    return report_graph(reports).serialize(format="turtle")


Renderer = Callable[..., str]

#: ``--format`` choices of ``kizuna validate``.
RENDERERS: dict[str, Renderer] = {"text": render_text, "json": render_json, "turtle": render_turtle}


def render(
    reports: Sequence[Report], *, format: str = "text", lang: Lang = "ja", fail_on: FailOn = "violation"
) -> str:
    return RENDERERS[format](reports, lang=lang, fail_on=fail_on)
