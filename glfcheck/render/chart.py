"""Drawing the estimates of a measure: a chart for the terminal (rich colours on a terminal,
plain ASCII text elsewhere), a one-line strip that shows where a statement's figure falls, and
the same two as inline SVG for the HTML report. Every function returns text; the figures come
from glfcheck.base.estimates, nothing here decides or gathers them."""

from __future__ import annotations

import io
from dataclasses import dataclass
from enum import Enum
from html import escape

from glfcheck.base.estimates import Chart, Estimate, Method, Placement, Scale, tick_label
from glfcheck.base.model import Quantity, describe

LABEL_WIDTH = 26  # "  Ashton et al. (1984)" fits; a longer name is cut, never its year
VALUE_WIDTH = 9  # "16.5–45M", "≥45M"
MIN_PLOT = 20  # narrower than this a chart says nothing
STRIP_MAX = 56  # a strip under a finding need not be wider than this to tell where a figure falls
INDENT = "  "


class Glyphs(Enum):
    """The marks of a chart: Unicode on a terminal, ASCII in plain text (mail, logs, files)."""

    UNICODE = ("●", "━", "▶", "◀", "░", "┊", "▲", "≥", "≤", "…")
    ASCII = ("o", "=", ">", "<", ":", "|", "^", ">=", "<=", "~")

    @property
    def point(self) -> str:
        return self.value[0]

    @property
    def span(self) -> str:
        return self.value[1]

    @property
    def beyond(self) -> str:
        return self.value[2]

    @property
    def below(self) -> str:
        return self.value[3]

    @property
    def shade(self) -> str:
        return self.value[4]

    @property
    def tick(self) -> str:
        return self.value[5]

    @property
    def pointer(self) -> str:
        return self.value[6]

    @property
    def at_least(self) -> str:
        return self.value[7]

    @property
    def at_most(self) -> str:
        return self.value[8]

    @property
    def cut(self) -> str:
        return self.value[9]


METHOD_STYLES = {
    Method.DEMOGRAPHIC: "bold blue",
    Method.GAZETTEERS: "bold cyan",
    Method.ARCHIVAL: "bold magenta",
    Method.OFFICIAL: "bold yellow",
    Method.SECONDARY: "white",
    None: "bright_black",
}
SHADE_STYLE = "green"


def compact(q: Quantity, glyphs: Glyphs = Glyphs.UNICODE) -> str:
    """A figure in a few characters: '27M', '16.5–30M', '≥45M', '30–37%'."""
    dash = "–" if glyphs is Glyphs.UNICODE else "-"
    low, high = tick_label(q.low, q.unit), tick_label(q.high, q.unit)
    if q.is_range:
        suffix = next((s for s in ("M", "k", "%") if low.endswith(s) and high.endswith(s)), "")
        text = f"{low[:len(low) - len(suffix)]}{dash}{high}"
    else:
        text = low
    return {"lower": glyphs.at_least, "upper": glyphs.at_most}.get(q.bound or "", "") + text


@dataclass(frozen=True)
class _Row:
    cells: list[str]  # one character (or glyph) per plot cell
    marked: set[int]  # the cells an estimate occupies (drawn in its colour)


def _plot_row(q: Quantity, scale: Scale, width: int, glyphs: Glyphs, shade: tuple[int, int] | None) -> _Row:
    cells = [" "] * width
    for tick in scale.ticks:
        cells[scale.at(tick, width)] = glyphs.tick
    if shade is not None:
        for i in range(shade[0], shade[1] + 1):
            cells[i] = glyphs.shade
    low, high = scale.at(q.low, width), scale.at(q.high, width)
    marked = set(range(low, high + 1))
    for i in range(low, high + 1):
        cells[i] = glyphs.span
    cells[low] = glyphs.point
    cells[high] = glyphs.point
    if q.bound == "lower" and high + 1 < width:
        cells[high + 1] = glyphs.beyond
        marked.add(high + 1)
    elif q.bound == "upper" and low > 0:
        cells[low - 1] = glyphs.below
        marked.add(low - 1)
    return _Row(cells, marked)


