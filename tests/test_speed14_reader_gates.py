"""Readers gated by a cheap test of the line: a gate may only skip lines its reader finds
nothing on. For real lines (the shipped notes and development sets, in the contexts the
parser reads them in, and in others) and for random ones: gate false => the ungated reader
yields nothing."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from studycli.extract import codes, invocation
from studycli.extract.context import Context, resolve
from studycli.model import Fact
from studycli.notes.blocks import Block, to_blocks
from studycli.notes.normalize import normalize
from tests.helpers import random_lines

REPO = Path(__file__).resolve().parent.parent
NOTE_SETS = ["content", "tests/data/unseen_notes", "tests/data/unseen12_notes",
             "tests/data/unseen26_notes", "tests/data/unseen36_notes",
             "tests/data/unseen38_notes", "tests/data/unseen39_notes"]


def make(**fields) -> Fact:
    return Fact(source="n.md", line=1, snippet="", **fields)


def _real() -> list[tuple[Block, list[Block], Context]]:
    """Every block of the notes, with the context the parser reads it in."""
    out: list[tuple[Block, list[Block], Context]] = []
    for folder in NOTE_SETS:
        for path in sorted((REPO / folder).rglob("*.md")):
            normalized = normalize(path.read_text(encoding="utf-8", errors="replace"))
            blocks, _ = to_blocks(normalized.text, normalized.tables)
            out.extend((block, blocks, resolve(block, blocks)) for block in blocks)
    return out


REAL = _real()

# pieces of lines where the readers' patterns meet: codes and numbers that are none, marks
# before and after them, mode words and their look-alikes, services, enclosing lines' words
PIECES = ["429", "404", "4xx", "5XX", "256", "1024", "102", "600", "4٢9", " ", " ", ": ", " = ",
          " - ", " -> ", "→", ",", ";", ".", "(", ")", "$", "A: ", "Answer: ", "`", "**",
          "KB", " MB", " ms", "Throttling", "Bad Gateway", "error", "status", "returns ",
          "Lambda", "S3", "SNS", "SQS", "Kinesis", "API Gateway", "invokes ", "async", "sync",
          "asynchronous", "a-sync", "event source mapping", "polls ", "ESM", "RequestResponse",
          "invocation type Event", "source", "trigger", "ſync", "K", "x", "7", "Error", "if "]


def _random(seed: int) -> list[str]:
    return random_lines(PIECES, seed, 1500, 14)


def _contexts(rng: random.Random, lines: list[str]) -> list[Context]:
    return [Context("Lambda", "", ()), Context("S3", "", ()), Context("", "", ()),
            Context("Lambda", "", tuple(rng.sample(lines, 2))),
            Context("API Gateway", "", (rng.choice(lines),))]


def test_status_gate_never_skips_a_line_with_a_code():
    rng = random.Random(3)
    cases = list(REAL)
    lines = _random(5)
    for text in lines:
        block = Block(1, text, rng.choice(["item", "para", "heading"]), ())
        cases.extend((block, [block], ctx) for ctx in _contexts(rng, lines))
    skipped = 0
    for block, blocks, ctx in cases:
        if not codes.may_hold_status(block.text):
            skipped += 1
            assert codes.read_status_codes(block, blocks, ctx, make) == [], block.text
    assert skipped > len(cases) // 2  # the gate does skip most lines


def test_invocation_gate_never_skips_a_line_with_a_mode():
    rng = random.Random(4)
    cases = [(block, ctx) for block, _, ctx in REAL]
    lines = _random(6)
    for text in lines:
        block = Block(1, text, rng.choice(["item", "para", "heading"]), ())
        cases.extend((block, ctx) for ctx in _contexts(rng, lines))
    skipped = 0
    for block, ctx in cases:
        if not invocation.may_name_invocations(block, ctx):
            skipped += 1
            assert invocation.read_invocations(block, ctx, make) == [], (block.text, ctx)
    assert skipped > len(cases) // 2


@pytest.mark.parametrize("text", ["Lambda max memory 10,240 MB, default 128 MB",
                                  "- SQS message size up to 256 KB (1024 KB with extended)"])
def test_a_line_with_no_status_code_is_not_read_for_codes(monkeypatch, text):
    """Its numbers are no HTTP status ("256", "1024", "128" are none, "102" inside "10,240"
    stands beside word characters): the reader is never entered."""
    def entered(*args):
        raise AssertionError("read")
    monkeypatch.setattr(codes, "read_status_codes", entered)
    block = Block(1, text, "item", ())
    assert codes.status_code_facts(block, [block], Context("Lambda", "", ("errors",)), make) == []


def test_a_line_naming_no_mode_is_not_read_for_invokers(monkeypatch):
    def entered(*args):
        raise AssertionError("read")
    monkeypatch.setattr(invocation, "read_invocations", entered)
    block = Block(1, "S3 invokes Lambda on every upload", "item", ())
    ctx = Context("Lambda", "", ("Triggers", "Lambda"))
    assert invocation.invocation_facts(block, ctx, make) == []


def test_gated_readers_still_read_codes_and_modes():
    block = Block(1, "429 Too Many Requests = throttled", "item", ())
    assert [f.attribute for f in codes.status_code_facts(
        block, [block], Context("API Gateway", "", ("Errors",)), make)] == ["429"]
    block = Block(1, "S3 invokes Lambda asynchronously", "item", ())
    assert [(f.subject, f.value) for f in invocation.invocation_facts(
        block, Context("Lambda", "", ()), make)] == [("S3", "asynchronous")]


def test_letter_sets_bound_the_edit_distance():
    """fixed_word skips a name whose letters differ from the word's in more than 2 x allowed
    letters: n edits change at most 2n letters of the set, so such a name is more than
    `allowed` edits away and _distance would have ruled it out."""
    from studycli.extract import typos

    rng = random.Random(7)
    targets = sorted(typos._vocabulary()[0])
    for _ in range(3000):
        word = list(rng.choice(targets))
        for _ in range(rng.randint(0, 4)):  # random edits: change, insert, delete, swap
            at = rng.randrange(len(word))
            step = rng.randrange(4)
            if step == 0:
                word[at] = rng.choice("abcdeilmnorstuy")
            elif step == 1:
                word.insert(at, rng.choice("abcdeilmnorstuy"))
            elif step == 2 and len(word) > 1:
                del word[at]
            elif at + 1 < len(word):
                word[at], word[at + 1] = word[at + 1], word[at]
        other = rng.choice(targets)
        for a, b in (("".join(word), other), ("".join(word), rng.choice(targets))):
            assert typos._edits_bound(a, b) <= typos._distance(a, b), (a, b)
            for k in (1, 2):
                assert (len(frozenset(a) ^ typos._letter_set(b)) > 2 * k) == \
                    (typos._edits_bound(a, b) > k), (a, b)


def test_typos_are_still_fixed():
    from studycli.extract.typos import repaired

    assert repaired("memroy 128 MB, visiblity timout 30 s, retension 4 days")[0] == \
        "memory 128 MB, visibility timeout 30 s, retention 4 days"


def test_lower_case_keeps_what_the_service_pattern_reads():
    """alias_spans lower-cases a text with characters other than ASCII by str.lower (but for
    the four that fold to ASCII letters): every other character stays one character, other
    than ASCII, a word character exactly when it was one, so the spans found are those of
    the text with only its ASCII letters lower-cased."""
    import re
    import sys

    from studycli import services

    word = re.compile(r"\w")
    for point in range(128, sys.maxunicode + 1):
        c = chr(point)
        if c in services._FOLDS_TO_ASCII:
            continue
        low = c.lower()
        assert len(low) == 1 and not low.isascii(), hex(point)
        assert (word.match(c) is None) == (word.match(low) is None), hex(point)
    assert services.alias_spans("→ Ünïcode: SQS→Lambda, éS3 and ÉKS") == [(11, 14), (15, 21)]


def test_default_gate_never_skips_a_named_default():
    """_candidate searches its five patterns only where a part every match of one of them
    holds is in the line: for every line of the notes (and random ones), gate false => the
    patterns find no default either."""
    from studycli.extract import defaults

    pieces = ["default", "Default", "DEFAULT", " ", "  ", "(", ")", "is ", "the ", "by ", "on ",
              "off ", ",", ":", "=", "-", "Edge-Optimized", "1", "LOG_ERROR", "x", "\t", "ok "]
    texts = [block.text for block, _, _ in REAL] + random_lines(pieces, 8, 3000, 12)
    skipped = 0
    for text in texts:
        if defaults._SOME_PATTERN_PART.search(text) is None:
            skipped += 1
            assert defaults._read_candidate(text) is None, text
    assert skipped > len(texts) // 2
    assert defaults._candidate("Edge-Optimized (default)") == "Edge-Optimized"
    assert defaults._candidate("default timeout 3 s") is None
