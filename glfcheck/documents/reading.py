"""Reading documents into blocks of prose whose every character knows where it came from.

A document becomes a tuple of `Block`s (a paragraph, heading, list item, table cell or quote),
each holding its visible text and, for every character, its position in the original file.
Code, front matter, comments, scripts and styles are never part of a block.

Positions are 1-based lines and 1-based columns counted in Unicode code points:
- Markdown, plain text, reStructuredText and HTML: line and column in the file itself.
- Jupyter notebooks: only Markdown cells are read; `cell` is the cell's 1-based number and
  line/column are counted inside that cell's source (the notebook's own JSON lines are not
  meaningful to a reader).
- Word `.docx`: the line is the paragraph's 1-based number in the body, the column the
  character's place in that paragraph.

Inline directives (`glfcheck: ignore`, `glfcheck: ignore CLAIM-ID`, `glfcheck: off`/`on`) are
collected from comments (or, in plain text, from any line) with their positions.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

from glfcheck.documents.model import Block, Directive, Document, Pos, Positions
from glfcheck.errors import InputError

KINDS = {
    ".md": "markdown", ".markdown": "markdown", ".qmd": "markdown", ".rmd": "markdown",
    ".txt": "text", ".text": "text",
    ".rst": "rst", ".rest": "rst",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".ipynb": "notebook",
    ".docx": "docx",
}
# Limits that keep a run sane on a stray huge file (a log, a data dump): every character of a
# block carries its position, so memory grows ~100 bytes a character. A long book is ~1.5 million
# characters; text beyond the limit is not read, and a note says so.
MAX_CHARS = 2_000_000
MAX_FILE_BYTES = 64 * 1024 * 1024  # larger files are refused outright, before being read
DIRECTIVE_RE = re.compile(r"glfcheck:\s*(ignore|off|on)\b[ \t]*((?:[A-Za-z0-9][\w.:\-]*[ \t,]*)*)", re.IGNORECASE)


def kind_of(path: str | Path) -> str | None:
    return KINDS.get(Path(path).suffix.lower())


# ------------------------------------------------------------------ decoding
def decode(data: bytes, path: str = "<stdin>") -> tuple[str, tuple[str, ...]]:
    """Bytes to text: BOMs first (UTF-8, UTF-16, UTF-32), then UTF-8, then cp1252 with a note."""
    boms = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
            (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
    for bom, codec in boms:
        if data.startswith(bom):
            try:
                return _newlines(data[len(bom):].decode(codec)), ()
            except UnicodeDecodeError as exc:
                raise InputError(f"not valid {codec.upper()} despite its byte order mark ({exc.reason})",
                                 path=path) from None
    if b"\x00" in data:
        # UTF-16 without a BOM shows as ASCII interleaved with NULs.
        even, odd = data[0::2].count(0), data[1::2].count(0)
        if len(data) % 2 == 0 and max(even, odd) > len(data) // 4 and min(even, odd) == 0:
            codec = "utf-16-be" if even else "utf-16-le"
            try:
                return _newlines(data.decode(codec)), (f"decoded as {codec.upper()} (no byte order mark)",)
            except UnicodeDecodeError:
                pass
        raise InputError("binary content, not a text document", path=path)
    try:
        return _newlines(data.decode("utf-8")), ()
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        text = data.decode("cp1252", errors="replace")
        return _newlines(text), (f"not valid UTF-8 (first bad byte on line {line}); read as Windows-1252",)


def _newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _directives_in(text: str, cell: int = 0, *, comments_only: bool = False) -> list[Directive]:
    found = []
    for number, line in enumerate(text.split("\n"), start=1):
        if "glfcheck" not in line.lower():
            continue
        if comments_only and not re.search(r"<!--|^\s*\.\.\s|^\s*#", line):
            continue
        for m in DIRECTIVE_RE.finditer(line):
            ids = tuple(i for i in re.split(r"[\s,]+", m.group(2).replace("-->", " ")) if i and i != "--")
            found.append(Directive(m.group(1).lower(), ids, (cell, number, m.start() + 1), m.group(0).strip()))
    return found


# ------------------------------------------------------------------ builders
class _Builder:
    """Collects text with positions for one block."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.positions = Positions()

    def add(self, text: str, positions: list[Pos] | tuple[Pos, ...]) -> None:
        if text:
            self.parts.append(text)
            for pos in positions:
                self.positions.add(pos)

    def add_run(self, text: str, pos: Pos, step: int = 1) -> None:
        """`text` written from `pos` on one line (`step` 1), or all standing at `pos` (`step` 0)."""
        if text:
            self.parts.append(text)
            self.positions.add(pos, len(text), step)

    def space(self, pos: Pos) -> None:
        if self.parts and not self.parts[-1][-1].isspace():
            self.parts.append(" ")
            self.positions.add(pos)

    def block(self, kind: str, level: int = 0) -> Block | None:
        text = "".join(self.parts)
        lead = len(text) - len(text.lstrip())
        text = text.strip()
        if not text:
            return None
        return Block(kind, text, self.positions[lead:lead + len(text)], level)


