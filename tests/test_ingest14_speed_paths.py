"""ingest14's faster machinery gives what the slower one gave: frozen dataclasses built by
quick_init, and alias names found in ASCII text lower-cased without IGNORECASE."""

from __future__ import annotations

import dataclasses
import pickle
import random
import re
from pathlib import Path

import pytest

from studycli import services
from studycli.extract.context import Context
from studycli.extract.quantities import Quantity
from studycli.frozen_init import quick_init
from studycli.model import Fact, Kind

REPO = Path(__file__).resolve().parent.parent


@dataclasses.dataclass(frozen=True)
class _Plain:
    a: int
    b: str = "x"
    c: tuple = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "b", self.b.upper())


@quick_init
@dataclasses.dataclass(frozen=True)
class _Quick:
    a: int
    b: str = "x"
    c: tuple = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "b", self.b.upper())


@pytest.mark.parametrize("args, kwargs", [((1,), {}), ((1, "y"), {}), ((2,), {"c": (3,)}),
                                          ((), {"a": 5, "b": "z", "c": (1, 2)})])
def test_quick_init_builds_what_the_dataclass_init_builds(args, kwargs):
    plain, quick = _Plain(*args, **kwargs), _Quick(*args, **kwargs)
    assert list(vars(plain).items()) == list(vars(quick).items())  # same fields, same order
    assert repr(plain).replace("_Plain", "_Quick") == repr(quick)
    assert quick == _Quick(*args, **kwargs) and hash(quick) == hash(_Quick(*args, **kwargs))
    assert pickle.loads(pickle.dumps(quick)) == quick
    with pytest.raises(dataclasses.FrozenInstanceError):
        quick.a = 3
    with pytest.raises(TypeError):
        _Quick()  # a required field stays required


def test_the_parsers_bulk_classes_use_it():
    for cls in (Fact, Quantity, Context):
        assert cls.__init__.__code__.co_filename.startswith("<quick_init"), cls
    fact = Fact(service="SQS", subject="", attribute="message size", kind="limit",
                qualifier="max", value="256 KB", number=262144.0, unit="B")
    assert type(fact.kind) is Kind and fact.kind == Kind.LIMIT  # __post_init__ still ran
    assert fact.line == 0 and fact.snippet == ""  # defaults
    assert Fact(**vars(fact)) == fact


def test_quick_init_refuses_a_field_it_cannot_fill():
    with pytest.raises(TypeError):
        @quick_init
        @dataclasses.dataclass(frozen=True)
        class _Listy:
            items: list = dataclasses.field(default_factory=list)


def _note_lines() -> list[str]:
    lines = []
    for path in sorted((REPO / "content").iterdir()):
        lines += path.read_text(encoding="utf-8").splitlines()
    return lines


def test_alias_spans_are_the_ignorecase_patterns_spans():
    cat = services.catalog()
    patterns = {False: re.compile(cat.service_pattern.pattern, re.IGNORECASE),
                True: re.compile(cat.subject_pattern.pattern, re.IGNORECASE)}
    rng = random.Random(14)
    lines = _note_lines()
    mixed = ["".join(c.upper() if rng.random() < 0.3 else c for c in line) for line in lines]
    odd = ["ſqs and \u212aMS and ıam", "xSQS", "SQS-FIFO queue", "api gateway/Lambda@Edge",
           "Kinesis Data Firehose", "É s3 bucket", "GP3 and io2 volumes"]
    for text in lines + mixed + odd:
        for subjects, pattern in patterns.items():
            assert services.alias_spans(text, subjects) == [
                m.span() for m in pattern.finditer(text)], text
        assert services.blank_services(text) == patterns[False].sub(
            lambda m: " " * len(m.group(0)), text)
        assert services.blank_services(text, " ") == patterns[False].sub(" ", text)


