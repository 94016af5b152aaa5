"""Concepts of the lexicon: one thing said in other words ("woks and kettles" for "pots and
pans", "brainchild" for "led"), and the forms of a verb ("stopped", "ate") read as the verb.

Sentences written for these tests; each true one has a false twin, so that a concept which
merely makes every sentence match cannot pass.
"""

from __future__ import annotations

import pytest

from glfcheck.results import Verdict
from glfcheck.matching.text import Normaliser, stem


@pytest.fixture(scope="module")
def normaliser(shipped_base) -> Normaliser:
    return Normaliser(shipped_base.lexicon)


@pytest.mark.parametrize("one, other", [
    ("villagers gave up their woks and kettles", "villagers gave up their pots and pans"),
    ("cooking utensils were collected", "household metal was collected"),
    ("the pots were smelted", "the pots were melted down"),
    ("the Leap was Mao's brainchild", "the Leap was led by Mao"),
    ("Mao was the driving force behind the Leap", "Mao led the Leap"),
    ("peasants ate bark", "peasants eating bark"),
    ("peasants fled the villages", "peasants fleeing the villages"),
    ("Peng did not criticise the Leap", "Peng did not criticize the Leap"),
    ("the sparrows were wiped out", "wiping out the sparrows"),
])
def test_one_concept_in_other_words(normaliser, one, other):
    assert sorted(normaliser.analyse(one).tokens) == sorted(normaliser.analyse(other).tokens)


@pytest.mark.parametrize("word, same", [
    ("stopped", "stop"), ("stopping", "stop"), ("shipped", "ship"), ("planned", "plan"), ("admitted", "admit"),
    ("cropping", "crop"), ("transferred", "transfer"),
    # words that end in a doubled letter keep it
    ("killed", "kill"), ("passed", "pass"), ("added", "add"), ("staffed", "staff"),
])
def test_a_doubled_consonant_is_undone_before_ed_and_ing(word, same):
    assert stem(word) == stem(same)


# Known before these concepts: "Deng Xiaoping led the Great Leap Forward" is supported by the claim
# that Liu and Deng "led the economic recovery after the Great Leap Forward" (the engine does not
# yet read "after" there). Strict, so the test says when it is fixed.
@pytest.mark.parametrize("statement, verdict", [
    ("Villagers handed over their woks and kettles to feed the furnaces.", "supported"),
    ("Families gave up cooking pots so they could be smelted for steel.", "supported"),
    ("The Great Leap Forward was Mao's brainchild.", "supported"),
    ("The Great Leap Forward was Deng Xiaoping's brainchild.", "conflicting"),
    ("Mao was the driving force behind the Great Leap Forward.", "supported"),
    ("Liu Shaoqi was the driving force behind the Great Leap Forward.", "conflicting"),
])
def test_concepts_reach_their_claims(shipped_checker, statement, verdict):
    assert shipped_checker.check(statement).verdict == verdict


def test_put_down_to_is_attributing(shipped_checker):
    """'is put down to ... by Li and Yang' attributes, as the measure of the share of the fall
    explained needs: it was compared with their 15 per cent fall in output and conflicted."""
    statement = ("Sixty-one per cent of the collapse in grain output is put down to excessive procurement and the "
                 "diversion of farm resources into industry by Li and Yang (2005).")
    assert [f.measure for f in shipped_checker.reader.statement(statement).figures] == ["output-decline-explained"]
    assert shipped_checker.check(statement).verdict == Verdict.SUPPORTED


def test_sidelined_is_pushed_aside(shipped_checker):
    """'sidelined as bourgeois' says what the claim's 'pushed aside as bourgeois' says."""
    assert shipped_checker.check("During the Leap economists, engineers and agronomists were sidelined as "
                                 "'bourgeois'.").verdict == Verdict.SUPPORTED


def test_swapped_is_exchanged(shipped_checker):
    """Parents 'swapped' their children with neighbours is what the claim's 'exchanged' says."""
    assert shipped_checker.check("During the famine some parents swapped their dead children with neighbours so that "
                                 "they would not have to eat their own.").verdict == Verdict.SUPPORTED


@pytest.mark.parametrize(("statement", "verdict"), [
    ("China did not stop exporting grain when the famine set in during 1959.", Verdict.SUPPORTED),
    ("China stopped exporting grain when the famine began.", Verdict.CONFLICTING),
])
def test_stop_is_abandoning(shipped_checker, statement, verdict):
    """'did not stop exporting' is 'kept exporting' (stop folds to abandon, the opposite of continue)."""
    assert shipped_checker.check(statement).verdict == verdict


def test_could_not_be_used_is_poor_quality(shipped_checker):
    """'pig iron that could not be used' says what 'poor-quality pig iron' says (its negation is the
    word's own, not the sentence's), and a tonnage that was unusable measures unusable steel."""
    assert shipped_checker.check("Most of what the backyard furnaces produced was poor pig iron that could not be "
                                 "used.").verdict == Verdict.SUPPORTED
    figures = shipped_checker.reader.statement("More than 3 million tonnes of the steel produced in 1958 was "
                                               "unusable.").figures
    assert [f.measure for f in figures] == ["unusable-steel"]


def test_a_fall_then_a_rebound_says_both_ways(shipped_checker):
    """'fell to about 18 per thousand in 1961 before rebounding to around 37' says both that the birth
    rate fell and that it rose: no claim of either is contradicted by the other word."""
    assert shipped_checker.check("The registered birth rate fell to about 18 per thousand in 1961 before rebounding to "
                                 "around 37 per thousand in 1962.").verdict == Verdict.SUPPORTED


def test_opposite_words_of_different_things_do_not_conflict(shipped_checker):
    """'grain output actually fell' and the claim's 'grain procurement actually rose' speak of
    different things: the shared 'actually' (a word of manner, lexicon `manner`) and 'grain' do not
    make them one; 'grain procurement ... fell in 1959' still conflicts."""
    assert shipped_checker.check("Collectivisation under the Great Leap was supposed to raise agricultural "
                                 "productivity, but grain output actually fell.").verdict != Verdict.CONFLICTING
    assert shipped_checker.check("Grain procurement actually fell in 1959.").verdict == Verdict.CONFLICTING
    assert shipped_checker.check("Grain procurement by the state actually fell in 1959.").verdict == Verdict.CONFLICTING
