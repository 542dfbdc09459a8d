"""Damage met mid-command (a zeroed page) is said with the file's name and the doctor command
for it, whichever command met it: the fast paths said "the database is damaged ...
`studycli doctor` (with the same --db, if you gave one)" while others named the file."""

from __future__ import annotations

import pytest

from .helpers import run_here

PAGE = 4096


@pytest.mark.parametrize("command", [["facts"], ["stats"], ["cards"], ["conflicts"]])
def test_a_zeroed_page_is_named_with_its_file(shipped_copy, command):
    data = bytearray(shipped_copy.read_bytes())
    assert len(data) > 60 * PAGE
    data[50 * PAGE:51 * PAGE] = bytes(PAGE)  # a page of the facts, zeroed
    shipped_copy.write_bytes(bytes(data))
    done = run_here(*command, db=shipped_copy)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stderr.count("\n") == 1, done.stderr
    assert f"{shipped_copy} is damaged" in done.stderr
    assert f"`studycli doctor --db '{shipped_copy}'`" in done.stderr
