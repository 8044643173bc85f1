"""The web page in a real browser: Debian's chromium driven by Playwright.

The server is started by the test on a free loopback port over a real store; the
browser is launched from ``/usr/bin/chromium`` (Playwright downloads nothing).
Screenshots are kept under ``artifacts/web/``.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from api_support import PWNED_FLAG, XSS_SPEAKER, XSS_TITLE, sample_extractions, serving
from claimwire.api import create_app
from claimwire.settings import Settings
from claimwire.store import open_store

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("CLAIMWIRE_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts" / "web"

if not shutil.which(CHROMIUM):
    pytest.skip(f"no chromium at {CHROMIUM} (apt-get install chromium)", allow_module_level=True)

sync_api = pytest.importorskip("playwright.sync_api")


@pytest.fixture(scope="module")
def server_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    path = tmp_path_factory.mktemp("web") / "web.db"
    with open_store(str(path)) as store:
        for extraction in sample_extractions():
            store.save(extraction)
        with serving(create_app(Settings(db=str(path)), store=store)) as server:
            yield server.url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class Watched:
    """A page that records script errors, CSP violations and requests leaving loopback."""

    def __init__(self, browser: Any, base: str) -> None:
        self.base = base
        self.context = browser.new_context(viewport={"width": 1280, "height": 900})
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.outside: list[str] = []
        self.page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        self.page.on(
            "console",
            lambda msg: self.errors.append(msg.text) if msg.type == "error" else None,
        )
        self.page.on("request", self._request)
        # Count CSP violations from inside the page (they would mean markup got through).
        self.page.add_init_script(
            "window.__csp = [];"
            "document.addEventListener('securitypolicyviolation',"
            " e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));"
        )

    def _request(self, request: Any) -> None:
        url = request.url
        if not (url.startswith(self.base) or url.startswith("data:")):
            self.outside.append(url)

    def open(self, fragment: str) -> Any:
        self.page.goto(f"{self.base}/{fragment}")
        return self.ready()

    def ready(self) -> Any:
        """Wait until the page has rendered the view of its current URL."""
        self.page.wait_for_function(
            "() => { const m = document.querySelector('main');"
            " return m.dataset.ready === 'true' && m.dataset.hash === (location.hash || '#/'); }"
        )
        return self.page

    def shot(self, name: str) -> None:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)

    def assert_clean(self) -> None:
        assert self.page.evaluate(f"window.{PWNED_FLAG}") is None
        assert self.page.evaluate("window.__csp") == []
        assert self.errors == []
        assert self.outside == []


@pytest.fixture
def web(browser: Any, server_url: str) -> Iterator[Watched]:
    watched = Watched(browser, server_url)
    yield watched
    watched.context.close()


def test_overview_shows_map_timeline_and_claims(web: Watched) -> None:
    page = web.open("#/")
    page.wait_for_selector("#claims table")
    page.wait_for_selector("#map .event-marker")
    # Three distinct places carry events: Sudzha, Kharkiv, Kherson.
    assert page.locator("#map .event-marker").count() == 3
    outlines = "#map .leaflet-overlay-pane path:not(.event-marker)"
    page.wait_for_selector(outlines, state="attached")
    assert page.locator(outlines).count() > 200  # the countries of the shipped outlines
    page.wait_for_selector("#timeline svg rect.bar-events")
    assert page.locator("#timeline .bar-hit").count() == 6  # days with events or claims
    rows = page.locator("#claims tbody tr")
    assert rows.count() == 7
    denied = page.locator("#claims .resp-denied")
    assert denied.count() == 1
    assert denied.inner_text() == "Russian Ministry of Defence: denied"
    web.shot("overview")
    web.assert_clean()


def test_filters_narrow_the_claims(web: Watched) -> None:
    page = web.open("#/")
    page.wait_for_selector("#claims table")
    page.select_option("#f-flag", "denial")
    page.click("form.filters button[type=submit]")
    web.ready()
    page.wait_for_selector("#claims table")
    speakers = page.locator("#claims td.speaker").all_inner_texts()
    assert speakers == ["Russian Ministry of Defence"]
    assert "flag=denial" in page.url
    page.fill("#f-speaker", "syniehubov")
    page.select_option("#f-flag", "")
    page.click("form.filters button[type=submit]")
    web.ready()
    page.wait_for_selector("#claims table")
    assert page.locator("#claims td.speaker").all_inner_texts() == ["Oleh Syniehubov"]
    page.fill("#f-speaker", "")
    page.fill("#f-q", "repelled")
    page.click("form.filters button[type=submit]")
    web.ready()
    page.wait_for_selector("#claims table")
    texts = page.locator("#claims td.claim-text").all_inner_texts()
    assert len(texts) == 2
    assert all("repelled" in t for t in texts)
    page.fill("#f-q", "")
    page.select_option("#f-type", "REJECT")
    page.click("form.filters button[type=submit]")
    web.ready()
    page.wait_for_selector("#events table")
    assert page.locator("#events tbody tr").count() == 1
    web.shot("filtered")
    web.assert_clean()


def test_article_view_highlights_every_kind(web: Watched) -> None:
    page = web.open("#/")
    page.wait_for_selector("#claims table")
    page.click(
        "#claims tr[data-article='sudzha-1'][data-claim='c2'] a"
    )  # the Russian denial, in sudzha-1
    web.ready()
    page.wait_for_selector("#article-text mark")
    assert page.locator("#article-title").inner_text() == (
        "Ukraine says it took Sudzha; Moscow denies it"
    )
    text = page.locator("#article-text")
    for kind in ("source", "cue", "content", "place", "date", "quantity", "event", "response"):
        assert text.locator(f"mark.hl-{kind}").count() > 0, kind
    # The text is shown exactly, highlights only wrap it.
    assert text.inner_text().startswith("Ukraine's military said on Tuesday")
    places = text.locator("mark.hl-place").all_inner_texts()
    assert places == ["Sudzha", "Kursk region", "Sudzha"]
    assert text.locator("mark.hl-quantity").inner_text() == "more than 100 prisoners"
    # The claim that was clicked is marked, and hovering shows the details.
    active = text.locator("mark.active")
    assert "repelled" in " ".join(active.all_inner_texts())
    text.locator("mark.hl-date").hover()
    assert "2024-08-13" in page.locator(".span-details").inner_text()
    web.shot("article")
    web.assert_clean()


def test_script_in_article_text_does_not_run(web: Watched) -> None:
    page = web.open("#/article/hostile-1")
    page.wait_for_selector("#article-text mark")
    # The payloads are shown as text, in full ...
    assert page.locator("#article-title").inner_text() == XSS_TITLE
    shown = page.locator("#article-text").inner_text()
    assert f"<script>window.{PWNED_FLAG}='text'</script>" in shown
    assert f"<img src=x onerror=\"window.{PWNED_FLAG}='img'\">" in shown
    # ... and none became an element.
    assert page.locator("main script, main img, main svg[onload], main b").count() == 0
    assert page.locator("#article-text a").count() == 0
    meta = page.locator(".article-meta")
    assert meta.locator("a").count() == 0  # the javascript: URL is not made a link
    page.wait_for_timeout(300)
    web.shot("hostile-article")
    web.assert_clean()
    # The overview shows the same names as text too, on the map's popups as well.
    page = web.open("#/")
    page.wait_for_selector("#claims table")
    assert XSS_SPEAKER in page.locator("#claims td.speaker").all_inner_texts()
    page.wait_for_selector("#map .event-marker")
    for marker in page.locator("#map .event-marker").all():
        marker.click(force=True)
    page.wait_for_timeout(300)
    web.assert_clean()


def test_event_page_shows_sources_for_and_against(web: Watched) -> None:
    page = web.open("#/event/sudzha-1/e1")
    # In this article: Ukraine's claim, and Moscow's denial of it.
    own = page.locator("main > .cards .card")
    assert "Armed Forces of Ukraine" in own.nth(0).inner_text()
    assert "Russian Ministry of Defence: denied" in own.nth(1).inner_text()
    # Across articles: the third outlet corroborates, Moscow's report contradicts.
    summary = page.locator("#cluster-summary").inner_text()
    assert "3 independent" in summary
    corroborating = page.locator("#corroborating").inner_text()
    assert "Ukrainian commanders" in corroborating
    assert "Third Daily" in corroborating
    contradicting = page.locator("#contradicting").inner_text()
    assert "its forces had repelled a Ukrainian attack on Sudzha" in contradicting
    assert "Russian Ministry of Defence" not in corroborating
    assert page.locator("#contradictions li").count() >= 1
    web.shot("event")
    # A source's link leads to that report's own event page.
    page.locator("#contradicting a", has_text="report").first.click()
    web.ready()
    assert page.url.endswith("#/event/sudzha-2/e1")
    page.wait_for_selector("#cluster-summary")
    web.assert_clean()


def test_contradictions_page(web: Watched) -> None:
    page = web.open("#/contradictions")
    page.wait_for_selector("#contradiction-list table")
    assert page.locator('nav a[aria-current="page"]').inner_text() == "Contradictions"
    rows = page.locator("#contradiction-list tbody tr")
    assert rows.count() >= 2
    assert "taken" in rows.first.inner_text() or "denied" in rows.first.inner_text()
    web.shot("contradictions")
    web.assert_clean()


def test_articles_list_leads_to_articles(web: Watched) -> None:
    page = web.open("#/articles")
    page.wait_for_selector("main table")
    titles = page.locator("main tbody td a").all_inner_texts()
    assert titles[:2] == ["Missile strike on Kharkiv", XSS_TITLE]
    assert len(titles) == 5
    page.click("main tbody a >> text=Missile strike on Kharkiv")
    web.ready()
    page.wait_for_selector("#article-text mark")
    # The source "Officials in Kharkiv" holds a place: two stretches, both marked as source.
    source = page.locator("#article-text mark.hl-source").all_inner_texts()
    assert "".join(source).startswith("Officials in Kharkiv")
    assert page.locator("#article-text mark.hl-source.hl-place").inner_text() == "Kharkiv"
    web.assert_clean()


def test_search_and_api_docs_page(web: Watched) -> None:
    page = web.open("#/")
    page.fill("#search-input", "repelled")
    page.press("#search-input", "Enter")
    web.ready()
    page.wait_for_selector("#search-results li")
    assert "Moscow denies" in page.locator("#search-results").inner_text()
    page.goto(f"{web.base}/docs")
    page.wait_for_selector("details.docs-op")
    paths = page.locator("details.docs-op .path").all_inner_texts()
    assert "/api/claims" in paths
    assert "/api/articles" in paths
    web.shot("docs")
    web.assert_clean()
