"""The approval report: one self-contained HTML page, printable on A4, and its PDF by headless Chromium.

The page is rendered from plain records (:class:`Page`), filled in by :mod:`kizuna_graph.jobs.approval` from a
validation report and a plan comparison; the layout and the print CSS are a template file
(``templates/approval.html``). Nothing on the page is fetched: no script, no stylesheet, font or image from
anywhere; the fonts are the reader's own (a Japanese sans-serif font of the system).
"""

from __future__ import annotations

import html
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from string import Template

from kizuna_graph.errors import KizunaError
from kizuna_graph.messages import Lang, msg, text
from kizuna_graph.resources import data_dir

#: the flags that keep a headless Chromium from reaching the network on its own (updates, sync, metrics…)
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-default-apps",
    "--disable-domain-reliability",
    "--disable-extensions",
    "--disable-sync",
    "--metrics-recording-only",
    "--no-first-run",
    "--no-default-browser-check",
    "--no-pings",
    "--dns-prefetch-disable",
    "--host-resolver-rules=MAP * ~NOTFOUND",
)


@dataclass(frozen=True)
class Finding:
    severity: str  # "violation" | "warning"
    element: str
    where: str
    message: str


@dataclass(frozen=True)
class ChangeRow:
    change: str
    element: str
    old: str
    new: str
    detail: str


@dataclass(frozen=True)
class Page:
    lang: Lang
    title: str
    date: str
    old_name: str
    new_name: str
    old_plan: str
    new_plan: str
    conforms: bool
    violations: int
    warnings: int
    findings: tuple[Finding, ...]
    summary: tuple[tuple[str, int], ...]
    changes: tuple[ChangeRow, ...]
    #: False when the revision has violations: plans are compared only once the revision conforms
    compared: bool = True


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def render_html(page: Page) -> str:
    empty = "report.no_changes" if page.compared else "report.not_compared"
    t = lambda key, **p: _e(text(key, page.lang, **p))  # noqa: E731
    findings = (
        "".join(
            f'<tr class="{_e(f.severity)}"><td>{t("report.severity." + f.severity)}</td><td>{_e(f.element)}</td>'
            f"<td>{_e(f.where)}</td><td>{_e(f.message)}</td></tr>"
            for f in page.findings
        )
        or f'<tr><td colspan="4">{t("report.no_findings")}</td></tr>'
    )
    summary = "".join(f'<tr><td>{_e(name)}</td><td class="n">{n}</td></tr>' for name, n in page.summary)
    changes = (
        "".join(
            f"<tr><td>{_e(c.change)}</td><td>{_e(c.element)}</td><td>{_e(c.old)}</td><td>{_e(c.new)}</td>"
            f"<td>{_e(c.detail)}</td></tr>"
            for c in page.changes
        )
        or f'<tr><td colspan="5">{t(empty)}</td></tr>'
    )
    verdict_key = "report.verdict.ok" if page.conforms else "report.verdict.ng"

    def head(key: str) -> str:
        return "<tr>" + "".join(f"<th>{_e(c)}</th>" for c in text(key, page.lang).split("|")) + "</tr>"

    template = Template((data_dir("templates") / "approval.html").read_text(encoding="utf-8"))
    return template.substitute(
        lang=page.lang,
        title=_e(page.title),
        heading=t("report.heading"),
        date_label=t("report.date"),
        date=_e(page.date),
        plan_label=t("report.plan"),
        old_label=t("report.old"),
        new_label=t("report.new"),
        old_name=_e(page.old_name),
        new_name=_e(page.new_name),
        old_plan=_e(page.old_plan),
        new_plan=_e(page.new_plan),
        verdict_class="ok" if page.conforms else "ng",
        verdict_heading=t("report.verdict"),
        verdict=t(verdict_key, violations=page.violations, warnings=page.warnings),
        findings_heading=t("report.findings"),
        findings_head=head("report.findings_head"),
        findings=findings,
        summary_heading=t("report.summary"),
        summary=summary or f'<tr><td colspan="2">{t(empty)}</td></tr>',
        changes_heading=t("report.changes"),
        changes_head=head("report.changes_head"),
        changes=changes,
        approval_heading=t("report.approval"),
        approval_head=head("report.approval_head"),
        footer=t("report.footer"),
    )


def chromium() -> str | None:
    """The headless browser, if one is installed (Debian's ``chromium``, or Chrome)."""
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    return None


def print_pdf(page_html: Path, pdf: Path, *, browser: str | None = None) -> None:
    """Print ``page_html`` to ``pdf`` (A4, from the page's print CSS) with headless Chromium, offline."""
    browser = browser or chromium()
    if browser is None:
        raise KizunaError(msg("report.no_chromium"))
    with tempfile.TemporaryDirectory() as profile:
        run = subprocess.run(
            [
                browser,
                *CHROMIUM_FLAGS,
                f"--user-data-dir={profile}",
                "--no-pdf-header-footer",
                f"--print-to-pdf={pdf}",
                page_html.resolve().as_uri(),
            ],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    if run.returncode != 0 or not pdf.is_file():
        last = (run.stderr.strip().splitlines() or ["?"])[-1]
        raise KizunaError(msg("report.pdf_failed", reason=last))
