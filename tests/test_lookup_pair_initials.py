"""Two words typed that a note writes by their initials ("load balancing": "cross-zone LB",
"security group": "port 2049 in the SG") are said by the note (session 29, lookup29: six
sets' "nlb cross zone load balancing default?" and three sets' security-group lookups
abstained on the line that answers them)."""

from __future__ import annotations

from .helpers import lookup_values, notes_conn


def test_two_words_said_by_their_initials(tmp_path):
    conn = notes_conn(tmp_path, "# ELB\n\n- cross-zone LB: ALB always on (free), NLB off by "
                                "default (pay for inter-AZ)\n- ALB idle timeout 60 s\n")
    values = lookup_values(conn, "nlb cross zone load balancing default")
    assert values and "off" in values[0].lower(), values
    conn.close()


def test_security_group_said_by_sg(tmp_path):
    conn = notes_conn(tmp_path, "# EFS\n\n- NFS v4.1, port 2049 in the SG, Linux only\n"
                                "- throughput modes: bursting, provisioned, elastic\n")
    values = lookup_values(conn, "efs port to open in security group")
    assert values and "2049" in values[0], values
    conn.close()


def test_a_unit_is_no_initials(tmp_path):
    # "message size" is no "ms": a note's milliseconds do not say it
    conn = notes_conn(tmp_path, "# SQS\n\n- long polling wait up to 20 s\n"
                                "- receive latency ~10 ms\n")
    assert lookup_values(conn, "sqs message size") == []
    conn.close()



def test_two_letters_count_only_in_capitals(tmp_path):
    # an HTML table's "<tr>" writes no initials ("dynamodb point in time recovery window"
    # was answered by a retention period's row when "time recovery" was read as "tr")
    from studycli.store import read

    conn = notes_conn(tmp_path, "# DynamoDB\n\n- stream retention 24 hours (see tr row)\n"
                                "- 5 SGs per ENI\n")
    assert read.says_word(conn, "tr")
    assert not read.writes_capitals(conn, "TR")
    assert read.writes_capitals(conn, "SG")  # "5 SGs per ENI": its plural too
    conn.close()
