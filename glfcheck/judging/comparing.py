"""Each element of a statement compared with what the base says of it, like with like.

- A figure is compared with every claim's figure of the same measure, place and time (all of
  them, whatever else the sentence says); one credited to a work, with that work's own figure.
- A date is compared with a claim's dates of the same kind of event ("abolished in 1958" is not
  "set up in 1958"), or with the base's dates of the event it is attached to.
- A name is compared with the names of the claim's slot: another person where the claim has
  one is a conflict; a name the claim does not hold is left open.
- An order of events is compared with the events' dates in the base.

Every function returns a `Reason` with a named outcome, or None when the claim does not speak
of the element. None of them looks at fuzzy scores.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from glfcheck.base.model import Evidence, Quantity, describe
from glfcheck.judging.model import Dated, Figure, Order, Profile, Statement
from glfcheck.matching.quantities import (RELATIVE_TOLERANCE, YearSpan, close_to, comparable, consistent, find_years,
                                          months_by_year, overlaps)
from glfcheck.matching.text import Analysed, canonical_token, content_token
from glfcheck.results import Aspect, Outcome, Reason

# Kinds of dated event that may be compared: the same kind, or a period ("occur": took place,
# lasted, was held) with its beginning or its end.
COMPATIBLE_KINDS = frozenset({frozenset({"begin", "occur"}), frozenset({"end", "occur"})})
# The largest list of names of one kind that is read as a list, not as one slot: "the four pests
# were rats, flies, mosquitoes and cockroaches" swaps one of four.
MANY_SLOTS = 4
PUBLISH = "publish"  # the dating kind of a work's publication (see the lexicon's work_nouns)
# Kinds of name whose list a statement may restate with one swapped ("Deng Xiaoping replaced Peng
# Dehuai", "rats, flies, mosquitoes and cockroaches"); other kinds (places) conflict only one for one.
LISTED_SLOTS = frozenset({"pest", "person"})
PERSON = "person"
PLACE = "place"
# Kinds of name the claim's own person is tied to: where they served, whom they worked for
# ('Yang Jisheng ... a reporter for the People's Daily', where the claim has Xinhua)
ANCHORED_KINDS = frozenset({PLACE, "organisation"})
SLOT_KINDS = frozenset({PERSON, "country", "organisation", "event"})  # names of who did what
RESTATE_SLACK_FROM = 4  # a phrasing of this many words may be restated one word short
SWAP_REACH = 5  # words either side of a name in which the claim's words must stand for a swap
MIN_SHARED_FOR_SWAP = 2  # content words (besides names) a statement must share with a claim to swap one of its names
# Verbs that say nothing of what happened: 'became president in 1959' and 'became one of the
# leaders of the retreat in 1961' date different things (as stemmed tokens)
LIGHT_VERBS = frozenset(map(content_token, "became become becomes made make makes took take taken gave give given "
                                           "got get went came come put".split())) - {""}
GAP_SLACK = 1  # "three years before" fits events two to four calendar years apart


@dataclass(frozen=True)
class Entry:
    """One claim's figure, as the measure table holds it."""

    profile: Profile
    figure: Figure


def _dated_fits(stated: YearSpan | None, known: YearSpan | None) -> bool:
    return stated is None or known is None or stated.overlaps(known)


def _scope(figure: Figure, entry: Entry) -> bool:
    """The same place (or all of China for both) and overlapping years, where both are given."""
    return figure.place == entry.figure.place and _dated_fits(figure.period, entry.figure.period)


def _part_of_whole(figure: Figure, known: Figure) -> bool:
    """The figure is for fewer years than the known one, within them, and no more than it: a
    part of a total ('6 million tonnes in 1961' of '10 million tonnes over 1961-1962'), which
    the total can neither confirm nor contradict."""
    stated, whole = figure.period, known.period
    if stated is None or whole is None or not (whole.low <= stated.low and stated.high <= whole.high):
        return False
    return stated.high - stated.low < whole.high - whole.low and figure.quantity.low <= known.quantity.high


