"""The worker processes one run shares: they parse the files, then check the sentences.

A lint used to start one pool to parse files and a second to check sentences. On two cores the
second pool started late (after the first files were parsed) and both paid their own start-up;
one pool forked once does both jobs, in the order the work is handed out. Forked workers inherit
the loaded checker for free; elsewhere each worker unpickles the checker once.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Iterator, Sequence

from glfcheck.documents.reading import kind_of, read_or_error

if TYPE_CHECKING:
    from concurrent.futures import Executor

    from glfcheck.documents.model import Document
    from glfcheck.errors import InputError
    from glfcheck.results import Result, StatementChecker

_CHECKER: "StatementChecker | None" = None  # a worker process's checker, set once when it starts


def _start(checker: "StatementChecker | None") -> None:
    global _CHECKER
    _CHECKER = checker


def check_many(sentences: Sequence[str]) -> "list[Result]":
    """Run in a worker: the results of a batch of sentences."""
    assert _CHECKER is not None
    return [_CHECKER.check(s) for s in sentences]


class Workers:
    """A pool of `jobs` worker processes, started on first use and shut down by `close`."""

    def __init__(self, checker: "StatementChecker | None", jobs: int):
        self.checker = checker
        self.jobs = jobs
        self._pool: "Executor | None" = None

    @property
    def started(self) -> bool:
        return self._pool is not None

    @property
    def forking(self) -> bool:
        """Whether workers are forked (and so share what this process has loaded)."""
        return sys.platform.startswith("linux")

    def pool(self) -> "Executor":
        if self._pool is None:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            method = "fork" if self.forking else None
            self._pool = ProcessPoolExecutor(self.jobs, mp_context=multiprocessing.get_context(method),
                                             initializer=_start, initargs=(self.checker,))
        return self._pool

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None

    def __enter__(self) -> "Workers":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# Parsing Markdown costs ~30 ms per 100 KB; with several files and cores, worker processes parse
# while this one lints. Below this much text a pool costs more than it saves.
PARALLEL_MIN_BYTES = 300_000


def read_many(paths: Sequence[str | Path], jobs: int = 1,
              workers: Workers | None = None) -> "Iterator[Document | InputError]":
    """Each file read and parsed, in order: its Document, or the InputError saying why it could
    not be read. With `jobs` > 1 (or `workers`, shared with the rest of the run) and enough text,
    files are parsed in forked worker processes."""
    sizes = 0
    for path in paths:
        try:
            sizes += Path(path).stat().st_size
        except OSError:
            pass
    jobs = workers.jobs if workers is not None else jobs
    if jobs < 2 or len(paths) < 2 or sizes < PARALLEL_MIN_BYTES or not sys.platform.startswith("linux"):
        yield from map(read_or_error, [str(p) for p in paths])
        return
    if any(kind_of(p) in ("markdown", "notebook") for p in paths):
        from markdown_it import MarkdownIt  # noqa: F401 - imported once here, inherited by forked workers

    own = workers is None
    workers = workers or Workers(None, min(jobs, len(paths)))  # parsing needs no checker
    try:
        yield from workers.pool().map(read_or_error, [str(p) for p in paths])
    finally:
        if own:
            workers.close()
