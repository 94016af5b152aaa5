"""A document's reference list and in-text citations, checked against sources.yaml.

Reference list: found under a heading "References", "Bibliography", "Sources", "Works Cited",
"Article Sources" (and a few variants), numbered or not. Each entry is matched to a work of the
base by its title and authors (rapidfuzz proposes; the fields are then compared explicitly) and
every field the base records is compared: authors (every one, in order, none added unless
"et al." shortens the list; given names or initials must fit - "Kung, J. K. S." and "Kung, J."
are James Kai-sing Kung, "Kung, L." is not; the order of a compound family name such as
"Ó Gráda"), year, title (a left-out subtitle, case and punctuation are the same title), venue
(the journal, abbreviations such as "Popul Dev Rev" allowed; a book's publisher), volume, issue
and pages ("613–45" is 613-645). A field the entry leaves out is not a difference. An entry that
matches no work is reported as information.

In-text citations: "Peng (1987)", "(Kung and Lin 2003)", "(Peng 1987, p. 648; Yang 2008)",
"Peng 1987, p. 648", Chicago's "(Yang 2012, 430)" and "(Yang 2012: 430)", and pandoc's
"[@peng1987]" / "@peng1987". Words of a title or a publisher, a season or a language before a
year ("Reform in China (1996)", "(Free Press, 1997)", "(Fall 2001)") are no author.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Iterable, Sequence

from rapidfuzz import fuzz

from glfcheck.base.model import Base, Lexicon, Source

if TYPE_CHECKING:
    from glfcheck.documents.reading import Block

UNCHECKED = "glfcheck cannot check it (information, not an error)"


def _words(lexicon: Lexicon | None, key: str) -> frozenset[str]:
    """A `language` list of the lexicon (reference headings, name connectors, ...): the base's,
    or the built-in lexicon's when the caller has no base (read once, only then)."""
    if lexicon is None:
        from glfcheck.base.loader import builtin_language

        lexicon = _builtin_lexicon(tuple(builtin_language().items()))
    return lexicon.word_set(key)


@lru_cache(maxsize=1)
def _builtin_lexicon(language: tuple) -> Lexicon:
    return Lexicon(language=dict(language))
MATCH_TITLE = 88.0  # partial title score that identifies a work on its own
# A main title (before the subtitle) this long identifies a work, with its year or one of its
# authors, when an entry leaves out the subtitle: "Mortality consequences of the 1959-1961 Great
# Leap Forward famine in China" (2010) is Song (2010); "Hungry Ghosts" or "Mao" could be other
# books, and Sigurdson's "Rural Industrialization in China" (1977) is not Zhang's (1999).
MAIN_TITLE_ALONE = 30
SAME_TITLE = 90.0  # below this the entry's title differs from the work's
SAME_VENUE = 85.0
LABEL_RE = re.compile(r"^\s*(?:\[(\d{1,3})\]|(\d{1,3})[.)])\s+")
YEAR_RE = re.compile(r"(?<![\d\-–])(1[6-9]\d\d|20\d\d)(?![\d])")
PAGES_RE = re.compile(r"\bpp?\.\s*(\d+(?:\s*[-–—]\s*\d+)?)|:\s*(\d+\s*[-–—]\s*\d+)|,\s*(\d+\s*[-–—]\s*\d+)\s*\.?\s*$")
VOLUME_RE = re.compile(r"\bvol(?:ume)?\.?\s*(\d+)|(?<![\d(])(\d{1,4})\s*\((\d{1,4})\)|(?<![\d(])(\d{1,4})\s*,\s*no\.")
ISSUE_RE = re.compile(r"\b(?:no|issue|iss)\.?\s*(\d+)")


@dataclass(frozen=True)
class Entry:
    """One entry of the reference list; `start`/`end` are offsets in its block's text."""

    block: int
    start: int
    end: int
    text: str  # without its number
    label: str = ""


EDITION = "another publisher or edition"  # the note of a book's publisher that differs


@dataclass(frozen=True)
class Difference:
    field: str  # authors, year, title, venue, volume, issue, pages
    found: str
    expected: str
    note: str = ""

    def __str__(self) -> str:
        return f"{self.field} {self.found!r} should be {self.expected!r}" + (f" ({self.note})" if self.note else "")


@dataclass(frozen=True)
class ReferenceCheck:
    entry: Entry
    source_id: str | None
    score: float
    differences: tuple[Difference, ...] = ()


@dataclass(frozen=True)
class Citation:
    """An in-text citation; `start`/`end` are offsets in the text it was found in."""

    start: int
    end: int
    text: str
    names: tuple[str, ...] = ()
    year: int | None = None
    key: str | None = None  # a pandoc citation key
    locator: str | None = None
    numbers: tuple[int, ...] = ()  # "[3]", "[3, 5-7]": entries of a numbered reference list


@dataclass(frozen=True)
class CitationCheck:
    citation: Citation
    status: str  # known, unknown, wrong-year, not-a-work
    source_ids: tuple[str, ...] = ()
    message: str = ""


# ------------------------------------------------------------------ normalising
@lru_cache(maxsize=None)  # a document uses a few hundred distinct characters
def _flat_char(ch: str) -> str:
    base = unicodedata.normalize("NFD", ch)[0].lower()
    return {"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\xa0": " "}.get(base, base)


def flat(text: str) -> str:
    """Lower case without accents, one character for one character (offsets survive)."""
    return "".join(_flat_char(c) for c in text)


