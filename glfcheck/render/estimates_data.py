"""The data behind `glfcheck estimates`, as JSON (documented in docs/estimates-output.md) or CSV."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from glfcheck.base.estimates import Chart, Estimate, method_label

SCHEMA = "glfcheck-estimates"
SCHEMA_VERSION = 1
CSV_COLUMNS = ("measure", "label", "source_id", "year", "method", "low", "high", "bound", "unit", "period",
               "claim_id", "reported_in")


def estimate_dict(e: Estimate) -> dict[str, Any]:
    q = e.quantity
    return {
        "label": e.label,
        "source_id": e.source_id,
        "year": e.year,
        "method": e.method.value if e.method else None,
        "method_label": method_label(e.method),
        "low": q.low,
        "high": q.high,
        "bound": q.bound,
        "unit": q.unit,
        "period": q.period,
        "claim_id": e.claim_id,
        "reported_in": list(e.reported_in),
    }


def to_json(chart: Chart) -> str:
    consensus = None
    if chart.consensus is not None:
        consensus = {"low": chart.consensus.low, "high": chart.consensus.high, "claim_id": chart.consensus_claim}
    data = {
        "schema": SCHEMA,
        "schema_version": SCHEMA_VERSION,
        "measure": chart.measure,
        "unit": chart.unit,
        "series": chart.series,
        "consensus": consensus,
        "estimates": [estimate_dict(e) for e in chart.estimates],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def to_csv(chart: Chart) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for e in chart.estimates:
        row = estimate_dict(e)
        writer.writerow([chart.measure, row["label"], row["source_id"] or "", row["year"] or "", row["method"] or "",
                         _number(row["low"]), _number(row["high"]), row["bound"] or "", row["unit"], row["period"] or "",
                         row["claim_id"], " ".join(row["reported_in"])])
    return buffer.getvalue()


def _number(value: float) -> str:
    """27000000, not 2.7e+07; 44.6 stays 44.6."""
    return str(int(value)) if float(value).is_integer() else repr(value)
