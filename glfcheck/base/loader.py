"""Reading a claims base from disk: YAML in, frozen records and schema problems out.

Only YAML *safe* loading is used (LibYAML's CSafeLoader when present, as it is ~10x faster);
every mapping remembers its line so that a problem can be reported as `file:line: message`.
"""

from __future__ import annotations

import math
import os
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

import yaml

from glfcheck.errors import BaseError
from glfcheck.base.estimates import Method
from glfcheck.base.model import (LANGUAGE, STANCES, STATUSES, UNITS, Base, Claim, Evidence, Lexicon, Measure, Quantity,
                                 Source, from_record, name_forms)

try:  # LibYAML when available
    _SafeLoaderBase = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _SafeLoaderBase = yaml.SafeLoader

LINE_KEY = "__line__"
ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
SOURCE_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_:.\-]*$")
CLAIM_FIELDS = {"id", "topic", "statement", "status", "aliases", "quantities", "evidence", "corrected_by", "by",
                "method"}
EVIDENCE_FIELDS = {"source", "stance", "locator", "note", "estimate"}
QUANTITY_FIELDS = {"measure", "unit", "value", "range", "bound", "period", "place"}
LEXICON_SECTIONS = ("synonyms", "names", "opposites", "measures", "dating", "order", "within", "spellings", "language")
SPELLING_RE = re.compile(r"^[^\W\d_](?:[\w'\u2019.-]*\w)?$")  # one word: "dikoetter", "ploughing", "o'grada"
ORDERS = ("before", "after", "because", "caused")  # because: the effect first; caused: the cause first


class _LineLoader(_SafeLoaderBase):  # type: ignore[misc, valid-type]
    """Safe loader whose mappings carry the line they start on."""


def _construct_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> dict[str, Any]:
    mapping = yaml.SafeLoader.construct_mapping(loader, node, deep=True)
    mapping[LINE_KEY] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


@dataclass(frozen=True)
class Problem:
    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}" if self.line else f"{self.path}: {self.message}"


def read_yaml(path: Path) -> Any:
    """Parse one YAML file safely; any failure becomes a BaseError naming the file and line."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise BaseError(f"cannot read file: {exc.strerror or exc}", path=str(path)) from None
    if b"\x00" in data:
        raise BaseError("not a YAML text file (binary content)", path=str(path))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise BaseError("not valid UTF-8", path=str(path), line=line) from None
    try:
        return yaml.load(text, Loader=_LineLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        reason = exc.problem or exc.context or "invalid YAML"
        tag = re.search(r"tag '([^']*)'", reason)
        if isinstance(exc, yaml.constructor.ConstructorError) and tag:
            # e.g. !!python/object/apply:os.system - only safe loading is ever used
            name = re.sub(r"^tag:yaml\.org,2002:", "!!", tag.group(1))
            raise BaseError(f"YAML tag {name} is not allowed: a claims base holds plain data only",
                            path=str(path), line=line) from None
        raise BaseError(f"invalid YAML: {reason}", path=str(path), line=line) from None
    except yaml.YAMLError as exc:
        raise BaseError(f"invalid YAML: {exc}", path=str(path)) from None
    except RecursionError:  # pragma: no cover - LibYAML stops at its own nesting limit first
        raise BaseError("invalid YAML: nested too deeply", path=str(path)) from None


def strip_lines(value: Any, _seen: dict[int, Any] | None = None) -> Any:
    """The data as written, without the line markers the loader adds.

    A node reached twice through YAML aliases is stripped once and shared, as YAML shares it:
    copying it at each use would blow a few lines of nested aliases ("billion laughs") up
    into billions of objects.
    """
    if not isinstance(value, (dict, list)):
        return value
    seen = {} if _seen is None else _seen
    done = seen.get(id(value))
    if done is not None:
        return done[1]
    if isinstance(value, dict):
        out: Any = {k: strip_lines(v, seen) for k, v in value.items() if k != LINE_KEY}
    else:
        out = [strip_lines(v, seen) for v in value]
    seen[id(value)] = (value, out)  # keeps `value` alive so that its id is not reused meanwhile
    return out


def builtin_root() -> Path:
    """The shipped base: inside the installed package, or the checkout's top level."""
    here = Path(__file__).resolve().parent.parent  # glfcheck/, beside _base/
    packaged = here / "_base"
    if (packaged / "sources.yaml").is_file():
        return packaged
    return here.parent


