"""The estimates of a measure gathered from the claims base (glfcheck.base.estimates): every
row is a figure the base holds, with the work that gives it, grouped by a recorded method."""

from __future__ import annotations

import pytest

from glfcheck.base.estimates import (DEFAULT_MEASURE, NOT_RECORDED, Method, Scale, UnknownMeasure, chart,
                                     measures, work_label)
from glfcheck.base.loader import read_base


@pytest.fixture(scope="module")
def deaths(shipped_base):
    return chart(shipped_base, DEFAULT_MEASURE)


def _row(drawn, label):
    rows = [e for e in drawn.estimates if e.label == label]
    assert len(rows) == 1, f"{label}: {len(rows)} rows"
    return rows[0]


def test_one_row_per_work_with_its_own_figure(deaths):
    works = [e.source_id for e in deaths.estimates if e.source_id]
    assert len(works) == len(set(works))
    assert {"ashton1984", "coale1984", "banister1987", "peng1987", "houser2009", "yao1999", "cao2005", "yang2008",
            "dikotter2010", "changhalliday2005", "becker1996"} <= set(works)
    # Dikötter also reports Ashton's 30 and Cao's 32.5 million: his own is the floor of 45 million
    dikotter = _row(deaths, "Dikötter (2010)")
    assert (dikotter.quantity.low, dikotter.quantity.bound) == (45_000_000, "lower")
    assert dikotter.method is Method.ARCHIVAL
    # Coale also gives the 16 million that registration implies: that is the official row
    assert _row(deaths, "Coale (1984)").quantity.low == 27_000_000
    assert _row(deaths, "Peng (1987)").quantity.period == "1958-1961"


def test_figures_reported_from_outside_the_base_are_rows_of_their_own(deaths):
    chen = _row(deaths, "Chen Yizi")
    assert chen.source_id is None and chen.method is Method.OFFICIAL
    assert (chen.quantity.low, chen.quantity.high) == (43_000_000, 46_000_000)
    assert set(chen.reported_in) == {"dikotter2010", "becker1996"} and "Dikötter (2010)" in chen.reported_labels
    assert _row(deaths, "Yu Xiguang").method is None  # the base does not say how: never guessed
    official = _row(deaths, "Official registration data")
    assert official.reported_in == ("coale1984", "banister1987")


def test_groups_follow_the_methods_in_order_and_end_with_the_unrecorded(deaths):
    headings = [heading for heading, _ in deaths.groups()]
    assert headings == ["demographic reconstruction", "county gazetteers", "archival research", "official figures",
                        "citing others' estimates", NOT_RECORDED]
    demographic = dict(deaths.groups())["demographic reconstruction"]
    assert [e.year for e in demographic] == sorted(e.year for e in demographic)


def test_the_consensus_is_the_established_range_most_works_back(deaths):
    assert deaths.consensus_claim == "historiography-tens-of-millions"
    assert (deaths.consensus.low, deaths.consensus.high) == (15_000_000, 45_000_000)


def test_every_row_is_a_figure_the_base_holds(shipped_base):
    for measure in measures(shipped_base):
        for e in chart(shipped_base, measure).estimates:
            claim = shipped_base.claim(e.claim_id)
            held = [q for q in claim.quantities] + [ev.estimate for ev in claim.evidence if ev.estimate]
            assert any((q.low, q.high, q.bound) == (e.quantity.low, e.quantity.high, e.quantity.bound) for q in held), e


def test_figures_for_single_years_make_a_series(shipped_base):
    grain = chart(shipped_base, "grain-output")
    assert grain.series and grain.consensus is None
    assert [heading for heading, _ in grain.groups()] == sorted({e.quantity.period for e in grain.estimates})
    assert {e.quantity.low for e in grain.estimates} >= {198_000_000, 137_000_000}
    # a claim's rounded figure beside a work's own ("about 200 million") is no row of its own
    assert all(e.source_id for e in grain.estimates)


def test_a_work_with_several_figures_and_no_contested_claim_shows_each(shipped_base):
    claimed = chart(shipped_base, "claimed-grain-output")
    assert sorted(e.quantity.low for e in claimed.estimates) == [250_000_000, 375_000_000]


