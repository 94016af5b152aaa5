"""One line a finding, `path:line:col: severity rule-id message`: the form ruff (`concise`),
yamllint (`parsable`) and Vale (`line`) print, which grep, editors' problem matchers and CI logs
read. The last line is the summary. A notebook's position names the cell, as ruff's does
(`seminar.ipynb:cell 3:2:1: ...`); a message is always one line. Never wrapped; coloured only
when asked (`--color always`, FORCE_COLOR, or a terminal).
"""

from __future__ import annotations

from typing import Iterable, Iterator

from glfcheck.render.layout import Line, Piece, render as lay_out
from glfcheck.render.words import summary_line
from glfcheck.results import DocumentReport, Finding, summary

STYLES = {"error": "bold red", "warning": "bold yellow", "info": "bold cyan"}


def line(f: Finding) -> Line:
    where = f"cell {f.cell}:{f.line}:{f.column}" if f.cell else f"{f.line}:{f.column}"
    message = " ".join(f.message.split())
    return Line(body=(Piece(f.path, "bold"), Piece(f":{where}: "), Piece(f.severity, STYLES[f.severity]),
                      Piece(" "), Piece(f.rule, "dim"), Piece(f" {message}")))


def render(reports: Iterable[DocumentReport], *, color: bool = False) -> str:
    """Read once, in order, like lint_text's: each file is written as its findings come."""
    return lay_out(_lines(reports), color=color)


def _lines(reports: Iterable[DocumentReport]) -> Iterator[Line]:
    findings = []
    files = 0
    for report in reports:
        files += 1
        findings.extend(report.findings)
        yield from map(line, report.findings)
    yield Line(body=(Piece(summary_line(files, summary(findings))),))
