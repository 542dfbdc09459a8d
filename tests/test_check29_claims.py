"""check29: stale figures the development fact-checks grade outdated in every set and `check`
missed because the parser filed the line elsewhere or read no fact from it: Direct Connect's
old dedicated speeds given as "1 Gbps or 10 Gbps", a Firehose latency
floor of 60 s written as "min buffer interval" or "~60 s latency", a VPN tunnel that "maxes out
at" 1.25 Gbps or a quota row's "max bandwidth per tunnel = 1.25 Gbps", Fargate's old 4 vCPU /
30 GB task and Aurora Serverless v2's old 128 ACU ceiling. Each line beside one the same entry
leaves alone."""

from __future__ import annotations

from .helpers import check_findings, stale_ids, two_note_folder


def _flagged(found) -> list:
    return [(x["line"], x["reference"]["id"]) for x in found
            if x["status"] in ("outdated", "wrong")]


def test_direct_connect_speeds_and_firehose_latency_on_any_line(tmp_path):
    stale = ("# Networking and streaming\n\n"
             "- Direct connect. Dedicated ports are 1 Gbps or 10 Gbps, that's it.\n"
             "- Direct Connect dedicated ports are 1 Gbps and 10 Gbps\n"
             "- DX: dedicated connections 1 Gbps or 10 Gbps only\n"
             "- \"near real time\" -> min buffer interval 60 sec\n"
             "- KDS = replay, real time ~200 ms; Firehose = load into a destination, "
             "~60 s latency.\n"
             "- time, because it buffers; the minimum latency is 60 seconds. Destinations:\n")
    right = ("# Networking and streaming\n\n"
             "- Direct Connect dedicated: 1, 10, 100 or 400 Gbps\n"
             "- hosted connections: 50 Mbps to 25 Gbps via a partner\n"
             "- Direct Connect hosted connections from 1 Gbps or 10 Gbps partners\n"
             "- EC2 network bandwidth: 1 / 10 / 100 Gbps by instance size\n"
             "- Firehose buffer interval 0-900 s (zero buffering since 2023)\n"
             "- SQS visibility timeout about 60 s latency in my test\n"
             "- Lambda batching window ~60 s\n")
    notes = two_note_folder(tmp_path, stale, right)
    ids = stale_ids(notes, tmp_path / "s.db")
    for line in (3, 4, 5):
        assert "directconnect.dedicated.port-speeds" in ids.get(line, set()), (line, ids)
    # (line 7's "Firehose = ..., ~60 s latency" after a semicolon is read as Firehose's
    # latency since session 51, and flagged by the entry written for that claim)
    firehose = {"firehose.buffer-interval.min", "firehose.delivery-latency.min"}
    for line in (6, 7, 8):
        assert firehose & ids.get(line, set()), (line, ids)
    _, found = check_findings(notes / "right.md", db=tmp_path / "r.db")
    assert _flagged(found) == [], found