def base_files(root: Path) -> list[Path]:
    """Every file of a base, in a fixed order (used for loading and for cache keys)."""
    files = [root / "sources.yaml"]
    if (root / "lexicon.yaml").is_file():
        files.append(root / "lexicon.yaml")
    files += sorted((root / "claims").glob("*.yaml"))
    return files


class _Reader:
    """Builds records from parsed YAML, collecting every schema problem it meets."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.unbuilt: list[tuple[Path, dict, str, str]] = []  # (path, node, claim id, source) of broken claims

    def problem(self, path: Path, node: Any, message: str) -> None:
        line = node.get(LINE_KEY, 0) if isinstance(node, dict) else 0
        self.problems.append(Problem(str(path), line, message))

    def unknown_keys(self, path: Path, node: dict, allowed: set[str], what: str) -> None:
        for key in node:
            if key != LINE_KEY and key not in allowed:
                self.problem(path, node, f"unknown field {key!r} in {what}")

    # -- sources
    def sources(self, path: Path, data: Any) -> list[Source]:
        if not isinstance(data, dict) or not isinstance(data.get("references"), list):
            self.problem(path, data, "expected a CSL YAML bibliography with a 'references:' list")
            return []
        out = []
        for item in data["references"]:
            if not isinstance(item, dict):
                self.problem(path, data, "each reference must be a mapping")
                continue
            source_id = item.get("id")
            if not isinstance(source_id, str) or not SOURCE_ID_RE.match(source_id):
                self.problem(path, item, f"reference without a valid 'id': {source_id!r}")
                continue
            if not item.get("title"):
                self.problem(path, item, f"reference {source_id!r} has no title")
            if not (item.get("author") or item.get("editor")):
                self.problem(path, item, f"reference {source_id!r} has no author or editor")
            for role in ("author", "editor"):
                people = item.get(role)
                if people is not None and not (isinstance(people, list)
                                               and all(isinstance(p, dict) for p in people)):
                    self.problem(path, item, f"reference {source_id!r}: {role} must be a list of names "
                                             "(family:, given:)")
                    item[role] = [p for p in people if isinstance(p, dict)] if isinstance(people, list) else []
            issued = item.get("issued")
            try:
                int(issued["date-parts"][0][0])  # type: ignore[index]
            except (KeyError, IndexError, TypeError, ValueError, OverflowError):
                self.problem(path, item, f"reference {source_id!r} needs issued: date-parts: [[year]]")
            self.custom(path, item, source_id)
            out.append(Source(source_id, strip_lines(item), str(path), item.get(LINE_KEY, 0)))
        return out

    def custom(self, path: Path, item: dict, source_id: str) -> None:
        """CSL's `custom` object holds what CSL has no field for; glfcheck reads its `method`."""
        custom = item.get("custom")
        if custom is None:
            return
        if not isinstance(custom, dict):
            self.problem(path, item, f"reference {source_id!r}: custom must be a mapping (method: ...)")
            return
        if "method" in custom and custom["method"] not in set(Method):
            self.problem(path, custom, f"reference {source_id!r}: method {custom['method']!r} is not one of "
                                       f"{', '.join(Method)}")

    # -- lexicon
    def lexicon(self, path: Path, data: Any) -> Lexicon:
        if data is None:
            return Lexicon()
        if not isinstance(data, dict):
            self.problem(path, data, "expected a mapping with synonyms, names and opposites")
            return Lexicon()
        self.unknown_keys(path, data, set(LEXICON_SECTIONS), "lexicon")
        for key, kind in (("synonyms", dict), ("names", dict), ("opposites", list), ("measures", dict),
                          ("dating", dict), ("order", dict), ("spellings", dict), ("language", dict)):
            if not isinstance(data.get(key) or kind(), kind):
                self.problem(path, data, f"{key} must be a {'mapping' if kind is dict else 'list'}")
                data[key] = None
        synonyms: dict[str, str] = {}
        for canonical, variants in (data.get("synonyms") or {}).items():
            if canonical == LINE_KEY:
                continue
            if not self._words(variants) or not str(canonical).strip():
                self.problem(path, data, f"synonyms of {canonical!r} must be a list of words")
                continue
            for variant in variants:
                synonyms[str(variant)] = str(canonical)
        names: dict[str, tuple[str, str]] = {}
        for category, entries in (data.get("names") or {}).items():
            if category == LINE_KEY:
                continue
            if not isinstance(entries, dict):
                self.problem(path, data, f"names of {category!r} must map a name to its variants")
                continue
            for canonical, variants in entries.items():
                if canonical == LINE_KEY:
                    continue
                variants = variants or []
                if not self._words(variants) or not str(canonical).strip():
                    self.problem(path, entries, f"variants of the name {canonical!r} must be a list of words")
                    continue
                for variant in [canonical, *variants]:
                    names[str(variant)] = (str(category), str(canonical))
                    for form in name_forms(str(variant))[1:]:  # "Peng Te-huai", "Peng Tehuai" for "P'eng Te-huai"
                        names.setdefault(form, (str(category), str(canonical)))
        opposites = []
        for pair in data.get("opposites") or []:
            if not (isinstance(pair, list) and len(pair) == 2 and all(isinstance(s, list) for s in pair)
                    and all(isinstance(w, (str, int, float)) and str(w).strip() for s in pair for w in s)):
                self.problem(path, data, f"each opposite must be two lists of words, got {pair!r}")
                continue
            opposites.append((frozenset(map(str, pair[0])), frozenset(map(str, pair[1]))))
        return Lexicon(synonyms, names, tuple(opposites), self.measures(path, data.get("measures") or {}),
                       self.word_lists(path, data.get("dating") or {}, "dating", None),
                       self.word_lists(path, data.get("order") or {}, "order", ORDERS),
                       self.within(path, data.get("within") or {}, names),
                       self.spellings(path, data.get("spellings") or {}),
                       self.word_lists(path, data.get("language") or {}, "language", tuple(LANGUAGE)))

    def spellings(self, path: Path, data: dict) -> dict[str, str]:
        """Words as also written (British, American, misspelt) -> the spelling the base uses."""
        out: dict[str, str] = {}
        for canonical, variants in data.items():
            if canonical == LINE_KEY:
                continue
            words = [canonical, *variants] if isinstance(variants, list) else None
            if not (words and self._words(words) and all(SPELLING_RE.match(str(w).strip()) for w in words)):
                self.problem(path, data, f"spellings of {canonical!r} must be a list of single words")
                continue
            for variant in variants:
                key = str(variant).strip().lower()
                if key in out and out[key] != str(canonical).lower():
                    self.problem(path, data, f"spellings: {variant!r} is given for both {out[key]!r} and {canonical!r}")
                    continue
                out[key] = str(canonical).strip().lower()
        chained = sorted(set(out) & set(out.values()))
        for word in chained:
            self.problem(path, data, f"spellings: {word!r} is both a spelling and a variant of another")
        return {k: v for k, v in out.items() if k not in chained}

    def within(self, path: Path, data: Any, names: dict[str, tuple[str, str]]) -> dict[str, str]:
        if not isinstance(data, dict):
            self.problem(path, {}, "within must map a place or event to the province it lies in")
            return {}
        canonical = {c for _, c in names.values()}
        out = {}
        for inner, outer in data.items():
            if inner == LINE_KEY:
                continue
            if str(inner) not in canonical or str(outer) not in canonical:
                self.problem(path, data, f"within: {inner!r} and {outer!r} must both be names of the lexicon")
                continue
            out[str(inner)] = str(outer)
        return out

    @staticmethod
    def _words(value: Any) -> bool:
        return isinstance(value, list) and all(isinstance(v, (str, int, float)) and str(v).strip() for v in value)

    def measures(self, path: Path, data: dict) -> dict[str, Measure]:
        out = {}
        for measure_id, entry in data.items():
            if measure_id == LINE_KEY:
                continue
            if not isinstance(entry, dict) or not ID_RE.match(str(measure_id)):
                self.problem(path, data, f"measure {measure_id!r} must be a kebab-case id mapping to unit and cues")
                continue
            self.unknown_keys(path, entry, {"unit", "cues", "change", "of"}, f"measure {measure_id}")
            if entry.get("unit") not in UNITS:
                self.problem(path, entry, f"measure {measure_id}: unit {entry.get('unit')!r} is not one of {', '.join(UNITS)}")
                continue
            if not self._words(entry.get("cues")) or not entry["cues"]:
                self.problem(path, entry, f"measure {measure_id}: cues must be a list of phrases")
                continue
            if not isinstance(entry.get("change", False), bool):
                self.problem(path, entry, f"measure {measure_id}: change must be true or false")
                continue
            of = entry.get("of")
            if of is not None and not (isinstance(of, list) and len(of) == 2 and all(isinstance(w, str) for w in of)):
                self.problem(path, entry, f"measure {measure_id}: of must name the two things a ratio sets "
                                          "against each other, [first, second]")
                continue
            out[str(measure_id)] = Measure(str(measure_id), entry["unit"], tuple(map(str, entry["cues"])),
                                           bool(entry.get("change", False)), tuple(of) if of else None)
        return out

    def word_lists(self, path: Path, data: dict, section: str, allowed: tuple[str, ...] | None) -> dict[str, tuple[str, ...]]:
        out = {}
        for key, words in data.items():
            if key == LINE_KEY:
                continue
            if allowed is not None and key not in allowed:
                self.problem(path, data, f"{section}: unknown key {key!r} (choose from {', '.join(allowed)})")
                continue
            if not self._words(words):
                self.problem(path, data, f"{section}: {key!r} must be a list of words")
                continue
            out[str(key)] = tuple(map(str, words))
        return out

    # -- claims
    def quantity(self, path: Path, node: Any, what: str, default_unit: str = "count") -> Quantity | None:
        if not isinstance(node, dict):
            self.problem(path, node, f"{what} must be a mapping with value or range")
            return None
        self.unknown_keys(path, node, QUANTITY_FIELDS, what)
        unit = node.get("unit", default_unit)
        if unit not in UNITS:
            self.problem(path, node, f"{what}: unit {unit!r} is not one of {', '.join(UNITS)}")
            return None
        if ("value" in node) == ("range" in node):
            self.problem(path, node, f"{what} needs exactly one of 'value' or 'range'")
            return None
        numbers = node["range"] if "range" in node else [node["value"]]
        if "range" in node and not (isinstance(numbers, list) and len(numbers) == 2):
            self.problem(path, node, f"{what}: range must be [low, high]")
            return None
        if not all(isinstance(n, (int, float)) and not isinstance(n, bool) for n in numbers):
            self.problem(path, node, f"{what}: {numbers!r} is not a number (write 23000000, not '23 million')")
            return None
        if not all(math.isfinite(n) for n in numbers):  # YAML reads .nan and .inf as floats
            self.problem(path, node, f"{what}: {numbers!r} is not a finite number")
            return None
        if node.get("bound") not in (None, "lower", "upper"):
            self.problem(path, node, f"{what}: bound must be 'lower' or 'upper'")
            return None
        return from_record(node, default_unit)

    def claim(self, path: Path, node: Any) -> Claim | None:
        if not isinstance(node, dict):
            self.problem(path, node, "each claim must be a mapping")
            return None
        if node.get("status") is False:  # YAML 1.1 reads a bare `status: false` as a boolean
            node["status"] = "false"
        # Every problem of a claim is reported, not only the first: `glfcheck validate` lists them
        # all, so a claim is fixed in one go. A claim with any of these is not built.
        claim_id = node.get("id")
        broken = False
        if not isinstance(claim_id, str) or not ID_RE.match(claim_id):
            self.problem(path, node, f"claim id {claim_id!r} must be kebab-case (a-z, 0-9, -)")
            broken, claim_id = True, claim_id if isinstance(claim_id, str) and claim_id else "without an id"
        self.unknown_keys(path, node, CLAIM_FIELDS, f"claim {claim_id}")
        for key in ("topic", "statement", "status"):
            if not isinstance(node.get(key), str) or not node[key].strip():
                self.problem(path, node, f"claim {claim_id}: missing {key!r}")
                broken = True
        if isinstance(node.get("topic"), str) and node["topic"].strip() and node["topic"] != path.stem:
            self.problem(path, node, f"claim {claim_id}: topic {node['topic']!r} differs from the file name")
        if isinstance(node.get("status"), str) and node["status"].strip() and node["status"] not in STATUSES:
            self.problem(path, node, f"claim {claim_id}: status must be one of {', '.join(STATUSES)}")
        aliases = node.get("aliases") or []
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            self.problem(path, node, f"claim {claim_id}: aliases must be a list of strings")
            aliases = []
        quantities = []
        raw_quantities = node.get("quantities") or []
        if not isinstance(raw_quantities, list):
            self.problem(path, node, f"claim {claim_id}: quantities must be a list")
            raw_quantities = []
        for i, q in enumerate(raw_quantities):
            parsed = self.quantity(path, q if isinstance(q, dict) else node, f"claim {claim_id}: quantity {i + 1}")
            if parsed:
                quantities.append(parsed)
        default_unit = quantities[0].unit if quantities else "count"
        evidence = []
        raw_evidence = node.get("evidence")
        if not isinstance(raw_evidence, list) or not raw_evidence:
            self.problem(path, node, f"claim {claim_id}: no evidence (every claim needs at least one source)")
            raw_evidence = []
        for ev in raw_evidence:
            if not isinstance(ev, dict):
                self.problem(path, node, f"claim {claim_id}: evidence entries must be mappings")
                continue
            self.unknown_keys(path, ev, EVIDENCE_FIELDS, f"evidence of {claim_id}")
            if not isinstance(ev.get("source"), str):
                self.problem(path, ev, f"claim {claim_id}: evidence without a 'source' id")
                continue
            if ev.get("stance") not in STANCES:
                self.problem(path, ev, f"claim {claim_id}: stance must be one of {', '.join(STANCES)}")
            estimate = None
            if ev.get("estimate") is not None:
                estimate = self.quantity(path, ev["estimate"], f"claim {claim_id}: estimate of {ev['source']}",
                                         default_unit)
                if estimate is not None and quantities and not estimate.measure:
                    # the work's own figure for what the claim's (first) figure measures
                    first = quantities[0]
                    estimate = replace(estimate, measure=first.measure, place=estimate.place or first.place,
                                       period=estimate.period or first.period)
            locator = ev.get("locator")
            evidence.append(Evidence(ev["source"], str(ev.get("stance")), str(ev.get("note") or "").strip(),
                                     None if locator is None else str(locator), estimate))
        corrected_by = node.get("corrected_by")
        by, method = self.estimate_by(path, node, claim_id, quantities)
        if broken:  # its sources are still checked, with the built claims' (see _integrity)
            self.unbuilt.extend((path, {LINE_KEY: node.get(LINE_KEY, 0)}, claim_id, e.source) for e in evidence)
            return None
        return Claim(claim_id, node["topic"], node["statement"].strip(), node["status"], tuple(evidence),
                     tuple(a.strip() for a in aliases), tuple(quantities),
                     corrected_by if isinstance(corrected_by, str) else None, str(path), node.get(LINE_KEY, 0),
                     by, method)

    def estimate_by(self, path: Path, node: dict, claim_id: str,
                    quantities: list[Quantity]) -> tuple[str | None, str | None]:
        """`by` (whose figure a claim states, when it is none of its works' own) and `method`
        (how that figure was reached; a work's own method is set in sources.yaml)."""
        by, method = node.get("by"), node.get("method")
        if by is not None and not (isinstance(by, str) and by.strip()):
            self.problem(path, node, f"claim {claim_id}: by must name who gave the figure (a name or a body)")
            by = None
        if by is not None and not quantities:
            self.problem(path, node, f"claim {claim_id}: by names whose figure it is, but the claim has no quantities")
        if method is not None:
            if method not in set(Method):
                self.problem(path, node, f"claim {claim_id}: method {method!r} is not one of {', '.join(Method)}")
                method = None
            elif by is None:
                self.problem(path, node, f"claim {claim_id}: method needs by (a work's own method is set in "
                                         "sources.yaml, under custom: method:)")
                method = None
        return (by.strip() if isinstance(by, str) else None), method

    def claims(self, path: Path, data: Any) -> list[Claim]:
        if data is None:
            return []
        if not isinstance(data, list):
            self.problem(path, data, "a claims file must be a YAML list of claims")
            return []
        out = [c for c in (self.claim(path, node) for node in data) if c]
        for before, claim in zip(out, out[1:]):
            if claim.id < before.id:  # the first claim out of order, at its line
                self.problems.append(Problem(str(path), claim.line, f"claims are not sorted by id: {claim.id} "
                                             f"comes after {before.id}"))
                break
        return out


