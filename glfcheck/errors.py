"""Domain errors and the exit codes the CLI maps them to.

Expected failures (a broken claims base, an unreadable file) are exceptions that carry the file
and line, so only the CLI decides how to tell the user; nothing below the CLI prints.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Exit codes documented in the README and pinned by tests."""

    OK = 0  # nothing conflicting (check) / nothing at or above --fail-on (lint)
    FINDINGS = 1  # at least one conflicting statement or failing finding
    ERROR = 2  # usage, input or claims-base error
    INTERNAL = 3  # an unexpected exception: a bug in glfcheck, reported in one line
    INTERRUPTED = 130  # Ctrl-C


class GlfcheckError(Exception):
    """An expected failure that the CLI reports as one line."""

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line

    def __reduce__(self) -> tuple:
        """Picklable with its keywords, so a worker process can hand one back."""
        return _rebuild, (type(self), self.message, self.path, self.line)

    def __str__(self) -> str:
        where = ""
        if self.path:
            where = f"{self.path}:{self.line}: " if self.line else f"{self.path}: "
        return where + self.message


class BaseError(GlfcheckError):
    """The claims base cannot be read or does not hold to its schema."""


class InputError(GlfcheckError):
    """A statement or document given by the user cannot be read."""


def _rebuild(kind: type[GlfcheckError], message: str, path: str | None, line: int | None) -> GlfcheckError:
    return kind(message, path=path, line=line)
