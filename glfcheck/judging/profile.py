"""A claim read once, when the base is loaded, by the reader that reads statements: its
phrasings analysed whole and clause by clause, its names, figures (with their measures), dates
(with what they date), the order it puts events in, and the works it names. The checker keeps
these profiles with the base (and the cache keeps them with the checker), so a lookup reads no
claim again.
"""

from __future__ import annotations

from glfcheck.base.model import Claim
from glfcheck.judging.attribution import works_named
from glfcheck.judging.elements import Reader, clause_spans
from glfcheck.judging.model import Dated, Figure, Profile
from glfcheck.judging.wording import asserted_words, share_sides
from glfcheck.matching.quantities import find_years, months_by_year


def profile(claim: Claim, reader: Reader) -> Profile:
    """(With `reader.loose_events` set while claims are read: see Reader.)"""
    analyse = reader.normaliser.analyse
    texts = claim.texts
    phrasings = tuple(analyse(t) for t in texts)
    clauses = tuple(tuple(analyse(t[s:e]) for s, e in clause_spans(t)) for t in texts)
    names = frozenset().union(*(reader.names(t) for t in texts))
    figures = [_structured(q, reader) for q in claim.quantities]
    dates: list[Dated] = []
    orders = []
    for text in texts:
        cited = {a.year_text for a in reader.authors.find(text) if a.year_text}
        cited |= {str(a.year) for a in reader.authors.find(text) if a.year}
        read = reader.figures(text)
        figures += [f for f in read if not any(_same(f, g) for g in figures)]
        periods = {f.quantity.period for f in read if f.quantity.period}
        dates += [d for d in reader.dates(text, cited=cited) if d.span.text not in periods]
        orders += reader.orders(text)
    words = frozenset(t for p in phrasings for t in p.tokens)
    dates += [Dated(f.period, None, None, words, data=True) for f in figures[:len(claim.quantities)] if f.period
              and not any(d.span.overlaps(f.period) for d in dates)]  # the years its data are for
    shares = [side for t in texts for side in share_sides(t, analyse)]
    shares += [(f.quantity, frozenset(asserted_words([analyse(f.quantity.measure.replace("-", " "))])))
               for f in figures if f.quantity.unit == "percent" and f.quantity.measure]
    months: dict[int, set[tuple[int, int | None]]] = {}
    for text in texts:
        for year, found in months_by_year(text).items():
            months.setdefault(year, set()).update(found)
    return Profile(claim, phrasings, clauses, names, tuple(figures), tuple(dates), tuple(dict.fromkeys(orders)),
                   works_named(reader.authors.find(claim.statement)), words=words,
                   asserted=frozenset(asserted_words(c for cs in clauses for c in cs)),
                   first_authors=reader.authors.first_authors(claim.statement), shares=tuple(shares),
                   mentions=frozenset().union(*(works_named(reader.authors.find(t, loose=True)) for t in texts)),
                   months=tuple((year, frozenset(found)) for year, found in sorted(months.items())))


def _structured(q, reader: Reader) -> Figure:  # noqa: ANN001 - a Quantity
    """A figure written as data: its measure and place as the claims file gives them."""
    measure = q.measure if q.measure in reader.base.lexicon.measures else None
    periods = find_years(q.period) if q.period else []
    return Figure(q, measure, q.place, periods[0] if periods else None)


def _same(a: Figure, b: Figure) -> bool:
    """The same figure written in the text and as data."""
    qa, qb = a.quantity, b.quantity
    return qa.low == qb.low and qa.high == qb.high and (a.measure == b.measure or None in (a.measure, b.measure))
