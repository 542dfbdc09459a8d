"""Wrong answers and refusals testers found on main (session 45, fix45), each by its general
cause: a note language's words for retention and for a keeping without end; a variant named
after its figure ("12,500,000 standard; 100 for FIFO topics"); a number ending a sentence
("max 16,000. gp3: ...") read as counting the name after it; a line opening on "vs" that names
its section's service back; "Other matches" of another service than the one asked.

AWS facts the tests rely on: an SNS standard topic takes 12.5M subscriptions and a FIFO topic
100 (https://aws.amazon.com/sns/features/); gp2 tops out at 250 MiB/s, and the notes' 1000 MiB/s
is gp3's own (https://docs.aws.amazon.com/ebs/latest/userguide/general-purpose.html, cited by
test_lookup_abst44); SQS keeps a message up to 14 days
(https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-messages.html);
CloudWatch Logs keeps log events forever by default
(https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Working-with-log-groups-and-streams.html,
cited by test_lookup_abst43); Lambda's SQS event source mapping takes batches of 10 by default,
up to 10,000 (standard queue) or 10 (FIFO)
(https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-parameters.html).
"""

from __future__ import annotations

import pytest

from studycli.lookup import variants
from studycli.notes.gloss import gloss, languages_of
from tests.helpers import folder_cli

SQS_EN = "# SQS\n\n- retention default 4 days, max 14 days\n"
# a Czech note: its function words ("je", "lze", "jen", "ale", "také", "při") tell it
CZECH = ("# CloudWatch Logs\n\n- Retence logů výchozí: navždy\n"
         "- log group je kontejner, lze nastavit jen jednu hodnotu, ale také export do S3 "
         "nebo Kinesis při potřebě\n")


@pytest.mark.parametrize("other", [None, SQS_EN, "# Kinesis Data Streams\n\n- retention "
                                                  "default 24 hours, max 365 days\n"])
def test_a_czech_line_naming_retention_answers_the_retention_asked(tmp_path, other):
    # "Retence" and "navždy" were no words the parser read: the line said neither retention
    # nor a value, and lookup refused it
    notes = {"cw.md": CZECH, **({"other.md": other} if other else {})}
    hits = folder_cli(tmp_path, notes)("lookup", "cloudwatch logs retention default")
    assert hits and hits[0]["service"] == "CloudWatch Logs", hits
    assert hits[0]["value"] == "forever", hits[0]


@pytest.mark.parametrize(("text", "said"), [
    # Czech, Swedish, Greek: each told by its function words
    ("- Logy jsou v log group, lze nastavit retenci, ale také při exportu: nikdy "
     "neexpiruje jen když je to nastaveno", ("retention", "never expire")),
    ("- loggar och mätvärden: lagringstid är för alltid, men det går att ändra efter "
     "behov när man vill, också via API", ("retention period", "forever")),
    ("- τα logs και τα metrics: η διατήρηση είναι για πάντα, μόνο με αλλαγή από το API "
     "της υπηρεσίας", ("retention", "forever")),
])
def test_notes_in_other_languages_name_retention(text, said):
    assert languages_of(text), text
    read = gloss(text)
    for words in said:
        assert words in read, read


THAI = "# CloudWatch Logs\n\n- ระยะเวลาเก็บ log ค่าเริ่มต้น 30 วัน\n"


def test_a_thai_period_of_keeping_is_a_retention_period(tmp_path):
    # "ระยะเวลา" (a period) before "เก็บ" (keeping) was read as a generic duration
    assert "retention period" in gloss(THAI)
    ask = folder_cli(tmp_path, {"cw_th.md": THAI})
    facts = ask("facts", "--service", "CloudWatch Logs")
    assert any(f["attribute"] == "retention period" and f["kind"] == "default"
               for f in facts), facts
    hits = ask("lookup", "cloudwatch logs retention default")
    assert hits and hits[0]["value"] == "30 days", hits


