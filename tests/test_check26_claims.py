"""check26: stale claims on lines no pattern of their service was tried on. A bare line under
a markdown heading that names one service ("## SQS" over "- inflight fifo: 20000") is read by
that service's claim entries; KMS's old request quotas with thousands written with a dot or as
"10k / 30k", or under a "KMS" heading; a Snow Family device on a line the parser files under
another service; Kinesis retention given as the old "24h - 7 days" range. Right lines under the
same headings stay unflagged."""

from __future__ import annotations

from .helpers import check_findings, stale_flags, two_note_folder


def _flagged(found) -> list:
    return [(x["line"], x["reference"]["id"]) for x in found
            if x["status"] in ("outdated", "wrong")]


def test_stale_lines_read_by_their_section_or_their_own_words(tmp_path):
    stale = ("# Study notes\n\n"
             "## SQS\n\n"
             "- inflight fifo: 20000\n\n"
             "## KMS\n\n"
             "- request quota (shared): 5.500 / 10.000 / 30.000 req/s by region\n"
             "- 5,500 req/s shared in most regions (some 10k / 30k)\n\n"
             "## Storage\n\n"
             "- Snow ailesi: Snowcone 8 TB HDD / 14 TB SSD\n"
             "- Kinesis Data Streams persistence | 24h - 7 days\n")
    right = ("# Study notes\n\n"
             "## SQS\n\n"
             "- inflight fifo: 120,000\n"
             "- inflight standard: 120,000\n\n"
             "## KMS\n\n"
             "- request quota (shared): 10,000 / 20,000 / 100,000 req/s by region\n"
             "- 5,500 / 10,000 / 50,000 per second (the page's paragraph on requests made "
             "for you)\n\n"
             "## Storage\n\n"
             "- Snowcone was discontinued in November 2024\n"
             "- Kinesis Data Streams retention 24h - 365 days\n")
    notes = two_note_folder(tmp_path, stale, right)
    ids = {line: {i for i, _ in found}
           for line, found in stale_flags(notes, tmp_path / "s.db").items()}
    assert "sqs.fifo-queue.in-flight-messages.max" in ids.get(5, set()), ids
    assert "kms.symmetric-request-rate.default" in ids.get(9, set()), ids
    assert "kms.symmetric-request-rate.default" in ids.get(10, set()), ids
    assert "snowfamily.snowcone.discontinued" in ids.get(14, set()), ids
    assert any(i.startswith("kinesis.retention-period") for i in ids.get(15, set())), ids
    _, found = check_findings(notes / "right.md", db=tmp_path / "r.db")
    assert _flagged(found) == [], found


def test_a_heading_naming_two_services_lends_none_to_a_bare_line(tmp_path):
    note = ("# Study notes\n\n"
            "## SQS vs Kinesis\n\n"
            "- inflight fifo: 20000\n")
    notes = two_note_folder(tmp_path, note, "# nothing\n")
    _, found = check_findings(notes / "stale.md", db=tmp_path / "s.db")
    assert not [f for f in _flagged(found) if f[0] == 5], found


def test_a_paragraph_opening_naming_one_service_lends_it_to_a_box_table(tmp_path):
    stale = ("$ aws-limits show --svc sqs --region us-east-1\n"
             "┌──────────────────────┬──────────┬────────────┐\n"
             "│ Max message size     │ 256 KB   │ No         │\n"
             "│ In-flight msgs - FIFO│ 20,000   │ No         │\n"
             "└──────────────────────┴──────────┴────────────┘\n")
    right = ("Q: KMS vs CloudHSM?\n"
             "A: KMS = multi-tenant managed keys.\n"
             "   dedicated single-tenant hardware, you manage keys,\n"
             "   FIPS 140-2 Level 3.\n")
    notes = two_note_folder(tmp_path, stale, right)
    ids = {line: {i for i, _ in found}
           for line, found in stale_flags(notes, tmp_path / "s.db").items()}
    assert "sqs.message-size.max" in ids.get(3, set()), ids
    assert "sqs.fifo-queue.in-flight-messages.max" in ids.get(4, set()), ids
    _, found = check_findings(notes / "right.md", db=tmp_path / "r.db")
    assert _flagged(found) == [], found


def test_a_customer_managed_key_rotating_once_a_year_is_told_the_period_can_be_set(tmp_path):
    stale = ("# KMS\n\n"
             "- KMS customer managed key は1年ごと固定 (オプション)\n"
             "- KMS customer managed keys rotate only once a year when enabled\n")
    right = ("# KMS\n\n"
             "- KMS: AWS managed keys rotate once a year; customer managed keys once a year "
             "too\n"
             "- KMS customer managed keys: yearly by default, custom period 90-2560 days\n"
             # one year IS the default period (EnableKeyRotation): a right line
             "- KMS customer managed key は1年ごと (オプション)\n"
             "- KMS customer managed keys rotate once a year when enabled\n")
    notes = two_note_folder(tmp_path, stale, right)
    ids = {line: {i for i, _ in found}
           for line, found in stale_flags(notes, tmp_path / "s.db").items()}
    assert "kms.rotation-period.yearly-only" in ids.get(3, set()), ids
    assert "kms.rotation-period.yearly-only" in ids.get(4, set()), ids
    _, found = check_findings(notes / "right.md", db=tmp_path / "r.db")
    assert _flagged(found) == [], found
