"""Issue 10, round twenty-nine: words a note or a query writes in shapes the answer score
did not read (a quota cheat sheet's dotted keys, "app" for "application", a hedge such as
"roughly") no longer keep an answer the notes hold from being given."""

from __future__ import annotations

from tests.helpers import first_value, lookup_values, notes_conn

CRAM = """\
# Quotas cram

- stepfn.history = 25,000 events
- stepfn.duration = 1 year
"""

BEANSTALK = """\
# Elastic Beanstalk

- Application version quota: 1,000 versions per region
"""

DR = """\
# Disaster recovery

- pilot light (10s of minutes), only the core (DB) running
- backup & restore (RTO hours)
"""


def test_a_dotted_key_says_each_of_its_words(tmp_path):
    conn = notes_conn(tmp_path, CRAM, "cram.md")
    assert "25,000" in first_value(conn, "step functions history limit")
    assert lookup_values(conn, "step functions max state machines") == []


def test_app_is_read_as_application(tmp_path):
    conn = notes_conn(tmp_path, BEANSTALK, "eb.md")
    assert "1,000" in first_value(conn, "beanstalk app versions quota")


def test_a_hedge_asks_nothing_of_its_own(tmp_path):
    conn = notes_conn(tmp_path, DR, "dr.md")
    assert "10s of minutes" in first_value(conn, "pilot light rto roughly")


BUDGETS = """\
# Cost tools

- AWS Budgets: alerts when spend passes a threshold; the first 2 budgets are free
"""


def test_how_many_aws_things_counts_the_things_not_aws(tmp_path):
    from studycli.lookup.lexicon import lexicon
    from studycli.lookup.query import understand

    assert "budget" in understand("how many aws budgets are free", lexicon()).counted
    conn = notes_conn(tmp_path, BUDGETS, "cost.md")
    assert "2 budgets" in first_value(conn, "how many aws budgets are free")