class _Blocks:
    """The blocks of a line-oriented document (text, reST), one builder open at a time."""

    def __init__(self, heading_level: int) -> None:
        self.blocks: list[Block] = []
        self.builder: _Builder | None = None
        self.kind = "paragraph"
        self.heading_level = heading_level

    def start(self, kind: str) -> _Builder:
        self.flush()
        self.builder, self.kind = _Builder(), kind
        return self.builder

    def flush(self) -> None:
        if self.builder is not None:
            block = self.builder.block(self.kind, self.heading_level if self.kind == "heading" else 0)
            if block:
                self.blocks.append(block)
        self.builder = None


def _line_offsets(text: str) -> list[int]:
    offsets = [0]
    for i, ch in enumerate(text):
        if ch == "\n":
            offsets.append(i + 1)
    return offsets


# ------------------------------------------------------------------ markdown
def _blank_front_matter(text: str) -> str:
    """Replace YAML/TOML front matter with blank lines, keeping line numbers."""
    lines = text.split("\n")
    if lines and lines[0].strip() in ("---", "+++"):
        fence = lines[0].strip()
        for i in range(1, len(lines)):
            if lines[i].strip() in (fence, "...") and (fence == "---" or lines[i].strip() == fence):
                return "\n" * i + "\n" + "\n".join(lines[i + 1:])
    return text


def read_markdown(text: str, cell: int = 0) -> list[Block]:
    from markdown_it import MarkdownIt

    text = _blank_front_matter(text)
    lines = text.split("\n")
    md = MarkdownIt("commonmark").enable("table")
    tokens = md.parse(text)
    blocks: list[Block] = []
    context: list[str] = []
    heading_level = 0
    row_cursor: tuple[int, int] | None = None  # (line, col) cursor inside a table row
    label = ""  # the number of the ordered-list item just opened, for its first block
    for tok in tokens:
        if tok.type.endswith("_open") and tok.nesting == 1:
            context.append(tok.type[:-5])
            if tok.type == "list_item_open":
                label = tok.info if tok.markup in (".", ")") else ""
            if tok.type == "heading_open":
                heading_level = int(tok.tag[1:])
            if tok.type == "tr_open":
                row_cursor = None
            continue
        if tok.nesting == -1:
            if context:
                context.pop()
            continue
        if tok.type != "inline" or tok.map is None:
            continue  # code blocks, fences, html blocks, rules
        if "heading" in context:
            kind = "heading"
        elif "th" in context or "td" in context:
            kind = "cell"
        elif "list_item" in context:
            kind = "item"
        elif "blockquote" in context:
            kind = "quote"
        else:
            kind = "paragraph"
        start_line = tok.map[0]
        cursor = (start_line, 0)
        if kind == "cell" and row_cursor and row_cursor[0] >= start_line:
            cursor = row_cursor
        builder = _Builder()
        cursor = _inline(tok.children or [], lines, cursor, tok.map[1], builder, cell)
        if kind == "cell":
            row_cursor = cursor
        block = builder.block(kind, heading_level if kind == "heading" else 0)
        if block:
            blocks.append(replace(block, label=label) if kind == "item" and label else block)
            label = ""
    return blocks


