"""Issue 16.5: every command line of the README and of docs/ works as pasted.

A command line is a line of a shell block (`sh`, `bash`, `shell`; in a `console` block, a line
after `$ `, whose output shown below it must match what the command prints) or the `run:` of a
GitHub workflow example. Each runs in bash, as a user would paste it:

- a glfcheck line in a course folder holding the files the docs name (essay.md, course/,
  notes.docx, report/), with the installed `glfcheck` first on PATH;
- the install line at the top of the README in a copy of the checkout, making its own `.venv`;
  a workflow's `pip install git+https://github.com/OWNER/glfcheck` there too, with the copy
  standing for OWNER's repository (GitHub is out of reach here);
- a development line (`.venv/bin/python ...`) in the checkout, `pre-commit try-repo .` in a git
  clone of it holding essay.md.

Not run here: the line that runs the whole suite, which must be `.ci/run`'s own command (CI runs
it), and, unless GLFCHECK_DOCS_ALL=1, the two that take minutes (the benchmark and the
2,000-example fuzz run). A test checks that nothing else falls outside these rules.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
DOCS = [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]
SHELL = ("sh", "bash", "shell", "console")
WORKFLOW = "yaml"
RUN_RE = re.compile(r"^\s*(?:-\s+)?run:\s*(\S.*)$")
SLOW = ("benchmarks/run.py", "GLFCHECK_FUZZ=1")  # minutes each: only with GLFCHECK_DOCS_ALL=1
OWNER_INSTALL = "pip install git+https://github.com/OWNER/glfcheck"
ESSAY = ("# Essay\n\nThe Great Leap Forward started in 1970. Peng (1987) estimated that 23 million people died "
         "in the famine.\n\n## References\n\nPeng, Xizhe. 1987. \"Demographic Consequences of the Great Leap "
         "Forward in China's Provinces.\" Population and Development Review 13 (4): 639-670.\n")


@dataclass(frozen=True)
class Command:
    file: str
    line: int  # of the command in its file
    text: str
    shown: tuple[str, ...] = ()  # console: the output shown below it

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.text}"


def command_lines() -> list[Command]:
    md = MarkdownIt("commonmark")
    found = []
    for path in DOCS:
        name = path.relative_to(REPO).as_posix()
        for token in md.parse(path.read_text(encoding="utf-8")):
            if token.type != "fence" or token.map is None:
                continue
            first = token.map[0] + 2  # the fence's own line, then the code
            lines = token.content.rstrip("\n").split("\n")
            info = token.info.strip()
            if info == "console":
                found += _console(name, first, lines)
            elif info in SHELL:
                found += [Command(name, first + i, ln) for i, ln in enumerate(lines) if ln.strip()]
            elif info == WORKFLOW:
                found += [Command(name, first + i, m.group(1)) for i, ln in enumerate(lines)
                          if (m := RUN_RE.match(ln))]
    return found


def _console(name: str, first: int, lines: list[str]) -> list[Command]:
    out: list[Command] = []
    for i, ln in enumerate(lines):
        if ln.startswith("$ "):
            shown = []
            for after in lines[i + 1:]:
                if after.startswith("$ "):
                    break
                shown.append(after)
            out.append(Command(name, first + i, ln[2:], tuple(shown)))
    return out


def kind(command: Command) -> str:
    text = command.text
    if text.startswith("python3 -m venv .venv"):
        return "suite" if "pytest" in text else "install"
    if text.startswith(OWNER_INSTALL):
        return "owner-install"
    if any(s in text for s in SLOW):
        return "slow"
    if text.startswith("pre-commit try-repo ."):
        return "try-repo"
    if ".venv/bin/" in text:
        return "development"
    if text.startswith(("glfcheck ", "printf ")):
        return "user"
    return "unknown"


COMMANDS = command_lines()


def test_every_command_line_is_one_the_tests_know_how_to_run():
    assert len(COMMANDS) > 30
    assert [str(c) for c in COMMANDS if kind(c) == "unknown"] == []
    assert sum(kind(c) == "install" for c in COMMANDS) == 1 and sum(kind(c) == "suite" for c in COMMANDS) == 1


def test_the_line_that_runs_the_tests_is_what_ci_runs():
    (suite,) = [c for c in COMMANDS if kind(c) == "suite"]
    assert suite.text in (REPO / ".ci" / "run").read_text(encoding="utf-8").splitlines()


# ---------------------------------------------------------------- running them
@pytest.fixture(scope="module")
def course(tmp_path_factory) -> Path:
    """A course folder holding what the docs' commands name."""
    from docx import Document

    root = tmp_path_factory.mktemp("course-repo")
    (root / "essay.md").write_text(ESSAY, encoding="utf-8")
    shutil.copytree(REPO / "tests" / "fixtures" / "course", root / "course")
    (root / "report").mkdir()
    (root / "report" / "week1.md").write_text(ESSAY, encoding="utf-8")
    (root / "docs").mkdir()
    (root / "docs" / "notes.md").write_text(ESSAY, encoding="utf-8")
    doc = Document()
    doc.add_paragraph("Mao launched the Great Leap Forward in 1958.")
    doc.add_paragraph("The Great Leap Forward started in 1970.")
    doc.save(str(root / "notes.docx"))
    (root / "home").mkdir()
    return root