def _whole_of_part(figure: Figure, known: Figure) -> bool:
    """The known figure is one year's, the figure is for several years taking it in, and no less
    than it: a total of which the known figure is a part ('13.5 million between 1959 and 1961'
    beside '10 million in 1960'), which that part can neither confirm nor contradict. (Estimates
    over several years, such as death tolls for 1959-1961 and 1958-1962, are compared as before.)"""
    stated, part = figure.period, known.period
    if stated is None or part is None or part.low != part.high or not stated.low <= part.low <= stated.high:
        return False
    # ('from 1959 to 1960' may be the change between two year-ends: one year's, not a total)
    return stated.high - stated.low >= 2 and figure.quantity.high >= known.quantity.low


def _where(figure: Figure) -> str:
    parts = [figure.measure or "this figure"]
    if figure.place:
        parts.append(f"in {figure.place}")
    if figure.period:
        parts.append(f"for {figure.period.text or figure.period.low}")
    return " ".join(parts)


# ---------------------------------------------------------------- figures
def _figure_by_measure(figure: Figure, entries: list[Entry], works: frozenset[str],
                       people: frozenset[str] = frozenset()) -> Reason | None:
    """A measured figure against every claim's figure of that measure (and place and time).

    Credited to a work (`works`), it must be that work's own figure. Otherwise it must fit a
    figure the base states; one that fits only some scholars' estimates is partial; one outside
    every figure and estimate conflicts. None when no claim gives a figure of its kind."""
    q = figure.quantity
    if not any(e.figure.place for e in entries):
        figure = replace(figure, place=None)  # a measure the base gives for no place: where it was said is no scope
    scoped = [e for e in entries if _scope(figure, e) and comparable(q, e.figure.quantity)
              and not _part_of_whole(figure, e.figure) and not _whole_of_part(figure, e.figure)]
    if not scoped and figure.place is None:
        # a figure given for all China, where the base has it only for one place (a study of one
        # county): that place's figure may confirm it, never contradict it
        local = [e for e in entries if _dated_fits(figure.period, e.figure.period) and comparable(q, e.figure.quantity)
                 and e.figure.place is not None]
        found = figure_by_measure(replace(figure, place=local[0].figure.place), local, works, people=people) if local else None
        return found if found is not None and found.outcome != Outcome.CONFLICTS else None
    if works:
        own = _own_figures(figure, scoped, works)
        spanned = _spans_works(q, own, works)
        if spanned is not None:
            return spanned
        if figure.period is not None:
            # the work's figure given to other years ("30 million in 1966 to 1969"): where the
            # work's figures of the measure say which years they are for, and none of those fits
            dated = [(p, f, s) for p, f, s in _own_figures(replace(figure, period=None), [
                e for e in entries if comparable(q, e.figure.quantity) and e.figure.place == figure.place], works)
                if f.period and find_years(f.period)]
            fit = next(((p, f, s) for p, f, s in dated if close_to(q, f)), None)
            if fit is not None and not any(_dated_fits(figure.period, find_years(f.period)[0]) for _, f, _ in dated):
                profile, known, source = fit
                return Reason(Aspect.ATTRIBUTION, Outcome.CONFLICTS, f"{q.text!r} is what {source} gives for "
                              f"{known.period}, not for {figure.period.text}", profile.claim.id, (source,))
        if own:
            fit = next(((p, f, src) for p, f, src in own if close_to(q, f)), None)
            if fit is not None:
                profile, known, source = fit
                return Reason(Aspect.ATTRIBUTION, Outcome.AGREES, f"{q.text!r} is what {source} gives: {describe(known)}",
                              profile.claim.id, (source,))
            profile, known, source = own[0]
            return Reason(Aspect.ATTRIBUTION, Outcome.CONFLICTS,
                          f"{q.text!r} is not what {source} gives: {describe(known)}", profile.claim.id, (source,))
    true = [e for e in scoped if not e.profile.misconception]
    # the figures of the person the statement credits with one ("Liu Shaoqi blamed it thirty
    # percent on nature"); else the claims stating the matter itself; else works' reports of it
    theirs = [e for e in true if people & {n for c, n in e.profile.names if c == PERSON}]
    stated = theirs or [e for e in true if not e.profile.attributive] or true
    if not stated:
        return None
    fits = [e for e in stated if consistent(q, e.figure.quantity)]
    disputed = not theirs and any(e.profile.claim.status == "contested" for e in fits)
    fit = next((e for e in fits if e.profile.claim.status == "established"), None)
    if fit is not None and not disputed:  # (a figure the sources dispute takes a side, even inside a broad consensus)
        return Reason(Aspect.FIGURE, Outcome.AGREES, f"{q.text!r} fits {describe(fit.figure.quantity)}",
                      fit.profile.claim.id)
    estimates = _estimates(scoped)
    backers = tuple(dict.fromkeys(source for source, known in estimates if consistent(q, known)))
    contested = next((e for e in stated if consistent(q, e.figure.quantity)), None)
    if backers or contested is not None:
        claim_id = (contested or stated[0]).profile.claim.id
        return Reason(Aspect.FIGURE, Outcome.PARTIAL,
                      f"{q.text!r} fits only some estimates" + (f" ({', '.join(backers)})" if backers else ""),
                      claim_id, backers)
    known = stated[0].figure.quantity
    spread = ", ".join(f"{s}: {describe(k)}" for s, k in estimates[:6])
    return Reason(Aspect.FIGURE, Outcome.CONFLICTS,
                  f"{q.text!r} is outside every figure the sources give for {_where(figure)}: {describe(known)}"
                  + (f" ({spread})" if spread else ""), stated[0].profile.claim.id)


