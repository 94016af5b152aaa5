"""The documented, versioned JSON form of lint findings (docs/lint-json.md)."""

from __future__ import annotations

import json
from typing import Any, Sequence

from glfcheck.results import DocumentReport, Finding, summary

SCHEMA = "glfcheck-lint"
SCHEMA_VERSION = 1


def finding_dict(f: Finding) -> dict[str, Any]:
    return {
        "path": f.path,
        "cell": f.cell,
        "line": f.line,
        "column": f.column,
        "end_line": f.end_line,
        "end_column": f.end_column,
        "severity": f.severity,
        "kind": f.kind,
        "rule": f.rule,
        "verdict": f.verdict,
        "message": f.message,
        "text": f.text,
        "claim_id": f.claim_id,
        "source_id": f.source_id,
        "evidence": [{"source_id": e.source_id, "stance": e.stance, "citation": e.citation,
                      "locator": e.locator, "note": e.note} for e in f.evidence],
        "suggestion": f.suggestion,
    }


def render(reports: Sequence[DocumentReport]) -> str:
    findings = [f for r in reports for f in r.findings]
    data = {
        "schema": SCHEMA,
        "schema_version": SCHEMA_VERSION,
        "files": [r.document.path for r in reports],
        "summary": summary(findings),
        "findings": [finding_dict(f) for f in findings],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
