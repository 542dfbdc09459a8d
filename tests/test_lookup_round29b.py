"""Issue 10, round twenty-nine b: a count answers only a count of what it counts; a product
named after "aws" is not mended into a word of the notes; the evidence under an answer is the
part of its line that states the number."""

from __future__ import annotations

from pathlib import Path

from studycli.ui.lookup_plain import evidence_line
from tests.helpers import first_value, lookup_values, notes_conn, run_here

DATA = Path(__file__).parent / "data"


def _dev_note(tmp_path: Path, set_name: str, note: str):
    """One note of a development set, alone in a database of its own."""
    return notes_conn(tmp_path, (DATA / set_name / note).read_text(encoding="utf-8"), note)


def test_a_count_of_records_is_no_count_of_elastic_ips(tmp_path):
    # "Multivalue answer (up to 8 healthy records)": a Route 53 count of records
    conn = _dev_note(tmp_path, "unseen41_notes", "d_socratic_networking.md")
    assert lookup_values(conn, "elastic ip limit per region") == []


def test_concurrent_executions_are_not_provisioned_concurrency(tmp_path):
    conn = _dev_note(tmp_path, "unseen4_notes", "e_quota_tables_apigw_sfn.md")
    assert lookup_values(conn, "max provisioned concurrency lambda") == []
    # the count asked by its own words is still answered
    assert "1,000" in first_value(conn, "lambda concurrency limit")
    assert "1,000" in first_value(conn, "lambda max concurrent executions")


def test_a_product_named_after_aws_is_not_mended_into_an_attribute_word(tmp_path):
    # the notes never say Outposts; they say "input/output"
    conn = _dev_note(tmp_path, "unseen9_notes", "f_pasted_quota_tables.md")
    assert lookup_values(conn, "what is aws outposts") == []
    assert "256" in first_value(conn, "step functions max input output per state")


def test_a_typo_after_aws_naming_a_service_is_still_mended(tmp_path):
    conn = notes_conn(tmp_path, "# Lambda\n\n- Lambda timeout max 900 seconds (15 min)\n")
    assert "900" in first_value(conn, "aws lamda max timeout")


def test_the_evidence_starts_at_the_sentence_stating_the_number():
    line = ("Unlimited Throughput – Standard queues support a nearly unlimited number of API "
            "calls per second, per API action. \t High Throughput – If you use batching, FIFO "
            "queues support up to 3,000 messages per second, per API method.")
    hit = {"snippet": line, "number": 3000.0, "low": None, "high": None, "unit": "per_s"}
    shown = evidence_line(hit, 98)
    assert shown.startswith("…High Throughput – If you use batching, FIFO queues support up "
                            "to 3,000 messages per second")
    # a line that fits, or says the number in its head, is shown from its start
    assert evidence_line({**hit, "snippet": "FIFO 3,000 msg/s with batching"}, 98) \
        == "FIFO 3,000 msg/s with batching"


def test_shipped_fifo_throughput_shows_the_fifo_line_with_its_condition(shipped_db_file,
                                                                        tmp_path):
    from tests.conftest import copy_of

    db = copy_of(shipped_db_file, tmp_path / "shipped")
    out = run_here("lookup", "sqs fifo throughput", db=db).stdout
    lines = out.splitlines()
    # asked with no condition, the figure without batching comes first (session 54: a
    # conditioned figure the query does not ask is ranked below), its label saying so and
    # its line showing the batching figure beside it
    assert "300 messages/s" in lines[0] and "without batching" in lines[1]
    evidence = lines[2]
    assert "3000" in evidence and "batching" in evidence and "Standard queues" not in evidence


def test_an_inline_policy_size_is_no_managed_policy_size(tmp_path):
    conn = notes_conn(tmp_path, "# IAM\n\n- inline policy max 2,048 chars for users, "
                                "10,240 for roles\n")
    assert lookup_values(conn, "iam managed policy max size characters") == []
    assert "2,048" in first_value(conn, "iam inline policy max size")


def test_async_asks_a_figure_of_the_async_side(tmp_path):
    # the note says "비동기 호출 payload 256 KB" (async, read since lang20); a bare "최대 10 GB"
    # of a container image says no word of the async side and was once the answer
    conn = _dev_note(tmp_path, "unseen54_notes", "b_dva_정리노트_lambda_ddb_cognito_kms.md")
    values = lookup_values(conn, "lambda async invocation payload limit")
    assert values[0] == "256 KB" and "10 GB" not in values[:2]
