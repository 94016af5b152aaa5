"""Score glfcheck on labelled statements (TSV: accepted<TAB>statement, optional id column).

Usage: python scripts/evaluate.py [FILE.tsv ...]   (default: ../shared/eval/statements.tsv,
tests/examples/*.tsv, tests/heldout/*.tsv and tests/heldout/2026-12/*.tsv). The held-out sets were
written by someone who had not seen the claims base, in the words students use: they measure how
the checker generalises. Prints accuracy per file, every miss, and the confident wrong answers
(supported where only conflicting is accepted, or the reverse), which must be zero. The 2026-12
sets are scored twice more, by thirds (see tests/heldout/2026-12/README.md): the third that was
never tuned on is the honest figure. Then the planted errors of the held-out essays, the false
errors on clean course documents, and the false errors on the base's own supporting evidence notes.
"""

from __future__ import annotations

import csv
import hashlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from glfcheck.judging.checker import Checker  # noqa: E402
from glfcheck.base.loader import builtin_root, load_base  # noqa: E402


DATED_SETS = ROOT / "tests" / "heldout" / "2026-12"
THIRDS = 3  # a row whose id's SHA-1 is divisible by this is in the untuned third ...
SPLIT_FILES = ("real-1.tsv", "real-2.tsv", "adversarial-1.tsv", "adversarial-2.tsv")  # ... of these files


def read_rows(path: Path) -> list[tuple[str, str, set[str]]]:
    """(id, statement, accepted verdicts) per row; the id is the row number when the file has none."""
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return [(r.get("id") or str(n), r["statement"], set(r["accepted"].split(",")))
            for n, r in enumerate(rows, 1) if r.get("statement")]


def untuned(row_id: str) -> bool:
    """Is the row in the third of the 2026-12 sets that no change was tuned on?"""
    return int(hashlib.sha1(row_id.encode("utf-8")).hexdigest(), 16) % THIRDS == 0


def confidently_wrong(verdict: str, accepted: set[str]) -> bool:
    """Supported where only a conflict is accepted, or conflicting where only support is."""
    return (verdict == "supported" and "conflicting" in accepted and not {"supported", "contested"} & accepted) or (
        verdict == "conflicting" and "supported" in accepted and not {"conflicting", "contested"} & accepted)


def main(argv: list[str]) -> int:
    files = [Path(a) for a in argv] or [
        ROOT.parent / "shared" / "eval" / "statements.tsv",
        *sorted((ROOT / "tests" / "examples").glob("*.tsv")),
        *sorted((ROOT / "tests" / "heldout").glob("*.tsv")),
        *sorted(DATED_SETS.glob("*.tsv")),
    ]
    checker = Checker(load_base([builtin_root()]))
    total = ok = confident_wrong = 0
    thirds = {True: [0, 0, 0], False: [0, 0, 0]}  # untuned? -> [right, rows, confident wrong]
    for path in files:
        if not path.is_file():
            continue
        rows = read_rows(path)
        good = 0
        for row_id, statement, accepted in rows:
            result = checker.check(statement)
            wrong = confidently_wrong(result.verdict, accepted)
            if path.parent == DATED_SETS and path.name in SPLIT_FILES:
                third = thirds[untuned(row_id)]
                third[0] += result.verdict in accepted
                third[1] += 1
                third[2] += wrong
            if result.verdict in accepted:
                good += 1
                continue
            confident_wrong += wrong
            claim = result.claim.id if result.claim else "-"
            why = "; ".join(r.message for r in result.reasons if r.outcome in ("conflicts", "partial", "info"))[:160]
            print(f"  {'!!' if wrong else 'miss'} {path.stem}: {statement!r} -> {result.verdict} "
                  f"(want {','.join(sorted(accepted))}) [{claim}] {why}")
        print(f"{path.name}: {good}/{len(rows)} = {good / max(1, len(rows)):.1%}")
        total += len(rows)
        ok += good
    print(f"TOTAL: {ok}/{total} = {ok / max(1, total):.1%}; confident wrong answers: {confident_wrong}")
    for is_untuned, (right, rows_seen, wrong) in thirds.items():
        if rows_seen:
            name = "untuned third" if is_untuned else "tuned two thirds"
            print(f"2026-12, {name}: {right}/{rows_seen} = {right / rows_seen:.1%}; confident wrong answers: {wrong}")
    if not argv:
        for folder in sorted((ROOT / "tests" / "heldout").glob("essays*")) + [ROOT / "tests" / "heldout" / "clean"]:
            essays(checker, folder)
        own_notes(checker)
    return 0


def own_notes(checker: Checker) -> None:
    """The base's own evidence notes: what a work says in support of a claim that is true. A
    sentence like them in a course is right, so 'conflicting' on one is a false error."""
    notes = [(c, e.note) for c in checker.base.claims if c.status != "false"
             for e in c.evidence if e.stance == "supports" and e.note]
    wrong = [(c, note, checker.check(note)) for c, note in notes]
    wrong = [(c, note, r) for c, note, r in wrong if r.verdict == "conflicting"]
    for claim, note, result in wrong:
        why = "; ".join(r.message for r in result.reasons if r.outcome == "conflicts")[:120]
        print(f"  false error on a note of {claim.id}: {note[:90]!r} [{result.claim.id if result.claim else '-'}] {why}")
    print(f"notes: {len(wrong)} of {len(notes)} supporting notes of true claims called conflicting")


def essays(checker: Checker, folder: Path) -> None:
    """tests/heldout/essays* (documents with planted errors listed in answer-key.tsv) and
    tests/heldout/clean (documents without any): how many planted errors lint reports as errors
    on their line, and every error on another line (a false alarm)."""
    from glfcheck.documents import reading as documents
    from glfcheck.lint.linter import Linter

    key_path = folder / "answer-key.tsv"
    planted: set[tuple[str, int]] = set()
    if key_path.is_file():
        with key_path.open(encoding="utf-8") as handle:
            planted = {(r["file"], int(r["line"])) for r in csv.DictReader(handle, delimiter="\t")}
    linter = Linter(checker)
    errors, warnings = set(), 0
    for name in sorted(p.name for p in folder.glob("*.md")):
        for f in linter.lint_document(documents.read(folder / name)).findings:
            if f.severity == "error":
                errors.add((name, f.line))
                if (name, f.line) not in planted:
                    print(f"  false error {name}:{f.line}: {f.message[:150]}")
            elif f.severity == "warning":
                warnings += 1
    print(f"{folder.name}: {len(planted & errors)}/{len(planted)} planted errors found; "
          f"{len(errors - planted)} errors and {warnings} warnings elsewhere")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
