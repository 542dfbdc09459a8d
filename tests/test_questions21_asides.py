"""A note's aside in a measure's name is said in plain words in a stem, or the fact is not
asked (questions/asides.py): "What is the maximum message size (frames) for Amazon API Gateway
(WebSocket API)?" keyed the frame's 32 KB with the message's 128 KB among the options, and
"request payload size (passed)" asked something nobody could pin down (session 21 reviewers)."""

from studycli.model import Fact, Kind
from studycli.questions import FactPool, build_question
from studycli.questions.asides import said_plainly
from studycli.questions.askable import askable
from studycli.questions.build import card_types_for
from studycli.questions.stems import value_stem


def _limit(attribute: str, value: str, number: float, unit: str = "B", subject: str = "",
           service: str = "API Gateway", qualifier: str = "max", line: int = 1) -> Fact:
    return Fact(service=service, subject=subject, attribute=attribute, kind=Kind.LIMIT,
                qualifier=qualifier, value=value, number=number, unit=unit, source="n.md",
                line=line, snippet="websocket api: msg 128 KB max (frames 32 KB)")


def test_asides_are_said_in_plain_words_or_not_at_all():
    assert said_plainly("throughput (per shard)") == "throughput per shard"
    assert said_plainly("object size (per object)") == "object size"
    assert said_plainly("deployment package size (unzipped)") == \
        "unzipped deployment package size"
    assert said_plainly("invocation payload size (async)") == "asynchronous invocation payload size"
    assert said_plainly("IOPS (gp3 baseline)") == "gp3 baseline IOPS"
    assert said_plainly("TTL (cli)") == "TTL with the AWS CLI"
    assert said_plainly("ephemeral storage (/tmp)") == "ephemeral storage (/tmp)"
    for fragment in ("request payload size (passed)", "throughput (regardless)",
                     "item size (làm)", "IOPS (GB)", "item size (wcu)"):
        assert said_plainly(fragment) is None, fragment


def test_review_asides_a_note_writes_in_its_own_brackets_and_words_that_are_no_kind():
    # the parser keeps a note's "(per shard)" inside the bracket it adds: Kinesis' per-shard
    # limits were no longer asked (a reviewer's finding)
    assert said_plainly("write throughput ((per shard)") == "write throughput per shard"
    assert said_plainly("delivery delay ((per queue)") == "delivery delay per queue"
    assert said_plainly("elastic ip quota (per address)") == "elastic ip quota per address"
    assert said_plainly("message size (entries)") == "size of one entry"  # not "entrie"
    assert said_plainly("message size (batches)") == "size of one batch"
    for how_meant in ("message size (total)", "timeout (Default)", "retention (Max)",
                      "timeout (Hard)", "message size (attributes)", "size (each)",
                      # a service's or a feature's name is no thing a size is of
                      "message size (sqs)", "message size (fifo)", "size (usable)",
                      "visibility timeout (Note)", "retention (Important)"):
        assert said_plainly(how_meant) is None, how_meant
    # a name the note capitalises keeps it: the Standard workflow, not "the usual" duration
    assert said_plainly("execution duration (Standard)") == "Standard execution duration"
    assert said_plainly("invocation payload size (Async)") == \
        "asynchronous invocation payload size"


def test_a_fragment_aside_makes_no_question():
    passed = _limit("request payload size (passed)", "51,200 bytes", 51200,
                    service="CloudFormation")
    assert not askable(passed) and card_types_for(passed) == []


def test_a_frame_is_asked_as_a_frame_and_the_message_size_is_no_wrong_option():
    import random

    frame = _limit("message size (frames)", "32 KB", 32768, subject="WebSocket API")
    message = _limit("message size (msg)", "128 KB", 131072, subject="WebSocket API", line=2)
    assert value_stem(frame) == \
        "What is the maximum size of one frame for Amazon API Gateway (WebSocket API)?"
    assert value_stem(message) == \
        "What is the maximum message size for Amazon API Gateway (WebSocket API)?"
    pool = FactPool.from_facts([frame, message])
    for seed in range(5):
        q = build_question(frame, "choice", pool, random.Random(seed))
        assert q is not None and "128 KB" not in q.options, q.options
        q = build_question(message, "choice", pool, random.Random(seed))
        assert q is not None and "32 KB" not in q.options, q.options


def test_a_zero_duration_reads_as_seconds():
    import random

    fact = Fact(service="SQS", subject="", attribute="delivery delay", kind=Kind.DEFAULT,
                qualifier="default", value="0 min", number=0.0, unit="s", source="n.md", line=1,
                snippet="- delay queue: default 0 min")
    q = build_question(fact, "recall", FactPool.from_facts([fact]), random.Random(1))
    assert q is not None and q.answer_text == "0 seconds"


def test_a_value_the_note_line_states_is_no_wrong_option(tmp_path):
    # "every 30 sec by default, fast option 10 sec" asked as "the interval" keyed 10 s and
    # offered 30 s as wrong: the line itself says 30 s of the same measure
    from studycli.store.db import connect
    from tests.helpers import ingest_text
    from tests.review.harness import quiz_items

    _notes, db, _ = ingest_text(tmp_path, "Route 53 health checkers check every 30 sec by "
                                "default, fast option 10 sec (costs more)\n", "a.txt")
    # (since session 22 the parser files the 10 s as "interval (fast option)", a case no
    # question can say, so no question is keyed 10 s as the interval at all)
    items = quiz_items(connect(db))
    assert not any(it["right"].startswith("10") and "fast" not in it["stem"] for it in items)
    assert all("30 seconds" not in (it["options"] or []) or "30" in it["right"] for it in items)
    # the check above holds for any list, an empty one too: on a line that does make choice
    # questions with a second value on it, that value is never a wrong option
    (tmp_path / "tmp").mkdir()
    _notes, db, _ = ingest_text(tmp_path / "tmp", "Lambda /tmp storage 512 MB default, up to "
                                "10 GB\n", "b.txt")
    choices = [it for it in quiz_items(connect(db)) if it["options"]]
    assert {it["right"] for it in choices} == {"512 MB", "10 GB"}
    assert all(other not in it["options"] for it in choices
               for other in {"512 MB", "10 GB"} - {it["right"]})
