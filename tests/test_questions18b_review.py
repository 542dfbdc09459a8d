"""What the reviewer of questions18 found in its merged change, each pinned here."""

from __future__ import annotations

from studycli.model import Fact, Kind


def _fact(attribute, value, number, unit, snippet, subject="", service="EC2", qualifier="max"):
    return Fact(service=service, subject=subject, attribute=attribute, kind=Kind.LIMIT,
                qualifier=qualifier, value=value, number=number, unit=unit, low=None, high=None,
                source="n.md", line=1, snippet=snippet)


def test_a_dated_line_says_no_mode():
    # "since 2022" is no "sync": the advice's "go async" is not API Gateway's mode
    from studycli.mode_said import mode_said_on_line

    line = ("API GW since 2022 gives up at 29 s. Nothing you can do except make the function "
            "faster or go async")
    assert not mode_said_on_line("API Gateway", line)
    assert mode_said_on_line("API Gateway", "API GW invokes Lambda synchronously")


def test_a_subject_labelling_another_item_is_dropped_without_a_reference():
    # --as-written (no entry vouching) named "(Savings Plans)" for Spot's 2-minute warning
    from studycli.questions.currency import as_vouched
    from studycli.questions.stems import value_stem

    line = ("Savings Plans: commit $/hr for 1 or 3 yr, Compute SP up to 66%, EC2 Instance SP "
            "up to 72% · Spot: up to 90% off, AWS can reclaim with a 2 minute warning. good "
            "for batch")
    spot = _fact("interruption notice", "2 min", 120.0, "s", line, subject="Savings Plans",
                 qualifier="")
    assert "Savings Plans" not in value_stem(as_vouched(spot, None))


def test_the_number_said_is_the_one_in_the_facts_unit():
    # one reading of "which 300 is the value" (the clause and where in it), not two
    from studycli.note_numbers import number_said

    line = ("FIFO = exactly-once processing, 300 TPS per API action without batching, "
            "3,000 msgs/s with batching of 10. MessageGroupId for ordering, dedup interval is "
            "5 minutes.")
    clause, at = number_said(line, 300.0, unit="s")
    assert clause[at:].startswith("5 minutes")
    clause, at = number_said(line, 300.0, unit="count")
    assert clause[at:].startswith("300 TPS")
    assert number_said(line, 7.0) is None


def test_one_owner_of_an_operation():
    from studycli.questions.stems import asked_service, value_stem

    fact = _fact("session duration", "12 h", 43200.0, "s", "GetSessionToken max 12 h",
                 subject="GetSessionToken", service="IAM")
    assert asked_service(fact) == "STS"
    assert "AWS STS" in value_stem(fact) or "Security Token" in value_stem(fact)
