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
        vocab = self.vocabularies[claim_index]
        total = sum(self.index.idf(t) for t in tokens)
        found = sum(self.index.idf(t) * self._covered(t, vocab) for t in tokens)
        return found / total if total else 0.0

    def reverse_coverage(self, statement: Analysed, phrasing: Analysed) -> float:
        """How much of what a phrasing asserts the statement also says."""
        tokens = set(phrasing.tokens)
        total = sum(self.index.idf(t) for t in tokens)
        said = set(statement.tokens)
        said |= {self.categories[t] for t in said if t in self.categories}
        found = sum(self.index.idf(t) * self._covered(t, said) for t in tokens)
        return found / total if total else 0.0

    def candidates(self, statement: Analysed, limit: int = 5) -> list[Candidate]:
        """The best phrasing of each of the closest claims, strongest first."""
        if not statement.tokens:
            return []
        best: dict[int, Candidate] = {}
        slotted = self._slotted(statement)
        for doc_id, _ in self.index.search(statement.tokens, CANDIDATES_FROM_INDEX):
            claim_index, text, analysed = self.texts[doc_id]
            score = SCORER(slotted, self.slotted[doc_id])
            reverse = self.reverse_coverage(statement, analysed)
            current = best.get(claim_index)
            if current is None or score > current.score:
                best[claim_index] = Candidate(self.base.claims[claim_index], text, analysed, score,
                                              self.coverage(statement, claim_index),
                                              max(reverse, current.reverse if current else 0.0))
            elif reverse > current.reverse:
                best[claim_index] = replace(current, reverse=reverse)
        ranked = sorted(best.values(), key=lambda c: (-c.strength, c.claim.id))
        return ranked[:limit]