def _integrity(reader: _Reader, claims: list[Claim], sources: dict[str, Source], lexicon: Lexicon) -> None:
    seen: dict[str, Claim] = {}
    if lexicon.measures:  # a base that names its measures uses only those
        for claim in claims:
            for q in claim.quantities:
                if q.measure not in lexicon.measures:
                    reader.problem(Path(claim.path), {LINE_KEY: claim.line},
                                   f"claim {claim.id}: measure {q.measure!r} is not a measure of the lexicon")
    for claim in claims:
        where = Path(claim.path)
        node = {LINE_KEY: claim.line}
        if claim.id in seen:
            first = seen[claim.id]
            reader.problem(where, node, f"duplicate claim id {claim.id!r} (first at {first.path}:{first.line})")
        seen.setdefault(claim.id, claim)
        for ev in claim.evidence:
            if ev.source not in sources:
                reader.problem(where, node, f"claim {claim.id}: cites unknown source {ev.source!r}")
    for where, node, claim_id, source in reader.unbuilt:
        if source not in sources:
            reader.problem(where, node, f"claim {claim_id}: cites unknown source {source!r}")
    for claim in claims:
        if claim.corrected_by and claim.corrected_by not in seen:
            reader.problem(Path(claim.path), {LINE_KEY: claim.line},
                           f"claim {claim.id}: corrected_by names unknown claim {claim.corrected_by!r}")


