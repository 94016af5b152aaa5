"""A BM25 token index: finds candidate claims in ~1 ms without scoring every claim.

Brute-force fuzzy scoring costs tens of milliseconds a sentence against 10,000 claims; an
inverted index narrows the field to a handful of candidates that rapidfuzz then re-ranks.
The postings are two arrays of ints per word (documents, counts): the 10,000-claim base holds
~300,000 of them, which as tuples took ~50 ms to unpickle on every lookup and as arrays take ~1.
"""

from __future__ import annotations

import math
from array import array
from collections import Counter
from itertools import compress, repeat
from operator import add
from typing import Any, Iterable, Mapping, Sequence

K1 = 1.2
B = 0.75
TIE = 1e-9  # scores this close may be equal ones summed in another order
PRUNE_FROM = 200  # a word in fewer documents is cheaper to add everywhere than to prune for
# A long run of searches over a large index adds the postings with numpy (~0.12 ms a search
# against ~0.7 ms with 30,000 phrasings). Importing numpy costs ~70 ms, so a process switches
# only after this many searches (a single lookup never pays for it), and only for an index this
# large: with the shipped base (~1,500 phrasings) a search costs ~0.1 ms either way.
VECTOR_MIN_DOCS = 5_000
VECTOR_AFTER = 100


class TokenIndex:
    def __init__(self, documents: Sequence[Sequence[str]]):
        self.size = len(documents)
        self.lengths = array("I", (len(d) for d in documents))
        self.average_length = (sum(self.lengths) / self.size) if self.size else 1.0
        postings: dict[str, tuple[array, array]] = {}
        for doc_id, tokens in enumerate(documents):
            for token, count in Counter(tokens).items():
                plist = postings.get(token)
                if plist is None:
                    plist = postings[token] = (array("I"), array("I"))
                plist[0].append(doc_id)
                plist[1].append(count)
        self.postings = postings  # word -> (document ids ascending, the word's count in each)
        # each document's length normalisation: cached with the index (computing it for 30,000
        # documents on every lookup cost ~5 ms)
        self.norms = array("d", (K1 * (1 - B + B * length / self.average_length) for length in self.lengths))
        # A word no claim uses is strong evidence the statement is about something else.
        self.unknown_idf = 1.5 * math.log(1 + (self.size + 0.5) / 0.5)
        self.__setstate__(self.__dict__)

    # Memos filled as words are looked up; derived data, so left out of the pickled cache.
    _MEMOS = ("_idfs", "_term_weights", "_ceilings", "_term_maps", "_searches", "_vectors")

    def __getstate__(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if k not in self._MEMOS}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._idfs = _Idfs(self)
        self._term_weights: dict[str, list[float]] = {}
        self._ceilings: dict[str, float] = {}
        self._term_maps: dict[str, dict[int, float]] = {}
        self._searches = 0
        self._vectors: "_Vectors | bool | None" = None  # False: numpy is not installed

    def document_frequency(self, token: str) -> int:
        plist = self.postings.get(token)
        return len(plist[0]) if plist else 0

    def idf(self, token: str) -> float:
        """Rarer words weigh more; a word no document holds weighs most."""
        return self._idfs[token]

    @property
    def idfs(self) -> "Mapping[str, float]":
        """word -> idf, for mapping many words at once (`map(index.idfs.__getitem__, words)`)."""
        return self._idfs

    def _weights(self, token: str) -> list[float]:
        """The word's BM25 term in each document of its postings; the same for every statement,
        so worked out once per process (a lint meets the same words again and again)."""
        weights = self._term_weights.get(token)
        if weights is None:
            idf, norms, k1_plus_1 = self.idf(token), self.norms, K1 + 1
            weights = self._term_weights[token] = [
                idf * tf * k1_plus_1 / (tf + norms[doc_id]) for doc_id, tf in zip(*self.postings[token])]
        return weights

    def _ceiling(self, token: str) -> float:
        """The most this word adds to any document's score."""
        value = self._ceilings.get(token)
        if value is None:
            value = self._ceilings[token] = max(self._weights(token))
        return value

    def _term_map(self, token: str) -> dict[int, float]:
        """The word's BM25 term by document, for adding it to a few documents only."""
        found = self._term_maps.get(token)
        if found is None:
            found = self._term_maps[token] = dict(zip(self.postings[token][0], self._weights(token)))
        return found

    def expect_many_searches(self) -> None:
        """A long run of searches is coming (a lint's worker): switch to numpy at once, if this
        index is large enough for it, rather than after VECTOR_AFTER searches."""
        self._searches = max(self._searches, VECTOR_AFTER)

    def search(self, tokens: Iterable[str], limit: int = 10) -> list[tuple[int, float]]:
        """The `limit` best documents, highest score first and then lowest id.

        Words are added rarest (highest possible term) first. Once no document not yet met could
        reach the current `limit`-th score with all the remaining words (MaxScore), the common
        words are added only to the documents that still can: with 10,000 claims a word like
        'famine' is in a third of the documents and adding it to all of them cost most of a lookup.
        The result is exactly the exhaustive one. Scores equal to 9 decimals are ties, which go to
        the lower id: summed in another order, two equal scores can differ in their last bits.
        """
        self._searches += 1
        if self._searches > VECTOR_AFTER and self.size >= VECTOR_MIN_DOCS and self._vectors is not False:
            if self._vectors is None:
                self._vectors = _vectorised(self)
            if self._vectors:
                return self._vectors.search(tokens, limit)
        terms = sorted((t for t in set(tokens) if t in self.postings), key=lambda t: (-self._ceiling(t), t))
        if not terms:
            return []
        reach = [0.0] * (len(terms) + 1)  # the most the words from i on can add to a document
        for i in range(len(terms) - 1, -1, -1):
            reach[i] = reach[i + 1] + self._ceiling(terms[i])
        scores: dict[int, float] = {}
        for i, token in enumerate(terms):
            docs = self.postings[token][0]
            if i and len(scores) >= limit and len(docs) > PRUNE_FROM:
                kth = sorted(scores.values(), reverse=True)[limit - 1]
                if reach[i] < kth - TIE:  # a document that could still tie with the kth stays
                    scores = {d: v for d, v in scores.items() if v + reach[i] >= kth - TIE}
                    for rest in terms[i:]:
                        term = self._term_map(rest)
                        for d in scores:
                            w = term.get(d)
                            if w is not None:
                                scores[d] += w
                    break
            get = scores.get
            # scores[d] = scores.get(d, 0.0) + term for each document d of the word, in C loops
            scores.update(zip(docs, list(map(add, map(get, docs, repeat(0.0)), self._weights(token)))))
        # the best `limit`: find the limit-th best score with C sorting, keep what reaches it, sort those.
        values = sorted(scores.values(), reverse=True)
        threshold = values[min(limit, len(values)) - 1] - TIE
        return _best([(-v, d) for d, v in compress(scores.items(), map(threshold.__le__, scores.values()))], limit)


