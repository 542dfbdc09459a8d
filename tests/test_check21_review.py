"""Reviewer leftovers on check (check21): an invoker's clause read by the parser's own mode
patterns; 45 Gbps that scales or bursts on a line naming another holder of that bandwidth is
no NAT gateway's; a dated line under an entry with no change date is history only when it
records the change; one rule for a measure restated by a claim entry (check and the ingest
summary); the keyed measure a claim entry restates found by its measure, not by a scan; a
number under a bare "size" that is exactly one measure's old value is told."""

from __future__ import annotations

from types import SimpleNamespace

from studycli.model import Fact, Kind

from .helpers import check_findings, stale_ids, two_note_folder


def _mode_fact(snippet: str, subject: str, value: str):
    return SimpleNamespace(kind=Kind.INVOCATION_MODE, snippet=snippet, subject=subject,
                           value=value)


def test_an_invokers_clause_is_read_by_the_parsers_mode_words():
    """'sinc' is the parser's typo of 'sync' (invocation._SYNC); check's own copy of the mode
    words missed it, and its '(event)' could never meet a clause split at parentheses."""
    from studycli.extract.invocation import modes_named
    from studycli.reference.assess import _invoker_clause_says

    typo = _mode_fact("S3 -> Lambda is async. API GW -> Lambda is sinc (RequestResponse)",
                      "API Gateway", "asynchronous")
    assert _invoker_clause_says(typo, "synchronous")
    event = _mode_fact("API GW -> Lambda is synchronous. SNS -> Lambda is async (Event).",
                       "SNS", "synchronous")
    assert _invoker_clause_says(event, "asynchronous")
    assert not _invoker_clause_says(_mode_fact("SNS -> Lambda is synced", "SNS",
                                               "asynchronous"), "synchronous")
    assert modes_named("sync or async?") == set()
    assert modes_named("async, not sync") == {"synchronous", "asynchronous"}
    assert modes_named("synced to S3") == set()


def test_45_gbps_scaling_of_another_holder_is_not_a_nat_gateways(tmp_path):
    stale = ("# VPC\n\n- one per AZ, highly available within a single AZ, and scales up to"
             " 45 Gbps of\n")
    right = ("# Networking\n\n- EC2 instance network bandwidth bursts up to 45 Gbps\n"
             "- Direct Connect LAG scales to 45 Gbps\n"
             "- ENA: bandwidth scales up to 45 Gbps on this size\n")
    notes = two_note_folder(tmp_path, stale, right)
    flags = stale_ids(notes, tmp_path / "s.db")
    assert "vpc.nat-gateway.bandwidth" in flags[3]
    _, found = check_findings(notes / "right.md", db=tmp_path / "r.db")
    assert [x for x in found if x["reference"]["id"] == "vpc.nat-gateway.bandwidth"] == [], \
        found


def test_a_dated_line_with_no_change_date_is_history_only_when_it_records_the_change(tmp_path):
    """lambda.memory.max gives no date for the 3,008 MB -> 10,240 MB change: a study log's
    dated line still states the old value; a changelog's line with its arrow is history."""
    stale = "# Lambda log\n\n- 2024-03: Lambda memory max 3008 MB\n"
    right = "# Lambda timeline\n\n- 2017-11 Lambda memory max 1536 MB -> 3008 MB\n"
    notes = two_note_folder(tmp_path, stale, right)
    flags = stale_ids(notes, tmp_path / "s.db")
    assert "lambda.memory.max" in flags[3], flags
    _, found = check_findings(notes / "right.md", db=tmp_path / "r.db")
    assert [x for x in found if x["status"] in ("outdated", "wrong")] == [], found


def test_one_rule_drops_a_restated_claim():
    from studycli.restated_claims import without_restated

    # (line, quantity, keyed, severity)
    found = [(1, "q", True, 2), (1, "q", False, 2), (1, "q", False, 3), (2, "q", False, 2),
             (1, None, False, 1)]
    kept = without_restated(found, place=lambda x: (x[0],), quantity=lambda x: x[1],
                            keyed=lambda x: x[2], severity=lambda x: x[3])
    assert kept == [(1, "q", True, 2), (1, "q", False, 3), (2, "q", False, 2),
                    (1, None, False, 1)]


