"""The analyst's page (GET /) in a real headless Chromium, against a real server.

The browser is Debian's chromium, driven by Playwright through
`executable_path` (see tests/browser).  Where it is missing the browser tests
skip and say why; on CI (CI is set) they fail instead, since `make test`
installs it there.  UPDATE_SCREENSHOT=1 (`make screenshot`) also refreshes
docs/screenshot.png.
"""
from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from browser import PAGE_FILES, find_chromium, launch, page_digest, png_digest, serve, stamp_png, synthetic_timeline
from conftest import ROOT, SEED_REFERENCE_DATE

try:
    from playwright.sync_api import expect
except ImportError:  # the `browser` fixture says why the browser tests skip
    expect = None

SCREENSHOT = ROOT / "docs" / "screenshot.png"
SMALL_TEXT = "The two countries signed the plan on November 23. The Winter Olympics run from February 4-20."


def _unavailable(reason: str):
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI must run the browser tests: `make test` installs what they need)")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser():
    executable = find_chromium()
    if executable is None:
        _unavailable("no chromium on this machine: `make browser` installs Debian's (as root)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:  # pragma: no cover - the test extras install it
        _unavailable("playwright is not installed: `make install` installs the test extras")
    with sync_playwright() as playwright:
        chromium = launch(playwright, executable)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def base_url(app):
    with serve(app) as url:
        yield url


@pytest.fixture
def page(browser, base_url):
    context = browser.new_context(viewport={"width": 1200, "height": 900}, accept_downloads=True)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(base_url + "/")
    yield page
    context.close()
    assert errors == [], "the page's script failed"


def _submit(page, text: str, reference_date: str | None = None) -> None:
    page.fill("#article", text)
    if reference_date:
        page.fill("#reference-date", reference_date)
    page.click("#submit")  # disables the button until the answer is shown
    expect(page.locator("#submit")).to_be_enabled()


def _boxes(page, selector: str) -> list[dict]:
    return page.eval_on_selector_all(selector, """nodes => nodes.map(n => {
        const r = n.getBoundingClientRect(); return {x: r.x, y: r.y, right: r.right, bottom: r.bottom};
    })""")


def _overlapping(boxes: list[dict]) -> list[tuple[dict, dict]]:
    return [
        (a, b)
        for i, a in enumerate(boxes)
        for b in boxes[i + 1:]
        if a["x"] < b["right"] - 0.5 and b["x"] < a["right"] - 0.5 and a["y"] < b["bottom"] - 0.5 and b["y"] < a["bottom"] - 0.5
    ]


# Without a browser.


def test_page_is_html_and_fetches_nothing_from_elsewhere(client):
    response = client.get("/")
    assert response.status_code == 200
    assert response.mimetype == "text/html"
    assert "'self'" in response.headers["Content-Security-Policy"]
    html = response.get_data(as_text=True)
    references = re.findall(r'(?:src|href)="([^"]*)"', html)
    assert references and all(ref.startswith(("/", "#", "data:")) for ref in references), references
    for path in PAGE_FILES:
        # The only absolute URL allowed is the SVG namespace, an identifier never fetched.
        urls = set(re.findall(r"https?://[^\s\"'`)]+", path.read_text(encoding="utf-8")))
        assert urls <= {"http://www.w3.org/2000/svg"}, (path.name, urls)
    for asset in ("timeline.js", "timeline.css"):
        assert f"/static/{asset}" in references
        assert client.get(f"/static/{asset}").status_code == 200


def test_page_offers_a_download_for_each_format_the_api_serves(client):
    from timeline_api.schemas import FORMATS

    offered = re.findall(r'data-format="(\w+)"', client.get("/").get_data(as_text=True))
    assert offered == [fmt for fmt in ("json", "csv", "ics", "timeml") if fmt in FORMATS]


def test_committed_screenshot_shows_the_current_page():
    assert SCREENSHOT.exists(), "no docs/screenshot.png: run `make screenshot`"
    assert png_digest(SCREENSHOT.read_bytes()) == page_digest(), (
        "the page changed since docs/screenshot.png was taken: run `make screenshot` and commit it"
    )


# In the browser.


def test_seed_article_draws_the_olympics_bar_after_the_2001_treaty(page, seed_article, tmp_path):
    _submit(page, seed_article, SEED_REFERENCE_DATE)

    olympics = page.locator(".mark", has_text="Winter Olympics")
    treaty = page.locator(".mark", has_text="2001 ·")
    assert olympics.count() == 1 and treaty.count() == 1
    assert olympics.get_attribute("data-kind") == "range"  # a bar: Feb 4-20, 2022
    assert "Feb 4–20, 2022" in olympics.text_content()
    assert treaty.get_attribute("data-kind") == "coarse"  # a year, drawn as a band
    assert treaty.locator(".shape").bounding_box()["x"] < olympics.locator(".shape").bounding_box()["x"]

    listed = page.locator("#event-list li").all_inner_texts()
    first_treaty = next(i for i, text in enumerate(listed) if text.startswith("2001"))
    first_olympics = next(i for i, text in enumerate(listed) if "Winter Olympics" in text)
    assert first_treaty < first_olympics

    olympics.click()
    detail = page.locator("#detail-body")
    assert "chief guest at the upcoming Winter Olympics from February 4-20." in detail.inner_text()
    assert detail.locator("mark.when").all_inner_texts() == ["February 4-20"]
    assert detail.locator("mark.what").count() == 1
    assert "selected" in olympics.get_attribute("class")
    assert "Winter Olympics" in page.locator("#event-list li.selected").inner_text()

    # No two marks of the seed overlap, nor their labels.
    assert _overlapping(_boxes(page, "#chart .shape")) == []
    assert _overlapping(_boxes(page, "#chart .label")) == []

    page.eval_on_selector("#article", "node => { node.scrollTop = 0; }")
    shot = page.screenshot(full_page=True)
    (tmp_path / "page.png").write_bytes(shot)
    if os.environ.get("UPDATE_SCREENSHOT"):
        SCREENSHOT.parent.mkdir(exist_ok=True)
        SCREENSHOT.write_bytes(stamp_png(shot, page_digest()))


def test_hover_and_keyboard_show_the_evidence(page):
    _submit(page, SMALL_TEXT, SEED_REFERENCE_DATE)
    signed = page.locator(".mark", has_text="Nov 23, 2021")

    signed.hover()
    assert page.locator("#detail-body mark.when").all_inner_texts() == ["November 23"]
    page.locator("h1").hover()
    assert page.locator("#detail-body").inner_text() == ""

    signed.focus()
    page.keyboard.press("Enter")
    assert "selected" in signed.get_attribute("class")
    page.locator("h1").hover()
    assert "The two countries signed the plan on November 23." in page.locator("#detail-body").inner_text()


def test_a_list_item_selects_its_mark(page):
    _submit(page, SMALL_TEXT, SEED_REFERENCE_DATE)
    page.locator("#event-list button", has_text="Winter Olympics").click()
    assert "selected" in page.locator(".mark", has_text="Winter Olympics").get_attribute("class")
    assert page.locator("#detail-body mark.when").all_inner_texts() == ["February 4-20"]


def test_a_dropped_or_opened_file_fills_the_article(page, tmp_path):
    article = tmp_path / "article.txt"
    article.write_text("Opened on March 3, 2020.", encoding="utf-8")
    page.set_input_files("#file", str(article))
    expect(page.locator("#article")).to_have_value("Opened on March 3, 2020.")
    assert page.inner_text("#file-name") == "article.txt"

    page.evaluate("""() => {
        const data = new DataTransfer();
        data.items.add(new File(["Dropped on May 5, 2021."], "dropped.txt", {type: "text/plain"}));
        document.getElementById("drop").dispatchEvent(new DragEvent("drop", {dataTransfer: data, bubbles: true, cancelable: true}));
    }""")
    expect(page.locator("#article")).to_have_value("Dropped on May 5, 2021.")
    assert page.inner_text("#file-name") == "dropped.txt"


def test_no_dated_event_says_so(page):
    _submit(page, "Nothing in this sentence is dated.", SEED_REFERENCE_DATE)
    assert page.inner_text("#status") == "No dated events were found in this article."
    assert page.locator(".mark").count() == 0
    assert page.locator("#event-list li").count() == 0
    assert not page.is_visible("#chart")
    assert not page.is_visible("#chart-controls")
    assert not page.is_visible("#list-heading")
    assert page.is_visible("#downloads")  # the JSON still holds the temporal expressions
    assert not page.is_visible("#problem")


def test_an_api_problem_shows_its_detail(page):
    _submit(page, SMALL_TEXT, SEED_REFERENCE_DATE)
    assert page.is_visible("#result")
    _submit(page, "   ", SEED_REFERENCE_DATE)  # the form takes it; the API says it is blank
    problem = page.locator("#problem")
    assert problem.is_visible()
    assert "422 Unprocessable Entity" in problem.inner_text()
    assert "text: Must not be blank." in problem.inner_text()
    assert not page.is_visible("#result")


@pytest.mark.parametrize(
    "status, content_type, body, shown",
    [
        (500, "application/problem+json",
         json.dumps({"type": "about:blank", "title": "Internal Server Error", "status": 500,
                     "detail": "The server failed to process the request."}),
         "500 Internal Server Error: The server failed to process the request."),
        (502, "text/html", "<h1>Bad gateway</h1>", "The service answered 502"),
    ],
)
def test_a_failed_answer_is_reported(page, status, content_type, body, shown):
    page.route("**/v1/timeline*", lambda route: route.fulfill(status=status, content_type=content_type, body=body))
    _submit(page, SMALL_TEXT)
    assert shown in page.inner_text("#problem")


def test_300_events_stay_readable(page):
    data = synthetic_timeline(300)
    page.route("**/v1/timeline*", lambda route: route.fulfill(
        status=200, content_type="application/json", body=json.dumps(data["timeline"])))
    _submit(page, data["text"])

    assert page.locator("#event-list li").count() == 300
    marks = page.locator("#chart .mark")
    assert sum(len(m.split()) for m in marks.evaluate_all("ns => ns.map(n => n.dataset.events)")) == 300
    assert float(page.get_attribute("#chart svg", "height")) < 600  # thin lanes, not a wall
    assert _overlapping(_boxes(page, "#chart .shape")) == []
    assert _overlapping(_boxes(page, "#chart .label")) == []
    fitted = page.locator("#chart .label").count()
    assert "zoom in" in page.inner_text("#chart-hint")

    for _ in range(4):
        page.click("#zoom-in")
    zoomed = page.locator("#chart .label").count()
    assert zoomed > max(fitted, 100)  # zooming in gives room for labels
    assert float(page.get_attribute("#chart svg", "width")) > 5 * 1100
    assert _overlapping(_boxes(page, "#chart .label")) == []

    page.select_option("#spacing", "linear")
    assert _overlapping(_boxes(page, "#chart .shape")) == []
    page.click("#zoom-fit")
    assert float(page.get_attribute("#chart svg", "width")) < 1200


def test_downloads(page):
    _submit(page, SMALL_TEXT, SEED_REFERENCE_DATE)
    expected_start = {"json": "{", "csv": "event_id,", "ics": "BEGIN:VCALENDAR", "timeml": "<?xml"}
    links = page.locator("#downloads a")
    assert links.count() >= 2
    for index in range(links.count()):
        link = links.nth(index)
        with page.expect_download() as info:
            link.click()
        content = Path(info.value.path()).read_text(encoding="utf-8")
        fmt = link.get_attribute("data-format")
        assert info.value.suggested_filename.startswith("timeline.")
        assert content.startswith(expected_start[fmt]), (fmt, content[:80])
        if fmt == "json":
            assert [e["date"]["value"] for e in json.loads(content)["events"]][-1] == "2022-02-04/2022-02-20"