def _axis(scale: Scale, width: int, unit: str) -> str:
    """Tick labels over their cells, each left out where it would run into the one before."""
    line = [" "] * (width + VALUE_WIDTH)
    free = 0
    for tick in scale.ticks:
        label = tick_label(tick, unit)
        at = scale.at(tick, width)
        start = max(0, min(at - len(label) // 2, len(line) - len(label)))
        if start >= free:
            line[start:start + len(label)] = label
            free = start + len(label) + 1
    return "".join(line).rstrip()


def _label(text: str, glyphs: Glyphs) -> str:
    """The label in its column: a long name is cut short before its year, which stays."""
    room = LABEL_WIDTH - len(INDENT) - 1
    if len(text) <= room:
        return text
    year = text[text.rfind(" ("):] if text.endswith(")") and " (" in text else ""
    name = text[:len(text) - len(year)]
    return name[:room - len(year) - len(glyphs.cut)].rstrip() + glyphs.cut + year


def title(chart: Chart) -> str:
    works = {w for e in chart.estimates for w in e.works}
    kind = "by year" if chart.series else "by method"
    figures = f"{len(chart.estimates)} figure{'s' if len(chart.estimates) != 1 else ''}"
    return f"Estimates of {chart.measure} ({chart.unit}): {figures} from {_works(len(works))}, {kind}"


def _works(n: int) -> str:
    return f"{n} work{'s' if n != 1 else ''}"


def legend(chart: Chart, glyphs: Glyphs) -> str:
    parts = [f"{glyphs.point} a figure", f"{glyphs.point}{glyphs.span}{glyphs.span}{glyphs.point} a range",
             f"{glyphs.point}{glyphs.beyond} at least"]
    if chart.consensus is not None:
        parts.append(f"{glyphs.shade * 2} consensus {compact(chart.consensus, glyphs)}")
    return "   ".join(parts)


def render_text(chart: Chart, *, color: bool = False, width: int = 80) -> str:
    """The whole chart, one row per estimate on a shared scale, at most `width` columns."""
    glyphs = Glyphs.UNICODE if color else Glyphs.ASCII
    plot = max(MIN_PLOT, width - LABEL_WIDTH - VALUE_WIDTH - 2)
    scale = Scale.of(chart.top)
    shade = _shade(chart, scale, plot)
    lines: list[tuple[str, list[tuple[str, str | None]]]] = []  # (plain, styled pieces)

    def add(*pieces: tuple[str, str | None]) -> None:
        lines.append(("".join(p for p, _ in pieces), list(pieces)))

    add((title(chart), "bold"))
    add((legend(chart, glyphs), None))
    if chart.consensus is not None:
        add((f"consensus: claim {chart.consensus_claim}, {describe(chart.consensus)}", "dim"))
    add(("", None))
    add((" " * LABEL_WIDTH + _axis(scale, plot, chart.unit), "dim"))
    for heading, rows in chart.groups():
        add((heading, "bold underline"))
        for estimate in rows:
            add(*_row_pieces(estimate, scale, plot, glyphs, shade))
    notes = _notes(chart)
    if notes:
        add(("", None))
        for note in notes:
            add((note, "dim"))
    if not color:
        return "".join(plain.rstrip() + "\n" for plain, _ in lines)
    return _rich(lines, width)


def _row_pieces(estimate: Estimate, scale: Scale, plot: int, glyphs: Glyphs,
                shade: tuple[int, int] | None) -> list[tuple[str, str | None]]:
    row = _plot_row(estimate.quantity, scale, plot, glyphs, shade)
    style = METHOD_STYLES[estimate.method]
    pieces: list[tuple[str, str | None]] = [(f"{INDENT}{_label(estimate.label, glyphs):<{LABEL_WIDTH - 2}}", None)]
    for i, cell in enumerate(row.cells):
        if i in row.marked:
            pieces.append((cell, style))
        elif cell == glyphs.shade:
            pieces.append((cell, SHADE_STYLE))
        else:
            pieces.append((cell, "dim"))
    pieces.append((" " + compact(estimate.quantity, glyphs), None))
    return pieces


def _shade(chart: Chart, scale: Scale, width: int) -> tuple[int, int] | None:
    if chart.consensus is None:
        return None
    return scale.at(chart.consensus.low, width), scale.at(chart.consensus.high, width)


def _notes(chart: Chart) -> list[str]:
    """Who reports the figures that are no work's own."""
    from_others = [e for e in chart.estimates if e.source_id is None]
    return [f"{e.label}: as reported in {', '.join(e.reported_labels)}" for e in from_others]


def _rich(lines: list[tuple[str, list[tuple[str, str | None]]]], width: int) -> str:
    from rich.console import Console
    from rich.text import Text

    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=True, width=width, highlight=False, soft_wrap=False)
    for _, pieces in lines:
        text = Text(no_wrap=True, overflow="crop")
        for piece, style in pieces:
            text.append(piece, style=style or "")
        console.print(text, no_wrap=True, overflow="crop", crop=True)
    return buffer.getvalue()


# ------------------------------------------------------------------ one line under a finding
def strip(placement: Placement, *, width: int = 80, ascii: bool = True) -> list[str]:
    """Three lines: every estimate on one line, the statement's figure pointed at under it, and
    in words how it compares. `width` is the room the caller has."""
    glyphs = Glyphs.ASCII if ascii else Glyphs.UNICODE
    chart = placement.chart
    scale = Scale.of(max(chart.top, placement.figure.high))
    zero, top = tick_label(0, chart.unit), tick_label(scale.top, chart.unit)
    cells_width = max(MIN_PLOT, min(STRIP_MAX, width - len(zero) - len(top) - 2))
    cells = [" "] * cells_width
    shade = _shade(chart, scale, cells_width)
    if shade is not None:
        for i in range(shade[0], shade[1] + 1):
            cells[i] = glyphs.shade
    for estimate in chart.estimates:
        q = estimate.quantity
        low, high = scale.at(q.low, cells_width), scale.at(q.high, cells_width)
        for i in range(low, high + 1):
            if cells[i] != glyphs.point:
                cells[i] = glyphs.span
        cells[low] = cells[high] = glyphs.point
    pointer = [" "] * cells_width
    low, high = scale.at(placement.figure.low, cells_width), scale.at(placement.figure.high, cells_width)
    for i in range(low, high + 1):
        pointer[i] = glyphs.pointer
    where = f" for {placement.period}" if placement.period else ""
    return [
        f"on the chart of {chart.measure}{where} (glfcheck estimates {chart.measure}):",
        f"{zero} {''.join(cells)} {top}",
        f"{' ' * (len(zero) + 1)}{''.join(pointer).rstrip()} {placement.words}",
        placement.summary(),
    ]


# ------------------------------------------------------------------ SVG for the HTML report
SVG_WIDTH = 640
SVG_LABEL = 170
SVG_VALUE = 70
SVG_ROW = 18
SVG_HEAD = 22
METHOD_FILLS = {
    Method.DEMOGRAPHIC: "#1f5fa8",
    Method.GAZETTEERS: "#127a7a",
    Method.ARCHIVAL: "#8a2f8a",
    Method.OFFICIAL: "#a06000",
    Method.SECONDARY: "#555555",
    None: "#777777",
}
SHADE_FILL = "#dcefdc"
STRIP_WIDTH, STRIP_HEIGHT = 360, 52  # the strip beside a finding: label above, dots, pointer, axis ends
STRIP_MARGIN, STRIP_LINE = 8, 26  # room at the ends, and the height of the line of dots
FIGURE_STROKE = "#c62828"


def svg(chart: Chart, figures: tuple[tuple[str, Quantity], ...] = (), *, chart_id: str = "") -> str:
    """The whole chart as inline SVG; `figures` are statements' figures drawn across it as red
    lines with their labels (finding numbers)."""
    plot = SVG_WIDTH - SVG_LABEL - SVG_VALUE
    scale = Scale.of(max([chart.top] + [q.high for _, q in figures]))

    def x(value: float) -> float:
        return round(SVG_LABEL + value / scale.top * plot, 1)

    groups = chart.groups()
    rows = sum(len(r) for _, r in groups) + len(groups)
    height = SVG_HEAD + rows * SVG_ROW + SVG_ROW
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {SVG_WIDTH} {height}" class="chart" role="img"'
           f' aria-labelledby="{chart_id}-title"{f" id={chr(34)}{chart_id}{chr(34)}" if chart_id else ""}>',
           f'<title id="{chart_id}-title">{escape(title(chart))}</title>']
    bottom = height - SVG_ROW
    if chart.consensus is not None:
        c = chart.consensus
        out.append(f'<rect class="consensus" x="{x(c.low)}" y="{SVG_HEAD - 6}" width="{x(c.high) - x(c.low)}" '
                   f'height="{bottom - SVG_HEAD + 6}" fill="{SHADE_FILL}"><title>consensus {escape(describe(c))} '
                   f'(claim {escape(chart.consensus_claim or "")})</title></rect>')
    for tick in scale.ticks:
        out.append(f'<line x1="{x(tick)}" y1="{SVG_HEAD - 6}" x2="{x(tick)}" y2="{bottom}" stroke="#ccc" '
                   f'stroke-dasharray="2 3"/><text x="{x(tick)}" y="{SVG_HEAD - 10}" text-anchor="middle" '
                   f'class="tick">{escape(tick_label(tick, chart.unit))}</text>')
    y = SVG_HEAD
    for heading, estimates in groups:
        y += SVG_ROW
        out.append(f'<text x="4" y="{y - 4}" class="group">{escape(heading)}</text>')
        for estimate in estimates:
            y += SVG_ROW
            out.append(_svg_row(estimate, x, y - 5, plot + SVG_LABEL))
    for label, q in figures:
        x1, x2 = x(q.low), x(q.high)
        out.append(f'<rect class="figure" x="{x1 - 1}" y="{SVG_HEAD - 6}" width="{max(2.0, x2 - x1 + 2)}" '
                   f'height="{bottom - SVG_HEAD + 6}" fill="{FIGURE_STROKE}" fill-opacity="0.55">'
                   f'<title>{escape(label)}: {escape(describe(q))}</title></rect>'
                   f'<text x="{x1}" y="{bottom + 13}" text-anchor="middle" class="figure-label">'
                   f'{escape(label)}</text>')
    out.append("</svg>")
    return "".join(out)


