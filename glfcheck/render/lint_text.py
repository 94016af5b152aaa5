"""Lint findings for people: grouped by file, one finding a paragraph, rich colour on a terminal.

User text is always escaped, never read as markup.
"""

from __future__ import annotations

import io
from typing import Sequence

from glfcheck.lint import DocumentReport, summary

STYLES = {"error": "bold red", "warning": "bold yellow", "info": "bold cyan"}


def render(reports: Sequence[DocumentReport], *, color: bool = False, width: int = 100,
           evidence: int = 3) -> str:
    from rich.console import Console
    from rich.markup import escape

    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=color, no_color=not color, width=width, highlight=False,
                      soft_wrap=False)
    findings = [f for r in reports for f in r.findings]
    for report in reports:
        if not report.findings:
            continue
        console.print(f"[bold underline]{escape(report.document.path)}[/]")
        for f in report.findings:
            where = f"cell {f.cell}:{f.line}:{f.column}" if f.cell else f"{f.line}:{f.column}"
            console.print(f"  {escape(where):<10} [{STYLES[f.severity]}]{f.severity:<8}[/] {escape(f.message)}  "
                          f"[dim]{escape(f.rule)}[/]")
            if f.text and f.kind in ("claim", "attribution"):
                console.print(f"             [italic]{escape(f.text)}[/]")
            if f.suggestion:
                console.print(f"             [bold]the sources give[/] {escape(f.suggestion)}")
            for e in [e for e in f.evidence if e.citation != f.suggestion][:evidence]:
                where_in = f", p. {e.locator}" if e.locator else ""
                console.print(f"             {escape('[' + e.stance + ']')} {escape(e.citation + where_in)}")
            if len(f.evidence) > evidence:
                console.print(f"             (and {len(f.evidence) - evidence} more works)")
        console.print()
    counts = summary(findings)
    console.print(f"{len(reports)} file(s) checked, " + ", ".join(f"{n} {s}" for s, n in counts.items()))
    return buffer.getvalue()
