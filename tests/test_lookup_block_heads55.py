"""Of two values of one measure tied at the top, the one whose block names another service goes
second (lookup/block_service.py), where the block is a plain-text note's: items bulleted with
an en dash or a middle dot, and a heading underlined ("SQS facts" over "======") rather than
marked with "#". Before session 55 neither was read, so a Kinesis item filed under SQS kept
its hundredth of a point over SQS's own line ("sqs default retention": 24 h, Kinesis's).
"""

from __future__ import annotations

import pytest

from studycli.lookup import block_service

from .helpers import first_value, folder_cli, notes_fixture

# SQS keeps messages 4 days by default, 1 minute to 14 days
# (https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-quotas.html),
# and takes a message of up to 1 MiB, no longer 256 KB (https://docs.aws.amazon.com/
# sdk-for-kotlin/api/latest/sqs/aws.sdk.kotlin.services.sqs.model/-send-message-request/
# -builder/message-body.html);
# Kinesis Data Streams 24 hours by default, up to 365 days
# (https://docs.aws.amazon.com/streams/latest/dev/kinesis-extended-retention.html).
PLAIN = ("{sqs_head}\n{underline}\n"
         "{bullet} msg max size 1 MiB\n"
         "{bullet} retention default 4 days, min 60 s, max 14 days\n"
         "{bullet} visibility timeout default 30 s, max 12 hrs\n\n"
         "p.38  Kinesis\n"
         "{bullet} KDS shard: 1 MB/s IN, 2 MB/s OUT\n"
         "{bullet} record max size 1 MB\n"
         "{bullet} retention default 24 hrs, max 365 days\n")
en_dash = notes_fixture(PLAIN.format(sqs_head="SQS facts p.34", underline="=" * 14,
                                     bullet="–"), name="collection.txt")
middle_dot = notes_fixture(PLAIN.format(sqs_head="SQS facts p.34", underline="-" * 14,
                                        bullet="·"), name="collection.txt")


@pytest.mark.parametrize("notes", ["en_dash", "middle_dot"])
@pytest.mark.parametrize("query, value", [
    ("sqs default retention", "4 days"), ("default sqs retention", "4 days")])
def test_a_tie_goes_to_the_underlined_block_of_the_service_asked(request, notes, query, value):
    assert first_value(request.getfixturevalue(notes), query) == value


def test_the_lookup_command_answers_from_the_service_asked(tmp_path):
    ask = folder_cli(tmp_path, {"collection.txt": PLAIN.format(
        sqs_head="SQS facts p.34", underline="=" * 14, bullet="–")})
    hits = ask("lookup", "sqs default retention")
    assert hits[0]["value"] == "4 days" and hits[0]["line"] == 4


@pytest.mark.parametrize("lines, at, services", [
    # an en-dash item hangs from its parent, as a "-" item does
    ({1: "p.38  Kinesis", 2: "– record max size 1 MB", 3: "– retention default 24 hrs"}, 3,
     {"Kinesis Data Streams"}),
    ({1: "p.38  Kinesis", 2: "· retention default 24 hrs"}, 2, {"Kinesis Data Streams"}),
    # an underlined heading names its block; a "---" under a blank line is a rule and names none
    ({1: "SQS facts", 2: "=========", 3: "– retention default 4 days"}, 3, {"SQS"}),
    ({1: "SQS facts", 2: "---------", 3: "- retention default 4 days"}, 3, {"SQS"}),
    ({2: "---------", 3: "- retention default 4 days"}, 3, set()),
    # a rule under a list item or a "#" heading is a rule, not an underline: the item over
    # it names no block of the items under it
    ({1: "- Kinesis: retention default 24 hrs", 2: "-----------",
      3: "- retention default 4 days"}, 3, set()),
    ({1: "* KDS retention default 24 hrs", 2: "======", 3: "* retention default 4 days"}, 3,
     set()),
    ({1: "## Kinesis", 2: "-----", 3: "- retention default 4 days"}, 3, set()),
    # a "--" that opens a line's words is no bullet of this kind, and no underline either
    ({1: "SQS facts", 2: "-- retention default 4 days"}, 2, set())])
def test_line_services_of_plain_text_blocks(lines, at, services):
    assert block_service.line_services(lines, at) == services
