""""S3 IA" is how students write S3 Standard-IA (a new user's "S3 IA min storage duration 30
days" became a quiz card asking "the minimum storage duration for Amazon S3", keyed 30 days:
S3 Standard has none). One Zone-IA keeps its own name."""

from studycli.extract import parse_note
from studycli.model import Kind


def _subjects(text: str) -> set[tuple[str, str]]:
    return {(f.subject, f.value) for f in parse_note(text, "n.md").facts
            if f.kind is not Kind.FACT and f.attribute == "minimum storage duration"}


def test_s3_ia_is_standard_ia():
    facts = _subjects("# Storage\n- S3 IA min storage duration 30 days, Glacier flexible 90 days,"
                      " deep archive 180 days\n")
    assert ("S3 Standard-IA", "30 days") in facts, facts
    assert ("", "30 days") not in facts, facts


def test_one_zone_ia_keeps_its_name():
    facts = _subjects("# Storage\n- S3 One Zone IA min storage duration 30 days\n")
    assert facts == {("S3 One Zone-IA", "30 days")}, facts
