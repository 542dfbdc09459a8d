"""Lookups the notes cannot answer (session 34, neg34): a fact that shares the query's words
but does not state what was asked is no answer.

Amazon VPC: 5 IPv4 CIDR blocks per VPC by default
(https://docs.aws.amazon.com/general/latest/gr/vpc-service.html); a subnet's size is between a
/28 (16 IP addresses) and a /16 (65,536)
(https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateSubnet.html).
EBS gp2: max 16,000 IOPS and 250 MiB/s per volume, two separate bounds
(https://docs.aws.amazon.com/ebs/latest/userguide/ebs-volume-types.html)."""

from __future__ import annotations

from .helpers import lookup_values, notes_conn


def test_a_count_of_another_noun_answers_no_count_asked(tmp_path):
    # "how many cidr blocks per vpc" on notes that give a block's size only: "65,536 IPs"
    # and "16 IPs" count addresses in one block, not blocks in a VPC (unseen42, unseen78:
    # "subnet /24 ... 251 IP", unseen105: "FIFO 300 tps (3000 batched)" for message groups)
    conn = notes_conn(tmp_path, """# VPC

- CIDR block size between /16 (65,536 IPs) and /28 (16 IPs).
""")
    assert lookup_values(conn, "how many cidr blocks per vpc") == []
    ips = lookup_values(conn, "how many ips in a /28")
    assert ips and "16 IPs" in ips[0], ips


def test_a_count_its_label_or_noun_names_still_answers(tmp_path):
    # a number with no noun after it counts what its label names; one whose noun is the
    # thing asked counts it
    conn = notes_conn(tmp_path, """# VPC

- IPv4 CIDR blocks: max 5 per VPC (default)
- a subnet can hold up to 65,536 IPs
""")
    blocks = lookup_values(conn, "how many cidr blocks per vpc")
    assert blocks and "5" in blocks[0], blocks
    ips = lookup_values(conn, "max ips per subnet")
    assert ips and "65,536" in ips[0], ips


def test_operations_per_second_answer_no_throughput_asked(tmp_path):
    # "gp2 max throughput" (MB/s) on notes that give gp2's IOPS only (unseen81, 85, 92, 104,
    # 105): IOPS and MiB/s are separate bounds of a volume
    conn = notes_conn(tmp_path, """# EBS

- gp2 max IOPS: 16,000 IOPS
""")
    assert lookup_values(conn, "gp2 max throughput") == []
    iops = lookup_values(conn, "gp2 max iops")
    assert iops and "16,000" in iops[0], iops
    with_throughput = notes_conn(tmp_path / "both", """# EBS

- gp2 max IOPS: 16,000 IOPS
- gp2 max throughput: 250 MiB/s
""")
    throughput = lookup_values(with_throughput, "gp2 max throughput")
    assert throughput and "250" in throughput[0], throughput

