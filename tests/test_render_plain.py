"""The rich-free text writer must print exactly what an uncoloured rich Console prints."""

from __future__ import annotations

import io
import random

import pytest
from rich.cells import cell_len
from rich.console import Console
from rich.markup import escape
from rich.text import Text

from glfcheck.render.plain import Writer

PIECES = list("abcdefghij XYZ.,;'\"()-[]\\/@#:") + [
    "  ", "   ", "\xa0", "–", "—", "’", "“", "ö", "Ó", "ü", "[bold]", "[/]", "\\[", ":smile:", "p. 12:3",
    "supercalifragilisticexpialidocious" * 3, "中国", "\t", "é", "✓", "✗",
]


def _rich(text: str, width: int, markup: bool) -> str:
    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=False, no_color=True, width=width, highlight=False,
                      soft_wrap=False)
    console.print(f"[bold]{escape(text)}[/]" if markup else Text(text))
    return buffer.getvalue()


@pytest.mark.parametrize("markup", [True, False])
def test_writer_prints_what_rich_prints(markup: bool) -> None:
    rng = random.Random(1958)
    for _ in range(1500):
        width = rng.choice([13, 60, 61, 100, 140])
        text = " " * rng.choice([0, 0, 2, 13]) + "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 80)))
        writer = Writer(width)
        writer.print(text, (lambda t=text: f"[bold]{escape(t)}[/]") if markup else None)
        assert writer.getvalue() == _rich(text, width, markup), (text, width)


def test_fast_path_characters_are_one_cell_wide() -> None:
    """The writer wraps these characters itself, counting each as one cell, as rich does."""
    simple = [chr(c) for c in [*range(0x20, 0x7F), *range(0xA0, 0x300), *range(0x2010, 0x2028), 0x2713, 0x2717]]
    assert all(cell_len(ch) == 1 for ch in simple)
