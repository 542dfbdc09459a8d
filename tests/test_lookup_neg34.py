"""Lookups the notes cannot answer (session 34, neg34): a fact that shares the query's words
but does not state what was asked is no answer.

Amazon VPC: 5 IPv4 CIDR blocks per VPC by default
(https://docs.aws.amazon.com/general/latest/gr/vpc-service.html); a subnet's size is between a
/28 (16 IP addresses) and a /16 (65,536)
(https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateSubnet.html).
EBS gp2: max 16,000 IOPS and 250 MiB/s per volume, two separate bounds
(https://docs.aws.amazon.com/ebs/latest/userguide/ebs-volume-types.html)."""

from __future__ import annotations

import pytest

from studycli.lookup.answer import _counts_only_other_nouns
from studycli.lookup.lexicon import lexicon
from studycli.lookup.query import understand

from .helpers import lookup_top, lookup_values, note_db, notes_conn


def test_a_count_of_another_noun_answers_no_count_asked(tmp_path):
    # "how many cidr blocks per vpc" on notes that give a block's size only: "65,536 IPs"
    # and "16 IPs" count addresses in one block, not blocks in a VPC (unseen42, unseen78:
    # "subnet /24 ... 251 IP"; a rate, "FIFO 300 tps", counts no things and is left to the
    # checks of rates)
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



# Each line counts what its label names, written short after the number ("200 RTs"); each
# answered on 17918066 and must still answer (review of neg34: the label before ":" was not
# read, so the short form after the number was taken for another noun).
LABELLED_COUNTS = [
    ("Security groups: 5 SGs per ENI", "max security groups per eni"),
    ("Route tables: 200 RTs per VPC", "max route tables per vpc"),
    ("Route tables: 200 RTs per VPC", "how many route tables per vpc"),
    ("KMS keys: 100,000 CMKs per region", "max kms keys per region"),
    ("Auto Scaling groups: 200 ASGs per region", "max auto scaling groups per region"),
    ("NAT gateways: 5 NAT GWs per AZ", "max nat gateways per az"),
    ("Elastic IPs: 5 EIPs per region (soft)", "max elastic ips per region"),
    ("Virtual interfaces: 50 VIFs per Direct Connect connection",
     "max virtual interfaces per direct connect connection"),
    ("EBS volumes per Nitro instance: 28 attachments (ENIs + volumes + NVMe)",
     "max ebs volumes per nitro instance"),
    ("NACL rules: 20 entries in each direction", "max nacl rules"),
    ("Lambda concurrency: 1,000 concurrent executions per Region (soft limit)",
     "how many concurrent lambdas per region"),
]


@pytest.mark.parametrize(("line", "query"), LABELLED_COUNTS)
def test_a_count_its_label_names_still_answers(tmp_path, line, query):
    db = note_db(tmp_path, f"# VPC\n\n- {line}\n")
    code, values = lookup_top(db, query)
    assert code == 0 and values and values[0] == line, (query, values)


def test_a_number_opening_a_sentence_is_read_for_its_noun():
    # "1,000 roles" opens its sentence: it counts roles, so the statement is not one whose
    # every number counts another noun
    lex = lexicon()
    q = understand("max iam roles per account", lex)
    assert not _counts_only_other_nouns(
        "IAM allows 5,000 users per account. 1,000 roles per account", q, lex)
    assert _counts_only_other_nouns("IAM allows 5,000 users per account.", q, lex)


def test_a_rate_is_no_count_of_another_noun():
    # "10,000 TPS" is a number per second, not of things: left to the checks of rates
    lex = lexicon()
    q = understand("parameter store max standard parameters", lex)
    assert not _counts_only_other_nouns("higher throughput = 10,000 TPS", q, lex)


def test_the_statement_itself_still_answers_when_a_sentence_opens_with_the_count(tmp_path):
    db = note_db(tmp_path, "# IAM\n\n- IAM allows 5,000 users per account. 1,000 roles per "
                           "account\n")
    code, values = lookup_top(db, "max iam roles per account")
    assert code == 0 and values and "1000" in values[0].replace(",", ""), values