@lru_cache(maxsize=16384)  # every citation compares its names with every author of the base
def norm(text: str) -> str:
    """For comparing names and titles: flat, '&' as 'and', no punctuation, no leading 'the'."""
    text = flat(text).replace("&", " and ")
    text = re.sub(r"[^\w]+", " ", text).strip()
    return re.sub(r"^the\s+", "", text)


def _has_word(needle: str, hay: str) -> bool:
    r"""Whether `needle` stands in `hay` as a whole word: what `(?<!\w)needle(?!\w)` finds, by
    str.find (building and looking up a regex per call cost more than the search)."""
    if not needle:
        return False
    size, at = len(needle), hay.find(needle)
    while at >= 0:
        end = at + size
        if (at == 0 or not _word_char(hay[at - 1])) and (end == len(hay) or not _word_char(hay[end])):
            return True
        at = hay.find(needle, at + 1)
    return False


def _word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


# ------------------------------------------------------------------ the reference list
@lru_cache(maxsize=4)
def _readings_re(qualifiers: frozenset[str]) -> re.Pattern[str]:
    """'Reading', 'Further readings', 'Required reading list': a reading list's heading."""
    words = "|".join(sorted(map(re.escape, qualifiers), key=len, reverse=True)) or "(?!)"
    return re.compile(rf"(?:(?:{words})\s+)?readings?(?:\s+(?:list|guide))?")


def is_reference_heading(text: str, lexicon: Lexicon | None = None) -> bool:
    """'References', 'Further reading', 'Reading guide: the Great Leap Forward' (a title after a
    colon names the list's subject). The headings are the lexicon's (`reference_headings`,
    `reading_list`)."""
    cleaned = re.sub(r"^[#*_\s\d.]+|[*_:\s]+$", "", text).strip().lower()
    headings, readings = _words(lexicon, "reference_headings"), _readings_re(_words(lexicon, "reading_list"))
    return any(part in headings or bool(readings.fullmatch(part))
               for part in (cleaned, cleaned.split(":")[0].strip()))


def reference_blocks(blocks: Sequence[Block], lexicon: Lexicon | None = None) -> tuple[int, int] | None:
    """(first, end) indexes of the blocks after the last reference heading, up to the next
    heading of the same or a higher level."""
    found = None
    for i, block in enumerate(blocks):
        short = len(block.text) < 40
        if (block.kind == "heading" or (short and block.kind == "paragraph")) \
                and is_reference_heading(block.text, lexicon):
            found = i
    if found is None:
        return None
    level = blocks[found].level
    end = len(blocks)
    for j in range(found + 1, len(blocks)):
        b = blocks[j]
        if b.kind == "heading" and (level == 0 or b.level == 0 or b.level <= level):
            end = j
            break
    return found + 1, end


def _looks_like_entry(text: str, labelled: bool, strict: bool = False) -> bool:
    """Does a line of a reference section look like a reference? In a numbered list (`strict`),
    an unnumbered line must start with a surname and a comma ("Optional: Houser, ..." is a note)."""
    if labelled:
        return True
    if YEAR_RE.search(text) and (re.match(r"^[\w\u00c0-\u024f'’\-]+,", text.strip()) or (
            text.strip()[:1].isupper() and not strict)):
        return True  # "Peng, X.", "NIH.", "Ó Gráda, C."
    if strict:
        return False
    return bool(re.search(r"[\"“][^\"”]{8,}", text)) and bool(re.match(r"^[\w\u00c0-\u024f'’\-]+[,.]", text.strip()))


# An annotated bibliography follows each entry with a comment after a spaced dash: prose, not
# part of the reference ("... 1996. — A readable journalistic account ...").
ANNOTATION_RE = re.compile(r"\s[—–]\s|\s--\s")


def annotation(text: str) -> int | None:
    """Where the annotation of an annotated bibliography's entry starts, if it has one."""
    m = ANNOTATION_RE.search(text)
    return m.end() if m and YEAR_RE.search(text[:m.start()]) else None


def entries(blocks: Sequence[Block], lexicon: Lexicon | None = None) -> list[Entry]:
    span = reference_blocks(blocks, lexicon)
    if span is None:
        return []
    found: list[Entry] = []
    numbered = any(blocks[i].label for i in range(*span))
    for index in range(*span):
        block = blocks[index]
        for start, end in _split_lines(block):
            piece = block.text[start:end]
            label_match = LABEL_RE.match(piece)
            label = (label_match.group(1) or label_match.group(2)) if label_match else ""
            if not label and start == 0 and block.label:  # a Markdown, HTML or Word numbered list
                label, label_match = block.label, None
                if not _looks_like_entry(piece.strip(), True):
                    continue
            offset = label_match.end() if label_match else 0
            noted = annotation(piece[offset:])
            body = piece[offset:offset + noted].rstrip(" —–-") if noted else piece[offset:]
            body = body.strip()
            lead = len(piece[offset:]) - len(piece[offset:].lstrip())
            if not body or not _looks_like_entry(body, bool(label_match) or bool(label), strict=numbered):
                continue
            found.append(Entry(index, start + offset + lead, start + offset + lead + len(body), body, label))
    return found


def _split_lines(block: Block) -> list[tuple[int, int]]:
    """A block whose source lines each start like an entry ("Peng, X." or "[3]") is a list."""
    starts = [0]
    for i in range(1, len(block.text)):
        if block.pos(i)[1] != block.pos(i - 1)[1] and block.text[i - 1] == " ":
            rest = block.text[i:]
            if LABEL_RE.match(rest) or re.match(r"[A-Z\u00c0-\u00de][\w'’\-]+,\s+[A-Z\u00c0-\u00de]", rest):
                starts.append(i)
    bounds = starts + [len(block.text)]
    return [(bounds[k], bounds[k + 1]) for k in range(len(starts))]