class _Idfs(dict):
    """The idf of each word met, worked out on first use."""

    def __init__(self, index: TokenIndex):
        super().__init__()
        self.index = index

    def __missing__(self, token: str) -> float:
        index = self.index
        df = index.document_frequency(token)
        value = self[token] = index.unknown_idf if not df else math.log(1 + (index.size - df + 0.5) / (df + 0.5))
        return value


def _best(ranked: list[tuple[float, int]], limit: int) -> list[tuple[int, float]]:
    """(document, score) of the best `limit` of (-score, document) pairs: highest first, and
    scores equal to 9 decimals (summed in another order, two equal scores can differ in their
    last bits) to the lower id."""
    ranked.sort()
    if any(b[0] - a[0] < TIE for a, b in zip(ranked, ranked[1:limit + 1])):
        ranked.sort(key=lambda nd: (round(nd[0], 9), nd[1]))
    return [(d, -v) for v, d in ranked[:limit]]


def _vectorised(index: TokenIndex) -> "_Vectors | bool":
    try:
        import numpy
    except ImportError:  # a declared dependency; without it every search stays in Python
        return False
    return _Vectors(index, numpy)


class _Vectors:
    """The index's postings as numpy arrays, read word by word as searches meet them.

    Each document's score is summed over the same words in the same order as `TokenIndex.search`
    sums it, from the same BM25 terms, so the scores are bit for bit the same and so is the ranking.
    """

    def __init__(self, index: TokenIndex, numpy: Any):
        self.np = numpy
        self.index = index
        self.norms = numpy.frombuffer(index.norms, dtype=numpy.float64)
        self.terms: dict[str, tuple[Any, Any, float]] = {}  # word -> (documents, BM25 terms, the largest term)

    def _term(self, token: str) -> tuple[Any, Any, float]:
        hit = self.terms.get(token)
        if hit is None:
            np = self.np
            docs, counts = self.index.postings[token]
            documents = np.frombuffer(docs, dtype=np.uint32).astype(np.intp)
            tf = np.frombuffer(counts, dtype=np.uint32).astype(np.float64)
            # the same operations in the same order as TokenIndex._weights
            weights = self.index.idf(token) * tf * (K1 + 1) / (tf + self.norms[documents])
            hit = self.terms[token] = (documents, weights, float(weights.max()))
        return hit

    def search(self, tokens: Iterable[str], limit: int) -> list[tuple[int, float]]:
        postings, term = self.index.postings, self._term
        terms = sorted((t for t in set(tokens) if t in postings), key=lambda t: (-term(t)[2], t))
        if not terms:
            return []
        np = self.np
        scores = np.zeros(self.index.size)
        for token in terms:
            documents, weights, _ = term(token)
            scores[documents] += weights  # a word's documents are distinct: one addition each
        # Only documents that can reach the `limit`-th score: the `limit`-th best score among
        # the first word's documents (usually the rarest word) is a floor for it, and filtering
        # by it is cheaper than finding the non-zero scores among all the documents.
        first = term(terms[0])[0]
        if len(first) >= limit:
            head = scores[first]
            floor = np.partition(head, len(head) - limit)[len(head) - limit]
            found = np.flatnonzero(scores >= floor - TIE)
        else:
            found = np.flatnonzero(scores)  # every BM25 term is positive
        values = scores[found]
        if len(values) > limit:
            kth = np.partition(values, len(values) - limit)[len(values) - limit]
            keep = values >= kth - TIE
            found, values = found[keep], values[keep]
        return _best(list(zip((-values).tolist(), found.tolist())), limit)
