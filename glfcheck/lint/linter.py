"""Linting documents: the pure core behind `glfcheck lint`.

It reads nothing and prints nothing: given parsed documents and a checker it yields, per
document, the sentences it checked and the findings, sorted by position. Verdicts come from
the checker; this module only decides which of them are worth a finding and how severe they
are (error: a conflicting fact or a wrong reference; warning: a contested claim or an unused
suppression; info: a work the base does not hold, and supported or unknown sentences when
asked for with `show`).

Which sentences are checked: every sentence of prose outside the reference list, except
questions (they assert nothing) and fragments of fewer than four words.

Inline suppression (in a comment; in plain text anywhere on a line):
- `glfcheck: ignore` - at the end of a line of prose, no findings for that line's sentences; on a
  line of its own, none for the next sentence (or reference entry);
- `glfcheck: ignore ID [ID...]` - only findings about these claim, source or rule ids there;
- `glfcheck: off` ... `glfcheck: on` - no findings in between.
A suppression that suppresses nothing is itself reported (rule `unused-suppression`).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Callable, Iterable, Iterator

from glfcheck.annotate import Placer, wrong_words
from glfcheck.judging.checker import Checker
from glfcheck.base.cite import format_reference, short_citation
from glfcheck.documents.reading import Block, Document, Pos
from glfcheck.base.model import Base
from glfcheck.documents.references import (EDITION, UNCHECKED, CitationCheck, Listed, annotation, check_against_list,
                                          check_citation,
                                 check_entries, entries, find_citations, listed_works, reference_blocks)
from glfcheck.documents.sentences import split_spans
from glfcheck.lint.workers import Workers, check_many
from glfcheck.results import (DocumentReport, EvidenceRef, Finding, Result, Sentence)
from glfcheck.rules import RULES, SHOWABLE, Example

MIN_WORDS = 4
# At most this many sentences are checked in one document (~0.3-1 ms each): a long book has
# 5,000-10,000; past that a file is more likely a log or a data dump, and a note says where checking
# stopped rather than letting the run take minutes.
MAX_SENTENCES = 10_000
# Fewer distinct sentences than this are checked in this process: starting workers costs more
# than it saves (measured: ~1.5 ms a sentence, ~30 ms to start and feed two forked workers).
PARALLEL_MIN = 150
CHUNK = 40  # sentences handed to a worker at a time: small enough to keep both cores busy to the end


@dataclass(frozen=True)
class Options:
    show: frozenset[str] = frozenset()
    disabled: frozenset[str] = frozenset()  # claim ids never reported
    min_score: float = 0.0  # claim matches scoring below this are not reported
    selected: frozenset[str] = frozenset()  # rule ids: when any, only these are reported (--select)
    ignored: frozenset[str] = frozenset()  # rule ids never reported (--ignore, and rule ids in `disable`)

    def reports(self, rule: str) -> bool:
        return rule not in self.ignored and (not self.selected or rule in self.selected)


@dataclass
class _Unit:
    start: Pos
    end: Pos


@dataclass
class _Suppression:
    action: str
    ids: tuple[str, ...]
    pos: Pos
    text: str
    start: Pos | None = None
    end: Pos | None = None
    used: bool = False


@lru_cache(maxsize=65_536)  # asked of each sentence when it is queued and again when it is reported
def checked(text: str) -> bool:
    """Is this sentence checked? Not a question (it asserts nothing), nor a short fragment."""
    return not text.rstrip("\"'”’)").endswith("?") and len(text.split()) >= MIN_WORDS


class Linter:
    """Lints documents against one checker; checks each distinct sentence once.

    The checker is pure, so a sentence repeated across files (course material repeats a lot) is
    checked once; `lint` first gathers every document's sentences and, when there are enough
    distinct ones and `jobs` > 1, spreads them over worker processes.
    """

    def __init__(self, checker: Checker, options: Options | None = None, jobs: int = 1,
                 known: dict[str, Result] | None = None, workers: Workers | None = None):
        """`known`: results of this checker remembered from an earlier run (sentence -> Result);
        `workers`: worker processes shared with the rest of the run (whoever made them closes
        them), else the linter starts its own when it has enough to check."""
        self.checker = checker
        self.base: Base = checker.base
        self.options = options or Options()
        self.jobs = workers.jobs if workers is not None else jobs
        self._shared = workers is not None
        self.workers = workers if workers is not None else Workers(checker, self.jobs)
        self._known = len(known or ())
        self._cache: dict[str, Result] = dict(known or {})
        self._citations: dict[tuple[str, bool], list] = {}
        self._refs: dict[int, tuple[Result, tuple[EvidenceRef, ...]]] = {}
        self._formatted: dict[str, str] = {}  # source id -> its full reference
        self._by_names: dict[tuple, CitationCheck] = {}  # (names, year, key) -> check_citation's answer
        self._works_by_name: dict[str, set[str]] = {}  # a cited name -> the works it fits
        self._placer = Placer(self.base)  # where a finding's figure falls among the estimates

    @property
    def results(self) -> dict[str, Result]:
        """Every result known to this linter, the remembered ones first: worth remembering for
        the next run when `checked_now` is not 0."""
        return self._cache

    @property
    def checked_now(self) -> int:
        return len(self._cache) - self._known

    def check(self, sentence: str) -> Result:
        result = self._cache.get(sentence)
        if result is None:
            result = self._cache[sentence] = self.checker.check(sentence)
        return result

    def check_all(self, sentences: Iterable[str]) -> None:
        """Check every distinct sentence not checked yet, in worker processes if it pays."""
        todo = [s for s in dict.fromkeys(sentences) if s not in self._cache]
        if self.jobs < 2 or len(todo) < PARALLEL_MIN:
            for sentence in todo:
                self.check(sentence)
            return
        try:
            chunks = [todo[i:i + CHUNK] for i in range(0, len(todo), CHUNK)]
            for chunk, results in zip(chunks, self.workers.pool().map(check_many, chunks)):
                self._cache.update(zip(chunk, results))
        finally:
            self._done_with_workers()

    def _done_with_workers(self) -> None:
        if not self._shared:
            self.workers.close()

    def lint(self, documents: Iterable[Document],
             all_checked: Callable[[], None] | None = None) -> Iterator[DocumentReport]:
        """Lint documents in order. Each document's sentences not met before are queued as it is
        read; once PARALLEL_MIN of them are waiting (and `jobs` > 1) worker processes check them
        while this process reads on, and each document is reported when its sentences are in.
        `all_checked` is called once every sentence has its result, before the last documents
        are reported (the results can be saved meanwhile)."""
        read: list[tuple[Document, list[tuple[int, int, int, str]], int]] = []
        waiting: list[str] = []  # distinct sentences met and not yet checked or handed out
        queued = set(self._cache)
        futures: list = []
        pool = None
        try:
            for doc in documents:
                spans = list(self._sentences(doc))  # split once, used twice
                for *_, text in spans:
                    if text not in queued and checked(text):
                        queued.add(text)
                        waiting.append(text)
                if pool is None and self.jobs > 1 and len(waiting) >= PARALLEL_MIN:
                    pool = self.workers.pool()
                if pool is not None:
                    for i in range(0, len(waiting), CHUNK):
                        chunk = waiting[i:i + CHUNK]
                        futures.append((chunk, pool.submit(check_many, chunk)))
                    waiting = []
                read.append((doc, spans, len(futures)))  # its sentences are in the futures so far
            for text in waiting:  # too few for workers
                self.check(text)
            collected = 0
            for doc, spans, needed in read:
                # what this document needs, and whatever else is done: once every sentence is in,
                # the results can be saved while the last documents are reported
                while collected < len(futures) and (collected < needed or futures[collected][1].done()):
                    chunk, future = futures[collected]
                    self._cache.update(zip(chunk, future.result()))
                    collected += 1
                if all_checked is not None and collected == len(futures):
                    all_checked()
                    all_checked = None
                yield self.lint_document(doc, spans)
            if all_checked is not None:  # no documents
                all_checked()
        finally:
            if pool is not None:
                self._done_with_workers()

    def _sentences(self, doc: Document) -> Iterator[tuple[int, int, int, str]]:
        """(block, start, end, text) of every sentence outside the reference list."""
        ref_span = reference_blocks(doc.blocks, self.base.lexicon)
        in_refs = set(range(*ref_span)) if ref_span else set()
        for index, block in enumerate(doc.blocks):
            first = 0
            if index in in_refs:  # of a reference, only an annotated bibliography's comment is prose
                noted = annotation(block.text)
                if noted is None:
                    continue
                first = noted
            for start, end in split_spans(block.text[first:]):
                yield index, first + start, first + end, block.text[first + start:first + end]

    # ------------------------------------------------------------------ one document
    def lint_document(self, doc: Document,
                      spans: list[tuple[int, int, int, str]] | None = None) -> DocumentReport:
        findings: list[Finding] = []
        sentences: list[Sentence] = []
        units: list[_Unit] = []
        for note in doc.notes:
            findings.append(self._finding(doc, (0, 1, 1), (0, 1, 2), "document-note", note, kind="document"))
        found_entries = entries(doc.blocks, self.base.lexicon)
        entry_checks = check_entries(found_entries, self.base)
        listing = _Listing(listed_works(found_entries, entry_checks))
        count = 0
        suppressible = bool(doc.directives)  # sentence positions are worked out only where needed
        quiet = set(SHOWABLE) - self.options.show  # verdicts that make no finding
        for index, start, end, text in self._sentences(doc) if spans is None else spans:
            block = doc.blocks[index]
            if suppressible:
                units.append(_Unit(block.pos(start), block.end_pos(end)))
            if not checked(text):
                findings.extend(self._citation_findings(doc, block, start, text, None, listing))
                continue
            count += 1
            if count == MAX_SENTENCES + 1:
                first = block.pos(start)
                findings.append(self._finding(
                    doc, first, (first[0], first[1], first[2] + 1), "document-note",
                    f"stopped checking here: glfcheck checks at most {MAX_SENTENCES:,} sentences of a "
                    "document (split it to check the rest)", kind="document"))
            if count > MAX_SENTENCES:
                continue
            result = self.check(text)
            verdict = result.verdict  # the checker's, never decided again here
            sentences.append(Sentence(index, start, end, verdict, result.claim.id if result.claim else None))
            if verdict not in quiet and self._reported(result, heading=block.kind == "heading"):
                findings.extend(self._claim_findings(doc, block, start, end, text, result, verdict))
            findings.extend(self._citation_findings(doc, block, start, text, result, listing))
        for number, check in enumerate(entry_checks):
            block = doc.blocks[check.entry.block]
            start, end = block.pos(check.entry.start), block.end_pos(check.entry.end)
            if suppressible:
                units.append(_Unit(start, end))
            findings.extend(self._reference_findings(doc, start, end, check))
            if listing.cites_any and number not in listing.cited:
                label = f"reference {check.entry.label}" if check.entry.label else "this reference"
                findings.append(self._finding(doc, start, end, "uncited-reference",
                                              f"{label} is never cited in the text", kind="reference",
                                              text=check.entry.text, source_id=check.source_id))
        findings = [f for f in findings if not (f.claim_id and f.claim_id in self.options.disabled)]
        findings = self._suppress(doc, findings, units)
        if self.options.selected or self.options.ignored:  # after suppression: a comment about an
            findings = [f for f in findings if self.options.reports(f.rule)]  # ignored rule is not unused
        findings.sort(key=lambda f: f.sort_key)
        return DocumentReport(doc, tuple(sentences), tuple(findings))

    def _reported(self, result: Result, heading: bool = False) -> bool:
        """Whether a sentence's verdict is reported: not a match scoring below the configured
        `min-score`, nor a heading's contested verdict (a heading names a topic, 'The famine in
        numbers': it takes no side). The verdict itself stays the checker's."""
        if result.claim is not None and result.score < self.options.min_score and result.source_id is None:
            return False
        return not (heading and result.verdict == "contested")

    # ------------------------------------------------------------------ findings
    def _finding(self, doc: Document, start: Pos, end: Pos, rule: str, message: str, **fields) -> Finding:
        cell = start[0] or None
        return Finding(doc.path, start[1], start[2], end[1], end[2], fields.pop("severity", RULES[rule].severity),
                       fields.pop("kind", "claim"), rule, message, cell=cell, **fields)

    def _evidence(self, result: Result) -> tuple[EvidenceRef, ...]:
        """The works behind a verdict, formatted once per distinct result (a sentence repeated
        across a course has the one result)."""
        hit = self._refs.get(id(result))
        if hit is None or hit[0] is not result:
            hit = self._refs[id(result)] = (result, self._format_evidence(result))
        return hit[1]

    def _format_evidence(self, result: Result) -> tuple[EvidenceRef, ...]:
        """Each work once, as it first comes: a misconception's evidence (the works disputing it)
        comes before its correction's, which names the same works again as supporting."""
        refs = []
        seen: set[str] = set()
        for ev in result.evidence:
            if ev.source in seen:
                continue
            seen.add(ev.source)
            source = self.base.sources.get(ev.source)
            refs.append(EvidenceRef(ev.source, ev.stance, self._reference(source) if source else ev.source,
                                    ev.locator, ev.note))
        if not refs and result.source_id and result.source_id in self.base.sources:
            source = self.base.sources[result.source_id]
            refs.append(EvidenceRef(source.id, "cited", self._reference(source)))
        return tuple(refs)

    def _reference(self, source) -> str:  # noqa: ANN001 - a Source
        """A work's full reference, formatted once per run (course material cites a few works often)."""
        hit = self._formatted.get(source.id)
        if hit is None:
            hit = self._formatted[source.id] = format_reference(source)
        return hit

    def _check_citation(self, citation) -> CitationCheck:  # noqa: ANN001 - a Citation
        """check_citation, worked out once per names, year and key: 'Yang (2012)' recurs."""
        key = (citation.names, citation.year, citation.key)
        hit = self._by_names.get(key)
        if hit is None:
            hit = self._by_names[key] = check_citation(citation, self.base, self._works_by_name)
        return hit if hit.citation is citation else replace(hit, citation=citation)

    def _claim_findings(self, doc: Document, block: Block, offset: int, end_offset: int, text: str,
                        result: Result, verdict: str) -> list[Finding]:
        if verdict in SHOWABLE and verdict not in self.options.show:
            return []  # most sentences: nothing to report, so nothing to build (not even positions)
        start, end = block.pos(offset), block.end_pos(end_offset)
        claim_id = result.claim.id if result.claim else None
        common = dict(verdict=verdict, text=text, claim_id=claim_id, source_id=result.source_id,
                      evidence=self._evidence(result), marks=wrong_words(result, verdict),
                      placement=self._placer.place(result))
        attributed = result.source_id is not None and any(
            r.aspect in ("attribution", "reference") for r in result.reasons)
        if verdict == "conflicting":
            why = "; ".join(r.message for r in result.reasons if r.outcome == "conflicts") or "conflicts with the sources"
            rule = "wrong-attribution" if attributed else "conflicting-claim"
            head = f"conflicts with claim {claim_id}: " if claim_id and not attributed else ""
            return [self._finding(doc, start, end, rule, head + why, kind="attribution" if attributed else "claim",
                                  suggestion=result.suggestion, **common)]
        if verdict == "contested" and result.claim is not None:
            message = f"contested (claim {claim_id}): {result.claim.statement}"
            partial = [r.message for r in result.reasons if r.outcome == "partial"]
            if partial:
                message += " - " + "; ".join(partial)
            if len(result.spread) > 1:
                message += f" ({len(result.spread)} estimates in the base; say whose figure you give and cite it)"
            return [self._finding(doc, start, end, "contested-claim", message, suggestion=result.claim.statement,
                                  **common)]
        if verdict == "supported" and "supported" in self.options.show:
            works = [short_citation(self.base.sources[e.source]) for e in result.evidence
                     if e.stance == "supports" and e.source in self.base.sources]
            works = list(dict.fromkeys(works))[:4]
            about = f"claim {claim_id}" if claim_id else "the cited work"
            message = f"supported ({about})" + (f"; cite {', '.join(works)}" if works else "")
            return [self._finding(doc, start, end, "supported-claim", message,
                                  kind="attribution" if attributed else "claim", **common)]
        if verdict == "unknown" and "unknown" in self.options.show:
            why = "; ".join(r.message for r in result.reasons) or "no claim covers it"
            return [self._finding(doc, start, end, "unknown-claim", f"unknown: {why}", **common)]
        return []

    def _citation_findings(self, doc: Document, block, offset: int, text: str, result: Result | None,
                           listing: _Listing) -> list[Finding]:
        """Each citation against the base and against the document's own reference list."""
        key = (text, listing.numbered)
        checks = self._citations.get(key)
        if checks is None:  # pure, like the checker: worked out once per distinct sentence
            checks = [(c, self._check_citation(c) if not c.numbers else None)
                      for c in find_citations(text, numbered=listing.numbered, lexicon=self.base.lexicon)]
            checks = self._citations[key] = [(c, k) for c, k in checks if k is None or k.status != "not-a-work"]
        if not checks:
            return []  # most sentences cite nothing
        out = []
        already = result is not None and any(r.aspect == "reference" and r.outcome == "conflicts"
                                             for r in result.reasons)
        for citation, check in checks:
            listing.cites_any = True
            start, end = block.pos(offset + citation.start), block.end_pos(offset + citation.end)
            against = check_against_list(citation, listing.works, check.source_ids if check else ())
            listing.cited.update(against.listed)
            if not listing.works:
                against = replace(against, status="not-applicable")
            if against.status == "other-year":
                if not already:  # the checker has said the cited year is wrong
                    out.append(self._list_year_finding(doc, start, end, citation, check, against))
                continue
            if against.status == "missing":
                message = against.message
                if check is not None and check.status == "unknown":
                    message += " (nor a work in the claims base)"
                named = check.source_ids[0] if check is not None and check.source_ids else None
                out.append(self._finding(doc, start, end, "missing-reference", message, kind="reference",
                                         text=citation.text, source_id=named))
                if check is None or check.status == "unknown":
                    continue
            if check is None:
                continue
            if check.status == "unknown":
                out.append(self._finding(doc, start, end, "unknown-work", check.message, kind="reference",
                                         text=citation.text))
            elif check.status == "wrong-year" and not already:
                sources = [self.base.sources[i] for i in check.source_ids]
                out.append(self._finding(
                    doc, start, end, "wrong-citation", check.message, kind="reference", verdict="conflicting",
                    text=citation.text, source_id=sources[0].id,
                    evidence=tuple(EvidenceRef(s.id, "cited", self._reference(s)) for s in sources),
                    suggestion=" or ".join(short_citation(s) for s in sources)))
        return out

    def _list_year_finding(self, doc: Document, start: Pos, end: Pos, citation, check, against) -> Finding:
        """A citation whose year is not the one the document's list gives: an error either way;
        the base, when it holds the work, says which year is right."""
        message, suggestion, evidence, source_id = against.message, None, (), None
        sources = [self.base.sources[i] for i in (check.source_ids if check else ()) if i in self.base.sources]
        if sources:
            years = sorted({s.year for s in sources if s.year})
            right = ", ".join(str(y) for y in years)
            where = "the text" if citation.year in years else "the reference list"
            message += f"; the base dates the work {right}, so {where} is right"
            suggestion = " or ".join(short_citation(s) for s in sources)
            evidence = tuple(EvidenceRef(s.id, "cited", self._reference(s)) for s in sources)
            source_id = sources[0].id
        return self._finding(doc, start, end, "wrong-citation", message, kind="reference", verdict="conflicting",
                             text=citation.text, source_id=source_id, evidence=evidence, suggestion=suggestion)

    def _reference_findings(self, doc: Document, start: Pos, end: Pos, check) -> list[Finding]:
        entry = check.entry
        label = f"reference {entry.label}" if entry.label else "reference"
        if check.source_id is None:
            return [self._finding(doc, start, end, "unknown-work",
                                  f"{label} is not a work in the claims base; {UNCHECKED}",
                                  kind="reference", text=entry.text)]
        if not check.differences:
            return []
        source = self.base.sources[check.source_id]
        citation = format_reference(source)
        diffs = "; ".join(str(d) for d in check.differences)
        # Only another publisher named for a book: likely another edition (Bloomsbury in London,
        # Walker in New York), worth a note rather than an error.
        edition = all(d.note == EDITION for d in check.differences)
        return [self._finding(doc, start, end, "wrong-reference",
                              f"{label} differs from {short_citation(source)} [{source.id}]: {diffs}",
                              kind="reference", verdict=None if edition else "conflicting", text=entry.text,
                              source_id=source.id, evidence=(EvidenceRef(source.id, "cited", citation),),
                              suggestion=citation, **({"severity": "info"} if edition else {}))]

    # ------------------------------------------------------------------ suppression
    def _suppress(self, doc: Document, findings: list[Finding], units: list[_Unit]) -> list[Finding]:
        if not doc.directives:
            return findings
        units = sorted(units, key=lambda u: u.start)
        rules: list[_Suppression] = []
        open_block: _Suppression | None = None
        extra: list[Finding] = []
        for d in sorted(doc.directives, key=lambda d: d.pos):
            if d.action == "ignore":
                start, end = _ignored_span(d.pos, units)
                rules.append(_Suppression("ignore", d.ids, d.pos, d.text, start, end))
            elif d.action == "off":
                if open_block is None:
                    open_block = _Suppression("off", d.ids, d.pos, d.text, d.pos, (10**9, 0, 0))
                    rules.append(open_block)
            elif d.action == "on":
                if open_block is None:
                    extra.append(self._finding(doc, d.pos, (d.pos[0], d.pos[1], d.pos[2] + len(d.text)),
                                               "unused-suppression", f"'{d.text}' without an earlier 'glfcheck: off'",
                                               kind="suppression", text=d.text))
                else:
                    open_block.end = d.pos
                    open_block = None
        kept = []
        for f in findings:
            pos = (f.cell or 0, f.line, f.column)
            hit = None
            for s in rules:
                if s.start is None or not (s.start <= pos <= s.end):  # type: ignore[operator]
                    continue
                if s.ids and not ({f.claim_id, f.source_id, f.rule} & set(s.ids)):
                    continue
                hit = s
                break
            if hit is None or f.kind == "document":
                kept.append(f)
            else:
                hit.used = True
        for s in rules:
            if not s.used:
                what = f"'{s.text}' suppresses nothing"
                if s.action == "ignore" and s.start is None:
                    what += " (no sentence follows it)"
                extra.append(self._finding(doc, s.pos, (s.pos[0], s.pos[1], s.pos[2] + len(s.text)),
                                           "unused-suppression", what, kind="suppression", text=s.text))
        return kept + extra


