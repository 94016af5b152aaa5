"""What a statement asserts in its wording, compared with a claim's: negation, opposite words,
reversed comparisons and successions, a share given to the other side, and how two works'
figures compare ("lower than Peng's").

Each comparison returns a Finding saying whether the statement agrees, and why, in words a
user can read. None of them looks at fuzzy scores.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Iterable
from dataclasses import dataclass

from glfcheck.base.model import Lexicon, Quantity, describe
from glfcheck.matching.quantities import (
    consistent,
    find_quantities,
)
from glfcheck.matching.text import NEGATIONS, Analysed, canonical_token, content_token, stem

AGREES, PARTIAL, CONFLICTS, SILENT = "agrees", "partial", "conflicts", "silent"


@dataclass(frozen=True)
class Finding:
    aspect: str  # "figure", "year", "name", "polarity"
    outcome: str  # agrees / partial / conflicts / silent
    message: str
    sources: tuple[str, ...] = ()  # for a partial figure: the works whose estimate it fits


# Where a sentence part ends for the purpose of telling which share belongs to what.
_SHARE_PART_RE = re.compile(r"[,;:()]|\s(?:and|but|while|whereas)\s", re.IGNORECASE)


_PARTS_RE = re.compile(r"\b(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+parts?\b", re.IGNORECASE)
_PART_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10}


def share_parts(text: str) -> list[tuple[Quantity, str]]:
    """Each part of a text that gives exactly one percentage, with that part's text: 'seventy
    percent natural and only thirty percent man-made' -> (70 %, 'seventy percent natural'), ...
    'Three parts natural, seven parts man-made' gives 30 and 70 percent."""
    def parts_of(part: str) -> list[float]:
        return [float(_PART_NUMBERS.get(m.group("n").lower()) or m.group("n")) for m in _PARTS_RE.finditer(part)]

    total = sum(parts_of(text))
    found = []
    for part in _SHARE_PART_RE.split(text):
        shares = [q for q in find_quantities(part) if q.unit == "percent"]
        counted = parts_of(part) if total and len(parts_of(text)) >= 2 else []
        if len(shares) == 1 and not counted:
            found.append((shares[0], part))
        elif len(counted) == 1 and not shares:
            value = 100.0 * counted[0] / total
            found.append((Quantity("percent", value, value, text=_PARTS_RE.search(part).group(0)), part))  # type: ignore[union-attr]
    return found


def share_sides(text: str, analyse: Callable[[str], Analysed]) -> tuple[tuple[Quantity, frozenset[str]], ...]:
    """Each share a text gives, with the words of the side it is given to ("three parts nature,
    seven parts man")."""
    return tuple((q, frozenset(asserted_words([analyse(part)]))) for q, part in share_parts(text))


def compare_share_sides(stated: list[tuple[Quantity, set[str]]], known: list[tuple[Quantity, set[str]]],
                        lexicon: Lexicon) -> Finding | None:
    """A share given to the wrong one of two opposites: 'seventy percent natural' where the
    sources give seventy percent to man-made causes. `stated` and `known` pair each percentage
    with the words of its sentence part. None when no share is swapped."""
    def sides(words: set[str]) -> list[tuple[int, int]]:
        return [(i, side) for i, pair in enumerate(lexicon.opposites) if (side := _side(words, pair))]

    known_sides = [(q, i, side) for q, words in known for i, side in sides(words)]
    for q, words in stated:
        for i, side in sides(words):
            same = [k for k, j, other in known_sides if j == i and other == side and consistent(q, k)]
            swapped = [k for k, j, other in known_sides if j == i and other != side and consistent(q, k)]
            if swapped and not same:
                pair = lexicon.opposites[i]
                said = sorted((pair[0] if side == 1 else pair[1]) & words)[0]
                return Finding("figure", CONFLICTS, f"{q.text!r} is given to '{said}': the sources give "
                                                    f"{describe(swapped[0])} to the opposite")
    return None


def _token(name: str) -> str:
    """A name as it stands among an analysed text's tokens ('Beijing' -> 'beij')."""
    return stem(canonical_token(name))


CLAUSE_SPLIT_RE = re.compile(
    r"[,;:]|\s(?:while|whereas|but|although|though|even as|even though|as|yet|despite|and then|because|since)\s",
    re.IGNORECASE,
)


# (the comma inside a number, '9,400', neither opens nor closes an aside)
# what a sentence sets its subject against: 'Unlike earlier famines, caused mainly by drought, the
# famine of 1958-61 ...' (with the aside that describes what it is set against)
CONTRAST_LEAD = (r"(?:unlike|in\s+contrast\s+to|as\s+opposed\s+to|compared\s+with|compared\s+to)\b[^,]{0,120},"
                 r"(?:\s*(?:caused|brought|made|marked|which|that|when|where|mostly|mainly)\b[^,]{0,120},)?\s*")
CONTRAST_LEAD_RE = re.compile(CONTRAST_LEAD, re.IGNORECASE)
_ASIDE_RE = re.compile(r",\s*(?:which|who|whom|whose|where|when|while|although|though|as|after|before)\b"
                       r"(?:[^,]|(?<=\d),(?=\d))*,(?!\d)", re.IGNORECASE)
_LEAD_RE = re.compile(
    r"^(?:although|though|while|whereas|despite|amid|after|before|as|since|looking|drawing|in|during|with)\b(?:[^,]|(?<=\d),(?=\d)){0,160},(?!\d)\s*"
    r"|^" + CONTRAST_LEAD,
    re.IGNORECASE,
)


def main_clause(text: str) -> str:
    """The sentence without its asides: 'Although X, the campaign, which Y, produced Z' reads
    'the campaign produced Z'."""
    core = _LEAD_RE.sub("", _ASIDE_RE.sub("", text)).strip()
    return core if len(core.split()) >= 4 else text


_COARSE_SPLIT_RE = re.compile(r"[;:]|\s(?:but|while|whereas|although|though)\s", re.IGNORECASE)


def coarse_clauses(text: str) -> list[str]:
    """Clauses cut only at semicolons, colons and contrasts, so that a list stays whole."""
    return [part for part in _COARSE_SPLIT_RE.split(text) if part.strip()]


def clauses(text: str) -> list[str]:
    """A sentence cut at the joints where a second, independent assertion usually starts."""
    return [part for part in CLAUSE_SPLIT_RE.split(text) if part.strip()]


# Words of loss ('loss'), words that make a claim exclusive ('exclusive': denying "caused by
# weather alone" says nothing against "about 30 percent was due to weather"), words of where
# ('place_words') and of succession ('succession') are the lexicon's `language` lists.


_COMPARATIVES = frozenset("more greater larger bigger higher worse deadlier severer longer".split())


def _negated(clause: Analysed) -> bool:
    """Whether a clause denies what it says. 'No famine has killed more people than China's' does
    not: a 'no ... more ... than' comparison says China's killed the most."""
    if clause.negations % 2 == 0:
        return False
    words = clause.words
    if any(w == "not" and words[i + 1:i + 2] in _QUANTIFIED for i, w in enumerate(words)):
        return False  # 'not everyone died of hunger': a quantity, not a denial of what most did
    if any(w in NEGATIONS and _UNTIL & set(words[i + 1:i + 1 + UNTIL_REACH]) for i, w in enumerate(words)):
        return False  # 'did not stop exporting until 1961': when it stopped, not that it did not
    if all(_in_purpose(words, i) for i, w in enumerate(words) if w in NEGATIONS):
        return False  # 'beat drums so that the sparrows could never land': the aim is denied, not the beating
    for i, word in enumerate(words):
        if word in ("no", "nothing", "none", "nobody", "never"):
            rest = words[i + 1:]
            return not ("than" in rest and any(w in _COMPARATIVES for w in rest[:rest.index("than")]))
    return True


def _in_purpose(words: tuple[str, ...], at: int) -> bool:
    """Does the word at `at` stand in a clause of purpose or result ('so that the birds could never
    land', 'so as not to eat their own', 'in order not to')?"""
    before = words[max(0, at - PURPOSE_REACH):at]
    return any(w == "so" or (w == "order" and j and before[j - 1] == "in") for j, w in enumerate(before))


def _denies_what_goes_unsaid(claim: Analysed, statement: Analysed) -> bool:
    """The claim denies something the statement does not speak of: 'the state did not *cut*
    procurement' against 'the way the state procured grain', which says nothing of cutting."""
    if not _negated(claim):
        return False
    words = claim.words
    at = next((i for i, w in enumerate(words) if w in NEGATIONS), None)
    for word in words[at + 1:] if at is not None else ():
        governed = next((t for t in claim.tokens if word == t or word.startswith(t)), None)
        if governed is not None:
            return governed not in statement.tokens
    return False


def _denies_an_unsaid_cause(statement: Analysed, claim: Analysed, causal: frozenset[str]) -> bool:
    """The statement denies a cause ('the Soviet Union did not cause the famine') where the claim
    names none ('grain went to the USSR under trade agreements'): it says nothing the claim says."""
    words = statement.words
    at = next((i for i, w in enumerate(words) if w in NEGATIONS), None)
    if at is None or not causal & set(words[at + 1:at + 1 + NEGATED_CAUSE_REACH]):
        return False
    return not causal & set(claim.words)


def _ended_either_way(a: tuple[str, ...], b: tuple[str, ...], loss: frozenset[str],
                      staying: frozenset[str] = frozenset(), b_elsewhere: Iterable[str] = ()) -> bool:
    """'could no longer leave' and 'the removal of the right to leave' say the same: a negation
    on one side, a word of loss on the other. So do 'was not allowed to keep the ministry' and
    'lost his post': a word of staying denied (the lexicon's `staying`), against a word of loss in
    any of the claim's phrasings (`b_elsewhere`: 'took over from' here, 'lost' there)."""
    def no_longer(words: tuple[str, ...], strictly: bool = False) -> bool:
        """"no longer", "no more", "could not", "never been allowed"; loosely also "was not"."""
        modal = ("could", "can", "would") if strictly else ("could", "can", "would", "was", "were")
        return any((w == "no" and words[i + 1:i + 2] in (("longer",), ("more",))) or (
            w in ("not", "n't") and i and words[i - 1] in modal) or (
            w == "never" and {"allowed", "permitted"} & set(words[i + 1:i + 4])) for i, w in enumerate(words))

    # (a side that denies a word of loss itself, 'was not forbidden', denies the loss)
    return (no_longer(a) and bool(loss & set(b)) and not loss & set(a)) \
        or (no_longer(b) and bool(loss & set(a)) and not loss & set(b)) \
        or ((no_longer(a, strictly=True) or _denied_word(a, staying)) and not NEGATIONS & set(b)
            and bool(loss & (set(b) | set(b_elsewhere)))) \
        or (_denied_word(b, staying) and not NEGATIONS & set(a) and bool(loss & set(a)))  # ('never removed' denies the loss)


def _elsewhere(statement: Analysed, claim: list[Analysed]) -> bool:
    """The statement's clause speaks of other places than the claim: 'published in Hong Kong' is
    no denial of 'cannot be published in mainland China' (of the whole claim: a list of provinces
    is cut into clauses)."""
    places = [{n for c, n in a.names if c == "place"} for a in (statement, *claim)]
    known = set().union(*places[1:])
    return bool(places[0]) and bool(known) and not places[0] & known


def says_any(words: tuple[str, ...], phrases: Iterable[str]) -> bool:
    """Do the words hold any of these phrases, word for word ('on its own', not 'their own food')?"""
    present = set(words)
    for phrase in phrases:
        wanted = tuple(phrase.lower().split())
        if not present.issuperset(wanted):
            continue  # (most phrases: a word of theirs is not there at all)
        n = len(wanted)
        if any(words[i:i + n] == wanted for i in range(len(words) - n + 1)):
            return True
    return False


def whole_against_part(statement: Analysed, claim: Iterable[tuple[str, ...]], lexicon: Lexicon) -> tuple[str, str] | None:
    """The sentence gives something the whole ('weather alone explains the collapse', not denied,
    not itself partial) where one of the claim's phrasings (`claim`: their words) gives it a part
    ('only partly explains'): (the sentence's word, the claim's), else None. The words of the whole
    are the lexicon's `sole`."""
    said = next((p for p in lexicon.words("sole") if says_any(statement.words, [p])), None)
    partial = lexicon.words("partial")
    if said is None or _negated(statement) or says_any(statement.words, partial):
        return None
    part = next((p for words in claim for p in partial if says_any(words, [p])), None)
    return (said, part) if part is not None else None


def denies_exclusivity(statement: Analysed, claim_words: Iterable[str], lexicon: Lexicon) -> bool:
    """'Not caused by bad weather alone' ('not the main cause') denies that weather was the whole
    (or the main) cause, which a claim that weather was part of it does not say either: the claim
    is read in all its words (`claim_words`), so one that says 'primarily' anywhere is denied."""
    limiting = lexicon.word_set("limiting")
    exclusive = [p for p in lexicon.words("exclusive") if p.lower() not in limiting]
    claim = set(claim_words)
    return _negated(statement) and says_any(statement.words, lexicon.words("exclusive")) \
        and not any(set(p.lower().split()) <= claim for p in exclusive)


def denied_tokens(statement_clauses: list[Analysed], exclusive: frozenset[str] = frozenset()) -> set[str]:
    """What a statement sets aside: the clause of "X, not Y, ..." and the Y of "not Y but X"
    ("Chang and Wen blamed the furnaces, not the communal dining halls"); not where a word of
    `exclusive` follows the 'not' ('not mainly the cities but the countryside' denies only that the
    cities were the main part)."""
    denied: set[str] = set()
    for clause in statement_clauses:
        words = clause.words
        if words[:1] == ("not",) and words[1:2] not in _QUANTIFIED:
            denied |= set(clause.tokens)  # (not 'not everyone who died ...': some did, some did not)
        elif "not" in words and "but" in words[words.index("not"):] \
                and not set(words[words.index("not") + 1:words.index("not") + 2]) & exclusive:
            start = words.index("not")
            span = set(words[start + 1:words.index("but", start)])
            denied |= {t for t in clause.tokens if t in span or any(w.startswith(t) for w in span)}
    return denied


_UNTIL = frozenset({"until", "till", "before"})
UNTIL_REACH = 8  # words between the 'not' and the 'until' of "did not stop being a net exporter until 1961"
STAYING_REACH = 4  # words between the 'not' and the word of staying: "was not allowed to keep"
_QUANTIFIED = frozenset({("everyone",), ("everybody",), ("all",), ("every",), ("only",), ("just",), ("always",),
                         ("quite",), ("least",)})
NEGATED_REACH = 1  # a negation just before the word it turns round ('did not stop')
NEGATED_CAUSE_REACH = 3  # words after a negation where the cause it denies stands ('did not really cause')
AROUND_REACH = 4  # words either side of an opposite word that say what it is of ('bad weather on its own caused')
PURPOSE_REACH = 5  # words between 'so' ('in order') and the negation of the purpose it states
NOT_BUT_REACH = 6  # words between the 'not' and the 'but' of "caused not by policy but by weather"


def denied_across(statement: Analysed, exclusive: frozenset[str] = frozenset()) -> set[str]:
    """The Y of "not Y but X" where the 'but' starts a clause of its own: the whole sentence read
    (see `denied_tokens` for `exclusive`)."""
    words = statement.words
    for i, word in enumerate(words):
        if word == "not" and "but" in words[i + 1:i + 2 + NOT_BUT_REACH] and not set(words[i + 1:i + 2]) & exclusive:
            span = set(words[i + 1:words.index("but", i + 1)])
            return {t for t in statement.tokens if t in span or any(w.startswith(t) for w in span)}
    return set()


def _asserted(words: tuple[str, ...]) -> set[str]:
    """The words a clause asserts: 'policy rather than weather' asserts policy, not weather; 'full
    members procured more than alternate members' asserts it of full members (what follows 'than'
    is what the subject is compared with)."""
    out: list[str] = []
    for i, word in enumerate(words):
        if word == "than" or (word == "of" and i and words[i - 1] == "instead"):
            break
        out.append(word)
    return set(out)


def set_aside_words(statement: Analysed) -> set[str]:
    """The words of the Y of "not Y but X", the whole sentence read: 'produced not useful steel
    but worthless iron' asserts nothing of 'useful'."""
    words = statement.words
    for i, word in enumerate(words):
        if word == "not" and "but" in words[i + 1:i + 2 + NOT_BUT_REACH]:
            return set(words[i + 1:words.index("but", i + 1)])
    return set()


def _side(words: set[str], pair: tuple[frozenset[str], frozenset[str]]) -> int:
    first, second = bool(words & pair[0]), bool(words & pair[1])
    return 0 if first == second else (1 if first else 2)


def asserted_words(clauses_: Iterable[Analysed]) -> set[str]:
    """Every word these clauses assert (see `_asserted`)."""
    return set().union(*(_asserted(c.words) for c in clauses_))


def _opposite_flips(statement: list[Analysed], claim: list[Analysed], lexicon: Lexicon,
                    whole_claim: Callable[[], set[str]] | None = None,
                    affirmed: Callable[[], set[str]] | None = None, aside: set[str] = frozenset()) -> list[str]:
    """Negations and opposite words in clauses that speak of the same things ('procurement rose'
    / 'fell'); a clause about something else ('while there is no exact count') is left alone.
    `aside`: words the sentence sets aside ("not useful steel but ..."), which assert nothing."""
    flips = []
    whole: set[str] | None = None  # every word the claim asserts, worked out when first needed

    def claim_words() -> set[str]:
        nonlocal whole
        if whole is None:
            whole = whole_claim() if whole_claim is not None else asserted_words(claim)
        return whole

    for s_clause in statement:
        s_content = set(s_clause.tokens)
        # (the clause sharing most words; of two sharing as many, the one sharing more that are no
        # year: 'caused by policy rather than by weather', not 'the famine of 1959-1961')
        # (and first the one sharing more words that are no name: 'according to Houser, Sands and Xiao'
        # shares only names with 'Houser, Sands and Xiao concluded that ... bad weather')
        s_names = {_token(n) for _, n in s_clause.names}
        best = max(claim, key=lambda c: (len(s_content & set(c.tokens) - s_names), len(s_content & set(c.tokens)),
                                         sum(not t[0].isdigit() for t in s_content & set(c.tokens))), default=None)
        if best is None or not (s_content & set(best.tokens)):
            continue
        common = s_content & set(best.tokens)
        shared = len(common)
        # 'was not allowed to keep' says what 'lost' says: the negation is read into its words below
        ended = _negated(s_clause) != _negated(best) and _ended_either_way(
            s_clause.words, best.words, lexicon.word_set("loss"), lexicon.word_set("staying"), (affirmed or claim_words)())
        if shared >= 2 and shared >= len(s_content) / 3 and _negated(s_clause) != _negated(best) and not ended \
                and not _denies_what_goes_unsaid(best, s_clause) \
                and not _denies_an_unsaid_cause(s_clause, best, lexicon.word_set("causal")) \
                and not denies_exclusivity(s_clause, (affirmed or claim_words)(), lexicon) \
                and not _elsewhere(s_clause, claim):
            flips.append("negation")  # only where the clauses say mostly the same thing
        names = {_token(n) for _, n in s_clause.names | best.names}
        if not common - names:
            continue  # clauses sharing only a name ("Mao self-criticism" / "Lin Biao praised Mao") say different things
        if not opposite_words(lexicon.opposites).intersection(s_clause.words):
            continue  # most clauses: no word of any pair, so nothing to flip
        s_words, c_words = _asserted(s_clause.words) - aside, _asserted(best.words)
        related = bool(_RELATING & set(s_clause.words)) and bool(_RELATING & set(best.words))
        for pair in lexicon.opposites:
            s_side = written = _side(s_words, pair)
            if s_side and _denied_until(s_clause.words, pair[s_side - 1]):
                s_side = 3 - s_side  # ('did not stop exporting until 1961' went on exporting until then)
            if ended and s_side and _denied_word(s_clause.words, pair[s_side - 1] & lexicon.word_set("staying")):
                s_side = 3 - s_side  # ('not allowed to keep' is on the side of 'forbidden' and 'lost')
            known_words = c_words
            if s_side and not (c_words & (pair[0] | pair[1])):
                known_words = claim_words()  # the matching clause is silent on this pair; the claim may not be
            c_side = _side(known_words, pair)
            if s_side and c_side and s_side != c_side:
                said = sorted((pair[0] if written == 1 else pair[1]) & s_words)[0]
                known = sorted((pair[0] if c_side == 1 else pair[1]) & known_words)[0]
                manner = lexicon.word_set("manner")
                if known in best.words and (not (_around(s_clause, said) & _around(best, known)) - manner
                                            or _other_heads(s_clause, said, best, known, manner)):
                    continue  # 'procurement rose' / 'output fell': opposite words of different things
                flips.append(f"'{said}' where the claim has '{known}'")
            elif related:
                s_link, c_link = _correlation(s_clause.words, pair), _correlation(best.words, pair)
                if s_link and c_link and s_link != c_link:
                    flips.append("the relation runs the other way ('higher where lower')")
    return flips


def _head(clause: Analysed, word: str, manner: frozenset[str]) -> str | None:
    """The content word just before `word` (words of manner aside): what rose or fell in
    'grain output actually fell'."""
    words = clause.words
    at = words.index(word)
    for w in reversed(words[max(0, at - AROUND_REACH):at]):
        if w in manner:
            continue
        return next((t for t in clause.tokens if w == t or w.startswith(t)), None)
    return None


def _other_heads(s_clause: Analysed, said: str, best: Analysed, known: str, manner: frozenset[str]) -> bool:
    """Each side's opposite word follows a different thing, which the other clause never names:
    'grain output actually fell' and 'grain procurement actually rose'."""
    mine, theirs = _head(s_clause, said, manner), _head(best, known, manner)
    return bool(mine and theirs) and mine != theirs and mine not in best.tokens and theirs not in s_clause.tokens


def _denied_until(words: tuple[str, ...], side: frozenset[str]) -> bool:
    """'did not stop ... until 1961': a word of the pair negated before it, with 'until' after it."""
    return any(w in side and NEGATIONS & set(words[max(0, i - NEGATED_REACH):i])
               and _UNTIL & set(words[i + 1:i + 1 + UNTIL_REACH]) for i, w in enumerate(words))


def _denied_word(words: tuple[str, ...], side: frozenset[str]) -> bool:
    """Does a negation stand just before a word of this side ('not allowed', 'did not stay')?"""
    return any(w in NEGATIONS and side & set(words[i + 1:i + 1 + STAYING_REACH]) for i, w in enumerate(words))


def _around(clause: Analysed, word: str, reach: int = AROUND_REACH) -> set[str]:
    """The content words (as tokens) near each place `word` stands in a clause: what it says
    rose or fell."""
    words, near = clause.words, set()
    for i, w in enumerate(words):
        if w == word:
            for other in words[max(0, i - reach):i] + words[i + 1:i + 1 + reach]:
                near |= {t for t in clause.tokens if other == t or other.startswith(t)}
    return near


_RELATING = frozenset({"where", "when", "with", "that", "which"})  # words that relate two quantities


_MORE, _LESS = frozenset({"most", "more", "greatest", "largest"}), frozenset({"least", "less", "fewest", "smallest"})


@lru_cache(maxsize=4)  # one base's lexicon a run: worked out once, not for every comparison
def opposite_words(opposites: tuple[tuple[frozenset[str], frozenset[str]], ...]) -> frozenset[str]:
    """Every word of the lexicon's opposite pairs (and the relation words `_correlation` reads):
    a clause with none of them flips nothing."""
    return frozenset().union(*(a | b for a, b in opposites), _MORE, _LESS)


def _correlation(words: tuple[str, ...], pair: tuple[frozenset[str], frozenset[str]]) -> int:
    """+1 for 'higher where higher', -1 for 'highest where lowest', 0 when a clause relates no
    two quantities: the sign of the relation a clause states."""
    up, down = pair
    if "increase" in up:  # in a relation, 'most'/'least' say which way as much as 'higher'/'lower'
        up, down = up | _MORE, down | _LESS
    sides = [1 if w in up else 2 for w in words if w in up or w in down]
    if len(sides) < 2 or not (_RELATING & set(words)):
        return 0
    return 1 if sides[0] == sides[1] else -1


_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten twenty thirty forty fifty hundred "
                          "thousand million half a an".split())


