"""Deciding a statement's verdict: the one place where verdicts are made.

Flow: read the statement's figures, years, names and polarity; if it names a work, check it
against that work; otherwise let the matcher propose claims and compare explicitly. A statement
that no claim covers well enough is `unknown`, never forced onto the nearest claim.
"""

from __future__ import annotations

import re
from dataclasses import replace

from glfcheck.judging import cues
from glfcheck.judging.attribution import Attribution, AuthorIndex, works_named
from glfcheck.base.cite import format_reference
from glfcheck.judging.compare import (
    AGREES,
    CONFLICTS,
    PARTIAL,
    SILENT,
    Finding,
    asserted_words,
    denied_tokens,
    claim_names,
    claim_quantities,
    claim_years,
    remember_claim_data,
    clauses,
    coarse_clauses,
    main_clause,
    succession,
    compare_figures,
    compare_names,
    compare_polarity,
    compare_share_sides,
    compare_years,
    relation_holds,
    share_parts,
    stated_relation,
)
from glfcheck.matching.matcher import Candidate, Matcher
from glfcheck.base.model import Base, Claim, Evidence, Quantity
from glfcheck.base.model import describe
from glfcheck.matching.quantities import (YearSpan, close_to, comparable, consistent, find_quantities, find_years,
                                 unit_family)
from glfcheck.matching.text import Analysed
from glfcheck.results import Reason, Result, Verdict

SUPPORTED, CONFLICTING, CONTESTED, UNKNOWN = Verdict.SUPPORTED, Verdict.CONFLICTING, Verdict.CONTESTED, Verdict.UNKNOWN

# Calibrated on the development set and the examples tables (scripts/evaluate.py).
MIN_STRENGTH = 62.0  # below this no claim is about the statement
MIN_COVERAGE = 0.55  # share of the statement's word weight the claim must account for
# The statement must say some of what the claim says: "Week 2: the Great Leap Forward and the famine"
# shares a rare word ("weeks") with a claim and nothing of its substance (measured: 0.17).
MIN_REVERSE = 0.2
MIN_MISCONCEPTION_REVERSE = 0.6  # a statement matches a misconception only if it asserts its gist
CLOSE_STRENGTH = 70.0  # measured: no off-topic statement of the dev, examples or held-out sets reaches 69
CLOSE_COVERAGE = 0.25
SAYS_SCORE = 80.0
SUPPORT_COVERAGE = 0.35  # a short statement is supported only by a claim covering this much of it
SAYS_REVERSE = 0.75
SAYS_COVERAGE = 0.4
CONTAINS_SCORE = 95.0  # a long sentence that holds the whole of a claim's phrasing ...
CONTAINS_REVERSE = 0.85  # ... is about that claim, however much else it says
NAMED_WORK_BOOST = 3.0  # strength added to a claim citing the work a statement names (6 let wrong claims in)
NEAR_MARGIN = 5.0  # candidates this close to the best are weighed together
# ... at most this many of them: more are near-duplicates of one another (a large base's local
# variants of one claim), and comparing every one cost a 10,000-claim base twice the lookups.
# Measured on 3,401 sentences with the shipped and the 10,000-claim base: no result changed
# (a cap of 3 changed one).
NEAR_MAX = 4
WIDER_LOOK = 16  # candidates read when the closest all report one work's view
FIT_MARGIN = 15.0  # ... and this close, when it fits every figure and date that clash with the best
FIT_COVERAGE_SLACK = 0.1  # ... covering nearly as much of the statement
MAX_STATEMENT_CHARS = 2000  # longer input is a document, not a statement
LONG_SENTENCE_WORDS = 20  # from here on a sentence is also checked clause by clause


def _reason(finding: Finding) -> Reason:
    return Reason(finding.aspect, finding.outcome, finding.message)


# A decade after the famine that dates scholarship ("the reconstructions of the 1980s", "1990s
# research") says when the famine was studied, not when anything in it happened. (A single year,
# as in "a 1998 book", stays: it may date a work of the base, and be wrong.)
_SCHOLARSHIP = (r"reconstructions?|estimates?|estimations?|stud(?:y|ies)|research|analys[ie]s|scholarship|"
                r"books?|articles?|papers?|publications?|literature|debates?")
_SCHOLARSHIP_DECADE_RE = re.compile(
    rf"\b(?:{_SCHOLARSHIP})\s+(?:of|from|in|since|during)\s+(?:the\s+)?(?:early\s+|mid-?\s*|late\s+)?"
    rf"(?P<after>(?:19|20)\d0s)\b|\b(?P<before>(?:19|20)\d0s)\s+(?:{_SCHOLARSHIP})\b", re.IGNORECASE)
LAST_FAMINE_YEAR = 1962


def _event_years(text: str) -> list[YearSpan]:
    """The years a statement gives, less the decades that date the scholarship about the famine."""
    years = find_years(text)
    if not years or "0s" not in text:
        return years
    dating = [m.group("after") or m.group("before") for m in _SCHOLARSHIP_DECADE_RE.finditer(text)]
    dating = [d for d in dating if int(d[:4]) > LAST_FAMINE_YEAR]
    return [y for y in years if not any(d in y.text for d in dating)] if dating else years


MEMO_PARTS = ("slotted", "vocabularies", "analysed", "phrasings", "names")  # and "claims": figures and dates


def merge_memos(into: dict, more: dict) -> None:
    """Add the memos of `more` (as `Checker.memos` gives them) to `into`."""
    for part, entries in more.items():
        into.setdefault(part, {}).update(entries)


