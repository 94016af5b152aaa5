"""Exporting the bibliography for other tools: CSL YAML (pandoc), CSL JSON (Zotero), BibTeX."""

from __future__ import annotations

import json
import re
from typing import Iterable

from glfcheck.base.model import Source

FORMATS = ("csl-yaml", "csl-json", "bibtex")
_BIBTEX_TYPES = {"article-journal": "article", "book": "book", "chapter": "incollection", "report": "techreport"}


def to_csl_json(sources: Iterable[Source]) -> str:
    return json.dumps([s.csl for s in sources], ensure_ascii=False, indent=2) + "\n"


def to_csl_yaml(sources: Iterable[Source]) -> str:
    import yaml

    return yaml.safe_dump({"references": [s.csl for s in sources]}, allow_unicode=True, sort_keys=False, width=100)


def _bibtex_escape(value: str) -> str:
    return re.sub(r"([&%$#_])", r"\\\1", value)


def _bibtex_names(people: list) -> str:
    names = []
    for p in people or []:
        if isinstance(p, dict):
            if p.get("literal"):
                names.append("{" + p["literal"] + "}")
            else:
                names.append(f"{p.get('family', '')}, {p.get('given', '')}".strip(", "))
    return " and ".join(names)


def to_bibtex(sources: Iterable[Source]) -> str:
    entries = []
    for s in sources:
        csl = s.csl
        fields = {
            "author": _bibtex_names(csl.get("author")),
            "editor": _bibtex_names(csl.get("editor")),
            "title": "{" + _bibtex_escape(str(csl.get("title", ""))) + "}",
            "journal" if csl.get("type") == "article-journal" else "booktitle": _bibtex_escape(str(csl.get("container-title", ""))),
            "year": str(s.year or ""),
            "volume": str(csl.get("volume", "")),
            "number": str(csl.get("issue", "")),
            "pages": str(csl.get("page", "")).replace("-", "--"),
            "publisher": _bibtex_escape(str(csl.get("publisher", ""))),
            "address": str(csl.get("publisher-place", "")),
            "doi": str(csl.get("DOI", "")),
            "url": str(csl.get("URL", "")),
        }
        body = ",\n".join(f"  {k} = {{{v}}}" for k, v in fields.items() if v and v != "{}")
        entries.append(f"@{_BIBTEX_TYPES.get(str(csl.get('type')), 'misc')}{{{s.id},\n{body}\n}}")
    return "\n\n".join(entries) + "\n"


def export(sources: Iterable[Source], fmt: str) -> str:
    return {"csl-yaml": to_csl_yaml, "csl-json": to_csl_json, "bibtex": to_bibtex}[fmt](list(sources))
