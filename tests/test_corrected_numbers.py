"""A number a note takes back and corrects on the spot ("max batch 5? no, 10") gives the
correction in the taken-back number's place (reviewers of session 30: the 5 was dropped, as it
should be, but the 10 was never read)."""

from studycli.extract import parse_note
from studycli.extract.corrections import corrected
from studycli.model import Kind


def _limits(text: str) -> set[tuple[str, str, str]]:
    return {(f.attribute, f.value, f.snippet) for f in parse_note(text, "n.md").facts
            if f.kind in (Kind.LIMIT, Kind.DEFAULT)}


def test_the_correction_is_read_where_the_number_taken_back_stood():
    batch = _limits("# SQS\n- max batch 5? no, 10\n")
    assert {(a, v[:3]) for a, v, _ in batch} == {("batch size", "10 ")}, batch
    assert all("5? no, 10" in s for _, _, s in batch), batch  # the note's own line
    visibility = _limits("# SQS\n- visibility timeout max 6 h? nope: 12\n")
    assert {(a, v) for a, v, _ in visibility} == {("visibility timeout", "12 h")}, visibility


def test_a_doubt_or_a_taking_back_with_no_number_after_it_corrects_nothing():
    # near shapes: "no idea", "actually no", a version, a scope after the correction
    for line in ("max batch 5? no idea", "is it 5? actually no", "TLS v1.2? no, 1.3"):
        assert corrected(line) == line
    assert corrected("5? no, 10 per shard") == "10 per shard"
    assert corrected("timeout 3 s, actually it's 15") == "timeout 3 s, actually it's 15"
    assert not _limits("# SQS\n- max batch 5? no idea\n")