def _find(lines: list[str], needle: str, cursor: tuple[int, int], end_line: int) -> tuple[int, int] | None:
    line, col = cursor
    while line < min(end_line, len(lines)):
        at = lines[line].find(needle, col)
        if at >= 0:
            return line, at
        line, col = line + 1, 0
    return None


def _inline(children, lines: list[str], cursor: tuple[int, int], end_line: int, builder: _Builder,
            cell: int) -> tuple[int, int]:
    skip = 0
    for child in children:
        if child.type in ("code_inline", "html_inline", "image"):
            if child.content:
                found = _find(lines, child.content, cursor, end_line)
                if found:
                    cursor = (found[0], found[1] + len(child.content))
            builder.space((cell, cursor[0] + 1, cursor[1] + 1))
            continue
        if skip:
            continue
        if child.type in ("softbreak", "hardbreak"):
            builder.space((cell, cursor[0] + 1, cursor[1] + 1))
            continue
        if child.type != "text" or not child.content:
            continue
        content = child.content
        found = _find(lines, content, cursor, end_line)
        if found:
            line, col = found
            builder.add_run(content, (cell, line + 1, col + 1))
            cursor = (line, col + len(content))
        else:  # an entity or escape changed the text: keep the cursor's position
            builder.add_run(content, (cell, cursor[0] + 1, cursor[1] + 1), step=0)
    return cursor


# ------------------------------------------------------------------ plain text
BULLET_RE = re.compile(r"^(\s*)(?:[•◦▪‣*\-–+]|\(?\d{1,3}[.)]|\[\d{1,3}\]|[a-z][.)])\s+")


def _heading_like(line: str) -> bool:
    s = line.strip()
    if not s or len(s) > 100 or BULLET_RE.match(line):
        return False
    if s[-1] in ".,;:\"”'’)" or len(s.split()) > 14:
        return False
    return s[0].isupper() or s[0].isdigit()


def read_text(text: str) -> list[Block]:
    """Paragraphs split by blank lines; bullet or numbered lines start items; short lines
    without final punctuation stand alone as headings."""
    lines = text.split("\n")
    out = _Blocks(heading_level=0)
    for number, line in enumerate(lines, start=1):
        if not line.strip() or re.match(r"\s*(?:#|//|<!--|\.\.)?\s*glfcheck:", line, re.IGNORECASE):
            out.flush()  # a directive line is not prose
            continue
        nxt = lines[number] if number < len(lines) else ""
        if out.builder is None and _heading_like(line) and (not nxt.strip() or nxt.lstrip()[:1].isupper()
                                                           or BULLET_RE.match(nxt)):
            _add_line(out.start("heading"), line, number)
            out.flush()
            continue
        bullet = BULLET_RE.match(line)
        if bullet:
            _add_line(out.start("item"), line, number, _marker_end(bullet))
            continue
        if out.builder is None:
            out.start("paragraph")
        else:
            out.builder.space((0, number, 1))
        _add_line(out.builder, line, number)
    out.flush()
    return out.blocks


def _marker_end(bullet: re.Match) -> int:
    """Skip a bullet sign but keep a number: "1." labels a reference entry."""
    marker = bullet.group(0).strip()
    return bullet.start() if marker[:1].isdigit() or marker[:1] in "([" else bullet.end()


def _add_line(builder: _Builder, line: str, number: int, start: int = 0) -> None:
    builder.add_run(line[start:], (0, number, start + 1))


