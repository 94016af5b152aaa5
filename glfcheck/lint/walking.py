"""Which files a lint reads: the paths named, and the documents found walking folders.

A folder is walked as ruff walks one: the include and exclude globs of the configuration, and the
`.gitignore` and `.ignore` files on the way (`--no-ignore` turns those off). Ignore files are read
in every folder walked, and in the folders above it up to the root of its git repository, with
git's rules: a file's patterns are relative to its folder, a deeper file overrides a shallower
one, `!pattern` takes a file back, and nothing under an ignored folder is looked at. `.ignore`
(ripgrep's and ruff's file for what git should keep but tools should skip) overrides the
`.gitignore` beside it; the repository's `.git/info/exclude` counts as a root `.gitignore`.

A file named on the command line is linted even when an ignore file or an exclude glob would
leave it out, as ruff does. A report glfcheck wrote is never linted, named or found.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from pathspec import GitIgnoreSpec

from glfcheck.documents.reading import kind_of
from glfcheck.documents.reports import written_by_glfcheck
from glfcheck.errors import InputError
from glfcheck.lint.config import Config, matches

IGNORE_FILES = (".gitignore", ".ignore")  # in the order they are read: the later one wins


@dataclass(frozen=True)
class _Patterns:
    """The patterns of one ignore file, and the folder they are relative to."""

    folder: Path
    spec: GitIgnoreSpec


def _read(folder: Path, path: Path) -> _Patterns | None:
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:  # unreadable or not a file: git passes over it too
        return None
    spec = GitIgnoreSpec.from_lines(lines)
    return _Patterns(folder, spec) if spec.patterns else None


def _own(folder: Path) -> list[_Patterns]:
    """The ignore files of one folder, shallowest precedence first."""
    return [p for p in (_read(folder, folder / name) for name in IGNORE_FILES) if p is not None]


def _repository_root(folder: Path) -> Path | None:
    for candidate in (folder, *folder.parents):
        if (candidate / ".git").exists():
            return candidate
    return None


def _above(folder: Path) -> list[_Patterns]:
    """The ignore files that apply to `folder` (absolute) from above: from its repository's root
    down to its parent, with `.git/info/exclude` first. None outside a git repository."""
    root = _repository_root(folder)
    if root is None:
        return []
    found = []
    exclude = root / ".git" / "info" / "exclude"
    if exclude.is_file():
        patterns = _read(root, exclude)
        if patterns is not None:
            found.append(patterns)
    chain = [folder, *folder.parents]
    for ancestor in reversed(chain[1:chain.index(root) + 1]):
        found.extend(_own(ancestor))
    return found


def ignored(path: Path, is_folder: bool, patterns: list[_Patterns]) -> bool:
    """Does the deepest ignore file with a say about `path` (absolute) leave it out?"""
    for p in reversed(patterns):
        try:
            relative = path.relative_to(p.folder).as_posix()
        except ValueError:
            continue
        verdict = p.spec.check_file(relative + "/" if is_folder else relative).include
        if verdict is not None:
            return verdict
    return False


def walk(folder: Path, config: Config, notes: list[str] | None = None, *,
         use_ignore_files: bool = True) -> list[Path]:
    """Files under `folder` that the include globs take and the exclude globs, the ignore files
    and the reports glfcheck wrote leave.

    A symbolic link that points nowhere is skipped with a note (when `notes` is given) rather
    than failing the whole run: a stale link in a docs folder is common and harmless.
    """
    found = []
    base = folder.resolve()
    patterns_of: dict[str, list[_Patterns]] = {}  # a folder (relative to `folder`) -> what applies in it
    for here, dirs, files in os.walk(folder):
        relative_here = Path(here).relative_to(folder).as_posix()
        prefix = "" if relative_here == "." else relative_here + "/"
        absolute = base / prefix if prefix else base
        if not use_ignore_files:
            patterns: list[_Patterns] = []
        elif not prefix:
            patterns = _above(base) + _own(base)
        else:
            patterns = patterns_of[os.path.dirname(prefix.rstrip("/"))] + _own(absolute)
        patterns_of[prefix.rstrip("/")] = patterns
        dirs[:] = sorted(d for d in dirs if not matches(f"{prefix}{d}/_", config.exclude)
                         and not (patterns and ignored(absolute / d, True, patterns)))
        for name in sorted(files):
            relative = prefix + name
            if matches(relative, config.exclude) or not matches(relative, config.include):
                continue
            if patterns and ignored(absolute / name, False, patterns):
                continue
            path = Path(here) / name
            if path.is_symlink() and not path.exists():
                if notes is not None:
                    notes.append(f"{path}: skipped, a symbolic link to a file that does not exist")
                continue
            if written_by_glfcheck(path, kind_of(path)):
                continue  # as silently as an ignored file: a report beside the course is expected
            found.append(path)
    return found


def collect(paths: list[str], config: Config, *, use_ignore_files: bool = True,
            never: tuple[str, ...] = ()) -> tuple[list[Path], list[str]]:
    """The files to lint for the paths given, and notes on what was skipped.

    A folder is walked (see `walk`); a file named on the command line is linted even when no
    include glob takes it, unless its kind is unknown or it is a report glfcheck wrote (then a
    note says so). `never`: files not to lint whatever they hold (the report this run writes).
    A named path that does not exist is an InputError.
    """
    files: list[Path] = []
    notes: list[str] = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            walked = walk(path, config, notes, use_ignore_files=use_ignore_files)
            if not walked:
                notes.append(f"{name}: no documents to lint here")
            files.extend(walked)
        elif path.is_file():
            if kind_of(path) is None:
                notes.append(f"{name}: skipped, not a kind of document glfcheck reads")
            elif written_by_glfcheck(path, kind_of(path)):
                notes.append(f"{name}: skipped, a report glfcheck wrote")
            else:
                files.append(path)
        else:
            raise InputError("no such file or folder", path=name)
    skipped = {os.path.realpath(n) for n in never}
    return [f for f in dict.fromkeys(files) if os.path.realpath(f) not in skipped], notes