def test_vpn_tunnel_fargate_task_and_serverless_v2_ceilings(tmp_path):
    stale = ("# Limits\n\n"
             "- VPN connection has two tunnels for redundancy, each tunnel maxes out at 1.25 Gbps\n"
             "- site-to-site vpn max bandwidth per tunnel = 1.25 Gbps\n"
             "- bin packing, cheaper at steady scale    - max 4 vCPU and 30 GB memory per task\n"
             "- Aurora Serverless v2: min 0.5 ACU max 128 ACU (1 ACU = 2 GiB)\n"
             "- Aurora Serverless v2 : de 0,5 ACU min à 128 ACU max\n")
    right = ("# Limits\n\n"
             "- Site-to-Site VPN tunnel: 1.25 Gbps standard, large tunnels 5 Gbps\n"
             "- Fargate task: up to 16 vCPU and 120 GB memory\n"
             "- ECS on EC2: a 4 vCPU / 30 GB instance hosts several tasks\n"
             "- Aurora Serverless v2: up to 256 ACU (128 ACU on older versions)\n"
             "- Redshift Serverless base capacity 128 RPU max\n"
             # fixc29: a VGW's VPN still tops out at 1.25 Gbps; a quota row without a ceiling
             # word is the standard tunnel; Fargate Windows tasks still stop at 4 vCPU / 30 GB;
             # other orchestrators' tasks; Serverless v2 on an older engine still stops at 128.
             "- Site-to-Site VPN on a virtual private gateway: tunnel = 1.25 Gbps\n"
             "- VPN quotas: bandwidth per tunnel = 1.25 Gbps\n"
             "- Kubernetes task: 4 vCPU 30 GB limit per pod on my node group\n"
             "- Batch compute env task size 4 vCPU 30 GB\n"
             "- Fargate Windows containers: max 4 vCPU / 30 GB per task\n"
             "- Aurora Serverless v2 (PostgreSQL 13.x): max 128 ACU\n")
    notes = two_note_folder(tmp_path, stale, right)
    ids = stale_ids(notes, tmp_path / "s.db")
    assert "vpc.site-to-site-vpn.tunnel-bandwidth" in ids.get(3, set()), ids
    assert "vpc.site-to-site-vpn.tunnel-bandwidth" in ids.get(4, set()), ids
    assert ids.get(5, set()) & {"fargate.memory.claim", "fargate.memory.max"}, ids
    assert "aurora-serverless.v2.max-capacity" in ids.get(6, set()), ids
    assert "aurora-serverless.v2.max-capacity" in ids.get(7, set()), ids
    _, found = check_findings(notes / "right.md", db=tmp_path / "r.db")
    assert _flagged(found) == [], found


def test_the_2025_message_size_raise_in_the_ways_students_write_it(tmp_path):
    """SQS's 256 KB (1 MiB since August 2025), SNS's fixed 256 KB, Lambda's 256 KB async payload
    and CloudWatch Logs' 256 KB event, on lines the parser files under no key the entries meet:
    a wallet card, a CSV row, an Anki cloze, a lecture sentence, a batch's total."""
    stale = ("# Messaging\n\n"
             "SQS: vis 30s (0-12h) | ret 4d (1m-14d) | msg 256K | FIFO 300/s; 3k w/ batch\n\n"
             "Max message size,SQS,Limit,256 KB,bigger -> Extended Client Library w/ S3\n\n"
             "SNS: msg 256K | push | fanout -> SQS needs queue policy | filter policy on sub\n\n"
             "SNS max message size is {{c1::256 KB}}\textended client w/ S3 for bigger\n\n"
             "Message size for SNS is also 256 KB, same as SQS, and filtering uses a filter "
             "policy\n\n"
             "- SQS send_message_batch -> max 10 msgs per batch AND whole batch <= 256 KB total\n\n"
             "Lambda: TO 3s def / 900s max | sync 6MB; async 256K | async retry 2x\n\n"
             "A single log event can be at most 256 KB.\n\n"
             "SQS -> Lambda trigger; msg 256K; batch size 10\n")
    right = ("# Messaging\n\n"
             "SQS: msg 1 MiB (was 256K until 2025) | ret 4d\n\n"
             "SNS: message size default 256 KB, configurable to 1 MiB\n\n"
             "SQS delay queue 15 min, 256 KB batch total was the old cap\n\n"
             "Lambda: sync 6MB; async 1MB\n\n"
             "PutLogEvents batch max 1 MB, a log event up to 1 MB\n\n"
             # fixc29: HTTP/S, email and mobile push endpoints still take 256 KiB; the Extended
             # Client's own range still starts at 256 KB.
             "SNS: HTTP/S endpoints msg 256K\n\n"
             "SQS Extended Client Library: messages larger than 256 KB up to 2 GB via S3\n")
    notes = two_note_folder(tmp_path, stale, right)
    ids = stale_ids(notes, tmp_path / "s.db")
    assert ids.get(3, set()) & {"sqs.message-size.any-line", "sqs.message-size.max"}, ids
    assert ids.get(5, set()) & {"sqs.message-size.any-line", "sqs.message-size.max"}, ids
    for line in (7, 9, 11):
        sns = {"sns.message-size.any-line", "sns.message-size.max"}
        assert ids.get(line, set()) & sns, (line, ids)
    assert "sqs.request-payload-size.max" in ids.get(13, set()), ids
    assert "lambda.invocation-payload-size.async.claim" in ids.get(15, set()), ids
    assert "cloudwatch-logs.event-size.claim" in ids.get(17, set()), ids
    # another service named on the line, but not before the 256 (fixc29)
    assert ids.get(19, set()) & {"sqs.message-size.any-line", "sqs.message-size.max"}, ids
    _, found = check_findings(notes / "right.md", db=tmp_path / "r.db")
    assert _flagged(found) == [], found


