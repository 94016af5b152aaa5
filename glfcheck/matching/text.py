"""Normalising text once, the same way for claims and statements.

Fuzzy scores are only as good as the text they compare: folding case, accents, domain synonyms
(died/perished/starved, Mao/Chairman Mao, UK/Britain) and light stemming is what lets a
token-set score find a paraphrase, where raw text defeats it.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TypeVar

from glfcheck.base.model import Lexicon

STOP_WORDS = frozenset(
    """a an the of in on at to for from by with as and or but is are was were be been being
    that this these those it its it's their there they them he she his her him we our you your
    i me my which who whom whose what when where while than then so such into onto about over
    under after before during between through within among per via also even just very much
    many more most some any all each both other another same own up down out off again further
    once here can could would should may might must shall will do does did done has have had
    having having if because since until upon whether how why across toward towards
    not no never none nothing nobody neither nor without cannot n't doesnt dont didnt isnt wasnt werent arent cant
    couldnt wont wouldnt hasnt havent hadnt""".split()
) | frozenset(
    # Figures, their units and their hedges are compared explicitly, not as words.
    """one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty
    fifty sixty seventy eighty ninety hundred thousand million millions billion half dozen
    around roughly approximately nearly almost fewer less least greater above below
    percent cent tons tonnes metric people persons some
    include includes included including involve involves involved involving
    historian historians scholar scholars textbook textbooks student students essay essays quiz
    answer revision slide summary note notes agree agrees agreed widely generally commonly often
    usually indeed however therefore thus simply mainly largely mostly chiefly primarily notably
    famously infamously so-called remember worth noting eventually subsequently
    significant significantly important importantly clearly certainly particular
    particularly especially whole entire overall
    january february march april may june july august september october november december
    spring summer autumn winter early late mid""".split()
)
NEGATIONS = frozenset("not no never none nothing nobody neither nor cannot n't doesnt dont didnt isnt wasnt "
                      "werent arent cant couldnt wont wouldnt hasnt havent hadnt".split())
# Figures are compared as figures, not as words: "thirty-six" and "twenty-six" are not rare words
# (a word the base never uses weighs most in a lookup, and pushed such statements off their claim).
_NUMBER_WORDS = frozenset("""one two three four five six seven eight nine ten eleven twelve thirteen fourteen
    fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred
    thousand million billion""".split())


def _figure_or_date(word: str) -> bool:
    """'thirty-six', 'ninety-nine', 'mid-1958', 'mid-july': compounds made only of number words,
    years and words that are no content words themselves."""
    parts = word.split("-")
    return len(parts) > 1 and not all(p.isdigit() for p in parts) and all(
        p in _NUMBER_WORDS or p in STOP_WORDS or p.isdigit() for p in parts)  # a year range stays a word


_SHORT_RANGE_RE = re.compile(r"(\d\d)(\d\d)-(\d\d)")


def _full_range(word: str) -> str:
    """'1959-61' as '1959-1961', so that a period written either way is the same word."""
    m = _SHORT_RANGE_RE.fullmatch(word)
    return f"{m.group(1)}{m.group(2)}-{m.group(1)}{m.group(3)}" if m else word

_TOKEN_RE = re.compile(r"[a-z0-9_]+(?:[-'][a-z0-9_]+)*|n't")
# a consonant doubled before -ed/-ing ('stopped', 'admitted'); not l, s, z, f or d, which words
# end in doubled ('killed', 'passed', 'buzzing', 'staffed', 'added')
_DOUBLED_RE = re.compile(r"[aeiou](bb|gg|mm|nn|pp|rr|tt)$")
_SIBILANTS = ("ss", "x", "z", "ch", "sh")  # endings after which a plural adds 'es' ('classes'; but 'causes' is 'cause' + s)
MENT_BASE = 6  # letters a word must keep when '-ment' is taken off
_NOT_PLURAL_S = ("ss", "us", "is")
_SUFFIXES = ("ations", "ation", "ments", "ment", "ings", "ing", "edly", "ies", "ied", "ed", "es", "s", "ly")


def fold(text: str) -> str:
    """Lower case, accents removed, typographic quotes and dashes made plain."""
    if text.isascii():  # nothing to decompose, strip or replace
        return text.lower()
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    text = re.sub(r"[‐‑‒–—―]", "-", text)
    return text.lower()


def american(token: str) -> str:
    """One spelling for both sides: 'labour'/'labor', 'collectivisation'/'collectivization'."""
    if token.endswith(("isation", "isations")):
        return token.replace("isation", "ization")
    if re.search(r"[a-z]{3}is(?:e|ed|es|ing)$", token) and not token.endswith(("wise", "rise", "vise", "cise", "prise", "mise", "guise", "noise", "raise", "poise", "otise", "arise")):
        return re.sub(r"is(e|ed|es|ing)$", r"iz\1", token)
    token = token.replace("plough", "plow")
    return re.sub(r"^(lab|col|fav|behavi|hon|neighb|harb|rum|vig)our", r"\1or", token)


def stem(token: str) -> str:
    """Light suffix stripping: enough to meet 'communes'/'commune', 'estimated'/'estimates'."""
    hit = _STEMS.get(token)
    if hit is None:
        if len(_STEMS) >= 100_000:
            _STEMS.clear()
        hit = _STEMS[token] = _stem(token)
    return hit


_STEMS: dict[str, str] = {}  # a pure function of the word, and texts repeat their words


class _ContentTokens(dict):
    """word -> its content token, or "" for a stop word, a bare number or a figure: worked out
    once per word, so analysing a text maps its words in one C loop (a Python test per word was
    most of the cost of analysing a claim phrasing)."""

    def __missing__(self, word: str) -> str:
        if len(self) >= 100_000:
            self.clear()
        token = self[word] = ("" if word in STOP_WORDS or word.isdigit() or _figure_or_date(word)
                              else stem(_full_range(word)))
        return token


_CONTENT_TOKENS = _ContentTokens()


def content_token(word: str) -> str:
    """A folded word as a content token ('communes' -> 'commun'), or '' for a stop word, a bare
    number or a figure: what `Analysed.tokens` holds for it."""
    return _CONTENT_TOKENS[word]


def _stem(token: str) -> str:
    if "_" in token or token[0].isdigit():
        return token
    token = american(token)
    if len(token) <= 4:
        return token[:-1] if len(token) == 4 and token.endswith("s") and not token.endswith("ss") else token
    for suffix in _SUFFIXES:
        if token.endswith(suffix) and len(token) - len(suffix) >= 3:
            if suffix == "s" and token.endswith(_NOT_PLURAL_S):
                break  # 'class', 'census', 'crisis' are not plurals
            if suffix.startswith("ment") and len(token) - len(suffix) < MENT_BASE:
                continue  # 'statement' is not 'state', 'agreement' not 'agree'; 'government' is 'govern'
            base = token[: -len(suffix)]
            if suffix in ("ies", "ied"):
                base += "y"
            elif suffix == "es" and not base.endswith(_SIBILANTS):
                base = token[:-1]  # 'rates' is 'rate' + 's', as 'rate' is: only 'taxes', 'marches' lose 'es'
                return base.rstrip("e") if len(base) > 4 else base
            elif suffix in ("ed", "ing", "ings") and len(base) > 3 and _DOUBLED_RE.search(base):
                base = base[:-1]  # 'stopped', 'shipping', 'planned' -> 'stop', 'ship', 'plan'
            return base.rstrip("e") if len(base) > 4 else base
    return token.rstrip("e") if len(token) > 4 else token  # (as a stripped base is: 'house' meets 'houses')


def canonical_token(phrase: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", fold(phrase)).strip("_")


@dataclass(frozen=True)
class Analysed:
    """A text as the matcher sees it."""

    tokens: tuple[str, ...]  # stemmed content tokens, stop words removed
    words: tuple[str, ...]  # folded words before stop-word removal (negation, opposites)
    names: frozenset[tuple[str, str]]  # (category, canonical name)
    negations: int

    @property
    def joined(self) -> str:
        return " ".join(self.tokens)


_T = TypeVar("_T")
_WORD_AT_START_RE = re.compile(r"(?<![\w'])\w+")  # a word, where a phrase may begin


class Phrases:
    """Finds any of a set of phrases in a folded text as whole words: nothing of a word (nor an
    apostrophe) just before it, and nothing of a word just after (nor, with `apostrophe_ends`, an
    apostrophe). At each place the longest phrase that fits is taken, and the search goes on after
    it: what one regex alternation of every phrase, longest first, finds.

    The phrases are grouped by their first word, so a text is read a word at a time and only the
    few phrases that begin with that word are tried. (A regex of the ~1,100 phrases, written as a
    character trie, took 29 ms to compile on every start, a tenth of a cold `check`.)
    """

    def __init__(self, phrases: Iterable[str], apostrophe_ends: bool = False):
        by_first: dict[str, list[str]] = {}
        for phrase in phrases:
            first = re.match(r"\w+", phrase)
            if first is None:
                raise ValueError(f"a phrase must begin with a word: {phrase!r}")
            by_first.setdefault(first.group(0), []).append(phrase)
        self._by_first = {word: tuple(sorted(found, key=len, reverse=True)) for word, found in by_first.items()}
        self._apostrophe_ends = apostrophe_ends

    def __bool__(self) -> bool:
        return bool(self._by_first)

    def _ends_a_word(self, text: str, end: int) -> bool:
        if end == len(text):
            return True
        following = text[end]
        return not (following.isalnum() or following == "_" or (self._apostrophe_ends and following == "'"))

    def spans(self, text: str) -> Iterator[tuple[int, int]]:
        """Where the phrases stand in `text`, left to right, none overlapping."""
        resume = 0
        for word in _WORD_AT_START_RE.finditer(text):
            start = word.start()
            if start < resume:
                continue
            for phrase in self._by_first.get(word.group(0), ()):
                end = start + len(phrase)
                if text.startswith(phrase, start) and self._ends_a_word(text, end):
                    yield start, end
                    resume = end
                    break

    def sub(self, replace: Callable[[str], str], text: str) -> str:
        """`text` with each phrase found replaced by `replace(phrase)`."""
        pieces: list[str] = []
        done = 0
        for start, end in self.spans(text):
            pieces += (text[done:start], replace(text[start:end]))
            done = end
        return "".join(pieces) + text[done:] if pieces else text


class Normaliser:
    """Applies one lexicon's phrase folding; built once per base, reused for every text."""

    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon
        # words as also written -> as the base writes them ("ploughing" -> "plowing", "dikoetter"
        # -> "dikotter"), before anything else is looked for
        self._spellings = {fold(v): fold(c) for v, c in lexicon.spellings.items()}
        self._spelling_phrases = Phrases(self._spellings, apostrophe_ends=True)
        replacements: dict[str, str] = {}
        self.name_tokens: dict[str, tuple[str, str]] = {}
        for variant, (category, canonical) in lexicon.names.items():
            token = canonical_token(canonical)
            replacements[self._prepared(variant).strip()] = token
            self.name_tokens[token] = (category, canonical)
        for variant, canonical in lexicon.synonyms.items():
            replacements.setdefault(self._prepared(variant).strip(), canonical_token(canonical))
        for canonical in set(lexicon.synonyms.values()):  # "close planting" is "close_planting", as "close cropping" is
            if canonical_token(canonical) != self._prepared(canonical).strip():
                replacements.setdefault(self._prepared(canonical).strip(), canonical_token(canonical))
        replacements.pop("", None)
        self._replacements = replacements
        self._phrases = Phrases(replacements)

    def _prepared(self, text: str) -> str:
        """Folded, possessives dropped and words respelt: what phrases are looked for in. The
        lexicon's own phrases are prepared the same way, so "People's Daily" meets its name."""
        folded = re.sub(r"'s\b", "", fold(text))
        if self._spelling_phrases:
            folded = self._spelling_phrases.sub(self._spellings.__getitem__, folded)
        return folded

    def words(self, text: str) -> list[str]:
        """The text's folded words, phrases made one word each. Remembered per text (the reader
        reads the same clause several times over a check)."""
        return list(self._remembered("_words_memo", text, lambda t: tuple(self._words(t))))

    def _remembered(self, memo_name: str, text: str, make: Callable[[str], _T]) -> _T:
        memo = self.__dict__.get(memo_name)
        if memo is None:
            memo = self.__dict__[memo_name] = {}
        hit = memo.get(text)
        if hit is None:
            if len(memo) >= self.MEMO_SIZE:
                memo.clear()
            hit = memo[text] = make(text)
        return hit

    def _words(self, text: str) -> list[str]:
        folded = self._prepared(text)
        if self._phrases:
            folded = self._phrases.sub(lambda phrase: " " + self._replacements[phrase] + " ", folded)
        folded = folded.replace("n't", " n't")
        words = _TOKEN_RE.findall(folded)
        return [w[:-2] if w.endswith("'s") else w for w in words]

    # Memos of analysed texts and of their words: a statement's clauses are read again by each
    # step of a check, and a lint meets the same sentences again. Per process; left out of the
    # pickled cache.
    MEMO_SIZE = 20_000

    def __getstate__(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if k not in ("_memo", "_words_memo")}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)

    def analyse(self, text: str) -> Analysed:
        return self._remembered("_memo", text, self._analyse)

    def _analyse(self, text: str) -> Analysed:
        words = self._words(text)  # (the analysis is remembered, so its words need not be)
        tokens = tuple(filter(None, map(_CONTENT_TOKENS.__getitem__, words)))
        names = frozenset(self.name_tokens[w] for w in words if w in self.name_tokens)
        negations = sum(1 for w in words if w in NEGATIONS)
        # one string per word however many texts use it: a large base's profiles hold millions
        return Analysed(tokens, tuple(map(sys.intern, words)), names, negations)
