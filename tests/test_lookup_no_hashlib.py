"""A lookup keys its kept tables with zlib checksums (lookup/lexicon._checksum), not hashlib:
importing hashlib loads OpenSSL, about 2.7 ms of every lookup's start-up (measured: 53.9 ms
CPU against 56.5 ms with it, 31 interleaved runs on the shipped notes)."""

from __future__ import annotations

from tests.helpers import lookup_loads


def test_a_lookup_imports_no_hashlib_cold_or_warm(shipped_copy, tmp_path):
    """Run twice: the first builds and keeps the tables, the second reads them back."""
    assert lookup_loads(shipped_copy, tmp_path, ("hashlib",)) == ["RC 0 False"] * 2


def test_a_checksum_tells_an_edit_apart():
    from studycli.lookup.lexicon import _checksum

    text = b"sqs max message size 256 KB"
    assert _checksum(text) == _checksum(bytes(text))
    assert _checksum(text) != _checksum(text.replace(b"256", b"265"))
    assert _checksum(text) != _checksum(text + b" ")
