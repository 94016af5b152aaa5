"""The verdict engine's mechanisms (issue 13), each pinned on the shipped base: every element of
a sentence accounted for, figures judged by what they measure, the subject before the words,
orders both ways, attribution by author, reported views, and bounded work per sentence.

Each test states the mechanism it pins; the sentences are not in the claims base's wording."""

from __future__ import annotations

import pytest

from glfcheck.judging import checker as checker_module
from glfcheck.results import Aspect, Outcome, Verdict


def reasons(result, aspect=None, outcome=None):
    return [r for r in result.reasons if (aspect is None or r.aspect == aspect) and (outcome is None or r.outcome == outcome)]


# ---------------------------------------------------------------- the issue's table, row by row
@pytest.mark.parametrize(("statement", "verdicts"), [
    # a true list membership is not the misconception that sparrows caused the famine
    ("Sparrows were among the pests that the campaign set out to kill.", {Verdict.SUPPORTED, Verdict.UNKNOWN}),
    ("The Anti-Rightist Campaign came after the Great Leap Forward.", {Verdict.CONFLICTING}),
    ("Communes were abolished in 1958.", {Verdict.CONFLICTING}),
    ("The dining halls were abolished in 1958.", {Verdict.CONFLICTING}),
    ("About 45 million people died, according to Dikötter.", {Verdict.SUPPORTED}),
    ("The famine killed about 30 million people (Dikötter 2010).", {Verdict.CONFLICTING}),
    ("Most historians think roughly 2 million people died in the famine.", {Verdict.CONFLICTING}),
    ("Mao Zedong died in 1976.", {Verdict.UNKNOWN, Verdict.SUPPORTED}),
    ("The Soviet famine of 1932-33 killed about 5 million people.", {Verdict.UNKNOWN}),
    ("100 million people starved to death in the Great Leap Forward.", {Verdict.CONFLICTING}),
])
def test_the_issue_table(shipped_checker, statement, verdicts):
    assert shipped_checker.check(statement).verdict in verdicts


def test_an_authors_figure_is_compared_with_that_authors_estimate_of_the_same_measure(shipped_checker):
    wrong = shipped_checker.check("The famine killed about 30 million people (Dikötter 2010).")
    said = " ".join(r.message for r in reasons(wrong, outcome=Outcome.CONFLICTS))
    assert "45 million" in said and "2.5 million" not in said


# ---------------------------------------------------------------- every element accounted for
def test_an_element_no_claim_speaks_of_leaves_the_verdict_open(shipped_checker):
    result = shipped_checker.check("Mao Zedong died in 1976.")
    assert result.verdict == Verdict.UNKNOWN
    assert any("1976" in r.message for r in reasons(result, Aspect.MATCH, Outcome.OPEN))


def test_every_part_of_a_long_sentence_must_be_spoken_of(shipped_checker):
    known = "The Great Leap Forward was launched in 1958"
    assert shipped_checker.check(known + ".").verdict == Verdict.SUPPORTED
    longer = shipped_checker.check(known + ", and its planners also redesigned the national flag of Mongolia "
                                           "with seven new stars for every province.")
    assert longer.verdict == Verdict.UNKNOWN


# ---------------------------------------------------------------- figures by what they measure
@pytest.mark.parametrize("statement", [
    "Some 100 million people perished in the famine.",
    "Only about 500,000 Chinese starved between 1959 and 1961.",
])
def test_a_death_toll_outside_every_estimate_conflicts_however_worded(shipped_checker, statement):
    result = shipped_checker.check(statement)
    assert result.verdict == Verdict.CONFLICTING
    assert reasons(result, Aspect.FIGURE, Outcome.CONFLICTS)


def test_a_figure_of_one_place_is_not_compared_with_a_general_figure(shipped_checker):
    """The base gives a household count for one commune (Chayashan) only: a typical commune's size
    is not judged by it."""
    assert shipped_checker.check("A typical commune had about 5,000 households.").verdict != Verdict.CONFLICTING
    assert shipped_checker.check("At Chayashan some 9,400 households were merged into one commune.").verdict \
        == Verdict.SUPPORTED


# ---------------------------------------------------------------- the subject before the words
def test_another_famine_is_not_the_leaps(shipped_checker):
    result = shipped_checker.check("The Bengal famine of 1943 killed about 3 million people.")
    assert result.verdict == Verdict.UNKNOWN
    assert reasons(result, Aspect.SUBJECT, Outcome.OPEN)


def test_a_claim_about_another_named_event_is_not_what_a_sentence_is_about(shipped_checker):
    result = shipped_checker.check("The Cultural Revolution lasted from 1966 to 1976.")
    assert result.claim is None or "cultural" in result.claim.id or result.verdict == Verdict.UNKNOWN
    assert result.verdict != Verdict.CONFLICTING  # the base dates only its start


def test_a_misconception_naming_another_place_is_not_asserted(shipped_checker):
    assert shipped_checker.check("Sichuan was one of the provinces the famine hit hardest.").verdict \
        == Verdict.SUPPORTED


# ---------------------------------------------------------------- orders and causes, both ways
@pytest.mark.parametrize(("statement", "verdict"), [
    ("The Anti-Rightist Campaign came before the Great Leap Forward.", Verdict.SUPPORTED),
    ("The Great Leap Forward preceded the Anti-Rightist Campaign.", Verdict.CONFLICTING),
    ("The Great Leap Forward was caused by the Cultural Revolution.", Verdict.CONFLICTING),
])
def test_orders_and_causes_are_checked_against_the_events_dates(shipped_checker, statement, verdict):
    result = shipped_checker.check(statement)
    assert result.verdict == verdict
    assert reasons(result, Aspect.RELATION)


def test_an_order_names_the_events_as_the_lexicon_does(shipped_checker):
    result = shipped_checker.check("The Anti-Rightist Campaign came after the Great Leap Forward.")
    assert "Anti-Rightist Campaign" in reasons(result, Aspect.RELATION)[0].message


@pytest.mark.parametrize(("statement", "verdict"), [
    ("The famine was caused not by policy but by bad weather alone.", Verdict.CONFLICTING),
    ("The famine was caused not by bad weather but by policy.", Verdict.SUPPORTED),
])
def test_not_this_but_that_is_read_across_its_clauses(shipped_checker, statement, verdict):
    assert shipped_checker.check(statement).verdict == verdict


def test_a_negation_is_read_against_the_whole_list_of_a_claim(shipped_checker):
    assert shipped_checker.check("The famine did not hit Sichuan hard.").verdict == Verdict.CONFLICTING


# ---------------------------------------------------------------- reported views
def test_a_reported_view_is_not_refuted_by_the_sources_figures(shipped_checker):
    """'X contends that only four million died' is true if X said it; the base does not record X,
    so the verdict is open, and the sources' figure is still shown."""
    result = shipped_checker.check("Wang Minghua and Zhou Deli contend that deaths in the famine came to only "
                                   "about four million.")
    assert result.verdict == Verdict.UNKNOWN
    assert reasons(result, Aspect.FIGURE, Outcome.INFO)


def test_a_known_person_saying_a_wrong_figure_is_still_checked(shipped_checker):
    """A report by a work the base holds is judged by that work's own figure."""
    assert shipped_checker.check("Dikötter argues that 2 million died in the famine.").verdict == Verdict.CONFLICTING


# ---------------------------------------------------------------- dates of events
def test_an_event_dated_only_by_its_start_is_not_contradicted_by_a_later_year(shipped_checker):
    assert shipped_checker.check("The Cultural Revolution went on until 1976.").verdict != Verdict.CONFLICTING
    assert shipped_checker.check("The Cultural Revolution began in 1960.").verdict == Verdict.CONFLICTING


def test_a_year_attached_to_a_noun_dates_that_noun(shipped_checker):
    """'the steel targets of 1958' dates the targets, not the silencing of critics at Lushan."""
    result = shipped_checker.check("The decisive factors ran from the steel targets of 1958 to the silencing of "
                                   "critics at Lushan.")
    assert not [r for r in reasons(result, Aspect.YEAR, Outcome.CONFLICTS) if "1958" in r.message]


# ---------------------------------------------------------------- bounded work
def _long_sentence(n: int) -> str:
    parts = [f"in {1950 + i % 15} about {i + 1} million tonnes of grain were procured in Henan, Anhui and Sichuan"
             for i in range(n)]
    return "Dikötter (2010), Yang (2012) and Peng (1987) argue that " + ", while ".join(parts) + "."


@pytest.mark.parametrize("statement", [
    _long_sentence(3),
    _long_sentence(40),
    "The Great Leap Forward " * 300,
    "famine " * 1500,
    "1958 1959 1960 1961 " * 200,
    ", which " * 400 + "the famine killed millions.",
])
def test_work_per_sentence_is_bounded(shipped_checker, statement):
    """However long or odd the sentence, the number of look-ups and comparisons has a ceiling."""
    shipped_checker.check(statement)
    work = shipped_checker.work
    assert work.compared <= checker_module.MAX_COMPARED
    # the sentence's parts, plus the events an order names (two ends each)
    assert work.lookups <= checker_module.MAX_UNITS + 2 * len(shipped_checker.reader.orders(statement[
        :checker_module.MAX_STATEMENT_CHARS]))


def test_work_is_counted(shipped_checker):
    """The counters the bound test relies on do count: a long sentence looks up each clause."""
    shipped_checker.check(_long_sentence(10))
    assert shipped_checker.work.lookups > 1 and shipped_checker.work.compared > 1


def test_a_title_holding_a_year_does_not_break_the_reading(shipped_checker):
    """A year inside a work's title is blanked with the title ('Mao Zedong and the Famine of
    1959–1960'): found by the benchmark's generated sentences."""
    result = shipped_checker.check("In Mao Zedong and the Famine of 1959–1960, Bernstein shows that peasants were "
                                   "forbidden to leave their villages.")
    assert result.verdict in set(Verdict)


def test_generated_sentences_all_get_an_answer_within_the_bound(shipped_checker):
    """The benchmark's generated sentences (figures, works, titles, events, long essay sentences):
    every one answers, within the bound on comparisons."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    from sentences import sentences

    for text in sentences(400, seed=1962):
        result = shipped_checker.check(text)
        assert result.reasons, text
        assert shipped_checker.work.compared <= checker_module.MAX_COMPARED


# ---------------------------------------------------------------- works cited, figures of works
def test_a_work_cited_is_accounted_for_by_the_claims_it_stands_behind(shipped_checker):
    backed = shipped_checker.check("The famine was man-made (Dikötter 2010).")
    assert backed.verdict == Verdict.SUPPORTED
    assert any("dikotter2010" in r.sources for r in reasons(backed, Aspect.ATTRIBUTION, Outcome.AGREES))


def test_a_work_no_claim_speaks_of_leaves_the_sentence_open(shipped_checker):
    """Tombstone did not win the prize the claim gives to Mao's Great Famine: the base says
    nothing of Yang's book there, so the verdict is not 'supported'."""
    result = shipped_checker.check("Yang Jisheng's Tombstone won the Samuel Johnson Prize in 2011.")
    assert result.verdict != Verdict.SUPPORTED


def test_a_works_figure_given_to_other_years_conflicts(shipped_checker):
    result = shipped_checker.check("Ashton and his colleagues estimated about 30 million premature deaths in the "
                                   "years 1966 to 1969.")
    assert result.verdict == Verdict.CONFLICTING
    assert reasons(result, Aspect.ATTRIBUTION, Outcome.CONFLICTS)
    assert shipped_checker.check("Ashton estimated about 30 million premature deaths in 1958-1961.").verdict \
        == Verdict.SUPPORTED


@pytest.mark.parametrize("statement", [
    "Peng Xizhe (1987) put excess deaths at about 23 million.",
    "Ashton and colleagues' 1984 reconstruction put famine deaths at almost 30 million.",
])
def test_a_works_year_is_not_the_years_its_figure_is_for(shipped_checker, statement):
    assert shipped_checker.check(statement).verdict == Verdict.SUPPORTED


def test_a_number_ruled_out_is_no_denial_of_the_claims_words(shipped_checker):
    """'not the 25.4 that was registered' rules out the registered figure, not registration."""
    assert shipped_checker.check("Judith Banister reckons the real death rate in 1960 was about 44.6 per "
                                 "thousand, not the 25.4 that was registered.").verdict == Verdict.SUPPORTED


def test_denying_that_something_was_the_whole_cause_does_not_assert_a_misconception(shipped_checker):
    result = shipped_checker.check("Killing sparrows didn't cause the whole famine, it only added to it.")
    assert not reasons(result, Aspect.MISCONCEPTION)