def _ignored_span(at: Pos, units: list[_Unit]) -> tuple[Pos | None, Pos | None]:
    """What an `ignore` directive at `at` covers (`units` sorted by start).

    At the end of a line of prose (`... died. <!-- glfcheck: ignore -->`) it covers the sentences
    of that line, as ruff's `# noqa` does; on a line of its own, the next sentence or reference
    entry. A trailing directive never reaches past its own line, so it cannot silence the next
    paragraph."""
    cell, line = at[0], at[1]
    same_line = [u for u in units if u.start < at and u.start[0] == cell and u.end[:2] >= (cell, line)]
    if same_line:
        return min(u.start for u in same_line), max(u.end for u in same_line)
    following = next((u for u in units if u.start > at), None)
    return (following.start, following.end) if following else (None, None)


@dataclass
class _Listing:
    """The document's own reference list while its citations are read: which entries are cited."""

    works: list[Listed]
    cited: set[int] = field(default_factory=set)
    cites_any: bool = False
    numbered: bool = field(init=False)  # a numbered list: "[3]" is a citation (read for every sentence)

    def __post_init__(self) -> None:
        self.numbered = any(w.entry.label for w in self.works)


def lint_example(checker: Checker, example: Example) -> DocumentReport:
    """What a lint of a rule's example reports (`glfcheck rule`, and the tests of every rule)."""
    from glfcheck.documents.reading import kind_of, parse

    doc = parse(example.text.encode(example.encoding), example.name, kind_of(example.name) or "markdown")
    return Linter(checker, Options(show=frozenset(example.show))).lint_document(doc)
