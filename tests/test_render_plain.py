"""The rich-free text writer must print exactly what an uncoloured rich Console prints."""

from __future__ import annotations

import io
import random

import pytest
from rich._unicode_data._versions import VERSIONS
from rich.cells import cell_len, get_character_cell_size
from rich.console import Console
from rich.markup import escape
from rich.text import Text

from glfcheck.render import plain
from glfcheck.render.plain import Writer

PIECES = list("abcdefghij XYZ.,;'\"()-[]\\/@#:") + [
    "  ", "   ", "\xa0", "–", "—", "’", "“", "ö", "Ó", "ü", "[bold]", "[/]", "\\[", ":smile:", "p. 12:3",
    "supercalifragilisticexpialidocious" * 3, "中国", "\t", "é", "✓", "✗",
    "年", "：", "《", "》", "、", "（", "1959–1961年中国的人口死亡及其成因", "饑荒紀實" * 9, "Ｇ", "。",
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
    assert all(plain.simple(ch) and plain._NOT_ONE_CELL.search(ch) is None and not plain._wide(ch) for ch in simple)
    assert not any(plain.simple(ch) for ch in "\t\n\u0301\u200d\ufe0f\U0001f600\u3000\uac00")


def test_fast_path_wide_characters_are_two_cells_in_every_unicode_version() -> None:
    """CJK ideographs, CJK punctuation and fullwidth forms: two cells, whatever Unicode version
    rich is told to use, so the writer may count them itself."""
    wide = [chr(c) for c in [*range(0x3001, 0x3004), *range(0x3008, 0x3012), *range(0x4E00, 0x9FA6),
                             *range(0xFF01, 0xFF5F)]]
    assert all(plain.simple(ch) and plain._wide(ch) for ch in wide)
    assert not plain._wide("\u3000") and not plain._wide("\u9fa6") and not plain._wide("\uff5f")
    for version in ("auto", *VERSIONS):
        assert all(get_character_cell_size(ch, version) == 2 for ch in wide), version
    assert plain.cells("1959年 中国：x") == cell_len("1959年 中国：x") == 14


def test_wide_lines_need_no_rich() -> None:
    writer = Writer(20)
    writer.print("Cao, Shuji 2005. “1959–1961年中国的人口死亡及其成因.” 中国人口科学.")
    assert writer._console is None
    assert writer.getvalue() == _rich("Cao, Shuji 2005. “1959–1961年中国的人口死亡及其成因.” 中国人口科学.", 20, False)
