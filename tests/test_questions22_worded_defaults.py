"""A default stated in words is asked only when the note line marks that value as the default
(questions/askable.default_said_of): "lambda Invoke - NOT logged by default, cost extra" made
"What is the default invocation type for AWS CloudTrail?" answered "cost extra" (session 22
review of the development sets)."""

from studycli.model import Fact, Kind
from studycli.questions.askable import askable, default_said_of
from studycli.questions.build import card_types_for


def _default(service: str, attribute: str, value: str, snippet: str) -> Fact:
    return Fact(service=service, subject="", attribute=attribute, kind=Kind.DEFAULT,
                qualifier="default", value=value, number=None, unit="", low=None, high=None,
                source="n.md", line=4, snippet=snippet)


def test_a_value_after_by_default_is_no_default():
    trail = _default("CloudTrail", "invocation type", "cost extra",
                     "* data events: lambda Invoke - NOT logged by default, cost extra")
    assert not askable(trail) and card_types_for(trail) == []


def test_a_value_the_line_marks_as_default_is_asked():
    for value, snippet in (
            ("sync", "- RequestResponse = sync (default), CLI / API GW / ALB"),
            ("General Purpose", "- performance mode: <b>General Purpose</b> (default, low)"),
            ("terminate", "interruption behavior: terminate (default), stop, hibernate"),
            ("Edge-optimized", "endpoint type defaults to Edge-optimized"),
            ("SSE-SQS", "encryption default: SSE-SQS"),
            ("RequestResponse", "This is default (RequestResponse) if the function is invoked")):
        assert default_said_of(value, snippet), snippet
    sync = _default("Lambda", "invocation type", "sync",
                    "- RequestResponse = sync (default), CLI / API GW / ALB")
    assert askable(sync) and card_types_for(sync)
