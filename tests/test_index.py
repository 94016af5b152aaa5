"""The BM25 index: its pruned search (MaxScore) must rank exactly as scoring every document does."""

from __future__ import annotations

import math
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from glfcheck.matching import index as index_module
from glfcheck.matching.index import B, K1, TokenIndex

WORDS = ["famine", "county", "grain", "anhui", "peng", "lushan", "steel", "sparrow", "commune", "harvest"]


def exhaustive(documents: list[list[str]], query: list[str], limit: int) -> list[int]:
    """BM25 by the book: every document scored, best first, ties to the lower id."""
    n = len(documents)
    average = sum(map(len, documents)) / n
    df = Counter(t for d in documents for t in set(d))
    scores: dict[int, float] = {}
    for doc_id, doc in enumerate(documents):
        counts = Counter(doc)
        norm = K1 * (1 - B + B * len(doc) / average)
        total, hit = 0.0, False
        for t in set(query):
            if counts[t]:
                hit = True
                idf = math.log(1 + (n - df[t] + 0.5) / (df[t] + 0.5))
                total += idf * counts[t] * (K1 + 1) / (counts[t] + norm)
        if hit:
            scores[doc_id] = total
    ranked = sorted(scores.items(), key=lambda kv: (-round(kv[1], 9), kv[0]))
    return [d for d, _ in ranked[:limit]]


@settings(max_examples=200, deadline=None)
@given(documents=st.lists(st.lists(st.sampled_from(WORDS), min_size=1, max_size=8), min_size=1, max_size=60),
       query=st.lists(st.sampled_from(WORDS), min_size=1, max_size=5),
       limit=st.integers(min_value=1, max_value=12))
def test_pruned_search_ranks_as_scoring_every_document(documents, query, limit) -> None:
    original = index_module.PRUNE_FROM
    index_module.PRUNE_FROM = 0  # prune whenever it can, even on these small indexes
    try:
        found = [d for d, _ in TokenIndex(documents).search(query, limit)]
    finally:
        index_module.PRUNE_FROM = original
    assert found == exhaustive(documents, query, limit)


def test_common_words_are_pruned_but_the_best_documents_stay(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(index_module, "PRUNE_FROM", 0)
    documents = [["county", "famine"]] * 300 + [["anhui", "famine", "county"], ["anhui", "lushan"]]
    index = TokenIndex(documents)
    found = index.search(["anhui", "famine", "county"], 2)
    assert [d for d, _ in found] == exhaustive(documents, ["anhui", "famine", "county"], 2) == [301, 300]
    assert "county" in index._term_maps  # the common word was added to the few candidates only


@settings(max_examples=200, deadline=None)
@given(documents=st.lists(st.lists(st.sampled_from(WORDS), min_size=1, max_size=8), min_size=1, max_size=60),
       query=st.lists(st.sampled_from(WORDS + ["unseen"]), min_size=1, max_size=5),
       limit=st.integers(min_value=1, max_value=12))
def test_numpy_search_gives_the_same_documents_and_scores(documents, query, limit) -> None:
    pytest.importorskip("numpy")
    in_python = TokenIndex(documents).search(query, limit)
    vectorised = TokenIndex(documents)
    original = (index_module.VECTOR_MIN_DOCS, index_module.VECTOR_AFTER)
    index_module.VECTOR_MIN_DOCS, index_module.VECTOR_AFTER = 0, 0
    try:
        found = vectorised.search(query, limit)
    finally:
        index_module.VECTOR_MIN_DOCS, index_module.VECTOR_AFTER = original
    assert vectorised._vectors  # the numpy path answered
    assert found == in_python  # bit for bit: the same words summed in the same order
    assert [d for d, _ in found] == exhaustive(documents, query, limit)


def test_only_a_long_run_of_searches_over_a_large_index_switches_to_numpy(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("numpy")
    monkeypatch.setattr(index_module, "VECTOR_MIN_DOCS", 50)
    monkeypatch.setattr(index_module, "VECTOR_AFTER", 3)
    large = TokenIndex([[WORDS[i % 10], WORDS[i % 7]] for i in range(60)])
    small = TokenIndex([[WORDS[i % 10], WORDS[i % 7]] for i in range(40)])
    for index in (large, small):
        for _ in range(3):
            index.search(["famine", "grain"], 5)
        assert index._vectors is None  # a few lookups never pay for importing numpy
    large.search(["famine", "grain"], 5)
    small.search(["famine", "grain"], 5)
    assert large._vectors and small._vectors is None


def test_a_run_known_to_be_long_switches_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("numpy")
    monkeypatch.setattr(index_module, "VECTOR_MIN_DOCS", 50)
    large = TokenIndex([[WORDS[i % 10], WORDS[i % 7]] for i in range(60)])
    small = TokenIndex([[WORDS[i % 10], WORDS[i % 7]] for i in range(40)])
    for index in (large, small):
        index.expect_many_searches()
        index.search(["famine", "grain"], 5)
    assert large._vectors and small._vectors is None
