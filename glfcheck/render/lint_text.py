"""Lint findings for people: grouped by file, one finding a paragraph, rich colour on a terminal.

User text is always escaped, never read as markup.
"""

from __future__ import annotations

import io
from typing import Callable, Iterable, Iterator

from glfcheck.results import DocumentReport, summary

STYLES = {"error": "bold red", "warning": "bold yellow", "info": "bold cyan"}


def render(reports: Iterable[DocumentReport], *, color: bool = False, width: int = 100,
           evidence: int = 3) -> str:
    """The report; `reports` is read once, in order, so a lint can hand them over as it makes
    them and each document is rendered while worker processes still check the next ones."""
    if color:
        from rich.console import Console

        buffer = io.StringIO()
        console = Console(file=buffer, force_terminal=color, no_color=not color, width=width, highlight=False,
                          soft_wrap=False)
        for _, markup in _lines(reports, evidence, width, color):
            console.print(markup())
        return buffer.getvalue()
    from glfcheck.render.plain import Writer  # the same text without rich's cost

    writer = Writer(width)
    for plain, markup in _lines(reports, evidence, width, color):
        writer.print(plain, markup)
    return writer.getvalue()


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(text)


def _lines(reports: Iterable[DocumentReport], evidence: int, width: int = 100,
           color: bool = False) -> Iterator[tuple[str, Callable[[], str]]]:
    """Each printed line: its plain text, and a function making it as rich markup."""
    findings = []
    files = 0
    for report in reports:
        files += 1
        findings.extend(report.findings)
        if not report.findings:
            continue
        path = report.document.path
        yield path, lambda: f"[bold underline]{_escape(path)}[/]"
        for f in report.findings:
            where = f"cell {f.cell}:{f.line}:{f.column}" if f.cell else f"{f.line}:{f.column}"
            yield (f"  {where:<10} {f.severity:<8} {f.message}  {f.rule}",
                   lambda f=f, where=where: f"  {_escape(where):<10} [{STYLES[f.severity]}]{f.severity:<8}[/] "
                                            f"{_escape(f.message)}  [dim]{_escape(f.rule)}[/]")
            if f.text and f.kind in ("claim", "attribution"):
                yield f"             {f.text}", lambda f=f: f"             [italic]{_escape(f.text)}[/]"
            if f.placement is not None:  # where its figure falls among the estimates (issue 17)
                from glfcheck.render.chart import strip

                for line in strip(f.placement, width=width - 13, ascii=not color):
                    yield f"             {line}", lambda line=line: f"             {_escape(line)}"
            if f.suggestion:
                yield (f"             the sources give {f.suggestion}",
                       lambda f=f: f"             [bold]the sources give[/] {_escape(f.suggestion)}")
            for e in [e for e in f.evidence if e.citation != f.suggestion][:evidence]:
                where_in = f", p. {e.locator}" if e.locator else ""
                yield (f"             [{e.stance}] {e.citation + where_in}",
                       lambda e=e, where_in=where_in: f"             {_escape('[' + e.stance + ']')} "
                                                      f"{_escape(e.citation + where_in)}")
            if len(f.evidence) > evidence:
                more = f"             (and {len(f.evidence) - evidence} more works)"
                yield more, lambda more=more: more
        yield "", lambda: ""
    counts = summary(findings)
    total = f"{files} file(s) checked, " + ", ".join(f"{n} {s}" for s, n in counts.items())
    yield total, lambda: total
