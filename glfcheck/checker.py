"""Deciding a statement's verdict: the one place where verdicts are made.

Flow: read the statement's figures, years, names and polarity; if it names a work, check it
against that work; otherwise let the matcher propose claims and compare explicitly. A statement
that no claim covers well enough is `unknown`, never forced onto the nearest claim.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from glfcheck.attribution import Attribution, AuthorIndex
from glfcheck.compare import (
    AGREES,
    CONFLICTS,
    PARTIAL,
    SILENT,
    Finding,
    claim_names,
    clauses,
    compare_figures,
    compare_names,
    compare_polarity,
    compare_years,
)
from glfcheck.matcher import Candidate, Matcher
from glfcheck.model import Base, Claim, Evidence, Quantity
from glfcheck.quantities import YearSpan, close_to, describe, find_quantities, find_years, unit_family
from glfcheck.text import Analysed

SUPPORTED, CONFLICTING, CONTESTED, UNKNOWN = "supported", "conflicting", "contested", "unknown"

# Calibrated on the development set and the examples tables (scripts/evaluate.py).
MIN_STRENGTH = 62.0  # below this no claim is about the statement
MIN_COVERAGE = 0.55  # share of the statement's word weight the claim must account for
MIN_MISCONCEPTION_REVERSE = 0.6  # a statement matches a misconception only if it asserts its gist
CONTAINS_SCORE = 95.0  # a long sentence that holds the whole of a claim's phrasing ...
CONTAINS_REVERSE = 0.85  # ... is about that claim, however much else it says
NEAR_MARGIN = 3.0  # candidates this close to the best are weighed together
MAX_STATEMENT_CHARS = 2000  # longer input is a document, not a statement


@dataclass(frozen=True)
class Reason:
    aspect: str  # match, figure, year, name, polarity, misconception, attribution, reference
    outcome: str  # agrees, partial, conflicts, info
    message: str


@dataclass(frozen=True)
class Result:
    statement: str
    verdict: str
    claim: Claim | None = None
    score: float = 0.0
    reasons: tuple[Reason, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    spread: tuple[tuple[str, Quantity], ...] = ()  # every work's estimate, for a contested figure
    source_id: str | None = None  # the work a statement attributes to, if any
    suggestion: str | None = None
    alternatives: tuple[str, ...] = field(default=())  # other claim ids that came close


def _reason(finding: Finding) -> Reason:
    return Reason(finding.aspect, finding.outcome, finding.message)


class Checker:
    """Checks statements against one loaded base; build it once, call it many times."""

    def __init__(self, base: Base, matcher: Matcher | None = None):
        self.base = base
        self.matcher = matcher or Matcher(base)
        self.authors = AuthorIndex(base)
        self._claim_names = {
            c.id: claim_names([self.matcher.analyse(t) for t in c.texts]) for c in base.claims
        }

    # ------------------------------------------------------------------ public
    def check(self, statement: str) -> Result:
        text = " ".join(statement.split())
        if not text:
            return Result(statement, UNKNOWN, reasons=(Reason("match", "info", "empty statement"),))
        if len(text) > MAX_STATEMENT_CHARS:
            result = self._check(statement, text[:MAX_STATEMENT_CHARS])
            note = Reason("match", "info", f"only the first {MAX_STATEMENT_CHARS:,} of {len(text):,} characters "
                                           "were checked (a statement is one sentence; check a document with lint)")
            return replace(result, reasons=result.reasons + (note,))
        return self._check(statement, text)

    def _check(self, statement: str, text: str) -> Result:
        analysed = self.matcher.analyse(text)
        figures = find_quantities(text)
        years = find_years(text)
        candidates = self.matcher.candidates(analysed, limit=8)
        for attribution in self.authors.find(text):
            years = [y for y in years if y.text not in attribution.year_text and y.low != attribution.year]
            result = self._check_attribution(statement, text, attribution, figures, candidates)
            if result is not None:
                return result
        return self._check_claims(statement, analysed, figures, years, candidates)

    # ------------------------------------------------------------- attribution
    def _citation_reason(self, attribution: Attribution, source_id: str) -> str:
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
            for q in figures:
                same = [(c, e) for c, e in estimates if unit_family(e.estimate.unit) == unit_family(q.unit)]  # type: ignore[union-attr]
                if not same:
                    continue
                # When the statement is plainly about one of the work's findings, only that
                # finding's figures count: "16 percent" is not Li & Yang's 61 percent share
                # merely because they also report a 15 percent fall elsewhere.
                on_point = [(c, e) for c, e in same if strengths.get(c.id, 0.0) >= MIN_STRENGTH]
                same = on_point or same
                fit = next(((c, e) for c, e in same if close_to(q, e.estimate)), None)  # type: ignore[arg-type]
                if fit is None:
                    claim, ev = same[0]
                    message = (f"{q.text!r} is not what {work} gives: "
                               f"{describe(ev.estimate)} ({claim.statement})")  # type: ignore[arg-type]
                    return Result(statement, CONFLICTING, claim, 100.0,
                                  (Reason("attribution", CONFLICTS, message),), (ev,),
                                  source_id=ev.source, suggestion=claim.statement)
                claim, ev = fit
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
                                             [y for y in find_years(text) if y.low != attribution.year], about_work)
                if checked.verdict in (CONFLICTING, CONTESTED):
                    return replace(checked, source_id=source_id)
            claim = next((c.claim for c in about_work if c.strength >= MIN_STRENGTH), None)
            evidence = tuple(e for e in claim.evidence if e.source == source_id) if claim else ()
            message = f"{attribution.mention!r} is {work}"
            return Result(statement, SUPPORTED, claim, 100.0, (Reason("reference", AGREES, message),),
                          evidence, source_id=source_id)
        return None

    def _estimates_of(self, source_ids: tuple[str, ...],
                      candidates: list[Candidate]) -> list[tuple[Claim, Evidence]]:
        """The works' own figures, those on the claims closest to the statement first.

        A figure is the work's own when its evidence gives an `estimate`, or when a claim close to
        the statement states figures and rests on that work alone.
        """
        rank = {c.claim.id: i for i, c in enumerate(candidates)}
        found = [(c, e) for c in self.base.claims for e in c.evidence
                 if e.source in source_ids and e.estimate is not None]
        for cand in candidates:
            claim = cand.claim
            if cand.strength < MIN_STRENGTH or set(claim.source_ids) - set(source_ids) or claim.status == "false":
                continue
            ev = next(e for e in claim.evidence if e.source in source_ids)
            found += [(claim, replace(ev, estimate=q)) for q in claim.quantities if ev.estimate is None]
        found.sort(key=lambda ce: (rank.get(ce[0].id, len(rank)), ce[0].id))
        return found

    # ------------------------------------------------------------------ claims
    def _compare(self, statement: str, candidate: Candidate, analysed: Analysed, figures: list[Quantity],
                 years: list[YearSpan]) -> list[Finding]:
        claim = candidate.claim
        statement_clauses = [self.matcher.analyse(part) for part in clauses(statement)]
        polarity = min(
            (compare_polarity(analysed, self.matcher.analyse(t), self.base.lexicon, statement_clauses,
                              [self.matcher.analyse(part) for part in clauses(t)])
             for t in claim.texts if self._text_score(analysed, t) >= candidate.score - 5),
            key=lambda f: f.outcome == CONFLICTS,
        )
        return [
            compare_figures(figures, claim),
            compare_years(years, claim),
            compare_names(analysed, self._claim_names[claim.id]),
            polarity,
        ]

    def _text_score(self, analysed: Analysed, text: str) -> float:
        return self.matcher.score(analysed, self.matcher.analyse(text))

    def _check_claims(self, statement: str, analysed: Analysed, figures: list[Quantity],
                      years: list[YearSpan], candidates: list[Candidate]) -> Result:
        relevant = [c for c in candidates if self._relevant(c)]
        if not relevant:
            best = candidates[0] if candidates else None
            why = (f"closest claim {best.claim.id} is too far (strength {best.strength:.0f})"
                   if best else "no claim shares its words")
            return Result(statement, UNKNOWN, None, best.strength if best else 0.0,
                          (Reason("match", "info", why),))
        top = relevant[0].strength
        near = [c for c in relevant if c.strength >= top - NEAR_MARGIN]
        judged = [(c, self._compare(statement, c, analysed, figures, years)) for c in near]
        # Prefer a claim the statement agrees with over an equally close one it conflicts with,
        # and a claim whose figures or years are actually compared over one that is silent.
        # Among near-equal candidates, the claim whose figures, years and names the statement
        # actually speaks to is the one it is about; only then prefer agreement over conflict.
        def preference(item: tuple[Candidate, list[Finding]]) -> tuple:
            c, findings = item
            conflicts = sum(f.outcome == CONFLICTS for f in findings) + (c.claim.status == "false")
            figure, *others = findings[:3]
            engaged = (figure.outcome != SILENT) + sum(f.outcome in (AGREES, PARTIAL) for f in findings[:3])
            return (-engaged, conflicts > 0, -c.strength)

        candidate, findings = min(judged, key=preference)
        return self._verdict(statement, candidate, findings, [c.claim.id for c, _ in judged if c is not candidate])

    @staticmethod
    def _relevant(c: Candidate) -> bool:
        """Is the statement about this claim? Either it is mostly made of the claim's words, or
        (a long sentence of an essay) it contains everything the claim's phrasing asserts."""
        if c.claim.status == "false" and c.reverse < MIN_MISCONCEPTION_REVERSE:
            return False
        if c.strength >= MIN_STRENGTH and c.coverage >= MIN_COVERAGE:
            return True
        if c.claim.status == "false":
            return False  # a misconception is matched only when the statement is mostly about it
        return c.score >= CONTAINS_SCORE and c.reverse >= CONTAINS_REVERSE and len(c.analysed.tokens) >= 3

    def _verdict(self, statement: str, candidate: Candidate, findings: list[Finding],
                 alternatives: list[str]) -> Result:
        claim = candidate.claim
        reasons = [Reason("match", "info", f"matched {claim.id} (score {candidate.score:.0f}, "
                                           f"coverage {candidate.coverage:.0%}) via {candidate.text!r}")]
        reasons += [_reason(f) for f in findings if f.message]
        conflicts = [f for f in findings if f.outcome == CONFLICTS]
        partial = [f for f in findings if f.outcome == PARTIAL]
        spread = tuple((e.source, e.estimate) for e in claim.evidence if e.estimate is not None)
        suggestion = None
        polarity_flipped = any(f.aspect == "polarity" for f in conflicts)
        if claim.status == "false":
            corrected = self.base.claim(claim.corrected_by) if claim.corrected_by else None
            if polarity_flipped and len(conflicts) == 1:
                verdict = SUPPORTED  # the statement denies a recorded misconception
                reasons.append(Reason("misconception", AGREES, "denies a recorded misconception"))
            else:
                verdict = CONFLICTING
                reasons.append(Reason("misconception", CONFLICTS, "matches a recorded misconception"))
                suggestion = corrected.statement if corrected else None
            evidence = corrected.evidence if (corrected and verdict == CONFLICTING) else claim.evidence
            return Result(statement, verdict, claim, candidate.score, tuple(reasons),
                          tuple(claim.evidence) + tuple(e for e in evidence if e not in claim.evidence),
                          spread, suggestion=suggestion, alternatives=tuple(alternatives))
        if conflicts:
            verdict = CONFLICTING
            suggestion = claim.statement
        elif claim.status == "contested" or partial:
            verdict = CONTESTED
        else:
            verdict = SUPPORTED
        return Result(statement, verdict, claim, candidate.score, tuple(reasons), claim.evidence, spread,
                      suggestion=suggestion, alternatives=tuple(alternatives))
