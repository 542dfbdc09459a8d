"""Attribution, pass 6 (extract/attributes.py): when no attribute of the vocabulary fits, the
words near a number name it; a contraction's halves ("you're" -> "re") and "w/" are no such
words. Lines written for the test, in wording the development notes do not use."""

from __future__ import annotations

from studycli.extract import parse_note
from studycli.extract.attributes import fallback_phrase
from studycli.model import Kind


def test_a_contraction_names_nothing():
    assert fallback_phrase("so they're chained and you're limited to") == "chained limited"


def test_a_curly_apostrophe_contraction_names_nothing():
    assert fallback_phrase("and we’ve throttled") == "throttled"


def test_with_written_w_slash_names_nothing():
    assert fallback_phrase("warm pool refills w/") == "warm pool refills"


def test_a_word_with_w_slash_inside_keeps_its_letters():
    assert fallback_phrase("read/write throughput") == "read/write throughput"


def test_a_transcript_sentence_gives_no_half_word_attribute():
    facts = [f for f in parse_note("## STS\nWhen you're chaining roles you're held to 1 hour "
                                   "at most.\n", "n.md").facts if f.kind is not Kind.FACT]
    assert facts
    assert not any(w in {"re", "ve", "ll"} for f in facts for w in f.attribute.split())
