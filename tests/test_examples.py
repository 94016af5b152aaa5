"""The examples tables (tests/examples/*.tsv) and the development set, run through the checker.

Each table row is a statement with the verdicts it may get. The whole set must reach 97 % and
never give a confident wrong answer (supported where only conflicting is right, or the reverse).
"""

import csv
from pathlib import Path

import pytest

EXAMPLES = sorted((Path(__file__).parent / "examples").glob("*.tsv"))
DEV_SET = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "statements.tsv"


def rows(path: Path):
    with path.open(encoding="utf-8") as handle:
        return [(r["statement"], set(r["accepted"].split(","))) for r in csv.DictReader(handle, delimiter="\t")]


def score(checker, table):
    good, confident_wrong = 0, []
    for statement, accepted in table:
        verdict = checker.check(statement).verdict
        good += verdict in accepted
        if (verdict == "supported" and accepted == {"conflicting"}) or (verdict == "conflicting" and accepted == {"supported"}):
            confident_wrong.append((statement, verdict))
    return good / len(table), confident_wrong


def test_examples_tables(shipped_checker):
    table = [row for path in EXAMPLES for row in rows(path)]
    assert len(table) >= 200
    accuracy, wrong = score(shipped_checker, table)
    assert wrong == []
    assert accuracy >= 0.97


@pytest.mark.skipif(not DEV_SET.is_file(), reason="../shared/eval/statements.tsv not beside the checkout")
def test_development_set(shipped_checker):
    accuracy, wrong = score(shipped_checker, rows(DEV_SET))
    assert wrong == []
    assert accuracy >= 0.97
