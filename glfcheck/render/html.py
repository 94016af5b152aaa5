"""A self-contained HTML report a teacher can open: every checked sentence coloured by its
verdict, findings beside it with their evidence. No scripts, no external resources."""

from __future__ import annotations

from html import escape
from typing import Sequence

from glfcheck import __version__
from glfcheck.results import DocumentReport, Finding, summary

CSS = """
body{font:16px/1.55 Georgia,serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.4rem} h2{font-size:1.15rem;border-bottom:1px solid #ccc;margin-top:2.5rem}
.s{border-radius:3px;padding:0 2px} .supported{background:#d9f2d9} .conflicting{background:#f8d0d0}
.contested{background:#fbeec1} .unknown{background:transparent}
.f{font:14px/1.4 system-ui,sans-serif;margin:.3rem 0 .8rem 1.5rem;padding:.4rem .6rem;border-left:4px solid #999}
.error{border-color:#c62828;background:#fdf1f1} .warning{border-color:#e0a800;background:#fffaeb}
.info{border-color:#1e88e5;background:#f1f7fd} .f ul{margin:.2rem 0 0 1rem;padding:0} .meta{color:#666}
.legend span{margin-right:1rem} .block{margin:.5rem 0} .heading{font-weight:bold}
"""


def _finding(f: Finding) -> str:
    where = f"cell {f.cell}, " if f.cell else ""
    parts = [f'<div class="f {f.severity}"><b>{escape(f.severity)}</b> '
             f'<span class="meta">{where}line {f.line}, col {f.column} · {escape(f.rule)}</span><br>'
             f"{escape(f.message)}"]
    if f.suggestion:
        parts.append(f"<br><b>The sources give:</b> {escape(f.suggestion)}")
    if f.evidence:
        parts.append("<ul>" + "".join(
            f"<li>[{escape(e.stance)}] {escape(e.citation)}{escape(', p. ' + e.locator) if e.locator else ''}"
            f"{'<br><i>' + escape(e.note) + '</i>' if e.note else ''}</li>" for e in f.evidence) + "</ul>")
    parts.append("</div>")
    return "".join(parts)


def _document(report: DocumentReport) -> str:
    doc = report.document
    by_block: dict[int, list] = {}
    for s in report.sentences:
        by_block.setdefault(s.block, []).append(s)
    pending = sorted(report.findings, key=lambda f: f.sort_key)
    out = [f"<h2>{escape(doc.path)}</h2>"]
    for index, block in enumerate(doc.blocks):
        text, pieces, cursor = block.text, [], 0
        for s in sorted(by_block.get(index, []), key=lambda s: s.start):
            pieces.append(escape(text[cursor:s.start]))
            title = f"{s.verdict}" + (f": {s.claim_id}" if s.claim_id else "")
            pieces.append(f'<span class="s {s.verdict}" title="{escape(title)}">{escape(text[s.start:s.end])}</span>')
            cursor = s.end
        pieces.append(escape(text[cursor:]))
        out.append(f'<div class="block {block.kind}">{"".join(pieces)}</div>')
        last = block.positions[-1] if block.positions else (0, 0, 0)
        while pending and ((pending[0].cell or 0), pending[0].line, pending[0].column) <= last:
            out.append(_finding(pending.pop(0)))
    out.extend(_finding(f) for f in pending)
    return "\n".join(out)


def render(reports: Sequence[DocumentReport]) -> str:
    findings = [f for r in reports for f in r.findings]
    counts = summary(findings)
    head = ", ".join(f"{n} {s}" for s, n in counts.items())
    legend = ('<p class="legend"><span class="s supported">supported</span><span class="s contested">contested'
              '</span><span class="s conflicting">conflicting</span><span>unmarked: not judged</span></p>')
    body = "\n".join(_document(r) for r in reports)
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>glfcheck report</title>'
            f"<style>{CSS}</style></head><body><h1>glfcheck report</h1>"
            f'<p class="meta">{len(reports)} file(s): {escape(head)} · glfcheck {escape(__version__)}</p>'
            f"{legend}\n{body}\n</body></html>\n")
