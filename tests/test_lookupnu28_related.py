"""Lines shown as no answer share the service asked (session 28, lookupnu28): "max gsi per
table" names DynamoDB's GSI, not Aurora's Global Database ("5 secondary regions" shares
"global" and "secondary"), Lambda's layers or EC2's placement groups ("max ... per")."""

from __future__ import annotations

from .helpers import run_here, shipped_reference

NOTES = ("# DynamoDB\n\n- item size max 400 KB\n- LSI must be created at table creation\n"
         "{gsi}"
         "\n# Aurora\n\n- Global Database: up to 5 secondary regions\n"
         "\n# Lambda\n\n- max 5 layers per function\n"
         "\n# EC2\n\n- placement groups: cluster, spread (max 7 instances per AZ), partition\n")
ENV = shipped_reference(200)


def _lookup(tmp_path, notes: str, query: str):
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "n.md").write_text(notes, encoding="utf-8")
    db = tmp_path / "facts.db"
    assert run_here("ingest", str(folder), db=db, env=ENV).returncode == 0
    return run_here("lookup", query, db=db, env=ENV)


def test_other_matches_are_of_the_service_of_the_subject_asked(tmp_path):
    result = _lookup(tmp_path, NOTES.format(gsi="- GSI: 20 per table default (soft limit)\n"),
                     "max gsi per table")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("GSI: 20 per table")
    for other in ("secondary regions", "layers", "instances"):
        assert other not in result.stdout, result.stdout


def test_related_lines_are_of_the_service_of_the_subject_asked(tmp_path):
    result = _lookup(tmp_path, NOTES.format(gsi=""), "max gsi per table")
    assert result.returncode == 1 and "Not in your notes" in result.stdout
    assert "secondary regions" not in result.stdout and "LSI" in result.stdout


def test_a_further_match_of_another_service_says_most_of_what_was_asked():
    """(a line of no service known may be of the one asked: it stays)"""
    from types import SimpleNamespace

    from studycli.lookup.related import further_matches

    def hit(service, answer, topic):
        return {"service": service, "answer": answer, "answer_features": {"topic": topic},
                "snippet": ""}

    first, own = hit("EBS", 1.0, 1.0), hit("EBS", 0.0, 0.0)
    said, unsaid, unknown = hit("S3", 0.2, 1.0), hit("Aurora", 0.0, 0.3), hit("", 0.0, 0.0)
    answering = hit("S3", 0.9, 1.0)
    for q in (SimpleNamespace(services=["EBS"], subjects=[]),
              SimpleNamespace(services=[], subjects=[("EBS", "io2")])):
        assert further_matches([first, own, said, unsaid, unknown, answering], q, None,
                               0.6) == [first, own, said, unknown, answering]
    # no service asked ("update_item ReturnValues default"): the ranking's order stands
    nothing = SimpleNamespace(services=[], subjects=[])
    assert further_matches([first, unsaid, said], nothing, None, 0.6) == [first, unsaid, said]


def test_related_lines_name_the_subject_asked_whatever_service_files_them(tmp_path):
    # (session 28, lookupfix28) VPC owns the NAT gateway; the notes file it under EC2
    notes = ("# EC2\n\n- NAT GW: 5 Gbps, scales up to 100 Gbps\n"
             "- NAT GW is per AZ, put one in each AZ for HA\n"
             "\n# Lambda\n\n- max 5 layers per function\n")
    result = _lookup(tmp_path, notes, "nat gateway high availability")
    assert "NAT GW is per AZ" in result.stdout, result.stdout
    assert "layers" not in result.stdout  # positive control: still filtered


def test_a_subject_filter_that_leaves_nothing_lists_the_lines_as_ranked(tmp_path):
    # RDS owns read replicas; the notes file the failover line under Aurora and never say
    # "read replica"
    result = _lookup(tmp_path, "# Aurora\n\n- failover to a replica in about 30 s\n",
                     "read replica failover time")
    assert "failover to a replica" in result.stdout, result.stdout


def test_a_service_named_and_absent_still_says_so(tmp_path):
    # positive control: the fallback is for subjects only
    result = _lookup(tmp_path, NOTES.format(gsi=""), "kinesis max shards")
    assert "layers" not in result.stdout and "secondary regions" not in result.stdout
