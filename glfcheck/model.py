"""The frozen records every other module passes around: claims, evidence, figures, sources."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

STATUSES = ("established", "contested", "false")
STANCES = ("supports", "refutes", "qualifies")
UNITS = ("people", "count", "tonnes", "percent", "per_mille", "years", "ratio")
VERDICTS = ("supported", "conflicting", "contested", "unknown")


@dataclass(frozen=True)
class Quantity:
    """A figure as an interval: a value is low == high; a bound leaves one side open."""

    unit: str
    low: float
    high: float
    bound: str | None = None  # "lower" ("at least"), "upper" ("fewer than"), or None
    approximate: bool = False
    measure: str = ""
    period: str | None = None
    text: str = ""  # the words it was read from, for explanations

    @property
    def is_range(self) -> bool:
        return self.low != self.high


@dataclass(frozen=True)
class Evidence:
    source: str
    stance: str
    note: str = ""
    locator: str | None = None
    estimate: Quantity | None = None


@dataclass(frozen=True)
class Claim:
    id: str
    topic: str
    statement: str
    status: str
    evidence: tuple[Evidence, ...]
    aliases: tuple[str, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    corrected_by: str | None = None
    path: str = ""
    line: int = 0

    @property
    def texts(self) -> tuple[str, ...]:
        """Every phrasing the matcher compares a statement with."""
        return (self.statement, *self.aliases)

    @property
    def source_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(e.source for e in self.evidence))


@dataclass(frozen=True)
class Source:
    """One CSL item; `csl` is the item as written (pandoc/Zotero read it unchanged)."""

    id: str
    csl: dict[str, Any] = field(compare=False, hash=False)
    path: str = ""
    line: int = 0

    @property
    def authors(self) -> tuple[tuple[str, str], ...]:
        """(family, given) pairs of the authors, or of the editors for an edited book."""
        people = self.csl.get("author") or self.csl.get("editor") or []
        out = []
        for person in people:
            if isinstance(person, dict):
                family = str(person.get("family") or person.get("literal") or "")
                out.append((family, str(person.get("given") or "")))
        return tuple(out)

    @property
    def year(self) -> int | None:
        try:
            return int(self.csl["issued"]["date-parts"][0][0])
        except (KeyError, IndexError, TypeError, ValueError, OverflowError):
            return None

    def get(self, key: str) -> str:
        value = self.csl.get(key)
        return "" if value is None else str(value)


@dataclass(frozen=True)
class Lexicon:
    """Domain words the matcher folds (synonyms), reads as slots (names) and flips (opposites)."""

    synonyms: dict[str, str] = field(default_factory=dict)  # variant phrase -> canonical token
    names: dict[str, tuple[str, str]] = field(default_factory=dict)  # variant -> (category, canonical)
    opposites: tuple[tuple[frozenset[str], frozenset[str]], ...] = ()


@dataclass(frozen=True)
class Base:
    claims: tuple[Claim, ...]
    sources: dict[str, Source]
    lexicon: Lexicon
    roots: tuple[str, ...] = ()

    def claim(self, claim_id: str) -> Claim | None:
        return next((c for c in self.claims if c.id == claim_id), None)