# ------------------------------------------------------------------ matching entries to works
def _surname_present(family: str, hay: str) -> str:
    """'yes', 'order' (only the last part of a compound name, elsewhere), or 'no'."""
    name = norm(family)
    if _has_word(name, hay):
        return "yes"
    parts = name.split()
    if len(parts) > 1 and _has_word(parts[-1], hay):
        return "order"
    return "no"


def _title(source: Source) -> str:
    return re.split(r"\s*[:.]\s+", source.get("title"), maxsplit=1)[0] if len(source.get("title")) > 140 else source.get("title")


def match_entry(text: str, base: Base) -> tuple[Source | None, float]:
    hay = norm(text)
    years = {int(y) for y in YEAR_RE.findall(text)}
    best: tuple[float, Source | None] = (0.0, None)
    for source in base.sources.values():
        title = norm(source.get("title"))
        if not title:
            continue
        t = fuzz.partial_ratio(title, hay) if len(title) >= 12 else (100.0 if _has_word(title, hay) else 0.0)
        families = [f for f, _ in source.authors]
        present = sum(_surname_present(f, hay) != "no" for f in families) / len(families) if families else 0.0
        year_fit = source.year in years
        if t < MATCH_TITLE and (year_fit or present):
            # the main title alone, long enough to name the work, with its year or an author: an
            # entry that leaves out the subtitle and gets an author wrong is still that work
            main = norm(_main_title(source.get("title")))
            if len(main) >= MAIN_TITLE_ALONE and main != title:
                t = max(t, fuzz.partial_ratio(main, hay))
        if t >= MATCH_TITLE or (present == 1 and (t >= 60 or (year_fit and t >= 45))):
            score = t + 30 * present + (10 if year_fit else 0)
            if score > best[0]:
                best = (score, source)
    return best[1], best[0]


def _title_span(text: str, source: Source) -> tuple[int, int, float]:
    """Where the work's title stands in the entry (offsets into text) and how well it fits.

    An entry that leaves out the subtitle ("Mortality consequences of the 1959-1961 Great Leap
    Forward famine in China." for Song 2010) is placed by the main title: aligned whole, the
    longer title ran on over the journal and the year, which were then never compared."""
    title = flat(source.get("title")).rstrip(".")
    flat_text = flat(text)
    align = fuzz.partial_ratio_alignment(title, flat_text)
    if align is None:
        return 0, 0, 0.0
    main = flat(_main_title(source.get("title"))).rstrip(".")
    if len(main) >= 12 and main != title:
        short = fuzz.partial_ratio_alignment(main, flat_text)
        if short is not None and short.score >= SAME_TITLE and short.score > align.score:
            return short.dest_start, short.dest_end, short.score
    return align.dest_start, align.dest_end, align.score


def _quoted_title(text: str) -> tuple[int, int] | None:
    m = re.search(r"[\"“]([^\"”]+?)(?:[\"”]|(?=\.\s+[A-Z])|$)", text)
    return (m.start(1), m.end(1)) if m else None


def compare_entry(entry_text: str, source: Source, lexicon: Lexicon | None = None) -> tuple[Difference, ...]:
    """Every field the base records that the entry gives differently."""
    diffs: list[Difference] = []
    text = entry_text
    t_start, t_end, t_score = _title_span(text, source)
    quoted = _quoted_title(text)
    if quoted and (abs(quoted[0] - t_start) < 15 or t_score < SAME_TITLE):
        q_title = text[quoted[0]:quoted[1]].rstrip(".,")
        if t_score < 97 and not _same_title(q_title, source.get("title")):
            diffs.append(Difference("title", q_title, source.get("title")))
        if abs(quoted[0] - t_start) < 15:
            t_start, t_end = min(t_start, quoted[0]), max(t_end, quoted[1])
        else:
            t_start, t_end = quoted
    elif t_score < SAME_TITLE:
        span = _plain_title(text)
        if span is not None:
            t_start, t_end = span
        found = text[t_start:t_end].rstrip(".")
        main = norm(_main_title(source.get("title") or ""))
        # an unquoted title the entry gives as its main title only, amid the other details
        # ("Frank Dikötter, Mao's Great Famine (2010)"): the same title, the subtitle left out
        shortened = len(main) >= 8 and _has_word(main, norm(text))
        if not shortened and not _same_title(found, source.get("title")):
            diffs.append(Difference("title", found, source.get("title")))
    before, after = text[:t_start], text[t_end:]
    outside = before + " " * (t_end - t_start) + after
    # authors: the text before the title (before the year, in author-date styles)
    author_part = _author_part(before)
    authors = _compare_authors(author_part, source, _words(lexicon, "name_connectors"))
    if authors:
        diffs.append(authors)
    # pages, volume, issue
    pages_m = PAGES_RE.search(after)
    pages = next((g for g in pages_m.groups() if g), None) if pages_m else None
    if pages and source.get("page") and not _same_pages(pages, source.get("page")):
        diffs.append(Difference("pages", pages, source.get("page")))
    scan = after
    if pages_m:
        scan = after[:pages_m.start()] + " " * (pages_m.end() - pages_m.start()) + after[pages_m.end():]
    vol_m = VOLUME_RE.search(scan)
    volume = next((g for g in (vol_m.group(1), vol_m.group(2), vol_m.group(4)) if g), None) if vol_m else None
    issue = vol_m.group(3) if vol_m and vol_m.group(3) else None
    if issue and str(source.year or "") == issue:
        issue = None  # 'Soc Sci Med 71 (2010) 551-558': the year in brackets after the volume
    if issue is None:
        iss_m = ISSUE_RE.search(scan)
        issue = iss_m.group(1) if iss_m else None
    if volume and source.get("volume") and volume != source.get("volume"):
        diffs.append(Difference("volume", volume, source.get("volume")))
    if issue and source.get("issue") and issue != source.get("issue"):
        diffs.append(Difference("issue", issue, source.get("issue")))
    # year: outside the title and the page range
    year_scan = outside[: len(before) + (t_end - t_start)] + scan
    years = [int(y) for y in YEAR_RE.findall(year_scan)]
    if years and source.year and source.year not in years:
        diffs.append(Difference("year", str(years[0]), str(source.year)))
    # venue: the journal (the words after the title, up to the first number or comma), or a
    # book's publisher ("London: John Murray", "John Murray, 1996", "John Murray.")
    container = source.get("container-title")
    if container and source.get("type") not in ("book", "report", "thesis"):
        if fuzz.partial_ratio(norm(container), norm(after)) < SAME_VENUE:
            venue_m = re.match(r"[\s.,:;\"”'’]*(?:In:?\s+)?([A-Z][^,\d(]{2,}?)\s*(?:[,(\d;]|vol\b|$)", after)
            venue = venue_m.group(1).strip(" .") if venue_m else ""
            if (venue and len(venue) > 3 and fuzz.ratio(norm(venue), norm(container)) < SAME_VENUE
                    and not _abbreviates(venue, container)):
                diffs.append(Difference("venue", venue, container))
    publisher = source.get("publisher")
    if publisher and not container:
        named = _publisher_in(after, source.get("publisher-place"))
        if named and not _same_publisher(named, publisher, _words(lexicon, "corporate")):
            diffs.append(Difference("venue", named, publisher, EDITION))
    order = ("authors", "year", "title", "venue", "volume", "issue", "pages")
    return tuple(sorted(diffs, key=lambda d: order.index(d.field)))


