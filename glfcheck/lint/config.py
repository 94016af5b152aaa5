"""Configuration of `glfcheck lint`: `[tool.glfcheck]` in pyproject.toml or a `.glfcheck.toml`.

The file is found by walking up from the working folder; in each folder `.glfcheck.toml` wins
over a `pyproject.toml`, and a pyproject.toml without `[tool.glfcheck]` is passed over.
Keys (a `.glfcheck.toml` holds them at its top level)::

    include = ["**/*.md", "docs/**/*.ipynb"]   # globs of files to lint when walking folders
    exclude = ["drafts/**", "*.tmp.md"]        # globs never linted (added to the defaults)
    fail-on = "error"                          # error | warning | info | never
    bases = ["course-claims"]                  # extra claims bases layered on the built-in one
    disable = ["mortality-deaths-30-to-45-million", "uncited-reference"]  # claim or rule ids never reported
    show = ["supported"]                       # also report supported / unknown sentences
    [tool.glfcheck.thresholds]                 # [thresholds] in .glfcheck.toml
    min-score = 70                             # claim matches below this score count as unknown

Paths in `bases` are relative to the configuration file. A glob without "/" matches a file name
in any folder; `**` matches any number of folders. Unknown keys and wrong types are errors that
name the file, the line and the key.
"""

from __future__ import annotations

import difflib
import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from glfcheck.errors import GlfcheckError
from glfcheck.results import FAIL_ON
from glfcheck.rules import SHOWABLE

DEFAULT_INCLUDE = ("**/*.md", "**/*.markdown", "**/*.qmd", "**/*.rst", "**/*.txt", "**/*.html", "**/*.htm",
                   "**/*.ipynb", "**/*.docx")
DEFAULT_EXCLUDE = tuple(f"**/{d}/**" for d in (".git", ".venv", "venv", "node_modules", "_build", "site-packages",
                                                ".ipynb_checkpoints", "__pycache__", ".tox", ".nox", "_site"))
KEYS = ("include", "exclude", "fail-on", "bases", "disable", "show", "thresholds")
THRESHOLD_KEYS = ("min-score",)
SHOW = SHOWABLE


class ConfigError(GlfcheckError):
    """The configuration file is not what glfcheck understands."""


@dataclass(frozen=True)
class Config:
    path: str | None = None  # the file read, None for defaults
    root: str = "."  # the folder globs and bases are relative to
    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = DEFAULT_EXCLUDE
    fail_on: str = "error"
    bases: tuple[str, ...] = ()
    disable: tuple[str, ...] = ()
    show: tuple[str, ...] = ()
    min_score: float = 0.0
    extra: dict[str, Any] = field(default_factory=dict, compare=False)


def find(start: str | Path = ".") -> tuple[Path, dict[str, Any], bool] | None:
    """The nearest configuration: (path, table, is_pyproject), or None."""
    folder = Path(start).resolve()
    for candidate in (folder, *folder.parents):
        own = candidate / ".glfcheck.toml"
        if own.is_file():
            return _shown(own), _read(own), False
        pyproject = candidate / "pyproject.toml"
        if pyproject.is_file():
            data = _read(pyproject)
            tool = data.get("tool", {})
            if isinstance(tool, dict) and "glfcheck" in tool:
                return _shown(pyproject), tool["glfcheck"], True
    return None


def _shown(path: Path) -> Path:
    """The path as messages give it: relative to the working folder when it is inside it."""
    relative = os.path.relpath(path)
    return path if relative.startswith(os.pardir) else Path(relative)


