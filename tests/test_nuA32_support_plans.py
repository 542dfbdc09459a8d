"""Support plans (Basic, Developer, Business, Enterprise: response times, a TAM) count towards
CLF-C02's "Billing, Pricing, and Support" domain, as AWS Support's, with Trusted Advisor,
Budgets and Cost Explorer: a new user's cheat sheet full of them left that domain at 0% (it
listed Organizations only). The parser still files no fact under Support (its plans are
everyday words: reference/plan_lines.py); readiness counts the plan lines `check` reads. The
plans are those of https://docs.aws.amazon.com/awssupport/latest/user/about-support-api.html;
which domain a service counts in is the project's judgement (data/domains.json)."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from studycli.cli import app
from studycli.domains import domain_map

runner = CliRunner()

CHEAT_SHEET = """CLF stuff - support plans, pricing, shared resp.

Support plans:
Basic - free
Developer - business hours email, from $29/mo
Business - 24/7 phone, <1hr response for prod system down, from $100/mo
Enterprise - TAM, <15 min response for business-critical down

Shared responsibility model: AWS = security OF the cloud, customer = security IN the cloud
"Trusted Advisor" - checks cost opt, perf, security, fault tol., service limits
"""


def test_support_and_billing_tools_count_towards_the_billing_domain():
    clf = domain_map("clf-c02")
    for service in ("Support", "Trusted Advisor", "Budgets", "Cost Explorer"):
        assert clf.of(service) == ["Billing, Pricing, and Support"], service


def _billing(tmp_path, text: str) -> dict:
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "clf.txt").write_text(text, encoding="utf-8")
    db = str(tmp_path / "s.db")
    assert runner.invoke(app, ["ingest", str(notes), "--db", db]).exit_code == 0
    result = runner.invoke(app, ["readiness", "--json", "-p", "clf-c02", "--db", db])
    assert result.exit_code == 0, result.output
    return next(d for d in json.loads(result.stdout)["domains"]
                if d["name"] == "Billing, Pricing, and Support")


def test_readiness_counts_a_cheat_sheets_support_plans_in_the_billing_domain(tmp_path):
    billing = _billing(tmp_path, CHEAT_SHEET)
    covered = {s["service"]: s["facts"] for s in billing["coverage"]["services"]}
    assert covered.get("Support") == 4, covered  # Basic, Developer, Business, Enterprise
    assert "Trusted Advisor" in covered
    assert billing["coverage"]["share"] > 0


def test_a_plan_word_outside_any_support_context_counts_nothing(tmp_path):
    billing = _billing(tmp_path, "EC2\n\nBusiness hours matter for Reserved Instances\n")
    assert "Support" not in {s["service"] for s in billing["coverage"]["services"]}


def test_plan_in_another_sense_counts_nothing_under_support(tmp_path):
    """"plan" or a plan's name in another sense (review of nuA32): Savings Plans, a business
    continuity plan, a DR plan, a Cognito line's auth plans are no support plan lines."""
    notes = ("## Savings Plans\n- Compute Savings Plans: flexible, good for business workloads\n"
             "\n## DR\n- business continuity plan: RTO/RPO\n- enterprise DR plan: pilot light\n"
             "\n## Cognito\n- basic auth plans for developer accounts\n")
    billing = _billing(tmp_path, notes)
    assert "Support" not in {s["service"] for s in billing["coverage"]["services"]}
