"""Round twenty-six's follow-up: a label before "=" is no clause's own word; the current
side of a real conflict answers first, statements too; a narrowed value carries the
currency of the claim it shows; a year before a word that is no unit is a date."""

from __future__ import annotations

import pytest

from tests.helpers import first_value, notes_conn

EQUALS_INDEXES = """\
# DynamoDB

- DynamoDB indexes = LSI max 5 per table, GSI default 20
- Item size max 400 KB
"""


def test_a_label_before_equals_is_about_every_clause(tmp_path):
    # "DynamoDB indexes =" names the indexes for both clauses: cut to the first, the
    # answer would drop the GSI's 20
    conn = notes_conn(tmp_path, EQUALS_INDEXES, "ddb.md")
    assert first_value(conn, "dynamodb max indexes per table") == \
        EQUALS_INDEXES.splitlines()[2][2:]
    assert first_value(conn, "dynamodb max gsi per table") == "GSI default 20"


def test_two_conflicting_support_statements_still_put_the_current_side_first():
    from studycli.lookup import current_first

    stale = {"service": "Lambda", "subject": "", "attribute": "docker support",
             "qualifier": "", "kind": "fact", "value": "not supported", "number": None,
             "low": None, "source": "old.md", "currency": {"status": "outdated"}}
    current = {**stale, "value": "supported", "source": "new.md",
               "currency": {"status": "current"}}
    assert current_first([stale, current]) == [current, stale]
    # one note saying both is two contexts, no conflict: the ranking stands
    same_note = {**current, "source": "old.md"}
    assert current_first([stale, same_note]) == [stale, same_note]


STALE_LINE = """\
# Lambda

- Lambda limits: function timeout max 5 min, deployment package 50 MB zipped
"""


def test_a_clause_repeating_the_figure_of_its_line_s_limit_answer_is_not_cut(tmp_path):
    import json

    from tests.helpers import run_here

    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "l.md").write_text(STALE_LINE, encoding="utf-8")
    db = tmp_path / "f.db"
    assert run_here("ingest", str(notes), db=db).returncode == 0
    out = run_here("lookup", "lambda function timeout max", "--json", db=db)
    assert out.returncode == 0, out.stderr
    answers = json.loads(out.stdout)
    assert answers[0]["value"] == "5 min"
    assert answers[0]["markers"]["currency"]["status"] == "outdated"
    # no second answer shows the stale "5 min" clause unmarked
    for a in answers[1:]:
        if "5 min" in a["value"]:
            assert a["value"] == STALE_LINE.splitlines()[2][2:]
            assert (a["markers"]["currency"] or a["markers"]["line_currency"])["status"] \
                == "outdated"


def test_a_narrowed_clause_holding_the_line_s_stale_claim_carries_its_marker():
    from studycli.lookup.clause_answer import narrowed_answers
    from studycli.lookup.lexicon import lexicon
    from studycli.lookup.query import understand

    lex = lexicon()
    stale = {"status": "outdated", "current_value": "900 s (15 min)", "url": "u",
             "checked": "", "changed": "", "reference_id": "r", "takes_effect": None}
    hit = {"kind": "fact", "number": None, "low": None, "source": "l.md", "line": 3,
           "answer": 1.0, "currency": None,
           "value": "Lambda limits: function timeout max 5 min, package 50 MB zipped",
           "line_currency": {**stale, "claim": "Lambda execution timeout: 5 min"}}
    q = understand("lambda function timeout max", lex)
    [got] = narrowed_answers([hit], q, lex, 0.5)
    assert got["value"] == "Lambda limits: function timeout max 5 min"
    assert got["currency"] == stale and not got["line_currency"]
    # the stale claim is another clause's: the line's marker stays where it was
    other = {**hit, "line_currency": {**stale, "claim": "Lambda package size: 50 MB"}}
    [kept] = narrowed_answers([other], q, lex, 0.5)
    assert kept["value"] == "Lambda limits: function timeout max 5 min"
    assert kept["currency"] is None and kept["line_currency"]["claim"].endswith("50 MB")


@pytest.mark.parametrize("text", ["announced in 2019 / GA 2020", "in 2020 per the blog",
                                  "in 2020 events moved to EventBridge",
                                  "since 2021 times changed", "by 2022 calls went async"])
def test_a_year_before_a_word_that_is_no_unit_still_dates_a_line(text):
    from studycli.lookup.answer import _DATED

    assert _DATED.search(text)


@pytest.mark.parametrize("text", ["scales by 2000 calls per second", "in 2000/s bursts",
                                  "since 2000 msgs/sec", "by 2000 per minute"])
def test_a_count_per_time_after_in_or_by_is_no_year(text):
    from studycli.lookup.answer import _DATED

    assert not _DATED.search(text)


PRICING = """\
# Pricing

- Reserved Instances: 1 or 3 yr, up to 72% off. Standard vs Convertible (convertible ~54%)
- Spot: up to 90% off, 2 min warning
"""


def test_a_figure_of_one_side_a_line_compares_does_not_answer_for_the_other_side(tmp_path):
    conn = notes_conn(tmp_path, PRICING, "pricing.md")
    # asked of the standard side, the convertible's 54% is no answer; the line's own is
    first = first_value(conn, "standard reserved instance max discount")
    assert first != "54%" and "up to 72% off" in first
    assert first_value(conn, "convertible reserved instance discount") == "54%"
