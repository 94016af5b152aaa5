import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from glfcheck.base.model import Quantity
from glfcheck.matching.quantities import close_to, consistent, find_quantities, find_years

M = 1_000_000


@pytest.mark.parametrize(
    ("text", "unit", "low", "high", "bound"),
    [
        ("About 30 million people died", "people", 30 * M, 30 * M, None),
        ("30m died", "people", 30 * M, 30 * M, None),
        ("thirty million", "count", 30 * M, 30 * M, None),
        ("thirty-six million people", "people", 36 * M, 36 * M, None),
        ("30–45 million", "count", 30 * M, 45 * M, None),
        ("30 to 45 million deaths", "people", 30 * M, 45 * M, None),
        ("between 15 and 55 million people", "people", 15 * M, 55 * M, None),
        ("over 20 %", "percent", 20, 20, "lower"),
        ("25 per thousand", "per_mille", 25, 25, None),
        ("25.4 per 1,000", "per_mille", 25.4, 25.4, None),
        ("10.7 million tons", "tonnes", 10.7 * M, 10.7 * M, None),
        ("5.35 Mt", "tonnes", 5.35 * M, 5.35 * M, None),
        ("600,000 people", "people", 600_000, 600_000, None),
        ("within 15 years", "years", 15, 15, None),
        ("seventy percent of the disaster was man-made", "percent", 70, 70, None),
        ("roughly seven-tenths of the deaths", "percent", 70, 70, None),
        ("two fifths of the harvest", "percent", 40, 40, None),
        ("two and a half million tonnes", "tonnes", 2.5 * M, 2.5 * M, None),
        ("in two or three years", "years", 2, 3, None),
        ("net exports topped 2.5 million tonnes", "tonnes", 2.5 * M, 2.5 * M, "lower"),
        ("Fewer than one million people died", "people", M, M, "upper"),
        ("at least 45 million premature deaths", "people", 45 * M, 45 * M, "lower"),
        ("more than doubled", "ratio", 2, 2, "lower"),
        ("26,000 communes", "count", 26_000, 26_000, None),
        ("one rural household in ten", "percent", 10, 10, None),
        ("nine out of ten peasants", "percent", 90, 90, None),
        ("more than half of the population", "percent", 50, 50, "lower"),
        ("a third of the harvest", "percent", 100 / 3, 100 / 3, None),
    ],
)
def test_reads_figures(text, unit, low, high, bound):
    (q,) = find_quantities(text)
    assert (q.unit, q.low, q.high, q.bound) == (unit, pytest.approx(low), pytest.approx(high), bound)


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("The GLF started in 1958.", [(1958, 1958)]),
        ("the famine of 1959–61", [(1959, 1961)]),
        ("from 1959 to 1961", [(1959, 1961)]),
        ("between 1959 and 1961", [(1959, 1961)]),
        ("in the late 1950s", [(1957, 1959)]),
        ("in the summer of 1959", [(1959, 1959)]),
        ("the 1960s", [(1960, 1969)]),
    ],
)
def test_reads_years(text, spans):
    assert [(y.low, y.high) for y in find_years(text)] == spans


def test_years_are_not_counts_and_names_are_not_numbers():
    assert find_quantities("The Great Leap Forward began in 1958.") == []
    assert find_quantities("The Four Pests campaign and the Seven Thousand Cadres Conference") == []
    assert find_years("2,000 people and 1,958 tons") == []


def test_a_range_is_consistent_only_inside_the_known_range():
    known = Quantity("people", 15 * M, 55 * M)
    assert consistent(Quantity("people", 36 * M, 36 * M), known)
    assert consistent(Quantity("count", 30 * M, 45 * M), known)
    assert not consistent(Quantity("people", M, M, "upper"), known)
    assert consistent(Quantity("people", 10 * M, 10 * M, "lower"), known)  # "more than 10 million"
    assert not consistent(Quantity("people", 100 * M, 100 * M), known)
    assert not consistent(Quantity("percent", 30, 30), known)