# ------------------------------------------------------------------ authors
_AUTHOR_SEP_RE = re.compile(r"\s*(?:;|,\s*(?:and|&)\s+|,|\s+and\s+|&)\s*")
_ET_AL_RE = re.compile(r",?\s*\bet\s+al\b\.?|,?\s*\band\s+others\b", re.IGNORECASE)


def _author_part(before: str) -> str:
    """The names at the head of an entry: up to the year ("Kung, J. (2003)", "Lin. 2003.") or
    to the full stop after a name ("Song, Shige. \"Mortality ...\""); initials keep their stops."""
    part = re.split(r"\(\s*(?:1[6-9]|20)\d\d|\b(?:1[6-9]|20)\d\d\b", before, maxsplit=1)[0]
    for m in re.finditer(r"([\w\u00c0-\u024f'’\-]+)\.(?=\s|$)", part):
        word = m.group(1)
        initials = re.fullmatch(r"[A-Z]{2,3}", word)  # Vancouver "JK"
        if len(word) > 1 and not initials and word.lower() not in ("al", "jr", "sr", "eds", "ed"):
            return part[:m.end()]
    return part


def _given_tokens(given: str) -> list[str]:
    """'J. K. S.' / 'J.-K.' / 'JK' (Vancouver) / 'James Kai-sing' -> one token per name or initial."""
    tokens: list[str] = []
    for word in re.split(r"[\s\-‐]+", given.strip()):
        word = word.strip(".,;")
        if re.fullmatch(r"[A-Z]{2,3}", word):
            tokens.extend(word)
        else:
            tokens.extend(p for p in word.split(".") if p)
    return [flat(t) for t in tokens if t]


def _given_fits(found: str, recorded: str) -> bool:
    """Each given name or initial of the entry fits one of the work's, in order ('Kung, J.' and
    'Kung, K. S.' fit James Kai-sing Kung; 'Kung, L.' does not)."""
    want, have = _given_tokens(recorded), _given_tokens(found)
    if "".join(have) == "".join(want):  # "Xiao-yuan" is "Xiaoyuan"
        return True
    k = 0
    for n, token in enumerate(have):
        exhausted = k == len(want)
        while k < len(want):
            w = want[k]
            k += 1
            if token[0] == w[0] and (len(token) == 1 or len(w) == 1 or token.startswith(w) or w.startswith(token)):
                break
        else:
            # "X.-Y." for Xiaoyuan, "J. Y. F." for Justin Yifu: initials past the recorded names may be
            # the syllables of a one-word name
            return exhausted and n > 0 and all(len(t) == 1 for t in have[n:])
    return True


def _is_given_piece(piece: str) -> bool:
    words = piece.split()
    return 0 < len(words) <= 4 and all(w[:1].isupper() for w in words)


