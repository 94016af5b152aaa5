"""glfcheck's speed benchmarks (issue 5): one command, a table of figures, no pass/fail tests.

    .venv/bin/python benchmarks/run.py [--quick]

Every figure is the median wall time of a few runs of a separate process, measured side by side
in this one run, so the ratios (not the absolute times) are what to compare across machines.
Peak memory is the child's maximum resident set size (POSIX only: os.fork and wait4).
The benchmark uses its own temporary cache folder (XDG_CACHE_HOME), generates a 10,000-claim
base (generate_base.py) and ~100 KB Markdown course files from the shipped claims, and installs
codespell into this interpreter's environment with pip if it is missing (it says so when it does).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate_base import generate, shipped_claims  # noqa: E402
from sentences import sentences  # noqa: E402

STATEMENT = "About 30 million people died in the famine of 1959-1961."
IMPORTS = "import typer, rich, yaml, rapidfuzz"


def glfcheck_cmd() -> list[str]:
    script = Path(sys.executable).with_name("glfcheck")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "glfcheck"]


# A small launcher times the command and reads its peak RSS itself: a child forked straight from
# this process would count this process's own memory (the high-water mark survives exec).
LAUNCHER = """
import os, sys, time
start = time.perf_counter()
pid = os.fork()
if pid == 0:
    os.execvp(sys.argv[2], sys.argv[2:])
_, status, usage = os.wait4(pid, 0)
elapsed = time.perf_counter() - start
with open(sys.argv[1], "w") as fh:
    fh.write(f"{elapsed} {usage.ru_maxrss} {os.waitstatus_to_exitcode(status)}")
"""


def run_once(cmd: list[str], env: dict[str, str], stdin: bytes | None = None) -> tuple[float, float, int]:
    """Wall seconds, peak RSS in MB and exit code of one run of `cmd`."""
    with tempfile.NamedTemporaryFile("r", suffix=".txt") as report:
        proc = subprocess.run([sys.executable, "-S", "-c", LAUNCHER, report.name, *cmd], env=env,
                              input=stdin, stdin=None if stdin is not None else subprocess.DEVNULL,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
        elapsed, maxrss, code = report.read().split()
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, KiB elsewhere
    if int(code) not in (0, 1, 65):  # 1: glfcheck findings; 65: codespell found misspellings
        sys.stderr.write(f"warning: {' '.join(cmd[:4])}... exited {code}: {proc.stderr.decode()[-300:]}\n")
    return float(elapsed), int(maxrss) / scale, int(code)


def measure(cmd: list[str], env: dict[str, str], repeat: int, stdin: bytes | None = None,
            warmup: int = 1) -> tuple[float, float]:
    """Median wall time and the highest peak RSS over `repeat` runs, after `warmup` runs."""
    for _ in range(warmup):
        run_once(cmd, env, stdin)
    runs = [run_once(cmd, env, stdin) for _ in range(repeat)]
    return statistics.median(r[0] for r in runs), max(r[1] for r in runs)


def measure_pairs(first: list[str], second: list[str], env: dict[str, str],
                  repeat: int) -> tuple[float, float, float, float, float]:
    """Both commands run in turn, `repeat` times, after one warm-up run each: their median wall
    times and peak RSS, and the median of the per-pair ratios first/second. On a shared machine
    the speed drifts by ±20 % within a minute; a ratio of two runs made side by side drifts far
    less than the ratio of two medians taken minutes apart."""
    run_once(first, env)
    run_once(second, env)
    a_runs, b_runs = [], []
    for _ in range(repeat):
        a_runs.append(run_once(first, env))
        b_runs.append(run_once(second, env))
    ratios = [a[0] / b[0] for a, b in zip(a_runs, b_runs) if b[0]]
    return (statistics.median(r[0] for r in a_runs), max(r[1] for r in a_runs),
            statistics.median(r[0] for r in b_runs), max(r[1] for r in b_runs), statistics.median(ratios))


def write_course(folder: Path, files: int, size: int = 100_000, seed: int = 1958) -> list[Path]:
    """Course-style Markdown built from the shipped claims' statements, aliases and notes."""
    rng = random.Random(seed)
    claims = [c for cs in shipped_claims().values() for c in cs]
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(files):
        parts = [f"# Week {n + 1}: the Great Leap Forward and the famine\n\n"]
        length = len(parts[0])
        section = 0
        while length < size:
            if section % 6 == 0:
                parts.append(f"## Part {section // 6 + 1}\n\n")
            picked = rng.sample(claims, 4)
            sentences = [rng.choice([c["statement"], *(c.get("aliases") or [])]) for c in picked]
            notes = [e.get("note", "") for c in picked for e in c.get("evidence", [])[:1] if e.get("note")]
            if section % 3 == 2:
                block = "".join(f"- {s}\n" for s in sentences) + "\n"
            else:
                block = " ".join(sentences + notes[:2]) + "\n\n"
            parts.append(block)
            length += len(block)
            section += 1
        path = folder / f"week-{n + 1:03d}.md"
        path.write_text("".join(parts), encoding="utf-8")
        paths.append(path)
    return paths


