"""check22: stale claims that recur across students' notes (Aurora's 64 TiB cluster volume,
RDS for SQL Server's 16 TiB written as TB or To, KMS's FIPS 140-2 Level 2 beside CloudHSM),
and a gp2 size that is where its IOPS peak, not a size limit."""

from __future__ import annotations

from studycli.model import Fact, Kind

from .helpers import check_findings, stale_ids, two_note_folder


def _flagged(found) -> list:
    return [(x["line"], x["reference"]["id"]) for x in found
            if x["status"] in ("outdated", "wrong")]


def test_aurora_storage_grown_to_64_tib_is_told_and_larger_figures_are_not(tmp_path):
    stale = ("# Aurora\n\n"
             "- storage autoscales in 10GB chunks up to 64 TB\n"
             "- Aurora storage grows by itself in 10 GB chunks up to 64 TB\n"
             "- Stockage auto-extensible par incréments de 10 Go, jusqu'à 64 To\n")
    right = ("# Aurora\n\n"
             "- storage autoscales in 10 GB chunks up to 128 TiB\n"
             "- Aurora storage grows in 10 GB increments up to 256 TiB on new versions\n"
             "- Aurora storage grew to 64 TiB on old versions, now 128 TiB\n"
             # under Aurora's heading, so that a line about RDS is read as Aurora's could be
             "- RDS storage autoscaling up to 64 TiB per volume\n")
    notes = two_note_folder(tmp_path, stale, right)
    ids = stale_ids(notes, tmp_path / "s.db")
    for line in (3, 4, 5):
        assert "aurora.storage.max-claim" in ids.get(line, set()), ids
    _, found = check_findings(notes / "right.md", db=tmp_path / "r.db")
    assert _flagged(found) == [], found


def test_sql_server_16_tib_in_the_ways_students_write_it(tmp_path):
    stale = ("# RDS\n\n"
             "- max storage 64tb for most engines, sqlserver only 16tb\n"
             "- SQL Server tops out at 16 TiB\n"
             "- 64 To pour la plupart des moteurs (16 To pour SQL Server)\n")
    right = ("# RDS\n\n"
             "- RDS Custom for SQL Server: gp3 up to 16 TiB\n"
             "- SQL Server on EC2: one gp2 EBS volume holds 16 TiB\n"
             "- RDS for SQL Server: 64 TiB primary volume, 256 TiB with extra volumes\n")
    notes = two_note_folder(tmp_path, stale, right)
    ids = stale_ids(notes, tmp_path / "s.db")
    for line in (3, 4, 5):
        assert "rds.sqlserver.storage" in ids.get(line, set()), ids
    _, found = check_findings(notes / "right.md", db=tmp_path / "r.db")
    assert _flagged(found) == [], found


def test_kms_level_2_is_told_on_a_line_that_compares_it_with_cloudhsm(tmp_path):
    stale = ("# KMS\n\n"
             "- CloudHSM vs KMS: KMS = multi-tenant, FIPS 140-2 Level 2; CloudHSM = Level 3\n"
             "- KMS は FIPS 140-2 Level 2、CloudHSM は Level 3\n")
    right = ("# KMS\n\n"
             "- KMS vs CloudHSM: CloudHSM = single-tenant, FIPS 140-2 Level 3 (hsm1)\n"
             "- KMS HSMs: FIPS 140-3 Level 3 (they were FIPS 140-2 Level 2)\n")
    notes = two_note_folder(tmp_path, stale, right)
    ids = stale_ids(notes, tmp_path / "s.db")
    for line in (3, 4):  # the entry itself or its any-line copy (a line filed under CloudHSM)
        assert ids.get(line, set()) & {"kms.hsm.fips-validation",
                                       "kms.hsm.fips-validation.any-line"}, ids
    _, found = check_findings(notes / "right.md", db=tmp_path / "r.db")
    assert [x for x in _flagged(found) if x[1] == "kms.hsm.fips-validation"] == [], found


def _gp2_size(snippet: str, number: float):
    from studycli.reference import assess

    return assess(Fact(service="EBS", subject="gp2", attribute="storage size", kind=Kind.LIMIT,
                       qualifier="max", value=snippet, number=number, unit="B",
                       snippet=snippet))


