"""The words reports are made of: counts with their grammar, the closing summary, and stances
said plainly.

"1 file", "2 files", "1 error" - never "file(s)" or "8 error". `info` is a severity's name and
stays as it is ("3 info").
"""

from __future__ import annotations

from typing import Mapping

# The severities in the order a summary gives them, with the noun each is counted by.
SEVERITY_NOUNS = (("error", "errors"), ("warning", "warnings"), ("info", "info"))

# How a work stands towards what a finding is about, in words a reader uses. The claims base
# records `refutes`; a report says the work `disputes` the statement.
STANCE_WORDS = {"supports": "supports", "refutes": "disputes", "qualifies": "qualifies", "cited": "cited"}


def count(n: int, singular: str, plural: str | None = None) -> str:
    """'1 file', '2 files', '0 files'."""
    return f"{n} {singular if n == 1 else plural or singular + 's'}"


def summary_line(files: int, counts: Mapping[str, int]) -> str:
    """'2 files checked: 1 error, 0 warnings, 3 info' - the last line of every text report,
    by which a lint knows a report it wrote (documents/reports.py, which a test holds
    to this)."""
    return f"{count(files, 'file')} checked: " + ", ".join(
        count(counts.get(singular, 0), singular, plural) for singular, plural in SEVERITY_NOUNS)


def stance_word(stance: str) -> str:
    return STANCE_WORDS.get(stance, stance)