@pytest.mark.parametrize(("note", "query", "standard"), [
    ("# SNS\n\n- Subscriptions per topic: 12,500,000 standard; 100 for FIFO topics\n",
     "sns fifo subscriptions per topic", "12,500,000"),
    ("# SQS\n\n- In-flight messages per queue: 120,000 standard; 20,000 for FIFO queues\n",
     "sqs fifo max in flight messages", "120,000"),
])
def test_a_variant_named_after_its_figure_owns_it(tmp_path, note, query, standard):
    # the standard figure answered the FIFO query: "standard" after a figure names the
    # standard topic or queue, so the figure is no FIFO one; FIFO's own figure answers (its
    # own fact since fix46: "100 for FIFO topics" counts what the count before it counts)
    ask = folder_cli(tmp_path, {"n.md": note})
    hits = ask("lookup", query)
    assert hits and "FIFO" in hits[0]["attribute"] + hits[0]["value"], hits
    assert standard not in hits[0]["value"], hits
    # the standard figure still answers where no variant is asked
    hits = ask("lookup", query.replace(" fifo", ""))
    assert hits and hits[0]["kind"] == "limit" and standard in hits[0]["value"], hits


def test_a_name_after_a_figure_only_names_there():
    standard = variants.named("Subscriptions per topic: 12,500,000 standard")
    assert standard.get(("SNS", 0)) == {"standard topic"}
    assert standard.get(("SQS", 0)) == {"standard queue"}
    # a bare "standard" elsewhere names none (Swedish "standard" is a default)
    for text in ("retention: standard 4 dagar", "standard retries 3", "S3 standard 11 9s"):
        assert ("SNS", 0) not in variants.named(text), text
        assert ("SQS", 0) not in variants.named(text), text


GP = "# EBS\n\n- gp2: 3 IOPS/GB, max 16,000. gp3: 3,000 baseline, 1000 MiB/s\n"


@pytest.mark.parametrize("query", ["gp2 throughput", "gp2 max throughput"])
def test_a_number_ending_a_sentence_counts_no_name_after_it(tmp_path, query):
    # "16,000." read as counting gp3 volumes, so gp2 stayed the subject of gp3's 1000 MiB/s
    ask = folder_cli(tmp_path, {"ebs.md": GP})
    assert ask("lookup", query) == []
    hits = ask("lookup", "gp3 throughput")
    assert hits and hits[0]["value"] == "1000 MiB/s" and hits[0]["subject"] == "gp3", hits


def test_gp2s_own_throughput_still_answers(tmp_path):
    ask = folder_cli(tmp_path, {"ebs.md": GP + "- gp2 max throughput 250 MiB/s\n"})
    hits = ask("lookup", "gp2 throughput")
    assert hits and hits[0]["value"] == "250 MiB/s", hits


VS = "# SQS\n\n- vs SNS: SQS retention 14 days\n"


def test_a_line_opening_on_vs_that_names_its_service_back_is_that_services(tmp_path):
    ask = folder_cli(tmp_path, {"sqs.md": VS})
    facts = ask("facts")
    assert [f["service"] for f in facts if f["kind"] == "limit"] == ["SQS"], facts
    hits = ask("lookup", "sqs retention")
    assert hits and hits[0]["service"] == "SQS" and hits[0]["value"] == "14 days", hits
    # SNS keeps no message: the line, though it names SNS first, answers nothing of it
    assert ask("lookup", "sns retention") == []


def test_a_line_labelled_by_another_service_keeps_its_figures_there(tmp_path):
    # positive control: a clause of the other service's own figure stays that service's
    facts = folder_cli(tmp_path, {"sqs.md": "# SQS\n\n- vs SNS: SNS max 12,500,000 "
                                            "subscriptions per topic\n"})("facts")
    assert {f["service"] for f in facts if f["kind"] == "limit"} == {"SNS"}, facts


def test_a_figure_both_sides_state_alike_is_each_sides(tmp_path):
    facts = folder_cli(tmp_path, {"m.md": "# Messaging\n\n- SNS vs SQS: SNS max message 256 "
                                          "KB; SQS max message 256 KB\n"})("facts")
    assert {f["service"] for f in facts if f["kind"] == "limit"} == {"SNS", "SQS"}, facts


