"""Terminal output of check results with rich; user text is always escaped, never markup."""

from __future__ import annotations

import io
from typing import Iterable

from glfcheck.checker import Result
from glfcheck.cite import format_reference, short_citation
from glfcheck.model import Base
from glfcheck.quantities import describe

VERDICT_STYLES = {
    "supported": "bold green",
    "conflicting": "bold red",
    "contested": "bold yellow",
    "unknown": "bold bright_black",
}
OUTCOME_MARKS = {"agrees": "✓", "partial": "~", "conflicts": "✗", "info": "·"}


def render(results: Iterable[Result], base: Base, *, color: bool = False, width: int = 100) -> str:
    from rich.console import Console
    from rich.markup import escape
    from rich.text import Text

    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=color, no_color=not color, width=width,
                      highlight=False, soft_wrap=False)
    for i, result in enumerate(results):
        if i:
            console.print()
        line = Text()
        line.append(f"{result.verdict.upper():<12}", style=VERDICT_STYLES[result.verdict])
        line.append(result.statement)
        console.print(line)
        if result.claim:
            console.print(f"  [bold]claim[/bold] {escape(result.claim.id)} ({result.claim.status}): "
                          f"{escape(result.claim.statement)}")
        if result.suggestion and result.verdict == "conflicting":
            console.print(f"  [bold]the sources say[/bold] {escape(result.suggestion)}")
        for reason in result.reasons:
            mark = OUTCOME_MARKS.get(reason.outcome, "·")
            console.print(f"  {mark} {escape(reason.aspect)}: {escape(reason.message)}")
        if len(result.spread) > 1:
            console.print("  [bold]estimates[/bold]")
            for source_id, q in sorted(result.spread, key=lambda sq: (sq[1].low, sq[0])):
                source = base.sources.get(source_id)
                who = short_citation(source) if source else source_id
                console.print(f"    {escape(describe(q)):<28} {escape(who)}")
        if result.evidence:
            console.print("  [bold]evidence[/bold]")
            for ev in result.evidence:
                source = base.sources.get(ev.source)
                ref = format_reference(source) if source else ev.source
                where = f", p. {ev.locator}" if ev.locator else ""
                console.print(f"    {escape('[' + ev.stance + ']')} {escape(ref)}{escape(where)}")
                if ev.note:
                    console.print(f"      {escape(ev.note)}", style="italic")
    return buffer.getvalue()
