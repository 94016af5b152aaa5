"""A self-contained HTML report a teacher can hand back with an essay.

It opens with a summary read in seconds (counts by verdict and by severity, and every finding
as a link to its place in the text); the essay follows with only the wrong words marked (the
year, the figure, the name), each mark numbered and followed by a note saying in plain words
what the sources say, with each work's DOI or URL; the charts of the estimates a figure was set
against are inline SVG. Marks are underlined and carry a symbol, so they survive printing in
black and white; a print stylesheet turns the page into an annotated essay. No scripts and no
network: a Content-Security-Policy forbids every outside resource.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape
from typing import Sequence

from glfcheck import __version__
from glfcheck.base.estimates import Chart, Placement
from glfcheck.base.model import Quantity
from glfcheck.results import SEVERITIES, DocumentReport, EvidenceRef, Finding, summary
from glfcheck.render.chart import strip_svg, svg
from glfcheck.render.words import count

SYMBOLS = {"error": "✗", "warning": "?", "info": "i"}  # printed beside each mark: colour is not needed
SEVERITY_WORDS = {"error": "error", "warning": "warning", "info": "note"}
VERDICT_SYMBOLS = {"conflicting": "✗", "contested": "~", "supported": "✓", "unknown": "·"}
VERDICT_ORDER = ("conflicting", "contested", "supported", "unknown")
STANCE_WORDS = {"supports": "supports this", "refutes": "disputes this", "qualifies": "qualifies this",
                "cited": "the work cited"}
LINK_RE = re.compile(r"\s(https?://\S+)$")  # the DOI or URL a formatted reference ends with
HEADLINE = 140  # characters of a finding's message in the summary: about two lines
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

CSS = """
:root{--error:#b71c1c;--warning:#8a5a00;--info:#0d47a1;--ink:#1d1d1d;--muted:#5f5f5f}
*{box-sizing:border-box}
body{font:17px/1.6 Georgia,'Times New Roman',serif;max-width:46rem;margin:1.5rem auto;padding:0 1rem;color:var(--ink)}
h1{font-size:1.5rem;margin:.2rem 0} h2{font-size:1.2rem;border-bottom:1px solid #ccc;margin-top:2rem}
.meta{color:var(--muted);font:14px/1.4 system-ui,sans-serif}
.summary{font:15px/1.45 system-ui,sans-serif;border:1px solid #bbb;border-radius:6px;padding:.6rem 1rem;background:#fafafa}
.summary h2{margin-top:.2rem;border:0}
.counts{display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;margin:.3rem 0;padding:0;list-style:none}
.counts b{font-size:1.15rem}
.findings{margin:.5rem 0 .2rem;padding-left:1.8rem} .findings li{margin:.15rem 0}
.findings a{color:inherit;text-decoration:none;border-bottom:1px solid #bbb}
.findings .sym{display:inline-block;width:1.1rem;font-weight:bold}
.findings .error .sym{color:var(--error)} .findings .warning .sym{color:var(--warning)}
.findings .info .sym{color:var(--info)}
.block{margin:.6rem 0} .heading{font-weight:bold;font-size:1.1rem}
.s.conflicting{background:#fdf0f0} .s.contested{background:#fff7e0}
.s.supported{border-bottom:1px dotted #2e7d32}
mark{color:inherit;padding:0 .1em;border-radius:2px;text-decoration-thickness:2px;text-underline-offset:3px}
mark.error{background:#ffd6d6;text-decoration:underline wavy var(--error)}
mark.warning{background:#ffecb3;text-decoration:underline dashed var(--warning)}
mark.info{background:#dbe9fb;text-decoration:underline dotted var(--info)}
mark::before{font:bold .75em system-ui,sans-serif;vertical-align:super;margin-right:.1em}
mark.error::before{content:"\\2717";color:var(--error)} mark.warning::before{content:"?";color:var(--warning)}
mark.info::before{content:"i";color:var(--info)}
.anchor{scroll-margin-top:1rem} mark{scroll-margin-top:1rem}
a.ref{font:bold .7em system-ui,sans-serif;vertical-align:super;text-decoration:none;color:var(--muted);margin-left:.1em}
.f{font:15px/1.45 system-ui,sans-serif;margin:.3rem 0 .9rem 1rem;padding:.45rem .7rem;border-left:5px solid #999;
   background:#f7f7f7;scroll-margin-top:1rem}
.f.error{border-left:5px solid var(--error)} .f.warning{border-left:5px dashed var(--warning)}
.f.info{border-left:5px dotted var(--info)}
.f .head{margin:0 0 .2rem;color:var(--muted)} .f .num{font-weight:bold;color:var(--ink)}
.f .what{margin:.1rem 0} .f .say{margin:.3rem 0} .f ul{margin:.2rem 0 0;padding-left:1.2rem}
.f li{margin:.2rem 0} .f .note{color:#333} .f .rule{color:var(--muted);font-size:.85em;margin:.3rem 0 0}
.f .placed{margin:.3rem 0}
svg{max-width:100%;height:auto;font:11px system-ui,sans-serif}
svg .group{font-weight:bold} svg .tick,svg .value{fill:#555} svg .figure-label{fill:#b71c1c;font-weight:bold}
svg.strip{width:22rem}
.legend{font:14px/1.4 system-ui,sans-serif;color:var(--muted)} .legend span{margin-right:1rem}
@media (max-width:600px){body{font-size:16px;margin:.5rem auto}.f{margin-left:0}.counts{gap:.2rem .8rem}}
@media print{
  @page{margin:1.8cm}
  body{max-width:none;margin:0;font-size:11pt;color:#000}
  .summary{border:1px solid #000;background:none;break-inside:avoid}
  .findings a{border:0}
  a[href^="http"]::after{content:" <" attr(href) ">";font-size:8.5pt;word-break:break-all}
  .f{break-inside:avoid;background:none;border-left-color:#000}
  .s.conflicting,.s.contested{background:none}
  mark{background:none}
  h2{break-after:avoid}
}
"""


@dataclass(frozen=True)
class _Numbered:
    number: int
    finding: Finding


def render(reports: Sequence[DocumentReport]) -> str:
    numbered: list[list[_Numbered]] = []
    n = 0
    for report in reports:
        items = []
        for f in sorted(report.findings, key=lambda f: f.sort_key):
            n += 1
            items.append(_Numbered(n, f))
        numbered.append(items)
    charts = _charts([item for items in numbered for item in items])
    body = "\n".join(_document(r, items) for r, items in zip(reports, numbered))
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
            f'<meta name="generator" content="glfcheck {escape(__version__)}">'
            f"<title>glfcheck report</title><style>{CSS}</style></head><body>"
            f"<header><h1>glfcheck report</h1><p class=\"meta\">{count(len(reports), 'file')} checked against the "
            f"claims base · glfcheck {escape(__version__)}</p></header>\n"
            f"{_summary(reports, numbered)}\n<main>{_legend()}\n{body}</main>\n{_chart_section(charts)}"
            f"</body></html>\n")


# ------------------------------------------------------------------ summary
def _summary(reports: Sequence[DocumentReport], numbered: list[list[_Numbered]]) -> str:
    verdicts = {v: 0 for v in VERDICT_ORDER}
    for report in reports:
        for s in report.sentences:
            verdicts[s.verdict] = verdicts.get(s.verdict, 0) + 1
    severities = summary(f for r in reports for f in r.findings)
    verdict_items = "".join(f'<li class="{v}"><b>{verdicts[v]}</b> {VERDICT_SYMBOLS[v]} {v}</li>'
                            for v in VERDICT_ORDER)
    severity_items = "".join(f'<li class="{s}"><b>{severities[s]}</b> {SYMBOLS[s]} {SEVERITY_WORDS[s]}'
                             f'{"s" if severities[s] != 1 else ""}</li>' for s in reversed(SEVERITIES))
    several = len(reports) > 1
    rows = []
    for report, items in zip(reports, numbered):
        for item in items:
            f = item.finding
            where = (f"{escape(report.document.path)}, " if several else "") + _where(f)
            rows.append(f'<li class="{f.severity}"><a href="#f-{item.number}"><span class="sym" aria-hidden="true">'
                        f'{SYMBOLS[f.severity]}</span>{where}: {escape(_headline(f))}</a></li>')
    listing = (f'<ol class="findings">{"".join(rows)}</ol>' if rows
               else "<p>No findings: nothing in the text conflicts with the claims base.</p>")
    return (f'<section class="summary" id="summary" aria-label="Summary"><h2>Summary</h2>'
            f'<p>Sentences checked:</p><ul class="counts verdicts">{verdict_items}</ul>'
            f'<p>Findings:</p><ul class="counts severities">{severity_items}</ul>{listing}</section>')


def _where(f: Finding) -> str:
    return (f"cell {f.cell}, " if f.cell else "") + f"line {f.line}"


def _headline(f: Finding, short: bool = True) -> str:
    """What is wrong, without the claim id it was judged by (the note names it); for the
    summary, cut to one line."""
    message = re.sub(r"^conflicts with claim [\w-]+: ", "", f.message)
    return message if not short or len(message) <= HEADLINE else message[:HEADLINE - 1].rstrip() + "…"


def _legend() -> str:
    return ('<p class="legend"><span><mark class="error">wrong</mark> conflicts with the sources</span>'
            '<span><mark class="warning">disputed</mark> scholars disagree: say whose figure</span>'
            '<span class="s supported">dotted</span> supported</p>')


# ------------------------------------------------------------------ the text
@dataclass(frozen=True)
class _Mark:
    start: int
    end: int  # == start for an anchor where nothing can be marked
    number: int
    severity: str
    first: bool  # the first mark of its finding carries the id the summary links to


def _document(report: DocumentReport, items: list[_Numbered]) -> str:
    doc = report.document
    by_block: dict[int, list] = {}
    for s in report.sentences:
        by_block.setdefault(s.block, []).append(s)
    pending = list(items)
    out = [f"<article><h2>{escape(doc.path)}</h2>"]
    for index, block in enumerate(doc.blocks):
        last = block.positions[-1] if block.positions else (0, 0, 0)
        here = []
        while pending and ((pending[0].finding.cell or 0), pending[0].finding.line, pending[0].finding.column) <= last:
            here.append(pending.pop(0))
        marks = _marks(block, here)
        sentences = sorted(by_block.get(index, []), key=lambda s: s.start)
        out.append(f'<div class="block {block.kind}">{_text(block.text, sentences, marks)}</div>')
        out.extend(_note(item, anchored=any(m.number == item.number for m in marks)) for item in here)
    out.extend(_note(item, anchored=False) for item in pending)
    out.append("</article>")
    return "\n".join(out)


def _marks(block, items: list[_Numbered]) -> list[_Mark]:  # noqa: ANN001 - a documents Block
    """Where each finding's wrong words are in the block's text: the reason's words inside the
    finding's sentence, or the whole span of a citation or a reference entry."""
    if not items:
        return []
    offsets: dict[tuple, int] = {}
    for i in range(len(block.text)):
        offsets.setdefault(block.pos(i), i)
    marks: list[_Mark] = []
    for item in items:
        f = item.finding
        start = offsets.get((f.cell or 0, f.line, f.column))
        if start is None:
            continue
        end = offsets.get((f.cell or 0, f.end_line, f.end_column - 1), start) + 1
        found = []
        if f.marks:
            span = block.text[start:end].lower()
            for words in f.marks:
                at = span.find(words.lower())
                if at >= 0:
                    found.append((start + at, start + at + len(words)))
        elif f.kind in ("reference", "suppression"):
            found.append((start, end))
        if not found:
            found = [(start, start)]  # the finding's place, with nothing to mark
        for i, (a, b) in enumerate(sorted(found)):
            marks.append(_Mark(a, b, item.number, f.severity, i == 0))
    marks.sort(key=lambda m: (m.start, m.end))
    kept: list[_Mark] = []
    for m in marks:  # overlapping marks: the first is drawn, the other keeps an anchor at its start
        if kept and m.start < kept[-1].end and m.end > m.start:
            m = _Mark(m.start, m.start, m.number, m.severity, m.first)
        kept.append(m)
    return kept


def _text(text: str, sentences: list, marks: list[_Mark]) -> str:
    """The block's text with sentences coloured by verdict and the marks inside them."""
    pieces: list[str] = []
    cursor = 0
    for s in sentences:
        pieces.append(_marked(text, cursor, s.start, marks))
        title = s.verdict + (f": {s.claim_id}" if s.claim_id else "")
        pieces.append(f'<span class="s {s.verdict}" title="{escape(title)}">{_marked(text, s.start, s.end, marks)}'
                      f"</span>")
        cursor = s.end
    pieces.append(_marked(text, cursor, len(text), marks))
    return "".join(pieces)


def _marked(text: str, start: int, end: int, marks: list[_Mark]) -> str:
    pieces: list[str] = []
    cursor = start
    for m in marks:
        if m.start < start or m.start >= end and not (m.start == end == len(text)) or m.start < cursor:
            continue
        pieces.append(escape(text[cursor:m.start]))
        ident = f' id="f-{m.number}"' if m.first else ""
        ref = f'<a class="ref" href="#n-{m.number}" aria-label="note {m.number}">{m.number}</a>' if m.first else ""
        if m.end > m.start:
            stop = min(m.end, end)
            pieces.append(f'<mark class="{m.severity}"{ident}>{escape(text[m.start:stop])}</mark>{ref}')
            cursor = stop
        else:
            pieces.append(f'<span class="anchor"{ident}></span>{ref}')
            cursor = m.start
    pieces.append(escape(text[cursor:end]))
    return "".join(pieces)


# ------------------------------------------------------------------ the notes
def _note(item: _Numbered, anchored: bool) -> str:
    f = item.finding
    n = item.number
    back = f' · <a href="#f-{n}">back to the text</a>' if anchored else ""
    target = "" if anchored else f'<span class="anchor" id="f-{n}"></span>'
    parts = [f'<aside class="f {f.severity}" id="n-{n}">{target}<p class="head"><span class="num">{n}</span> '
             f'{SYMBOLS[f.severity]} {SEVERITY_WORDS[f.severity]} · {_where(f)}, column {f.column}{back}</p>',
             f'<p class="what">{escape(_headline(f, short=False))}</p>']
    if f.suggestion:
        parts.append(f'<p class="say"><b>What the sources say:</b> {escape(f.suggestion)}</p>')
    if f.placement is not None:
        parts.append(_placed(f.placement, n))
    if f.evidence:
        parts.append("<ul>" + "".join(_work(e) for e in f.evidence) + "</ul>")
    about = f" · claim {escape(f.claim_id)}" if f.claim_id else ""
    parts.append(f'<p class="rule">rule {escape(f.rule)}{about}</p></aside>')
    return "".join(parts)


def _placed(placement: Placement, number: int) -> str:
    return (f'<div class="placed">{strip_svg(placement, f"[{number}]")}<br>{escape(placement.summary())} '
            f'(<a href="#{_chart_id(placement.chart)}">all the estimates</a>)</div>')


def _work(e: EvidenceRef) -> str:
    """One work in plain words: who, what it says on the point, and a link to it."""
    citation, link = e.citation, ""
    found = LINK_RE.search(citation)
    if found:
        url = found.group(1)
        citation = citation[:found.start()]
        link = f' <a href="{escape(url)}">{escape(url.removeprefix("https://"))}</a>'
    where = f", p. {escape(e.locator)}" if e.locator else ""
    note = f'<br><span class="note">{escape(e.note)}</span>' if e.note else ""
    return (f"<li>{escape(citation)}{where}{link} — <i>{escape(STANCE_WORDS.get(e.stance, e.stance))}</i>"
            f"{note}</li>")


# ------------------------------------------------------------------ the charts
def _chart_id(chart: Chart) -> str:
    return f"chart-{chart.measure}" + (f"-{chart.estimates[0].quantity.period}" if chart.series and chart.estimates
                                       else "")


def _charts(items: list[_Numbered]) -> dict[str, tuple[Chart, list[tuple[str, Quantity]]]]:
    charts: dict[str, tuple[Chart, list[tuple[str, Quantity]]]] = {}
    for item in items:
        placement = item.finding.placement
        if placement is None:
            continue
        key = _chart_id(placement.chart)
        charts.setdefault(key, (placement.chart, []))[1].append((f"[{item.number}]", placement.figure))
    return charts


def _chart_section(charts: dict[str, tuple[Chart, list[tuple[str, Quantity]]]]) -> str:
    if not charts:
        return ""
    parts = ['<section class="charts" id="charts"><h2>The estimates behind the figures</h2>'
             '<p class="meta">Every estimate the claims base holds, one row per work, grouped by method; the '
             "shaded band is the consensus range; red bars are the essay's figures, numbered as the notes.</p>"]
    for key, (chart, figures) in charts.items():
        parts.append(svg(chart, tuple(figures), chart_id=key))
    parts.append("</section>")
    return "\n".join(parts)
