"""The rule table: every rule has its help and an example on which it reports (as proselint
refuses a check without examples), and `glfcheck rule` shows them."""

from __future__ import annotations

import pytest

from glfcheck.cli import main
from glfcheck.errors import ExitCode
from glfcheck.lint.linter import lint_example
from glfcheck.rules import RULES, SHOWN_BY
from glfcheck.results import SEVERITIES


@pytest.mark.parametrize("rule_id", list(RULES))
def test_every_rule_reports_on_its_example(shipped_checker, rule_id):
    rule = RULES[rule_id]
    assert rule.help and rule.summary and rule.severity in SEVERITIES
    report = lint_example(shipped_checker, rule.example)
    assert rule_id in [f.rule for f in report.findings], report.findings


def test_the_rules_shown_on_request_are_rules():
    assert set(SHOWN_BY.values()) <= set(RULES)


def test_rule_explains_a_rule_with_its_example_and_what_a_lint_reports(capsys):
    assert main(["rule", "wrong-attribution"]) == ExitCode.OK
    out = capsys.readouterr().out
    assert out.startswith("wrong-attribution (error): A statement misreports a cited work\n")
    assert "\n    Peng (1987) estimated that 45 million died.\n" in out
    assert "\n    essay.md:1:1: error wrong-attribution '45 million' is not what peng1987 gives" in out


def test_rule_without_an_id_lists_every_rule(capsys):
    assert main(["rule"]) == ExitCode.OK
    lines = capsys.readouterr().out.splitlines()
    assert [ln.split()[0] for ln in lines] == list(RULES)


def test_an_unknown_rule_is_a_one_line_error_with_a_suggestion(capsys):
    assert main(["rule", "wrong-atribution"]) == ExitCode.ERROR
    err = capsys.readouterr().err
    assert err == "glfcheck: error: no rule 'wrong-atribution' (did you mean 'wrong-attribution'? 'glfcheck rule' " \
                  "lists them)\n"
