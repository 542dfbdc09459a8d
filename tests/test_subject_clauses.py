"""A subject named in one clause of a line is not the subject of a later clause's count of
another of the service's parts once its own clause gave a number (reviewers of session 30:
"container image size max 10 GB, max 5 layers per function" was asked "the maximum number of
layers for AWS Lambda (container image)", keyed 5; functions deployed as container images use
no layers: https://docs.aws.amazon.com/lambda/latest/dg/chapter-layers.html)."""

from studycli.extract import parse_note
from studycli.model import Kind


def _limits(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject, f.attribute, f.value) for f in parse_note(text, "n.md").facts
            if f.kind in (Kind.LIMIT, Kind.DEFAULT)}


def test_a_count_of_another_part_in_a_later_clause_is_not_the_subjects():
    for line in ("- container image size max 10 GB, max 5 layers per function\n",
                 "- deployment package: container image up to 10 GB, up to 5 layers\n"):
        facts = _limits("# Lambda\n" + line)
        assert ("container image", "container image size", "10 GB") in facts, facts
        assert any(s == "" and v == "5 layers" for s, _, v in facts), facts
        assert not any(s == "container image" and "layers" in v for s, _, v in facts), facts


def test_the_subject_holds_where_its_own_clause_gave_no_number_or_the_clause_refers_back():
    # near-misses: a subject whose clause gave no number yet ("Spot, up to 90% off"), a count
    # of the subject itself, a count that says it is per subject ("each")
    none_yet = _limits("# Lambda\n- container image, up to 10 GB\n")
    assert ("container image", "container image size", "10 GB") in none_yet, none_yet
    each = _limits("# DynamoDB\n- global tables: 2 regions min, up to 20 GSIs each\n")
    assert any(s == "Global Tables" and v == "20 GSIs" for s, _, v in each), each
    itself = _limits("# DynamoDB\n- LSI: 10 GB per partition key, up to 5 LSIs\n")
    assert any(s == "LSI" and v == "5 LSIs" for s, _, v in itself), itself
