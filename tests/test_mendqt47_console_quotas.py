"""The Service Quotas console's page copied as text (tab-separated, or lined up with spaces),
read as its CSV export is (review 47, H2, H3, H10, M4, M1, H11): a quota row with no unit is
no count of its name's first noun, AWS's default column is a quota (no setting's default)
and is told apart from the account's applied value, and a count keeps the words that say
which things it counts ("Elastic IP addresses", "Internet gateways")."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from studycli.extract.pipeline import parse_note
from studycli.extract.table_layouts import with_noun
from studycli.formats import as_markdown
from studycli.model import Fact
from studycli.questions.stems import attribute_name

from .helpers import run_here

HEADER = ("Quota name", "Applied account-level quota value", "AWS default quota value",
          "Adjustability")
ROWS = [
    ("Concurrent executions", "3,000", "1,000", "Account level"),
    ("Function timeout", "900", "900", "Not adjustable"),
    ("Function memory maximum", "10,240", "10,240", "Not adjustable"),
    ("Max message size", "256", "256", "Not adjustable"),
    ("Table-level read throughput limit", "40,000", "40,000", "Account level"),
]
VPC_ROWS = [
    ("VPCs per Region", "10", "5", "Account level"),
    ("Internet gateways per Region", "5", "5", "Account level"),
    ("Security groups per network interface", "5", "5", "Account level"),
    ("Elastic IP addresses per Region", "5", "5", "Account level"),
    ("NAT gateways per Availability Zone", "5", "5", "Account level"),
]


def _tabbed(title: str, rows) -> str:
    return "\n".join([title, "", "\t".join(HEADER), *("\t".join(r) for r in rows)]) + "\n"


def _spaced(title: str, rows) -> str:
    widths = [max(len(r[c]) for r in [HEADER, *rows]) for c in range(4)]
    lines = ["   ".join(cell.ljust(widths[c]) for c, cell in enumerate(r)).rstrip()
             for r in [HEADER, *rows]]
    return "\n".join([title, "", *lines]) + "\n"


def _copies() -> dict[str, str]:
    lam = "Service Quotas > AWS services > AWS Lambda   (copied from my account)"
    vpc = "Service Quotas > AWS services > Amazon Virtual Private Cloud (Amazon VPC)"
    return {"tabs": _tabbed(lam, ROWS) + "\n" + _tabbed(vpc, VPC_ROWS),
            "spaces": _spaced(lam, ROWS) + "\n" + _spaced(vpc, VPC_ROWS)}


def _facts(text: str) -> list[Fact]:
    return parse_note(as_markdown(text, ".txt"), "quotas.txt").facts


def _valued(text: str) -> set[tuple[str, str, str]]:
    return {(f.service, f.attribute, f.value) for f in _facts(text) if f.number is not None}


def test_a_quota_named_as_a_time_or_size_is_no_count_of_its_first_noun():
    for how, text in _copies().items():
        values = {v for s, _, v in _valued(text) if s == "Lambda"}
        assert not any("function" in v.lower() for v in values), (how, values)
        assert not any(v.lower().endswith(("messages", "tables")) for v in values), (how, values)
        assert "1000 Concurrent executions" in values, (how, values)


def test_with_noun_counts_only_what_the_name_counts():
    assert with_noun("900", "Function timeout") == "900"
    assert with_noun("10,240", "Function memory maximum") == "10,240"
    assert with_noun("256", "Asynchronous payload") == "256"
    assert with_noun("40,000", "Table-level read throughput limit") == "40,000"
    # a count: a plural head, or a thing counted, whatever its scope
    assert with_noun("20", "GSIs per table") == "20 GSIs per table"
    assert with_noun("20", "GSI per table") == "20 GSI per table"
    assert with_noun("2,500", "Maximum number of tables") == "2,500 tables"
    assert with_noun("5,500", "Requests per second") == "5,500 Requests per second"
    # a name that gives the unit gives it to the number
    assert with_noun("50", "Storage for General Purpose SSD (gp3) volumes, in TiB") == "50 TiB"
    assert with_noun("14", "Message retention (days)") == "14 days"


def test_tabs_and_spaces_read_alike_and_keep_what_is_counted():
    tabs, spaces = (_valued(t) for t in _copies().values())
    assert tabs == spaces
    vpc = {a: v for s, a, v in tabs if s == "VPC"}
    assert vpc["vpcs (per region)"] == "5 VPCs"  # AWS's quota, not the account's 10
    assert vpc["internet gateways (per region)"] == "5 Internet gateways"
    assert vpc["elastic ip addresses (per region)"] == "5 Elastic IP addresses"
    assert vpc["nat gateways (per availability zone)"] == "5 NAT gateways"
    assert vpc["security groups (per network interface)"] == "5 security groups"


def test_a_counts_kind_is_kept_in_a_label_but_not_a_sentences_words():
    def counted(line: str) -> set[str]:
        return {f.attribute for f in parse_note(f"# VPC\n\n- {line}\n", "n.md").facts
                if f.number is not None}

    assert counted("Max NAT gateways per AZ: 5") == {"nat gateways (per az)"}
    assert counted("Egress-only internet gateways per Region: 5") == {
        "egress-only internet gateways (per region)"}
    # a clause before the noun is no kind of it
    assert "i think users (per account)" not in counted("I think users per account: 5000")
    # a number with its own noun after it counts that, not the label's noun
    assert not any(a.startswith("ebs volumes") for a in counted(
        "EBS volumes per Nitro instance: 28 attachments (ENIs + volumes + NVMe)"))


def test_the_statement_says_which_value_is_aws_quota_and_which_the_accounts():
    for how, text in _copies().items():
        rows = [f.value for f in _facts(text) if f.number is None and f.line and
                f.value.startswith("VPCs per Region")]
        assert rows == ["VPCs per Region | 5 (AWS quota) | 10 (this account's applied "
                        "quota) | Account level"], (how, rows)
        # the default column is the quota: its statement says no "default"
        # one figure twice stays as copied; its statement is a maximum's, no default's
        timeout = [f for f in _facts(text) if f.value.startswith("Function timeout")]
        assert [(f.value, f.qualifier) for f in timeout] == [
            ("Function timeout | 900 | 900 | Not adjustable", "max")], (how, timeout)


def test_the_csv_export_reads_the_same_rows_alike():
    csv = ("Service,Quota name,Applied value,AWS default value,Adjustable,Unit\n"
           "Amazon Virtual Private Cloud (Amazon VPC),VPCs per Region,10,5,Yes,None\n"
           "Amazon Virtual Private Cloud (Amazon VPC),Elastic IP addresses per Region,5,5,Yes,"
           "None\n"
           "Amazon Virtual Private Cloud (Amazon VPC),Internet gateways per Region,5,5,Yes,None\n")
    found = {(f.attribute, f.value) for f in parse_note(as_markdown(csv, ".csv"), "q.md").facts
             if f.number is not None}
    assert found == {("vpcs (per region)", "5 VPCs"),
                     ("elastic ip addresses (per region)", "5 Elastic IP addresses"),
                     ("internet gateways (per region)", "5 Internet gateways")}


def test_an_elastic_ip_quota_is_not_asked_as_the_addresses_aws_reserves():
    eip = Fact("VPC", "", "elastic ip addresses (per region)", "limit", "",
               "5 Elastic IP addresses", 5.0, "count")
    assert "reserve" not in attribute_name(eip).lower()
    # the bare count of addresses is still named AWS's way
    reserved = Fact("VPC", "", "addresses", "limit", "", "5 addresses", 5.0, "count")
    assert "reserves in each subnet" in attribute_name(reserved)


def _cli(db: Path, *args: str) -> subprocess.CompletedProcess:
    """The console script's entry in this process (run_here): what these tests check is each
    lookup's answer, not a process's start-up; ten lookups and an ingest in real processes
    were ~0.9 s of CPU. The real process's answers are checked elsewhere (test_readme,
    test_lookup's subprocess tests)."""
    return run_here(*args, db=db)


