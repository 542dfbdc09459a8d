"""Notes spelled with "İ", "ı", "ſ" or the Kelvin sign (issue 12): `re.IGNORECASE` matches
them to ASCII letters, but their `.lower()` is no ASCII letter, so every table looked up by a
matched word's lower case raised KeyError and ended the ingest with a traceback; and "İ",
lower-cased to two letters, put the legend reader's offsets past the note's last line. Such a
note ingests, and where the letters only spell a known word it reads as the ASCII spelling."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studycli.extract import parse_note
from studycli.match_key import match_key, table_key
from studycli.notes.legend import find_legend
from studycli.services import find_subjects, subject_entry

from .helpers import examples


def _numbers(text: str) -> set[tuple]:
    """The note's facts that state a number, by what they say of it (an attribute keeps the
    note's own spelling of its words)."""
    return {(f.service, f.subject, f.qualifier, f.number, f.unit)
            for f in parse_note(text, "n.md").facts if f.number is not None}


def test_the_four_letters_fold_to_the_ascii_letter_a_pattern_matches():
    assert match_key("F\u0130FO repl\u0131ca\u017f \u212aMS") == "fifo replicas kms"
    assert match_key("Plain ASCII") == "plain ascii"


def test_a_key_is_found_as_before_first_and_by_the_patterns_rule_last():
    table = {"buckets": 1, "s\u0131n\u0131r": 2}  # a Turkish key holding a dotless i
    assert table_key(table, "BUCKETS") == "buckets"
    assert table_key(table, "bucket\u017f") == "buckets"
    assert table_key(table, "SINIR") == "s\u0131n\u0131r"
    with pytest.raises(KeyError):
        table_key(table, "objects")


@pytest.mark.parametrize("spelled", ["f\u0130fo queue", "F\u0130FO queue", "fifo queue"])
def test_a_subject_spelled_with_dotted_capital_i_is_the_catalogs_subject(spelled):
    (mention,) = find_subjects(spelled)
    assert subject_entry(mention) == ("SQS", mention.name)


@pytest.mark.parametrize("odd, plain", [
    ("## SQS\n\n- f\u0130fo: max 300 msg/s\n", "## SQS\n\n- fifo: max 300 msg/s\n"),
    ("## RDS\n\n- repl\u0131ca\u017f: up to 15\n", "## RDS\n\n- replicas: up to 15\n"),
    ("## S3\n\n- max 100 bucket\u017f per account\n", "## S3\n\n- max 100 buckets per account\n"),
    ("## EC2\n\n- io2 block expre\u017fs up to 256,000 IOPS\n",
     "## EC2\n\n- io2 block express up to 256,000 IOPS\n"),
])
def test_a_note_with_the_letters_reads_as_its_ascii_spelling(odd, plain):
    assert _numbers(plain)
    assert _numbers(odd) == _numbers(plain)


def test_a_legend_after_a_line_of_dotted_capitals_is_read_on_its_own_line():
    # "İ" lower-cases to two letters: offsets in the lowered text ran past the last line
    lines = ["\u0130" * 30, "legend: def = default"]
    defined, legend_only, _ = find_legend(lines)
    assert defined == {"def": "default"}
    assert legend_only == {1}


def test_a_unit_spelled_with_a_long_s_never_raises():
    # "ſec" is not read as seconds (the unit words are matched minding case), but the
    # per-time table it reaches no longer raises
    parse_note("## Lambda\n\n- timeout 900 \u017fec max\n- 300 msg/\u017fec\n", "n.md")


_WORDS = st.sampled_from([
    "## SQS", "## S3", "FIFO", "fifo queue", "replicas", "buckets", "max", "min", "default",
    "legend:", "abbreviations:", "def = default", "256 KB", "300 msg/s", "15 min", "sec",
    "groups", "instances", "io2", "security groups", "read replica", "Lambda layers", "per",
    "bis", "maks", "timme", "console", "\n", "- ", ": ", " ", "|",
])
_ODD = {"s": "\u017f", "S": "\u017f", "k": "\u212a", "K": "\u212a", "i": "\u0131",
        "I": "\u0130"}


@settings(max_examples=examples(60), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_WORDS, max_size=14), st.lists(st.booleans(), min_size=40, max_size=40))
def test_short_notes_with_the_letters_never_raise(words, swaps):
    text = " ".join(words)
    flips = iter(swaps * (len(text) // 40 + 1))
    parse_note("".join(_ODD[c] if c in _ODD and next(flips) else c for c in text), "n.md")



def test_a_turkish_note_written_with_dotted_capitals_is_glossed():
    # notes/gloss.py looked its tables up by .lower() of a case-blind match ("objeni̇n")
    from studycli.notes.gloss import gloss

    from .test_lang20_russian_vietnamese_turkish import TURKISH
    assert "at most 5 GB" in gloss(TURKISH.replace("i", "İ"))
