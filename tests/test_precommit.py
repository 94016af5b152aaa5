"""The pre-commit hook's definition (tests/test_docs.py tries it as docs/ci.md says:
`pre-commit try-repo . glfcheck --files essay.md`)."""

from __future__ import annotations

from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]


def hooks() -> dict[str, dict]:
    return {h["id"]: h for h in yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))}


def test_the_hook_is_named_glfcheck_and_glfcheck_lint_is_the_same_hook():
    """Issue 16.15: codespell, ruff and yamllint name their hooks after the tool."""
    found = hooks()
    assert list(found) == ["glfcheck", "glfcheck-lint"]
    same = ("entry", "language", "types", "files", "require_serial")
    assert {k: found["glfcheck"][k] for k in same} == {k: found["glfcheck-lint"][k] for k in same}
    assert found["glfcheck"]["entry"] == "glfcheck lint"
