"""Pass 15: what the freshest development notes (unseen32-34) showed the parser misreading, each
in wordings of our own: a struck-out old value, a cheat sheet's ".." range."""

from __future__ import annotations

from tests.helpers import parsed_quantities

_quantities = parsed_quantities


def test_struck_out_text_is_taken_back():
    facts = _quantities("# SNS\n\n- max payload ~~64 KB~~ 256 KB\n"
                        "- delivery retries ~~max 10~~ max 50 attempts\n")
    values = {(a, q, v) for _, _, a, q, v in facts}
    assert ("message size", "max", "256 KB") in values
    assert not any(v == "64 KB" for _, _, v in values)


def test_tildes_that_are_no_strikethrough_stay():
    # a "~~ S3 ~~" banner has spaces inside its marks; a fence is three tildes
    facts = _quantities("~~ EBS ~~\n\n- gp3 baseline 3,000 IOPS\n")
    assert [(s, v) for s, _, _, _, v in facts] == [("EBS", "3000 IOPS")]


def test_a_range_written_with_two_dots():
    facts = _quantities("# Kinesis Data Firehose\n\n- buffer 2MB..64MB, interval 90..600s\n")
    assert {(a, q, v) for _, _, a, q, v in facts} >= {
        ("buffer size", "range", "2–64 MB"), ("buffer interval", "range", "90–600 s"),
        ("buffer interval", "max", "600 s")}


def test_an_ellipsis_is_no_range():
    facts = _quantities("# SQS\n\n- batch of 5... 10 messages max\n")
    assert not any(q == "range" for _, _, _, q, _ in facts)