def test_attributed_figure_must_be_the_works_own():
    dikotter = Quantity("people", 45 * M, 45 * M, "lower")
    assert close_to(Quantity("people", 45 * M, 45 * M, "lower"), dikotter)
    assert not close_to(Quantity("people", 4.5 * M, 4.5 * M, "lower"), dikotter)
    assert not close_to(Quantity("people", 3 * M, 3 * M, approximate=True), Quantity("people", 30 * M, 30 * M))


@pytest.mark.parametrize("text", ["", "   ", "a", "1e999 million", "between and", "–––", "9" * 400, "one two three"])
def test_parsing_never_raises(text):
    find_quantities(text)
    find_years(text)


@pytest.mark.parametrize("text", ["Week 2: the Great Leap Forward and the famine", "see Table 3 and p. 45",
                                  "Chapter 12 of the book", "Lecture 4 slides"])
def test_numbers_that_label_a_part_of_a_text_are_not_figures(text):
    assert find_quantities(text) == []


def test_a_label_word_followed_by_a_real_figure_is_still_read():
    assert [q.text for q in find_quantities("Part 2 million people died")] == ["2 million"]


def test_a_share_given_to_the_opposite_cause_conflicts():
    from glfcheck.judging.wording import compare_share_sides
    from glfcheck.base.model import Lexicon

    lexicon = Lexicon(opposites=((frozenset({"natural"}), frozenset({"man-made", "policy"})),))
    seventy = Quantity("percent", 70, 70)
    known = [(seventy, {"percent", "of", "deaths", "man-made"}), (Quantity("percent", 30, 30), {"natural"})]
    swapped = compare_share_sides([(seventy, {"seventy", "percent", "natural"})], known, lexicon)
    assert swapped is not None and swapped.outcome == "conflicts" and "natural" in swapped.message
    assert compare_share_sides([(seventy, {"seventy", "percent", "policy"})], known, lexicon) is None
    assert compare_share_sides([(seventy, {"seventy", "percent"})], known, lexicon) is None  # no side named


def test_the_relation_a_sentence_states_between_two_works():
    from glfcheck.judging.wording import relation_holds, stated_relation

    text = "Yang's estimate is lower than Peng's."
    assert stated_relation(text, text.index("'s"), [text.index("Peng")]) == ("lower", text.index("lower"))
    text = "Cao's figure falls between Ashton's and Yang's."
    assert stated_relation(text, 3, [text.index("Ashton"), text.index("Yang")])[0] == "between"
    assert stated_relation("Yang and Peng both wrote about it.", 4, [9]) is None
    m = 1_000_000
    assert relation_holds("lower", Quantity("people", 23 * m, 23 * m), [Quantity("people", 36 * m, 36 * m)]) is True
    assert relation_holds("higher", Quantity("people", 23 * m, 23 * m), [Quantity("people", 45 * m, 45 * m, "lower")]) is False
    assert relation_holds("lower", Quantity("people", 30 * m, 30 * m), [Quantity("people", 30.5 * m, 30.5 * m)]) is None
    assert relation_holds("between", Quantity("people", 32.5 * m, 32.5 * m),
                          [Quantity("people", 36 * m, 36 * m), Quantity("people", 30 * m, 30 * m)]) is True


_HINT_WORDS = ["ten", "Half", "THIRD", "in", "of", "every", "a hundred", "tonnes", "Tokyo", "time", "xyear", "often",
               "İn", "Ⅻ", "9", "%", "one", "fold", "ninety"]


@settings(max_examples=500)
@given(st.lists(st.one_of(st.sampled_from(_HINT_WORDS), st.text(alphabet="TtEeNnOoFf -'İ", max_size=4)), max_size=6)
       .map(" ".join))
def test_quick_figure_and_share_hints_agree_with_the_case_blind_patterns(text):
    """The figure and share pre-scans match lower-cased text for speed; they must say exactly
    what the case-blind patterns they replace say, so that no figure is skipped."""
    from glfcheck.matching.quantities import _FIGURE_HINT_RE, _SHARE_HINT_LOWER_RE, _SHARE_HINT_RE, _may_hold_figure

    assert _may_hold_figure(text) == bool(_FIGURE_HINT_RE.search(text))
    if text.isascii():
        assert bool(_SHARE_HINT_LOWER_RE.search(text.lower())) == bool(_SHARE_HINT_RE.search(text))


