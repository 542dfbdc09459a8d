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


# Review of fmt39: probes on notes nobody tuned for (each fails without its fix)

def test_a_map_keys_unit_goes_only_to_keys_that_name_no_thing_of_their_own():
    text = ("kinesis:\n  shard_limits_per_sec:\n    write_mb: 1\n    write_records: 1000\n"
            "rds:\n  storage_gb:\n    max: 65536\n    max_read_replicas: 15\n"
            "ebs:\n  volume_size_gb:\n    gp2: 16384\n")
    lines = as_markdown(text, ".yaml").split("\n")
    # a `_per_sec` map passes on no "s": 1000 records are no 1000 seconds
    assert lines[3] == "- write records: 1000"
    # a count of replicas under `storage_gb:` is no storage size
    assert lines[7] == "- max read replicas: 15"
    assert lines[6] == "- max: 65536 GB" and lines[10] == "- gp2: 16384 GB"
    facts = _facts(text, ".yaml")
    assert not any(f[4].endswith((" s", "GB")) and f[0] in (4, 8) for f in facts)
    assert not any("read replica" in f[2] and f[4] == "15 GB" for f in facts)


def test_a_camel_case_service_name_key_stays_the_service():
    text = ("elastiCache:\n  max_nodes_per_cluster: 90\n"
            "cloudTrail:\n  trails_per_region_max: 5\n")
    lines = as_markdown(text, ".yaml").split("\n")
    assert lines[0] == "# elastiCache" and lines[2] == "# cloudTrail"
    facts = _facts(text, ".yaml")
    assert any(f[0] == 2 and f[1] == "ElastiCache" and f[4] == "90 nodes" for f in facts)
    assert any(f[0] == 4 and f[1] == "CloudTrail" and f[4] == "5 trails" for f in facts)
    # a camelCase name that is no single alias still splits into its words
    assert as_markdown("globalAccelerator:\n  x: 1\n", ".yaml").startswith("# global accelerator")


def test_a_camel_case_rate_keys_case_says_bytes_or_bits():
    lines = as_markdown("st1:\n  maxThroughputMBps: 500\n  linkMbps: 100\n",
                        ".yaml").split("\n")
    assert lines[1] == "- max throughput: 500 MB/s"  # was "max throughput M bps"
    assert lines[2] == "- link: 100 Mbps"


def test_key_units_ranges_binary_units_and_a_unit_before_its_qualifier():
    lines = as_markdown("rds:\n  failover_seconds: 60-120\n  retention_days_max: 35\n"
                        "  volumeSizeGiB: 16384\n  max_regions: 17\n  max_days: 3\n",
                        ".yaml").split("\n")
    assert lines[1] == "- failover: 60-120 s"
    assert lines[2] == "- retention max: 35 days"
    assert lines[3] == "- volume size: 16384 GiB"
    assert lines[4] == "- max: 17 regions"
    # a rate's unit is no count: "max_kbps" counts no "kbps"
    assert as_markdown("ebs:\n  max_kbps: 500\n", ".yaml").split("\n")[1] == "- max kbps: 500"


def test_a_comment_among_nested_items_and_a_flow_map_variant():
    text = ("ebs:\n  - name: st1\n    max_iops: 500\n    # throughput-bound, not iops\n"
            "    max_size_tib: 16\n  - {name: gp3, max_iops: 16000}\n")
    lines = as_markdown(text, ".yaml").split("\n")
    assert lines[1] == "- st1:" and lines[3] == "  - throughput-bound, not iops"
    assert lines[5] == "- gp3: max 16000 IOPS"
    facts = _facts(text, ".yaml")
    assert any(f[0] == 6 and f[2] == "gp3" and f[4] == "16,000 IOPS" for f in facts)


def test_a_remark_in_a_json_sheet_of_figures_keeps_the_sheet_and_is_read_as_a_comment():
    sheet = {"sqs": {"maxMessageSizeKB": 256, "retentionDaysMax": 14,
                     "visibilityTimeoutMaxHours": 12,
                     "notes": "FIFO is 300 msg/s without batching"},
             "lambda": {"timeoutMaxSec": 900, "memoryMaxMB": 10240, "layersMax": 5}}
    text = json.dumps(sheet, indent=2)
    assert is_data_map(text.split("\n"))
    lines = as_markdown(text, ".json").split("\n")
    assert lines[2] == "- max message size: 256 KB"
    assert lines[5] == "- FIFO is 300 msg/s without batching"
    # "_comment" is a comment too, and an object in a list takes the dash on its first key
    listed = json.dumps({"_comment": "ebs volume types", "ebs": [
        {"name": "gp3", "maxIops": 16000, "maxThroughputMBps": 1000},
        {"name": "io2", "maxIops": 64000, "maxThroughputMBps": 1000},
        {"name": "st1", "maxIops": 500, "maxThroughputMBps": 500}]}, indent=2)
    lines = as_markdown(listed, ".json").split("\n")
    assert lines[1] == "- ebs volume types"
    assert any(f[2] == "io2" and f[4] == "64,000 IOPS" for f in _facts(listed, ".json"))
    # a note app's export, a text for every few numbers, is no sheet
    export = {"notes": [{"title": f"t{i}", "text": "words", "id": i, "created": 1700000000 + i,
                         "pinned": 0} for i in range(5)]}
    assert not is_data_map(json.dumps(export, indent=2).split("\n"))
    # nor is a sheet whose figures are all on one line
    assert not is_data_map([json.dumps({"a": {"b": 1, "c": 2, "d": 3, "e": 4, "f": 5}})])


def test_a_json_deck_with_scheduling_numbers_on_every_card_is_no_sheet_of_figures():
    """A fix review's case: ten numbers a card (id, interval, ease, due, timestamps) beside its
    front and back outnumber the text keys four to one, yet each card is a note: read as a
    sheet, every question was cut from its answer and "sqs max message size" lost 256 KB."""
    card = {"interval": 3, "ease": 2.5, "reps": 4, "lapses": 0, "queue": 2, "type": 2,
            "due": 1700000000, "created": 1690000000, "modified": 1695000000}
    deck = {"deck": "SAA-C03", "cards": [
        {"id": 1, "front": "What is the max SQS message size?", "back": "256 KB", **card},
        {"id": 2, "front": "Lambda max timeout?", "back": "900 seconds", **card},
        {"id": 3, "front": "Max size of a DynamoDB item?", "back": "400 KB", **card}]}
    assert not is_data_map(json.dumps(deck, indent=2).split("\n"))
    # one remark on one list item of a sheet keeps the sheet
    sheet = {"ebs": [{"name": "gp3", "maxIops": 16000, "maxThroughputMBps": 1000,
                      "notes": "baseline 3000 IOPS"},
                     {"name": "io2", "maxIops": 64000, "maxThroughputMBps": 1000},
                     {"name": "st1", "maxIops": 500, "maxThroughputMBps": 500}]}
    assert is_data_map(json.dumps(sheet, indent=2).split("\n"))
