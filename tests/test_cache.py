"""The on-disk cache of the built Checker: hits, staleness, damage, --no-cache, no write access."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from glfcheck import cache
from glfcheck.base import loader
from glfcheck.judging.checker import Checker
from glfcheck.cli import main

MINI_BASE = Path(__file__).parent / "fixtures" / "mini-base"
STATEMENT = "About 30 million people died in the famine."


@pytest.fixture
def base(tmp_path: Path) -> Path:
    target = tmp_path / "base"
    shutil.copytree(MINI_BASE, target)
    return target


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "xdg-cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    return home / "glfcheck"


def _load(base: Path, **kwargs) -> Checker:
    return cache.load_checker([base], freeze=False, **kwargs)


def _count_builds(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    builds: list[int] = []
    real = cache._build

    def counting(*args, **kwargs):
        builds.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(cache, "_build", counting)
    return builds


def test_cache_dir_follows_xdg(cache_home: Path) -> None:
    assert cache.cache_dir() == cache_home


def test_mirrors_of_loader_functions_agree(base: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # cache.py repeats these two so that a hit need not import PyYAML; they must not drift.
    assert cache._files(base) == loader.base_files(base)
    assert cache._files(loader.builtin_root()) == loader.base_files(loader.builtin_root())
    monkeypatch.delenv("GLFCHECK_BASE", raising=False)
    assert cache.resolve_roots(None) == loader.resolve_roots(None)
    assert cache.resolve_roots(str(base), [str(base)]) == loader.resolve_roots(str(base), [str(base)])
    monkeypatch.setenv("GLFCHECK_BASE", str(base))
    assert cache.resolve_roots(None) == loader.resolve_roots(None)


def test_second_load_is_a_hit_with_the_same_verdicts(base: Path, cache_home: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    builds = _count_builds(monkeypatch)
    first = _load(base)
    assert len(list(cache_home.glob("*.pickle"))) == 1
    second = _load(base)
    assert builds == [1]
    assert second is not first
    a, b = first.check(STATEMENT), second.check(STATEMENT)
    assert (a.verdict, a.claim.id) == (b.verdict, b.claim.id) == ("contested", "mortality-range")
    assert not list(cache_home.glob("*.tmp"))  # the temporary file was renamed, not left behind


def test_changed_base_file_makes_the_cache_stale(base: Path, cache_home: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    builds = _count_builds(monkeypatch)
    _load(base)
    claims_file = base / "claims" / "mortality.yaml"
    stat = claims_file.stat()
    text = claims_file.read_text(encoding="utf-8")
    # same size and same mtime: only the content tells the change
    changed = text.replace("23 million", "24 million", 1)
    assert changed != text
    claims_file.write_text(changed, encoding="utf-8")
    os.utime(claims_file, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert claims_file.stat().st_size == stat.st_size
    _load(base)
    assert builds == [1, 1]
    (base / "claims" / "extra.yaml").write_text("[]\n", encoding="utf-8")  # a new file counts too
    _load(base)
    assert builds == [1, 1, 1]
    _load(base)
    assert builds == [1, 1, 1]


@pytest.mark.parametrize("damage", ["truncate", "flip", "garbage", "empty", "old-key"])
def test_damaged_cache_is_rebuilt_silently(base: Path, cache_home: Path, monkeypatch: pytest.MonkeyPatch,
                                           damage: str) -> None:
    _load(base)
    (path,) = cache_home.glob("*.pickle")
    data = path.read_bytes()
    if damage == "truncate":
        path.write_bytes(data[: len(data) // 2])
    elif damage == "flip":
        middle = len(data) // 2
        path.write_bytes(data[:middle] + bytes([data[middle] ^ 0xFF]) + data[middle + 1:])
    elif damage == "garbage":
        path.write_bytes(os.urandom(4096))
    elif damage == "empty":
        path.write_bytes(b"")
    else:
        path.write_bytes(data.replace(cache.cache_key([base]).encode(), b"0" * 40, 1))
    builds = _count_builds(monkeypatch)
    checker = _load(base)
    assert builds == [1]
    assert checker.check(STATEMENT).verdict == "contested"
    assert path.read_bytes()[:200].split()[2] == cache.cache_key([base]).encode()  # rewritten
    _load(base)
    assert builds == [1]


def test_no_cache_neither_reads_nor_writes(base: Path, cache_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    builds = _count_builds(monkeypatch)
    _load(base, use_cache=False)
    assert not cache_home.exists()
    _load(base)
    _load(base, use_cache=False)
    assert builds == [1, 1, 1]


def test_cli_no_cache_option(base: Path, cache_home: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(["--base", str(base), "--no-cache", "check", STATEMENT]) == 0
    assert not cache_home.exists()
    assert main(["--base", str(base), "check", STATEMENT]) == 0
    assert len(list(cache_home.glob("*.pickle"))) == 1
    assert main(["--base", str(base), "check", STATEMENT]) == 0  # from the cache
    out = capsys.readouterr().out
    assert out.count("CONTESTED") == 3
    assert main(["--base", str(base), "claims", "list"]) == 0
    assert "mortality-range" in capsys.readouterr().out


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root can write anywhere")
def test_unwritable_cache_dir_still_works(base: Path, cache_home: Path) -> None:
    cache_home.parent.mkdir()
    cache_home.parent.chmod(0o500)
    try:
        assert _load(base).check(STATEMENT).verdict == "contested"
        assert not cache_home.exists()
    finally:
        cache_home.parent.chmod(0o700)


def test_permission_denied_on_write_still_works(base: Path, cache_home: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    # The same failure an unwritable folder gives a normal user, simulated so it runs as root.
    import tempfile

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", denied)
    assert _load(base).check(STATEMENT).verdict == "contested"
    assert not list(cache_home.glob("*.pickle"))


def test_cache_path_that_cannot_be_a_folder_still_works(base: Path, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    # Works as root too: a plain file where the cache folder should be.
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    assert _load(base).check(STATEMENT).verdict == "contested"
    assert main(["--base", str(base), "check", STATEMENT]) == 0


def test_concurrent_writers_leave_a_whole_file(base: Path, cache_home: Path) -> None:
    from concurrent.futures import ThreadPoolExecutor

    checker = _load(base)
    key, path = cache.cache_key([base]), cache.cache_path([base])
    with ThreadPoolExecutor(4) as pool:
        list(pool.map(lambda _: cache._write(path, key, checker), range(8)))
    assert cache._read(path, key) is not None
    assert not list(cache_home.glob("*.tmp"))


def test_base_errors_still_raise(base: Path, cache_home: Path) -> None:
    from glfcheck.errors import BaseError

    (base / "claims" / "mortality.yaml").write_text("- id: [unclosed\n", encoding="utf-8")
    with pytest.raises(BaseError):
        _load(base)
    assert not cache_home.exists() or not list(cache_home.glob("*.pickle"))


def test_ctrl_c_while_writing_leaves_no_temporary_file(base: Path, cache_home: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(*args):
        raise KeyboardInterrupt

    monkeypatch.setattr(cache.os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        _load(base)
    assert list(cache_home.iterdir()) == []


def test_cached_claims_are_unpickled_as_a_lookup_reaches_them(shipped_checker) -> None:
    """The cache stores the claims in small pickled chunks: a lookup unpickles only the chunks of
    the claims it returns, and the claims read back equal the originals."""
    import pickle

    from glfcheck.base.model import LazyClaims

    loaded = pickle.loads(cache._dumps(shipped_checker))
    claims = loaded.base.claims
    assert isinstance(claims, LazyClaims) and not any(claims._loaded)
    result = loaded.check(STATEMENT)
    assert 0 < sum(chunk is not None for chunk in claims._loaded) < len(claims._loaded)
    assert result == shipped_checker.check(STATEMENT)
    original = shipped_checker.base.claims
    assert len(claims) == len(original) and claims[-1] == original[-1] and claims[3:5] == original[3:5]
    assert list(claims) == list(original) and claims == original
    assert loaded.base.claim(original[7].id) == original[7] and loaded.base.claim("no-such-claim") is None
    assert isinstance(pickle.loads(pickle.dumps(loaded.base)).claims, LazyClaims)


# ---------------------------------------------------------------- remembered lint results
DOC = ("# Notes\n\nMao Zedong launched the Great Leap Forward in 1966.\n\n"
       "Peng Dehuai was purged after the Lushan Conference of 1959.\n")


def _lint(capsys: pytest.CaptureFixture, base: Path, doc: Path, *extra: str) -> str:
    """`glfcheck [--no-cache] lint --format json [--fresh] doc`; its standard output."""
    global_options = [e for e in extra if e == "--no-cache"]
    lint_options = [e for e in extra if e != "--no-cache"]
    main(["--base", str(base), *global_options, "lint", "--format", "json", *lint_options, str(doc)])
    return capsys.readouterr().out


@pytest.fixture
def notes(tmp_path: Path) -> Path:
    """A small Markdown document: one wrong date, one right."""
    doc = tmp_path / "notes.md"
    doc.write_text(DOC, encoding="utf-8")
    return doc


def _count_checks(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    checked: list[str] = []
    real = Checker.check

    def counting(self, statement):
        checked.append(statement)
        return real(self, statement)

    monkeypatch.setattr(Checker, "check", counting)
    return checked


def test_lint_remembers_results_for_the_next_run(base: Path, cache_home: Path, notes: Path,
                                                 capsys: pytest.CaptureFixture,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    doc = notes
    checked = _count_checks(monkeypatch)
    first = _lint(capsys, base, doc)
    assert len(checked) == 2 and "conflicting-claim" in first
    assert len(list(cache_home.glob("results-*.pickle"))) == 1
    second = _lint(capsys, base, doc)
    assert len(checked) == 2  # nothing checked again
    assert second == first
    assert _lint(capsys, base, doc, "--fresh") == first
    assert len(checked) == 4  # --fresh checks every sentence again


def test_a_fresh_run_keeps_what_earlier_runs_remembered(base: Path, cache_home: Path, notes: Path, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """--fresh reuses nothing, but the results file it writes (from a forked child, while the
    report is printed) still holds the earlier runs' results."""
    other = tmp_path / "other.md"
    other.write_text("# More\n\nThe Great Chinese Famine lasted from 1959 to 1961.\n", encoding="utf-8")
    checked = _count_checks(monkeypatch)
    _lint(capsys, base, notes)
    _lint(capsys, base, other, "--fresh")
    assert len(checked) == 3
    _lint(capsys, base, notes)
    _lint(capsys, base, other)
    assert len(checked) == 3  # both documents' results were remembered