def environment(root: Path, path_first: Path = BIN) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("GLFCHECK_BASE", "GITHUB_ACTIONS", "GITHUB_STEP_SUMMARY", "NO_COLOR", "FORCE_COLOR",
                        "COLUMNS", "VIRTUAL_ENV", "PYTHONPATH")}
    env.update(PATH=f"{path_first}{os.pathsep}{env.get('PATH', '')}", HOME=str(root / "home"),
               XDG_CACHE_HOME=str(root / "home" / ".cache"), SHELL="/bin/bash",
               PRE_COMMIT_HOME=str(root / "home" / "pre-commit"), GIT_CONFIG_GLOBAL=os.devnull,
               GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@example.org", GIT_COMMITTER_NAME="t",
               GIT_COMMITTER_EMAIL="t@example.org")
    return env


def bash(command: Command, cwd: Path, env: dict[str, str], timeout: float = 900) -> subprocess.CompletedProcess:
    proc = subprocess.run(["bash", "-c", command.text], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=timeout, stdin=subprocess.DEVNULL)
    where = f"{command}\n--- stdout\n{proc.stdout[-3000:]}\n--- stderr\n{proc.stderr[-3000:]}"
    assert "Traceback" not in proc.stderr, where
    for sign in ("glfcheck: error", "command not found", "No such file", "No such option", "Usage:"):
        assert sign not in proc.stderr, where
    # 0: nothing to report; 1: findings (the essay holds a planted error)
    assert proc.returncode in (0, 1), where
    return proc


def matches_shown(printed: str, shown: tuple[str, ...]) -> bool:
    """The console block's output: each line as printed, a line ending in '…' cut short there, and a
    line '…' standing for any lines."""
    pattern = "".join(r"(?:[^\n]*\n)*?" if ln == "…" else
                      re.escape(ln[:-1].rstrip()) + r"[^\n]*\n" if ln.endswith("…") else re.escape(ln) + r"\n"
                      for ln in shown)
    return re.fullmatch(pattern + (r"(?:[^\n]*\n)*" if shown and shown[-1] == "…" else ""), printed) is not None


@pytest.mark.parametrize("command", [c for c in COMMANDS if kind(c) == "user"], ids=str)
def test_a_glfcheck_line_works_as_pasted(course, command):
    from tests.sarif_schema import sarif_errors

    proc = bash(command, course, environment(course))
    if command.shown:
        assert matches_shown(proc.stdout, command.shown), f"{command}\n{proc.stdout}"
    for report in course.glob("*.sarif"):  # the code-scanning example's: valid for the official schema
        assert sarif_errors(report.read_text(encoding="utf-8")) == [], report


def test_matching_what_a_console_block_shows():
    assert matches_shown("a b c\nd\ne\nf\n", ("a …", "…", "f"))
    assert not matches_shown("a b c\nd\n", ("a b", "d"))
    assert matches_shown("x\ny\n", ("x", "…"))


@pytest.mark.parametrize("command", [c for c in COMMANDS if kind(c) == "development"], ids=str)
def test_a_development_line_works_in_the_checkout(command):
    bash(command, REPO, environment(REPO, BIN), timeout=600)


@pytest.mark.skipif(not os.environ.get("GLFCHECK_DOCS_ALL"), reason="minutes long: GLFCHECK_DOCS_ALL=1 runs it")
@pytest.mark.parametrize("command", [c for c in COMMANDS if kind(c) == "slow"], ids=str)
def test_a_slow_development_line_works_in_the_checkout(command):
    bash(command, REPO, environment(REPO, BIN), timeout=3600)