# ------------------------------------------------------------------ reStructuredText
RST_ADORN_RE = re.compile(r"^([=\-`:'\"~^_*+#<>.])\1{2,}\s*$")
RST_INLINE_RE = re.compile(r"``[^`]+``|:[\w:-]+:`[^`]*`|`([^`<]*?)\s*<[^>]*>`__?|`([^`]+)`_{0,2}|\*\*|\*|\[[#\w-]*\]_")


def read_rst(text: str) -> list[Block]:
    """A careful reader for prose in reStructuredText: skips directives and their bodies,
    comments, literal blocks (after `::`) and section adornments; strips inline markup."""
    lines = text.split("\n")
    keep = [True] * len(lines)
    headings: set[int] = set()
    i = 0
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        if RST_ADORN_RE.match(line):
            keep[i] = False
            if i > 0 and lines[i - 1].strip() and not RST_ADORN_RE.match(lines[i - 1]):
                headings.add(i - 1)
            i += 1
            continue
        literal = stripped.startswith("..") or stripped.endswith("::")
        if literal:
            indent = len(line) - len(line.lstrip())
            if stripped.startswith(".."):
                keep[i] = False
            elif stripped == "::":
                keep[i] = False
            j = i + 1
            while j < len(lines) and (not lines[j].strip() or len(lines[j]) - len(lines[j].lstrip()) > indent):
                keep[j] = False
                j += 1
            if stripped.endswith("::") and not stripped.startswith(".."):
                lines[i] = line[: line.rstrip().rfind("::") + 1]  # "text::" reads "text:"
            i = j
            continue
        i += 1
    out = _Blocks(heading_level=1)
    for index, line in enumerate(lines):
        if not keep[index] or not line.strip():
            out.flush()
            continue
        if index in headings:
            _add_rst_line(out.start("heading"), line, index + 1)
            out.flush()
            continue
        if BULLET_RE.match(line):
            out.start("item")
        elif out.builder is None:
            out.start("paragraph")
        else:
            out.builder.space((0, index + 1, 1))
        _add_rst_line(out.builder, line, index + 1)
    out.flush()
    return out.blocks


def _add_rst_line(builder: _Builder, line: str, number: int) -> None:
    pos = 0
    for m in RST_INLINE_RE.finditer(line):
        _add_span(builder, line, number, pos, m.start())
        token = m.group(0)
        label = m.group(1) if m.group(1) is not None else m.group(2)
        if label is not None:
            start = m.start() + token.index(label)
            _add_span(builder, line, number, start, start + len(label))
        elif token.startswith("``") or token.startswith(":"):
            builder.space((0, number, m.start() + 1))
        pos = m.end()
    _add_span(builder, line, number, pos, len(line))


def _add_span(builder: _Builder, line: str, number: int, start: int, end: int) -> None:
    builder.add_run(line[start:end], (0, number, start + 1))


