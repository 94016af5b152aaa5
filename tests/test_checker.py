"""Verdicts on a small fixture base, so these tests do not move when the shipped base grows."""

import pytest
import yaml

from glfcheck.judging import checker as checker_module
from glfcheck.judging.checker import Checker
from glfcheck.base.loader import load_base


@pytest.mark.parametrize(
    ("statement", "verdict", "claim_id"),
    [
        ("Chairman Mao started the Great Leap Forward in 1958.", "supported", "dates-launch-1958"),
        ("The Great Leap Forward started in 1970.", "conflicting", "dates-launch-1958"),
        ("Deng Xiaoping launched the Great Leap Forward in 1958.", "conflicting", "dates-launch-1958"),
        ("Peng Dehuai was purged after the Lushan Conference of 1962.", "conflicting", "dates-lushan-1959"),
        ("Peng Dehuai was purged at Lushan in the summer of 1959.", "supported", "dates-lushan-1959"),
        ("About 30 million people died in the famine.", "contested", "mortality-range"),
        ("Between 15 and 55 million people died in the famine.", "contested", "mortality-range"),
        ("Fewer than one million people died in the famine.", "conflicting", None),
        ("There was no famine in China in 1959-1961.", "conflicting", "mortality-no-famine"),
        ("State grain procurement fell in 1959.", "conflicting", "mortality-procurement-rose"),
        ("State grain procurement increased in 1959.", "supported", "mortality-procurement-rose"),
    ],
)
def test_verdicts(mini_checker, statement, verdict, claim_id):
    result = mini_checker.check(statement)
    assert result.verdict == verdict
    if claim_id:
        assert result.claim is not None and result.claim.id == claim_id


@pytest.mark.parametrize(
    "statement",
    [
        "The Great Wall of China is visible from the Moon.",
        "Water boils at 100 degrees Celsius at sea level.",
        "The Opium War began in 1839.",
        "",
        "!!!",
    ],
)
def test_off_topic_statements_are_unknown(mini_checker, statement):
    assert mini_checker.check(statement).verdict == "unknown"


def test_attribution_is_checked_against_the_work_itself(mini_checker):
    wrong = mini_checker.check("Peng (1987) estimated 45 million excess deaths.")
    assert wrong.verdict == "conflicting"
    assert wrong.source_id == "peng1987"
    assert "23 million" in " ".join(r.message for r in wrong.reasons)
    right = mini_checker.check("Peng (1987) estimated 23 million excess deaths.")
    assert right.verdict == "supported"


def test_attribution_with_a_wrong_publication_year_conflicts(mini_checker):
    result = mini_checker.check("Kung and Lin's article on the causes of the famine appeared in 1993.")
    assert result.verdict == "conflicting"
    assert result.source_id == "kunglin2003"
    right = mini_checker.check("Kung and Lin's article appeared in Economic Development and Cultural Change in 2003.")
    assert right.verdict == "supported"


def test_a_historical_figure_is_not_taken_for_an_author(mini_checker):
    result = mini_checker.check("Peng Dehuai was purged after the Lushan Conference of 1959.")
    assert result.source_id is None
    assert result.verdict == "supported"


def test_contested_result_keeps_every_estimate(mini_checker):
    result = mini_checker.check("Around 36 million people died in the famine.")
    assert result.verdict == "contested"
    assert {s for s, _ in result.spread} == {"peng1987", "dikotter2010"}


def test_every_result_explains_itself(mini_checker):
    result = mini_checker.check("The Great Leap Forward started in 1970.")
    messages = " ".join(r.message for r in result.reasons)
    assert "1970" in messages and "1958" in messages


def test_a_dated_figure_is_compared_with_that_years_figure(mini_checker):
    assert mini_checker.check("The registered death rate in 1960 was 25 per thousand.").verdict == "supported"
    wrong = mini_checker.check("The registered death rate in 1960 was about 10 per thousand.")
    assert wrong.verdict == "conflicting"


def test_rather_than_asserts_the_first_term(mini_checker):
    result = mini_checker.check("Kung and Lin (2003) find that weather explains most of the excess deaths.")
    assert result.verdict == "conflicting"


