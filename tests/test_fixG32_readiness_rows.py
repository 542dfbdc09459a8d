"""readiness: a domain's rows count each card once and coverage counts services only.
SAA-C03's "Design Cost-Optimized Architectures" lists S3 as a service and the S3 storage
classes as subjects: an S3 Glacier card counted on the S3 row and on its class's row
(mastery cards 6, rows 6+2+2+2), and a note line on one class moved coverage 20% -> 31%."""

from __future__ import annotations

import json

import pytest

from tests.helpers import note_db, run_here

NOTES = ("S3\n- S3 IA min storage duration 30 days, Glacier Flexible 90 days, "
         "Deep Archive 180 days\n")


@pytest.mark.parametrize("profile", ["saa-c03", "clf-c02"])
def test_rows_count_each_card_once_and_coverage_is_services(tmp_path, profile):
    db = note_db(tmp_path, NOTES, name="storage.txt")
    report = json.loads(run_here("readiness", "--profile", profile, "--json", db=db).stdout)
    for domain in report["domains"]:
        rows = domain["coverage"]["services"]
        assert sum(r["cards"] for r in rows) <= domain["mastery"]["cards"], domain["name"]
        assert domain["coverage"]["services_covered"] <= domain["coverage"]["services_in_scope"]
        assert all(not r.get("subject") for r in rows), domain["name"]