def _read(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read configuration: {exc}", path=str(path)) from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line = re.search(r"line (\d+)", str(exc))
        raise ConfigError(f"invalid TOML: {exc}", path=str(path), line=int(line.group(1)) if line else None) from None


def line_of(path: str | Path | None, key: str) -> int | None:
    """The line of a configuration file where `key` is set, if it can be found."""
    return _line_of(Path(path), key) if path else None


def _line_of(path: Path, key: str) -> int | None:
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except OSError:
        return None
    pattern = re.compile(r"^\s*[\"']?" + re.escape(key) + r"[\"']?\s*=")
    return next((i for i, line in enumerate(lines, start=1) if pattern.match(line)), None)


def load(start: str | Path = ".", explicit: str | Path | None = None) -> Config:
    """Read the configuration named by `explicit`, or the nearest one found from `start`."""
    if explicit is not None:
        path = Path(explicit)
        if not path.is_file():
            raise ConfigError("configuration file not found", path=str(path))
        data = _read(path)
        pyproject = path.name == "pyproject.toml"
        table = data
        if pyproject:
            tool = data.get("tool", {})
            if not isinstance(tool, dict):
                raise ConfigError("[tool] must be a table", path=str(path), line=_line_of(path, "tool"))
            table = tool.get("glfcheck", {})
        return parse(table, path, pyproject)
    found = find(start)
    if found is None:
        return Config()
    return parse(found[1], found[0], found[2])


def parse(table: Any, path: Path, pyproject: bool = False) -> Config:
    section = "[tool.glfcheck]" if pyproject else "the configuration"
    if not isinstance(table, dict):
        raise ConfigError(f"{section} must be a table", path=str(path))

    def fail(key: str, message: str) -> ConfigError:
        return ConfigError(message, path=str(path), line=_line_of(path, key))

    for key in table:
        if key not in KEYS:
            near = difflib.get_close_matches(key, KEYS, n=1)
            hint = f' (did you mean "{near[0]}"?)' if near else f" (known keys: {', '.join(KEYS)})"
            raise fail(key, f'unknown key "{key}" in {section}{hint}')

    def strings(key: str) -> tuple[str, ...] | None:
        if key not in table:
            return None
        value = table[key]
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise fail(key, f'"{key}" must be a list of strings, not {type(value).__name__}')
        return tuple(value)

    fail_on = table.get("fail-on", "error")
    if fail_on not in FAIL_ON:
        raise fail("fail-on", f'"fail-on" must be one of {", ".join(FAIL_ON)}, not {fail_on!r}')
    show = strings("show") or ()
    for item in show:
        if item not in SHOW:
            raise fail("show", f'"show" may hold {" and ".join(SHOW)}, not {item!r}')
    thresholds = table.get("thresholds", {})
    if not isinstance(thresholds, dict):
        raise fail("thresholds", '"thresholds" must be a table')
    for key in thresholds:
        if key not in THRESHOLD_KEYS:
            raise fail(key, f'unknown key "{key}" in thresholds (known: {", ".join(THRESHOLD_KEYS)})')
    min_score = thresholds.get("min-score", 0.0)
    if isinstance(min_score, bool) or not isinstance(min_score, (int, float)) or not 0 <= min_score <= 100:
        raise fail("min-score", f'"min-score" must be a number from 0 to 100, not {min_score!r}')
    root = path.parent
    bases = tuple(str((root / b).resolve()) for b in (strings("bases") or ()))
    return Config(
        path=str(path), root=str(root),
        include=strings("include") or DEFAULT_INCLUDE,
        exclude=DEFAULT_EXCLUDE + (strings("exclude") or ()),
        fail_on=fail_on, bases=bases, disable=strings("disable") or (), show=show, min_score=float(min_score),
    )


# ------------------------------------------------------------------ globs
def glob_regex(pattern: str) -> re.Pattern[str]:
    """A gitignore-like glob: no "/" matches the name anywhere; "**" spans folders."""
    pattern = pattern.strip().lstrip("./") if pattern.startswith("./") else pattern.strip()
    anchored = "/" in pattern.rstrip("/")
    if pattern.endswith("/"):
        pattern += "**"
    out, i = [], 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif pattern.startswith("**", i):
            out.append(".*")
            i += 2
        elif pattern[i] == "*":
            out.append("[^/]*")
            i += 1
        elif pattern[i] == "?":
            out.append("[^/]")
            i += 1
        else:
            out.append(re.escape(pattern[i]))
            i += 1
    body = "".join(out)
    return re.compile(("^" if anchored else "^(?:.*/)?") + body + "$")


def matches(relative: str, patterns: tuple[str, ...]) -> bool:
    relative = relative.replace("\\", "/")
    return any(glob_regex(p).match(relative) for p in patterns)
