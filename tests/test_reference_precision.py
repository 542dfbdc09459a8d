"""Precision of the reference's `current`: a note's number or meaning is vouched for only when
it states the entry's own quantity (percentages by what they leave out of 100, claims only for
what their entry states, error meanings that do not name another code's phrase)."""

from __future__ import annotations

import pytest

from studycli.model import Fact
from studycli.reference import assess, load_reference

from .reference_helpers import write_reference


@pytest.fixture
def ref(tmp_path):
    def make(*entries):
        return load_reference(write_reference(tmp_path / "ref", *entries))
    return make


def fact(service, subject, attribute, kind, qualifier, value, number=None, unit=""):
    return Fact(service=service, subject=subject, attribute=attribute, kind=kind,
                qualifier=qualifier, value=value, number=number, unit=unit,
                source="n.md", line=1, snippet=f"{subject} {attribute} {value}")


# --- percentages ------------------------------------------------------------------------

AVAILABILITY = {"id": "s3.standard-ia.availability", "service": "S3", "subject": "S3 Standard-IA",
                "attribute": "availability", "kind": "limit", "value": "99.9%", "number": 99.9,
                "unit": "%"}
DURABILITY = {"id": "s3.durability", "service": "S3", "attribute": "durability", "kind": "limit",
              "value": "99.999999999%", "number": 99.999999999, "unit": "%"}


@pytest.mark.parametrize("entry, note, expected", [
    (AVAILABILITY, 99.9, "current"),
    (AVAILABILITY, 99.99, "wrong"),     # Standard's availability, not Standard-IA's
    (AVAILABILITY, 99.5, "wrong"),      # One Zone-IA's
    (DURABILITY, 99.999999999, "current"),
    (DURABILITY, 99.99, "wrong"),       # an availability figure is not 11 nines
    (DURABILITY, 99.9999999999, "wrong"),  # 12 nines
])
def test_percentages_are_compared_by_what_they_leave_out(ref, entry, note, expected):
    """Half a percent of tolerance made 99.99% "equal" 99.9% and 11 nines: a note's availability
    figure met a durability entry, or the wrong class's availability, as current."""
    r = ref(entry)
    f = fact("S3", entry.get("subject", ""), entry["attribute"], "limit", "", f"{note}%",
             number=note, unit="%")
    a = assess(f, r)
    assert a is not None and a.status in (expected, "unknown")
    assert (a.status == "current") == (expected == "current")


# --- a claim vouches for what its entry states ------------------------------------------

CONTAINER = {"id": "lambda.container-image.support", "service": "Lambda",
             "attribute": "container image support", "kind": "fact", "value": "supported",
             "supported_by": [r"container\s+image"]}
FIFO = {"id": "sqs.fifo-queue.delivery-semantics", "service": "SQS", "subject": "FIFO queue",
        "attribute": "delivery semantics", "kind": "fact", "value": "exactly-once processing",
        "supported_by": [r"exactly[- ]once"]}


def line_fact(service, subject, attribute, kind, value, snippet, number=None, unit=""):
    return Fact(service=service, subject=subject, attribute=attribute, kind=kind, qualifier="",
                value=value, number=number, unit=unit, source="n.md", line=1, snippet=snippet)


def test_a_statement_claim_does_not_vouch_for_a_number_on_its_line(ref):
    r = ref(CONTAINER, FIFO)
    size = line_fact("Lambda", "", "container image size", "limit", "10 GB",
                     "- Container image max size 10 GB", number=10 * 1024**3, unit="B")
    assert assess(size, r) is None
    rate = line_fact("SQS", "FIFO queue", "throughput", "limit", "300 messages/s",
                     "- FIFO queue: exactly-once processing, 300 msg/s without batching",
                     number=300, unit="per_s")
    assert assess(rate, r) is None
    # ... while the statement itself is still supported
    stated = line_fact("Lambda", "", "container image support", "fact", "supported",
                       "- Lambda can run a container image")
    a = assess(stated, r)
    assert a is not None and a.status == "current"


