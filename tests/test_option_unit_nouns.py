"""A count whose noun is its unit ("6,144 characters" for a policy size) keeps the noun on every
option: "2,048" alone for a size says nothing of what it counts (a reviewer: "students would
memorise '6,144' without knowing it counts characters")."""

from __future__ import annotations

import random

from studycli.extract import parse_note
from studycli.model import Kind
from studycli.questions.build import build_question
from studycli.questions.pool import FactPool

NOTE = """## IAM
- inline policy size max 2,048 characters per user
## Kinesis
- batch size max 10 messages
- max 500 shards per stream
"""


def _options() -> dict[str, list[str]]:
    note = parse_note(NOTE, "n.md")
    pool = FactPool.from_facts(note.facts, as_written=True)
    out = {}
    for fact in note.facts:
        if fact.kind is Kind.LIMIT:
            q = build_question(fact, "choice", pool, random.Random(3))
            if q is not None and q.options:
                out[fact.value] = q.options
    return out


def test_a_count_in_characters_says_so_on_every_option():
    options = _options()["2048 characters"]
    assert "2,048 characters" in options
    assert all(o.endswith((" characters", " character")) for o in options), options


def test_a_count_the_stem_implies_stays_a_number():
    options = _options()
    assert all(o.replace(",", "").isdigit() for o in options["500 shards"])
    assert all(o.replace(",", "").isdigit() for o in options["10 messages"])


def test_iops_options_say_iops_not_per_second():
    note = parse_note("## EBS\n- gp2 max 16,000 IOPS per volume\n", "n.md")
    pool = FactPool.from_facts(note.facts, as_written=True)
    fact = next(f for f in note.facts if f.kind is Kind.LIMIT)
    q = build_question(fact, "choice", pool, random.Random(3))
    assert q is not None and "16,000 IOPS" in q.options
    assert not any("per second" in o for o in q.options), q.options


def test_an_explanation_quotes_a_note_line_as_a_reader_sees_it():
    from studycli.questions.build import note_quote

    assert note_quote("<tr><td>Standard</td><td>99.99%</td><td>none</td></tr>") == (
        "Standard | 99.99% | none")
    # a hard wrap cut the line mid-sentence: what follows it is not its end
    assert note_quote("Buffer size is 1 to 128 MB and") == "Buffer size is 1 to 128 MB and …"
    assert note_quote("- SQS max 256 KB.") == "- SQS max 256 KB."


def test_a_code_meaning_drops_the_students_aside_about_themselves():
    from studycli.questions.option_text import clean_meaning

    assert clean_meaning("BAD RESPONSE. got this wrong twice") == "BAD RESPONSE"
    assert clean_meaning("Access denied - remember this") == "Access denied"
    assert clean_meaning("Too many requests") == "Too many requests"


def test_a_statement_caveat_names_the_measure_the_docs_value_is_of():
    # "That note line is out of date: AWS docs: 50 TB" under a keyed "single PUT: 5 GB" read
    # as calling the PUT limit changed
    from studycli.exam.generate import _with_caveat
    from studycli.questions.currency import Currency, _entry_measure

    cur = Currency("outdated", "50 TB", "u", "d", "", 5e13, "B", None, None, kind="limit",
                   reference_id="s3.object-size.max")
    assert _entry_measure(cur) == "object size"
    # the entry's own words, not its id's (a key: "http api payload size")
    stale = Currency("outdated", "10 MB", "u", "d", "", 1e7, "B", None, None, kind="limit",
                     reference_id="apigateway.http-api.payload-size.max")
    assert _entry_measure(stale) == "HTTP API request payload size"
    assert _entry_measure(Currency("outdated", "x", "u", "d", "", None, "", None, None,
                                   kind="statement", reference_id="health.dashboard.name")) == ""
    said = _with_caveat("The largest single PUT is 5 GB.",
                        "x That note line's object size is out of date: AWS docs: 50 TB (u).",
                        "n.md:2")
    assert said.endswith("On your note line (n.md:2), the object size is out of date: "
                         "AWS docs: 50 TB (u).")