def _comparative_reversed(statement: Analysed, claim: Analysed) -> bool:
    """'Cities were hit harder than the countryside' against 'rural areas harder than cities'."""
    def comparison_at(a: Analysed) -> int | None:
        """The 'than' of a real comparison ('harder than'), not of 'rather than'."""
        for i, word in enumerate(a.words):
            following = a.words[i + 1] if i + 1 < len(a.words) else ""
            if following[:1].isdigit() or following in _NUMBER_WORDS:
                continue  # 'more than 3.4 million': a figure's bound, not a comparison
            if word == "than" and i and a.words[i - 1] not in ("rather", "other"):
                window = a.words[max(0, i - 4):i]
                if any(w.endswith("er") or w in ("more", "less", "worse", "fewer") for w in window):
                    return i
        return None

    s_at, c_at = comparison_at(statement), comparison_at(claim)
    if s_at is None or c_at is None:
        return False
    # Only the clause around the comparison: "... rather than X, leading to higher A than B".
    def after(a: Analysed, at: int) -> set[str]:
        """What the comparison is made against: the words after 'than', up to the next clause."""
        words = []
        for word in a.words[at + 1:at + 6]:
            if word in ("because", "since", "as", "while", "which", "who", "where", "when", "but", "so"):
                break
            words.append(word)
        return set(words)

    s_before, s_after = set(statement.words[max(0, s_at - 8):s_at]), after(statement, s_at)
    c_before, c_after = set(claim.words[max(0, c_at - 8):c_at]), after(claim, c_at)
    ignore = {"the", "a", "an", "of", "in", "and", "or", "to", "was", "were", "is", "are", "much", "far"}
    crossed = (s_after & c_before) - ignore - s_before
    crossed_back = (s_before & c_after) - ignore - s_after
    return bool(crossed and crossed_back)


