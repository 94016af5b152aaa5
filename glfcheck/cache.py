"""A disk cache of the built Checker, so a lookup does not parse YAML or rebuild the index.

Parsing the base and building the BM25 index costs ~200 ms with the shipped base (seconds with
a large one); unpickling the finished Checker costs a few milliseconds. The cache is an
optimisation only: any problem with it (missing, stale, truncated, corrupt, unreadable, not
writable) silently falls back to building from the YAML files, which stay the truth.

File layout: one line of JSON header after a magic tag, then a pickle of the Checker.
The header carries the key (hash of every base file's path and content, of the glfcheck version
and of the package's own source files), the payload's length and its CRC, so that staleness,
truncation and corruption are all caught before anything is unpickled.
"""

from __future__ import annotations

import gc
import hashlib
import json
import os
import pickle
import sys
import tempfile
import zlib
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

from glfcheck import __version__

if TYPE_CHECKING:
    from glfcheck.checker import Checker

MAGIC = b"glfcheck-cache\n"
FORMAT = 1  # bump when the file layout changes
_PACKAGE_DIR = Path(__file__).resolve().parent


def cache_dir() -> Path:
    """The user's cache folder for glfcheck (XDG_CACHE_HOME, the platform's, or ~/.cache)."""
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg and os.path.isabs(xdg):  # the XDG spec says to ignore a relative path
        return Path(xdg) / "glfcheck"
    if sys.platform == "win32" and os.environ.get("LOCALAPPDATA"):
        return Path(os.environ["LOCALAPPDATA"]) / "glfcheck" / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "glfcheck"
    return Path.home() / ".cache" / "glfcheck"


def _files(root: Path) -> list[Path]:
    """The files of a base, as `loader.base_files` lists them.

    Repeated here (and checked against it by the tests) because importing the loader imports
    PyYAML, which a cache hit must not pay for.
    """
    files = [root / "sources.yaml"]
    if (root / "lexicon.yaml").is_file():
        files.append(root / "lexicon.yaml")
    files += sorted((root / "claims").glob("*.yaml"))
    return files


def _code_stamp() -> bytes:
    """Size and mtime of glfcheck's own modules: an editable install changes classes without a
    version bump, and an old pickle of changed classes would load but misbehave."""
    parts = []
    for path in sorted(_PACKAGE_DIR.rglob("*.py")):
        try:
            st = path.stat()
        except OSError:
            continue
        parts.append(f"{path.relative_to(_PACKAGE_DIR)}:{st.st_size}:{st.st_mtime_ns}")
    return "\n".join(parts).encode()


def cache_key(roots: Iterable[Path]) -> str:
    """A hash of everything the built Checker depends on; content, not mtime, for the base files
    (a rewrite within the file system's timestamp granularity must not go unnoticed)."""
    h = hashlib.blake2b(digest_size=20)
    h.update(f"{FORMAT}\0{__version__}\0{sys.version_info[:2]}\0".encode())
    h.update(_code_stamp())
    for root in roots:
        h.update(b"\0root\0" + str(Path(root).resolve()).encode())
        for path in _files(Path(root)):
            try:
                data = path.read_bytes()
            except OSError:
                data = b"\0missing"
            h.update(b"\0file\0" + path.name.encode() + b"\0" + str(len(data)).encode() + b"\0")
            h.update(data)
    return h.hexdigest()


def cache_path(roots: Iterable[Path]) -> Path:
    """One slot per set of base folders, so a changed base overwrites its old entry."""
    where = "\0".join(str(Path(r).resolve()) for r in roots)
    return cache_dir() / f"checker-{hashlib.blake2b(where.encode(), digest_size=10).hexdigest()}.pickle"


def _read(path: Path, key: str) -> "Checker | None":
    """The cached Checker if the file is complete, current and ours; otherwise None."""
    from glfcheck.checker import Checker

    try:
        with open(path, "rb") as fh:
            if hasattr(os, "getuid") and os.fstat(fh.fileno()).st_uid != os.getuid():
                return None  # unpickling runs code: never trust a file another user wrote
            if fh.read(len(MAGIC)) != MAGIC:
                return None
            header = json.loads(fh.readline())
            if header.get("format") != FORMAT or header.get("key") != key:
                return None
            payload = fh.read()
        if len(payload) != header["length"] or zlib.crc32(payload) != header["crc"]:
            return None
        checker = pickle.loads(payload)  # noqa: S301 - our own file, verified above
    except Exception:  # noqa: BLE001 - a bad cache is rebuilt, whatever went wrong
        return None
    return checker if isinstance(checker, Checker) else None


def _write(path: Path, key: str, checker: "Checker") -> None:
    """Write atomically (temp file + os.replace) so concurrent runs never see half a file."""
    try:
        payload = pickle.dumps(checker, protocol=pickle.HIGHEST_PROTOCOL)
        header = json.dumps({"format": FORMAT, "version": __version__, "key": key,
                             "length": len(payload), "crc": zlib.crc32(payload)}).encode()
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name + ".", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(MAGIC + header + b"\n" + payload)
            os.replace(tmp, path)
        except BaseException:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            raise
    except Exception:  # noqa: BLE001 - an unwritable cache only costs speed next time
        pass


def _build(roots: list[Path]) -> "Checker":
    from glfcheck.checker import Checker
    from glfcheck.loader import load_base

    return Checker(load_base(roots))


def load_checker(roots: list[Path], *, use_cache: bool = True) -> "Checker":
    """A Checker for these base folders: from the cache when it is current, else built (and cached).

    Base errors (broken YAML, schema problems) still raise BaseError: only cache trouble is silent.
    The garbage collector is paused meanwhile: loading creates ~10^5 long-lived objects and
    each full collection pass over them would be wasted work (it halves the unpickle time).
    """
    roots = [Path(r) for r in roots]
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        if not use_cache:
            return _build(roots)
        key = cache_key(roots)
        path = cache_path(roots)
        checker = _read(path, key)
        if checker is None:
            checker = _build(roots)
            _write(path, key, checker)
        return checker
    finally:
        if was_enabled:
            gc.enable()
