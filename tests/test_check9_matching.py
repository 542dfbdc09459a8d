"""A note fact meets the entry that states the same quantity, whatever words the parser filed
it under: the attribute's words in any order, an API operation as the subject, the subject's
words written into the attribute (or the entry's), one word's two spellings, "X/Y" naming two
quantities, and an entry that holds for every subject. Never another quantity: a subject the
reference does not cover, or a different word, meets nothing."""

from __future__ import annotations

import pytest

from studycli.model import Fact, Kind
from studycli.reference import assess, load_reference

from .reference_helpers import write_reference

TRANSACTION_ITEMS = {"id": "dynamodb.transaction-items.max", "service": "DynamoDB",
                     "attribute": "transaction items", "qualifier": "max", "kind": "limit",
                     "value": "100 actions", "number": 100, "unit": "count",
                     "changed": "2022-09", "previously": ["25 items"]}
ITEM_SIZE = {"id": "dynamodb.item-size.max", "service": "DynamoDB", "attribute": "item size",
             "qualifier": "max", "kind": "limit", "value": "400 KB", "number": 409600,
             "unit": "B"}
ASSUMEROLE_RANGE = {"id": "sts.assumerole-duration.range", "service": "STS",
                    "attribute": "AssumeRole session duration", "qualifier": "range",
                    "kind": "range", "value": "15 min to 12 h", "low": 900, "high": 43200,
                    "unit": "s"}
GETSESSIONTOKEN_RANGE = {"id": "sts.getsessiontoken-duration.range", "service": "STS",
                         "attribute": "GetSessionToken session duration", "qualifier": "range",
                         "kind": "range", "value": "15 min to 36 h", "low": 900,
                         "high": 129600, "unit": "s"}
ONDEMAND_WRITE = {"id": "kinesis.on-demand.write-throughput.default",
                  "service": "Kinesis Data Streams", "attribute": "on-demand write throughput",
                  "qualifier": "default", "kind": "default", "value": "4 MB/s",
                  "number": 4194304, "unit": "B/s"}
PRESIGNED_MAX = {"id": "s3.presigned-url-expiration.max", "service": "S3",
                 "attribute": "presigned URL expiration", "qualifier": "max", "kind": "limit",
                 "value": "7 days", "number": 604800, "unit": "s"}
ID_TOKEN = {"id": "cognito.id-token-validity.range", "service": "Cognito",
            "attribute": "ID token validity", "qualifier": "range", "kind": "range",
            "value": "5 minutes to 1 day", "low": 300, "high": 86400, "unit": "s"}
ACCESS_TOKEN = {**ID_TOKEN, "id": "cognito.access-token-validity.range",
                "attribute": "access token validity"}
REFRESH_TOKEN = {"id": "cognito.refresh-token-validity.range", "service": "Cognito",
                 "attribute": "refresh token validity", "qualifier": "range", "kind": "range",
                 "value": "60 minutes to 10 years", "low": 3600, "high": 315360000, "unit": "s"}
PAYLOAD_ANY_WORKFLOW = {"id": "stepfunctions.payload-size.max", "service": "Step Functions",
                        "attribute": "payload size",
                        "aliases": [{"subject": "*", "attribute": "message size"}],
                        "qualifier": "max", "kind": "limit", "value": "256 KiB",
                        "number": 262144, "unit": "B"}
NODES_MAX = {"id": "elasticache.nodes-per-cluster.max", "service": "ElastiCache",
             "subject": "Redis", "attribute": "nodes per cluster", "qualifier": "max",
             "kind": "limit", "value": "500 nodes", "number": 500, "unit": "count"}
NODES_DEFAULT = {**NODES_MAX, "id": "elasticache.nodes-per-cluster.default",
                 "qualifier": "default", "value": "90 nodes", "number": 90}


def fact(service, subject, attribute, qualifier, value, number=None, unit="", low=None,
         high=None, kind=Kind.LIMIT, snippet=None):
    return Fact(service=service, subject=subject, attribute=attribute, kind=kind,
                qualifier=qualifier, value=value, number=number, unit=unit, low=low, high=high,
                source="n.md", line=1, snippet=snippet if snippet is not None else value)


@pytest.fixture
def ref(tmp_path):
    def make(*entries):
        return load_reference(write_reference(tmp_path / "ref", *entries))
    return make


def _status(a):
    return None if a is None else (a.entry_id, a.status)


