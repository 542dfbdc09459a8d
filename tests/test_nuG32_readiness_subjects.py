"""readiness: a domain's coverage counts what the profile files under it, as its cards do.
CLF-C02 files the S3 Glacier classes under Billing, Pricing, and Support: the row read
"coverage 0%: 0 of its 1 service has facts" above "cards 4" (the Glacier cards), and the
forecast took the domain as uncovered whatever those cards' recall."""

from __future__ import annotations

import json

from tests.helpers import note_db, run_here

NOTES = ("S3\n- S3 IA min storage duration 30 days, Glacier Flexible 90 days, "
         "Deep Archive 180 days\n")


def test_billing_coverage_counts_the_subjects_filed_under_it(tmp_path):
    db = note_db(tmp_path, NOTES, name="storage.txt")
    report = json.loads(run_here("readiness", "--profile", "clf-c02", "--json", db=db).stdout)
    billing = next(d for d in report["domains"] if d["name"].startswith("Billing"))
    assert billing["mastery"]["cards"] > 0
    covered = billing["coverage"]["services"]
    assert covered and all(s.get("subject") for s in covered)
    assert sum(s["cards"] for s in covered) == billing["mastery"]["cards"]  # one row, one count
    assert billing["coverage"]["share"] > 0
    out = " ".join(run_here("readiness", "--profile", "clf-c02", db=db,
                            env={"COLUMNS": "80"}).stdout.split())
    row = out[out.index("Billing, Pricing, and Support weight"):]
    n = len(billing["coverage"]["subjects_in_scope"])
    assert (f"facts for 0 of its 1 service and {len(covered)} of {n} subjects filed "
            "here") in row, row
    assert "in your notes: S3 Glacier" in row
