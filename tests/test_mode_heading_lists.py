"""Items under a heading that is nothing but a mode ("## Async (event)", "## Sync") in a Lambda
note are that mode's invokers, though no line says "invoke" (they gave no mode; "## Poll-based"
did, by its "poll"). A heading about something else in a mode's word ("## Async messaging")
lists no invokers."""

from tests.helpers import parsed_modes


def test_items_under_a_bare_mode_heading_take_its_mode():
    text = "# Lambda\n\n## Async (event)\n\n- S3\n- SNS\n\n## Sync\n\n- API Gateway\n"
    assert parsed_modes(text) == {("S3", "asynchronous"), ("SNS", "asynchronous"),
                                  ("API Gateway", "synchronous")}


def test_a_heading_about_something_else_lists_no_invokers():
    assert parsed_modes("# Lambda\n\n## Async messaging\n\n- SQS\n- SNS\n") == set()
