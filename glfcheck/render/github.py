"""GitHub Actions workflow commands (`::error file=...::message`), escaped as the runner expects.

Data (the message) escapes `%`, CR and LF; property values (file, title) also escape `:` and `,`.
Notebook findings carry no line: their positions are inside a cell, which the runner cannot
show, so the cell, line and column go into the message instead.
"""

from __future__ import annotations

from typing import Sequence

from glfcheck.render.words import stance_word, summary_line
from glfcheck.results import DocumentReport, Finding, summary

LEVELS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(f: Finding) -> str:
    props = [f"file={escape_property(f.path)}"]
    message = f.message
    if f.cell:
        message = f"cell {f.cell}, line {f.line}, column {f.column}: {message}"
    else:
        props += [f"line={f.line}", f"col={f.column}", f"endLine={f.end_line}", f"endColumn={f.end_column}"]
    props.append(f"title={escape_property(f'glfcheck {f.rule}')}")
    if f.suggestion:
        message += f"\nThe sources give: {f.suggestion}"
    for e in f.evidence[:3]:
        message += f"\n{stance_word(e.stance)}: {e.citation}"
    return f"::{LEVELS[f.severity]} {','.join(props)}::{escape_data(message)}"


def render(reports: Sequence[DocumentReport]) -> str:
    findings = [f for r in reports for f in r.findings]
    lines = [command(f) for f in findings]
    lines.append(f"glfcheck: {summary_line(len(reports), summary(findings))}")
    return "\n".join(lines) + "\n"


def step_summary(reports: Sequence[DocumentReport]) -> str:
    """Markdown for $GITHUB_STEP_SUMMARY: counts and a table of the findings."""
    findings = [f for r in reports for f in r.findings]
    out = ["## glfcheck lint", "", summary_line(len(reports), summary(findings)), ""]
    if findings:
        out += ["| file | line | severity | rule | message |", "| --- | --- | --- | --- | --- |"]
        for f in findings:
            where = f"cell {f.cell}:{f.line}" if f.cell else str(f.line)
            msg = f.message.replace("|", "\\|").replace("\n", " ")
            out.append(f"| {f.path} | {where} | {f.severity} | {f.rule} | {msg} |")
    return "\n".join(out) + "\n"