def test_lookups_on_the_console_copy(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "quotas.txt").write_text(_copies()["tabs"])
    db = tmp_path / "x.db"
    assert _cli(db, "ingest", str(notes)).returncode == 0

    def first(query: str) -> list[dict]:
        return json.loads(_cli(db, "lookup", query, "--json").stdout)

    # H3: the quota's "AWS default quota value" is no default timeout
    for query in ("lambda default timeout", "lambda timeout default",
                  "default timeout of a lambda function"):
        assert first(query) == [], query
    # H2: no row counts functions
    assert not any("function" in h["value"].lower() and h["number"] is not None
                   for h in first("how many lambda functions can i have"))
    # M1: the rows answer, however the scope is typed
    for query, value in (("max security groups per eni", "5 security groups"),
                         ("security groups per network interface", "5 security groups"),
                         ("nat gateways per az", "5 NAT gateways"),
                         ("how many nat gateways per availability zone", "5 NAT gateways"),
                         ("how many vpcs per region", "5 VPCs")):
        hits = first(query)
        assert hits and hits[0]["value"] == value, (query, hits[:1])


# review 47 of mendqt47 (H1, M1, M2)

def test_a_settings_table_with_default_and_applied_columns_is_no_quota_sheet():
    # "Default value | Applied value" (an RDS parameter group): 7 is no AWS quota, and the
    # statement is no maximum ("rds max backup retention" was answered "7 (AWS quota)")
    for header in ("| Parameter | Default value | Applied value |",
                   "| Setting | Default | Current quota |"):
        text = (f"# RDS\n\n{header}\n|---|---|---|\n| backup retention | 7 | 35 |\n"
                "| max_connections | 100 | 500 |\n")
        facts = parse_note(text, "n.md").facts
        assert not any("AWS quota" in f.value for f in facts), (header, facts)
        assert not any(f.value.startswith("backup retention") and f.qualifier == "max"
                       for f in facts), header
    # the console's own sheet, markdown as well, still says which is which
    sheet = ("# VPC\n\n| Quota name | Applied account-level quota value | AWS default quota value "
             "|\n|---|---|---|\n| VPCs per Region | 10 | 5 |\n")
    assert any(f.value == "VPCs per Region | 5 (AWS quota) | 10 (this account's applied quota)"
               for f in parse_note(sheet, "n.md").facts)


