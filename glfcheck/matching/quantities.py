"""Reading figures and years out of free text, and comparing them.

Why hand-written: the forms that matter here ("30-45 million", "between 15 and 55 million",
"thirty million", "25 per thousand", "10.7 Mt", "more than doubled", "1959-61", "late 1950s")
are a small, closed set; each is pinned by a test, and parsing never raises.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from glfcheck.base.model import Quantity

_UNITS_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
_SCALES = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9,
    "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "k": 1e3, "mt": 1e6,
}

_WORD_NUMBER = (
    r"(?:(?:" + "|".join(_TENS_WORDS) + r")(?:[- ](?:" + "|".join(list(_UNITS_WORDS)[:9]) + r"))?"
    r"|" + "|".join(sorted(_UNITS_WORDS, key=len, reverse=True)) + r"|a dozen|a half|half a|an?)\b"
)
_AND_A_HALF = r"\s+and\s+a\s+half\b"  # "two and a half million tonnes"
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_NUMBER = rf"(?:{_DIGITS}|{_WORD_NUMBER})(?:{_AND_A_HALF})?"
_SCALE = r"(?:[\s-]*(?:hundred|thousand|millions?|billion)\b|\s?(?:mt|mn|mln|bn)\b|(?:m|k)\b)"  # "10.7-million-tonne"
_DASH = r"\s*(?:-|–|—|to|and|or)\s*"

_LOWER = (
    r"more than|over|above|at least|exceeding|exceeded|topped|surpassed|in excess of|upwards of|no fewer than|"
    r"no less than|not less than|greater than|well over|well above|beyond"
)
_UPPER = (
    r"fewer than|less than|under|below|at most|up to|no more than|not more than|"
    r"a maximum of|barely|only"
)
_APPROX = (
    r"about|around|roughly|approximately|some|nearly|almost|close to|c\.|ca\.|circa|"
    r"an estimated|estimated|perhaps|as many as|as much as|more or less|approx\.?"
)

# The figure patterns are written in lower case and matched against lower-cased text (see
# _find_cased); compiling a case-blind copy of each at import cost ~6 ms a run for text that
# is almost never outside ASCII.
_QUANTITY_LOWER_RE = re.compile(
    rf"(?<![\w.,])(?:(?P<cmp>{_LOWER}|{_UPPER}|{_APPROX}|between)\s+)?"
    rf"(?P<a>{_NUMBER})(?P<ascale>{_SCALE})?"
    rf"(?:(?P<dash>{_DASH})(?P<b>{_NUMBER})(?P<bscale>{_SCALE})?)?"
    rf"(?P<unit>[\s-]*(?:%|‰|per\s*cent\b|percent\b|pct\b|per\s+(?:thousand|mille|mil|1,?000)\b|"
    rf"(?:metric\s+)?(?:tons|tonnes|tonne|ton|t)\b|years?\b|times\b|-year\b|-fold\b|fold\b))?"
    rf"(?P<after>\s+or\s+(?:more|so|above|less|fewer)\b)?",
)

YEAR_RANGE_RE = re.compile(
    r"(?<![\w,.])(?:between\s+|from\s+)?(?P<a>1[89]\d\d|20\d\d)"
    # (a year cut short, '1959-61', only after a dash or slash: '1957 to 18 per thousand' is no period)
    r"(?:\s*(?:-|–|—|/)\s*(?P<b>1[89]\d\d|20\d\d|\d\d)|\s*(?:to|and|until|till|through)\s*(?P<b2>1[89]\d\d|20\d\d))?"
    r"(?![\w%‰]|[.,]\d)"
    r"(?!\s*(?:%|‰|per\s*cent|percent|per\s+(?:thousand|mille|1,?000)|tons|tonnes|people|persons|million|thousand|"
    r"deaths|households))",
    re.IGNORECASE,
)
DECADE_RE = re.compile(
    r"\b(?:(?P<part>early|mid|middle|late)[- ]?(?:the\s+)?)?(?:the\s+)?(?P<decade>1[89]\d0|20\d0)'?s\b",
    re.IGNORECASE,
)
_MONTHS = r"(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?"
DAY_RE = re.compile(
    rf"(?<![\w,.])(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?=\s+(?:of\s+)?{_MONTHS}\b)|\b{_MONTHS}\s+(?P<day2>\d{{1,2}})\b(?!\d|[.,]\d|\s*(?:million|thousand|%))",
    re.IGNORECASE,
)
# Numbers that label a part of a text or course ("Week 2", "Chapter 3", "Table 1", "p. 45"): not figures.
LABEL_RE = re.compile(
    r"\b(?:week|chapter|lecture|lesson|seminar|session|module|unit|part|section|figure|fig\.|table|map|"
    r"appendix|slide|question|exercise|task|step|item|page|pp?\.|vol\.|no\.|footnote|scene|act|episode|document|"
    r"exhibit|source|case|box|activity|worksheet|handout|unit)"
    r"\s*(?P<label>\d+[a-z]?(?:\s*[-–]\s*\d+[a-z]?)?)(?![\d,.]\d)"
    r"(?!\s*(?:%|‰|per|million|thousand|billion|hundred|tons?\b|tonnes?\b|mt\b|people|deaths|times))",
    re.IGNORECASE,
)
_DATED_RE = re.compile(r"\s*(?:\w+\s+){0,2}?(?:in|by|for|during)\s+(?P<year>1[89]\d\d)\b(?![\s]*[-–—/]\s*\d)",
                       re.IGNORECASE)
_MONTH_STEMS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_YEAR_RE = re.compile(rf"(?:\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?)?\b(?P<month>{_MONTHS})\s+"
                            rf"(?:(?P<day2>\d{{1,2}}),?\s+)?(?:of\s+)?(?P<year>1[89]\d\d|20\d\d)\b", re.IGNORECASE)


def months_by_year(text: str) -> dict[int, set[tuple[int, int | None]]]:
    """The months (with the day, where given) a text names with a year ('14 July 1959', 'in
    August of 1959', 'July 14, 1959'): year -> {(month 1-12, day or None)}. "May" is read only
    capitalised, where it names the month."""
    found: dict[int, set[tuple[int, int | None]]] = {}
    for m in _MONTH_YEAR_RE.finditer(text):
        word = m.group("month")
        if word.lower().startswith("may") and not word[0].isupper():
            continue
        month = _MONTH_STEMS.index(word[:3].lower()) + 1
        day = m.group("day") or m.group("day2")
        found.setdefault(int(m.group("year")), set()).add((month, int(day) if day else None))
    return found
_LABEL_STEMS = ("week", "chapter", "lecture", "lesson", "seminar", "session", "module", "unit", "part", "section",
                "scene", "act", "episode", "document", "exhibit", "source", "case", "box", "activity", "worksheet", "handout",
                "fig", "table", "map", "appendix", "slide", "question", "exercise", "task", "step", "item", "page",
                "p.", "vol.", "no.", "footnote")
_RATIO_STEMS = ("doubl", "twice", "tripl", "trebl", "quadrupl", "halv", "half")
# What the share pattern needs somewhere: "in (every) ten", "out of ten", or a fraction word
_SHARE_HINT = (r"\b(?:in|of)\s+(?:every\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|"
               r"a\s+hundred)\b|half|third|quarter|fifth|sixth|seventh|eighth|ninth|tenth")
_SHARE_HINT_RE = re.compile(_SHARE_HINT, re.IGNORECASE)
_SHARE_HINT_LOWER_RE = re.compile(_SHARE_HINT)  # on lower-cased ASCII text: the same, ~3x faster
_CITED_NUMBERS_RE = re.compile(r"\[\s*\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\s*\]|"
                               r"(?:\b\d{1,4}\s*)?(?:\(\s*\d{1,4}\s*\))?\s*:\s*\d{1,5}\s*[-–]\s*\d{1,5}\b")
_ENUMERATOR_RE = re.compile(r"\s*(?P<label>\d{1,3}(?:\.\d{1,3})*[.)])\s+(?=[A-Z\"'“‘(])")
RATIO_WORDS = {
    "doubled": 2.0, "double": 2.0, "doubling": 2.0, "twice": 2.0, "tripled": 3.0, "triple": 3.0,
    "trebled": 3.0, "quadrupled": 4.0, "halved": 0.5, "halve": 0.5, "halving": 0.5,
    "in half": 0.5, "by half": 0.5,
}
RATIO_RE = re.compile(
    rf"\b(?:(?P<cmp>{_LOWER}|{_UPPER}|{_APPROX})\s+)?\b(?P<word>" + "|".join(RATIO_WORDS) + r")\b",
    re.IGNORECASE,
)

_SMALL = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
          "ten": 10, "twenty": 20, "hundred": 100, "a hundred": 100}
_FRACTIONS = {"half": 50.0, "a third": 100 / 3, "one third": 100 / 3, "one-third": 100 / 3, "a quarter": 25.0,
              "one quarter": 25.0, "a fifth": 20.0, "one fifth": 20.0, "two thirds": 200 / 3,
              "two-thirds": 200 / 3, "three quarters": 75.0, "three-quarters": 75.0, "a tenth": 10.0}
_SMALL_RE = r"(?:" + "|".join(sorted(_SMALL, key=len, reverse=True)) + r"|\d+)"
# "one rural household in ten", "nine out of ten", "a third of the harvest": shares, read as percent
_SHARE_LOWER_RE = re.compile(
    rf"\b(?:(?P<cmp>{_LOWER}|{_UPPER}|{_APPROX})\s+)?\b(?:(?P<a>{_SMALL_RE})\s+(?:[a-z\-]+\s+){{0,3}}?"
    rf"(?:in|out\s+of)\s+(?:every\s+)?(?P<b>{_SMALL_RE})\b"
    rf"|(?P<frac>" + "|".join(sorted(_FRACTIONS, key=len, reverse=True)) + r")\s+of\b"
    rf"|(?P<num>{_SMALL_RE})[-\s](?P<den>thirds|quarters|fifths|sixths|sevenths|eighths|ninths|tenths)\b)",
)
_DENOMINATORS = {"thirds": 3, "quarters": 4, "fifths": 5, "sixths": 6, "sevenths": 7, "eighths": 8, "ninths": 9,
                 "tenths": 10}

# Every figure the patterns above can read holds a digit, a sign or one of these word stems: a
# text without any holds none (the patterns try every position; this is one quick scan). The
# words are looked for in the lower-cased text: case-blind matching of an alternation is ~5x slower.
_FIGURE_STEMS = [*_UNITS_WORDS, *_TENS_WORDS, "hundred", "thousand", "million", "billion", "dozen", "half", "halv",
                 "third", "quarter", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "doubl", "twice", "tripl",
                 "trebl", "quadrupl", "ton", "year", "time", "fold", "percent", "cent", "pct"]
_FIGURE_SIGN_RE = re.compile(r"[\d%‰]")
_FIGURE_WORD_STARTS = tuple(sorted(set(_FIGURE_STEMS)))
_WORD_RE = re.compile(r"\w+")
_FIGURE_HINT_RE = re.compile(r"\d|\b(?:" + "|".join(_FIGURE_STEMS) + ")|[%‰]", re.IGNORECASE)  # for other alphabets


def _may_hold_figure(text: str) -> bool:
    if _FIGURE_SIGN_RE.search(text):
        return True
    if text.isascii():
        return any(word.startswith(_FIGURE_WORD_STARTS) for word in _WORD_RE.findall(text.lower()))
    return _FIGURE_HINT_RE.search(text) is not None  # lower() may change a non-ASCII text's length


_PEOPLE_WORDS = re.compile(
    r"^\s*(?:excess\s+|premature\s+|unnatural\s+|abnormal\s+|famine\s+|additional\s+|extra\s+)?"
    r"(?:people|persons|deaths|dead|lives|died|perished|starved|chinese|peasants|individuals|"
    r"victims|citizens|men|women|children|residents|inhabitants|lost\s+births|births|souls|"
    r"(?:party\s+)?members|cadres|officials|villagers|farmers|workers)\b(?!['’]s)",  # ("people's communes")
    re.IGNORECASE,
)


@dataclass(frozen=True)
class YearSpan:
    low: int
    high: int
    text: str = ""

    def overlaps(self, other: "YearSpan") -> bool:
        return self.low <= other.high and other.low <= self.high


def _word_value(word: str) -> float | None:
    word = word.lower().strip()
    if word in ("a", "an"):
        return 1.0
    if word == "a dozen":
        return 12.0
    if word in ("a half", "half a"):
        return 0.5
    if word in _UNITS_WORDS:
        return float(_UNITS_WORDS[word])
    parts = re.split(r"[- ]", word)
    if parts[0] in _TENS_WORDS:
        value = _TENS_WORDS[parts[0]]
        if len(parts) > 1 and parts[1] in _UNITS_WORDS:
            value += _UNITS_WORDS[parts[1]]
        return float(value)
    return None


_NOT_DURATION_RE = re.compile(r"\s*plans?\b|-?\s*olds?\b", re.IGNORECASE)


def _number_value(text: str) -> float | None:
    text = text.strip()
    half = re.search(_AND_A_HALF + "$", text, re.IGNORECASE)
    if half:
        whole = _number_value(text[:half.start()])
        return None if whole is None else whole + 0.5
    if text and text[0].isdigit():
        try:
            return float(text.replace(",", ""))
        except ValueError:
            return None
    return _word_value(text)


def _scale_value(scale: str | None) -> float:
    if not scale:
        return 1.0
    return _SCALES.get(scale.strip(" -").lower(), 1.0)


def _unit_of(unit_text: str | None, scale_text: str | None, following: str) -> str:
    unit = (unit_text or "").strip(" -").lower()
    if unit in ("%", "pct") or "cent" in unit:
        return "percent"
    if unit == "‰" or unit.startswith("per"):
        return "per_mille"
    if "ton" in unit or unit == "t" or (scale_text or "").strip().lower() == "mt":
        return "tonnes"
    if "year" in unit:
        return "years"
    if "time" in unit or "fold" in unit:
        return "ratio"
    if _PEOPLE_WORDS.match(following):
        return "people"
    return "count"


_NOT_NOUNS = frozenset(
    "of in to and or was were is are by for from with at on more less than who which that had have has "
    "as per a an the these those their its this during between died "
    # "about 16 million up to about 27 million", "30 million over three years": no counted noun
    "up down over under into onto about around after before since until through across within "
    "while when where whereas but so yet if not also only just then there it they he she we".split()
)


def _counted_noun(following: str) -> str:
    """What a bare count counts ('2 volumes', 'a thousand gazetteers'); '' when nothing is named."""
    m = re.match(r"\s*(?:people['’]s\s+)?([A-Za-z][A-Za-z\-]+)", following, re.IGNORECASE)  # "26,000 people's communes"
    word = m.group(1).lower() if m else ""
    return "" if word in _NOT_NOUNS else word


def _is_year_like(match: re.Match[str]) -> bool:
    """A bare four-digit number from 1800 to 2099 is a calendar year, not a count."""
    a = match.group("a")
    if match.group("ascale") or match.group("unit") or match.group("cmp"):
        return False
    return bool(re.fullmatch(r"1[89]\d\d|20\d\d", a))


def __getattr__(name: str) -> re.Pattern[str]:
    """QUANTITY_RE and SHARE_RE, the case-blind patterns, compiled when first asked for."""
    lower = {"QUANTITY_RE": _QUANTITY_LOWER_RE, "SHARE_RE": _SHARE_LOWER_RE}.get(name)
    if lower is None:
        raise AttributeError(name)
    return re.compile(lower.pattern, re.IGNORECASE)  # re keeps it compiled after the first time


class _Cased:
    """A match found in the lower-cased text, read back from the text as written (same offsets)."""

    __slots__ = ("_match", "_text")

    def __init__(self, match: re.Match[str], text: str):
        self._match, self._text = match, text

    def group(self, name: int | str = 0) -> str | None:
        start, end = self._match.span(name)
        return None if start < 0 else self._text[start:end]

    def start(self, name: int | str = 0) -> int:
        return self._match.start(name)

    def end(self, name: int | str = 0) -> int:
        return self._match.end(name)

    def span(self, name: int | str = 0) -> tuple[int, int]:
        return self._match.span(name)


def _find_cased(lower: re.Pattern[str], text: str) -> Iterator:
    """The matches of `lower` made case-blind, in `text`. On ASCII text the pattern runs as written
    on the lower-cased text (case-blind matching is 3-4x slower), which is the same: the patterns
    hold no upper-case literal. The groups are read back from `text` at the same offsets."""
    if not text.isascii():  # lower() may change the length of other alphabets
        yield from re.compile(lower.pattern, re.IGNORECASE).finditer(text)
        return
    for match in lower.finditer(text.lower()):
        yield _Cased(match, text)


def _mask(text: str, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for start, end in spans:
        for i in range(start, end):
            chars[i] = " "
    return "".join(chars)


def find_years(text: str) -> list[YearSpan]:
    """Calendar years and periods: '1958', '1959-61', 'between 1959 and 1961', 'late 1950s'."""
    spans: list[YearSpan] = []
    taken: list[tuple[int, int]] = []
    for m in DECADE_RE.finditer(text):
        decade = int(m.group("decade"))
        part = (m.group("part") or "").lower()
        low, high = {
            "early": (decade, decade + 3),
            "mid": (decade + 3, decade + 6),
            "middle": (decade + 3, decade + 6),
            "late": (decade + 7, decade + 9),
        }.get(part, (decade, decade + 9))
        spans.append(YearSpan(low, high, m.group(0)))
        taken.append(m.span())
    masked = _mask(text, taken)
    for m in YEAR_RANGE_RE.finditer(masked):
        a = int(m.group("a"))
        b_text = m.group("b") or m.group("b2")
        b = a
        if b_text:
            b = int(b_text) if len(b_text) == 4 else (a // 100) * 100 + int(b_text)
            if b < a or b - a > 30:
                b = a  # "1958 and 12" is not a period
        spans.append(YearSpan(min(a, b), max(a, b), m.group(0).strip()))
    return spans


# a year followed by a plural scale word is a year, then a vague magnitude: 'between 1958 and 1961
# millions died' (the plural scales nothing before it)
_YEAR_THEN_PLURAL_RE = re.compile(r"\b(?:1[89]\d\d|20\d\d)(?=\s+(?:millions|thousands|hundreds)\b)")


def find_quantities(text: str) -> list[Quantity]:
    """Every figure in the text that is not a calendar year, with its unit and bounds."""
    results: list[Quantity] = []
    if not _may_hold_figure(text):
        return results  # most prose states no figure: skip the slow patterns
    original = text
    # Years, decades and day-of-month dates are not figures: blank them out first, so that
    # "from 10.8 in 1957 to 25.4" is not read as a range from 1957 to 25.4.
    text = _mask(text, [m.span() for m in DECADE_RE.finditer(text)])
    text = _mask(text, [m.span() for m in YEAR_RANGE_RE.finditer(text)])
    text = _mask(text, [m.span() for m in _YEAR_THEN_PLURAL_RE.finditer(text)])
    lowered = text.lower()  # cheap substring tests first: most sentences need few of the patterns below
    if any(month in lowered for month in _MONTH_STEMS):
        text = _mask(text, [m.span("day") if m.group("day") else m.span("day2") for m in DAY_RE.finditer(text)])
    if any(word in lowered for word in _LABEL_STEMS):
        text = _mask(text, [m.span("label") for m in LABEL_RE.finditer(text)])
    if "[" in text or ":" in text:  # "[3]", "[1, 4]" cite a numbered list; "13(3): 339-377" gives pages
        text = _mask(text, [m.span() for m in _CITED_NUMBERS_RE.finditer(text)])
    enumerator = _ENUMERATOR_RE.match(text)  # "6. The famine in numbers", "2.1) Causes"
    if enumerator:
        text = _mask(text, [enumerator.span("label")])
    hint = _SHARE_HINT_LOWER_RE.search(lowered) if text.isascii() else _SHARE_HINT_RE.search(text)
    shares = list(_find_cased(_SHARE_LOWER_RE, text)) if hint else []
    for m in shares:
        if m.group("frac"):
            value = _FRACTIONS[m.group("frac").lower()]
        elif m.group("den"):  # "seven-tenths", "two fifths"
            num = m.group("num").lower()
            value = 100.0 * float(_SMALL.get(num, 0) or num) / _DENOMINATORS[m.group("den").lower()]
            if not 0 < value <= 100:
                continue
        else:
            a, b = (float(_SMALL.get(x.lower(), 0) or x) if not x.isdigit() else float(x)
                    for x in (m.group("a"), m.group("b")))
            if not b or a > b:
                continue
            value = 100.0 * a / b
        cmp_ = (m.group("cmp") or "").lower()
        bound = "lower" if re.fullmatch(_LOWER, cmp_ or "-") else (
            "upper" if re.fullmatch(_UPPER, cmp_ or "-") else None)
        results.append(Quantity("percent", value, value, bound, bool(cmp_) and not bound, text=m.group(0).strip()))
    text = _mask(text, [m.span() for m in shares])
    years: list[tuple[int, int]] = []
    for m in _find_cased(_QUANTITY_LOWER_RE, text):
        if re.match(r"\s+(?:of|tenths?|thirds?|quarters?|fifths?)\b", text[m.end():]) and not m.group("ascale") \
                and not re.search(r"cent|%", m.group("unit") or "") and not m.group("a")[0].isdigit():
            continue  # "one of the worst", "seven tenths" (but "seventy percent of the harvest" is a figure)
        if _is_year_like(m) and not m.group("b"):
            continue
        if any(s <= m.start("a") < e for s, e in years) and not (m.group("ascale") or m.group("unit")):
            continue
        a = _number_value(m.group("a"))
        if a is None:
            continue
        word_a = not m.group("a")[0].isdigit()
        if word_a and m.group("a")[0].isupper() and m.start("a") > 0 and not m.group("cmp"):
            continue  # a capitalised number word mid-sentence is a name: "Four Pests", "Seven Thousand Cadres"
        b_raw = m.group("b")
        b = _number_value(b_raw) if b_raw else None
        if word_a and a <= 1.0 and not (m.group("ascale") or m.group("unit") or b_raw):
            continue  # "a", "an", "no one", "one of": words, not figures
        scale_a = _scale_value(m.group("ascale"))
        scale_b = _scale_value(m.group("bscale")) if b_raw else 1.0
        dash = (m.group("dash") or "").strip().lower()
        cmp_ = (m.group("cmp") or "").lower()
        if b is not None and dash == "and" and cmp_ != "between":
            b = None  # "30 and 40" without "between" is two figures, not a range ("two or three years" is one)
        if b is not None and not m.group("ascale") and m.group("bscale"):
            scale_a = scale_b  # "30-45 million"
        low = a * scale_a
        high = (b * (scale_b if m.group("bscale") else scale_a)) if b is not None else low
        if b is not None and high < low:
            low, high = high, low
        following = text[m.end():m.end() + 40]
        if "year" in (m.group("unit") or "").lower() and _NOT_DURATION_RE.match(following):
            continue  # "five-year plan" names a plan, "six-year-old" an age: neither is a duration
        unit = _unit_of(m.group("unit"), m.group("ascale") or m.group("bscale"), following)
        noun = _counted_noun(following) if unit == "count" else ""
        if unit == "count" and not (m.group("ascale") or m.group("bscale")) and low < 1 and not b:
            continue
        bound = None
        approx = False
        if re.fullmatch(_LOWER, cmp_ or "-"):
            bound = "lower"
        elif re.fullmatch(_UPPER, cmp_ or "-"):
            bound = "upper"
        elif cmp_ and cmp_ not in ("between", "estimated"):
            approx = True  # ("Yang estimated 36 million" gives his figure; "an estimated 36 million" hedges it)
        after = (m.group("after") or "").lower()
        if "more" in after or "above" in after:
            bound = "lower"
        elif "less" in after or "fewer" in after:
            bound = "upper"
        elif "so" in after:
            approx = True
        dated = _DATED_RE.match(original, m.end())  # "137 million tonnes in 1961": the figure of that year
        results.append(Quantity(unit, low, high, bound, approx, measure=noun,
                                period=dated.group("year") if dated else None,
                                text=original[m.start():m.end()].strip()))
    for m in (_VAGUE_RE.finditer(lowered) if "thousand" in lowered or "million" in lowered else ()):
        low, high = _VAGUE[m.group("vague")]
        cmp_ = (m.group("cmp") or "").lower()
        bound = "lower" if re.fullmatch(_LOWER, cmp_ or "-") else (
            "upper" if re.fullmatch(_UPPER, cmp_ or "-") else None)
        following = re.sub(r"^\s*of\b", "", text[m.end():m.end() + 40])  # ("tens of thousands of people")
        tonnes = re.match(r"\s*(?:metric\s+)?(?:tons|tonnes|tonne|ton)\b", following, re.IGNORECASE)
        unit = _unit_of(tonnes.group(0) if tonnes else None, m.group("vague").split()[-1], following)
        results.append(Quantity(unit, low, high, bound, True, measure=_counted_noun(following) if unit == "count" else "",
                                text=original[m.start():m.end()].strip()))
    for m in (RATIO_RE.finditer(text) if any(w in lowered for w in _RATIO_STEMS) else ()):
        value = RATIO_WORDS[m.group("word").lower()]
        cmp_ = (m.group("cmp") or "").lower()
        bound = "lower" if re.fullmatch(_LOWER, cmp_ or "-") else (
            "upper" if re.fullmatch(_UPPER, cmp_ or "-") else None)
        results.append(Quantity("ratio", value, value, bound, bool(cmp_) and not bound,
                                text=m.group(0).strip()))
    return results


# Magnitudes written without a number, each read as the span it commonly means: "only a few
# hundred thousand died" is a death toll, far below every estimate.
_VAGUE = {
    "a few hundred thousand": (200_000, 500_000), "several hundred thousand": (200_000, 900_000),
    "hundreds of thousands": (200_000, 999_999), "tens of thousands": (20_000, 99_999),
    "a few thousand": (2_000, 5_000), "several thousand": (2_000, 9_000),
    "a few million": (2_000_000, 5_000_000), "several million": (2_000_000, 9_000_000),
}
_VAGUE_RE = re.compile(rf"(?<![\w])(?:(?P<cmp>{_LOWER}|{_UPPER}|{_APPROX})\s+)?"
                       rf"(?P<vague>{'|'.join(map(re.escape, _VAGUE))})(?![\w])")


# ---------------------------------------------------------------- comparison

COMPATIBLE_UNITS = {"people": "count", "count": "count"}
RELATIVE_TOLERANCE = 0.12
APPROXIMATE_TOLERANCE = 0.2  # 'about', 'roughly' and multiples ('doubled') are read more loosely
# "around 36 million" is not Dikotter's "at least 45 million" (20 % off): a figure credited to a
# work is read a little more strictly than one merely compared with what is known.
ATTRIBUTED_APPROXIMATE_TOLERANCE = 0.15
# ... and one written exactly must be the work's figure as rounded: "Dikötter estimates 48,000,000
# dead" is not his "at least 45 million" (7 % off), "Yang Jisheng's 36 million" is his 36 million.
ATTRIBUTED_EXACT_TOLERANCE = 0.05
OPEN_BOUND_REACH = 1.35  # how far past an open bound a figure may lie and still fit it


def unit_family(unit: str) -> str:
    return COMPATIBLE_UNITS.get(unit, unit)


def comparable(a: Quantity, b: Quantity) -> bool:
    """Figures of the same kind: a bare count may be people, but not '2 volumes' or '1,000
    gazetteers' set against a death toll."""
    if unit_family(a.unit) != unit_family(b.unit):
        return False
    units = {a.unit, b.unit}
    if units == {"people", "count"}:
        counted = a if a.unit == "count" else b
        return not (counted.measure and counted.text)  # a structured count has no text noun
    return True


# A stated range no wider than this (its top over its bottom) is true when it holds the known figure;
# a wider one ("between 1 and 100 million") says too little to be judged that way
NARROW_RANGE = 2.0


def _tolerance(q: Quantity, relative: float = RELATIVE_TOLERANCE) -> float:
    magnitude = max(abs(q.low), abs(q.high))
    tol = relative * magnitude
    if q.unit == "percent":
        tol = max(tol, 2.0)
    return tol


def consistent(stated: Quantity, known: Quantity) -> bool:
    """Whether a stated figure agrees with a known one (a scholar's value, range or bound).

    The stated figure is read the way people write it: "more than X" is true when X is below
    what is known, "fewer than X" when X is above it, and a plain figure must fall inside the
    known range (or near the known value) within a relative tolerance.
    """
    if not comparable(stated, known):
        return False
    tol = _tolerance(known)
    k_low = known.low - tol
    k_high = known.high + tol
    # "at least 45 million" makes 50 million plausible, not 150 million (and likewise below)
    if known.bound == "lower":
        k_high = known.high * OPEN_BOUND_REACH
    elif known.bound == "upper":
        k_low = known.low / OPEN_BOUND_REACH
    if stated.bound == "lower":
        return stated.low <= k_high
    if stated.bound == "upper":
        return stated.high >= k_low
    if stated.low > 0 and stated.high > stated.low and stated.high <= NARROW_RANGE * stated.low \
            and stated.low <= k_high and k_low <= stated.high and known.high - known.low <= stated.high - stated.low:
        return True  # "some 4,000 to 5,000 households" holds the 4,600 the sources give: less precise, not wrong
    return k_low <= stated.low and stated.high <= k_high


def overlaps(stated: Quantity, known: Quantity) -> bool:
    """A weaker test: the stated range shares some figures with the known one."""
    if not comparable(stated, known):
        return False
    tol = _tolerance(known)
    return stated.low <= known.high + tol and known.low - tol <= stated.high


def close_to(stated: Quantity, known: Quantity, relative: float = ATTRIBUTED_EXACT_TOLERANCE) -> bool:
    """Whether a figure attributed to a work is the work's own figure (anchor to anchor).

    "At least 4.5 million" is not Dikötter's "at least 45 million" even though the open
    intervals overlap: an attribution must name the figure the work gives. A figure written
    exactly is the work's as rounded, and inside a range the work gives.
    """
    if not comparable(stated, known):
        return False
    tol = _tolerance(known, relative)
    if stated.approximate or stated.unit == "ratio":  # "roughly doubled" for a relative risk of 2.3
        tol = max(tol, ATTRIBUTED_APPROXIMATE_TOLERANCE * max(abs(known.low), abs(known.high)))
    elif known.is_range and not stated.is_range:
        tol = 0.0
    if known.is_range and not stated.is_range:
        return known.low - tol <= stated.low <= known.high + tol
    return abs(stated.low - known.low) <= tol and abs(stated.high - known.high) <= tol
