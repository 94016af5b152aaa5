"""Reference lists and in-text citations, with the seed article as a real fixture."""

from pathlib import Path

import pytest

from glfcheck import documents, references

SEED = Path(__file__).parent / "fixtures" / "seed-article.txt"


@pytest.fixture(scope="module")
def seed_checks(shipped_base):
    if not SEED.is_file():
        pytest.skip("seed article fixture missing")
    doc = documents.read(SEED)
    return {c.entry.label: c for c in references.check_entries(references.entries(doc.blocks), shipped_base)}


def test_seed_reference_list_is_found_and_matched(seed_checks):
    assert sorted(seed_checks) == [str(i) for i in range(1, 9)]
    assert {k: c.source_id for k, c in seed_checks.items()} == {
        "1": "song2010", "2": "smil1999", "3": "li2001", "4": "ograda2011", "5": "zhang1999",
        "6": "peng1987", "7": "kunglin2003", "8": "lippit1975"}


def test_seed_errors_are_reported(seed_checks):
    kung = seed_checks["7"].differences
    assert [(d.field, d.found, d.expected) for d in kung] == [("year", "2013", "2003")]
    nih = seed_checks["2"].differences
    assert [(d.field, d.found) for d in nih] == [("authors", "NIH")]
    assert "Smil" in nih[0].expected
    grada = seed_checks["4"].differences
    assert [(d.field, d.found) for d in grada] == [("authors", "Gráda, Cormac Ó")]
    assert "family name" in grada[0].note


@pytest.mark.parametrize("label", ["1", "3", "5", "6", "8"])
def test_seed_correct_entries_are_not_flagged(seed_checks, label):
    assert seed_checks[label].differences == ()


@pytest.mark.parametrize("entry, field, found", [
    ("Peng, Xizhe. 1987. Demographic Consequences of the Great Leap Forward in China's Provinces. "
     "Population and Development Review 14 (4): 639-670.", "volume", "14"),
    ("Peng, X. (1987). Demographic consequences of the Great Leap Forward in China's provinces. "
     "Population and Development Review, 13(3), 639–670.", "issue", "3"),
    ("Peng, Xizhe. 1987. Demographic Consequences of the Great Leap Forward in China's Provinces. "
     "Population and Development Review 13 (4): 639-671.", "pages", "639-671"),
    ("Peng, Xizhe. 1987. \"Demographic Consequences of the Great Leap Forward in China's Provinces.\" "
     "Journal of Political Economy 13 (4): 639-670.", "venue", "Journal of Political Economy"),
    ("Kung, James Kai-sing, and Justin Yifu Lin. 2003. \"The Origins of the Great Leap Famine.\" "
     "Economic Development and Cultural Change 52 (1): 51-73.", "title", "The Origins of the Great Leap Famine"),
])
def test_each_field_is_compared(shipped_base, entry, field, found):
    source, _ = references.match_entry(entry, shipped_base)
    assert source is not None
    diffs = references.compare_entry(entry, source)
    assert [(d.field, d.found) for d in diffs] == [(field, found)]


def test_apa_entry_that_is_right_is_not_flagged(shipped_base):
    entry = ("Kung, J. K. S., & Lin, J. Y. (2003). The causes of China's great leap famine, 1959–1961. "
             "Economic Development and Cultural Change, 52(1), 51–73.")
    source, _ = references.match_entry(entry, shipped_base)
    assert source.id == "kunglin2003"
    assert references.compare_entry(entry, source) == ()


def test_an_unknown_work_matches_nothing(shipped_base):
    source, _ = references.match_entry("Smith, John. 2020. A History of Tea. London: Penguin.", shipped_base)
    assert source is None


@pytest.mark.parametrize("text, expected", [
    ("Peng (1987) estimated it.", [(("Peng",), 1987, None)]),
    ("Deaths rose (Kung and Lin 2003; Yang 2008, p. 12).", [(("Kung", "Lin"), 2003, None), (("Yang",), 2008, None)]),
    ("As Peng 1987, p. 648 shows.", [(("Peng",), 1987, None)]),
    ("See [@peng1987; @foo2000].", [((), None, "peng1987"), ((), None, "foo2000")]),
    ("The Great Leap Forward (1958) began.", []),
    ("Ó Gráda (2011) reviewed it.", [(("Ó Gráda",), 2011, None)]),
    ("Write to me@example.org today.", []),
])
def test_find_citations(text, expected):
    assert [(c.names, c.year, c.key) for c in references.find_citations(text)] == expected


@pytest.mark.parametrize("text, status", [
    ("Peng (1987) said so.", "known"),
    ("Dikötter (2011) said so.", "wrong-year"),
    ("Smith (1999) said so.", "unknown"),
    ("[@nosuchkey]", "unknown"),
    ("[@peng1987]", "known"),
])
def test_check_citation(shipped_base, text, status):
    (citation,) = references.find_citations(text)
    assert references.check_citation(citation, shipped_base).status == status


@pytest.mark.parametrize("heading", ["References", "Bibliography", "Sources", "Works Cited", "Article Sources",
                                     "## References", "**Bibliography**"])
def test_reference_headings(heading):
    assert references.is_reference_heading(heading)