def test_a_rate_per_a_scope_is_no_count_per_that_scope():
    facts = parse_note("# S3\n\n- Writes per second per prefix: 3500\n"
                       "- NAT gateways per Availability Zone: 5\n", "n.md").facts
    counted = {(f.attribute, f.value) for f in facts if f.number is not None}
    assert not any(v.endswith("Writes") for _, v in counted), counted
    assert any(v == "5 NAT gateways" for _, v in counted), counted


def test_an_initialisms_plural_in_a_table_row_counts_it():
    assert with_noun("5", "Elastic IPs per Region") == "5 Elastic IPs per Region"
    assert with_noun("3", "AZs per Region") == "3 AZs per Region"
    text = ("# EC2\n\n| Resource | Limit |\n|---|---|\n| Elastic IPs per Region | 5 |\n"
            "| Key pairs per region | 5000 |\n")
    values = {f.value for f in parse_note(text, "n.md").facts if f.number is not None}
    assert "5 Elastic IPs" in values and "5 IP addresses" not in values, values


def test_a_sheet_is_judged_once_per_table_not_once_per_row(monkeypatch):
    # read-through: quota_cells asked _console_sheet_columns for every row, and it reads every
    # row (_is_quota_table): a long table of this shape cost rows squared
    from studycli.extract import table_layouts
    from studycli.notes.tables import Table

    calls = []
    real = table_layouts._is_quota_table
    monkeypatch.setattr(table_layouts, "_is_quota_table",
                        lambda t: calls.append(1) or real(t))
    rows = [["Setting", "Default", "Applied value"],
            *([f"setting {i}", "5", "10"] for i in range(200))]
    table = Table(rows=rows, lines=list(range(1, len(rows) + 1)))
    for row in rows[1:]:
        table_layouts.quota_cells(table, row)
    assert len(calls) <= 1
