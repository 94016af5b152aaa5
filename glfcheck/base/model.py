"""The frozen records every other module passes around: claims, evidence, figures, sources."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any, Iterable, Iterator, Sequence, overload

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
    measure: str = ""  # what it measures: a measure id of the lexicon ("famine-deaths"), or words
    period: str | None = None
    text: str = ""  # the words it was read from, for explanations
    place: str | None = None  # the place it is a figure of ("Sichuan"); None for all China

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
    by: str | None = None  # whose figure the claim states, when it is no cited work's own ("Chen Yizi")
    method: str | None = None  # how that figure was reached (a Method of glfcheck.base.estimates)

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
class Measure:
    """Something figures measure (deaths, grain output, ...): its unit, and the phrases that say
    a figure measures it ("died", "death toll"); a phrase fits when all of its words are near."""

    id: str
    unit: str
    cues: tuple[str, ...]
    change: bool = False  # a rise or fall ("fell by 15 percent"), never a level ("from 200 to 170")
    of: tuple[str, str] | None = None  # a ratio's two sides, [first, second]: "cities ... half as much as the countryside"


# The lists of lexicon.yaml's `language` section: words of English the reading code looks for
# (how a sentence reports a work, states an aim, names a work; how a document heads its references).
LANGUAGE = {
    "reported": "a sentence reports what a work says",
    "intent": "a sentence states an aim, not what happened",
    "saying": "a claim tells what someone said or saw, which a sentence naming none of its people does not",
    "sets_aside": "a sentence sets something aside",
    "comparing": "a sentence may set one work's figure against another's",
    "pronouns": "a clause starting from one has lost its subject",
    "leading_conjunctions": "may come before such a pronoun",
    "work_nouns": "a year by one dates a work, not an event",
    "author_verbs": "after a surname, make it an author",
    "author_works": "after a surname's possessive, make it an author",
    "publishing": "say that a work was published",
    "in_english": "say an edition is in English (a source with no `language`)",
    "in_chinese": "say an edition is in Chinese (a source with `language: zh`)",
    "loss": "words of loss, which say what 'no longer' says",
    "staying": "words of staying, which denied say what a word of loss says",
    "exclusive": "make a claim exclusive ('alone', 'only', 'mainly')",
    "limiting": "limit rather than exclude when a claim uses them ('only partly')",
    "partial": "give something a part, which a sentence giving it the whole ('alone') contradicts",
    "sole": "give something the whole ('alone', 'entirely', 'on its own')",
    "aimed": "make a figure they govern an aim, a forecast or a proposal, not what happened",
    "aim_verbs": "may stand between such a word and its figure ('planned to raise steel output to ...')",
    "blaming": "give a cause after 'on' or 'to' ('blamed it on weather'), which the claim must name too",
    "owing": "put a cause right after them ('because of the famine'), which the claim must name too",
    "comparatives": "make a comparison, without which a misconception resting on one is not asserted",
    "naming": "give something a name, which a sentence reports without asserting a misconception it carries",
    "light_verbs": "say little on their own, so nothing is ruled out through them",
    "manner": "say how something rose or fell, not what did",
    "adopting": "take up another's figure, which a work then reports as well as its own",
    "causal": "name a cause, without which a misconception naming one is not asserted",
    "others_figures": "name other people's figures, which a work may report without making them its own",
    "purpose": "put a purpose right after them ('held to launch ...'), which the claim must name too",
    "contrast": "set two things against each other; no order of events, and no work's name to a figure, reaches across them",
    "fates": "say what befell a person ('executed', 'imprisoned'), which only a claim saying it too speaks of",
    "succession": "say who came in and who went out",
    "handing": "say that who stands before them went out and who follows 'to' came in",
    "place_words": "words of where, not of what",
    "reference_headings": "head a document's reference list",
    "reading_list": "before 'reading(s)', head a reference list",
    "name_connectors": "stand in a list of authors without being one",
    "corporate": "words of a publisher's name that tell no two apart",
    "publisher_words": "end a publisher's or an institution's name",
    "not_authors": "before a year, are no author",
}


def name_forms(name: str) -> tuple[str, ...]:
    """A name as it is also written: without its apostrophes, its hyphens read as spaces or left
    out. Wade-Giles is written every way ("P'eng Te-huai", "Peng Te-huai", "Peng Tehuai", "Peng
    Te Huai"), so a variant of the lexicon stands for all of them."""
    forms = [name]
    if "'" in name or "\u2019" in name:
        forms.append(re.sub(r"['\u2019]", "", name))
    for form in list(forms):
        if "-" in form:
            forms += [form.replace("-", " "), form.replace("-", "")]
    return tuple(dict.fromkeys(forms))


@dataclass(frozen=True)
class Lexicon:
    """Domain words the matcher folds (synonyms), reads as slots (names) and flips (opposites);
    what figures measure (measures); which verbs date the same kind of event (dating); the words
    that order two events (order); where places and events lie (within); words written in
    another spelling (spellings); the English words the reading code looks for (language)."""

    synonyms: dict[str, str] = field(default_factory=dict)  # variant phrase -> canonical token
    names: dict[str, tuple[str, str]] = field(default_factory=dict)  # variant -> (category, canonical)
    opposites: tuple[tuple[frozenset[str], frozenset[str]], ...] = ()
    measures: dict[str, Measure] = field(default_factory=dict)  # id -> measure
    dating: dict[str, tuple[str, ...]] = field(default_factory=dict)  # kind of date -> its verbs
    order: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "before"/"after" -> words
    within: dict[str, str] = field(default_factory=dict)  # a place or event -> the province it lies in
    spellings: dict[str, str] = field(default_factory=dict)  # a word as also written -> its spelling in the base
    language: dict[str, tuple[str, ...]] = field(default_factory=dict)  # LANGUAGE key -> its words
    # the `language` lists as sets, each made when first asked for (`word_set`)
    _word_sets: dict[str, frozenset[str]] = field(default_factory=dict, init=False, repr=False, compare=False)

    def words(self, key: str) -> tuple[str, ...]:
        """One of the `language` lists ('reported', 'work_nouns', ...); empty when the lexicon has none."""
        return self.language.get(key, ())

    def word_set(self, key: str) -> frozenset[str]:
        """A `language` list as a set of lower-case words, made once (words are looked up in it often)."""
        found = self._word_sets.get(key)
        if found is None:
            found = self._word_sets[key] = frozenset(w.lower() for w in self.words(key))
        return found


class LazyClaims(Sequence[Claim]):
    """A pickled base's claims, unpickled a few at a time as they are first needed.

    A lookup meets a handful of the claims; unpickling all 10,000 claims of a large base (with
    their evidence) cost ~50 ms on every cached lookup. The ids are kept whole, for `Base.claim`.
    """

    CHUNK = 16  # claims per pickled chunk: small enough that a lookup loads few claims it does not use

    def __init__(self, ids: tuple[str, ...], chunks: list[bytes]):
        self.ids = ids
        self._chunks = chunks
        self._loaded: list[list[Claim] | None] = [None] * len(chunks)
        self._positions: dict[str, int] | None = None

    @classmethod
    def of(cls, claims: Sequence[Claim]) -> "LazyClaims":
        import pickle

        chunks = [pickle.dumps(list(claims[i:i + cls.CHUNK]), protocol=pickle.HIGHEST_PROTOCOL)
                  for i in range(0, len(claims), cls.CHUNK)]
        return cls(tuple(c.id for c in claims), chunks)

    def __reduce__(self) -> tuple:
        return LazyClaims, (self.ids, self._chunks)

    def _chunk(self, n: int) -> list[Claim]:
        chunk = self._loaded[n]
        if chunk is None:
            from pickle import loads

            chunk = self._loaded[n] = loads(self._chunks[n])  # noqa: S301 - written with the cache
        return chunk

    def __len__(self) -> int:
        return len(self.ids)

    @overload
    def __getitem__(self, index: int) -> Claim: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[Claim, ...]: ...
    def __getitem__(self, index):  # type: ignore[no-untyped-def]
        if isinstance(index, slice):
            return tuple(self[i] for i in range(*index.indices(len(self))))
        if index < 0:
            index += len(self.ids)
        if not 0 <= index < len(self.ids):
            raise IndexError(index)
        return self._chunk(index // self.CHUNK)[index % self.CHUNK]

    def __iter__(self) -> Iterator[Claim]:
        for n in range(len(self._chunks)):
            yield from self._chunk(n)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, (tuple, LazyClaims)) and tuple(self) == tuple(other)

    def __hash__(self) -> int:
        return hash(tuple(self))

    def position(self, claim_id: str) -> int | None:
        if self._positions is None:
            self._positions = {cid: i for i, cid in enumerate(self.ids)}
        return self._positions.get(claim_id)


WORKS_TOPIC = "works"  # claims that only restate bibliography, kept for attribution checks


@dataclass(frozen=True)
class Counts:
    """The claims counted as a reader should see them: claims about the history apart from the
    works-* claims that only restate a work's bibliography; and how many evidence entries say
    where in the work (a locator), since a claim is easier to check from a page than a book."""

    history: int
    works: int
    evidence: int
    located: int

    @property
    def claims(self) -> int:
        return self.history + self.works

    @property
    def located_share(self) -> float:
        return self.located / self.evidence if self.evidence else 0.0

    def claims_text(self) -> str:
        return f"{self.claims} claims: {self.history} about the history, {self.works} restating works (works-*)"

    def locators_text(self) -> str:
        return f"{self.located} of {self.evidence} evidence entries ({self.located_share:.1%}) give a locator"

    def __str__(self) -> str:
        return f"{self.claims_text()}; {self.locators_text()}"


def count_claims(claims: Iterable[Claim]) -> Counts:
    history = works = evidence = located = 0
    for claim in claims:
        works += claim.topic == WORKS_TOPIC
        history += claim.topic != WORKS_TOPIC
        evidence += len(claim.evidence)
        located += sum(1 for e in claim.evidence if e.locator)
    return Counts(history, works, evidence, located)


@dataclass(frozen=True)
class Base:
    claims: tuple[Claim, ...]  # a LazyClaims once the base has been through the cache's pickle
    sources: dict[str, Source]
    lexicon: Lexicon
    roots: tuple[str, ...] = ()

    def counts(self) -> Counts:
        return count_claims(self.claims)

    def claim(self, claim_id: str) -> Claim | None:
        claims = self.claims
        if isinstance(claims, LazyClaims):
            position = claims.position(claim_id)
            return None if position is None else claims[position]
        return next((c for c in claims if c.id == claim_id), None)

    def __reduce__(self) -> tuple:
        """Pickled with its claims in chunks, unpickled only as a lookup reaches them."""
        claims = self.claims if isinstance(self.claims, LazyClaims) else LazyClaims.of(self.claims)
        return Base, (claims, self.sources, self.lexicon, self.roots)


def describe(q: Quantity) -> str:
    """A short human form of a figure, for explanations."""

    def fmt(v: float) -> str:
        if q.unit in ("people", "count", "tonnes") and abs(v) >= 1e6:
            return f"{v / 1e6:g} million"
        return f"{v:,.10g}"

    body = fmt(q.low) if not q.is_range else f"{fmt(q.low)}–{fmt(q.high)}"
    prefix = {"lower": "at least ", "upper": "at most "}.get(q.bound or "", "about " if q.approximate else "")
    suffix = {
        "tonnes": " tonnes", "percent": " %", "per_mille": " per thousand", "years": " years",
        "ratio": "×", "people": " people",
    }.get(q.unit, "")
    return prefix + body + suffix


def from_record(record: dict, default_unit: str = "count", measure: str = "") -> Quantity:
    """A quantity as written in a claims file (value or range, unit, bound, period)."""
    unit = str(record.get("unit") or default_unit)
    if "range" in record:
        low, high = (float(x) for x in record["range"])
    else:
        low = high = float(record["value"])
    period, place = record.get("period"), record.get("place")
    q = Quantity(unit, min(low, high), max(low, high), record.get("bound"), False,
                 str(record.get("measure") or measure), None if period is None else str(period),
                 place=None if place is None else str(place))
    return replace(q, text=describe(q))
