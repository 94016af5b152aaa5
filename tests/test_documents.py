"""Reading each kind of document, with positions in the original file."""

import io
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from glfcheck.documents import reading as documents
from glfcheck.lint import workers
from glfcheck.lint.workers import read_many
from glfcheck.errors import InputError


def where(block, needle):
    i = block.text.index(needle)
    return block.pos(i)


def test_markdown_skips_front_matter_code_and_comments_and_keeps_positions():
    text = ("---\ntitle: Peng (1987)\n---\n\n# Heading *one*\n\nA **bold** claim with `code` and [a link](http://x).\n"
            "Second line.\n\n```\nPeng (1987) estimated that 45 million died.\n```\n\n    indented code\n\n"
            "<!-- glfcheck: off -->\n\n| a | b |\n|---|---|\n| cell text | more |\n\n> quoted words\n\n- item words\n")
    doc = documents.parse(text.encode(), "x.md", "markdown")
    texts = [b.text for b in doc.blocks]
    assert texts[0] == "Heading one" and doc.blocks[0].kind == "heading" and doc.blocks[0].level == 1
    assert "A bold claim with" in texts[1] and "code" not in texts[1] and "a link" in texts[1]
    assert not any("45 million" in t or "title" in t or "indented" in t for t in texts)
    assert where(doc.blocks[1], "bold") == (0, 7, 5)
    assert where(doc.blocks[1], "Second") == (0, 8, 1)
    kinds = {b.text: b.kind for b in doc.blocks}
    assert kinds["cell text"] == "cell" and kinds["more"] == "cell"
    assert where(next(b for b in doc.blocks if b.text == "more"), "more") == (0, 20, 15)
    assert kinds["quoted words"] == "quote" and kinds["item words"] == "item"
    assert [d.action for d in doc.directives] == ["off"]


def test_plain_text_headings_items_and_paragraphs():
    text = "Key Takeaways\n\n  • First point here.\n  • Second point.\n\nA paragraph\nwrapped over lines.\n"
    doc = documents.parse(text.encode(), "x.txt", "text")
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("heading", "Key Takeaways"), ("item", "First point here."), ("item", "Second point."),
        ("paragraph", "A paragraph wrapped over lines.")]
    assert where(doc.blocks[3], "wrapped") == (0, 7, 1)


def test_rst_skips_directives_and_literal_blocks():
    text = ("Title\n=====\n\nA *claim* with ``code`` and `a link <http://x>`_.\n\n.. code-block:: python\n\n"
            "   Peng (1987) estimated 45 million.\n\nExample::\n\n    literal text\n\n.. glfcheck: ignore\n\nAfter.\n")
    doc = documents.parse(text.encode(), "x.rst", "rst")
    texts = [b.text for b in doc.blocks]
    assert texts[0] == "Title" and doc.blocks[0].kind == "heading"
    assert texts[1].startswith("A claim with") and "a link" in texts[1] and "http" not in texts[1]
    assert "Example:" in texts and "After." in texts
    assert not any("45 million" in t or "literal" in t for t in texts)
    assert [d.action for d in doc.directives] == ["ignore"]


def test_html_reads_visible_body_text_only():
    text = ("<html><head><title>T</title><style>p{}</style><script>var x = 'secret';</script></head>\n"
            "<body><h2>Head</h2>\n<p>Visible &amp; <b>bold</b>\ntext.</p><p hidden>hidden</p>"
            "<!-- glfcheck: ignore --><div style=\"display:none\">none</div></body></html>")
    doc = documents.parse(text.encode(), "x.html", "html")
    assert [b.text for b in doc.blocks] == ["Head", "Visible & bold text."]
    assert doc.blocks[0].kind == "heading" and doc.blocks[0].level == 2
    assert where(doc.blocks[1], "bold") == (0, 3, 21)
    assert doc.directives[0].action == "ignore"


def test_notebook_reads_markdown_cells_with_cell_numbers():
    nb = {"cells": [{"cell_type": "code", "source": ["x = 1\n"]},
                    {"cell_type": "markdown", "source": ["# Title\n", "\n", "Some prose here.\n"]}]}
    doc = documents.parse(json.dumps(nb).encode(), "n.ipynb", "notebook")
    assert [b.text for b in doc.blocks] == ["Title", "Some prose here."]
    assert doc.blocks[1].pos(0) == (2, 3, 1)


def test_notebook_that_is_not_one_is_an_input_error():
    with pytest.raises(InputError, match="not a Jupyter notebook"):
        documents.parse(b"{}", "n.ipynb", "notebook")


def test_docx_paragraph_numbers_are_lines():
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_heading("Essay", level=1)
    d.add_paragraph("")
    d.add_paragraph("Peng (1987) estimated that 23 million died.")
    buffer = io.BytesIO()
    d.save(buffer)
    doc = documents.parse(buffer.getvalue(), "e.docx", "docx")
    assert [(b.kind, b.text) for b in doc.blocks] == [("heading", "Essay"),
                                                     ("paragraph", "Peng (1987) estimated that 23 million died.")]
    assert doc.blocks[1].pos(0) == (0, 3, 1)


def test_docx_that_is_not_one_is_an_input_error():
    pytest.importorskip("docx")
    with pytest.raises(InputError, match="not a Word"):
        documents.parse(b"PK not a zip", "e.docx", "docx")


