"""Issue 6: every bad input ends with one clear line and a documented exit code, never a
traceback or a hang - through the installed command, as a user meets it."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest

from glfcheck.errors import ExitCode
from tests.conftest import MINI_BASE
from tests.installed import EXE, glfcheck, needs_command

pytestmark = needs_command

CONFLICTING = "The Great Leap Forward started in 1970.\n"
SUPPORTED = "Mao launched the Great Leap Forward in 1958.\n"


@pytest.fixture(scope="module")
def env(tmp_path_factory) -> dict[str, str]:
    """The mini base (quick to build) and a cache folder of the tests' own."""
    cache = tmp_path_factory.mktemp("cache")
    return {**os.environ, "XDG_CACHE_HOME": str(cache), "GLFCHECK_BASE": str(MINI_BASE), "NO_COLOR": "1",
            "COLUMNS": "100"}


def one_error_line(proc, *fragments: str) -> str:
    """The run failed with exit 2 and exactly one line on standard error holding `fragments`."""
    assert proc.returncode == ExitCode.ERROR, (proc.returncode, proc.err)
    lines = proc.err.strip().splitlines()
    assert len(lines) == 1, proc.err
    assert lines[0].startswith("glfcheck: error: "), lines[0]
    for fragment in fragments:
        assert fragment in lines[0], lines[0]
    return lines[0]


# ---------------------------------------------------------------- files
def test_binary_file(env, tmp_path):
    (tmp_path / "bin.md").write_bytes(bytes(range(256)) * 8)
    one_error_line(glfcheck(env, "lint", "bin.md", cwd=tmp_path), "bin.md: binary content, not a text document")


