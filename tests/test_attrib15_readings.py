"""Pass 15: what the freshest development notes (unseen32-34) showed the parser misreading, each
in wordings of our own: a struck-out old value, a cheat sheet's ".." range."""

from __future__ import annotations

from tests.helpers import parsed_quantities

_quantities = parsed_quantities


def test_struck_out_text_is_taken_back():
    facts = _quantities("# SNS\n\n- max payload ~~64 KB~~ 256 KB\n"
                        "- delivery retries ~~max 10~~ max 50 attempts\n")
    values = {(a, q, v) for _, _, a, q, v in facts}
    assert ("message size", "max", "256 KB") in values
    assert not any(v == "64 KB" for _, _, v in values)


def test_tildes_that_are_no_strikethrough_stay():
    # a "~~ S3 ~~" banner has spaces inside its marks; a fence is three tildes
    facts = _quantities("~~ EBS ~~\n\n- gp3 baseline 3,000 IOPS\n")
    assert [(s, v) for s, _, _, _, v in facts] == [("EBS", "3000 IOPS")]


def test_a_range_written_with_two_dots():
    facts = _quantities("# Kinesis Data Firehose\n\n- buffer 2MB..64MB, interval 90..600s\n")
    assert {(a, q, v) for _, _, a, q, v in facts} >= {
        ("buffer size", "range", "2–64 MB"), ("buffer interval", "range", "90–600 s"),
        ("buffer interval", "max", "600 s")}


def test_an_ellipsis_is_no_range():
    facts = _quantities("# SQS\n\n- batch of 5... 10 messages max\n")
    assert not any(q == "range" for _, _, _, q, _ in facts)


_CHEAT_SHEET = """=== SERVERLESS SHEET ===

[STEP FUNCTIONS]
express: max 5min
retries: 3 attempts, then -> DLQ (SQS) or alarm

[SNS]
msg <= 256KB
"""


def test_a_bracketed_label_on_its_own_line_titles_a_section():
    facts = _quantities(_CHEAT_SHEET, "sheet.txt")
    assert ("SNS", "256 KB") in {(s, v) for s, _, _, _, v in facts}
    # the lines under [STEP FUNCTIONS] are its own, not the SQS the second one sends to
    assert {s for s, _, _, _, v in facts if v in ("5 min", "3 attempts")} == {"Step Functions"}


def test_a_checkbox_is_no_section_label():
    facts = _quantities("# SQS\n\n[x]\nvisibility timeout max 12 hours\n", "todo.txt")
    assert {s for s, *_ in facts} == {"SQS"}


def test_a_service_an_arrow_leads_to_after_the_number_does_not_take_it():
    facts = _quantities("# Lambda\n\n- async: 2 retries, then event age max 5h -> DLQ (SQS)\n")
    assert {s for s, *_ in facts} == {"Lambda"}


def test_a_line_about_nothing_named_before_its_arrow_is_not_the_destinations():
    # a transcript line of its own: "big files -> EFS" says where they go
    facts = _quantities("study chat\n\n/tmp is 512 MB, cant change it, so big files -> EFS\n"
                        "\nLambda timeout max 15 min\n", "chat.txt")
    assert "EFS" not in {s for s, *_ in facts}


def test_a_chat_line_speaker_and_time_are_no_part_of_what_was_said():
    from studycli.extract import parse_note
    from studycli.model import Kind
    note = parse_note("[09:14] sam_k: throttled sync invokes get 429 TooManyRequestsException\n",
                      "lambda_chat.txt")
    values = {f.value for f in note.facts if f.kind == Kind.ERROR_CODE}
    assert values and not any("sam_k" in v or "09:14" in v for v in values)


def test_a_code_meaning_stops_before_another_statement():
    from studycli.extract import parse_note
    from studycli.model import Kind
    note = parse_note("# CloudFront\n\n- 502 Bad Gateway = origin TLS mismatch; keepalive "
                      "timeout default 5 s\n", "cf.md")
    codes = [f.value for f in note.facts if f.kind == Kind.ERROR_CODE]
    assert codes == ["Bad Gateway = origin TLS mismatch"]


_GLOSSARY = """# Cheat glossary

## Purchase options

Spot Instances
: up to 90% off, reclaimed with a 2-minute warning

Savings Plans
: commit for 1 or 3 years
"""


