"""Session 33 (attr33): a plain-text note's numbered section titles ("3. SQS", "3.2 Limits")
own the lines under them, and a Word plain-text export's "o<TAB>" / "§<TAB>" bullets are
items. Lines written for the test, in wording the development notes do not use."""

from __future__ import annotations

from studycli.extract import parse_note
from studycli.formats import as_markdown
from studycli.model import Kind

from .helpers import ingest_text, json_out, run_here

WORD_EXPORT = (
    "NETWORK AND QUEUES - REVIEW SHEET\n"
    "\n"
    "1. VPC\n"
    "1.1 Sizing\n"
    "o\tlargest block allowed is /16\n"
    "o\tALB and NLB both need two AZs\n"
    "\n"
    "2. SQS\n"
    "2.1 Retention\n"
    "o\tkeeps messages 4 days unless changed\n"
    "§\tcan go up to 14 days\n"
    "2.2 Visibility\n"
    "o\tvisibility timeout default 30 seconds\n"
)


def _facts(text: str, name: str):
    return [f for f in parse_note(as_markdown(text, "." + name.rsplit(".", 1)[1]), name).facts
            if f.kind is not Kind.FACT]


def _services_of(text: str, name: str, value: str) -> set[str]:
    return {f.service for f in _facts(text, name) if f.value == value}


def test_a_numbered_section_title_owns_the_lines_under_it():
    # "ALB and NLB" above named ELB: the SQS section's lines were ELB's
    assert _services_of(WORD_EXPORT, "review.txt", "4 days") == {"SQS"}
    assert _services_of(WORD_EXPORT, "review.txt", "30 s") == {"SQS"}


def test_a_word_exports_deeper_bullet_is_an_item_not_a_table_row():
    # "§<TAB>..." lines were read as a two-column table and lost their section
    assert _services_of(WORD_EXPORT, "review.txt", "14 days") == {"SQS"}


def test_a_dotted_title_without_its_top_number_is_a_section_too():
    text = ("Handout - Module 4\n\n4.1 Amazon SQS\nQueues for decoupling.\n\n"
            "- retention tops out at 14 days\n\n4.2 Amazon SNS\nPub/sub.\n\n"
            "- a message is at most 256 KB\n")
    assert _services_of(text, "handout.txt", "14 days") == {"SQS"}
    assert _services_of(text, "handout.txt", "256 KB") == {"SNS"}


def test_a_numbered_list_of_points_is_no_heading():
    # each point is followed by its sibling: a list, and its points own nothing after them
    text = ("cram list\n\n1. Use SQS to decouple\n2. Use SNS to fan out\n\n"
            "Lambda timeout max 15 min\n")
    assert _services_of(text, "cram.txt", "15 min") == {"Lambda"}


def test_an_outline_whose_dotted_points_are_facts_stays_a_list():
    # "1.1.1 ... 5 TB" is a point, not a title: the outline is nested as before
    text = ("1. Amazon S3\n   1.1 Objects\n      1.1.1 largest object is 5 TB\n"
            "2. Amazon EBS\n   2.1 Volumes\n      2.1.1 gp3 gives 3,000 IOPS baseline\n")
    assert _services_of(text, "outline.txt", "5 TB") == {"S3"}
    assert _services_of(text, "outline.txt", "3000 IOPS") == {"EBS"}


def test_a_line_naming_another_service_in_a_section_does_not_take_the_next(tmp_path):
    _, db, _ = ingest_text(tmp_path, WORD_EXPORT, name="review.txt")
    hits = json_out(run_here("lookup", "--json", "sqs default visibility timeout", db=db))
    assert hits and hits[0]["service"] == "SQS" and hits[0]["value"] == "30 s"


def test_a_value_with_a_decimal_point_is_no_numbered_title():
    from studycli.notes.numbered_sections import numbered_titles_to_headings

    lines = ["tunnels", "", "1.25 Gbps per tunnel", "", "2.5 Gbps per link", "", "end"]
    numbered_titles_to_headings(lines)
    assert not any(line.startswith("#") for line in lines)


STEPS = ("Lambda cheat sheet\nSetup steps:\n1. Create the execution role\n"
         "2. Attach the basic policy\nMax timeout 15 minutes, memory up to 10240 MB.\n\n"
         "Deploy steps:\n1. Publish a version\n2. Point the alias at it\n"
         "Default timeout 3 seconds.\n")


def test_the_last_points_of_two_numbered_lists_are_no_headings():
    # review of attr33, 2: the last point of each list, followed by text, became a heading
    # (two of them: the minimum met) and the lines after them lost Lambda
    assert _services_of(STEPS, "steps.txt", "15 min") == {"Lambda"}
    assert _services_of(STEPS, "steps.txt", "3 s") == {"Lambda"}


