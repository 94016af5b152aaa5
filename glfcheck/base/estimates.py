"""The estimates of one measure gathered from the claims base, for `glfcheck estimates` and for
the charts of the reports: one row per work (its own figure), and one per figure a claim
reports from someone who is not a work of the base ("Chen Yizi"), grouped by how the figure
was reached; the consensus range; and, where the figures are for single years, a series.

Where each part comes from, so that nothing on a chart is made up:
- a work's figure: its evidence `estimate`s of the measure for all China (no `place`), and the
  figures of claims that cite that one work alone. A work that also reports other scholars'
  figures (Dikötter gives Ashton's 30 million) has as its own the figure it gives in a
  `contested` claim of the measure, where the base keeps one evidence entry per scholar with
  that scholar's own estimate; failing that, each distinct figure it gives is a row.
- a reported figure: a claim with `by` (whose figure it is) states it; the works it cites
  report it, and their estimates there are never counted as their own.
- the method: the claim's `method` for a reported figure, else the work's `custom.method` in
  sources.yaml; neither set is shown as "method not recorded", never guessed.
- the consensus: the established claim stating a range of the measure for all China that the
  most works back with estimates of their own ("most estimates between 15 and 45 million").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Iterator

from glfcheck.base.cite import short_citation
from glfcheck.base.model import Base, Claim, Quantity, Source, describe
from glfcheck.errors import InputError

DEFAULT_MEASURE = "famine-deaths"  # the question people bring most: how many died, and who says so
SINGLE_YEAR_RE = re.compile(r"^\d{4}$")
MEASURES_NAMED = 4  # an error names this many measures, so that it stays one line
MIN_WORKS_FOR_CONSENSUS = 2  # a range one work gives is that work's figure, not a consensus


class Method(StrEnum):
    """How an estimate was reached (sources.yaml `custom.method`, or a claim's `method`)."""

    DEMOGRAPHIC = "demographic"  # reconstructed from censuses and registered births and deaths
    GAZETTEERS = "gazetteers"  # added up from county gazetteers (local records)
    ARCHIVAL = "archival"  # from party and state archives
    OFFICIAL = "official"  # the Chinese state's own figures and inquiries
    SECONDARY = "secondary"  # a figure taken from other scholars' estimates


METHOD_LABELS = {
    Method.DEMOGRAPHIC: "demographic reconstruction",
    Method.GAZETTEERS: "county gazetteers",
    Method.ARCHIVAL: "archival research",
    Method.OFFICIAL: "official figures",
    Method.SECONDARY: "citing others' estimates",
}
NOT_RECORDED = "method not recorded in the base"


def method_label(method: Method | None) -> str:
    return NOT_RECORDED if method is None else METHOD_LABELS[method]


@dataclass(frozen=True)
class Estimate:
    """One row of a chart: whose figure, what it is, and how it was reached."""

    label: str  # "Peng (1987)", "Yang (2012 [2008])", or a claim's `by` ("Chen Yizi")
    quantity: Quantity
    method: Method | None
    claim_id: str  # a claim stating the figure
    source_id: str | None = None  # the work whose own figure it is; None for a reported figure
    year: int | None = None  # the work's year of publication
    reported_in: tuple[str, ...] = ()  # for a reported figure: the works that report it
    reported_labels: tuple[str, ...] = ()  # and how they are cited ("Dikötter (2010)")

    @property
    def works(self) -> tuple[str, ...]:
        return (self.source_id,) if self.source_id else self.reported_in


@dataclass(frozen=True)
class Chart:
    """Every estimate of one measure, in the order a chart draws them."""

    measure: str
    unit: str
    estimates: tuple[Estimate, ...]
    consensus: Quantity | None = None
    consensus_claim: str | None = None
    series: bool = False  # the figures are for single years: rows go by year, not by method

    def groups(self) -> list[tuple[str, tuple[Estimate, ...]]]:
        """(heading, rows): the years of a series, else the methods in a fixed order."""
        if self.series:
            years = sorted({e.quantity.period or "" for e in self.estimates})
            return [(year, tuple(e for e in self.estimates if (e.quantity.period or "") == year)) for year in years]
        order: list[Method | None] = [*Method, None]
        found = []
        for method in order:
            rows = tuple(e for e in self.estimates if e.method == method)
            if rows:
                found.append((method_label(method), rows))
        return found

    @property
    def top(self) -> float:
        """The highest figure the chart must show."""
        tops = [e.quantity.high for e in self.estimates]
        if self.consensus is not None:
            tops.append(self.consensus.high)
        return max(tops, default=0.0)

    @property
    def distinct(self) -> int:
        """How many different figures it holds: more than one makes the measure contested."""
        return len({(e.quantity.low, e.quantity.high, e.quantity.bound) for e in self.estimates})


@dataclass(frozen=True)
class Placement:
    """Where a statement's figure falls on the chart of the measure it was judged against."""

    figure: Quantity  # the statement's figure
    words: str  # the statement's words for it ("About 30 million")
    chart: Chart
    fits: tuple[str, ...] = ()  # labels of the estimates it agrees with
    lower: int = 0  # estimates below the figure
    higher: int = 0  # estimates above it
    period: str | None = None  # the year the figure was judged for, on a series chart

    def summary(self) -> str:
        """In plain words: how it compares with the estimates."""
        n = len(self.chart.estimates)
        parts = []
        if self.fits:
            shown = ", ".join(self.fits[:3]) + (f", +{len(self.fits) - 3}" if len(self.fits) > 3 else "")
            parts.append(f"fits {len(self.fits)} of {n} estimates ({shown})")
        else:
            parts.append(f"fits none of the {n} estimates" if n > 1 else "does not fit the estimate")
        if self.higher:
            parts.append(f"{self.higher} higher")
        if self.lower:
            parts.append(f"{self.lower} lower")
        consensus = self.chart.consensus
        if consensus is not None:
            inside = consensus.low <= self.figure.low and self.figure.high <= consensus.high
            parts.append(f"{'inside' if inside else 'outside'} the consensus range {describe(consensus)}")
        return f"{self.words}: " + "; ".join(parts)


class UnknownMeasure(InputError):
    """A measure the base holds no estimates of."""


def measures(base: Base) -> list[str]:
    """The measures the base holds estimates of, most estimates first."""
    counts: Counter[str] = Counter()
    for claim in base.claims:
        for work, q in _figures(claim):
            if q.measure and q.place is None and (work is not None or claim.by) and claim.status != "false":
                counts[q.measure] += 1
    return [m for m, _ in sorted(counts.items(), key=lambda mc: (-mc[1], mc[0]))]


def chart(base: Base, measure: str = DEFAULT_MEASURE) -> Chart:
    """The chart of one measure; UnknownMeasure when the base holds no estimate of it."""
    reported = [e for claim in base.claims if claim.by and claim.status != "false"
                for e in _reported(base, claim, measure)]
    candidates = list(_work_figures(base, measure))
    if not reported and not candidates:
        known = measures(base)
        what = "no estimates of measure" if measure in base.lexicon.measures else "unknown measure"
        some = ", ".join(known[:MEASURES_NAMED]) + (", ..." if len(known) > MEASURES_NAMED else "")
        raise UnknownMeasure(f"{what} {measure!r} (the base has estimates of {len(known)} measures: {some}; "
                             "'glfcheck estimates --list' names them all)")
    series = _is_series([q for _, q, _ in candidates] + [e.quantity for e in reported])
    own = [row for figures in _by_work(candidates, series).values() for row in _own(base, figures)]
    rows = sorted(own + reported, key=lambda e: (e.quantity.period or "" if series else "", *_row_order(e)))
    unit = rows[0].quantity.unit
    consensus = None if series else _consensus(base, measure)
    return Chart(measure, unit, tuple(rows), consensus[1] if consensus else None,
                 consensus[0].id if consensus else None, series)


# ------------------------------------------------------------------ gathering
_Candidate = tuple[str, Quantity, Claim]  # (work, figure, the claim it is given in)


def _figures(claim: Claim) -> Iterator[tuple[str | None, Quantity]]:
    """(work, figure) of a claim: its evidence estimates, and its own figures when it cites one
    work alone (never a false claim's: that is the misconception)."""
    estimated = set()
    for ev in claim.evidence:
        if ev.estimate is not None:
            estimated.add((ev.estimate.measure, ev.estimate.period))
            yield ev.source, ev.estimate
    if claim.status != "false":
        works = claim.source_ids
        for q in claim.quantities:
            # the claim's own wording of a figure its work gives an estimate of ("about 200
            # million" for Bramall's 198 million) is not a second figure of that work
            if (q.measure, q.period) not in estimated:
                yield (works[0] if len(works) == 1 and not claim.by else None), q


def _national(q: Quantity, measure: str) -> bool:
    return q.measure == measure and q.place is None


def _work_figures(base: Base, measure: str) -> Iterator[_Candidate]:
    for claim in base.claims:
        if claim.by:
            continue  # the works there report someone else's figure
        seen = set()
        for source_id, q in _figures(claim):
            key = (source_id, q.low, q.high, q.bound, q.period)
            if source_id is not None and _national(q, measure) and key not in seen:
                seen.add(key)
                yield source_id, q, claim


def _reported(base: Base, claim: Claim, measure: str) -> Iterator[Estimate]:
    method = Method(claim.method) if claim.method else None
    for q in claim.quantities:
        if _national(q, measure):
            labels = tuple(work_label(base.sources[s]) if s in base.sources else s for s in claim.source_ids)
            yield Estimate(str(claim.by), q, method, claim.id, reported_in=claim.source_ids, reported_labels=labels)


def _is_series(figures: list[Quantity]) -> bool:
    years = {q.period for q in figures}
    return len(years) > 1 and all(p is not None and SINGLE_YEAR_RE.match(p) for p in years)


def _by_work(candidates: list[_Candidate], series: bool) -> dict[str, list[_Candidate]]:
    """A work's figures, per year in a series."""
    grouped: dict[str, list[_Candidate]] = {}
    for candidate in candidates:
        source_id, q, _ = candidate
        grouped.setdefault(f"{source_id}\t{q.period}" if series else source_id, []).append(candidate)
    return grouped


def _own(base: Base, figures: list[_Candidate]) -> list[Estimate]:
    """The work's own figure among those it gives: the one in a contested claim of the measure,
    else each distinct figure it gives (the base does not say which would be its own)."""
    source_id = figures[0][0]
    source = base.sources.get(source_id)

    def shape(q: Quantity) -> tuple:
        return (q.low, q.high, q.bound)

    in_contested = [q for _, q, claim in figures if claim.status == "contested"]
    chosen = [shape(in_contested[0])] if in_contested else list(dict.fromkeys(shape(q) for _, q, _ in figures))
    rows = []
    for figure in chosen:
        same = [c for c in figures if shape(c[1]) == figure]
        # the period: where the work is cited first (a claim about its own figure), else anywhere
        first_cited = [q for _, q, claim in same if claim.evidence[0].source == source_id]
        period = next((q.period for q in first_cited + [q for _, q, _ in same] if q.period), None)
        quantity, claim = same[0][1], same[0][2]
        rows.append(Estimate(work_label(source) if source else source_id, replace(quantity, period=period),
                             work_method(source), claim.id, source_id, source.year if source else None))
    return rows


def work_label(source: Source) -> str:
    """'Peng (1987)'; a translation or reprint also gives the original year: 'Yang (2012 [2008])'."""
    label = short_citation(source)
    original = source.csl.get("original-date")
    try:
        year = int(original["date-parts"][0][0])  # type: ignore[index]
    except (KeyError, IndexError, TypeError, ValueError):
        return label
    return label[:-1] + f" [{year}])" if label.endswith(")") else label


def work_method(source: Source | None) -> Method | None:
    custom = source.csl.get("custom") if source else None
    method = custom.get("method") if isinstance(custom, dict) else None
    return Method(method) if method in set(Method) else None


def _row_order(e: Estimate) -> tuple:
    """Within a group: by the work's year (reported figures, which have none, last), then the figure."""
    return (e.year is None, e.year or 0, e.quantity.low, e.label)


def _consensus(base: Base, measure: str) -> tuple[Claim, Quantity] | None:
    best: tuple[int, Claim, Quantity] | None = None
    for claim in base.claims:
        if claim.status != "established" or claim.by:
            continue
        for q in claim.quantities:
            if not _national(q, measure) or not q.is_range or q.bound:
                continue
            works = len({ev.source for ev in claim.evidence if ev.estimate is not None})
            if works >= MIN_WORKS_FOR_CONSENSUS and (best is None or works > best[0]):
                best = (works, claim, q)
    return (best[1], best[2]) if best else None


@dataclass(frozen=True)
class Scale:
    """A shared axis from 0 to a round figure above the highest estimate, with its ticks."""

    top: float
    step: float
    ticks: tuple[float, ...] = field(default=())

    @classmethod
    def of(cls, highest: float, ticks: int = 6) -> "Scale":
        """Round steps (1, 2, 2.5 or 5 times a power of ten) giving about `ticks` intervals."""
        if highest <= 0:
            highest = 1.0
        raw = highest / ticks
        power = 10 ** _floor_log10(raw)
        step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
        count = int(-(-highest // step))
        return cls(count * step, step, tuple(i * step for i in range(count + 1)))

    def at(self, value: float, width: int) -> int:
        """The cell (0 .. width-1) a value falls in."""
        return max(0, min(width - 1, round(value / self.top * (width - 1))))


def _floor_log10(x: float) -> int:
    exponent = 0
    while x >= 10:
        x /= 10
        exponent += 1
    while x < 1:
        x *= 10
        exponent -= 1
    return exponent


def tick_label(value: float, unit: str) -> str:
    """Short axis labels: '30M', '200M', '40%'."""
    if unit in ("people", "count", "tonnes") and value >= 1e6:
        return f"{value / 1e6:g}M"
    if unit in ("people", "count", "tonnes") and value >= 1e3:
        return f"{value / 1e3:g}k"
    if unit == "percent":
        return f"{value:g}%"
    return f"{value:g}"