OTHERS = ("# CloudWatch Logs\n\n- retention default: never expire\n"
          "\n# CloudWatch\n\n- metric retention 15 months\n- log retention 1 day to 10 years\n"
          "\n# SQS\n\n- SQS retention default 4 days, max 14 days\n")


def test_other_matches_are_of_the_service_asked(tmp_path):
    # a line of another service naming that service is its own figure, not a related one
    ask = folder_cli(tmp_path, {"n.md": OTHERS})
    hits = ask("lookup", "cloudwatch logs retention default", "--limit", "5")
    assert hits and hits[0]["value"] == "never expire", hits
    assert "SQS" not in {h["service"] for h in hits}, hits
    # a query naming no service keeps the ranking's lines
    hits = ask("lookup", "retention default", "--limit", "5")
    assert {"SQS", "CloudWatch Logs"} <= {h["service"] for h in hits}, hits


def test_other_matches_keep_a_line_filed_elsewhere_that_names_no_service(tmp_path):
    # review of fix45, finding 3: dropping every line of another service lost the lines the
    # parser had filed under another service (8 top-3 answers over the development sets); a
    # line naming no service that says the words asked stays below the answer, as on main.
    # The log groups' line is CloudWatch Logs' retention filed under "# SQS" (final_B
    # finding 8: SQS's own retention line, filed rightly, could not test this)
    notes = {"n.md": "# CloudWatch Logs\n\n- retention default: never expire\n"
                     "\n# SQS\n\n- retention default 4 days, max 14 days\n"
                     "- log groups: retention default never, can set 1 day to 10 years\n"}
    hits = folder_cli(tmp_path, notes)("lookup", "cloudwatch logs retention default",
                                       "--limit", "5")
    assert hits and hits[0]["value"] == "never expire", hits
    misfiled = [h for h in hits[1:] if h["line"] == 8]
    assert misfiled and misfiled[0]["service"] == "SQS", hits


SQS_API = ("# SQS\n\n- ReceiveMessage returns max 10 msgs per call\n"
           "- batch send max 10 messages (total 256 KB)\n- max message size 256 KB\n")


@pytest.mark.parametrize("query", ["lambda sqs max batch size", "lambda sqs batch size max",
                                   "max batch size sqs event source mapping lambda"])
def test_a_batch_asked_beside_lambda_is_the_mappings_not_the_queues_api(tmp_path, query):
    # the development sets' abstain misses a110-28, a124-01, a129-12, a21-lambda-esm-batch:
    # the queue's ReceiveMessage/SendMessageBatch 10 answered as the event source mapping's
    ask = folder_cli(tmp_path, {"sqs.md": SQS_API})
    assert ask("lookup", query) == []
    # the queue's own batch still answers for the queue, and its other measures beside Lambda
    hits = ask("lookup", "sqs max batch size")
    assert hits and hits[0]["value"] == "10 messages", hits
    hits = ask("lookup", "lambda sqs max message size")
    assert hits and hits[0]["value"] == "256 KB", hits


@pytest.mark.parametrize("line", ["# Lambda\n\n- SQS event source batch size default 10, max "
                                  "10,000\n",
                                  "# SQS\n\n- Lambda trigger: batch size default 10, max "
                                  "10,000\n"])
def test_the_mappings_own_batch_still_answers(tmp_path, line):
    hits = folder_cli(tmp_path, {"n.md": line})("lookup", "lambda sqs max batch size")
    assert hits and "10,000" in hits[0]["value"], hits


@pytest.mark.parametrize("query", ["what happens when lambda fails on a kinesis batch",
                                   "kinesis lambda error whole batch retried by default"])
def test_a_batch_asked_as_no_measure_is_left_to_the_streams_lines(tmp_path, query):
    # unseen34: what the mapping does with a batch is said by a stream's line naming no Lambda
    hits = folder_cli(tmp_path, {"k.md": "# Kinesis Data Streams\n\n- Kinesis/DDB stream "
                                         "errors -> whole batch retried until success or "
                                         "data expires (blocks shard)\n"})("lookup", query)
    assert hits and "whole batch retried" in hits[0]["value"], hits