def _checkout_copy(target: Path) -> Path:
    ignore = shutil.ignore_patterns(".venv", ".git", "__pycache__", "*.egg-info", ".pytest_cache", "build", "dist")
    shutil.copytree(REPO, target, ignore=ignore)
    return target


def test_the_install_line_works_on_a_fresh_checkout(tmp_path):
    """The README's first line: a venv of its own, glfcheck installed, a statement checked. Then
    the workflow example's install from OWNER's repository, the copy standing for it."""
    checkout = _checkout_copy(tmp_path / "glfcheck")
    env = environment(tmp_path)
    env["PATH"] = env["PATH"].split(os.pathsep, 1)[1]  # not this test run's venv: the line makes its own
    (tmp_path / "home").mkdir()
    (install,) = [c for c in COMMANDS if kind(c) == "install"]
    proc = bash(install, checkout, env)
    verdicts = [ln.split()[0] for ln in proc.stdout.splitlines() if ln.startswith(("CONTESTED ", "SUPPORTED "))]
    assert proc.returncode == 0 and len(verdicts) == 1, proc.stdout  # pip's lines, then the one result
    venv_bin = checkout / ".venv" / "bin"
    for command in [c for c in COMMANDS if kind(c) == "owner-install"]:
        text = command.text.replace("git+https://github.com/OWNER/glfcheck", str(checkout))
        venv_first = {**env, "PATH": f"{venv_bin}{os.pathsep}{env['PATH']}"}
        bash(Command(command.file, command.line, text), tmp_path, venv_first)
        assert (venv_bin / "glfcheck").exists()


@pytest.mark.skipif(not (REPO / ".git").exists(), reason="not a git checkout of glfcheck")
def test_pre_commit_try_repo_works_in_a_checkout(tmp_path):
    """`pre-commit try-repo . glfcheck --files essay.md`, on a fresh pre-commit cache: pre-commit
    installs glfcheck from the checkout into an environment of its own and runs the hook."""
    (command,) = [c for c in COMMANDS if kind(c) == "try-repo"]
    clone = tmp_path / "glfcheck"
    env = environment(tmp_path)
    (tmp_path / "home").mkdir()
    subprocess.run(["git", "clone", "-q", str(REPO), str(clone)], env=env, check=True)
    _sync_uncommitted(clone)
    (clone / "essay.md").write_text("The Great Leap Forward started in 1970.\n", encoding="utf-8")
    proc = bash(command, clone, env)
    assert proc.returncode == 1 and "glfcheck....." in proc.stdout and "Failed" in proc.stdout, proc.stdout
    assert "essay.md:1:1: error conflicting-claim conflicts with claim dates-glf-launched-1958" in proc.stdout


def _sync_uncommitted(clone: Path) -> None:
    """A clone holds the last commit; a developer's uncommitted changes are copied over it, so the
    hook tried is the code under test (pre-commit tries a repository's working tree as it is)."""
    shutil.rmtree(clone / "glfcheck")
    shutil.copytree(REPO / "glfcheck", clone / "glfcheck", ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", ".pre-commit-hooks.yaml", "sources.yaml", "lexicon.yaml"):
        shutil.copy2(REPO / name, clone / name)


def test_the_github_action_runs_its_lint_step(course, tmp_path):
    """action.yml's lint step, as the runner runs it with the inputs' defaults."""
    import yaml

    action = yaml.safe_load((REPO / "action.yml").read_text(encoding="utf-8"))
    (step,) = [s for s in action["runs"]["steps"] if s.get("name") == "Lint"]
    runner_temp = tmp_path / "runner"
    (runner_temp / "glfcheck-venv" / "bin").mkdir(parents=True)
    (runner_temp / "glfcheck-venv" / "bin" / "glfcheck").symlink_to(BIN / "glfcheck")
    inputs = {name: spec.get("default", "") for name, spec in action["inputs"].items()}
    env = {**environment(course), "RUNNER_TEMP": str(runner_temp), "GITHUB_ACTIONS": "true"}
    for name, value in step["env"].items():
        env[name] = re.sub(r"\$\{\{\s*inputs\.([\w-]+)\s*\}\}", lambda m: inputs[m.group(1)], value)
    proc = subprocess.run(["bash", "-c", step["run"]], cwd=course / "course", env=env, capture_output=True,
                          text=True, timeout=300)
    assert proc.returncode in (0, 1) and proc.stderr == "", proc.stderr
    assert proc.stdout.splitlines()[-1].startswith("glfcheck: ") and " files checked: " in proc.stdout
