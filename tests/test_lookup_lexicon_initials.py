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


def test_a_note_spelling_the_initials_out_otherwise_is_believed(tmp_path):
    # the note's "SG" is its subnet group: no security group is said by it (review of
    # lookup30c, finding 4)
    conn = notes_conn(tmp_path, "# RDS\n- DB subnet group (SG): must cover at least 2 AZs\n"
                                "- Multi-AZ failover 60-120 sec\n", name="rds.md")
    assert not any("subnet" in v for v in lookup_values(conn, "rds security group needs how "
                                                                "many azs"))
    conn.close()


def test_a_line_linking_them_to_the_words_typed_still_counts(tmp_path):
    # the same note linking "SG" to security group on another line: the words typed are
    # said where the initials are, as by tests/test_lookup_pair_initials.py
    conn = notes_conn(tmp_path, "# VPC\n- DB subnet group (SG): must cover at least 2 AZs\n"
                                "- security group (SG): stateful, allow rules only\n"
                                "- max 5 SGs per ENI\n", name="vpc.md")
    values = lookup_values(conn, "vpc max security group per eni")
    assert values and "5" in values[0], values
    conn.close()


def _two_notes_conn(tmp_path, notes: dict[str, str]):
    from studycli.ingest import ingest_paths
    from studycli.store.db import connect

    folder = tmp_path / "notes"
    folder.mkdir()
    for name, text in notes.items():
        (folder / name).write_text(text)
    conn = connect(tmp_path / "facts.db")
    ingest_paths(conn, [folder])
    return conn


_EC2 = "# EC2\n- max 5 SGs per ENI\n"
_RDS = "# RDS\n- DB subnet group (SG): must cover at least 2 AZs\n"


def test_another_services_meaning_of_the_initials_does_not_count(tmp_path):
    # RDS's "DB subnet group (SG)" is RDS's own meaning of SG: a query naming EC2 still
    # reads EC2's "SGs" as security groups (review of fixb30, finding 1)
    conn = _two_notes_conn(tmp_path, {"ec2.md": _EC2, "rds.md": _RDS})
    values = lookup_values(conn, "ec2 security group per eni max")
    assert values and "5" in values[0], values
    conn.close()


def test_the_named_services_own_meaning_still_counts(tmp_path):
    # the query names RDS, whose note spells SG as its subnet group: no security group there
    conn = _two_notes_conn(tmp_path, {"ec2.md": _EC2, "rds.md": _RDS})
    assert not any("subnet" in v for v in lookup_values(conn, "rds security group needs how "
                                                                "many azs"))
    conn.close()