def test_top_level_titles_out_of_sequence_are_no_sections():
    from studycli.notes.numbered_sections import numbered_titles_to_headings

    lines = ["SQS notes", "", "2. Use long polling", "", "text", "", "2. Prefer FIFO", "", "end"]
    numbered_titles_to_headings(lines)
    assert not any(line.startswith("#") for line in lines)


DDB = ("DynamoDB\n1. Item size\nMax 400 KB per item including attribute names.\n"
       "2. Partition throughput\nUp to 3000 RCU and 1000 WCU per partition.\n"
       "3. Query results\nAt most 1 MB of data per Query call.\n")


def test_titles_naming_no_service_do_not_wipe_out_the_service_above():
    # review of attr33, 3: as headings the titles closed DynamoDB's section: service ""
    # (a note named for no service: its name gives none)
    assert _services_of(DDB, "notes.txt", "400 KB") == {"DynamoDB"}
    assert _services_of(DDB, "notes.txt", "1 MB") == {"DynamoDB"}


def test_a_top_level_title_naming_no_service_leaves_every_title_as_text():
    # neither a heading closing SQS's section nor text running it on (review 2 of attr33, 6)
    from studycli.notes.numbered_sections import numbered_titles_to_headings

    lines = ["1. Amazon SQS", "retention up to 14 days", "", "2. Exam tips",
             "visibility timeout max 12 hours", "", "3. Amazon SNS", "256 KB per message"]
    before = list(lines)
    assert numbered_titles_to_headings(lines) == set() and lines == before


# review 2 of attr33: the reviewer's notes, ordinary notes whose numbered lines are no sections
STEPS_UNDER_A_TITLE = (
    "LAMBDA DEPLOYMENT LAB\n\n"
    "1. Create an IAM role\nTrust policy allows lambda.amazonaws.com.\n\n"
    "2. Write the function\nHandler timeout set to 30 seconds, max 900 seconds.\n"
    "Memory 512 MB, max 10240 MB.\n\n"
    "3. Upload the zip to S3\nMax deployment package 250 MB unzipped.\n\n"
    "4. Publish a version\nUp to 75 GB of code storage per region.\n"
)
QUESTIONS_AFTER_A_LEAD_IN = (
    "DYNAMODB\nMax item size 400 KB.\n\nPractice:\n"
    "1. Which index can be added after table creation\nGSI, max 20 per table by default.\n\n"
    "2. How long does DAX cache items\nItem cache TTL default 5 minutes.\n\n"
    "3. How to process changes with Lambda\nStreams keep records 24 hours.\n"
    "Partition key max length 2048 bytes.\n"
)
EVENT_SOURCES = (
    "LAMBDA\nMax timeout 15 minutes.\n\nEvent sources:\n"
    "1. S3\nAsync invocation, 2 retries.\n\n2. SQS\nBatch size default 10, max 10000.\n\n"
    "3. Kinesis\nBatch size default 100.\n\nConcurrency default 1000 per region.\n"
)
A_TOPIC_AMONG_SERVICES = (
    "1. Lambda\nMax timeout 15 minutes.\n\n2. SQS\nRetention default 4 days.\n\n"
    "3. Exam tips\nVisibility timeout max 12 hours.\nSNS\n  Max message size 256 KB\n"
)


def test_numbered_steps_naming_a_service_in_passing_open_no_section():
    # "3. Upload the zip to S3" took Lambda's package size, "1. Create an IAM role" its memory
    assert "IAM" not in _services_of(STEPS_UNDER_A_TITLE, "lab.txt", "10,240 MB")
    assert "S3" not in _services_of(STEPS_UNDER_A_TITLE, "lab.txt", "250 MB")
    assert "Lambda" not in _services_of(QUESTIONS_AFTER_A_LEAD_IN, "q.txt", "24 h")


def test_a_numbered_run_under_a_lead_in_is_the_sections_list():
    # "1. S3" / "2. SQS" under "Event sources:" took Lambda's retries, batch sizes, concurrency
    facts = parse_note(as_markdown(EVENT_SOURCES, ".txt"), "ev.txt").facts
    assert facts and {f.service for f in facts} == {"Lambda"}


def test_a_top_level_topic_naming_no_service_leaves_the_note_as_before():
    # "3. Exam tips" left as text ran SQS's section over "SNS" and its 256 KB line
    assert "SQS" not in _services_of(A_TOPIC_AMONG_SERVICES, "mixed.txt", "256 KB")