def test_binary_file_in_a_folder_does_not_stop_the_others(env, tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.bin.md").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "docs" / "b.md").write_text(CONFLICTING)
    proc = glfcheck(env, "lint", "--format", "json", "docs", cwd=tmp_path)
    one_error_line(proc, "a.bin.md: binary content")
    report = json.loads(proc.out)
    assert report["files"] == ["docs/b.md"] and report["findings"]


@pytest.mark.parametrize("bom", [True, False])
def test_utf16_file(env, tmp_path, bom):
    data = CONFLICTING.encode("utf-16" if bom else "utf-16-le")
    (tmp_path / "essay.txt").write_bytes(data)
    proc = glfcheck(env, "lint", "essay.txt", cwd=tmp_path)
    assert proc.returncode == ExitCode.FINDINGS and "conflicting-claim" in proc.out and not proc.err
    assert ("decoded as UTF-16-LE" in proc.out) is not bom


def test_latin1_file(env, tmp_path):
    (tmp_path / "essay.md").write_bytes(("Caf\xe9 owners in Shanghai kept their notes. " + CONFLICTING)
                                        .encode("latin-1"))
    proc = glfcheck(env, "lint", "--format", "text", "--show", "unknown", "essay.md", cwd=tmp_path)
    assert proc.returncode == ExitCode.FINDINGS and not proc.err
    assert "read as Windows-1252" in proc.out and "Café" in proc.out


def test_empty_file(env, tmp_path):
    (tmp_path / "empty.md").write_bytes(b"")
    proc = glfcheck(env, "lint", "empty.md", cwd=tmp_path)
    assert proc.returncode == ExitCode.OK and not proc.err and "0 error" in proc.out


def test_missing_file(env, tmp_path):
    one_error_line(glfcheck(env, "lint", "nope.md", cwd=tmp_path), "nope.md: no such file or folder")


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links")
def test_dangling_symlink_inside_a_folder_is_skipped_with_a_note(env, tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "ok.md").write_text(CONFLICTING)
    os.symlink(tmp_path / "gone.md", tmp_path / "docs" / "stale.md")
    proc = glfcheck(env, "lint", "docs", cwd=tmp_path)
    assert proc.returncode == ExitCode.FINDINGS and "docs/ok.md" in proc.out
    assert proc.err.strip() == "glfcheck: note: docs/stale.md: skipped, a symbolic link to a file that does not exist"


def test_folder_with_thousands_of_files(env, tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(2000):
        (docs / f"n{i:04d}.md").write_text(f"Note {i}.\n\n{SUPPORTED}")
    started = time.monotonic()
    proc = glfcheck(env, "lint", "--format", "json", "docs", cwd=tmp_path, timeout=120)
    assert proc.returncode == ExitCode.OK and not proc.err
    assert len(json.loads(proc.out)["files"]) == 2000
    assert time.monotonic() - started < 60


# ---------------------------------------------------------------- huge inputs
@pytest.mark.parametrize("unit", ["1959. ", "The famine killed about 30 million people "])
def test_a_single_one_megabyte_line(env, tmp_path, unit):
    (tmp_path / "line.txt").write_text((unit * (1_000_000 // len(unit) + 1))[:1_000_000])
    started = time.monotonic()
    proc = glfcheck(env, "lint", "line.txt", cwd=tmp_path, timeout=60)
    assert proc.returncode in (ExitCode.OK, ExitCode.FINDINGS) and not proc.err
    assert time.monotonic() - started < 20  # it was quadratic: hours for the first line


def test_a_200000_line_file(env, tmp_path):
    sentences = [SUPPORTED, CONFLICTING, "About 30 million people died in the famine.\n", "A short line\n"]
    (tmp_path / "big.txt").write_text("".join(sentences[i % 4] for i in range(200_000)))
    proc = glfcheck(env, "lint", "--format", "json", "big.txt", cwd=tmp_path, timeout=120)
    assert proc.returncode == ExitCode.FINDINGS and not proc.err
    notes = [f["message"] for f in json.loads(proc.out)["findings"] if f["rule"] == "document-note"]
    assert any("characters" in n and "were read" in n for n in notes)  # cut at 2,000,000 characters
    assert any("stopped checking here" in n for n in notes)  # and at 10,000 sentences


def test_a_100000_character_statement(env):
    statement = ("About 30 million people died in the famine. " * 2300)[:100_000]
    proc = glfcheck(env, "check", "--format", "json", statement)
    assert proc.returncode in (ExitCode.OK, ExitCode.FINDINGS) and not proc.err
    (result,) = json.loads(proc.out)
    assert any("only the first 2,000 of" in r["message"] for r in result["reasons"])


@pytest.mark.parametrize("args, stdin", [(["check", ""], None), (["check", "  \t "], None),
                                         (["check", "-"], b"\n\n  \n")])
def test_an_empty_statement(env, args, stdin):
    one_error_line(glfcheck(env, *args, stdin=stdin), "no statements" if stdin else "empty statement")


def test_binary_standard_input(env):
    one_error_line(glfcheck(env, "check", "-", stdin=b"\x00\xff" * 10), "binary")


# ---------------------------------------------------------------- options and configuration
@pytest.mark.parametrize("args, fragment", [
    (["check", "--format", "xml", "x"], "'xml' is not one of 'text', 'json'"),
    (["lint", "--format", "xml", "x.md"], "unknown --format 'xml'"),
    (["lint", "--fail-on", "sometimes", "x.md"], "unknown --fail-on 'sometimes'"),
    (["lint", "--show", "everything", "x.md"], "unknown --show 'everything'"),
    (["lint", "--colour", "x.md"], "No such option: --colour"),
    (["sources", "export", "--format", "ris"], "'ris' is not one of"),
    (["claims", "show"], "Missing argument 'ID'"),
])
def test_unknown_option_or_value(env, tmp_path, args, fragment):
    (tmp_path / "x.md").write_text(SUPPORTED)
    one_error_line(glfcheck(env, *args, cwd=tmp_path), fragment)


@pytest.mark.parametrize("body, fragment", [
    ("colour = true\n", 'c.toml:1: unknown key "colour"'),
    ("fail-on = 3\n", 'c.toml:1: "fail-on" must be one of'),
    ("include = 3\n", 'c.toml:1: "include" must be a list of strings, not int'),
    ('thresholds = "high"\n', 'c.toml:1: "thresholds" must be a table'),
    ('[thresholds]\nmin-score = "x"\n', 'c.toml:2: "min-score" must be a number'),
    ("[thresholds]\nmax = 1\n", 'c.toml:2: unknown key "max" in thresholds'),
    ("include = [\n", "c.toml: invalid TOML"),
])
def test_configuration_with_unknown_keys_or_wrong_types(env, tmp_path, body, fragment):
    (tmp_path / "c.toml").write_text(body)
    (tmp_path / "x.md").write_text(SUPPORTED)
    one_error_line(glfcheck(env, "lint", "--config", "c.toml", "x.md", cwd=tmp_path), fragment)


def test_pyproject_whose_tool_is_not_a_table(env, tmp_path):
    (tmp_path / "pyproject.toml").write_text("tool = 3\n")
    (tmp_path / "x.md").write_text(SUPPORTED)
    one_error_line(glfcheck(env, "lint", "--config", "pyproject.toml", "x.md", cwd=tmp_path),
                   "pyproject.toml:1: [tool] must be a table")


# ---------------------------------------------------------------- broken claims bases
def _broken(tmp_path: Path, edit) -> Path:
    base = tmp_path / "base"
    shutil.copytree(MINI_BASE, base)
    edit(base)
    return base


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize("edit, fragment", [
    (lambda b: (b / "claims" / "dates.yaml").write_text("- id: dates-x\n  statement: [oops\n  status: x\n"),
     "claims/dates.yaml:3: invalid YAML"),
    (lambda b: _replace(b / "claims" / "dates.yaml", "source: dikotter2010", "source: nobody1999"),
     "claims/dates.yaml:1: claim dates-launch-1958: cites unknown source 'nobody1999'"),
    (lambda b: _replace(b / "claims" / "mortality.yaml", "value: 23000000", "value: 23 million"),
     "claims/mortality.yaml:23: claim mortality-estimate-peng1987: quantity 1: ['23 million'] is not a number"),
    (lambda b: _replace(b / "claims" / "mortality.yaml", "value: 23000000", "value: .nan"),
     "is not a finite number"),
    (lambda b: (b / "claims" / "dates.yaml").write_text("- !!python/object/apply:os.system ['echo PWNED']\n"),
     "claims/dates.yaml:1: YAML tag !!python/object/apply:os.system is not allowed"),
    (lambda b: (b / "sources.yaml").write_bytes(b"references:\n- id: \xff\n"), "sources.yaml:2: not valid UTF-8"),
    (lambda b: (b / "sources.yaml").unlink(), "not a claims base: no sources.yaml here"),
])
def test_broken_claims_base(env, tmp_path, edit, fragment):
    base = _broken(tmp_path, edit)
    proc = glfcheck(env, "--base", base, "check", "Mao launched the Great Leap Forward in 1958.")
    one_error_line(proc, fragment)
    assert "PWNED" not in proc.out


def test_duplicate_ids(env, tmp_path):
    def edit(base: Path) -> None:
        dates = (base / "claims" / "dates.yaml").read_text(encoding="utf-8")
        (base / "claims" / "dates.yaml").write_text(dates + dates.split("\n- id:")[0].replace("- id:", "\n- id:", 1))

    base = _broken(tmp_path, edit)
    one_error_line(glfcheck(env, "--base", base, "check", "x y z"), "run 'glfcheck validate'")
    proc = glfcheck(env, "--base", base, "validate")
    assert proc.returncode == ExitCode.ERROR and proc.err == ""
    assert "duplicate claim id 'dates-launch-1958' (first at" in proc.out
    assert proc.out.strip().splitlines()[-1].endswith(" in the claims base") and "(s)" not in proc.out


# ---------------------------------------------------------------- interruption and pipes
def test_ctrl_c_exits_130_and_leaves_no_partial_files(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(3000):
        (docs / f"n{i:04d}.md").write_text(f"{SUPPORTED}\n{CONFLICTING}\nNote {i} about 30 million deaths.\n")
    out = tmp_path / "out"
    out.mkdir()
    (out / "report.html").write_text("the previous report")
    cache = tmp_path / "cache"
    env = {**os.environ, "XDG_CACHE_HOME": str(cache), "GLFCHECK_BASE": str(MINI_BASE)}
    proc = subprocess.Popen([EXE, "lint", "--format", "html", "--output", str(out / "report.html"), str(docs)],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 30
    while not list(cache.glob("glfcheck/*.pickle")) and time.monotonic() < deadline:  # started linting
        time.sleep(0.05)
    time.sleep(0.5)
    assert proc.poll() is None, "the run ended before it could be interrupted"
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == ExitCode.INTERRUPTED
    assert err.decode().strip() == "glfcheck: interrupted"
    assert [p.name for p in out.iterdir()] == ["report.html"]
    assert (out / "report.html").read_text() == "the previous report"
    assert [p.suffix for p in (cache / "glfcheck").iterdir()] == [".pickle"]


def _piped_to_head(args, env, cwd=None, stdin=None) -> tuple[int, str, bytes]:
    writer = subprocess.Popen([EXE, *args], cwd=cwd, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE)
    head = subprocess.Popen(["head", "-1"], stdin=writer.stdout, stdout=subprocess.PIPE)
    writer.stdout.close()  # only head reads it now
    if stdin is not None:
        writer.stdin.write(stdin)
    writer.stdin.close()
    first, _ = head.communicate(timeout=60)
    err = writer.stderr.read().decode()
    writer.wait(timeout=60)
    return writer.returncode, err, first


@pytest.mark.skipif(not shutil.which("head"), reason="no head(1)")
def test_output_to_a_closed_pipe(env, tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(300):  # far more output than a pipe buffers
        (docs / f"n{i:03d}.md").write_text(CONFLICTING)
    code, err, first = _piped_to_head(["lint", "docs"], env, cwd=tmp_path)
    assert err == "" and first.startswith(b"docs/n000.md")
    assert code == ExitCode.FINDINGS  # the exit code the run would have had
    code, err, first = _piped_to_head(["check", "-"], env, stdin=SUPPORTED.encode() * 2000)
    assert err == "" and first.startswith(b"SUPPORTED")
    assert code == ExitCode.OK


