"""Which files a lint reads: ignore files as git and ruff read them, and never glfcheck's reports."""

from __future__ import annotations

from pathlib import Path

import pytest

from glfcheck.documents.reports import SUMMARY_RE, written_by_glfcheck
from glfcheck.lint.config import Config
from glfcheck.lint.walking import collect, walk

PROSE = "The Great Leap Forward started in 1970.\n"


def tree(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def walked(folder: Path, **kw) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in walk(folder, Config(), **kw))


def test_gitignore_patterns_are_relative_to_their_folder_and_deeper_files_win(tmp_path):
    tree(tmp_path, {".gitignore": "build/\n*.draft.md\n/top.md\n", "top.md": PROSE, "a/top.md": PROSE,
                    "build/x.md": PROSE, "a/b.draft.md": PROSE, "a/.gitignore": "!b.draft.md\n",
                    "c/d.draft.md": PROSE, "essay.md": PROSE})
    assert walked(tmp_path) == ["a/b.draft.md", "a/top.md", "essay.md"]


def test_dot_ignore_overrides_the_gitignore_beside_it(tmp_path):
    tree(tmp_path, {".gitignore": "!keep.md\n", ".ignore": "keep.md\nother.md\n", "keep.md": PROSE,
                    "other.md": PROSE, "essay.md": PROSE})
    assert walked(tmp_path) == ["essay.md"]


def test_a_tool_cache_with_its_own_gitignore_is_not_linted(tmp_path):
    """pytest writes `.pytest_cache/.gitignore` holding `*`; its README.md used to be linted."""
    tree(tmp_path, {".pytest_cache/.gitignore": "# created by pytest\n*\n", ".pytest_cache/README.md": PROSE,
                    "essay.md": PROSE})
    assert walked(tmp_path) == ["essay.md"]


def test_ignore_files_above_the_folder_count_up_to_the_repository_root(tmp_path):
    tree(tmp_path, {"outside/.gitignore": "*.md\n", "outside/repo/.git/info/exclude": "excluded.md\n",
                    "outside/repo/.gitignore": "course/drafts/\n", "outside/repo/course/essay.md": PROSE,
                    "outside/repo/course/excluded.md": PROSE, "outside/repo/course/drafts/d.md": PROSE})
    assert walked(tmp_path / "outside" / "repo" / "course") == ["essay.md"]


def test_no_ignore_reads_every_file_the_globs_take(tmp_path):
    tree(tmp_path, {".gitignore": "*.md\n", "essay.md": PROSE, "sub/.ignore": "*\n", "sub/notes.md": PROSE})
    assert walked(tmp_path) == []
    assert walked(tmp_path, use_ignore_files=False) == ["essay.md", "sub/notes.md"]


def test_a_file_named_on_the_command_line_is_linted_even_when_ignored(tmp_path):
    tree(tmp_path, {".gitignore": "essay.md\n", "essay.md": PROSE})
    files, notes = collect([str(tmp_path / "essay.md")], Config())
    assert files == [tmp_path / "essay.md"] and notes == []


@pytest.mark.parametrize("name, text", [
    ("report.html", '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>glfcheck report</title>'),
    ("report.html", '<html><head><meta name="generator" content="glfcheck 0.2.0"></head>'),
    ("report.txt", "essay.md\n  1:1  error  conflicts\n\n2 files checked: 1 error, 0 warnings, 0 info\n"),
    ("report.md", "essay.md:1:1: error conflicting-claim conflicts\n1 file checked: 1 error, 0 warnings, 1 info\n"),
])
def test_reports_glfcheck_wrote_are_never_linted(tmp_path, name, text):
    tree(tmp_path, {name: text, "essay.md": PROSE})
    assert walked(tmp_path) == ["essay.md"]
    files, notes = collect([str(tmp_path / name)], Config())
    assert files == [] and notes == [f"{tmp_path / name}: skipped, a report glfcheck wrote"]


def test_documents_that_mention_glfcheck_are_still_documents(tmp_path):
    tree(tmp_path, {"a.html": "<html><head><title>How to use glfcheck</title></head><body>x</body></html>",
                    "b.md": "We ran glfcheck on 2 files checked by hand.\n"})
    assert walked(tmp_path) == ["a.html", "b.md"]
    assert not written_by_glfcheck(tmp_path / "missing.md", "markdown")


def test_the_report_being_written_is_never_linted(tmp_path):
    tree(tmp_path, {"essay.md": PROSE, "out.md": "yesterday's notes\n"})
    files, _ = collect([str(tmp_path)], Config(), never=(str(tmp_path / "out.md"),))
    assert files == [tmp_path / "essay.md"]


def test_the_summary_pattern_is_pinned():
    assert SUMMARY_RE.fullmatch("1 file checked: 1 error, 1 warning, 1 info")
    assert SUMMARY_RE.fullmatch("glfcheck: 12 files checked: 0 errors, 2 warnings, 0 info")
    assert not SUMMARY_RE.fullmatch("1 file(s) checked, 1 error, 0 warning, 0 info")
