"""Lookups the notes cannot answer (session 40, abst40): a line that names the thing whose
count is asked only as a scope ("5 IPs per subnet" for "max subnets per vpc") counts none of
them (lookup/counted_as_scope.py); a statement of a range alone answers no default asked
(lookup/range_for_default.py).

AWS facts the tests rely on: AWS reserves 5 IP addresses in each subnet; 200 subnets per VPC
is the default quota (https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html,
https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html); 10 managed policies
can be attached to an IAM user or role by default, 1,000 roles per account
(https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html); SQS long polling
waits 1-20 s, 0 (short polling) by default
(https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-short-and-long-polling.html).
"""

from __future__ import annotations

from studycli.lookup.counted_as_scope import counted_only_as_scope
from studycli.lookup.range_for_default import range_only
from studycli.lookup.text import stem

from .helpers import first_value, lookup_values, notes_conn


def _stems(*words: str) -> frozenset[str]:
    return frozenset(stem(w) for w in words)


def test_a_thing_named_only_after_per_is_not_counted():
    subnet = _stems("subnet")
    assert counted_only_as_scope("AWS reserves 5 IPs per subnet", subnet)
    assert counted_only_as_scope("reserved IPs/subnet ..... 5 (first 4 + last 1)", subnet)
    assert counted_only_as_scope("AWS reserva 5 IPs por subnet", subnet)  # Spanish "per"
    assert counted_only_as_scope("5 IPs per-subnet", subnet)
    # a list of scopes after one "per", and German "pro" with a slash between two scopes
    role = _stems("role")
    assert counted_only_as_scope("10 managed policies attached per user, group or role",
                                 role)
    assert counted_only_as_scope("Managed policies pro User/Role: 10 (erhoehbar auf 20)",
                                 role)


def test_a_thing_counted_anywhere_on_the_line_keeps_it():
    subnet = _stems("subnet")
    assert not counted_only_as_scope("max 200 subnets/VPC", subnet)
    assert not counted_only_as_scope("200 subnets per VPC; 5 IPs per subnet", subnet)
    assert not counted_only_as_scope("per VPC: max subnets 200", subnet)
    assert not counted_only_as_scope("SGs/NACLs per VPC: 200", _stems("nacl"))
    assert not counted_only_as_scope("IPs per subnet are reserved", subnet)  # no figure
    assert not counted_only_as_scope("5 IPs per subnet", frozenset())


def test_a_slash_list_of_counted_things_is_no_per():
    # two plurals, or figures paired by a slash: the slash joins a list, each one counted
    assert not counted_only_as_scope("IAM users/groups: 5000/300", _stems("group"))
    assert not counted_only_as_scope("Max users/roles: 5000/1000", _stems("role"))
    assert not counted_only_as_scope("Max SGs/NACLs: 2500/200", _stems("nacl"))
    assert not counted_only_as_scope("Max SGs/NACLs: 200", _stems("nacl"))
    assert not counted_only_as_scope("Max user/role: 5000/1000", _stems("role"))


def test_a_size_per_the_thing_beside_its_fused_count_keeps_it():
    # the count asked is fused into an API name; the size per the thing is no scope of a count
    assert not counted_only_as_scope("PutRecords: 500 per call, 1 MB per record",
                                     _stems("record"))
    assert not counted_only_as_scope("SendMessageBatch: 10 per batch, 256 KB per message",
                                     _stems("message"))
    assert counted_only_as_scope("Each user can be in 10 groups", _stems("user"))


def test_a_count_per_the_thing_asked_is_no_count_of_it(tmp_path):
    conn = notes_conn(tmp_path, "# VPC\n\n- reserved IPs/subnet ..... 5 (first 4 + last 1)\n"
                                "- max 5 VPCs per region\n")
    assert lookup_values(conn, "max subnets per vpc") == []
    assert "5" in first_value(conn, "max vpcs per region")
    conn = notes_conn(tmp_path / "b", "# IAM\n\n- Managed policies pro User/Role: 10\n"
                                      "- max 5000 IAM users per account\n")
    assert lookup_values(conn, "iam max roles per account") == []
    assert "10" in first_value(conn, "iam max managed policies per role")


def test_a_slash_list_of_counted_things_still_answers(tmp_path):
    conn = notes_conn(tmp_path, "# IAM\n\n- IAM users/groups: 5000/300\n"
                                "- max 10 groups per user\n")
    assert any("5000/300" in v for v in lookup_values(conn, "iam max groups per account"))
    conn = notes_conn(tmp_path / "b", "# VPC\n\n- Max SGs/NACLs: 2500/200\n")
    assert any("2500/200" in v for v in lookup_values(conn, "how many nacls per vpc"))


def test_a_range_alone_is_no_default():
    assert range_only("TIL: long polling = ReceiveMessageWaitTimeSeconds 1-20 s. cuts cost")
    assert range_only("memory 128 MB to 10,240 MB")
    assert range_only("WaitTimeSeconds 1-20 Sekunden")
    # a default said, or a figure besides the range, may be the default asked
    assert not range_only("visibility timeout 0-12 h, default 30 s")
    assert not range_only("retention 1-14 days, 4 days if unset")
    # the step a range is set in is no default either (abst43: Lambda's default memory is
    # 128 MB, not its 1 MB increment)
    assert range_only("memory: 128 MB to 10,240 MB, 1 MB increments")
    assert not range_only("Standardwert 30 Sekunden, 0-12 Stunden")
    assert not range_only("S3 and EC2 in one region")  # names, no figure


def test_a_statement_of_a_range_answers_no_default_asked(tmp_path):
    conn = notes_conn(tmp_path, "# SQS\n\n- TIL: long polling = ReceiveMessageWaitTimeSeconds"
                                " 1-20 s. cuts empty receives + cost\n")
    assert lookup_values(conn, "sqs long polling default wait time") == []
    assert any("20" in v for v in lookup_values(conn, "sqs long polling wait time"))


def test_a_range_of_the_duration_asked_is_no_default(tmp_path):
    # a statement of the range the cookie's duration may be set to: no default duration
    conn = notes_conn(tmp_path, "# ELB\n\n- Sticky sessions -> cookie AWSALB, "
                                "duration 1 sec to 7 days\n")
    assert lookup_values(conn, "sticky session default duration") == []