def _spans_works(q: Quantity, own: list[tuple[Profile, Quantity, str]], works: frozenset[str]) -> Reason | None:
    """A range credited to two works, from one's figure to the other's: 'Yang Jisheng and
    Dikötter put the toll between 36 and 45 million'."""
    if len(works) < 2 or not q.is_range:
        return None
    # (the ends of a range set between two works are read as loosely as any figure compared)
    low = next(((p, f, s) for p, f, s in own if close_to(replace(q, high=q.low), replace(f, high=f.low),
                                                           RELATIVE_TOLERANCE)), None)
    high = next(((p, f, s) for p, f, s in own if s != (low[2] if low else None)
                 and close_to(replace(q, low=q.high), replace(f, low=f.high), RELATIVE_TOLERANCE)), None)
    if low is None or high is None:
        return None
    return Reason(Aspect.ATTRIBUTION, Outcome.AGREES, f"{q.text!r} runs from {low[2]}'s {describe(low[1])} to "
                  f"{high[2]}'s {describe(high[1])}", low[0].claim.id, (low[2], high[2]))


def _own_figures(figure: Figure, entries: list[Entry], works: frozenset[str]) -> list[tuple[Profile, Quantity, str]]:
    """The works' own figures of this measure: their evidence estimates, and the figures of claims
    that report them ("Peng (1987) estimated 23 million")."""
    own = []
    for e in entries:
        claim = e.profile.claim
        if (e.profile.works and not e.profile.works & works) or (claim.by and not figure.adopted):
            # another work's figure, or a person's ('by': Chen Yizi's 43-46 million), which the work named
            # only reports ("Dikötter cites Yang's 36 million", "Becker reports Chen Yizi's figure"): its
            # own only where the sentence says it took it up ("Coale took the 16 million implied by ...")
            continue
        for ev in claim.evidence:
            if ev.source in works and ev.estimate is not None and _same_measure(ev, e):
                own.append((e.profile, ev.estimate, ev.source))
        if e.profile.works & works and claim.status != "false":
            source = sorted(e.profile.works & works)[0]
            own.append((e.profile, e.figure.quantity, source))
    # the claims that state the work's figure first ('Peng (1987) estimated 23 million'), then
    # those that list it among others'
    own.sort(key=lambda found: not (found[0].works & works))
    return list({(p.claim.id, q.low, q.high): (p, q, s) for p, q, s in own}.values())


def _same_measure(ev: Evidence, entry: Entry) -> bool:
    return ev.estimate is not None and (not ev.estimate.measure or ev.estimate.measure == entry.figure.measure)


def _estimates(entries: list[Entry]) -> list[tuple[str, Quantity]]:
    """Every work's estimate among these claims (evidence estimates and reported figures)."""
    found: dict[tuple, tuple[str, Quantity]] = {}
    for e in entries:
        for ev in e.profile.claim.evidence:
            if ev.estimate is not None and _same_measure(ev, e) and e.profile.claim.status != "false":
                found.setdefault((ev.source, ev.estimate.low, ev.estimate.high), (ev.source, ev.estimate))
        if e.profile.attributive and e.profile.claim.status != "false":
            source = sorted(e.profile.works)[0]
            found.setdefault((source, e.figure.quantity.low, e.figure.quantity.high), (source, e.figure.quantity))
    return list(found.values())


