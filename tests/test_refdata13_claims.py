"""The refdata13 reference addition (the AWS Health Dashboard's old 'Personal Health Dashboard'
name) through the real CLI and the shipped reference, and `claim_services`: a claim entry's
patterns also tried on the lines the parser files under other services (a support plan line
that names Trusted Advisor is Trusted Advisor's)."""

from __future__ import annotations

import pytest

from studycli.reference.loader import load_reference
from studycli.reference.schema import validate_entry

from .helpers import check_findings, stale_flags, two_note_folder

# Lines as students write them in the development notes, reworded.
STALE = """# Support plans

- Basic: free, docs, forums, core Trusted Advisor checks, Personal Health Dashboard
- Basic support = free; customer service; Personal Health Dashboard

"""

RIGHT = """# Support plans

- Basic: free, docs, forums, core Trusted Advisor checks, AWS Health Dashboard

# Monitoring

- AWS Health Dashboard (formerly Personal Health Dashboard): events affecting your account
- Health Dashboard: Service Health = all of AWS; Account Health (Personal Health Dashboard) = you
- Trusted Advisor: cost optimization, performance, security, fault tolerance, service limits
"""


@pytest.fixture
def notes(tmp_path):
    return two_note_folder(tmp_path, STALE, RIGHT)


def test_each_stale_line_is_flagged_under_the_entry_that_states_todays_fact(notes, tmp_path):
    assert stale_flags(notes, tmp_path / "s.db") == {
        # filed under Trusted Advisor (the line names it), reached through claim_services
        3: {("health.dashboard.name", "outdated")},
        4: {("health.dashboard.name", "outdated")},
    }


def test_right_lines_are_never_flagged(notes, tmp_path):
    result, found = check_findings(notes / "right.md", db=tmp_path / "r.db")
    assert result.returncode == 0, (result.stderr, found)
    assert found == []


def test_a_claim_entry_is_read_for_the_services_it_names_in_claim_services():
    # lookup and check read only the files of the fact's service: a Trusted Advisor fact must
    # still meet the Health Dashboard's claim
    ids = {e.id for e in load_reference(services=["Trusted Advisor"]).entries}
    assert "health.dashboard.name" in ids
    assert "health.dashboard.name" not in {e.id for e in load_reference(services=["S3"]).entries}


BASE = {"id": "x.y", "service": "Budgets", "subject": "", "attribute": "name",
        "qualifier": "", "kind": "fact", "value": "v", "statement": "s.",
        "url": "https://docs.aws.amazon.com/health/latest/ug/first-time-user.html",
        "checked": "2026-12-02", "verified": True, "contradicted_by": ["old name"]}


@pytest.mark.parametrize("extra, problem", [
    ({"claim_services": ["Trusted Advisor"]}, None),
    ({"claim_services": ["Trusted Adviser"]},
     "claim_services: 'Trusted Adviser' is not a canonical name"),
    ({"claim_services": "Trusted Advisor"}, "claim_services must be a list of service names"),
    ({"claim_services": ["Trusted Advisor"], "contradicted_by": []},
     "claim_services without supported_by or contradicted_by patterns"),
])
def test_the_schema_checks_claim_services(extra, problem):
    problems = validate_entry({**BASE, **extra})
    if problem is None:
        assert problems == []
    else:
        assert any(p.startswith(problem) for p in problems), problems
