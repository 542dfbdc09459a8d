"""The service alias pattern is compiled only when a text may name a service: the check that
decides it must never miss a text the pattern matches, in any case or spelling."""

from __future__ import annotations

import random

from studycli import services
from studycli.services import _pattern, catalog

WORDS = ["the", "max", "size", "per", "account", "functions", "queue", "x", "-", "@", "/",
         "data", "api", "gateway", "é", "ſqs", "\u212aMS", "ms", "900s", "`", "|", "e c 2"]


def _texts(rng: random.Random, aliases: list[str]):
    for _ in range(20_000):
        words = [rng.choice(WORDS) if rng.random() > 0.08 else rng.choice(aliases)
                 for _ in range(rng.randint(0, 7))]
        text = "".join(rng.choice(("", " ", "-", ".", "/")) + w for w in words)
        yield text.upper() if rng.random() < 0.2 else text


def test_no_text_the_pattern_matches_is_ruled_out():
    cat = catalog()
    pattern = _pattern(cat.service_aliases)
    aliases = list(cat.service_aliases)
    ruled_out = 0
    for text in _texts(random.Random(7), aliases):
        if not cat.may_name_a_service(text):
            ruled_out += 1
            assert pattern.search(text) is None, text
    assert ruled_out > 1000  # the check does rule texts out


def test_mentions_are_the_same_before_and_after_the_pattern_is_compiled(monkeypatch):
    cat = catalog()
    texts = ["- Functions can run for `900s` ~ 15 minutes", "SQS max message 256 KB",
             "Amazon Kinesis Data Firehose buffers", "nothing here", "ſqs", "É s3 bucket"]
    monkeypatch.setattr(cat, "_service_re", None)
    services._service_mentions.cache_clear()
    before = [services.find_services(t) for t in texts]
    assert cat.service_pattern is not None  # compiled now
    services._service_mentions.cache_clear()
    assert [services.find_services(t) for t in texts] == before
    services._service_mentions.cache_clear()


def test_a_line_without_a_service_leaves_the_pattern_uncompiled(monkeypatch):
    """(An ASCII line is searched lower-cased, with the pattern compiled without IGNORECASE:
    services.alias_spans.)"""
    cat = catalog()
    monkeypatch.setattr(cat, "_service_re", None)
    monkeypatch.setattr(cat, "_service_lower_re", None)
    services._service_mentions.cache_clear()
    assert services.find_services("- Functions can run for `900s` ~ 15 minutes") == []
    assert cat._service_lower_re is None and cat._service_re is None
    assert [m.name for m in services.find_services("max SQS message")] == ["SQS"]
    assert cat._service_lower_re is not None
    services._service_mentions.cache_clear()


def test_letters_that_fold_to_an_alias_find_it():
    """The pattern matches case-insensitively, as Unicode folds: "ſqs" is "sqs" to it, and
    its alias is found (a KeyError used to stop the ingest of such a note)."""
    services._service_mentions.cache_clear()
    assert [m.name for m in services.find_services("ſqs and \u212aMS and ıam")] == [
        "SQS", "KMS", "IAM"]
    services._service_mentions.cache_clear()
