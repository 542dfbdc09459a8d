"""A stale claim of a note line is raised to an answer's own marker only when it is the
answer's service's claim: on "| msg size | 256 KB | 256 KB |" under SQS and SNS columns, SNS's
256 KB was shown "outdated per the AWS docs: now 1 MiB" with the SQS quotas page (a new user,
session 34); 256 KiB is still every SNS topic's default. The SQS answer keeps its mark, and
the SNS answer says the line's other claim is SQS's."""

from tests.helpers import run_here

NOTE = ("# SQS vs SNS\n\n| feature | SQS | SNS |\n|---|---|---|\n| model | pull | push |\n"
        "| msg size | 256 KB | 256 KB |\n")


def _lookup(tmp_path, query: str) -> str:
    notes = tmp_path / "notes"
    notes.mkdir(exist_ok=True)
    (notes / "m.md").write_text(NOTE)
    db = tmp_path / "m.db"
    if not db.exists():
        assert run_here("ingest", str(notes), db=db).returncode == 0
    result = run_here("lookup", query, db=db)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_another_services_stale_claim_is_not_the_answers_own(tmp_path):
    sns = _lookup(tmp_path, "sns max message size")
    first = sns.splitlines()[0]
    assert first.startswith("256 KB") and "outdated" not in first, sns
    assert "another claim on this line (SQS message size: 256 KB) is outdated" in sns, sns
    sqs = _lookup(tmp_path, "sqs max message size")
    assert "outdated per the AWS docs: now 1 MiB" in sqs.splitlines()[0], sqs
