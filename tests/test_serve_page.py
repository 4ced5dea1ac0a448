"""The query page of `kizuna serve` in a real browser: headless Chromium, driven by Selenium.

The page (YASGUI, vendored in the package) is loaded from a running server; a bundled question is put in its
editor, run with the page's own button, and its expected answer is found in the results table. Every request
the browser makes goes to the server on loopback: nothing is fetched from the network.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest
from test_serve import serving
from test_site import _driver, _requests

from kizuna_graph.query.library import find_query

#: The bundled question the test asks in the page: one row, its label the answer cell to find.
QUESTION = "council-mimamori-actions"


@pytest.fixture(scope="module")
def endpoint() -> Iterator[str]:
    yield from serving()


@pytest.fixture(scope="module")
def browser():  # type: ignore[no-untyped-def]
    driver = _driver()
    yield driver
    driver.quit()


def test_a_bundled_question_runs_in_the_query_page(browser, endpoint: str) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.support import expected_conditions as ready
    from selenium.webdriver.support.ui import WebDriverWait

    query = find_query(QUESTION)
    with query.expected_path.open(encoding="utf-8", newline="") as stream:
        header, *rows = list(csv.reader(stream))
    label = rows[0][header.index("label")]
    browser.get(endpoint.removesuffix("sparql"))
    wait = WebDriverWait(browser, 30)
    wait.until(ready.presence_of_element_located(("css selector", ".yasqe .CodeMirror")))
    browser.execute_script(
        "document.querySelector('.yasqe .CodeMirror').CodeMirror.setValue(arguments[0]);", query.text
    )
    browser.find_element("css selector", ".yasqe_queryButton").click()
    cell = f"//div[contains(@class, 'yasr')]//table//td[.//text()[contains(., '{label}')]]"
    found = wait.until(ready.presence_of_element_located(("xpath", cell)))
    assert label in found.text
    hosts = {urlsplit(url).netloc for url in _requests(browser) if not url.startswith(("data:", "blob:"))}
    assert hosts == {urlsplit(endpoint).netloc}, "every request goes to the server on loopback"