def test_the_keyed_measure_a_claim_entry_restates_is_indexed_by_measure():
    from studycli.reference.currency import _keyed_measure
    from studycli.reference.loader import load_reference

    index = load_reference().index()
    claim = next(e for family in index.by_key.values() for e in family
                 if e.id == "kinesis.record-size.claim")
    assert _keyed_measure(claim, index).id == "kinesis.record-size.max"


def _bare_size(service: str, value: str, number=None, low=None, high=None):
    kind = Kind.RANGE if high is not None else Kind.LIMIT
    return Fact(service=service, subject="", attribute="size", kind=kind, qualifier="",
                value=value, number=number, unit="B", low=low, high=high, snippet=value)


def test_a_bare_size_that_is_one_measures_old_value_is_told():
    from studycli.reference import assess

    mib = 1048576
    old_max = assess(_bare_size("Lambda", "3008 MB", number=3008 * mib))
    assert (old_max.status, old_max.entry_id) == ("outdated", "lambda.memory.max")
    old_range = assess(_bare_size("Lambda", "128-3008 MB", low=128 * mib, high=3008 * mib))
    assert (old_range.status, old_range.entry_id) == ("outdated", "lambda.memory.range")
    # an old maximum AWS kept as the default is today's default: a bare "size" does not say
    # which it means, so it is left alone (check21b)
    assert assess(_bare_size("SNS", "256 KB, same as SQS.", number=256 * 1024)) is None
    assert assess(_bare_size("Kinesis Data Streams", "1 MB.", number=mib)) is None
    assert assess(_bare_size("SNS", "default 256 KB", number=256 * 1024)) is None
    # S3's single PUT is 5 GB today: another measure's value
    assert assess(_bare_size("S3", "5 GB", number=5 * 1024 * mib)) is None


def test_self_naming_claims_are_read_on_lines_without_a_fact(tmp_path):
    """A blog's or a lecture's wrapped sentence holds no fact of its own: an entry whose
    patterns name their own subject (SNS FIFO topics, geoproximity, RDS for SQL Server) is
    read on every line (claim_any_line)."""
    stale = ("# Notes\n\n"
             "FIFO topics exist and can only have SQS FIFO queues as subscribers (well, now\n"
             "geolocation, geoproximity which needs traffic flow, multivalue answer, and\n"
             "|64 TiB (SQL Server 16 TiB)\n")
    right = ("# Notes\n\n"
             "FIFO topics deliver to SQS FIFO and standard queues alike\n"
             "geolocation, geoproximity without traffic flow now, multivalue answer\n"
             "|64 TiB (SQL Server 64 TiB too)\n")
    notes = two_note_folder(tmp_path, stale, right)
    flags = stale_ids(notes, tmp_path / "s.db")
    assert "sns.fifo-topic.sqs-subscribers" in flags[3], flags
    assert "route53.geoproximity.records" in flags[4], flags
    assert "rds.sqlserver.storage" in flags[5], flags
    _, found = check_findings(notes / "right.md", db=tmp_path / "r.db")
    assert [x for x in found if x["status"] in ("outdated", "wrong")] == [], found


def test_trusted_advisor_has_six_check_categories(tmp_path):
    """API_CheckSummary's pillars: cost_optimizing, performance, security, service_limits,
    fault_tolerance, operational_excellence. Five categories, on any line that says them of
    Trusted Advisor or lists them from cost optimization, is the old count."""
    stale = ("# CLF\n\n- Trusted Advisor 5 categories: cost optimization, performance, security\n"
             ": checks across 5 categories: cost optimization, performance, security\n")
    right = ("# CLF\n\n- 5 categories: cost optimization, performance, security, fault tolerance,"
             " service limits (operational excellence added later)\n"
             "- It checks 5 categories, er actually 6 now: cost optimization, performance\n"
             "- Well-Architected: 6 pillars, 5 categories of questions per pillar\n")
    notes = two_note_folder(tmp_path, stale, right)
    flags = stale_ids(notes, tmp_path / "s.db")
    assert flags[3] == {"trustedadvisor.check-categories"}, flags
    # a list of categories naming neither Trusted Advisor nor its own fault tolerance may be
    # another tool's (Cost Optimization Hub's): left alone since check21b
    assert 4 not in flags, flags
    _, found = check_findings(notes / "right.md", db=tmp_path / "r.db")
    assert [x for x in found if x["status"] in ("outdated", "wrong")] == [], found


