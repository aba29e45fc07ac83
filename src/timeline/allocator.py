"""Polars' allocator told to hand freed memory back to the system at once.

Polars allocates with jemalloc and sets it to keep freed pages for a while for reuse (the
settings polars 2.1 applies are half a second, then a second more as lazily freed pages, which
still count in the resident size). A build's reduce step runs one polars step after another,
so the kept pages piled up under the main process's peak, and the pile grew with the corpus
(about 50 MiB at 125,000 articles in the benchmark's synthetic reduce, for about 3% more
time). Polars adds `_RJEM_MALLOC_CONF` to its own settings when it loads, so this only takes
effect where timeline is imported first; a setting the user made already wins.
"""

from __future__ import annotations

import os
import sys

POLARS_ALLOCATOR_SETTINGS = "_RJEM_MALLOC_CONF"
RETURN_FREED_PAGES = "dirty_decay_ms:0,muzzy_decay_ms:0"


def configure_polars_allocator() -> bool:
    """Set polars' jemalloc to return freed pages at once; False when it is too late (polars
    is loaded) or the user chose a setting."""
    if "polars" in sys.modules or POLARS_ALLOCATOR_SETTINGS in os.environ:
        return False
    os.environ[POLARS_ALLOCATOR_SETTINGS] = RETURN_FREED_PAGES
    return True
