"""Notation the parser did not read (issue 10): a cram sheet's bounds written as symbols
("targets ≤ 5 per rule", "1 min ≤ t ≤ 14 d", "λ") and a Korean or Japanese note's range of
two figures of one unit ("128MB ~ 3008MB") (studycli/notes/symbols.py, studycli/notes/gloss.py)."""

from __future__ import annotations

import pytest

from studycli.extract import parse_note
from studycli.formats import as_markdown
from studycli.notes.symbols import read_symbols


def _facts(text: str, name: str) -> list[tuple[int, str, str, str, str]]:
    note = parse_note(as_markdown(text, "." + name.rsplit(".", 1)[1]), name, 1)
    return [(f.line, f.service, f.attribute, f.qualifier, f.value) for f in note.facts
            if f.kind != "fact"]


@pytest.mark.parametrize(("written", "read"), [
    ("targets ≤ 5 per rule", "targets max 5 per rule"),
    ("users/acct ≤ 5000 ; groups ≤ 300", "users/acct max 5000 ; groups max 300"),
    ("layers <= 5", "layers max 5"),
    ("recommends >= 2 HSMs", "recommends min 2 HSMs"),
    ("multivalue (≤ 8 healthy records)", "multivalue (max 8 healthy records)"),
    ("retention: 1 min ≤ t ≤ 14 d, default = 4 d", "retention: 1 min – 14 d, default = 4 d"),
    ("0 ≤ TTL ≤ 3600 s", "TTL 0 – 3600 s"),
    ("λ@Edge: viewer ≤ 5 s", "Lambda@Edge: viewer ≤ 5 s"),
])
def test_symbols_are_read_as_words(written, read):
    assert read_symbols(written) == read


@pytest.mark.parametrize("kept", [
    "Lambda <-> SQS", "a -> b", "payload > 6 MB", "zip ≤ 50 MB", "lasts ≥ 5 min",
    "5 ≤ n", "user inline ≤ 2,048 chars", "annotations indexed (≤ 50)",
    "1 ACU ~ 2 GB", "~70% cheaper", "retries 2×", "λεπτά 5", "a <=> b",
])
def test_what_is_no_bound_stays_as_written(kept):
    assert read_symbols(kept) == kept


def test_a_boxed_quantity_is_a_range_not_a_default():
    # its lower end was read as a default ("integration timeout default 50 ms")
    facts = _facts("# API Gateway\n\n- integration timeout: 50 ms ≤ t ≤ 29 s\n", "n.md")
    assert (3, "API Gateway", "integration timeout", "default", "50 ms") not in facts
    assert (3, "API Gateway", "integration timeout", "max", "29 s") in facts
    assert (3, "API Gateway", "integration timeout", "min", "50 ms") in facts


def test_a_bound_on_a_count_is_a_fact():
    facts = _facts("# EventBridge\n\n- rules ≤ 100 per bus (soft) ; targets ≤ 5 per rule\n",
                   "n.md")
    assert (3, "EventBridge", "targets (per rule)", "max", "5 targets") in facts


def test_lambda_written_as_its_letter_is_lambda():
    facts = _facts("SERVERLESS: λ / API GW\n\nλ LIMITS\n layers ≤ 5 per fn\n", "n.txt")
    assert [f[1] for f in facts] == ["Lambda"]


def test_a_range_of_two_figures_of_one_unit_in_a_korean_note():
    facts = _facts("# Lambda 제한\n\n- 메모리: 128MB ~ 3008MB (64MB 단위로 증가)\n"
                   "- 타임아웃 기본값: 3초\n", "n.md")
    assert (3, "Lambda", "memory", "max", "3008 MB") in facts