def test_remembered_results_go_stale_with_the_base(base: Path, cache_home: Path, notes: Path,
                                                   capsys: pytest.CaptureFixture,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    doc = notes
    checked = _count_checks(monkeypatch)
    _lint(capsys, base, doc)
    dates = base / "claims" / "dates.yaml"
    dates.write_text(dates.read_text(encoding="utf-8").replace("in 1958", "in 1966"), encoding="utf-8")
    out = _lint(capsys, base, doc)
    assert len(checked) == 4  # checked again against the changed base ...
    assert "launched the Great Leap Forward in 1966" not in [
        f["text"] for f in __import__("json").loads(out)["findings"] if f["rule"] == "conflicting-claim"]


def test_damaged_or_absent_results_are_ignored(base: Path, cache_home: Path, notes: Path,
                                               capsys: pytest.CaptureFixture,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    doc = notes
    first = _lint(capsys, base, doc)
    path = next(cache_home.glob("results-*.pickle"))
    data = path.read_bytes()
    path.write_bytes(data[:-10])  # truncated
    checked = _count_checks(monkeypatch)
    assert _lint(capsys, base, doc) == first
    assert len(checked) == 2
    path.write_bytes(data[: data.index(b"\n") + 1] + b"\x00" * (len(data) - data.index(b"\n") - 1))  # corrupt
    assert _lint(capsys, base, doc) == first


def test_no_cache_lint_remembers_nothing(base: Path, cache_home: Path, notes: Path,
                                         capsys: pytest.CaptureFixture) -> None:
    doc = notes
    first = _lint(capsys, base, doc, "--no-cache")
    assert "conflicting-claim" in first
    assert not list(cache_home.glob("results-*.pickle"))


def test_remembered_results_hold_the_base_claims_themselves(base: Path, cache_home: Path) -> None:
    checker = _load(base)
    result = checker.check("Mao Zedong launched the Great Leap Forward in 1966.")
    cache.save_results([base], {result.statement: result})
    results = cache.load_results([base], checker.base)
    assert results[result.statement] == result
    assert results[result.statement].claim is checker.base.claim(result.claim.id)  # by id, not a copy
