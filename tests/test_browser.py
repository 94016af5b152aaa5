"""The HTML report in a real browser: headless Chromium (Debian's `chromium`) opens it, and the
test checks that the page loads without console errors, that each link of the summary lands on
its finding, and that the screenshot shows the marked words. Without Chromium the test is
skipped with the reason; in CI (.ci/run installs Chromium) a missing browser is a failure."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from glfcheck.documents import reading
from glfcheck.lint.linter import Linter, Options
from glfcheck.render import html
from tests.browser import Chromium, find_chromium, png_pixels

ESSAY = Path(__file__).parent / "fixtures" / "report" / "essay.md"
# The marks' backgrounds in the report's stylesheet (mark.error, mark.warning).
MARK_COLOURS = {"error": (0xFF, 0xD6, 0xD6), "warning": (0xFF, 0xEC, 0xB3)}
NEAR = 12  # colour distance still counted as the mark's (anti-aliasing, sub-pixel text)
MIN_SHARE = 0.25  # of a mark's pixels that must show its colour (the rest is its text and underline)


@pytest.fixture(scope="module")
def chromium():
    executable = find_chromium()
    if executable is None:
        reason = "Debian's chromium is not installed (apt-get install chromium): the HTML report is not opened"
        if os.environ.get("CI") == "true":
            pytest.fail(f"{reason}; .ci/run should have installed it")
        pytest.skip(reason)
    with Chromium(executable) as browser:
        yield browser


@pytest.fixture(scope="module")
def report_url(shipped_checker, tmp_path_factory):
    doc = reading.parse(ESSAY.read_bytes(), "essay.md", "markdown")
    report = Linter(shipped_checker, Options(show=frozenset({"supported"}))).lint_document(doc)
    path = tmp_path_factory.mktemp("report") / "report.html"
    path.write_text(html.render([report]), encoding="utf-8")
    return path.as_uri()


def test_the_report_loads_without_console_errors(chromium, report_url):
    chromium.events.clear()
    chromium.open(report_url)
    assert chromium.evaluate("document.title") == "glfcheck report"
    assert chromium.evaluate("document.querySelectorAll('#summary ol.findings a').length") == 6
    assert chromium.errors() == []


def test_each_summary_link_lands_on_its_finding(chromium, report_url):
    chromium.open(report_url)
    landed = chromium.evaluate("""
        [...document.querySelectorAll('#summary ol.findings a')].map(a => {
            a.click();
            const target = document.querySelector(location.hash);
            const box = target.getBoundingClientRect();
            const note = document.getElementById('n-' + location.hash.slice(3));
            return {href: a.getAttribute('href'), hash: location.hash, top: box.top, tag: target.tagName,
                    text: target.textContent, inEssay: !!target.closest('article'), note: !!note};
        })""")
    height = chromium.evaluate("innerHeight")
    assert len(landed) == 6
    for link in landed:
        assert link["hash"] == link["href"] and link["inEssay"] and link["note"], link
        assert 0 <= link["top"] < height / 2, link  # scrolled to, near the top of the window
    marked = [link["text"] for link in landed if link["tag"] == "MARK"]
    assert marked == ["1970", "80 million", "estimated 45 million", "About 30 million", "375 million tonnes"]


def _share(pixels, colour) -> float:
    return sum(1 for p in pixels if max(abs(a - b) for a, b in zip(p, colour)) <= NEAR) / len(pixels)


def test_the_screenshot_shows_the_marked_words(chromium, report_url):
    chromium.open(report_url)
    boxes = chromium.evaluate("""
        [...document.querySelectorAll('article mark')].map(m => {
            const b = m.getBoundingClientRect();
            return {kind: m.className, text: m.textContent,
                    clip: {x: b.x + scrollX, y: b.y + scrollY, width: b.width, height: b.height}};
        })""")
    assert [box["text"] for box in boxes] == ["1970", "80 million", "estimated 45 million", "About 30 million",
                                              "375 million tonnes"]
    for box in boxes:
        width, height, pixels = png_pixels(chromium.screenshot(box["clip"], full_page=True))
        assert width >= 10 and height >= 10, box
        assert _share(pixels, MARK_COLOURS[box["kind"]]) >= MIN_SHARE, box
    # only the words are marked: the rest of the first sentence, after the mark, is not
    rest = chromium.evaluate("""(() => {
        const mark = document.querySelector('article mark');
        const range = document.createRange();
        range.setStart(document.body, 0);
        range.setStartAfter(mark);
        range.setEndAfter(mark.closest('.s').lastChild);
        const b = range.getBoundingClientRect();
        return {x: b.x + scrollX, y: b.y + scrollY, width: b.width, height: b.height};
    })()""")
    _, _, pixels = png_pixels(chromium.screenshot(rest, full_page=True))
    assert _share(pixels, MARK_COLOURS["error"]) < MIN_SHARE / 5
