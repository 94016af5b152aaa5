"""Finding the claims a statement is about: a token index proposes, rapidfuzz re-ranks.

Fuzzy scores only *find* candidates; whether the statement agrees with a claim is decided by
explicit comparisons in `compare` and `checker`.
"""

from __future__ import annotations

import sys
from array import array
from dataclasses import dataclass
from math import fsum

from rapidfuzz import fuzz
from rapidfuzz.process import extract

from glfcheck.matching.index import TokenIndex
from glfcheck.base.model import Base, Claim
from glfcheck.matching.text import Analysed, Normaliser

# token_set_ratio on normalised text: measured to rank paraphrases far better than WRatio,
# which rewards shared substrings of unrelated words.
SCORER = fuzz.token_set_ratio
# Phrasings the index proposes for re-ranking. Measured on 2,551 statements and course sentences:
# 24 gives the same verdicts and claims as 40 at ~30% less cost per sentence (15 changed one).
CANDIDATES_FROM_INDEX = 24


@dataclass(frozen=True)
class Candidate:
    claim: Claim
    text: str  # the phrasing (statement or alias) that matched best
    tokens: tuple[str, ...]  # its content words, as `Analysed.tokens` gives them (from the index: no re-analysis)
    score: float  # rapidfuzz score of that phrasing, 0-100
    coverage: float  # share of the statement's word weight found in the claim's words, 0-1
    reverse: float  # share of the matched phrasing's word weight found in the statement, 0-1
    boost: float = 0.0  # added by the checker when the statement names a work the claim cites

    @property
    def strength(self) -> float:
        """One figure for 'how surely is the statement about this claim', 0-100."""
        return strength(self.score, self.coverage, self.reverse) + self.boost


def strength(score: float, coverage: float, reverse: float) -> float:
    return 0.45 * score + 35.0 * coverage + 20.0 * reverse


@dataclass(frozen=True)
class _Weighed:
    """A text's distinct words with their weights (idf), ready to ask what share of that weight
    another word set holds: the innermost step of every lookup, so done with set operations."""

    tokens: frozenset[str]
    weights: dict[str, float]
    names: tuple[tuple[str, float, str], ...]  # (name, weight, its slot)
    total: float

    def share(self, other: set[str]) -> float:
        """A shared word counts whole; a name counts half where `other` has another name of its kind.

        Sums use math.fsum: a set's order changes with the interpreter's string hashing, and a
        plain sum's last bits with it, which let two near-equal claims swap places between runs."""
        if not self.total:
            return 0.0
        if not self.names:  # most phrasings and statements: no list to build
            return fsum(map(self.weights.__getitem__, self.tokens & other)) / self.total
        weights = self.weights
        found = [weights[t] for t in self.tokens & other]
        for token, weight, slot in self.names:
            if token not in other and slot in other:
                found.append(0.5 * weight)
        return fsum(found) / self.total


