"""`compare` and what the notes compare (tester session 46, M5): a type's line the parser filed
under its service alone ("gp2: 3 IOPS per GB" under "## EBS"), a flashcard "EFS vs EBS<TAB>..."
(no comparison row) and a count of a subject ("read replicas: up to 15", filed as RDS / read
replica / replicas) beside another service's "up to 15 read replicas"."""

from __future__ import annotations

import random

from studycli import compare as lib
from tests.helpers import compare_said, ingested_folder


def _db(tmp_path, **notes: str):
    from studycli.store.db import connect

    return connect(ingested_folder(tmp_path, {n.replace("_", "."): t for n, t in notes.items()}))


EBS = ("## EBS\n\n"
       "gp3: baseline 3000 IOPS and 125 MB/s, can go up to 16,000 IOPS / 1000 MB/s\n"
       "gp2: 3 IOPS per GB, burst to 3000\n"
       "morning! one more - EBS gp2 max IOPS?\n"
       "st1/sc1 can't be boot volumes\n")


def test_a_types_line_filed_under_its_service_is_stated_for_the_type(tmp_path):
    db = _db(tmp_path, storage_md=EBS)
    table = lib.build_table(db, lib.require_side("gp2"), lib.require_side("gp3"),
                            reference=False)
    said = compare_said(table)
    assert "Stated for gp2 only: • gp2: 3 IOPS per GB, burst to 3000 storage.md:4" in said
    assert "Stated for gp3 only: • gp3: baseline 3000 IOPS" in said
    assert "gp2 max IOPS?" not in said  # a question states nothing
    assert "boot volumes" not in said  # a line of the service naming neither


CARDS = ("front\tback\n"
         "EFS vs EBS\tEFS multi-AZ NFS, EBS single AZ block\n"
         "SQS vs SNS questions\tare common in the exam\n"
         "EBS snapshot to another region?\tcopy snapshot\n")


def test_a_flashcard_comparing_two_services_is_said_of_both(tmp_path):
    db = _db(tmp_path, cards_tsv=CARDS)
    for left, right in (("ebs", "efs"), ("efs", "ebs")):
        table = lib.build_table(db, lib.require_side(left), lib.require_side(right),
                                reference=False)
        assert table.from_notes
        said = compare_said(table)
        assert "Said of both: • EFS vs EBS" in said and "EBS single AZ block" in said
        assert "nothing that compares" not in said
        assert lib.drill_questions(table, random.Random(1)) == []
    # two names and nothing said of either is no comparison
    table = lib.build_table(db, lib.require_side("sqs"), lib.require_side("sns"),
                            reference=False)
    assert not table.from_notes


def test_says_of_both_wants_each_side_named_beyond_the_vs():
    efs, ebs = lib.Side("EFS"), lib.Side("EBS")
    assert lib._says_of_both("EFS vs EBS\tEFS multi-AZ NFS, EBS single AZ block", efs, ebs)
    assert not lib._says_of_both("Exam tip: EFS vs EBS", efs, ebs)
    assert not lib._says_of_both("EFS vs EBS: EFS is shared", efs, ebs)
    assert not lib._says_of_both("EFS vs EBS: which one is shared, EFS or EBS?", efs, ebs)
    assert not lib._says_of_both("Combine EFS and EBS", efs, ebs)


DATABASES = ("## RDS / Aurora\n\n"
             "* read replicas: up to 15 (MySQL, MariaDB, PG) — async replication\n"
             "* Multi-AZ = sync standby, for HA not for scaling\n"
             "* Aurora: 6 copies of data across 3 AZs, up to 15 read replicas, "
             "failover < 30 sec\n")


def test_a_count_of_a_subject_meets_the_other_services_count(tmp_path):
    db = _db(tmp_path, db_md=DATABASES)
    table = lib.build_table(db, lib.require_side("rds"), lib.require_side("aurora"),
                            reference=False)
    rows = [(r.aspect, r.left.line, r.right.line) for r in table.rows]
    assert ("max read replicas", 3, 5) in rows
    # the same figure on both sides tells them apart by nothing: never drilled
    assert not [q for q in lib.drill_questions(table, random.Random(1))
                if q.row.aspect == "max read replicas"]


def test_a_subjects_own_attribute_is_not_its_services():
    from studycli.model import Fact, Kind

    def fact(subject: str, attribute: str) -> Fact:
        return Fact(service="RDS", subject=subject, attribute=attribute, kind=Kind.LIMIT,
                    qualifier="max", value="30 days", number=30.0, unit="s", low=None,
                    high=None, source="n.md", line=1)

    rds = lib.Side("RDS")
    assert lib._service_attribute(rds, fact("read replica", "replicas")) == "read replicas"
    assert lib._service_attribute(rds, fact("automated backups", "retention period")) is None
    assert lib._service_attribute(rds, fact("", "storage size")) == "storage size"
    assert lib._service_attribute(lib.Side("RDS", "read replica"),
                                  fact("read replica", "replicas")) == "replicas"


def test_the_pairs_list_offers_what_compare_now_compares(tmp_path):
    db = _db(tmp_path, cards_tsv=CARDS, db_md=DATABASES)
    listed = {(p.left.label, p.right.label) for p in lib.comparable_pairs(db)}
    assert ("EFS", "EBS") in listed  # as the flashcard writes it
    assert ("Aurora", "RDS") in listed or ("RDS", "Aurora") in listed
    assert not {pair for pair in listed if "SQS" in pair}  # "SQS vs SNS questions" is none