def _figure_against_claim(figure: Figure, profile: Profile, others: tuple[Figure, ...] = (),
                          attributed: bool = False, measured: bool = True) -> Reason | None:
    """A figure whose measure the words do not say, against one claim the statement is about:
    compared with that claim's figures of the same kind (and year, where both give one)."""
    q = figure.quantity
    known = [f for f in profile.figures if comparable(q, f.quantity) and _dated_fits(figure.period, f.period)
             and not _whole_of_part(figure, f)
             and (figure.measure is None or f.measure in (None, figure.measure))
             and (figure.place is None or f.place in (None, figure.place))
             and not (figure.place is None and f.place)]  # Anhui's figure is not Sichuan's, nor all China's
    if not known:
        return None
    # a figure credited to a work must be the work's figure ("at least 4.5 million" is not its
    # "at least 45 million"); one merely stated need only be consistent with it
    fits = close_to if attributed else consistent
    fit = next((f for f in known if fits(q, f.quantity)), None)
    if fit is not None:
        return Reason(Aspect.FIGURE, Outcome.AGREES, f"{q.text!r} fits {describe(fit.quantity)}", profile.claim.id)
    if all(any(o is not figure and consistent(o.quantity, k.quantity) for o in others) for k in known):
        return None  # the claim's figures are all given elsewhere in the sentence: this one is a further fact
    if figure.place and not any(f.place for f in known) and figure.place not in {n for _, n in profile.names}:
        return None  # one place's figure is no contradiction of all China's ('Anhui's death rate ... 69 per thousand')
    if measured and not any(figure.measure and f.measure == figure.measure for f in known):
        return None  # what the figure measures is not sure: only a figure of the same measure contradicts it
    estimates = [(ev.source, ev.estimate) for ev in profile.claim.evidence if ev.estimate is not None
                 and comparable(q, ev.estimate)]
    backers = tuple(dict.fromkeys(s for s, e in estimates if consistent(q, e)))
    if backers:
        return Reason(Aspect.FIGURE, Outcome.PARTIAL, f"{q.text!r} fits only some estimates ({', '.join(backers)})",
                      profile.claim.id, backers)
    if q.is_range and any(overlaps(q, f.quantity) for f in known):
        return Reason(Aspect.FIGURE, Outcome.PARTIAL, f"{q.text!r} reaches beyond {describe(known[0].quantity)}",
                      profile.claim.id)
    return Reason(Aspect.FIGURE, Outcome.CONFLICTS,
                  f"{q.text!r} is not what the sources give: {describe(known[0].quantity)}", profile.claim.id)


# ---------------------------------------------------------------- dates
def _kinds_fit(a: str | None, b: str | None) -> bool:
    if PUBLISH in (a, b):  # a work's year is compared only with works' years
        return a == b
    return a is None or b is None or a == b or frozenset({a, b}) in COMPATIBLE_KINDS


def dates_comparable(stated: Dated, known: Dated, verbs: frozenset[str] = frozenset(),
                     names: frozenset[str] = frozenset()) -> bool:
    """Do the two date the same thing? A date attached to an event dates that event, for any
    sentence about the event taking place; otherwise the kinds of event must fit and the
    clauses must share a content word besides the dating verbs (`verbs`): 'private farming
    ended in 1958' does not date the communes' end."""
    if known.event is not None and known.event in stated.tokens | {stated.event} \
            and stated.kind in (None, "occur", "begin"):
        return stated.event in (None, known.event)
    if stated.event is not None and known.event is not None and stated.event != known.event:
        return False
    if not _kinds_fit(stated.kind, known.kind):
        return False
    # what they date in common: a word besides the dating verbs, and besides names unless the two
    # date the same kind of event ("a million died in Henan in 1959")
    same_kind = stated.kind is not None and stated.kind == known.kind
    return bool((stated.tokens & known.tokens) - verbs - LIGHT_VERBS - (frozenset() if same_kind else names))


