"""What the judging steps hand each other: a statement's elements, a claim's profile, and the
comparison of one with the other. Plain frozen records; the code that makes and reads them is
in `elements` (statement -> elements), `profile` (claim -> profile), `compare` (element against
claim) and `checker` (the verdict).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from glfcheck.base.model import Claim, Quantity
from glfcheck.judging.attribution import Attribution
from glfcheck.matching.matcher import Candidate
from glfcheck.matching.quantities import YearSpan
from glfcheck.matching.text import Analysed
from glfcheck.results import Reason


@dataclass(frozen=True)
class Figure:
    """A figure with what it measures, where and when."""

    quantity: Quantity
    measure: str | None  # a measure id of the lexicon, or None when the words around it do not say
    place: str | None = None  # a place it is the figure of ("Sichuan"); None: all of China
    period: YearSpan | None = None  # the year or period it is for
    clause: int = 0  # the clause of the statement it stands in
    from_text: bool = False  # read from a phrasing's words, not given as data
    denied: bool = False  # the sentence rules it out ("about 44.6 per thousand, not the 25.4 registered")
    adopted: bool = False  # a work takes it up from others ("Coale took the 16 million implied by registration")


@dataclass(frozen=True)
class Dated:
    """A year or period, and what it dates: the kind of event (begin, end, occur, purge, ...:
    the lexicon's `dating`), the event it is attached to ("the Lushan Conference of 1959") and the
    content words of its clause."""

    span: YearSpan
    kind: str | None
    event: str | None
    tokens: frozenset[str]
    clause: int = 0
    denied: bool = False  # the sentence rules this year out ("in 1958, not in the 1960s")
    data: bool = False  # the period of a claim's figure, given as data: it can confirm a date, not contradict one
    until: bool = False  # "until 1961": what it dates lasted up to that year
    bound: str | None = None  # "after" or "before": what it dates came after (or before) that year


@dataclass(frozen=True)
class Order:
    """Two events in time: `later` came after `earlier`; or, with `cause`, `earlier` caused
    `later` (which a cause that began after its effect refutes). An event is an event token of
    the lexicon, or else the words that say what happened ("the Soviet Union withdrew its
    experts"), to be dated by the claims."""

    later: str
    earlier: str
    text: str
    gap: int | None = None  # how many years apart, when the statement says ("three years before")
    gap_text: str = ""
    cause: bool = False
    bare: bool = False  # joined by a bare 'after' or 'before' ('praising the Leap after Lushan'), not 'came after'
    after_end: bool = False  # `later` came after `earlier` was over ('recalled after the famine was over')


@dataclass(frozen=True)
class Statement:
    """Everything a statement asserts that can be checked, read once."""

    text: str
    analysed: Analysed
    clauses: tuple[str, ...]
    figures: tuple[Figure, ...]
    dates: tuple[Dated, ...]
    names: frozenset[tuple[str, str]]  # (category, canonical name), titles of works left out
    works: tuple[Attribution, ...]  # the works it names or cites
    orders: tuple[Order, ...]
    foreign: str | None = None  # what else it is about ("another famine: the Soviet famine"), if anything
    titled: tuple[str, tuple[str, ...]] | None = None  # a work named by its title, with the authors given it
    clause_names: tuple[frozenset[tuple[str, str]], ...] = ()  # the names of each clause
    placed: tuple[tuple[str, str], ...] = ()  # (a place or event, the province the sentence puts it in)
    pronoun: bool = False  # it speaks of someone as he, she, him or her
    reporter: str | None = None  # whose view it reports ('Cheng Enfu contends that ...'), if anyone's
    first_authors: tuple[tuple[str, str], ...] = ()  # (surname, work) of the works it names, loosely read
    shares: tuple[tuple[Quantity, frozenset[str]], ...] = ()  # the shares it gives each side ("three parts ...")


@dataclass(frozen=True)
class Profile:
    """A claim read once, when the base is loaded: everything a comparison needs of it."""

    claim: Claim
    phrasings: tuple[Analysed, ...]
    clauses: tuple[tuple[Analysed, ...], ...]  # each phrasing cut into clauses
    names: frozenset[tuple[str, str]]
    figures: tuple[Figure, ...]
    dates: tuple[Dated, ...]
    orders: tuple[Order, ...]
    works: frozenset[str]  # the works its statement names ("Peng (1987) estimated ...")
    words: frozenset[str] = field(default=frozenset())  # every content word of its phrasings
    asserted: frozenset[str] = field(default=frozenset())  # the words its phrasings assert (not 'rather than ...')
    first_authors: tuple[tuple[str, str], ...] = ()  # (surname, work) of the works its statement names
    mentions: frozenset[str] = field(default=frozenset())  # the works any phrasing names, however loosely
    shares: tuple[tuple[Quantity, frozenset[str]], ...] = ()  # the shares it gives each side, and percent data
    months: tuple[tuple[int, frozenset[tuple[int, int | None]]], ...] = ()  # year -> (month, day) its phrasings give

    @property
    def attributive(self) -> bool:
        """It reports what a work says, rather than stating the matter itself."""
        return bool(self.works)

    @property
    def misconception(self) -> bool:
        return self.claim.status == "false"


@dataclass(frozen=True)
class Comparison:
    """A statement set against one claim: how close its words are, and each element's outcome."""

    candidate: Candidate
    profile: Profile
    checks: tuple[Reason, ...]
    relevant: bool  # the claim is about what the statement says
    # it speaks of every person the statement names (or of another in their place), and it names a country
    # where the statement does (a claim naming none says nothing of one)
    people: bool = True

    @property
    def claim(self) -> Claim:
        return self.profile.claim