class Matcher:
    """The base's phrasings indexed once and reused for every statement.

    Only compact data is kept (and cached on disk) per phrasing: its words as ids into one shared
    vocabulary, in one array. Everything a lookup derives from a phrasing (its word set and
    weight, its slotted text, a claim's vocabulary, the full `Analysed`) is worked out for the
    few candidates a lookup meets and memoised per process: with 10,000 claims, keeping ~30,000
    `Analysed` objects made the cache slow to load and the process large.
    """

    def __init__(self, base: Base):
        self.base = base
        self.normaliser = Normaliser(base.lexicon)
        self.categories = {token: category for token, (category, _) in self.normaliser.name_tokens.items()}
        ids: dict[str, int] = {}
        words = array("I")  # every phrasing's words (as ids), one phrasing after another
        starts = array("I", [0])  # phrasing d's words are words[starts[d]:starts[d + 1]]
        claim_of = array("I")  # phrasing -> its claim's index
        first_phrasing = array("I")  # claim -> its first phrasing (the rest follow it)
        documents: list[tuple[str, ...]] = []
        for claim_index, claim in enumerate(base.claims):
            first_phrasing.append(len(claim_of))
            for text in claim.texts:
                tokens = self.normaliser.analyse(text).tokens
                documents.append(tokens)
                words.extend(ids.setdefault(t, len(ids)) for t in tokens)
                starts.append(len(words))
                claim_of.append(claim_index)
        first_phrasing.append(len(claim_of))
        self.vocabulary = tuple(sys.intern(t) for t in ids)
        self.claim_ids = tuple(c.id for c in base.claims)  # ranking needs ids, not whole claims
        self.words, self.starts, self.claim_of, self.first_phrasing = words, starts, claim_of, first_phrasing
        self.index = TokenIndex(documents)
        # each phrasing's word weight, summed once here: the denominator of its reverse coverage
        self.totals = array("d", (fsum(map(self.index.idf, set(tokens))) for tokens in documents))
        self.name_words = frozenset(self.categories)
        self.__setstate__(self.__dict__)

    # Per-process memos of derived data: left out of the pickled cache.
    _MEMOS = ("_token_sets", "_slotted_memo", "_vocabularies", "_analysed", "_claim_indices", "_texts", "_token_memo")

    def __getstate__(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if k not in self._MEMOS}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self._token_sets: dict[int, frozenset[str]] = {}
        self._slotted_memo: dict[int, str] = {}
        self._vocabularies: dict[int, set[str]] = {}
        self._analysed: dict[str, Analysed] = {}
        self._texts: dict[int, str] = {}
        self._token_memo: dict[int, tuple[str, ...]] = {}

    def analyse(self, text: str) -> Analysed:
        return self.normaliser.analyse(text)

    def phrasing(self, text: str) -> Analysed:
        """A claim phrasing analysed; memoised, as the same few phrasings recur across a document."""
        hit = self._analysed.get(text)
        if hit is None:
            hit = self._analysed[text] = self.normaliser.analyse(text)
        return hit

    def tokens(self, doc_id: int) -> tuple[str, ...]:
        """A phrasing's stemmed content words, as `Analysed.tokens` gives them (memoised)."""
        hit = self._token_memo.get(doc_id)
        if hit is None:
            vocabulary = self.vocabulary
            hit = self._token_memo[doc_id] = tuple([vocabulary[i] for i in
                                                    self.words[self.starts[doc_id]:self.starts[doc_id + 1]]])
        return hit

    def text(self, doc_id: int) -> str:
        """A phrasing's text (memoised: a claim is fetched from the lazily loaded base, and its
        phrasings put together, on every call)."""
        hit = self._texts.get(doc_id)
        if hit is None:
            claim_index = self.claim_of[doc_id]
            hit = self._texts[doc_id] = self.base.claims[claim_index].texts[doc_id - self.first_phrasing[claim_index]]
        return hit

    def _slotted(self, analysed: Analysed) -> str:
        """Names become their slot ('person', 'place'): whether it is the *right* name is for
        compare_names to say, so a swapped name must not make a statement look off-topic."""
        return self._slot(analysed.tokens)

    def _slot(self, tokens: tuple[str, ...]) -> str:
        return " ".join(map(self.categories.get, tokens, tokens))  # a name's slot, else the word

    def _slotted_phrasing(self, doc_id: int) -> str:
        hit = self._slotted_memo.get(doc_id)
        if hit is None:
            hit = self._slotted_memo[doc_id] = self._slot(self.tokens(doc_id))
        return hit

    def _vocabulary(self, claim_index: int) -> set[str]:
        """Every word of a claim's phrasings, and the slots of its names."""
        vocab = self._vocabularies.get(claim_index)
        if vocab is None:
            vocab = set()
            for doc_id in range(self.first_phrasing[claim_index], self.first_phrasing[claim_index + 1]):
                tokens = self.tokens(doc_id)
                vocab.update(tokens)
                vocab.update(self.categories[t] for t in tokens if t in self.categories)
            self._vocabularies[claim_index] = vocab
        return vocab

    def score(self, statement: Analysed, phrasing: Analysed) -> float:
        return SCORER(self._slotted(statement), self._slotted(phrasing))

    def phrasing_scores(self, statement: Analysed, claim_id: str) -> list[tuple[str, float]]:
        """Each phrasing of a claim with its score against the statement, from the words the index
        holds (re-analysing every phrasing of every claim compared cost more than comparing)."""
        indices = self.__dict__.get("_claim_indices")
        if indices is None:
            indices = self._claim_indices = {cid: i for i, cid in enumerate(self.claim_ids)}
        claim_index = indices[claim_id]
        slotted = self._slotted(statement)
        return [(self.text(doc_id), SCORER(slotted, self._slotted_phrasing(doc_id)))
                for doc_id in range(self.first_phrasing[claim_index], self.first_phrasing[claim_index + 1])]

    def coverage(self, statement: Analysed, claim_index: int) -> float:
        """The share of the statement's word weight found among the claim's words."""
        return self._weigh(set(statement.tokens)).share(self._vocabulary(claim_index))

    def reverse_coverage(self, statement: Analysed, phrasing: Analysed) -> float:
        """How much of what a phrasing asserts the statement also says."""
        return self._weigh(set(phrasing.tokens)).share(self._said(statement))

    def _weigh(self, tokens: set[str]) -> "_Weighed":
        categories = self.categories
        weights = dict(zip(tokens, map(self.index.idfs.__getitem__, tokens)))
        names = tuple((t, weights[t], categories[t]) for t in tokens if t in categories)
        return _Weighed(frozenset(tokens), weights, names, fsum(weights.values()))

    def _said(self, statement: Analysed) -> set[str]:
        said = set(statement.tokens)
        said |= {self.categories[t] for t in said if t in self.categories}
        return said

    def _phrasing_share(self, doc_id: int, said: set[str]) -> float:
        """What `_Weighed.share` gives for the phrasing's words, from the index's word weights and
        the phrasing's total: nothing to build per phrasing but its word set (a lookup meets 24
        phrasings, and with a large base most of them only once)."""
        tokens = self._token_sets.get(doc_id)
        if tokens is None:
            tokens = self._token_sets[doc_id] = frozenset(self.tokens(doc_id))
        total = self.totals[doc_id]
        if not total:
            return 0.0
        idf = self.index.idfs.__getitem__
        names = tokens & self.name_words
        if not names:
            return fsum(map(idf, tokens & said)) / total
        found = list(map(idf, tokens & said))
        categories = self.categories
        found += [0.5 * idf(t) for t in names if t not in said and categories[t] in said]
        return fsum(found) / total

    def candidates(self, statement: Analysed, limit: int = 5) -> list[Candidate]:
        """The best phrasing of each of the closest claims, strongest first."""
        if not statement.tokens:
            return []
        # claim index -> [best phrasing, its score, coverage, best reverse coverage of any phrasing]
        best: dict[int, list] = {}
        slotted = self._slotted(statement)
        weighed = self._weigh(set(statement.tokens))
        said = self._said(statement)
        found_ids = [doc_id for doc_id, _ in self.index.search(statement.tokens, CANDIDATES_FROM_INDEX)]
        # the per-phrasing memos read directly: this loop runs ~24 times for every sentence checked
        slotted_memo, vocabularies, claim_of = self._slotted_memo, self._vocabularies, self.claim_of
        scores = [0.0] * len(found_ids)  # scored in one call: rapidfuzz prepares the statement once
        for _, score, i in extract(slotted, [slotted_memo.get(d) or self._slotted_phrasing(d) for d in found_ids],
                                   scorer=SCORER, limit=None):
            scores[i] = score
        for doc_id, score in zip(found_ids, scores):
            claim_index = claim_of[doc_id]
            reverse = self._phrasing_share(doc_id, said)
            current = best.get(claim_index)
            if current is None:
                vocabulary = vocabularies.get(claim_index)
                best[claim_index] = [doc_id, score, weighed.share(vocabulary if vocabulary is not None
                                                                  else self._vocabulary(claim_index)), reverse]
            elif score > current[1]:
                best[claim_index] = [doc_id, score, current[2], max(reverse, current[3])]
            elif reverse > current[3]:
                current[3] = reverse
        claims = self.base.claims
        ids = self.claim_ids
        ranked = sorted((-strength(score, coverage, reverse), ids[claim_index], claim_index)
                        for claim_index, (_, score, coverage, reverse) in best.items())
        found = []
        for *_, claim_index in ranked[:limit]:  # only these are analysed
            doc_id, score, coverage, reverse = best[claim_index]
            found.append(Candidate(claims[claim_index], self.text(doc_id), self.tokens(doc_id), score, coverage,
                                   reverse))
        return found
