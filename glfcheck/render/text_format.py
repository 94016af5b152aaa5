"""`glfcheck check` for people: a verdict line a statement, then why and the works behind it.

Results are separated by a blank line. Each work is listed once, with its stance in plain words.
`brief` keeps the verdict line and the one work to cite. Wrapping and colour are render.layout's;
user text is never read as markup.
"""

from __future__ import annotations

from typing import Iterable, Iterator, Sequence

from glfcheck.base.cite import format_reference, short_citation
from glfcheck.base.estimates import Placement
from glfcheck.base.model import Base, Evidence, describe
from glfcheck.render.layout import Line, Piece, line, render as lay_out
from glfcheck.render.words import stance_word
from glfcheck.results import Result, Verdict

VERDICT_STYLES = {
    Verdict.SUPPORTED: "bold green",
    Verdict.CONFLICTING: "bold red",
    Verdict.CONTESTED: "bold yellow",
    Verdict.UNKNOWN: "bold bright_black",
}
OUTCOME_MARKS = {"agrees": "✓", "partial": "~", "conflicts": "✗", "info": "·", "open": "?"}
VERDICT_WIDTH = 12  # "CONFLICTING " - the statements line up after it
STRIP_WIDTH = 76  # the estimates strip when lines are not wrapped (not a terminal)
STRIP_INDENT = 4


def render(results: Iterable[Result], base: Base, *, color: bool = False, width: int | None = None,
           brief: bool = False, placements: Sequence[Placement | None] = ()) -> str:
    """`width` None: lines are not wrapped (not a terminal). `placements`: for each result, where
    its figure falls among the estimates (or None)."""
    strip_width = (width or STRIP_WIDTH + STRIP_INDENT) - STRIP_INDENT
    return lay_out(_lines(results, base, brief, placements, strip_width, color), width=width, color=color)


def works_once(evidence: Iterable[Evidence]) -> list[Evidence]:
    """Each work once, as it first comes: a misconception's evidence (the works that dispute it)
    comes before its correction's (the same works, supporting the correction)."""
    first: dict[str, Evidence] = {}
    for e in evidence:
        first.setdefault(e.source, e)
    return list(first.values())


def best_work(result: Result) -> str | None:
    """The one work to cite for a result: the work the statement names; for a contested figure,
    the first work whose estimate it fits; else the first work supporting a supported or contested
    statement; else the first behind the verdict (for a conflicting one, a work that disputes it
    or gives the right figure)."""
    if result.source_id:
        return result.source_id
    if result.verdict == Verdict.UNKNOWN or not result.evidence:
        return None
    if result.verdict == Verdict.CONTESTED:
        fits = next((r.sources for r in result.reasons if r.outcome == "partial" and r.sources), ())
        if fits:
            return fits[0]
    if result.verdict in (Verdict.SUPPORTED, Verdict.CONTESTED):
        return next((e.source for e in result.evidence if e.stance == "supports"), result.evidence[0].source)
    return result.evidence[0].source


def _lines(results: Iterable[Result], base: Base, brief: bool, placements: Sequence[Placement | None] = (),
           strip_width: int = STRIP_WIDTH, color: bool = False) -> Iterator[Line]:
    for i, result in enumerate(results):
        if i:
            yield line()
        verdict = Verdict(result.verdict)
        yield line(result.statement,
                   lead=Piece(f"{verdict.upper():<{VERDICT_WIDTH}}", VERDICT_STYLES[verdict]))
        if brief:
            work = best_work(result)
            if work is not None:
                source = base.sources.get(work)
                yield line(format_reference(source) if source else work, lead=" " * VERDICT_WIDTH)
            continue
        yield from _details(result, base, placements[i] if i < len(placements) else None, strip_width, color)


def _details(result: Result, base: Base, placement: Placement | None = None, strip_width: int = STRIP_WIDTH,
             color: bool = False) -> Iterator[Line]:
    if result.claim:
        claim = result.claim
        yield line(f"{claim.id} ({claim.status}): {claim.statement}", lead=("  ", Piece("claim", "bold"), " "))
    if result.suggestion and result.verdict == Verdict.CONFLICTING:
        yield line(result.suggestion, lead=("  ", Piece("the sources say", "bold"), " "))
    for reason in result.reasons:
        mark = OUTCOME_MARKS.get(reason.outcome, "·")
        yield line(f"{reason.aspect}: {reason.message}", lead=f"  {mark} ")
    if placement is not None:  # where the figure falls among the estimates (issue 17)
        from glfcheck.render.chart import strip

        for drawn in strip(placement, width=strip_width, ascii=not color):
            yield line(drawn, lead=" " * STRIP_INDENT)
    if len(result.spread) > 1:
        yield line(lead=("  ", Piece("estimates", "bold")))
        for source_id, q in sorted(result.spread, key=lambda sq: (sq[1].low, sq[0])):
            source = base.sources.get(source_id)
            yield line(short_citation(source) if source else source_id, lead=f"    {describe(q):<28} ")
    if result.evidence:
        yield line(lead=("  ", Piece("evidence", "bold")))
        for ev in works_once(result.evidence):
            source = base.sources.get(ev.source)
            where = f", p. {ev.locator}" if ev.locator else ""
            stance = f"    {stance_word(ev.stance):<10}"
            yield line((format_reference(source) if source else ev.source) + where, lead=stance)
            if ev.note:
                yield line(Piece(ev.note, "italic"), lead=" " * len(stance))
