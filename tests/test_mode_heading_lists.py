"""Items under a heading that is nothing but a mode ("## Async (event)", "- Sync:") in a Lambda
note are that mode's invokers, though no line says "invoke": they gave no mode ("## Poll-based"
did, by its "poll"). Only an item that does nothing but name services is one; a heading about
something else in a mode's word ("## Async messaging") lists no invokers."""

import pytest

from studycli.extract import parse_note
from studycli.model import Kind


def _modes(text: str) -> set[tuple[str, str]]:
    note = parse_note(text, "n.md")
    return {(f.subject, f.value) for f in note.facts if f.kind == Kind.INVOCATION_MODE}


def test_items_under_a_bare_mode_heading_take_its_mode():
    text = "# Lambda\n\n## Async (event)\n\n- S3\n- SNS topics\n\n## Sync\n\n- API Gateway\n"
    assert _modes(text) == {("S3", "asynchronous"), ("SNS", "asynchronous"),
                            ("API Gateway", "synchronous")}


def test_items_under_a_bare_mode_item_take_its_mode():
    text = "# Lambda\n\n- Async:\n  - S3 events\n- Sync:\n  - Amazon API Gateway (REST)\n"
    assert _modes(text) == {("S3", "asynchronous"), ("API Gateway", "synchronous")}


@pytest.mark.parametrize("text", [
    "# Lambda\n\n## Async messaging\n\n- SQS\n- SNS\n",
    "# Lambda\n\n## Async\n\n- SQS in front for buffering\n",
    "# Lambda\n\n## Async\n\n- destinations\n  - SQS\n  - SNS\n",
    "# SQS\n\n## Async\n\n- SNS\n",
    # only the nearest heading may be the mode: an item between says what the list is of
    "# AWS Lambda\n\n## Async\n\n- failures go to\n  - SQS\n  - SNS\n",
    "# AWS Lambda\n\n## Async\n\n- Monitoring\n  - CloudWatch\n  - X-Ray\n",
    "# AWS Lambda\n\n## Sync\n\n- Timeouts\n  - API GW\n  - ALB\n",
    "# AWS Lambda\n\n## Async\n\n### Good to pair with\n\n- SQS\n- Step Functions\n",
    "# AWS Lambda\n\n## Async\n\n- Lambda retries twice, then\n  - SQS\n  - SNS\n",
    # a bracket saying what the service is for: where failures go, not an invoker
    "# AWS Lambda\n\n## Async\n\n- SNS (for failures)\n",
    # a destination cue: the item is cut before "on failure", what is left ("- SQS (") is no
    # list of invokers
    "# Lambda\n\n## Async\n\n- SQS (on failure)\n",
    "# Lambda\n\n## Async\n\n- SNS (on success)\n",
    # services that never invoke Lambda take no mode from the heading
    "# Lambda\n\n## Async\n\n- EC2\n- RDS\n",
    "# Lambda\n\n## Sync\n\n- ECS\n",
    "# Lambda\n\n## Synchronous\n\n* CloudWatch\n",
])
def test_no_invokers_where_the_items_say_something_else(text):
    assert _modes(text) == set()


def test_only_the_items_that_invoke_lambda_take_the_heading_mode():
    text = "# Lambda\n\n## Async\n\n- S3\n- EC2\n\n## Sync\n\n- ALB\n- ECS\n"
    assert _modes(text) == {("S3", "asynchronous"), ("ELB", "synchronous")}