# ------------------------------------------------------------------ HTML
class _HTMLReader(HTMLParser):
    SKIP = {"script", "style", "noscript", "template", "head", "title", "code", "pre", "svg", "math",
            "textarea", "select", "button"}
    BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th", "blockquote", "div", "section",
              "article", "header", "footer", "main", "aside", "nav", "dt", "dd", "figcaption", "caption",
              "br", "hr", "tr", "table", "ul", "ol", "dl", "body", "html", "figure", "details", "summary"}
    VOID = {"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed", "source", "track", "wbr"}

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=False)
        self.lines = text.split("\n")
        self.blocks: list[Block] = []
        self.builder = _Builder()
        self.stack: list[str] = []
        self.skip_depth = 0
        self.hidden_depth = 0
        self.directives: list[Directive] = []
        self.counters: list[int | None] = []  # per open list: the next number of an <ol>, None for <ul>
        self.label = ""

    def _kind(self) -> tuple[str, int]:
        for tag in reversed(self.stack):
            if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
                return "heading", int(tag[1])
            if tag == "li":
                return "item", 0
            if tag in ("td", "th"):
                return "cell", 0
            if tag == "blockquote":
                return "quote", 0
        return "paragraph", 0

    def _flush(self) -> None:
        kind, level = self._kind()
        block = self.builder.block(kind, level)
        if block:
            self.blocks.append(replace(block, label=self.label) if kind == "item" and self.label else block)
            self.label = ""
        self.builder = _Builder()

    def _count(self, tag: str, attrs: dict) -> None:
        """Numbers of <ol> items, so a numbered reference list keeps its labels."""
        if tag == "ol":
            start = str(attrs.get("start") or "1")
            self.counters.append(int(start) if start.isdigit() else 1)
        elif tag == "ul":
            self.counters.append(None)
        elif tag == "li" and self.counters and self.counters[-1] is not None:
            value = str(attrs.get("value") or "")
            number = int(value) if value.isdigit() else self.counters[-1]
            self.label, self.counters[-1] = str(number), number + 1

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        hidden = "hidden" in attrs or attrs.get("aria-hidden") == "true" or re.search(
            r"display\s*:\s*none|visibility\s*:\s*hidden", attrs.get("style") or "")
        if tag in self.BLOCKS:
            self._flush()
        if tag in self.VOID:
            return
        self._count(tag, attrs)
        self.stack.append(tag)
        if tag in self.SKIP or self.skip_depth or hidden:
            self.skip_depth += 1

    def handle_startendtag(self, tag, attrs):
        if tag in self.BLOCKS:
            self._flush()

    def handle_endtag(self, tag):
        if tag in self.VOID:
            if tag in self.BLOCKS:
                self._flush()
            return
        if tag not in self.stack:
            return
        if tag in self.BLOCKS:
            self._flush()  # while the element is still open, so the block knows its kind
        if tag in ("ol", "ul") and self.counters:
            self.counters.pop()
        while self.stack:
            top = self.stack.pop()
            if self.skip_depth:
                self.skip_depth -= 1
            if top == tag:
                break
        if tag in self.BLOCKS:
            self._flush()

    def _add(self, data: str, shown: str | None = None) -> None:
        if self.skip_depth:
            return
        line, col = self.getpos()
        if shown is not None:  # an entity: one character standing for the reference
            self.builder.add_run(shown, (0, line, col + 1), step=0)
            return
        positions = []
        for ch in data:
            positions.append((0, line, col + 1))
            if ch == "\n":
                line, col = line + 1, 0
            else:
                col += 1
        self.builder.add(" ".join(data.split("\n")) if "\n" in data else data, positions)

    def handle_data(self, data):
        self._add(data)

    def handle_entityref(self, name):
        from html import unescape

        self._add("", unescape(f"&{name};"))

    def handle_charref(self, name):
        from html import unescape

        self._add("", unescape(f"&#{name};"))

    def handle_comment(self, data):
        line, col = self.getpos()
        for d in _directives_in(data):
            _, dline, dcol = d.pos
            self.directives.append(Directive(d.action, d.ids, (0, line + dline - 1, (col + 4 + dcol) if dline == 1 else dcol), d.text))


def read_html(text: str) -> tuple[list[Block], list[Directive]]:
    reader = _HTMLReader(text)
    reader.feed(text)
    reader.close()
    reader._flush()
    return reader.blocks, reader.directives


# ------------------------------------------------------------------ notebooks and Word
def read_notebook(text: str, path: str) -> tuple[list[Block], list[Directive]]:
    try:
        notebook = json.loads(text)
        cells = notebook["cells"]
        if not isinstance(cells, list):
            raise TypeError
    except (ValueError, KeyError, TypeError):
        raise InputError("not a Jupyter notebook (no list of cells in its JSON)", path=path) from None
    blocks: list[Block] = []
    directives: list[Directive] = []
    for number, cell in enumerate(cells, start=1):
        if not isinstance(cell, dict) or cell.get("cell_type") != "markdown":
            continue
        source = cell.get("source", "")
        source = "".join(source) if isinstance(source, list) else str(source)
        source = _newlines(source)
        blocks.extend(read_markdown(source, cell=number))
        directives.extend(_directives_in(source, number, comments_only=True))
    return blocks, directives


