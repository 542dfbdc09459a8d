"""A lookup keys its kept tables with zlib checksums (lookup/lexicon._checksum), not hashlib:
importing hashlib loads OpenSSL, about 2.7 ms of every lookup's start-up (measured: 53.9 ms
CPU against 56.5 ms with it, 31 interleaved runs on the shipped notes)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_a_lookup_imports_no_hashlib_cold_or_warm(shipped_copy, tmp_path):
    """Run twice: the first builds and keeps the tables, the second reads them back."""
    code = ("import sys\nfrom studycli.entry import main\n"
            f"rc = main(['lookup', 'sqs max message size', '--db', {str(shipped_copy)!r}])\n"
            "print('RC', rc, 'hashlib' in sys.modules)\n")
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO), "HOME": str(tmp_path),
           "STUDYCLI_CACHE": str(tmp_path / "cache")}
    for _ in range(2):
        proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                              cwd=tmp_path, env=env, timeout=60)
        assert proc.stdout.strip().splitlines()[-1] == "RC 0 False", proc.stderr


def test_a_checksum_tells_an_edit_apart():
    from studycli.lookup.lexicon import _checksum

    text = b"sqs max message size 256 KB"
    assert _checksum(text) == _checksum(bytes(text))
    assert _checksum(text) != _checksum(text.replace(b"256", b"265"))
    assert _checksum(text) != _checksum(text + b" ")
