"""Issue 16: the linter behaves as users of ruff, Vale, yamllint and codespell expect - each point
through the installed `glfcheck` command."""

from __future__ import annotations

import json

import pytest

from glfcheck.errors import ExitCode
from tests.installed import environment, glfcheck, needs_command

pytestmark = needs_command

WRONG = "Peng (1987) estimated that 45 million died."
FALSE_DATE = "The Great Leap Forward started in 1970."


@pytest.fixture(scope="module")
def env(tmp_path_factory) -> dict[str, str]:
    return environment(str(tmp_path_factory.mktemp("cache")))


def findings(proc) -> list[tuple[str, int]]:
    return [(f["rule"], f["line"]) for f in json.loads(proc.out)["findings"]]


# ---------------------------------------------------------------- 1. inline suppression
def test_a_trailing_suppression_silences_its_line_and_not_the_next_paragraph(env, tmp_path):
    (tmp_path / "essay.md").write_text(f"{WRONG} <!-- glfcheck: ignore -->\n\n{FALSE_DATE}\n")
    proc = glfcheck(env, "lint", "--format", "json", "essay.md", cwd=tmp_path)
    assert proc.returncode == ExitCode.FINDINGS and findings(proc) == [("conflicting-claim", 3)]


def test_a_suppression_that_matches_nothing_is_a_warning(env, tmp_path):
    (tmp_path / "essay.md").write_text(f"A harmless sentence about the weather today. <!-- glfcheck: ignore -->\n\n"
                                       f"<!-- glfcheck: ignore -->\n{FALSE_DATE}\n\n<!-- glfcheck: off -->\n\n"
                                       f"{WRONG}\n\n<!-- glfcheck: on -->\n")
    proc = glfcheck(env, "lint", "--format", "json", "essay.md", cwd=tmp_path)
    assert proc.returncode == ExitCode.OK and findings(proc) == [("unused-suppression", 1)]


# ---------------------------------------------------------------- 2. what a walk reads
def test_a_report_is_never_linted_and_ignore_files_are_respected(env, tmp_path):
    (tmp_path / ".git").mkdir()  # a course repository
    (tmp_path / ".gitignore").write_text("build/\n")
    for name in ("essay.md", "build/essay.md", ".pytest_cache/README.md"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(f"{FALSE_DATE}\n\n{WRONG}\n")
    (tmp_path / ".pytest_cache" / ".gitignore").write_text("*\n")
    runs = [glfcheck(env, "lint", ".", "--format", "html", "-o", "report.html", cwd=tmp_path) for _ in range(3)]
    assert [r.returncode for r in runs] == [ExitCode.FINDINGS] * 3 and all(r.err == "" for r in runs)
    proc = glfcheck(env, "lint", ".", "--format", "json", cwd=tmp_path)
    assert {f["path"] for f in json.loads(proc.out)["findings"]} == {"essay.md"}
    proc = glfcheck(env, "lint", ".", "--no-ignore", "--format", "json", cwd=tmp_path)
    assert {f["path"] for f in json.loads(proc.out)["findings"]} == {"essay.md", "build/essay.md",
                                                                    ".pytest_cache/README.md"}
