"""The static site (exports/site/): fresh, every internal link resolves, and in a real browser (Debian's
chromium with chromedriver, driven by Selenium) Japanese text renders in a Japanese font, the language switch
works, the search finds 見守り and no request leaves the file system.

Screenshots of the plan page and of a measure page are kept in ``tests/artifacts/`` (git-ignored).
"""

from __future__ import annotations

import json
import shutil
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SKOS

from kizuna_graph.terms.namespaces import KZ

ROOT = Path(__file__).resolve().parents[1]
SITE = ROOT / "exports" / "site"
ARTIFACTS = Path(__file__).parent / "artifacts"
BASE = "https://w3id.org/kizuna-graph/"


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.lang: str | None = None
        self.jsonld = 0
        self.h1 = 0
        self.viewport = False
        self.skip_link = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "html":
            self.lang = values.get("lang")
        if tag == "script" and values.get("type") == "application/ld+json":
            self.jsonld += 1
        self.h1 += tag == "h1"
        self.viewport |= tag == "meta" and values.get("name") == "viewport"
        self.skip_link |= tag == "a" and values.get("href") == "#main"
        for key in ("href", "src"):
            if values.get(key):
                self.links.append(str(values[key]))


def _page(graph: Graph, kind: URIRef) -> str:
    node = sorted(s for s in graph.subjects(RDF.type, kind) if str(s).startswith(BASE))[0]
    return str(node)[len(BASE) :] + ".html"


def test_every_internal_link_resolves_and_every_page_has_a_twin() -> None:
    pages = sorted(SITE.rglob("*.html"))
    assert len(pages) > 300
    broken = []
    for page in pages:
        parser = _Links()
        parser.feed(page.read_text(encoding="utf-8"))
        relative = page.relative_to(SITE).as_posix()
        assert parser.viewport, f"{relative}: no viewport (phones would zoom out)"
        if relative != "index.html":
            assert parser.lang in ("ja", "en"), relative
            assert parser.h1 == 1 and parser.skip_link, f"{relative}: one h1 and a skip link"
            twin = SITE / ("en" if parser.lang == "ja" else "ja") / relative.split("/", 1)[1]
            assert twin.is_file(), f"{relative} has no twin"
        for link in parser.links:
            parts = urlsplit(link)
            if parts.scheme or link.startswith("#"):
                continue
            target = (page.parent / unquote(parts.path)).resolve()
            if not target.exists():
                broken.append(f"{relative} → {link}")
    assert broken == []


def test_every_resource_page_embeds_its_json_ld(graph: Graph) -> None:
    measure = _page(graph, KZ.Measure)
    parser = _Links()
    text = (SITE / "ja" / measure).read_text(encoding="utf-8")
    parser.feed(text)
    assert parser.jsonld == 1
    embedded = text.split('<script type="application/ld+json">', 1)[1].split("</script>", 1)[0]
    data = Graph().parse(data=embedded, format="json-ld")
    iri = URIRef(BASE + measure.removesuffix(".html"))
    assert set(graph.triples((iri, None, None))) <= set(data)
    # beyond the plan's own triples only the project's classification (dcterms:subject, from the analysis)
    assert {p for _, p, _ in set(data) - set(graph)} == {URIRef("http://purl.org/dc/terms/subject")}
    assert json.loads(embedded)["@id"] == str(iri)


class _LinkTexts(HTMLParser):
    """The text of each link, by its target."""

    def __init__(self) -> None:
        super().__init__()
        self.texts: dict[str, str] = {}
        self._href: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            self._href = dict(attrs).get("href")

    def handle_data(self, data: str) -> None:
        if self._href is not None:
            self.texts[self._href] = self.texts.get(self._href, "") + data

    def handle_endtag(self, tag: str) -> None:
        if tag == "a":
            self._href = None


@pytest.mark.parametrize(("lang", "name"), [("ja", "第２期計画"), ("en", "Edition 2 of the plan")])
def test_the_plan_page_names_the_edition_it_revises(lang: str, name: str) -> None:
    """The 2nd plan has no page and no title in the data, only the name the 3rd gives it (skos:altLabel)."""
    parser = _LinkTexts()
    parser.feed((SITE / lang / "plans" / "isesaki" / "3.html").read_text(encoding="utf-8"))
    assert parser.texts[BASE + "plans/isesaki/2"].strip() == name
    described = Graph().parse(SITE / "data" / "plans" / "isesaki" / "3.ttl")
    assert Literal(name, lang=lang) in set(described.objects(URIRef(BASE + "plans/isesaki/2"), SKOS.altLabel))


