"""The cue pre-checks (attribution._may_hold_cue) spare a line the example, doubt and
calculation patterns only where those patterns cannot match: each gated reading equals the
pattern searched alone, on every cue in any case, on non-ASCII spellings that match ASCII
letters when case is ignored, and on the shipped notes' lines."""

from __future__ import annotations

from pathlib import Path

from studycli.extract import attribution
from studycli.extract.cues import words

REPO = Path(__file__).resolve().parent.parent


def _readings(line: str) -> tuple[bool, bool, bool]:
    return (attribution._holds_example_cue.__wrapped__(line), attribution.doubted_from(line) == 0,
            attribution.is_story(line))


def _plain(line: str) -> tuple[bool, bool, bool]:
    doubt = attribution._DOUBT.search(line)
    doubted = doubt is not None and (
        attribution._RETRACTED.search(line) is not None
        or (any(True for _ in attribution._NUMBER_DIGIT.finditer(line, doubt.start()))
            and not attribution._NUMBER_DIGIT.search(line[:doubt.start()])))
    story = (attribution._STORY.match(line) is not None
             or attribution._CALCULATION.search(line) is not None
             or attribution._QUOTED_SCENARIO.match(line) is not None)
    return attribution._EXAMPLE_CUE.search(line) is not None, doubted, story


def _lines_with_every_cue() -> list[str]:
    out = []
    for name in ("example_cues", "doubt_cues", "calculation_cues"):
        for entry in words(name):
            for spelled in (entry, entry.upper(), entry.title()):
                out += [f"SQS max 256 KB {spelled} 14 days", f"{spelled} 5 s", f"x{spelled}9"]
    return out


def test_every_cue_in_any_case_is_still_searched():
    # one test over every line (not one a line: ~490 tests' set-up cost more than the
    # check), naming each line whose gated reading differs from the pattern's
    lines = _lines_with_every_cue()
    assert len(lines) > 400
    assert [line for line in lines if _readings(line) != _plain(line)] == []


def test_a_cue_is_seen_through_each_spelling():
    # a cue found by the pattern is always let through by the pre-check
    for name in ("example_cues", "doubt_cues", "calculation_cues"):
        for entry in words(name):
            assert attribution._may_hold_cue(f"Lambda {entry.upper()} 15 min", name)


def test_characters_that_match_ascii_letters_are_searched():
    # the long s and the Kelvin sign match "s" and "k" when case is ignored: never skipped
    for line in ("timeout 5 s, ſuch as 10 s", "ſuppose 3 retries", "double-chec\u212a 14 days",
                 "memory 128 MB, e.g. 512 MB", "no cue at all 5 s", "(?) 30 s", "calc: 4 KB ??"):
        assert _readings(line) == _plain(line)


def test_shipped_lines_read_the_same():
    lines = [line for note in sorted((REPO / "content").iterdir())
             for line in note.read_text(encoding="utf-8").splitlines()]
    assert len(lines) > 500
    assert [_readings(line) for line in lines] == [_plain(line) for line in lines]
