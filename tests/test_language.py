"""The English words the reading code looks for live in lexicon.yaml (`language`), are validated
with the rest of the lexicon, and are what the code reads: a base may change them, and a base
that leaves a list out reads sentences as the built-in lexicon does."""

from __future__ import annotations

import ast
from pathlib import Path

from glfcheck.base.loader import builtin_language, read_base
from glfcheck.base.model import LANGUAGE, Lexicon
from glfcheck.documents import references
from glfcheck.judging.cues import Cues

PACKAGE = Path(__file__).resolve().parent.parent / "glfcheck"


def test_the_built_in_lexicon_gives_every_list(shipped_base):
    assert set(shipped_base.lexicon.language) == set(LANGUAGE)
    assert all(shipped_base.lexicon.words(key) for key in LANGUAGE)


def test_a_base_without_the_lists_reads_as_the_built_in_one(base_copy):
    base, problems = read_base([base_copy])  # the mini base's lexicon has no `language`
    assert not problems
    assert base.lexicon.language == builtin_language()


def test_a_base_may_change_a_list_and_the_code_reads_it(base_copy):
    (base_copy / "lexicon.yaml").write_text(
        (base_copy / "lexicon.yaml").read_text(encoding="utf-8")
        + "language:\n  reference_headings: [quellen, literatur]\n  reported: [opines]\n",
        encoding="utf-8")
    base, problems = read_base([base_copy])
    assert not problems
    assert references.is_reference_heading("Quellen", base.lexicon)
    assert not references.is_reference_heading("References", base.lexicon)  # replaced, not added to
    cues = Cues(base.lexicon)
    assert cues.REPORTED.search("Smith opines that the famine was man-made")
    assert not cues.REPORTED.search("Smith argued that the famine was man-made")
    assert base.lexicon.words("comparing") == builtin_language()["comparing"]  # the lists it left out


def test_unknown_and_malformed_lists_are_problems(base_copy):
    (base_copy / "lexicon.yaml").write_text(
        (base_copy / "lexicon.yaml").read_text(encoding="utf-8")
        + "language:\n  reportd: [argued]\n  intent: meant to\n",
        encoding="utf-8")
    _, problems = read_base([base_copy])
    messages = " | ".join(p.message for p in problems)
    assert "language: unknown key 'reportd'" in messages
    assert "language: 'intent' must be a list of words" in messages


def test_cues_read_the_lexicon_phrases_as_the_old_patterns_did(shipped_base):
    cues = Cues(shipped_base.lexicon)
    assert cues.REPORTED.search("According to Dikötter, at least 45 million died")
    assert cues.INTENT.search("The Leap was meant to\nmake China an industrial power")
    assert cues.INTENT.search("The goal was to overtake Britain")
    assert not cues.INTENT.search("The goals were met")
    assert cues.DENIES_NUMBER.search("44.6 per thousand, rather than the 25.4 registered")
    assert not cues.DENIES_NUMBER.search("not the registered rate")
    assert cues.PRONOUN_LEAD.match("but it gave no figure")
    assert not cues.PRONOUN_LEAD.match("but Peng gave no figure")
    empty = Cues(Lexicon())
    assert not empty.REPORTED.search("Lin argued") and not empty.PRONOUN_LEAD.match("it was")


def test_references_read_their_words_from_the_lexicon(shipped_base):
    lexicon = shipped_base.lexicon
    assert references.is_reference_heading("Further reading", lexicon)
    assert references.is_reference_heading("## Required readings: the Great Leap", lexicon)
    assert references.find_citations("(Fall 2001)", lexicon=lexicon) == []
    assert [c.names for c in references.find_citations("as Peng (1987) showed", lexicon=lexicon)] == [("Peng",)]


def test_no_word_list_of_the_language_section_is_left_in_the_code():
    """The lists moved to lexicon.yaml are not defined again in the modules they came from."""
    gone = {"judging/cues.py": {"REPORTED", "INTENT", "SETS_ASIDE", "DENIES_NUMBER", "COMPARING", "PRONOUN_LEAD"},
            "judging/attribution.py": {"REPORTING_VERBS", "WORK_NOUNS", "PUBLICATION_RE"},
            "judging/elements.py": {"WORK_NOUNS"},
            "judging/wording.py": {"_LOSS_WORDS", "_EXCLUSIVE", "PLACE_WORDS", "SUCCESSION_WORDS"},
            "documents/references.py": {"HEADINGS", "_READINGS_RE", "_CONNECTORS", "_CORPORATE", "_NOT_NAMES",
                                        "_PUBLISHER_WORDS"}}
    for module, names in gone.items():
        tree = ast.parse((PACKAGE / module).read_text(encoding="utf-8"))
        assigned = {t.id for node in tree.body if isinstance(node, ast.Assign) for t in node.targets
                    if isinstance(t, ast.Name)}
        assert not names & assigned, module
