"""Whether the fact base's check against the AWS reference is up to date, asked after every
ingest. Outside studycli.reference on purpose: importing that package loads its matching
code and tomllib (a tenth of the imports of an ingest that changed nothing), and the answer
needs only file stats and the stored stamp."""

from __future__ import annotations

import os

TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path


def reference_stamp(directory: Path | None = None) -> str:
    """Changes when any reference file or the matching code changes (file stats only, each
    taken once within paths.files_seen_once: an ingest asks twice)."""
    import hashlib

    from studycli.paths import reference_dir, reference_stamps

    folder = directory if directory is not None else reference_dir()
    code = os.path.join(os.path.dirname(os.path.abspath(__file__)), "reference")
    stats = [*reference_stamps(folder), *reference_stamps(code, ".py")]
    return hashlib.sha256(repr(stats).encode()).hexdigest()[:16]


def current_stamp(conn) -> str:
    """The stamp a check of today's facts against today's reference is stored under."""
    from studycli.store.currency import facts_version

    return f"{reference_stamp()}|{facts_version(conn)}"


def stale_stamp(conn, day: str) -> str | None:
    """The stamp to store a new check under, or None where the stored statuses are those of
    today's facts and reference and no announced change has taken effect since (on `day`),
    which changes statuses by itself. Worked out once: it reads every fact's id."""
    from studycli.store.currency import pending_passed, stamp

    now = current_stamp(conn)
    return None if stamp(conn) == now and not pending_passed(conn, day) else now