def ensure_tool(package: str, module: str, *args: str) -> list[str] | None:
    """The command of a baseline tool (codespell, proselint), installed into this environment with
    pip if it is missing (the run says so); None when it cannot be installed."""
    if importlib.util.find_spec(module) is None:
        print(f"{package} is not installed: installing it into this environment (pip install {package})...",
              flush=True)
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", package], check=False)
        importlib.invalidate_caches()
        if importlib.util.find_spec(module) is None:
            return None
    script = Path(sys.executable).with_name(package)
    return ([str(script)] if script.is_file() else [sys.executable, "-m", module]) + list(args)


TIMER = """
import json, sys, time
sys.path.insert(0, sys.argv[1])
from sentences import sentences
from glfcheck.base.loader import builtin_root, load_base
from glfcheck.judging.checker import Checker
checker = Checker(load_base([builtin_root()]))
out = []
for text in sentences(int(sys.argv[2])):
    start = time.perf_counter()
    checker.check(text)
    out.append((time.perf_counter() - start, text))
json.dump(out, sys.stdout)
"""


def per_sentence(env: dict[str, str], count: int) -> list[tuple[float, str]]:
    """Seconds each generated sentence took to check, in a fresh process with the base loaded."""
    proc = subprocess.run([sys.executable, "-c", TIMER, str(HERE), str(count)], env=env, capture_output=True,
                          text=True, check=False)
    if proc.returncode:
        print(f"  per-sentence timing failed: {proc.stderr.strip().splitlines()[-1:]}", flush=True)
        return []
    return [(t, text) for t, text in json.loads(proc.stdout)]


def lint_available(env: dict[str, str]) -> bool:
    result = subprocess.run([*glfcheck_cmd(), "lint", "--help"], env=env, capture_output=True, check=False)
    return result.returncode == 0


class Table:
    def __init__(self) -> None:
        self.rows: list[tuple[str, str, str, str, str]] = []

    def add(self, what: str, seconds: float | None, mb: float | None, ratio: str = "", target: str = "") -> None:
        self.rows.append((what, "n/a" if seconds is None else f"{seconds * 1000:9.0f}",
                          "n/a" if mb is None else f"{mb:6.0f}", ratio, target))

    def print(self) -> None:
        head = ("measurement", "ms (median)", "peak MB", "ratio", "target")
        widths = [max(len(r[i]) for r in [head, *self.rows]) for i in range(5)]
        line = "  ".join("-" * w for w in widths)
        print(line)
        print("  ".join(h.ljust(w) for h, w in zip(head, widths)))
        print(line)
        for row in self.rows:
            print("  ".join([row[0].ljust(widths[0]), *(c.rjust(w) for c, w in zip(row[1:], widths[1:]))]))
        print(line)


