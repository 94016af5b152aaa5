"""Recognising when a statement names a work ("Peng (1987)", "Kung and Lin's article",
"Frank Dikötter estimated") so that it is checked against that work, not the whole literature.

A surname alone is ambiguous ("Peng" is also Peng Dehuai, "Lin" also Lin Biao), so it counts
as an author only in an author's context: next to a year, a given name, a co-author, "et al.",
a reporting verb, or a possessive followed by a kind of work. Names in the lexicon (historical
figures) are masked first.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Iterable

from glfcheck.base.model import Base, Source
from glfcheck.judging.cues import phrases
from glfcheck.matching.text import STOP_WORDS, fold

# The words that make a surname an author ("Peng estimated", "Peng's 1987 study") and that say a
# work was published are the lexicon's (`language`: author_verbs, author_works, publishing).
_YEAR = r"(?P<year>1[89]\d\d|20\d\d)[a-z]?"


@dataclass(frozen=True)
class Attribution:
    """A statement's reference to a work, with the facts it asserts about that work."""

    mention: str
    candidates: tuple[str, ...]  # source ids that fit the names (and year, when one fits)
    year: int | None = None  # the publication year the statement gives
    year_conflict: bool = False  # that year fits none of the author's works
    venue: str | None = None  # a journal or publisher the statement names
    venue_conflict: bool = False
    publication: bool = False  # the statement is about the work itself (published, appeared...)
    year_text: str = ""


def works_named(attributions: Iterable[Attribution]) -> frozenset[str]:
    """Every work these attributions may mean."""
    return frozenset(i for a in attributions for i in a.candidates)


def _plain(text: str) -> str:
    """Folded words only, for comparing titles."""
    return " ".join(re.findall(r"[a-z0-9]+", fold(text).replace("'s", "s")))


def _written_as_title(key: str, folded: str, original: str) -> bool:
    """A title is capitalised or quoted ('Hungry Ghosts', "'three parts natural...'" as the
    name of an article); the same words in lower case are a phrase ('three parts natural, seven
    parts man-made' quoting Liu Shaoqi)."""
    words = [w for w in key.split() if len(w) >= 4 and not w.isdigit()]
    if not words:
        return True
    capitalised = 0
    for w in words:
        at = folded.find(w)
        capitalised += at >= 0 and original[at:at + 1].isupper() if len(folded) == len(original) else 1
    return capitalised >= 0.6 * len(words)


# a capitalised word joined to what follows: 'Forgotten Voices of Mao's Great Famine' is one title
_JOINED_TITLE_RE = re.compile(r"\b[A-Z][\w'’-]*\s+(?:of|and|on)\s+([\w'’-]+)")


def _within_longer_title(statement: str, key: str) -> bool:
    """Does the title stand inside a longer one ('Forgotten Voices of Mao's Great Famine')?"""
    first = key.split()[0]
    return any(_plain(m.group(1)) == first for m in _JOINED_TITLE_RE.finditer(statement))
_WRITTEN_BY_RE = re.compile(r"\b(?:written|authored|composed)\s+by\b|\bthe\s+author\s+of\b", re.IGNORECASE)


def _key(name: str) -> str:
    """A surname as looked up: folded, with dots, hyphens and spaces made single spaces."""
    return re.sub(r"[\s.\-]+", " ", fold(name)).strip()


def _venue_key(name: str) -> str:
    """A journal or publisher as compared: folded, '&' read as 'and', no leading 'the'."""
    return re.sub(r"^the\s+", "", fold(name).replace("&", "and")).strip()


def _name_pattern(name: str) -> str:
    parts = [re.escape(p) for p in fold(name).replace(".", " ").split()]
    return r"[\s.\-]*".join(parts)


