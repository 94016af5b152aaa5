"""What a read document is: blocks of prose whose every character knows where it came from.

The types the reader makes and the linter, the reference checker and the renderers read.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Iterable, Iterator, Sequence

Pos = tuple[int, int, int]  # (cell, line, column); cell is 0 outside notebooks


class Positions(Sequence[Pos]):
    """The position of each character of a block, stored as runs: a run of n characters whose
    columns advance by `step` from its first position (1 for text as written, 0 for text an
    entity or escape changed). A megabyte of Markdown held a million position tuples (~0.2 s to
    build, ~100 MB); as runs it holds a few per line."""

    __slots__ = ("_starts", "_runs", "_length")

    def __init__(self) -> None:
        self._starts: list[int] = []  # the index of each run's first character
        self._runs: list[tuple[int, int, int, int]] = []  # (cell, line, column, step)
        self._length = 0

    @classmethod
    def of(cls, positions: Iterable[Pos]) -> "Positions":
        runs = cls()
        for pos in positions:
            runs.add(pos)
        return runs

    def add(self, pos: Pos, count: int = 1, step: int = 1) -> None:
        """`count` characters from `pos`, each `step` columns after the one before."""
        if count <= 0:
            return
        if self._runs:
            cell, line, col, last_step = self._runs[-1]
            # the same run goes on: a one-column step (or one character) at the next column
            if ((step == 1 or count == 1) and last_step == 1 and (cell, line) == pos[:2]
                    and col + self._length - self._starts[-1] == pos[2]):
                self._length += count
                return
        self._starts.append(self._length)
        self._runs.append((pos[0], pos[1], pos[2], step if count > 1 else 1))
        self._length += count

    def __len__(self) -> int:
        return self._length

    def at(self, index: int) -> Pos:
        """The position at `index`, clamped to the characters held ((0, 1, 1) when there are none):
        what Block.pos asks for every sentence, in one call."""
        length = self._length
        if not length:
            return (0, 1, 1)
        index = 0 if index < 0 else length - 1 if index >= length else index
        k = bisect_right(self._starts, index) - 1
        cell, line, col, step = self._runs[k]
        return (cell, line, col + step * (index - self._starts[k]))

    def __getitem__(self, index):  # type: ignore[no-untyped-def]
        if isinstance(index, slice):
            start, stop, stride = index.indices(self._length)
            if stride != 1:
                return tuple(self[i] for i in range(start, stop, stride))
            part = Positions()
            k = max(0, bisect_right(self._starts, start) - 1)
            while start < stop and k < len(self._runs):
                end = self._starts[k + 1] if k + 1 < len(self._runs) else self._length
                if end > start:
                    cell, line, col, step = self._runs[k]
                    part.add((cell, line, col + step * (start - self._starts[k])), min(end, stop) - start, step)
                    start = min(end, stop)
                k += 1
            return part
        if index < 0:
            index += self._length
        if not 0 <= index < self._length:
            raise IndexError(index)
        k = bisect_right(self._starts, index) - 1
        cell, line, col, step = self._runs[k]
        return (cell, line, col + step * (index - self._starts[k]))

    def __iter__(self) -> Iterator[Pos]:
        for k, (cell, line, col, step) in enumerate(self._runs):
            end = self._starts[k + 1] if k + 1 < len(self._runs) else self._length
            for i in range(end - self._starts[k]):
                yield (cell, line, col + step * i)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (Positions, tuple, list)):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other))
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return f"Positions({list(self)!r})"


@dataclass(frozen=True)
class Block:
    kind: str  # heading, paragraph, item, cell, quote
    text: str
    positions: Sequence[Pos] = field(repr=False)  # one per character of text (a Positions, or a tuple)
    level: int = 0  # heading level (1 = top); 0 when unknown or not a heading
    label: str = ""  # the number of an item of a numbered list whose marker is not in `text` ("3")

    def pos(self, index: int) -> Pos:
        """Position of the character at `index` (clamped, so an end offset is safe)."""
        positions = self.positions
        if type(positions) is Positions:  # the usual case, without the sequence protocol's calls
            return positions.at(index)
        if not positions:
            return (0, 1, 1)
        return positions[max(0, min(index, len(positions) - 1))]

    def end_pos(self, end: int) -> Pos:
        """Position just after the character at `end - 1` (an exclusive end)."""
        cell, line, col = self.pos(end - 1)
        return (cell, line, col + 1)


@dataclass(frozen=True)
class Directive:
    action: str  # ignore, off, on
    ids: tuple[str, ...]
    pos: Pos
    text: str


@dataclass(frozen=True)
class Document:
    path: str
    kind: str
    blocks: tuple[Block, ...]
    directives: tuple[Directive, ...] = ()
    notes: tuple[str, ...] = ()  # e.g. how the file was decoded
