"""Read-through of the session's change: right lines a reviewer found flagged or misread."""


from .helpers import check_findings, stale_flags, two_note_folder


def test_elasticache_redis_6_without_iam_auth_is_right(tmp_path):
    """IAM authentication needs Valkey 7.2+ or Redis OSS 7.0+ (auth-iam.html): a note that
    Redis 6 has none is right, and was flagged wrong."""
    stale = "# ElastiCache\n\n- ElastiCache not IAM-authenticated, passwords only\n"
    right = "# ElastiCache\n\n- ElastiCache Redis 6.x: not IAM authenticated, use AUTH tokens\n"
    notes = two_note_folder(tmp_path, stale, right)
    assert stale_flags(notes, tmp_path / "s.db") == {3: {("elasticache.iam-auth", "outdated")}}
    _, found = check_findings(notes / "right.md", db=tmp_path / "r.db")
    assert [x for x in found if x["status"] in ("outdated", "wrong")] == [], found


def test_a_minimum_then_an_arrow_to_a_maximum_is_a_span_not_a_change(tmp_path):
    """"memory min 128 MB -> max 10,240 MB" kept 10,240 MB as Lambda's minimum memory and
    dropped 128 MB as an old value; "max timeout 60s -> 5 min" is still a change."""
    import json

    from typer.testing import CliRunner

    from studycli.cli import app

    note = tmp_path / "lambda.md"
    note.write_text("# Lambda\n\n- memory min 128 MB -> max 10,240 MB\n"
                    "- max timeout 60s -> 15 min (raised)\n")
    runner = CliRunner()
    db = str(tmp_path / "l.db")
    assert runner.invoke(app, ["ingest", str(note), "--db", db]).exit_code == 0
    facts = json.loads(runner.invoke(app, ["facts", "--json", "--db", db]).output)
    limits = {(f["line"], f["qualifier"], f["value"]) for f in facts if f["kind"] == "limit"}
    assert (3, "min", "128 MB") in limits and (3, "max", "10,240 MB") in limits, limits
    assert not any(line == 3 and value == "10,240 MB" and qual == "min"
                   for line, qual, value in limits)
    assert (4, "max", "15 min") in limits and not any(v == "60 s" for _, _, v in limits)