def test_a_batching_window_is_the_mappings_alone(tmp_path):
    # unseen77: a queue has no batching window of its own; a line filed under SQS giving one
    # gives the mapping's
    hits = folder_cli(tmp_path, {"q.md": "# SQS\n\n- batch window "
                                         "(MaximumBatchingWindowInSeconds) up to 300 s\n"})(
        "lookup", "sqs lambda batching window max")
    assert hits and hits[0]["value"] == "300 s", hits


def test_a_batch_size_in_a_lambda_note_is_the_mappings(tmp_path):
    # unseen140: "👉 batch size SQS default 10, max 10,000 (standard)" in lambda_thread.md,
    # filed under SQS, names no Lambda on its line: its note is Lambda's
    ask = folder_cli(tmp_path, {"lambda_thread.md": "🧵 6/11 Lambda + SQS 📨\n👉 batch size SQS "
                                                    "default 10, max 10,000 (standard)\n"})
    hits = ask("lookup", "lambda sqs batch size default")
    assert hits and hits[0]["value"].startswith("10"), hits


def test_a_batch_size_beside_a_batching_window_is_the_mappings(tmp_path):
    # unseen169: "- SQS batch size default 10, max 10,000 (with batching window)" under "#####
    # event source mapping (poll)": a batching window is the mapping's alone
    ask = folder_cli(tmp_path, {"d.md": "# Development\n\n- SQS, Kinesis, DynamoDB Streams\n"
                                        "  - SQS batch size default 10, max 10,000 (with "
                                        "batching window)\n"})
    hits = ask("lookup", "lambda sqs batch size default")
    assert hits and hits[0]["value"].startswith("10"), hits


def test_a_standard_label_still_answers_for_the_standard_queue(tmp_path):
    # unseen162: "standard = ..." is no name of a queue in a clause's label (read in the
    # fact's attribute and value together it named FIFO alone), so the line stays the
    # standard queue's answer
    hits = folder_cli(tmp_path, {"s.md": "# SQS\n\n- standard = at-least-once delivery + best "
                                         "effort ordering, FIFO = exactly-once processing\n"})(
        "lookup", "sqs standard delivery guarantee")
    assert hits and "at-least-once" in hits[0]["value"], hits


@pytest.mark.parametrize(("note", "other", "query", "value"), [
    # ALB caps a Lambda target's request at 1 MB; a synchronous invoke takes 6 MB
    # (https://docs.aws.amazon.com/elasticloadbalancing/latest/application/lambda-functions.html)
    ("# Lambda\n\n- sync invoke payload 6 MB; ALB: Lambda target max payload 1 MB\n",
     "ELB", "lambda max payload", "6 MB"),
    # API Gateway's integration timeout is 29 s by default; Lambda runs up to 15 min
    ("# Lambda\n\n- timeout max 15 min; API Gateway: Lambda integration timeout 29 s\n",
     "API Gateway", "api gateway max timeout", "29 s"),
])
def test_a_label_without_vs_keeps_the_figure_its_services(tmp_path, note, other, query, value):
    # review of fix45, finding 1: the named-back rule fired on any "Other: <section service>"
    # label, filing ALB's and API Gateway's limits on Lambda under Lambda
    ask = folder_cli(tmp_path, {"n.md": note})
    facts = ask("facts")
    assert other in {f["service"] for f in facts if f["kind"] == "limit"}, facts
    hits = ask("lookup", query)
    assert hits and hits[0]["value"] == value, hits


@pytest.mark.parametrize(("note", "query", "value"), [
    # review of fix45, finding 2: the mapping's batch said in other words than Lambda's
    ("# Kinesis Data Streams\n\n- consumers poll shards: batch size default 100, max 10,000 "
     "records\n", "lambda kinesis batch size default", "100"),
    ("# Kinesis Data Streams\n\n- consumers poll shards: batch size default 100, max 10,000 "
     "records\n", "lambda kinesis max batch size", "10,000"),
    ("# DynamoDB\n\n- Streams: 24h retention\n- stream batch size default 100, max 10,000\n",
     "lambda dynamodb max batch size", "10,000"),
    ("# SQS\n\n## Polling consumers\n\n- batch size: default 10, max 10,000 for standard "
     "queues\n", "lambda sqs max batch size", "10,000"),
])
def test_a_source_batch_naming_no_api_of_its_own_still_answers(tmp_path, note, query, value):
    # only a line naming the source's own API (ReceiveMessage, a send, a call) is the
    # source's batch; a folder named after Lambda speaks for none of its files
    hits = folder_cli(tmp_path, {"n.md": note})("lookup", query)
    assert hits and value in hits[0]["value"], hits