def test_a_work_placed_in_another_journal_conflicts(mini_checker):
    result = mini_checker.check("Kung and Lin's 2003 article appeared in the Quarterly Journal of Economics.")
    assert result.verdict == "conflicting" and result.source_id == "kunglin2003"


def test_a_long_sentence_is_checked_without_its_asides(shipped_checker):
    sentence = ("Although textbooks often blur the chronology, historians agree that the Lushan Conference, "
                "where Peng Dehuai was purged, took place in 1962.")
    assert shipped_checker.check(sentence).verdict == "conflicting"


def test_a_misconception_is_matched_only_when_asserted(mini_checker):
    assert mini_checker.check("There was no famine in China in 1959-1961.").verdict == "conflicting"
    # the famine dates alone do not assert that there was no famine
    result = mini_checker.check("The famine in China lasted from 1959 to 1961.")
    assert result.claim is None or result.claim.id != "mortality-no-famine"


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        ("Hungry Ghosts: China's Secret Famine was written by Yang Jisheng.", "conflicting"),
        ("Jasper Becker wrote Hungry Ghosts.", "supported"),
        ("James Kung and Justin Lin's article appeared in Economic Development and Cultural Change in 2003.",
         "supported"),
        ("City dwellers died at much higher rates than peasants because urban areas had no rations.", "conflicting"),
        ("After Lushan, Lin Biao was dismissed as defence minister and replaced by Peng Dehuai.", "conflicting"),
        ("After Lushan, Peng Dehuai was dismissed as defence minister and replaced by Lin Biao.", "supported"),
        ("After Lushan, Peng Dehuai was replaced as Minister of National Defence by Lin Biao.", "supported"),
        ("Lin Biao was purged at Lushan, and Peng Dehuai replaced him as defence minister.", "conflicting"),
        ("The original four pests were rats, flies, mosquitoes and cockroaches; sparrows were never targeted.",
         "conflicting"),
        ("Meng, Qian and Yared found that famine mortality was highest in the regions that produced the least "
         "food per person.", "conflicting"),
        ("Meng, Qian and Yared found that famine mortality was higher in regions that produced more food per "
         "person.", "supported"),
    ],
)
def test_works_authors_and_directions_on_the_shipped_base(shipped_checker, statement, verdict):
    assert shipped_checker.check(statement).verdict == verdict


def test_analysis_memos_give_what_a_fresh_analysis_gives(shipped_checker) -> None:
    """The normaliser memoises analysed texts and the stemmer its words: pure functions, so a
    remembered answer must equal a fresh one (and ASCII folding skips Unicode work)."""
    from glfcheck.matching import text as text_module

    normaliser = shipped_checker.matcher.normaliser
    sentences = ["About 30 million people died in the famine of 1959-1961.",
                 "The communes were collectivised in 1958; Peng Dehuai’s letter criticised them.",
                 "Café déjà vu — “Great Leap” labour"]
    for sentence in sentences:
        first = normaliser.analyse(sentence)
        assert normaliser.analyse(sentence) is first and normaliser._analyse(sentence) == first
        assert all(text_module.stem(w) == text_module._stem(w) for w in first.words if w)
    assert text_module.fold("Great LEAP-Forward's 1958") == "great leap-forward's 1958"
    assert text_module.fold("Café — “x”") == "cafe - \"x\""
    assert "_memo" not in normaliser.__getstate__()


@pytest.mark.parametrize(("statement", "verdict"), [
    # the target is the claim's figure; the output so far is a further fact, not a rival value,
    # and one no claim states: the sentence is not supported whole, nor contradicted
    ("The Beidaihe conference set the 1958 steel target at 10.7 million tonnes, although only 4 million "
     "tonnes had been produced by August.", "unknown"),
    ("The Beidaihe conference set the 1958 steel target at 4 million tonnes.", "conflicting"),
    # one of the claim's two figures matched, the other contradicted: still a conflict
    ("The Beidaihe meeting set a 1958 target of 12 million tonnes, double the 5.35 million tonnes of 1957.",
     "conflicting"),
])
def test_a_further_figure_is_no_conflict_once_the_claims_figures_are_all_matched(shipped_checker, statement,
                                                                                  verdict):
    assert shipped_checker.check(statement).verdict == verdict


