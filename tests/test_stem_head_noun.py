"""A count measure whose name ends in a clause ("groups a user can be in", the IAM reference
entry's attribute) is asked as "the maximum number of groups a user can be in": its head noun
is the plural before the clause, not the clause's last word (reviewer of unseen69's questions:
"What is the maximum groups a user can be in for AWS IAM?")."""

from studycli.model import Fact, Kind
from studycli.questions.stems import head_noun, is_plural, value_stem


def _count(attribute: str, value: str, number: float) -> Fact:
    return Fact(service="IAM", subject="", attribute=attribute, kind=Kind.LIMIT, qualifier="max",
                value=value, number=number, unit="count", low=None, high=None, source="n.md",
                line=3, snippet=f"- {attribute}: max {value}")


def test_a_clause_after_the_noun_is_not_the_head():
    assert head_noun("groups a user can be in") == "groups"
    assert is_plural("groups a user can be in", counted=True)
    stem = value_stem(_count("groups a user can be in", "10 groups", 10))
    assert "maximum number of groups a user can be in" in stem, stem


def test_heads_without_a_clause_are_unchanged():
    assert head_noun("concurrent batches per shard (per shard)") == "batches"
    assert head_noun("template body size in a request") == "size"
    assert head_noun("message size") == "size"
    stem = value_stem(_count("roles", "1000 roles", 1000))
    assert "maximum number of roles" in stem, stem
