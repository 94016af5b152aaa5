"""The documented, versioned JSON form of check results (docs/json-output.md)."""

from __future__ import annotations

import json
from typing import Any, Iterable

from glfcheck.results import Result
from glfcheck.base.cite import format_reference
from glfcheck.base.model import Base, Quantity

SCHEMA_VERSION = 2  # 2: reasons name their element, claim and works; aspects subject, wording, relation; outcome open


def quantity_dict(q: Quantity | None) -> dict[str, Any] | None:
    if q is None:
        return None
    out: dict[str, Any] = {"unit": q.unit}
    if q.is_range:
        out["range"] = [q.low, q.high]
    else:
        out["value"] = q.low
    if q.bound:
        out["bound"] = q.bound
    return out


def result_dict(result: Result, base: Base) -> dict[str, Any]:
    def citation(source_id: str) -> str:
        source = base.sources.get(source_id)
        return format_reference(source) if source else source_id

    return {
        "schema_version": SCHEMA_VERSION,
        "statement": result.statement,
        "verdict": result.verdict,
        "claim_id": result.claim.id if result.claim else None,
        "claim": result.claim.statement if result.claim else None,
        "claim_status": result.claim.status if result.claim else None,
        "score": round(result.score, 1),
        "reasons": [{"aspect": r.aspect, "outcome": r.outcome, "message": r.message, "element": r.element or None,
                     "claim_id": r.claim_id, "sources": list(r.sources)} for r in result.reasons],
        "evidence": [
            {
                "source_id": e.source,
                "stance": e.stance,
                "citation": citation(e.source),
                "locator": e.locator,
                "note": e.note,
                "estimate": quantity_dict(e.estimate),
            }
            for e in result.evidence
        ],
        "spread": [{"source_id": s, "citation": citation(s), "estimate": quantity_dict(q)} for s, q in result.spread],
        "source_id": result.source_id,
        "suggestion": result.suggestion,
    }


def render(results: Iterable[Result], base: Base) -> str:
    return json.dumps([result_dict(r, base) for r in results], ensure_ascii=False, indent=2) + "\n"
