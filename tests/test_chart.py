"""Drawing the estimates (glfcheck.render.chart) and the `glfcheck estimates` command."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest

from glfcheck.annotate import Placer, wrong_words
from glfcheck.base.estimates import DEFAULT_MEASURE, chart
from glfcheck.base.loader import builtin_root, load_base
from glfcheck.cli import main
from glfcheck.errors import ExitCode
from glfcheck.render.chart import Glyphs, compact, render_text, strip, strip_svg, svg
from glfcheck.base.model import Quantity

ANSI = re.compile(r"\x1b\[[0-9;]*m")
TERMINAL = 80


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def deaths(shipped_base):
    return chart(shipped_base, DEFAULT_MEASURE)


@pytest.mark.parametrize("color", [True, False])
def test_every_estimate_fits_80_columns(deaths, color):
    text = render_text(deaths, color=color, width=TERMINAL)
    lines = [ANSI.sub("", line) for line in text.splitlines()]
    assert max(len(line) for line in lines) <= TERMINAL
    for e in deaths.estimates:
        name, _, year = e.label.partition(" (")
        assert any(line.strip().startswith(name[:10]) and (not year or f"({year}" in line) for line in lines), e.label
    assert ("\x1b[" in text) is color
    if not color:  # plain text degrades to ASCII glyphs (names keep their letters: Dikötter)
        assert not set("".join(Glyphs.UNICODE.value)) & set(text)


def test_rows_put_figures_on_one_shared_scale(deaths):
    lines = render_text(deaths, color=False, width=TERMINAL).splitlines()
    peng = next(line for line in lines if line.strip().startswith("Peng (1987)"))
    dikotter = next(line for line in lines if line.strip().startswith("Dikötter (2010)"))
    assert peng.index(Glyphs.ASCII.point) < dikotter.index(Glyphs.ASCII.point)
    assert dikotter.rstrip().endswith(">=45M") and ">" in dikotter[dikotter.index("o"):dikotter.index("o") + 2]
    assert "consensus: claim historiography-tens-of-millions" in "\n".join(lines)
    assert "Chen Yizi: as reported in Dikötter (2010), Becker (1996)" in lines


@pytest.mark.parametrize("low, high, bound, text", [
    (27e6, 27e6, None, "27M"), (16.5e6, 30e6, None, "16.5–30M"), (45e6, 45e6, "lower", "≥45M"),
    (30, 37, None, "30–37%"), (44.6, 44.6, None, "44.6"),
])
def test_compact_figures(low, high, bound, text):
    unit = "percent" if text.endswith("%") else ("per_mille" if low < 100 else "people")
    assert compact(Quantity(unit, low, high, bound)) == text


def test_the_strip_points_at_the_figure(shipped_base):
    checker_result = _check(shipped_base, "About 30 million people died in the Great Leap famine.")
    placement = Placer(shipped_base).place(checker_result)
    assert placement is not None and placement.chart.measure == DEFAULT_MEASURE
    lines = strip(placement, width=70)
    axis, pointer = lines[1], lines[2]
    assert axis.startswith("0 ") and axis.endswith(" 60M")
    at = pointer.index("^") - 2  # the cell under the axis's first cell
    assert at == round(30 / 60 * (len(axis) - len("0  60M") - 1))
    assert f"of {len(placement.chart.estimates)} estimates" in lines[3] and "inside the consensus range" in lines[3]
    assert "About 30 million" in strip_svg(placement, "[1]")


def _check(base, statement):
    from glfcheck.judging.checker import Checker

    return Checker(base).check(statement)


@pytest.mark.parametrize("statement, words, placed", [
    ("The famine killed 80 million people.", ("80 million",), True),
    ("Mao Zedong launched the Great Leap Forward in 1970.", ("1970",), False),
    ("Some 20 million people died in the famine.", ("Some 20 million",), True),
    ("Mao launched the Great Leap Forward in 1958.", (), False),
    # one figure of the communes at the end of 1958: nothing to set it among, so no chart
    ("There were 50,000 communes by the end of 1958.", ("50,000",), False),
])
def test_wrong_words_and_placement_come_from_the_reasons(shipped_checker, statement, words, placed):
    result = shipped_checker.check(statement)
    assert wrong_words(result) == words
    assert (Placer(shipped_checker.base).place(result) is not None) is placed


def test_svg_draws_every_row_and_the_statement_figures(deaths):
    drawn = svg(deaths, (("[2]", Quantity("people", 80e6, 80e6)),), chart_id="chart-x")
    assert drawn.startswith("<svg") and drawn.count('class="estimate"') == len(deaths.estimates)
    assert 'class="consensus"' in drawn and "[2]" in drawn and "<script" not in drawn


# ------------------------------------------------------------------ the command
def test_the_cli_default_is_the_core_default():
    from glfcheck import cli

    assert cli.DEFAULT_MEASURE == DEFAULT_MEASURE


def test_estimates_command_draws_the_default_measure(capsys):
    code, out, err = run(capsys, "estimates")
    assert code == ExitCode.OK and err == ""
    deaths = chart(load_base([builtin_root()]), DEFAULT_MEASURE)
    works = {e.source_id for e in deaths.estimates if e.source_id}
    assert out.startswith(f"Estimates of famine-deaths (people): {len(deaths.estimates)} figures from "
                          f"{len(works)} works, by method")
    assert "Yang (2012 [2008])" in out and "official figures" in out


def test_estimates_json_and_csv_give_the_data(capsys):
    code, out, _ = run(capsys, "estimates", "--format", "json")
    data = json.loads(out)
    assert code == ExitCode.OK and data["schema"] == "glfcheck-estimates" and data["schema_version"] == 1
    assert data["consensus"] == {"low": 15e6, "high": 45e6, "claim_id": "historiography-tens-of-millions"}
    peng = next(e for e in data["estimates"] if e["source_id"] == "peng1987")
    assert (peng["low"], peng["method"], peng["year"]) == (23e6, "demographic", 1987)
    code, out, _ = run(capsys, "estimates", "grain-output", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    grain = chart(load_base([builtin_root()]), "grain-output")
    assert code == ExitCode.OK and [(r["period"], r["low"]) for r in rows] == [
        (e.quantity.period, f"{e.quantity.low:.0f}") for e in grain.estimates]
    assert json.loads(run(capsys, "estimates", "grain-output", "-f", "json")[1])["series"] is True


def test_unknown_measure_exits_2_with_one_line(capsys):
    code, out, err = run(capsys, "estimates", "deaths-on-mars")
    assert code == ExitCode.ERROR and out == ""
    assert err.startswith("glfcheck: error: unknown measure 'deaths-on-mars'") and err.count("\n") == 1
    code, _, err = run(capsys, "estimates", "--format", "xml")
    assert code == ExitCode.ERROR and err.count("\n") == 1


def test_estimates_list_names_the_measures(capsys):
    code, out, _ = run(capsys, "estimates", "--list")
    first = out.splitlines()[0].split("\t")
    deaths = chart(load_base([builtin_root()]), DEFAULT_MEASURE)
    assert code == ExitCode.OK and first == ["famine-deaths", str(len(deaths.estimates)), "people"]
    assert f"grain-output\t{len(chart(load_base([builtin_root()]), 'grain-output').estimates)}\ttonnes" in out


def test_check_shows_where_a_contested_figure_falls(capsys):
    code, out, _ = run(capsys, "check", "The famine killed 80 million people.")
    words = " ".join(out.split())  # as read, whatever the wrapping
    assert code == ExitCode.FINDINGS
    assert "on the chart of famine-deaths (glfcheck estimates famine-deaths):" in words
    deaths = chart(load_base([builtin_root()]), DEFAULT_MEASURE)
    # no "at least" estimate reaches 80 million as the checker reads it (OPEN_BOUND_REACH): none fits
    assert f"80 million: fits none of the {len(deaths.estimates)} estimates" in words and "outside the consensus range" in words
    code, out, _ = run(capsys, "check", "Mao Zedong launched the Great Leap Forward in 1970.")
    assert "on the chart of" not in out
