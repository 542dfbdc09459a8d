"""A flashcard's short answer is the value of what its question asks. Cards written for the
test, in wording the development notes do not use."""

from __future__ import annotations

from studycli.extract import parse_note
from studycli.model import Kind


def _limits(text: str) -> list[tuple[str, str, str]]:
    return [(f.attribute, f.qualifier, f.value) for f in parse_note(text, "cards.txt").facts
            if f.kind is not Kind.FACT]


def test_the_question_says_what_a_bare_answer_measures_and_its_qualifier():
    facts = _limits("## Step Functions\n\nQ: Express workflow maximum run time?\nA: 5 minutes\n")
    assert facts and all(q == "max" for _, q, _ in facts)
    facts = _limits("## SQS\n\nQ: default visibility timeout of a queue\nA: 30 seconds\n")
    assert [(a, q) for a, q, _ in facts] == [("visibility timeout", "default")]


def test_a_question_with_its_own_numbers_lends_nothing():
    # a scenario's 10 writes/s are not the answer's
    facts = _limits("## DynamoDB\n\nQ: app does 10 writes/s of 2 KB, how many WCU?\nA: 20 WCU\n")
    assert ("", "default") not in [(a, q) for a, q, _ in facts]
    assert all(q != "max" for _, q, _ in facts)


def test_a_long_answer_is_read_on_its_own():
    facts = _limits("## SQS\n\nQ: default visibility timeout of a queue\n"
                    "A: it's 30 s but set it to 6x the function timeout when Lambda consumes\n")
    assert ("visibility timeout", "default") not in [(a, q) for a, q, _ in facts]


def test_the_operation_a_question_opens_with_is_the_subject_of_a_long_answer():
    facts = [f for f in parse_note("## STS\n\nQ: GetFederationToken session, how long?\n"
                                   "A: set by the role, between 15 minutes and 12 hours, "
                                   "1 hour unless you ask\n", "cards.txt").facts
             if f.kind is not Kind.FACT]
    assert facts and {f.subject for f in facts} == {"GetFederationToken"}


def test_a_numbered_card_lends_its_question_too():
    # "Q12:" numbers the card; the question itself has no number of its own
    for mark in ("Q12:", "Question 3:", "Q:"):
        facts = _limits(f"## Step Functions\n\n{mark} Express workflow maximum run time?\n"
                        "A: 5 minutes\n")
        assert facts and all(q == "max" for _, q, _ in facts), (mark, facts)
