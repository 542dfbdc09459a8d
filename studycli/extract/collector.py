"""The cyclic garbage collector paused around bulk work that makes many short-lived, acyclic
objects (parsing a note, storing its facts, the post-ingest hooks): reference counting frees
them, and the collector's passes over an ever larger heap are pure cost. Light: no imports
beyond the standard library, so the ingest command can use it before the parser is loaded."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Disable the cyclic collector for the block, then restore it as it was."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
