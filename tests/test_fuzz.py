"""Property-based tests: whatever the text or the claims file, the core answers and never raises.

The budget is small by default (50 examples a property); `GLFCHECK_FUZZ=1` raises it to 2,000
(see tests/conftest.py and the README's Development section).
"""

from __future__ import annotations

import math
import string

import pytest
import yaml
from hypothesis import assume, example, given
from hypothesis import strategies as st

from glfcheck.documents import reading as documents
from glfcheck.judging.checker import Checker
from glfcheck.errors import BaseError, InputError
from glfcheck.lint.linter import Linter
from glfcheck.results import SEVERITIES
from glfcheck.base.loader import read_base
from glfcheck.matching.quantities import find_quantities, find_years
from tests.conftest import MINI_BASE

VERDICTS = {"supported", "conflicting", "contested", "unknown"}

# Words that steer arbitrary text into the checker's deeper paths: figures, years, names,
# attributions, negation and citations.
WORDS = st.sampled_from([
    "Mao", "Peng", "(1987)", "Dikötter", "Kung", "and", "Lin's", "estimated", "about", "between", "million",
    "30", "45", "1958", "1959-61", "1,000", "25%", "per", "thousand", "not", "never", "famine", "deaths",
    "Great", "Leap", "Forward", "died", "in", "the", "late", "1950s", "more", "than", "doubled", "tonnes",
    "grain", "Lushan", "(Peng", "1987,", "p.", "12)", "e.g.", "U.S.", "“", "”", "?", ".", "-", "–", "\n", "#",
    "<!--", "glfcheck:", "ignore", "off", "on", "-->", "[1]", "*", "`", "|", ">", "&amp;", "<p>",
    # number words inside phrases the lexicon folds into one word ('the campaign against the four pests')
    "four", "pests", "campaign", "against", "three", "years", "natural", "disasters", "seven", "thousand",
    "cadres", "conference", "not", "until",
])
PHRASES = st.lists(st.one_of(WORDS, st.text(max_size=8)), max_size=40).map(" ".join)
TEXTS = st.one_of(st.text(), PHRASES)


@pytest.fixture(scope="module")
def checker() -> Checker:
    from glfcheck.base.loader import load_base

    return Checker(load_base([MINI_BASE]))


@given(text=TEXTS)
@example(text="")
@example(text="\x00\ud800")
@example(text="1959. " * 500)
@example(text="The campaign against the four pests ended.")
def test_check_always_gives_a_verdict(shipped_checker, text):
    result = shipped_checker.check(text)
    assert result.verdict in VERDICTS
    assert all(r.message for r in result.reasons)


@given(text=TEXTS, kind=st.sampled_from(sorted(set(documents.KINDS.values()) - {"docx"})))
@example(text="", kind="markdown")
@example(text="# Title\n\n[^1]: x\n\n<!-- glfcheck: off -->", kind="markdown")
def test_lint_always_gives_sorted_findings(shipped_checker, text, kind):
    try:
        doc = documents.parse(text.encode("utf-8", "surrogatepass"), f"doc.{kind}", kind)
    except InputError:
        return  # a notebook that is not JSON, a lone surrogate: a one-line error, not a crash
    report = Linter(shipped_checker).lint_document(doc)
    assert all(f.severity in SEVERITIES and f.line >= 1 and f.column >= 1 for f in report.findings)
    keys = [f.sort_key for f in report.findings if f.rule != "unused-suppression"]
    assert keys == sorted(keys)


@given(data=st.binary())
def test_lint_reads_any_bytes_or_says_why(shipped_checker, data):
    for kind in ("markdown", "text", "html"):
        try:
            doc = documents.parse(data, "doc", kind)
        except InputError as exc:
            assert str(exc).startswith("doc: ")
            continue
        Linter(shipped_checker).lint_document(doc)


@given(text=TEXTS)
def test_figures_and_years_are_read_without_raising(text):
    for q in find_quantities(text):
        assert q.low <= q.high and math.isfinite(q.low)
    for y in find_years(text):
        assert y.low <= y.high


# ---------------------------------------------------------------- round trips
NUMBERS = st.one_of(st.integers(1, 999), st.decimals(1, 999, places=1).map(float))


def _plain(n: float) -> str:
    return f"{n:g}" if n != int(n) else str(int(n))


def _only(text: str):
    found = find_quantities(text)
    assert len(found) == 1, (text, found)
    return found[0]


@given(n=NUMBERS)
def test_millions_round_trip(n):
    q = _only(f"The famine killed {_plain(n)} million people.")
    assert (q.unit, q.bound) == ("people", None)
    assert q.low == q.high == pytest.approx(n * 1e6)


@given(n=st.integers(1_000, 999_999_999))
def test_thousands_separators_round_trip(n):
    q = _only(f"Output fell to {n:,} tonnes.")
    assert (q.unit, q.low, q.high) == ("tonnes", n, n)


@given(n=st.one_of(st.integers(0, 100), st.decimals(0, 100, places=1).map(float)))
def test_percent_round_trip(n):
    for form in (f"{_plain(n)}%", f"{_plain(n)} percent", f"{_plain(n)} per cent"):
        q = _only(f"Procurement took {form} of the harvest.")
        assert (q.unit, q.low) == ("percent", pytest.approx(n))