def _compare_authors(author_part: str, source: Source, connectors: frozenset[str]) -> Difference | None:
    """Every author of the work named, in order, with given names or initials that fit, and
    no one else (unless the entry shortens the list with 'et al.')."""
    people = list(source.authors)
    hay = norm(author_part)
    if not people or not hay:
        return None
    found_text = author_part.strip(" .,;\"“'‘")
    et_al = bool(_ET_AL_RE.search(author_part))
    pieces = [p.strip(" .\"“”'‘’") for p in _AUTHOR_SEP_RE.split(_ET_AL_RE.sub("", author_part))]
    pieces = [p for p in pieces if p and norm(p) and norm(p) not in connectors]
    words = [[norm(w) for w in p.split()] for p in pieces]  # one entry a written word, as in pieces
    notes: list[str] = []
    states = [_surname_present(f, hay) for f, _ in people]
    used = [False] * len(pieces)
    where: list[int] = []  # the piece holding each author found, in the work's order
    family_pieces = set()
    located: list[tuple[int, int, int] | None] = []
    for family, _ in people:
        fam = [norm(w) for w in family.split()]
        spot = next(((i, j, j + len(fam)) for i, w in enumerate(words) for j in range(len(w) - len(fam) + 1)
                     if w[j:j + len(fam)] == fam and i not in family_pieces), None)
        located.append(spot)
        if spot:
            family_pieces.add(spot[0])
    for (family, given), spot in zip(people, located):
        if spot is None:
            continue
        i, j, k = spot
        used[i] = True
        where.append(i)
        original = pieces[i].split()
        natural = [w for w in original[:j] if norm(w) not in connectors]
        trailing = original[k:]
        written = ""
        if natural:
            written = " ".join(natural)
        elif trailing:
            written = " ".join(trailing)
        elif i + 1 < len(pieces) and i + 1 not in family_pieces and not used[i + 1] and _is_given_piece(pieces[i + 1]):
            written = pieces[i + 1]
            used[i + 1] = True
        if written and given and not _given_fits(written, given):
            notes.append(f"{written!r} does not fit {given} {family}")
    missing = [f for (f, _), s in zip(people, states) if s == "no"]
    order = [f for (f, _), s in zip(people, states) if s == "order"]
    if order:
        notes.insert(0, f"the family name is {', '.join(repr(f) for f in order)}")
    if states[0] == "no" or (missing and not et_al):
        notes.insert(0, f"missing {', '.join(missing)}")
    if not order:
        extra = [p for i, p in enumerate(pieces) if not used[i] and re.search(r"[A-Z\u00c0-\u00de][\w'’\-]*[a-z]", p)]
        if extra:
            notes.append(f"not an author of this work: {', '.join(extra)}")
    if not order and where != sorted(where):
        notes.append("the authors are in another order")
    if not notes:
        return None
    return Difference("authors", found_text, _expected_authors(source), "; ".join(notes))


def _pages(text: str) -> str:
    """'613–45' reads as 613-645 (a shortened end page)."""
    text = re.sub(r"\s*[-–—]+\s*", "-", text.strip())
    m = re.fullmatch(r"(\d+)-(\d+)", text)
    if m and len(m.group(2)) < len(m.group(1)):
        text = f"{m.group(1)}-{m.group(1)[:len(m.group(1)) - len(m.group(2))]}{m.group(2)}"
    return text


def _same_pages(found: str, known: str) -> bool:
    """Equal ranges; or one side gives only the first page and the other starts there (the base
    may record a BMJ article as '1619' and a reference list give '1619-1621')."""
    found, known = _pages(found), _pages(known)
    if found == known:
        return True
    if "-" in found and "-" in known:
        return False
    return found.split("-")[0] == known.split("-")[0]


def _main_title(title: str) -> str:
    return re.split(r"\s*[:?!]\s+|\.\s+", title, maxsplit=1)[0]


def _same_title(found: str, recorded: str) -> bool:
    """The same title, give or take case, punctuation, small slips or a left-out subtitle."""
    a, b = norm(found), norm(recorded)
    if not a:
        return True
    if fuzz.ratio(a, b) >= SAME_TITLE:
        return True
    main = norm(_main_title(recorded))
    return main != b and len(main) >= 8 and fuzz.ratio(a, main) >= 95


def _plain_title(text: str) -> tuple[int, int] | None:
    """An unquoted title where the style puts it: after the authors and the year, up to the
    full stop ("Becker, Jasper. 1996. Hungry Ghosts. London: ...")."""
    head = re.match(r"(.*?)(?:\(\s*(?:1[6-9]|20)\d\d[a-z]?\s*\)|(?<!\d)(?:1[6-9]|20)\d\d[a-z]?)\s*[.,]?\s*",
                    text)
    if head is not None and len(head.group(1)) < 160:
        start = head.end()
    else:
        names = _author_part(text)
        if names == text:
            return None
        start = len(names)
    start += len(text[start:]) - len(text[start:].lstrip(" .,"))
    stop = re.search(r"(?<![\s.][A-Z])[.?!](?=\s|$)", text[start:])
    end = start + (stop.end() if stop else len(text) - start)
    return (start, end) if end > start else None


_STOP_WORDS = frozenset("and of the for in on at to a".split())


def _abbreviates(short: str, full: str) -> bool:
    """'Popul Dev Rev' / 'Popul. Dev. Rev.' abbreviate 'Population and Development Review'."""
    tokens = norm(short).split()
    words = [w for w in norm(full).split() if w not in _STOP_WORDS]
    if not tokens or len(tokens) != len(words) or tokens == words:
        return False
    return all(w.startswith(t) and len(t) >= 1 for t, w in zip(tokens, words))


def _publisher_key(name: str, corporate: frozenset[str]) -> str:
    text = re.sub(r"\bu\.?\s?p\.?(?=\s|$)", "university press", flat(name))
    text = re.sub(r"\buniv\b\.?", "university", text)
    return " ".join(w for w in norm(text).split() if w not in corporate)


def _same_publisher(found: str, recorded: str, corporate: frozenset[str]) -> bool:
    a, b = _publisher_key(found, corporate), _publisher_key(recorded, corporate)
    return bool(a) and (a == b or a in b or b in a or fuzz.ratio(a, b) >= SAME_VENUE)


