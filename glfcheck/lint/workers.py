"""The worker processes one run shares: they parse the files, then check the sentences.

A lint used to start one pool to parse files and a second to check sentences. On two cores the
second pool started late (after the first files were parsed) and both paid their own start-up;
one pool forked once does both jobs, in the order the work is handed out. Forked workers inherit
the loaded checker (and whatever was readied before the fork) for free; elsewhere each worker
unpickles the checker once.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterator, Sequence

from glfcheck.documents.reading import kind_of, read_or_error

if TYPE_CHECKING:
    from concurrent.futures import Executor

    from glfcheck.documents.model import Document
    from glfcheck.errors import InputError
    from glfcheck.results import Result, StatementChecker

_CHECKER: "StatementChecker | None" = None  # a worker process's checker, set once when it starts
_SENT: tuple[int, ...] = ()  # how far its lookup memos had grown when it last sent them


def _start(checker: "StatementChecker | None", send_memos: bool) -> None:
    global _CHECKER, _SENT
    _CHECKER = checker
    if checker is not None:  # a worker checks hundreds of sentences
        checker.matcher.index.expect_many_searches()
        _SENT = checker.memo_sizes() if send_memos else ()


def check_many(sentences: Sequence[str]) -> "tuple[list[Result], dict | None]":
    """Run in a worker: the results of a batch of sentences, and the lookup memos worked out
    for them (None when there are none: a warmed base), for the lint to keep for the next run."""
    global _SENT
    assert _CHECKER is not None
    results = [_CHECKER.check(s) for s in sentences]
    if not _SENT:
        return results, None
    grown = _CHECKER.memo_sizes()
    if grown == _SENT:
        return results, None
    memos, _SENT = _CHECKER.memos(since=_SENT), grown
    return results, memos


class Workers:
    """A pool of `jobs` worker processes, started on first use and shut down by `close`.

    `before_start` is called once, in this process, just before the workers start: what it
    readies (the checker's lookup memos) the forked workers inherit. With `send_memos`, each
    batch of results comes with the lookup memos worked out for it.
    """

    def __init__(self, checker: "StatementChecker | None", jobs: int, before_start: Callable[[], None] | None = None,
                 send_memos: bool = False):
        self.checker = checker
        self.jobs = jobs
        self._before_start = before_start
        self._send_memos = send_memos
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
            if self._before_start is not None:
                before, self._before_start = self._before_start, None
                before()
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            method = "fork" if self.forking else None
            self._pool = ProcessPoolExecutor(self.jobs, mp_context=multiprocessing.get_context(method),
                                             initializer=_start, initargs=(self.checker, self._send_memos))
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