def test_a_numeric_claim_entry_vouches_for_its_own_number(ref):
    entry = {"id": "x.retention.max", "service": "SQS", "attribute": "retention period",
             "qualifier": "max", "kind": "limit", "value": "14 days", "number": 1209600,
             "unit": "s", "supported_by": [r"retention"]}
    r = ref(entry)
    same = line_fact("SQS", "", "kept for", "limit", "14 days", "- retention up to 14 days",
                     number=1209600, unit="s")
    other = line_fact("SQS", "", "kept for", "limit", "4 days", "- retention default 4 days",
                      number=345600, unit="s")
    a = assess(same, r)
    assert a is not None and a.status == "current"
    assert assess(other, r) is None


def test_a_claim_still_flags_a_number_its_line_contradicts(ref):
    chaining = {"id": "sts.role-chaining-duration.max", "service": "STS",
                "attribute": "role chaining session duration", "qualifier": "max",
                "kind": "limit", "value": "1 hour", "number": 3600, "unit": "s",
                "contradicted_by": [r"role\s+chaining.{0,60}12\s*h"]}
    r = ref(chaining)
    f = line_fact("STS", "", "duration", "limit", "12 h", "- role chaining sessions last 12 h",
                  number=43200, unit="s")
    a = assess(f, r)
    assert a is not None and a.status == "wrong"


# --- error code meanings -----------------------------------------------------------------

ELB_503 = {"id": "elb.error.503", "service": "ELB", "attribute": "503", "kind": "error_code",
           "value": "Service Unavailable: the target groups have no registered targets"}
APIGW_502 = {"id": "apigateway.502", "service": "API Gateway", "attribute": "502",
             "kind": "error_code",
             "value": "Bad Gateway: the Lambda function returned an error or a malformed response"}


@pytest.mark.parametrize("entry, meaning, expected", [
    (ELB_503, "no registered targets", "current"),
    (ELB_503, "Service Unavailable", "current"),
    (ELB_503, "Gateway Timeout: the target took too long", "unknown"),  # 504's meaning
    (APIGW_502, "Bad Gateway", "current"),                 # its own reason phrase
    (APIGW_502, "Bad proxy response from Lambda", "current"),
    (APIGW_502, "Gateway Timeout when Lambda runs over 29 s", "unknown"),
])
def test_an_error_meaning_that_names_another_codes_phrase_is_not_vouched_for(
        ref, entry, meaning, expected):
    """Sharing a word ("target", "Lambda") is not agreement when the note gives the meaning of
    another code: "503 = Gateway Timeout" confuses two codes."""
    r = ref(entry)
    f = line_fact(entry["service"], "", entry["attribute"], "error_code", meaning,
                  f"- {entry['attribute']} = {meaning}")
    a = assess(f, r)
    assert a is not None and a.status == expected


# --- error meanings are meanings, not remedies -------------------------------------------

REMEDY = ("retry", "back off", "backoff")


def test_shipped_error_entries_state_meanings_not_remedies():
    """A value naming the fix ("retry with exponential backoff") agrees with a note that gives
    the fix as the meaning ("PTEE -> exponential backoff"), which a quiz would then key."""
    for e in load_reference().entries:
        if e.kind == "error_code":
            assert not any(w in e.value.lower() for w in REMEDY), (e.id, e.value)


def test_a_note_giving_the_fix_as_the_meaning_is_not_vouched_for():
    note = fact("DynamoDB", "", "ProvisionedThroughputExceededException", "error_code", "",
                "Exponential backoff (SDK does it)")
    a = assess(note, load_reference(services=["DynamoDB"]))
    assert a is None or a.status != "current", a
    right = fact("DynamoDB", "", "ProvisionedThroughputExceededException", "error_code", "",
                 "request rate exceeds the provisioned throughput of the table")
    assert assess(right, load_reference(services=["DynamoDB"])).status == "current"