def _svg_row(estimate: Estimate, x, y: float, right: float) -> str:  # noqa: ANN001 - x maps a value to a position
    q = estimate.quantity
    fill = METHOD_FILLS[estimate.method]
    parts = [f'<g class="estimate"><title>{escape(estimate.label)}: {escape(describe(q))}'
             f'{", " + escape(q.period) if q.period else ""}</title>',
             f'<text x="12" y="{y + 4}" class="label">{escape(estimate.label)}</text>']
    x1, x2 = x(q.low), x(q.high)
    if q.is_range:
        parts.append(f'<line x1="{x1}" y1="{y}" x2="{x2}" y2="{y}" stroke="{fill}" stroke-width="4"/>')
    parts.append(f'<circle cx="{x1}" cy="{y}" r="4" fill="{fill}"/>')
    if q.is_range:
        parts.append(f'<circle cx="{x2}" cy="{y}" r="4" fill="{fill}"/>')
    if q.bound == "lower":
        parts.append(f'<path d="M{x2 + 6} {y - 4} L{x2 + 13} {y} L{x2 + 6} {y + 4} Z" fill="{fill}"/>')
    elif q.bound == "upper":
        parts.append(f'<path d="M{x1 - 6} {y - 4} L{x1 - 13} {y} L{x1 - 6} {y + 4} Z" fill="{fill}"/>')
    parts.append(f'<text x="{right + 6}" y="{y + 4}" class="value">{escape(compact(q))}</text></g>')
    return "".join(parts)


