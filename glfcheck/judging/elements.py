"""Reading what a sentence asserts: its figures (with what each measures, where and when), its
dates (with what each dates), the people, places and events it names, the works it cites, the
order it puts events in, and whether it is about the Leap and its famine at all.

The same reader reads claims (see `profile`), so a statement and a claim are always compared
element by element, like with like. The vocabulary it reads with is data: the lexicon's
measures, dating verbs, order words and names.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterable

from glfcheck.base.model import Base, Quantity
from glfcheck.judging.cues import Cues
from glfcheck.judging.attribution import Attribution, AuthorIndex
from glfcheck.judging.model import Dated, Figure, Order, Statement
from glfcheck.judging.wording import CONTRAST_LEAD_RE, coarse_clauses, main_clause, share_sides
from glfcheck.matching.quantities import YearSpan, find_quantities, find_years, unit_family
from glfcheck.matching.text import STOP_WORDS, Normaliser, content_token, fold

# Where a second assertion usually starts: punctuation (not the comma of "1,500") and the
# conjunctions of contrast and cause.
CLAUSE_RE = re.compile(
    r"[;:]|,(?!\d{3})|\s(?:while|whereas|but|although|though|even as|even though|yet|despite|and then|because|"
    r"since(?!\s+\d))\s",  # ('since 1949' dates, it does not start a clause)
    re.IGNORECASE)
# The canonical tokens of the domain's own event and famine (lexicon synonyms): a famine named
# beside another country or another time is another famine, unless the sentence names these.
DOMAIN_EVENTS = frozenset({"glf", "famine"})
EVENT_CATEGORIES = ("event", "plan")
NOT_CHINA = "country"  # the names category of countries and regions other than China
FAMINE_TOKEN = "famine"
# between two years of one kind: 'in 2008 and in English in 2012', ', and in 2012'
_AND_THEN_RE = re.compile(r"\s*,?\s*and\s+(?:in\s+)?(?:[\w'’-]+\s+){0,2}(?:in\s+)?", re.IGNORECASE)
ANOTHER_OF_ITS_KIND = frozenset({"new", "second", "another", "renewed", "fresh", "later"})  # before an event's name
FAMINES = "famines"  # (the plural is no synonym of the Leap's famine: 'famines that killed hundreds of thousands')
# The years of the Leap and its famine: a famine dated wholly outside them is another one.
DOMAIN_YEARS = YearSpan(1958, 1962)
PRC_FOUNDED = 1949  # a famine dated only to this year or before (the 1940s) is not the Leap's
TIME_SINCE = frozenset({"since"})  # 'the first since the famine': the famine only measures a later time
SINCE_REACH = 3  # words between 'since' and the event it measures from ('since the great famine')
HISTORY_YEARS = YearSpan(1949, 1976)  # the years the base's figures are for (the Mao era), not a later study's
# A decade after the famine that dates scholarship ("the reconstructions of the 1980s") says when
# the famine was studied, not when anything in it happened.
_SCHOLARSHIP = (r"reconstructions?|estimates?|estimations?|stud(?:y|ies)|research|analys[ie]s|scholarship|"
                r"books?|articles?|papers?|publications?|literature|debates?")
_SCHOLARSHIP_DECADE_RE = re.compile(
    rf"\b(?:{_SCHOLARSHIP})\s+(?:of|from|in|since|during)\s+(?:the\s+)?(?:early\s+|mid-?\s*|late\s+)?"
    rf"(?P<after>(?:19|20)\d0s)\b|\b(?P<before>(?:19|20)\d0s)\s+(?:{_SCHOLARSHIP})\b", re.IGNORECASE)
# A bare number below this, with no unit, scale or noun, may be a rate or a share written without
# its unit; one at or above it is a count.
BARE_COUNT_LIMIT = 1000
_LEADING_ORDER_RE = re.compile(r"^\s*(?P<word>after|before|following|in the wake of|prior to)\s+(?P<first>[^,]{3,80}),"
                               r"\s*(?P<rest>.+)$", re.IGNORECASE)
_GAP_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "a": 1}


def _phrase(words: list[str]) -> str:
    """The words that say what happened, as an end of an order: not the few words of a stray
    fragment."""
    said = [w for w in words if content_token(w)]
    return " ".join(words) if len(said) >= MIN_EVENT_WORDS else ""


def _gap(words: list[str]) -> tuple[int, str] | None:
    """'three years' (before, after) as (3, its words)."""
    if len(words) == 2 and words[1] in ("year", "years"):
        number = _GAP_NUMBERS.get(words[0]) or (int(words[0]) if words[0].isdigit() else None)
        if number:
            return number, " ".join(words)
    return None


PUBLISH = "publish"  # the lexicon's dating kind of a work's publication
VENUE = "venue"  # the names category of journals and publishers
NEGATIONS = frozenset({"not", "never", "n't", "no"})
# words of moving away from an event: 'the recovery from the famine', 'the retreat from the Leap'
AWAY_FROM = frozenset({"retreat", "retreated", "recovery", "recovered", "recover", "recovering", "departure"})
ORDER_REACH = 4
PHRASE_REACH = 10  # words either side of an order word that may say what happened
LIST_WORDS = frozenset({"and", "or", "the", "then"})  # what may join events listed after an order word
_ENDED = frozenset({"over", "ended", "finished"})  # 'after the famine was over', 'after the Leap ended'
ENDED_REACH = 3  # words after an event where it is said to be over ('the famine had finally ended')
MIN_EVENT_WORDS = 2  # content words that can say what happened, when no event is named  # words between an order word and the event after it ("followed by a campaign ...")
_TOTAL_RE = re.compile(r"\s+(?:out\s+)?of\s+(?:an?\s+|the\s+)?", re.IGNORECASE)
TOTAL_MEASURE = "population"  # what the second figure of "N of M people" measures
PRONOUNS = frozenset({"he", "him", "his", "she", "her"})
_BRACKETED_YEAR_RE = re.compile(r"\(\d{4}\)")
# "not the 25.4"; "rather than (the earlier figure of) 30 million"
_DENIED_RE = re.compile(r"\b(?:not\s+(?:the\s+|an?\s+|just\s+|only\s+)?|(?:rather\s+than|instead\s+of)\s+"
                        r"(?:[\w'’-]+\s+){0,4})$", re.IGNORECASE)
# "never took more than a quarter": a bound denied by the verb before it is the other bound (only a
# bounded figure: "did not report the 30 million deaths" does not deny the 30 million)
_TURNED_BOUND = {"lower": "upper", "upper": "lower"}
# after a share: what it is a share of stays out ('one household in a hundred remained outside the communes')
_OUTSIDE_RE = re.compile(r"\W*(?:[\w'’-]+\s+){0,3}?(?:remained|stayed|were|was|left|lived|kept)\s+(?:\w+\s+)?outside\b",
                         re.IGNORECASE)
_BOUND_DENIED_RE = re.compile(r"\b(?:never|not|n't)\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
DENIAL_REACH = 45  # characters before a figure where "not the", "rather than the earlier figure of" rule it out
ADOPTING_REACH = 45  # characters before a figure where a work 'took' or 'cites' it ("took the roughly 16 million")
PURSUING = frozenset({"went", "go", "goes", "going", "gone", "look", "looked", "looks", "looking"})  # ... after: pursue
BARE_ORDER_WORDS = frozenset({("after",), ("before",)})  # a preposition, not a verb of order
PUBLISH_REACH = 5  # words between 'published' and a year it dates
SUBJECT_REACH = 3  # words between an event and the verb that dates it ('the Leap was officially launched')
OF_REACH = 3  # words before 'of 1958' that say what the year dates, in a reader's sentence ...
MONTHS = frozenset("january february march april may june july august september october november december".split())
TIME_NOUNS = frozenset(  # ... unless they are a time within it ('the winter of 1959', 'the end of 1958')
    "winter spring summer autumn fall end beginning start middle half part course rest close turn year years month "
    "months season january february march april may june july august september october november december".split())
NAME_LOOKAHEAD = 60  # characters read after a number to see whether it starts a name ('four pests campaign')
PLACED_REACH = 7  # words between a place and the province a sentence puts it in (5 missed "of 1959 was held in")
PASSIVE = frozenset({"was", "were", "is", "are", "been", "be"})


def _possessive(text: str, name: str) -> bool:
    """Is a form of the name written with 's in the text ('Mao's famine')?"""
    surname = name.split()[0]
    return re.search(rf"\b{re.escape(surname)}\w*['’]s\b", text, re.IGNORECASE) is not None


def _moved_from(words: list[str], at: int) -> bool:
    """Is the event at `at` what something moved away from ('a full recovery from the famine began
    in 1962' dates the recovery, not the famine)?"""
    before = [w for w in words[max(0, at - 3):at] if w not in ("the", "a", "an")]
    return before[-1:] == ["from"] and len(before) >= 2 and before[-2] in AWAY_FROM


def _titles_re(titles: list[str]) -> re.Pattern[str] | None:
    """One pattern finding any of these titles (folded, any non-word characters between words)."""
    return re.compile(r"(?<!\w)(?:" + "|".join(r"\W+".join(map(re.escape, fold(t).split())) for t in titles)
                      + r")(?!\w)") if titles else None


def clause_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each clause of a sentence, in order. A name standing alone between commas
    is an item of a list or an aside, not a clause: 'Peng Dehuai, Huang Kecheng, Zhang Wentian and
    Zhou Xiaozhou were condemned' and 'died in Xinyang, Henan, in 1960' are one clause each."""
    spans, start = [], 0
    listed = {m.start() + i for pattern in (_NAME_LIST_RE, _APPOSITIVE_RE) for m in pattern.finditer(text)
              for i, ch in enumerate(m.group(0)) if ch == ","}
    for m in CLAUSE_RE.finditer(text):
        if m.start() in listed:
            continue  # (a comma of a list of names: the clause runs on)
        if text[start:m.start()].strip():
            spans.append((start, m.start()))
        start = m.end()
    if text[start:].strip() or not spans:
        spans.append((start, len(text)))
    return spans


# a list of names: 'Peng Dehuai, Huang Kecheng, Zhang Wentian and Zhou Xiaozhou', 'Anhui, Sichuan,
# Gansu and Guizhou' (capitalised words of up to three, joined by commas and a last 'and' or 'or')
_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}"
_NAME_LIST_RE = re.compile(rf"{_NAME}(?:\s*,\s*{_NAME})+\s*,?\s+(?:and|or|&)\s+{_NAME}")
# a name set off by commas: 'in Xinyang prefecture, Henan, between the winter of 1959 and ...'
_APPOSITIVE_RE = re.compile(rf",\s*{_NAME}\s*,")