@settings(max_examples=300)
@given(st.lists(st.one_of(st.sampled_from(["Seventy", "PER CENT", "per cent", "30", "Million", "tonnes", "Two",
                                           "in", "Three", "half", "of", "about", "-", "%", "Years", "or more"]),
                          st.text(alphabet="aBcT ,-", max_size=3)), min_size=1, max_size=8).map(" ".join))
def test_figures_read_in_lower_case_are_the_figures_read_case_blind(text):
    """The figure patterns run without IGNORECASE on lower-cased ASCII text, for speed, and the
    groups are read back from the text as written: every match and group must be what the
    case-blind pattern gives."""
    from glfcheck.matching.quantities import _QUANTITY_LOWER_RE, _SHARE_LOWER_RE, QUANTITY_RE, SHARE_RE, _find_cased

    for blind, lower in ((QUANTITY_RE, _QUANTITY_LOWER_RE), (SHARE_RE, _SHARE_LOWER_RE)):
        expected = [(m.span(), m.groupdict()) for m in blind.finditer(text)]
        got = [(m.span(), {k: m.group(k) for k in blind.groupindex}) for m in _find_cased(lower, text)]
        assert got == expected


@pytest.mark.parametrize(("text", "measures"), [
    ("They raised about 16 million up to about 27 million.", ["", ""]),  # 'up' counts nothing
    ("Deaths rose by some 30 million over the period.", [""]),
    ("The archive holds 2 volumes and 1,000 gazetteers.", ["volumes", "gazetteers"]),
])
def test_a_bare_count_counts_the_noun_after_it_only(text, measures):
    """A count followed by a noun is a count of that ('1,000 gazetteers', not a death toll); one
    followed by a preposition or an adverb names nothing and may be people."""
    assert [q.measure for q in find_quantities(text)] == measures


def test_a_narrow_stated_range_that_holds_the_known_figure_is_consistent():
    """'some 4,000 to 5,000 households' holds the 4,600 the sources give: less precise, not wrong;
    a range that misses it, or one too wide to say anything, is judged as before."""
    from glfcheck.matching.quantities import Quantity, consistent

    def q(low, high=None):
        return Quantity(low=low, high=high if high is not None else low, unit="count", text="")

    assert consistent(q(4000, 5000), q(4600))
    assert not consistent(q(400, 500), q(4600))
    assert not consistent(q(1_000, 100_000), q(4600))


@pytest.mark.parametrize(("text", "low", "high", "bound", "unit"), [
    ("only a few hundred thousand people died", 200_000, 500_000, "upper", "people"),
    ("hundreds of thousands of people starved", 200_000, 999_999, None, "people"),
    ("tens of thousands of communes", 20_000, 99_999, None, "count"),
    ("several million tonnes of grain", 2_000_000, 9_000_000, None, "tonnes"),
])
def test_a_magnitude_written_without_a_number_is_a_figure(text, low, high, bound, unit):
    (q,) = find_quantities(text)
    assert (q.low, q.high, q.bound, q.unit, q.approximate) == (low, high, bound, unit, True)


def test_months_are_read_with_their_year_and_day():
    from glfcheck.matching.quantities import months_by_year

    assert months_by_year("dated 14 July 1959, read in August of 1959") == {1959: {(7, 14), (8, None)}}
    assert months_by_year("on July 16, 1960") == {1960: {(7, 16)}}
    assert months_by_year("it may 1960 be") == {}  # ('may' in lower case is the verb)


def test_a_year_before_a_plural_scale_is_a_year():
    """'Between 1958 and 1961 millions died': 'millions' scales nothing before it, so 1961 is a
    year, not 1,961 million people."""
    assert find_quantities("Between 1958 and 1961 millions died in China.") == []
    assert [q.low for q in find_quantities("About 30 million died.")] == [30e6]


@pytest.mark.parametrize("text", ["six-year-old Jung Chang", "a 12-year-old boy", "when he was nine years old",
                                  "the Second Five-Year Plan"])
def test_an_age_or_a_plan_is_no_duration(text):
    """'six-year-old Jung Chang' gives an age, which no claim's duration may contradict."""
    assert not [q for q in find_quantities(text) if q.unit == "years"]
