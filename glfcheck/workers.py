"""The worker processes one run shares: they parse the files, then check the sentences.

A lint used to start one pool to parse files and a second to check sentences. On two cores the
second pool started late (after the first files were parsed) and both paid their own start-up;
one pool forked once does both jobs, in the order the work is handed out. Forked workers inherit
the loaded checker (and whatever was readied before the fork) for free; elsewhere each worker
unpickles the checker once.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Callable, Sequence

if TYPE_CHECKING:
    from concurrent.futures import Executor

    from glfcheck.checker import Checker, Result

_CHECKER: "Checker | None" = None  # a worker process's checker, set once when it starts
_SENT: tuple[int, ...] = ()  # how far its lookup memos had grown when it last sent them


def _start(checker: "Checker | None", send_memos: bool) -> None:
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

    def __init__(self, checker: "Checker | None", jobs: int, before_start: Callable[[], None] | None = None,
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
