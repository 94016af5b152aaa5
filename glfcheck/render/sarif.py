"""SARIF 2.1.0 for code scanning: one run, a rule per finding kind with help, code-point columns.

Every location is a URI reference (RFC 3986), as the schema's `uri-reference` format requires: a
path relative to the folder glfcheck ran in (`%SRCROOT%`), with spaces, `%`, `:`, `,` and
non-ASCII characters percent-encoded (`sub%20dir/ess%20ay%20%C3%A9.md`); a file outside that
folder gets an absolute `file://` URI and no base. The tests validate every SARIF they make
against the official 2.1.0 schema.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Sequence
from urllib.parse import quote

from glfcheck import __version__
from glfcheck.results import DocumentReport
from glfcheck.rules import RULES

LEVELS = {"error": "error", "warning": "warning", "info": "note"}
SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SRCROOT = "%SRCROOT%"


def artifact_location(path: str, root: str | None = None) -> dict[str, Any]:
    """Where a finding's file is, for SARIF: relative to `root` (the working folder) and
    percent-encoded, or an absolute file URI for a file outside it (or standard input's `-`)."""
    if path == "-":  # standard input: no file to point at
        return {"uri": "-"}
    absolute = os.path.abspath(path)
    relative = os.path.relpath(absolute, os.path.abspath(root or os.getcwd()))
    if relative == os.pardir or relative.startswith(os.pardir + os.sep):
        return {"uri": Path(absolute).as_uri()}
    return {"uri": quote(Path(relative).as_posix(), safe="/"), "uriBaseId": SRCROOT}


def render(reports: Sequence[DocumentReport], *, root: str | None = None) -> str:
    """`root`: the folder %SRCROOT% stands for (the working folder by default)."""
    rule_ids = list(RULES)
    rules = [{
        "id": r.id,
        "name": "".join(w.capitalize() for w in r.id.split("-")),
        "shortDescription": {"text": r.summary},
        "fullDescription": {"text": r.help},
        "help": {"text": r.help, "markdown": r.help},
        "defaultConfiguration": {"level": LEVELS[r.severity]},
    } for r in RULES.values()]
    results = []
    for report in reports:
        for f in report.findings:
            message = f.message + (f" The sources give: {f.suggestion}" if f.suggestion else "")
            region = {"startLine": f.line, "startColumn": f.column, "endLine": f.end_line, "endColumn": f.end_column}
            location: dict[str, Any] = {"physicalLocation": {"artifactLocation": artifact_location(f.path, root)}}
            if f.cell:
                message = f"cell {f.cell}, line {f.line}, column {f.column}: {message}"
                location["physicalLocation"]["region"] = {"startLine": 1}
            else:
                location["physicalLocation"]["region"] = region
            result = {
                "ruleId": f.rule,
                "ruleIndex": rule_ids.index(f.rule),
                "level": LEVELS[f.severity],
                "message": {"text": message},
                "locations": [location],
                "properties": {"kind": f.kind, "verdict": f.verdict, "claimId": f.claim_id, "sourceId": f.source_id,
                               "evidence": [e.citation for e in f.evidence]},
            }
            if f.cell:
                result["properties"]["cell"] = f.cell
            results.append(result)
    sarif = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "glfcheck", "version": __version__, "rules": rules}},
            "columnKind": "unicodeCodePoints",
            "originalUriBaseIds": {SRCROOT: {"description": {"text": "The folder glfcheck was run in."}}},
            "artifacts": [{"location": artifact_location(r.document.path, root)} for r in reports],
            "results": results,
        }],
    }
    return json.dumps(sarif, ensure_ascii=False, indent=2) + "\n"