def test_after_as_a_preposition_may_mean_a_later_stage_of_a_longer_event(shipped_checker):
    """'The Leap relaunched after Lushan' is a later stage of the Leap; 'the Leap began after
    Lushan' dates its start, and is wrong."""
    assert shipped_checker.check("Zhang Zhongliang praised the Leap after Lushan.").verdict != Verdict.CONFLICTING
    assert shipped_checker.check("The Great Leap Forward began only after the Lushan Conference.").verdict \
        == Verdict.CONFLICTING


@pytest.mark.parametrize(("statement", "verdicts"), [
    # 'not everyone' is a quantity, not a denial of what most did
    ("Not everyone who died in the great famine years died of hunger or disease, a lot were beaten or killed by "
     "cadres.", {Verdict.SUPPORTED, Verdict.UNKNOWN}),
    ("Not all of the famine's victims died of hunger or disease.", {Verdict.SUPPORTED, Verdict.UNKNOWN}),
    ("The famine did not kill millions.", {Verdict.CONFLICTING}),
])
def test_a_quantified_negation_is_not_a_denial(shipped_checker, statement, verdicts):
    assert shipped_checker.check(statement).verdict in verdicts


def test_more_than_a_figure_is_a_bound_not_a_comparison(shipped_checker):
    result = shipped_checker.check("By the end of 1958 some 90 percent of the rural population ate in more than "
                                   "3.4 million communal canteens.")
    assert result.verdict == Verdict.SUPPORTED


def test_the_year_a_named_work_appeared_dates_the_work(shipped_checker):
    """'Lin argued in 1990' gives the year of Lin (1990), not a date of the exit-right story."""
    result = shipped_checker.check("Justin Yifu Lin argued in 1990 that taking away the peasants' right to leave "
                                   "the collectives in 1958 made farm productivity collapse.")
    assert not [r for r in reasons(result, Aspect.YEAR, Outcome.CONFLICTS) if "1990" in r.message]


# ---------------------------------------------------------------- what a year dates
@pytest.mark.parametrize(("statement", "verdict"), [
    # the event before the verb is what the year dates, not a place-like event after it
    ("The Seven Thousand Cadres Conference was held at Lushan in 1959.", Verdict.CONFLICTING),
    ("The Great Leap Forward began in 1966, at the same time as the Cultural Revolution.", Verdict.CONFLICTING),
    # a year inside a quoted title dates nothing the sentence says
    ("Ashton, Hill, Piazza and Zeitz published 'Famine in China, 1958-61' in Population and Development Review "
     "in 1984.", Verdict.SUPPORTED),
    # 'published' dates the year next to it, not one further on
    ("Frank Dikötter's Mao's Great Famine was published in 2010 and won the Samuel Johnson Prize in 2011.",
     Verdict.SUPPORTED),
    # 'three years before' is an order's gap, and the year beside it is still checked
    ("The Soviet Union withdrew its technical advisers from China in 1956, two years before the Leap began.",
     Verdict.CONFLICTING),
])
def test_what_a_year_dates(shipped_checker, statement, verdict):
    assert shipped_checker.check(statement).verdict == verdict


def test_a_year_something_came_after_is_a_bound(shipped_checker):
    result = shipped_checker.check("Cao Shuji's estimate of roughly 32.5 million abnormal deaths was built up from "
                                   "county gazetteers compiled after 1979.")
    assert not reasons(result, outcome=Outcome.CONFLICTS)


def test_a_figure_after_a_year_is_still_a_figure():
    from glfcheck.matching.quantities import find_quantities, find_years

    text = "falling from 34 per thousand in 1957 to 18 per thousand in 1961"
    assert [q.text for q in find_quantities(text)] == ["34 per thousand", "18 per thousand"]
    assert [(y.low, y.high) for y in find_years(text)] == [(1957, 1957), (1961, 1961)]
    assert [(y.low, y.high) for y in find_years("in 1958-61 and from 1959 to 1961")] == [(1958, 1961), (1959, 1961)]


# ---------------------------------------------------------------- people and places
def test_the_place_given_to_the_claims_person_is_the_claims_to_judge(shipped_checker):
    assert shipped_checker.check("Li Jingquan was first party secretary of Anhui during the famine.").verdict \
        == Verdict.CONFLICTING
    assert shipped_checker.check("Li Jingquan was first party secretary of Sichuan during the famine.").verdict \
        == Verdict.SUPPORTED


def test_a_place_the_one_claim_does_not_list_is_left_open(shipped_checker):
    """'Xinjiang escaped the worst' says nothing of Henan, whatever other claims say of Henan."""
    result = shipped_checker.check("Henan escaped the worst of the famine.")
    assert result.verdict == Verdict.UNKNOWN


def test_any_clause_may_turn_a_misconception_round(shipped_checker):
    result = shipped_checker.check("Mao gave up only the state chairmanship (to Liu Shaoqi, in 1959); he kept the "
                                   "party chairmanship throughout the famine years.")
    assert not reasons(result, Aspect.MISCONCEPTION)


def test_a_light_verb_shared_is_no_sign_two_years_date_the_same_thing(shipped_checker):
    """'became head of state in 1959' and 'became one of the leaders of the retreat in 1961'."""
    result = shipped_checker.check("Liu Shaoqi, who had taken over from Mao as head of state in 1959, became one "
                                   "of the leaders most closely associated with the retreat in 1961 and 1962.")
    assert not [r for r in reasons(result, Aspect.YEAR, Outcome.CONFLICTS) if "1961" in r.message]


def test_until_a_year_is_not_refuted_by_a_claim_that_dates_only_the_start(shipped_checker):
    result = shipped_checker.check("Liu Shaoqi served as head of state from 27 April 1959 until 31 October 1968.")
    assert result.verdict != Verdict.CONFLICTING
    assert shipped_checker.check("The Great Leap Forward lasted until 1970.").verdict == Verdict.CONFLICTING


def test_a_figure_of_another_measure_credited_to_a_work_is_not_its_famine_toll(shipped_checker):
    result = shipped_checker.check("In Mao: The Unknown Story, Jung Chang and Jon Halliday hold Mao responsible for "
                                   "around 70 million deaths in peacetime.")
    assert result.verdict != Verdict.CONFLICTING


def test_a_claim_restated_with_one_work_swapped_is_what_the_sentence_is_about(shipped_checker):
    """'Becker adopts Coale's figure as the most reliable estimate' restates the claim that Becker
    relied on Banister's, with Coale put in her place."""
    result = shipped_checker.check("Becker adopts Ansley Coale's figure as the most reliable estimate we have.")
    assert result.verdict == Verdict.CONFLICTING
    assert any("Banister" in r.message for r in reasons(result, Aspect.ATTRIBUTION, Outcome.CONFLICTS))


def test_a_finding_cited_to_the_wrong_work_conflicts(shipped_checker):
    """A claim credits the finding to Meng, Qian and Yared; the sentence cites Li and Yang for it."""
    result = shipped_checker.check("Rural death rates were higher, not lower, in regions that produced more food "
                                   "per person (Li and Yang 2005).")
    assert result.verdict == Verdict.CONFLICTING
    assert any("meng2015" in r.sources for r in reasons(result, Aspect.ATTRIBUTION, Outcome.CONFLICTS))
    right = shipped_checker.check("Rural death rates were higher, not lower, in regions that produced more food "
                                  "per person (Meng, Qian and Yared 2015).")
    assert right.verdict != Verdict.CONFLICTING


def test_an_event_named_only_to_date_something_else_is_not_what_the_claim_says_of_it(shipped_checker):
    """'Liu and Deng led the recovery after the Leap' says nothing of who led the Leap."""
    assert shipped_checker.check("Deng Xiaoping led the Great Leap Forward.").verdict == Verdict.CONFLICTING
    assert shipped_checker.check("After the Great Leap Forward, Liu Shaoqi and Deng Xiaoping led the "
                                 "recovery.").verdict == Verdict.SUPPORTED
    assert shipped_checker.check("The Great Leap Forward came after the Anti-Rightist Campaign of 1957.").verdict \
        == Verdict.SUPPORTED


def test_a_clause_of_a_long_sentence_is_judged_by_the_claim_closest_to_it(shipped_checker):
    """The withdrawal clause's date is the withdrawal claim's to judge, though the whole sentence
    comes closest to the claim about the Leap's launch."""
    result = shipped_checker.check("The Soviet Union withdrew its technical experts from China in the summer of "
                                   "1957, before the Great Leap Forward had even started.")
    assert result.verdict == Verdict.CONFLICTING
    assert any("1960" in r.message for r in reasons(result, Aspect.YEAR, Outcome.CONFLICTS))


def test_a_document_that_came_out_is_dated_by_the_claims_when_no_work_is_named(shipped_checker):
    assert shipped_checker.check("The emergency directive letting peasants keep private plots came out in "
                                 "November 1958.").verdict == Verdict.CONFLICTING
    assert shipped_checker.check("The emergency directive letting peasants keep private plots came out in "
                                 "November 1960.").verdict == Verdict.SUPPORTED


@pytest.mark.parametrize("statement", [
    "Zeng Xisheng, the party chief who introduced responsibility fields in 1961, was in charge of Sichuan province.",
    "The Jiabiangou labour camp where thousands of rightists starved was in Sichuan.",
])
def test_a_province_given_to_what_the_base_places_elsewhere_conflicts(shipped_checker, statement):
    assert shipped_checker.check(statement).verdict == Verdict.CONFLICTING


@pytest.mark.parametrize(("statement", "verdict"), [
    ("In the famine, death rates in the countryside rose about twice as much as in the cities.", Verdict.SUPPORTED),
    ("In the famine, urban death rates rose about twice as much as rural ones.", Verdict.CONFLICTING),
    ("In the famine, the rise in urban death rates was about half the rise in rural ones.", Verdict.SUPPORTED),
])
def test_a_ratio_named_the_other_way_round_is_turned_back_before_it_is_compared(shipped_checker, statement, verdict):
    """A measure of two sides (the cities' rise over the countryside's) read with its sides in
    the order the sentence names them: 'rural twice urban' is urban at half rural."""
    assert shipped_checker.check(statement).verdict == verdict


@pytest.mark.parametrize("statement", ["First statement.", "Cities first.", "The state came first."])
def test_a_few_words_a_claim_happens_to_use_are_not_its_proposition(shipped_checker, statement):
    """Two or three content words shared with a claim's phrasing, and no figure, date or name it
    bears out, say nothing the claim says: unknown, not supported."""
    assert shipped_checker.check(statement).verdict == Verdict.UNKNOWN


@pytest.mark.parametrize(("statement", "verdict"), [
    ("The famine peaked in 1960.", Verdict.SUPPORTED),  # few words, but a year the claim bears out
    ("The cities were fed first.", Verdict.SUPPORTED),  # few words that say most of a phrasing
])
def test_a_short_sentence_that_says_what_a_claim_says_is_still_judged(shipped_checker, statement, verdict):
    assert shipped_checker.check(statement).verdict == verdict


def test_deaths_from_an_event_are_the_events_own_not_dated_by_it(shipped_checker):
    """'from' dates by an event only after a word of moving away ('the retreat from the Leap');
    'deaths from the famine' are the famine's, so a sentence about the famine's peak meets them."""
    assert shipped_checker.check("Famine deaths peaked in 1960.").verdict == Verdict.SUPPORTED
    assert shipped_checker.check("The famine peaked in 1962.").verdict == Verdict.CONFLICTING


@pytest.mark.parametrize(("statement", "verdict"), [
    ("Ansley Coale, in a study published in 1984, put the famine's excess deaths at around 27 million.", Verdict.SUPPORTED),
    ("Ansley Coale, in a study published in 1990, put the famine's excess deaths at around 27 million.", Verdict.CONFLICTING),
    ("Ansley Coale, in a study published in 1984, put the famine's excess deaths at around 45 million.", Verdict.CONFLICTING),
])
def test_an_author_named_by_first_given_name_without_middle_initials_is_the_author(shipped_checker, statement, verdict):
    """'Ansley Coale' is Coale, Ansley J.: the work is his, so the year of its publication is the
    work's to account for and the figure is his to compare."""
    assert shipped_checker.check(statement).verdict == verdict


@pytest.mark.parametrize("statement", [
    "CIA intelligence assessment of Chinese grain output, September 1962.",
    "A British embassy telegram on Chinese grain output, May 1961.",
])
def test_a_claim_that_speaks_of_a_fraction_of_a_sentence_does_not_judge_its_year(shipped_checker, statement):
    """A source list's entry shares two words with a claim about grain output and names a date of
    its own: the claim speaks of too little of it (under CLOSE_COVERAGE) for its year to conflict."""
    assert shipped_checker.check(statement).verdict == Verdict.UNKNOWN


