"""What a lint report shows of issue 17: the wrong words marked, where a figure falls among the
estimates, and an HTML report a teacher can read, print and open offline."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from glfcheck.base.estimates import DEFAULT_MEASURE, chart
from glfcheck.base.loader import builtin_root, load_base
from glfcheck.documents import reading
from glfcheck.lint.linter import Linter, Options
from glfcheck.render import html, lint_text

ESSAY = Path(__file__).parent / "fixtures" / "report" / "essay.md"


@pytest.fixture(scope="module")
def report(shipped_checker):
    doc = reading.parse(ESSAY.read_bytes(), "essay.md", "markdown")
    return Linter(shipped_checker, Options(show=frozenset({"supported"}))).lint_document(doc)


def _finding(report, line, column):
    return next(f for f in report.findings if (f.line, f.column) == (line, column))


def test_findings_carry_the_wrong_words_and_the_placement(report):
    year = _finding(report, 3, 1)
    assert year.marks == ("1970",) and year.placement is None
    toll = _finding(report, 3, 53)
    assert toll.marks == ("80 million",) and toll.placement.chart.measure == "famine-deaths"
    assert toll.placement.figure.low == 80_000_000
    contested = _finding(report, 4, 49)
    assert contested.severity == "warning" and contested.marks == ("About 30 million",)
    assert _finding(report, 6, 46).marks == ()  # supported: nothing is wrong


def test_lint_text_shows_the_strip_under_a_contested_figure(report):
    text = lint_text.render([report], width=100)
    assert text.count("on the chart of famine-deaths") == 4  # Coale's 27 million (supported) too
    deaths = chart(load_base([builtin_root()]), DEFAULT_MEASURE)
    assert f"80 million: fits none of the {len(deaths.estimates)} estimates" in " ".join(text.split())


# ------------------------------------------------------------------ the HTML report
class _Page(HTMLParser):
    """Ids, links, marks and tags of a page, to check its structure without a browser."""

    def __init__(self):
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.tags: list[tuple[str, dict]] = []
        self.marks: list[str] = []
        self._in_mark = 0

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.tags.append((tag, attributes))
        if "id" in attributes:
            self.ids.add(attributes["id"])
        if tag == "a" and "href" in attributes:
            self.links.append(attributes["href"])
        if tag == "mark":
            self._in_mark += 1
            self.marks.append("")

    def handle_endtag(self, tag):
        if tag == "mark":
            self._in_mark -= 1

    def handle_data(self, data):
        if self._in_mark:
            self.marks[-1] += data


@pytest.fixture(scope="module")
def page(report):
    return html.render([report])


@pytest.fixture(scope="module")
def parsed(page):
    parser = _Page()
    parser.feed(page)
    return parser


def test_the_summary_comes_first_with_counts_and_links(page, report):
    summary = page[page.index('id="summary"'):page.index("</section>")]
    assert page.index('id="summary"') < page.index("<main>")
    assert "<b>4</b> ✗ conflicting" in summary and "<b>1</b> ~ contested" in summary
    assert "<b>4</b> ✗ errors" in summary and "<b>1</b> ? warning" in summary and "<b>1</b> i note" in summary
    links = re.findall(r'<a href="#(f-\d+)">', summary)
    assert len(links) == len(report.findings) == 6


def test_every_link_of_the_summary_lands_on_its_finding(parsed, page):
    for target in [link[1:] for link in parsed.links if link.startswith("#f-")]:
        assert target in parsed.ids
        number = target.split("-")[1]
        assert f'id="n-{number}"' in page  # and its note


def test_only_the_wrong_words_are_marked(page):
    essay = _Page()
    essay.feed(page[page.index("<article"):page.index("</article>")])
    assert essay.marks == ["1970", "80 million", "estimated 45 million", "About 30 million", "375 million tonnes"]


def test_marks_survive_printing_and_the_page_prints_as_an_annotated_essay(page):
    css = page[page.index("<style>"):page.index("</style>")]
    assert "text-decoration:underline wavy" in css and 'mark.error::before{content:"\\2717"' in css
    assert "@media print" in css and "mark{background:none}" in css
    assert "@media (max-width:600px)" in css


def test_the_notes_say_what_the_sources_say_with_links(page):
    assert "<b>What the sources say:</b> The Great Leap Forward was launched in 1958." in page
    assert '<a href="https://doi.org/10.17226/61">doi.org/10.17226/61</a>' in page  # Coale's book
    assert "<i>supports this</i>" in page and "<i>disputes this</i>" in page


def test_a_self_contained_page_with_a_viewport_and_inline_charts(page, parsed):
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in page
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert "<script" not in page
    for tag, attributes in parsed.tags:  # nothing is fetched: only links a reader follows leave the page
        assert not any(k in ("src", "srcset") or (k == "href" and tag == "link") for k in attributes), tag
    # beside each finding on a figure the sources disagree on (the death tolls, supported ones too,
    # and the grain output of 1958)
    assert page.count('class="strip"') == 5
    deaths = chart(load_base([builtin_root()]), DEFAULT_MEASURE)
    drawn = page[page.index('id="chart-famine-deaths"'):]
    assert drawn[:drawn.index("</svg>")].count('class="estimate"') == len(deaths.estimates)


def test_user_text_is_escaped_in_the_report(shipped_checker):
    doc = reading.parse(b"<b>Mao</b> launched the Great Leap Forward in 1970.\n", "x.txt", "text")
    page = html.render([Linter(shipped_checker).lint_document(doc)])
    assert "&lt;b&gt;Mao&lt;/b&gt;" in page and "<b>Mao</b>" not in page
    assert '<mark class="error" id="f-1">1970</mark>' in page
