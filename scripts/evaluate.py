"""Score glfcheck on labelled statements (TSV: accepted<TAB>statement, optional id column).

Usage: python scripts/evaluate.py [FILE.tsv ...]   (default: ../shared/eval/statements.tsv,
tests/examples/*.tsv and tests/heldout/*.tsv). The held-out sets were written by someone who had
not seen the claims base, in the words students use: they measure how the checker generalises. Prints accuracy per file, every miss, and the confident wrong answers
(supported where only conflicting is accepted, or the reverse), which must be zero. Then the
planted errors of the held-out essays, the false errors on clean course documents, and the false
errors on the base's own supporting evidence notes.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from glfcheck.judging.checker import Checker  # noqa: E402
from glfcheck.base.loader import builtin_root, load_base  # noqa: E402


def read_rows(path: Path) -> list[tuple[str, set[str]]]:
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return [(r["statement"], set(r["accepted"].split(","))) for r in rows if r.get("statement")]


def main(argv: list[str]) -> int:
    files = [Path(a) for a in argv] or [
        ROOT.parent / "shared" / "eval" / "statements.tsv",
        *sorted((ROOT / "tests" / "examples").glob("*.tsv")),
        *sorted((ROOT / "tests" / "heldout").glob("*.tsv")),
    ]
    checker = Checker(load_base([builtin_root()]))
    total = ok = confident_wrong = 0
    for path in files:
        if not path.is_file():
            continue
        rows = read_rows(path)
        good = 0
        for statement, accepted in rows:
            result = checker.check(statement)
            if result.verdict in accepted:
                good += 1
                continue
            wrong = (result.verdict == "supported" and accepted == {"conflicting"}) or (
                result.verdict == "conflicting" and accepted == {"supported"})
            confident_wrong += wrong
            claim = result.claim.id if result.claim else "-"
            why = "; ".join(r.message for r in result.reasons if r.outcome in ("conflicts", "partial", "info"))[:160]
            print(f"  {'!!' if wrong else 'miss'} {path.stem}: {statement!r} -> {result.verdict} "
                  f"(want {','.join(sorted(accepted))}) [{claim}] {why}")
        print(f"{path.name}: {good}/{len(rows)} = {good / max(1, len(rows)):.1%}")
        total += len(rows)
        ok += good
    print(f"TOTAL: {ok}/{total} = {ok / max(1, total):.1%}; confident wrong answers: {confident_wrong}")
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
