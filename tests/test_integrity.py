"""The shipped claims base: schema, integrity and size, as issue 'The claims base' asks."""

import csv
from collections import Counter
from pathlib import Path

import yaml

from glfcheck.base.loader import builtin_root, read_base

ROOT = builtin_root()
EXAMPLES = Path(__file__).parent / "examples"


def test_shipped_base_has_no_problems():
    base, problems = read_base([ROOT])
    assert [str(p) for p in problems] == []


def test_ids_unique_and_files_sorted(shipped_base):
    counts = Counter(c.id for c in shipped_base.claims)
    assert [i for i, n in counts.items() if n > 1] == []
    for path in sorted((ROOT / "claims").glob("*.yaml")):
        ids = [c["id"] for c in yaml.safe_load(path.read_text(encoding="utf-8"))]
        assert ids == sorted(ids), path.name
    refs = [r["id"] for r in yaml.safe_load((ROOT / "sources.yaml").read_text(encoding="utf-8"))["references"]]
    assert refs == sorted(refs) and len(refs) == len(set(refs))


def test_every_claim_has_evidence_from_known_sources(shipped_base):
    for claim in shipped_base.claims:
        assert claim.evidence, claim.id
        assert all(e.source in shipped_base.sources for e in claim.evidence), claim.id
        if claim.status == "false":
            assert claim.corrected_by is None or shipped_base.claim(claim.corrected_by), claim.id


def test_size_of_the_base(shipped_base):
    topics = {c.topic for c in shipped_base.claims}
    assert len(shipped_base.claims) >= 300
    assert len(topics) >= 15
    assert len(shipped_base.sources) >= 40
    cited = {s for c in shipped_base.claims for s in c.source_ids}
    assert cited == set(shipped_base.sources), "every source should be cited by some claim"


def test_seed_article_errors_are_corrected(shipped_base):
    kung_lin = shipped_base.sources["kunglin2003"]
    assert kung_lin.year == 2003 and kung_lin.get("DOI") == "10.1086/380584"
    smil = shipped_base.sources["smil1999"]
    assert smil.authors[0][0] == "Smil" and smil.get("container-title") in ("BMJ", "The BMJ")
    assert shipped_base.sources["ograda2011"].authors[0][0] == "Ó Gráda"


def test_contested_figures_keep_every_estimate(shipped_base):
    for claim in shipped_base.claims:
        if claim.status == "contested" and claim.quantities:
            assert any(e.estimate is not None for e in claim.evidence), claim.id
    toll = shipped_base.claim("mortality-range-15-to-55-million") or next(
        c for c in shipped_base.claims if c.topic == "mortality-estimates" and c.status == "contested")
    assert len({e.source for e in toll.evidence if e.estimate is not None}) >= 10


def test_every_topic_has_supported_and_conflicting_examples(shipped_base):
    topics = {c.topic for c in shipped_base.claims}
    for topic in sorted(topics):
        path = EXAMPLES / f"{topic}.tsv"
        assert path.is_file(), f"no examples for topic {topic}"
        with path.open(encoding="utf-8") as handle:
            accepted = [set(r["accepted"].split(",")) for r in csv.DictReader(handle, delimiter="\t")]
        assert any(a == {"supported"} for a in accepted), topic
        assert any(a == {"conflicting"} for a in accepted), topic


# -- said once (issue 14): one fact, one claim, so that one fact gets one verdict -------------------

# Fuzzy scores only find candidates: a pair above these lines is a duplicate unless a person has
# read both claims and listed the pair below as two facts. Measured on the base of issue 14: every
# merged duplicate whose wording was close scored at least 85 (statements) or 90 (phrasings), and
# no distinct pair outside the allow-list did.
NEAR_DUPLICATE_STATEMENTS = 85  # rapidfuzz token_set_ratio of the two statements
NEAR_DUPLICATE_PHRASINGS = 90  # rapidfuzz token_sort_ratio of the closest pair of phrasings

DISTINCT_PAIRS = {  # read and kept apart on purpose
    frozenset({"dates-glf-period-1958-1962", "dates-glf-proper-1958-1960"}),  # two datings of the Leap
    frozenset({"dates-cultural-revolution-1966-followed", "dates-glf-launched-1958"}),
    frozenset({"dates-misconception-began-1960s", "dates-misconception-during-cultural-revolution"}),
    frozenset({"dates-misconception-deng-launched", "dates-misconception-liu-launched"}),
    frozenset({"pests-four-targets", "pests-other-pests-hygiene"}),
}


def _figures_of(claim):
    return frozenset((q.measure, q.low, q.high) for q in claim.quantities)