def test_a_size_where_iops_peak_is_no_size_limit():
    gib = 1024 ** 3
    at_peak = _gp2_size("gp2: 3 IOPS per GiB, burst to 3,000 for small vols, max at 5,334 GiB",
                        5334 * gib)
    assert at_peak is None or not at_peak.flagged, at_peak
    # a size limit stated as one is still read
    limit = _gp2_size("gp2: volume size max 5,334 GiB", 5334 * gib)
    assert limit is not None and limit.flagged, limit


def test_five_well_architected_pillars_are_told_on_any_line(tmp_path):
    """Read on every line (the Framework is no service the parser files facts under)."""
    stale = ("# CLF\n\n"
             "- Well-Architected Framework = 5 pillars: operational excellence, security\n"
             "- Well-Architected: **5 pillars**\n"
             "- AWS Well-Architected has five pillars\n")
    right = ("# CLF\n\n"
             "- Well-Architected Framework = 6 pillars\n"
             "- sustainability was added 2021 (used to be 5 pillars)\n"
             "- Azure Well-Architected Framework: 5 pillars\n"
             "- the Well-Architected Framework has six pillars\n")
    notes = two_note_folder(tmp_path, stale, right)
    ids = stale_ids(notes, tmp_path / "s.db")
    for line in (3, 4, 5):
        assert "wellarchitected.pillars" in ids.get(line, set()), ids
    _, found = check_findings(notes / "right.md", db=tmp_path / "r.db")
    assert _flagged(found) == [], found


def test_five_pillars_of_anything_but_the_aws_framework_are_left_alone(tmp_path):
    """The pattern names the Framework: five pillars of Scrum, or of Azure's or Google
    Cloud's Framework, are not its claim."""
    right = ("# CLF\n\n"
             "- Scrum: 5 pillars (transparency, inspection, adaptation)\n"
             "- Google Cloud Well-Architected Framework has five pillars\n"
             "- Azure Well-Architected Framework: 5 pillars\n"
             "# Azure Well-Architected Framework\n\n- 5 pillars\n")
    stale = "# CLF\n\n- Well-Architected: 5 pillars\n"
    notes = two_note_folder(tmp_path, stale, right)
    assert "wellarchitected.pillars" in stale_ids(notes, tmp_path / "s.db").get(3, set())
    _, found = check_findings(notes / "right.md", db=tmp_path / "r.db")
    assert _flagged(found) == [], found


def test_a_line_naming_the_framework_and_a_service_is_that_services(tmp_path):
    """The Framework names no service's facts: a line that names it beside a service keeps
    that service (lookup, exams and card ids read the service)."""
    from studycli.services import find_services

    from .helpers import parsed_quantities

    line = "- AWS Well-Architected Framework: Reliability pillar -> RDS Multi-AZ failover " \
           "takes 60-120 seconds\n"
    for heading in ("# Study\n\n", "# AWS Well-Architected Framework\n\n", "# EC2\n\n"):
        services = {q[0] for q in parsed_quantities(heading + line)}
        assert services == {"RDS"}, (heading, services)
    assert [m.name for m in find_services(line)] == ["RDS"]
    assert [m.name for m in find_services("Well-Architected Framework: 6 pillars")] == []
    assert [m.name for m in find_services("AWS Well-Architected Framework: 6 pillars")] \
        == ["Well-Architected"]
    # the bare word is no name of it, nor is the Tool (a console service, not the Framework)
    assert find_services("AWS Well-Architected Tool: 6 pillars") == []


def test_aurora_64_tb_of_rds_or_of_a_table_is_left_alone(tmp_path):
    right = ("# Aurora\n\n"
             "- Aurora storage grows automatically, unlike RDS, where you provision up to 64 TB\n"
             "- max table size 64 TiB (Aurora MySQL)\n"
             "- storage auto-grows in 10 GB increments; max table size 64 TiB (Aurora MySQL)\n"
             "- storage grows in 10 GB chunks (RDS: up to 64 TiB)\n")
    stale = "# Aurora\n\n- storage grows in 10 GB chunks, up to 64 TB\n"
    notes = two_note_folder(tmp_path, stale, right)
    assert "aurora.storage.max-claim" in stale_ids(notes, tmp_path / "s.db").get(3, set())
    _, found = check_findings(notes / "right.md", db=tmp_path / "r.db")
    assert _flagged(found) == [], found


