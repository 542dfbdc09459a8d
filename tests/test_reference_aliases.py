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



# --- the shipped reference meets the phrasings students' notes were parsed into ------------

@pytest.mark.parametrize("service, subject, attribute, qualifier, value, number, unit, entry_id", [
    ("SQS", "FIFO queue", "msg per second (without batching)", "", "300 messages/s", 300,
     "per_s", "sqs.fifo-queue.throughput-without-batching.max"),
    ("SQS", "FIFO queue", "messages per second (with batching)", "", "3000 messages/s", 3000,
     "per_s", "sqs.fifo-queue.throughput-with-batching.max"),
    # a quota table's column header: "| Max duration | 1 year | 5 minutes |"
    ("Step Functions", "Standard", "execution duration", "max", "1 year", 31536000, "s",
     "stepfunctions.standard-workflow.execution-duration.max"),
    ("Step Functions", "Express workflow", "duration", "max", "5 min", 300, "s",
     "stepfunctions.express-workflow.execution-duration.max"),
    ("Lambda", "", "async event age", "min", "60 s", 60, "s", "lambda.maximum-event-age.min"),
    ("S3", "S3 Standard-IA", "object size", "min", "128 KB", 131072, "B",
     "s3.standard-ia.minimum-billable-size.min"),
    ("API Gateway", "WebSocket API", "message size (frame)", "", "32 KB", 32768, "B",
     "apigateway.websocket-api.frame-size.max"),
])
def test_the_shipped_reference_answers_students_phrasings(
        service, subject, attribute, qualifier, value, number, unit, entry_id):
    """Each of these was written in two or more development note sets and had no reference
    opinion, so none of them could be drilled."""
    f = fact(service, subject, attribute, "limit", qualifier, value, number=number, unit=unit)
    a = assess(f, load_reference(services=[service]))
    assert a is not None and (a.entry_id, a.status) == (entry_id, "current")


def test_an_alias_for_one_object_size_answers_no_other():
    """Standard-IA's 'object size' alias is its minimum billable size: a note's 5 TB maximum
    object size under Standard-IA is neither vouched for nor called wrong by it."""
    f = fact("S3", "S3 Standard-IA", "object size", "limit", "max", "5 TB",
             number=5 * 1024 ** 4, unit="B")
    a = assess(f, load_reference(services=["S3"]))
    # The line "S3 Standard-IA object size 5 TB" still says what S3's object maximum was,
    # which the object-size entry's own claim tells (any storage class holds 50 TB objects).
    assert a is not None and (a.entry_id, a.status) == ("s3.object-size.max", "outdated")