_JOINT_RE = re.compile(r",|;|\s(?:and|but|while|whereas|or)\s", re.IGNORECASE)


def _joint(text: str, start: int, end: int, last: bool) -> int:
    """Where the stretch between two figures is cut between them: at its last (or first) joint
    ('thirty percent on nature | and seventy percent on human error'), else at its end."""
    joints = list(_JOINT_RE.finditer(text, start, end))
    if not joints:
        return start if last else end
    return joints[-1].start() if last else joints[0].start()


def _measures_unit(unit: str, q: Quantity, noun: str) -> bool:
    """Can a figure be of a measure of this unit? A count of things (communes, households)
    needs the noun it counts; a count of people takes people, or a bare count."""
    if unit == "count":
        return q.unit == "count" and bool(noun)
    return unit_family(unit) == unit_family(q.unit)


def _bare(q: Quantity) -> bool:
    """A small number with no unit, scale or noun ('[3]', 'volume 105', 'four'): no figure."""
    return q.unit == "count" and not q.measure and q.high < BARE_COUNT_LIMIT and not _SCALED_RE.search(q.text)


_SCALED_RE = re.compile(r"hundred|thousand|million|billion", re.IGNORECASE)
_OF_THEM_RE = re.compile(r"\s+of\s+(?:whom|them)\b", re.IGNORECASE)


def _part_of(text: str, at: int, q: Quantity, before: tuple[int, Quantity] | None,
             after: list[tuple[int, Quantity]]) -> bool:
    """A small bare number that is a part of a counted whole beside it is a figure of what that
    whole counts: 'about 250 of the 3,000 prisoners', '3,000 inmates, 500 of whom survived'."""
    end = at + len(q.text)
    whole = _TOTAL_RE.match(text, end)
    if whole and after and after[0][0] == whole.end() and not _bare(after[0][1]):
        return True
    return bool(_OF_THEM_RE.match(text, end)) and before is not None and not _bare(before[1])


def _clause_of(spans: list[tuple[int, int]], at: int) -> int:
    return next((i for i, (start, end) in enumerate(spans) if start <= at < end), len(spans) - 1)


def _located(text: str, pieces: list, attr: str = "text") -> list[tuple[int, object]]:
    """Each piece (a quantity or year span) with where its text starts in `text`, in order."""
    found, cursor = [], 0
    for piece in pieces:
        needle = getattr(piece, attr)
        at = text.find(needle, cursor) if needle else -1
        if at < 0:
            at = text.find(needle) if needle else 0
        else:
            cursor = at + len(needle)
        found.append((max(at, 0), piece))
    return found


# a local unit named in capitals: "Fengyang county", "Wuwei County", "Chayashan commune"
_LOCAL_UNIT_RE = re.compile(r"\b([A-Z][\w'’-]+)\s+(?:[Cc]ounty|[Cc]ommune|[Vv]illage|[Tt]ownship|[Dd]istrict)\b")
# a run of capitalised words (joined by 'and' or '&'): who a sentence says argued, found or claimed
_NAME = r"((?:[A-Z][\w'’.-]*\s+(?:(?:and|&)\s+)?)*[A-Z][\w'’.-]*)"
_NAME_BEFORE_RE = re.compile(_NAME + r"(?:\s*,[^,]{1,60},)?\s+$")  # (and an aside: "Sun Jingxian, a mathematician,")
_NAME_AFTER_RE = re.compile(r"\s+" + _NAME)