def test_a_claim_line_that_knows_the_change_is_not_told(tmp_path):
    """One check for every claim entry: a line that puts the old value in the past ("before
    2022", "was") or that both lists of an entry match (it names today's value too) is no
    stale claim, whether the claim is read through a fact or on any line."""
    right = ("# RDS\n\n"
             "- SQL Server: 64 TiB now (16 TB before 2022)\n"
             "- SQL Server 16 TB limit is gone, now 64 TiB\n"
             "# Aurora\n\n"
             "- Aurora storage grew in 10 GB chunks up to 64 TB before 2020\n"
             "- the Well-Architected Framework had 5 pillars until 2021\n")
    stale = "# RDS\n\n- SQL Server max storage 16 TiB\n"
    notes = two_note_folder(tmp_path, stale, right)
    assert "rds.sqlserver.storage" in stale_ids(notes, tmp_path / "s.db").get(3, set())
    _, found = check_findings(notes / "right.md", db=tmp_path / "r.db")
    assert _flagged(found) == [], found


def test_a_size_limit_on_an_iops_line_is_still_read():
    """Only a size where a rate measure peaks is passed over: a size word or a cap right
    before "at" is a size limit, told wrong against gp2's 16 TiB."""
    tib = 1024 ** 4
    for snippet in ("gp2: up to 16,000 IOPS, max size at 8 TiB",
                    "gp2: up to 16,000 IOPS, capped at 8 TiB",
                    "gp2: up to 16,000 IOPS, size limit at 8 TiB",
                    "gp2: 16,000 IOPS max; volume size max at 8 TiB"):
        found = _gp2_size(snippet, 8 * tib)
        assert found is not None and found.flagged, (snippet, found)
    gib = 1024 ** 3
    for snippet in ("gp2: 16,000 IOPS @ 5,334 GiB", "gp2: 16,000 IOPS@5,334 GiB",
                    "gp2: IOPS max at 5,334 GiB"):
        found = _gp2_size(snippet, 5334 * gib)
        assert found is None or not found.flagged, (snippet, found)


def test_the_summary_counts_facts_and_lines_as_they_are(tmp_path):
    """Findings read on note lines without a fact are not "facts checked": the summary says
    the lines were read too, and one fact is one fact."""
    from .helpers import run_here, shipped_reference

    note = tmp_path / "n.md"
    note.write_text("# CLF\n\n- Well-Architected: 5 pillars\n- Trusted Advisor: 5 categories\n"
                    "- SQS max message size 256 KB\n", encoding="utf-8")
    env = shipped_reference(200)
    out = run_here("check", str(note), db=tmp_path / "c.db", env=env).stdout
    import re

    said = re.search(r"(\d+) (facts?) and every note line checked", out)
    assert said is not None, out
    assert (said.group(2) == "fact") == (said.group(1) == "1"), out
    from studycli.ui.check_view import render_check

    one = {"reference": {"entries": 1, "verified": 1, "last_checked": "2026-12-03",
                         "oldest_checked": "2026-12-03"},
           "tally": {"outdated": 2, "wrong": 0, "current": 0, "unknown": 0},
           "facts_checked": 1}
    summary = list(render_check([], one))[-1]
    assert " 1 fact and every note line checked" in summary.plain, summary.plain


def test_bare_five_pillars_are_read_under_a_heading_naming_the_framework(tmp_path):
    """A bare "5 pillars" is read under the heading or title line that names the Framework
    (claim_heading); a list's first item titles nothing, and Azure's heading is Azure's."""
    stale = ("# CLF\n\n## Well-Architected Framework\n\n- 5 pillars: operational excellence\n\n"
             "# More\n\nWell-Architected Framework\n: 5 pillars: security, reliability\n\n"
             "Well-Architected Framework\n◦ 5 pillars: cost optimization\n\n"
             # a paragraph opened by a claim, not a title (an RTF note has no blank line)
             "Well-Architected Framework = 5 pillars: security\n"
             "AWS Artifact = compliance reports (SOC, PCI)\n")
    right = ("# CLF\n\n- Well-Architected Tool is free\n- Scrum: 5 pillars\n\n"
             "# Azure Well-Architected Framework\n\n- 5 pillars\n\n"
             "# Scrum\n\nWell-Architected Tool\n\n- 5 pillars\n")
    notes = two_note_folder(tmp_path, stale, right)
    ids = stale_ids(notes, tmp_path / "s.db")
    for line in (5, 10, 13, 15):
        assert "wellarchitected.pillars" in ids.get(line, set()), ids
    assert "wellarchitected.pillars" not in ids.get(16, set()), ids
    _, found = check_findings(notes / "right.md", db=tmp_path / "r.db")
    assert _flagged(found) == [], found
