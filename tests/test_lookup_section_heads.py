"""The nearest markdown heading over a note line speaks for it, as the question or table
header over a line does (lookup/section_heads.py, read only when no fact answers on its own
words): "- retention: 24 hours" under "## streams" under "# dynamodb" answers "ddb streams
retention"."""

from __future__ import annotations

from studycli.lookup.section_heads import heading_chain

from .helpers import ingest_text, lookup_top

NOTES = (
    "# dynamodb\n"
    "## capacity modes\n"
    "- provisioned: RCU/WCU you set, can autoscale\n"
    "- on demand: pay per request\n"
    "## streams\n"
    "- retention: 24 hours\n"
    "- view types: KEYS_ONLY, NEW_IMAGE, OLD_IMAGE, NEW_AND_OLD_IMAGES\n"
    "## ttl\n"
    "- expired items deleted within a few days\n"
    "# kinesis\n"
    "- default retention 24 hours, max 365 days\n")


def test_the_heading_over_a_line_says_the_word_the_line_leaves_out(tmp_path):
    _, db, _ = ingest_text(tmp_path, NOTES, columns="200")
    code, values = lookup_top(db, "ddb streams retention")
    assert code == 0 and "24" in values[0], values


def test_a_word_no_heading_over_the_line_says_is_still_unsaid(tmp_path):
    # "ttl" is the heading of another section: the streams line does not say it
    _, db, _ = ingest_text(tmp_path, NOTES, columns="200")
    assert lookup_top(db, "ddb streams shard limit") == (1, [])


def test_the_chain_closes_deeper_headings_and_skips_tags():
    rows = [(1, "# dynamodb"), (2, "## capacity"), (3, "### on demand"), (5, "## streams"),
            (6, "#tag not a heading")]
    assert heading_chain(rows) == ["dynamodb", "streams"]
    assert heading_chain([]) == []


def test_a_heading_lends_a_word_typed_not_one_related_to_it():
    # "Billing, pricing & support" over a support plan's line says no cost asked of it
    from studycli.lookup.answer import SECTION, _with_context
    from studycli.lookup.lexicon import lexicon
    from studycli.lookup.query import understand

    lex = lexicon()
    q = understand("developer support plan cost per month", lex)
    fact = {"service": "", "subject": "", "attribute": "", "value": "Developer: email only",
            "snippet": "- Developer: email only", "section": "Billing, pricing & support"}
    found = _with_context({}, fact, q, lex)
    assert found.get("support") == SECTION
    assert not {w for w in found if w.startswith("pric") or w.startswith("cost")}, found