def test_a_true_claim_about_another_authors_work_does_not_excuse_a_misconception(shipped_checker):
    """'Dikötter's book relied on interviews' is the recorded misconception about Dikötter; the
    true claim that Becker's book relied on interviews is about another author's work, so it
    neither sets the bar for closeness nor explains the sentence away."""
    assert shipped_checker.check("Dikötter's book relied mainly on interviews with Western diplomats "
                                 "rather than on Chinese party archives.").verdict == Verdict.CONFLICTING
    assert shipped_checker.check("Becker's book relied mainly on interviews rather than on archives.").verdict \
        == Verdict.SUPPORTED


@pytest.mark.parametrize(("statement", "verdicts"), [
    # denying that weather was the main or the whole cause grants it a part, as the claims do
    ("Bad weather by itself cannot explain the famine.", {Verdict.SUPPORTED}),
    ("Natural disasters were not the main cause of the famine.", {Verdict.SUPPORTED, Verdict.CONTESTED}),
    ("Liu Shaoqi did not blame the famine mainly on nature.", {Verdict.SUPPORTED}),
    # a claim that says 'primarily' (or 'chief') is denied by 'not mainly'
    ("The famine was not mainly man-made.", {Verdict.CONFLICTING}),
    ("Mao did not launch the Great Leap Forward.", {Verdict.CONFLICTING}),
    # 'the decisive cause' is 'the main cause' (a synonym), which Bramall denies of the weather
    ("Bramall concluded that bad weather was the decisive cause of the famine in Sichuan.", {Verdict.CONFLICTING}),
    ("Bramall concluded that weather was not the main cause of the famine in Sichuan.", {Verdict.SUPPORTED}),
    # the whole against a part (an opposite pair of the lexicon)
    ("Bad weather explains the whole fall in output.", {Verdict.CONFLICTING}),
    ("Bad weather explains only part of the fall in output.", {Verdict.SUPPORTED}),
])
def test_denying_the_main_cause_is_not_denying_a_part_of_it(shipped_checker, statement, verdicts):
    """'Not mainly', 'by itself', 'on its own' deny exclusivity (the lexicon's `exclusive`); a
    claim is exclusive only where a phrasing affirms it, and 'only partly' limits, not excludes."""
    assert shipped_checker.check(statement).verdict in verdicts


@pytest.mark.parametrize(("statement", "verdict"), [
    # 'not ... until' says when something stopped, not that it did not
    ("China did not stop being a net exporter of grain until 1961.", Verdict.SUPPORTED),
    # a word of staying, denied, is a word of loss; so is 'could no longer', against a loss any
    # phrasing of the claim names; but denying the loss itself is denying the claim
    ("Peng Dehuai was not allowed to keep the defence ministry after his letter to Mao.", Verdict.SUPPORTED),
    ("Peng Dehuai could no longer serve as defence minister after Lushan.", Verdict.SUPPORTED),
    ("Peng Dehuai was not dismissed after Lushan.", Verdict.CONFLICTING),
    # ... and a claim's phrasing that denies the loss ('never removed') is no word of loss
    ("Sparrows were never removed from the list of pests.", Verdict.CONFLICTING),
    ("Peng Dehuai lost the defence ministry after his letter to Mao.", Verdict.SUPPORTED),
])
def test_staying_and_stopping_are_read_with_their_negations(shipped_checker, statement, verdict):
    assert shipped_checker.check(statement).verdict == verdict


@pytest.mark.parametrize("statement", [
    "Sun Jingxian estimated famine deaths at 3.66 million.",
    "Sun Jingxian, a mathematician, put famine deaths at 3.66 million in a 2016 paper.",
])
def test_a_figure_someone_the_base_does_not_know_gave_is_their_view_not_the_sentences(shipped_checker, statement):
    """'estimated', 'put ... at', 'reckoned' report a view (the lexicon's `reported`), also past an
    aside after the name: the sources cannot refute that someone said it, so it is left open
    with the sources' figures as information, not called conflicting."""
    result = shipped_checker.check(statement)
    assert result.verdict == Verdict.UNKNOWN
    assert any("Sun Jingxian" in r.message for r in result.reasons)


@pytest.mark.parametrize(("statement", "verdict"), [
    # another local place, few of the claim's words: another subject, whose dates the claim cannot judge
    ("Famine broke out at Jiabiangou in the autumn of 1960, and after an investigation that December "
     "the survivors were evacuated early in 1961.", Verdict.UNKNOWN),
    # the claim's words with another local place in them: the place is swapped
    ("The army was sent into Jiabiangou in early 1961 to open the granaries and arrest the prefecture's leaders.",
     Verdict.CONFLICTING),
])
def test_a_claim_about_another_local_place_judges_only_a_swap(shipped_checker, statement, verdict):
    assert shipped_checker.check(statement).verdict == verdict


@pytest.mark.parametrize(("statement", "verdict"), [
    # a county the lexicon does not know: its share is not the province's
    ("In Fengyang county, Anhui, about a quarter of the 335,000 inhabitants are thought to have died in the famine.",
     Verdict.UNKNOWN),
    ("Anhui lost about a quarter of its population.", Verdict.CONFLICTING),
])
def test_a_figure_of_a_county_is_not_judged_by_its_provinces(shipped_checker, statement, verdict):
    assert shipped_checker.check(statement).verdict == verdict


@pytest.mark.parametrize(("statement", "verdict"), [
    ("Dikotter estimates at least 45 million premature deaths rather than the earlier figure of 30 million.",
     Verdict.SUPPORTED),
    ("Dikötter estimated 30 million deaths rather than 45 million.", Verdict.CONFLICTING),
])
def test_a_figure_set_aside_a_few_words_after_rather_than_is_not_asserted(shipped_checker, statement, verdict):
    assert shipped_checker.check(statement).verdict == verdict


@pytest.mark.parametrize(("statement", "verdict"), [
    ("Cao Shuji's provincial estimates put the share of deaths at 18% in Anhui, 13% in Sichuan, 11% in Guizhou "
     "and 8% in Hunan.", Verdict.SUPPORTED),
    ("Cao Shuji's estimates put the share of deaths at 8% in Anhui and 18% in Hunan.", Verdict.CONFLICTING),
])
def test_each_figure_of_a_list_takes_the_place_beside_it(shipped_checker, statement, verdict):
    assert shipped_checker.check(statement).verdict == verdict


def test_staying_denied_does_not_assert_the_misconception_that_it_stayed(shipped_checker):
    result = shipped_checker.check("Sparrows did not stay on the list of pests; in 1960 they were dropped and "
                                   "bedbugs put in their place.")
    assert result.verdict != Verdict.CONFLICTING


@pytest.mark.parametrize(("statement", "verdicts"), [
    # the claims tell what Mao told Mitterrand and what Peng saw: a sentence naming neither says otherwise
    ("There was never any famine in China, just a temporary period of scarcity.", {Verdict.UNKNOWN, Verdict.CONFLICTING}),
    ("Things were really bad in China back then.", {Verdict.UNKNOWN}),
    ("Mao told Mitterrand in 1961 that there was no famine in China.", {Verdict.SUPPORTED}),
    ("Peng Dehuai saw how bad things were in Hunan.", {Verdict.SUPPORTED}),
])
def test_what_someone_said_or_saw_is_not_what_a_sentence_without_them_asserts(shipped_checker, statement, verdicts):
    assert shipped_checker.check(statement).verdict in verdicts


@pytest.mark.parametrize(("statement", "verdict"), [
    # 'Mao's famine' names the famine: Mao is no actor to swap with the one a claim names
    ("Dikötter estimates that at least 45 million people died in Mao's famine.", Verdict.SUPPORTED),
    ("Liu Shaoqi launched the Great Leap Forward in 1958.", Verdict.CONFLICTING),
])
def test_a_person_who_only_names_the_famine_is_not_an_actor_of_the_sentence(shipped_checker, statement, verdict):
    assert shipped_checker.check(statement).verdict == verdict


@pytest.mark.parametrize("statement", [
    "In 1958 the leadership talked of raising the grain harvest to 500 million tonnes.",  # (no aim word: judged)
])
def test_a_figure_of_what_was_produced_is_judged_against_what_was_measured(shipped_checker, statement):
    figures = [f for f in shipped_checker.reader.statement(statement).figures if f.quantity.unit == "tonnes"]
    assert [f.measure for f in figures] == ["grain-output"]


@pytest.mark.parametrize(("statement", "measure"), [
    ("There was a proposal to import up to 5 million tonnes of grain a year.", None),
    ("The 350 million tonnes of grain that was being talked about in 1958 was never reached.", None),
    ("The plan was to raise steel output to 10.7 million tonnes.", "steel-target"),
    ("Officials set a quota of 12 million tonnes of steel.", "steel-target"),
])
def test_a_figure_a_word_of_aim_governs_is_no_measurement(shipped_checker, statement, measure):
    """A target, a forecast or a proposal is not what happened: such a figure is judged against
    the measure of aims where the lexicon has one, and otherwise against nothing."""
    figures = [f for f in shipped_checker.reader.statement(statement).figures if f.quantity.unit == "tonnes"]
    assert [f.measure for f in figures] == [measure]
    assert shipped_checker.check(statement).verdict != Verdict.CONFLICTING or measure


def test_a_figure_after_from_is_where_things_stood_even_in_a_plan(shipped_checker):
    figures = shipped_checker.reader.statement("The plan was to double steel output from 5.35 million tonnes "
                                               "to 10.7 million tonnes.").figures
    figures = [f for f in figures if f.quantity.unit == "tonnes"]
    assert [f.measure for f in figures] == ["steel-output", "steel-target"]
    assert shipped_checker.check("Mao's plans to overtake Britain led to 100 million deaths.").verdict == Verdict.CONFLICTING


@pytest.mark.parametrize(("statement", "verdict"), [
    ("Yang Jisheng estimated 36 million deaths.", Verdict.SUPPORTED),
    ("Yang Jisheng estimated 40 million deaths.", Verdict.CONFLICTING),  # 11 % off his figure
    ("Frank Dikötter estimates 48,000,000 dead in Mao's Great Famine.", Verdict.CONFLICTING),
])
def test_a_figure_written_exactly_and_credited_to_a_work_must_be_its_figure(shipped_checker, statement, verdict):
    """'estimated' is the scholar's act, not a hedge: the figure credited is read as the work's
    own, within its rounding, and inside a range the work gives."""
    assert shipped_checker.check(statement).verdict == verdict


def test_an_article_is_no_author_of_that_name(shipped_checker):
    """'An estimated 36 million' begins with the article, though An is an author of the base."""
    result = shipped_checker.check("An estimated 36 million people died.")
    assert not result.source_id and "what An says" not in " ".join(r.message for r in result.reasons)
    assert shipped_checker.reader.statement("An, Li and Yang estimated 23 to 33 million excess deaths.").works


def test_a_figure_for_one_year_is_a_part_of_a_total_over_more(shipped_checker):
    """'About 6 million tonnes in 1961' is a part of the 10 million tonnes delivered over 1961-62:
    that total neither confirms nor contradicts it; a part larger than the whole still conflicts.
    ('brought in' and 'bought' are words of imports.)"""
    part = shipped_checker.check("In 1961 China brought in about 6 million tonnes of grain from Canada and Australia.")
    assert part.verdict != Verdict.CONFLICTING
    assert [f.measure for f in shipped_checker.reader.statement(part.statement).figures] == ["grain-imports"]
    assert shipped_checker.check("In 1961 China imported 30 million tonnes of grain.").verdict == Verdict.CONFLICTING


def test_a_death_toll_in_words_far_below_every_estimate_conflicts(shipped_checker):
    assert shipped_checker.check("Only a few hundred thousand people died in the famine.").verdict == Verdict.CONFLICTING
    assert shipped_checker.check("Tens of millions of people died in the famine.").verdict != Verdict.CONFLICTING


def test_a_misconception_is_asserted_in_words_where_its_phrasing_gives_no_figure(shipped_checker):
    """'The toll was exaggerated, only a few million died' has a wrong figure, but a phrasing of it
    without one ('blown up to smear Mao') asserts its gist."""
    result = shipped_checker.check("Over the years the famine's death toll has been blown up into ever more "
                                   "extreme numbers just to smear Mao.")
    assert result.verdict == Verdict.CONFLICTING


