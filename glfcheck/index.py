"""A BM25 token index: finds candidate claims in ~1 ms without scoring every claim.

Brute-force fuzzy scoring costs tens of milliseconds a sentence against 10,000 claims; an
inverted index narrows the field to a handful of candidates that rapidfuzz then re-ranks.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from typing import Iterable, Sequence

K1 = 1.2
B = 0.75


class TokenIndex:
    def __init__(self, documents: Sequence[Sequence[str]]):
        self.size = len(documents)
        self.lengths = [len(d) for d in documents]
        self.average_length = (sum(self.lengths) / self.size) if self.size else 1.0
        postings: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for doc_id, tokens in enumerate(documents):
            for token, count in Counter(tokens).items():
                postings[token].append((doc_id, count))
        self.postings = dict(postings)
        # A word no claim uses is strong evidence the statement is about something else.
        self.unknown_idf = 1.5 * math.log(1 + (self.size + 0.5) / 0.5)

    def idf(self, token: str) -> float:
        """Rarer words weigh more; a word no document holds weighs most."""
        df = len(self.postings.get(token, ()))
        if not df:
            return self.unknown_idf
        return math.log(1 + (self.size - df + 0.5) / (df + 0.5))

    def search(self, tokens: Iterable[str], limit: int = 10) -> list[tuple[int, float]]:
        scores: dict[int, float] = defaultdict(float)
        for token in set(tokens):
            plist = self.postings.get(token)
            if not plist:
                continue
            idf = self.idf(token)
            for doc_id, tf in plist:
                norm = K1 * (1 - B + B * self.lengths[doc_id] / self.average_length)
                scores[doc_id] += idf * tf * (K1 + 1) / (tf + norm)
        return sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
