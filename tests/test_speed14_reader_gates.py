"""Readers gated by a cheap test of the line: a gate may only skip lines its reader finds
nothing on. For real lines (the shipped notes and development sets, in the contexts the
parser reads them in, and in others) and for random ones: gate false => the ungated reader
yields nothing."""

from __future__ import annotations

import random
import sys
from functools import lru_cache
from pathlib import Path

import pytest

from studycli.extract import codes, invocation
from studycli.extract.context import Context, resolve
from studycli.model import Fact
from studycli.notes.blocks import Block, to_blocks
from studycli.notes.normalize import normalize
from tests.helpers import a_share, random_lines

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

from parse_dump import NOTE_SETS  # noqa: E402  the sets the parse dump compares


def make(**fields) -> Fact:
    return Fact(source="n.md", line=1, snippet="", **fields)


@lru_cache(maxsize=1)  # loaded by the tests that read it, once per worker, not at collection
def real() -> list[tuple[Block, list[Block], Context]]:
    """Every block of the notes, with the context the parser reads it in (every other note
    of the sets in the everyday suite: reading them is most of these tests' time; all of
    them under bench/properties.py)."""
    out: list[tuple[Block, list[Block], Context]] = []
    paths = [path for folder in NOTE_SETS for path in sorted((REPO / folder).rglob("*.md"))]
    for path in a_share(paths):
        normalized = normalize(path.read_text(encoding="utf-8", errors="replace"))
        blocks, _ = to_blocks(normalized.text, normalized.tables)
        out.extend((block, blocks, resolve(block, blocks)) for block in blocks)
    return out


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
    cases = list(real())
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


def test_a_mode_is_only_found_where_names_a_mode_looks():
    """invocation_facts returns early for a line where neither it nor an enclosing line names
    a mode (_names_a_mode): every mode it reads is found by mode_of or _esm_mode, in the line
    or an enclosing one, and neither finds one where _names_a_mode says there is none."""
    texts = [block.text for block, _, _ in real()] + _random(6)
    texts += [t for _, _, ctx in real() for t in ctx.ancestors]
    skipped = 0
    for text in set(texts):
        if not invocation._names_a_mode(text):
            skipped += 1
            assert invocation.mode_of(text) is None, text
            assert invocation._esm_mode(text) is None, text
            assert invocation.MODE_WORD.search(text) is None, text
    assert skipped > len(set(texts)) // 2


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
    monkeypatch.setattr(invocation, "_about_lambda", entered)
    monkeypatch.setattr(invocation, "_invokers", entered)
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
    """fixed_word skips a name when _edits_bound of their letter sets exceeds `allowed`: n
    edits change at most 2n letters of the set, so the bound never exceeds _distance, and
    such a name is more than `allowed` edits away. Each edited word is compared with the
    name it was made from (the pairs a typo makes), and with a name drawn at random."""
    from studycli.extract import typos

    rng = random.Random(7)
    targets = sorted(typos._vocabulary()[0])
    for _ in range(3000):
        source = rng.choice(targets)
        word = list(source)
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
        edited = "".join(word)
        for other in (source, rng.choice(targets)):
            bound = typos._edits_bound(frozenset(edited), frozenset(other))
            assert bound <= typos._distance(edited, other), (edited, other)


def test_typos_are_still_fixed():
    """Letters left out, swapped and changed ("memiry", "timeaut": a changed letter takes one
    letter out of the set and puts another in, the most one edit can change)."""
    from studycli.extract.typos import fixed_word, repaired

    assert repaired("memroy 128 MB, visiblity timout 30 s, retension 4 days")[0] == \
        "memory 128 MB, visibility timeout 30 s, retention 4 days"
    assert repaired("memiry 128 MB, timeaut 30 s, visibulity 4 days")[0] == \
        "memory 128 MB, timeout 30 s, visibility 4 days"
    assert [fixed_word(w) for w in ("memiry", "timeaut", "visibulity", "concurrancy")] == \
        ["memory", "timeout", "visibility", "concurrency"]


@lru_cache(maxsize=1)
def _lower_case_changes() -> list[str]:
    """The code points above ASCII that str.lower changes (the others it leaves as they are,
    as the translate table did): the text of them all, lower-cased in C a block at a time,
    then walked only where a block changed (0.1 s, not 4 s for a walk of every code point)."""
    from array import array

    points = array("I", range(128, sys.maxunicode + 1)).tobytes()
    text = points.decode(f"utf-32-{'le' if sys.byteorder == 'little' else 'be'}", "surrogatepass")
    changed: list[str] = []
    for at in range(0, len(text), 512):
        block = text[at:at + 512]
        if block.lower() != block:
            changed.extend(c for c in block if c.lower() != c)
    return changed


def test_lower_case_keeps_what_the_service_pattern_reads():
    """alias_spans lower-cases a text with characters other than ASCII by str.lower (but for
    the four that fold to ASCII letters): every other character stays one character, other
    than ASCII, a word character exactly when it was one, so the spans found are those of
    the text with only its ASCII letters lower-cased."""
    import re

    from studycli import services

    changed = _lower_case_changes()
    assert "Ü" in changed and "\u0130" in changed and "→" not in changed and len(changed) > 1000
    word = re.compile(r"\w")
    for c in changed:
        if c in services._FOLDS_TO_ASCII:
            continue
        low = c.lower()
        assert len(low) == 1 and not low.isascii(), hex(ord(c))
        assert (word.match(c) is None) == (word.match(low) is None), hex(ord(c))
    assert services.alias_spans("→ Ünïcode: SQS→Lambda, éS3 and ÉKS") == [(11, 14), (15, 21)]


def test_default_gate_never_skips_a_named_default():
    """_candidate searches its five patterns only where a part every match of one of them
    holds is in the line: for every line of the notes (and random ones), gate false => the
    patterns find no default either."""
    from studycli.extract import defaults

    pieces = ["default", "Default", "DEFAULT", " ", "  ", "(", ")", "is ", "the ", "by ", "on ",
              "off ", ",", ":", "=", "-", "Edge-Optimized", "1", "LOG_ERROR", "x", "\t", "ok "]
    texts = [block.text for block, _, _ in real()] + random_lines(pieces, 8, 3000, 12)
    skipped = 0
    for text in texts:
        if defaults._SOME_PATTERN_PART.search(text) is None:
            skipped += 1
            assert defaults._read_candidate(text) is None, text
    assert skipped > len(texts) // 2
    assert defaults._candidate("Edge-Optimized (default)") == "Edge-Optimized"
    assert defaults._candidate("default timeout 3 s") is None