class Reader:
    """Reads statements (and claim phrasings) into elements with one base's vocabulary; built
    once per base."""

    def __init__(self, base: Base, normaliser: Normaliser, authors: AuthorIndex,
                 vocabulary: frozenset[str] = frozenset()):
        self.base = base
        self.normaliser = normaliser
        self.authors = authors
        self.vocabulary = vocabulary  # every word of the claims: a name with a word outside it is no one the base knows
        self.categories = dict(normaliser.name_tokens)  # token -> (category, canonical)
        lexicon = base.lexicon
        self.measures = [(m, tuple(frozenset(self.tokens(c)) for c in m.cues)) for m in lexicon.measures.values()]
        self.measure_units = {m.id: m.unit for m in lexicon.measures.values()}
        self.cues = Cues(lexicon)
        self.work_nouns = frozenset(filter(None, map(content_token, lexicon.words("work_nouns"))))
        # words that make a figure an aim, and what may stand between them and it
        self.aimed = tuple(phrase for phrase in (tuple(self.words(w)) for w in lexicon.words("aimed")) if phrase)
        self.aim_between = frozenset(token for cues in self.measures for cue in cues[1] for token in cue) | frozenset(
            filter(None, (content_token(w) for v in lexicon.words("aim_verbs") for w in self.words(v))))
        aim_tokens = {content_token(phrase[0]) for phrase in self.aimed}
        self.aim_measures = frozenset(m.id for m, cues in self.measures if any(cue & aim_tokens for cue in cues))
        # claims are written with care: the first event of a clause saying when something began is
        # that event; in a reader's sentence only the clause's one event is
        self.loose_events = False
        self.dating = {token: kind for kind, words in lexicon.dating.items() for w in words
                       for token in self.tokens(w)}
        self.order: dict[str, list[tuple[tuple[str, ...], str]]] = {}  # first word -> (phrase, kind), longest first
        for phrase, kind in sorted(((tuple(self.words(w)), kind) for kind, words in lexicon.order.items()
                                    for w in words), key=lambda pair: -len(pair[0])):
            if phrase:
                self.order.setdefault(phrase[0], []).append((phrase, kind))
        self.events = {t for t, (category, _) in self.categories.items() if category in EVENT_CATEGORIES}
        self.events |= DOMAIN_EVENTS
        titles = sorted({str(s.csl.get("title", "")).split(":")[0].strip() for s in base.sources.values()},
                        key=len, reverse=True)
        # only titles that hold a name: "Mao's Great Famine" names a book, not Mao; a title made of
        # the domain's words ("The Great Leap Forward") is also how sentences name the Leap itself
        titles = [t for t in titles if len(t.split()) >= 2 and any(w in self.categories for w in self.words(t))]
        self._titles = _titles_re(titles)
        # titles that hold years ('Tombstone: The Great Chinese Famine, 1958-1962'), whole or their
        # part after the colon: their years date no event, in a sentence or in a claim
        full = {str(s.csl.get("title", "")).strip() for s in base.sources.values()}
        self._dated_titles = _titles_re(sorted({part.strip() for t in full if re.search(r"\d", t)
                                               for part in (t, t.split(":", 1)[-1]) if len(part.split()) >= 2},
                                              key=len, reverse=True))

    # ------------------------------------------------------------------ words
    def words(self, text: str) -> list[str]:
        """The text's folded words, synonyms and names made canonical."""
        return self.normaliser.words(text)

    def tokens(self, text: str) -> tuple[str, ...]:
        return self.normaliser.analyse(text).tokens

    def without_titles(self, text: str) -> str:
        """The text with the titles of works blanked out, when written as titles (capitalised):
        'Mao' in "Mao's Great Famine argues ..." names a book, not the man."""
        for start, end in reversed(self.title_spans(text)):
            text = text[:start] + " " * (end - start) + text[end:]
        return text

    def title_spans(self, text: str, pattern: re.Pattern[str] | None = None) -> list[tuple[int, int]]:
        """Where the titles of the base's works stand in the text, written as titles (capitalised):
        those holding a name, or (`pattern`) another set of them."""
        pattern = pattern or self._titles
        if pattern is None:
            return []
        folded = fold(text)
        if len(folded) != len(text):
            return []
        return [m.span() for m in pattern.finditer(folded) if _capitalised(text[m.start():m.end()])]

    # ------------------------------------------------------------------ the statement
    def statement(self, text: str) -> Statement:
        spans = clause_spans(text)
        # (a year or venue that fits none of the author's works, where the sentence's authors may
        # not be the work's, is another work of the author's: the base does not hold it)
        works = tuple(a for a in self.authors.find(text)
                      if not (a.year_conflict or a.venue_conflict) or self._same_authors(text, a))
        titled = self.authors.find_title(text)
        cited = {a.year_text for a in works if a.year_text} | {str(a.year) for a in works if a.year}
        # the year a named work appeared ('Lin argued in 1990'), wherever the sentence gives it
        cited |= {str(self.base.sources[i].year) for a in works for i in a.candidates if self.base.sources[i].year}
        cited |= self._scholarship(text)  # "the reconstructions of the 1980s" date no figure
        dates = self.dates(text, spans, cited)
        cited |= {d.span.text for d in dates if d.kind == PUBLISH}  # "Peng Xizhe (1987)", "their 1984 study"
        orders = self.orders(text)
        gaps = {o.gap_text for o in orders if o.gap_text}  # "three years before": the order's, not a figure
        figures = tuple(f for f in self.figures(text, spans, cited) if fold(f.quantity.text) not in gaps)
        # a figure's year is that figure's, unless it dates an event in a clause of its own ('...
        # counted 30 million deaths, and dated the famine from 1955 to 1957')
        skip = {(f.period.text, f.clause) for f in figures if f.period}
        dates = tuple(d for d in dates if not any(text_ == d.span.text and (clause == d.clause or d.event is None)
                                                  for text_, clause in skip))
        names = self.names(text, owners=False)
        # (what 'Unlike the Bengal famine, ...' sets its subject against is not the subject)
        subject_words = self.words(self.without_titles(CONTRAST_LEAD_RE.sub("", text, count=1)))
        return Statement(text, self.normaliser.analyse(text), tuple(text[s:e] for s, e in spans), figures, dates,
                         names, works, orders, self.foreign(subject_words, names),
                         (titled[0], tuple(titled[1])) if titled else None,
                         tuple(self.names(part, owners=False) for part in coarse_clauses(text)), self.placed(text),
                         bool(PRONOUNS & set(self.words(text))), self.reporter(text, works),
                         self.authors.first_authors(text),
                         share_sides(text, self.normaliser.analyse)
                         if " part" in text.lower() or any(f.quantity.unit == "percent" for f in figures) else ())

    def _same_authors(self, text: str, a: Attribution) -> bool:
        """Could the sentence's authors be the work's? Not when it adds a co-author the work does
        not have ('Dali Yang, Huayu Xu and Ran Tao' against Yang's book); nor, for a year, when it
        names one author alone of a work of several ('Jung Chang's memoir ... 1991' against Chang
        and Halliday's 2005 book), without 'et al.' or 'colleagues': either way it may well be
        another of the author's works, which a year or venue cannot contradict."""
        families = {fold(family).lower() for family, _ in self.base.sources[a.candidates[0]].authors}
        at = text.find(a.mention)
        if at < 0:
            return True
        after = text[at + len(a.mention):]
        following = _COAUTHORS_RE.match(after)
        named = {fold(m.split()[-1]).lower() for m in _COAUTHOR_NAME_RE.findall(following.group(0))
                 if not any(w in self.categories for w in self.words(m))} if following else set()
        if named - families or self._other_title(after, a.candidates) or _VERSION_RE.match(after):
            return False  # (another author, another title, or another version: 'their 2001 working paper')
        said = {fold(w).lower() for w in re.findall(r"[^\W\d_][\w'’-]*", a.mention)} | named
        return (len(families) <= 1 or len(families & said) >= 2 or not a.year_conflict or a.venue_conflict
                or bool(_OTHERS_RE.search(a.mention) or _OTHERS_RE.match(after)))

    def titles_another_work(self, text: str, surname: str, works: Iterable[str]) -> bool:
        """Does the text give, after the surname's possessive, a title that none of these works has?"""
        at = text.find(surname)
        return at >= 0 and self._other_title(text[at + len(surname):], tuple(works))

    def _other_title(self, after: str, candidates: tuple[str, ...]) -> bool:
        """After an author's possessive, a title that is none of the author's works in the base
        ("Zhou Xun's Forgotten Voices of Mao's Great Famine" is not her Documentary History): most
        of its longer capitalised words are in none of those works' titles."""
        found = _POSSESSIVE_TITLE_RE.match(after)
        if found is None or any(self.categories.get(w, ("",))[0] == VENUE for w in self.words(found.group(1))):
            return False  # (no title, or a journal's name: "Bernstein's 2006 China Quarterly article")
        words = {fold(w).lower() for w in re.findall(r"[A-Z][\w’'-]{3,}", found.group(1))}
        if len(words) < MIN_TITLE_WORDS:
            return False
        for source_id in candidates:
            written = str(self.base.sources[source_id].get("title") or "")
            title = {fold(w).lower() for w in re.findall(r"[^\W\d_][\w’'-]{3,}", written)}
            if len(words & title) * 2 >= len(words):
                return False
        return True

    def reporter(self, text: str, works: tuple) -> str | None:  # noqa: ANN001 - attributions
        """Whose view the sentence reports, when it reports one ('Cheng Enfu and Zhan Zhihua
        contend that ...', 'according to Dikötter'): a work it names, else people the base does
        not know (named in capitals, in words no claim uses). Not 'Mao claimed': Mao is known."""
        cue = self.cues.REPORTED.search(text)
        if cue is None:
            return None
        if works:
            return works[0].mention
        if cue.group(0).lower().startswith("according"):
            found = _NAME_AFTER_RE.match(text, cue.end())
        else:
            found = _NAME_BEFORE_RE.search(text[:cue.start()])
        if found is None:
            return None
        name = found.group(1).strip(" ,")
        words = [w for w in re.findall(r"[\w'’-]+", name) if w[0].isupper()]
        at_start = found.start(1) == 0 and len(words) < 2  # "Historians argue": a capital, not a name
        tokens = set(self.normaliser.analyse(name).tokens)
        if at_start or not words or tokens & self.categories.keys() or tokens <= self.vocabulary:
            return None  # (someone the lexicon names; words the claims all use: 'Official Chinese Sources')
        return name

    def names(self, text: str, owners: bool = True) -> frozenset[tuple[str, str]]:
        """The people, places, events, ... a text names, leaving out those in a work's title; and,
        unless `owners`, a person who only names the Leap or its famine ('Mao's famine'): a
        statement's actors, which a claim's person may be swapped for."""
        words = self.words(self.without_titles(text))
        return frozenset(self.categories[w] for i, w in enumerate(words) if w in self.categories
                         and not (not owners and self.categories[w][0] == "person" and words[i + 1:i + 2]
                                  and words[i + 1] in DOMAIN_EVENTS and _possessive(text, self.categories[w][1])))

    def placed(self, text: str) -> tuple[tuple[str, str], ...]:
        """Where the sentence puts a place or event whose province the lexicon knows: 'Xinyang
        prefecture, Henan', 'the Xinyang incident happened in Sichuan', 'Lushan (Jiangxi)'; an aside
        between is passed over ('Xinyang, where a million starved, is in Anhui')."""
        words = self.words(_ASIDE_RE.sub(" ", self.without_titles(text)))
        found = []
        for i, w in enumerate(words):
            inner = self.categories.get(w, ("", ""))[1]
            if inner not in self.base.lexicon.within:
                continue
            for j in range(i + 1, min(len(words), i + 1 + PLACED_REACH)):
                category, outer = self.categories.get(words[j], ("", ""))
                county = outer in self.base.lexicon.within
                if category == "place" and outer != inner and words[j - 2:j - 1] not in (["and"], ["or"]) and (
                        words[j - 1] == "in" if county else (j == i + 1 or words[j - 1] in ("in", "of"))):
                    # (not a list: 'in Xinyang and in Anhui')
                    # (put in another county, in that county's province: 'the Chayashan commune was set up
                    # in Xushui county' puts it in Hebei)
                    outer = self.base.lexicon.within.get(outer, outer)
                    if words[j - 2:j] != ["not", "in"] and outer != inner:  # "..., not in Beijing"
                        found.append((inner, outer))
                    break
        return tuple(found)

    # ------------------------------------------------------------------ figures
    def figures(self, text: str, spans: list[tuple[int, int]] | None = None,
                cited: set[str] = frozenset()) -> tuple[Figure, ...]:  # type: ignore[assignment]
        """Each figure with its measure (from the words of its own stretch of the sentence), its
        place (its clause's, else an earlier clause's) and its year (never the year of a work
        cited: 'Coale put the toll at 27 million in 1984')."""
        spans = spans or clause_spans(text)
        quantities = find_quantities(text)
        if not quantities:
            return ()
        # 'gazetteers compiled after 1979': a year some other thing came after is no figure's period
        cited = set(cited) | {m.group(1) for m in _RELATIVE_YEAR_RE.finditer(text)}
        years = [y for y in find_years(text) if y.text not in cited and str(y.low) not in cited]
        # (a bare range beside a figure with a unit takes its unit: 'in two or three years and America's in
        # eight to ten')
        quantities = [self._sibling_unit(q, quantities) if _bare(q) and q.low != q.high else q for q in quantities]
        placed = sorted(_located(text, quantities), key=lambda aq: aq[0])
        located = [(at, q) for n, (at, q) in enumerate(placed)
                   if (not _bare(q) or _part_of(text, at, q, placed[n - 1] if n else None, placed[n + 1:n + 2]))
                   and not self._in_name(text, at)]
        found: list[Figure] = []
        for n, (at, q) in enumerate(located):
            q = self._sibling_unit(q, [other for _, other in located])
            if q.unit == "percent" and _OUTSIDE_RE.match(text, at + len(q.text)):
                # 'barely one household in a hundred remained outside the communes': the share inside
                q = replace(q, low=100 - q.high, high=100 - q.low, bound=_TURNED_BOUND.get(q.bound or "", q.bound))
            clause = _clause_of(spans, at)
            start, end = spans[clause]
            # its own stretch of the clause: from the figure before it to the figure after it
            # ("thirty percent on nature and seventy percent on human error")
            before = max([start] + [_joint(text, a + len(o.text), at, last=True) for a, o in located[:n]
                                    if a + len(o.text) <= at])
            after = min([end] + [_joint(text, at + len(q.text), a, last=False) for a, _ in located[n + 1:] if a > at])
            measure = self.measure_of(q, text[before:after], at - before) or self.measure_of(
                q, text[start:end], at - start)
            if measure is None and len(located) == 1:  # the only figure: the whole sentence speaks of it
                measure = self.measure_of(q, text, at)
            if n and _TOTAL_RE.fullmatch(text[located[n - 1][0] + len(located[n - 1][1].text):at]):
                measure = TOTAL_MEASURE  # "at least one million of roughly 8.5 million people": the whole
            elif measure is None and found and unit_family(found[-1].quantity.unit) == unit_family(q.unit) \
                    and not (q.unit == "count" and q.measure) and len(self.authors.find(text)) >= 2:
                # scholars' figures set side by side: "Cao ... estimated 32.5 million excess deaths,
                # while Yang Jisheng ... arrived at about 36 million"
                measure = found[-1].measure
            if measure and measure not in self.aim_measures and self._aimed(text[start:at], text[at + len(q.text):end]):
                measure = self._aim_of(measure)  # ("a target of 10.7 million tonnes": not what was produced)
            unit = self.measure_units.get(measure or "")
            if unit and unit != q.unit and unit_family(unit) == unit_family(q.unit):
                q = replace(q, unit=unit, measure="")  # "20 million urban residents" counts people
            q = self._sides_in_order(q, measure, text[start:end])
            # (its own stretch first: "18% in Anhui, ... 11% in Guizhou" gives each its province)
            place = self._local_unit(text) or self._place(text[before:after]) or self._place(text[start:end]) \
                or self._place_before(text, spans, clause)
            lead = text[max(0, at - DENIAL_REACH):at]
            denied = bool(_DENIED_RE.search(lead))
            if q.bound and not denied and _BOUND_DENIED_RE.search(lead):
                q = replace(q, bound=_TURNED_BOUND[q.bound])  # 'never took more than a quarter': at most a quarter
            adopted = bool(self.cues.ADOPTING.search(text, max(start, at - ADOPTING_REACH), at))
            found.append(Figure(q, measure, place, self._period(q, text[start:end], years, cited), clause,
                                from_text=True, denied=denied, adopted=adopted))
        return tuple(found)

    def _in_name(self, text: str, at: int) -> bool:
        """The number starts a name the lexicon folds into one word ('the four pests', 'the Three
        Red Banners'): part of the name, not a figure."""
        first = self.words(text[at:at + NAME_LOOKAHEAD])[:1]
        return bool(first) and "_" in first[0] and first[0] in self.categories

    def _aimed(self, before: str, after: str) -> bool:
        """Is the figure between these two texts an aim, a forecast or a proposal? A word of aim
        governs it: only what is measured, verbs of reaching and small words stand between ('planned
        to raise steel output to', 'a proposal to import up to', '... of grain that was being talked
        about'). A figure after 'from' is where things stood."""
        words, following = self.words(before), self.words(after)
        if words and words[-1] == "from":
            return False

        def governs(between: list[str]) -> bool:
            return all(not content_token(w) or content_token(w) in self.aim_between for w in between)

        for phrase in self.aimed:
            n = len(phrase)
            ends = [i + n for i in range(len(words) - n + 1) if tuple(words[i:i + n]) == phrase]
            starts = [i for i in range(len(following) - n + 1) if tuple(following[i:i + n]) == phrase]
            if (ends and governs(words[ends[-1]:])) or (starts and governs(following[:starts[0]])):
                return True
        return False

    def _aim_of(self, measure: str) -> str | None:
        """The measure of an aim at what `measure` measures ('steel-output' -> 'steel-target'), or
        None: an aim is never judged against what was measured."""
        cues = next(cues for m, cues in self.measures if m.id == measure)
        said = {token for cue in cues for token in cue}
        unit = self.measure_units[measure]
        return next((m.id for m, theirs in self.measures if m.id in self.aim_measures and m.unit == unit
                     and any(cue & said for cue in theirs)), None)

    def _sides_in_order(self, q: Quantity, measure: str | None, clause: str) -> Quantity:
        """A ratio of two sides ('of: [urban, rural]') stated the other way round is turned back:
        'rural death rates rose twice as much as urban ones' is the cities' rise at half the
        countryside's."""
        sides = self.base.lexicon.measures[measure].of if measure in self.base.lexicon.measures else None
        if not sides or q.unit != "ratio" or not q.low or not q.high:
            return q
        tokens = [content_token(w) for w in self.words(clause)]
        first, second = (self.tokens(side)[0] if self.tokens(side) else "" for side in sides)
        if first in tokens and second in tokens and tokens.index(second) < tokens.index(first):
            return replace(q, low=1 / q.high, high=1 / q.low)
        return q

    @staticmethod
    def _sibling_unit(q: Quantity, others: list[Quantity]) -> Quantity:
        """A bare number beside a figure with a unit takes that unit: 'from 10.8 per thousand in
        1957 to 25.4 in 1960'."""
        if q.unit != "count" or q.measure or "million" in q.text.lower() or q.high >= BARE_COUNT_LIMIT:
            return q
        units = {o.unit for o in others if o is not q and o.unit not in ("count", "people")}
        return replace(q, unit=units.pop()) if len(units) == 1 else q

    def measure_of(self, q: Quantity, window: str, at: int) -> str | None:
        """What a figure measures, from the words of its window: the measure whose cue holds most
        words, then the one whose cue stands nearest the figure. None when no cue is there. A
        count that names what it counts ('a thousand gazetteers', '26,000 communes') measures
        only what a cue with that word measures."""
        words = self.words(window)
        pairs = [(i, content_token(w)) for i, w in enumerate(words)]
        # (a phrase the whole window folds into one word may stand cut, as several, before the figure:
        # 'the campaign against the four pests' is one word, 'the campaign against the' three)
        here = min(len(self.words(window[:at])), len(words))
        present = {token for _, token in pairs if token}
        noun = content_token(self.words(q.measure)[0]) if q.unit == "count" and q.measure and self.words(q.measure) else ""
        if noun and at + len(q.text) <= len(window):
            # the counted noun as the lexicon folds the words after the figure ('6,000 backyard furnaces':
            # furnace)
            folded = self.words(window[at + len(q.text):])[:1]
            noun = content_token(folded[0]) if folded and content_token(folded[0]) else noun
        level = here > 0 and words[here - 1] in ("from", "to")  # "fell from 200 to 170": levels, not the fall
        best: tuple[tuple[int, int], str] | None = None
        for measure, measure_cues in self.measures:
            if not _measures_unit(measure.unit, q, noun) or (level and measure.change):
                continue
            for cue in measure_cues:
                if cue and cue <= present and (not noun or noun in cue):
                    # how far the cue's farthest word stands (each word where it is nearest)
                    distance = max(min(abs(i - here) for i, token in pairs if token == word) for word in cue)
                    key = (len(cue), -distance)
                    if best is None or key > best[0]:
                        best = (key, measure.id)
        return best[1] if best else None

    def _local_unit(self, text: str) -> str | None:
        """A county, commune or village the lexicon does not know ('Fengyang county, Anhui'): the
        sentence's figures are that place's, which no claim of the province's figures judges."""
        for found in _LOCAL_UNIT_RE.finditer(text):
            name = found.group(1)
            if name.lower() not in STOP_WORDS and not any(w in self.categories for w in self.words(name)):
                return found.group(0)
        return None

    def _place(self, clause: str) -> str | None:
        """The one place of a clause; of a place and the province the lexicon puts it in
        ('Fengyang county in Anhui'), the place."""
        places = {self.categories[w][1] for w in self.words(clause)
                  if w in self.categories and self.categories[w][0] == "place"}
        inner = [p for p in places if self.base.lexicon.within.get(p) in places]
        return next(iter(places)) if len(places) == 1 else inner[0] if len(places) == 2 and len(inner) == 1 else None

    def _place_before(self, text: str, spans: list[tuple[int, int]], clause: int) -> str | None:
        """The place an earlier clause sets the scene in ('In Xinyang prefecture, Henan, ... at
        least a million starved'): the first such clause's first place."""
        for start, end in spans[:clause]:
            places = [self.categories[w][1] for w in self.words(text[start:end])
                      if w in self.categories and self.categories[w][0] == "place"]
            if places:
                return places[0]
        return None

    @staticmethod
    def _period(q: Quantity, clause: str, years: list[YearSpan], cited: set[str]) -> YearSpan | None:
        if q.period and q.period not in cited:
            spans = find_years(q.period)
            if spans:
                return spans[0]
        def uncited(spans: list[YearSpan]) -> list[YearSpan]:  # (a work's year dates the work, not the figure)
            return [y for y in spans if y.text not in cited and str(y.low) not in cited]

        own = uncited(find_years(clause))
        if len(own) == 1:
            return own[0]
        # a year elsewhere in the sentence: only one of the history's ('In 1960, in Anhui, ...'),
        # not a prize's or a later study's ('winner of the 2011 prize, it puts the toll at ...')
        years = [y for y in uncited(years) if y.overlaps(HISTORY_YEARS)]
        return years[0] if len(years) == 1 else None

    # ------------------------------------------------------------------ dates
    def dates(self, text: str, spans: list[tuple[int, int]] | None = None,
              cited: set[str] = frozenset()) -> tuple[Dated, ...]:  # type: ignore[assignment]
        spans = spans or clause_spans(text)
        years = find_years(text)
        if not years:
            return ()
        scholarship = self._scholarship(text)
        titles = _quoted_titles(text) + self.title_spans(text) + self.title_spans(text, self._dated_titles)
        found = []
        located = _located(text, years)
        for n, (at, span) in enumerate(located):
            if span.text in cited or any(d in span.text for d in scholarship) or text[at + len(span.text):].startswith("'s"):
                continue  # (a work's year; a decade of scholarship; "lower than 1958's": a year's figure)
            if any(start <= at < end for start, end in titles):
                continue  # ('Famine in China, 1958–61': a title's years date nothing the sentence says)
            clause = _clause_of(spans, at)
            start, end = spans[clause]
            words = self.words(self.without_titles(text[start:end]))  # a title dates no event
            # (a title cut by the year, 'the Famine of 1959–1960', is blanked in the clause, not before the year)
            here = min(len(self.words(self.without_titles(text[start:at]))), len(words))
            tokens = {content_token(w) for w in words} - {""} - set(self.dating)
            if clause and not tokens:
                # a clause of dates alone goes on from the last one that says something ("the censuses
                # of 1953, 1964 and 1982"); one with only a dating verb speaks of the sentence's
                # subject ("..., set up in April 1958")
                dating = {content_token(w) for w in words} & set(self.dating)
                words = words + self.words(main_clause(text) if dating else self._last_said(text, spans, clause))
            before = words[max(0, here - 3):here]
            # ('imports did not begin until 1961' dates the start to 1961: no denial, and nothing lasting
            # until then; the lexicon folds 'not until' itself to 'from')
            head = words[:max(0, here - len(before))]
            not_until = any(w in ("until", "till") and any(x in NEGATIONS for x in head + before[:j])
                            for j, w in enumerate(before))
            # ('not in 1962', 'not abolished in 1962': a negation among the three words before the year)
            denied = bool(before) and not not_until and (any(w in NEGATIONS for w in before)
                                                         or before[-2:] == ["rather", "than"])
            # ('until 31 October 1968': the day and month between)
            # ('from 27 April 1959 to 31 October 1968': the end of a stretch of time, 'to' after 'from')
            until = any((w in ("until", "till") or (w == "to" and "from" in head + before[:j]))
                        and all(x.isdigit() or x in MONTHS for x in before[j + 1:])
                        for j, w in enumerate(before)) or span.text.lower().startswith(("until", "till"))
            bound = before[-1] if before and before[-1] in ("after", "before") else None  # 'compiled after 1979'
            bracketed = text[max(0, at - 1):at] == "(" and text[at + len(span.text):at + len(span.text) + 1] == ")"
            event = self._event(words, here, span)
            # a bracketed year is a work's ('Dikötter (2010)'), unless it follows an event ('Lushan (1959)')
            kind = PUBLISH if bracketed and span.low == span.high and not (
                here and words[here - 1] == event) else self._kind(words, here, span, by_work=event is None)
            dated = words
            if not self.loose_events and event is None and here >= 2 and words[here - 1] == "of" \
                    and words[here - 2] not in TIME_NOUNS:
                dated = words[max(0, here - 1 - OF_REACH):here - 1]  # 'the steel targets of 1958' dates the targets
            if not_until and kind != "end":
                until = False  # ('did not stop being an exporter until 1961' is 'an exporter until 1961')
            previous = located[n - 1] if n else None  # (a year joined by 'and' to a work's year is an edition's)
            if kind is None and previous is not None \
                    and _AND_THEN_RE.fullmatch(text[previous[0] + len(previous[1].text):at]) \
                    and previous[1].text in cited | {d.span.text for d in found if d.kind == PUBLISH}:
                kind = PUBLISH  # ('first published in Hong Kong in 2008 and in English in 2012')
            found.append(Dated(span, kind, event, frozenset(filter(None, map(content_token, dated))), clause, denied,
                               until=until, bound=bound))
        return tuple(found)

    def _last_said(self, text: str, spans: list[tuple[int, int]], clause: int) -> str:
        """The nearest clause before this one with a content word that is not a name."""
        for start, end in reversed(spans[:clause]):
            if any(content_token(w) and w not in self.categories for w in self.words(text[start:end])):
                return text[start:end]
        return ""

    @staticmethod
    def _scholarship(text: str) -> set[str]:
        """Decades that date the scholarship, not the famine: 'the reconstructions of the 1980s'."""
        found = {m.group("after") or m.group("before") for m in _SCHOLARSHIP_DECADE_RE.finditer(text)}
        return {d for d in found if int(d[:4]) > DOMAIN_YEARS.high}

    def _kind(self, words: list[str], here: int, span: YearSpan, by_work: bool = True) -> str | None:
        """The kind of event a year dates: a work's publication when it stands by a kind of work
        ('his 1990 article', 'the October 2003 issue') and dates no event of its own ('the famine
        of 1959-1960, a study in ...' dates the famine); else the dating verb nearest to it; else
        'from 1958' (and 'since') a beginning, 'until 1961' an end."""
        nearby = words[max(0, here - 3):here + 3]
        if (by_work and {content_token(w) for w in nearby} & self.work_nouns) or any(
                self.categories.get(w, ("",))[0] == VENUE for w in nearby) or _BRACKETED_YEAR_RE.fullmatch(span.text):
            return PUBLISH
        kinds = sorted((abs(i - here), self.dating[content_token(w)]) for i, w in enumerate(words)
                       if content_token(w) in self.dating)
        # a work's publication only close by: 'was published in 2010 and won the prize in 2011'
        kinds = [(d, kind) for d, kind in kinds if kind != PUBLISH or d <= PUBLISH_REACH]
        if kinds:
            return kinds[0][1]
        if span.low != span.high:
            return None
        before = span.text.split()[0].lower() if " " in span.text else (words[here - 1] if here else "")
        return {"from": "begin", "since": "begin", "until": "end", "till": "end"}.get(before)

    def _event(self, words: list[str], here: int, span: YearSpan) -> str | None:
        """The event a year is attached to (see `_named_event`), unless the sentence speaks of
        another of its kind ('a harsh new anti-rightist campaign that lasted into 1960' is not the
        Anti-Rightist Campaign of 1957)."""
        event = self._named_event(words, here, span)
        if event is not None and any(words[i - 1] in ANOTHER_OF_ITS_KIND for i, w in enumerate(words)
                                     if w == event and i):
            return None
        return event

    def _named_event(self, words: list[str], here: int, span: YearSpan) -> str | None:
        """The event a year is attached to: 'the Lushan Conference of 1959', 'Lushan (1959)',
        'the 1959 Lushan Conference'; or the one event of a clause saying when something took
        place ('the Seven Thousand Cadres Conference met in 1962')."""
        before = [w for w in words[max(0, here - 3):here] if w not in ("the", "a", "an")]
        if before[-1:] and before[-1] in self.events:
            return before[-1]
        subject = self._subject(words, here)
        if subject is not None:
            return subject
        if len(before) >= 2 and before[-1] in ("of", "in") and before[-2] in self.events:
            return before[-2]
        after = words[here + 1:here + 2]
        if after and after[0] in self.events:
            return after[0]
        events = [w for w in words if w in self.events]
        kind = self._kind(words, here, span)
        if (self.loose_events and kind in ("occur", "begin")) or (kind == "occur" and len(set(events)) == 1):
            return events[0] if events else None  # what the clause says took place (claims: or began)
        return None

    def _subject(self, words: list[str], here: int) -> str | None:
        """In a reader's sentence, the event standing just before the verb that dates the year:
        'the Seven Thousand Cadres Conference was held at Lushan in 1959' dates the conference,
        not Lushan; 'the Great Leap Forward began in 1966, as the Cultural Revolution did' the Leap."""
        if self.loose_events:
            return None
        verb = next((i for i in range(here - 1, -1, -1) if content_token(words[i]) in self.dating), None)
        if verb is None or self.dating[content_token(words[verb])] not in ("begin", "occur", "end"):
            return None
        start = max(0, verb - SUBJECT_REACH)
        subject = [w for i, w in enumerate(words[start:verb], start) if w in self.events and not _moved_from(words, i)]
        return subject[-1] if subject else None

    # ------------------------------------------------------------------ order
    def orders(self, text: str) -> tuple[Order, ...]:
        """'A came after B', 'A preceded B', 'B was followed by A', 'After B, A ...', and how
        far apart: 'A, three years before B'."""
        found = []
        lead = _LEADING_ORDER_RE.match(text)
        if lead:  # "After the Lushan Conference, the anti-rightist campaign ..."
            first = [w for w in self.words(lead.group("first")) if w in self.events]
            # the event that came after is the main clause's subject: 'After Lushan, the campaign
            # against right deviation ...', not an event it goes on to name ('After Lushan Mao
            # revived the Great Leap', '..., and anyone who doubted the Leap was hunted down')
            subject = [w for w in self.words(lead.group("rest")) if w not in ("the", "a", "an")][:1]
            rest = [w for w in subject if w in self.events]
            if first and rest and first[-1] != rest[0]:
                after = lead.group("word").lower() not in ("before", "prior to")
                later, earlier = (rest[0], first[-1]) if after else (first[-1], rest[0])
                found.append(Order(later, earlier, lead.group(0)[:60]))
            text = lead.group("rest")
        found += self._orders_in(self.words(text))
        return tuple(dict.fromkeys(found))

    def _orders_in(self, words: list[str]) -> list[Order]:
        found = []
        contrast = self.base.lexicon.word_set("contrast")  # (an order does not reach across them)
        for i in range(len(words)):
            for phrase, kind in self.order.get(words[i], ()):
                if tuple(words[i:i + len(phrase)]) != phrase or (phrase == ("after",) and i and words[i - 1] in PURSUING):
                    continue  # ('the campaign went after rats, flies and sparrows' orders nothing)
                end = i + len(phrase)
                # (not across a contrast: 'the First Five-Year Plan succeeded, whereas the Leap failed')
                start = max([0, i - PHRASE_REACH] + [j + 1 for j, w in enumerate(words[:i]) if w in contrast])
                stop = next((end + j for j, w in enumerate(words[end:end + ORDER_REACH + 1]) if w in contrast),
                            end + ORDER_REACH + 1)
                left = [w for w in words[start:i] if w in self.events]
                right = [w for w in words[end:stop] if w in self.events]
                # an end that is no event of the lexicon is the words that say what happened
                subject = left[-1] if left else _phrase(words[max(0, i - PHRASE_REACH):i])
                other = right[0] if right else _phrase(words[end:end + PHRASE_REACH])
                if not (left or right) or not subject or not other:
                    break
                if i > 0 and words[i - 1] in PASSIVE and words[end:end + 1] == ["by"]:
                    subject, other = other, subject  # "B was followed by A"
                cause = kind in ("because", "caused")
                if NEGATIONS & set(words[:i]):
                    if cause:
                        break  # "not caused by weather alone": no order of events to check
                    kind = "before" if kind == "after" else "after"  # "not true that the famine came before the Leap"
                gap = _gap(words[max(0, i - 2):i])
                bare = phrase in BARE_ORDER_WORDS and not self._begins(words[max(0, i - 3):i])
                # every event of a list after the order word: 'came before the Hundred Flowers and
                # the Anti-Rightist Campaign' orders both
                for other in [other] + self._listed(words, end, right):
                    later, earlier = (subject, other) if kind in ("after", "because") else (other, subject)
                    # ('after the famine was over': after its end, not its start)
                    named_at = words.index(other, end) if other in right else len(words)
                    after_end = kind == "after" and bool(_ENDED & set(words[named_at + 1:named_at + 1 + ENDED_REACH]))
                    if later != earlier:
                        found.append(Order(later, earlier, " ".join(words[max(0, i - 3):end + 3]),
                                           gap[0] if gap else None, gap[1] if gap else "", cause, bare=bare,
                                           after_end=after_end))
                break
        return found

    @staticmethod
    def _listed(words: list[str], end: int, right: list[str]) -> list[str]:
        """The events after the first of a list that only LIST_WORDS join ('the Hundred Flowers
        and the Anti-Rightist Campaign'), nothing said between them."""
        out: list[str] = []
        at = words.index(right[0], end) if right else len(words)
        for event in right[1:]:
            nxt = words.index(event, at + 1)
            if not set(words[at + 1:nxt]) <= LIST_WORDS:
                break
            out.append(event)
            at = nxt
        return out

    def _begins(self, words: list[str]) -> bool:
        """A verb of beginning among these words: 'began only after ...' dates a start."""
        return any(self.dating.get(content_token(w)) in ("begin", "occur") for w in words)

    # ------------------------------------------------------------------ subject
    def foreign(self, words: list[str], names: frozenset[tuple[str, str]]) -> str | None:
        """Another famine, when the sentence names one and not the Leap's own: 'the Soviet famine
        of 1932-33', 'the Bengal famine', 'the famine in Ukraine', 'the 1876-79 famine'; or a
        later time that the sentence measures from the Leap ('the fall in population in 2022 was
        the first since the famine'); or another country at another time (`_elsewhere`)."""
        later = self._later_time(words)
        if later is not None:
            return later
        if "glf" in words or any(c in EVENT_CATEGORIES for c, _ in names if c == "event"):
            return None
        for i, word in enumerate(words):
            if word != FAMINE_TOKEN:
                continue
            near = words[max(0, i - 2):i]  # ("the Bengal famine", "the Irish potato famine")
            if words[i + 1:i + 2] in (["in"], ["of"]):
                near += words[i + 2:i + 3]
            for w in near:
                if w in self.categories and self.categories[w][0] in (NOT_CHINA, "famine"):
                    return f"another famine ({self.categories[w][1]})"
            after = words[i + 2:i + 4] if words[i + 1:i + 2] == ["of"] else []
            after = after[1:] if after[:1] == ["the"] else after[:1]  # ("the famine of the 1840s")
            dated = ([words[i - 1]] if i else []) + after
            for w in dated:  # "the 1943 famine", "the famine of 1876-79" (but "the famine in 1960" is ours)
                spans = find_years(w) if any(ch.isdigit() for ch in w) else []  # (and "mid-1990s")
                if spans and not spans[0].overlaps(DOMAIN_YEARS):
                    return f"another famine (of {w})"
        named = [n for c, n in names if c == "famine"]
        if named:
            return f"another famine ({named[0]})"
        # a famine whose every year is before the People's Republic: 'the famine in northern China in 1876-79'
        # ('before 1949' is before the People's Republic too)
        years = [(f"before {w}", span.high - 1) if i and words[i - 1] == "before" else (f"of {w}", span.high)
                 for i, w in enumerate(words) if any(ch.isdigit() for ch in w) for span in find_years(w)[:1]]
        if (FAMINE_TOKEN in words or FAMINES in words) and years and all(high <= PRC_FOUNDED for _, high in years):
            return f"another famine ({years[0][0]})"
        return self._elsewhere(words)


    def _elsewhere(self, words: list[str]) -> str | None:
        """Another country at another time: a sentence naming a country other than China, and
        neither China nor the Leap, whose years all lie outside the Mao era ('North Korea suffered a
        devastating famine in the mid-1990s'; 'in 1932 Stalin requisitioned half of Ukraine's
        harvest')."""
        countries = [self.categories[w][1] for w in words if self.categories.get(w, ("",))[0] == NOT_CHINA]
        if not countries or "glf" in words or self.base.lexicon.word_set("place_words") & set(words) or any(
                self.categories.get(w, ("",))[0] == "place" for w in words):
            return None
        years = [span for w in words if w[:1].isdigit() or w[:4] == "mid-" for span in find_years(w)[:1]]
        if years and not any(span.overlaps(HISTORY_YEARS) for span in years):
            return f"another country and time ({countries[0]}, {years[0].text})"
        return None

    def _later_time(self, words: list[str]) -> str | None:
        """A sentence about a year long after the Mao era, which names the Leap or its famine only
        after 'since' ('the first since the famine'), and gives no year of that era."""
        reference = any(w in TIME_SINCE and any(x == FAMINE_TOKEN or x == "glf" or x in self.events
                                                for x in words[i + 1:i + 1 + SINCE_REACH])
                        for i, w in enumerate(words))
        if not reference:
            return None
        years = [span for w in words if w[:1].isdigit() for span in find_years(w)[:1]]
        if years and all(span.low > HISTORY_YEARS.high for span in years):
            return f"a later time ({years[0].text})"
        return None


