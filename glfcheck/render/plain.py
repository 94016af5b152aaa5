"""Writing uncoloured terminal text without rich, byte for byte as rich would write it.

Rich costs ~15 ms to import and ~0.3 ms a line to print; a lint of a course prints tens of
thousands of lines. Without colour the only thing rich does to a line is wrap it at word
boundaries to the width, so this module does that itself for the lines where it provably
gets the same result: every character one cell wide (ASCII, Latin letters, typographic
dashes and quotes, check marks), and no word between colons that rich could read as an emoji code, nor a backslash. Any other line
is handed to a real rich Console, created the first time it is needed. A test compares the
two on generated lines, so a change in rich's wrapping shows up there.
"""

from __future__ import annotations

import io
import re
from typing import Callable

# Characters rich measures as one cell each (checked by the tests), and no newline or tab.
_NOT_SIMPLE = re.compile(r"[^\x20-\x7e\xa0-\u02ff\u2010-\u2027\u2713\u2717]")
# rich.markup.escape makes user text print as itself, except a word between colons, which rich
# may turn into an emoji (":warning:"), and some backslashes before a bracket: such lines go
# through rich.
_EMOJI_LIKE = re.compile(r":\S*?:|\\")
_WORD = re.compile(r"\s*\S+\s*")  # rich._wrap.re_word: a word and the space after it
_TRAILING_SPACE = re.compile(r"\s+$")


def wrap(text: str, width: int) -> list[str]:
    """The lines rich (soft_wrap off, overflow 'fold') prints for a line of one-cell characters."""
    breaks: list[int] = []
    offset = 0
    position = 0
    match = _WORD.match(text, position)
    while match is not None:  # rich._wrap.divide_line, where every character is one cell
        start, end = match.span()
        word = match.group(0)
        length = len(word.rstrip())
        if width - offset >= length:
            offset += len(word)
        elif length > width:  # fold a word longer than a line
            pieces = [word[i:i + width] for i in range(0, len(word), width)]
            for n, piece in enumerate(pieces):
                if start:
                    breaks.append(start)
                if n == len(pieces) - 1:
                    offset = len(piece)
                else:
                    start += len(piece)
        elif offset and start:
            breaks.append(start)
            offset = len(word)
        match = _WORD.match(text, end)
    bounds = [0, *breaks, len(text)] if breaks else [0, len(text)]
    lines = []
    for a, b in zip(bounds, bounds[1:]):
        line = text[a:b]
        if len(line) > width:  # Text.rstrip_end: drop the space that overflows
            space = _TRAILING_SPACE.search(line)
            if space is not None:
                line = line[:len(line) - min(len(space.group(0)), len(line) - width)]
        lines.append(line[:width])  # Text.truncate and the console's crop
    return lines


class Writer:
    """Collects lines as an uncoloured rich Console(width=...) would print them."""

    def __init__(self, width: int):
        self.width = width
        self._parts: list[str] = []
        self._console = None
        self._buffer: io.StringIO | None = None

    def print(self, plain: str = "", markup: Callable[[], str] | None = None) -> None:
        """Add one line. `plain` is the text to show; `markup` makes the same line as rich markup
        (user text escaped), or is None when rich would be given `plain` as a Text (no markup)."""
        if _NOT_SIMPLE.search(plain) is None and (markup is None or _EMOJI_LIKE.search(plain) is None):
            self._parts.extend(line + "\n" for line in wrap(plain, self.width))
            return
        self._rich_print(plain if markup is None else markup(), markup is not None)

    def _rich_print(self, text: str, markup: bool) -> None:
        if self._console is None:
            from rich.console import Console

            self._buffer = io.StringIO()
            self._console = Console(file=self._buffer, force_terminal=False, no_color=True, width=self.width,
                                    highlight=False, soft_wrap=False)
        assert self._buffer is not None
        if markup:
            self._console.print(text)
        else:
            from rich.text import Text

            self._console.print(Text(text))
        self._parts.append(self._buffer.getvalue())
        self._buffer.seek(0)
        self._buffer.truncate()

    def getvalue(self) -> str:
        return "".join(self._parts)