@pytest.mark.parametrize(("statement", "verdict"), [
    ("Peng Dehuai remained defence minister after Lushan.", Verdict.CONFLICTING),
    ("Peng Dehuai lost his post as defence minister after Lushan.", Verdict.SUPPORTED),
    ("Peng Dehuai was not allowed to keep the defence ministry after his letter to Mao.", Verdict.SUPPORTED),
    ("Once the canteens opened, cooking at home was allowed.", Verdict.CONFLICTING),
    ("Once the canteens opened, cooking at home was not allowed.", Verdict.SUPPORTED),
])
def test_staying_against_losing_and_allowing_against_forbidding(shipped_checker, statement, verdict):
    """Words of staying and of loss, of allowing and forbidding, are opposites; denied, a word of
    staying is one of loss ('not allowed to keep' is 'lost'). ('Kept' is left out of the pair: 'the
    agreement that had kept peasants working' is no word on who lost what.)"""
    assert shipped_checker.check(statement).verdict == verdict


@pytest.mark.parametrize(("statement", "verdict"), [
    ("In 1959 Liu Shaoqi handed the post of head of state to Mao Zedong.", Verdict.CONFLICTING),
    ("In 1959 Mao Zedong handed the post of head of state to Liu Shaoqi.", Verdict.SUPPORTED),
])
def test_who_handed_a_post_to_whom_is_who_replaced_whom(shipped_checker, statement, verdict):
    assert shipped_checker.check(statement).verdict == verdict


@pytest.mark.parametrize(("statement", "verdict"), [
    ("After Lushan Mao replaced Lin Biao at the defence ministry with Peng Dehuai.", Verdict.CONFLICTING),
    ("After Lushan Mao replaced Peng Dehuai at the defence ministry with Lin Biao.", Verdict.SUPPORTED),
    ("Lin Biao was dismissed from the defence ministry in 1959 and Peng Dehuai was appointed in his place.",
     Verdict.CONFLICTING),
    ("Peng Dehuai was dismissed from the defence ministry in 1959 and Lin Biao was appointed in his place.",
     Verdict.SUPPORTED),
    ("In 1960 sparrows joined the list of the four pests, taking the place of bed bugs.", Verdict.CONFLICTING),
    ("In 1960 bed bugs joined the list of the four pests, taking the place of sparrows.", Verdict.SUPPORTED),
])
def test_replaced_with_and_in_his_place_say_who_came_in(shipped_checker, statement, verdict):
    """'X replaced B with A' and 'B was dismissed and A appointed in his place': A came in, B went
    out; 'taking the place of' is a word of succession."""
    assert shipped_checker.check(statement).verdict == verdict


@pytest.mark.parametrize(("statement", "verdict"), [
    ("Once the communal canteens opened, cooking at home was not forbidden.", Verdict.CONFLICTING),
    ("Families were never forbidden to cook their own food at home once the canteens opened.", Verdict.CONFLICTING),
    ("Once the communal canteens opened, families could no longer cook at home.", Verdict.SUPPORTED),
    ("The people's communes were not abolished in the 1980s.", Verdict.CONFLICTING),
    ("The famine was not caused by bad weather on its own.", Verdict.SUPPORTED),
])
def test_a_denied_word_of_loss_denies_the_loss(shipped_checker, statement, verdict):
    """'No longer could' says what 'forbidden' says, but 'not forbidden' denies it; 'their own
    food' is no 'on its own' (the exclusive words are phrases, read word for word)."""
    assert shipped_checker.check(statement).verdict == verdict


def test_a_clause_in_the_words_of_the_claim_a_long_sentence_is_about_is_spoken_of(shipped_checker):
    """A clause no claim is relevant to alone is spoken of by a claim the sentence is about whose
    phrasings hold most of its words, unless it denies, limits or turns that claim round."""
    true = ("In the autumn of 1958 the communal dining halls opened across the countryside, the meals in them "
            "were free of charge, and families were forbidden to cook their own food at home.")
    assert shipped_checker.check(true).verdict == Verdict.SUPPORTED
    denied = true.replace("were forbidden", "were never forbidden")
    assert shipped_checker.check(denied).verdict != Verdict.SUPPORTED


@pytest.mark.parametrize(("statement", "verdict"), [
    ("Peng Dehuai handed his letter of opinion to Mao on 14 August 1959.", Verdict.CONFLICTING),  # the sources: 14 July
    ("Peng Dehuai's letter of opinion to Mao is dated 14 July 1959.", Verdict.SUPPORTED),
    ("The Soviet Union withdrew its experts from China in March 1960.", Verdict.CONFLICTING),  # July 1960
    ("The Soviet Union withdrew its experts from China in July 1960.", Verdict.SUPPORTED),
    ("Mao made a self-criticism at the Seven Thousand Cadres Conference in January 1962.", Verdict.SUPPORTED),
])
def test_a_month_far_from_the_claims_or_another_day_conflicts_though_the_year_fits(shipped_checker, statement, verdict):
    """A meeting may run into the next month, so a month next to the claim's is let pass; one
    further off, or another day where both give the day, is another date."""
    assert shipped_checker.check(statement).verdict == verdict


@pytest.mark.parametrize("statement", [
    "The Irish potato famine began in 1845.",
    "A drought famine in northern China in 1876-79 killed between 9 and 13 million people.",
    "Henan suffered a terrible famine in 1942-43, during the war with Japan.",
    "In North Korea the famine of the mid-1990s is remembered as the Arduous March.",  # (the decade after 'of the')
    "The Ethiopian famine of 1983-85 drew the world's attention.",
])
def test_a_famine_dated_only_before_the_peoples_republic_is_another_famine(shipped_checker, statement):
    result = shipped_checker.check(statement)
    assert result.verdict == Verdict.UNKNOWN
    assert any(r.aspect == Aspect.SUBJECT and "another famine" in r.message for r in result.reasons)
    assert shipped_checker.check("The famine of 1959-61 was the worst since 1876-79.").verdict != Verdict.CONFLICTING


@pytest.mark.parametrize(("statement", "verdict"), [
    ("Bad weather on its own explains why grain harvests collapsed in 1959-61.", Verdict.CONFLICTING),
    ("Bad weather alone explains why grain harvests collapsed in 1959-61.", Verdict.CONFLICTING),
    ("Bad weather did not on its own explain the collapse of grain output.", Verdict.SUPPORTED),
    ("Bad weather partly explains the collapse of grain output in 1959-61.", Verdict.SUPPORTED),
])
def test_the_whole_given_where_the_claim_gives_a_part_conflicts(shipped_checker, statement, verdict):
    """'Alone', 'on its own' (the lexicon's sole) against a claim that weather contributed, only
    partly: the whole is not the part; denied, it agrees. ('The main cause' is no whole.)"""
    assert shipped_checker.check(statement).verdict == verdict


@pytest.mark.parametrize(("statement", "verdict"), [
    ("Not until 1961 did large-scale grain imports into China begin.", Verdict.SUPPORTED),
    ("Not until 1957 did large-scale grain imports into China begin.", Verdict.CONFLICTING),
    ("Large-scale grain imports into China did not begin until 1961.", Verdict.SUPPORTED),
    ("Large-scale grain imports into China did not begin until 1965.", Verdict.CONFLICTING),
    ("China did not stop exporting more grain than it imported until 1961.", Verdict.SUPPORTED),
])
def test_not_until_dates_when_it_happened(shipped_checker, statement, verdict):
    """'Not until 1961 did X' says X happened in 1961: the year is not ruled out, and (unless X is
    an ending) it is no 'until' of something lasting."""
    assert shipped_checker.check(statement).verdict == verdict


@pytest.mark.parametrize("statement", [
    "The campaign against the four pests ended.",
    "In 1960 sparrows left the campaign against the four pests.",
])
def test_a_number_word_inside_a_folded_phrase_is_read_without_error(shipped_checker, statement):
    """'four' in 'the campaign against the four pests' is read as a figure while the phrase around
    it folds into one word: the words before the figure may then outnumber the window's own
    (an IndexError until December 2026)."""
    assert shipped_checker.check(statement).verdict in set(Verdict)


@pytest.mark.parametrize(("statement", "verdict"), [
    ("Xinyang, which lost at least a million people to hunger, lies in Anhui.", Verdict.CONFLICTING),
    ("Xinyang, which lost at least a million people to hunger, lies in Henan.", Verdict.SUPPORTED),
    ("Fengyang county in Henan lost a quarter of its people.", Verdict.CONFLICTING),
])
def test_a_place_put_in_the_wrong_province_past_an_aside(shipped_checker, statement, verdict):
    """Where a sentence puts a place the lexicon knows ('within'), an aside between the place and
    the province ('..., which ...,') is passed over."""
    assert shipped_checker.check(statement).verdict == verdict


def test_a_figure_of_a_county_in_its_province_is_the_countys(shipped_checker):
    """'Fengyang county in Anhui': the figure is the county's, not all China's (two places, one
    within the other, scope a figure to the inner one), so a county's population is no national
    death toll outside every estimate."""
    result = shipped_checker.check("In Fengyang county in Anhui about a quarter of its 330,000 people died.")
    assert result.verdict != Verdict.CONFLICTING
    assert any("Fengyang" in r.message for r in result.reasons)


@pytest.mark.parametrize(("statement", "verdict"), [
    ("The communes were not dissolved when the famine ended; they survived into the early 1980s.",
     Verdict.SUPPORTED),
    ("The people's communes were not abolished in the 1980s.", Verdict.CONFLICTING),
    ("Peng Dehuai was not dismissed after the Lushan Conference.", Verdict.CONFLICTING),
])
def test_a_denial_at_another_time_is_no_denial_of_the_claim(shipped_checker, statement, verdict):
    """'Not dissolved when the famine ended' denies the end at the famine's time, which does not
    contradict an end in the early 1980s; a denial at the claim's own time still does."""
    assert shipped_checker.check(statement).verdict == verdict


@pytest.mark.parametrize(("statement", "verdict"), [
    ("Kung and Lin's article 'The Causes of China's Great Leap Famine, 1959-1961' came out in 2003 in "
     "Economic Development and Cultural Change.", Verdict.SUPPORTED),
    ("Kung and Lin's article 'The Causes of China's Great Leap Famine, 1959-1961' came out in 2013 in "
     "Economic Development and Cultural Change.", Verdict.CONFLICTING),
])
def test_a_wrong_year_of_a_work_is_asserted_only_with_that_year(shipped_checker, statement, verdict):
    """The recorded misconception that Kung and Lin's article appeared in 2013 is asserted only by a
    sentence giving 2013: works' years are left out of the claims' dates, so the years of the
    misconception's texts are set against those of the claim correcting it."""
    assert shipped_checker.check(statement).verdict == verdict


@pytest.mark.parametrize(("statement", "verdict"), [
    # a co-author the base's work does not have: another work, which the base does not hold
    ("Dali Yang, Huayu Xu and Ran Tao disputed the career-incentive account in a 2014 article in the "
     "Journal of Contemporary China.", Verdict.UNKNOWN),
    # one author alone of a two-author book, with another year: may be another of her books
    ("Jung Chang's memoir Wild Swans was first published in 1991.", Verdict.UNKNOWN),
    # both authors, or 'and colleagues', with the wrong year: the base's work, wrongly dated
    ("Jung Chang and Jon Halliday published Mao: The Unknown Story in 1991.", Verdict.CONFLICTING),
    ("Ashton and his colleagues published their reconstruction of the famine deaths in 1994.", Verdict.CONFLICTING),
])
def test_a_wrong_year_or_venue_needs_the_works_own_authors(shipped_checker, statement, verdict):
    assert shipped_checker.check(statement).verdict == verdict


def test_a_figure_across_a_contrast_is_not_the_named_works(shipped_checker):
    """'Official figures give 15 million, whereas Dikötter puts it at 45 million or more': the
    15 million is the official figure, not Dikötter's, so it does not contradict his estimate."""
    statement = "Official figures give 15 million famine deaths, whereas Dikötter puts the toll at 45 million or more."
    assert shipped_checker.check(statement).verdict != Verdict.CONFLICTING
    assert shipped_checker.check("Dikötter puts the famine's toll at 15 million deaths.").verdict == Verdict.CONFLICTING


@pytest.mark.parametrize(("statement", "verdict"), [
    ("The famine started only after Moscow withdrew its experts from China.", Verdict.CONFLICTING),
    ("The famine started after the Soviet experts had left.", Verdict.CONFLICTING),
    ("The Great Leap Forward began before the Soviet experts left.", Verdict.SUPPORTED),
])
def test_an_event_in_words_is_dated_by_a_claim_of_its_own_kind(shipped_checker, statement, verdict):
    """'Moscow withdrew its experts' is a recall, dated by the claims' recall (1960), which came
    after the famine began (1959); 'left' is a word of that happening too."""
    assert shipped_checker.check(statement).verdict == verdict