def test_ascii_text_is_searched_without_ignorecase():
    cat = services.catalog()
    assert not cat.service_pattern_lower.flags & re.IGNORECASE
    assert not cat.subject_pattern_lower.flags & re.IGNORECASE
    services._service_mentions.cache_clear()
    found = services.find_services("Max SQS message; AMAZON kinesis DATA firehose")
    assert [(m.name, m.alias) for m in found] == [("SQS", "SQS"),
                                                  ("Data Firehose", "AMAZON kinesis DATA firehose")]
    services._service_mentions.cache_clear()


def test_the_cue_words_the_prefilters_rely_on():
    """limits._trigger_case skips a line naming neither "viewer" nor "origin", and
    attribution._relative_clause_owner one without "which", "that" or "who": each word list
    must keep holding one of them in every entry (data/cues.json, the patterns)."""
    from studycli.extract import attribution
    from studycli.extract.cues import words

    assert all("viewer" in w or "origin" in w for w in words("trigger_cases"))
    for pattern in (attribution._RELATIVE, attribution._WHICH):
        alternatives = re.search(r"\(\?:([a-z|]+)\)", pattern.pattern)
        assert alternatives is not None
        assert all(any(k in w for k in ("which", "that", "who"))
                   for w in alternatives.group(1).split("|"))


def test_prefilters_keep_the_readings():
    from studycli.extract import parse_note

    note = ("## CloudFront\n- viewer request triggers 5 s, origin triggers 30 s\n"
            "- Lambda@Edge: 1 MB for origin events\n"
            "## Kinesis\n- key difference with Kinesis Data Streams which is real time, about "
            "200 ms\n- Aurora supports 15 replicas sharing one volume, which grows up to 128 TB\n"
            "## Statements\n- Serverless\n- ab cd\n- one two three words here\n")
    facts = parse_note(note, "n.md").facts
    attributes = {(f.service, f.attribute, f.value) for f in facts}
    assert any("origin trigger" in a for _, a, _ in attributes)
    assert ("Kinesis Data Streams", "latency", "200 ms") in attributes or any(
        s == "Kinesis Data Streams" and v == "200 ms" for s, _, v in attributes)
    plain = [f for f in facts if f.kind == Kind.FACT]
    assert [f.value for f in plain if f.value.startswith(("ab", "one"))] == [
        "one two three words here"]


def test_cell_text_fast_path_reads_as_the_full_one():
    """A one-line cell with nothing to unescape takes a shortcut; its text is the same."""
    import html

    from studycli.notes import tables

    def slow(cell: str) -> str:
        text = cell
        if "<" in text:
            text = tables._TAG.sub(" ", tables._BREAK_TAG.sub("\n", text))
        text = html.unescape(text)
        lines = (" ".join(part.split()) for part in text.split("\n"))
        return "\n".join(line for line in lines if line)

    rng = random.Random(12)
    alphabet = ["a", "B", " ", "\t", "\r", "\x0b", "\x1c", "\u2028", "\u00a0", "&amp;", "&",
                "<br>", "<b>", "\n", "é", "  ", "5 MB"]
    for _ in range(20_000):
        cell = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8)))
        assert tables.cell_text(cell) == slow(cell), repr(cell)


def test_text_with_other_characters_is_searched_lower_cased_too(monkeypatch):
    """Only İ, ı, ſ and K (which match ASCII letters when case is ignored) need the IGNORECASE
    pattern: a command reading notes with "•" or "→" compiles one alias pattern, not two."""
    cat = services.catalog()
    monkeypatch.setattr(cat, "_service_re", None)
    services._service_mentions.cache_clear()
    assert [m.name for m in services.find_services("• SQS → Lambda ≤ 15 min, ÉC2")] == [
        "SQS", "Lambda"]
    assert cat._service_re is None
    assert [m.name for m in services.find_services("ſqs and \u212aMS")] == ["SQS", "KMS"]
    assert cat._service_re is not None
    services._service_mentions.cache_clear()
