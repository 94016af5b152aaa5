"""The lint rules: each one's id, severity, what it means and an example document that makes it
report, for the linter, the renderers (SARIF carries their help) and `glfcheck rule`.

Every example is linted by the tests against the built-in base and must make its rule report, as
proselint's examples must fail their check; `glfcheck rule ID` shows the example and what a lint
of it reports.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Example:
    """A small document on which the rule reports."""

    text: str
    name: str = "essay.md"  # its kind comes from the extension, as for a file linted
    show: tuple[str, ...] = ()  # the `--show` the rule needs
    encoding: str = "utf-8"


@dataclass(frozen=True)
class Rule:
    id: str
    severity: str
    summary: str
    help: str
    example: Example


_KUNG_LIN = ("Kung, James Kai-sing, and Justin Yifu Lin. {year}. \u201cThe Causes of China's Great Leap Famine, "
             "1959\u20131961.\u201d Economic Development and Cultural Change 52 (1): 51\u201373.")
_WEATHER = "The weather in the valley was pleasant most of the year."

RULES: dict[str, Rule] = {r.id: r for r in (
    Rule("conflicting-claim", "error", "A statement conflicts with the sources",
         "The sentence states a figure, date, name or claim that the cited sources contradict. "
         "The finding names the claim, what the sources give, and the works to cite.",
         Example("The Great Leap Forward started in 1970.\n")),
    Rule("wrong-attribution", "error", "A statement misreports a cited work",
         "The sentence attributes to a work (\"Peng (1987) estimated ...\") something the work does "
         "not say, or gives it the wrong year or venue. The finding says what the work gives.",
         Example("Peng (1987) estimated that 45 million died.\n")),
    Rule("wrong-reference", "error", "A reference list entry differs from the work",
         "An entry of the reference list names a work of the claims base but gives its authors, year, "
         "title, venue, volume, issue or pages differently. The suggestion is the reference as the "
         "base records it. Only another publisher of a book (likely another edition) is info.",
         Example("## References\n\n" + _KUNG_LIN.format(year=2013) + "\n")),
    Rule("wrong-citation", "error", "An in-text citation gives the wrong year",
         "An in-text citation names an author whose works in the base are from other years, or gives "
         "another year than the document's own reference list. The base, when it holds the work, "
         "says which is right.",
         Example("Smith (1999) said the weather was bad that year.\n\n## References\n\n"
                 "Smith, J. (2001). Weather. Penguin.\n")),
    Rule("missing-reference", "warning", "A work is cited but not in the reference list",
         "An in-text citation (\"(Peng 1987)\", \"[3]\") names no entry of the document's own reference "
         "list. Add the entry, or correct the citation.",
         Example("The famine killed millions of people (Peng 1987).\n\n## References\n\n"
                 + _KUNG_LIN.format(year=2003) + "\n")),
    Rule("uncited-reference", "info", "A reference list entry is never cited",
         "No in-text citation names this entry. Cite it where it is used, or drop it from the list. "
         "Only reported when the document cites some work in its text.",
         Example("The famine killed millions of people (Peng 1987).\n\n## References\n\n"
                 + _KUNG_LIN.format(year=2003) + "\n")),
    Rule("contested-claim", "warning", "A statement takes a side in a scholarly debate",
         "The sources disagree on this point (for example the famine's death toll). Say whose "
         "estimate you give and cite it.",
         Example("About 30 million people died in the famine.\n")),
    Rule("unknown-work", "info", "A cited work is not in the claims base",
         "The work may be correct; glfcheck simply cannot check it.",
         Example("This was argued well (Smith 1999).\n")),
    Rule("supported-claim", "info", "A statement the sources support",
         "Shown with --show supported (or --select supported-claim): the claim and the works to cite "
         "for it.",
         Example("Mao launched the Great Leap Forward in 1958.\n", show=("supported",))),
    Rule("unknown-claim", "info", "A statement no claim covers",
         "Shown with --show unknown (or --select unknown-claim): no claim in the base is close enough to "
         "judge the sentence.",
         Example(_WEATHER + "\n", show=("unknown",))),
    Rule("unused-suppression", "warning", "A glfcheck suppression comment suppresses nothing",
         "Remove the comment, or move it: at the end of a line it covers that line's sentences, on a line "
         "of its own the next sentence.",
         Example(f"{_WEATHER} <!-- glfcheck: ignore -->\n")),
    Rule("document-note", "info", "A note about reading the document",
         "For example, a file that is not UTF-8 and was read as Windows-1252.",
         Example("Caf\u00e9 owners in Shanghai kept their notes.\n", encoding="cp1252")),
)}

# The rules `--show` (and `show` in the configuration) turns on, by the verdict they report.
SHOWN_BY = {"supported": "supported-claim", "unknown": "unknown-claim"}
SHOWABLE = tuple(SHOWN_BY)