def test_an_sqs_line_flagged_on_any_line_says_what_is_current_and_cites_the_page(tmp_path):
    """The point of the 2025 entries: the student is told today's value, when AWS changed it,
    and the page, not just that the line is stale."""
    notes = two_note_folder(tmp_path, "# Cram\n\nSQS: vis 30s | msg 256K | dedup 5m\n",
                            "# Cram\n\nnothing here\n")
    _, found = check_findings(notes / "stale.md", db=tmp_path / "s.db")
    hit = [x for x in found if x["line"] == 3 and x["status"] == "outdated"]
    assert hit, found
    assert hit[0]["current_value"].startswith("1 MiB"), hit
    assert hit[0]["reference"]["changed"] == "2025-08", hit
    assert hit[0]["reference"]["url"].endswith("/quotas-messages.html"), hit


def test_gp3s_old_ceiling_as_the_reason_to_pick_provisioned_iops(tmp_path):
    """gp3 goes to 80,000 IOPS since 2025: "need > 16,000 IOPS -> io1/io2" teaches the old
    ceiling without naming gp3; gp2's 16,000 (still its maximum) is left alone."""
    stale = ("# EBS\n\n"
             "- need > 16,000 IOPS -> provisioned IOPS (io1/io2)\n"
             "- gp3 vs io2: gp3 for most workloads; io2 when > 16k IOPS or 99.999% durability\n")
    right = ("# EBS\n\n"
             "- gp2 maxes at 16,000 IOPS; need more than 16,000 IOPS -> io1/io2\n"
             "- io2 when > 80,000 IOPS or sub-millisecond latency\n"
             # fixc29: Xen instances and RDS storage keep their own ceilings
             "- Provisioned IOPS SSD (io1/io2) for more than 16,000 IOPS per volume on Xen "
             "instances\n"
             "- RDS for SQL Server: io1 when > 16,000 IOPS\n")
    notes = two_note_folder(tmp_path, stale, right)
    ids = stale_ids(notes, tmp_path / "s.db")
    assert "ebs.gp3.iops.max" in ids.get(3, set()), ids
    assert "ebs.gp3.iops.max" in ids.get(4, set()), ids
    _, found = check_findings(notes / "right.md", db=tmp_path / "r.db")
    assert _flagged(found) == [], found


def test_fsx_file_gateway_named_in_a_gateway_list_that_names_s3(tmp_path):
    """A gateway types list names S3 and no Storage Gateway: the FSx File Gateway entry's own
    name (claim_names) makes it the entry's line."""
    stale = ("# Hybrid storage\n\n"
             "- S3 File Gateway (NFS/SMB -> S3), FSx File Gateway, Volume Gateway, Tape Gateway\n")
    right = ("# Hybrid storage\n\n"
             "- S3 File Gateway (NFS/SMB -> S3); FSx File Gateway no longer available to new "
             "customers\n")
    notes = two_note_folder(tmp_path, stale, right)
    ids = stale_ids(notes, tmp_path / "s.db")
    assert "storagegateway.fsx-file-gateway.availability" in ids.get(3, set()), ids
    _, found = check_findings(notes / "right.md", db=tmp_path / "r.db")
    assert _flagged(found) == [], found