def strip_svg(placement: Placement, label: str = "") -> str:
    """One line of every estimate with the statement's figure marked: the picture beside a finding."""
    chart = placement.chart
    width, height, left, right, line = STRIP_WIDTH, STRIP_HEIGHT, STRIP_MARGIN, STRIP_MARGIN, STRIP_LINE
    scale = Scale.of(max(chart.top, placement.figure.high))

    def x(value: float) -> float:
        return round(left + value / scale.top * (width - left - right), 1)

    out = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" class="strip" role="img" '
           f'aria-label="{escape(placement.summary())}">']
    if chart.consensus is not None:
        c = chart.consensus
        out.append(f'<rect x="{x(c.low)}" y="{line - 8}" width="{x(c.high) - x(c.low)}" height="16" '
                   f'fill="{SHADE_FILL}"/>')
    out.append(f'<line x1="{left}" y1="{line}" x2="{width - right}" y2="{line}" stroke="#999"/>')
    for estimate in chart.estimates:
        q = estimate.quantity
        fill = METHOD_FILLS[estimate.method]
        if q.is_range:
            out.append(f'<line x1="{x(q.low)}" y1="{line}" x2="{x(q.high)}" y2="{line}" stroke="{fill}" '
                       f'stroke-width="3"/>')
        out.append(f'<circle cx="{x(q.low)}" cy="{line}" r="3.5" fill="{fill}" fill-opacity="0.8">'
                   f'<title>{escape(estimate.label)}: {escape(describe(q))}</title></circle>')
    f1, f2 = x(placement.figure.low), x(placement.figure.high)
    out.append(f'<path d="M{f1} {line + 9} L{f1 - 5} {line + 18} L{f2 + 5} {line + 18} L{f2} {line + 9} Z" '
               f'fill="{FIGURE_STROKE}"/>')
    out.append(f'<text x="{left}" y="{height - 2}" class="tick">{escape(tick_label(0, chart.unit))}</text>'
               f'<text x="{width - right}" y="{height - 2}" text-anchor="end" class="tick">'
               f'{escape(tick_label(scale.top, chart.unit))}</text>')
    words = f"{label} {placement.words}".strip()
    anchor = "end" if f1 > width / 2 else "start"
    out.append(f'<text x="{f1}" y="11" text-anchor="{anchor}" class="figure-label">{escape(words)}</text></svg>')
    return "".join(out)
