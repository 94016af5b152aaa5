"""The matcher keeps compact per-phrasing data (word ids in arrays) and re-analyses only the
phrasings a lookup meets: it must propose exactly what a matcher holding every phrasing's full
analysis proposes, before and after a round trip through the cache's pickle."""

from __future__ import annotations

import csv
import math
import pickle
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from glfcheck import cache
from glfcheck.matching.index import B, K1, TokenIndex
from glfcheck.matching.matcher import CANDIDATES_FROM_INDEX, SCORER, Matcher

EXAMPLES = Path(__file__).parent / "examples"


class ReferenceMatcher:
    """The straightforward design: every phrasing analysed and kept, postings as tuples."""

    def __init__(self, matcher: Matcher):
        self.m = matcher
        base = matcher.base
        self.texts = [(i, t, matcher.analyse(t)) for i, c in enumerate(base.claims) for t in c.texts]
        self.vocab: dict[int, set[str]] = defaultdict(set)
        for i, _, a in self.texts:
            self.vocab[i] |= set(a.tokens) | {matcher.categories[t] for t in a.tokens if t in matcher.categories}
        self.postings: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for doc_id, (_, _, a) in enumerate(self.texts):
            for token, count in Counter(a.tokens).items():
                self.postings[token].append((doc_id, count))
        lengths = [len(a.tokens) for _, _, a in self.texts]
        average = sum(lengths) / len(lengths)
        self.norms = [K1 * (1 - B + B * n / average) for n in lengths]

    def covered(self, token: str, vocab: set[str]) -> float:
        """1 for a shared word; 0.5 for a name where the other side has another name of its kind."""
        if token in vocab:
            return 1.0
        return 0.5 if self.m.categories.get(token, "\0") in vocab else 0.0

    def idf(self, token: str) -> float:
        df = len(self.postings.get(token, ()))
        n = len(self.texts)
        return 1.5 * math.log(1 + (n + 0.5) / 0.5) if not df else math.log(1 + (n - df + 0.5) / (df + 0.5))

    def candidates(self, statement, limit: int = 5) -> list[tuple]:
        scores: dict[int, float] = defaultdict(float)
        for token in set(statement.tokens):
            for doc_id, tf in self.postings.get(token, ()):
                scores[doc_id] += self.idf(token) * tf * (K1 + 1) / (tf + self.norms[doc_id])
        # scores equal to 9 decimals are ties, to the lower id (summed in set order, which changes with
        # the hash seed, two equal scores can differ in their last bits), as the index has it
        top = sorted(scores.items(), key=lambda kv: (-round(kv[1], 9), kv[0]))[:CANDIDATES_FROM_INDEX]
        slot = self.m._slotted
        words = set(statement.tokens)
        said = self.m._said(statement)
        best: dict[int, list] = {}
        for doc_id, _ in top:
            claim_index, text, analysed = self.texts[doc_id]
            score = SCORER(slot(statement), slot(analysed))
            phrase = set(analysed.tokens)
            reverse = sum(self.idf(t) * self.covered(t, said) for t in phrase) / sum(map(self.idf, phrase))
            coverage = sum(self.idf(t) * self.covered(t, self.vocab[claim_index]) for t in words) / sum(
                map(self.idf, words))
            current = best.get(claim_index)
            if current is None or score > current[2]:
                best[claim_index] = [text, analysed, score, coverage, max(reverse, current[4] if current else 0.0)]
            else:
                current[4] = max(current[4], reverse)
        claims = self.m.base.claims
        ranked = sorted(((claims[i].id, *v) for i, v in best.items()),
                        key=lambda c: (-(0.45 * c[3] + 35.0 * c[4] + 20.0 * c[5]), c[0]))
        return ranked[:limit]


def _statements() -> list[str]:
    rows = []
    for path in sorted(EXAMPLES.glob("*.tsv")):
        with path.open(encoding="utf-8") as handle:
            rows += [r["statement"] for r in csv.DictReader(handle, delimiter="\t") if r.get("statement")]
    return rows