def test_the_attributes_words_in_another_order_or_parenthesised_meet_the_entry(ref):
    r = ref(TRANSACTION_ITEMS)
    for phrase in ("items (per transaction)", "items per transaction", "transaction items",
                   "Items in a transaction"):
        a = assess(fact("DynamoDB", "", phrase, "max", "25 items", 25, "count"), r)
        assert _status(a) == ("dynamodb.transaction-items.max", "outdated"), phrase
    # every word counts: "items" alone, or "transaction size", is another quantity
    assert assess(fact("DynamoDB", "", "items", "max", "25 items", 25, "count"), r) is None
    assert assess(fact("DynamoDB", "", "transaction size", "max", "25 items", 25, "count"),
                  r) is None


def test_a_default_scope_per_region_or_account_names_the_same_quota(ref):
    r = ref(ITEM_SIZE)
    for phrase in ("item size (per region)", "item size per AWS account", "item size"):
        a = assess(fact("DynamoDB", "", phrase, "max", "400 KB", 409600, "B"), r)
        assert _status(a) == ("dynamodb.item-size.max", "current"), phrase
    # another scope is another quantity
    assert assess(fact("DynamoDB", "", "item size (per table)", "max", "400 KB", 409600, "B"),
                  r) is None


def test_an_api_operation_subject_meets_the_service_wide_entry_but_a_subject_does_not(ref):
    r = ref(ITEM_SIZE, TRANSACTION_ITEMS)
    for operation in ("BatchWriteItem", "PutItem", "TransactWriteItems"):
        a = assess(fact("DynamoDB", operation, "item size", "max", "400 KB", 409600, "B"), r)
        assert _status(a) == ("dynamodb.item-size.max", "current"), operation
    a = assess(fact("DynamoDB", "TransactWriteItems", "items (per transaction)", "max",
                    "25 items", 25, "count"), r)
    assert _status(a) == ("dynamodb.transaction-items.max", "outdated")
    # an LSI's "item size" of 10 GB is its item collection, not the service's item size: a
    # subject (not an operation) never falls back to the service-wide entry
    assert assess(fact("DynamoDB", "LSI", "item size", "max", "10 GB", 10737418240, "B"),
                  r) is None


def test_the_subjects_words_and_the_attributes_meet_an_entry_that_joins_them(ref):
    r = ref(ASSUMEROLE_RANGE, GETSESSIONTOKEN_RANGE, ONDEMAND_WRITE)
    a = assess(fact("STS", "AssumeRole", "session duration", "max", "12 h", 43200, "s"), r)
    assert _status(a) == ("sts.assumerole-duration.range", "current")
    a = assess(fact("STS", "AssumeRole", "session duration", "max", "36 h", 129600, "s"), r)
    assert _status(a) == ("sts.assumerole-duration.range", "wrong")
    a = assess(fact("STS", "GetSessionToken", "session duration", "max", "36 h", 129600, "s"),
               r)
    assert _status(a) == ("sts.getsessiontoken-duration.range", "current")
    # a bare "session duration" is AssumeRole's or GetSessionToken's: it meets neither
    assert assess(fact("STS", "", "session duration", "max", "36 h", 129600, "s"), r) is None
    # "on-demand mode" + "write throughput": the kind word "mode" says nothing
    a = assess(fact("Kinesis Data Streams", "on-demand mode", "write throughput", "default",
                    "4 MB/s", 4194304, "B/s"), r)
    assert _status(a) == ("kinesis.on-demand.write-throughput.default", "current")
    # ... but "write throughput" of a shard is not the on-demand stream's
    assert assess(fact("Kinesis Data Streams", "shard", "write throughput", "default",
                       "4 MB/s", 4194304, "B/s"), r) is None


def test_one_words_two_spellings_agree_and_no_more(ref):
    r = ref(PRESIGNED_MAX)
    for phrase in ("URL expiry", "URL expiration", "url expires", "TTL"):
        a = assess(fact("S3", "presigned URL", phrase, "max", "7 days", 604800, "s"), r)
        assert _status(a) == ("s3.presigned-url-expiration.max", "current"), phrase
    a = assess(fact("S3", "presigned URL", "URL expiry", "max", "30 days", 2592000, "s"), r)
    assert _status(a) == ("s3.presigned-url-expiration.max", "wrong")
    assert assess(fact("S3", "presigned URL", "URL size", "max", "7 days", 604800, "s"),
                  r) is None


