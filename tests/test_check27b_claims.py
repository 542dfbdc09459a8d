"""check27b: stale claims the development fact-checks list that existing entries did not meet.
An Aurora global database's 5 secondary Regions in Dutch, German and Japanese, and on a line
naming Aurora Serverless (a part of Aurora, not another service); DynamoDB's old 5 GSIs per
table further on in the GSI's clause, in Dutch and as an .ini key; S3's 5 TB object as "max
single object" and a wallet card's "obj 5TB"; SQL Server's old 16 TiB after a list of engines
and glued to Japanese; AWS managed keys' 3-year rotation beside customer managed keys' yearly
one, and in a quota CSV's cells; Kinesis retention "can extend to 7 days" on a line under a
streams heading that names no Kinesis word; CloudWatch's 10 dimensions and CloudFront's 20 GB
cached file in a quota table; and ELB's deregistration delay given a 30 s default (a key match
doubted as a tenth of AWS's 300 s, so read from the line's words). Right lines stay
unflagged."""

from __future__ import annotations

from .helpers import check_findings, stale_ids, two_note_folder


def _flagged(found) -> list:
    return [(x["line"], x["reference"]["id"], x["snippet"]) for x in found
            if x["status"] in ("outdated", "wrong")]


_STALE = (
    "# Databases and streams\n"                                                        # 1
    "\n"
    "## Aurora\n"
    "\n"
    "- **Global Database**: 1 primaire regio + tot 5 secundaire regio's, replicatie < 1 s\n"  # 5
    "- Global Database: 1 Primär-Region + bis 5 Sekundär-Regionen, Replikation < 1 Sek.\n"   # 6
    "- Aurora Global Database: セカンダリリージョンは最大５個。\n"                          # 7
    "\n"
    "Aurora Serverless v2: scales in ACUs (0.5 ACU steps), Global DB: 1 primary + up to 5 "
    "secondary regions, replication < 1s\n"                                             # 9
    "\n"
    "## DynamoDB\n"
    "\n"
    "- GSI -> diff PK+SK, add anytime, 5 per table default, eventual consistency only\n"  # 13
    "- **GSI**: andere partition key + sort key; standaard max 5 per tabel\n"           # 14
    "\n"
    "## S3\n"
    "\n"
    "- max single object = 5 TB\n"                                                      # 18
    "- S3: obj 5TB | PUT 5GB | multipart >100MB\n"                                      # 19
    "\n"
    "## RDS\n"
    "\n"
    "- ストレージ上限は 64 TiB（SQL Serverだけ 16 TiB）\n"                              # 23
    "- RDS: engines MySQL/Postgres/SQL Server/Db2, storage max 64TiB (SQL Server 16TiB)\n"  # 24
    "\n"
    "## KMS\n"
    "\n"
    "- Priya: \"automatic rotation for AWS managed keys is every 3 years, customer managed "
    "every year if you enable it\"\n"                                                   # 28
    "\n"
    "## Kinesis Data Streams\n"
    "\n"
    "- retention: 24 h default, can extend to 7 days (long term retention extra $)\n"   # 32
    "\n"
    "## ELB\n"
    "\n"
    "- deregistration delay default 30 s\n"                                             # 36
    "\n"
    "| Max storage | 64 TiB | Oracle 64 TiB, SQL Server 16 TiB |\n"                    # 38
)


def test_stale_claims_existing_entries_missed_are_told(tmp_path):
    notes = two_note_folder(tmp_path, _STALE, "# Nothing\n")
    ids = stale_ids(notes, tmp_path / "s.db")
    for line in (5, 6, 7, 9):
        assert any(i.startswith("aurora.global-database.secondaries")
                   for i in ids.get(line, set())), (line, ids)
    for line in (13, 14):
        assert "dynamodb.gsi.gsis-per-table.max" in ids.get(line, set()), (line, ids)
    for line in (18, 19):
        assert "s3.object-size.max" in ids.get(line, set()), (line, ids)
    for line in (23, 24, 38):
        assert "rds.sqlserver.storage" in ids.get(line, set()), (line, ids)
    assert "kms.rotation.aws-managed" in ids.get(28, set()), ids
    assert any(i.startswith("kinesis.retention-period") for i in ids.get(32, set())), ids
    assert "elb.deregistration-delay.claim" in ids.get(36, set()), ids


