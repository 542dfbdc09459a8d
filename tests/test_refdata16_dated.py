"""An AWS change announced for a date still to come (data/reference: an entry whose `changed`
is later than today). AWS discontinues Developer, Business and Enterprise On-Ramp Support on
January 1, 2027 (End of Support Notices, About the AWS Support API page): on 2 December 2026 a
note teaching those plans is right for another month. It is `current` with the day the change
takes effect (`takes_effect`), told as such by `check`, `lookup` and the quiz's explanations,
and `outdated` from that day on, by the app's clock, without a re-ingest."""

from __future__ import annotations

import json

import pytest

from studycli.database import ensure_database
from studycli.questions import FactPool
from studycli.questions.currency import line_caveat
from studycli.reference import assess
from studycli.reference.schema import validate_entry
from studycli.store.currency import as_of, vouched_ids

from .helpers import note_db, pinned_day, run_here

BEFORE, AFTER = "2026-12-02", "2027-01-02"
PAGE = "https://docs.aws.amazon.com/awssupport/latest/user/about-support-api.html"

NOTE = """# CLF notes

## Support plans
- Business: from $100/month, 24/7 phone, production system down < 1 hour
- Enterprise: designated TAM, business-critical system down < 15 min
"""


@pytest.fixture()
def plan_db(tmp_path, monkeypatch):
    pinned_day(monkeypatch, BEFORE)
    return note_db(tmp_path, NOTE)


def _plan_line(text: str):
    from studycli.reference.plan_lines import plan_lines

    return plan_lines([("n.md", 1, "## Support plans"), ("n.md", 2, text)])[0]


def test_a_plan_line_is_current_until_the_day_then_outdated(monkeypatch):
    line = _plan_line("- Developer: from $29/month, business hours email")
    pinned_day(monkeypatch, "2026-12-31")
    a = assess(line)
    assert a is not None and a.status == "current" and not a.flagged
    assert a.takes_effect == "2027-01-01" and a.changed == "" and a.url == PAGE
    pinned_day(monkeypatch, "2027-01-01")  # the day it takes effect
    b = assess(line)
    assert b is not None and b.status == "outdated"
    assert b.takes_effect == "" and b.changed == "2027-01-01"


def test_a_line_that_already_says_the_change_carries_no_notice(monkeypatch):
    pinned_day(monkeypatch, BEFORE)
    a = assess(_plan_line("- Business Support+ replaces Developer and Business support "
                          "from January 1, 2027"))
    assert a is None or (a.status == "current" and a.takes_effect == "" and a.changed == "")


def test_lookup_marks_the_answer_with_the_day_and_turns_outdated_when_it_passes(
        plan_db, monkeypatch):
    query = ("lookup", "business production system down", "--limit", "1")
    result = run_here(*query, "--json", db=plan_db)
    marker = json.loads(result.stdout)[0]["markers"]["currency"]
    assert marker["status"] == "current" and marker["takes_effect"] == "2027-01-01"
    assert marker["url"] == PAGE and marker["changed"] == ""
    shown = run_here(*query, db=plan_db, env={"COLUMNS": "200"}).stdout
    assert ("! AWS changes this on 1 Jan 2027, per the AWS docs: Business Support is "
            "discontinued") in shown
    assert "outdated" not in shown
    # no ingest since: the stored status is read as of the new day
    pinned_day(monkeypatch, AFTER)
    marker = json.loads(run_here(*query, "--json", db=plan_db).stdout)[0]["markers"]["currency"]
    assert marker["status"] == "outdated" and marker["takes_effect"] is None
    assert marker["changed"] == "2027-01-01"
    assert "! outdated per the AWS docs" in run_here(*query, db=plan_db).stdout


def test_a_quoted_plan_line_says_until_when_it_holds(plan_db, monkeypatch):
    db = ensure_database(plan_db)
    pool = FactPool.load(db)
    caveat = line_caveat(pool, "n.md", 4, asked=set())
    assert caveat.startswith("That note line names what AWS changes on 1 Jan 2027: AWS docs: "
                             "Business Support is discontinued on January 1, 2027"), caveat
    assert PAGE in caveat
    pinned_day(monkeypatch, AFTER)
    after = line_caveat(FactPool.load(db), "n.md", 4, asked=set())
    assert "is out of date" in after and "AWS changes on" not in after