class AuthorIndex:
    """Surnames of every author in the base, pointing at their works."""

    def __init__(self, base: Base):
        self.base = base
        words = base.lexicon.words
        self.reporting_verbs = phrases(words("author_verbs")) or "(?!)"
        self.work_nouns = phrases(words("author_works")) or "(?!)"
        self.publication_re = re.compile(
            r"\b(?:" + (phrases(words("publishing")) or "(?!)") + r")\b"
            r"(?P<middle>[^.;]{0,120}?)\bin\s+(?P<year>1[89]\d\d|20\d\d)\b",
            re.IGNORECASE,
        )
        self.by_surname: dict[str, set[str]] = {}
        for source in base.sources.values():
            for family, _ in source.authors:
                for key in self._surname_keys(family):
                    self.by_surname.setdefault(key, set()).add(source.id)
        # an author's name as also written ("Dikoetter", "Bannister"): the lexicon's spellings
        self.also_written: dict[str, list[str]] = {}
        for variant, canonical in base.lexicon.spellings.items():
            self.also_written.setdefault(_key(canonical), []).append(_key(variant))
        for key, variants in self.also_written.items():
            for variant in variants:
                if key in self.by_surname:
                    self.by_surname.setdefault(variant, set()).update(self.by_surname[key])
        self._surname_re = None
        if self.by_surname:
            names = sorted(self.by_surname, key=len, reverse=True)
            self._surname_re = re.compile(r"(?<![\w])(" + "|".join(_name_pattern(n) for n in names) + r")(?![\w])")
        person_variants = [v for v, (cat, _) in base.lexicon.names.items() if cat == "person" and " " in v.strip()]
        self._people_re = (
            re.compile(r"(?<![\w])(?:" + "|".join(_name_pattern(v) for v in sorted(person_variants, key=len, reverse=True)) + r")(?![\w])")
            if person_variants
            else None
        )
        # Journals and publishers: those of the base's works, and the lexicon's list of other
        # venues, so that a work placed in the wrong journal is caught even when that journal
        # holds nothing in the base.
        venues: dict[str, set[str]] = {}
        self.venue_of: dict[str, str] = {}  # any written form -> the form venues is keyed by
        for source in base.sources.values():
            for key in ("container-title", "publisher"):
                venue = source.get(key)
                if venue and len(venue) >= 3:
                    venues.setdefault(_venue_key(venue), set()).add(source.id)
        for variant, (category, canonical) in base.lexicon.names.items():
            if category == "venue":
                venues.setdefault(_venue_key(canonical), set())
                self.venue_of[_venue_key(variant)] = _venue_key(canonical)
        for key in venues:
            self.venue_of.setdefault(key, key)
        self.venues = venues
        self._venue_re = (
            re.compile(r"(?<![\w])(?:the\s+)?(" + "|".join(re.escape(v) for v in sorted(self.venue_of, key=len, reverse=True)) + r")(?![\w])")
            if self.venue_of
            else None
        )
        self._index_titles()

    def _index_titles(self) -> None:
        """Distinctive parts of every title ('Hungry Ghosts', 'Anatomy of a Central Planning
        Disaster'); a part that many claims also use ('The Great Leap Forward') names no work."""
        claim_texts = [(frozenset(c.source_ids), _plain(t)) for c in self.base.claims for t in c.texts]
        # how many phrasings use each word: a title made only of the domain's everyday words
        # ("China's Great Famine") is how statements name the famine, not the book
        used = Counter(w for _, t in claim_texts for w in set(t.split()))
        common = max(3, len(claim_texts) // 50)
        self.titles: dict[str, str] = {}
        self._everyday_titles: dict[str, str] = {}
        for source in self.base.sources.values():
            for part in re.split(r"[:?]", str(source.csl.get("title", ""))):
                key = _plain(part)
                if len(key.split()) < 2 or len(key) < 8:
                    continue
                if all(used[w] >= common or len(w) <= 3 or w.isdigit() for w in key.split()):
                    self._everyday_titles.setdefault(key, source.id)  # a work's name only where a sentence says who wrote it
                    continue
                if key.split()[0] in ("a", "an") and len(key.split()) <= 3:
                    continue  # "A Short History", "A Review Essay": a description, not a name
                # claims about other works that use these words: a phrase, not this work's name
                if sum(key in t for sources, t in claim_texts if source.id not in sources) > 1:
                    continue
                self.titles.setdefault(key, source.id)
        # longest first, each padded with spaces as it is looked for: find_title runs on every sentence
        self._padded_titles = [(f" {key} ", key, sid)
                               for key, sid in sorted(self.titles.items(), key=lambda kv: -len(kv[0]))]

    def find_title(self, statement: str) -> tuple[str, list[str]] | None:
        """A work named by its title, with the authors the statement gives it when none of them
        wrote it: ('becker1996', ['Yang']) for 'Hungry Ghosts was written by Yang Jisheng'."""
        text = f" {_plain(statement)} "
        flat = fold(statement)
        found = next((sid for padded, key, sid in self._padded_titles
                      if padded in text and _written_as_title(key, flat, statement)), None)
        if found is None and _WRITTEN_BY_RE.search(statement):
            # a title of everyday words ("Mao's Great Famine") names the work where the sentence says who wrote it
            found = next((sid for key, sid in self._everyday_titles.items()
                          if f" {key} " in text and _written_as_title(key, flat, statement)
                          and not _within_longer_title(statement, key)), None)
        if found is None:
            return None
        work = self.base.sources[found]
        own = {k for family, _ in work.authors for k in self._surname_keys(family)}
        folded = fold(statement)
        for k in own:
            for m in re.finditer(r"(?<!\w)" + re.escape(k) + r"(?!\w)", folded):
                other = self._namesake(work, k, folded, m.start(), m.end())
                if other is not None:  # 'Calamity and Reform ... by Dennis Tao Yang' (Dali Yang's book)
                    return found, [other]
        if any(re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", folded) for k in own):
            return None  # its author is named too, perhaps bare ("...; Banister, China's Changing Population")
        named = []
        for attribution in self.find(statement):
            families = {_key(n) for n in re.split(r",|\band\b|&", fold(attribution.mention)) if n.strip()}
            if families & own:
                return None  # one of its authors is named ("Ashton et al., ...; Banister, China's Changing Population")
            if families:
                named.append(attribution.mention)
        return (found, named) if named else None

    def _namesake(self, work: Source, surname: str, text: str, start: int, end: int) -> str | None:
        """Another author of the base with the work's author's surname, named by their own given
        name, not the work's author's: 'Dennis Tao Yang' for Dali Yang. Their name, else None."""
        if self._given_matches(work, surname, text, start, end):
            return None
        for sid in sorted(self.by_surname.get(surname, ())):
            other = self.base.sources[sid]
            if other is not work and self._given_matches(other, surname, text, start, end):
                return next(f"{given} {family}" for family, given in other.authors if surname in self._surname_keys(family))
        return None

    @staticmethod
    def _surname_keys(family: str) -> list[str]:
        folded = _key(family)
        keys = [folded] if folded else []
        parts = folded.split()
        if len(parts) > 1 and len(parts[-1]) > 3:
            keys.append(parts[-1])  # "Gráda" for "Ó Gráda"
        return [k for k in keys if len(k) >= 2]

    def _given_matches(self, source: Source, surname: str, text: str, start: int, end: int) -> bool:
        """Whether a given name or its initials stand next to the surname ("Xizhe Peng", "Peng
        Xizhe", "J. K. S. Kung")."""
        for family, given in source.authors:
            if surname not in self._surname_keys(family) or not given:
                continue
            given_folded = fold(given)
            before = text[max(0, start - 40):start]
            after = text[end:end + 30]
            parts = [part for part in re.split(r"[\s.\-]+", given_folded) if part]
            full = r"[\s.\-]*".join(  # "Peng Xizhi" for Peng Xizhe: a given name as also written
                "(?:" + "|".join(map(re.escape, [part, *self.also_written.get(part, [])])) + ")"
                for part in parts)  # "Xiaoyuan" for Xiao-yuan
            if len(parts) > 1 and len(parts[0]) > 1 and all(len(p) == 1 for p in parts[1:]):
                full = f"(?:{full}|{re.escape(parts[0])})"  # "Ansley Coale" for Coale, Ansley J.
            if re.search(full + r"\s*$", before) or re.match(r"\s*" + full + r"(?![\w])", after):
                return True
            initials = r"[\s.]*".join(re.escape(w[0]) for w in re.split(r"[\s\-]+", given_folded) if w)
            if re.search(r"(?<![\w])" + initials + r"[\s.]*$", before):
                return True
        return False

    def _co_authors(self, matches: list[re.Match[str]], first: re.Match[str], text: str) -> tuple[list[str], int]:
        """Surnames joined to the first by "and", "&" or commas ("Ashton, Hill, Piazza and Zeitz"),
        and where the list ends."""
        names = [_key(first.group(1))]
        end = first.end()
        for other in matches:
            if other.start() < end:
                continue
            key = _key(other.group(1))
            # "Kung and Lin", "Kung, Lin", "James Kung and Justin Lin" (a given name may come between)
            gap = r"\s*(?:,|and|&|,\s*and)\s*(?:[a-z][\w\-]*\.?\s+){0,2}"
            if key in self.by_surname and re.fullmatch(gap, text[end:other.start()]) \
                    and set.intersection(*(self.by_surname[n] for n in (*names, key))):
                names.append(key)
                end = other.end()
                continue
            break
        return names, end

    def _rank(self, ids: set[str], mentioned: int, et_al: bool) -> tuple[str, ...]:
        """The works that fit best: as many authors as the statement names ("Lin (1990)" is Lin
        1990, not Kung and Lin), or the most authors after "et al."."""
        def distance(i: str) -> int:
            return abs(len(self.base.sources[i].authors) - mentioned)

        if et_al:
            return tuple(sorted(ids, key=lambda i: (-len(self.base.sources[i].authors), self.base.sources[i].year or 0, i)))
        closest = min(distance(i) for i in ids)
        return tuple(sorted((i for i in ids if distance(i) == closest), key=lambda i: (self.base.sources[i].year or 0, i)))

    def first_authors(self, text: str) -> tuple[tuple[str, str], ...]:
        """The first authors of the works a text names, however loosely ('Becker adopts Coale's
        figure'): (surname, one of their works), once each."""
        found = {}
        for a in self.find(text, loose=True):
            source = self.base.sources[a.candidates[0]]
            if source.authors:
                found.setdefault(source.authors[0][0], a.candidates[0])
        return tuple(found.items())

    def find(self, statement: str, loose: bool = False) -> list[Attribution]:
        """The works a statement refers to. A bare surname counts only with a cue (a year, 'et al.',
        a reporting verb, "'s study"...) unless `loose`: a sentence comparing works ("lower than
        Peng's") names the second one bare."""
        if self._surname_re is None:
            return []
        text = fold(statement)
        if self._people_re is not None:  # historical figures are not authors
            text = self._people_re.sub(lambda m: " " * len(m.group(0)), text)
        original = statement if len(statement) == len(text) else None
        found: list[Attribution] = []
        taken_until = -1
        matches = list(self._surname_re.finditer(text))
        for m in matches:
            if m.start() < taken_until:
                continue  # a co-author of the previous mention
            if original is not None and not original[m.start()].isupper():
                continue  # "song" or "hill" in lower case are words, not authors
            co_names, end = self._co_authors(matches, m, text)
            surname = co_names[0]
            if len(co_names) == 1 and surname in STOP_WORDS:
                continue  # "An estimated 36 million died": the article, not the author An (alone)
            ids = set.intersection(*(self.by_surname.get(n, set()) for n in co_names))
            if not ids:
                continue
            # "et al.", "and colleagues": more authors than named; the year may follow
            others = re.match(r"\s*(?:et\s+al\.?|and\s+(?:his\s+|her\s+|their\s+)?"
                              r"(?:colleagues|co-?authors|others|associates|collaborators))", text[end:])
            et_al = bool(others)
            if others:
                end += others.end()
            after = text[end:end + 80]
            before = text[max(0, m.start() - 60):m.start()]
            possessive_work = re.match(r"'s\s+(?:(?:\d{4}|[\w\-]+)\s+){0,3}?(?:" + self.work_nouns + r")\b", after)
            year_match = (
                re.match(r"\s*(?:\(|,\s*)?\s*" + _YEAR, after)
                or re.search(r"\(\s*$", before) and re.match(r"\s*,?\s*" + _YEAR, after)
                # "Peng's 1987 study", not "Liu's 1961 tour": a possessive year dates a work only
                or possessive_work and re.match(r"'s\s+" + _YEAR, after)
            )
            verb = re.match(r"\s*(?:\([^)]*\)\s*)?(?:has\s+|had\s+|have\s+)?(?:" + self.reporting_verbs + r")\b", after)
            by_given = {i for i in ids if self._given_matches(self.base.sources[i], surname, text, m.start(), end)}
            # "according to Dikötter", "in Dikötter's view", "as Dikötter shows"
            reported = re.search(r"(?:according\s+to|in\s+the\s+view\s+of)\s*$", before) is not None
            if not (year_match or possessive_work or et_al or verb or reported or len(co_names) > 1 or by_given or loose):
                continue
            taken_until = end
            ids = by_given or ids
            year, year_text = (int(year_match.group("year")), year_match.group(0).strip()) if year_match else (None, "")
            pub = self.publication_re.search(text, m.start())
            if year is None and pub:
                year, year_text = int(pub.group("year")), pub.group(0)
            publication = bool(pub) or bool(possessive_work and re.search(
                r"\b(?:appeared|published|came out|printed)\b", text[end:]))
            fitting = {i for i in ids if self.base.sources[i].year == year} if year is not None else ids
            year_conflict = not fitting
            best_fit = self._rank(fitting or ids, len(co_names) + et_al, et_al)
            venue, venue_conflict = self._venue(text, best_fit)
            found.append(Attribution(statement[m.start():end] if original else m.group(0), best_fit,
                                     year, year_conflict, venue, venue_conflict, publication, year_text))
        return found

    def _venue(self, text: str, ids: Iterable[str]) -> tuple[str | None, bool]:
        if self._venue_re is None:
            return None, False
        m = self._venue_re.search(_venue_key(text))
        if not m:
            return None, False
        named = self.venue_of[m.group(1)]
        ids = list(ids)
        fits = any(i in self.venues.get(named, set()) for i in ids)
        return named, not fits
