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
