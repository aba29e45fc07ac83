"""The Dask engine: the same per-article work on a Dask (distributed) cluster.

Batches of articles are the partitions of the map step; outcomes come back to this process,
which does the reduce step (dedup and store) exactly as the local engine's build does, so the
output is the same. Without a scheduler address it starts a LocalCluster on 127.0.0.1 with no
dashboard.

Ctrl-C is this process's alone, as with the local engine: the LocalCluster's processes start
with SIGINT blocked, and when the build stops they are ended without the cluster's log lines.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import threading
from collections.abc import Iterable, Iterator
from typing import Any

from timeline.errors import UsageError
from timeline.extraction import (
    ArticleOutcome,
    BuildOptions,
    init_worker,
    run_in_worker,
    worker_options,
)
from timeline.models import Article

IN_FLIGHT_PER_WORKER = 2


def run_batch(options: BuildOptions, articles: list[Article]) -> list[ArticleOutcome]:
    """Dask task: load the pipeline once per worker process, then extract one batch."""
    if worker_options() != options:
        init_worker(options)
    return run_in_worker(articles)


class DaskEngine:
    """Maps batches of articles to outcomes on a Dask cluster."""

    def __init__(self, options: BuildOptions) -> None:
        self.options = options

    def _client(self) -> tuple[Any, Any]:
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError as exc:  # pragma: no cover - dask is a declared dependency
            raise UsageError("the dask engine needs 'dask[distributed]' installed") from exc
        if self.options.scheduler:
            try:
                return Client(self.options.scheduler, timeout="10s"), None
            except OSError as exc:
                raise UsageError(
                    f"cannot reach the Dask scheduler at {self.options.scheduler} ({exc}); "
                    "check --scheduler"
                ) from exc
        main = threading.current_thread() is threading.main_thread()
        blocked = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT}) if main else None
        try:  # the cluster's threads, and the processes they start, inherit SIGINT blocked
            cluster = LocalCluster(
                n_workers=max(1, self.options.workers),
                threads_per_worker=1,
                processes=True,
                host="127.0.0.1",
                dashboard_address=None,
            )
            return Client(cluster), cluster
        finally:
            if blocked is not None:
                signal.pthread_sigmask(signal.SIG_SETMASK, blocked)

    def map(self, batches: Iterable[list[Article]]) -> Iterator[ArticleOutcome]:
        from dask.distributed import as_completed

        client, cluster = self._client()
        try:
            workers = max(1, len(client.scheduler_info().get("workers", {})))
            running = as_completed()
            in_flight = 0
            for batch in batches:
                future = client.submit(run_batch, self.options, batch, pure=False)
                running.add(future)
                in_flight += 1
                if in_flight >= workers * IN_FLIGHT_PER_WORKER:
                    yield from next(running).result()
                    in_flight -= 1
            for future in running:
                yield from future.result()
        except BaseException:  # Ctrl-C, an error, or the caller closing this generator
            logging.getLogger("distributed").setLevel(logging.CRITICAL + 1)
            if cluster is not None:
                _kill_workers(cluster)
            raise
        finally:
            client.close()
            if cluster is not None:
                cluster.close()


def _kill_workers(cluster: Any) -> None:
    """End a LocalCluster's worker processes now, not after their batches (best effort)."""
    for nanny in list(getattr(cluster, "workers", {}).values()):
        pid = getattr(getattr(getattr(nanny, "process", None), "process", None), "pid", None)
        if isinstance(pid, int):
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
