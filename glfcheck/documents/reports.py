"""Telling a report glfcheck wrote from a document, so that a lint never checks its own output.

`glfcheck lint . -f html -o report.html`, run twice, used to lint the first run's report: every
finding it quoted was found again (8 errors, then 20, then 35). A report is known by what every
report carries: an HTML report its title (or a generator tag), a text report its closing summary
line. The renderers build that line from `SUMMARY_RE`'s pattern, and a test holds them to it.
"""

from __future__ import annotations

import re
from pathlib import Path

HTML_MARKS = (b'<meta name="generator" content="glfcheck', b"<title>glfcheck report</title>")
# "2 files checked: 1 error, 0 warnings, 3 info" (after "glfcheck: " in GitHub annotations)
SUMMARY_RE = re.compile(r"(?:glfcheck: )?\d+ files? checked: \d+ errors?, \d+ warnings?, \d+ info")
HEAD_BYTES = 2048  # an HTML report's <head> comes first
TAIL_BYTES = 512  # a text report's summary is its last line


def written_by_glfcheck(path: str | Path, kind: str | None) -> bool:
    """Is the file a report glfcheck wrote? Reads at most its first and last few hundred bytes."""
    try:
        with open(path, "rb") as handle:
            if kind == "html":
                head = handle.read(HEAD_BYTES)
                return any(mark in head for mark in HTML_MARKS)
            size = handle.seek(0, 2)
            handle.seek(max(0, size - TAIL_BYTES))
            tail = handle.read()
    except OSError:
        return False
    last = tail.decode("utf-8", "replace").rstrip().rsplit("\n", 1)[-1]
    return SUMMARY_RE.fullmatch(last.strip()) is not None
