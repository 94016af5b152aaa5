"""Old and other spellings: Wade-Giles and postal romanisation, British and American spelling,
and the common misspellings of authors' names all meet the base's own spelling.

The sentences below were written for these tests (none is copied from a source); each pairs a
true statement with a false one, so that a spelling which is merely ignored cannot pass.
"""

from __future__ import annotations

import pytest

from glfcheck.base.loader import read_base
from glfcheck.base.model import name_forms
from glfcheck.matching.text import Normaliser


@pytest.fixture(scope="module")
def normaliser(shipped_base) -> Normaliser:
    return Normaliser(shipped_base.lexicon)


def _names(normaliser: Normaliser, text: str) -> set[str]:
    return {canonical for _, canonical in normaliser.analyse(text).names}


def test_a_name_is_also_written_without_apostrophes_and_with_its_hyphens_read_either_way():
    assert set(name_forms("P'eng Te-huai")) == {
        "P'eng Te-huai", "Peng Te-huai", "P'eng Te huai", "P'eng Tehuai", "Peng Te huai", "Peng Tehuai"}
    assert name_forms("Mao Zedong") == ("Mao Zedong",)


@pytest.mark.parametrize("text, name", [
    ("Mao Tse-tung", "Mao Zedong"), ("Mao Tse Tung", "Mao Zedong"), ("Mao Tsetung", "Mao Zedong"),
    ("Liu Shao-ch'i", "Liu Shaoqi"), ("Liu Shao-chi", "Liu Shaoqi"), ("Liu Shaochi", "Liu Shaoqi"),
    ("P'eng Te-huai", "Peng Dehuai"), ("P\u2019eng Te-huai", "Peng Dehuai"), ("Peng Teh-huai", "Peng Dehuai"),
    ("Chou En-lai", "Zhou Enlai"), ("Chou Enlai", "Zhou Enlai"), ("Zhou En Lai", "Zhou Enlai"),
    ("Teng Hsiao-p'ing", "Deng Xiaoping"), ("Teng Hsiao-ping", "Deng Xiaoping"), ("Deng Xiao Ping", "Deng Xiaoping"),
    ("Lin Piao", "Lin Biao"), ("Ch'en Yun", "Chen Yun"), ("Kruschev", "Khrushchev"),
    ("Honan", "Henan"), ("Szechwan", "Sichuan"), ("Anhwei", "Anhui"), ("Kansu", "Gansu"), ("Peking", "Beijing"),
    ("Kweichow", "Guizhou"), ("Kwangsi", "Guangxi"), ("Hopei", "Hebei"), ("Hupeh", "Hubei"), ("Hongkong", "Hong Kong"),
    ("Hsinyang", "Xinyang"), ("the Peitaiho conference", "Beidaihe meeting"), ("the Lu-shan plenum", "Lushan Conference"),
    ("Jen-min Jih-pao", "People's Daily"), ("People's Daily", "People's Daily"), ("a Japanese offer", "Japan"),
])
def test_old_spellings_are_the_same_name(normaliser, text, name):
    assert name in _names(normaliser, f"In 1959 {text} was mentioned.")


@pytest.mark.parametrize("one, other", [
    ("the dayuejin of 1958", "the Great Leap Forward of 1958"),
    ("the ta-yueh-chin", "the Great Leap"),
    ("the jen-min kung-she", "the people's communes"),
    ("the gonggong shitang", "the dining halls"),
])
def test_the_chinese_names_of_the_leap_its_communes_and_canteens(normaliser, one, other):
    assert normaliser.analyse(one).tokens == normaliser.analyse(other).tokens


def test_hunan_and_honan_stay_two_provinces(normaliser):
    assert _names(normaliser, "Honan and Hunan") == {"Henan", "Hunan"}
    assert _names(normaliser, "Hopei and Hupeh") == {"Hebei", "Hubei"}