def test_quota_rows_are_read_by_their_measure_noun(tmp_path):
    """A quota file's row keeps its value and unit in cells of their own: "Dimensions per
    metric,10,dimensions" is read as `dimensions`, "| Max file size cached | 20 GB |" as the
    `cache size`, and "AWS managed key rotation,3,years" reaches the pattern as "3 | years"."""
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "quotas.csv").write_text(
        "Service,Quota,Value,Unit,Adjustable?\n"
        "CloudWatch,Basic monitoring EC2 metric period,5,minutes,n/a\n"
        "CloudWatch,Metric data retention (1-min datapoints),15,days,No\n"
        "CloudWatch,Dimensions per metric,10,dimensions,No\n"
        "KMS,AWS managed key rotation,3,years (automatic),No\n", encoding="utf-8")
    (notes / "cdn.md").write_text(
        "# CloudFront\n\n"
        "| Setting | Value |\n"
        "|---|---|\n"
        "| Max file size cached | 20 GB |\n", encoding="utf-8")
    result, found = check_findings(notes, db=tmp_path / "q.db")
    assert result.returncode == 1, result.stderr
    flagged = {(x["source"].split("/")[-1], x["line"], x["reference"]["id"])
               for x in found if x["status"] in ("outdated", "wrong")}
    assert ("quotas.csv", 4, "cloudwatch.dimensions.max") in flagged, flagged
    assert ("quotas.csv", 5, "kms.rotation.aws-managed") in flagged, flagged
    assert ("cdn.md", 5, "cloudfront.file-size.max") in flagged, flagged
    # the rows giving other measures are told nothing
    assert {line for source, line, _ in flagged if source == "quotas.csv"} == {4, 5}, flagged


_RIGHT = (
    "# Databases and streams\n"
    "\n"
    "## Aurora\n"
    "\n"
    "- Global Database: 1 primaire regio + tot 10 secundaire regio's\n"
    "- Aurora Serverless v2: 0 to 256 ACUs; Global DB: up to 10 secondary regions\n"
    "\n"
    "## DocumentDB\n"
    "\n"
    "- DocumentDB global clusters: bis 5 Sekundär-Regionen\n"
    "\n"
    "## DynamoDB\n"
    "\n"
    "- GSI: any time, own RCU/WCU; LSI: max 5 per table, only at creation\n"
    "- GSI: 20 per table (default), LSI: 5 per table\n"
    "- lsi per table: 5 (only at table creation)\n"
    "\n"
    "## S3\n"
    "\n"
    "- S3: obj 50TB | PUT 5GB | multipart >100MB\n"
    "- max single PUT = 5 GB\n"
    "\n"
    "## RDS\n"
    "\n"
    "- RDS Custom for SQL Server: 16 TiB on some volume types\n"
    "- SQL Server: 64 TiB primary volume, up to 256 TiB with additional volumes\n"
    "\n"
    "## KMS\n"
    "\n"
    "- AWS managed keys rotate every year; customer managed keys every year by default "
    "(90-2560 days)\n"
    "\n"
    "## Kinesis Data Streams\n"
    "\n"
    "- retention: 24 h default, can extend up to 365 days\n"
    "\n"
    "## MSK\n"
    "\n"
    "- Kafka log retention: can go up to 7 days by default, then set your own\n"
    "\n"
    "## ELB\n"
    "\n"
    "- deregistration delay (connection draining): default 300 s, 0-3600 s\n"
    "- deregistration delay 300 s, health check interval default 30 s\n"
)


def test_right_lines_stay_unflagged(tmp_path):
    notes = two_note_folder(tmp_path, "# Nothing\n", _RIGHT)
    _, found = check_findings(notes / "right.md", db=tmp_path / "r.db")
    assert _flagged(found) == [], _flagged(found)


def test_dutch_five_secondary_regions_on_a_line_filed_elsewhere_is_outdated(tmp_path):
    """The any-line Aurora entry read "vijf" as its own-line twin does: a Dutch line naming
    Aurora under another service's words ("DynamoDB global tables ...; bij Aurora ...") was
    left unflagged (the two pattern lists had drifted)."""
    from .helpers import run_here

    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "db.md").write_text("# Notities\n\nDynamoDB global tables zijn multi-active; bij "
                                 "Aurora global database tot vijf secundaire regio's\n")
    out = run_here("check", str(notes), db=tmp_path / "c.db", env={"COLUMNS": "200"})
    assert out.returncode == 1, out.stdout
    assert "OUTDATED  Aurora / global database secondary Regions (max)" in out.stdout
