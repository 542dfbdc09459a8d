"""check25b: stale claims in word orders the patterns missed, each read by an entry that
existed (Lambda's 256 KB asynchronous payload written after its size or in a table whose
measure cell carries the unit, Kinesis's 1 MB data blob, gp3's 16 TiB written before the
types, io2's 64,000 IOPS in an "io1/io2" list, SQS pollers "scaling up by 60 per minute",
Kinesis retention "can extend to 7 days"), and a new entry: ACM public certificates can be
exported since June 17, 2025. Right lines stay unflagged."""

from __future__ import annotations

from .helpers import check_findings, stale_ids, two_note_folder


def _flagged(found) -> list:
    return [(x["line"], x["reference"]["id"], x["snippet"]) for x in found
            if x["status"] in ("outdated", "wrong")]


def test_payload_blob_volume_and_poller_word_orders_are_told(tmp_path):
    stale = ("# Limits\n\n"
             "## Lambda\n\n"
             "- payload: 6 MB sync (request and response), 256 KB async\n\n"
             "| Limit | Value | Note |\n"
             "|---|---|---|\n"
             "| Async invocation payload (KB) | 256 | |\n\n"
             "## Kinesis Data Streams\n\n"
             "Record\n"
             ": max 1 MB (data blob before base64). Parts: partition key, data blob\n\n"
             "- KDS retention: 24 h default, can extend to 7 days\n\n"
             "## EBS\n\n"
             "- size: 1 GiB - 16 TiB for gp2/gp3\n"
             "- io1/io2: up to 64,000 IOPS per volume\n\n"
             "## SQS\n\n"
             "- Lambda on an SQS queue: 5 pollers at start, scales up by 60 per minute\n")
    notes = two_note_folder(tmp_path, stale, "# Nothing\n")
    ids = stale_ids(notes, tmp_path / "s.db")
    assert "lambda.invocation-payload-size.async.claim" in ids.get(5, set()), ids
    assert ids.get(9, set()) & {"lambda.invocation-payload-size.async.claim",
                                "lambda.invocation-payload-size.async.max"}, ids
    assert ids.get(14, set()) & {"kinesis.record-size.claim", "kinesis.record-size.max"}, ids
    assert ids.get(16, set()) & {"kinesis.retention-period.claim",
                                 "kinesis.retention-period.max"}, ids
    assert "ebs.gp3.size.range" in ids.get(20, set()), ids
    assert "ebs.io2.iops.max" in ids.get(21, set()), ids
    assert "sqs.lambda-trigger.scaling-rate" in ids.get(25, set()), ids


def test_right_payload_blob_volume_and_poller_lines_stay_unflagged(tmp_path):
    right = ("# Limits\n\n"
             "## Lambda\n\n"
             "- payload: 6 MB sync (request and response), 1 MB async (was 256 KB async)\n\n"
             "## Kinesis Data Streams\n\n"
             "- KDS record: data blob 1 MB by default, up to 10 MiB when raised\n"
             "- MSK message max 1 MB (data blob default), Kinesis shards 1 MB/s in\n"
             "- KDS retention: 24 h default, can extend to 365 days\n\n"
             "## EBS\n\n"
             "- volume size: 1 GiB - 16 TiB on gp2 (gp3 goes further)\n"
             "- io1/io2: up to 64,000 IOPS (io2 Block Express 256,000)\n\n"
             "## SQS\n\n"
             "- Lambda on an SQS queue: 5 pollers at start, scales up by 300 per minute\n")
    notes = two_note_folder(tmp_path, "# Nothing\n", right)
    _, found = check_findings(notes / "right.md", db=tmp_path / "r.db")
    assert _flagged(found) == [], found


def test_acm_public_certificates_taught_as_never_exportable_are_told(tmp_path):
    stale = ("# Security\n\n"
             "## Certificates\n\n"
             "- ACM certs can NOT be exported (public ones); CloudFront takes us-east-1 certs\n"
             "- ACM public certs free, auto renew; can't use on EC2 directly, only ELB\n\n"
             "## ACM (Certificate Manager)\n\n"
             "- 使えるところ: ELB, CloudFront, API Gateway など統合サービスのみ\n"
             "- EC2 に直接インストールは不可 (秘密鍵を取り出せない)\n")
    notes = two_note_folder(tmp_path, stale, "# Nothing\n")
    ids = stale_ids(notes, tmp_path / "s.db")
    for line in (5, 11):
        assert "acm.public-certificate.export" in ids.get(line, set()), (line, ids)
    # a *free* public certificate still cannot go on EC2 (only an exportable one, which is
    # charged, can): that line is right today, and called outdated it taught the opposite
    assert "acm.public-certificate.export" not in ids.get(6, set()), ids
    _, found = check_findings(notes / "stale.md", db=tmp_path / "s2.db")
    statuses = {x["status"] for x in found
                if x["reference"]["id"] == "acm.public-certificate.export"}
    assert statuses == {"outdated"}, found


def test_acm_lines_that_know_about_exportable_certificates_stay_unflagged(tmp_path):
    right = ("# Security\n\n"
             "## Certificates\n\n"
             "- ACM public certs: exportable ones (since June 2025) can be installed on EC2\n"
             "- ACM certs created before June 17, 2025 can't be exported\n"
             "- ACM private certs (Private CA) can be exported for your own PKI\n"
             "- ACM public certs free, auto renew, for ELB/CloudFront/API GW\n")
    notes = two_note_folder(tmp_path, "# Nothing\n", right)
    _, found = check_findings(notes / "right.md", db=tmp_path / "r.db")
    assert _flagged(found) == [], found
