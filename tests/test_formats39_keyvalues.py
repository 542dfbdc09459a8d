"""Session 39 (fmt39, issue 10): facts kept as YAML, JSON and TOML read by their whole key path.

Each test fails on the session-39 start code (64efcba2)."""

from __future__ import annotations

import json

from studycli.extract import parse_note
from studycli.formats import as_markdown
from studycli.formats.json_data import is_data_map


def _facts(text: str, suffix: str) -> list[tuple[int, str, str, str, str]]:
    markdown = as_markdown(text, suffix)
    assert len(markdown.split("\n")) == len(text.split("\n"))  # line for line
    return [(f.line, f.service, f.subject, f.attribute, f.value)
            for f in parse_note(markdown, "n" + suffix).facts if f.kind != "fact"]


YAML = """lambda:
  memory:
    min_mb: 128
    max_mb: 10240
  timeout_sec: 900
  # note: burst depends on region
sqs:
  fifo:
    throughput_per_sec: 300
  delay_seconds: {default: 0, max: 900}
"""


def test_a_key_back_out_of_a_nested_map_is_not_under_its_last_key():
    facts = _facts(YAML, ".yaml")
    timeout = [f for f in facts if f[0] == 5]
    assert timeout and all("memory" not in f[3] for f in timeout)
    assert any(f[4] == "900 s" for f in timeout)
    lines = as_markdown(YAML, ".yaml").split("\n")
    assert lines[4] == "- timeout: 900 s"
    # the heading over it is its service's, not its sibling map's ("## memory" was)
    assert [h for h in lines[:4] if h.startswith("#")] == ["# lambda"]
    assert lines[1:4] == ["- memory:", "  - min: 128 MB", "  - max: 10240 MB"]


def test_a_rate_key_names_no_duration_and_a_map_key_gives_its_unit_to_its_values():
    lines = as_markdown(YAML, ".yaml").split("\n")
    assert "300 s" not in lines[8]  # "throughput per sec" is no 300-second duration
    assert lines[9].endswith("delay: default 0 s, max 900 s")
    assert as_markdown("kinesis:\n  shard:\n    write: {mb_per_sec: 1, records_per_sec: 1000}\n",
                       ".yaml").split("\n")[2].endswith("write: 1 MB/s, 1000 records/s")


def test_a_list_item_named_by_its_name_key_is_the_variant_of_its_siblings():
    text = ("ebs_volume_types:\n  - name: gp3\n    max_iops: 16000\n"
            "  - name: io1\n    max_iops: 64000\n")
    facts = _facts(text, ".yml")
    assert any(f[0] == 3 and f[2] == "gp3" and "16,000" in f[4] for f in facts)
    assert any(f[0] == 5 and f[2] == "io1" and "64,000" in f[4] for f in facts)


def test_camel_case_keys_are_words_and_their_unit_moves_onto_the_number():
    text = json.dumps({"dynamodb": {"itemSizeMaxKB": 400, "lsiPerTable": 5,
                                    "backupRetentionDays": {"default": 7, "max": 35},
                                    "batchWriteItem": {"maxItems": 25},
                                    "streams": {"retentionHours": 24}}}, indent=2)
    lines = as_markdown(text, ".json").split("\n")
    assert "- item size max: 400 KB" in lines
    # a map under a key naming a unit: its bare numbers are in that unit
    assert "- default: 7 days" in lines and "- max: 35 days" in lines
    facts = _facts(text, ".json")
    assert any(f[1] == "DynamoDB" and f[4] == "400 KB" for f in facts)
    # a PascalCase name (an exception, an API) stays whole
    pascal = as_markdown("kinesis:\n  ProvisionedThroughputExceededException: backoff\n", ".yaml")
    assert "ProvisionedThroughputExceededException" in pascal


def test_a_note_apps_json_export_is_not_a_sheet_of_figures():
    keep = json.dumps([{"title": "SQS", "textContent": "max message 256 KB"}], indent=2)
    cards = json.dumps({"cards": [{"front": "sqs max size?", "back": "256 KB"}] * 6}, indent=2)
    sheet = json.dumps({"sqs": {"maxSizeKB": 256, "retentionDays": 4, "delayMax": 900,
                                "batch": 10, "fifoTps": 300}}, indent=2)
    assert not is_data_map(keep.split("\n"))
    assert not is_data_map(cards.split("\n"))
    assert is_data_map(sheet.split("\n"))
    assert not is_data_map(json.dumps(sheet).split("\n"))  # not an object: a string


def test_a_toml_inline_table_is_read_as_a_flow_map_in_its_keys_unit():
    text = "[kms]\nkey_deletion_waiting_days = { min = 7, max = 30, default = 30 }\n"
    assert as_markdown(text, ".toml").split("\n")[1] == \
        "- key deletion waiting: min 7 days, max 30 days, default 30 days"
    assert any(f[0] == 2 and f[4] == "7 days" for f in _facts(text, ".toml"))


def test_a_bound_key_of_one_plural_noun_counts_that_noun():
    text = "s3:\n  multipart:\n    max_parts: 10000\n  default_port_postgres: 5432\n"
    lines = as_markdown(text, ".yaml").split("\n")
    assert lines[2].endswith("- max: 10000 parts")
    assert lines[3].endswith("default port postgres: 5432")  # "postgres" is no count
    assert any(f[0] == 3 and f[3] == "parts" and "10,000" in f[4] for f in _facts(text, ".yaml"))
