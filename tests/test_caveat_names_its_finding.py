"""A line caveat names only the measure its finding is about.

An AWS-certified reviewer (twice, two profiles) read "The maximum retention period for Amazon
RDS (automated backups) is 35 days. Your note line (ha_dr.md:47) also gives automated backups
retention period (1–35 days), which is out of date: AWS docs: 64 TiB per primary volume ..."
as garbled: the note's 1-35 days is current; the finding (rds.sqlserver.storage, a claim read
anywhere on the line) is about the line's SQL Server 16 TB storage figure, and the caveat had
named the retention measure it reached on the same line."""

from __future__ import annotations

import random

from studycli.database import ensure_database
from studycli.exam.generate import load_pool, single_question
from studycli.exam.truths import Truths
from studycli.model import Kind
from tests.helpers import note_db

# Retention 1-35 days is current (data/reference/rds.toml, rds.backup-retention.max); SQL
# Server's 16 TB storage is out of date (rds.sqlserver.storage: 64 TiB per primary volume).
RDS_LINE = ("# RDS\n\n- RDS automated backups: retention period 1-35 days (default 7), "
            "SQL Server max storage 16 TB\n")


def _explanations(tmp_path) -> dict[str, list[str]]:
    pool = load_pool(ensure_database(note_db(tmp_path, RDS_LINE)))
    out: dict[str, list[str]] = {}
    for fact in pool.facts:
        if fact.kind not in (Kind.LIMIT, Kind.RANGE, Kind.DEFAULT):
            continue
        for seed in range(5):
            q = single_question(fact, pool, Truths(pool), random.Random(seed))
            if q is not None:
                out.setdefault(fact.attribute, []).append(q.explanation)
    return out


def test_a_retention_question_is_not_told_its_range_is_a_storage_size(tmp_path):
    made = _explanations(tmp_path)
    assert made.get("retention period"), made
    for text in made["retention period"]:
        # the stale storage figure is still told, as what it is
        assert "64 TiB per primary volume" in text and "storage size" in text, text
        rest = text[text.index("note line"):]
        assert "retention" not in rest and "1–35 days" not in rest, text


def test_a_storage_question_names_no_retention_figure_stale(tmp_path):
    made = _explanations(tmp_path)
    assert made.get("storage size"), made
    for text in made["storage size"]:
        assert "retention" not in text and "1–35 days" not in text, text


def test_the_exam_json_names_the_storage_claim_not_the_retention_range(tmp_path):
    # the reviewer's path: `studycli exam --json`, both profiles they used
    import json

    from typer.testing import CliRunner

    from studycli.cli import app

    db = note_db(tmp_path, RDS_LINE)
    told = []
    for profile in ("saa-c03", "dva-c02"):
        for seed in (1, 2):
            result = CliRunner().invoke(app, ["exam", "--json", "-p", profile, "--seed",
                                              str(seed), "--db", str(db)])
            assert result.exit_code == 0, result.output
            told += [q["explanation"] for q in json.loads(result.stdout)["questions"]
                     if "64 TiB per primary volume" in q["explanation"]]
    assert told, "no explanation tells the stale SQL Server storage figure"
    for text in told:
        rest = text[text.index("note line"):]
        assert "retention" not in rest and "1–35 days" not in rest, text


def test_a_claim_giving_a_figure_in_the_quantitys_unit_is_about_it():
    # "throughput 45 Gbps" flagged by "NAT gateway bandwidth: 5 Gbps, scaling up to 100 Gbps"
    # is that claim's figure in other words: its caveat still names the note's 45 Gbps
    from studycli.questions.currency import Currency, _claim_of_another_measure

    def flagged_by(reference_id: str) -> Currency:
        return Currency("outdated", "", "", "", "", None, "", None, None, kind="fact",
                        reference_id=reference_id)

    assert not _claim_of_another_measure("throughput", "45 Gbps",
                                         flagged_by("vpc.nat-gateway.bandwidth"))
    assert _claim_of_another_measure("retention period", "1–35 days",
                                     flagged_by("rds.sqlserver.storage"))
    assert not _claim_of_another_measure("storage size", "16 TB",
                                         flagged_by("rds.sqlserver.storage"))
