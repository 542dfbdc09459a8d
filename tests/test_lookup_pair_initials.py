"""Two words typed that a note writes by their initials ("load balancing": "cross-zone LB",
"security group": "port 2049 in the SG") are said by the note (session 29, lookup29: six
sets' "nlb cross zone load balancing default?" and three sets' security-group lookups
abstained on the line that answers them) -- only where a line of the notes links the
initials to the words (fixl29: any two words' initials were else "said" by any line writing
them, "rds parameter group versions" answering "RDS PG versions")."""

from __future__ import annotations

from .helpers import lookup_values, notes_conn


def test_two_words_said_by_their_initials(tmp_path):
    conn = notes_conn(tmp_path, "# ELB\n\n- load balancing (LB) spreads requests over targets\n"
                                "- cross-zone LB: ALB always on (free), NLB off by "
                                "default (pay for inter-AZ)\n- ALB idle timeout 60 s\n")
    values = lookup_values(conn, "nlb cross zone load balancing default")
    assert values and "off" in values[0].lower(), values
    conn.close()


def test_security_group_said_by_sg(tmp_path):
    conn = notes_conn(tmp_path, "# EFS\n\n- NFS v4.1, port 2049 in the SG, Linux only\n"
                                "- SG = security group, stateful\n"
                                "- throughput modes: bursting, provisioned, elastic\n")
    values = lookup_values(conn, "efs port to open in security group")
    assert values and "2049" in values[0], values
    conn.close()


def test_initials_the_notes_never_link_say_nothing(tmp_path):
    # "PG" of "RDS PG versions" and "SG" of "SG: stateful" are no "parameter group" nor
    # "subnet group": no line of the notes links them
    conn = notes_conn(tmp_path, "# RDS\n\n- RDS PG versions: 11 to 16\n"
                                "- SG: stateful, max 60 inbound rules\n")
    assert lookup_values(conn, "rds parameter group versions") == []
    assert lookup_values(conn, "rds subnet group max rules") == []
    conn.close()


def test_a_line_linking_other_words_says_nothing(tmp_path):
    # "SG = security group" links SG to "security group", not to "subnet group"
    conn = notes_conn(tmp_path, "# VPC\n\n- SG = security group, stateful\n"
                                "- SG: max 60 inbound rules\n")
    assert lookup_values(conn, "rds subnet group max rules") == []
    conn.close()


def test_round_trip_is_no_route_table(tmp_path):
    conn = notes_conn(tmp_path, "# VPC\n\n- RT: round trip time between AZs under 2 ms\n"
                                "- up to 5 VPCs per region\n")
    assert lookup_values(conn, "route table time") == []
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

    conn = notes_conn(tmp_path, "# DynamoDB\n\n- stream retention 24 hours (see tr time recovery)\n"
                                "- 5 SGs (security groups) per ENI\n")
    assert read.says_word(conn, "tr")
    assert not read.links_initials(conn, "TR time recovery")
    assert read.links_initials(conn, "SG security group")  # "5 SGs (security groups)": plurals too
    conn.close()
