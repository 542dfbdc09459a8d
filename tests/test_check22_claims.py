"""check22: stale claims that recur across students' notes (Aurora's 64 TiB cluster volume,
RDS for SQL Server's 16 TiB written as TB or To, KMS's FIPS 140-2 Level 2 beside CloudHSM),
and a gp2 size that is where its IOPS peak, not a size limit."""

from __future__ import annotations

from studycli.model import Fact, Kind

from .helpers import check_findings, stale_flags, two_note_folder


def _flagged(found) -> list:
    return [(x["line"], x["reference"]["id"]) for x in found
            if x["status"] in ("outdated", "wrong")]


def _ids(notes, db) -> dict[int, set[str]]:
    return {line: {i for i, _ in found} for line, found in stale_flags(notes, db).items()}


def test_aurora_storage_grown_to_64_tib_is_told_and_larger_figures_are_not(tmp_path):
    stale = ("# Aurora\n\n"
             "- storage autoscales in 10GB chunks up to 64 TB\n"
             "- Aurora storage grows by itself in 10 GB chunks up to 64 TB\n"
             "- Stockage auto-extensible par incréments de 10 Go, jusqu'à 64 To\n")
    right = ("# Aurora\n\n"
             "- storage autoscales in 10 GB chunks up to 128 TiB\n"
             "- Aurora storage grows in 10 GB increments up to 256 TiB on new versions\n"
             "- Aurora storage grew to 64 TiB on old versions, now 128 TiB\n"
             "# RDS\n\n- RDS storage autoscaling up to 64 TiB per volume\n")
    notes = two_note_folder(tmp_path, stale, right)
    ids = _ids(notes, tmp_path / "s.db")
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
    ids = _ids(notes, tmp_path / "s.db")
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
    ids = _ids(notes, tmp_path / "s.db")
    for line in (3, 4):
        assert "kms.hsm.fips-validation" in ids.get(line, set()), ids
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
             "- 5 pillars\n")
    right = ("# CLF\n\n"
             "- Well-Architected Framework = 6 pillars\n"
             "- sustainability was added 2021 (used to be 5 pillars)\n"
             "- Azure Well-Architected Framework: 5 pillars\n"
             "- the Well-Architected Framework has six pillars\n")
    notes = two_note_folder(tmp_path, stale, right)
    ids = _ids(notes, tmp_path / "s.db")
    for line in (3, 4, 5):
        assert "wellarchitected.pillars" in ids.get(line, set()), ids
    _, found = check_findings(notes / "right.md", db=tmp_path / "r.db")
    assert _flagged(found) == [], found