def read_docx(data: bytes, path: str) -> tuple[list[Block], list[Directive]]:
    import io
    import zipfile

    try:
        import docx  # python-docx
    except ImportError:  # pragma: no cover - a declared dependency
        raise InputError("reading .docx needs python-docx (pip install python-docx)", path=path) from None
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise InputError(f"not a Word .docx document ({exc.__class__.__name__})", path=path) from None
    blocks: list[Block] = []
    directives: list[Directive] = []
    counter = 0  # consecutive "List Number" paragraphs are numbered 1, 2, ...
    for number, paragraph in enumerate(document.paragraphs, start=1):
        text = paragraph.text
        style = (paragraph.style.name if paragraph.style is not None else "") or ""
        directives.extend(Directive(d.action, d.ids, (0, number, d.pos[2]), d.text) for d in _directives_in(text))
        if "glfcheck:" in text.lower():
            continue
        if style.startswith("Heading") or style == "Title":
            kind, level = "heading", int(style.split()[-1]) if style.split()[-1].isdigit() else 1
        elif "List" in style:
            kind, level = "item", 0
        elif style in ("Quote", "Intense Quote"):
            kind, level = "quote", 0
        else:
            kind, level = "paragraph", 0
        counter = counter + 1 if "List Number" in style else 0
        builder = _Builder()
        builder.add_run(text, (0, number, 1))
        block = builder.block(kind, level)
        if block:
            blocks.append(replace(block, label=str(counter)) if counter else block)
    return blocks, directives


# ------------------------------------------------------------------ entry points
def parse(data: bytes, path: str, kind: str) -> Document:
    """Read the bytes of one document of a known kind."""
    if kind == "docx":
        blocks, directives = read_docx(data, path)
        return Document(path, kind, tuple(blocks), tuple(directives))
    text, notes = decode(data, path)
    if len(text) > MAX_CHARS and kind != "notebook":  # a notebook's JSON cannot be cut
        text, note = _cut(text)
        notes = (*notes, note)
    if kind == "markdown":
        blocks, directives = read_markdown(text), _directives_in(text, comments_only=True)
    elif kind == "rst":
        blocks, directives = read_rst(text), _directives_in(text, comments_only=True)
    elif kind == "html":
        blocks, directives = read_html(text)
    elif kind == "notebook":
        blocks, directives = read_notebook(text, path)
    elif kind == "text":
        blocks, directives = read_text(text), _directives_in(text)
    else:
        raise InputError(f"unknown document kind {kind!r}", path=path)
    return Document(path, kind, tuple(blocks), tuple(directives), notes)


def _cut(text: str) -> tuple[str, str]:
    """The text up to the last line break within MAX_CHARS (or exactly MAX_CHARS), and a note."""
    end = text.rfind("\n", 0, MAX_CHARS)
    end = end if end > 0 else MAX_CHARS
    lines = text.count("\n", 0, end) + 1
    return text[:end], (f"only the first {end:,} of {len(text):,} characters were read (up to line {lines:,}); "
                        f"glfcheck reads at most {MAX_CHARS:,} characters of a document")


def read(path: str | Path, kind: str | None = None) -> Document:
    """Read one file; a file that cannot be read is an InputError naming it."""
    kind = kind or kind_of(path)
    if kind is None:
        raise InputError(f"unknown kind of document (known: {', '.join(sorted(KINDS))})", path=str(path))
    try:
        size = Path(path).stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError(f"too large to lint ({size / 2**20:,.0f} MB; the limit is "
                             f"{MAX_FILE_BYTES // 2**20} MB)", path=str(path))
        data = Path(path).read_bytes()
    except IsADirectoryError:
        raise InputError("is a folder", path=str(path)) from None
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror or exc}", path=str(path)) from None
    return parse(data, str(path), kind)


def read_or_error(path: str) -> Document | InputError:
    """The document, or the InputError saying why it could not be read."""
    try:
        return read(path)
    except InputError as exc:
        return exc
