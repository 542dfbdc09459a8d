"""Reviewer findings on check20 (check20b): a dated line is history only when dated before
the change; the X-Ray daemon's TCP 2000 said of sampling, usage plans given to REST APIs on an
HTTP API line, 45 Gbps of something other than a NAT gateway are right lines; `check` and the
question layer read an invoker's clause by one split."""

from __future__ import annotations

from .helpers import check_findings, stale_flags, stale_ids, two_note_folder

# AWS managed KMS keys went from every three years to every year in 2022-05 (kms.toml's
# `changed`)
DATED_STALE = """# KMS

- 2023-01 AWS managed keys rotate every 3 years
- 2024: AWS managed keys rotate every 3 years
- Nov 2025 AWS managed keys rotate every 3 years
- 2000 - AWS managed keys rotate every 3 years
"""

DATED_RIGHT = """# KMS timeline

- 2019-06 AWS managed keys rotate every 3 years
- Jan 2021: AWS managed keys rotate every 3 years
- 2022: AWS managed keys rotate every 3 years -> every year
"""


def test_a_line_dated_after_the_change_still_states_the_old_value(tmp_path):
    """A study log's date is the day the student wrote the old value, not the day it held;
    a line dated before the change is history. '2000 - ' opens a line like a year, but AWS
    had no 2000."""
    notes = two_note_folder(tmp_path, DATED_STALE, DATED_RIGHT)
    flags = stale_ids(notes, tmp_path / "s.db")
    for line in (3, 4, 5, 6):
        assert "kms.rotation.aws-managed" in flags[line], flags
    _, found = check_findings(notes / "right.md", db=tmp_path / "r.db")
    assert [x for x in found if x["status"] in ("outdated", "wrong")] == [], found


def test_the_date_a_line_opens_with():
    from studycli.reference.assess import _line_date

    assert _line_date("- 2000 - Lambda max timeout 5 min") is None
    assert _line_date("- 2015-10 Lambda max timeout 5 min") == "2015-10"
    assert _line_date("Nov 2017: memory") == "2017-11"
    assert _line_date("- 2025: memory") == "2025"
    assert _line_date("- 2024-03-11 memory") == "2024-03"


def test_x_ray_tcp_2000_for_sampling_is_right(tmp_path):
    """The daemon takes segments on UDP 2000 and proxies the SDK's sampling calls on TCP 2000
    (xray-daemon-configuration.html, --bind-tcp); TCP given as its only port is the trap."""
    stale = "# X-Ray\n\n- daemon listens on TCP port 2000\n"
    right = ("# X-Ray\n\n- daemon: UDP 2000 for segments, TCP 2000 for sampling\n"
             "- the SDK gets sampling rules from the daemon over TCP 2000\n"
             "- X-Ray daemon also listens on TCP port 2000 as a proxy to the X-Ray API\n")
    notes = two_note_folder(tmp_path, stale, right)
    assert stale_flags(notes, tmp_path / "s.db") == {3: {("xray.daemon.port", "wrong")}}
    _, found = check_findings(notes / "right.md", db=tmp_path / "r.db")
    assert [x for x in found if x["status"] in ("outdated", "wrong")] == [], found


def test_usage_plans_given_to_rest_apis_on_an_http_api_line_are_right(tmp_path):
    stale = "# API Gateway\n\n- HTTP API (cheaper, usage plans + API keys too)\n"
    right = ("# API Gateway\n\n"
             "- HTTP APIs are cheaper than REST APIs, which have usage plans and API keys\n"
             "- Pick HTTP APIs for JWT auth and REST APIs for usage plans and API keys\n")
    notes = two_note_folder(tmp_path, stale, right)
    flags = stale_ids(notes, tmp_path / "s.db")
    assert "apigateway.http-api.usage-plans" in flags[3]
    _, found = check_findings(notes / "right.md", db=tmp_path / "r.db")
    assert [x for x in found if x["status"] in ("outdated", "wrong")] == [], found


def test_45_gbps_of_something_other_than_a_nat_gateway_is_not_its_ceiling(tmp_path):
    stale = "# VPC\n\n- NAT gateway: 5 Gbps, scales to 45 Gbps\n"
    right = ("# Networking\n\n- EC2 network bandwidth up to 45 Gbps on this instance size\n"
             "- Direct Connect dedicated link, 45 Gbps of traffic planned\n")
    notes = two_note_folder(tmp_path, stale, right)
    flags = stale_ids(notes, tmp_path / "s.db")
    assert "vpc.nat-gateway.bandwidth" in flags[3]
    _, found = check_findings(notes / "right.md", db=tmp_path / "r.db")
    assert [x for x in found if x["reference"]["id"] == "vpc.nat-gateway.bandwidth"] == [], \
        found


def test_one_clause_split_for_check_and_questions():
    from studycli.mode_said import invoker_clauses, mode_said_on_line

    line = "API GW -> Lambda is synchronous (RequestResponse). SNS -> Lambda is async (Event)."
    assert invoker_clauses("SNS", line) == ["SNS -> Lambda is async "]
    assert invoker_clauses("API Gateway", line) == ["API GW -> Lambda is synchronous "]
    assert mode_said_on_line("SNS", line)
    assert not mode_said_on_line("API Gateway", "API GW gives up at 29 s; go async instead")


def test_the_ingest_summary_counts_a_restated_measure_once_as_check_does(tmp_path):
    """A claim entry restating the quantity another entry keys on the same line is one finding
    in `check` (findings._one_per_quantity) and in the ingest summary, whatever its id is
    called: sqs.request-payload-size.max's pattern meets the batch line that
    sqs.message-size.max keys (both 1 MiB maxima), kinesis.record-size.claim the record line."""
    import json
    import sqlite3

    from studycli.store.currency import status_counts

    from .helpers import run_here

    note = tmp_path / "n.md"
    note.write_text("# SQS\n\n- SQS batch payload max 256 KB, message max 256 KB\n"
                    "- Kinesis record max 1 MB, retention max 7 days\n", encoding="utf-8")
    db = tmp_path / "d.db"
    for args in (["ingest", str(note)], ["check", "--json"]):
        done = run_here(*args, db=db)
    listed = json.loads(done.stdout)
    conn = sqlite3.connect(db)
    counts = status_counts(conn)
    conn.close()
    assert counts is not None
    assert counts["outdated"] == sum(x["status"] == "outdated" for x in listed) == 3, listed
