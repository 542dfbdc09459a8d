""""per second" before a word of billing ("ec2 per second billing minimum") says the step
billing is counted in, not a rate asked: "60 s minimum" answers it, as a duration."""

from __future__ import annotations

from .helpers import ingest_text, lookup_top


def test_per_second_billing_asks_no_rate(tmp_path):
    _, db, _ = ingest_text(tmp_path, (
        "## EC2 pricing\n"
        "- On-Demand: no commitment, per-second billing (Linux/Windows), 60 second minimum\n"
        "- Spot: up to 90% off, 2 minute warning\n"), columns="200")
    code, values = lookup_top(db, "ec2 per second billing minimum")
    assert code == 0 and "60" in values[0], values


def test_a_rate_per_second_is_still_asked():
    from studycli.lookup.lexicon import lexicon
    from studycli.lookup.query import understand

    lex = lexicon()
    assert not understand("ec2 per second billing minimum", lex).dimensions
    assert understand("lambda requests per second limit", lex).dimensions == {"per_s"}
    assert "per_s" in understand("kinesis records per second", lex).dimensions