_TAKE = frozenset({"take", "takes", "took", "taken", "taking"})


def succession(a: Analysed, lexicon: Lexicon) -> tuple[str, str] | None:
    """(who came in, who went out) of 'A replaced B', 'B was replaced by A', 'X replaced B with A',
    'A took over from B', 'A took over his post', 'B was sacked and A put in his place' or 'B
    handed the post to A', by name slots: people, or pests ('bed bugs
    replaced sparrows')."""
    people = {canonical_token(name) for category, name in a.names if category in ("person", "pest")}
    tokens = a.words
    handing = lexicon.word_set("handing")
    for i, word in enumerate(tokens):
        if word == "place" and tokens[i - 2:i] in (("in", "his"), ("in", "her")):
            # "B was sacked and A was put in his place": A came in, the other person named went out
            before = [w for w in tokens[:i] if w in people]
            others = [w for w in before if w != before[-1]] if before else []
            if others:
                return before[-1], others[0]
            continue
        if word in handing and "to" in tokens[i + 1:]:
            # "A handed the post to B": B came in, A went out
            before = [w for w in tokens[:i] if w in people]
            to = tokens.index("to", i + 1)
            after = [w for w in tokens[to + 1:] if w in people]
            if before and after and not [w for w in tokens[i + 1:to] if w in people]:
                return after[0], before[-1]
            continue
        if word in _TAKE and tokens[i + 1:i + 2] == ("over",):
            i += 2 if tokens[i + 2:i + 3] == ("from",) else 1  # 'A took over (from) B': read as 'A replaced B'
        elif word not in lexicon.word_set("succession"):
            continue
        before = [w for w in tokens[:i] if w in people]
        after = [w for w in tokens[i + 1:] if w in people]
        if len(after) >= 2 and "with" in tokens[tokens.index(after[0], i + 1):tokens.index(after[1], i + 1)] \
                and "by" not in tokens[i + 1:tokens.index(after[0], i + 1)]:
            return after[1], after[0]  # "Mao replaced B (as minister) with A": A came in, B went out
        if before and not after and i + 1 < len(tokens) and tokens[i + 1] in ("him", "her", "his"):
            # "Lin Biao was purged, and Peng Dehuai replaced him" (or "took over his post"): the
            # other person named
            others = [w for w in before if w != before[-1]]
            return (before[-1], others[0]) if others else None
        if not before or not after:
            return None
        first_after = tokens.index(after[0], i + 1)
        if "by" in tokens[i + 1:first_after]:  # passive: B was replaced (as minister) by A
            return after[0], before[-1]
        return before[-1], after[0]
    return None


