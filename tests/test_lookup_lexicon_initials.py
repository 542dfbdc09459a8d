"""Two words typed whose initials the lexicon spells out as those very words ("load
balancing": LB, "security group": SG) are said by any note writing the initials, with no
line linking them (session 30, lookup30c: "nlb cross zone load balancing enabled by
default?" abstained in eight sets on "cross-zone LB: ALB always on (free), NLB off by
default": the notes never write "load balancing (LB)", so the pair initials of
tests/test_lookup_pair_initials.py did not count)."""

from __future__ import annotations

from .helpers import lookup_values, notes_conn


def test_lb_says_load_balancing_unlinked(tmp_path):
    conn = notes_conn(tmp_path, "# ELB\n\n- cross-zone LB: ALB always on (free), NLB off by "
                                "default (pay for inter-AZ)\n- ALB idle timeout default 60 s\n"
                                "- deregistration delay default 300 s\n")
    values = lookup_values(conn, "nlb cross zone load balancing enabled by default?")
    assert values and "off" in values[0].lower(), values
    conn.close()


def test_sg_says_security_group_unlinked(tmp_path):
    conn = notes_conn(tmp_path, "# EFS\n\n- NFS v4.1, port 2049 in the SG, Linux only\n"
                                "- throughput modes: bursting, provisioned, elastic\n")
    values = lookup_values(conn, "efs port to open in security group")
    assert values and "2049" in values[0], values
    conn.close()


def test_the_lexicon_links_no_other_words(tmp_path):
    # "SG" is the lexicon's security group, never a "subnet group"
    conn = notes_conn(tmp_path, "# RDS\n\n- SG: stateful, max 60 inbound rules\n"
                                "- RDS PG versions: 11 to 16\n")
    assert lookup_values(conn, "rds subnet group max rules") == []
    conn.close()
