"""The lookup's kept patterns (studycli/fastpath/patterns.py) are read back through a
memoryview, not the array module: a lookup loads no shared library it does not need, and a
kept pattern matches as the one re compiles, a damaged entry compiling afresh."""

from __future__ import annotations

import re

import pytest

from studycli.fastpath import patterns
from tests.helpers import lookup_loads

PATTERNS = [(r"(\d+)\s*(kb|mb)\b", re.IGNORECASE), (r"(?P<name>[a-z]+)=(?P<v>\d+)", 0),
            (r"(?<![A-Za-z\d])\d[\d,]*(?:\.\d+)?", 0), ("[\u00c0-\u024f]+", 0)]
TEXTS = ["max 256 KB, 10 MB", "ttl=300 retries=2", "1,000 per 3.5 s", "rétention défaut"]


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_a_kept_entry_matches_as_re_compiles(pattern, flags):
    kept = patterns._engine(pattern, patterns._entry(pattern, flags))
    plain = re.compile(pattern, flags)
    for text in TEXTS:
        assert [m.span() for m in kept.finditer(text)] == [m.span() for m in plain.finditer(text)]
        assert kept.findall(text) == plain.findall(text)
    assert kept.groupindex == plain.groupindex and kept.groups == plain.groups


def test_a_damaged_entry_compiles_afresh(monkeypatch):
    pattern = r"\d+ (?:ms|s)\b"
    final, code, groups, groupindex, indexgroup = patterns._entry(pattern, 0)
    with pytest.raises((TypeError, ValueError)):  # a length no multiple of a word's
        patterns._engine(pattern, (final, code[:-1], groups, groupindex, indexgroup))
    monkeypatch.setattr(patterns, "_kept", {(False, pattern, 0): (final, code[:-1], groups,
                                                                  groupindex, indexgroup)})
    compile_ = patterns._compile(lambda p, f: pytest.fail("handed to re as is"))
    assert compile_(pattern, 0).findall("30 s, 5 ms, 7 h") == ["30 s", "5 ms"]


def test_a_lookup_imports_no_array(shipped_copy, tmp_path):
    """Run twice: the first compiles and keeps the patterns, the second reads them back."""
    assert lookup_loads(shipped_copy, tmp_path, ("array",))[-1] == "RC 0 False"
    assert list((tmp_path / "cache").glob("lookup-regex-*.marshal"))
