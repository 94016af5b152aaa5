import re

from hypothesis import given, settings
from hypothesis import strategies as st

from glfcheck.matching.text import trie_pattern

# A small alphabet makes shared prefixes, phrases inside phrases and near misses common.
phrase = st.text(alphabet="ab -'", min_size=1, max_size=6).map(str.strip).filter(bool)


@settings(max_examples=300)
@given(st.lists(phrase, min_size=1, max_size=12, unique=True), st.text(alphabet="ab -'x", max_size=40))
def test_trie_pattern_matches_what_the_longest_first_alternation_matches(phrases, text):
    """The phrase regex is a character trie for speed; it must find exactly the matches of the
    plain alternation sorted longest first, boundaries included."""
    ordered = sorted(phrases, key=len, reverse=True)
    plain = re.compile(r"(?<![\w'])(?:" + "|".join(re.escape(p) for p in ordered) + r")(?![\w])")
    trie = re.compile(r"(?<![\w'])" + trie_pattern(ordered) + r"(?![\w])")
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_trie_pattern_prefers_the_longest_phrase():
    pattern = re.compile(trie_pattern(["great leap", "great leap forward", "great"]))
    assert pattern.match("great leap forward").group(0) == "great leap forward"
    assert pattern.match("great leap back").group(0) == "great leap"
    assert pattern.match("greatly").group(0) == "great"


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