@pytest.mark.parametrize("data, note", [
    ("Grüße.\n".encode("utf-8-sig"), False),
    ("Grüße.\n".encode("utf-16"), False),
    ("Grüße.\n".encode("utf-16-le"), True),
    ("Grüße.\n".encode("cp1252"), True),
])
def test_encodings(data, note):
    text, notes = documents.decode(data)
    assert text == "Grüße.\n"
    assert bool(notes) is note


def test_binary_is_an_input_error():
    with pytest.raises(InputError, match="binary"):
        documents.decode(b"\x89PNG\x00\x00\x01\x02\xff")


def test_unreadable_and_unknown_files(tmp_path):
    with pytest.raises(InputError, match="cannot read"):
        documents.read(tmp_path / "missing.md")
    with pytest.raises(InputError, match="unknown kind"):
        documents.read(tmp_path / "x.csv")


def test_crlf_lines_count_once():
    doc = documents.parse(b"One line.\r\n\r\nTwo lines.\r\n", "x.txt", "text")
    assert doc.blocks[1].pos(0) == (0, 3, 1)


@pytest.mark.parametrize("kind, text", [
    ("markdown", "3. First entry\n4. Second entry\n\n- not numbered\n"),
    ("html", "<ol start='3'><li>First entry</li><li>Second entry</li></ol><ul><li>not numbered</li></ul>"),
])
def test_numbered_list_items_keep_their_numbers(kind, text):
    doc = documents.parse(text.encode(), "x", kind)
    assert [(b.text, b.label) for b in doc.blocks] == [("First entry", "3"), ("Second entry", "4"),
                                                       ("not numbered", "")]


def test_positions_are_stored_as_runs_and_read_back_one_per_character() -> None:
    from glfcheck.documents.reading import Positions

    runs = Positions()
    runs.add((0, 3, 5), 4)  # "abcd" from line 3, column 5
    runs.add((0, 3, 9))  # the next column: the same run goes on
    runs.add((0, 4, 1), 3, step=0)  # an entity: three characters at one position
    runs.add((0, 4, 2), 2)
    expanded = [(0, 3, 5), (0, 3, 6), (0, 3, 7), (0, 3, 8), (0, 3, 9), (0, 4, 1), (0, 4, 1), (0, 4, 1),
                (0, 4, 2), (0, 4, 3)]
    assert len(runs._runs) == 3 and list(runs) == expanded and len(runs) == len(expanded)
    assert [runs[i] for i in range(-len(expanded), len(expanded))] == expanded * 2
    for a in range(len(expanded) + 1):
        for b in range(a, len(expanded) + 2):
            assert list(runs[a:b]) == expanded[a:b]
    assert runs == tuple(expanded) and runs[::2] == tuple(expanded[::2]) and hash(runs) == hash(tuple(expanded))
    assert Positions.of(expanded) == runs


def test_markdown_positions_point_at_each_character() -> None:
    text = "# Title\n\nA *bold* claim and more,\nnext `code` line.\n\n- an item &amp; more\n"
    doc = documents.parse(text.encode(), "x.md", "markdown")
    lines = text.split("\n")
    for block in doc.blocks[:2]:
        for i, ch in enumerate(block.text):
            _, line, col = block.pos(i)
            if ch != " ":
                assert lines[line - 1][col - 1] == ch, (i, ch)
    item = doc.blocks[2]  # an entity changes the text: its characters keep the cursor's position
    assert item.text == "an item & more" and {item.pos(i) for i in range(len(item.text))} == {(0, 6, 1)}


def test_read_many_in_parallel_gives_what_reading_one_by_one_gives(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workers, "PARALLEL_MIN_BYTES", 0)  # small files, but through the worker pool
    paths = []
    for i in range(4):
        path = tmp_path / f"week-{i}.md"
        path.write_text(f"# Week {i}\n\nPeng Dehuai was purged at Lushan in 1959. Item {i}.\n", encoding="utf-8")
        paths.append(path)
    (tmp_path / "binary.md").write_bytes(b"\x00\x01\x02" * 100)
    paths.insert(2, tmp_path / "binary.md")
    paths.append(tmp_path / "missing.md")
    sequential = list(read_many(paths, jobs=1))
    parallel = list(read_many(paths, jobs=2))
    assert [type(r).__name__ for r in parallel] == ["Document", "Document", "InputError", "Document", "Document",
                                                    "InputError"]
    assert [str(r) for r in parallel] == [str(r) for r in sequential]
    assert [r.blocks for r in parallel if not isinstance(r, Exception)] == [
        r.blocks for r in sequential if not isinstance(r, Exception)]


@settings(max_examples=200)
@given(st.lists(st.tuples(st.integers(0, 2), st.integers(1, 3)), max_size=30), st.integers(-3, 40))
def test_a_position_is_the_same_from_runs_as_from_a_plain_tuple(steps, index):
    """Block.pos reads a Positions' runs directly (Positions.at); it must give what indexing the
    same positions as a plain tuple gives, clamped at both ends."""
    from glfcheck.documents.reading import Block, Positions

    line, col, positions = 1, 1, []
    for newline, advance in steps:
        line, col = (line + 1, 1) if newline == 2 else (line, col + advance)
        positions.append((0, line, col))
    runs = Block("paragraph", "x" * len(positions), Positions.of(positions))
    plain = Block("paragraph", "x" * len(positions), tuple(positions))
    assert runs.pos(index) == plain.pos(index)
    assert runs.end_pos(index) == plain.end_pos(index)
