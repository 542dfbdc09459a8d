"""Properties of the parser over arbitrary text: it never raises, and every fact points at a
line of its note that contains the fact's snippet."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studycli.extract import parse_note

from .helpers import CONTENT, examples

NOTE_PIECES = st.sampled_from([
    "## Amazon SQS", "### FIFO Queues", "# AWS Lambda - Invocation Sync", "!!! warning", "    ",
    "\t", "  • ", "- ", "1. ", "    - ", "**", "`", "|", "---", "<table><tr><td>", "</td>", "\n",
    "Max message size 256 KB", "Timeout is 3(default) – 900 seconds", "504 - timeout",
    "ThrottleError -429", "S3, SNS, SES", "SQS vs Kinesis", "(default)", "[bold]", "[/]",
    "from 0s (default) to 15mins", "1MB ingestion & 2MB of consumption per second", "![[x.png]]",
    # other dialects and shapes the parser reads
    "* Step Functions", "#+TITLE: x", "h2. RDS", "||a||b||", "|c|d|", "- [[S3]]", "  key:: value",
    "\t- ## Items", "Lesson 2. S3 basics", "Q1. what?", "✓ 29 s", "✗ 6 MB",
    "<details><summary>Lambda</summary>", "FeatureHTTP APIREST API", "front\tback",
    "1 RCU = 4 KB", "503 SlowDown → y", "sync or async?", "| Service | Limit | Value |",
    "24h -> 365d", "(1-4000 s)", "11 9s", "１５ minutes", "\u00a0", "\r\n",
])

note_text = st.one_of(
    st.text(max_size=400),
    st.lists(st.one_of(NOTE_PIECES, st.text(max_size=12)), max_size=60).map("".join),
)


def _check(text: str) -> None:
    note = parse_note(text, "n.md")
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for fact in note.facts:
        assert 1 <= fact.line <= len(lines)
        assert fact.snippet in lines[fact.line - 1]
        assert fact.value


@settings(max_examples=examples(300), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(note_text)
def test_parser_never_raises_and_facts_point_at_their_lines(text):
    _check(text)


def test_every_shipped_fact_points_at_a_line_containing_its_snippet():
    for path in CONTENT.iterdir():
        text = path.read_text(encoding="utf-8")
        note = parse_note(text, path.name)
        lines = text.split("\n")
        assert note.facts
        for fact in note.facts:
            assert fact.snippet and fact.snippet in lines[fact.line - 1], fact
