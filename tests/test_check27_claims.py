"""check27: a customer managed KMS key's optional rotation given as "every 1 year" (the year as
the period itself, before custom rotation periods) is told; hosted Direct Connect's old span
written with a tilde or a Hindi "se ... tak" is told; the old Personal Health Dashboard name
given as the old name ("ex Personal Health Dashboard") is not. Right lines stay unflagged."""

from __future__ import annotations

from .helpers import check_findings, stale_flags, two_note_folder


def _flagged(found) -> list:
    return [(x["line"], x["reference"]["id"]) for x in found
            if x["status"] in ("outdated", "wrong")]


def test_optional_yearly_rotation_and_hosted_span_are_told(tmp_path):
    stale = ("# Security and networking\n\n"
             "## KMS\n\n"
             "- KMS customer managed keys: optional auto rotation every year\n"
             "- KMS customer managed keys — optional, every 1 year when enabled\n\n"
             "## Direct Connect\n\n"
             "- Direct Connect hosted connection: 50 Mbps ~ 10 Gbps via partner\n"
             "- Direct Connect hosted connection 50 Mbps se 10 Gbps tak\n")
    right = ("# Security and networking\n\n"
             "## KMS\n\n"
             "- KMS customer managed keys: optional rotation, every year by default "
             "(custom period 90-2560 days)\n"
             "- KMS customer managed keys optional rotation every year, AWS managed keys every "
             "year too\n\n"
             "## Health\n\n"
             "- Your Account Health (ex Personal Health Dashboard) = events affecting YOUR "
             "resources\n")
    notes = two_note_folder(tmp_path, stale, right)
    ids = {line: {i for i, _ in found}
           for line, found in stale_flags(notes, tmp_path / "s.db").items()}
    assert "kms.rotation-period.yearly-only" in ids.get(5, set()), ids
    assert "kms.rotation-period.yearly-only" in ids.get(6, set()), ids
    assert "directconnect.hosted.bandwidth" in ids.get(10, set()), ids
    assert "directconnect.hosted.bandwidth" in ids.get(11, set()), ids
    _, found = check_findings(notes / "right.md", db=tmp_path / "r.db")
    assert _flagged(found) == [], found
