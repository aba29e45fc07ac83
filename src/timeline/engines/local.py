"""The local engine: extraction in this process, or in a pool of worker processes.

At most two batches per worker are in flight, so memory is bounded by the batch size and the
number of workers, never by the size of the corpus.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait

from timeline.extraction import ArticleOutcome, BuildOptions, Extraction, init_worker, run_in_worker
from timeline.models import Article

IN_FLIGHT_PER_WORKER = 2


class LocalEngine:
    """Maps batches of articles to their outcomes on this machine."""

    def __init__(self, options: BuildOptions) -> None:
        self.options = options
        self.workers = max(1, options.workers)

    def map(self, batches: Iterable[list[Article]]) -> Iterator[ArticleOutcome]:
        if self.workers == 1:
            extraction = Extraction(self.options)
            for batch in batches:
                yield from extraction.run(batch)
            return
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=context,
            initializer=init_worker,
            initargs=(self.options,),
        ) as pool:
            pending: set[Future[list[ArticleOutcome]]] = set()
            for batch in batches:
                pending.add(pool.submit(run_in_worker, batch))
                if len(pending) >= self.workers * IN_FLIGHT_PER_WORKER:
                    done, pending = wait(pending, return_when=FIRST_COMPLETED)
                    for future in done:
                        yield from future.result()
            for future in sorted(pending, key=id):
                yield from future.result()