def _date_against_claim(stated: Dated, profile: Profile, verbs: frozenset[str] = frozenset(),
                        opposed: tuple[tuple[frozenset[str], frozenset[str]], ...] = (),
                        names: frozenset[str] = frozenset()) -> Reason | None:
    """A date against the claim's dates of the same thing. A year the sentence rules out ('not in
    the 1960s') agrees where it misses and conflicts where it fits; the period of a claim's data
    can only confirm a date."""
    known = [d for d in profile.dates if dates_comparable(stated, d, verbs, names) and not _opposed(stated, d, opposed)]
    if not known:
        return None
    fits = any(stated.span.overlaps(d.span) or (stated.until and d.span.high <= stated.span.low <= d.span.high + 1)
               or (stated.bound == "after" and d.span.high >= stated.span.low)
               or (stated.bound == "before" and d.span.low <= stated.span.high)
               for d in known)  # "a net exporter until 1961" fits a claim of 1958-1960; "after 1979" one of 1982
    told = ", ".join(dict.fromkeys(d.span.text for d in known))
    if stated.until and not fits and all(d.span.low == d.span.high < stated.span.low and d.kind not in ("end", "occur")
                                         for d in known):
        return None  # 'in office until 1968': the claim dates only the start, years before
    if stated.denied:
        return Reason(Aspect.YEAR, Outcome.CONFLICTS if fits else Outcome.AGREES,
                      f"{stated.span.text!r} is ruled out" + (", but the claim gives it" if fits else f"; the claim gives {told}"),
                      profile.claim.id)
    if fits:
        return Reason(Aspect.YEAR, Outcome.AGREES, f"{stated.span.text!r} fits the claim's dates", profile.claim.id)
    if all(d.data or _loosely(stated.kind, d.kind) for d in known):
        return None  # (the claim's years may date something else of the clause: they confirm, not contradict)
    return Reason(Aspect.YEAR, Outcome.CONFLICTS, f"{stated.span.text!r} does not fit the claim's dates ({told})",
                  profile.claim.id)


def _loosely(a: str | None, b: str | None) -> bool:
    """Kinds that fit only because one year has no verb to say what it dates ('by 1956')."""
    return (a is None) != (b is None) and (a or b) not in ("occur",)


def _opposed(a: Dated, b: Dated, opposed: tuple[tuple[frozenset[str], frozenset[str]], ...]) -> bool:
    """Clauses on opposite sides of a pair of opposite words date different things: 'a net
    exporter until 1960' and 'imports from 1961'."""
    return any((a.tokens & first and b.tokens & second) or (a.tokens & second and b.tokens & first)
               for first, second in opposed)


def _date_of_event(stated: Dated, event_years: dict[str, tuple[YearSpan, str]],
                   open_ended: frozenset[str]) -> Reason | None:
    """A date attached to a named event ('the Lushan Conference of 1962') against the event's date
    (of an event the base dates only by its start, only a date before it)."""
    if stated.event is None or stated.event not in event_years:
        return None
    known, claim_id = event_years[stated.event]
    if stated.denied or stated.kind not in (None, "occur", "begin") or stated.until or stated.bound:
        return None  # (when it ended, the base's dates of its start cannot say; nor 'after 1979' when it was)
    if stated.event in open_ended and stated.kind != "begin" and stated.span.low > known.high:
        return None  # 'the Cultural Revolution lasted until 1976': the base says when it began
    if LASTING in stated.tokens and stated.event not in open_ended and (
            stated.span.high > known.high + LASTING_SLACK or stated.span.low < known.low - LASTING_SLACK):
        # what an event lasted through cannot reach past the years any claim gives it ('the Great Leap
        # Forward lasted from 1958 to 1970'); a shorter stretch may be one account's (1958-1960)
        return Reason(Aspect.YEAR, Outcome.CONFLICTS, f"{stated.span.text!r} reaches beyond when it took place "
                      f"({known.text})", claim_id)
    if stated.span.overlaps(known):
        return Reason(Aspect.YEAR, Outcome.AGREES, f"{stated.span.text!r} fits the event's date ({known.text})", claim_id)
    return Reason(Aspect.YEAR, Outcome.CONFLICTS,
                  f"{stated.span.text!r} is not when it took place ({known.text})", claim_id)


