"""Review rt48c of session 48's lookup change: its clause-number and section-reference rules
must not take a figure for a section's number."""

from studycli.lookup.lines import _as_fact
from studycli.lookup.section_refs import without_references


def _line(text: str) -> dict:
    return _as_fact({"text": text, "source": "n.md", "line": 1, "bm25": -1.0})


def test_a_line_opening_on_a_decimal_figure_keeps_it():
    # "0.5 ACU", "2.5 million", "99.9 percent" state a figure; no section is numbered from 0
    assert _line("0.5 ACU minimum per instance")["value"].startswith("0.5 ACU")
    assert _line("2.5 million requests per month free")["value"].startswith("2.5 million")
    assert _line("99.9 percent availability SLA")["value"].startswith("99.9 percent")
    assert _line("2.5 vCPU per task")["value"].startswith("2.5 vCPU")


def test_a_clause_number_is_still_dropped():
    assert _line("4.1 Item size 400 KB")["value"] == "Item size 400 KB"
    assert _line("3.1 managed NFS, multi-AZ")["value"] == "managed NFS, multi-AZ"
    assert _line("5.1.2  Memory: 128 MB")["value"] == "Memory: 128 MB"


def test_an_address_after_see_is_no_section():
    assert without_references("default VPC: see 10.0.0.0/16") == "default VPC: see 10.0.0.0/16"
    assert without_references("cf. 2.5 million requests") == "cf. 2.5 million requests"
    assert without_references("User pools: see 5.1") == "User pools: see §"


def test_another_things_retention_is_no_backup_retention():
    from studycli.lookup.retention_asked import kept_thing_unsaid
    from studycli.lookup.text import stem

    own = [stem("backup")]
    tokens = ["rds", "backup", "retention"]
    insights = {"service": "RDS", "subject": "", "attribute": "retention period",
                "value": "7 days", "kind": "default",
                "snippet": "- Performance Insights retention: 7 days free, up to 2 years paid"}
    assert not kept_thing_unsaid(own, insights, tokens)
    plain = {**insights, "snippet": "- RDS retention: 7 days default, 1-35 days"}
    assert kept_thing_unsaid(own, plain, tokens)


def test_a_speakers_or_labels_retention_is_still_the_services():
    from studycli.lookup.retention_asked import kept_thing_unsaid
    from studycli.lookup.text import stem

    fact = {"service": "SQS", "subject": "", "attribute": "retention", "value": "4 days",
            "kind": "default", "snippet": "Sam: retention defaults to 4 days"}
    assert kept_thing_unsaid([stem("message")], fact, ["sqs", "message", "retention"])
    kds = {**fact, "service": "Kinesis Data Streams", "snippet": "- KDS retention: 24 hours"}
    assert kept_thing_unsaid([stem("data")], kds, ["kinesis", "data", "retention"])
