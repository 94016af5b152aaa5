"""Words that say how a sentence asserts, rather than what: it reports a work's view, states an
aim, compares, sets something aside, or starts from a pronoun.

The checker reads these cues before it trusts a match ("was meant to become an industrial
power" is an aim, not the misconception that it did). The words are the lexicon's (`language`
in lexicon.yaml); this module only turns each list into the pattern that finds it.
"""

from __future__ import annotations

import re
from typing import Iterable

from glfcheck.base.model import Lexicon

_NEVER = re.compile(r"(?!)")
ENGLISH = "en"  # a source's language where it gives none
# the lexicon's lists of words saying what language an edition is in, with that language's code
EDITION_LANGUAGES = (("in_english", ENGLISH), ("in_chinese", "zh"))


def phrases(words: Iterable[str]) -> str:
    """An alternation of phrases, longest first, a phrase's words joined by any space:
    'rather than' also finds 'rather\\nthan'."""
    ordered = sorted({w.strip().lower() for w in words if w.strip()}, key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in ordered)


def _words_re(words: Iterable[str]) -> re.Pattern[str]:
    alternation = phrases(words)
    return re.compile(rf"\b(?:{alternation})\b", re.IGNORECASE) if alternation else _NEVER


class Cues:
    """One lexicon's cues, compiled once per base (kept with the checker in the cache)."""

    def __init__(self, lexicon: Lexicon):
        words = lexicon.words
        # reports what a work says: "Lin (1990) argued that ...", "according to Lin"
        self.REPORTED = _words_re(words("reported"))
        # states an aim, not what happened: "was meant to", "aimed to", "the goal was"
        self.INTENT = _words_re(words("intent"))
        # someone's words or sight: "Mao told Mitterrand ...", "Peng saw how bad things were"
        self.SAYING = _words_re(words("saying"))
        # ... and what they said, reported: "the government declared that ...", "textbooks taught that ..."
        saying = phrases(words("saying"))
        self.SAYS_THAT = (re.compile(rf"\b(?:{saying})\s+(?:\w+\s+){{0,2}}?that\b", re.IGNORECASE) if saying
                          else _NEVER)
        # sets something aside: "not", "rather than", "instead of"
        self.SETS_ASIDE = _words_re(words("sets_aside"))
        # rules out a number, even one written without its unit: "44.6 per thousand, not the 25.4 registered"
        aside = phrases(words("sets_aside"))
        self.DENIES_NUMBER = (re.compile(rf"\b(?:{aside})\s+(?:the\s+|an?\s+)?\d", re.IGNORECASE) if aside
                              else _NEVER)
        # contrast two things: no order, and no figure credited to a work, reaches across them
        self.CONTRAST = _words_re(words("contrast"))
        # other people's figures, which a work may report without giving them as its own
        self.OTHERS_FIGURES = _words_re(words("others_figures"))
        # the language an edition is in, by the language code of the sources: "appeared in English in 2012"
        self.EDITION_LANGUAGES = tuple((code, _words_re(words(key))) for key, code in EDITION_LANGUAGES if words(key))
        # takes up another's figure: "Coale took the 16 million implied by registration"
        self.ADOPTING = _words_re(words("adopting"))
        # gives something a name: a sentence reporting a name asserts no misconception it carries
        self.NAMING = _words_re(words("naming"))
        # names a cause: a misconception naming one is asserted only by a sentence naming one too
        self.CAUSAL = _words_re(words("causal"))
        # may set one work's figure against another's
        self.COMPARING = _words_re(words("comparing"))
        # a fragment whose subject is a pronoun has lost what it is about: "but it gave no figure"
        pronouns, conjunctions = phrases(words("pronouns")), phrases(words("leading_conjunctions"))
        lead = rf"(?:(?:{conjunctions})\s+)?" if conjunctions else ""
        self.PRONOUN_LEAD = re.compile(rf"\s*{lead}(?:{pronouns})\b", re.IGNORECASE) if pronouns else _NEVER