# ---------------------------------------------------------------- names
def names_against_claim(statement: Statement, profile: Profile, ruled_out: frozenset[str] = frozenset(),
                        name_tokens: frozenset[str] = frozenset(),
                        phrasing: Analysed | None = None) -> list[tuple[tuple[str, str], Reason | None]]:
    """Each name of the statement against the claim's names: held (agrees), put in a slot where
    the claim has another name of its kind (conflicts), or not spoken of (None). `phrasing`: the
    claim's phrasing closest to the statement, whose one person the statement may have swapped
    for another the claim names elsewhere ('Mao aimed to overtake the US in fifteen years' where
    'Khrushchev said the USSR would overtake America in fifteen years')."""
    out: list[tuple[tuple[str, str], Reason | None]] = []
    by_kind: dict[str, set[str]] = {}
    for category, name in profile.names:
        by_kind.setdefault(category, set()).add(name)
    # "Note the comparison with Britain" shares one word with a claim about the Soviet comparison:
    # too little for its Britain to stand where the claim has the Soviet Union
    shared = set(statement.analysed.tokens) & profile.words - set(name_tokens)
    said_kind: dict[str, set[str]] = {}
    for category, name in statement.names:
        said_kind.setdefault(category, set()).add(name)
    # the one person the sentence speaks of is the claim's: the place (or body) it gives them is the
    # claim's to judge ('Li Jingquan was first secretary of Anhui', where the claim has Sichuan)
    people = said_kind.get(PERSON, set())
    anchored = len(people) == 1 and (PERSON, next(iter(people))) in profile.names
    for category, name in sorted(statement.names):
        if (category, name) in profile.names:
            other = _swapped_in_phrasing(statement, phrasing, (category, name), name_tokens)
            if other is not None:
                out.append(((category, name), Reason(Aspect.NAME, Outcome.CONFLICTS, f"{name} where the sources have "
                                                     f"{other}", profile.claim.id, element=name)))
                continue
            out.append(((category, name), Reason(Aspect.NAME, Outcome.AGREES, name, profile.claim.id, element=name)))
            continue
        theirs = by_kind.get(category, set())
        clause = max((names for names in statement.clause_names if (category, name) in names),
                     key=lambda names: sum(c == category for c, _ in names), default=statement.names)
        missing = theirs - {n for c, n in clause if c == category}
        # a closed list restated with one name swapped, in the clause that names it
        # ("the four pests were rats, flies, mosquitoes and cockroaches; sparrows were never targeted")
        listed = len({n for c, n in clause if c == category})
        one_slot = (len(theirs) == 1 and len(said_kind[category]) == 1) or (
            category in LISTED_SLOTS and len(theirs) == listed <= MANY_SLOTS and len(missing) == 1)
        if category == PERSON and statement.pronoun:
            one_slot = False  # "he was dismissed and replaced by Lin Biao": he may be the claim's person
        if missing and one_slot and name.lower() not in ruled_out and len(_near(statement, name) & shared) >= MIN_SHARED_FOR_SWAP \
                and (_restated(statement, profile.phrasings, name_tokens) or (category in ANCHORED_KINDS and anchored)):
            message = f"{name} where the sources have {' / '.join(sorted(missing))}"
            out.append(((category, name), Reason(Aspect.NAME, Outcome.CONFLICTS, message, profile.claim.id, element=name)))
        else:
            out.append(((category, name), None))
    return out


def _swapped_in_phrasing(statement: Statement, phrasing: Analysed | None, name: tuple[str, str],
                         name_tokens: frozenset[str]) -> str | None:
    """The one person of the closest phrasing, where the statement, restating it, puts its one
    person, whom that phrasing does not name."""
    if phrasing is None or name[0] != PERSON or name in phrasing.names:
        return None
    theirs = {n for c, n in phrasing.names if c == PERSON}
    ours = {n for c, n in statement.names if c == PERSON}
    if len(theirs) != 1 or len(ours) != 1 or statement.pronoun:
        return None
    # the statement's other names of who and what all stand in the phrasing ('overtake the United
    # States' where it has 'overtake America'; not 'overtake Britain')
    if not {n for c, n in statement.names if c in SLOT_KINDS and c != PERSON} <= {n for _, n in phrasing.names}:
        return None
    other = next(iter(theirs))
    if {part.lower() for part in other.split()} & set(statement.analysed.words):
        return None  # the phrasing's person is there too, by a name the lexicon lacks ('Peng was replaced ...')
    own = set(phrasing.tokens) - name_tokens  # all it says but one word ('said'), and two words at least
    shared = own & set(statement.analysed.tokens)
    return other if len(own - shared) <= 1 and len(shared) >= MIN_SHARED_FOR_SWAP else None


