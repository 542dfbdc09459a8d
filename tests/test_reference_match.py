"""Matching a note's fact to the reference: key, qualifier, range, units, claims, and leaning
to `unknown` when in doubt."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from studycli.extract import parse_note
from studycli.model import Fact
from studycli.reference import assess, entries_for_query, load_reference
from studycli.reference.entry import STATUSES

from .helpers import REPO, examples
from .reference_helpers import write_reference

SQS_MAX = {"id": "sqs.message-size.max", "service": "SQS", "attribute": "message size",
           "qualifier": "max", "kind": "limit", "value": "1 MiB", "number": 1048576, "unit": "B",
           "changed": "2025-08", "previously": ["256 KB"]}
TIMEOUT = [
    {"id": "lambda.timeout.max", "service": "Lambda", "attribute": "execution timeout",
     "qualifier": "max", "kind": "limit", "value": "900 s", "number": 900, "unit": "s"},
    {"id": "lambda.timeout.default", "service": "Lambda", "attribute": "execution timeout",
     "qualifier": "default", "kind": "default", "value": "3 s", "number": 3, "unit": "s"},
    {"id": "lambda.timeout.range", "service": "Lambda", "attribute": "execution timeout",
     "qualifier": "range", "kind": "range", "value": "1–900 s", "low": 1, "high": 900,
     "unit": "s"},
]
RETRIES = {"id": "lambda.retries.max", "service": "Lambda", "attribute": "retries",
           "qualifier": "max", "kind": "limit", "value": "2 retries", "number": 2,
           "unit": "count"}
S3_OBJECT = [
    {"id": "s3.object-size.max", "service": "S3", "attribute": "object size", "qualifier": "max",
     "kind": "limit", "value": "50 TB", "number": 50 * 1024**4, "unit": "B",
     "changed": "2025-12", "previously": ["5 TB"]},
    {"id": "s3.object-size.range", "service": "S3", "attribute": "object size",
     "qualifier": "range", "kind": "range", "value": "0 B – 50 TB", "low": 0,
     "high": 50 * 1024**4, "unit": "B", "changed": "2025-12", "previously": ["0–5 TB"]},
]
S3_ASYNC = {"id": "lambda.invocation.s3", "service": "Lambda", "subject": "S3",
            "attribute": "invocation", "kind": "invocation_mode", "value": "asynchronous"}
KINESIS = {"id": "kinesis.delivery", "service": "Kinesis Data Streams",
           "attribute": "delivery semantics", "kind": "fact", "value": "at least once",
           "supported_by": ["at[- ]least[- ]once"], "contradicted_by": ["exactly[- ]once"]}
DOCKER = {"id": "lambda.container-image.support", "service": "Lambda",
          "attribute": "container image support", "kind": "fact", "value": "supported",
          "changed": "2020-12", "contradicted_by": [r"docker.{0,40}not\s+su?pp?ou?rt"],
          "supported_by": [r"container\s+image"]}


@pytest.fixture
def ref(tmp_path):
    def make(*entries):
        return load_reference(write_reference(tmp_path / "ref", *entries))
    return make


def fact(service, attribute, kind, qualifier, value, number=None, unit="", low=None, high=None,
         subject="", snippet=""):
    return Fact(service=service, subject=subject, attribute=attribute, kind=kind,
                qualifier=qualifier, value=value, number=number, unit=unit, low=low, high=high,
                source="n.md", line=1, snippet=snippet or value)


def note_facts(text: str) -> list[Fact]:
    """Facts the real parser takes from a note (the matcher must meet the parser's keys)."""
    return parse_note(text, "n.md").facts


def statuses(text: str, reference) -> set[tuple[str, str]]:
    out = set()
    for f in note_facts(text):
        a = assess(f, reference)
        if a is not None:
            out.add((a.entry_id, a.status))
    return out


# --- numbers through the real parser ------------------------------------------------------

def test_an_old_maximum_is_outdated_with_the_current_value_and_date(ref):
    r = ref(SQS_MAX)
    [f] = [f for f in note_facts("# SQS\n\n- Max message size is 256 KB\n") if f.kind == "limit"]
    a = assess(f, r)
    assert (a.status, a.current_value, a.changed) == ("outdated", "1 MiB", "2025-08")
    assert a.url.startswith("https://docs.aws.amazon.com/") and a.flagged


def test_the_same_value_in_other_units_is_current(ref):
    r = ref(SQS_MAX, *TIMEOUT)
    assert statuses("# SQS\n\n- Max message size is 1024 KB\n", r) == {
        ("sqs.message-size.max", "current")}
    assert statuses("# Lambda\n\n- Timeout: default 3 seconds, max 15 minutes\n", r) == {
        ("lambda.timeout.default", "current"), ("lambda.timeout.max", "current")}


def test_a_default_is_compared_with_the_default_not_the_maximum(ref):
    r = ref(*TIMEOUT)
    found = statuses("# Lambda\n\n- Timeout default is 6 seconds\n", r)
    assert found == {("lambda.timeout.default", "wrong")}


def test_an_old_range_is_outdated_and_its_high_end_decides(ref):
    r = ref(*S3_OBJECT)
    found = statuses("# S3\n\n- Objects can have a size from 0B to 5TB.\n", r)
    assert ("s3.object-size.range", "outdated") in found
    assert not any(s in ("wrong", "current") for _, s in found)


def test_a_range_whose_low_end_alone_differs_is_not_flagged(ref):
    """"Timeout is 3 (default) – 900 s" is a default and a maximum, not a minimum of 3."""
    r = ref(*TIMEOUT)
    f = fact("Lambda", "execution timeout", "range", "range", "3–900 s", unit="s", low=3, high=900)
    a = assess(f, r)
    assert a is None or not a.flagged


def test_a_range_against_max_and_min_entries(ref):
    r = ref(SQS_MAX)
    f = fact("SQS", "message size", "range", "range", "1 B – 256 KB", unit="B", low=1,
             high=262144)
    assert assess(f, r).status == "outdated"


def test_an_unqualified_number_above_the_maximum_is_wrong_below_it_undecided(ref):
    r = ref(RETRIES)
    assert statuses("# Lambda\n\n## Async\n\n- Retry on errors for 3 times\n", r) == {
        ("lambda.retries.max", "wrong")}
    below = fact("Lambda", "retries", "limit", "", "1 time", number=1, unit="count")
    a = assess(below, r)
    assert a is None or a.status == "unknown"  # "1 time" may be an example, not a limit


def test_an_unqualified_old_value_is_outdated_and_a_current_one_current(ref):
    r = ref(SQS_MAX)
    old = fact("SQS", "message size", "limit", "", "256 KB", number=262144, unit="B")
    now = fact("SQS", "message size", "limit", "", "1 MiB", number=1048576, unit="B")
    assert assess(old, r).status == "outdated"
    assert assess(now, r).status == "current"


def test_a_change_without_the_old_value_makes_a_disagreement_outdated(ref):
    r = ref({**SQS_MAX, "previously": None})
    f = fact("SQS", "message size", "limit", "max", "128 KB", number=131072, unit="B")
    assert assess(f, r).status == "outdated"
    r2 = ref({**SQS_MAX, "changed": None, "previously": None})
    assert assess(f, r2).status == "wrong"


def test_a_value_as_aws_displays_it_is_current(ref):
    """The entry says "50 TB" for 48.8 TiB; a note writing "50 TB" agrees with AWS."""
    r = ref({**S3_OBJECT[0], "value": "50 TB (48.8 TiB)", "number": 53687091200000})
    f = fact("S3", "object size", "limit", "max", "50 TB", number=50 * 1024**4, unit="B")
    assert assess(f, r).status == "current"


def test_a_different_unit_or_counted_noun_is_never_a_finding(ref):
    r = ref(RETRIES, {"id": "lambda.concurrency", "service": "Lambda",
                      "attribute": "concurrent executions", "qualifier": "max", "kind": "limit",
                      "value": "1,000 concurrent executions", "number": 1000,
                      "unit": "count"})
    seconds = fact("Lambda", "retries", "limit", "max", "3 s", number=3, unit="s")
    invocations = fact("Lambda", "concurrent executions", "limit", "max",
                       "100 Lambda function invocations", number=100, unit="count")
    for f in (seconds, invocations):
        a = assess(f, r)
        assert a is None or a.status == "unknown"


def test_a_doubtful_key_match_is_not_flagged_but_an_old_value_always_is(ref):
    r = ref(*S3_OBJECT, {"id": "lambda.memory.min", "service": "Lambda", "attribute": "memory",
                         "qualifier": "min", "kind": "limit", "value": "128 MB",
                         "number": 128 * 1024**2, "unit": "B"})
    # Several sizes on one line: the parser had to guess which is the minimum.
    steps = note_facts("# Lambda\n\n- Memory: 128 MB to 10,240 MB (1 MB increments)\n")
    assert all(assess(f, r) is None or not assess(f, r).flagged for f in steps)
    # Orders of magnitude away: another quantity filed under this key, not a slip.
    put = fact("S3", "object size", "limit", "max", "5 GB", number=5 * 1024**3, unit="B",
               snippet="- single PUT max:: 5 GB")
    assert assess(put, r).status == "unknown"
    # An old value the entry lists is flagged however many numbers share the line.
    old = note_facts("# S3\n\n- Max object size 5 TB, use multipart above 100 MB\n")
    assert ("s3.object-size.max", "outdated") in {
        (a.entry_id, a.status) for a in (assess(f, r) for f in old) if a}


def test_a_number_missing_from_its_line_is_not_flagged(ref):
    """A hard-wrapped sentence: the value sits on the next line, so this one cannot show it."""
    r = ref(RETRIES)
    f = fact("Lambda", "retries", "limit", "max", "5 times", number=5, unit="count",
             snippet="Lambda retries failed asynchronous events, up to")
    assert assess(f, r).status == "unknown"
    shown = fact("Lambda", "retries", "limit", "max", "5 times", number=5, unit="count",
                 snippet="Lambda retries failed asynchronous events up to 5 times")
    assert assess(shown, r).status == "wrong"


def test_a_line_naming_every_invocation_mode_is_not_a_claim_about_one(ref):
    r = ref(S3_ASYNC)
    f = fact("Lambda", "invocation", "invocation_mode", "", "synchronous", subject="S3",
             snippet="sync if the caller waits, asynchronous if S3 queues the event")
    assert assess(f, r).status == "unknown"


def test_an_unverified_entry_never_flags(ref):
    r = ref({**SQS_MAX, "verified": False})
    f = fact("SQS", "message size", "limit", "max", "256 KB", number=262144, unit="B")
    assert assess(f, r).status == "unknown"


def test_keys_meet_through_aliases_and_qualifier_words(ref):
    r = ref({**SQS_MAX, "service": "Amazon SQS", "attribute": "Max  Message Size"},
            {**S3_ASYNC, "subject": "Amazon S3"})
    f = fact("SQS", "message size", "limit", "max", "256 KB", number=262144, unit="B")
    assert assess(f, r).entry_id == "sqs.message-size.max"
    mode = fact("Lambda", "invocation", "invocation_mode", "", "asynchronous", subject="S3")
    assert assess(mode, r).status == "current"


def test_a_subject_or_attribute_that_differs_does_not_match(ref):
    r = ref(SQS_MAX, KINESIS)
    fifo = fact("SQS", "message size", "limit", "max", "256 KB", number=262144, unit="B",
                subject="FIFO queue")
    latency = fact("Kinesis Data Streams", "delivery latency", "limit", "", "60 s", number=60,
                   unit="s", snippet="Kinesis delivery (~60 seconds)")
    assert assess(fifo, r) is None
    assert assess(latency, r) is None


def test_no_reference_means_no_opinion(tmp_path):
    empty = load_reference(tmp_path)
    assert assess(fact("SQS", "message size", "limit", "max", "256 KB", 262144, "B"), empty) is None


# --- text values and claims ---------------------------------------------------------------

def test_invocation_modes_compare_as_a_closed_set(ref):
    r = ref(S3_ASYNC)
    assert statuses("# Lambda\n\n- S3 invokes Lambda asynchronously\n", r) == {
        ("lambda.invocation.s3", "current")}
    sync = fact("Lambda", "invocation", "invocation_mode", "", "synchronous", subject="S3")
    assert assess(sync, r).status == "wrong"


def test_a_contradicted_claim_is_wrong_a_supported_one_current(ref):
    r = ref(KINESIS)
    assert statuses("# Kinesis Data Streams\n\n- Exactly-once delivery and order\n", r) == {
        ("kinesis.delivery", "wrong")}
    assert statuses("# Kinesis Data Streams\n\n- At-least-once delivery\n", r) == {
        ("kinesis.delivery", "current")}


def test_a_claim_that_was_once_true_is_outdated(ref):
    r = ref(DOCKER)
    found = statuses("# Lambda\n\n- Docker is not supported as a Lambda runtime\n", r)
    assert found == {("lambda.container-image.support", "outdated")}


def test_a_claim_pattern_only_applies_to_its_own_service(ref):
    r = ref(KINESIS)
    assert statuses("# SQS\n\n- FIFO gives exactly-once processing\n", r) == set()


def test_a_line_both_supporting_and_contradicting_is_undecided(ref):
    r = ref(KINESIS)
    f = fact("Kinesis Data Streams", "x", "fact", "", "not exactly-once, at-least-once")
    assert assess(f, r).status == "unknown"


def test_an_error_code_meaning_is_never_wrong_by_key(ref):
    r = ref({"id": "apigw.504", "service": "API Gateway", "attribute": "504",
             "kind": "error_code", "value": "Integration timeout"})
    same = fact("API Gateway", "504", "error_code", "", "Integration failure / timeout")
    other = fact("API Gateway", "504", "error_code", "", "Gateway dropped it")
    assert assess(same, r).status == "current"
    assert assess(other, r).status == "unknown"


def test_assess_takes_a_row_dict_too(ref):
    r = ref(SQS_MAX)
    row = fact("SQS", "message size", "limit", "max", "256 KB", 262144, "B").to_dict()
    assert assess(row, r).status == "outdated"


# --- entries for a lookup query -----------------------------------------------------------

def test_entries_for_a_query_name_the_service_and_the_attribute(ref):
    r = ref(SQS_MAX, *TIMEOUT, RETRIES)
    assert [e.id for e in entries_for_query("sqs max msg size", r)][:1] == ["sqs.message-size.max"]
    assert next(e.id for e in entries_for_query("lambda default timeout", r)) == \
        "lambda.timeout.default"
    assert entries_for_query("what is the weather", r) == []
    assert entries_for_query("sqs visibility timeout", r) == []


# --- loading only what a lookup needs -----------------------------------------------------

def test_loading_by_service_reads_only_the_files_that_hold_it(tmp_path):
    ref = write_reference(tmp_path / "ref", SQS_MAX, name="sqs.toml")
    write_reference(ref, *TIMEOUT, name="lambda.toml")
    (ref / "broken.toml").write_text('[[entry]]\nservice = "S3"\nid = ', encoding="utf-8")
    sqs_only = load_reference(ref, services=["SQS"])
    assert [e.id for e in sqs_only.entries] == ["sqs.message-size.max"]
    assert sqs_only.problems == []  # the broken S3 file was never parsed
    everything = load_reference(ref)
    assert len(everything.entries) == 4
    assert len(everything.problems) == 1 and "broken.toml" in everything.problems[0]


def test_assess_and_queries_without_a_reference_read_the_configured_one(tmp_path, monkeypatch):
    monkeypatch.setenv("STUDYCLI_REFERENCE", str(write_reference(tmp_path / "ref", SQS_MAX)))
    f = fact("SQS", "message size", "limit", "max", "256 KB", 262144, "B")
    assert assess(f).status == "outdated"
    assert [e.id for e in entries_for_query("sqs max message size")] == ["sqs.message-size.max"]


# --- anything a parser might hand over --------------------------------------------------

_FIXTURE_REF = None


def _fixture_reference():
    global _FIXTURE_REF
    if _FIXTURE_REF is None:
        _FIXTURE_REF = load_reference(REPO / "tests" / "data" / "reference_fixture")
    return _FIXTURE_REF


_numbers = st.one_of(st.none(), st.floats(allow_nan=False, allow_infinity=False, width=32))


@settings(max_examples=examples(300), deadline=None)
@given(service=st.sampled_from(["SQS", "Lambda", "Kinesis Data Streams", "", "S3"]),
       subject=st.sampled_from(["", "S3", "SQS", "FIFO queue", "x"]),
       attribute=st.sampled_from(["message size", "execution timeout", "retries", "invocation",
                                  "delivery semantics", "", "max message size"]),
       kind=st.sampled_from(["limit", "default", "range", "error_code", "invocation_mode",
                             "fact"]),
       qualifier=st.sampled_from(["max", "min", "default", "range", ""]),
       value=st.text(max_size=40), number=_numbers, low=_numbers, high=_numbers,
       unit=st.sampled_from(["B", "s", "count", "per_s", "%", ""]), snippet=st.text(max_size=80))
def test_assess_never_raises_and_says_a_known_status(service, subject, attribute, kind,
                                                    qualifier, value, number, low, high, unit,
                                                    snippet):
    f = Fact(service=service, subject=subject, attribute=attribute, kind=kind,
             qualifier=qualifier, value=value, number=number, unit=unit, low=low, high=high,
             source="n.md", line=1, snippet=snippet)
    a = assess(f, _fixture_reference())
    assert a is None or a.status in STATUSES


def test_a_service_aws_has_retired_makes_every_fact_about_it_outdated():
    """AWS ended support for IoT Events on 20 May 2026: "IoT Events invokes Lambda
    asynchronously" is no longer something to learn; Lambda's own facts are untouched."""
    from studycli.reference import assess

    via = fact("Lambda", "invocation", "invocation_mode", "", "asynchronous", subject="IoT Events",
               snippet="• AWS IoT Events")
    a = assess(via)
    assert a is not None and a.status == "outdated" and a.changed == "2026-05-20"
    assert "iotevents" in a.url
    own = fact("Lambda", "execution timeout", "limit", "max", "900 s", number=900, unit="s",
               snippet="- timeout 900 s")
    b = assess(own)
    assert b is None or b.entry_id != a.entry_id


def test_a_number_the_line_says_of_another_service_is_not_flagged():
    """"... or Cognito retries 3 times": the parser filed Cognito's retries under Lambda; the
    Lambda entry (2 retries) must not call the note wrong. Lambda's own 3 retries still is."""
    from studycli.reference import assess

    cognito = fact("Lambda", "retries", "limit", "", "3 times", number=3, unit="count",
                   snippet="- Lambda trigger must respond within 5 seconds (sync) or Cognito "
                           "retries 3 times")
    a = assess(cognito)
    assert a is None or not a.flagged
    own = fact("Lambda", "retries", "limit", "", "3 times", number=3, unit="count",
               snippet="- async invoke: Lambda retries 3 times")
    b = assess(own)
    assert b is not None and b.flagged