def compare_polarity(statement: Analysed, claim: Analysed, lexicon: Lexicon,
                     statement_clauses: list[Analysed] | None = None,
                     claim_clauses: list[Analysed] | None = None,
                     whole_claim: Callable[[], set[str]] | None = None, read_denials: bool = True,
                     affirmed: Callable[[], set[str]] | None = None) -> Finding:
    """Negation, opposite words and swapped comparisons; an even number of flips cancels out.
    `read_denials`: what a 'not ...' clause rules out counts (not when it rules out a figure,
    which the figure's own comparison turns round).

    `whole_claim` gives the words of all the claim's phrasings: a phrasing silent on a pair of
    opposites ('the death rate was 25.4 in 1960') does not make a claim that says 'rose' elsewhere
    silent on it. `affirmed` gives the words of the phrasings that deny nothing: a claim is
    exclusive ('primarily man-made') only where it says so, not where it denies it ('not the
    whole decrease')."""
    flips = _opposite_flips(statement_clauses or [statement], claim_clauses or [claim], lexicon, whole_claim, affirmed,
                            set_aside_words(statement))
    exclusive = lexicon.word_set("exclusive")
    denied = (denied_tokens(statement_clauses or [statement], exclusive) | denied_across(statement, exclusive)
              if read_denials else set())
    # where a thing is ruled out ("in Hong Kong, not in mainland China") is for the names to judge
    denied -= {_token(n) for c in (statement_clauses or [statement]) for _, n in c.names} | lexicon.word_set("place_words")
    denied -= {content_token(w) for w in lexicon.word_set("light_verbs")}  # ('but not what became of them')
    if denied:
        flips = [f for f in flips if f != "negation"]  # "not Y but X": the 'not' is the denial, counted once
        claimed = claim_clauses or [claim]
        said = asserted_words(claimed)  # not what the claim itself sets aside ("rather than local cadres")
        denied &= {t for c in claimed for t in c.tokens if any(w.startswith(t) for w in said)} - denied_tokens(claimed, exclusive)
    if denied:
        words = [w.replace("_", " ") for c in (statement_clauses or [statement]) for w in c.words
                 if any(w.startswith(t) or w == t for t in denied)]
        ruled_out = f"the statement rules out {', '.join(dict.fromkeys(words))!r}, which the claim asserts"
        if flips:  # ('not worthless iron but useful steel': the opposite it asserts, and the claim's word it
            # rules out, are one contradiction said twice, which must not cancel out)
            return Finding("polarity", CONFLICTS, "; ".join([*flips, ruled_out]))
        flips.append(ruled_out)
    if _comparative_reversed(statement, claim):
        flips.append("the comparison is the other way round")
    if len(flips) % 2:
        return Finding("polarity", CONFLICTS, "; ".join(flips))
    return Finding("polarity", SILENT if not flips else AGREES, "; ".join(flips))