def test_a_slash_names_two_quantities_flagged_only_when_both_disagree(ref):
    r = ref(ID_TOKEN, ACCESS_TOKEN, REFRESH_TOKEN)
    a = assess(fact("Cognito", "", "ID/access token validity", "max", "1 day", 86400, "s"), r)
    assert a is not None and a.status == "current"
    a = assess(fact("Cognito", "", "ID/access token validity", "max", "7 days", 604800, "s"), r)
    assert a is not None and a.status == "wrong"
    # agreeing with one of the two is no finding: "1 day" is the ID token's maximum
    a = assess(fact("Cognito", "", "ID/refresh token validity", "max", "1 day", 86400, "s"), r)
    assert a is not None and not a.flagged
    # one of the two unknown to the reference: nothing is said
    assert assess(fact("Cognito", "", "ID/session token validity", "max", "7 days", 604800,
                       "s"), r) is None


def test_an_any_subject_alias_meets_every_subject_of_the_service(ref):
    r = ref(PAYLOAD_ANY_WORKFLOW)
    for subject in ("Express workflow", "Standard", "states"):
        a = assess(fact("Step Functions", subject, "message size", "max", "256 KB", 262144,
                        "B"), r)
        assert _status(a) == ("stepfunctions.payload-size.max", "current"), subject
    a = assess(fact("Step Functions", "Express workflow", "message size", "max", "1 MB",
                    1048576, "B"), r)
    assert _status(a) == ("stepfunctions.payload-size.max", "wrong")
    # the alias names its own attribute; another attribute of a subject meets nothing
    assert assess(fact("Step Functions", "Express workflow", "state size", "max", "1 MB",
                       1048576, "B"), r) is None


def test_a_default_written_as_a_maximum_is_flagged_and_named_the_default(ref):
    """"max 90 nodes" where 90 is the default AWS raises on request is no maximum: flagged,
    and the finding says it is still the default (currency.still_default), as a swapped
    default and maximum ("retention max 4 days") is flagged."""
    from studycli.reference.currency import still_default

    r = ref(NODES_MAX, NODES_DEFAULT)
    note = fact("ElastiCache", "Redis", "nodes per cluster", "max", "90 nodes", 90, "count")
    a = assess(note, r)
    assert _status(a) == ("elasticache.nodes-per-cluster.max", "wrong")
    assert still_default(note, a, r)  # "that is still the default"
    a = assess(fact("ElastiCache", "Redis", "nodes per cluster", "max", "250 nodes", 250,
                    "count"), r)
    assert _status(a) == ("elasticache.nodes-per-cluster.max", "wrong")


def test_one_value_repeated_across_columns_is_no_doubt_but_two_values_are(ref):
    r = ref(PAYLOAD_ANY_WORKFLOW)
    row = "<tr><td>Max input/output payload</td><td>32 KB</td><td>32 KB</td></tr>"
    a = assess(fact("Step Functions", "Standard", "message size", "max", "32 KB", 32768, "B",
                    snippet=row), r)
    assert _status(a) == ("stepfunctions.payload-size.max", "wrong")
    # two different sizes on the row: which one is the payload's was the parser's guess
    row = "<tr><td>Max input/output payload</td><td>32 KB</td><td>64 KB</td></tr>"
    a = assess(fact("Step Functions", "Standard", "message size", "max", "32 KB", 32768, "B",
                    snippet=row), r)
    assert a is not None and not a.flagged


LOG_EVENT = {"id": "cloudwatch-logs.event-size.max", "service": "CloudWatch Logs",
             "attribute": "event size", "qualifier": "max", "kind": "limit", "value": "1 MB",
             "number": 1048576, "unit": "B", "previously": ["256 KB"]}


def test_a_service_named_after_another_meets_notes_filed_under_the_parent(ref):
    r = ref(LOG_EVENT)
    for phrase in ("log event size", "event size (logs)", "Log events size"):
        a = assess(fact("CloudWatch", "", phrase, "max", "256 KB", 262144, "B"), r)
        assert _status(a) == ("cloudwatch-logs.event-size.max", "outdated"), phrase
    # without the extra word it is the parent's own quantity: nothing is said
    assert assess(fact("CloudWatch", "", "event size", "max", "256 KB", 262144, "B"),
                  r) is None
