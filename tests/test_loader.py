"""A broken claims base is reported with file and line, never as a traceback."""

from pathlib import Path

import pytest

from glfcheck.errors import BaseError
from glfcheck.base.loader import load_base, read_base


def _append(path: Path, text: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def test_mini_base_is_valid(base_copy):
    base, problems = read_base([base_copy])
    assert problems == []
    assert len(base.claims) == 8 and "peng1987" in base.sources


def test_broken_yaml_names_file_and_line(base_copy):
    path = base_copy / "claims" / "dates.yaml"
    _append(path, "- id: broken\n  statement: [unclosed\n")
    with pytest.raises(BaseError) as err:
        load_base([base_copy])
    assert err.value.path == str(path)
    assert err.value.line is not None and err.value.line >= 17
    assert str(err.value).startswith(f"{path}:")


def test_unknown_source_duplicate_id_and_bad_quantity_are_all_reported(base_copy):
    _append(base_copy / "claims" / "dates.yaml", """- id: dates-zz-bad
  topic: dates
  statement: A claim with problems.
  status: established
  quantities:
  - unit: people
    value: 23 million
  evidence:
  - source: nobody2099
    stance: supports
- id: dates-zz-bad
  topic: dates
  statement: The same id again.
  status: established
  evidence:
  - source: peng1987
    stance: supports
""")
    _, problems = read_base([base_copy])
    messages = [p.message for p in problems]
    assert any("not a number" in m for m in messages)
    assert any("unknown source 'nobody2099'" in m for m in messages)
    assert any("duplicate claim id 'dates-zz-bad'" in m for m in messages)
    assert all(p.line > 0 for p in problems if "duplicate" in p.message or "unknown source" in p.message)


def test_python_object_tags_are_refused(base_copy):
    (base_copy / "claims" / "evil.yaml").write_text("- !!python/object/apply:os.system ['echo hi']\n")
    with pytest.raises(BaseError, match=r"evil.yaml:1: YAML tag !!python/object/apply:os.system is not allowed"):
        load_base([base_copy])


def test_claim_without_evidence_and_unknown_field(base_copy):
    (base_copy / "claims" / "extra.yaml").write_text(
        "- id: extra-one\n  topic: extra\n  statement: Something.\n  status: established\n  colour: red\n")
    _, problems = read_base([base_copy])
    messages = " ".join(p.message for p in problems)
    assert "no evidence" in messages and "unknown field 'colour'" in messages


def test_binary_and_missing_bases(tmp_path, base_copy):
    (base_copy / "claims" / "bin.yaml").write_bytes(b"\x00\x01\x02")
    with pytest.raises(BaseError, match="binary"):
        load_base([base_copy])
    with pytest.raises(BaseError, match="not found"):
        load_base([tmp_path / "nowhere"])


def test_layered_bases_add_claims(tmp_path, base_copy):
    extra = tmp_path / "course"
    (extra / "claims").mkdir(parents=True)
    (extra / "sources.yaml").write_text("references: []\n")
    (extra / "claims" / "course.yaml").write_text(
        "- id: course-one\n  topic: course\n  statement: The course claim.\n  status: established\n"
        "  evidence:\n  - source: peng1987\n    stance: supports\n")
    base = load_base([base_copy, extra])
    assert base.claim("course-one") is not None and base.claim("dates-launch-1958") is not None


def test_counts_keep_works_claims_apart_and_count_locators():
    from glfcheck.base.model import Claim, Evidence, count_claims

    claims = [Claim("works-a", "works", "A.", "established", (Evidence("s", "supports", locator="5"),)),
              Claim("dates-b", "dates", "B.", "established", (Evidence("s", "supports"), Evidence("t", "supports")))]
    counts = count_claims(claims)
    assert (counts.claims, counts.history, counts.works, counts.evidence, counts.located) == (2, 1, 1, 3, 1)
    assert str(counts) == ("2 claims: 1 about the history, 1 restating works (works-*); "
                           "1 of 3 evidence entries (33.3%) give a locator")
