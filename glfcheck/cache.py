"""A disk cache of the built Checker, so a lookup does not parse YAML or rebuild the index.

Parsing the base and building the BM25 index costs ~200 ms with the shipped base (seconds with
a large one); unpickling the finished Checker costs a few milliseconds. The cache is an
optimisation only: any problem with it (missing, stale, truncated, corrupt, unreadable, not
writable) silently falls back to building from the YAML files, which stay the truth.

File layout: one header line (magic, format, key, payload length, CRC-32, version), then a
pickle of the Checker. The key hashes every base file's path and content, the glfcheck version
and the package's own source files; with the length and CRC, staleness, truncation and
corruption are all caught before anything is unpickled.
"""

from __future__ import annotations

import gc
import os
import sys
import zlib
from pathlib import Path
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Iterable, Iterator

from glfcheck import __version__

try:  # the C module itself: hashlib would first load OpenSSL (~4 ms), which a hit does not need
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - other Python implementations
    from hashlib import blake2b

try:  # the C unpickler alone: pickle.py and its imports (~2 ms) are needed only to write
    from _pickle import loads as _loads
except ImportError:  # pragma: no cover - other Python implementations
    from pickle import loads as _loads

if TYPE_CHECKING:
    from glfcheck.judging.checker import Checker

MAGIC = b"glfcheck-cache"
FORMAT = 3  # bump when the file layout (or the key) changes
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


