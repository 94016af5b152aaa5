"""Laying out the lines of a text report for where they go.

Not on a terminal (a pipe, a file, a CI log) a line is never wrapped: `grep`, editors and log
viewers get each line whole. On a terminal a line is wrapped to its width (`COLUMNS` when set)
with a hanging indent: a line's continuation starts under its text, not under its lead (the
position and severity of a finding, the verdict of a statement, a work's stance), so a finding
reads as one block. Colour is rich's; without colour the wrapping is plain.Writer's, which prints
what rich would without rich's cost.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Iterable

from glfcheck.render.plain import Writer, cells

# Past this, a wrapped body keeps this many cells and its lead shrinks instead: at 30 columns a
# 22-cell lead would leave 8 cells a line.
MIN_BODY = 24


@dataclass(frozen=True)
class Piece:
    text: str
    style: str = ""  # a rich style ("bold red"); "" for none


@dataclass(frozen=True)
class Line:
    """One line of a report: its lead, printed once, and its body, which wraps under itself."""

    lead: tuple[Piece, ...] = ()
    body: tuple[Piece, ...] = ()

    @property
    def text(self) -> str:
        return "".join(p.text for p in self.lead) + "".join(p.text for p in self.body)


def line(*body: Piece | str, lead: tuple[Piece | str, ...] | Piece | str = ()) -> Line:
    """A Line from pieces, plain strings taken as unstyled pieces."""
    leads = lead if isinstance(lead, tuple) else (lead,)
    return Line(tuple(_piece(p) for p in leads), tuple(_piece(p) for p in body))


def _piece(p: Piece | str) -> Piece:
    return Piece(p) if isinstance(p, str) else p


def render(lines: Iterable[Line], *, width: int | None = None, color: bool = False) -> str:
    """The report: unwrapped when `width` is None, else wrapped with hanging indents; with ANSI
    colour when `color`."""
    if not color:
        if width is None:
            return "".join(ln.text + "\n" for ln in lines)
        return "".join(_plain_wrapped(ln, width) for ln in lines)
    return _coloured(lines, width)


def _plain_wrapped(ln: Line, width: int) -> str:
    lead = "".join(p.text for p in ln.lead)
    body = "".join(p.text for p in ln.body)
    hang = min(cells(lead), max(0, width - MIN_BODY))
    if not body:
        return lead.rstrip() + "\n"
    writer = Writer(max(width - hang, 1))
    writer.print(body)
    rows = [row.rstrip() for row in writer.getvalue().rstrip("\n").split("\n")]
    first = lead if cells(lead) <= hang else lead.rstrip() + "\n" + " " * hang  # a long lead: a line of its own
    return first + rows[0] + "\n" + "".join(" " * hang + row + "\n" for row in rows[1:])


def _coloured(lines: Iterable[Line], width: int | None) -> str:
    from rich.console import Console
    from rich.text import Text

    buffer = io.StringIO()
    # colour is asked for: by a terminal, FORCE_COLOR or --color always, so rich is told, not left
    # to guess from the environment; 16 colours are all a report uses
    console = Console(file=buffer, force_terminal=True, no_color=False, color_system="standard",
                      width=width or 10_000, highlight=False, soft_wrap=width is None, emoji=False)
    for ln in lines:
        lead = Text()
        for p in ln.lead:
            lead.append(p.text, style=p.style or None)
        body = Text()
        for p in ln.body:
            body.append(p.text, style=p.style or None)
        if width is None or not body.plain:
            console.print(lead + body, soft_wrap=True)
            continue
        hang = min(lead.cell_len, max(0, width - MIN_BODY))
        rows = body.wrap(console, max(width - hang, 1))
        if lead.cell_len > hang:  # a lead too long for the width stands on a line of its own
            console.print(lead, soft_wrap=True)
            lead = Text(" " * hang)
        for n, row in enumerate(rows):
            row.rstrip()
            console.print((lead if n == 0 else Text(" " * hang)) + row, soft_wrap=True)
    return buffer.getvalue()