def test_a_definition_list_term_owns_its_definitions():
    facts = _quantities(_GLOSSARY)
    assert ("EC2", "Spot Instances", "2 min") in {(s, sub, v) for s, sub, _, _, v in facts}


def test_a_definition_list_term_is_read_as_an_item():
    from studycli.notes.normalize import normalize
    text = normalize(_GLOSSARY).text.splitlines()
    assert text[4:6] == ["- Spot Instances", "  - up to 90% off, reclaimed with a 2-minute warning"]


def test_a_colon_line_without_a_term_stays_as_written():
    from studycli.notes.normalize import normalize
    note = "# SQS\n\n: retention 4 days\n"
    assert normalize(note).text.splitlines()[2] == ": retention 4 days"


def test_a_capacity_unit_label_defines_the_unit_not_an_item_size():
    facts = _quantities("# DynamoDB\n\n- item max size 400kb\n- RCU: 1 strongly consistent "
                        "read/sec for items up to 4kb\n")
    assert [(a, q, v) for _, _, a, q, v in facts if v.endswith("KB")] == [
        ("item size", "max", "400 KB")]


def test_a_heading_listing_services_names_no_measure():
    # "ElastiCache" in the heading made DynamoDB's partition limit a cache size
    facts = _quantities("# Data stores (RDS, Aurora, DynamoDB, ElastiCache)\n\n## DynamoDB\n\n"
                        "- 10gb limit per partition key value\n")
    assert [a for _, _, a, _, _ in facts] == ["partition key value"]


def test_cost_explorer_is_a_service():
    facts = _quantities("# Billing tools\n\n- Cost Explorer: forecast up to 12 months ahead\n")
    assert [(s, v) for s, _, _, _, v in facts] == [("Cost Explorer", "12 months")]


def test_a_bare_count_after_a_label_counting_things_per_a_scope():
    facts = _quantities("# IAM\n\n- customer managed policies per account >> 1500\n"
                        "- server certificates per account: 20\n"
                        "Instance profiles per account        1000        Yes\n")
    # (the label's words that say which things are counted stay: a server certificate, an
    # instance profile; review 47 H10)
    assert {(a, v) for _, _, a, _, v in facts} >= {
        ("server certificates (per account)", "20 server certificates"),
        ("instance profiles (per account)", "1000 Instance profiles")}
    assert all(q == "" for _, _, _, q, _ in facts)  # ">>" is an arrow, no "at least"


def test_the_noun_right_before_per_is_what_is_counted():
    facts = _quantities("# SNS\n\n- SNS subscriptions per topic :: 12,500,000\n")
    assert [v for *_, v in facts] == ["12,500,000 subscriptions"]


def test_a_number_after_a_per_label_with_a_unit_is_left_to_the_quantity_reader():
    facts = _quantities("# Kinesis Data Streams\n\n- writes per shard: 1 MB/s\n")
    assert [v for *_, v in facts] == ["1 MB/s"]


def test_a_value_the_line_denies_is_not_read():
    facts = _quantities("# SNS\n\n- message size max NOT 64 KB -> it's 256 KB\n")
    assert [(q, v) for _, _, _, q, v in facts] == [("max", "256 KB")]


def test_only_the_value_right_after_not_is_denied():
    facts = _quantities("# SQS\n\n- ReceiveMessage max 10 messages per call (not 100)\n")
    assert [v for *_, v in facts] == ["10 messages"]


def test_an_equals_sign_before_a_qualifier_names_the_values_qualifier():
    facts = _quantities("# SQS\n\n- retention: 345,600 s default. 1,209,600 s = MAX\n")
    assert ("max", "1,209,600 s") in {(q, v) for _, _, _, q, v in facts}


def test_a_service_in_an_aside_after_the_number_does_not_take_it():
    facts = _quantities("# EC2\n\nSpot is cheap, but AWS reclaims it with a 2-minute warning "
                        "(a notice in metadata + EventBridge).\n")
    assert [(s, v) for s, _, _, _, v in facts] == [("EC2", "2 min")]


def test_a_bracket_right_after_a_number_still_names_its_owner():
    facts = _quantities("# Compute\n\n- timeout: 15 min (Lambda), 29 s (API Gateway)\n")
    assert {(s, v) for s, _, _, _, v in facts} == {("Lambda", "15 min"), ("API Gateway", "29 s")}