def _publisher_in(after: str, place: str) -> str | None:
    """The publisher a book entry names after its title, if it plainly names one."""
    rest = after.strip(" .,;\"”'’")
    m = re.search(r"(?:^|[.]\s+)[A-Z][^:.;]{1,40}:\s*([^.;:()\d]+?)\s*(?=[.,;(]|\s\d|$)", rest)
    if m:
        named = m.group(1)
    else:
        first = re.split(r"(?<![A-Z])[.;(]\s*|,\s*(?=(?:1[6-9]|20)\d\d)", rest, maxsplit=1)[0]
        named = first if first and not re.search(r"\d", first) else ""
    named = named.strip(" ,.")
    if (not named or len(named.split()) > 8 or not named[:1].isupper() or "http" in named.lower()
            or re.search(r"\b(?:ed|edn|edition|vol|trans|reprint)\b", named, re.IGNORECASE)
            or (place and norm(named) == norm(place))):
        return None
    return named


def _expected_authors(source: Source) -> str:
    people = [f"{f}, {g}" if g else f for f, g in source.authors]
    return "; ".join(people)


def check_entries(found: Iterable[Entry], base: Base) -> list[ReferenceCheck]:
    checks = []
    for entry in found:
        source, score = match_entry(entry.text, base)
        if source is None:
            checks.append(ReferenceCheck(entry, None, 0.0))
        else:
            checks.append(ReferenceCheck(entry, source.id, score, compare_entry(entry.text, source, base.lexicon)))
    return checks


# ------------------------------------------------------------------ in-text citations
_NAME = r"(?:[A-ZÀ-ÞĀ-ſ][\w'’\-]+|[ÓO]['’ ]\s?[A-Z][\w\-]+|[A-Z]\.)"
_NAME2 = rf"{_NAME}(?:\s+{_NAME})?"
_NAMES = rf"(?P<names>{_NAME2}(?:(?:,\s*|\s+and\s+|\s*&\s*|,\s*and\s+){_NAME2})*(?:\s+et\s+al\.?)?)"
_YR = r"(?P<year>1[6-9]\d\d|20\d\d)[a-z]?"
# a page or chapter after the year: ", p. 12", ", pp. 12-15", ", ch. 3", and the bare ": 430" or
# ", 430" of Chicago author-date (not a second year: "(Yang 2008, 2012)" cites two works)
_LOC = (r"(?:,\s*(?P<loc>(?:pp?|ch|chap)\.?\s*[\d\-–]+(?:\s*[-–]\s*\d+)?|"
        r"(?!(?:1[6-9]|20)\d\d(?!\d))\d{1,4}(?:\s*[-–]\s*\d+)?)|:\s*(?P<page>\d{1,4}(?:\s*[-–]\s*\d+)?))?")
NARRATIVE_RE = re.compile(rf"{_NAMES}(?:['’]s)?\s+\({_YR}{_LOC}\)")
PAREN_RE = re.compile(r"\(([^()]*?\b(?:1[6-9]\d\d|20\d\d)[^()]*)\)")
PAREN_ITEM_RE = re.compile(rf"^\s*(?:see\s+(?:also\s+)?|e\.g\.,?\s+|cf\.\s+)?{_NAMES},?\s+{_YR}{_LOC}\s*$")
BARE_RE = re.compile(rf"{_NAMES}\s+{_YR},\s*(?P<loc>pp?\.\s*[\d\-–]+)")
_PAGE_AFTER_YEAR_RE = re.compile(r"\d[a-z]?,\s*pp?\.")  # what BARE_RE cannot match without
PANDOC_RE = re.compile(r"(?<![\w.@])-?@(?P<key>[\w][\w:.#$%&\-+?<>~/]*\w|\w)")


def _locator(m: re.Match) -> str | None:
    return m.group("loc") or m.group("page")


def _split_names(names: str) -> tuple[str, ...]:
    names = re.sub(r"\s+et\s+al\.?$", "", names)
    parts = [p.strip() for p in re.split(r",\s*and\s+|\s+and\s+|\s*&\s*|,\s*", names) if p.strip()]
    parts = [re.sub(r"^(?:(?:as|see|while|like|following|according|to|in|by|and|but|so|thus|the)\s+)+", "", p,
                    flags=re.IGNORECASE) for p in parts]
    return tuple(p for p in parts if p and not re.fullmatch(r"[A-Z]\.", p))


NUMBERED_RE = re.compile(r"\[(\d{1,3}(?:\s*[-–]\s*\d{1,3})?(?:\s*,\s*\d{1,3}(?:\s*[-–]\s*\d{1,3})?)*)\]")


def _numbers(text: str) -> tuple[int, ...]:
    out: list[int] = []
    for part in text.split(","):
        a, _, b = re.sub(r"\s*[-–]\s*", "-", part.strip()).partition("-")
        low, high = int(a), int(b or a)
        out.extend(range(low, high + 1) if 0 <= high - low <= 50 else (low, high))
    return tuple(out)


