"""The local engine: extraction in this process, or in a pool of worker processes.

At most two batches per worker are in flight, so memory is bounded by the batch size and the
number of workers, never by the size of the corpus.

Ctrl-C is the calling process's alone: workers start with SIGINT blocked (a terminal sends it to
the whole process group, and each worker would print a traceback), and when the caller stops,
for any reason, the workers are terminated rather than left to finish their batches.
"""

from __future__ import annotations

import multiprocessing
import signal
import threading
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait

from timeline.extraction import ArticleOutcome, BuildOptions, Extraction, init_worker, run_in_worker
from timeline.models import Article

IN_FLIGHT_PER_WORKER = 2
JOIN_SECONDS = 5


def _interruptible_waits() -> None:
    """Let Ctrl-C wake this process while it waits for the workers.

    A library may install its SIGINT handler with SA_RESTART (polars does, chaining to
    Python's), and then a wait on a lock restarts instead of raising KeyboardInterrupt until the
    batch is done; clearing the flag again gives Python's usual behaviour.
    """
    if threading.current_thread() is threading.main_thread():
        signal.siginterrupt(signal.SIGINT, True)


def _without_sigint(
    pool: ProcessPoolExecutor, batch: list[Article]
) -> Future[list[ArticleOutcome]]:
    """Submit; a worker process started by this submit inherits SIGINT blocked."""
    blocked = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        return pool.submit(run_in_worker, batch)
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, blocked)


def _stop(pool: ProcessPoolExecutor) -> None:
    """Cancel what is queued and end the workers now, not after their current batch."""
    terminate: Callable[[], None] | None = getattr(pool, "terminate_workers", None)
    if terminate is not None:  # Python 3.14 and later
        terminate()
        return
    workers = list((getattr(pool, "_processes", None) or {}).values())  # before 3.14: by hand
    pool.shutdown(wait=False, cancel_futures=True)
    for worker in workers:
        worker.terminate()
    for worker in workers:
        worker.join(JOIN_SECONDS)


class LocalEngine:
    """Maps batches of articles to their outcomes on this machine."""

    def __init__(self, options: BuildOptions) -> None:
        self.options = options
        self.workers = max(1, options.workers)

    def map(self, batches: Iterable[list[Article]]) -> Iterator[ArticleOutcome]:
        if self.workers == 1:
            extraction: Extraction | None = None  # loaded at the first article to parse: a
            for batch in batches:  # rebuild wholly from the cache never loads the model
                if extraction is None:
                    extraction = Extraction(self.options)
                yield from extraction.run(batch)
            return
        context = multiprocessing.get_context("spawn")
        _interruptible_waits()
        with ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=context,
            initializer=init_worker,
            initargs=(self.options,),
        ) as pool:
            try:
                pending: set[Future[list[ArticleOutcome]]] = set()
                for batch in batches:
                    pending.add(_without_sigint(pool, batch))
                    if len(pending) >= self.workers * IN_FLIGHT_PER_WORKER:
                        done, pending = wait(pending, return_when=FIRST_COMPLETED)
                        for future in done:
                            yield from future.result()
                for future in sorted(pending, key=id):
                    yield from future.result()
            except BaseException:  # Ctrl-C, an error, or the caller closing this generator
                _stop(pool)
                raise
