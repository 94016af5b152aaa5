"""Lint findings for people: grouped by file, one finding a paragraph, colour on a terminal.

Each finding is a head line (position, severity, message and rule) and its details indented
under it: the sentence, what the sources give and the works behind it, each work once, with its
stance in plain words. Wrapping and colour are render.layout's; user text is never read as markup.
"""

from __future__ import annotations

from typing import Iterable, Iterator

from glfcheck.render.layout import Line, Piece, line, render as lay_out
from glfcheck.render.words import count, stance_word, summary_line
from glfcheck.results import DocumentReport, Finding, summary

STYLES = {"error": "bold red", "warning": "bold yellow", "info": "bold cyan"}
DETAIL = " " * 13  # details start under the severity
EVIDENCE = 3  # works shown with a finding; "(and 2 more works)" counts the rest
STRIP_WIDTH = 70  # the estimates strip when lines are not wrapped (not a terminal)


def render(reports: Iterable[DocumentReport], *, color: bool = False, width: int | None = None,
           evidence: int = EVIDENCE) -> str:
    """The report; `reports` is read once, in order, so a lint can hand them over as it makes
    them and each document is rendered while worker processes still check the next ones.
    `width` None: lines are not wrapped (not a terminal)."""
    strip_width = (width or STRIP_WIDTH + len(DETAIL)) - len(DETAIL)
    return lay_out(_lines(reports, evidence, strip_width, color), width=width, color=color)


def _lines(reports: Iterable[DocumentReport], evidence: int, strip_width: int = 0,
           color: bool = False) -> Iterator[Line]:
    findings = []
    files = 0
    for report in reports:
        files += 1
        findings.extend(report.findings)
        if not report.findings:
            continue
        yield line(Piece(report.document.path, "bold underline"))
        for f in report.findings:
            yield from _finding(f, evidence, strip_width, color)
        yield line()
    yield line(summary_line(files, summary(findings)))


def _finding(f: Finding, evidence: int, strip_width: int = 0, color: bool = False) -> Iterator[Line]:
    where = f"cell {f.cell}:{f.line}:{f.column}" if f.cell else f"{f.line}:{f.column}"
    yield line(f.message, "  ", Piece(f.rule, "dim"),
               lead=(f"  {where:<10} ", Piece(f"{f.severity:<8}", STYLES[f.severity]), " "))
    if f.text and f.kind in ("claim", "attribution"):
        yield line(Piece(f.text, "italic"), lead=DETAIL)
    if f.placement is not None:  # where its figure falls among the estimates (issue 17)
        from glfcheck.render.chart import strip

        for drawn in strip(f.placement, width=strip_width or STRIP_WIDTH, ascii=not color):
            yield line(drawn, lead=DETAIL)
    if f.suggestion:
        yield line(Piece("the sources give", "bold"), f" {f.suggestion}", lead=DETAIL)
    works = [e for e in f.evidence if e.citation != f.suggestion]
    for e in works[:evidence]:
        where_in = f", p. {e.locator}" if e.locator else ""
        yield line(e.citation + where_in, lead=f"{DETAIL}{stance_word(e.stance)} ")
    if len(works) > evidence:
        yield line(f"(and {count(len(works) - evidence, 'more work')})", lead=DETAIL)
