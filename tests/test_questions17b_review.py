"""What an independent review of questions17 found in its own changes (git diff 60d0544 7fb2f14)."""

from __future__ import annotations

from studycli.model import Fact, Kind


def _aurora(snippet: str, **kw) -> Fact:
    base = {"service": "Aurora", "subject": "", "attribute": "retention period",
            "kind": Kind.DEFAULT, "qualifier": "default", "value": "1 day", "number": 86400.0,
            "unit": "s", "source": "n.md", "line": 1}
    return Fact(**{**base, **kw, "snippet": snippet})


def test_the_words_before_a_measure_are_read_in_its_own_sentence():
    """The sentence's start was taken as the number's position less the sentence's length
    (the whole sentence, text after the number included): it fell in the sentence before,
    whose "binlog retention" made Aurora's 1-day default another thing's and dropped it."""
    from studycli.questions.attribution import misattributed

    line = ("Source MySQL binlog retention matters for DMS. Aurora retention period default "
            "1 day and you cannot turn backups off at all in Aurora")
    assert not misattributed(_aurora(line))
    # the binlog's own sentence still names it another thing's
    assert misattributed(_aurora("binlog retention long enough (we set 24 h)", qualifier="min",
                                 value="24 h"))


def test_a_sentence_is_found_where_the_number_stands_when_its_text_repeats():
    """`line.find(own)` found the first copy of a repeated sentence, not the number's."""
    from studycli.questions.attribution import _FULL_STOP, _sentence_span

    line = "Max 10 GB. Images are big. Max 10 GB. Done."
    at = line.rindex("10")
    start, end = _sentence_span(line, at, _FULL_STOP)
    assert start == line.rindex("Max") and line[start:end].strip() == "Max 10 GB."
    start, end = _sentence_span("a; b 5 c. d", 5)  # clauses part at ";" by default
    assert (start, end) == (3, 10)


_GO_ASYNC = ("API GW gives up at 29 s and returns 504. Nothing you can do except make the "
             "function faster or go async.")


def _mode(subject: str, snippet: str, value: str = "asynchronous") -> Fact:
    return Fact(service="Lambda", subject=subject, attribute="invocation",
                kind=Kind.INVOCATION_MODE, qualifier="", value=value, source="n.md", line=1,
                snippet=snippet)


def test_a_mode_not_said_of_its_invoker_is_not_called_wrong():
    """mode_said_of_invoker was read by the line caveat only: on the same "go async" line
    `check` said "WRONG: asynchronous, AWS now synchronous"."""
    from studycli.questions.attribution import misattributed
    from studycli.reference.assess import assess

    advice = _mode("API Gateway", _GO_ASYNC)
    assert misattributed(advice)
    a = assess(advice)
    assert a is None or a.status not in ("wrong", "outdated"), a
    said = _mode("API Gateway", "API Gateway -> Lambda: async")
    assert not misattributed(said)
    assert assess(said).status == "wrong"
    # a right mode is judged as before, whatever the line's wording
    assert assess(_mode("API Gateway", _GO_ASYNC, "synchronous")).status == "current"


def test_invokers_listed_after_their_mode_are_said_it():
    """"event source mapping (SQS, Kinesis, DynamoDB Streams)": the brackets list the mode's
    invokers; "Lambda (async)" is still Lambda's, not SQS's."""
    from studycli.questions.attribution import mode_said_of_invoker

    line = ("Lambda event source mapping (SQS, Kinesis, DynamoDB Streams) = Lambda polls, "
            "synchronous invoke.")
    for subject in ("SQS", "Kinesis Data Streams", "DynamoDB"):
        assert mode_said_of_invoker(_mode(subject, line, "event source mapping")), subject
    assert not mode_said_of_invoker(_mode("SQS", "S3 events - to SNS, SQS, Lambda (async) or "
                                                 "EventBridge"))


def test_a_mode_under_its_invokers_heading_is_said_of_it():
    """"- invocation: synchronous" under "## S3": the line names no invoker, the heading does,
    and `check` still calls it wrong."""
    from studycli.questions.attribution import misattributed
    from studycli.reference.assess import assess

    fact = _mode("S3", "- invocation: synchronous", "synchronous")
    assert not misattributed(fact) and assess(fact).status == "wrong"