@pytest.mark.parametrize("one, other", [
    ("deep ploughing lowered yields", "deep plowing lowered yields"),
    ("the defence minister", "the defense minister"),
    ("labelled rightists", "labeled rightists"),
    ("the communes were organised", "the communes were organized"),
    ("famine oedema spread", "famine edema spread"),
    ("the Great Leap Forward", "the Great Leap Foward"),
    ("Frank Dikötter", "Frank Dikoetter"),
    ("close planting", "close cropping"),  # a phrase of the lexicon, written as its canonical form or a variant
    ("a dining hall", "a canteen"),
])
def test_british_american_and_misspelt_words_are_read_alike(normaliser, one, other):
    assert normaliser.analyse(one).tokens == normaliser.analyse(other).tokens


def test_a_respelt_word_keeps_its_neighbours_apart(normaliser):
    """Only whole words are respelt: 'meteorology' is no 'metre', 'programmed' no 'programme'."""
    assert normaliser.words("meteorology and the centrepiece") == ["meteorology", "and", "the", "centrepiece"]
    assert "metre" in normaliser.words("a meter deep")


@pytest.mark.parametrize("statement, verdict", [
    ("P'eng Te-huai was dismissed as defence minister in 1959 and replaced by Lin Piao.", "supported"),
    ("P'eng Te-huai was replaced as defence minister by Lin Piao in 1962.", "conflicting"),
    ("Liu Shao-ch'i succeeded Mao Tse-tung as head of state in 1959.", "supported"),
    ("Liu Shao-chi blamed the famine mainly on natural disasters.", "conflicting"),
    ("Teng Hsiao-p'ing launched the Great Leap Forward.", "conflicting"),
    ("Mao Tse Tung launched the Great Leap Forward in 1958.", "supported"),
    ("In Hsinyang prefecture, Honan, at least a million people died of starvation.", "supported"),
    ("The Chayashan commune in Suiping county, Honan, was the first people's commune.", "supported"),
    ("The Chayashan commune in Suiping county, Hopei, was the first people's commune.", "conflicting"),
    ("Szechwan escaped the famine with few deaths because it was a rich grain province.", "conflicting"),
    ("Li Ching-ch'uan kept sending grain out of Szechwan during the famine.", "supported"),
    ("The Seven Thousand Cadres Conference was held in Peking in January 1962.", "supported"),
    ("The Lushan Conference at which P'eng Te-huai was purged took place in 1962.", "conflicting"),
    ("Deep plowing and close planting lowered crop yields.", "supported"),
    ("The Great Leap Foward began in 1962.", "conflicting"),
])
def test_old_spellings_get_the_verdict_of_the_modern_ones(shipped_checker, statement, verdict):
    assert shipped_checker.check(statement).verdict == verdict


@pytest.mark.parametrize("statement, work, verdict", [
    ("Frank Dikoetter estimated at least 45 million premature deaths.", "dikotter2010", "supported"),
    ("Peng Xizhi estimated about 23 million excess deaths.", "peng1987", "supported"),
    ("Peng Xizhi estimated about 45 million excess deaths.", None, "conflicting"),
    ("Judith Bannister estimated about 30 million excess deaths.", "banister1987", "supported"),
    ("Bramhall found that bad weather was the main cause of the famine in Sichuan.", None, "conflicting"),
])
def test_misspelt_authors_are_still_their_works(shipped_checker, statement, work, verdict):
    result = shipped_checker.check(statement)
    assert result.verdict == verdict
    if work:
        assert work in result.claim.id.replace("-", "")


def test_spellings_are_validated(base_copy):
    (base_copy / "lexicon.yaml").write_text(
        (base_copy / "lexicon.yaml").read_text(encoding="utf-8")
        + "spellings:\n  defence: [defense]\n  plough: [plow, deep plow]\n  offence: [defense]\n  dikotter: [dikoter]\n"
          "  dikoter: [dikkoter]\n",
        encoding="utf-8")
    base, problems = read_base([base_copy])
    messages = " | ".join(p.message for p in problems)
    assert "spellings of 'plough' must be a list of single words" in messages
    assert "'defense' is given for both 'defence' and 'offence'" in messages
    assert "'dikoter' is both a spelling and a variant of another" in messages
    assert base.lexicon.spellings["defense"] == "defence"
