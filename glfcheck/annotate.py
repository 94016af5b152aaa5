"""What a report points at in a judged statement, read from its Result (never decided again):
the words that are wrong (a reason's element: the year, the figure, the name), and where the
statement's figure falls among the estimates of a contested measure.

The checker has already compared everything; this module only reads its reasons. The figure's
value is read again from the reason's words with the same parser the checker used.
"""

from __future__ import annotations

from glfcheck.base.estimates import Chart, Placement, UnknownMeasure, chart
from glfcheck.base.model import Base, Quantity
from glfcheck.matching.quantities import comparable, consistent, find_quantities, unit_family
from glfcheck.results import Aspect, Outcome, Reason, Result

FIGURE_ASPECTS = (Aspect.FIGURE, Aspect.ATTRIBUTION)
JUDGED = (Outcome.AGREES, Outcome.PARTIAL, Outcome.CONFLICTS)
# The outcome of a reason whose words a report marks, by the statement's verdict.
MARKED_OUTCOMES = {"conflicting": (Outcome.CONFLICTS,), "contested": (Outcome.PARTIAL, Outcome.CONFLICTS)}
MIN_DISTINCT = 2  # a measure is contested when the base holds at least two different figures of it


def wrong_words(result: Result, verdict: str | None = None) -> tuple[str, ...]:
    """The statement's words the verdict rests on: what conflicts in a conflicting statement,
    what fits only some sources in a contested one. Words that are not in the statement (a
    canonical name for a variant it used) are left out: a report can only mark what is there."""
    outcomes = MARKED_OUTCOMES.get(verdict or result.verdict, ())
    text = result.statement.lower()
    words = [r.element for r in result.reasons
             if r.outcome in outcomes and r.element and r.element.lower() in text]
    return tuple(dict.fromkeys(words))


class Placer:
    """Places statements' figures on the charts of one base (each chart gathered once)."""

    def __init__(self, base: Base):
        self.base = base
        self._charts: dict[str, Chart | None] = {}

    def chart(self, measure: str) -> Chart | None:
        if measure not in self._charts:
            try:
                found = chart(self.base, measure)
            except UnknownMeasure:
                found = None
            self._charts[measure] = found if found is not None and (found.series or found.distinct >= MIN_DISTINCT) \
                else None
        return self._charts[measure]

    def place(self, result: Result) -> Placement | None:
        """Where the first figure the checker judged against a contested measure falls."""
        for reason in result.reasons:
            placed = self._place(reason, result)
            if placed is not None:
                return placed
        return None

    def _place(self, reason: Reason, result: Result) -> Placement | None:
        if reason.aspect not in FIGURE_ASPECTS or reason.outcome not in JUDGED or not reason.element:
            return None
        figures = find_quantities(reason.element)
        if not figures:
            return None
        figure = figures[0]
        claim = self.base.claim(reason.claim_id) if reason.claim_id else result.claim
        known = next((q for q in (claim.quantities if claim else ()) if q.measure and _same_kind(figure, q)), None)
        if known is None:
            return None
        drawn = self.chart(known.measure)
        if drawn is None:
            return None
        if drawn.series:
            drawn = _year(drawn, known.period)
            if drawn is None:
                return None
        return _placement(figure, reason.element, drawn, known.period if drawn.series else None)


def _same_kind(figure: Quantity, known: Quantity) -> bool:
    return unit_family(figure.unit) == unit_family(known.unit)


def _year(drawn: Chart, period: str | None) -> Chart | None:
    """A series chart cut to the year the figure was judged for, if the figures of that year
    differ (else the year is not contested)."""
    from dataclasses import replace

    rows = tuple(e for e in drawn.estimates if e.quantity.period == period)
    year = replace(drawn, estimates=rows)
    return year if year.distinct >= MIN_DISTINCT else None


def _placement(figure: Quantity, words: str, drawn: Chart, period: str | None) -> Placement:
    fits, lower, higher = [], 0, 0
    for e in drawn.estimates:
        known = e.quantity
        as_stated = _as_stated(figure, known)
        if consistent(as_stated, known):
            fits.append(e.label)
        elif known.high < figure.low:  # (an "at least" below it that does not reach it, as the checker reads it)
            lower += 1
        elif known.low > figure.high:
            higher += 1
    return Placement(figure, words, drawn, tuple(fits), lower, higher, period)


def _as_stated(figure: Quantity, known: Quantity) -> Quantity:
    """A bare count ("30 million") set against people: compared as people, as the checker does."""
    from dataclasses import replace

    if not comparable(figure, known) and unit_family(figure.unit) == unit_family(known.unit):
        return replace(figure, unit=known.unit, measure="", text="")
    return figure