def test_facts_of_a_plan_line_are_vouched_for_by_no_entry(plan_db):
    # the entry states the plan's end, not the line's "1 hour"
    db = ensure_database(plan_db)
    ids = {r[0] for r in db.conn.execute("SELECT id FROM facts WHERE line = 4")}
    assert ids and not ids & vouched_ids(db.conn)


def test_a_stored_row_is_read_as_of_the_day():
    row = {"status": "current", "changed": "", "takes_effect": "2027-01-01"}
    assert as_of(row, "2026-12-31") is row
    assert as_of(row, "2027-01-01") == {"status": "outdated", "changed": "2027-01-01",
                                        "takes_effect": "", "verdict": "outdated"}
    assert as_of({"status": "current", "takes_effect": ""}, "2030-01-01")["status"] == "current"


def test_a_change_still_to_come_needs_its_day_and_what_it_ends():
    from datetime import date

    base = {"id": "support.x.end", "service": "SQS", "subject": "", "attribute": "x",
            "qualifier": "", "kind": "fact", "value": "ends", "statement": "It ends.",
            "url": PAGE, "checked": "2026-12-02", "verified": True}
    today = date(2026, 12, 2)
    assert validate_entry({**base, "changed": "2027-01-01", "previously": ["x"]},
                          today=today) == []
    assert any("give the day" in p for p in validate_entry(
        {**base, "changed": "2027-01", "previously": ["x"]}, today=today))
    assert any("previously" in p for p in validate_entry({**base, "changed": "2027-01-01"},
                                                         today=today))
    # a change that has taken effect needs neither
    assert validate_entry({**base, "changed": "2025-08"}, today=today) == []


# --- refdata16's recall fixes: a key the parser writes another way, a verified claim -------

def _fact(service, subject, attribute, value, number=None, unit="", snippet=""):
    return dict(service=service, subject=subject, attribute=attribute,
                kind="limit" if number is not None else "fact", qualifier="", value=value,
                number=number, unit=unit, low=None, high=None, snippet=snippet or value)


def test_vol_is_volume_and_rds_replicas_are_read_replicas():
    gp3 = assess(_fact("EBS", "gp3", "vol size gp3", "16 TiB", 16 * 2**40, "B",
                       "max vol size gp3    16 TiB"))
    assert gp3 is not None and gp3.status == "outdated" and gp3.entry_id == "ebs.gp3.size.range"
    rds = assess(_fact("RDS", "", "replicas", "5 replicas", 5, "count",
                       "RDS MySQL only 5 replicas so Aurora"))
    assert rds is not None and rds.status == "outdated"
    assert rds.entry_id == "rds.read-replicas.max"
    assert assess(_fact("RDS", "", "replicas", "15 replicas", 15, "count")).status == "current"


@pytest.mark.parametrize(("line", "status"), [
    ("KMS key rotation (customer mgd)   auto every 1 year (fixed), optional", "outdated"),
    ("auto rotation for customer managed keys = every year (if enabled), period can't be changed",
     "outdated"),
    ("auto rotation every year by default, customizable period (RotationPeriodInDays)",
     "current"),
    # AWS managed keys do rotate every year, fixed
    ("AWS managed keys: rotation every year, fixed", None),
])
def test_a_customer_managed_keys_fixed_yearly_rotation_is_outdated(line, status):
    a = assess(_fact("KMS", "", "key rotation", line, snippet=line))
    got = a.status if a is not None and a.entry_id == "kms.rotation-period.custom" else None
    assert got == status, a


def test_an_answer_told_of_a_dated_change_still_marks_a_stale_claim_on_its_line(tmp_path):
    """A reviewer: a hit carrying `takes_effect` was left out of the line check, so "SQS max
    message size 256 KB" on the same plan line went unmarked beside "AWS changes this"."""
    from tests.helpers import note_db

    db = note_db(tmp_path, "# Support plans\n\n- Business support plan: 24/7 phone, production "
                 "system down < 1 hour, and SQS max message size 256 KB\n")
    result = run_here("lookup", "business production system down", "--json", "--limit", "1",
                      db=db)
    markers = json.loads(result.stdout)[0]["markers"]
    assert markers["currency"]["takes_effect"] == "2027-01-01", markers
    assert markers["line_currency"]["status"] == "outdated", markers
    assert markers["line_currency"]["claim"] == "SQS message size: 256 KB", markers