def _combine(aspect: str, outcomes: list[Finding]) -> Finding:
    for outcome in (CONFLICTS, PARTIAL, AGREES):
        chosen = [f for f in outcomes if f.outcome == outcome]
        if chosen:
            sources = tuple(dict.fromkeys(s for f in chosen for s in f.sources))
            return Finding(aspect, outcome, "; ".join(f.message for f in chosen), sources)
    return Finding(aspect, SILENT, "")


# ---------------------------------------------------------------- two works' figures compared
_LOWER_THAN_RE = re.compile(r"\b(?:lower|smaller|less|fewer|below|under|lesser)\b(?:\s+\w+){0,3}?\s+than\b|"
                            r"\bfalls?\s+short\s+of\b|\bunder(?:estimates?)?\b", re.IGNORECASE)
_HIGHER_THAN_RE = re.compile(r"\b(?:higher|larger|greater|bigger|more|above|exceeds?|exceeded|exceeding|"
                             r"surpass(?:es|ed)?|tops?|topped)\b(?:\s+\w+){0,3}?(?:\s+than\b)?", re.IGNORECASE)
_BETWEEN_RE = re.compile(r"\bbetween\b", re.IGNORECASE)
MARGIN = 0.03  # two estimates closer than this are neither higher nor lower than each other
REACH = 60  # characters between 'than' / 'between' and the work compared with