def find_citations(text: str, numbered: bool = False, lexicon: Lexicon | None = None) -> list[Citation]:
    """Author-date and pandoc citations; with `numbered` (the document's list is numbered) also
    "[3]" and "[3, 5-7]". Words such as "Fall" or "Chinese" before a year are no author (the
    lexicon's `not_authors`)."""
    found: list[Citation] = []
    taken: list[tuple[int, int]] = []
    not_names = _words(lexicon, "not_authors")

    def add(c: Citation) -> None:
        if c.names and all(n.lower() in not_names for n in c.names):
            return
        if any(a < c.end and c.start < b for a, b in taken):
            return
        taken.append((c.start, c.end))
        found.append(c)

    # Each pattern needs a character the others do not (a bracket, "@", a page after the year):
    # most sentences hold none of them, and the name patterns are slow to try at every position.
    bracketed = "(" in text
    for m in NARRATIVE_RE.finditer(text) if bracketed else ():
        if re.search(r"[A-Z][\w\-]*\s+$", text[max(0, m.start() - 30):m.start()]):
            continue  # "Great Leap Forward (1958)": a name inside a longer proper noun
        add(Citation(m.start(), m.end(), m.group(0), _split_names(m.group("names")), int(m.group("year")),
                     locator=_locator(m)))
    for m in PAREN_RE.finditer(text) if bracketed else ():
        offset = m.start(1)
        for part in re.finditer(r"[^;]+", m.group(1)):
            item = PAREN_ITEM_RE.match(part.group(0))
            if item:
                start = offset + part.start() + (len(part.group(0)) - len(part.group(0).lstrip()))
                end = offset + part.end()
                add(Citation(start, end, text[start:end].strip(), _split_names(item.group("names")),
                             int(item.group("year")), locator=_locator(item)))
    for m in BARE_RE.finditer(text) if _PAGE_AFTER_YEAR_RE.search(text) else ():
        add(Citation(m.start(), m.end(), m.group(0), _split_names(m.group("names")), int(m.group("year")),
                     locator=_locator(m)))
    for m in PANDOC_RE.finditer(text) if "@" in text else ():
        if "[" in text[max(0, m.start() - 80):m.start()] or text[max(0, m.start() - 1):m.start()] in ("", " ", "("):
            add(Citation(m.start(), m.end(), m.group(0), key=m.group("key")))
    if numbered and "[" in text:
        for m in NUMBERED_RE.finditer(text):
            if text[m.end():m.end() + 1] not in ("(", "[") and text[m.start() - 1:m.start()] != "]":  # not a link
                add(Citation(m.start(), m.end(), m.group(0), numbers=_numbers(m.group(1))))
    return sorted(found, key=lambda c: c.start)


def check_citation(citation: Citation, base: Base,
                   works_by_name: dict[str, set[str]] | None = None) -> CitationCheck:
    """A citation against the base's works. `works_by_name` memoises which works each cited name
    fits (a caller checking many citations against one base passes the same dict each time)."""
    if citation.key is not None:
        if citation.key in base.sources:
            return CitationCheck(citation, "known", (citation.key,))
        import difflib  # only for a pandoc key the base lacks

        close = difflib.get_close_matches(citation.key, list(base.sources), n=1, cutoff=0.8)
        hint = f" (did you mean @{close[0]}?)" if close else ""
        return CitationCheck(citation, "unknown", (), f"@{citation.key} is not a work in the claims base{hint}; "
                             + UNCHECKED)
    ids: set[str] | None = None
    memo = works_by_name if works_by_name is not None else {}
    for name in citation.names:
        fits = memo.get(name)
        if fits is None:
            fits = memo[name] = {
                s.id for s in base.sources.values()
                if any(_surname_present(f, norm(name)) == "yes" or norm(f) == norm(name)
                       or (len(norm(f).split()) > 1 and norm(f).split()[-1] == norm(name)) for f, _ in s.authors)}
        ids = fits if ids is None else ids & fits
    ids = ids or set()
    if not ids and _names_no_author(citation.names, base):
        return CitationCheck(citation, "not-a-work")  # "(Hong Kong, 2008)", "Economic Behavior & Organization (2009)"
    if not ids:
        who = " and ".join(citation.names)
        return CitationCheck(citation, "unknown", (), f"{who} {citation.year or ''}".strip()
                             + " is not a work in the claims base; " + UNCHECKED)
    dated = sorted(i for i in ids if base.sources[i].year == citation.year)
    if dated or citation.year is None:
        return CitationCheck(citation, "known", tuple(dated or sorted(ids)))
    years = sorted({base.sources[i].year or 0 for i in ids})
    who = " and ".join(citation.names)
    return CitationCheck(citation, "wrong-year", tuple(sorted(ids)),
                         f"{who} {citation.year}: the base holds {who}'s work from "
                         f"{', '.join(str(y) for y in years)}")


def cited_as(text: str, base: Base) -> CitationCheck | None:
    """What a citation written out on its own names: "Kung and Lin 2003", "Kung & Lin (2003)",
    "Peng 1987", "@peng1987" (`glfcheck cite` takes these as keys). None when `text` is no one
    citation."""
    for candidate in (text, f"({text})"):  # "Kung and Lin 2003" reads as a citation in brackets
        citations = [c for c in find_citations(candidate, lexicon=base.lexicon) if not c.numbers]
        if len(citations) == 1:
            c = citations[0]
            if not (candidate[:c.start] + candidate[c.end:]).strip(" ()[]@"):  # the citation is all there is
                return check_citation(c, base)
    return None


_CITED_YEAR_RE = re.compile(r"\b(?:1[6-9]\d\d|20\d\d)[a-z]?\s*(?:[,;:)]|$)")  # a year that may close a citation
_EMPTY_PARENS_RE = re.compile(r"\s*\((?:\s|[,;]|\b(?:see|also|e\.g\.|cf\.|and)\b)*\)")  # what a cut citation leaves
_SPACE_BEFORE_STOP_RE = re.compile(r"\s+([.,;:!?])")


