"""The pre-commit hook, as a user tries it: `pre-commit try-repo . glfcheck --files essay.md`."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from glfcheck.errors import ExitCode

REPO = Path(__file__).resolve().parents[1]
PRE_COMMIT = shutil.which("pre-commit", path=os.path.dirname(sys.executable))


def hooks() -> dict[str, dict]:
    return {h["id"]: h for h in yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))}


def test_the_hook_is_named_glfcheck_and_glfcheck_lint_is_the_same_hook():
    """Issue 16.15: codespell, ruff and yamllint name their hooks after the tool."""
    found = hooks()
    assert list(found) == ["glfcheck", "glfcheck-lint"]
    same = ("entry", "language", "types", "files", "require_serial")
    assert {k: found["glfcheck"][k] for k in same} == {k: found["glfcheck-lint"][k] for k in same}
    assert found["glfcheck"]["entry"] == "glfcheck lint"


@pytest.mark.skipif(PRE_COMMIT is None, reason="pre-commit is not installed (it is in the test extra)")
@pytest.mark.skipif(not (REPO / ".git").exists(), reason="not a git checkout of glfcheck")
def test_pre_commit_try_repo_runs_the_hook(tmp_path):
    """The command of docs/ci.md, on a fresh pre-commit cache: pre-commit installs glfcheck from
    this checkout into an environment of its own and runs the hook on the file."""
    project = tmp_path / "course"
    project.mkdir()
    (project / "essay.md").write_text("The Great Leap Forward started in 1970.\n", encoding="utf-8")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"), "XDG_CACHE_HOME": str(tmp_path),
           "GIT_CONFIG_GLOBAL": os.devnull, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}
    env.pop("GLFCHECK_BASE", None)
    subprocess.run(["git", "init", "-q", "."], cwd=project, env=env, check=True)
    subprocess.run(["git", "add", "essay.md"], cwd=project, env=env, check=True)
    proc = subprocess.run([PRE_COMMIT, "try-repo", str(REPO), "glfcheck", "--files", "essay.md"], cwd=project,
                          env=env, capture_output=True, text=True, timeout=600)
    assert proc.returncode == ExitCode.FINDINGS, proc.stdout + proc.stderr
    assert "glfcheck....." in proc.stdout and "Failed" in proc.stdout
    assert ("essay.md:1:1: error conflicting-claim conflicts with claim dates-glf-launched-1958"
            in proc.stdout), proc.stdout