# co-authors written after an author ('Dali Yang, Huayu Xu and Ran Tao'), and 'et al.'
_COAUTHOR_NAME_RE = re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?")
_COAUTHORS_RE = re.compile(r"(?:(?:\s*,\s*|\s+and\s+|\s*&\s*)[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)+")
_OTHERS_RE = re.compile(r"\s*(?:,\s*)?(?:et\s+al\b|and\s+(?:his\s+|her\s+|their\s+)?(?:colleagues|co-?authors|others)\b)")
# a title written after an author's possessive: capitalised words, with the small words, numbers
# and punctuation of a title between them ("'s Forgotten Voices of Mao's Great Famine, 1958–1962: An Oral")
_POSSESSIVE_TITLE_RE = re.compile(r"(?:\s+[A-Z][\w-]*){0,2}['’]s\s+((?:[A-Z][\w’'-]*|of|the|and|in|on|to|for|a|an|[\d–-]+|[,:])"
                                  r"(?:\s*(?:[A-Z][\w’'-]*|of|the|and|in|on|to|for|a|an|[\d–-]+|[,:]))*)")
# a version of a work whose year may differ from the published one's: "An, Li and Yang's 2001 working paper"
_VERSION_RE = re.compile(r"\W*(?:['’]s\s+)?(?:\d{4}\s+)?(?:working\s+paper|discussion\s+paper|draft|preprint|"
                         r"revised\s+(?:edition|version)|new\s+edition|second\s+edition|earlier\s+version)\b", re.IGNORECASE)
MIN_TITLE_WORDS = 2  # longer capitalised words that make a title ('Hungry Ghosts'), not a name ('Tombstone')
_ASIDE_RE = re.compile(r",\s+(?:where|which|who|whose|when)\b[^,;]*,")  # ", where a million starved in 1960,"
_RELATIVE_YEAR_RE = re.compile(r"\b(?:after|before|since)\s+(\d{4})\b", re.IGNORECASE)
_QUOTED_RE = re.compile(r"[\"“‘']([^\"”’]{6,200}?)[\"”’'](?!\w)")


def _quoted_titles(text: str) -> list[tuple[int, int]]:
    """Where the sentence quotes a title (most of its longer words capitalised): "'Famine in
    China, 1958–61'"."""
    return [m.span(1) for m in _QUOTED_RE.finditer(text) if _capitalised(m.group(1))]


def _capitalised(span: str) -> bool:
    """Written as a title: most of its longer words start with a capital."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’]*", span) if len(w) >= 4]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.6 * len(words)

