"""Terminal output of check results with rich; user text is always escaped, never markup."""

from __future__ import annotations

import io
from typing import Callable, Iterable, Iterator, Sequence

from glfcheck.base.estimates import Placement
from glfcheck.results import Result
from glfcheck.base.cite import format_reference, short_citation
from glfcheck.base.model import Base, describe

VERDICT_STYLES = {
    "supported": "bold green",
    "conflicting": "bold red",
    "contested": "bold yellow",
    "unknown": "bold bright_black",
}
OUTCOME_MARKS = {"agrees": "✓", "partial": "~", "conflicts": "✗", "info": "·"}


def render(results: Iterable[Result], base: Base, *, color: bool = False, width: int = 100,
           placements: Sequence[Placement | None] = ()) -> str:
    """`placements`: for each result, where its figure falls among the estimates (or None)."""
    if not color:  # the same text without rich: see glfcheck.render.plain
        from glfcheck.render.plain import Writer

        writer = Writer(width)
        for plain, markup, _ in _lines(results, base, placements, width, color):
            writer.print(plain, markup)
        return writer.getvalue()
    from rich.console import Console
    from rich.text import Text

    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=color, no_color=not color, width=width,
                      highlight=False, soft_wrap=False)
    for plain, markup, verdict in _lines(results, base, placements, width, color):
        if markup is not None:
            console.print(markup(), style="italic" if verdict == "italic" else None)
        else:  # the verdict line: user text as a Text, not markup
            line = Text()
            line.append(plain[:12], style=VERDICT_STYLES[verdict])
            line.append(plain[12:])
            console.print(line)
    return buffer.getvalue()


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(text)


def _lines(results: Iterable[Result], base: Base, placements: Sequence[Placement | None] = (), width: int = 100,
           color: bool = False) -> Iterator[tuple[str, Callable[[], str] | None, str]]:
    """Each printed line: its plain text, a function making it as rich markup (None for the
    verdict line, printed as a Text) and the verdict (or 'italic') it is styled by."""
    for i, result in enumerate(results):
        if i:
            yield "", lambda: "", ""
        yield f"{result.verdict.upper():<12}{result.statement}", None, result.verdict
        if result.claim:
            claim = result.claim
            yield (f"  claim {claim.id} ({claim.status}): {claim.statement}",
                   lambda c=claim: f"  [bold]claim[/bold] {_escape(c.id)} ({c.status}): {_escape(c.statement)}", "")
        if result.suggestion and result.verdict == "conflicting":
            yield (f"  the sources say {result.suggestion}",
                   lambda r=result: f"  [bold]the sources say[/bold] {_escape(r.suggestion)}", "")
        for reason in result.reasons:
            mark = OUTCOME_MARKS.get(reason.outcome, "·")
            yield (f"  {mark} {reason.aspect}: {reason.message}",
                   lambda m=mark, r=reason: f"  {m} {_escape(r.aspect)}: {_escape(r.message)}", "")
        placement = placements[i] if i < len(placements) else None
        if placement is not None:
            from glfcheck.render.chart import strip

            for line in strip(placement, width=width - 4, ascii=not color):
                yield f"    {line}", lambda line=line: f"    {_escape(line)}", ""
        if len(result.spread) > 1:
            yield "  estimates", lambda: "  [bold]estimates[/bold]", ""
            for source_id, q in sorted(result.spread, key=lambda sq: (sq[1].low, sq[0])):
                source = base.sources.get(source_id)
                who = short_citation(source) if source else source_id
                what = describe(q)
                yield (f"    {what:<28} {who}",
                       lambda what=what, who=who: f"    {_escape(what):<28} {_escape(who)}", "")
        if result.evidence:
            yield "  evidence", lambda: "  [bold]evidence[/bold]", ""
            for ev in result.evidence:
                source = base.sources.get(ev.source)
                ref = format_reference(source) if source else ev.source
                where = f", p. {ev.locator}" if ev.locator else ""
                yield (f"    [{ev.stance}] {ref}{where}",
                       lambda ev=ev, ref=ref, where=where: f"    {_escape('[' + ev.stance + ']')} {_escape(ref)}"
                                                           f"{_escape(where)}", "")
                if ev.note:
                    yield f"      {ev.note}", lambda ev=ev: f"      {_escape(ev.note)}", "italic"
