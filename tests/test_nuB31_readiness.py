"""readiness: the coverage line says what it counts (nuB31)."""

from __future__ import annotations

from tests.helpers import note_db, run_here

CLF = ("CLF stuff - support plans, pricing\n\nSupport plans:\nBasic - free\n"
       "Developer - business hours email, from $29/mo\n"
       "Business - 24/7 phone, <1hr response for prod system down, from $100/mo\n"
       "Enterprise - TAM, <15 min response for business-critical down, from $15,000/mo\n")


def test_coverage_names_what_it_counts_in_scope_services_with_a_fact(tmp_path):
    """"coverage 0% (0 of 1 services)" beside notes full of support plans read as if they did
    not count; they are filed under no service, and the line now says services are counted."""
    db = note_db(tmp_path, CLF, name="clf.txt")
    out = run_here("readiness", "--profile", "clf-c02", db=db).stdout
    billing = out[out.index("Billing, Pricing, and Support  weight"):]
    assert "coverage 0% (facts on 0 of its 1 service)" in billing, billing
    assert "(1 of 12 services)" not in out and "facts on " in out
