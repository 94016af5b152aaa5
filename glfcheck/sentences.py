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

# Words that take a period and rarely end a sentence (compared in lower case, without the dot).
ABBREVIATIONS = frozenset("""
a.d b.c c ca cf ch chap col dr e.g ed eds esp est et al etc fig figs i.e ibid jr mr mrs ms mt no nos
op p pp para prof pt rev sr st trans viz vol vols vs approx dept univ inc ltd co corp gen col lt capt
jan feb mar apr jun jul aug sep sept oct nov dec n.d repr ser suppl n
""".split())
_CLOSERS = "\"'”’»)]"
_OPENERS = "\"'“‘«(["
_STOP_RE = re.compile(r"[.?!…]+[" + re.escape(_CLOSERS) + r"]*(?=\s+|$)")


_WORD_BEFORE_RE = re.compile(r"([\w.'’\-]+)$")


def _word_before(text: str, stop: int) -> str:
    # Searched in the 100 characters before the stop: over the whole text before it, the search
    # retries at every word of the paragraph. A word reaching the window's edge is searched whole.
    window = max(0, stop - 100)
    m = _WORD_BEFORE_RE.search(text, window, stop)
    if m is not None and m.start() == window and window:
        m = _WORD_BEFORE_RE.search(text[:stop])
    return m.group(1) if m else ""


def _is_abbreviation(word: str) -> bool:
    bare = word.lower().rstrip(".")
    if not bare:
        return False
    if bare in ABBREVIATIONS:
        return True
    if len(bare) == 1 and bare.isalpha():
        return True  # an initial: "J." in "J. K. S. Kung"
    if re.fullmatch(r"(?:[a-z]\.)+[a-z]", bare):
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


def split_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of `text`, leading and trailing space excluded."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _STOP_RE.finditer(text):
        end = m.end()
        after = text[end:].lstrip()
        if not after:
            break
        stop_char = m.group(0)[0]
        first = after[0]
        if first in _OPENERS and len(after) > 1:
            first = after[1]
        if not (first.isupper() or first.isdigit() or first in "“\"'‘([•"):
            continue  # "… died. and" / "e.g. the" / "c. 1960" with a digit is handled below
        if m.group(0) == ".":
            word = _word_before(text, m.start())
            if _keeps_going(word, first):
                continue
            if word.isdigit() and len(word) <= 3 and not text[start:m.start() - len(word)].strip():
                continue  # "1. Song, Shige." - a list number at the start
        spans.append(_trim(text, start, end))
        start = end
    if text[start:].strip():
        spans.append(_trim(text, start, len(text)))
    return [s for s in spans if s[1] > s[0]]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split(text: str) -> list[str]:
    return [text[a:b] for a, b in split_spans(text)]
