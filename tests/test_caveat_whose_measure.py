"""A flagged statement about another subject than the one asked names it inside the claim:
"That note line's S3's object size" stacked two possessives (review of fixb30, finding 4)."""

from __future__ import annotations


def test_another_subjects_measure_is_said_as_a_claim_about_it():
    from studycli.questions.currency import Currency, _statement_caveat

    cur = Currency("outdated", "50 TB", "u", "d", "", 5e13, "B", None, None, kind="limit",
                   reference_id="s3.object-size.max")
    said = _statement_caveat(cur, "S3", "(u)")  # the name; the caveat adds 's
    assert said.startswith("That note line's claim about S3's object size is out of date"), said
    assert "line's S3's" not in said, said
    # the subject asked: the measure alone, as before
    assert _statement_caveat(cur, "", "(u)").startswith("That note line's object size is out")



def test_another_subject_is_named_without_a_possessive_to_strip():
    # _another_subjects gives the name; the sentence adds "'s" only where it needs one
    from studycli.questions.currency import Currency, _another_subjects, _statement_caveat

    statements = [("lambda", "", "invocation")]
    assert _another_subjects(statements, "S3", "", "invocation") == "Amazon S3"
    assert _another_subjects(statements, "lambda", "", "invocation") == ""
    cur = Currency("wrong", "asynchronous", "u", "d", "", None, "", None, None, kind="fact")
    said = _statement_caveat(cur, "Amazon S3", "(u)")
    assert said == "That note line's claim about Amazon S3 disagrees with the AWS docs: " \
        "asynchronous (u).", said
