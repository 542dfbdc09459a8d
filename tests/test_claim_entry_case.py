"""A quantity vouched for by another service's entry whose claims notes file under the note's
service is asked as that entry's measure: "role chaining -> 1h max session" in IAM notes, vouched
by STS's role chaining entry, was asked "What is the maximum session duration for AWS IAM?"
keyed 1 hour with 12 hours among the options (reviewers of session 30, twice): a role's maximum
session duration is set from 1 to 12 hours, 1 hour by default (https://docs.aws.amazon.com/
sdk-for-kotlin/api/latest/iam/aws.sdk.kotlin.services.iam.model/-update-role-request/
max-session-duration.html); role chaining caps a session at 1 hour (https://aws.amazon.com/
premiumsupport/knowledge-center/iam-role-chaining-limit/)."""

from __future__ import annotations

import json

import pytest

from tests.helpers import note_db, run_here


@pytest.mark.parametrize("line", [
    "With role chaining the session is capped at 1 hour.",
    "- role chaining -> 1h max session",
    "- With role chaining, max session duration is 1 hour",
])
def test_a_role_chaining_cap_is_asked_as_role_chainings(tmp_path, line):
    db = note_db(tmp_path, f"# IAM\n\n## Roles\n{line}\n")
    r = run_here("exam", "--profile", "saa-c03", "--seed", "1", "--json", db=db)
    assert r.returncode == 0, r.stderr
    stems = [q["stem"] for q in json.loads(r.stdout)["questions"]]
    assert stems and all("role chaining session duration" in s for s in stems), stems


def _stems(tmp_path, notes: str) -> list[str]:
    db = note_db(tmp_path, notes)
    r = run_here("exam", "--profile", "saa-c03", "--seed", "1", "--json", db=db)
    assert r.returncode == 0, r.stderr
    return [q["stem"] for q in json.loads(r.stdout)["questions"]]


def test_a_role_chaining_cap_in_sts_notes_is_asked_as_role_chainings(tmp_path):
    # the entry's own service: the arrow cut the value's clause to nothing, and the line was
    # asked "the maximum session duration for AWS STS" keyed 1 hour (blind review, session 30)
    stems = _stems(tmp_path, "# STS\n\n- role chaining -> 1h max session\n")
    assert stems and all("role chaining session duration" in s for s in stems), stems


def test_an_hour_the_role_chaining_pattern_does_not_reach_is_not_role_chainings(tmp_path):
    # the pattern matched "role chaining 1 hour" only: the console session's hour is its own
    stems = _stems(tmp_path, "# IAM\n\n## Roles\n- console session max 1 hour when switching"
                             " roles, role chaining 1 hour\n")
    assert stems and not any("role chaining" in s for s in stems), stems
