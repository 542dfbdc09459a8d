"""A status code a line says something gets: "async invoke returns HTTP 202", "Event -> 202",
"returns 503 when no registered targets" (extract/returned_codes.py, read by codes.py)."""

from __future__ import annotations

import pytest

from studycli.extract import parse_note
from studycli.model import Kind


def _codes(text: str) -> dict[str, str]:
    return {f.attribute: f.value for f in parse_note(text, "n.md").facts
            if f.kind is Kind.ERROR_CODE and f.attribute.isdecimal()}


def test_a_call_that_returns_a_success_code_is_its_meaning():
    # ("sync" alone: one word tells too little of what gets the 200, review 33)
    assert _codes("# Lambda\n- async invoke returns HTTP 202 right away, sync returns 200\n") \
        == {"202": "Async invoke"}
    assert _codes("# Lambda\n- invocation type Event: async -> HTTP 202, queued internally\n") \
        == {"202": "Invocation type Event: async"}


def test_a_bracket_is_no_clause_break():
    assert _codes("# Lambda\n- `InvocationType='RequestResponse'` (sync, default) -> "
                  "StatusCode **200**\n") == {
        "200": "InvocationType='RequestResponse' (sync, default)"}


def test_a_returned_code_with_its_condition_joins_a_list_of_codes():
    # the list's "502 = ..." segments alone were read: 503 was lost
    assert _codes("# ELB\n- returns 503 when no registered targets; 502 = bad response from "
                  "target; 504 = target timeout\n") == {
        "503": "When no registered targets", "502": "Bad response from target",
        "504": "Target timeout"}


def test_an_error_code_an_arrow_leads_to_is_what_leads_to_it():
    assert _codes("# API Gateway\n- throttling: over quota -> 429\n") == {
        "429": "Throttling: over quota"}


@pytest.mark.parametrize("line", [
    "- Q9. ALB returns 504 to clients.",  # who returns it, not what it means
    "- ProvisionedThroughputExceededException -> HTTP 400",  # a name; 400 means more
    "- Query returns 100 items per page",  # a count
    "- the fix: make it async (return 202 + poll)",  # advice, no statement
    "- Lambda returns 201 to API GW",  # said of another service than the line's
])
def test_no_code_where_the_line_says_no_meaning_of_it(line):
    assert _codes(f"# DynamoDB\n{line}\n") == {}


# Review 33 (finding 4): a success code read with an error's words, or a clause's scrap, was
# looked up first ("lambda function error" -> "200: Function error: still") and offered as a
# wrong meaning on real error cards.
@pytest.mark.parametrize("text", [
    "# Lambda\n- function error: still returns 200 but X-Amz-Function-Error header set\n",
    "# API Gateway\n- CORS error: browser shows it but API returns 200\n",
    "# API Gateway\n- status code mapping: backend error -> 200 by default if no mapping\n",
])
def test_a_success_code_said_of_an_error_or_after_a_but_is_no_meaning(text):
    assert _codes(text) == {}


def test_a_list_label_is_no_part_of_what_gets_a_code():
    assert _codes("# Lambda\n- Step 2 - `--invocation-type Event` = asynchronous -> returns "
                  "202\n") == {"202": "Invocation-type Event = asynchronous"}
    assert _codes("# Lambda\n- Q9. async invoke returns HTTP 202\n") == {"202": "Async invoke"}
    assert _codes("# Lambda\n- 3) async invoke returns HTTP 202\n") == {"202": "Async invoke"}


def test_the_code_a_count_label_names_is_told_by_its_own_place():
    # review 33 (finding 9): the gate looked at the number's first place ("records: 202"),
    # not the match's, and lost the code the line says the call returns
    assert _codes("# Lambda\n- records: 202 max; async invoke returns HTTP 202\n") == {
        "202": "Async invoke"}


def test_a_code_after_a_but_is_its_own_clauses():
    # a last read: dropping every code after a "but" made `lookup "lambda async invoke status
    # code"` answer "200: Sync invoke" for this line; the 202 is the async invoke's
    assert _codes("# Lambda\n- sync invoke returns 200 but async invoke returns 202\n") == {
        "200": "Sync invoke", "202": "Async invoke"}
