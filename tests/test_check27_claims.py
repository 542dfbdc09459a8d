"""check27: hosted Direct Connect's old span written with a tilde or a Hindi "se ... tak" is
told; an SNS filter policy said to match message attributes only is told (payload-based
filtering, FilterPolicyScope = MessageBody); the old Personal Health Dashboard name given as
the old name ("ex Personal Health Dashboard") is not. Right lines stay unflagged."""

from __future__ import annotations

from .helpers import check_findings, stale_flags, two_note_folder


def _flagged(found) -> list:
    return [(x["line"], x["reference"]["id"]) for x in found
            if x["status"] in ("outdated", "wrong")]


def test_hosted_span_and_attribute_only_filter_policy_are_told(tmp_path):
    stale = ("# Networking and messaging\n\n"
             "## Direct Connect\n\n"
             "- Direct Connect hosted connection: 50 Mbps ~ 10 Gbps via partner\n"
             "- Direct Connect hosted connection 50 Mbps se 10 Gbps tak\n\n"
             "## SNS\n\n"
             "- SNS filter policy: JSON on the subscription, only matches message attributes, "
             "not the body\n")
    right = ("# Networking and messaging\n\n"
             "## SNS\n\n"
             "- SNS filter policy on the subscription: message attributes by default, or the "
             "body with FilterPolicyScope = MessageBody\n\n"
             "## Health\n\n"
             "- Your Account Health (ex Personal Health Dashboard) = events affecting YOUR "
             "resources\n")
    notes = two_note_folder(tmp_path, stale, right)
    ids = {line: {i for i, _ in found}
           for line, found in stale_flags(notes, tmp_path / "s.db").items()}
    assert "directconnect.hosted.bandwidth" in ids.get(5, set()), ids
    assert "directconnect.hosted.bandwidth" in ids.get(6, set()), ids
    assert "sns.filter-policy.scope" in ids.get(10, set()), ids
    _, found = check_findings(notes / "right.md", db=tmp_path / "r.db")
    assert _flagged(found) == [], found
