"""Deciding a statement's verdict: the one place where verdicts are made.

    statement -> elements -> candidates -> comparisons -> verdict

1. **Elements** (`elements.Reader`): what the sentence asserts that can be checked: figures with
   what they measure, dates with what they date, names, cited works, the order of events, and
   whether it is about the Leap and its famine at all.
2. **Candidates**: the claims whose words come close (the matcher), clause by clause for a long
   sentence; at most `MAX_COMPARED` of them are compared.
3. **Comparisons** (`comparing`): each element against each candidate claim, like with like; a
   measured figure against every claim's figure of its measure.
4. **Verdict** (`Checker.decide`): conflicting when an element conflicts with a claim the
   statement is about (or it asserts a recorded misconception); unknown when an element is one
   no claim speaks of; contested when the claim or a figure is disputed; supported otherwise.
   Every element's outcome is a reason of the result.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from glfcheck.base.cite import format_reference
from glfcheck.base.model import Base, Claim, Source, describe
from glfcheck.judging.cues import ENGLISH, Cues
from glfcheck.judging.attribution import Attribution, AuthorIndex, works_named
from glfcheck.judging.comparing import (Entry, date_against_claim, date_of_event, figure_against_claim,
                                        figure_by_measure, month_against_claim, names_against_claim,
                                        order_against_claim, order_by_dates)
from glfcheck.judging.elements import AWAY_FROM, DOMAIN_EVENTS, EVENT_CATEGORIES, PUBLISH, Reader, clause_spans
from glfcheck.judging.model import Comparison, Dated, Figure, Order, Profile, Statement
from glfcheck.judging.profile import profile
from glfcheck.judging.wording import (CONTRAST_LEAD_RE, compare_polarity, compare_share_sides, denied_tokens,
                                      denies_exclusivity, main_clause, relation_holds, says_any, stated_relation,
                                      succession, whole_against_part)
from glfcheck.matching.matcher import Candidate, Matcher
from glfcheck.matching.quantities import YearSpan, consistent, find_quantities, find_years, unit_family
from glfcheck.matching.text import NEGATIONS, Analysed, content_token
from glfcheck.results import Aspect, Outcome, Reason, Result, Verdict

# How close a claim's words must come for the statement to be about it (calibrated on the
# development set and the examples tables, scripts/evaluate.py).
MIN_STRENGTH = 62.0  # below this no claim is about the statement
MIN_COVERAGE = 0.55  # share of the statement's word weight the claim must account for
# The statement must say some of what the claim says: "Week 2: the Great Leap Forward and the famine"
# shares a rare word ("weeks") with a claim and nothing of its substance (measured: 0.17).
MIN_REVERSE = 0.2
SWAP_REVERSE = 0.5  # a statement saying this share of a claim's phrasing with another place in it swaps the place
FEW_WORDS = 3  # a statement of this many content words or fewer ...
FEW_WORDS_REVERSE = 0.5  # ... must say this share of the claim's phrasing to be about it
MIN_MISCONCEPTION_REVERSE = 0.6  # a statement matches a misconception only if it asserts its gist
CLOSE_STRENGTH = 70.0  # measured: no off-topic statement of the dev, examples or held-out sets reaches 69
CLOSE_COVERAGE = 0.3
SAYS_SCORE = 80.0
SAYS_REVERSE = 0.75
SAYS_COVERAGE = 0.4
CONTAINS_SCORE = 95.0  # a long sentence that holds the whole of a claim's phrasing ...
CONTAINS_REVERSE = 0.85  # ... is about that claim, however much else it says
SUPPORT_COVERAGE = 0.35  # a short statement is supported only by a claim covering this much of it
NAMED_WORK_BOOST = 3.0  # strength added to a claim citing the work a statement names (6 let wrong claims in)
NEAR_MARGIN = 5.0  # candidates this close to the best are weighed together
FIT_MARGIN = 15.0  # ... and this close, when they agree on all the closest one contradicts
# Bounded work per sentence: however long or odd the sentence, at most this many parts are looked
# up and this many claims compared with it.
MAX_STATEMENT_CHARS = 2000  # longer input is a document, not a statement
LONG_SENTENCE_WORDS = 20  # from here on a sentence is also looked up clause by clause
MAX_UNITS = 6  # clauses of a long sentence looked up on their own
CANDIDATES_PER_UNIT = 8
MAX_COMPARED = 16
CANDIDATES_PER_EVENT = 4  # claims looked at to date what a sentence says happened
MIN_EVENT_SHARED = 2  # ... whose dated clause shares this many words with it
MIN_PART_WORDS = 2  # a clause must be spoken of when it has this many content words besides names
# ... by a claim relevant to it alone, or by a claim the sentence is about whose phrasings hold this
# share of the clause's content words ('... and was forbidden to cook at home' within a claim that says so)
CLAUSE_IN_WORDS = 0.6  # measured on the tuned rows: 0.6 let in 7 more right answers and no wrong one; 0.75 only 2
TIME_REFERENCE_WORDS = frozenset({"after", "before", "following", "since"})  # "the recovery after the Leap"
# 'from' dates by an event only after a word of moving away: "the retreat from the Leap", but not
# "deaths from the famine", which are the famine's own
BLAME_REACH = 4  # words between 'blamed' and its 'on' ('blamed the crisis chiefly on'), and after it
DENIAL_TIME_WORDS = frozenset({"when", "after", "during", "once", "by"})  # "not abolished when the Leap ended"
DENIAL_TIME_REACH = 3  # words between such a word and the event that dates the denial ("after the famine")
LIST_REACH = 3  # words between two places joined by 'and' ('in Xinyang and in Anhui')
_SERIES_HEAD_RE = re.compile(r"[.:]")  # a series' title ends where a volume's own begins
_CAPITALISED_RE = re.compile(r"\b[A-Z][\w'’-]+")  # a name's word
QUESTION_MARK = "?"  # a sentence ending with it asks rather than asserts
DOMAIN = "the Great Leap Forward and its famine"  # the event every claim is about
PLACE = "place"  # the names category of places (provinces, prefectures, camps, cities)
PERSON = "person"  # the names category of people: a claim about someone else says nothing of them
SUBJECTS = frozenset({PERSON, "country", "organisation"})  # names only the claim a sentence is about accounts for
# What a reported view may say against the sources without being wrong to report (not what it
# says of the works themselves: their authors, years, venues and stances)
REPORTABLE = frozenset({Aspect.FIGURE, Aspect.YEAR, Aspect.NAME, Aspect.RELATION, Aspect.POLARITY, Aspect.WORDING})
EVENT_SUPPORT = 2  # claims that must give a year for it to bound an event's dates
WORKS_TOPIC = "works"
WORKS_COMPARED = "works compared"  # the element of a sentence comparing works' figures ("lower than Peng's")  # claims that restate bibliography: they date works, not events


@dataclass
class Work:
    """What a check cost: how many parts were looked up and claims compared (for tests of the
    bounds, and for the benchmark)."""

    lookups: int = 0
    compared: int = 0


class Checker:
    """Checks statements against one loaded base; build it once (the cache keeps it), call it many times."""

    def __init__(self, base: Base, matcher: Matcher | None = None):
        self.base = base
        self.matcher = matcher or Matcher(base)
        self.cues = Cues(base.lexicon)
        self.authors = AuthorIndex(base)
        self.reader = Reader(base, self.matcher.normaliser, self.authors, frozenset(self.matcher.vocabulary))
        self.reader.loose_events = True
        self.profiles: dict[str, Profile] = {c.id: profile(c, self.reader) for c in base.claims}
        self.reader.loose_events = False
        self.by_measure: dict[str, list[Entry]] = {}
        for p in self.profiles.values():
            for figure in p.figures:
                if figure.measure and not figure.from_text:  # the claims' data, not words read from them
                    self.by_measure.setdefault(figure.measure, []).append(Entry(p, figure))
        self.event_years = self._event_years()
        self.domain_tokens = frozenset(map(content_token, DOMAIN_EVENTS))  # the Leap and its famine, as claims' words
        self.labels = {t: name for t, (category, name) in self.reader.categories.items()}
        self.name_tokens = frozenset(self.reader.categories)
        self.work = Work()

    def _event_years(self) -> dict[str, tuple[YearSpan, str]]:
        """When each named event took place, from the established claims that date it: the
        years attached to it ('the Lushan Conference of 1959') or dating a clause about its start
        or course and no other event. The year most claims give for its start wins (one claim's
        aside must not move the Leap to 1957), with the latest end any of them gives. Events the
        base dates only by their start ('the Cultural Revolution began in 1966') are `open_ended`:
        a later date may be within them."""
        spans: dict[str, list[tuple[YearSpan, str]]] = {}
        # events some claim says began, and none when they ended or how long they lasted (a meeting
        # dated by its year alone is over within it)
        ended: set[str] = set()
        begun: set[str] = set()
        for p in self.profiles.values():
            if p.claim.status != "established" or p.attributive or p.claim.topic == WORKS_TOPIC:
                continue
            for d in p.dates:
                events = d.tokens & self.reader.events
                event = d.event or (next(iter(events)) if len(events) == 1 and d.kind in ("begin", "occur") else None)
                if event and d.kind in (None, "begin", "occur"):
                    spans.setdefault(event, []).append((d.span, p.claim.id))
                if event and (d.kind in ("end", "occur") or d.span.high > d.span.low):
                    ended.add(event)
                elif event and d.kind == "begin" and events <= {event}:
                    begun.add(event)  # (not 'the Beidaihe meeting set up the communes': that began them)
        self.open_ended = frozenset(begun - ended)
        out = {}
        for event, found in spans.items():
            # the years that at least two claims give (one claim's aside must not move the Leap to
            # 1957), else the start most claims give; with the latest end of those
            starts, ends = Counter(s.low for s, _ in found), Counter(s.high for s, _ in found)
            low = min((y for y, n in starts.items() if n >= EVENT_SUPPORT),
                      default=max(starts, key=lambda year: (starts[year], -year)))
            high = max((y for y, n in ends.items() if n >= EVENT_SUPPORT and y >= low),
                       default=max(s.high for s, _ in found if s.low == low))
            first = next(claim_id for s, claim_id in found if s.low == low)
            out[event] = (YearSpan(low, high, f"{low}" if low == high else f"{low}-{high}"), first)
        return out

    # ------------------------------------------------------------------ public
    def check(self, statement: str) -> Result:
        self.work = Work()
        text = " ".join(statement.split())
        if not text:
            return Result(statement, Verdict.UNKNOWN, reasons=(Reason(Aspect.MATCH, Outcome.INFO, "empty statement"),))
        note = None
        if len(text) > MAX_STATEMENT_CHARS:
            note = Reason(Aspect.MATCH, Outcome.INFO, f"only the first {MAX_STATEMENT_CHARS:,} of {len(text):,} "
                                                     "characters were checked (a statement is one sentence; "
                                                     "check a document with lint)")
            text = text[:MAX_STATEMENT_CHARS]
        text = self._without_unknown_citations(text)
        elements = self.reader.statement(text)
        candidates, covered = self._candidates(elements)
        named = works_named(elements.works)
        # a claim the statement is not about is compared only when it rests on a work the
        # statement names (that work's own figures may judge a figure); the others judge nothing
        comparisons = [self._compare(elements, c, covered) if self._relevant(c) or named & set(c.claim.source_ids)
                       else Comparison(c, self.profiles[c.claim.id], (), False, False) for c in candidates]
        result = self.decide(replace(elements, text=statement), comparisons, covered)
        return replace(result, reasons=result.reasons + (note,)) if note else result

    def _without_unknown_citations(self, text: str) -> str:
        """Citations of works the base does not hold set aside (see `references.without_unknown`);
        references is imported only for a sentence with a bracket, which a citation needs."""
        if "(" not in text:
            return text
        from glfcheck.documents.references import without_unknown

        return without_unknown(text, self.base)

    # ------------------------------------------------------------------ candidates
    def _units(self, statement: Statement) -> list[str]:
        """What is looked up: the sentence, and for a long one its main clause and its clauses
        (not those that start from a pronoun: 'but it gave no figure' has lost its subject)."""
        text = statement.text
        if len(text.split()) < LONG_SENTENCE_WORDS:
            return [text]
        parts = [main_clause(text)] + [text[s:e] for s, e in clause_spans(text) if len(text[s:e].split()) >= 5
                                       and not self.cues.PRONOUN_LEAD.match(text[s:e])]
        return [text] + list(dict.fromkeys(p.strip() for p in parts if p.strip() != text))[:MAX_UNITS - 1]

    def _candidates(self, statement: Statement) -> tuple[list[Candidate], dict[str, frozenset[str]]]:
        """The closest claims to the sentence (or to any of its clauses), strongest first; a claim
        resting on a work the statement names is a little closer. Also, for each part looked up,
        the claims relevant to it."""
        named = works_named(statement.works)
        best: dict[str, Candidate] = {}
        covered: dict[str, frozenset[str]] = {}
        subjects = sorted(n for c, n in statement.names if c in (PERSON, PLACE))
        bare: list[str] = []
        for unit in self._units(statement):
            self.work.lookups += 1
            if unit != statement.text and subjects and not self.reader.names(unit):
                bare.append(unit)
            found = self.matcher.candidates(self.matcher.analyse(unit), limit=CANDIDATES_PER_UNIT)
            found = [replace(c, boost=NAMED_WORK_BOOST) if named & set(c.claim.source_ids) else c for c in found]
            covered[unit] = frozenset(c.claim.id for c in found if self._relevant(c))
            for c in found:
                # a claim's closest look-up is the one that finds it relevant, then the strongest
                known = best.get(c.claim.id)
                if known is None or (self._relevant(c), c.strength) > (self._relevant(known), known.strength):
                    best[c.claim.id] = c
        for unit in bare:
            # a clause naming no one and nowhere speaks of the sentence's people and places ('Zeng
            # Xisheng of Anhui, after presiding over one of the worst death rates, ...'): a claim the
            # sentence is about may speak for it, read with them
            self.work.lookups += 1
            found = self.matcher.candidates(self.matcher.analyse(f"{unit} ({', '.join(subjects)})"),
                                            limit=CANDIDATES_PER_UNIT)
            covered[unit] |= {c.claim.id for c in found if c.claim.id in best and self._relevant(c)}
        return sorted(best.values(), key=lambda c: (-c.strength, c.claim.id))[:MAX_COMPARED], covered

    # ------------------------------------------------------------------ comparisons
    def _compare(self, statement: Statement, candidate: Candidate,
                 covered: dict[str, frozenset[str]] | None = None) -> Comparison:
        self.work.compared += 1
        p = self.profiles[candidate.claim.id]
        # of a long sentence, only the clauses that say what the claim says can contradict it in
        # words or names ("... to report shortfalls honestly" is no word on Peng's letter)
        parts = None
        if covered and len(covered) > 1:
            parts = [u for u, claims in covered.items() if u != statement.text and p.claim.id in claims]
            # (a clause looked up both alone and within a longer part is read once: its negation
            # read twice would cancel out)
            parts = [u for u in parts if not any(other != u and other in u for other in parts)]
        checks: list[Reason] = []
        for figure in statement.figures:  # (a measured figure is judged by its measure's table; see _account)
            found = figure_against_claim(figure, p, statement.figures, attributed=bool(statement.works),
                                         measured=bool(self.base.lexicon.measures))
            if found is not None:
                checks.append(found)
        verbs = frozenset(self.reader.dating)
        opposed = self.base.lexicon.opposites
        dated = {d: date_against_claim(d, p, verbs, opposed, self.name_tokens) for d in statement.dates}
        for d, found in dated.items():
            if found is not None and found.outcome == Outcome.AGREES and not d.denied:  # the year fits: the month?
                found = month_against_claim(statement.text, p, d.span) or found
            if found is not None and d.denied and found.outcome == Outcome.CONFLICTS and any(
                    o is not d and not o.denied and o.clause == d.clause and r is not None and r.outcome == Outcome.AGREES
                    for o, r in dated.items()):
                continue  # one of the claim's dates chosen over another it gives ('1958 rather than 1959')
            if found is not None:
                checks.append(found)
        ruled_out = self._ruled_out(statement)
        texts = p.claim.texts
        closest = p.phrasings[texts.index(candidate.text)] if candidate.text in texts else None
        names = names_against_claim(statement, p, ruled_out, self.name_tokens, closest)
        if parts is not None:
            said_there = {n for u in parts for _, n in self.reader.names(u)}
            names = [(n, r if r is None or r.outcome != Outcome.CONFLICTS or n[1] in said_there else None)
                     for n, r in names]
        if self._someone_else_of_their_own_place(names):
            # ('Gansu's leader Zhang Zhongliang was dismissed in 1960' is not the claim that Anhui's Zeng
            # Xisheng was dismissed in 1962: the base knows Zhang as Gansu's): the claim judges nothing
            names = [(n, None) for n, _ in names]
        checks += [r for _, r in names if r is not None]
        # the people the sentence names, and any country where the claim names none, must be the
        # claim's for it to contradict anything ('Mao visited the Soviet Union in 1957' is not the
        # claim that he visited Xushui in 1958)
        kinds = {category for category, _ in p.names}
        people = all(r is not None for (category, _), r in names
                     if category == PERSON or (category in SUBJECTS and category not in kinds))
        checks += [r for o in statement.orders if (r := order_against_claim(o, p, self.labels)) is not None]
        swapped = self._works_swapped(statement, p)
        if swapped is not None:
            checks.append(swapped)
        polarity = self._polarity(statement, candidate, p, parts)
        if polarity is not None and statement.analysed.negations and self._denied_at_another_time(statement, p):
            polarity = None  # 'the communes were not abolished when the Leap ended' against their end in the 1980s
        if polarity is not None:
            checks.append(polarity)
        # a claim restated with one of its works swapped is what the sentence is about, even when
        # the swap costs the words a little of their closeness ('Becker adopts Coale's figure ...')
        swapped = swapped is not None and candidate.strength >= MIN_STRENGTH
        relevant = (self._relevant(candidate) or swapped) and not self._another_event(statement, p, checks) \
            and not self._only_a_time_reference(statement, closest) and not self._another_place(statement, p, candidate) \
            and not self._someone_elses_words(statement, p, candidate) \
            and not self._says_too_little(statement, candidate)
        return Comparison(candidate, p, tuple(checks), relevant, people)

    def _someone_else_of_their_own_place(self, names: list[tuple[tuple[str, str], Reason | None]]) -> bool:
        """Does the sentence put both another person and another place in the claim's slots, a
        person and a place some claim of the base names together?"""
        swapped = {category: name for (category, name), r in names
                   if r is not None and r.outcome == Outcome.CONFLICTS and category in (PERSON, PLACE)}
        if len(swapped) < 2:
            return False
        pair = {(PERSON, swapped[PERSON]), (PLACE, swapped[PLACE])}
        return any(pair <= other.names for other in self.profiles.values())

    def _denied_at_another_time(self, statement: Statement, p: Profile) -> bool:
        """A clause denies something at a time it names ('not abolished when the Leap ended', 'not
        dissolved after the famine', 'not abolished in 1961'), and the claim dates it to another time
        (the early 1980s): the denial is of that time, not of the claim."""
        known = [d.span for d in p.dates if not d.data]
        if not known:
            return False
        for i, clause in enumerate(statement.clauses):
            words = self.matcher.analyse(clause).words
            at = next((j for j, w in enumerate(words) if w in NEGATIONS), None)
            if at is None:
                continue
            times = [d.span for d in statement.dates if d.clause == i]
            for j, word in enumerate(words[at + 1:], at + 1):
                if word in DENIAL_TIME_WORDS:
                    event = next((w for w in words[j + 1:j + 1 + DENIAL_TIME_REACH] if w in self.event_years), None)
                    if event is not None:
                        times.append(self.event_years[event][0])
            if times and not any(t.overlaps(k) for t in times for k in known):
                return True
        return False

    def _someone_elses_words(self, statement: Statement, p: Profile, candidate: Candidate) -> bool:
        """The claim (or the phrasing that matched) tells what a person said or saw ('Mao told
        Mitterrand that there was no famine', 'Peng saw how bad things were'), and the sentence
        names none of its people: 'there was no
        famine' is not what the claim says happened."""
        ours = {n for c, n in statement.names if c == PERSON}
        if ours & {n for c, n in p.names if c == PERSON}:
            return False  # (the claim names them in another of its phrasings: 'Edgar Snow reported ...')
        for text in dict.fromkeys((p.claim.statement, candidate.text)):
            if self.cues.SAYING.search(text) is not None:
                people = {n for c, n in self.reader.names(text) if c == PERSON}
                if people and not people & ours:
                    return True
        return False

    def _another_place(self, statement: Statement, p: Profile, candidate: Candidate) -> bool:
        """The statement speaks of one local place and the claim of another (places the lexicon
        puts in a province), neither within the other, and they share no other name: 'famine broke out at Jiabiangou in 1960' is not about the
        army's arrival in Xinyang, however alike the words. (A statement that shares a person
        with the claim may give that person the wrong province: that is the names' to judge.)"""
        within = self.base.lexicon.within
        ours = {n for c, n in statement.names if c == PLACE}
        theirs = {n for c, n in p.names if c == PLACE}
        if not ours or not theirs or ours & theirs or (statement.names - {(PLACE, n) for n in ours}) & p.names:
            return False
        if not all(n in within for n in ours | theirs) or candidate.reverse >= SWAP_REVERSE:
            return False  # a province or a city given for another, or the claim's words with another place, is a swap
        return not any(within.get(a) == b or within.get(b) == a for a in ours for b in theirs)

    @staticmethod
    def _says_too_little(statement: Statement, candidate: Candidate) -> bool:
        """A sentence of a few content words and no figure, date, name or work to be checked
        ('Cities first.', 'The state came first.') is about a claim only when it says most of what
        the claim's phrasing says: a few shared words are vocabulary, not the claim's proposition."""
        return (len(set(statement.analysed.tokens)) <= FEW_WORDS and candidate.reverse < FEW_WORDS_REVERSE
                and not (statement.figures or statement.dates or statement.names or statement.works))

    def _only_a_time_reference(self, statement: Statement, phrasing: Analysed | None) -> bool:
        """The claim's phrasing names an event only to date something else by it ('led the economic
        recovery after the Great Leap Forward'), where the statement speaks of the event itself
        ('Deng Xiaoping led the Great Leap Forward')."""
        if phrasing is None or statement.orders or len(set(statement.analysed.words) & self.reader.events) != 1:
            return False  # (an order between two events is the order's to judge)

        said = statement.analysed.words
        tokens = set(statement.analysed.tokens)

        def dated_by(words: tuple[str, ...]) -> set[str]:
            """The events an order word stands before, when what it dates is something the
            statement does not speak of ('the *recovery* after the Leap'; not 'dismissed after
            Lushan', where the statement also speaks of a dismissal)."""
            found = set()
            for i, word in enumerate(words[:-1]):
                if i and (word in TIME_REFERENCE_WORDS or (word == "from" and words[i - 1] in AWAY_FROM)):
                    following = [w for w in words[i + 1:i + 3] if w not in ("the", "a", "an")]
                    dated = content_token(words[i - 1])
                    if following and following[0] in self.reader.events and dated and dated not in tokens:
                        found.add(following[0])
            return found

        return bool((dated_by(phrasing.words) & set(said)) - dated_by(said))

    def _another_event(self, statement: Statement, p: Profile, checks: list[Reason]) -> bool:
        """The statement names events, the claim others, and the statement does not restate the
        claim with its event swapped: 'the Beidaihe meeting took place in 1962' is not about
        'the Lushan plenum met in 1959', however alike the words; nor is 'the Cultural Revolution
        lasted ten years' about 'the famine lasted three years'. (The Leap and its famine count
        as one event.)"""
        ours = {n for c, n in statement.names if c in EVENT_CATEGORIES}
        theirs = {n for c, n in p.names if c in EVENT_CATEGORIES}
        if DOMAIN_EVENTS & set(statement.analysed.words):
            # a sentence about the Leap or its famine may be about any claim, unless it names another
            # meeting or campaign than the claim's ('the Zhengzhou Conference of 1958 tried to cool the
            # Leap's excesses' is not about Lushan)
            swapped = any(r.aspect == Aspect.NAME and r.outcome == Outcome.CONFLICTS for r in checks)
            return bool(ours) and bool(theirs) and not ours & theirs and not swapped
        theirs |= {DOMAIN} if self.domain_tokens & p.words else set()
        return bool(ours) and bool(theirs) and not ours & theirs and not any(
            r.aspect == Aspect.NAME and r.outcome == Outcome.CONFLICTS for r in checks)

    def _works_swapped(self, statement: Statement, p: Profile) -> Reason | None:
        """Another author where the claim names one, beside one it names: 'Becker adopts Ansley
        Coale's figure' against 'Becker ... relying on Banister's estimate'."""
        said, known = dict(statement.first_authors), dict(p.first_authors)
        if len(said) < 2 or not set(said) & set(known):
            return None
        extra, missing = set(said) - set(known), set(known) - set(said)
        if len(extra) == 1 and len(missing) == 1:
            (name,), (theirs,) = extra, missing
            return Reason(Aspect.ATTRIBUTION, Outcome.CONFLICTS, f"{name} where the sources have "
                          f"{self._work_label(known[theirs])}", p.claim.id, (known[theirs],), element=name)
        return None

    def _polarity(self, statement: Statement, candidate: Candidate, p: Profile,
                  parts: list[str] | None = None) -> Reason | None:
        """Negation, opposite words, a reversed comparison or succession, a share given to the
        other side, read against the claim's phrasing closest in wording; of a long sentence,
        only in the `parts` that say what the claim says."""
        if parts is not None and not parts:
            return None
        analysed = statement.analysed if parts is None else self.matcher.analyse(" ".join(parts))
        clauses = [self.matcher.analyse(c) for c in (statement.clauses if parts is None else parts)]
        texts = p.claim.texts
        at = texts.index(candidate.text) if candidate.text in texts else 0
        read_denials = not (any(f.denied for f in statement.figures) or self.cues.DENIES_NUMBER.search(statement.text))

        def against(i: int):  # noqa: ANN202 - a Finding
            return compare_polarity(analysed, p.phrasings[i], self.base.lexicon, clauses, list(p.clauses[i]),
                                    lambda: set(p.asserted), read_denials=read_denials,
                                    affirmed=lambda: {w for ph in p.phrasings if not ph.negations for w in ph.words})

        found = against(at)
        if found.outcome == "conflicts" and parts is None and analysed.negations:
            # for a negated sentence, another phrasing of the claim as close in wording and as negated that
            # the sentence agrees with says the same thing its way ('Tombstone cannot be published in
            # mainland China' beside 'is still banned on the mainland', for 'has never been published in
            # mainland China')
            close = [i for t, score in self.matcher.phrasing_scores(analysed, p.claim.id)
                     if t != candidate.text and t in texts and score >= candidate.score - NEAR_MARGIN
                     and p.phrasings[i := texts.index(t)].negations % 2 == analysed.negations % 2]
            if any(against(i).outcome != "conflicts" for i in close):
                return None
        if found.outcome != "conflicts":
            said = succession(analysed, self.base.lexicon)
            if said and any(succession(ph, self.base.lexicon) == said[::-1] for ph in p.phrasings):
                return Reason(Aspect.POLARITY, Outcome.CONFLICTS, "who replaced whom is the other way round", p.claim.id)
            # the same predecessor with another successor, or the reverse: "Peng Dehuai was succeeded by
            # Zhou Enlai" where the sources have Lin Biao; "Liu Shaoqi succeeded Zhou Enlai" where they have Mao
            for same, other in ((1, 0), (0, 1)):
                known = next((k for ph in p.phrasings if said and (k := succession(ph, self.base.lexicon))
                              and k[same] == said[same] and k[other] != said[other]), None)
                if known is not None:
                    return Reason(Aspect.NAME, Outcome.CONFLICTS, f"{self.labels.get(said[0], said[0])} succeeded "
                                  f"{self.labels.get(said[1], said[1])}, where the sources have "
                                  f"{self.labels.get(known[other], known[other])}", p.claim.id,
                                  element=self.labels.get(said[other], said[other]))
            whole = whole_against_part(analysed, (ph.words for ph in p.phrasings), self.base.lexicon)
            if whole is not None:  # "weather alone explains it" against "weather only partly explains it"
                return Reason(Aspect.POLARITY, Outcome.CONFLICTS, f"'{whole[0]}' where the claim gives a part "
                              f"('{whole[1]}')", p.claim.id)
            if statement.shares and p.shares and self.base.lexicon.opposites:
                found = compare_share_sides(list(statement.shares), list(p.shares), self.base.lexicon)
                if found:
                    return Reason(Aspect.FIGURE, Outcome.CONFLICTS, found.message, p.claim.id)
            return None
        return Reason(Aspect.POLARITY, Outcome.CONFLICTS, found.message, p.claim.id)

    def _ruled_out(self, statement: Statement) -> frozenset[str]:
        """Names the statement sets aside ('..., not in Beijing')."""
        if not self.cues.SETS_ASIDE.search(statement.text):
            return frozenset()
        parts = [self.matcher.analyse(c) for c in statement.clauses]
        denied = denied_tokens(parts, self.base.lexicon.word_set("exclusive"))
        return frozenset(self.labels[t].lower() for t in denied if t in self.labels)

    @staticmethod
    def _relevant(c: Candidate) -> bool:
        """Is the statement about this claim? It is mostly made of the claim's words; or it is
        close overall; or (a long essay sentence) it says everything the claim's phrasing says."""
        standard = c.strength >= MIN_STRENGTH and c.coverage >= MIN_COVERAGE and c.reverse >= MIN_REVERSE
        if c.claim.status == "false":  # a misconception must be asserted, not merely touched on
            return c.reverse >= MIN_MISCONCEPTION_REVERSE and (
                standard or (c.strength >= CLOSE_STRENGTH + 5 and c.reverse >= 0.8)
                or (c.score >= CONTAINS_SCORE and c.reverse >= 0.95 and len(set(c.tokens)) >= 4))
        if standard or (c.strength >= CLOSE_STRENGTH and c.coverage >= CLOSE_COVERAGE and c.reverse >= MIN_REVERSE):
            return True
        if c.score >= SAYS_SCORE and c.reverse >= SAYS_REVERSE and c.coverage >= SAYS_COVERAGE:
            return True
        return c.score >= CONTAINS_SCORE and c.reverse >= CONTAINS_REVERSE and len(set(c.tokens)) >= 4

    # ------------------------------------------------------------------ the verdict
    def decide(self, statement: Statement, comparisons: list[Comparison],
               covered: dict[str, frozenset[str]] | None = None) -> Result:
        """The verdict, from the elements' outcomes: the only place a verdict is made.
        `covered`: for each part of a long sentence looked up alone, the claims relevant to it."""
        text = statement.text
        if text.rstrip().endswith(QUESTION_MARK):
            return Result(text, Verdict.UNKNOWN, reasons=(Reason(
                Aspect.SUBJECT, Outcome.OPEN, "the sentence is a question: it asserts nothing to check"),))
        if statement.foreign:
            return Result(text, Verdict.UNKNOWN, reasons=(Reason(
                Aspect.SUBJECT, Outcome.OPEN, f"the sentence is about {statement.foreign}, not the Great Leap "
                                              "Forward or its famine"),))
        wrong_work = self._wrong_work(statement)
        if wrong_work is not None:
            return wrong_work
        relevant = [c for c in comparisons if c.relevant and not self._of_another_author(statement, c)]
        # (a claim about another author's work is no measure of how close the sentence's own
        # subject comes: 'Dikötter's book relied on interviews' against Becker's interviews)
        top = max((c.candidate.strength for c in relevant if not self._another_authors(statement, c)), default=0.0)
        for c in relevant:  # a misconception about as close as the closest claim, which the sentence asserts
            if c.profile.misconception and c.candidate.strength >= top - NEAR_MARGIN \
                    and self._asserts(statement, c, relevant) and not self._explained(statement, c, relevant):
                return self._misconception(statement, c, relevant)
        stated = [c for c in relevant if not c.profile.misconception and not self._set_aside(statement, c, relevant)]
        main = self._main(stated)
        accounts = self._account(statement, main, stated, comparisons, covered)
        accounts += self._parts(statement, covered or {}, stated)
        accounts += self._fates(statement, stated)
        accounts += self._blamed(statement, main)
        order = ([main] if main else []) + [c for c in stated if c is not main]
        near = main.candidate.strength - NEAR_MARGIN if main else float("inf")
        accounts += self._works_behind(statement, accounts, [c for c in order if c.candidate.strength >= near], order)
        return self._result(statement, main, stated, self._as_reported(statement, accounts))

    def _of_another_author(self, statement: Statement, c: Comparison) -> bool:
        """A sentence whose subject is an author ('Dikötter relied on refugee interviews') is not
        about a claim on another author's work (Becker's), however many words they share."""
        if not statement.first_authors:
            return False
        if c.profile.works and self.reader.titles_another_work(statement.text, statement.first_authors[0][0],
                                                              c.profile.works):
            return True  # "Zhou Xun's Forgotten Voices ..." is not her Documentary History
        if not self._another_authors(statement, c):
            return False
        surname, work = statement.first_authors[0]
        if any(e.source == work for e in c.claim.evidence):
            return False  # the author's own estimate among those the claim gathers
        given = " ".join(g for _, g in self.base.sources[work].authors[:1])
        found = re.match(rf"\W*{re.escape(surname)}\s+(\w+)", statement.text)
        if found and found.group(1)[:1].isupper() and found.group(1) not in given:
            return False  # another person of that surname ('Li Rui' is not Li Zhisui)
        opening = self.matcher.analyse(surname).tokens[:1]
        return bool(opening) and statement.analysed.tokens[:1] == opening

    @staticmethod
    def _another_authors(statement: Statement, c: Comparison) -> bool:
        """The sentence names the authors of a work, and the claim is about another author's."""
        said, known = dict(statement.first_authors), dict(c.profile.first_authors)
        return bool(said) and bool(known) and not set(said) & set(known)

    def _as_reported(self, statement: Statement,
                     accounts: list[tuple[str, Reason | None]]) -> list[tuple[str, Reason | None]]:
        """A sentence reporting someone's view ('Cheng Enfu contends that only four million died')
        is true if they said it: the sources' figures and dates cannot refute it, only what the
        base records of the works it names. Those conflicts stay as information, and what the
        reporter says is left open."""
        if statement.reporter is None:
            return accounts
        named = works_named(statement.works)
        out: list[tuple[str, Reason | None]] = []
        for label, r in accounts:
            if r is None or r.outcome != Outcome.CONFLICTS or r.aspect not in REPORTABLE \
                    or (named and r.claim_id and self._rests_on(self.profiles[r.claim_id], named)):
                out.append((label, r))
                continue
            out.append((f"{statement.reporter}'s view of {label}", None))
            out.append((label, replace(r, outcome=Outcome.INFO, message=f"{r.message} (so the sources say; the base "
                                                                          f"does not record {statement.reporter}'s view)")))
        return out

    def _parts(self, statement: Statement, covered: dict[str, frozenset[str]],
               stated: list[Comparison]) -> list[tuple[str, Reason | None]]:
        """Each clause of a long sentence must be what some claim speaks of, or it is left open:
        a claim relevant to the clause looked up alone, or a claim the sentence is about whose
        phrasings hold most of the clause's words (`CLAUSE_IN_WORDS`) and which the clause neither
        denies, limits nor turns round."""
        out: list[tuple[str, Reason | None]] = []
        ids = {c.claim.id for c in stated}
        for unit, claims in covered.items():
            analysed = self.matcher.analyse(unit)
            words = [w for w in analysed.tokens if w not in self.reader.categories]
            if unit == statement.text or len(words) < MIN_PART_WORDS:
                continue  # (a clause of dates, figures and names only: those are checked as elements)
            label = f"'{unit[:60]}'"
            held = sorted(claims & ids)
            if not held and not analysed.negations and not says_any(analysed.words, self.base.lexicon.words("exclusive")):
                held = [c.claim.id for c in stated
                        if sum(w in c.profile.words for w in words) >= CLAUSE_IN_WORDS * len(words)
                        and self._polarity(statement, c.candidate, c.profile, [unit]) is None]
            out.append((label, Reason(Aspect.WORDING, Outcome.AGREES, f"{label} is what {held[0]} speaks of",
                                      held[0], element=unit) if held else None))
        return out

    def _fates(self, statement: Statement, stated: list[Comparison]) -> list[tuple[str, Reason | None]]:
        """What the sentence says befell someone (lexicon `fates`: 'executed', 'imprisoned') must be
        what a claim it is about says too: 'Peng Dehuai was executed at Lushan' is not spoken of by
        a claim that Mao attacked Peng's criticism there."""
        said = [f for f in self.base.lexicon.words("fates") if says_any(statement.analysed.words, [f])]
        # (the claim may say it in another form of the words: 'executions', 'summarily executed')
        return [(f"what it says befell someone ('{f}')", None) for f in said[:1]
                if not any({t for w in f.split() if (t := content_token(w))} <= set(ph.tokens)
                           for c in stated for ph in c.profile.phrasings)]

    def _blamed(self, statement: Statement, main: Comparison | None) -> list[tuple[str, Reason | None]]:
        """What a sentence blames something on ('Lin blamed the crisis chiefly on bad weather',
        'attributed the fall to drought'), or gives as its purpose ('the Lushan conference was held
        to launch the communes'), must be what the claim it is about names: a claim that Lin blamed
        the loss of exit rights does not speak of weather."""
        if main is None:
            return []
        words = statement.analysed.words
        owing = [tuple(p.split()) for p in self.base.lexicon.words("owing")]
        purposes = [tuple(p.split()) for p in self.base.lexicon.words("purpose")]
        out: list[tuple[str, Reason | None]] = []
        for i, word in enumerate(words):
            # 'blamed the crisis on X', 'attributed the fall to X'; 'because of X', 'due to X'; 'held to X'
            phrase = next((p for p in owing + purposes if words[i:i + len(p)] == p), None)
            if phrase is not None:
                joint = i + len(phrase) - 1
            elif word in self.base.lexicon.word_set("blaming"):
                joint = next((j for j in range(i + 1, min(len(words), i + 1 + BLAME_REACH)) if words[j] in ("on", "to")),
                             None)
            else:
                continue
            if joint is None:
                continue
            blamed = {t for w in words[joint + 1:joint + 1 + BLAME_REACH] if (t := content_token(w))}
            # (a cause named in other words may share one of them; a purpose must be the claim's whole:
            # 'held to launch the communes' is not 'opened in July')
            spoken = blamed <= main.profile.words if phrase in purposes else bool(blamed & main.profile.words)
            if blamed and not spoken:
                out.append((f"the cause or purpose it gives ('{' '.join(words[joint + 1:joint + 1 + BLAME_REACH])}')", None))
        return out

    def _set_aside(self, statement: Statement, c: Comparison, relevant: list[Comparison]) -> bool:
        """A claim that reports one work's view ('Dikötter estimated 45 million') does not judge
        a statement that names no work when an equally close claim states the matter itself."""
        if statement.works or not c.profile.attributive:
            return False
        top = max(r.candidate.strength for r in relevant)
        return any(not r.profile.attributive and not r.profile.misconception
                   and r.candidate.strength >= top - NEAR_MARGIN for r in relevant)

    def _main(self, stated: list[Comparison]) -> Comparison | None:
        """The claim the statement is about: among the closest, the one whose figures, dates and
        names it speaks to most, agreeing rather than conflicting; then the closest."""
        if not stated:
            return None
        top = stated[0].candidate.strength
        near = [c for c in stated if c.candidate.strength >= top - NEAR_MARGIN]

        def agreeing(c: Comparison) -> int:
            return sum(r.outcome == Outcome.AGREES for r in c.checks)

        def conflicting(c: Comparison) -> int:
            return sum(r.outcome == Outcome.CONFLICTS for r in c.checks)

        def preference(c: Comparison) -> tuple:
            return (not c.people, -(agreeing(c) + conflicting(c)), conflicting(c) > 0, -agreeing(c), -c.candidate.strength)

        best = min(near, key=preference)
        if not best.people:
            # the closest claims leave out someone the sentence names ('Huang Kecheng was not among
            # those condemned with Peng' against Mao's attack on Peng): a claim a little further
            # off that names them all is the one the sentence is about
            everyone = [c for c in stated if c.people and c.candidate.strength >= top - FIT_MARGIN]
            if everyone:
                best = min(everyone, key=preference)
        if conflicting(best):
            # "Khrushchev said the USSR would overtake the US in fifteen years" is the claim about
            # Khrushchev's boast, not a swap of names in the claim about Mao's: a claim a little
            # further off that agrees on as much, with no conflict, is the one the statement is about
            contradicted = {r.element for r in best.checks if r.outcome == Outcome.CONFLICTS}
            fitting = [c for c in stated if c.candidate.strength >= top - FIT_MARGIN and not conflicting(c) and c.people
                       and contradicted <= {r.element for r in c.checks if r.outcome == Outcome.AGREES}]
            if fitting:
                return max(fitting, key=lambda c: (agreeing(c), c.candidate.strength))
        return best

    def _account(self, statement: Statement, main: Comparison | None, stated: list[Comparison],
                 compared: list[Comparison] = (),  # type: ignore[assignment]
                 covered: dict[str, frozenset[str]] | None = None) -> list[tuple[str, Reason | None]]:
        """Every element of the statement with what the base says of it (None: nothing).

        - A measured figure is judged by every claim's figure of its measure (credited to a work,
          by that work's); the claim the statement is about may confirm a figure it states itself.
        - A date attached to an event ('Lushan (1959)') by the event's date; a work's year by the
          works the statement names; other dates by the claims the statement is about.
        - A name by the claim the statement is about (another name in its slot conflicts), else by
          any claim close to it; a place a figure is scoped to by that figure's claim.
        - An order of events by the events' dates.
        A conflict comes only from claims about as close as the closest, and only from claims that
        speak of the people the statement names: a claim about someone else judges nothing of them."""
        order = ([main] if main else []) + [c for c in stated if c is not main]
        near = main.candidate.strength - NEAR_MARGIN if main else float("inf")

        strength = {c.claim.id: c.candidate.strength for c in order}

        def closest_for(element: str) -> set[str]:
            """The claim closest to each clause of a long sentence holding the element: it speaks
            for that clause ('... withdrew its experts in 1957, before the Leap began')."""
            out = set()
            for unit, claims in (covered or {}).items():
                held = [i for i in claims if i in strength]
                if unit != statement.text and element and element in unit and held:
                    out.add(max(held, key=lambda i: (strength[i], i)))
            return out

        def said(aspect: Aspect, element: str) -> Reason | None:
            """What the closest claims say of an element. Where they differ, agreement from one
            nearly as close as the closest wins (the sources date the Leap's end to 1960, 1961 or
            1962); otherwise the closest decides."""
            found = [(c, r) for c in order for r in c.checks if r.aspect == aspect and r.element == element
                     and (r.outcome != Outcome.CONFLICTS or (c.people and (c.candidate.strength >= near
                                                                           or c.claim.id in closest_for(element))))]
            if not found:
                return None
            top = max(c.candidate.strength for c, _ in found)
            agree = next((r for c, r in found if r.outcome != Outcome.CONFLICTS
                          and c.candidate.strength >= top - NEAR_MARGIN), None)
            return agree or found[0][1]

        named = works_named(statement.works)
        people = frozenset(n for c, n in statement.names if c == PERSON)
        ambiguous_years = len(statement.dates) + sum(f.period is not None for f in statement.figures) > 0
        accounts: list[tuple[str, Reason | None]] = []
        scoped_places: set[str] = set()
        # a sentence about another event alone ('the Cultural Revolution killed ten million', 'in the
        # Anti-Rightist Campaign hundreds of thousands were sent to camps'): its figures are judged
        # only by claims about that event
        events = {n for c, n in statement.names if c in EVENT_CATEGORIES}
        elsewhere = events if events and not DOMAIN_EVENTS & set(statement.analysed.words) else None
        for figure in statement.figures:
            named = self._credited(statement, figure)
            figure = self._measured_by_work(figure, named)
            entries = self.by_measure.get(figure.measure or "", [])
            if elsewhere is not None:
                entries = [e for e in entries if elsewhere & {n for c, n in e.profile.names if c in EVENT_CATEGORIES}]
            found = figure_by_measure(figure, entries, named, agree_only=figure.period is None and ambiguous_years
                                      and all(e.figure.period for e in entries), people=people) if entries else None
            own = said(Aspect.FIGURE, figure.quantity.text)
            if named and found is not None and found.outcome == Outcome.CONFLICTS:
                # a claim resting on the work the statement names states this figure itself:
                # "30 to 37 percent of the harvest, against a usual 20 to 25 percent"
                own = next((r for c in compared if self._rests_on(c.profile, named) and not c.profile.misconception
                            for r in c.checks if r.element == figure.quantity.text and r.outcome == Outcome.AGREES),
                           None) or own
            if found is None or (found.outcome == Outcome.CONFLICTS and own is not None and own.outcome == Outcome.AGREES
                                 and own.claim_id and (not named or self._rests_on(self.profiles[own.claim_id], named))):
                found = own
            if found is not None and found.outcome != Outcome.CONFLICTS and figure.place:
                scoped_places.add(figure.place)
            accounts.append((f"the figure {figure.quantity.text!r}", found))
        for dated in statement.dates:
            accounts.append((f"the date {dated.span.text!r}", self._date(statement, dated, order, said)))
        for a in statement.works:  # what a statement says of a work itself: where and when it appeared
            other = self._other_volume(statement, a) or self._other_edition(statement, a)
            if other is not None:
                accounts.append((f"the work {a.mention!r}", other))
            elif a.publication or (a.venue and not a.venue_conflict):
                label = self._work_label(a.candidates[0])
                accounts.append((f"the work {a.mention!r}", Reason(Aspect.REFERENCE, Outcome.AGREES,
                                                                  f"{a.mention!r} is {label}", None,
                                                                  (a.candidates[0],), element=a.mention)))
                if a.venue:
                    scoped_places.add(self._venue_name(a.venue))
        within = self.base.lexicon.within
        for inner, outer in statement.placed:  # "Xinyang prefecture, Henan"; "the Xinyang incident ... in Sichuan"
            where = within[inner]
            agrees = where == outer or within.get(outer) == where
            accounts.append((f"{inner} in {outer}", Reason(
                Aspect.NAME, Outcome.AGREES if agrees else Outcome.CONFLICTS,
                f"{inner} is in {where}" + ("" if agrees else f", not {outer}"), element=outer)))
            if agrees:
                scoped_places.add(outer)
        checked_events = {self.labels.get(e, e) for e in self._events_checked(statement)}
        short = len(statement.clauses) == 1  # one clause: one claim speaks for it
        main_kinds = {category for category, _ in main.profile.names} if main else set()
        for category, name in sorted(statement.names):
            # (a claim about someone else says nothing of where the sentence's people were: 'Henan's leader
            # ... ousted by Wu Zhipu' is not the claim that Anhui's Zeng Xisheng was dismissed)
            found = next((r for r in (main.checks if main else ()) if r.aspect == Aspect.NAME and r.element == name
                          and (main.people or category != PLACE or r.outcome != Outcome.CONFLICTS)), None)
            if found is not None or (short and main and category in main_kinds and category not in SUBJECTS):
                pass  # (a short sentence's one claim names others of its kind: 'Henan escaped the worst'
                #       is not 'Xinjiang escaped the worst', whatever other claims say of Henan)
            elif category not in SUBJECTS:
                found = said(Aspect.NAME, name)  # a place or event another close claim speaks of
            else:
                # who did it, and which country: a claim that holds every such name of the clause
                # ("Mao aimed to overtake the United States" is neither the claim about Mao and
                # Britain nor the one about Khrushchev and the US)
                together = next((names for part in statement.clauses if (category, name) in (
                    names := self.reader.names(part))), statement.names)
                subjects = {n for c, n in together if c in SUBJECTS}
                found = next((r for c in order for r in c.checks if r.element == name and r.outcome == Outcome.AGREES
                              and subjects <= {x.element for x in c.checks if x.outcome == Outcome.AGREES}), None)
            if name in scoped_places or (found is None and name in checked_events):
                found = Reason(Aspect.NAME, Outcome.AGREES, f"{name}: its figure or date is checked", element=name)
            if found is None and category == PLACE:
                found = self._placed_elsewhere(statement, name, order) or self._speaking(statement, name)
            accounts.append((name, found))
        for o in statement.orders:
            when = self._when(o)
            if o.cause and o.later not in self.event_years:
                continue  # what a named event caused may be dated; an effect in other words is not
            found = order_by_dates(o, when, self.labels) or said(Aspect.RELATION, o.text)
            if o.cause and (found is None or found.outcome != Outcome.CONFLICTS):
                continue  # dates can refute a cause, not confirm one: the wording is judged as any other
            if found is None and not {o.later, o.earlier} <= self.event_years.keys():
                continue  # an end told in words no claim dates: the words are judged as any others
            accounts.append((f"the order {o.text!r}", found))
        compared = self._works_compared(statement)
        if compared is not None:
            accounts.append(("the comparison of works", compared))
        if main is not None and main.people:
            accounts += [("the wording", r) for r in main.checks if r.aspect in (Aspect.POLARITY, Aspect.FIGURE)
                         and r.element == "" and r.outcome == Outcome.CONFLICTS]
            accounts += [("the works named", r) for r in main.checks
                         if r.aspect == Aspect.ATTRIBUTION and r.outcome == Outcome.CONFLICTS]
        return accounts

    def _works_behind(self, statement: Statement, accounts: list[tuple[str, Reason | None]],
                      closest: list[Comparison], stated: list[Comparison]) -> list[tuple[str, Reason | None]]:
        """Each work the sentence cites for what it says ('... (Dikötter 2010)', 'as Yang showed'):
        one whose own figure was compared is accounted for; else it must be among the works behind
        a claim the sentence is about. A work that disputes that claim conflicts, and so does a
        work cited (with its year) for what a claim credits to another work; one the base does not
        cite for it leaves what the work says open."""
        out: list[tuple[str, Reason | None]] = []
        judged = {s for _, r in accounts if r is not None for s in r.sources}
        spoken_of = {r.claim_id for _, r in accounts if r is not None and r.outcome == Outcome.AGREES} | (
            {closest[0].claim.id} if closest else set())
        works: dict[frozenset[str], list] = {}  # one work named twice ('Li and Yang ... (Li and Yang 2005)')
        for a in statement.works:
            works.setdefault(frozenset(a.candidates), []).append(a)
        for ids, mentions in works.items():
            if any(a.publication or (a.venue and not a.venue_conflict) for a in mentions) or ids & judged:
                continue  # (what it says of the work itself, or its own figure, is judged already)
            cited = next((a for a in mentions if a.year or a.year_text), None)  # 'Li and Yang (2005)'
            mention = (cited or mentions[0]).mention
            found = self._work_behind(ids, mention, closest)
            if found is None and cited is not None and len(works) == 1:
                # what the sentence credits to its one work cited, the claim it says credits to another
                # ('... rural death rates were higher where more food was grown (Li and Yang 2005)':
                # Meng, Qian and Yared's)
                other = next((c for c in stated if c.claim.id in spoken_of and c.profile.works
                              and not c.profile.works & ids and not c.profile.misconception), None)
                if other is not None:
                    theirs = sorted(other.profile.works)[0]
                    found = Reason(Aspect.ATTRIBUTION, Outcome.CONFLICTS, f"{mention} where the sources credit "
                                   f"this to {self._work_label(theirs)}", other.claim.id, (theirs,), element=mention)
            out.append((f"what {mention} says", found))
        return out

    def _work_behind(self, ids: frozenset[str], mention: str, closest: list[Comparison]) -> Reason | None:
        """A close claim the work stands behind (or speaks of), or disputes; None when none."""
        for c in closest:
            stances = {e.stance for e in c.claim.evidence if e.source in ids}
            source = next((e.source for e in c.claim.evidence if e.source in ids), None)
            if "supports" in stances or "qualifies" in stances or c.profile.mentions & ids:
                work = source or sorted(c.profile.mentions & ids)[0]
                how = "is among the works behind" if source else "is what"
                return Reason(Aspect.ATTRIBUTION, Outcome.AGREES, f"{self._work_label(work)} {how} {c.claim.id}"
                              + ("" if source else " speaks of"), c.claim.id, (work,), element=mention)
            if "refutes" in stances and c is closest[0] and not c.profile.misconception:
                return Reason(Aspect.ATTRIBUTION, Outcome.CONFLICTS, f"{self._work_label(source)} disputes this",
                              c.claim.id, (source,), element=mention)
        return None

    def _speaking(self, statement: Statement, place: str) -> Reason | None:
        """A place named as the one who speaks ('Peking announced that ...', 'Moscow said'): the
        government there, which reports what the sentence goes on to say; no place of it."""
        for match in _CAPITALISED_RE.finditer(statement.text):
            if (PLACE, place) in self.reader.names(match.group(0)) and self.cues.SAYING.match(
                    statement.text, match.end() + 1):
                return Reason(Aspect.NAME, Outcome.INFO, f"{place} stands for the government speaking, not for "
                              "where it happened", element=place)
        return None

    def _listed_together(self, text: str, first: str, second: str) -> bool:
        """Are the two places named side by side, joined by 'and' or 'or' ('in Xinyang and in Anhui'):
        two places, neither put in the other?"""
        words = self.reader.words(text)
        at = {name: [i for i, w in enumerate(words) if self.reader.categories.get(w, ("", ""))[1] == name]
              for name in (first, second)}
        return any(0 < abs(i - j) <= LIST_REACH and {"and", "or"} & set(words[min(i, j):max(i, j)])
                   for i in at[first] for j in at[second])

    def _placed_elsewhere(self, statement: Statement, place: str, order: list[Comparison]) -> Reason | None:
        """A province no claim speaks of, given to what the base places in another: the one
        person the sentence names ('Zeng Xisheng ... was in charge of Sichuan', where a claim has
        him in Anhui), or the one place of known province it names ('the Jiabiangou camp ... was
        in Sichuan')."""
        places = {n for c, n in statement.names if c == PLACE}
        people = {n for c, n in statement.names if c == PERSON}
        within = self.base.lexicon.within
        others = places - {place}
        if len(others) == 1 and place not in within:
            other = next(iter(others))
            where = within.get(other)
            if where is not None and where != place and within.get(place) != where \
                    and not self._listed_together(statement.text, other, place):
                return Reason(Aspect.NAME, Outcome.CONFLICTS, f"{other} is in {where}, not {place}", element=place)
        if len(people) == 1 and not others:
            person = next(iter(people))
            for c in order:
                theirs = {n for k, n in c.profile.names if k == PLACE}
                if (PERSON, person) in c.profile.names and len(theirs) == 1 and c.people:
                    known = next(iter(theirs))
                    if known != place and within.get(known) != place and within.get(place) != known:
                        return Reason(Aspect.NAME, Outcome.CONFLICTS, f"{place} where the sources put {person} in "
                                      f"{known}", c.claim.id, element=place)
        return None

    @staticmethod
    def _rests_on(p: Profile, works: frozenset[str]) -> bool:
        """The claim states what these works say: it names them, or cites them alone."""
        return bool(p.works & works) or set(p.claim.source_ids) <= works

    def _credited(self, statement: Statement, figure: Figure) -> frozenset[str]:
        """The works a figure is credited to: those the sentence names, unless a contrast stands
        between the figure and the work ('Government statistics give 15 million, while Dikötter
        puts it at 45 million': the 15 million is not Dikötter's), or others' figures do ('Dikötter
        writes that earlier estimates ranged from 15 to 32 million': not his; lexicon
        `others_figures`)."""
        text = statement.text
        at = text.find(figure.quantity.text)
        works = [a for a in statement.works if at < 0 or (where := text.find(a.mention)) < 0
                 or not (self.cues.CONTRAST.search(text, min(at, where), max(at, where))
                         or self.cues.OTHERS_FIGURES.search(text, min(at, where), max(at, where)))]
        return works_named(works)

    def _measured_by_work(self, figure: Figure, named: frozenset[str]) -> Figure:
        """A figure credited to a work, whose words do not say what it measures, measures what the
        work's own figures of its kind measure, when they all measure one thing ('Peng Xizhe (1987)
        proposed about 36 million': Peng's figures are of famine deaths)."""
        if figure.measure is not None or not named:
            return figure
        family = unit_family(figure.quantity.unit)
        measures = {m for m, entries in self.by_measure.items() for e in entries
                    if unit_family(e.figure.quantity.unit) == family
                    and (e.profile.works & named or any(ev.source in named and ev.estimate for ev in e.profile.claim.evidence))}
        return replace(figure, measure=measures.pop()) if len(measures) == 1 else figure

    def _date(self, statement: Statement, dated: Dated, order: list[Comparison], said) -> Reason | None:  # noqa: ANN001
        """What the base says of one date of the statement (see `_account`)."""
        if dated.kind == PUBLISH:  # a work's year: judged by the works named (their years are data)
            found = said(Aspect.YEAR, dated.span.text)
            work = self._work_year(statement, dated)
            if work is not None or statement.works or statement.titled:
                return work or (found if found and found.outcome != Outcome.CONFLICTS else None)
            known = self.profiles.get(found.claim_id or "") if found is not None else None
            if known is not None and not known.attributive and known.claim.topic != WORKS_TOPIC \
                    and any(d.kind != PUBLISH for d in known.dates) and not statement.first_authors:
                return found  # no work named: a document the claims date ('the directive came out in 1958')
            return found if found is not None and found.outcome != Outcome.CONFLICTS else None
        event = date_of_event(dated, self.event_years, self.open_ended)
        if event is not None and event.outcome == Outcome.AGREES and event.claim_id in self.profiles \
                and self.event_years[dated.event][0].low == self.event_years[dated.event][0].high:
            # the month of an event of one year (a meeting), where the claim dating it gives one ('the
            # Beidaihe meeting was held in December 1958': August); a campaign of years is dated by
            # many claims, which may give other months of its start
            event = month_against_claim(statement.text, self.profiles[event.claim_id], dated.span) or event
        if event is not None and (event.outcome == Outcome.CONFLICTS or dated.kind in (None, "occur")):
            return event  # the date of an event the sentence is about: final
        return said(Aspect.YEAR, dated.span.text) or event or self._within_event(dated, order)

    def _work_year(self, statement: Statement, dated: Dated) -> Reason | None:
        """A work's year: one of the works the statement names (by author or title) has it."""
        ids = set(works_named(statement.works)) | ({statement.titled[0]} if statement.titled else set())
        venues = {n for c, n in statement.names if c == "venue"}
        ids |= {s.id for s in self.base.sources.values() if self._title_in(s, statement.text)
                or (venues and self._venue_name(s.get("container-title") or s.get("publisher")) in venues)}
        # (an edition or translation under the same first author: Tombstone in Chinese, 2008, and English, 2012)
        sources = self.base.sources
        firsts = {sources[i].authors[0] for i in ids if i in sources and sources[i].authors}
        ids |= {s.id for s in self.base.sources.values() if s.authors and s.authors[0] in firsts}
        ids = self._volume_meant(statement, ids)
        years = {self.base.sources[i].year: i for i in ids if i in self.base.sources}
        if dated.span.low in years:
            return Reason(Aspect.REFERENCE, Outcome.AGREES, f"{dated.span.text!r} is the year of "
                          f"{self._work_label(years[dated.span.low])}", element=dated.span.text)
        named = works_named(statement.works) | ({statement.titled[0]} if statement.titled else set())
        named = self._volume_meant(statement, named | {s.id for s in self.base.sources.values()
                                                       if self._title_in(s, statement.text)})
        if named and len(named) == 1:  # the one work the sentence is about ("Hungry Ghosts, a 1998 book")
            source = next(iter(named))
            return Reason(Aspect.REFERENCE, Outcome.CONFLICTS, f"{dated.span.text!r} is not the year of "
                          f"{self._work_label(source)}", None, (source,), element=dated.span.text)
        return None

    def _other_volume(self, statement: Statement, a: Attribution) -> Reason | None:
        """A year that is another volume's of the series the sentence names a volume of: 'MacFarquhar's
        volume on the Great Leap Forward ... came out in 1997' (the volume of 1997 is the third)."""
        found = self._dated_work(a)
        if found is None:
            return None
        theirs = {s.id for s in found[1]}
        meant = self._volume_meant(statement, theirs)
        if meant == theirs or len(meant & theirs) != 1 or a.candidates[0] in meant:
            return None
        volume = next(iter(meant & theirs))
        return Reason(Aspect.REFERENCE, Outcome.CONFLICTS, f"{a.year_text or a.year!r} is not the year of "
                      f"{self._work_label(volume)}, the volume the sentence speaks of", None, (volume,),
                      element=a.mention)

    def _other_edition(self, statement: Statement, a: Attribution) -> Reason | None:
        """A year that is the edition's in another language than the sentence says: 'Tombstone
        appeared in English in 2008' (2008 is the Chinese original's; the English came in 2012)."""
        said = [code for code, cue in self.cues.EDITION_LANGUAGES if cue.search(a.year_text)]
        found = self._dated_work(a)
        if len(said) != 1 or found is None or (found[0].get("language") or ENGLISH) == said[0]:
            return None
        work = found[0]
        edition = next((s for s in found[1] if (s.get("language") or ENGLISH) == said[0] and s.id != work.id), None)
        if edition is None:
            return None
        return Reason(Aspect.REFERENCE, Outcome.CONFLICTS, f"{a.year} is the year of {self._work_label(work.id)}; "
                      f"the edition the sentence speaks of is {self._work_label(edition.id)}", None, (edition.id,),
                      element=a.mention)

    def _dated_work(self, a: Attribution) -> tuple[Source, list[Source]] | None:
        """The work a sentence gives a year, with every work of its first author; None without a year."""
        if a.year is None or not a.candidates or a.candidates[0] not in self.base.sources:
            return None
        work = self.base.sources[a.candidates[0]]
        first = work.authors[:1]
        return work, [s for s in self.base.sources.values() if first and s.authors[:1] == first]

    def _volume_meant(self, statement: Statement, ids: set[str]) -> set[str]:
        """Of volumes of one series ('The Origins of the Cultural Revolution. Volume 2: The Great
        Leap Forward'), the one whose own title the sentence speaks of ('MacFarquhar's volume on
        the Great Leap Forward'); the works as they were where it speaks of none or of several."""
        series: dict[str, set[str]] = {}
        for i in ids:
            if i in self.base.sources:
                head = _SERIES_HEAD_RE.split(str(self.base.sources[i].csl.get("title", "")), maxsplit=1)[0]
                series.setdefault(head.strip().lower(), set()).add(i)
        said = set(statement.analysed.tokens)
        for volumes in (v for v in series.values() if len(v) > 1):
            own = {i: set(self.matcher.analyse(str(self.base.sources[i].csl.get("title", ""))).tokens) for i in volumes}
            shared = set.intersection(*own.values())
            meant = {i for i, tokens in own.items() if (tokens - shared) & said}
            if len(meant) == 1:
                ids = (ids - volumes) | meant
        return ids

    def _title_in(self, source, text: str) -> bool:  # noqa: ANN001 - a Source
        """Does the text give the work's title? Its main title will do ('Hungry Ghosts'), unless that
        is one word ('Famine') or one thing the lexicon names ('The Great Leap Forward', 'People's
        Communes'): then only the whole title names the work."""
        title = str(source.csl.get("title", ""))
        main = title.split(":")[0].strip()
        if len(main.split()) < 2 or len(self.matcher.analyse(main).tokens) < 2:
            main = title if main != title else ""
        return bool(main) and main.lower() in text.lower()

    def _when(self, order: Order) -> dict[str, tuple[YearSpan, str]]:
        """When the two ends of an order began: a named event's years, else those of the closest
        claim about what the words say happened ('the Soviet Union withdrew its experts': 1960)."""
        found = {}
        for end in (order.later, order.earlier):
            if end in self.event_years:
                found[end] = self.event_years[end]
                continue
            said = set(self.matcher.analyse(end).tokens)
            verbs = said & self.reader.dating.keys()
            if not verbs:
                continue  # no verb of something happening: "natural causes" is no event to date
            # (a date of the kind its own verb gives: 'the Soviet Union recalled its experts', 1960)
            kinds = {None, "begin", "occur"} | {self.reader.dating[v] for v in verbs}
            self.work.lookups += 1
            for c in self.matcher.candidates(self.matcher.analyse(end), limit=CANDIDATES_PER_EVENT):
                p = self.profiles[c.claim.id]
                # a date of the claim's clause that says the same happening ("natural causes" has none)
                dates = [d.span for d in p.dates if not d.data and d.kind in kinds
                         and len(d.tokens & said) >= MIN_EVENT_SHARED]
                if self._relevant(c) and not p.misconception and c.claim.status == "established" and dates:
                    first = min(dates, key=lambda s: s.low)
                    found[end] = (first, c.claim.id)
                    break
        return found

    def _events_checked(self, statement: Statement) -> set[str]:
        """The events whose dates the statement gives or orders, and the base knows."""
        events = {d.event for d in statement.dates if d.event in self.event_years}
        return events | {e for o in statement.orders for e in (o.later, o.earlier) if e in self.event_years}

    def _within_event(self, dated: Dated, order: list[Comparison]) -> Reason | None:
        """A date within the years of the event a claim speaks of ('during the famine', 'in the
        Great Leap Forward'): the claim dates its matter by the event. Agreement only: the claim
        gives no date of its own to contradict."""
        for c in order:
            for event in sorted(c.profile.words & dated.tokens & self.event_years.keys()):
                known, _ = self.event_years[event]
                if dated.span.low >= known.low and dated.span.high <= known.high:
                    return Reason(Aspect.YEAR, Outcome.AGREES, f"{dated.span.text!r} falls within "
                                  f"{self.labels.get(event, event)} ({known.text})", c.claim.id,
                                  element=dated.span.text)
        return None

    def _result(self, statement: Statement, main: Comparison | None, stated: list[Comparison],
                accounts: list[tuple[str, Reason | None]]) -> Result:
        text = statement.text
        reasons: list[Reason] = []
        if main is not None:
            c = main.candidate
            reasons.append(Reason(Aspect.MATCH, Outcome.INFO, f"matched {c.claim.id} (score {c.score:.0f}, "
                                                             f"coverage {c.coverage:.0%}) via {c.text!r}", c.claim.id))
        reasons += [r for _, r in accounts if r is not None]
        reasons = list(dict.fromkeys(reasons))  # (the same finding reached from two sides is said once)
        conflicts = [r for r in reasons if r.outcome == Outcome.CONFLICTS]
        alternatives = tuple(c.claim.id for c in stated if c is not main)
        if conflicts:
            claim = self.base.claim(conflicts[0].claim_id) if conflicts[0].claim_id else (main.claim if main else None)
            attributed = conflicts[0].aspect == Aspect.ATTRIBUTION
            return Result(text, Verdict.CONFLICTING, claim, main.candidate.score if main else 100.0, tuple(reasons),
                          self._evidence(claim), self._spread(claim),
                          source_id=(conflicts[0].sources[0] if attributed and conflicts[0].sources
                                     else self._cited(statement, claim)),
                          suggestion=claim.statement if claim else None, alternatives=alternatives)
        unspoken = [label for label, r in accounts if r is None]
        if main is None and not any(r for _, r in accounts):
            return self._unknown(statement, reasons)
        if any(r.element == WORKS_COMPARED for r in reasons) or (main is None and any(
                r.aspect in (Aspect.REFERENCE, Aspect.ATTRIBUTION) and r.outcome == Outcome.AGREES for r in reasons)):
            pass  # what the sentence says is checked against the works themselves
        elif main is None:
            unspoken.insert(0, "what it says in words")
        elif main.candidate.coverage < SUPPORT_COVERAGE and len(text.split()) < LONG_SENTENCE_WORDS:
            unspoken.insert(0, f"most of its words (the closest claim covers {main.candidate.coverage:.0%})")
        if unspoken:
            reasons.append(Reason(Aspect.MATCH, Outcome.OPEN, "no claim speaks of " + "; ".join(unspoken)))
            return Result(text, Verdict.UNKNOWN, None, main.candidate.score if main else 0.0, tuple(reasons),
                          alternatives=((main.claim.id,) if main else ()) + alternatives)
        assert main is not None or any(r for _, r in accounts)
        claim = main.claim if main else next((self.base.claim(r.claim_id) for _, r in accounts if r and r.claim_id),
                                             None)
        reported = self._reported_view(statement, claim, reasons) if statement.works and claim else None
        if reported is not None:
            return reported
        partial = any(r.outcome == Outcome.PARTIAL for r in reasons)
        contested = claim is not None and claim.status == "contested" and not (
            not statement.figures and all(unit_family(q.unit) == "count" for q in claim.quantities) and claim.quantities)
        verdict = Verdict.CONTESTED if partial or contested else Verdict.SUPPORTED
        cited = self._cited(statement, claim) or next((r.sources[0] for r in reasons
                                                       if r.aspect == Aspect.REFERENCE and r.sources), None)
        return Result(text, verdict, claim, main.candidate.score if main else 100.0, tuple(reasons),
                      self._evidence(claim), self._spread(claim), source_id=cited, alternatives=alternatives)

    def _unknown(self, statement: Statement, reasons: list[Reason]) -> Result:
        why = "no claim of the base is about it"
        return Result(statement.text, Verdict.UNKNOWN, reasons=tuple(reasons) + (Reason(Aspect.MATCH, Outcome.OPEN, why),))

    def _cited(self, statement: Statement, claim: Claim | None) -> str | None:
        named = works_named(statement.works)
        if claim is None or not named:
            return None
        ours = sorted(named & set(claim.source_ids))
        return ours[0] if ours else None

    @staticmethod
    def _evidence(claim: Claim | None) -> tuple:
        return claim.evidence if claim else ()

    @staticmethod
    def _spread(claim: Claim | None) -> tuple:
        return tuple((e.source, e.estimate) for e in claim.evidence if e.estimate is not None) if claim else ()

    # ------------------------------------------------------------------ works
    def _wrong_work(self, statement: Statement) -> Result | None:
        """A work given the wrong authors, year or venue."""
        if statement.titled and statement.titled[1]:
            source_id, named = statement.titled
            work = self.base.sources[source_id]
            message = f"{work.get('title')!r} is not by {' / '.join(named)}: it is {self._work_label(source_id)}"
            return Result(statement.text, Verdict.CONFLICTING, None, 100.0, (Reason(Aspect.REFERENCE, Outcome.CONFLICTS,
                                                                                     message),),
                          source_id=source_id, suggestion=format_reference(work))
        fitting_years = {a.year for a in statement.works if a.year and not a.year_conflict}
        for a in statement.works:
            source_id = a.candidates[0]
            work = self._work_label(source_id)
            if a.year_conflict and a.year not in fitting_years:  # (the year may be another work's)
                years = sorted({self.base.sources[i].year for i in a.candidates})
                message = f"{a.mention!r} with {a.year}: the work in the base is {work}"
                return Result(statement.text, Verdict.CONFLICTING, None, 100.0,
                              (Reason(Aspect.REFERENCE, Outcome.CONFLICTS, message),), source_id=source_id,
                              suggestion=f"{a.mention} ({', '.join(map(str, years))})")
            if a.venue_conflict and not any(b.venue == a.venue and not b.venue_conflict for b in statement.works):
                message = f"{a.mention!r} did not appear in {a.venue!r}: it is {work}"
                return Result(statement.text, Verdict.CONFLICTING, None, 100.0,
                              (Reason(Aspect.REFERENCE, Outcome.CONFLICTS, message),), source_id=source_id,
                              suggestion=work)
        return None

    def _venue_name(self, venue: str) -> str:
        """A journal or publisher as the lexicon names it ('economic development and cultural
        change' -> 'Economic Development and Cultural Change')."""
        key = venue.lower()
        return next((canonical for variant, (category, canonical) in self.base.lexicon.names.items()
                     if category == "venue" and variant.lower() == key), venue)

    def _work_label(self, source_id: str) -> str:
        source = self.base.sources[source_id]
        authors = " & ".join(f for f, _ in source.authors[:2]) + (" et al." if len(source.authors) > 2 else "")
        venue = source.get("container-title") or source.get("publisher")
        return f"{authors} ({source.year}){', ' + venue if venue else ''}"

    def _reported_view(self, statement: Statement, claim: Claim, reasons: list[Reason]) -> Result | None:
        """'Lin (1990) argued that X': a true report of a scholar's view, even where X is disputed;
        a false one when the work named disputes X."""
        if not self.cues.REPORTED.search(statement.text):
            return None
        named = works_named(statement.works) & set(claim.source_ids)
        if not named:
            return None
        source = sorted(named)[0]
        stances = {e.stance for e in claim.evidence if e.source in named}
        work = self._work_label(source)
        if "supports" in stances:
            others = [e.source for e in claim.evidence if e.stance == "refutes"]
            note = f"{work} argues this" + (f"; {', '.join(others)} dispute it" if others else "")
            return Result(statement.text, Verdict.SUPPORTED, claim, 100.0,
                          tuple(reasons) + (Reason(Aspect.ATTRIBUTION, Outcome.AGREES, note, claim.id, (source,)),),
                          claim.evidence, self._spread(claim), source_id=source)
        if "refutes" in stances:
            return Result(statement.text, Verdict.CONFLICTING, claim, 100.0,
                          tuple(reasons) + (Reason(Aspect.ATTRIBUTION, Outcome.CONFLICTS, f"{work} disputes this",
                                                   claim.id, (source,)),),
                          claim.evidence, self._spread(claim), source_id=source, suggestion=claim.statement)
        return None

    def _works_compared(self, statement: Statement) -> Reason | None:
        """'Yang Jisheng's estimate is lower than Peng's', 'Cao's figure falls between Ashton's
        and Yang's': judged by the works' own figures for the same measure."""
        if len(statement.works) < 1 or not self.cues.COMPARING.search(statement.text):
            return None
        text = statement.text
        attributions = self.authors.find(text, loose=True)
        found = []
        for a in attributions:
            start = text.find(a.mention)
            if start >= 0:
                found.append((start, start + len(a.mention), a.candidates))
        found.sort()
        if len(found) < 2 or len({c for _, _, c in found}) < 2:
            return None
        (_, subject_end, subject), others = found[0], found[1:]
        said = stated_relation(text, subject_end, [start for start, _, _ in others])
        if said is None:
            return None
        relation, at = said
        others = [o for o in others if o[0] > at][:2 if relation == "between" else 1]
        works = [subject] + [o[2] for o in others]
        for measure, entries in sorted(self.by_measure.items()):
            figures = []
            for work in works:
                own = next(((e.profile, ev) for e in entries for ev in e.profile.claim.evidence
                            if ev.source in work and ev.estimate is not None), None)
                figures.append(own)
            if not all(figures) or len({(ev.estimate.low, ev.estimate.high) for _, ev in figures}) < len(figures):
                continue
            holds = relation_holds(relation, figures[0][1].estimate, [ev.estimate for _, ev in figures[1:]])
            if holds is None:
                return None
            labels = [f"{self._work_label(ev.source)}: {describe(ev.estimate)}" for _, ev in figures]
            said = {"lower": "lower than", "higher": "higher than", "between": "between"}[relation]
            whose = "the two others'" if relation == "between" else "the other's"
            message = f"the first work's figure is {'' if holds else 'not '}{said} {whose}: {'; '.join(labels)}"
            return Reason(Aspect.ATTRIBUTION, Outcome.AGREES if holds else Outcome.CONFLICTS, message,
                          figures[0][0].claim.id, tuple(ev.source for _, ev in figures), element=WORKS_COMPARED)
        return None

    # ------------------------------------------------------------------ misconceptions
    def _asserts(self, statement: Statement, c: Comparison, relevant: list[Comparison]) -> bool:
        """Does the statement assert this recorded misconception? Not when it gives another figure,
        date or name, or turns it round; not when it lacks the date or figure that makes the
        misconception wrong; not when it states an aim rather than an outcome; not when the
        correcting claim fits it as well."""
        claim = c.claim
        if self.cues.INTENT.search(statement.text) and not any(self.cues.INTENT.search(t) for t in claim.texts):
            return False
        if c.candidate.coverage < MIN_COVERAGE and c.candidate.reverse < CONTAINS_REVERSE:
            return False  # most of what the sentence (or its clause) says is not the misconception, nor all of it
        if any(r.outcome == Outcome.CONFLICTS for r in c.checks):
            return False
        whole = self._polarity(statement, c.candidate, c.profile)  # (any clause may turn it round: 'he kept ...')
        if whole is not None and whole.outcome == Outcome.CONFLICTS:
            return False
        if self._other_names(statement, c.profile):
            return False
        comparatives = self.base.lexicon.word_set("comparatives")
        if comparatives & set(self.matcher.analyse(c.candidate.text).words) and not comparatives & set(statement.analysed.words):
            return False  # 'killed more in the cities than in the countryside' needs its 'more': 'people died in the countryside' is no comparison
        if not (statement.works or statement.first_authors or any(c == PERSON for c, _ in statement.names)) \
                and self.cues.SAYS_THAT.search(statement.text) and not any(self.cues.SAYS_THAT.search(t) for t in claim.texts):
            # ('textbooks once taught that the Soviet withdrawal caused the famine' reports what an
            # institution said; what a person of the time said may itself be the misconception)
            return False
        if self.cues.NAMING.search(statement.text) and not self.cues.NAMING.search(c.candidate.text):
            return False  # 'the party calls the famine the Three Years of Natural Disasters' reports a name
        if CONTRAST_LEAD_RE.match(statement.text) and self.matcher.reverse_coverage(
                self.matcher.analyse(main_clause(statement.text)), self.matcher.phrasing(c.candidate.text)) \
                < MIN_MISCONCEPTION_REVERSE:
            return False  # 'Unlike earlier famines, caused mainly by drought, ...': said of what it is set against
        if not self.cues.CAUSAL.search(statement.text) and all(map(self.cues.CAUSAL.search, claim.texts)):
            return False  # 'the Soviets withdrew their experts in July 1960' names no cause of the famine
        if any(denies_exclusivity(statement.analysed, phrasing.words, self.base.lexicon) for phrasing in c.profile.phrasings):
            return False  # "killing sparrows did not cause the whole famine" grants it a part, no more
        corrected = self.profiles.get(claim.corrected_by or "")
        true_years = [d.span for d in corrected.dates] if corrected else []
        wrong = [d for d in c.profile.dates if not any(d.span.overlaps(t) for t in true_years)]
        # the wrong year given to the same event ("... the Seven Thousand Cadres Conference met in
        # 1962" does not put Lushan in 1962)
        if wrong and not any(d.span.overlaps(w.span) and (None in (d.event, w.event) or d.event == w.event)
                             for d in statement.dates for w in wrong):
            return False
        if corrected and not c.profile.dates:
            # a work's wrong year ('Kung and Lin's article appeared in 2013'): the claims' dates leave
            # out works' years, so the years of the two claims' texts are set side by side
            right = [y for t in corrected.claim.texts for y in find_years(t)]
            wrong_years = [y for t in claim.texts for y in find_years(t) if not any(y.overlaps(r) for r in right)]
            if wrong_years and not any(y.overlaps(w) for y in find_years(statement.text) for w in wrong_years):
                return False
        true_figures = [f.quantity for f in corrected.figures] if corrected else []
        wrong_figures = [f.quantity for f in c.profile.figures if not any(consistent(f.quantity, t) for t in true_figures)]
        # (only where the phrasing matched gives the figure: "the toll has been blown up" asserts
        # the gist of "the toll was exaggerated, only a few million died" without its figure)
        if wrong_figures and find_quantities(c.candidate.text) \
                and not any(consistent(f.quantity, w) for f in statement.figures for w in wrong_figures):
            return False
        return not any(r.claim.id == claim.corrected_by and r.candidate.strength >= c.candidate.strength - NEAR_MARGIN
                       and not any(x.outcome == Outcome.CONFLICTS for x in r.checks) for r in relevant)

    @staticmethod
    def _other_names(statement: Statement, p: Profile) -> bool:
        """The statement names people or places of the misconception's kinds, none of them its
        own: 'Sichuan was among the hardest hit' does not assert that Heilongjiang was."""
        for kind in {category for category, _ in p.names}:
            said = {n for category, n in statement.names if category == kind}
            if said and not said & {n for category, n in p.names if category == kind}:
                return True
        return False

    def _explained(self, statement: Statement, misconception: Comparison, relevant: list[Comparison]) -> bool:
        """A true claim as close as the misconception that the statement agrees with throughout
        ('Sparrows were among the pests the campaign set out to kill' is the list of four pests,
        not the misconception that killing sparrows caused the famine), and about the work the
        statement names, if it names one. Not a claim silent on the way the sentence and the
        misconception both say something went ('rising every year' and 'output rose' against a
        1958 harvest figure)."""
        said, wrong = set(statement.analysed.words), set(self.matcher.analyse(misconception.candidate.text).words)
        ways = [pair for pair in self.base.lexicon.opposites
                if (said & pair[0] and wrong & pair[0]) or (said & pair[1] and wrong & pair[1])]

        def specific(c: Comparison) -> bool:  # it agrees on a figure, date or work, not on words alone
            return any(r.outcome == Outcome.AGREES and r.aspect in (Aspect.FIGURE, Aspect.YEAR, Aspect.ATTRIBUTION)
                       for r in c.checks)

        def speaks_of_ways(c: Comparison) -> bool:
            words = {w for ph in c.profile.phrasings for w in ph.words}
            return all(words & (pair[0] | pair[1]) for pair in ways)

        return any(not c.profile.misconception and c.people and not any(r.outcome == Outcome.CONFLICTS for r in c.checks)
                   and not Checker._another_authors(statement, c) and speaks_of_ways(c)
                   and (c.candidate.strength >= misconception.candidate.strength
                        or (specific(c) and c.candidate.strength >= misconception.candidate.strength - NEAR_MARGIN))
                   for c in relevant)

    def _misconception(self, statement: Statement, c: Comparison, relevant: list[Comparison]) -> Result:
        claim = c.claim
        corrected = self.base.claim(claim.corrected_by) if claim.corrected_by else None
        reasons = [Reason(Aspect.MATCH, Outcome.INFO, f"matched {claim.id} (score {c.candidate.score:.0f}, "
                                                     f"coverage {c.candidate.coverage:.0%}) via {c.candidate.text!r}",
                          claim.id),
                   *[r for r in c.checks if r.outcome == Outcome.AGREES],
                   Reason(Aspect.MISCONCEPTION, Outcome.CONFLICTS, "matches a recorded misconception", claim.id)]
        evidence = corrected.evidence if corrected else ()
        return Result(statement.text, Verdict.CONFLICTING, claim, c.candidate.score, tuple(reasons),
                      tuple(claim.evidence) + tuple(e for e in evidence if e not in claim.evidence),
                      self._spread(claim), suggestion=corrected.statement if corrected else None,
                      alternatives=tuple(r.claim.id for r in relevant if r is not c))
