"""The claim prefilter stands in for each pattern by its trigger (the pattern without its
leading line-wide lookaheads): it must still match every line the whole pattern matches, or a
stale line would go unflagged, and it must keep what follows the lookaheads intact."""

from __future__ import annotations

import importlib
import re
import tomllib

import pytest

from studycli.paths import data_dir
from studycli.reference.assess import _any_pattern, _trigger


@pytest.mark.parametrize(("pattern", "trigger"), [
    (r"^(?!.*\bnow\b).*\bjava\s+only\b", r"\bjava\s+only\b"),
    (r"^(?!.*\b(now|was)\b)(?!.*n't\b).*fifo", "fifo"),
    (r"^(?=.*\bin[- ]?flight)(?!.*\bnow\b).*\bfifo\b", r"\bfifo\b"),
    # a character class or an escaped parenthesis inside the lookahead does not end it
    (r"^(?![^)]*\)|.*\(x\)).*y", "y"),
    # unanchored patterns and a lazy or absent ".*" are kept as they are
    (r"\bburst\b.{0,40}3000", r"\bburst\b.{0,40}3000"),
    (r"^(?!.*a).*?b", ".*?b"),
    (r"^abc", "abc"),
    # an unclosed lookahead (a pattern that does not compile) is left whole
    (r"^(?!.*a", r"^(?!.*a"),
])
def test_the_trigger_drops_only_the_leading_lookaheads(pattern, trigger):
    assert _trigger(pattern) == trigger


def _shipped_patterns() -> list[str]:
    out = []
    for path in sorted((data_dir() / "reference").glob("*.toml")):
        for entry in tomllib.loads(path.read_text(encoding="utf-8")).get("entry", []):
            out += entry.get("supported_by", []) + entry.get("contradicted_by", [])
    return out


def _stale_lines() -> list[str]:
    """The lines the reference's claim tests flag or leave alone, as students word them."""
    lines = []
    for name in ("test_refdata9_claims", "test_refdata10_claims", "test_refdata11_claims",
                 "test_refdata12_claims"):
        module = importlib.import_module(f"tests.{name}")
        for text in (getattr(module, "STALE", ""), getattr(module, "RIGHT", "")):
            lines += [line for line in text.splitlines() if line.strip()]
    return lines


def test_every_shipped_pattern_s_trigger_matches_wherever_the_pattern_does():
    lines = _stale_lines()
    assert len(lines) > 100
    matched = 0
    for pattern in _shipped_patterns():
        whole = re.compile(pattern, re.IGNORECASE)
        trigger = re.compile(_trigger(pattern), re.IGNORECASE)
        for line in lines:
            if whole.search(line):
                matched += 1
                assert trigger.search(line), (pattern, line)
    assert matched > 50  # the lines do exercise the patterns


def test_the_prefilter_still_rules_a_line_out_and_skips_a_broken_pattern():
    prefilter = _any_pattern((r"^(?!.*\bnow\b).*\bjava\s+only\b", r"^(?!.*a", r"\bfifo\b"))
    assert prefilter is not None
    assert prefilter.search("SnapStart = Java only")
    assert prefilter.search("FIFO topics")
    assert not prefilter.search("SnapStart for Python too")