def read_base(roots: Iterable[Path]) -> tuple[Base, list[Problem]]:
    """Load one or more layered bases; return the base and every schema problem found.

    Broken YAML raises BaseError at once (nothing sensible can be read past it); schema and
    integrity problems are collected so that `glfcheck validate` can list them all.
    """
    reader = _Reader()
    claims: list[Claim] = []
    sources: dict[str, Source] = {}
    synonyms: dict[str, str] = {}
    names: dict[str, tuple[str, str]] = {}
    opposites: list = []
    measures: dict = {}
    dating: dict = {}
    order: dict = {}
    within: dict = {}
    spellings: dict = {}
    language: dict = {}
    root_list = [Path(r) for r in roots]
    for root in root_list:
        if not root.is_dir():
            raise BaseError("claims base folder not found", path=str(root))
        if not (root / "sources.yaml").is_file():
            raise BaseError("not a claims base: no sources.yaml here", path=str(root))
        if not (root / "claims").is_dir():
            raise BaseError("not a claims base: no claims/ folder here", path=str(root))
        for source in reader.sources(root / "sources.yaml", read_yaml(root / "sources.yaml")):
            if source.id in sources and sources[source.id].path == source.path:
                reader.problem(Path(source.path), {LINE_KEY: source.line}, f"duplicate source id {source.id!r}")
            sources[source.id] = source
        if (root / "lexicon.yaml").is_file():
            lex = reader.lexicon(root / "lexicon.yaml", read_yaml(root / "lexicon.yaml"))
            synonyms.update(lex.synonyms)
            names.update(lex.names)
            opposites.extend(lex.opposites)
            measures.update(lex.measures)
            within.update(lex.within)
            spellings.update(lex.spellings)
            language.update(lex.language)
            for kind, words in lex.dating.items():
                dating[kind] = tuple(dict.fromkeys(dating.get(kind, ()) + words))
            for kind, words in lex.order.items():
                order[kind] = tuple(dict.fromkeys(order.get(kind, ()) + words))
        for path in sorted((root / "claims").glob("*.yaml")):
            try:
                data = read_yaml(path)
            except BaseError as exc:  # one broken file: the others are still read, for `validate`
                reader.problems.append(Problem(exc.path or str(path), exc.line or 0, exc.message))
                continue
            claims.extend(reader.claims(path, data))
    for key, words in builtin_language().items():  # a list the base leaves out: the built-in one
        language.setdefault(key, words)
    lexicon = Lexicon(synonyms, names, tuple(opposites), measures, dating, order, within, spellings, language)
    _integrity(reader, claims, sources, lexicon)
    base = Base(tuple(claims), sources, lexicon,
                tuple(str(r) for r in root_list))
    return base, reader.problems


@lru_cache(maxsize=1)
def builtin_language() -> dict[str, tuple[str, ...]]:
    """The `language` lists of the built-in lexicon: English, the same for every base, so a base
    that leaves one out reads sentences as the built-in one does."""
    path = builtin_root() / "lexicon.yaml"
    if not path.is_file():
        return {}
    return _Reader().lexicon(path, read_yaml(path)).language


def resolve_roots(base_dir: str | os.PathLike | None, extra: Iterable[str | os.PathLike] = ()) -> list[Path]:
    """The built-in base, or the one named by --base / GLFCHECK_BASE, plus layered extras."""
    chosen = base_dir or os.environ.get("GLFCHECK_BASE") or None
    roots = [Path(chosen) if chosen else builtin_root()]
    roots += [Path(e) for e in extra]
    return roots


def load_base(roots: Iterable[Path]) -> Base:
    """A base fit to check against: the first schema problem is an error."""
    base, problems = read_base(roots)
    if problems:
        first = problems[0]
        more = f" (and {len(problems) - 1} more; run 'glfcheck validate')" if len(problems) > 1 else ""
        raise BaseError(first.message + more, path=first.path, line=first.line or None)
    return base
