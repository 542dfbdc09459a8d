"""An unfiled line opened by another service's initials answers no query about a service it
never names (issue 10): "CF TTL default 24 h" (CloudFront's or CloudFormation's; the parser
resolves neither) answered "elb default ttl", its service guessed from the ELB line next to
it, and was shown as ELB's TTL."""

from __future__ import annotations

import pytest

from tests.helpers import lookup_values, notes_fixture

CHEAT = """# Cheat sheet
- CF TTL default 24 h
- ELB idle timeout 60 s
- CT event history 90 days
- CloudWatch alarms evaluate metrics
- SM secret max size 64 KB
"""

cheat = notes_fixture(CHEAT)


@pytest.mark.parametrize("query", ["elb default ttl", "cloudwatch event history"])
def test_a_line_of_other_initials_answers_no_other_service(cheat, query):
    assert lookup_values(cheat, query) == []


@pytest.mark.parametrize("query, value", [
    ("cf default ttl", "24 h"),              # the initials asked: the line still answers
    ("ct event history", "90 days"),
    ("secrets manager max secret size", "64 KB"),  # the initials of the service asked
    ("elb idle timeout", "60 s"),
])
def test_the_line_still_answers_what_its_initials_fit(cheat, query, value):
    values = lookup_values(cheat, query)
    assert values and value in values[0], (query, values)


def _opens(line: str, asked: list[str]) -> bool:
    from studycli.lookup.lexicon import lexicon
    from studycli.lookup.service_initials import opens_with_others_initials

    lex = lexicon()
    return opens_with_others_initials(line, asked, set(lex.services.values()), lex.abbreviations)


@pytest.mark.parametrize("line, asked, expected", [
    ("- CF TTL default 24 h", ["ELB"], True),
    ("- CF TTL default 24 h", ["CloudFront"], False),
    ("- CF TTL default 24 h", ["CloudFormation"], False),
    ("CT = who made which API call", ["CloudWatch"], True),
    ("- SG rules are stateful", ["VPC"], False),   # the lexicon spells "sg" out otherwise
    ("- At most 5 per region", ["VPC"], False),   # a word, not initials in capitals
    ("- TTL default 24 h", ["ELB"], False),        # initials of no service
])
def test_which_openers_are_another_services_initials(line, asked, expected):
    assert _opens(line, asked) is expected
