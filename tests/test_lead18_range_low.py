"""A range's low end borrows the high end's unit, in the singular when it is one: "1-35 days"
starts at "1 day", not "1 days" (a student reads the value as written)."""

from studycli.extract import parse_note


def _mins(line: str) -> set[str]:
    facts = parse_note(f"# RDS\n- {line}\n", "n.md").facts
    return {f.value for f in facts if f.qualifier == "min"}


def test_one_at_the_low_end_is_singular():
    assert _mins("automated backup retention 1-35 days") == {"1 day"}
    assert _mins("snapshot copy kept 1-14 days") == {"1 day"}


def test_other_low_ends_keep_the_plural():
    assert _mins("automated backup retention 10-35 days") == {"10 days"}
