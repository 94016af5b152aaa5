"""Finding the claims a statement is about: a token index proposes, rapidfuzz re-ranks.

Fuzzy scores only *find* candidates; whether the statement agrees with a claim is decided by
explicit comparisons in `compare` and `checker`.
"""

from __future__ import annotations

from dataclasses import dataclass

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
        self.texts: list[tuple[int, str, Analysed]] = []
        vocabularies: list[set[str]] = []
        for claim_index, claim in enumerate(base.claims):
            vocab: set[str] = set()
            for text in claim.texts:
                analysed = self.normaliser.analyse(text)
                self.texts.append((claim_index, text, analysed))
                vocab.update(analysed.tokens)
            vocabularies.append(vocab)
        self.vocabularies = vocabularies
        self.index = TokenIndex([a.tokens for _, _, a in self.texts])

    def analyse(self, text: str) -> Analysed:
        return self.normaliser.analyse(text)

    def coverage(self, statement: Analysed, claim_index: int) -> float:
        tokens = set(statement.tokens)
        if not tokens:
            return 0.0
        vocab = self.vocabularies[claim_index]
        total = sum(self.index.idf(t) for t in tokens)
        found = sum(self.index.idf(t) for t in tokens if t in vocab)
        return found / total if total else 0.0

    def reverse_coverage(self, statement: Analysed, phrasing: Analysed) -> float:
        """How much of what a phrasing asserts the statement also says."""
        tokens = set(phrasing.tokens)
        total = sum(self.index.idf(t) for t in tokens)
        found = sum(self.index.idf(t) for t in tokens if t in set(statement.tokens))
        return found / total if total else 0.0

    def candidates(self, statement: Analysed, limit: int = 5) -> list[Candidate]:
        """The best phrasing of each of the closest claims, strongest first."""
        if not statement.tokens:
            return []
        best: dict[int, Candidate] = {}
        joined = statement.joined
        for doc_id, _ in self.index.search(statement.tokens, CANDIDATES_FROM_INDEX):
            claim_index, text, analysed = self.texts[doc_id]
            score = SCORER(joined, analysed.joined)
            current = best.get(claim_index)
            if current is None or score > current.score:
                best[claim_index] = Candidate(self.base.claims[claim_index], text, analysed, score,
                                              self.coverage(statement, claim_index),
                                              self.reverse_coverage(statement, analysed))
        ranked = sorted(best.values(), key=lambda c: (-c.strength, c.claim.id))
        return ranked[:limit]