def _restated(statement: Statement, phrasings: Iterable[Analysed], name_tokens: frozenset[str]) -> bool:
    """Does the statement say all that one of the claim's phrasings says besides its names (one
    word short, for a long phrasing)? 'Deng Xiaoping replaced Peng Dehuai as defence minister'
    restates 'Lin Biao replaced Peng Dehuai as defence minister'; 'Defence Minister Lin Biao
    defended Mao' does not."""
    said = set(statement.analysed.tokens)
    for phrasing in phrasings:
        own = set(phrasing.tokens) - name_tokens
        if own and len(own - said) <= (1 if len(own) >= RESTATE_SLACK_FROM else 0):
            return True
    return False


def _near(statement: Statement, name: str) -> set[str]:
    """The content words within reach of a name in the statement: what it is said of. In 'from
    the steel targets of 1958 to the silencing of critics at Lushan', Lushan is not where the
    targets were set."""
    words = statement.analysed.words
    token = canonical_token(name)
    near: set[str] = set()
    for i, word in enumerate(words):
        if word == token:
            near |= {content_token(w) for w in words[max(0, i - SWAP_REACH):i + SWAP_REACH + 1]}
    return near - {""}


# ---------------------------------------------------------------- order of events
def _order_by_dates(order: Order, event_years: dict[str, tuple[YearSpan, str]],
                    labels: dict[str, str]) -> Reason | None:
    """'A came after B' against the years the base gives the two events (when each began); 'A
    because B' is refuted when B began after A."""
    if order.later not in event_years or order.earlier not in event_years:
        return None
    (later, later_claim), (earlier, _) = event_years[order.later], event_years[order.earlier]
    if order.cause:
        if earlier.low <= later.low:
            return None  # a cause before its effect: the dates cannot say more
        return Reason(Aspect.RELATION, Outcome.CONFLICTS, f"{_label(order.earlier, labels)} ({earlier.text}) came after "
                      f"{_label(order.later, labels)} began ({later.low}): it cannot have caused it", later_claim)
    if order.after_end:  # after the earlier event was over: after the last year the base gives it
        holds = later.low > earlier.high
        return Reason(Aspect.RELATION, Outcome.AGREES if holds else Outcome.CONFLICTS,
                      f"{_label(order.later, labels)} after {_label(order.earlier, labels)} was over: "
                      f"{'so' if holds else 'not so'} ({_label(order.later, labels)} {later.text}, "
                      f"{_label(order.earlier, labels)} {earlier.text})", later_claim)
    if later.low == earlier.low:
        return None
    if order.bare and later.low < earlier.low <= later.high:
        return None  # 'the Leap relaunched after Lushan': a later stage of a longer event, not its start
    holds = later.low > earlier.low and (order.gap is None or abs(later.low - earlier.low - order.gap) <= GAP_SLACK)
    said = f"{_label(order.later, labels)} after {_label(order.earlier, labels)}"
    known = f"{_label(order.later, labels)} {later.text}, {_label(order.earlier, labels)} {earlier.text}"
    return Reason(Aspect.RELATION, Outcome.AGREES if holds else Outcome.CONFLICTS,
                  f"{said}: {'so' if holds else 'the other way round'} ({known})", later_claim)


def _order_against_claim(order: Order, profile: Profile, labels: dict[str, str]) -> Reason | None:
    for known in profile.orders:
        if (known.later, known.earlier) == (order.later, order.earlier):
            return Reason(Aspect.RELATION, Outcome.AGREES, f"{_label(order.later, labels)} after {_label(order.earlier, labels)}",
                          profile.claim.id)
        if (known.later, known.earlier) == (order.earlier, order.later):
            return Reason(Aspect.RELATION, Outcome.CONFLICTS,
                          f"the sources put {_label(order.earlier, labels)} after {_label(order.later, labels)}", profile.claim.id)
    return None


DOMAIN_LABELS = {"glf": "the Great Leap Forward", "famine": "the famine"}


def _label(token: str, labels: dict[str, str]) -> str:
    """An end of an order as a reader would write it: the lexicon's name for an event, else the words."""
    return DOMAIN_LABELS.get(token) or labels.get(token) or token.replace("_", " ")


def figure_by_measure(figure: Figure, entries: list[Entry], works: frozenset[str],
                      agree_only: bool = False, people: frozenset[str] = frozenset()) -> Reason | None:
    found = _denial(figure, _figure_by_measure(figure, entries, works, people))
    if found is not None and agree_only and found.outcome == Outcome.CONFLICTS:
        return None  # the figure's year is uncertain: what fits confirms it, what does not says nothing
    return None if found is None else replace(found, element=figure.quantity.text)


