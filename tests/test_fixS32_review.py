"""Review of the shape32 branch: each case a note a student writes that the branch's new
readings got wrong (a service name taken for a chat sender, quantities read as error codes, a
quota sheet's Count unit, a CSV's section label, brand names with a short name in brackets, a
comment on SAM's Globals key, a Type column taken for the record's metadata, a numbered
table)."""

from __future__ import annotations

from studycli.extract.pipeline import parse_note
from studycli.extract.table_layouts import row_service
from studycli.formats import as_markdown
from studycli.notes.normalize import _inline_cleanup


def _facts(text: str, suffix: str = ".md"):
    markdown = text if suffix == ".md" else as_markdown(text, suffix)
    return parse_note(markdown, "notes" + suffix).facts


def _quantities(text: str, suffix: str = ".md"):
    return {(f.service, f.value) for f in _facts(text, suffix) if f.number is not None}


def test_a_service_in_the_senders_place_is_kept():
    # a study log dated the way a chat export is: "Lambda:" is what the line is about
    assert _inline_cleanup("12/03/26, 21:16 - Lambda: max timeout 15 min") \
        == "Lambda: max timeout 15 min"
    assert ("Lambda", "15 min") in _quantities(
        "## Study log\n\n12/03/26, 21:16 - Lambda: max timeout 15 min\n")
    # a person's name still goes
    assert _inline_cleanup("12/03/26, 21:16 - Kenji: async") == "async"


KEYED = ("Service | Attribute | Value\n---|---|---\n"
         "Lambda | burst concurrency (throttle) | 500\n"
         "API GW | throttle rate limit | 100\n"
         "S3 | 100 | buckets per account\n"
         "DynamoDB | 400 | KB item size\n")


def test_ordinary_numbers_are_no_error_codes():
    for text in (KEYED, "Lambda | burst concurrency (throttle) | 500\n"
                        "API GW | throttle rate limit | 100\n"
                        "S3 | 100 | buckets per account\n"
                        "DynamoDB | 400 | KB item size\n"):
        codes = [f for f in _facts(text) if f.kind.value == "error_code"]
        assert codes == []


def test_count_units_keep_the_quotas_noun():
    text = ("Service,Quota name,Applied value,AWS default value,Adjustable,Unit\n"
            "AWS Lambda,Concurrent executions,1000,1000,Yes,Count\n"
            "Amazon SQS,Messages per second,300,300,No,Count/Second\n")
    found = _quantities(text, ".csv")
    assert ("Lambda", "1000 Concurrent executions") in found
    assert any(s == "SQS" and v.startswith("300") and "s" in v.split()[-1] for s, v in found)
    assert not any("Count" in v for _, v in found)


def test_a_section_label_after_a_blank_record_keeps_the_row_below():
    text = ("Service,Quota,Value,Unit\n"
            "AWS Lambda,Function timeout,900,Seconds\n"
            ",,,\n"
            "Storage,,,\n"
            "Amazon S3,Max object size,5,Terabytes\n"
            "Amazon SQS,Message retention,14,Days\n")
    found = _quantities(text, ".csv")
    assert ("Lambda", "900 s") in found
    assert ("S3", "5 TB") in found
    assert ("SQS", "14 days") in found


def test_a_record_table_looks_for_its_service_column_once(monkeypatch):
    import studycli.extract.table_layouts as layouts

    calls = 0
    real = layouts.find_services

    def counted(text: str):
        nonlocal calls
        calls += 1
        return real(text)

    monkeypatch.setattr(layouts, "find_services", counted)
    rows = 300
    _facts("Name,Service,Fact,Tags\n" + "".join(
        f"fact {k},Lambda,timeout {k % 900} s,limits\n" for k in range(rows)), ".csv")
    assert calls < rows * 10  # row by row over the whole table it was rows * rows


def test_full_names_with_their_short_name_name_the_service():
    assert row_service(["Amazon Elastic Block Store (Amazon EBS)", "x"], "") == "EBS"
    assert row_service(["AWS Key Management Service (AWS KMS)", "x"], "") == "KMS"
    assert row_service(["Amazon Elastic File System (EFS)", "x"], "") == "EFS"
    # two services' names: not this rule's (the first one's, as before)
    assert row_service(["AWS Glue (Amazon Athena)", "x"], "") in ("Glue", "")


def test_a_comment_on_sams_globals_function_key_is_read():
    text = ("AWSTemplateFormatVersion: '2010-09-09'\n"
            "Transform: AWS::Serverless-2016-10-31\n"
            "Globals:\n"
            "  Function:   # every function: max timeout 900 s\n"
            "    Runtime: python3.12\n")
    assert ("Lambda", "900 s") in _quantities(text, ".yaml")


def test_a_type_column_is_part_of_the_record():
    text = ("| Need | Service | Max | Type |\n|---|---|---|---|\n"
            "| fan out | SNS | 256 KB | push |\n"
            "| queue | SQS | 256 KB | pull |\n")
    said = " ".join(f.value + " " + f.attribute for f in _facts(text) if f.service == "SNS")
    assert "push" in said


def test_a_numbered_table_is_read_without_its_row_numbers():
    text = ("| # | Service | Quota | Value |\n|---|---|---|---|\n"
            "| 1 | Lambda | Timeout | 15 min |\n"
            "| 2 | DynamoDB | GSIs per table | 20 |\n")
    facts = [f for f in _facts(text) if f.number is not None]
    assert any(f.service == "Lambda" and f.value == "15 min"
               and "timeout" in f.attribute for f in facts)
    assert any(f.service == "DynamoDB" and f.value.startswith("20") for f in facts)


def test_a_count_with_its_scope_beside_a_status_number_is_no_error_code():
    # a last read: "CloudFormation | 500 | resources per stack" was filed as error 500
    text = ("CloudFormation | 500 | resources per stack\n"
            "ECS | 500 | services per cluster\n"
            "S3 | 503 | SlowDown\n"
            "API Gateway | 429 | too many requests per second\n"
            "ELB | 503 | no healthy targets in a target group\n")
    codes = {(f.service, f.attribute) for f in _facts(text) if f.kind.value == "error_code"}
    assert codes == {("S3", "503"), ("API Gateway", "429"), ("ELB", "503")}


def test_a_titled_sheets_section_label_repeats_its_header_not_its_title():
    # a last read: the label's rows got the title "AWS quotas tracker" as their header and
    # their limits were lost
    text = ("AWS quotas tracker,,,\n\n"
            "Service,Quota,Value,Unit\n"
            "AWS Lambda,Function timeout,900,Seconds\n"
            ",,,\n"
            "Storage,,,\n"
            "Amazon S3,Max object size,5,Terabytes\n")
    found = _quantities(text, ".csv")
    assert ("Lambda", "900 s") in found
    assert ("S3", "5 TB") in found