def resolve_roots(base_dir: str | os.PathLike | None, extra: Iterable[str | os.PathLike] = ()) -> list[Path]:
    """The same folders as `loader.resolve_roots` (the tests check it), without importing the
    loader, which imports PyYAML: a cache hit never parses YAML, so it need not load it."""
    chosen = base_dir or os.environ.get("GLFCHECK_BASE") or None
    if chosen:
        roots = [Path(chosen)]
    else:
        packaged = _PACKAGE_DIR / "_base"
        roots = [packaged if (packaged / "sources.yaml").is_file() else _PACKAGE_DIR.parent]
    return roots + [Path(e) for e in extra]


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
    (a rewrite within the file system's timestamp granularity must not go unnoticed). A file's
    content enters as its length and CRC-32: any accidental change shows, and CRC-32 runs ~4x
    faster than hashing the bytes themselves (a lookup in a 10,000-claim base reads 5.6 MB)."""
    h = blake2b(digest_size=20)
    h.update(f"{FORMAT}\0{__version__}\0{sys.implementation.cache_tag}\0{sys.version}\0".encode())
    h.update(_code_stamp())
    for root in roots:
        h.update(b"\0root\0" + str(Path(root).resolve()).encode())
        for path in _files(Path(root)):
            try:
                data = path.read_bytes()
            except OSError:
                data = b"\0missing"
            h.update(b"\0file\0" + path.name.encode() + b"\0" + f"{len(data)}\0{zlib.crc32(data)}".encode())
    return h.hexdigest()


def cache_path(roots: Iterable[Path]) -> Path:
    """One slot per set of base folders, so a changed base overwrites its old entry."""
    where = "\0".join(str(Path(r).resolve()) for r in roots)
    return cache_dir() / f"checker-{blake2b(where.encode(), digest_size=10).hexdigest()}.pickle"


def _writable(folder: Path) -> bool:
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError:
        return False
    return os.access(folder, os.W_OK)


def _dumps(checker: "Checker") -> bytes:
    import pickle

    return pickle.dumps(checker, protocol=pickle.HIGHEST_PROTOCOL)


def _verified_payload(path: Path, key: str) -> bytes | None:
    """The file's payload if it is complete, current and ours; otherwise None."""
    try:
        with open(path, "rb") as fh:
            if hasattr(os, "getuid") and os.fstat(fh.fileno()).st_uid != os.getuid():
                return None  # unpickling runs code: never trust a file another user wrote
            header = fh.readline(200).split()
            if header[:3] != [MAGIC, str(FORMAT).encode(), key.encode()]:
                return None
            length, crc = int(header[3]), int(header[4])
            payload = fh.read()
    except Exception:  # noqa: BLE001 - a bad cache is rebuilt, whatever went wrong
        return None
    if len(payload) != length or zlib.crc32(payload) != crc:
        return None
    return payload


def _read(path: Path, key: str) -> "Checker | None":
    """The cached Checker if the file is complete, current and ours; otherwise None."""
    from glfcheck.judging.checker import Checker

    payload = _verified_payload(path, key)
    if payload is None:
        return None
    try:
        checker = _loads(payload)  # noqa: S301 - our own file, verified
    except Exception:  # noqa: BLE001 - a bad cache is rebuilt, whatever went wrong
        return None
    return checker if isinstance(checker, Checker) else None


def _write(path: Path, key: str, checker: "Checker") -> None:
    try:
        payload = _dumps(checker)
    except Exception:  # noqa: BLE001 - an unpicklable checker only costs speed next time
        return
    _write_payload(path, key, payload)


def _write_payload(path: Path, key: str, payload: bytes) -> None:
    """Write atomically (temp file + os.replace) so concurrent runs never see half a file."""
    try:
        import tempfile

        header = f"{MAGIC.decode()} {FORMAT} {key} {len(payload)} {zlib.crc32(payload)} {__version__}\n"
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name + ".", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(header.encode() + payload)
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
    """Parse and index the base."""
    from glfcheck.base.loader import load_base
    from glfcheck.judging.checker import Checker

    return Checker(load_base(roots))


def load_checker(roots: list[Path], *, use_cache: bool = True, freeze: bool = True) -> "Checker":
    """A Checker for these base folders: from the cache when it is current, else built (and cached).

    Base errors (broken YAML, schema problems) still raise BaseError: only cache trouble is silent.
    The garbage collector is paused meanwhile: loading creates 10^5-10^6 long-lived objects and
    each collection pass over them would be wasted work (it halves the unpickle time). With
    `freeze` (the default, for a process that keeps one Checker, like the CLI) they are then
    moved out of the collector's sight for good (gc.freeze): otherwise the next full collection
    walks them all, ~170 ms with a 10,000-claim base.
    """
    roots = [Path(r) for r in roots]
    with _collector_paused(freeze):
        if not use_cache:
            return _build(roots)
        key = cache_key(roots)
        path = cache_path(roots)
        checker = _read(path, key)
        if checker is None:
            checker = _build(roots)
            _write(path, key, checker)
        return checker


@contextmanager
def _collector_paused(freeze: bool = True) -> Iterator[None]:
    """Garbage collection off while long-lived data is loaded, and (with `freeze`) that data then
    kept out of every later collection's sight (gc.freeze): collections walking loaded data that
    lives as long as the process are wasted work."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if freeze and hasattr(gc, "freeze"):
            gc.freeze()
        if was_enabled:
            gc.enable()


# ---------------------------------------------------------------- remembered results
# `glfcheck lint` re-run on a course (CI, pre-commit) meets mostly the sentences it checked last
# time. The checker is pure, so a sentence's result depends only on the base and glfcheck's code,
# which the same key covers: results are kept per base, next to its cached Checker, and reused
# while the key holds. Claims are stored by id and restored from the loaded base.
MAX_RESULTS = 200_000  # the newest are kept: ~200 bytes each on disk


def results_path(roots: Iterable[Path], kind: str = "results") -> Path:
    """The file of this base's remembered lint results."""
    return cache_path(roots).with_name(cache_path(roots).name.replace("checker-", f"{kind}-", 1))


def _claim_by_id(claim_id: str) -> Any:
    """Stands for a claim in remembered data; `_read_pickle` resolves it against the loaded base."""
    import pickle

    raise pickle.UnpicklingError("a claim can only be read back with its base")


def _read_pickle(path: Path, key: str, base: Any) -> Any:
    """The pickle in a verified file, claims restored from the base by id; None on any trouble."""
    import io
    import pickle

    def claim_of(claim_id: str) -> Any:
        claim = base.claim(claim_id)
        if claim is None:
            raise pickle.UnpicklingError(f"unknown claim {claim_id!r}")
        return claim

    class _Unpickler(pickle.Unpickler):
        def find_class(self, module: str, name: str) -> Any:
            if (module, name) == (__name__, "_claim_by_id"):
                return claim_of
            return super().find_class(module, name)

    try:
        payload = _verified_payload(path, key)
        return None if payload is None else _Unpickler(io.BytesIO(payload)).load()  # noqa: S301 - verified
    except Exception:  # noqa: BLE001 - bad remembered data is simply not used
        return None


def _write_pickle(path: Path, key: str, data: Any) -> None:
    """Pickle with claims stored by id, then write atomically (trouble only costs speed).

    The claim rule is in the pickler's dispatch table, which pickle consults in C by type: a
    persistent_id hook was a Python call for every object and doubled the time to pickle."""
    import copyreg
    import io
    import pickle

    from glfcheck.base.model import Claim

    class _Pickler(pickle.Pickler):
        dispatch_table = {**copyreg.dispatch_table, Claim: lambda claim: (_claim_by_id, (claim.id,))}

    try:
        buffer = io.BytesIO()
        _Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(data)
    except Exception:  # noqa: BLE001
        return
    _write_payload(path, key, buffer.getvalue())


def load_results(roots: list[Path], base: Any) -> dict[str, Any]:
    """Remembered results (sentence -> Result) for this base; {} when there are none or the file
    is stale, foreign, truncated or corrupt."""
    with _collector_paused():
        results = _read_pickle(results_path(roots), cache_key(roots), base)
    return results if isinstance(results, dict) else {}


def save_results(roots: list[Path], results: dict[str, Any]) -> None:
    """Remember results for the next run."""
    if len(results) > MAX_RESULTS:
        results = dict(list(results.items())[-MAX_RESULTS:])
    _write_pickle(results_path(roots), cache_key(roots), results)
