"""A bound, the words naming what is counted, then a bare number: "max batch 10", "max batch
size 10", "max retries 2". No unit follows the number and no name comes between the bound and
it, so neither the quantity reader nor the bare-count shapes read it (reviewers of session 30:
"max batch 5? no, 10" gave no figure at all; neither did "max batch 10")."""

from studycli.extract import parse_note
from studycli.model import Kind


def _limits(text: str) -> set[tuple[str, str]]:
    return {(f.attribute, f.value) for f in parse_note(text, "n.md").facts
            if f.kind in (Kind.LIMIT, Kind.DEFAULT)}


def test_a_bound_then_a_counted_name_then_a_bare_number_is_read():
    for line in ("- max batch 10\n", "- max batch size 10\n"):
        facts = _limits("# SQS\n" + line)
        assert any(a == "batch size" and v.startswith("10 ") for a, v in facts), (line, facts)
    retries = _limits("# Lambda\n- max retries 2\n")
    assert any(a == "retries" and v.startswith("2 ") for a, v in retries), retries


def test_words_that_name_no_count_or_not_the_one_read_give_nothing():
    # near shapes: a size or a time with its unit unsaid, words the vocabulary maps to a count
    # they do not say ("receive count" is no batch size), a version
    for service, line in (("Lambda", "- max memory 10240\n"), ("CloudFront", "- max ttl 86400\n"),
                          ("SQS", "- max receive count 5\n"), ("ELB", "- min TLS 1.2\n")):
        facts = _limits(f"# {service}\n{line}")
        assert not facts, (line, facts)