def _summary(candidates) -> list[tuple]:
    return [(c.claim.id, c.text, c.tokens, round(c.score, 9), round(c.coverage, 9), round(c.reverse, 9))
            for c in candidates]


@pytest.fixture(scope="module")
def matcher(shipped_checker) -> Matcher:
    return shipped_checker.matcher


def test_same_candidates_as_the_full_analysis(matcher: Matcher) -> None:
    reference = ReferenceMatcher(matcher)
    statements = _statements()
    assert len(statements) > 50
    for statement in statements:
        analysed = matcher.analyse(statement)
        want = [(cid, text, a.tokens, round(s, 9), round(cov, 9), round(rev, 9))
                for cid, text, a, s, cov, rev in reference.candidates(analysed, limit=8)]
        assert _summary(matcher.candidates(analysed, limit=8)) == want, statement


def test_same_candidates_after_the_cache_round_trip(matcher: Matcher) -> None:
    loaded = pickle.loads(cache._dumps(matcher))  # type: ignore[arg-type]
    assert loaded._token_sets == {} and loaded._analysed == {}  # memos are not cached
    for statement in _statements()[:60]:
        analysed = matcher.analyse(statement)
        assert _summary(loaded.candidates(analysed, limit=8)) == _summary(matcher.candidates(analysed, limit=8))


def test_phrasings_are_stored_as_word_ids(matcher: Matcher) -> None:
    base = matcher.base
    doc_id = 0
    for claim_index, claim in enumerate(base.claims):
        for text in claim.texts:
            assert matcher.claim_of[doc_id] == claim_index and matcher.text(doc_id) == text
            assert matcher.tokens(doc_id) == matcher.analyse(text).tokens
            doc_id += 1
    assert doc_id == len(matcher.claim_of) == matcher.index.size


def test_index_postings_are_arrays() -> None:
    index = TokenIndex([("famine", "death"), ("famine",), ("steel", "famine", "famine")])
    docs, counts = index.postings["famine"]
    assert list(docs) == [0, 1, 2] and list(counts) == [1, 1, 2]
    assert index.document_frequency("famine") == 3 and index.document_frequency("rice") == 0
    assert [d for d, _ in index.search(["steel"], 5)] == [2]
    restored = pickle.loads(pickle.dumps(index))
    assert restored.search(["famine", "death"], 3) == index.search(["famine", "death"], 3)


def test_search_keeps_the_best_scores_and_breaks_ties_by_lowest_id() -> None:
    index = TokenIndex([("famine",), ("steel",), ("famine",), ("famine", "steel"), ("famine",)])
    assert [d for d, _ in index.search(["famine"], 2)] == [0, 2]  # four equal scores: lowest ids
    both = index.search(["famine", "steel"], 10)
    assert both == sorted(both, key=lambda kv: (-kv[1], kv[0])) and both[:2] == [(1, both[0][1]), (3, both[1][1])]
    assert len(index.search(["famine", "steel"], 10)) == 5 and index.search(["rice"], 3) == []


def test_the_same_claim_wins_whatever_the_string_hashing() -> None:
    """Python salts string hashes per process, so sets iterate in a different order each run.
    Word weights are summed with fsum, so two near-equal claims (lost births, recorded under
    two topics) no longer swap places between runs: with plain sums this sentence went to either."""
    import subprocess
    import sys

    sentence = ("The famine cost births as well as lives: Ashton and colleagues estimate that about "
                "33 million births were lost or postponed.")
    code = ("import sys; from glfcheck.cli import main; "
            "sys.exit(main(['--no-cache', 'check', '--format', 'json', sys.argv[1]]))")
    outputs = set()
    for seed in ("1", "2", "3", "4"):
        run = subprocess.run([sys.executable, "-c", code, sentence], capture_output=True, text=True, check=False,
                             env={**__import__("os").environ, "PYTHONHASHSEED": seed})
        assert run.returncode == 0, run.stderr
        outputs.add(run.stdout)
    assert len(outputs) == 1
