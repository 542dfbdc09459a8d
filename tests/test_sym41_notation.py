"""Notation the parser did not read (issue 10): a cram sheet's bounds written as symbols
("targets ≤ 5 per rule", "1 min ≤ t ≤ 14 d", "λ") and a Korean or Japanese note's range of
two figures of one unit ("128MB ~ 3008MB") (studycli/notes/symbols.py, studycli/notes/gloss.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from studycli.extract import parse_note
from studycli.formats import as_markdown
from studycli.notes.symbols import read_symbols


def _facts(text: str, name: str) -> list[tuple[int, str, str, str, str]]:
    note = parse_note(as_markdown(text, "." + name.rsplit(".", 1)[1]), name, 1)
    return [(f.line, f.service, f.attribute, f.qualifier, f.value) for f in note.facts
            if f.kind != "fact"]


@pytest.mark.parametrize(("written", "read"), [
    ("targets ≤ 5 per rule", "targets max 5 per rule"),
    ("users/acct ≤ 5000 ; groups ≤ 300", "users/acct max 5000 ; groups max 300"),
    ("layers <= 5", "layers max 5"),
    ("recommends >= 2 HSMs", "recommends min 2 HSMs"),
    ("multivalue (≤ 8 healthy records)", "multivalue (max 8 healthy records)"),
    ("retention: 1 min ≤ t ≤ 14 d, default = 4 d", "retention: min 1 min, max 14 d, default = 4 d"),
    ("0 ≤ TTL ≤ 3600 s", "TTL min 0, max 3600 s"),
    ("item size: 1 B ≤ item ≤ 400 KB", "item size: min 1 B, max 400 KB"),
    ("- λ t_max = 900 s", "- Lambda t_max = 900 s"),
    ("λ LIMITS", "Lambda LIMITS"),
    ("λ misc\n error codes: 413 ; 502 from API GW = bad λ resp",
     "Lambda misc\n error codes: 413 ; 502 from API GW = bad Lambda resp"),
    ("λ@Edge: viewer ≤ 5 s", "Lambda@Edge: viewer ≤ 5 s"),
])
def test_symbols_are_read_as_words(written, read):
    assert read_symbols(written) == read


@pytest.mark.parametrize("kept", [
    "Lambda <-> SQS", "a -> b", "payload > 6 MB", "zip ≤ 50 MB", "lasts ≥ 5 min",
    "5 ≤ n", "user inline ≤ 2,048 chars", "annotations indexed (≤ 50)",
    "1 ACU ~ 2 GB", "~70% cheaper", "retries 2×", "λεπτά 5", "a <=> b",
    # review of sym41: "λ" mid-line names a target, not the subject; a line whose bound is
    # on "10k" is not read in part; a bare figure beside a size is more of that size; two
    # bounds on one noun
    "SM: auto rotation (λ) every N d", "subscription filter → λ / Firehose",
    "batch size SQS <=10k (FIFO <=10), Kinesis <=10k",
    "policy size: user inline ≤ 2,048 chars ; role ≤ 10,240 ; group ≤ 5,120",
    "groups ≤ 300 ; user ∈ ≤ 10 groups",
    "```python\nif attempt <= 3:\n```",
    "SERVERLESS ⚡ λ / API GW\nAPI GATEWAY\n auth: λ authorizer",
])
def test_what_is_no_bound_stays_as_written(kept):
    assert read_symbols(kept) == kept


def test_a_boxed_quantity_is_a_range_not_a_default():
    # its lower end was read as a default ("integration timeout default 50 ms")
    facts = _facts("# API Gateway\n\n- integration timeout: 50 ms ≤ t ≤ 29 s\n", "n.md")
    assert (3, "API Gateway", "integration timeout", "default", "50 ms") not in facts
    assert (3, "API Gateway", "integration timeout", "max", "29 s") in facts
    assert (3, "API Gateway", "integration timeout", "min", "50 ms") in facts


def test_a_bound_on_a_count_is_a_fact():
    facts = _facts("# EventBridge\n\n- rules ≤ 100 per bus (soft) ; targets ≤ 5 per rule\n",
                   "n.md")
    assert (3, "EventBridge", "targets (per rule)", "max", "5 targets") in facts


def test_lambda_written_as_its_letter_is_lambda():
    facts = _facts("SERVERLESS: λ / API GW\n\nλ LIMITS\n layers ≤ 5 per fn\n", "n.txt")
    assert [f[1] for f in facts] == ["Lambda"]


def test_a_range_of_two_figures_of_one_unit_in_a_korean_note():
    facts = _facts("# Lambda 제한\n\n- 메모리: 128MB ~ 3008MB (64MB 단위로 증가)\n"
                   "- 타임아웃 기본값: 3초\n", "n.md")
    assert (3, "Lambda", "memory", "max", "3008 MB") in facts


@pytest.mark.parametrize(("note", "fact"), [
    ("# S3\n\n- obj size: 0 B ≤ obj ≤ 5 TB\n", (3, "S3", "object size", "max", "5 TB")),
    ("# DynamoDB\n\n- item size: 1 B ≤ item ≤ 400 KB\n",
     (3, "DynamoDB", "item size", "max", "400 KB")),
])
def test_a_boxed_size_keeps_its_max(note, fact):
    # a variable of three letters was kept as a name and the line gave no max (review of sym41)
    assert fact in _facts(note, "n.md")


def test_lambda_mid_line_does_not_take_the_line():
    text = ("SECRETS\n\nSM: auto rotation (λ) every N d ; secret ≤ 64 KB\n\n"
            "API GW\n\nλ authorizer: cache TTL default 300 s, max 3600 s\n"
            "errors: 429 throttle, 504 integration timeout\n")
    assert all(f[1] != "Lambda" for f in _facts(text, "n.txt"))


def test_a_user_in_at_most_ten_groups_is_kept():
    facts = _facts("# IAM\n\n- users/acct ≤ 5000 ; groups ≤ 300 ; user ∈ ≤ 10 groups\n",
                   "n.md")
    assert any(f[3] == "max" and f[4].startswith("10 group") for f in facts), facts


def test_no_count_is_made_of_a_bare_figure_beside_a_size():
    facts = _facts("# IAM\n\n- policy size: user inline ≤ 2,048 chars ; role ≤ 10,240 ; "
                   "group ≤ 5,120 ; managed ≤ 6,144\n", "n.md")
    assert not any("policy size" in f[4] for f in facts), facts


def test_fifo_bound_is_not_the_queue_bound():
    facts = _facts("# Lambda\n\n## event source mapping\n\n"
                   "- batch size SQS <=10k (FIFO <=10), Kinesis <=10k\n", "n.md")
    assert not any(f[3] == "max" and f[4].startswith("10 ") for f in facts), facts


def test_lambda_in_a_title_does_not_take_another_service_s_codes():
    # "api gateway 504" was Not in your notes: the title's "λ" made Lambda the first service
    lines = (Path(__file__).parent / "data" / "unseen156_notes" / "serverless_lambda_apigw.txt"
             ).read_text(encoding="utf-8").split("\n")
    text = "\n".join(lines[:3] + lines[35:45])  # the title, "λ LIMITS", API Gateway's section
    codes = [f for f in _facts(text, "n.txt") if f[2] in ("429", "504")]
    assert codes and all(f[1] == "API Gateway" for f in codes), codes


@pytest.mark.parametrize(("written", "read"), [
    # a variable of its own after a service's name or a cell is the attribute (fix review)
    ("SQS: 0 s ≤ visibility ≤ 12 h ; 0 ≤ delay ≤ 15 min",
     "SQS: visibility min 0 s, max 12 h ; delay min 0, max 15 min"),
    ("Route 53: 0 ≤ TTL ≤ 172800 s", "Route 53: TTL min 0, max 172800 s"),
    ("| SQS | 0 ≤ delay ≤ 15 min |", "| SQS | delay min 0, max 15 min |"),
    # a line at the margin opening with "λ" and saying something of it is no title
    ("SQS\nλ trigger: batch ≤ 10 msgs", "SQS\nλ trigger: batch max 10 msgs"),
    # a service's name before a bare bound is no thing counted ("5 WAFs": behaviour tester)
    ("- WAF: ≤ 5 per rule (rate-based keys)", "- WAF: ≤ 5 per rule (rate-based keys)"),
    # a condition's threshold is no limit, and a list's comma no part of a figure (final
    # reader of session 41: "100 messages (min)" for Auto Scaling; GSI's 20 unread)
    ("scale out when queue depth >= 100 messages", "scale out when queue depth >= 100 messages"),
    ("LSI <= 5, GSI <= 20", "LSI max 5, GSI max 20"),
])
def test_what_the_fix_review_found(written, read):
    assert read_symbols(written) == read


def test_a_lambda_line_at_the_margin_does_not_take_the_section():
    # "λ trigger: ..." under SQS in a plain-text note opened a Lambda section: SQS's 256 KB
    # and API Gateway's 504 after it were filed under Lambda (fix review of sym41)
    text = ("API GW\n\nλ proxy integration = pass through\nerrors: 504 integration timeout\n\n"
            "SQS\n\nλ trigger: batch ≤ 10 msgs\nmax msg size 256 KB\n")
    facts = _facts(text, "n.txt")
    assert any(f[1] == "SQS" and f[4] == "256 KB" for f in facts), facts
    assert not any(f[1] == "Lambda" for f in facts), facts
