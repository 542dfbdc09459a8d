"""Words opening a bracket label the quantity in that bracket, not the number before it:
"buffer 60 sec min (buffer interval 60-900s), no replay" filed the range under 'retention
period' ('replay'), the bracket's "buffer interval" taken as the 60 s's words (the rule for
"1MB ingestion & 2MB ..."). Session 37: a question's caveat then taught a Firehose "retention
period"."""

from __future__ import annotations

from studycli.extract import parse_note


def _measured(line: str) -> dict[str, str]:
    note = parse_note(f"## Kinesis\n\n- {line}\n", "n.md")
    return {f.value: f.attribute for f in note.facts if f.kind in ("limit", "range")}


def test_a_bracket_labels_the_range_inside_it():
    got = _measured("Firehose: near real time, buffer 60 sec min (buffer interval 60-900s), "
                    "no replay, destinations S3 / Redshift")
    assert got.get("60–900 s") == "buffer interval", got
    assert got.get("900 s") == "buffer interval", got


def test_an_aside_ends_the_words_of_the_number_before_it():
    """"30 s (default) visibility & 12 h max": "visibility" names the 12 h as well (it was
    the 30 s's word alone, and the 12 h a bare "visibility")."""
    note = parse_note("## SQS\n\n- 30 s (default) visibility & 12 h max\n", "n.md")
    got = {f.value: f.attribute for f in note.facts if f.kind in ("limit", "default")}
    assert got == {"30 s": "visibility timeout", "12 h": "visibility timeout"}, got


def test_words_after_a_number_with_no_bracket_are_still_its_own():
    """"1MB ingestion & 2MB of consumption" is untouched, and so is a bracket closed before
    the next number ("5 GB (single PUT), 5 TB ...": the bracket is the 5 GB's)."""
    got = _measured("Kinesis shard: 1MB/s ingestion & 2MB/s of consumption")
    assert got.get("1 MB/s") == "write throughput", got
    note = parse_note("## S3\n\n- max 5 GB (single PUT), 5 TB multipart\n", "n.md")
    sizes = {f.value: f.attribute for f in note.facts if f.kind == "limit"}
    assert sizes.get("5 GB") == "single PUT upload size", sizes
