"""SHA-256 without loading OpenSSL.

`hashlib` loads OpenSSL's library on import: about 13 million instructions, a third of a bare
Python start-up and ~3% of the quiz's or an exam's (callgrind). The digests a start-up needs
(fact ids, the keys of kept exams) are of short texts, where Python's builtin SHA-256 (the one
`hashlib` itself falls back to) is as quick and gives the same digest.
"""

from __future__ import annotations

try:
    from _sha256 import sha256  # Python 3.11
except ImportError:  # pragma: no cover  (3.12 renamed it; a build without it has hashlib's)
    try:
        from _sha2 import sha256
    except ImportError:
        from hashlib import sha256

__all__ = ["sha256"]


def sha256_hex(data: bytes) -> str:
    """The SHA-256 of `data` in hex: hashlib's (OpenSSL's, ~6x quicker on long texts: the
    whole AWS reference in 0.35 ms, not 2 ms) where this process loaded hashlib already (an
    ingest), else the builtin's (a lookup reading one or two reference files, which would
    spend ~2.5 ms loading OpenSSL for it). The same digest either way."""
    import sys

    loaded = sys.modules.get("hashlib")
    maker = loaded.sha256 if loaded is not None else sha256
    return maker(data).hexdigest()