def test_aurora_global_database_secondaries_on_any_line(tmp_path):
    """A wrapped teach-back line holds no fact; a mind map's child line under the global
    database still meets the Aurora entry through its fact; a VPC's secondary CIDR blocks are
    no global database's."""
    stale = ("# Databases\n\nyou have one primary region and up to 5 secondary read-only regions,\n"
             "Aurora Serverless v2 scales in ACUs. Aurora Global Database: up to 5 secondary,"
             " promote in < 1 min\n")
    right = "# VPC\n\n- a VPC can have up to 5 secondary IPv4 CIDR blocks by default\n"
    notes = two_note_folder(tmp_path, stale, right)
    flags = stale_ids(notes, tmp_path / "s.db")
    # a line naming no Aurora may be DocumentDB's or Neptune's (still 5): left alone since
    # check21b
    assert 3 not in flags, flags
    assert any(i.startswith("aurora.global-database.secondaries") for i in flags[4]), flags
    _, found = check_findings(notes / "right.md", db=tmp_path / "r.db")
    assert [x for x in found if x["status"] in ("outdated", "wrong")] == [], found


def test_a_number_of_an_example_list_or_of_a_client_is_not_the_services():
    """'Async invocations (S3, SNS, EventBridge) are retried ... up to 6 hours' is Lambda's
    event age, not EventBridge's retry policy; 'default 3 retries for most SDKs' is the SDKs'
    retry count, not Lambda's. Neither is told wrong; the same numbers said of the service
    itself still are."""
    from studycli.reference import assess

    def fact(service, attribute, number, unit, snippet, qualifier=""):
        return Fact(service=service, subject="", attribute=attribute, kind=Kind.LIMIT,
                    qualifier=qualifier, value=snippet, number=number, unit=unit,
                    snippet=snippet)

    listed = assess(fact("EventBridge", "retry duration", 21600, "s", "Async invocations (S3,"
                         " SNS, EventBridge) are retried automatically for up to 6 hours", "max"))
    assert listed is None or not listed.flagged
    sdk = assess(fact("Lambda", "retries", 3, "count",
                      "default 3 retries for most SDKs, 10 for DynamoDB in JS SDK v2"))
    assert sdk is None or not sdk.flagged
    own = assess(fact("Lambda", "retries", 3, "count", "Lambda async: 3 retries then DLQ"))
    assert own is not None and own.flagged


def test_up_to_words_of_other_languages_in_claim_patterns(tmp_path):
    """French and Portuguese notes give RDS's old 5 read replicas after the colon ("jusqu'à 5",
    "até 5") and Aurora Serverless v2's old 0.5 ACU minimum with a decimal comma ("mínimo 0,5
    ACU"); the step of 0,5 ACU and today's 15 replicas are right."""
    stale = ("# RDS (SAA)\n\n"
             "- Read Replicas : jusqu'à 5 par instance (MySQL), réplication ASYNC\n"
             "- Read replicas: até 5 por instância (MySQL, MariaDB, PostgreSQL)\n"
             "- Aurora Serverless v2: escala em incrementos de 0,5 ACU, mínimo 0,5 ACU\n")
    right = ("# RDS (SAA)\n\n"
             "- Read replicas: até 15 por instância (MySQL, MariaDB, PostgreSQL)\n"
             "- Aurora Serverless v2: escala em incrementos de 0,5 ACU\n")
    notes = two_note_folder(tmp_path, stale, right)
    flags = stale_ids(notes, tmp_path / "s.db")
    assert "rds.read-replicas.max" in flags[3], flags
    assert "rds.read-replicas.max" in flags[4], flags
    assert "aurora-serverless.v2.min-capacity" in flags[5], flags
    _, found = check_findings(notes / "right.md", db=tmp_path / "r.db")
    assert [x for x in found if x["status"] in ("outdated", "wrong")] == [], found
