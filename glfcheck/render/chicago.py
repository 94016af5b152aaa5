"""A work as a Chicago author-date reference (The Chicago Manual of Style, 17th ed., 15.9-15.51):

    Kung, James Kai-sing, and Justin Yifu Lin. 2003. “The Causes of China's Great Leap Famine,
    1959–1961.” Economic Development and Cultural Change 52 (1): 51–73.
    https://doi.org/10.1086/380584.

The first author inverted, the others not, "and" before the last; a full stop after the names,
the year and the title (inside the quotation marks of an article's title); page ranges with an
en dash; a book's place and publisher after a colon; a translator after the title.
"""

from __future__ import annotations

import re
from typing import Any

from glfcheck.base.cite import journal_issue
from glfcheck.base.model import Source

BOOKS = ("book", "report", "document", "thesis")


def _name(person: Any, inverted: bool) -> str:
    if not isinstance(person, dict):
        return str(person)
    if person.get("literal"):
        return str(person["literal"])
    family, given = str(person.get("family") or ""), str(person.get("given") or "")
    if not given:
        return family
    return f"{family}, {given}" if inverted else f"{given} {family}"


def _names(people: Any, invert_first: bool) -> str:
    names = [_name(p, invert_first and i == 0) for i, p in enumerate(people or [])]
    if len(names) < 2:
        return "".join(names)
    if len(names) == 2:
        return f"{names[0]}, and {names[1]}" if invert_first else f"{names[0]} and {names[1]}"
    return ", ".join(names[:-1]) + ", and " + names[-1]


def _stop(text: str) -> str:
    """The text ended with a full stop, unless it ends with one already (or ? or !)."""
    text = text.strip()
    return text if not text or text[-1] in ".?!" else text + "."


def pages(page: str) -> str:
    """'51-73' as '51–73': a range takes an en dash."""
    return re.sub(r"(?<=\d)\s*[-\u2010-\u2014]+\s*(?=\d)", "\u2013", page)


def reference(source: Source) -> str:
    """The work's entry in a Chicago author-date reference list."""
    csl = source.csl
    authors = csl.get("author")
    editors = csl.get("editor")
    if authors:
        who = _names(authors, True)
    elif editors:
        who = _names(editors, True) + (", ed." if len(editors) == 1 else ", eds.")
    else:
        who = source.id
    parts = [_stop(who), _stop(str(source.year or "n.d."))]
    title = str(csl.get("title", "")).strip()
    container = csl.get("container-title")
    kind = csl.get("type")
    if kind in BOOKS or not container:
        parts.append(_stop(title))
    else:
        parts.append(f"\u201c{_stop(title)}\u201d")
    if csl.get("translator"):
        parts.append(_stop("Translated by " + _names(csl["translator"], False)))
    if container and kind == "chapter":
        chapter = f"In {container}"
        if authors and editors:
            chapter += ", edited by " + _names(editors, False)
        if csl.get("page"):
            chapter += ", " + pages(str(csl["page"]))
        parts.append(_stop(chapter))
    elif container and kind not in BOOKS:
        venue = journal_issue(container, csl)
        if csl.get("page"):
            venue += f": {pages(str(csl['page']))}" if csl.get("volume") else f", {pages(str(csl['page']))}"
        parts.append(_stop(venue))
    where = ": ".join(str(x) for x in (csl.get("publisher-place"), csl.get("publisher")) if x)
    if where:
        parts.append(_stop(where))
    if csl.get("DOI"):
        parts.append(_stop(f"https://doi.org/{csl['DOI']}"))
    elif csl.get("URL"):
        parts.append(_stop(str(csl["URL"])))
    return " ".join(p for p in parts if p)
