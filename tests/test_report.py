"""What a lint report shows of issue 17: the wrong words marked, where a figure falls among the
estimates, and an HTML report a teacher can read, print and open offline."""

from __future__ import annotations

from pathlib import Path

import pytest

from glfcheck.documents import reading
from glfcheck.lint.linter import Linter, Options
from glfcheck.render import lint_text

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
    assert "80 million: fits 2 of 20 estimates" in " ".join(text.split())
