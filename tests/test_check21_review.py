"""Reviewer leftovers on check (check21): an invoker's clause read by the parser's own mode
patterns; 45 Gbps that scales or bursts on a line naming another holder of that bandwidth is
no NAT gateway's; a dated line under an entry with no change date is history only when it
records the change; one rule for a measure restated by a claim entry (check and the ingest
summary); the keyed measure a claim entry restates found by its measure, not by a scan; a
number under a bare "size" that is exactly one measure's old value is told."""

from __future__ import annotations

from types import SimpleNamespace

from studycli.model import Fact, Kind

from .helpers import check_findings, stale_flags, two_note_folder


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
    flags = {line: {i for i, _ in found} for line, found in
             stale_flags(notes, tmp_path / "s.db").items()}
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
    flags = {line: {i for i, _ in found} for line, found in
             stale_flags(notes, tmp_path / "s.db").items()}
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
    # /tmp's default (an old maximum kept) or a memory setting: nothing sure
    assert assess(_bare_size("Lambda", "512 MB", number=512 * mib)) is None
    # S3's single PUT is 5 GB today
    assert assess(_bare_size("S3", "5 GB", number=5 * 1024 * mib)) is None