@pytest.mark.parametrize(("spelled", "digits"), [
    ("Roughly thirty-six million people starved to death in the famine.",
     "Roughly 36 million people starved to death in the famine."),
    ("Some twenty-six thousand communes were formed in 1958.", "Some 26,000 communes were formed in 1958."),
])
def test_a_figure_spelled_out_is_checked_like_its_digits(shipped_checker, spelled, digits):
    """'thirty-six' is a figure, not a rare word: as a word it weighed most in the lookup and
    pushed the statement off its claim (unknown where the digits were contested or supported)."""
    a, b = shipped_checker.check(spelled), shipped_checker.check(digits)
    assert a.verdict == b.verdict != "unknown"
    assert a.claim is not None and b.claim is not None and a.claim.id == b.claim.id


def test_a_period_written_short_matches_like_the_long_form(shipped_checker):
    short = shipped_checker.check("About 30 million people perished in the famine of 1959-61.")
    long = shipped_checker.check("About 30 million people perished in the famine of 1959-1961.")
    assert short.verdict == long.verdict != "unknown"
    assert short.claim is not None and long.claim is not None and short.claim.id == long.claim.id


@pytest.mark.parametrize(("statement", "verdict"), [
    # 'no ... more ... than' says the famine killed the most: no denial
    ("No famine in history killed more people than the Great Chinese Famine.", "supported"),
    ("Nobody died of hunger during the Great Leap Forward.", "conflicting"),
])
def test_a_no_more_than_comparison_is_not_a_denial(shipped_checker, statement, verdict):
    assert shipped_checker.check(statement).verdict == verdict


@pytest.mark.parametrize(("statement", "verdict"), [
    ("The famine claimed about 30 million lives.", "contested"),  # as 'about 30 million people died'
    ("The famine claimed about 3 million lives.", "conflicting"),
    ("Collectivisation transformed the daily lives of peasants.", "unknown"),  # lives, not deaths: no claim
])
def test_lives_claimed_are_deaths(shipped_checker, statement, verdict):
    assert shipped_checker.check(statement).verdict == verdict


@pytest.mark.parametrize(("cited", "plain"), [
    ("About 30 million people died in the famine (Smith 2003).", "About 30 million people died in the famine."),
    ("The Great Leap Forward began in 1958 (see Jones 2011).", "The Great Leap Forward began in 1958."),
    ("The Great Leap Forward began in 1962 (Jones 2011, p. 4).", "The Great Leap Forward began in 1962."),
    ("About 36 million people died in the famine (Jones 2011: 430).", "About 36 million people died in the famine."),
])
def test_a_citation_of_a_work_the_base_lacks_does_not_change_the_verdict(shipped_checker, cited, plain):
    """Its year is no date of the statement ('(Jones 2011)' conflicted with a claim dated 1958) and
    its name no word of it (it pushed statements to 'unknown')."""
    a, b = shipped_checker.check(cited), shipped_checker.check(plain)
    assert a.verdict == b.verdict != "unknown"
    assert a.claim is not None and b.claim is not None and a.claim.id == b.claim.id
    assert a.statement == cited


def test_an_unknown_author_still_says_who_said_it(shipped_checker):
    """Only the year of 'Smith (1999)' goes: Smith, not Liu Shaoqi, blamed the weather."""
    assert shipped_checker.check("Smith (1999) said the weather was bad that year.").verdict != "conflicting"
    assert shipped_checker.check("Liu Shaoqi said the famine was mostly caused by bad weather.").verdict \
        == "conflicting"


def test_a_citation_of_a_work_in_the_base_is_still_checked(shipped_checker):
    result = shipped_checker.check("Peng (1987) estimated that 45 million people died.")
    assert result.verdict == "conflicting" and result.source_id == "peng1987"


