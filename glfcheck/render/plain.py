"""Writing uncoloured terminal text without rich, byte for byte as rich would write it.

Rich costs ~15 ms to import and ~0.3 ms a line to print; a lint of a course prints tens of
thousands of lines. Without colour the only thing rich does to a line is wrap it at word
boundaries to the width, measured in terminal cells, so this module does that itself for the
lines where it provably gets the same result: every character one cell wide (ASCII, Latin
letters, typographic dashes and quotes, check marks) or two (CJK ideographs and punctuation,
fullwidth forms: the Chinese titles of the bibliography), and no word between colons that rich
could read as an emoji code, nor a backslash. Any other line is handed to a real rich Console,
created the first time it is needed. A test compares the two on generated lines, so a change in
rich's wrapping shows up there.
"""

from __future__ import annotations

import io
import re
from functools import lru_cache
from typing import Callable

# Characters rich measures as one cell each (checked by the tests), and no newline or tab.
_NOT_ONE_CELL = re.compile(r"[^\x20-\x7e\xa0-\u02ff\u2010-\u2027\u2713\u2717]")
# Characters rich measures as two cells in every Unicode version it knows (checked by the tests):
# CJK punctuation and ideographs, fullwidth forms. Tested by code points: a regex class this wide
# costs ~3 ms to compile on every run.
_WIDE_RANGES = ((0x3001, 0x3003), (0x3008, 0x3011), (0x4E00, 0x9FA5), (0xFF01, 0xFF5E))


def _wide(ch: str) -> bool:
    code = ord(ch)
    return any(low <= code <= high for low, high in _WIDE_RANGES)


def simple(text: str) -> bool:
    """Is every character of `text` one this module measures as rich does (one cell or two)?"""
    return _NOT_ONE_CELL.search(text) is None or all(map(_wide, _NOT_ONE_CELL.findall(text)))


# rich.markup.escape makes user text print as itself, except a word between colons, which rich
# may turn into an emoji (":warning:"), and some backslashes before a bracket: such lines go
# through rich.
_EMOJI_LIKE = re.compile(r":\S*?:|\\")
_WORD = re.compile(r"\s*\S+\s*")  # rich._wrap.re_word: a word and the space after it
_TRAILING_SPACE = re.compile(r"\s+$")


def cells(text: str) -> int:
    """rich.cells.cell_len for text of simple characters: one cell each, two for a wide one."""
    return len(text) + sum(map(_wide, _NOT_ONE_CELL.findall(text)))


def _chop(word: str, width: int) -> list[str]:
    """rich.cells.chop_cells: pieces of at most `width` cells, a wide character never split."""
    if _NOT_ONE_CELL.search(word) is None:
        return [word[i:i + width] for i in range(0, len(word), width)]
    pieces: list[str] = []
    size = begin = 0
    for index, ch in enumerate(word):
        cell = 2 if _wide(ch) else 1
        if size + cell > width:
            pieces.append(word[begin:index])
            begin, size = index, 0
        size += cell
    if size:
        pieces.append(word[begin:])
    return pieces


def _crop(line: str, width: int) -> str:
    """rich.cells.set_cell_size cropping: a wide character across the edge becomes a space."""
    if _NOT_ONE_CELL.search(line) is None:
        return line[:width]
    size = 0
    for index, ch in enumerate(line):
        cell = 2 if _wide(ch) else 1
        if size + cell > width:
            return line[:index] + (" " if size < width else "")
        size += cell
    return line


@lru_cache(maxsize=8192)  # a lint report repeats its lines (the same claim, the same works) many times
def wrap(text: str, width: int) -> tuple[str, ...]:
    """The lines rich (soft_wrap off, overflow 'fold') prints for a line of simple characters."""
    if len(text) <= width and _NOT_ONE_CELL.search(text) is None:
        return (text,)  # rich prints a line that fits as it is
    breaks: list[int] = []
    offset = 0
    position = 0
    measure = len if _NOT_ONE_CELL.search(text) is None else cells
    match = _WORD.match(text, position)
    while match is not None:  # rich._wrap.divide_line
        start, end = match.span()
        word = match.group(0)
        length = measure(word.rstrip())
        if width - offset >= length:
            offset += measure(word)
        elif length > width:  # fold a word longer than a line
            pieces = _chop(word, width)
            for n, piece in enumerate(pieces):
                if start:
                    breaks.append(start)
                if n == len(pieces) - 1:
                    offset = measure(piece)
                else:
                    start += len(piece)
        elif offset and start:
            breaks.append(start)
            offset = measure(word)
        match = _WORD.match(text, end)
    bounds = [0, *breaks, len(text)] if breaks else [0, len(text)]
    lines = []
    for a, b in zip(bounds, bounds[1:]):
        line = text[a:b]
        if len(line) > width:  # Text.rstrip_end (which counts characters, not cells): drop the space that overflows
            space = _TRAILING_SPACE.search(line)
            if space is not None:
                line = line[:len(line) - min(len(space.group(0)), len(line) - width)]
        lines.append(_crop(line, width))  # Text.truncate and the console's crop
    return tuple(lines)


@lru_cache(maxsize=8192)  # a report prints the same lines (claims, works) again and again
def _printed(plain: str, width: int, as_markup: bool) -> str | None:
    """What rich prints for the line, newline-ended, or None when only rich can say."""
    if simple(plain) and not (as_markup and _EMOJI_LIKE.search(plain)):
        return "".join(line + "\n" for line in wrap(plain, width))
    return None


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
        printed = _printed(plain, self.width, markup is not None)
        if printed is not None:
            self._parts.append(printed)
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
