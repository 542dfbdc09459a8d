"""Right lines `studycli check` once told a student were wrong (found by a review of check26):

- a paragraph's opening line lent its service to every later line of the run, even past lines
  naming another service; a plain-text or RTF note has no blank line, so "SQS cheat sheet"
  spoke for a whole file (reference/line_claims.py _Trail);
- a line naming another service's thing ("Standard workflows" is Step Functions') read by the
  claims of its heading's service;
- Snowcone lines that say it is gone, Snowball Edge "existing customers only";
- a customer managed KMS key rotating "once a year" (one year IS the default period);
- "Q: KMS vs CloudHSM?" read as naming KMS alone (CloudHSM was no service in the catalogue).
The stale lines beside them stay flagged."""

from __future__ import annotations

from .helpers import check_findings


def _flagged(found) -> list:
    return [(x["line"], x["reference"]["id"]) for x in found
            if x["status"] in ("outdated", "wrong")]


def _flags(tmp_path, name: str, text: str) -> list:
    notes = tmp_path / "notes"
    notes.mkdir(exist_ok=True)
    (notes / name).write_text(text, encoding="utf-8")
    _, found = check_findings(notes / name, db=tmp_path / f"{name}.db")
    return _flagged(found)


def test_a_plain_text_line_naming_one_service_opens_its_own_context(tmp_path):
    flags = _flags(tmp_path, "plain.txt",
                   "SQS cheat sheet\nstandard queue = at least once\n"
                   "inflight fifo: 20000\n"
                   "Step Functions\nStandard workflows: exactly-once\n"
                   "Express: at-least-once\nSNS\nmax message size: 256 KB\n")
    # the stale SQS quota under "SQS cheat sheet" is still told
    assert any(line == 3 and i.startswith("sqs.") for line, i in flags), flags
    # Step Functions' exactly-once and SNS's size are no SQS claims
    assert not any(line >= 4 and i.startswith("sqs.") for line, i in flags), flags


def test_an_opening_naming_another_service_than_its_heading_lends_neither(tmp_path):
    flags = _flags(tmp_path, "rds.md",
                   "## RDS\nAurora is Amazon's own engine\n"
                   "- storage grows automatically up to 64 TB\n\n"
                   "## SQS\n- standard queue: at-least-once\n"
                   "- Standard workflows: exactly-once\n- Express: at-least-once\n")
    assert not any(i.startswith("aurora.") for _, i in flags), flags
    assert not any(line in (7, 8) and i.startswith("sqs.") for line, i in flags), flags


def test_snow_family_lines_that_say_the_device_is_gone_are_right(tmp_path):
    flags = _flags(tmp_path, "migration.md",
                   "## Migration\n- S3 ingest (2025): DataSync; Snowcone EOL\n"
                   "- S3 ingest: Snowcone sunset in 2024, use DataSync\n"
                   "- Snowcone (8 TB) end of life: 2024\n"
                   "- Snowball Edge: existing customers only since 2025\n"
                   "- Snowcone: 8 TB HDD, 14 TB SSD\n")
    assert [line for line, _ in flags] == [6], flags


def test_a_customer_managed_key_rotating_once_a_year_is_right_unless_only(tmp_path):
    flags = _flags(tmp_path, "kms.md",
                   "## KMS\n"
                   "- KMS customer managed keys rotate once a year if you turn it on\n"
                   "- CMK rotation: once a year (automatic, optional)\n"
                   "- AWS managed key: 1年ごと (必須) / customer managed key: 1年ごと (オプション)"
                   "\n"
                   "- customer managed key は1年ごと (期間は変更可)\n"
                   "- CMK rotation: only every 1 year\n")
    assert [line for line, i in flags if i.startswith("kms.rotation")] == [6], flags


def test_a_kms_versus_cloudhsm_answer_is_cloudhsm_s(tmp_path):
    flags = _flags(tmp_path, "hsm.md",
                   "## KMS\n\nQ: KMS vs CloudHSM?\nA: KMS = multi-tenant.\n"
                   "   CloudHSM: dedicated single-tenant hardware\n   FIPS 140-2 Level 3.\n\n"
                   "### CloudHSM\n- FIPS 140-2 Level 3 (hsm1)\n")
    assert not any(i.startswith("kms.") for _, i in flags), flags
