"""The types that flow between glfcheck's parts: a statement's verdict and its reasons, and a
linted document's findings. The judging code makes them, the linter gathers them and the
renderers present them; none of those has to import another to read them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Iterable, NamedTuple, Protocol

from glfcheck.base.estimates import Placement
from glfcheck.base.model import Claim, Evidence, Quantity
from glfcheck.documents.model import Document


class Verdict(StrEnum):
    SUPPORTED = "supported"
    CONFLICTING = "conflicting"
    CONTESTED = "contested"
    UNKNOWN = "unknown"


class Aspect(StrEnum):
    """What part of a statement a reason is about."""

    MATCH = "match"  # the claim the statement was set against, and how close its words are
    SUBJECT = "subject"  # what the statement is about (the Leap and its famine, or something else)
    WORDING = "wording"  # what it asserts in words, besides its figures, dates and names
    FIGURE = "figure"
    YEAR = "year"
    NAME = "name"
    RELATION = "relation"  # before / after between two events
    POLARITY = "polarity"  # negation, opposite words, a comparison or succession turned round
    MISCONCEPTION = "misconception"
    ATTRIBUTION = "attribution"  # what a work it names says
    REFERENCE = "reference"  # a work's year, venue or authors


class Outcome(StrEnum):
    AGREES = "agrees"
    PARTIAL = "partial"  # fits only some of the sources' estimates
    CONFLICTS = "conflicts"
    OPEN = "open"  # no claim of the base speaks of it
    INFO = "info"


@dataclass(frozen=True)
class Reason:
    """One element of a statement compared, or a note on how it was judged."""

    aspect: Aspect
    outcome: Outcome
    message: str
    claim_id: str | None = None  # the claim that judged it
    sources: tuple[str, ...] = ()  # the works a partial figure fits
    element: str = ""  # the statement's words it is about ("'30 million'", "1959", "Peng Dehuai")


@dataclass(frozen=True)
class Result:
    statement: str
    verdict: Verdict
    claim: Claim | None = None
    score: float = 0.0
    reasons: tuple[Reason, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    spread: tuple[tuple[str, Quantity], ...] = ()  # every work's estimate, for a contested figure
    source_id: str | None = None  # the work a statement attributes to, if any
    suggestion: str | None = None
    alternatives: tuple[str, ...] = field(default=())  # other claim ids that came close


class StatementChecker(Protocol):
    """What checks statements: the linter and its worker processes need only this."""

    def check(self, statement: str) -> Result: ...


# ---------------------------------------------------------------- lint findings
SEVERITIES = ("info", "warning", "error")
FAIL_ON = ("error", "warning", "info", "never")


@dataclass(frozen=True)
class EvidenceRef:
    source_id: str
    stance: str
    citation: str
    locator: str | None = None
    note: str = ""


@dataclass(frozen=True)
class Finding:
    path: str
    line: int
    column: int
    end_line: int
    end_column: int  # exclusive: the column just after the last character
    severity: str
    kind: str  # claim, attribution, reference, suppression, document
    rule: str
    message: str
    verdict: str | None = None
    text: str = ""
    claim_id: str | None = None
    source_id: str | None = None
    evidence: tuple[EvidenceRef, ...] = ()
    suggestion: str | None = None
    cell: int | None = None  # notebooks: the 1-based cell; line and column are inside it
    marks: tuple[str, ...] = ()  # the words of `text` that are wrong (a year, a figure, a name)
    placement: Placement | None = None  # where its figure falls among the estimates of a contested measure

    @property
    def sort_key(self) -> tuple:
        return (self.path, self.cell or 0, self.line, self.column, -SEVERITIES.index(self.severity), self.rule)


class Sentence(NamedTuple):
    """A checked sentence, for reports that show the whole text (a lint makes one for every
    sentence of a course: a tuple is made ~4x faster than a frozen dataclass)."""

    block: int
    start: int
    end: int
    verdict: str
    claim_id: str | None = None


@dataclass(frozen=True)
class DocumentReport:
    document: Document
    sentences: tuple[Sentence, ...]
    findings: tuple[Finding, ...]


def at_least(severity: str, threshold: str) -> bool:
    if threshold == "never":
        return False
    return SEVERITIES.index(severity) >= SEVERITIES.index(threshold)


def failing(findings: Iterable[Finding], fail_on: str) -> list[Finding]:
    return [f for f in findings if at_least(f.severity, fail_on)]


def summary(findings: Iterable[Finding]) -> dict[str, int]:
    counts = {s: 0 for s in reversed(SEVERITIES)}
    for f in findings:
        counts[f.severity] += 1
    return counts