@given(n=st.one_of(st.integers(1, 999), st.decimals(1, 999, places=1).map(float)))
def test_per_thousand_round_trip(n):
    for form in (f"{_plain(n)} per thousand", f"{_plain(n)} per 1,000", f"{_plain(n)}‰"):
        q = _only(f"The death rate reached {form} in that province.")
        assert (q.unit, q.low) == ("per_mille", pytest.approx(n))


@given(a=NUMBERS, b=NUMBERS, form=st.sampled_from(["{a}-{b} million", "{a}–{b} million", "{a} to {b} million",
                                                    "between {a} and {b} million"]))
def test_ranges_round_trip(a, b, form):
    assume(a != b)
    q = _only("Estimates run from " + form.format(a=_plain(a), b=_plain(b)) + " deaths.")
    assert (q.low, q.high) == (pytest.approx(min(a, b) * 1e6), pytest.approx(max(a, b) * 1e6))


@given(n=NUMBERS, cmp=st.sampled_from([("more than", "lower"), ("at least", "lower"), ("fewer than", "upper"),
                                       ("up to", "upper")]))
def test_bounds_round_trip(n, cmp):
    q = _only(f"The toll was {cmp[0]} {_plain(n)} million people.")
    assert (q.bound, q.low) == (cmp[1], pytest.approx(n * 1e6))


@given(a=st.integers(1800, 2099), span=st.integers(0, 30), short=st.booleans())
def test_years_round_trip(a, span, short):
    b = a + span
    assume(b <= 2099)
    if span == 0:
        text = f"It began in {a}."
    elif short and a // 100 == b // 100:
        text = f"It lasted from {a}-{b % 100:02d} in the province."
    else:
        text = f"It lasted from {a} to {b} in the province."
    (y,) = find_years(text)
    assert (y.low, y.high) == (a, b)
    assert find_quantities(text) == []  # a year is never also read as a figure


# ---------------------------------------------------------------- claims bases
SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=20))
FIELDS = st.sampled_from(["id", "topic", "statement", "status", "aliases", "quantities", "evidence", "corrected_by",
                          "source", "stance", "estimate", "value", "range", "unit", "bound", "references",
                          "title", "author", "issued", "date-parts", "family", "synonyms", "names", "opposites"])
VALUES = {
    "id": st.sampled_from(["dates-a", "dates-b", "peng1987", "Bad Id", ""]),
    "topic": st.sampled_from(["dates", "other"]),
    "status": st.sampled_from(["established", "contested", "false", "bogus"]),
    "source": st.sampled_from(["peng1987", "kunglin2003", "nobody"]),
    "stance": st.sampled_from(["supports", "refutes", "qualifies", "hmm"]),
    "unit": st.sampled_from(["people", "percent", "count", "parsecs"]),
}
YAML_DATA = st.recursive(
    SCALARS,
    lambda children: st.one_of(
        st.lists(children, max_size=4),
        st.dictionaries(st.one_of(FIELDS, st.text(max_size=6)), children, max_size=6),
        st.fixed_dictionaries({k: st.one_of(v, children) for k, v in VALUES.items()},
                              optional={"statement": st.text(max_size=30), "evidence": children,
                                        "quantities": children, "value": SCALARS, "range": children}),
    ),
    max_leaves=20,
)
RAW_YAML = st.one_of(
    YAML_DATA.map(lambda d: yaml.safe_dump(d, allow_unicode=True)),
    st.text(alphabet=string.printable + "!&*[]{}:-|>'\"#%@`", max_size=200),
)


@given(claims=RAW_YAML, sources=st.one_of(st.none(), RAW_YAML), lexicon=st.one_of(st.none(), RAW_YAML))
@example(claims="- !!python/object/apply:os.system ['true']\n", sources=None, lexicon=None)
@example(claims="- &a [*a]\n", sources=None, lexicon=None)
@example(claims="- {id: dates-a, topic: dates, statement: S., status: established, quantities: 1, "
                "evidence: [{source: peng1987, stance: supports}]}\n", sources=None, lexicon=None)
@example(claims="", sources=None, lexicon="synonyms: 1\n")
@example(claims="", sources=None, lexicon="names: {person: {Mao: 3}}\nopposites: [[[''], [x]]]\n")
@example(claims="", sources="references:\n- {id: a, title: T, author: 5, issued: {date-parts: [[.inf]]}}\n",
         lexicon=None)
@example(claims="- {id: dates-a, topic: dates, statement: S., status: established, "
                "evidence: [{source: peng1987, stance: supports, estimate: {value: .nan}}]}\n",
         sources=None, lexicon=None)
def test_any_yaml_is_a_base_or_base_errors(tmp_path_factory, claims, sources, lexicon):
    import shutil

    root = tmp_path_factory.mktemp("base")
    shutil.copytree(MINI_BASE, root, dirs_exist_ok=True)
    (root / "claims" / "dates.yaml").write_text(claims, encoding="utf-8")
    if sources is not None:
        (root / "sources.yaml").write_text(sources, encoding="utf-8")
    if lexicon is not None:
        (root / "lexicon.yaml").write_text(lexicon, encoding="utf-8")
    try:
        base, problems = read_base([root])
    except BaseError as exc:
        assert str(exc).startswith(str(root))
        return
    assert all(str(p).startswith(str(root)) for p in problems)
    if not problems:  # a valid base must also be usable
        result = Checker(base).check("Mao launched the Great Leap Forward in 1958.")
        assert result.verdict in VERDICTS