def without_unknown(text: str, base: Base, works_by_name: dict[str, set[str]] | None = None) -> str:
    """A sentence without its citations of works the base does not hold, for the checker.

    'About 30 million died (Smith 2003)': such a citation says nothing of the famine; its year is
    no date of the statement, its name no word of it. Of 'Smith (1999) said ...' only the year goes:
    Smith, not Liu Shaoqi, said it. Citations of works in the base stay: the statement is judged by
    what they say."""
    if not _CITED_YEAR_RE.search(text):
        return text
    cuts = [(c.start + max(c.text.find("("), 0), c.end) for c in find_citations(text, lexicon=base.lexicon)
            if c.names and check_citation(c, base, works_by_name).status == "unknown"]
    if not cuts:
        return text
    for start, end in reversed(cuts):
        text = text[:start] + text[end:]
    text = _EMPTY_PARENS_RE.sub("", text)
    return " ".join(_SPACE_BEFORE_STOP_RE.sub(r"\1", text).split())




def _names_no_author(names: Sequence[str], base: Base) -> bool:
    """A place, country or event the lexicon names, words of a journal or publisher, or words of
    a title in the base: what an author-year pattern catches in "Mubei (Hong Kong, 2008)", "...
    Behavior & Organization (2009)", "(Free Press, 1997)" or "Reform in China (1996)"."""
    said = norm(" ".join(names))
    if not said:
        return False
    if said.split()[-1] in base.lexicon.word_set("publisher_words"):
        return True
    if any(f" {said} " in f" {norm(s.get('title'))} " for s in base.sources.values()):
        return True  # a work named by its title and year: the checker reads titles ("Tombstone, 2008")
    lexicon = base.lexicon
    if any(norm(variant) == said and category in ("place", "country", "event", "venue")
           for variant, (category, _) in lexicon.names.items()):
        return True
    if any(norm(canonical) == said and category in ("place", "country", "event", "venue")
           for category, canonical in lexicon.names.values()):
        return True
    venues = [s.get("container-title") or s.get("publisher") or "" for s in base.sources.values()]
    venues += [canonical for category, canonical in lexicon.names.values() if category == "venue"]
    words = set(said.split())
    return len(said) > 6 and any(words <= set(norm(v).split()) for v in venues if v)


# ------------------------------------------------------------------ citations against the document's list
@dataclass(frozen=True)
class Listed:
    """What the document's own reference list says of one entry: its names and years."""

    entry: Entry
    names: str  # the head of the entry, normalised
    years: frozenset[int]
    source_id: str | None = None


@dataclass(frozen=True)
class ListCheck:
    status: str  # listed, missing, other-year, not-applicable
    listed: tuple[int, ...] = ()  # indexes of the entries the citation names
    message: str = ""


def entry_years(text: str) -> frozenset[int]:
    """The years an entry gives, leaving out its quoted title and its page range."""
    quoted = _quoted_title(text)
    if quoted:
        text = text[:quoted[0]] + " " * (quoted[1] - quoted[0]) + text[quoted[1]:]
    text = PAGES_RE.sub(" ", text)
    bracketed = re.findall(r"\((1[6-9]\d\d|20\d\d)[a-z]?[),]", text)
    if bracketed:
        return frozenset(int(y) for y in bracketed)
    return frozenset(int(m.group(1)) for m in YEAR_RE.finditer(text) if not re.match(r"\s*[-–]\s*\d", text[m.end():]))


def listed_works(found: Sequence[Entry], checks: Sequence[ReferenceCheck] = ()) -> list[Listed]:
    ids = {id(c.entry): c.source_id for c in checks}
    out = []
    for entry in found:
        head = re.split(r"[\"“]", entry.text, maxsplit=1)[0]
        out.append(Listed(entry, norm(_author_part(head)), entry_years(entry.text), ids.get(id(entry))))
    return out


def _cited_as(citation: Citation) -> str:
    who = " and ".join(citation.names) if len(citation.names) < 3 else f"{citation.names[0]} et al."
    return f"{who} {citation.year}" if citation.year else who


def check_against_list(citation: Citation, listed: Sequence[Listed], source_ids: Iterable[str] = ()) -> ListCheck:
    """Is the cited work in the document's own reference list, with the same year? `source_ids`
    are the works of the base the citation names: an entry matched to one of them is that work,
    even when the entry gets its authors wrong (that is reported on the entry)."""
    if citation.key is not None:  # pandoc resolves keys against a bibliography file, not the list
        hits = tuple(i for i, w in enumerate(listed) if w.source_id == citation.key)
        return ListCheck("listed" if hits else "not-applicable", hits)
    if citation.numbers:
        labels = {w.entry.label: i for i, w in enumerate(listed) if w.entry.label}
        missing = [n for n in citation.numbers if str(n) not in labels]
        hits = tuple(labels[str(n)] for n in citation.numbers if str(n) in labels)
        if missing:
            return ListCheck("missing", hits, f"{citation.text} is cited but the reference list has no entry "
                             + ", ".join(str(n) for n in missing))
        return ListCheck("listed", hits)
    names = [norm(n) for n in citation.names]
    if not names:
        return ListCheck("not-applicable")
    ids = set(source_ids)
    by_name = [i for i, w in enumerate(listed)
               if all(_has_word(part, w.names) for n in names for part in n.split())
               or (w.source_id is not None and w.source_id in ids)]
    if not by_name:
        return ListCheck("missing", (), f"{_cited_as(citation)} is cited but not in the reference list")
    dated = tuple(i for i in by_name if citation.year in listed[i].years or not listed[i].years)
    if dated or citation.year is None:
        return ListCheck("listed", dated or tuple(by_name))
    years = sorted({y for i in by_name for y in listed[i].years})
    given = ", ".join(str(y) for y in years) if years else "no year"
    return ListCheck("other-year", tuple(by_name),
                     f"{_cited_as(citation)} disagrees with the reference list, which gives {given}")
