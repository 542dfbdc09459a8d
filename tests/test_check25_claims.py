"""check25: claims written the way students write them that the reference's patterns missed
(an RDS replica count after its label, a key-value note's "switch_mode", a maximum named before
CodeBuild's build timeout, a function's layer count, SQS sizes and FIFO in-flight counts in other
word orders), and right lines that were flagged (a list of Lambda destinations without S3 that
does not say it is complete, the old Health Dashboard name beside "AWS Health", a standard
queue's at-least-once after "Standard vs FIFO", a queued timeout's 8 hours); also Lambda's
old burst range a note itself calls old, and EFS throughput modes listed without Elastic."""

from __future__ import annotations

from .helpers import check_findings, stale_ids, two_note_folder


def _flagged(found) -> list:
    return [(x["line"], x["reference"]["id"]) for x in found
            if x["status"] in ("outdated", "wrong")]


def test_stale_claims_in_the_word_orders_students_use(tmp_path):
    stale = ("# Study notes\n\n"
             "- read replicas: up to 5 per source (MySQL/MariaDB/Postgres), ASYNC\n"
             "- read_replicas_max:: 5 per source DB (MySQL / MariaDB / Postgres)\n"
             "- DynamoDB switch_mode:: once every 24 hours\n"
             "- CodeBuild max build timeout 2 hours\n"
             "- layers: max 10 per function\n"
             "- SQS Max message size: 256 KB (Extended Client Library + S3 up to 2GB)\n"
             "- SQS In-flight msgs: 20,000 per FIFO queue\n"
             "- Lambda burst concurrency: 500-3000 depending on region (old model)\n"
             "- EFS throughput modes: bursting or provisioned (those two only)\n")
    right = ("# Study notes\n\n"
             "- read replicas: up to 15 per source (MySQL/MariaDB/Postgres), Oracle 5\n"
             "- CodeBuild queued timeout max 8 hours\n"
             "- CodeBuild max build timeout 36 hours\n"
             "- Lambda layers: max 5 per function\n"
             "- Lambda DLQ = SQS or SNS only ; Destinations (newer) = SQS, SNS, Lambda, "
             "EventBridge\n"
             "- Basic support: docs, forums, Personal Health Dashboard (AWS Health)\n"
             "- SQS Standard vs FIFO: Standard: unlimited TPS, at-least-once, best-effort order.\n"
             "- EFS throughput modes: Bursting, Provisioned, Elastic (recommended)\n")
    notes = two_note_folder(tmp_path, stale, right)
    ids = stale_ids(notes, tmp_path / "s.db")
    replicas = {"rds.read-replicas.claim", "rds.read-replicas.max"}
    assert replicas & ids.get(3, set()), ids
    assert replicas & ids.get(4, set()), ids
    assert "dynamodb.capacity-mode-switch" in ids.get(5, set()), ids
    assert "codebuild.build-timeout.max" in ids.get(6, set()), ids
    assert "lambda.function-layers.max" in ids.get(7, set()), ids
    assert "sqs.message-size.max" in ids.get(8, set()), ids
    assert "sqs.fifo-queue.in-flight-messages.max" in ids.get(9, set()), ids
    assert "lambda.scaling-rate" in ids.get(10, set()), ids
    assert "efs.throughput-modes" in ids.get(11, set()), ids
    _, found = check_findings(notes / "right.md", db=tmp_path / "r.db")
    assert _flagged(found) == [], found


def test_a_destination_list_that_says_it_is_complete_without_s3_is_stale(tmp_path):
    stale = ("# Lambda async\n\n"
             "- Lambda destinations: only SQS, SNS, Lambda, EventBridge\n")
    right = ("# Lambda async\n\n"
             "- Lambda destinations: SQS, SNS, Lambda, EventBridge, S3 (on failure)\n")
    notes = two_note_folder(tmp_path, stale, right)
    ids = stale_ids(notes, tmp_path / "s.db")
    assert "lambda.destinations.targets" in ids.get(3, set()), ids
    _, found = check_findings(notes / "right.md", db=tmp_path / "r.db")
    assert _flagged(found) == [], found