# --- in a browser -----------------------------------------------------------------------------------------


def _driver():  # type: ignore[no-untyped-def]
    chromium, chromedriver = shutil.which("chromium"), shutil.which("chromedriver")
    if chromium is None or chromedriver is None:
        pytest.skip("chromium and chromedriver are not installed: apt-get install chromium chromium-driver")
    selenium = pytest.importorskip("selenium", reason="selenium is not installed (pip install '.[test]')")
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    options = Options()
    options.binary_location = chromium
    for argument in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--window-size=1100,1400",
        "--lang=ja",
    ):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    assert selenium
    from selenium import webdriver

    return webdriver.Chrome(service=Service(chromedriver), options=options)


@pytest.fixture(scope="module")
def browser():  # type: ignore[no-untyped-def]
    driver = _driver()
    yield driver
    driver.quit()


def _requests(driver) -> list[str]:  # type: ignore[no-untyped-def]
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def _fonts(driver, selector: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The fonts the browser really drew the element's text with (DevTools CSS.getPlatformFontsForNode)."""
    driver.execute_cdp_cmd("DOM.enable", {})
    driver.execute_cdp_cmd("CSS.enable", {})
    root = driver.execute_cdp_cmd("DOM.getDocument", {"depth": -1})["root"]["nodeId"]
    node = driver.execute_cdp_cmd("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
    fonts = driver.execute_cdp_cmd("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
    return [font["familyName"] for font in fonts]


def test_the_plan_page_renders_japanese_in_a_japanese_font(browser, graph: Graph) -> None:  # type: ignore[no-untyped-def]
    plan = next(s for s in graph.subjects(KZ.hasGoal, None))
    page = SITE / "ja" / (str(plan)[len(BASE) :] + ".html")
    browser.get(page.as_uri())
    heading = browser.find_element("css selector", "h1")
    assert heading.text == "いせさき絆づくりプラン"
    fonts = _fonts(browser, "h1")
    assert fonts and all(any(cjk in f for cjk in ("CJK", "IPA", "Takao", "VL ")) for f in fonts), fonts
    ARTIFACTS.mkdir(exist_ok=True)
    browser.save_screenshot(str(ARTIFACTS / "plan-page.png"))
    print(f"screenshot: {ARTIFACTS / 'plan-page.png'} (fonts: {fonts})")
    assert all(url.startswith("file://") for url in _requests(browser))


def test_a_measure_page_switches_language(browser, graph: Graph) -> None:  # type: ignore[no-untyped-def]
    measure = next(graph.objects(None, KZ.listedMeasure))  # the measure the project reads as listed twice
    local = str(measure)[len(BASE) :] + ".html"
    browser.get((SITE / "ja" / local).as_uri())
    assert browser.find_element("tag name", "html").get_attribute("lang") == "ja"
    ARTIFACTS.mkdir(exist_ok=True)
    browser.save_screenshot(str(ARTIFACTS / "measure-page.png"))
    browser.find_element("id", "language-switch").click()
    assert browser.current_url == (SITE / "en" / local).as_uri()
    assert browser.find_element("tag name", "html").get_attribute("lang") == "en"
    english = [
        str(o)
        for o in graph.objects(measure, URIRef("http://www.w3.org/2004/02/skos/core#prefLabel"))
        if o.language == "en"
    ]
    assert browser.find_element("css selector", "h1").text == english[0]
    browser.find_element("id", "language-switch").click()
    assert browser.current_url == (SITE / "ja" / local).as_uri()
    assert all(url.startswith("file://") for url in _requests(browser))


def test_the_search_finds_mimamori(browser) -> None:  # type: ignore[no-untyped-def]
    browser.get((SITE / "ja" / "search.html").as_uri())
    box = browser.find_element("id", "search")
    box.send_keys("見守り")
    results = browser.find_elements("css selector", "#search-results a")
    assert len(results) >= 3
    assert all("見守り" in r.text for r in results)
    first = results[0].get_attribute("href")
    results[0].click()
    assert browser.current_url == first and "見守り" in browser.find_element("css selector", "h1").text
    assert all(url.startswith("file://") for url in _requests(browser))
