"""SARIF 2.1.0 for code scanning: one run, a rule per finding kind with help, code-point columns."""

from __future__ import annotations

import json
from pathlib import PurePath
from typing import Sequence

from glfcheck import __version__
from glfcheck.results import DocumentReport
from glfcheck.rules import RULES

LEVELS = {"error": "error", "warning": "warning", "info": "note"}
SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def _uri(path: str) -> str:
    return PurePath(path).as_posix().lstrip("./") if path.startswith("./") else PurePath(path).as_posix()


def render(reports: Sequence[DocumentReport]) -> str:
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
            location = {"physicalLocation": {"artifactLocation": {"uri": _uri(f.path), "uriBaseId": "%SRCROOT%"}}}
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
            "originalUriBaseIds": {"%SRCROOT%": {"description": {"text": "The folder glfcheck was run in."}}},
            "artifacts": [{"location": {"uri": _uri(r.document.path), "uriBaseId": "%SRCROOT%"}} for r in reports],
            "results": results,
        }],
    }
    return json.dumps(sarif, ensure_ascii=False, indent=2) + "\n"