@pytest.mark.parametrize(("notes", "query", "value"), [
    # final_B finding 1: a count past what one call of the source's own API batches (SQS 10,
    # DynamoDB Streams' GetRecords 1,000) is the mapping's, whatever API word its line says
    ({"sqs.md": "# SQS\n## Consumers\n- batch size: default 10, max 10,000 per poll request\n"
                "- ReceiveMessage: up to 10 msgs per call\n"},
     "lambda sqs max batch size", "10,000"),
    ({"sqs.md": "# SQS\n## Consumers\n- batch size: default 10, max 10,000 per poll request\n"
                "- ReceiveMessage: up to 10 msgs per call\n"},
     "lambda sqs batch size default", "10"),
    ({"sqs.md": "# SQS\n- polling batch size max 10,000 msgs (ReceiveMessage itself max 10)\n"},
     "lambda sqs max batch size", "10,000"),
    ({"ddb.md": "# DynamoDB Streams\n- stream records: batch size default 100, max 10,000 per "
                "read request\n"}, "lambda dynamodb streams max batch size", "10,000"),
    ({"ddb.md": "# DynamoDB Streams\n- stream records: batch size default 100, max 10,000 per "
                "read request\n"}, "lambda dynamodb max batch size", "10,000"),
])
def test_a_count_no_call_of_the_sources_api_batches_is_the_mappings(tmp_path, notes, query,
                                                                     value):
    hits = folder_cli(tmp_path, notes)("lookup", query)
    assert hits and value in hits[0]["value"], hits
    assert hits[0]["line"] != 4 or "sqs.md" not in notes, hits  # not ReceiveMessage's 10


def test_the_sources_own_batch_within_its_api_still_is_no_mappings():
    from studycli.lookup.mapping_asked import source_batch_not_mapping

    asked, query = ["Lambda", "SQS"], "lambda sqs max batch size"
    for snippet in ("ReceiveMessage: up to 10 msgs per call",
                    "ReceiveMessage 10 msgs per call, up to 120,000 in-flight",
                    "FIFO: 300 msg/s without batching, 3,000 with batching",
                    "SendMessageBatch max 10 msgs, 256 KB total per request"):
        assert source_batch_not_mapping({"service": "SQS", "snippet": snippet}, asked, query), \
            snippet
    assert not source_batch_not_mapping(
        {"service": "SQS", "snippet": "batch 10k msgs per poll request"}, asked, query)


def test_a_folder_named_after_lambda_is_no_lambda_note():
    from studycli.lookup.mapping_asked import source_batch_not_mapping

    line = {"service": "SQS", "snippet": "ReceiveMessage returns max 10 msgs per call"}
    for source in ("lambda-course/sqs.md", "sqs.md"):
        assert source_batch_not_mapping({**line, "source": source}, ["Lambda", "SQS"],
                                        "lambda sqs max batch size"), source
    assert not source_batch_not_mapping({**line, "source": "course/lambda_sqs.md"},
                                        ["Lambda", "SQS"], "lambda sqs max batch size")


def test_a_rate_with_the_queues_batching_is_no_mappings_batch(tmp_path):
    # unseen21 (a21-lambda-esm-batch): a FIFO queue's rate with its API's batching is the
    # queue's own, no batch size of the mapping
    hits = folder_cli(tmp_path, {"q.md": "# SQS\n\n- FIFO: 300 msg/s without batching, 3,000 "
                                         "with batching\n"})(
        "lookup", "max batch size sqs event source mapping lambda")
    assert hits == [], hits
