"""When a clause of a line starts a new owner and when it goes on with the subject before it
(reviewers of session 30: "Why: container image option goes up to 10 GB; max 5 layers per
function" was asked "the maximum number of layers per function for AWS Lambda (container
image)", keyed 5; functions deployed as container images use no layers:
https://docs.aws.amazon.com/lambda/latest/dg/chapter-layers.html).

- a subject named inline that got its own number in its clause does not own a later clause's
  count of another of the service's parts ("container image up to 10 GB; 5 layers");
- a subject that labels its line or clause ("alias: weighted 90/10, max 2 versions",
  "Lambda@Edge: 1 MB package, 0 layers") owns every clause after the label (a first try
  without this, reverted in session 30, lost "alias" and filed Lambda@Edge's 0 layers as
  Lambda's);
- a part a number counts ("0 layers") under such a label owns no number of a later clause
  (with no label, it may: "Up to 15 Aurora Replicas, replica lag under 100 ms")."""

from studycli.extract import parse_note
from studycli.model import Kind


def _limits(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject, f.attribute, f.value) for f in parse_note(text, "n.md").facts
            if f.kind in (Kind.LIMIT, Kind.DEFAULT)}


def test_a_count_of_another_part_in_a_later_clause_is_not_the_subjects():
    for line in ("- container image size max 10 GB, max 5 layers per function\n",
                 "- Why: container image option goes up to 10 GB; max 5 layers per function\n",
                 "- deployment package: container image up to 10 GB, up to 5 layers\n"):
        facts = _limits("# Lambda\n" + line)
        assert ("container image", "container image size", "10 GB") in facts, facts
        assert any(s == "" and v == "5 layers" for s, _, v in facts), facts
        assert not any(s == "container image" and "layers" in v for s, _, v in facts), facts


def test_a_label_owns_every_clause_after_it():
    for line in ("- alias: weighted 90/10, max 2 versions\n",
                 "- package 50 MB; alias: weighted 90/10, max 2 versions\n"):
        facts = _limits("# Lambda\n" + line)
        assert ("alias", "versions", "2 versions") in facts, facts
    edge = _limits("# Lambda\n- Lambda@Edge: 1 MB package, 0 layers\n")
    assert ("Lambda@Edge", "layers", "0 layers") in edge, edge
    assert not any(s == "" and "layers" in v for s, _, v in edge), edge


def test_a_counted_part_owns_no_later_clause():
    facts = _limits("# Lambda\n- Lambda@Edge: 0 layers; 1 MB package\n")
    assert ("Lambda@Edge", "layers", "0 layers") in facts, facts
    assert any(s == "Lambda@Edge" and v == "1 MB" for s, _, v in facts), facts
    assert not any(s == "layers" for s, _, _ in facts), facts


def test_the_subject_holds_where_its_own_clause_gave_no_number_or_the_clause_refers_back():
    # near shapes: a subject whose clause gave no number yet, a count of the subject itself,
    # a count that says it is per subject ("each")
    none_yet = _limits("# Lambda\n- container image, up to 10 GB\n")
    assert ("container image", "container image size", "10 GB") in none_yet, none_yet
    each = _limits("# DynamoDB\n- global tables: 2 regions min, up to 20 GSIs each\n")
    assert any(s == "Global Tables" and v == "20 GSIs" for s, _, v in each), each
    itself = _limits("# DynamoDB\n- LSI: 10 GB per partition key, up to 5 LSIs\n")
    assert any(s == "LSI" and v == "5 LSIs" for s, _, v in itself), itself


def test_a_counted_part_with_no_label_before_it_may_own_a_later_clause():
    facts = _limits("# Aurora\n- Up to 15 Aurora Replicas, replica lag under 100 ms\n")
    assert ("Aurora Replicas", "replica lag", "100 ms") in facts, facts