def ratio(a: float | None, b: float | None, limit: float | None = None, value: float | None = None) -> str:
    """a/b (or `value`, a ratio measured in pairs) against an optional upper limit."""
    if value is None:
        if a is None or b is None or not b:
            return "n/a"
        value = a / b
    mark = "" if limit is None else (" ok" if value <= limit else " OVER")
    return f"{value:.2f}x{mark}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="glfcheck speed benchmarks")
    parser.add_argument("--quick", action="store_true", help="fewer repetitions, no 100-file lint run")
    args = parser.parse_args(argv)
    repeat = 3 if args.quick else 7
    work = Path(tempfile.mkdtemp(prefix="glfcheck-bench-"))
    env = {**os.environ, "XDG_CACHE_HOME": str(work / "cache"), "NO_COLOR": "1", "COLUMNS": "100"}
    env.pop("GLFCHECK_BASE", None)
    # As on a user's machine, Python keeps the compiled modules: with PYTHONDONTWRITEBYTECODE set
    # (some sandboxes set it) an editable install recompiles glfcheck on every run (~50 ms).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    gl = glfcheck_cmd()
    table = Table()
    print(f"python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} CPUs; work dir {work}",
          flush=True)

    print("generating the 10,000-claim base and the Markdown course...", flush=True)
    big = generate(work / "base-10k", 10_000)
    course = write_course(work / "course", 1 if args.quick else 100)
    docs = {n: course[:n] for n in (1, 10, 100) if n <= len(course)}
    if 10 not in docs:
        docs[10] = write_course(work / "course10", 10)
    print(f"  10 course files: {sum(p.stat().st_size for p in docs[10]) / 1e6:.2f} MB", flush=True)

    # (1) a cold lookup against importing the four libraries
    t_imp, m_imp = measure([sys.executable, "-c", IMPORTS], env, repeat)
    table.add(f"python -c '{IMPORTS}'", t_imp, m_imp, "1.00x", "baseline")
    t_first, m_first = run_once([*gl, "check", STATEMENT], env)[:2]  # builds the cache
    table.add("check, shipped base, first run (builds cache)", t_first, m_first, ratio(t_first, t_imp))
    t_chk, m_chk = measure([*gl, "check", STATEMENT], env, repeat)
    table.add("check, shipped base, cached", t_chk, m_chk, ratio(t_chk, t_imp, 1.5), "<= 1.5x imports")
    t_nc, m_nc = measure([*gl, "--no-cache", "check", STATEMENT], env, repeat)
    table.add("check, shipped base, --no-cache", t_nc, m_nc, ratio(t_nc, t_imp))

    # (3) the same lookup against 10,000 claims
    t_bfirst, m_bfirst = run_once([*gl, "--base", str(big), "check", STATEMENT], env)[:2]
    table.add("check, 10k base, first run (builds cache)", t_bfirst, m_bfirst, ratio(t_bfirst, t_chk),
              "< 250 MB")
    # in pairs with the shipped lookup, like the lint rows: two medians taken a minute apart drift
    t_big, m_big, _, _, r_big_check = measure_pairs([*gl, "--base", str(big), "check", STATEMENT],
                                                    [*gl, "check", STATEMENT], env, repeat)
    table.add("check, 10k base, cached", t_big, m_big, ratio(t_big, t_chk, 1.5, r_big_check),
              "<= 1.5x shipped, < 250 MB")
    t_bnc, m_bnc = run_once([*gl, "--base", str(big), "--no-cache", "check", STATEMENT], env)[:2]
    table.add("check, 10k base, --no-cache", t_bnc, m_bnc, ratio(t_bnc, t_chk))

    # (4) the checker's cost per statement, 10 to 1000 statements on stdin
    course = [s.strip() + "." for p in docs[10] for s in p.read_text(encoding="utf-8").split(". ")
              if len(s.split()) > 5 and not s.lstrip().startswith("#")]
    per_stmt = {}
    for n in (10, 100, 1000):
        stdin = ("\n".join(course[:n]) + "\n").encode()
        t, m = measure([*gl, "check", "-"], env, 1 if n == 1000 else max(1, repeat // 2), stdin=stdin, warmup=0)
        per_stmt[n] = t
        table.add(f"check - , {n} statements, shipped base", t, m,
                  f"{(t - per_stmt[10]) / (n - 10) * 1000:.1f} ms/stmt" if n > 10 else "")

    # (5) bounded work: every one of a few thousand generated sentences, timed one by one in a
    # process that has loaded the base (issue 13): the median, the 99th percentile and the slowest
    timings = per_sentence(env, len(sentences()) if not args.quick else 1000)
    if timings:
        ordered = sorted(timings, key=lambda t: t[0])
        p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))][0]
        slowest, text = ordered[-1]
        table.add(f"check, {len(ordered)} generated sentences: median", statistics.median(t for t, _ in ordered), None)
        table.add(f"check, {len(ordered)} generated sentences: 99th percentile", p99, None)
        table.add(f"check, {len(ordered)} generated sentences: slowest", slowest, None, "", "< 1 s")
        print(f"  slowest generated sentence ({len(text.split())} words): {text[:100]}...", flush=True)

    # (2), (3), (4) lint
    codespell = ensure_tool("codespell", "codespell_lib")
    proselint = ensure_tool("proselint", "proselint", "check")
    lint_available_ = lint_available(env)
    pairs = 3 if args.quick else 9  # the lint ratios are the targets nearest their limits: more pairs, a steadier median
    if lint_available_:
        # Two figures for each lint: a first run, which checks every sentence ('lint --fresh'), and
        # a re-run of the same files, which reuses the results remembered by the run before. Each
        # is run in turn with what it is compared with, and the ratio is the median of the pairs'.
        first10 = [*gl, "lint", "--fresh", *map(str, docs[10])]
        again10 = [*gl, "lint", *map(str, docs[10])]
        if codespell:
            t_l10, m_l10, t_cs, m_cs, r_first = measure_pairs(first10, [*codespell, *map(str, docs[10])], env, pairs)
            t_r10, m_r10, _, _, r_again = measure_pairs(again10, [*codespell, *map(str, docs[10])], env, pairs)
            table.add("codespell, 10 files (~1 MB)", t_cs, m_cs, "1.00x", "baseline")
        else:
            t_l10, m_l10 = measure(first10, env, pairs)
            t_r10, m_r10 = measure(again10, env, pairs)
            t_cs, r_first, r_again = None, None, None
            table.add("codespell, 10 files (~1 MB)", None, None, "n/a", "could not install")
        table.add("glfcheck lint, 10 files (~1 MB), shipped base, first run", t_l10, m_l10,
                  ratio(t_l10, t_cs, 6, r_first), "<= 6x codespell")
        table.add("glfcheck lint, 10 files (~1 MB), shipped base, re-run", t_r10, m_r10,
                  ratio(t_r10, t_cs, 6, r_again), "<= 6x codespell")
        if proselint:  # a prose linter on the same files (issue 13: lint --fresh <= 0.4x proselint)
            t_pl10, _, t_pl, m_pl, r_prose = measure_pairs(first10, [*proselint, *map(str, docs[10])], env,
                                                           max(1, pairs // 3))
            table.add("proselint, 10 files (~1 MB)", t_pl, m_pl, "1.00x", "baseline")
            table.add("glfcheck lint --fresh, 10 files, against proselint", t_pl10, None,
                      ratio(t_pl10, t_pl, 0.4, r_prose), "<= 0.4x proselint")
        else:
            table.add("proselint, 10 files (~1 MB)", None, None, "n/a", "could not install")
        run_once([*gl, "--base", str(big), "lint", str(docs[1][0])], env)  # build the 10k cache
        t_lb, m_lb, _, _, r_big = measure_pairs([*gl, "--base", str(big), "lint", "--fresh", *map(str, docs[10])],
                                                first10, env, pairs)
        table.add("glfcheck lint, 10 files, 10k base, first run", t_lb, m_lb, ratio(t_lb, t_l10, 2, r_big),
                  "<= 2x shipped, < 250 MB")
        t_rb, m_rb, _, _, r_big_again = measure_pairs([*gl, "--base", str(big), "lint", *map(str, docs[10])],
                                                      again10, env, pairs)
        table.add("glfcheck lint, 10 files, 10k base, re-run", t_rb, m_rb, ratio(t_rb, t_r10, 2, r_big_again),
                  "<= 2x shipped, < 250 MB")
        curve = {10: t_l10}
        for n in sorted(docs):
            if n == 10:
                continue
            curve[n] = measure([*gl, "lint", "--fresh", *map(str, docs[n])], env, 1 if n == 100 else 2)[0]
        for n in sorted(curve):
            per_file = (curve[n] - curve[min(curve)]) / (n - min(curve)) if n != min(curve) else None
            table.add(f"glfcheck lint, {n} file(s), shipped base, first run", curve[n], None,
                      f"{per_file * 1000:.0f} ms/file" if per_file else "", "linear")
    else:
        for what in ("glfcheck lint, 10 files (~1 MB), shipped base", "glfcheck lint, 10 files, 10k base",
                     "glfcheck lint, 1/10/100 files (curve)"):
            table.add(what, None, None, "n/a", "'glfcheck lint' not available")

    print()
    table.print()
    print(f"\nfigures from {work}; remove it when done (rm -r {work})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