def test_what_befell_a_person_must_be_what_the_claim_says(shipped_checker):
    """'Executed' (lexicon `fates`) is not spoken of by a claim that Mao attacked Peng Dehuai at
    Lushan; a claim about killings speaks of it in any form of the word."""
    result = shipped_checker.check("Peng Dehuai was executed at Lushan for criticising Mao.")
    assert result.verdict == Verdict.UNKNOWN
    assert any("executed" in r.message for r in result.reasons)
    assert shipped_checker.check("Dikötter writes that some victims of the famine were summarily executed.").verdict \
        != Verdict.UNKNOWN


def test_a_number_that_starts_a_name_is_no_figure(shipped_checker):
    """'the four pests', 'the 7,000 Cadres Conference': a number the lexicon folds into a name is
    part of the name, so no claim need speak of a figure 'four'."""
    statement = shipped_checker.reader.statement("Sparrows were put on the list of the four pests because they ate grain.")
    assert statement.figures == ()
    assert shipped_checker.check("Sparrows were put on the four pests list because they ate grain.").verdict \
        == Verdict.SUPPORTED
    assert [f.quantity.text for f in shipped_checker.reader.statement("Four million died.").figures] == ["Four million"]


def test_a_toll_in_a_sentence_about_another_event_alone_is_not_the_famines(shipped_checker):
    """'The Cultural Revolution killed ten million': the figure is that event's toll, which no
    claim measures, not a famine toll that fits some estimates; the figures of a sentence about
    another event alone are judged only by claims about that event."""
    assert shipped_checker.check("The Cultural Revolution took around 10 million lives.").verdict == Verdict.UNKNOWN
    assert shipped_checker.check("In the Anti-Rightist Campaign hundreds of thousands of critics were sent to labour "
                                 "camps.").verdict != Verdict.CONFLICTING
    assert shipped_checker.check("The famine of the Great Leap took around 30 million lives.").verdict != Verdict.UNKNOWN


@pytest.mark.parametrize(("statement", "verdict"), [
    ("According to Dikötter, 30 to 40 per cent of the houses in the countryside were built during the Leap.",
     Verdict.CONFLICTING),
    ("According to Dikötter, 30 to 40 per cent of the houses in the countryside were destroyed during the Leap.",
     Verdict.SUPPORTED),
    ("The village furnaces turned out high-grade steel.", Verdict.CONFLICTING),
])
def test_building_against_destroying_and_high_grade_against_poor(shipped_checker, statement, verdict):
    assert shipped_checker.check(statement).verdict == verdict


@pytest.mark.parametrize(("statement", "verdict"), [
    ("After the Lushan Conference Peng Dehuai kept his post as minister of defence.", Verdict.CONFLICTING),
    ("The famine was not confined to Anhui: Sichuan, Gansu and Guizhou were among the worst hit too.",
     Verdict.SUPPORTED),
])
def test_kept_his_post_and_not_confined_to(shipped_checker, statement, verdict):
    """'Kept his post' is a phrase of staying (the word 'kept' alone is not); 'confined to' is a
    word of exclusivity, so 'not confined to Anhui' grants Anhui a part rather than denying it."""
    assert shipped_checker.check(statement).verdict == verdict


@pytest.mark.parametrize(("statement", "verdict"), [
    ("The Anti-Rightist Campaign came about in response to the failures of the Great Leap Forward.",
     Verdict.CONFLICTING),
    ("The famine was set off by the Soviet Union's recall of its experts.", Verdict.CONFLICTING),
])
def test_a_response_to_and_set_off_by_are_causes_dated_like_any(shipped_checker, statement, verdict):
    """'A was a response to B' and 'A was set off by B' say B caused A, which a B that began after A
    refutes (the Anti-Rightist Campaign of 1957 before the Leap; the experts left in 1960)."""
    assert shipped_checker.check(statement).verdict == verdict


def test_the_claim_that_names_everyone_the_sentence_names_is_its_main_claim(shipped_checker):
    """'Huang Kecheng was not condemned with Peng at Lushan': the closest claim (Mao's attack on
    Peng) leaves Huang out, so the claim naming Huang, Peng and the others condemned as an
    anti-party clique is the one the sentence is about, and its denial conflicts with it."""
    result = shipped_checker.check("At Lushan, Huang Kecheng was not condemned together with Peng Dehuai.")
    assert result.verdict == Verdict.CONFLICTING
    assert result.claim is not None and "Huang Kecheng" in result.claim.statement


def test_a_list_of_names_is_one_clause():
    from glfcheck.judging.elements import clause_spans

    text = "Peng Dehuai, Huang Kecheng, Zhang Wentian and Zhou Xiaozhou were condemned at Lushan, while Mao won."
    assert [text[a:b].strip() for a, b in clause_spans(text)] == [
        "Peng Dehuai, Huang Kecheng, Zhang Wentian and Zhou Xiaozhou were condemned at Lushan", "Mao won."]


def test_the_years_of_a_works_title_date_nothing(shipped_checker):
    """'The Causes of China's Great Leap Famine, 1959-1961' names an article: its years are no date
    a claim must speak of, in the sentence or in a claim's own text."""
    statement = ("The Causes of China's Great Leap Famine, 1959-1961, by Kung and Lin, appeared in Economic "
                 "Development and Cultural Change.")
    assert shipped_checker.reader.statement(statement).dates == ()
    assert shipped_checker.check(statement).verdict == Verdict.SUPPORTED


@pytest.mark.parametrize(("statement", "verdict"), [
    ("According to the official figures the death rate reached its peak in 1959.", Verdict.CONFLICTING),
    ("According to the official figures the death rate reached its peak in 1960.", Verdict.SUPPORTED),
])
def test_a_peak_is_dated_by_the_peak(shipped_checker, statement, verdict):
    """'Peaked in 1958' is not within 'doubled between 1957 and 1960': a peak (lexicon dating kind)
    is dated only by the claim's peak, 1960."""
    assert shipped_checker.check(statement).verdict == verdict


@pytest.mark.parametrize(("statement", "verdict"), [
    ("Kung and Chen found that provinces under full members of the Central Committee procured more grain than "
     "provinces under alternate members.", Verdict.CONFLICTING),
    ("Kung and Chen found that provinces under alternate members of the Central Committee procured more grain than "
     "provinces under full members.", Verdict.SUPPORTED),
])
def test_what_follows_than_is_the_comparison_not_the_subject(shipped_checker, statement, verdict):
    """Full and alternate membership are opposites; in 'A procured more than B' what follows 'than'
    is what A is compared with, so the sentence gives the larger share to A."""
    assert shipped_checker.check(statement).verdict == verdict


def test_what_a_sentence_blames_must_be_what_the_claim_names(shipped_checker):
    """'Lin blamed the crisis on bad weather' is not spoken of by the claim that his 1990 article
    blamed the loss of the right to leave the collectives (lexicon `blaming`)."""
    result = shipped_checker.check("Justin Yifu Lin's 1990 article in the Journal of Political Economy blamed the "
                                   "crisis on bad weather.")
    assert result.verdict == Verdict.UNKNOWN
    assert any("cause or purpose" in r.message for r in result.reasons)


@pytest.mark.parametrize(("statement", "verdict"), [
    ("Calamity and Reform in China is a book by Dennis Tao Yang.", Verdict.CONFLICTING),
    ("Calamity and Reform in China is a book by Dali Yang.", Verdict.SUPPORTED),
])
def test_a_title_given_to_a_namesake_of_its_author(shipped_checker, statement, verdict):
    """Dennis Tao Yang (Lin and Yang 2000) shares a surname with Dali Yang, who wrote Calamity and
    Reform in China: the given name says which Yang the sentence names."""
    assert shipped_checker.check(statement).verdict == verdict


def test_a_cause_given_after_because_of_must_be_the_claims(shipped_checker):
    """'Launched in 1958 because of a drought': the claim that the Leap was launched in 1958 says
    nothing of a drought (lexicon `owing`), so the cause is left open."""
    result = shipped_checker.check("The Great Leap Forward was launched in 1958 because of a drought.")
    assert result.verdict == Verdict.UNKNOWN
    assert shipped_checker.check("The Great Leap Forward was launched in 1958.").verdict == Verdict.SUPPORTED


def test_a_year_that_dates_an_event_in_its_own_clause_is_no_figures_period(shipped_checker):
    """'..., counted about 30 million deaths, and dated the famine 1955-1957': the years date the
    famine in their own clause, and are judged as its dates, not taken as the figure's period."""
    statement = ("Writing in the BMJ, Smil counted about 30 million deaths and as many lost births, "
                 "and dated the famine from 1955 to 1957.")
    assert [d.span.text for d in shipped_checker.reader.statement(statement).dates] == ["from 1955 to 1957"]
    assert shipped_checker.check(statement).verdict == Verdict.CONFLICTING


@pytest.mark.parametrize(("statement", "verdict"), [
    ("Early in 1961 the army was sent into Xinyang, which broke the famine there.", Verdict.SUPPORTED),
    ("The army was sent in to break the famine in Xinyang in 1959, before the Lushan Conference.",
     Verdict.CONFLICTING),
])
def test_irregular_verb_forms_meet_their_base_form(shipped_checker, statement, verdict):
    """'Broke' and 'break' (lexicon synonyms for verb forms the stemmer cannot meet)."""
    assert shipped_checker.check(statement).verdict == verdict


@pytest.mark.parametrize("statement", [
    "After Lushan a new purge swept the country, and anyone who had doubted the Great Leap Forward was hunted down.",
    "After his clash with Peng Dehuai at Lushan in 1959, Mao revived the Great Leap Forward.",
    "The First Five-Year Plan largely succeeded, whereas the Great Leap Forward failed.",
])
def test_an_order_is_read_between_the_events_it_joins(shipped_checker, statement):
    """'After Lushan, X ...' puts X after Lushan only when X is the main clause's subject; an
    order word does not reach across a contrast ('succeeded, whereas the Leap failed' is no
    succession). None of these says the Leap came after Lushan or before the First Plan."""
    assert shipped_checker.check(statement).verdict != Verdict.CONFLICTING
    assert shipped_checker.check("After the Lushan Conference, the Great Leap Forward began.").verdict \
        == Verdict.CONFLICTING


def test_a_year_attached_to_an_event_dates_the_event_not_the_work_beside_it(shipped_checker):
    """'Bernstein's 2006 article calls Mao's handling of the famine of 1959-1960 a study in
    wilfulness': 1959-1960 dates the famine (an event), though a work noun stands near it."""
    statement = ("Bernstein's 2006 China Quarterly article calls Mao's handling of the famine of 1959-1960 "
                 "a study in wilfulness.")
    dates = {d.span.text: d.kind for d in shipped_checker.reader.statement(statement).dates}
    assert dates.get("1959-1960") != "publish"
    assert shipped_checker.check(statement).verdict == Verdict.SUPPORTED


def test_since_before_a_year_starts_no_clause():
    from glfcheck.judging.elements import clause_spans

    text = "The resolution on the party's history since 1949 was adopted in June 1981."
    assert len(clause_spans(text)) == 1


def test_a_misconception_resting_on_a_comparison_needs_one(shipped_checker):
    """The misconception that the famine killed more in the cities than in the countryside is not
    asserted by a sentence saying people starved in the countryside (lexicon `comparatives`)."""
    assert shipped_checker.check("Grain was taken to feed the cities, and people starved in the countryside.").verdict \
        != Verdict.CONFLICTING
    assert shipped_checker.check("The famine killed more people in the cities than in the countryside.").verdict \
        == Verdict.CONFLICTING


@pytest.mark.parametrize(("statement", "verdict"), [
    ("The famine killed no fewer than 30 million people.", Verdict.CONTESTED),
    ("No more than 2 million people died in the famine.", Verdict.CONFLICTING),
    ("The famine did not kill more than 5 million people.", Verdict.CONFLICTING),
])
def test_a_bound_is_no_negation_and_a_denied_bound_is_the_other_bound(shipped_checker, statement, verdict):
    """'no fewer than 30 million' is a bound, not a denial of the sentence (lexicon synonyms `least`,
    `most`): it was conflicting by polarity. 'did not kill more than 5 million' is at most 5 million."""
    assert shipped_checker.check(statement).verdict == verdict


