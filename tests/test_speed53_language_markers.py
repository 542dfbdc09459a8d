"""Telling a note's languages (notes/gloss.languages_of) looks up only the function words the
note writes: every language's ~500 markers looked up one by one in the note's word counts
were a fixed cost of every note's parse, a tenth of a short note's. The languages told are
those the marker-by-marker count told."""

from __future__ import annotations

from collections import Counter

import pytest

from studycli.languages import ENGLISH_MARKERS, LANGUAGES, MIN_MARKERS
from studycli.notes import gloss
from studycli.notes.unaccented import typed_plain, unaccented
from studycli.paths import content_dir

SHORT = "## Amazon SQS\n\n- Max message size is 1 MiB\n- Visibility timeout default 30 seconds\n"


def _marker_by_marker(text: str) -> frozenset[str]:
    """languages_of as it counted before: each language's every marker looked up."""
    words = [w.lower() for w in gloss._WORD.findall(text[:gloss._DETECT_CHARS])]
    counts = Counter(words)
    plain = Counter(unaccented(w) for w in words) if not text.isascii() else counts
    english = sum(counts[w] for w in ENGLISH_MARKERS)
    found = {}
    for code in LANGUAGES:
        # from the languages' own lists, not the module's tables built from them
        each = [plain[typed] if (typed := typed_plain(w)) else counts[w]
                for w in LANGUAGES[code]["MARKERS"]]  # type: ignore[attr-defined]
        said = [n for n in each if n]
        if len(said) >= MIN_MARKERS and 2 * sum(said) >= english:
            found[code] = (len(said), sum(said))
    return frozenset(code for code in found if not any(
        found[other] > found[code]
        and set(LANGUAGES[code]["MARKERS"]) & set(LANGUAGES[other]["MARKERS"])  # type: ignore[call-overload]
        for other in found if other != code))


def test_a_short_note_looks_up_no_marker_it_does_not_write(monkeypatch):
    missing = []

    class Counted(Counter):
        def __missing__(self, key):
            missing.append(key)
            return 0

    monkeypatch.setattr(gloss, "Counter", Counted)
    assert gloss.languages_of(SHORT) == frozenset()
    assert missing == []


def _texts() -> list[str]:
    """The shipped notes, and for each language a note writing its markers (as written, and
    typed without accents), alone and among English lines."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(content_dir().iterdir())
             if p.is_file()]
    assert texts
    for code in sorted(LANGUAGES):
        markers = [w for w, _typed in gloss._MARKER_TYPED[code]]
        said = " ".join(markers[:12])
        texts.append(f"## SQS\n\n- {said} 256 KB\n")
        texts.append(f"## SQS\n\n- {unaccented(said)} 256 KB\n")
        texts.append(f"## SQS\n\n- {' '.join(markers[:3])}\n{SHORT * 3}")
    return texts


@pytest.mark.parametrize("text", _texts())
def test_the_languages_told_are_the_marker_by_marker_counts(text):
    assert gloss.languages_of(text) == _marker_by_marker(text)
