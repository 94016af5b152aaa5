"""Renderers present results; they return text and never decide a verdict."""

from __future__ import annotations

from enum import Enum
from pathlib import Path


class CheckFormat(str, Enum):
    text = "text"
    json = "json"


class LintFormat(str, Enum):
    """`glfcheck lint --format`. `auto` picks GitHub annotations inside GitHub Actions, `text` on a
    terminal and `concise` anywhere else (a pipe, a file, a CI log); with `--output` it is the
    format the file's extension names, else `concise`."""

    auto = "auto"
    text = "text"
    concise = "concise"
    json = "json"
    github = "github"
    sarif = "sarif"
    html = "html"


# What a report file's extension says it holds: `-o report.html` is an HTML report.
FILE_FORMATS = {".html": LintFormat.html, ".htm": LintFormat.html, ".json": LintFormat.json,
                ".sarif": LintFormat.sarif}


def format_of_file(path: str) -> LintFormat | None:
    """The format a report file's extension names, or None (`.txt`, `.log`: any text format)."""
    return FILE_FORMATS.get(Path(path).suffix.lower())


class ColorChoice(str, Enum):
    """`--color`: `auto` colours a terminal, unless NO_COLOR is set and not empty (no-color.org);
    FORCE_COLOR set and not empty colours anything else (force-color.org)."""

    auto = "auto"
    always = "always"
    never = "never"
