"""Formatting a CSL item as a reference a reader can follow (author-date, Chicago-like)."""

from __future__ import annotations

from glfcheck.base.model import Source


def _person(family: str, given: str, first: bool) -> str:
    if not given:
        return family
    return f"{family}, {given}" if first else f"{given} {family}"


def author_list(source: Source) -> str:
    people = source.authors
    if not people:
        return ""
    names = [_person(f, g, i == 0) for i, (f, g) in enumerate(people)]
    text = names[0] if len(names) == 1 else ", ".join(names[:-1]) + ", and " + names[-1]
    if not source.csl.get("author") and source.csl.get("editor"):
        text += ", ed." if len(names) == 1 else ", eds."
    return text


def short_citation(source: Source) -> str:
    """'Peng (1987)', 'Kung and Lin (2003)', 'Ashton et al. (1984)'."""
    families = [f for f, _ in source.authors]
    if len(families) >= 3:
        who = f"{families[0]} et al."
    else:
        who = " and ".join(families) or source.id
    return f"{who} ({source.year or 'n.d.'})"


def format_reference(source: Source) -> str:
    csl = source.csl
    parts = [author_list(source) or source.id, f"{source.year or 'n.d.'}."]
    title = str(csl.get("title", "")).rstrip(".")
    container = csl.get("container-title")
    if csl.get("type") in ("book", "report", "document", "thesis") or not container:
        parts.append(f"{title}.")
        if csl.get("translator"):
            names = ", ".join(f"{t.get('given', '')} {t.get('family', '')}".strip()
                              for t in csl["translator"] if isinstance(t, dict))
            parts.append(f"Translated by {names}.")
        where = ": ".join(str(x) for x in (csl.get("publisher-place"), csl.get("publisher")) if x)
        if where:
            parts.append(f"{where}.")
    else:
        parts.append(f"\u201c{title}.\u201d")
        venue = journal_issue(container, csl)
        if csl.get("page"):
            venue += f": {csl['page']}"
        parts.append(venue + ".")
    if csl.get("DOI"):
        parts.append(f"https://doi.org/{csl['DOI']}")
    elif csl.get("URL"):
        parts.append(str(csl["URL"]))
    return " ".join(p for p in parts if p)


def journal_issue(container: object, csl: dict) -> str:
    """A journal with its volume and issue: 'Population and Development Review 13 (4)'."""
    venue = str(container)
    if csl.get("volume"):
        venue += f" {csl['volume']}"
        if csl.get("issue"):
            venue += f" ({csl['issue']})"
    return venue
