"""The lint rules: each one's id, severity and what it means, for the linter, the renderers
(SARIF carries their help) and the command line."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    id: str
    severity: str
    summary: str
    help: str


RULES: dict[str, Rule] = {r.id: r for r in (
    Rule("conflicting-claim", "error", "A statement conflicts with the sources",
         "The sentence states a figure, date, name or claim that the cited sources contradict. "
         "The finding names the claim, what the sources give, and the works to cite."),
    Rule("wrong-attribution", "error", "A statement misreports a cited work",
         "The sentence attributes to a work (\"Peng (1987) estimated ...\") something the work does "
         "not say, or gives it the wrong year or venue. The finding says what the work gives."),
    Rule("wrong-reference", "error", "A reference list entry differs from the work",
         "An entry of the reference list names a work of the claims base but gives its authors, year, "
         "title, venue, volume, issue or pages differently. The suggestion is the reference as the "
         "base records it. Only another publisher of a book (likely another edition) is info."),
    Rule("wrong-citation", "error", "An in-text citation gives the wrong year",
         "An in-text citation names an author whose works in the base are from other years, or gives "
         "another year than the document's own reference list. The base, when it holds the work, "
         "says which is right."),
    Rule("missing-reference", "warning", "A work is cited but not in the reference list",
         "An in-text citation (\"(Peng 1987)\", \"[3]\") names no entry of the document's own reference "
         "list. Add the entry, or correct the citation."),
    Rule("uncited-reference", "info", "A reference list entry is never cited",
         "No in-text citation names this entry. Cite it where it is used, or drop it from the list. "
         "Only reported when the document cites some work in its text."),
    Rule("contested-claim", "warning", "A statement takes a side in a scholarly debate",
         "The sources disagree on this point (for example the famine's death toll). Say whose "
         "estimate you give and cite it."),
    Rule("unknown-work", "info", "A cited work is not in the claims base",
         "The work may be correct; glfcheck simply cannot check it."),
    Rule("supported-claim", "info", "A statement the sources support",
         "Shown with --show supported: the claim and the works to cite for it."),
    Rule("unknown-claim", "info", "A statement no claim covers",
         "Shown with --show unknown: no claim in the base is close enough to judge the sentence."),
    Rule("unused-suppression", "warning", "A glfcheck suppression comment suppresses nothing",
         "Remove the comment, or move it before the sentence it is meant for."),
    Rule("document-note", "info", "A note about reading the document",
         "For example, a file that is not UTF-8 and was read as Windows-1252."),
)}

# The rules `--show` (and `show` in the configuration) turns on, by the verdict they report.
SHOWN_BY = {"supported": "supported-claim", "unknown": "unknown-claim"}
SHOWABLE = tuple(SHOWN_BY)