def _denial(figure: Figure, found: Reason | None) -> Reason | None:
    """A figure the sentence rules out ('not the 25.4 that was registered') agrees where the
    sources do not give it; where they do, ruling it out conflicts. (Only a figure that fits
    a source's own is turned round: one outside them all is simply not theirs.)"""
    if found is None or not figure.denied:
        return found
    if found.outcome == Outcome.AGREES:
        return replace(found, outcome=Outcome.CONFLICTS, message=f"{found.message}, which the sentence rules out")
    if found.outcome == Outcome.CONFLICTS:
        return replace(found, outcome=Outcome.AGREES, message=f"{figure.quantity.text!r} is ruled out, rightly: "
                       + found.message.split(": ", 1)[-1])
    return found


def figure_against_claim(figure: Figure, profile: Profile, others: tuple[Figure, ...] = (),
                         attributed: bool = False, measured: bool = True) -> Reason | None:
    """`measured`: the base names what figures measure (a lexicon with measures); in a base that
    does not, figures of the same unit are compared as they are."""
    found = _denial(figure, _figure_against_claim(figure, profile, others, attributed, measured))
    return None if found is None else replace(found, element=figure.quantity.text)


def date_against_claim(stated: Dated, profile: Profile, verbs: frozenset[str] = frozenset(),
                       opposed: tuple[tuple[frozenset[str], frozenset[str]], ...] = (),
                       names: frozenset[str] = frozenset()) -> Reason | None:
    found = _date_against_claim(stated, profile, verbs, opposed, names)
    return None if found is None else replace(found, element=stated.span.text)


_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December")


LASTING = "last"  # the token of 'lasted', 'spanned' (lexicon synonyms): a stretch of time an event filled
LASTING_SLACK = 1  # years an event's stretch may reach past the years the claims give it

MONTHS_APART = 2  # a month this far from every month the claim gives is another date; nearer, a meeting may span both


def month_against_claim(statement: str, profile: Profile, span: YearSpan) -> Reason | None:
    """A month given with a year of `span` where the claim gives that year with other months: the
    year agrees, the date does not. 'March 1960' against July 1960 (MONTHS_APART or more away;
    'July 1959' for a plenum the claim puts in August may be the same meeting), or '14 August
    1959' against '14 July 1959' (both give the day). Silent where the claim names no month of
    that year. The reason stands for the year's element."""
    stated = {y: m for y, m in months_by_year(statement).items() if span.low <= y <= span.high}
    if not stated:
        return None
    known = dict(profile.months)
    for year, dates in sorted(stated.items()):
        theirs = known.get(year)
        if not theirs:
            continue
        far = all(abs(m - k) >= MONTHS_APART for m, _ in dates for k, _ in theirs)
        other_day = all(d and any(kd for _, kd in theirs) and (m, d) not in theirs for m, d in dates)
        if far or other_day:
            said = ", ".join(_date_text(m, d, year) for m, d in sorted(dates, key=lambda md: (md[0], md[1] or 0)))
            given = ", ".join(_date_text(m, d, year) for m, d in sorted(theirs, key=lambda md: (md[0], md[1] or 0)))
            return Reason(Aspect.YEAR, Outcome.CONFLICTS, f"{said} where the sources have {given}",
                          profile.claim.id, element=span.text)
    return None


def _date_text(month: int, day: int | None, year: int) -> str:
    return f"{day} {_MONTH_NAMES[month - 1]} {year}" if day else f"{_MONTH_NAMES[month - 1]} {year}"


def date_of_event(stated: Dated, event_years: dict[str, tuple[YearSpan, str]],
                  open_ended: frozenset[str] = frozenset()) -> Reason | None:
    found = _date_of_event(stated, event_years, open_ended)
    return None if found is None else replace(found, element=stated.span.text)


def order_by_dates(order: Order, event_years: dict[str, tuple[YearSpan, str]],
                   labels: dict[str, str] | None = None) -> Reason | None:
    found = _order_by_dates(order, event_years, labels or {})
    return None if found is None else replace(found, element=order.text)


def order_against_claim(order: Order, profile: Profile, labels: dict[str, str] | None = None) -> Reason | None:
    found = _order_against_claim(order, profile, labels or {})
    return None if found is None else replace(found, element=order.text)
