"""One reference entry, many phrasings: `aliases` let an entry meet a note under the other
(subject, attribute) keys the parser writes for the same quantity."""

from __future__ import annotations

import pytest

from studycli.model import Fact
from studycli.reference import assess, load_reference
from studycli.reference.schema import validate_directory

from .reference_helpers import write_reference

GP3_SIZE = {"id": "ebs.gp3.size.range", "service": "EBS", "subject": "gp3",
            "attribute": "volume size", "aliases": ["size", "storage size"],
            "qualifier": "range", "kind": "range", "value": "1 GiB to 64 TiB",
            "low": 1073741824, "high": 70368744177664, "unit": "B"}
SQS_MAX = {"id": "sqs.message-size.max", "service": "SQS", "attribute": "message size",
           "aliases": [{"subject": "FIFO queue"}],  # the entry's own phrase, another subject
           "qualifier": "max", "kind": "limit", "value": "1 MiB", "number": 1048576, "unit": "B"}
SQS_DEFAULT = {"id": "sqs.message-size.default", "service": "SQS", "attribute": "message size",
               "qualifier": "default", "kind": "default", "value": "256 KiB", "number": 262144,
               "unit": "B"}


def fact(service, subject, attribute, kind, qualifier, value, number=None, unit="", low=None,
         high=None):
    return Fact(service=service, subject=subject, attribute=attribute, kind=kind,
                qualifier=qualifier, value=value, number=number, unit=unit, low=low, high=high,
                source="n.md", line=1, snippet=f"{subject} {attribute} {value}")


@pytest.fixture
def ref(tmp_path):
    def make(*entries):
        return load_reference(write_reference(tmp_path / "ref", *entries))
    return make


def test_an_attribute_alias_meets_the_note_under_the_entrys_subject(ref):
    r = ref(GP3_SIZE)
    for phrase in ("volume size", "storage size", "size"):
        a = assess(fact("EBS", "gp3", phrase, "range", "range", "1 GiB – 64 TiB", unit="B",
                        low=1073741824, high=70368744177664), r)
        assert a is not None and (a.entry_id, a.status) == ("ebs.gp3.size.range", "current")
    # the alias is gp3's: another volume type's "size" is not answered by it
    assert assess(fact("EBS", "gp2", "size", "range", "range", "1 GiB – 16 TiB", unit="B",
                       low=1073741824, high=17592186044416), r) is None


def test_a_subject_alias_meets_another_subject_spelling(ref):
    r = ref(SQS_MAX, SQS_DEFAULT)
    a = assess(fact("SQS", "FIFO queue", "message size", "limit", "max", "256 KB",
                    number=262144, unit="B"), r)
    assert a is not None and (a.entry_id, a.status) == ("sqs.message-size.max", "wrong")
    # Only the entry that lists the alias answers under it: the default did not claim FIFO,
    # so a FIFO default meets the maximum alone, which cannot judge it.
    b = assess(fact("SQS", "FIFO queue", "message size", "default", "default", "256 KB",
                    number=262144, unit="B"), r)
    assert b is not None and (b.entry_id, b.status) == ("sqs.message-size.max", "unknown")


def test_an_alias_is_read_with_qualifier_words_and_aliases_like_the_entrys_key(ref):
    r = ref(SQS_MAX)
    a = assess(fact("Amazon SQS", "fifo queue", "max message size", "limit", "", "1 MB",
                    number=1048576, unit="B"), r)
    assert a is not None and a.status == "current"


def _problems(tmp_path, **changes):
    return validate_directory(write_reference(tmp_path / "ref", {**GP3_SIZE, **changes}))


def test_shipped_like_aliases_validate(tmp_path):
    assert _problems(tmp_path) == []
    assert _problems(tmp_path, aliases=[{"subject": "", "attribute": "gp3 size"}]) == []


@pytest.mark.parametrize("aliases, expected", [
    (["volume size"], "the entry's own key"),
    ([{"subject": "gp3"}], "the entry's own key"),
    (["size", "size"], "listed twice"),
    ([""], "empty attribute"),
    ([3], "must be a phrase"),
    ([{"subject": "gp3", "attr": "size"}], "must be a phrase"),
    ("size", "must be a list"),
])
def test_the_validator_names_each_alias_problem(tmp_path, aliases, expected):
    problems = _problems(tmp_path, aliases=aliases)
    assert any(expected in p for p in problems), problems


@pytest.mark.parametrize("service, subject, attribute", [
    ("STS", "", "session duration"),            # AssumeRole, GetSessionToken or role chaining
    ("Kinesis Data Streams", "", "throughput"),  # 1 MB/s write or 2 MB/s read
])
def test_no_entry_or_alias_may_answer_a_key_that_means_several_quantities(
        tmp_path, service, subject, attribute):
    entry = {"id": "x.y.max", "service": service, "subject": subject,
             "attribute": "some quantity", "aliases": [{"subject": subject,
                                                        "attribute": attribute}],
             "qualifier": "max", "kind": "limit", "value": "1 h", "number": 3600, "unit": "s"}
    problems = validate_directory(write_reference(tmp_path / "ref", entry))
    assert any("means several quantities" in p for p in problems), problems
    own = {**entry, "attribute": attribute, "aliases": []}
    problems = validate_directory(write_reference(tmp_path / "ref2", own))
    assert any("means several quantities" in p for p in problems), problems


# Phrasings that were filed as separate copies of one verified value before `aliases`: each
# must still meet its entry in the shipped reference.
FOLDED = [
    ("EBS", "st1", "storage size", "range", "B", 134217728000, 17592186044416,
     "ebs.st1.size.range"),
    ("Fargate", "", "memory (per task)", "max", "B", 128849018880, None, "fargate.memory.max"),
    ("Lambda", "", "tmp", "default", "B", 536870912, None, "lambda.ephemeral-storage.default"),
    ("Lambda", "", "retry duration (asynchronous)", "max", "s", 21600, None,
     "lambda.maximum-event-age.max"),
    ("SQS", "FIFO queue", "message size", "max", "B", 1048576, None, "sqs.message-size.max"),
    ("SQS", "delay queue", "delivery delay", "max", "s", 900, None, "sqs.delivery-delay.max"),
    ("Cognito", "", "refresh token", "default", "s", 2592000, None,
     "cognito.user-pool.refresh-token.default"),
    ("KMS", "", "wait time", "default", "s", 2592000, None, "kms.deletion-window.default"),
    ("Step Functions", "states", "message size", "max", "B", 262144, None,
     "stepfunctions.payload-size.max"),
]


@pytest.mark.parametrize("service, subject, attribute, qualifier, unit, low, high, entry_id",
                         FOLDED, ids=[row[-1] for row in FOLDED])
def test_folded_phrasings_still_meet_their_shipped_entry(service, subject, attribute,
                                                         qualifier, unit, low, high, entry_id):
    reference = load_reference()
    if high is None:
        kind = "limit" if qualifier == "max" else qualifier
        f = fact(service, subject, attribute, kind, qualifier, str(low), number=low, unit=unit)
    else:
        f = fact(service, subject, attribute, "range", "range", f"{low}–{high}", unit=unit,
                 low=low, high=high)
    a = assess(f, reference)
    assert a is not None and (a.entry_id, a.status) == (entry_id, "current")


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
