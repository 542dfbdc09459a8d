"""Attribution, pass 6 (extract/attribution.py): a look-back window named after its verb or
its measure ("the peak observed during the last 30 days", "the last 30 days of peak") and the
size at which another measure tops out ("max IOPS at 5,334 GB") are no limits of anything.
Lines written for the test, in wording the development notes do not use."""

from __future__ import annotations

from studycli.extract import parse_note
from studycli.model import Kind


def _quantities(text: str) -> list[tuple[str, str, str]]:
    return [(f.attribute, f.qualifier, f.value) for f in parse_note(text, "n.md").facts
            if f.kind is not Kind.FACT]


def _values(text: str) -> set[str]:
    return {value for _, _, value in _quantities(text)}


def test_a_window_the_peak_was_observed_over_is_no_duration_of_the_stream():
    values = _values("## Kinesis Data Streams\nOn-demand streams adapt to the highest traffic "
                     "seen over the past 45 days, starting from 4 MB/s of writes.\n")
    assert "45 days" not in values and "4 MB/s" in values


def test_a_window_named_before_its_measure_is_no_duration():
    values = _values("## Kinesis Data Streams\n- on-demand capacity follows the previous "
                     "30 days of peak writes; records stay 24 hours by default\n")
    assert "30 days" not in values and "24 h" in values


def test_a_window_without_a_measure_is_still_a_retention():
    values = _values("## CloudTrail\n- the console shows the event history of the last "
                     "90 days\n")
    assert "90 days" in values


def test_the_size_at_which_iops_top_out_is_no_volume_size():
    facts = _quantities("## EBS\n- gp2 earns 3 IOPS/GiB, so its 16,000 IOPS are reached at "
                        "5,334 GiB; volume size 1 GiB - 16 TiB\n")
    values = {value for _, _, value in facts}
    assert "16 TiB" in values and "16,000 IOPS" in values
    assert not any("5334" in v or "5,334" in v for v in values)


def test_throughput_at_a_record_size_is_no_record_size_limit():
    facts = _quantities("## Kinesis Data Streams\n- a shard writes 1 MB/s; peak throughput "
                        "at 25 KB records; a record holds at most 1 MB\n")
    assert not any(value == "25 KB" for _, _, value in facts)
    assert any(value == "1 MB" and attribute.startswith("record size")
               for attribute, _, value in facts)


def test_a_cap_on_the_size_itself_is_kept():
    facts = _quantities("## S3\n- a single PUT caps max object size at 5 GB\n")
    assert any(value == "5 GB" for _, _, value in facts)


def test_a_bracketed_size_where_a_number_holds_is_no_volume_size():
    values = _values("## EBS\n* gp2 -> baseline 3 IOPS per GiB, top 16,000 IOPS (at 5,334 GiB)\n")
    assert "16,000 IOPS" in values
    assert not any("5334" in v or "5,334" in v for v in values)


def test_a_bracketed_at_most_is_still_a_bound():
    values = _values("## SQS\n- a message body (at most 256 KB) is text\n")
    assert "256 KB" in values