def test_a_misconception_naming_a_cause_needs_a_cause_named(shipped_checker):
    """'Not until July 1960 did the Soviet Union withdraw its experts' dates the withdrawal; it does
    not assert the misconception that the withdrawal caused the famine (lexicon `causal`)."""
    assert shipped_checker.check("Not until July 1960, long after mass starvation had begun, did the Soviet Union "
                                 "withdraw its experts.").verdict != Verdict.CONFLICTING
    assert shipped_checker.check("The famine happened because the Soviets withdrew their experts.").verdict \
        == Verdict.CONFLICTING


def test_a_figure_a_work_reports_as_others_is_not_its_own(shipped_checker):
    """'Dikötter writes that earlier estimates ran from 15 to 32 million': those figures are not
    Dikötter's, so they do not contradict his 45 million (lexicon `others_figures`)."""
    statement = ("Dikötter writes that earlier estimates ran from 15 to 32 million deaths, but that the archives "
                 "point to at least 45 million.")
    assert shipped_checker.check(statement).verdict != Verdict.CONFLICTING


@pytest.mark.parametrize(("statement", "verdicts"), [
    ("The famine began in 1959.", {Verdict.SUPPORTED}),
    ("Some historians date the start of the famine to 1958 rather than 1959.", {Verdict.SUPPORTED, Verdict.UNKNOWN}),
])
def test_plain_dates_of_the_famine(shipped_checker, statement, verdicts):
    """'The famine began in 1959' was conflicting through a claim that Mitterrand said there was no
    famine in 1961 (Mitterrand was no name of the lexicon, so the claim seemed to be about the
    famine itself); a sentence choosing one of a claim's dates over another it gives ('1958 rather
    than 1959') does not contradict it."""
    assert shipped_checker.check(statement).verdict in verdicts


def test_a_year_of_a_recovery_from_an_event_does_not_date_the_event(shipped_checker):
    """'A full recovery from the famine only began in 1962' dates the recovery, not the famine."""
    statement = shipped_checker.reader.statement("A full recovery from the famine only began in 1962.")
    assert [d.event for d in statement.dates] == [None]
    assert shipped_checker.check("A full recovery from the famine only began in 1962.").verdict != Verdict.CONFLICTING


@pytest.mark.parametrize(("statement", "verdict"), [
    ("According to the official statistics grain output kept rising every year from 1958 to 1961.",
     Verdict.CONFLICTING),
    ("Lower-level officials sent up inflated harvest figures to make their communes look successful.",
     Verdict.SUPPORTED),
])
def test_a_misconception_is_explained_only_by_a_claim_that_says_which_way(shipped_checker, statement, verdict):
    """A true claim that agrees on a year but says nothing of which way output went (a 1958
    harvest figure) does not explain away 'output rose every year'; 'lower-level officials' are
    local cadres, not a word of decrease."""
    assert shipped_checker.check(statement).verdict == verdict


def test_a_purpose_given_must_be_the_claims_whole(shipped_checker):
    """'The Lushan conference was held to launch the communes': the claim that it met in the summer
    of 1959 names no such purpose (lexicon `purpose`), so it is left open rather than supported."""
    assert shipped_checker.check("The Lushan Conference of 1959 was held in order to launch the people's communes.") \
        .verdict == Verdict.UNKNOWN


def test_a_dated_misconception_of_weather_alone_conflicts(shipped_checker):
    """'Bad weather alone caused the famine of 1959-61' was supported: of the claim's two clauses
    sharing as many words with it, the one sharing only the famine and its years was compared, and
    its 'man-made' stood too far from anything the sentence said of the weather."""
    assert shipped_checker.check("Bad weather on its own caused the famine of 1959-1961.").verdict == Verdict.CONFLICTING


def test_a_title_that_only_names_the_event_names_no_work(shipped_checker):
    """Li and Yang's article is 'The Great Leap Forward: Anatomy of ...': a sentence naming the Great
    Leap Forward and a year of 2002 says nothing of that article's year. Its whole title does."""
    assert shipped_checker.check("A 2002 volume of local historical materials blamed the Great Leap Forward for the "
                                 "famine in Gansu.").verdict != Verdict.CONFLICTING
    assert shipped_checker.check("Li and Yang published The Great Leap Forward: Anatomy of a Central Planning "
                                 "Disaster in 2001.").verdict == Verdict.CONFLICTING


def test_a_sentence_about_one_author_is_not_about_another_authors_work(shipped_checker):
    """'Dikötter ... relied on refugee interviews' shares its words with the claim that Becker's book
    relied on interviews; it is not about Becker's book, so that claim cannot support it."""
    assert shipped_checker.check("Dikotter did not use party archives but relied on refugee interviews.").verdict \
        != Verdict.SUPPORTED
    assert shipped_checker.check("Becker relied on interviews rather than archives.").verdict == Verdict.SUPPORTED


def test_a_name_set_off_by_commas_is_no_clause():
    """'in Xinyang prefecture, Henan, between the winter of 1959 and the spring of 1960': the dates
    stay in the clause that says who died where."""
    from glfcheck.judging.elements import clause_spans

    assert len(clause_spans("A million people starved in Xinyang prefecture, Henan, between 1959 and 1960.")) == 1
    assert len(clause_spans("The harvest failed, and people starved.")) == 2


def test_a_later_time_measured_from_the_famine_is_another_subject(shipped_checker):
    """'China's fall in population in 2022 was its first since the famine': the famine only measures
    a later time, so the claims' dates of the famine do not contradict 2022. A year of the famine
    itself that is wrong still conflicts."""
    result = shipped_checker.check("China's fall in population in 2022 was its first since the famine brought on "
                                   "by Mao's Great Leap Forward.")
    assert result.verdict == Verdict.UNKNOWN and "later time" in result.reasons[0].message
    assert shipped_checker.check("The famine began in 2005.").verdict == Verdict.CONFLICTING


def test_a_title_after_an_authors_possessive_that_is_not_their_work_is_another_work(shipped_checker):
    """Zhou Xun's Forgotten Voices (2013) is not the Documentary History the base holds (2012): its
    year contradicts nothing. Her Documentary History given 2013 still conflicts, and a journal's
    name after the possessive is no title."""
    assert shipped_checker.check("Zhou Xun's Forgotten Voices of Mao's Great Famine, 1958–1962: An Oral History was "
                                 "published by Yale University Press in 2013.").verdict != Verdict.CONFLICTING
    assert shipped_checker.check("Zhou Xun's The Great Famine in China was published by Yale University Press in "
                                 "2013.").verdict == Verdict.CONFLICTING
    assert shipped_checker.check("Thomas Bernstein's 2006 China Quarterly article calls Mao's handling of the famine "
                                 "of 1959-1960 a study in wilfulness.").verdict == Verdict.SUPPORTED


@pytest.mark.parametrize(("statement", "verdict"), [
    ("The furnaces produced not useful steel but worthless pig iron.", Verdict.SUPPORTED),
    ("The furnaces produced not worthless pig iron but useful steel.", Verdict.CONFLICTING),
])
def test_what_not_y_but_x_sets_aside_asserts_nothing(shipped_checker, statement, verdict):
    """'not useful steel but worthless pig iron' asserts 'worthless', not 'useful': it was conflicting
    by the pair useful/worthless. Turned round, the opposite it asserts and the claim's word it rules
    out are one contradiction said twice, and must not cancel out (it was supported)."""
    assert shipped_checker.check(statement).verdict == verdict


def test_the_end_of_a_stretch_from_one_date_to_another_is_an_end(shipped_checker):
    """'from 27 April 1959 to 31 October 1968': the claim dates only the start (1959), so 1968, the
    end, is left open rather than contradicted; a wrong start still conflicts."""
    result = shipped_checker.check("Liu Shaoqi was Chairman of the People's Republic from 27 April 1959 to "
                                   "31 October 1968.")
    assert result.verdict != Verdict.CONFLICTING
    assert shipped_checker.check("Liu Shaoqi was Chairman of the People's Republic from 1962 to 1968.").verdict \
        == Verdict.CONFLICTING


def test_famines_before_1949_are_other_famines(shipped_checker):
    result = shipped_checker.check("Before 1949 floods and droughts were China's twin scourges, often bringing "
                                   "famines that killed hundreds of thousands.")
    assert result.verdict == Verdict.UNKNOWN and "before 1949" in result.reasons[0].message


def test_a_new_campaign_of_a_kind_is_not_the_named_one(shipped_checker):
    """'a harsh new anti-rightist campaign that lasted into 1960' is the campaign of 1959-60, not the
    Anti-Rightist Campaign of 1957, whose date it does not contradict; the named one still is dated."""
    assert shipped_checker.check("After clashing with Peng Dehuai at Lushan in July 1959, Mao revived the Great Leap "
                                 "with a harsh new anti-rightist campaign that lasted into the spring of 1960.").verdict \
        != Verdict.CONFLICTING
    assert shipped_checker.check("The Anti-Rightist Campaign lasted into 1960.").verdict == Verdict.CONFLICTING


def test_deaths_in_the_camps_are_not_the_famines_toll(shipped_checker):
    """'about three million people died in the labour camps' (Dikötter's figure) measures deaths in
    the camps (lexicon measure `camp-deaths`), not his 45 million of the whole famine."""
    statement = "By Dikötter's estimate about three million people died in the labour and re-education camps."
    figures = shipped_checker.reader.statement(statement).figures
    assert [f.measure for f in figures] == ["camp-deaths"]
    assert shipped_checker.check(statement).verdict != Verdict.CONFLICTING


def test_what_a_sentence_sets_its_subject_against_is_not_asserted(shipped_checker):
    """'Unlike earlier Chinese famines, caused mainly by drought or floods, the famine of 1958-61 was the
    direct result of Mao's political decisions' does not assert the misconception that drought and
    floods caused the famine; nor is 'Unlike the Bengal famine, the Chinese famine ...' about Bengal."""
    assert shipped_checker.check("Unlike earlier Chinese famines, caused mainly by drought or floods, the famine of "
                                 "1958-61 was the direct result of Mao's political decisions.").verdict \
        != Verdict.CONFLICTING
    result = shipped_checker.check("Unlike the Bengal famine, the Chinese famine was caused by drought and floods.")
    assert not any("another famine" in r.message for r in result.reasons)


def test_a_sentence_giving_a_name_asserts_no_misconception_it_carries(shipped_checker):
    """'The Communist Party commonly calls the famine the Three Years of Natural Disasters' reports a
    name (lexicon `naming`); it does not assert that nature caused the famine, which still conflicts."""
    assert shipped_checker.check("The Communist Party commonly calls the famine the Three Years of Natural Disasters "
                                 "or the Three Years of Difficulty.").verdict != Verdict.CONFLICTING
    assert shipped_checker.check("The famine was caused by three years of natural disasters.").verdict \
        == Verdict.CONFLICTING


def test_a_year_of_an_edition_joined_to_a_works_year_dates_an_edition(shipped_checker):
    """'first published in Hong Kong in 2008 and in English in 2012': 2012 dates the English edition
    (the same author's), not the Chinese original; a wrong first year still conflicts."""
    assert shipped_checker.check("Yang Jisheng's Tombstone, first published in Hong Kong in 2008 and in English in "
                                 "2012, gives a figure of about 36 million deaths.").verdict != Verdict.CONFLICTING
    assert shipped_checker.check("Yang Jisheng's Tombstone was first published in 2005.").verdict \
        == Verdict.CONFLICTING


def test_a_surveys_year_is_no_works_year(shipped_checker):
    """'a 2001 survey of 12,567 women' dates the survey, not Song's article (2010)."""
    assert shipped_checker.check("Using pregnancy histories from a 2001 survey of 12,567 Chinese women, Shige Song "
                                 "found that exposure to the famine before birth had no long-term effect on the risk "
                                 "of miscarriage.").verdict != Verdict.CONFLICTING


@pytest.mark.parametrize(("statement", "verdict"), [
    ("The Chayashan commune was set up in Xushui county.", Verdict.CONFLICTING),
    ("The Chayashan commune was set up in Suiping county.", Verdict.SUPPORTED),
])
def test_a_place_put_in_a_county_of_another_province_conflicts(shipped_checker, statement, verdict):
    """Put 'in' a county the lexicon places in a province (Xushui, Hebei), a commune the lexicon
    places in Henan is in the wrong province."""
    assert shipped_checker.check(statement).verdict == verdict


def test_a_bare_range_beside_a_figure_with_a_unit_takes_its_unit(shipped_checker):
    """'in two or three years and America's in eight to ten': eight to ten years."""
    statement = ("Mao promised to catch up with Britain's steel output in two or three years and America's in "
                 "eight to ten.")
    figures = shipped_checker.reader.statement(statement).figures
    assert [(f.quantity.unit, f.quantity.low, f.quantity.high) for f in figures] == [("years", 2, 3), ("years", 8, 10)]


