"""The Service Quotas console's CSV export ("Service,Quota name,Applied value,AWS default
value,Adjustable,Unit"): each row's unit is in its own column, its service is the console's
full name with the short one in brackets, and its value is given twice (the account's applied
value beside AWS's default). Read as a long-format table, the unit was lost ("900 functions"
for Lambda's timeout), EC2's and VPC's rows were nobody's, and the default column was read as
a setting's default."""

from __future__ import annotations

from studycli.extract.pipeline import parse_note
from studycli.extract.table_layouts import row_service
from studycli.formats import as_markdown

EXPORT = (
    "Service,Quota name,Applied value,AWS default value,Adjustable,Unit\n"
    "AWS Lambda,Function timeout,900,900,No,Seconds\n"
    "AWS Lambda,Asynchronous payload,256,256,No,Kilobytes\n"
    "Amazon Elastic Compute Cloud (Amazon EC2),Running On-Demand Standard instances,64,5,Yes,vCPU\n"
    "Amazon Virtual Private Cloud (Amazon VPC),VPCs per Region,5,5,Yes,None\n"
    "Amazon Virtual Private Cloud (Amazon VPC),Rules per network ACL,20,20,Yes,None\n")


def _quantities(text: str, suffix: str = ".csv"):
    facts = parse_note(as_markdown(text, suffix), "quotas.md").facts
    return [f for f in facts if f.number is not None]


def test_the_unit_column_gives_each_number_its_unit():
    found = {(f.service, f.value, f.kind.value) for f in _quantities(EXPORT)}
    assert ("Lambda", "900 s", "limit") in found
    assert ("Lambda", "256 KB", "limit") in found
    assert not any("function" in v.lower() for s, v, _ in found if s == "Lambda")


def test_the_quota_is_aws_default_not_the_accounts_applied_value():
    ec2 = [f for f in _quantities(EXPORT) if f.service == "EC2"]
    assert [f.value for f in ec2] == ["5 vCPUs"]
    # on a quota sheet the default column is the quota itself, not a setting's default
    assert not [f for f in _quantities(EXPORT) if f.kind.value == "default"]


def test_the_console_names_rows_by_full_name_and_short_name():
    vpc = {f.value for f in _quantities(EXPORT) if f.service == "VPC"}
    assert "5 VPCs" in vpc  # "VPCs per Region" keeps the noun its service's name spells
    assert "20 rules" in vpc
    assert row_service(["Amazon Elastic Compute Cloud (Amazon EC2)"], "") == "EC2"


def test_a_row_label_with_a_service_in_brackets_is_not_that_services():
    # no branded full name before the brackets: a quota of the table's own service
    assert row_service(["Function timeout (EC2)"], "Lambda") == "Lambda"
    assert row_service(["Amazon Elastic Compute Cloud (compute)"], "Lambda") == "Lambda"


def test_a_settings_sheet_keeps_its_defaults():
    # no Adjustable column and no applied value: the Default column is a setting's default
    text = ("Service,Setting,Default value,Unit\n"
            "AWS Lambda,Function timeout,3,Seconds\n"
            "Amazon SQS,Visibility timeout,30,Seconds\n")
    found = {(f.service, f.value, f.kind.value) for f in _quantities(text)}
    assert ("Lambda", "3 s", "default") in found
    assert ("SQS", "30 s", "default") in found


def test_an_applied_value_alone_is_read():
    # no AWS default column beside it: the applied value is the only one there is
    text = ("Service,Quota name,Applied value,Unit\n"
            "AWS Lambda,Function timeout,900,Seconds\n"
            "AWS Lambda,Synchronous payload,6,Megabytes\n")
    found = {(f.service, f.value) for f in _quantities(text)}
    assert ("Lambda", "900 s") in found and ("Lambda", "6 MB") in found


def test_a_sheets_title_row_is_a_title_not_the_tables_header():
    # Google Sheets writes a title typed in the first cell as a record of empty fields
    text = ("AWS quotas tracker - exported from Google Sheets,,,,\n"
            "Service,Quota,Value,Unit,Adjustable?\n"
            "IAM,Users per account,\"5,000\",users,No\n"
            "IAM,Groups per account,300,groups,Yes\n"
            ",,,,\n"
            "notes: check the KMS ones before the exam,,,,\n")
    markdown = as_markdown(text, ".csv").split("\n")
    assert markdown[0] == "AWS quotas tracker - exported from Google Sheets"
    assert markdown[5] == "notes: check the KMS ones before the exam"
    found = {(f.service, f.value) for f in _quantities(text)}
    assert ("IAM", "5000 users") in found and ("IAM", "300 groups") in found


def test_a_label_row_amid_the_rows_stays_a_row():
    # "Compute,,," between rows of data: one table, its header kept (no title to lift)
    text = ("Service,Quota,Value,Unit\n"
            "Compute,,,\n"
            "AWS Lambda,Function timeout,900,Seconds\n")
    markdown = as_markdown(text, ".csv").split("\n")
    assert markdown[1].startswith("| Compute |")
    assert ("Lambda", "900 s") in {(f.service, f.value) for f in _quantities(text)}


def test_a_quota_named_maximum_number_of_things_counts_the_things():
    text = ("Amazon DynamoDB\n"
            "Quota name\tApplied account-level quota value\tAWS default quota value\t"
            "Adjustability\n"
            "Maximum number of tables\t2,500\t2,500\tAccount level\n"
            "Global secondary indexes per table\t20\t20\tAccount level\n")
    found = {(f.service, f.value) for f in _quantities(text, ".txt")}
    assert ("DynamoDB", "2500 tables") in found  # "2,500 number of tables" gave nothing
    # (which indexes are counted is kept: review 47 H10)
    assert ("DynamoDB", "20 Global secondary indexes") in found
