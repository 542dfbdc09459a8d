"""A claim pattern is searched only on a line that holds a word of each set of words every
match of it holds (line_claims._required_clauses), not of one set alone; an alternation
requires the least union of one set of each alternative (line_claims._branch_requirement).
Speed only: every line a pattern matches still holds a word of each set, so the AWS check's
findings and the facts' statuses are the same."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

from studycli.reference import kept_words, line_claims

# the module (the package exports its function of the same name)
assess_module = importlib.import_module("studycli.reference.assess")

_PAYLOAD = (r"^(?=.*\b(payloads?|invok\w*|invocations?|lambda)\b)(?!.*\b1\s*Mi?B\b)"
            r"(?!.*\b(now|was|previously|used\s+to|old|raised|increased)\b)"
            r".*\basync\w*\b[^.;|<]{0,30}?(?<![\d,.])256\s*(Ki?B|K)\b")
_OAI = (r"^(?!.*\b(oac|legacy)\b).*(\b(use|create|with)\s+(an?\s+)?\W{0,2}"
        r"(oai|origin\s+access\s+identity)\b|\b(oai|origin\s+access\s+identity)\b[^;|]{0,50}"
        r"\b(recommended|best\s+practice)\b|(->|→)\s*(oai|origin\s+access\s+identity)\b)")


def _first_set(pattern: str) -> frozenset[str] | None:
    """The one set of words the check of a service's entries reads (_required_words), from
    the pattern's parse."""
    clauses = line_claims._read_required_clauses(pattern)
    return clauses[0] if clauses else None


@pytest.fixture
def fresh_words(tmp_path, monkeypatch):
    monkeypatch.setenv("STUDYCLI_CACHE", str(tmp_path / "cache"))
    for cached in (line_claims._required_words, line_claims._required_clauses,
                   assess_module._matches_once):
        cached.cache_clear()
    kept_words._kept.clear()
    kept_words._used.clear()
    kept_words._loaded.clear()
    yield
    for cached in (line_claims._required_words, line_claims._required_clauses,
                   assess_module._matches_once):
        cached.cache_clear()


def test_every_set_a_match_needs_is_kept(fresh_words):
    clauses = line_claims._read_required_clauses(_PAYLOAD)
    assert clauses is not None
    assert set(clauses) == {frozenset({"payload", "invok", "invocation", "lambda"}),
                            frozenset({"async"}), frozenset({"256"})}
    # the first is the one set the prefilters of a service's entries read (_best's choice)
    assert clauses[0] == line_claims._required_words(_PAYLOAD)


def test_an_alternation_takes_the_word_its_alternatives_share(fresh_words):
    # each alternative's own first set was "use"/"create"/"with" for the first one: "with"
    # is on most note lines
    assert _first_set(_OAI) == {"oai", "origin"}


def test_a_line_without_a_word_of_each_set_is_not_searched(fresh_words, monkeypatch):
    searched: list[str] = []
    real = assess_module._compiled

    class Counted:
        def __init__(self, rx):
            self.rx = rx

        def search(self, text):
            searched.append(text)
            return self.rx.search(text)

    monkeypatch.setattr(assess_module, "_compiled", lambda p: Counted(real(p)))
    # a Lambda line: the lookahead's words are there, "async" and "256" are not
    assert not assess_module._matches_once((_PAYLOAD,), "Lambda sync invocation payload 6 MB")
    assert searched == []
    assert assess_module._matches_once((_PAYLOAD,), "Lambda async invocation payload: 256 KB")
    assert searched == ["Lambda async invocation payload: 256 KB"]


def _reference_patterns() -> list[str]:
    from studycli.reference import load_reference

    out: list[str] = []
    for e in load_reference().entries:
        out += [*e.supported_by, *e.contradicted_by]
    return sorted(set(out))


def _note_lines() -> list[str]:
    content = Path(__file__).resolve().parent.parent / "content"
    lines: list[str] = []
    for note in sorted(content.iterdir()):
        if note.is_file():
            lines += note.read_text(encoding="utf-8", errors="replace").splitlines()
    return lines


def test_every_line_a_reference_pattern_matches_holds_a_word_of_each_set(fresh_words):
    """Over every claim pattern of the AWS reference and every line of the shipped notes
    (those holding a word of the first set, which the check searched before): no match is
    ruled out. Patterns no shipped line matches are fuzzed by bench/claim_prefilter_fuzz.py
    (lines generated from each pattern), too slow for the suite."""
    lines = _note_lines()
    matched = 0
    for pattern in _reference_patterns():
        clauses = line_claims._required_clauses(pattern)
        if clauses is None:
            continue
        rx = re.compile(pattern, re.IGNORECASE)
        for line in lines:
            fold = line_claims.folded(line)
            if not any(w in fold for w in clauses[0]):
                continue
            if rx.search(line):
                matched += 1
                assert all(any(w in fold for w in c) for c in clauses), (pattern, line)
    assert matched > 20  # the shipped notes do match claims


def test_holds_each_is_a_word_of_every_set():
    rng = __import__("random").Random(38)
    words = ["oai", "async", "256", "lambda", "kms", "with", "origin access"]
    for _ in range(300):
        line = " ".join(rng.sample(words, rng.randint(0, 4)))
        clauses = tuple(frozenset(rng.sample(words, rng.randint(1, 3)))
                        for _ in range(rng.randint(1, 3)))
        expected = all(any(w in line for w in c) for c in clauses)
        assert assess_module._holds_each(line.__contains__, clauses) is expected


def test_a_line_is_searched_for_retired_words_only_for_a_retired_service(monkeypatch):
    from studycli.model import Fact
    from studycli.reference import load_reference

    searched: list[str] = []
    real = assess_module._SAYS_RETIRED

    class Counted:
        def search(self, text):
            searched.append(text)
            return real.search(text)

    monkeypatch.setattr(assess_module, "_SAYS_RETIRED", Counted())
    reference = load_reference()
    sqs = Fact("SQS", "", "message size", "limit", "max", "256 KB", 262144.0, "B",
               source="n.md", line=1, snippet="- SQS max message size 256 KB (legacy note)")
    assess_module._assess(assess_module._F(sqs), reference.index(), "2026-12-06")
    assert searched == []  # SQS is no retired service: its line is not read for it
    retired = next(iter(reference.index().retired))
    gone = Fact(retired, "", "feature", "fact", "", "x", source="n.md", line=2,
                snippet=f"- {retired} is great")
    assess_module._assess(assess_module._F(gone), reference.index(), "2026-12-06")
    assert searched == [f"- {retired} is great"]