def test_no_near_duplicate_claims(shipped_base):
    from itertools import combinations

    from rapidfuzz import fuzz

    found = []
    for a, b in combinations(shipped_base.claims, 2):
        # a misconception and the fact it gets wrong are worded alike on purpose; so are two
        # claims with different figures ("Peng estimated 23 million" / "Coale ... 27 million")
        if _figures_of(a) != _figures_of(b) or (a.status == "false") != (b.status == "false"):
            continue
        statements = fuzz.token_set_ratio(a.statement.lower(), b.statement.lower())
        phrasings = max(fuzz.token_sort_ratio(x.lower(), y.lower()) for x in a.texts for y in b.texts)
        if (statements >= NEAR_DUPLICATE_STATEMENTS or phrasings >= NEAR_DUPLICATE_PHRASINGS) \
                and frozenset({a.id, b.id}) not in DISTINCT_PAIRS:
            found.append((a.id, b.id, round(statements), round(phrasings)))
    assert found == []


def test_no_phrasing_belongs_to_two_claims(shipped_base):
    owners: dict[str, set[str]] = {}
    for claim in shipped_base.claims:
        for text in claim.texts:
            owners.setdefault(text.lower().rstrip(". "), set()).add(claim.id)
    assert {t: sorted(ids) for t, ids in owners.items() if len(ids) > 1} == {}


def test_allowed_distinct_pairs_still_exist(shipped_base):
    ids = {c.id for c in shipped_base.claims}
    assert [sorted(p) for p in DISTINCT_PAIRS if not p <= ids] == []


# -- evidence that states the claim (issue 14) -------------------------------------------------------

FIGURE_TOLERANCE = 0.01  # "about 5.35 million" is stated by a work giving 5.3 million; 5.4 would not be


def _numbers(q):
    return (q.low,) if q.low == q.high else (q.low, q.high)


def _stated_numbers(claim, family):
    """Every number a non-refuting evidence entry of the claim gives: its estimate, and the figures
    of its note (a bare number in a note, '20.9 in 1960', counts for any kind of figure)."""
    from glfcheck.matching.quantities import find_quantities, unit_family

    out = []
    for ev in claim.evidence:
        if ev.stance == "refutes":
            continue
        figures = ([ev.estimate] if ev.estimate else []) + find_quantities(ev.note)
        out += [n for f in figures if unit_family(f.unit) in (family, "count") for n in _numbers(f)]
    return out


def test_every_figure_of_a_claim_is_stated_by_its_evidence(shipped_base):
    """A figure the base asserts must come from a work: some evidence entry's estimate or note gives
    it. A false claim's figure is the misconception; its evidence refutes it."""
    from glfcheck.matching.quantities import unit_family

    unstated = []
    for claim in shipped_base.claims:
        if claim.status == "false":
            continue
        for q in claim.quantities:
            given = _stated_numbers(claim, unit_family(q.unit))
            if not all(any(abs(n - x) <= FIGURE_TOLERANCE * abs(x) for n in given) for x in _numbers(q)):
                unstated.append((claim.id, q.text))
    assert unstated == []


CENTRAL_MEASURES = {"famine-deaths", "grain-output", "grain-output-fall", "procurement-share",
                    "grain-exports", "grain-imports"}
MAIN_EVENTS = {  # the dated turning points every account of the period gives
    "dates-glf-launched-1958", "dates-glf-period-1958-1962", "mortality-period-1959-1961",
    "comm-beidaihe-resolution-august-1958", "comm-chayashan-first-april-1958",
    "politics-lushan-politburo-1959", "politics-peng-letter-14-july-1959",
    "dates-glf-abandoned-1961", "politics-seven-thousand-cadres-dates",
}


def _authors(source):
    return {(family.lower(), given.lower()) for family, given in source.authors}


def _attributed(claim, base):
    """The claim says what a work says ('Coale estimated ...'): it names the first author of a work
    it rests on. One work is then enough, since the claim is about that work."""
    import re

    for ev in claim.evidence:
        if ev.stance != "supports" or not base.sources[ev.source].authors:
            continue
        family = base.sources[ev.source].authors[0][0]
        if re.search(rf"(?<!\w){re.escape(family)}(?!\w)", claim.statement):
            return True
    return False


def test_central_claims_rest_on_two_independent_works(shipped_base):
    """Death tolls, grain, procurement, exports and the main dates rest on at least two supporting
    works with no author in common (a translation or a working paper is the same work), unless
    the claim is attributed to the one work that states it."""
    from itertools import combinations

    thin = []
    for claim in shipped_base.claims:
        central = claim.id in MAIN_EVENTS or any(q.measure in CENTRAL_MEASURES and not q.place
                                                 for q in claim.quantities)
        if claim.status == "false" or not central or _attributed(claim, shipped_base):
            continue
        works = [shipped_base.sources[s] for s in {e.source for e in claim.evidence if e.stance == "supports"}]
        if not any(not (_authors(a) & _authors(b)) for a, b in combinations(works, 2)):
            thin.append(claim.id)
    assert thin == []
    assert MAIN_EVENTS <= {c.id for c in shipped_base.claims}


