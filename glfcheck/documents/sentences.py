"""Splitting a block of prose into sentences, keeping each sentence's offsets.

Hand-written rather than a library so that offsets stay exact and the historian's
abbreviations survive: "c. 1960", "vol. 52", "pp. 51–73", "Dr.", "U.S.", "e.g.", initials
("J. K. S. Kung"), and quotations ("…died.” Then" ends after the closing quote). The rule: a
sentence ends at `.`, `?` or `!` (with any closing quotes or brackets after it) followed by
space and a word that may start a sentence, unless the word before the stop is a known
abbreviation, an initial, or a dotted abbreviation such as "U.S.".
"""

from __future__ import annotations

import re
from functools import lru_cache

# Words that take a period and rarely end a sentence (compared in lower case, without the dot).
ABBREVIATIONS = frozenset("""
a.d b.c c ca cf ch chap col dr e.g ed eds esp est et al etc fig figs i.e ibid jr mr mrs ms mt no nos
op p pp para prof pt rev sr st trans viz vol vols vs approx dept univ inc ltd co corp gen col lt capt
jan feb mar apr jun jul aug sep sept oct nov dec n.d repr ser suppl n
""".split())
_CLOSERS = "\"'”’»)]"
_OPENERS = "\"'“‘«(["
_STOP_RE = re.compile(r"[.?!…]+[" + re.escape(_CLOSERS) + r"]*(?=\s+|$)")
_SPACE_RE = re.compile(r"\s*")
_NON_SPACE_RE = re.compile(r"\S")
_WORD_WINDOW = 64  # longer "words" (a run of dots, a URL) are no abbreviation anyway


_WORD_RE = re.compile(r"[\w.'’\-]*")


def _word_before(text: str, stop: int) -> str:
    r"""The word just before a stop: the run of word characters, dots, apostrophes and hyphens
    ending there (what `[\w.'’\-]+$` finds). Matched forwards in the reversed short window before
    the stop: a regex search tried every start in the window, and searching the whole text up to
    the stop made splitting a 1 MB line quadratic (minutes instead of milliseconds)."""
    low = max(0, stop - _WORD_WINDOW)
    end = stop - 1 if stop > low and text[stop - 1] == "\n" else stop  # `$` also matches before a final newline
    backwards = text[low:end][::-1]
    return backwards[:_WORD_RE.match(backwards).end()][::-1]


_DOTTED_RE = re.compile(r"(?:[a-z]\.)+[a-z]")


@lru_cache(maxsize=4096)  # a course repeats its words before stops ("1959.", "famine.")
def _is_abbreviation(word: str) -> bool:
    bare = word.lower().rstrip(".")
    if not bare:
        return False
    if bare in ABBREVIATIONS:
        return True
    if len(bare) == 1 and bare.isalpha():
        return True  # an initial: "J." in "J. K. S. Kung"
    if _DOTTED_RE.fullmatch(bare):
        return True  # U.S, e.g, i.e, p.r.c
    return False


# Abbreviations that take a number ("c. 1960", "vol. 52", "Jan. 1961") and end a sentence otherwise.
_BEFORE_NUMBER = frozenset("c ca vol vols no nos pp p fig figs ch chap n para pt col ser jan feb mar apr jun jul aug "
                           "sep sept oct nov dec".split())
_SENTENCE_ENDERS = frozenset(["etc"])


def _keeps_going(word: str, first: str) -> bool:
    """True when the period after `word` is not the end of a sentence."""
    bare = word.rstrip(".")
    lowered = bare.lower()
    if not bare or not _is_abbreviation(word):
        return False
    if len(bare) == 1 and bare.isupper():
        return True  # an initial: "J. K. S. Kung", "C. Ó Gráda"
    if lowered in _BEFORE_NUMBER:
        return first.isdigit()
    if lowered in _SENTENCE_ENDERS:
        return not first.isupper()
    return True


@lru_cache(maxsize=16_384)  # course material repeats its blocks (list items, boilerplate)
def split_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) offsets of the sentences of `text`, leading and trailing space excluded."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _STOP_RE.finditer(text):
        end = m.end()
        at = _SPACE_RE.match(text, end).end()  # no copy of the rest of the text per stop
        if at >= len(text):
            break
        first = text[at]
        if first in _OPENERS and at + 1 < len(text):
            first = text[at + 1]
        if not (first.isupper() or first.isdigit() or first in "“\"'‘([•"):
            continue  # "… died. and" / "e.g. the" / "c. 1960" with a digit is handled below
        if m.group(0) == ".":
            word = _word_before(text, m.start())
            if _keeps_going(word, first):
                continue
            if word.isdigit() and len(word) <= 3 and not _NON_SPACE_RE.search(text, start, m.start() - len(word)):
                continue  # "1. Song, Shige." - a list number at the start
        spans.append(_trim(text, start, end))
        start = end
    if text[start:].strip():
        spans.append(_trim(text, start, len(text)))
    return tuple(s for s in spans if s[1] > s[0])


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split(text: str) -> list[str]:
    return [text[a:b] for a, b in split_spans(text)]
