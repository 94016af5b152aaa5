import re

import pytest

from hypothesis import given, settings
from hypothesis import strategies as st

from glfcheck.matching.text import Phrases

# A small alphabet makes shared prefixes, phrases inside phrases and near misses common.
phrase = st.text(alphabet="ab -'", min_size=1, max_size=6).map(str.strip).filter(lambda p: p[:1].isalnum())


@settings(max_examples=400)
@given(st.lists(phrase, min_size=1, max_size=12, unique=True), st.text(alphabet="ab -'x_", max_size=40),
       st.booleans())
def test_phrases_finds_what_the_longest_first_alternation_finds(phrases, text, apostrophe_ends):
    """`Phrases` reads a text a word at a time for speed; it must find exactly the matches of the
    plain regex alternation sorted longest first, boundaries included."""
    ordered = sorted(phrases, key=len, reverse=True)
    after = r"(?![\w'])" if apostrophe_ends else r"(?![\w])"
    plain = re.compile(r"(?<![\w'])(?:" + "|".join(re.escape(p) for p in ordered) + ")" + after)
    assert list(Phrases(phrases, apostrophe_ends).spans(text)) == [m.span() for m in plain.finditer(text)]


def test_phrases_prefers_the_longest_phrase_and_replaces_whole_words():
    found = Phrases(["great leap", "great leap forward", "great"])
    assert found.sub(str.upper, "the great leap forward") == "the GREAT LEAP FORWARD"
    assert found.sub(str.upper, "a great leap back") == "a GREAT LEAP back"
    assert found.sub(str.upper, "greatly, great") == "greatly, GREAT"
    assert found.sub(str.upper, "o'great") == "o'great"  # (after an apostrophe no phrase begins)


def test_a_phrase_must_begin_with_a_word():
    with pytest.raises(ValueError, match="must begin with a word"):
        Phrases(["-ish"])


def test_a_period_is_one_word_however_it_is_written():
    """'1959-61' and '1959-1961' (and '1959–61', with an en dash) are the same period, so the same
    word for the matcher; spelled-out figures are no words at all."""
    from glfcheck.base.loader import load_base
    from glfcheck.matching.text import Normaliser

    normaliser = Normaliser(load_base([__import__("pathlib").Path(__file__).parent.parent]).lexicon)
    tokens = [normaliser.analyse(f"the famine of {period}").tokens for period in ("1959-61", "1959-1961", "1959–61")]
    assert tokens[0] == tokens[1] == tokens[2]
    assert "thirty-six" not in normaliser.analyse("thirty-six million died").tokens
    # a date written as one hyphenated word is no content word either; a range of years stays one
    assert normaliser.analyse("his letter of mid-July 1959").tokens == normaliser.analyse("his letter of July 1959").tokens
    assert normaliser.analyse("met in January-February 1962").tokens == normaliser.analyse("met in 1962").tokens
    assert "1959-1961" in normaliser.analyse("the famine of 1959-61").tokens


def test_a_plural_meets_its_singular_whichever_way_the_word_ends():
    """'-es' is a plural ending only after a hissing sound ('taxes', 'classes'); elsewhere the
    'e' belongs to the word ('rates', 'causes', 'houses'), and both forms reduce to one stem."""
    from glfcheck.matching.text import content_token

    for singular, plural in [("rate", "rates"), ("cause", "causes"), ("house", "houses"),
                             ("rise", "rises"), ("tax", "taxes"), ("class", "classes"), ("speech", "speeches")]:
        assert content_token(singular) == content_token(plural), (singular, plural)
    assert content_token("rates") != content_token("rats")