def test_a_wrong_value_ten_times_off_is_another_quantity_not_a_finding():
    """A note's 300 s filed as Route 53's health-check interval (AWS: 30 s) is an Auto Scaling
    grace period the parser misread: flagged, the quiz would tell the student a correct note
    disagrees with AWS."""
    ref = load_reference(services=["Route 53"])
    ten, near = (Fact(service="Route 53", subject="health check", attribute="interval",
                      kind="default", qualifier="default", value=f"{n} s", number=n, unit="s",
                      source="n.md", line=1, snippet=f"health check interval default {n} s")
                 for n in (300.0, 60.0))
    assert assess(near, ref).status == "wrong"  # the rule's other side: a misremembered value
    assert assess(ten, ref).status not in ("wrong", "outdated"), assess(ten, ref)


# --- a line that names only another subject of the service ---------------------------------

DEEP_ARCHIVE_STANDARD = {"id": "s3.deep-archive.standard-retrieval", "service": "S3",
                         "subject": "S3 Glacier Deep Archive", "attribute": "standard",
                         "kind": "limit", "value": "within 12 hours", "number": 43200,
                         "unit": "s"}


@pytest.mark.parametrize("snippet, expected", [
    # the row of the fact's own subject
    ("| Glacier Deep Archive | 180 days | 12 h standard, 48 h bulk | cheapest |", "current"),
    # the fact's subject came from around the line; the line is about Flexible Retrieval
    ("Glacier Flexible retrieval: Expedited 1-5 min, Standard 3-5 h, Bulk 5-12 h", "unknown"),
    # a line that names no subject at all leans on its heading, as before
    ("standard retrieval within 12 hours", "current"),
])
def test_a_line_naming_only_another_subject_vouches_for_nothing(ref, snippet, expected):
    """A Deep Archive fact read from a line about Glacier Flexible Retrieval ('Bulk 5-12 h')
    was vouched for by the Deep Archive entry (12 h) and drilled with a line that never
    mentions Deep Archive; a line that names the fact's own subject, or none, still counts."""
    r = ref(DEEP_ARCHIVE_STANDARD)
    f = Fact(service="S3", subject="S3 Glacier Deep Archive", attribute="standard", kind="limit",
             qualifier="", value="12 h", number=43200, unit="s", source="n.md", line=1,
             snippet=snippet)
    a = assess(f, r)
    assert a is not None and a.status == expected


def test_an_invoking_service_is_not_a_subject_of_lambda(ref):
    """An invocation fact's subject is the invoker ('Amazon MQ'); a line that also names a
    Lambda subject ('event source mapping') still states how that invoker calls Lambda."""
    r = ref({"id": "lambda.invocation.mq", "service": "Lambda", "subject": "Amazon MQ",
             "attribute": "invocation", "kind": "invocation_mode",
             "value": "event source mapping"})
    f = Fact(service="Lambda", subject="Amazon MQ", attribute="invocation",
             kind="invocation_mode", qualifier="", value="event source mapping",
             source="n.md", line=1, snippet="- Amazon MQ and MSK use an event source mapping")
    a = assess(f, r)
    assert a is not None and a.status == "current"


S3_503 = {"id": "s3.error.503", "service": "S3", "attribute": "503", "kind": "error_code",
          "value": "Slow Down: the request rate on a prefix is too high"}


@pytest.mark.parametrize("meaning, expected", [
    ("SlowDown", "current"),            # AWS's error name for the same meaning
    ("Slow Down", "current"),
    ("InternalError", "unknown"),       # another error's name shares no word
    ("NoSuchKey", "unknown"),
])
def test_an_error_name_in_camel_case_reads_as_its_words(ref, meaning, expected):
    """"503 SlowDown" is the meaning AWS words as "Slow Down"; it shared no word with the
    entry, so the commonest way students write S3's 503 was never vouched for."""
    r = ref(S3_503)
    f = line_fact("S3", "", "503", "error_code", meaning, f"- 503 {meaning}")
    a = assess(f, r)
    assert a is not None and a.status == expected
