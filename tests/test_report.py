"""`kizuna report OLD NEW`: one self-contained, printable approval page; its PDF and a screenshot by a real
headless Chromium, kept as test artifacts in build/test-artifacts/ (or $KIZUNA_TEST_ARTIFACTS)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import BUNDLED, ROOT

from kizuna_graph.approval.page import CHROMIUM_FLAGS, chromium
from kizuna_graph.cli import main
from kizuna_graph.jobs.revision import compare_files

MIDTERM = ROOT / "tests" / "revisions" / "valid" / "midterm-review.yaml"
ARTIFACTS = Path(os.environ.get("KIZUNA_TEST_ARTIFACTS", ROOT / "build" / "test-artifacts"))
#: hosts Chromium itself calls (component updates, sign-in) even with background networking disabled; the
#: resolver rule maps every host to NOTFOUND, so these attempts reach nothing, and the page adds none
BROWSER_HOSTS = {"update.googleapis.com", "accounts.google.com", "clients2.google.com", "redirector.gvt1.com"}


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("report") / "report.html"
    assert main(["report", str(BUNDLED), str(MIDTERM), "--out", str(out), "--date", "2026-12-01"]) == 0
    return out


def tbody(html: str, table: str) -> str:
    found = re.search(rf'<table class="{table}">.*?<tbody>(.*?)</tbody>', html, flags=re.S)
    assert found is not None, table
    return found.group(1)


def test_the_page_holds_verdict_findings_and_every_change(page: Path) -> None:
    html = page.read_text(encoding="utf-8")
    assert "<h1>計画改定の確認資料</h1>" in html and "2026-12-01" in html
    assert "改定案は適合しています（違反 0 件、警告 4 件）" in html
    assert tbody(html, "findings").count("<tr") == 4
    changes = compare_files(BUNDLED, MIDTERM).changes
    assert tbody(html, "changes").count("<tr") == len(changes) == 7
    # as the plan prints them: the new 市① of measure 2-1-3 and the 社協 action of a finding
    assert "2-1-3 市① 地域の担い手の発掘と活躍の場づくり" in html
    assert "1-2-3 社協③" in html and "council-3" not in html


def test_the_page_is_self_contained_and_printable_on_a4(page: Path) -> None:
    html = page.read_text(encoding="utf-8")
    assert not re.search(r"\b(src|href)\s*=|url\(|@import|<script|<link|<img|<iframe", html, flags=re.I)
    assert "@page { size: A4;" in html and '<html lang="ja">' in html


def test_a_revision_with_violations_is_reported_and_exits_1(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text(
        BUNDLED.read_text(encoding="utf-8").replace("    end: 2025-03-31\n", "    end: 2019-03-31\n"),
        encoding="utf-8",
    )
    shutil.copytree(ROOT / "plans" / "sources", tmp_path / "sources")
    out = tmp_path / "report.html"
    assert main(["report", str(BUNDLED), str(broken), "--out", str(out), "--lang", "en"]) == 1
    html = out.read_text(encoding="utf-8")
    assert "The revision does not conform (1 violations" in html
    assert '<tr class="violation"><td>violation</td>' in html
    assert "not compared, because the revision has violations" in html


@pytest.mark.skipif(chromium() is None, reason="chromium is not installed (Debian: apt-get install chromium)")
def test_chromium_renders_the_page_offline_to_png_and_pdf(page: Path) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shutil.copy(page, ARTIFACTS / "report.html")
    html = ARTIFACTS / "report.html"
    netlog, png, pdf = ARTIFACTS / "netlog.json", ARTIFACTS / "report.png", ARTIFACTS / "report.pdf"
    for old in (netlog, png, pdf):
        old.unlink(missing_ok=True)
    profile = ARTIFACTS / "profile"
    shutil.rmtree(profile, ignore_errors=True)
    browser = [str(chromium()), *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--hide-scrollbars"]
    subprocess.run(
        [*browser, f"--log-net-log={netlog}", "--window-size=900,2600", f"--screenshot={png}", html.as_uri()],
        capture_output=True,
        timeout=120,
        check=True,
    )
    assert (
        main(["report", str(BUNDLED), str(MIDTERM), "--out", str(html), "--date", "2026-12-01", "--pdf"]) == 0
    )
    shutil.rmtree(profile, ignore_errors=True)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 50_000
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF-") and data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") >= 2
    assert b"NotoSansCJK" in data or b"NotoSansJP" in data or b"IPA" in data, "a Japanese font is embedded"
    urls = set(re.findall(r'"url":"([^"]+)"', netlog.read_text(encoding="utf-8")))
    page_urls = {u for u in urls if u.startswith("file:")}
    hosts = {re.sub(r"^[a-z]+://([^/:]+).*$", r"\1", u) for u in urls - page_urls}
    assert hosts <= BROWSER_HOSTS, f"the page fetched {sorted(hosts - BROWSER_HOSTS)}"
