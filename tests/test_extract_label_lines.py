"""Which service a run of plain lines is about: a line that defines a label names the services
it uses in passing, and a word cut by the parser's opening window is no service's name. Lines
written for the test, in wording the development notes do not use."""

from __future__ import annotations

from studycli.extract import parse_note
from studycli.model import Kind


def _limits(text: str) -> dict[str, str]:
    return {f.value: f.service for f in parse_note(text, "plain.txt").facts
            if f.kind is not Kind.FACT}


def test_a_label_line_does_not_move_the_run_to_the_service_its_definition_names():
    note = ("Auto Scaling group basics\n"
            "step policy - CloudWatch alarm fires it\n"
            "cool down after a scaling activity: 300 seconds by default\n")
    assert _limits(note).get("300 s") == "Auto Scaling"


def test_a_label_line_with_a_list_of_targets_keeps_the_run_s_service():
    note = ("Application Load Balancer rules\n"
            "backends: EC2, Lambda functions, IP addresses\n"
            "idle connections are closed after 60 seconds by default\n")
    assert _limits(note).get("60 s") == "ELB"


def test_a_line_opening_on_a_service_still_moves_the_run():
    note = ("Auto Scaling group basics\n"
            "CloudWatch alarm - evaluates the metric every 60 seconds\n"
            "alarm history is kept 14 days\n")
    assert _limits(note).get("14 days") == "CloudWatch"


def test_a_word_cut_by_the_opening_window_is_no_service():
    cut = "metadata endpoint v2, tokens needed, "  # 37 characters: "sessions" is cut at "ses"
    assert len(cut) == 37
    note = ("EC2 instance store disks vanish on stop\n"
            f"{cut}sessions of it last up to 6 hours\n"
            "launch script (user data) may be at most 16 KB\n")
    limits = _limits(note)
    assert limits.get("16 KB") == "EC2"
    assert "SES" not in limits.values()


def test_a_field_whose_value_is_a_service_moves_the_run_to_it():
    note = ("Aurora clusters keep six copies of the data\n"
            "Topic: DynamoDB throughput\n"
            "one write unit covers 1 KB per second\n")
    assert {f.service for f in parse_note(note, "plain.txt").facts if f.line == 3} == {"DynamoDB"}


def test_a_long_remark_over_a_table_does_not_give_it_the_service_it_names():
    note = ("## Elastic Beanstalk\n\n"
            "my own remark: swapping URLs is a separate thing from these, people mix it up "
            "with Route 53 records.\n\n"
            "| policy | extra instances |\n|---|---|\n| immutable | a full new group |\n"
            "| rolling with batch | 1 batch |\n")
    facts = parse_note(note, "n.md").facts
    assert {f.service for f in facts if f.line >= 7} == {"Elastic Beanstalk"}
    # a short caption over a table still names its service
    captioned = note.replace("my own remark: swapping URLs is a separate thing from these, "
                             "people mix it up with Route 53 records.", "Route 53 policies:")
    assert {f.service for f in parse_note(captioned, "n.md").facts if f.line >= 7} == {
        "Route 53"}


def test_a_long_remark_over_a_table_still_names_its_service_when_no_heading_does():
    # the remark is the table's last clue before its rows: without it the rows had no service
    # and the lookups "lambda max memory" and "sqs fifo throughput" found nothing
    note = ("## Messaging\n\n"
            "The following comparison lays out the main quotas of SQS standard and FIFO "
            "queues side by side for the exam\n\n"
            "| queue | throughput | message size |\n|---|---|---|\n"
            "| FIFO | 300 msg/s | 256 KB |\n\n"
            "## Compute\n\n"
            "Lambda limits I always forget, also compared to what ECS tasks can do on "
            "Fargate today\n\n"
            "| thing | limit |\n|---|---|\n| timeout | 15 min |\n| memory | 10240 MB |\n")
    facts = parse_note(note, "n.md").facts
    assert {f.service for f in facts if 5 <= f.line <= 7} == {"SQS"}
    assert {f.service for f in facts if f.line >= 13} == {"Lambda"}
    # a remark that opens with a service's name is about it, whatever the heading names
    opened = note.replace("## Compute", "## Containers on ECS")
    assert {f.service for f in parse_note(opened, "n.md").facts if f.line >= 13} == {"Lambda"}


def _services_of_line(text: str, line: int) -> set[str]:
    return {f.service for f in parse_note(text, "plain.txt").facts if f.line == line}


def test_a_dash_label_keeps_its_own_statement_under_the_service_it_names():
    # the line's statement is the named service's (Aurora's backups were kept as RDS's, a
    # Lambda concurrency quota as SQS's); the lines after it go on about the run's service
    note = ("Simple Queue Service (SQS) notes\n"
            "draining the queue - Lambda may run 1000 functions at once per region\n"
            "a message stays at most 14 days\n")
    assert _services_of_line(note, 2) == {"Lambda"}
    assert _services_of_line(note, 3) == {"SQS"}
    arrow = note.replace("the queue - Lambda", "the queue -> Lambda")
    assert _services_of_line(arrow, 2) == {"Lambda"}
    assert _services_of_line(arrow, 3) == {"SQS"}
    equals = note.replace("the queue - Lambda", "consumer = Lambda")
    assert _services_of_line(equals, 2) == {"Lambda"}
    assert _services_of_line(equals, 3) == {"SQS"}
    # a definition that lists two services or more keeps the line under the run's service
    listed = ("Application Load Balancer rules\n"
              "backends - EC2 or Lambda functions, at most 5 per rule\n"
              "idle connections are closed after 60 seconds by default\n")
    assert _services_of_line(listed, 2) == {"ELB"}
    assert _services_of_line(listed, 3) == {"ELB"}