@pytest.mark.parametrize(("statement", "claim", "outcome"), [
    # opposite words about the same thing conflict ...
    ("Grain output rose in 1959.", "Grain output fell in 1959.", "conflicts"),
    ("Procurement was cut in 1959.", "Grain procurement rose in 1959.", "conflicts"),
    # ... about different things in one clause they do not: procurement rose, output fell
    ("Procurement rose to a third of the grain harvest in 1959.", "The grain harvest fell in 1959.", "silent"),
])
def test_opposite_words_conflict_only_about_the_same_thing(shipped_checker, statement, claim, outcome):
    from glfcheck.judging.wording import compare_polarity

    analyse = shipped_checker.matcher.analyse
    assert compare_polarity(analyse(statement), analyse(claim), shipped_checker.base.lexicon).outcome == outcome


def test_a_possessive_year_of_an_event_is_no_citation(shipped_checker):
    """'Liu's 1961 tour' is Liu Shaoqi touring Hunan, not a work by an author named Liu from 1961."""
    result = shipped_checker.check("Liu's 1961 tour of his home area in Hunan showed him the starvation there.")
    assert result.verdict != "conflicting" and result.source_id is None


@pytest.mark.parametrize(("statement", "outcome"), [
    ("The state cut grain procurement in 1959.", "conflicts"),  # denies what the claim denies it did
    ("The state procured much grain in 1959.", "silent"),  # says nothing of cutting
])
def test_a_claims_negation_counts_only_against_what_it_negates(shipped_checker, statement, outcome):
    from glfcheck.judging.wording import compare_polarity

    analyse = shipped_checker.matcher.analyse
    claim = analyse("The state did not cut grain procurement in 1959.")
    assert compare_polarity(analyse(statement), claim, shipped_checker.base.lexicon).outcome == outcome


@pytest.mark.parametrize(("statement", "verdict"), [
    # a possessive year dates a work only before a work noun ('Liu's 1961 tour' is no citation)
    ("Peng's 1990 study estimated 23 million excess deaths.", "conflicting"),
    ("Peng's 1987 study estimated 23 million excess deaths.", "supported"),
    # the decade of the scholarship is no date of the famine, but a year dating a work is checked
    # a figure the sources dispute takes a side: contested, whoever is said to have given it
    # (unless an established claim gives it: the reconstructions of the 1980s' some 30 million,
    # which a range of 26 to 30 million holds)
    ("The demographic reconstructions of the 1980s put the toll at roughly 26 to 30 million.", "supported"),
    ("Jasper Becker wrote Hungry Ghosts, a 1998 book on the Chinese famine.", "conflicting"),
    # no work named: one scholar's other figure is no error where the spread of estimates fits;
    # the work named: its own figure decides
    ("About 15 million excess deaths.", "contested"),
    ("Dikötter estimated about 15 million excess deaths.", "conflicting"),
])
def test_dates_and_figures_of_works_against_those_of_the_famine(shipped_checker, statement, verdict):
    assert shipped_checker.check(statement).verdict == verdict


def test_near_duplicate_claims_are_compared_within_the_bound(base_copy, monkeypatch) -> None:
    """A base with many near-copies of one claim (a large base's local variants) costs at most
    MAX_COMPARED comparisons a sentence, and the verdict is still the copies' verdict."""
    path = base_copy / "claims" / "dates.yaml"
    claims = [c for c in yaml.safe_load(path.read_text(encoding="utf-8")) if c["id"] != "dates-launch-1958"]
    launch = next(c for c in yaml.safe_load(path.read_text(encoding="utf-8")) if c["id"] == "dates-launch-1958")
    for n in range(40):
        claims.append({**launch, "id": f"dates-launch-1958-copy-{n:02d}"})
    claims.sort(key=lambda c: c["id"])
    path.write_text(yaml.safe_dump(claims, sort_keys=False), encoding="utf-8")
    checker = Checker(load_base([base_copy]))
    for statement, verdict in [("Mao launched the Great Leap Forward in 1960.", "conflicting"),
                               ("Mao launched the Great Leap Forward in 1958.", "supported")]:
        result = checker.check(statement)
        assert result.verdict == verdict and result.claim.id.startswith("dates-launch-1958-copy-")
        assert checker.work.compared <= checker_module.MAX_COMPARED
