"""Pass 9: a student's own score is no limit of the service the note is about, and a duration
beside API Gateway's caching ("result cached, default 300 s, max 1 h") is the cache's TTL.
Lines written for the tests, in other wordings than the development notes'."""

from __future__ import annotations

import pytest

from studycli.extract import parse_note
from studycli.model import Kind


def _quantities(text: str) -> list[tuple[str, str, str, str, str]]:
    return [(f.service, f.subject, f.attribute, f.qualifier, f.value)
            for f in parse_note(text, "n.md").facts if f.kind is not Kind.FACT]


@pytest.mark.parametrize("line", [
    "Took mock exam 3 today, I scored 64% - Lambda limits again",
    "we got a 70% on the group quiz about Lambda",
    "## Lambda round two (score: 81%)",
    "Lambda quiz, my score was 55%",
])
def test_a_students_score_is_not_a_limit(line):
    assert _quantities(f"# Lambda\n{line}\n") == []


def test_a_percentage_the_service_gives_is_still_read():
    facts = _quantities("# S3\n- One Zone-IA availability is 99.5%, I think\n")
    assert [v for *_, v in facts] == ["99.5%"]


@pytest.mark.parametrize("line", [
    "  - responses cached: 300 s by default, up to 3600 s",
    "  - caching of the policy: default 300 s, max 1 h",
])
def test_a_duration_beside_api_gateway_caching_is_the_cache_ttl(line):
    facts = _quantities(f"# API Gateway\n- REQUEST authorizers\n{line}\n")
    assert {a for _, _, a, _, _ in facts} == {"cache TTL"}
    assert ("default", "300 s") in {(q, v) for *_, q, v in facts}


def test_cached_beside_another_services_duration_is_not_a_ttl():
    facts = _quantities("# CloudFront\n- origin response timeout 30 s default, "
                        "objects cached at edge\n")
    assert {a for _, _, a, _, _ in facts} == {"origin response timeout"}