class Checker:
    """Checks statements against one loaded base; build it once, call it many times."""

    def __init__(self, base: Base, matcher: Matcher | None = None):
        self.base = base
        self.matcher = matcher or Matcher(base)
        self.authors = AuthorIndex(base)
        self._attributive = {c.id for c in base.claims if self.authors.find(c.statement)}
        # work -> the claims whose evidence gives that work's own figure: attribution looks only at these
        self._estimated: dict[str, list[int]] = {}
        for i, claim in enumerate(base.claims):
            for source in dict.fromkeys(e.source for e in claim.evidence if e.estimate is not None):
                self._estimated.setdefault(source, []).append(i)
        self.__setstate__(self.__dict__)

    # Per-process memos (a claim's names, a phrasing analysed clause by clause): worked out for
    # the few claims statements come near, and left out of the pickled cache.
    def __getstate__(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if k not in ("_phrasings", "_names", "_shares", "_asserted",
                                                                    "_claim_works", "_own_estimates", "_works_by_name")}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self._phrasings: dict[str, tuple[Analysed, list[Analysed]]] = {}
        self._names: dict[str, frozenset[tuple[str, str]]] = {}
        self._shares: dict[str, list[tuple[Quantity, set[str]]]] = {}
        self._asserted: dict[str, set[str]] = {}  # claim id -> every word its phrasings assert
        self._claim_works: dict[str, frozenset[str]] = {}  # claim id -> the works its statement names
        self._own_estimates: dict[tuple[str, ...], list[tuple[Claim, Evidence]]] = {}  # works -> their figures
        self._works_by_name: dict[str, set[str]] = {}  # a cited name -> the works it fits

    # ------------------------------------------------------------------ memos between runs
    def warm(self) -> None:
        """Work out every memo for every claim now (~0.3 s with the shipped base), e.g. before
        forking lint workers that would each otherwise work them out again."""
        matcher = self.matcher
        for doc_id in range(len(matcher.claim_of)):
            matcher._slotted_phrasing(doc_id)
        for index, claim in enumerate(self.base.claims):
            matcher._vocabulary(index)
            for text in claim.texts:
                self._claim_text(text)
            self._claim_names(claim)
            claim_quantities(claim)
            claim_years(claim)

    def _memo_dicts(self) -> tuple[dict, ...]:
        matcher = self.matcher
        return (matcher._slotted_memo, matcher._vocabularies, matcher._analysed, self._phrasings, self._names)

    def memo_sizes(self) -> tuple[int, ...]:
        """A mark for `memos(since=...)`: the memos only grow, in order."""
        return tuple(map(len, self._memo_dicts()))

    def memos(self, since: tuple[int, ...] | None = None) -> dict:
        """What lookups have worked out from the base so far (or since `memo_sizes` gave `since`),
        to `restore` in another process: a lint's workers send what they work out back with their
        results, and the lint keeps it beside its remembered results (the cached Checker leaves
        it out, as a single lookup would pay more to load it than it saves)."""
        from itertools import islice

        parts = [dict(islice(memo.items(), start, None))
                 for memo, start in zip(self._memo_dicts(), since or (0,) * len(MEMO_PARTS))]
        claims = {}
        for claim_id in parts[4]:
            claim = self.base.claim(claim_id)
            if claim is not None:
                claims[claim_id] = (claim_quantities(claim), claim_years(claim))
        return dict(zip(MEMO_PARTS, parts), claims=claims)

    def restore(self, memos: dict) -> None:
        matcher = self.matcher
        matcher._slotted_memo.update(memos["slotted"])
        matcher._vocabularies.update(memos["vocabularies"])
        matcher._analysed.update(memos["analysed"])
        self._phrasings.update(memos["phrasings"])
        self._names.update(memos["names"])
        for claim_id, (quantities, years) in memos["claims"].items():
            claim = self.base.claim(claim_id)
            if claim is not None:
                remember_claim_data(claim, quantities, years)

    def _claim_names(self, claim: Claim) -> frozenset[tuple[str, str]]:
        names = self._names.get(claim.id)
        if names is None:
            names = self._names[claim.id] = claim_names([self.matcher.phrasing(t) for t in claim.texts])
        return names

    # ------------------------------------------------------------------ public
    def check(self, statement: str) -> Result:
        text = " ".join(statement.split())
        if not text:
            return Result(statement, UNKNOWN, reasons=(Reason("match", "info", "empty statement"),))
        if len(text) > MAX_STATEMENT_CHARS:
            result = self._check_sentence(statement, text[:MAX_STATEMENT_CHARS])
            note = Reason("match", "info", f"only the first {MAX_STATEMENT_CHARS:,} of {len(text):,} characters "
                                           "were checked (a statement is one sentence; check a document with lint)")
            return replace(result, reasons=result.reasons + (note,))
        return self._check_sentence(statement, self._without_unknown_citations(text))

    def _without_unknown_citations(self, text: str) -> str:
        """Citations of works the base does not hold set aside (see `references.without_unknown`);
        references is imported only for a sentence with a bracket, which a citation needs."""
        if "(" not in text:
            return text
        from glfcheck.documents.references import without_unknown

        return without_unknown(text, self.base, self._works_by_name)

    def _check_sentence(self, statement: str, text: str) -> Result:
        result = self._check_text(statement, text)
        if result.verdict == UNKNOWN and len(text.split()) >= LONG_SENTENCE_WORDS:
            # An essay sentence wraps its fact in context ("Although ..., historians agree that
            # X, which ..."): check it without its asides, then clause by clause, and keep the
            # clause a claim speaks to most surely.
            core = main_clause(text)
            if core != text:
                result = self._check_text(statement, core)
                if result.verdict != UNKNOWN:
                    return result
            parts = [p.strip() for p in clauses(text) if len(p.split()) >= 5]
            # a name in a fragment has lost what it was said of ("... to the silencing of critics
            # at Lushan" is no statement about where steel targets were set)
            found = [r for r in ((self._check_text(statement, p), p) for p in parts) if r[0].verdict != UNKNOWN
                     and not self._lost_context(*r)]
            found = [r for r, _ in found]
            if found:
                return max(found, key=lambda r: r.score)
        return result

    @staticmethod
    def _lost_context(result: Result, fragment: str) -> bool:
        """A conflict that a fragment of a long sentence cannot carry: a name, once cut off from
        what it was said of ("... to the silencing of critics at Lushan"); a negation or opposite
        of a fragment whose subject is a pronoun ("but it gave no figure for the dead")."""
        if result.verdict != CONFLICTING:
            return False
        aspects = {x.aspect for x in result.reasons if x.outcome == CONFLICTS}
        if aspects == {"name"}:
            return True
        return aspects <= {"name", "polarity"} and bool(cues.PRONOUN_LEAD.match(fragment))

    def _check_text(self, statement: str, text: str) -> Result:
        analysed = self.matcher.analyse(text)
        figures = find_quantities(text)
        years = _event_years(text)
        candidates = self.matcher.candidates(analysed, limit=8)
        titled = self.authors.find_title(text)
        if titled is not None:  # "Hungry Ghosts was written by Yang Jisheng"
            source_id, named = titled
            work = self.base.sources[source_id]
            message = f"{work.get('title')!r} is not by {' / '.join(named)}: it is {self._work_label(source_id)}"
            return Result(statement, CONFLICTING, None, 100.0, (Reason("reference", CONFLICTS, message),),
                          source_id=source_id, suggestion=format_reference(work))
        attributions = self.authors.find(text)
        if attributions:
            # "Chen and Zhou (2007) find that ...": a claim resting on the work named is likelier
            # to be what the statement is about than its wording alone says
            named = works_named(attributions)
            candidates = sorted((replace(c, boost=NAMED_WORK_BOOST) if named & set(c.claim.source_ids) else c
                                 for c in candidates), key=lambda c: -c.strength)
        compared = None
        if attributions and cues.COMPARING.search(text):
            compared = self._check_works_compared(statement, text, self.authors.find(text, loose=True), candidates)
            if compared is not None and compared.verdict == CONFLICTING:
                return compared
        rest = self._check_attributions(statement, text, analysed, figures, years, candidates, attributions)
        # a comparison that holds does not hide another error in the sentence
        return compared if compared is not None and rest.verdict != CONFLICTING else rest

    def _check_attributions(self, statement: str, text: str, analysed: Analysed, figures: list[Quantity],
                            years: list[YearSpan], candidates: list[Candidate],
                            attributions: list[Attribution]) -> Result:
        """The statement judged by the works it cites (their figures, years, venues), else by the claims."""
        for attribution in attributions:
            years = [y for y in years if y.text not in attribution.year_text and y.low != attribution.year]
            result = self._check_attribution(statement, text, attribution, figures, candidates)
            if result is not None:
                if result.verdict != CONFLICTING:
                    # "Yang Jisheng, who estimated 36 million, first published Tombstone in Taiwan":
                    # the figure is the work's own, but the sentence says more about the work
                    wrong = self._check_claims(statement, analysed, figures, years, candidates, attributed=True)
                    if self._misreports_work(wrong, attribution.candidates):
                        return replace(wrong, source_id=attribution.candidates[0])
                return result
        result = self._check_claims(statement, analysed, figures, years, candidates, attributed=bool(attributions))
        if attributions and result.claim is not None and result.verdict in (SUPPORTED, CONTESTED) \
                and cues.REPORTED.search(text):
            return self._reported_view(result, attributions)
        return result

    def _reported_view(self, result: Result, attributions: list[Attribution]) -> Result:
        """'Lin (1990) argued that X': a true report of a scholar's view, even where X is disputed;
        a false one when the work named disputes X."""
        claim = result.claim
        assert claim is not None
        named = works_named(attributions)
        stances = {e.stance for e in claim.evidence if e.source in named}
        work = self._work_label(sorted(named & set(claim.source_ids))[0]) if named & set(claim.source_ids) else ""
        if "supports" in stances:
            others = [e.source for e in claim.evidence if e.stance == "refutes"]
            note = f"{work} argues this" + (f"; {', '.join(others)} dispute it" if others else "")
            return replace(result, verdict=SUPPORTED, reasons=result.reasons + (Reason("attribution", AGREES, note),),
                           source_id=sorted(named & set(claim.source_ids))[0])
        if "refutes" in stances and "supports" not in stances:
            return replace(result, verdict=CONFLICTING, suggestion=claim.statement,
                           reasons=result.reasons + (Reason("attribution", CONFLICTS, f"{work} disputes this"),),
                           source_id=sorted(named & set(claim.source_ids))[0])
        return result

    # ------------------------------------------------------------- attribution
    def _check_works_compared(self, statement: str, text: str, attributions: list[Attribution],
                              candidates: list[Candidate]) -> Result | None:
        """'Yang Jisheng's estimate is lower than Peng's', 'Cao's figure falls between Ashton's
        and Yang's': judged by a claim that records each work's figure for the same thing
        (the death toll's spread of estimates)."""
        found = []  # (where the mention starts, where it ends, its candidate works)
        for a in attributions:
            start = text.find(a.mention)
            if start >= 0:
                found.append((start, start + len(a.mention), a.candidates))
        found.sort()
        if len(found) < 2 or len({c for _, _, c in found}) < 2:
            return None
        (_, subject_end, subject), others = found[0], found[1:]
        said = stated_relation(text, subject_end, [start for start, _, _ in others])
        if said is None:
            return None
        relation, at = said
        others = [o for o in others if o[0] > at][:2 if relation == "between" else 1]
        works = [subject] + [o[2] for o in others]
        ranked = {c.claim.id: i for i, c in enumerate(candidates)}
        recorded = []  # claims giving a figure of the same kind for every work named
        for index in sorted({i for work in works for source in work for i in self._estimated.get(source, ())}):
            claim = self.base.claims[index]
            figures = [next((e for e in claim.evidence if e.source in work and e.estimate is not None), None)
                       for work in works]
            if not all(figures) or len({unit_family(e.estimate.unit) for e in figures}) != 1:  # type: ignore[union-attr]
                continue
            if len({(e.estimate.low, e.estimate.high) for e in figures}) < len(figures):  # type: ignore[union-attr]
                continue  # one work reporting the other's figure ('Dikotter cites Peng's 23 million')
            recorded.append((ranked.get(claim.id, len(ranked)), -len(claim.evidence), claim.id, claim, figures))
        if not recorded:
            return None
        *_, claim, figures = min(recorded)
        holds = relation_holds(relation, figures[0].estimate, [e.estimate for e in figures[1:]])
        if holds is None:
            return None
        labels = [f"{self._work_label(e.source)}: {describe(e.estimate)}" for e in figures]  # type: ignore[arg-type]
        said = {"lower": "lower than", "higher": "higher than", "between": "between"}[relation]
        others = "the two others'" if relation == "between" else "the other's"
        message = f"the first work's figure is {'' if holds else 'not '}{said} {others}: {'; '.join(labels)}"
        return Result(statement, SUPPORTED if holds else CONFLICTING, claim, 100.0,
                      (Reason("attribution", AGREES if holds else CONFLICTS, message),), tuple(figures),
                      tuple((e.source, e.estimate) for e in claim.evidence if e.estimate is not None),
                      source_id=figures[0].source, suggestion=None if holds else claim.statement)

    @staticmethod
    def _misreports_work(result: Result, source_ids: tuple[str, ...]) -> bool:
        """A conflict over a name or wording with a claim about one of these works. Not over a
        figure (the attribution judged those) nor a date (a sentence about a work dates other
        things too: 'winner of the 2011 Samuel Johnson Prize')."""
        return (result.verdict == CONFLICTING and result.claim is not None and result.claim.status != "false"
                and bool(set(result.claim.source_ids) & set(source_ids))
                and all(r.aspect in ("name", "polarity") for r in result.reasons if r.outcome == CONFLICTS))

    def _citation_reason(self, attribution: Attribution, source_id: str) -> str:
        return self._work_label(source_id)

    def _work_label(self, source_id: str) -> str:
        source = self.base.sources[source_id]
        authors = " & ".join(f for f, _ in source.authors[:2]) + (" et al." if len(source.authors) > 2 else "")
        venue = source.get("container-title") or source.get("publisher")
        return f"{authors} ({source.year}){', ' + venue if venue else ''}"

    def _check_attribution(self, statement: str, text: str, attribution: Attribution,
                           figures: list[Quantity], candidates: list[Candidate]) -> Result | None:
        source_id = attribution.candidates[0]
        work = self._citation_reason(attribution, source_id)
        if attribution.year_conflict:
            years = sorted({self.base.sources[i].year for i in attribution.candidates})
            message = f"{attribution.mention!r} with {attribution.year}: the work in the base is {work}"
            return Result(statement, CONFLICTING, None, 100.0,
                          (Reason("reference", CONFLICTS, message),), source_id=source_id,
                          suggestion=f"{attribution.mention} ({', '.join(map(str, years))})")
        if attribution.venue_conflict:
            message = f"{attribution.mention!r} did not appear in {attribution.venue!r}: it is {work}"
            return Result(statement, CONFLICTING, None, 100.0, (Reason("reference", CONFLICTS, message),),
                          source_id=source_id, suggestion=work)
        estimates = self._estimates_of(attribution.candidates, candidates)
        strengths = {c.claim.id: c.strength for c in candidates}
        if figures and estimates:
            judged = self._figures_against_work(figures, estimates, strengths)
            if judged is not None:
                fits, q, claim, ev = judged
                swapped = compare_share_sides(self._share_words(text), self._claim_shares(claim), self.base.lexicon) \
                    if fits and q.unit == "percent" else None
                if swapped is not None:  # the work's share, given to the opposite cause
                    return Result(statement, CONFLICTING, claim, 100.0,
                                  (Reason("attribution", CONFLICTS, swapped.message),), (ev,),
                                  source_id=ev.source, suggestion=claim.statement)
                if not fits:
                    message = f"{q.text!r} is not what {work} gives: {describe(ev.estimate)}"  # type: ignore[arg-type]
                    return Result(statement, CONFLICTING, claim, 100.0,
                                  (Reason("attribution", CONFLICTS, message),), (ev,),
                                  source_id=ev.source, suggestion=claim.statement)
                message = f"{q.text!r} matches {work}: {describe(ev.estimate)}"  # type: ignore[arg-type]
                # A figure rightly attributed can still be one that scholars dispute.
                verdict = CONTESTED if claim.status == "contested" else SUPPORTED
                return Result(statement, verdict, claim, 100.0, (Reason("attribution", AGREES, message),),
                              (ev,), tuple((e.source, e.estimate) for e in claim.evidence if e.estimate),
                              source_id=ev.source)
        if attribution.publication or (attribution.venue and not attribution.venue_conflict):
            about_work = [c for c in candidates if source_id in c.claim.source_ids]
            if about_work:  # what the statement says of the work: where, when, what it found
                checked = self._check_claims(statement, self.matcher.analyse(text), figures,
                                             [y for y in find_years(text) if y.low != attribution.year], about_work,
                                             attributed=True)
                if checked.verdict in (CONFLICTING, CONTESTED):
                    return replace(checked, source_id=source_id)
            claim = next((c.claim for c in about_work if c.strength >= MIN_STRENGTH), None)
            evidence = tuple(e for e in claim.evidence if e.source == source_id) if claim else ()
            message = f"{attribution.mention!r} is {work}"
            return Result(statement, SUPPORTED, claim, 100.0, (Reason("reference", AGREES, message),),
                          evidence, source_id=source_id)
        return None

    def _about_another_work(self, claim: Claim, source_ids: tuple[str, ...]) -> bool:
        """A claim stating another work's figure ('Yang Jisheng estimated 36 million'): a work that
        cites that figure as evidence (Dikotter) does not make it its own."""
        named = self._claim_works.get(claim.id)
        if named is None:
            named = self._claim_works[claim.id] = works_named(self.authors.find(claim.statement))
        return bool(named) and not named & set(source_ids)

    @staticmethod
    def _figures_against_work(figures: list[Quantity], estimates: list[tuple[Claim, Evidence]],
                              strengths: dict[str, float]) -> tuple[bool, Quantity, Claim, Evidence] | None:
        """Does any figure of the statement match the work's own? (True, figure, claim, evidence)
        for the first that does; (False, ...) naming the work's figure when none does; None when
        the work gives no figure of the statement's kind. A statement may hold other figures
        ("from more than a thousand gazetteers, Cao estimated 32.5 million"): one match is enough."""
        first_miss = None
        for q in figures:
            same = [(c, e) for c, e in estimates if comparable(q, e.estimate)]  # type: ignore[arg-type]
            if not same:
                continue
            # When the statement is plainly about one of the work's findings, only that finding's
            # figures count: "16 percent" is not Li & Yang's 61 percent share merely because
            # they also report a 15 percent fall elsewhere.
            close = [(c, e) for c, e in same if strengths.get(c.id, 0.0) >= MIN_STRENGTH] or same
            fit = next(((c, e) for c, e in close if close_to(q, e.estimate)), None)  # type: ignore[arg-type]
            if fit is not None:
                return True, q, fit[0], fit[1]
            if any(close_to(q, e.estimate) for _, e in same):  # type: ignore[arg-type]
                # another finding of the work has this figure ('almost 30 million' while the
                # closest claim is Ashton's 10.9 million of 1959-60): not a wrong figure, but
                # which finding is meant is not sure either, so the attribution is not judged
                return None
            first_miss = first_miss or (False, q, close[0][0], close[0][1])
        return first_miss

    def _estimates_of(self, source_ids: tuple[str, ...],
                      candidates: list[Candidate]) -> list[tuple[Claim, Evidence]]:
        """The works' own figures, those on the claims closest to the statement first.

        A figure is the work's own when its evidence gives an `estimate`, or when a claim close to
        the statement states figures and rests on that work alone.
        """
        rank = {c.claim.id: i for i, c in enumerate(candidates)}
        found = list(self._estimates_recorded(source_ids))
        for cand in candidates:
            claim = cand.claim
            if cand.strength < MIN_STRENGTH or set(claim.source_ids) - set(source_ids) or claim.status == "false":
                continue
            ev = next(e for e in claim.evidence if e.source in source_ids)
            found += [(claim, replace(ev, estimate=q)) for q in claim.quantities if ev.estimate is None]
        found.sort(key=lambda ce: (rank.get(ce[0].id, len(rank)), ce[0].id))
        return found

    def _estimates_recorded(self, source_ids: tuple[str, ...]) -> list[tuple[Claim, Evidence]]:
        """The figures the base records as these works' own, in base order: the same for every
        statement, so worked out once per process (a 10,000-claim base holds hundreds per work)."""
        hit = self._own_estimates.get(source_ids)
        if hit is None:
            claims = self.base.claims
            estimated = sorted({i for source in source_ids for i in self._estimated.get(source, ())})
            hit = self._own_estimates[source_ids] = [
                (c, e) for c in (claims[i] for i in estimated) for e in c.evidence
                if e.source in source_ids and e.estimate is not None and not self._about_another_work(c, source_ids)]
        return hit

    # ------------------------------------------------------------------ claims
    def _compare(self, statement: str, candidate: Candidate, analysed: Analysed, figures: list[Quantity],
                 years: list[YearSpan], statement_clauses: list[Analysed] | None = None) -> list[Finding]:
        claim = candidate.claim
        if statement_clauses is None:
            statement_clauses = [self.matcher.analyse(part) for part in clauses(statement)]
        # Polarity is read against the phrasing closest in wording (its negations and opposite
        # words are the ones the statement echoes); a tie goes to the statement.
        closest = [t for t, score in self.matcher.phrasing_scores(analysed, claim.id) if score >= candidate.score - 3]
        def whole_claim() -> set[str]:
            words = self._asserted.get(claim.id)
            if words is None:
                words = self._asserted[claim.id] = asserted_words(
                    part for t in claim.texts for part in self._claim_text(t)[1])
            return words

        # the first phrasing the statement does not contradict, else the closest one's conflict
        # (read phrasing by phrasing: the first usually settles it)
        readings = (compare_polarity(analysed, self._claim_text(t)[0], self.base.lexicon, statement_clauses,
                                     self._claim_text(t)[1], whole_claim) for t in closest)
        polarity = next(readings)
        if polarity.outcome == CONFLICTS:
            polarity = next((f for f in readings if f.outcome != CONFLICTS), polarity)
        said = succession(analysed)
        if said and polarity.outcome != CONFLICTS and any(
                succession(self._claim_text(t)[0]) == said[::-1] for t in claim.texts):
            polarity = Finding("polarity", CONFLICTS, "who replaced whom is the other way round")
        figure = compare_figures(figures, claim, years)
        if figure.outcome != CONFLICTS and self.base.lexicon.opposites and (
                any(q.unit == "percent" for q in figures) or " part" in statement.lower()):
            shares = self._share_words(statement)
            swapped = compare_share_sides(shares, self._claim_shares(claim), self.base.lexicon) if shares else None
            figure = swapped or figure
        return [
            figure,
            compare_years(years, claim),
            compare_names(analysed, self._claim_names(claim),
                          [self.matcher.analyse(part) for part in coarse_clauses(statement)],
                          frozenset(candidate.tokens), self._ruled_out(statement)),
            polarity,
        ]

    def _share_words(self, text: str) -> list[tuple[Quantity, set[str]]]:
        """Each percentage of a text with the words its sentence part asserts."""
        return [(q, asserted_words([self.matcher.analyse(part)])) for q, part in share_parts(text)]

    def _claim_shares(self, claim: Claim) -> list[tuple[Quantity, set[str]]]:
        """The claim's percentages with what each is a share of: from its phrasings and from the
        measure of its structured figures ('share of excess deaths due to policy')."""
        hit = self._shares.get(claim.id)
        if hit is None:
            hit = [pair for text in claim.texts for pair in self._share_words(text)]
            hit += [(q, asserted_words([self.matcher.analyse(q.measure)])) for q in claim.quantities
                    if q.unit == "percent" and q.measure]
            self._shares[claim.id] = hit
        return hit

    def _ruled_out(self, statement: str) -> frozenset[str]:
        """Words the statement sets aside ('..., not in Beijing', 'rather than X')."""
        if not cues.SETS_ASIDE.search(statement):
            return frozenset()
        parts = [self.matcher.analyse(p) for p in clauses(statement)]
        kept = asserted_words(parts)
        return frozenset(denied_tokens(parts) | {t for p in parts for t in p.tokens
                                                 if not any(w.startswith(t) for w in kept)})

    def _claim_text(self, text: str) -> tuple[Analysed, list[Analysed]]:
        """A claim phrasing analysed, whole and clause by clause: the same for every statement, so
        worked out once per process (not cached on disk: most phrasings are never compared)."""
        hit = self._phrasings.get(text)
        if hit is None:
            hit = self._phrasings[text] = (self.matcher.phrasing(text),
                                           [self.matcher.analyse(part) for part in clauses(text)])
        return hit

    def _check_claims(self, statement: str, analysed: Analysed, figures: list[Quantity],
                      years: list[YearSpan], candidates: list[Candidate], attributed: bool = False) -> Result:
        relevant = [c for c in candidates if self._relevant(c)]
        if not relevant:
            best = candidates[0] if candidates else None
            why = (f"closest claim {best.claim.id} is too far (strength {best.strength:.0f})"
                   if best else "no claim shares its words")
            return Result(statement, UNKNOWN, None, best.strength if best else 0.0,
                          (Reason("match", "info", why),))
        statement_clauses = [self.matcher.analyse(part) for part in clauses(statement)]
        compared: dict[str, list[Finding]] = {}

        def compare(c: Candidate) -> list[Finding]:  # each claim compared once
            found = compared.get(c.claim.id)
            if found is None:
                found = compared[c.claim.id] = self._compare(statement, c, analysed, figures, years,
                                                             statement_clauses)
            return found

        pool = list(relevant)
        judged: list[tuple[Candidate, list[Finding]]] = []
        while pool and not judged:
            top = pool[0].strength
            near = [c for c in pool if c.strength >= top - NEAR_MARGIN][:NEAR_MAX]
            if not attributed and any(c.claim.id not in self._attributive and not self._clashes(compare(c))
                                      for c in near):
                # "Liu, Wen and Wei argue that dining halls were the main cause" reports a view;
                # an equally close claim that states the matter itself speaks for the statement.
                near = [c for c in near if c.claim.id not in self._attributive]
            elif not attributed and all(c.claim.id in self._attributive for c in near) \
                    and any(self._clashes(compare(c)) for c in near):
                # "The famine caused about 15 million excess deaths" names no work: that one work
                # gives another figure is no error when a claim of the matter itself fits it
                wider = self.matcher.candidates(analysed, limit=WIDER_LOOK)  # past the works' own claims
                fitting = [c for c in wider if c.claim.id not in self._attributive and c.strength >= top - FIT_MARGIN
                           and self._relevant(c) and not self._clashes(compare(c))]
                if fitting:
                    near = [c for c in fitting if c.strength >= fitting[0].strength - NEAR_MARGIN]
            judged = [(c, compare(c)) for c in near]
            denied = {c.claim.id for c, f in judged if self._denies_misconception(c, f, judged, figures, years,
                                                                                   statement)}
            judged = [(c, f) for c, f in judged if c.claim.id not in denied]
            pool = [c for c in pool if c.claim.id not in denied]  # look further down the list
        if not judged:
            return Result(statement, UNKNOWN, None, relevant[0].strength,
                          (Reason("match", "info", "only recorded misconceptions came close, and the statement "
                                                   "does not assert them"),))

        # Among near-equal candidates, the claim whose figures, years and names the statement
        # actually speaks to is the one it is about; only then prefer agreement over conflict.
        def agreements(findings: list[Finding]) -> float:
            return sum({AGREES: 1.0, PARTIAL: 0.5}.get(f.outcome, 0.0) for f in findings[:3])

        def preference(item: tuple[Candidate, list[Finding]]) -> tuple:
            c, findings = item
            specific = findings[:3]  # figure, year, name
            engaged = sum(f.outcome != SILENT for f in specific) + agreements(findings)
            conflicts = sum(f.outcome == CONFLICTS for f in findings) + (c.claim.status == "false")
            return (-engaged, conflicts > 0, -c.strength)

        def agreeing_first(item: tuple[Candidate, list[Finding]]) -> tuple:
            # When near-equal claims agree with the statement on as much (the same four pests
            # named), the one it does not contradict is meant: the 1958 list, not the list of 1960
            c, findings = item
            conflicts = sum(f.outcome == CONFLICTS for f in findings) + (c.claim.status == "false")
            return (-agreements(findings), conflicts > 0) + preference(item)

        most = max(agreements(f) for _, f in judged)
        candidate, findings = min(judged, key=agreeing_first if most >= 2 else preference)
        if self._clashes(findings) and candidate.claim.status != "false":
            fitting = self._fitting_alternative(statement, candidate, relevant, compared, analysed, figures, years,
                                                statement_clauses)
            if fitting is not None:
                candidate, findings = fitting
        if not self._clashes(findings):
            misdated = self._misdated_event(statement, candidate, candidates)
            if misdated is not None:
                candidate, findings = misdated
        return self._verdict(statement, candidate, findings, [c.claim.id for c, _ in judged if c is not candidate],
                             dated=bool(years))

    def _misdated_event(self, statement: str, chosen: Candidate,
                        candidates: list[Candidate]) -> tuple[Candidate, list[Finding]] | None:
        """A sentence naming two events can match a claim about one while misdating the other:
        'The Seven Thousand Cadres Conference was held in 1959, a few months before the Lushan
        Conference' fits the Lushan claim. Each other event named in a clause that gives a date
        is checked against the closest claim about that event; only that clause's dates count
        ('purged at Lushan in 1959, three years before the Seven Thousand Cadres Conference')."""
        def events(analysed: Analysed) -> set[str]:
            return {name for category, name in analysed.names if category == "event"}

        if len(events(self.matcher.analyse(statement))) < 2:
            return None
        known = events(self.matcher.phrasing(chosen.text)) | {n for c, n in self._claim_names(chosen.claim)
                                                               if c == "event"}
        for part in clauses(statement):
            part_years = find_years(part)
            others = events(self.matcher.analyse(part)) - known if part_years else set()
            for event in sorted(others):
                about = next((c for c in candidates if c.strength >= MIN_STRENGTH and c.claim.status != "false"
                              and ("event", event) in self._claim_names(c.claim)), None)
                if about is None:
                    continue
                dated = compare_years(part_years, about.claim)
                if dated.outcome == CONFLICTS:
                    silent = Finding("figure", SILENT, "")
                    return about, [silent, dated, Finding("name", SILENT, ""), Finding("polarity", SILENT, "")]
        return None

    def _fitting_alternative(self, statement: str, chosen: Candidate, relevant: list[Candidate],
                             compared: dict[str, list[Finding]], analysed: Analysed, figures: list[Quantity],
                             years: list[YearSpan], statement_clauses: list[Analysed],
                             ) -> tuple[Candidate, list[Finding]] | None:
        """A figure or date that clashes with the closest claim may be exactly right for another
        claim nearly as close and as much about the statement ("the 1988 survey" is not the 1982
        one; "8.5 million people" of Xinyang is its population, not its 67,000 beaten to death).
        Such a claim, agreeing on every figure and date the statement gives and clashing on
        nothing, is the one the statement is about.

        Not when the closest claim agrees with some of the clashing figures or dates (then the
        statement is about it and gets the rest wrong: "70 percent natural, 30 percent human"),
        nor when the statement names two things of a kind ("the Great Leap began in 1966, with
        the Cultural Revolution": the date may belong to the other one)."""
        chosen_findings = compared[chosen.claim.id]
        if chosen_findings[0].outcome == CONFLICTS and any(
                consistent(q, k) for q in figures for k in claim_quantities(chosen.claim)):
            return None
        if chosen_findings[1].outcome == CONFLICTS and any(
                y.overlaps(k) for y in years for k in claim_years(chosen.claim)):
            return None
        named = [self.matcher.categories[t] for t in set(analysed.tokens)
                 if self.matcher.categories.get(t) in ("event", "person")]
        if len(named) != len(set(named)):
            return None  # (a list of pests or provinces is one thing named many times)
        named_works = works_named(self.authors.find(statement, loose=True))
        for c in relevant:
            if (c is chosen or c.claim.status == "false"
                    or (c.claim.id in self._attributive and not named_works & set(c.claim.source_ids))
                    or c.strength < chosen.strength - FIT_MARGIN or c.coverage < chosen.coverage - FIT_COVERAGE_SLACK):
                continue
            findings = compared.get(c.claim.id)
            if findings is None:
                # only a claim that agrees on every figure and date given can be the one: that is
                # quicker to tell than the whole comparison (a large base has many near-duplicates)
                if (years and compare_years(years, c.claim).outcome != AGREES) or (
                        figures and compare_figures(figures, c.claim, years).outcome != AGREES):
                    continue
                findings = compared[c.claim.id] = self._compare(statement, c, analysed, figures, years,
                                                                statement_clauses)
            figure, year = findings[0].outcome, findings[1].outcome
            if any(f.outcome == CONFLICTS for f in findings):
                continue
            if (figure == AGREES or not figures) and (year == AGREES or not years) and (
                    not years or self._dated_names(c.claim.texts, years) <= self._dated_names([statement], years)):
                return c, findings
        return None

    def _dated_names(self, texts: list[str] | tuple[str, ...], years: list[YearSpan]) -> set[str]:
        """The names in the clauses that give one of these years: whose date it is."""
        names: set[str] = set()
        categories = self.matcher.categories
        for text in texts:
            for part in clauses(text):
                if any(y.overlaps(z) for y in find_years(part) for z in years):
                    names |= {t for t in self.matcher.analyse(part).tokens if t in categories}
        return names

    @staticmethod
    def _clashes(findings: list[Finding]) -> bool:
        """The statement gives another figure, date or name than the claim does."""
        return any(f.outcome == CONFLICTS for f in findings[:3])

    @staticmethod
    def _relevant(c: Candidate) -> bool:
        """Is the statement about this claim? It is mostly made of the claim's words; or it is
        close overall; or (a long essay sentence) it says everything the claim's phrasing says."""
        standard = c.strength >= MIN_STRENGTH and c.coverage >= MIN_COVERAGE and c.reverse >= MIN_REVERSE
        if c.claim.status == "false":  # a misconception must be asserted, not merely touched on
            return c.reverse >= MIN_MISCONCEPTION_REVERSE and (
                standard or (c.strength >= CLOSE_STRENGTH + 5 and c.reverse >= 0.8)
                or (c.score >= CONTAINS_SCORE and c.reverse >= 0.95 and len(set(c.tokens)) >= 4))
        if standard or (c.strength >= CLOSE_STRENGTH and c.coverage >= CLOSE_COVERAGE and c.reverse >= MIN_REVERSE):
            return True
        if c.score >= SAYS_SCORE and c.reverse >= SAYS_REVERSE and c.coverage >= SAYS_COVERAGE:
            return True
        return c.score >= CONTAINS_SCORE and c.reverse >= CONTAINS_REVERSE and len(set(c.tokens)) >= 4

    def _denies_misconception(self, candidate: Candidate, findings: list[Finding],
                              judged: list[tuple[Candidate, list[Finding]]],
                              figures: list[Quantity], years: list[YearSpan], statement: str = "") -> bool:
        """A recorded misconception is not what the statement says when the statement gives
        another figure, year or name; when it lacks the date or figure that makes the
        misconception wrong (what the misconception has and its correction has not); or when
        the correcting claim fits the statement as well without conflict."""
        claim = candidate.claim
        if claim.status != "false":
            return False
        if statement and cues.INTENT.search(statement) and not any(cues.INTENT.search(t) for t in claim.texts):
            # "was meant to turn China into an industrial power" states an aim, not that it happened
            return True
        if self._clashes(findings) or findings[3].outcome == CONFLICTS:
            # Another figure, date or name, or the misconception turned round ("sparrows were
            # removed from the list" against "sparrows were never removed"): the claims that
            # state what is true judge such a statement, not the misconception.
            return True
        corrected = self.base.claim(claim.corrected_by) if claim.corrected_by else None
        true_years = claim_years(corrected) if corrected else ()
        wrong_years = [y for y in claim_years(claim) if not any(y.overlaps(t) for t in true_years)]
        if wrong_years and not any(y.overlaps(w) for y in years for w in wrong_years):
            return True
        if wrong_years and statement:
            # the wrong date given to another event: "purged at Lushan in 1959; the Seven Thousand
            # Cadres Conference met in 1962" does not date Lushan to 1962
            categories = self.matcher.categories
            dated = self._dated_names([statement], [y for y in years if any(y.overlaps(w) for w in wrong_years)])
            own = {t for text in claim.texts for t in self.matcher.phrasing(text).tokens if categories.get(t) == "event"}
            if own and any(categories[t] == "event" and t not in own for t in dated):
                return True
        true_figures = claim_quantities(corrected) if corrected else ()
        wrong_figures = [q for q in claim_quantities(claim) if not any(consistent(q, t) for t in true_figures)]
        if wrong_figures and not any(consistent(f, w) for f in figures for w in wrong_figures):
            return True
        return any(c.claim.id == claim.corrected_by and c.strength >= candidate.strength - NEAR_MARGIN
                   and not self._clashes(fs) for c, fs in judged)

    def _verdict(self, statement: str, candidate: Candidate, findings: list[Finding],
                 alternatives: list[str], dated: bool = False) -> Result:
        claim = candidate.claim
        reasons = [Reason("match", "info", f"matched {claim.id} (score {candidate.score:.0f}, "
                                           f"coverage {candidate.coverage:.0%}) via {candidate.text!r}")]
        reasons += [_reason(f) for f in findings if f.message]
        conflicts = [f for f in findings if f.outcome == CONFLICTS]
        partial = [f for f in findings if f.outcome == PARTIAL]
        spread = tuple((e.source, e.estimate) for e in claim.evidence if e.estimate is not None)
        suggestion = None
        if claim.status == "false":
            corrected = self.base.claim(claim.corrected_by) if claim.corrected_by else None
            verdict = CONFLICTING  # a misconception the statement does not assert was set aside earlier
            reasons.append(Reason("misconception", CONFLICTS, "matches a recorded misconception"))
            suggestion = corrected.statement if corrected else None
            evidence = corrected.evidence if corrected else claim.evidence
            return Result(statement, verdict, claim, candidate.score, tuple(reasons),
                          tuple(claim.evidence) + tuple(e for e in evidence if e not in claim.evidence),
                          spread, suggestion=suggestion, alternatives=tuple(alternatives))
        if conflicts:
            verdict = CONFLICTING
            suggestion = claim.statement
        elif candidate.coverage < SUPPORT_COVERAGE and len(statement.split()) < LONG_SENTENCE_WORDS:
            # The claim accounts for too little of a short statement to vouch for the rest of it.
            reasons.append(Reason("match", "info", f"the claim covers only {candidate.coverage:.0%} of the statement"))
            return Result(statement, UNKNOWN, None, candidate.score, tuple(reasons),
                          alternatives=(claim.id, *alternatives))
        elif dated and not claim_years(claim) and candidate.coverage < 0.8 \
                and len(statement.split()) < LONG_SENTENCE_WORDS:
            # The statement dates what it says; a claim with no date can neither confirm nor refute it.
            reasons.append(Reason("match", "info", "the claim gives no date to compare the statement's with"))
            return Result(statement, UNKNOWN, None, candidate.score, tuple(reasons),
                          alternatives=(claim.id, *alternatives))
        elif partial or (claim.status == "contested" and not (findings[0].outcome == SILENT and spread and all(
                unit_family(q.unit) == "count" for _, q in spread))):
            verdict = CONTESTED
        else:
            # (a claim contested over how many, when the statement gives no number, takes no side:
            # "estimates of the death toll range widely")
            verdict = SUPPORTED
        return Result(statement, verdict, claim, candidate.score, tuple(reasons), claim.evidence, spread,
                      suggestion=suggestion, alternatives=tuple(alternatives))
