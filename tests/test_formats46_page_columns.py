"""Text copied from a cheat sheet printed in two columns (formats/page_columns.py): read one
column after the other, a sentence a column broke joined, each line cited on the file line
it was printed on; tables and lines that only have a wide gap are read as written."""

from __future__ import annotations

import pytest

from studycli.extract import parse_note
from studycli.formats import as_markdown
from studycli.formats.page_columns import columns_found
from studycli.formats.spread import SpreadText, on_file_lines
from tests.helpers import lookup_values, notes_conn

SHEET = """\
MESSAGING & STREAMING                                        SAA-C03 / DVA-C02
■ SQS                                           ■ SNS
 Standard: unlimited TPS, at-least-once,         Pub/sub, push to subscribers
 best-effort ordering                            Up to 12,500,000 subs per topic
 Message size: 256 KB max (Extended Client       100,000 topics per account
 Library -> S3 up to 2 GB)                       Protocols: SQS, Lambda, HTTP/S, email,
 Retention: default 4 days, range 1 min          SMS, mobile push, Firehose
 to 14 days                                      FIFO topic -> only SQS FIFO subscribers
 Visibility timeout: default 30 sec,             Filter policy = JSON, subscriber gets only
 max 12 hours                                    matching msgs (default: gets everything)
 In-flight msgs: 120,000 standard, 20,000 FIFO -> OverLimit error above that
"""


def test_a_page_of_two_columns_is_read_one_column_after_the_other():
    read = as_markdown(SHEET, ".txt")
    lines = read.split("\n")
    assert " Retention: default 4 days, range 1 min to 14 days" in lines
    assert " Visibility timeout: default 30 sec, max 12 hours" in lines
    assert " Message size: 256 KB max (Extended Client Library -> S3 up to 2 GB)" in lines
    sns = lines.index("■ SNS")
    assert lines.index(" Retention: default 4 days, range 1 min to 14 days") < sns
    assert "Up to 12,500,000 subs per topic" in lines[sns + 2]
    # below the columns the page goes on under the left column's title
    assert lines[-3:-1] == ["■ SQS", SHEET.split("\n")[-2]]
    # each line is cited on the file line it was printed on
    note = on_file_lines(parse_note(read, "sheet.txt"), read)
    subs = [f for f in note.facts if f.number == 12_500_000]
    assert subs and subs[0].service == "SNS" and subs[0].line == 4
    retention = [f for f in note.facts if f.value in ("14 days", "1 min – 14 days")]
    assert retention and {f.line for f in retention} == {7} and retention[0].service == "SQS"


def test_lookup_reads_each_column_s_figures_as_its_own(tmp_path):
    conn = notes_conn(tmp_path, SHEET, name="messaging.txt")
    try:
        assert lookup_values(conn, "sqs max retention")[0] in ("14 days", "1 min – 14 days")
        assert lookup_values(conn, "sns subscriptions per topic")[0].startswith("12,500,000")
    finally:
        conn.close()


@pytest.mark.parametrize("text", [
    # a table lined up with spaces: its rows are read as rows
    "Setting                           Default     Max\n"
    "Reserved IPs per subnet           5           no   (first 4 + last 1)\n"
    "Elastic IPs per region            5           yes\n"
    "NAT GW bandwidth                  5 Gbps → scales to 100 Gbps\n",
    "                     Security Group          NACL\n"
    "level                instance / ENI          subnet\n"
    "state                STATEFUL                STATELESS (return traffic must be allowed)\n"
    "rules                allow only              allow AND deny\n",
    # a matching exercise, and remarks beside the lines of a drawing
    "a) decouple, consumers pull, msg deleted after processing   1) SNS\n"
    "b) pub/sub push to many subscribers                         2) Kinesis Data Streams\n"
    "c) real-time stream, replay, multiple consumers read data   3) SQS\n",
    "   on-prem CGW ====(IPsec, 2 tunnels)==== VGW / TGW      (over internet)\n"
    "   on-prem router ---- DX location ---- AWS               (private fiber)\n",
    # one line with a wide gap is no page of columns
    "EC2 basic monitoring: 5 min period (free)       Log retention: never expire by default\n",
])
def test_tables_and_lines_with_a_gap_are_no_page_of_columns(text):
    assert not columns_found(text.split("\n"))
    assert not isinstance(as_markdown(text, ".txt"), SpreadText)