def stated_relation(text: str, subject_end: int, other_starts: list[int]) -> tuple[str, int] | None:
    """The comparison a sentence makes between a work named before `subject_end` and the works
    named at `other_starts`: ('lower' | 'higher' | 'between', where it is said), or None."""
    def names_work_soon(after: int) -> bool:
        """The next work is named right after the comparison ('than Peng's', 'than that of Coale'),
        not a figure ('more than a thousand gazetteers')."""
        return any(after <= start <= after + REACH for start in other_starts) and not re.match(
            r"\s*(?:about|around|some|roughly|nearly|almost|over|under)?\s*(?:\d|a\s+(?:hundred|thousand|million)|"
            r"(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred|thousand|"
            r"million)\b)", text[after:], re.IGNORECASE)

    between = _BETWEEN_RE.search(text, subject_end)
    if between and sum(start > between.start() for start in other_starts) >= 2 and names_work_soon(between.end()):
        return "between", between.start()
    for kind, pattern in (("lower", _LOWER_THAN_RE), ("higher", _HIGHER_THAN_RE)):
        for m in pattern.finditer(text, subject_end):
            if "than" in m.group(0).lower() and names_work_soon(m.end()):
                return kind, m.start()
    return None


def relation_holds(relation: str, subject: Quantity, others: list[Quantity]) -> bool | None:
    """Does the subject's figure stand in this relation to the others'? None when too close to say."""
    def value(q: Quantity) -> float:
        return q.low if q.bound == "lower" else q.high if q.bound == "upper" else (q.low + q.high) / 2

    s = value(subject)
    if relation == "between":
        low, high = sorted(value(o) for o in others[:2])
        return low * (1 + MARGIN) < s < high * (1 - MARGIN) if low < high else None
    o = value(others[0])
    if abs(s - o) <= MARGIN * max(abs(s), abs(o)):
        return None
    return s < o if relation == "lower" else s > o