@pytest.mark.parametrize(("statement", "verdict"), [
    ("By the close of 1958 barely one rural household in a hundred remained outside the people's communes.",
     {Verdict.SUPPORTED, Verdict.UNKNOWN}),
    ("By the end of 1958 half of rural households remained outside the communes.", {Verdict.CONFLICTING}),
])
def test_a_share_that_stays_outside_is_the_complement_inside(shipped_checker, statement, verdict):
    """One household in a hundred outside the communes is 99 per cent inside, which the sources give."""
    assert shipped_checker.check(statement).verdict in verdict


@pytest.mark.parametrize("statement", [
    "Justin Yifu Lin argued that restoring the peasants' right to leave the collectives in 1958 triggered the "
    "agricultural crisis.",
    "Lin argued that the crisis followed the restoration of the right to leave the collectives.",
])
def test_restoring_a_right_is_the_opposite_of_removing_it(shipped_checker, statement):
    """Lin blamed the removal (loss) of the right to leave the collectives, not its restoration."""
    assert shipped_checker.check(statement).verdict == Verdict.CONFLICTING


def test_what_might_be_reached_is_a_forecast(shipped_checker):
    """'might reach 40 million tons within fifteen years' is a forecast (lexicon `aimed`), which the
    steel output of 1957 does not contradict; what was made that year is still compared."""
    statement = ("At the Moscow conference in November 1957 Mao said China had made 5.2 million tons of steel that "
                 "year and might reach 40 million tons within fifteen years, enough to overtake Britain.")
    assert shipped_checker.check(statement).verdict != Verdict.CONFLICTING
    measures = {f.quantity.text: f.measure for f in shipped_checker.reader.statement(statement).figures}
    assert measures["5.2 million tons"] == "steel-output" and measures["40 million tons"] != "steel-output"


@pytest.mark.parametrize(("statement", "verdict"), [
    ("The famine struck not mainly the cities but the countryside.", Verdict.SUPPORTED),
    ("The famine struck not the countryside but the cities.", Verdict.CONFLICTING),
])
def test_not_mainly_y_but_x_denies_only_that_y_was_the_main_part(shipped_checker, statement, verdict):
    assert shipped_checker.check(statement).verdict == verdict


@pytest.mark.parametrize("statement", [
    "North Korea suffered a devastating famine in the mid-1990s.",
    "Ethiopia suffered a severe famine in 1983 to 1985.",
    "In 1932 Stalin requisitioned almost half of Ukraine's already shrunken grain harvest.",
    "China also suffered a terrible famine in the 1940s, before the communists took power.",
    "About a million people died in the Irish potato famine.",
    "The famine in Democratic Kampuchea between 1975 and 1979 killed up to one and a half million people.",
])
def test_another_country_or_era_is_another_subject(shipped_checker, statement):
    """True sentences about other famines were called false by the Leap's claims."""
    result = shipped_checker.check(statement)
    assert result.verdict == Verdict.UNKNOWN and result.reasons[0].aspect == Aspect.SUBJECT


@pytest.mark.parametrize("statement", ["Mao visited Moscow in 1957.", "The Soviet Union recalled its experts in 1960."])
def test_another_country_in_the_mao_era_is_still_checked(shipped_checker, statement):
    assert shipped_checker.check(statement).verdict == Verdict.SUPPORTED


def test_a_working_papers_year_is_not_the_published_works(shipped_checker):
    """A working paper or draft may come out years before (or after) the version the base holds: its
    year does not contradict the work's; an article given a wrong year still does."""
    result = shipped_checker.check("An, Li and Yang's 2001 working paper estimated the famine's excess deaths.")
    assert not any(r.aspect == Aspect.REFERENCE and r.outcome == Outcome.CONFLICTS for r in result.reasons)
    assert shipped_checker.check("An, Li and Yang's 2001 article estimated the famine's excess deaths.").verdict \
        == Verdict.CONFLICTING


def test_nothing_is_ruled_out_through_a_light_verb(shipped_checker):
    """'..., but not what became of them' rules out nothing of a claim that the scale 'became clear'
    (lexicon `light_verbs`)."""
    assert shipped_checker.check("Census data show that 950,000 people left Shanghai between 1953 and 1964, but not "
                                 "what became of them.").verdict != Verdict.CONFLICTING


def test_a_negation_in_a_clause_of_purpose_denies_the_purpose_only(shipped_checker):
    """'beat drums ... so the sparrows could never land' beats the drums; the 'never' is the aim's."""
    assert shipped_checker.check("People beat drums and banged pots and pans so the sparrows could never land, until "
                                 "the exhausted birds dropped from the sky.").verdict == Verdict.SUPPORTED
    assert shipped_checker.check("Villagers did not beat drums to exhaust the sparrows.").verdict \
        == Verdict.CONFLICTING


def test_going_after_something_orders_nothing(shipped_checker):
    """'the campaign went after rats, flies, mosquitoes and sparrows' pursues them; and an 'after'
    far from an event does not make that event the later one."""
    statement = ("Launched in 1958, the Four Pests campaign went after rats, flies, mosquitoes and sparrows, until in "
                 "1960, after warnings from ornithologists such as Tso-hsin Cheng, bed bugs replaced the sparrows.")
    assert not shipped_checker.reader.statement(statement).orders
    assert shipped_checker.check(statement).verdict != Verdict.CONFLICTING


def test_a_negated_sentence_agreeing_with_a_negated_phrasing_agrees_with_the_claim(shipped_checker):
    """'Tombstone has never been published in mainland China' says what the claim's 'cannot be
    published in mainland China' says, though its phrasing 'is still banned on the mainland' has no
    negation; a sentence denying the claim still conflicts."""
    assert shipped_checker.check("Tombstone has never been published in mainland China; it first appeared in Hong "
                                 "Kong in 2008.").verdict == Verdict.SUPPORTED
    assert shipped_checker.check("Tombstone was published in mainland China in 2008.").verdict == Verdict.CONFLICTING


def test_a_question_asserts_nothing(shipped_checker):
    result = shipped_checker.check("How many people really died in the Great Leap famine?")
    assert result.verdict == Verdict.UNKNOWN and "question" in result.reasons[0].message


def test_two_places_listed_together_put_neither_in_the_other(shipped_checker):
    """'survivors she interviewed in Xinyang and in Anhui' names two places; 'the Xinyang incident
    happened in Anhui' puts Xinyang in the wrong province."""
    assert shipped_checker.check("Zhou Xun said that survivors she interviewed in Xinyang and in Anhui told her almost "
                                 "every village had incidents of cannibalism.").verdict != Verdict.CONFLICTING
    assert shipped_checker.check("The Xinyang incident happened in Anhui.").verdict == Verdict.CONFLICTING


@pytest.mark.parametrize("statement, verdict", [
    ("The Great Leap Forward came before the Hundred Flowers campaign and the Anti-Rightist movement.",
     Verdict.CONFLICTING),
    ("The Great Leap Forward came after the Hundred Flowers campaign and the Anti-Rightist movement.",
     Verdict.SUPPORTED),
    ("The Great Leap Forward came before the Hundred Flowers campaign.", Verdict.CONFLICTING),
])
def test_every_event_listed_after_an_order_word_is_ordered(shipped_checker, statement, verdict):
    """'before X and Y' orders the Leap before both; the Hundred Flowers (1956-57) is an event the
    base dates, so sharing the words 'came before' and 'campaign' with the Anti-Rightist claim
    supports nothing."""
    assert shipped_checker.check(statement).verdict == verdict


def test_events_listed_with_words_between_are_not_ordered_together(shipped_checker):
    orders = shipped_checker.reader.statement(
        "The Great Leap Forward came after the Anti-Rightist Campaign ended the Hundred Flowers.").orders
    assert {(o.later, o.earlier) for o in orders} == {("glf", "anti_rightist_campaign")}


def test_a_small_number_that_is_part_of_a_counted_whole_is_a_figure(shipped_checker):
    """'about 250 of the 3,000 prisoners' counts prisoners, though 250 alone would be a bare
    number: compared with the camp's deaths it conflicts; the sources' 2,500 agrees."""
    figures = shipped_checker.reader.statement("Only about 250 of the 3,000 prisoners at Jiabiangou died.").figures
    assert [f.quantity.text for f in figures][:1] == ["about 250"]
    assert shipped_checker.check("Only about 250 of the 3,000 prisoners at Jiabiangou died before the camp was "
                                 "closed.").verdict == Verdict.CONFLICTING
    assert shipped_checker.check("About 2,500 of the 3,000 prisoners at Jiabiangou died before the camp was "
                                 "closed.").verdict == Verdict.SUPPORTED


def test_what_a_camp_was_designed_for_is_not_what_it_held(shipped_checker):
    """'designed for about fifty inmates' is the camp's capacity (the sources: 40 or 50), not the
    3,000 it held."""
    assert shipped_checker.check("Jiabiangou was designed for about 3,000 prisoners.").verdict == Verdict.CONFLICTING
    assert shipped_checker.check("Jiabiangou was designed for about fifty inmates, yet it held some three thousand, "
                                 "more than 2,500 of whom starved to death.").verdict != Verdict.CONFLICTING


@pytest.mark.parametrize("statement, verdict", [
    ("Roderick MacFarquhar's volume on the Great Leap Forward in The Origins of the Cultural Revolution came out in "
     "1997.", Verdict.CONFLICTING),
    ("Roderick MacFarquhar's volume on the Great Leap Forward in The Origins of the Cultural Revolution came out in "
     "1983.", Verdict.SUPPORTED),
    ("The third volume of MacFarquhar's Origins of the Cultural Revolution, The Coming of the Cataclysm, came out in "
     "1997.", Verdict.SUPPORTED),
])
def test_a_year_of_another_volume_of_the_series_is_not_the_named_volumes(shipped_checker, statement, verdict):
    """Of the volumes of one series, the one whose own title the sentence speaks of is the work
    it dates: 1997 is the third volume's year, not that of the volume on the Great Leap Forward."""
    assert shipped_checker.check(statement).verdict == verdict


def test_a_total_over_several_years_is_not_judged_by_one_years_part(shipped_checker):
    """The base gives the official population's fall in 1960 alone (about 10 million): a fall of
    13.5 million over 1959-1961 takes it in and is neither confirmed nor contradicted by it; one
    smaller than the one year's part still conflicts, and the year's own figure still agrees."""
    assert shipped_checker.check("According to official figures, the population of China shrank by about 13.5 "
                                 "million between 1959 and 1961.").verdict != Verdict.CONFLICTING
    assert shipped_checker.check("According to official figures, the population of China shrank by about 3 "
                                 "million between 1959 and 1961.").verdict == Verdict.CONFLICTING
    assert shipped_checker.check("Official Chinese figures show the population falling by about ten million from "
                                 "1959 to 1960.").verdict == Verdict.SUPPORTED


def test_one_places_figure_is_no_contradiction_of_all_chinas(shipped_checker):
    """Anhui's registered death rate of 1960 (close to 69 per thousand) is not the national 25.4:
    a claim giving only the national figure, and not about Anhui, cannot contradict it."""
    result = shipped_checker.check("Anhwei registered the highest official provincial death rate in 1960, at close to "
                                   "69 per thousand.")
    assert result.verdict != Verdict.CONFLICTING
    assert shipped_checker.check("China's registered death rate in 1960 was about 69 per thousand.").verdict \
        == Verdict.CONFLICTING


def test_a_clause_naming_no_one_is_read_with_the_sentences_people_and_places(shipped_checker):
    """'..., which was then being praised as a model of the Leap' names nothing; read with the
    sentence's Mao and Xushui, the claim the sentence is about speaks for it. A claim the sentence
    is not about is never brought in this way."""
    result = shipped_checker.check("In the summer of 1958 Mao visited Xushui County in Hebei, which at that time was "
                                   "being praised as a model of the Great Leap.")
    assert result.verdict == Verdict.SUPPORTED
    assert any(r.claim_id == "comm-xushui-model" and "model" in r.element for r in result.reasons)


@pytest.mark.parametrize("statement, verdict", [
    ("The Beidaihe meeting was held in December 1958.", Verdict.CONFLICTING),
    ("The Beidaihe meeting was held in August 1958.", Verdict.UNKNOWN),  # the year and month fit; no claim says more
    ("The Great Leap Forward was launched in May 1958.", Verdict.SUPPORTED),
])
def test_the_month_of_a_meeting_is_checked_against_the_claim_dating_it(shipped_checker, statement, verdict):
    """A meeting of one year is dated by its claim's month too; a campaign of several years is
    not (the sources date the Leap's start to several months of 1958)."""
    assert shipped_checker.check(statement).verdict == verdict