def test_every_measure_is_a_measure_of_the_lexicon(shipped_base):
    from glfcheck.matching.quantities import unit_family

    measures = shipped_base.lexicon.measures
    wrong = []
    for claim in shipped_base.claims:
        figures = list(claim.quantities) + [e.estimate for e in claim.evidence if e.estimate]
        for q in figures:
            m = measures.get(q.measure)
            if m is None or unit_family(m.unit) != unit_family(q.unit):
                wrong.append((claim.id, q.measure, q.unit))
    assert wrong == []


# -- sources verified (issue 14) ------------------------------------------------------------------

ARTICLE_FIELDS = ("volume", "issue", "page", "DOI")
UNVERIFIED = "unverified:"  # how an entry marks what could not be checked (CSL `annote`, not rendered)


def test_every_article_is_complete_or_says_what_is_unverified(shipped_base):
    """A journal article gives volume, issue, pages and DOI, or its `annote` starts with
    'unverified:' and names every field left out, so a reader knows it was looked for."""
    unmarked = []
    for source in shipped_base.sources.values():
        annote = source.get("annote")
        if annote and not annote.startswith(UNVERIFIED):
            unmarked.append((source.id, "annote must start with 'unverified:'"))
        if source.get("type") != "article-journal":
            continue
        missing = [f for f in ARTICLE_FIELDS if not source.get(f)]
        unnamed = [f for f in missing if f.lower() not in annote.lower()]
        if unnamed:
            unmarked.append((source.id, unnamed))
    assert unmarked == []


def test_every_source_says_where_it_was_checked(shipped_base):
    doc = (Path(__file__).parent.parent / "docs" / "sources-verification.md").read_text(encoding="utf-8")
    assert [s for s in shipped_base.sources if f"**{s}**" not in doc] == []


def test_locators_fall_within_the_work(shipped_base):
    """A locator is a page or a page range, and for an article it lies inside the article's pages."""
    import re

    wrong = []
    for claim in shipped_base.claims:
        for ev in claim.evidence:
            if not ev.locator:
                continue
            pages = [int(p) for p in re.findall(r"\d+", ev.locator)]
            if not pages or not re.fullmatch(r"\d+(-\d+)?", ev.locator):
                wrong.append((claim.id, ev.source, ev.locator))
                continue
            span = re.fullmatch(r"(\d+)-(\d+)", shipped_base.sources[ev.source].get("page"))
            if span and not all(int(span[1]) <= p <= int(span[2]) for p in pages):
                wrong.append((claim.id, ev.source, ev.locator))
    assert wrong == []


# -- what real texts say (issue 15) -----------------------------------------------------------------

# The misconceptions issue 15 found circulating online: each is recorded as false, refuted by its
# evidence, and corrected by a claim that states what is true.
ONLINE_MISCONCEPTIONS = {
    "historiography-misconception-western-invention",  # "the death toll is a Western invention"
    "historiography-misconception-no-basis-30-million",  # "no scholarly basis for 30 million"
    "historiography-misconception-toll-exaggerated",
    "mortality-false-no-famine",
    "causes-misconception-natural-disasters",  # blame shifted to the weather
    "causes-misconception-drought-entirely",
    "causes-misconception-worst-weather-century",  # "the worst weather in a century"
    "causes-misconception-soviet-split",  # blame shifted to the Soviet Union
    "grain-trade-soviet-debt-forced-exports",
    "dates-misconception-response-to-soviet-withdrawal",  # the Leap as an answer to the Soviet withdrawal
    "consequences-misconception-economic-success",  # "an economic success", "prosperity"
    "causes-misconception-ordinary-famine",
}


def test_misconceptions_found_online_are_recorded_and_corrected(shipped_base):
    for cid in sorted(ONLINE_MISCONCEPTIONS):
        claim = shipped_base.claim(cid)
        assert claim is not None and claim.status == "false", cid
        assert any(e.stance == "refutes" for e in claim.evidence), cid
        corrected = shipped_base.claim(claim.corrected_by) if claim.corrected_by else None
        assert corrected is not None and corrected.status != "false", cid


def test_the_misconceptions_of_issue_15_are_caught(shipped_base):
    """Said as people say them online (in words of our own), each is conflicting."""
    from glfcheck.judging.checker import Checker

    checker = Checker(shipped_base)
    for sentence in ("The Leap brought prosperity to the Chinese countryside.",
                     "The death toll figures for the famine were invented by Western propaganda.",
                     "There is no scholarly basis at all for the claim that 30 million people died.",
                     "The famine was caused by once-in-a-century bad weather.",
                     "The Great Leap Forward was launched in response to the end of Soviet aid.",
                     "The Great Leap Forward was a great economic success."):
        assert checker.check(sentence).verdict == "conflicting", sentence
