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


def _start(checker: "Checker | None") -> None:
    global _CHECKER
    _CHECKER = checker
    if checker is not None:  # a worker checks hundreds of sentences
        checker.matcher.index.expect_many_searches()


def check_many(sentences: Sequence[str]) -> "list[Result]":
    """Run in a worker: the results of a batch of sentences."""
    assert _CHECKER is not None
    return [_CHECKER.check(s) for s in sentences]


class Workers:
    """A pool of `jobs` worker processes, started on first use and shut down by `close`.

    `before_start` is called once, in this process, just before the workers start: what it
    readies (the checker's lookup memos) the forked workers inherit.
    """

    def __init__(self, checker: "Checker | None", jobs: int, before_start: Callable[[], None] | None = None):
        self.checker = checker
        self.jobs = jobs
        self._before_start = before_start
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