@pytest.mark.parametrize("statement, verdict", [
    ("Jasper Becker's Hungry Ghosts put the death toll at 45 million.", Verdict.CONFLICTING),
    ("Becker put the toll at 43 to 46 million deaths.", Verdict.CONFLICTING),
    ("Coale (1984) took the roughly 16 million excess deaths implied by registration and raised it to about 27 "
     "million to allow for under-reporting.", Verdict.SUPPORTED),
])
def test_a_figure_a_work_reports_is_its_own_only_where_the_sentence_says_it_took_it_up(
        shipped_checker, statement, verdict):
    """Becker reports Chen Yizi's 43-46 million (a claim 'by' Chen Yizi) but puts the toll at over
    30 million himself; Coale took the registered 16 million and raised it (lexicon `adopting`)."""
    assert shipped_checker.check(statement).verdict == verdict


@pytest.mark.parametrize("statement, verdict", [
    ("The Soviet experts were recalled from China after the famine was over.", Verdict.CONFLICTING),
    ("The Cultural Revolution began after the famine was over.", Verdict.SUPPORTED),
])
def test_after_an_event_was_over_is_after_its_end(shipped_checker, statement, verdict):
    """'after the famine was over' is after 1961, not after its start: the experts left in 1960."""
    assert shipped_checker.check(statement).verdict == verdict


def test_a_place_that_speaks_is_its_government_not_a_place_of_the_event(shipped_checker):
    """'Peking announced that ...': Beijing speaks; it is not where the replacement happened, and
    what is announced is judged as ever."""
    supported = shipped_checker.check("In September 1959 Peking announced that Defence Minister Peng Teh-huai had been "
                                      "replaced by Marshal Lin Piao.")
    assert supported.verdict == Verdict.SUPPORTED
    assert any(r.element == "Beijing" and r.outcome == Outcome.INFO for r in supported.reasons)
    assert shipped_checker.check("In September 1959 Peking announced that Defence Minister Peng Teh-huai had been "
                                 "replaced by Marshal Zhou Enlai.").verdict == Verdict.CONFLICTING


@pytest.mark.parametrize("statement, verdict", [
    ("In the summer of 1959 the Lushan Conference was held in Shantung.", Verdict.CONFLICTING),
    ("The Chayashan Sputnik commune was first founded in Xushui county.", Verdict.CONFLICTING),
])
def test_a_place_put_a_few_words_further_in_another_province(shipped_checker, statement, verdict):
    """'the Lushan Conference of 1959 was held in Shantung' puts Lushan (Jiangxi) six words on in
    another province (PLACED_REACH)."""
    assert shipped_checker.check(statement).verdict == verdict


@pytest.mark.parametrize("statement, verdict", [
    ("Liu Shaoqi succeeded Zhou Enlai as head of state in 1959.", Verdict.CONFLICTING),
    ("Peng Dehuai was succeeded by Zhou Enlai as defence minister in 1959.", Verdict.CONFLICTING),
    ("Liu Shaoqi succeeded Mao as head of state in 1959.", Verdict.SUPPORTED),
])
def test_a_succession_with_either_person_swapped_conflicts(shipped_checker, statement, verdict):
    """Who came in or who went out may be swapped: Liu Shaoqi succeeded Mao, not Zhou Enlai."""
    assert shipped_checker.check(statement).verdict == verdict


@pytest.mark.parametrize("statement, verdict", [
    ("Mao's Great Famine was written by Yang Jisheng.", Verdict.CONFLICTING),
    ("Yang Jisheng is the author of Mao's Great Famine.", Verdict.CONFLICTING),
    ("Mao's Great Famine was written by Frank Dikötter.", Verdict.SUPPORTED),
])
def test_a_title_of_everyday_words_names_its_work_where_the_sentence_says_who_wrote_it(
        shipped_checker, statement, verdict):
    """'Mao's Great Famine' is how many sentences name the famine itself, so alone it names no work;
    'written by' or 'the author of' makes it Dikötter's book, which Yang Jisheng did not write."""
    assert shipped_checker.check(statement).verdict == verdict


def test_a_title_within_a_longer_title_is_not_that_work(shipped_checker):
    """'Forgotten Voices of Mao's Great Famine' (Zhou Xun's) is not Dikötter's 'Mao's Great Famine'."""
    result = shipped_checker.check("Forgotten Voices of Mao's Great Famine was written by the historian Yang Jisheng.")
    assert not any("Dikötter" in r.message for r in result.reasons)


def test_a_claim_naming_no_country_contradicts_nothing_about_one(shipped_checker):
    """'Mao visited the Soviet Union in 1957' is not the claim that he visited Xushui in 1958; a
    sentence putting grain imports from another country than the claim's still conflicts."""
    result = shipped_checker.check("Chairman Mao visited the Soviet Union in 1957.")
    assert result.verdict != Verdict.CONFLICTING
    assert shipped_checker.check("China imported large amounts of grain from the United States in 1959.").verdict \
        == Verdict.CONFLICTING


@pytest.mark.parametrize("statement, verdict", [
    ("Yang Jisheng's Tombstone appeared in English in 2008.", Verdict.CONFLICTING),
    ("Yang Jisheng's Tombstone appeared in English in 2012.", Verdict.SUPPORTED),
    ("Yang Jisheng's Tombstone was first published in Chinese in 2012.", Verdict.CONFLICTING),
])
def test_an_editions_year_is_that_of_the_language_the_sentence_gives(shipped_checker, statement, verdict):
    """2008 is the Chinese original's year (a source with `language: zh`), 2012 the English one's
    (lexicon `in_english`, `in_chinese`)."""
    assert shipped_checker.check(statement).verdict == verdict


def test_a_count_is_of_the_noun_the_lexicon_folds_after_it(shipped_checker):
    """'600,000 backyard furnaces' counts furnaces (the lexicon folds 'backyard furnaces' into
    one word), not 'backyard'."""
    figures = shipped_checker.reader.statement("Around 600,000 backyard furnaces were built.").figures
    assert [f.measure for f in figures] == ["backyard-furnaces"]


@pytest.mark.parametrize("statement, verdict", [
    ("The Leap's aim was to overtake Britain in steel production within fifty years.", Verdict.CONFLICTING),
    ("The Leap's aim was to overtake Britain in steel production within fifteen years.", Verdict.SUPPORTED),
])
def test_the_years_to_overtake_britain_are_an_aim_however_worded(shipped_checker, statement, verdict):
    """The years to overtake Britain are an aim in themselves: 'aimed to' does not turn them into
    another measure (and so into no figure at all)."""
    assert shipped_checker.check(statement).verdict == verdict


def test_a_short_denial_of_a_documented_fact_conflicts(shipped_checker):
    """'There was no cannibalism during the famine' says two content words; a phrasing as short
    ('There was cannibalism during the famine') lets it be about the claim, and its 'no' conflicts."""
    assert shipped_checker.check("There was no cannibalism during the famine.").verdict == Verdict.CONFLICTING
    assert shipped_checker.check("Cannibalism did not occur during the famine.").verdict == Verdict.CONFLICTING


@pytest.mark.parametrize("statement, verdict", [
    ("The famine was caused by the Soviet Union.", Verdict.CONFLICTING),
    ("The Soviet Union did not cause the famine.", Verdict.SUPPORTED),
    ("Bad weather did not cause the famine.", Verdict.SUPPORTED),
])
def test_blaming_the_soviet_union_is_the_misconception_and_denying_it_conflicts_with_nothing(
        shipped_checker, statement, verdict):
    """'caused by the Soviet Union' is the recorded misconception (not support from the claim that
    grain went to the USSR under trade agreements); a denied cause is no denial of a claim that
    names no cause."""
    assert shipped_checker.check(statement).verdict == verdict


def test_a_provinces_deaths_are_not_its_registered_population_fall(shipped_checker):
    """The base gives Sichuan's registered population falling by over 6 million in 1958-1961; a
    sentence saying it lost about 10 million people in the famine speaks of deaths, which that
    fall cannot contradict."""
    assert shipped_checker.check("Sichuan lost about 10 million people in the famine.").verdict \
        != Verdict.CONFLICTING
    assert shipped_checker.check("Sichuan's population fell by about 6 million between 1958 and 1961.").verdict \
        == Verdict.SUPPORTED


def test_another_person_of_their_own_province_is_not_a_swap(shipped_checker):
    """'Gansu's leader Zhang Zhongliang was dismissed in 1960' puts another person and another
    province in the claim that Anhui's Zeng Xisheng was dismissed in 1962; the base names Zhang with
    Gansu, so the sentence is about him, which that claim cannot judge. One swap alone still conflicts."""
    assert shipped_checker.check("Gansu's leader Zhang Zhongliang was dismissed in 1960.").verdict \
        != Verdict.CONFLICTING
    assert shipped_checker.check("Anhui's leader Zeng Xisheng was dismissed in 1960.").verdict == Verdict.CONFLICTING


@pytest.mark.parametrize("statement, verdict", [
    ("The Great Leap Forward lasted from 1958 to 1970.", Verdict.CONFLICTING),
    ("The famine lasted from 1955 to 1961.", Verdict.CONFLICTING),
    ("The Great Leap Forward lasted from 1958 to 1960.", Verdict.SUPPORTED),
    ("The Great Leap Forward lasted from 1958 to 1962.", Verdict.SUPPORTED),
])
def test_what_an_event_lasted_through_cannot_reach_past_its_years(shipped_checker, statement, verdict):
    """'lasted from 1958 to 1970' overlaps the Leap's years but reaches far past them; a shorter
    stretch is one account of it."""
    assert shipped_checker.check(statement).verdict == verdict


def test_describing_the_famine_by_a_name_reports_the_name(shipped_checker):
    """'described the years 1959-1961 as the Three Years of Natural Disasters' reports the official
    name (lexicon `naming`), it does not assert that natural disasters caused the famine."""
    assert shipped_checker.check("The party later described the years 1959-1961 as the Three Years of Natural "
                                 "Disasters.").verdict != Verdict.CONFLICTING
    assert shipped_checker.check("The famine of 1959-1961 was caused mainly by natural disasters.").verdict \
        == Verdict.CONFLICTING


@pytest.mark.parametrize("statement", [
    "The government declared that natural disasters caused the famine.",
    "Chinese textbooks once taught that the Soviet Union's withdrawal caused the famine.",
])
def test_what_an_institution_said_is_reported_not_asserted(shipped_checker, statement):
    """A sentence that reports what the government or textbooks said (lexicon `saying`, then 'that')
    does not assert the misconception it reports."""
    assert shipped_checker.check(statement).verdict != Verdict.CONFLICTING


def test_what_a_person_of_the_time_said_may_be_the_misconception(shipped_checker):
    assert shipped_checker.check("In Moscow in 1957 Mao declared that China would overtake the United States "
                                 "within fifteen years.").verdict == Verdict.CONFLICTING


def test_a_sentence_on_the_leap_naming_another_meeting_is_not_about_this_meetings_claim(shipped_checker):
    """'The Zhengzhou Conference of 1958 tried to cool the Leap's excesses' names the Leap, but its
    meeting is Zhengzhou: the claim that the Lushan meeting (1959) was called to correct excesses
    cannot contradict its year."""
    assert shipped_checker.check("The Zhengzhou Conference of 1958 tried to cool the Leap's excesses.").verdict \
        != Verdict.CONFLICTING
    assert shipped_checker.check("The Lushan Conference of 1962 criticised the Leap.").verdict == Verdict.CONFLICTING


def test_a_claim_about_someone_else_says_nothing_of_where_the_sentences_people_were(shipped_checker):
    """'Henan's leader ... ousted by Wu Zhipu in 1958' against the claim that Anhui's Zeng Xisheng
    was dismissed: the claim names none of the sentence's people, so its Anhui contradicts nothing."""
    result = shipped_checker.check("Pan Fusheng was ousted as Henan's leader by the Mao loyalist Wu Zhipu in 1958.")
    assert result.verdict != Verdict.CONFLICTING
    assert shipped_checker.check("Anhui's leader Zeng Xisheng was dismissed in 1960.").verdict == Verdict.CONFLICTING


def test_losing_ones_mind_is_no_death_toll(shipped_checker):
    """The cue 'people lost' read as the one word 'lost' ('people' is a stop word), so '45
    residents ... who lost her mind' was a national death toll far below every estimate."""
    figures = shipped_checker.reader.statement("In one village only one of 45 residents survived, a woman in her "
                                               "sixties who lost her mind.").figures
    assert all(f.measure != "famine-deaths" for f in figures)