def test_unknown_measure_is_one_clear_line(shipped_base):
    with pytest.raises(UnknownMeasure) as err:
        chart(shipped_base, "grain-exports-to-mars")
    message = str(err.value)
    assert message.startswith("unknown measure 'grain-exports-to-mars'") and "\n" not in message
    assert "famine-deaths" in message and "glfcheck estimates --list" in message
    with pytest.raises(UnknownMeasure, match="no estimates of measure 'backyard-furnaces'"):
        chart(shipped_base, "backyard-furnaces")


def test_measures_are_those_a_chart_can_draw(shipped_base):
    found = measures(shipped_base)
    assert found[0] == DEFAULT_MEASURE and "backyard-furnaces" not in found
    for measure in found:
        assert chart(shipped_base, measure).estimates


def test_a_translation_gives_its_original_year(shipped_base):
    assert work_label(shipped_base.sources["yang2012"]) == "Yang (2012 [2008])"
    assert work_label(shipped_base.sources["peng1987"]) == "Peng (1987)"


@pytest.mark.parametrize("highest, top, step", [(55e6, 60e6, 10e6), (198e6, 200e6, 50e6), (37, 40, 10), (0.8, 0.8, 0.2)])
def test_scale_has_round_steps(highest, top, step):
    scale = Scale.of(highest)
    assert (scale.top, scale.step) == pytest.approx((top, step))
    assert scale.ticks[0] == 0 and scale.ticks[-1] == pytest.approx(top)
    assert scale.at(0, 40) == 0 and scale.at(scale.top, 40) == 39


# ------------------------------------------------------------------ the fields that feed it
def _append(path, text):
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


REPORTED = """- id: dates-zz-reported
  topic: dates
  statement: Someone said 40 million died.
  status: established
  by: {by}
  method: {method}
  quantities:
  - measure: famine-deaths
    unit: people
    value: 40000000
  evidence:
  - source: dikotter2010
    stance: supports
"""


def test_by_and_method_are_read_and_drawn(base_copy):
    _append(base_copy / "claims" / "dates.yaml", REPORTED.format(by="Someone", method="official"))
    base, problems = read_base([base_copy])
    assert problems == []
    claim = base.claim("dates-zz-reported")
    assert (claim.by, claim.method) == ("Someone", "official")
    row = next(e for e in chart(base, "famine-deaths").estimates if e.label == "Someone")
    assert row.method is Method.OFFICIAL and row.reported_in == ("dikotter2010",)


@pytest.mark.parametrize("by, method, problem", [
    ("Someone", "guesswork", "method 'guesswork' is not one of demographic, gazetteers, archival, official, secondary"),
    ("''", "official", "by must name who gave the figure"),
])
def test_bad_by_or_method_is_a_problem_with_its_line(base_copy, by, method, problem):
    _append(base_copy / "claims" / "dates.yaml", REPORTED.format(by=by, method=method))
    _, problems = read_base([base_copy])
    assert any(problem in p.message and p.line > 1 for p in problems), problems


def test_method_without_by_is_a_problem(base_copy):
    _append(base_copy / "claims" / "dates.yaml", REPORTED.replace("  by: {by}\n", "").format(method="archival"))
    _, problems = read_base([base_copy])
    assert any("method needs by" in p.message for p in problems), problems


def test_a_work_method_is_checked_in_sources(base_copy):
    path = base_copy / "sources.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("- id: peng1987\n", "- id: peng1987\n  custom:\n    method: astrology\n"),
                    encoding="utf-8")
    _, problems = read_base([base_copy])
    assert any("reference 'peng1987': method 'astrology' is not one of" in p.message for p in problems), problems


def test_the_shipped_base_records_methods_only_as_csl_custom_data(shipped_base):
    methods = {s.id: s.csl["custom"]["method"] for s in shipped_base.sources.values() if "custom" in s.csl}
    assert methods["peng1987"] == "demographic" and methods["dikotter2010"] == "archival"
    assert "lin1990" not in methods  # how Lin reached 30 million is not in the base
