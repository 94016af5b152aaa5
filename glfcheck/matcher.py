"""Finding the claims a statement is about: a token index proposes, rapidfuzz re-ranks.

Fuzzy scores only *find* candidates; whether the statement agrees with a claim is decided by
explicit comparisons in `compare` and `checker`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from rapidfuzz import fuzz

from glfcheck.index import TokenIndex
from glfcheck.model import Base, Claim
from glfcheck.text import Analysed, Normaliser

# token_set_ratio on normalised text: measured to rank paraphrases far better than WRatio,
# which rewards shared substrings of unrelated words.
SCORER = fuzz.token_set_ratio
CANDIDATES_FROM_INDEX = 40


@dataclass(frozen=True)
class Candidate:
    claim: Claim
    text: str  # the phrasing (statement or alias) that matched best
    analysed: Analysed
    score: float  # rapidfuzz score of that phrasing, 0-100
    coverage: float  # share of the statement's word weight found in the claim's words, 0-1
    reverse: float  # share of the matched phrasing's word weight found in the statement, 0-1

    @property
    def strength(self) -> float:
        """One figure for 'how surely is the statement about this claim', 0-100."""
        return 0.45 * self.score + 35.0 * self.coverage + 20.0 * self.reverse


class Matcher:
    """The base's texts analysed and indexed once; reused for every statement."""

    def __init__(self, base: Base):
        self.base = base
        self.normaliser = Normaliser(base.lexicon)
        self.categories = {token: category for token, (category, _) in self.normaliser.name_tokens.items()}
        self.texts: list[tuple[int, str, Analysed]] = []
        self.slotted: list[str] = []
        vocabularies: list[set[str]] = []
        for claim_index, claim in enumerate(base.claims):
            vocab: set[str] = set()
            for text in claim.texts:
                analysed = self.normaliser.analyse(text)
                self.texts.append((claim_index, text, analysed))
                self.slotted.append(self._slotted(analysed))
                vocab.update(analysed.tokens)
                vocab.update(self.categories[t] for t in analysed.tokens if t in self.categories)
            vocabularies.append(vocab)
        self.vocabularies = vocabularies
        self.index = TokenIndex([a.tokens for _, _, a in self.texts])

    def analyse(self, text: str) -> Analysed:
        return self.normaliser.analyse(text)

    def _slotted(self, analysed: Analysed) -> str:
        """Names become their slot ('person', 'place'): whether it is the *right* name is for
        compare_names to say, so a swapped name must not make a statement look off-topic."""
        return " ".join(self.categories.get(t, t) for t in analysed.tokens)

    def _covered(self, token: str, vocab: set[str]) -> float:
        """1 for a shared word; 0.5 for a name where the other side has another name of its kind."""
        if token in vocab:
            return 1.0
        return 0.5 if self.categories.get(token, "\0") in vocab else 0.0

    def score(self, statement: Analysed, phrasing: Analysed) -> float:
        return SCORER(self._slotted(statement), self._slotted(phrasing))

    def coverage(self, statement: Analysed, claim_index: int) -> float:
        tokens = set(statement.tokens)
        if not tokens:
            return 0.0
        return self._coverage(tokens, sum(self.index.idf(t) for t in tokens), claim_index)

    def _coverage(self, tokens: set[str], total: float, claim_index: int) -> float:
        """`coverage` with the statement's word set and its total weight worked out by the caller."""
        vocab = self.vocabularies[claim_index]
        idf = self.index.idf
        found = sum(idf(t) * self._covered(t, vocab) for t in tokens)
        return found / total if total else 0.0

    def _said(self, statement: Analysed) -> set[str]:
        said = set(statement.tokens)
        said |= {self.categories[t] for t in said if t in self.categories}
        return said

    def reverse_coverage(self, statement: Analysed, phrasing: Analysed) -> float:
        """How much of what a phrasing asserts the statement also says."""
        tokens = set(phrasing.tokens)
        total = sum(self.index.idf(t) for t in tokens)
        return self._reverse(tuple(tokens), total, self._said(statement))

    def _reverse(self, tokens: tuple[str, ...], total: float, said: set[str]) -> float:
        idf = self.index.idf
        found = sum(idf(t) * self._covered(t, said) for t in tokens)
        return found / total if total else 0.0

    def _phrasing_weight(self, doc_id: int) -> tuple[tuple[str, ...], float]:
        """A phrasing's distinct words (in set order, so sums add up exactly as before) and their
        total weight; memoised per process, not cached on disk."""
        memo = self.__dict__.setdefault("_weights", {})
        hit = memo.get(doc_id)
        if hit is None:
            tokens = set(self.texts[doc_id][2].tokens)
            hit = memo[doc_id] = (tuple(tokens), sum(self.index.idf(t) for t in tokens))
        return hit

    def __getstate__(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if k != "_weights"}

    def candidates(self, statement: Analysed, limit: int = 5) -> list[Candidate]:
        """The best phrasing of each of the closest claims, strongest first."""
        if not statement.tokens:
            return []
        best: dict[int, Candidate] = {}
        slotted = self._slotted(statement)
        tokens = set(statement.tokens)
        total = sum(self.index.idf(t) for t in tokens)
        said = self._said(statement)
        for doc_id, _ in self.index.search(statement.tokens, CANDIDATES_FROM_INDEX):
            claim_index, text, analysed = self.texts[doc_id]
            score = SCORER(slotted, self.slotted[doc_id])
            reverse = self._reverse(*self._phrasing_weight(doc_id), said)
            current = best.get(claim_index)
            if current is None or score > current.score:
                best[claim_index] = Candidate(self.base.claims[claim_index], text, analysed, score,
                                              self._coverage(tokens, total, claim_index),
                                              max(reverse, current.reverse if current else 0.0))
            elif reverse > current.reverse:
                best[claim_index] = replace(current, reverse=reverse)
        ranked = sorted(best.values(), key=lambda c: (-c.strength, c.claim.id))
        return ranked[:limit]
