"""Note layouts whose lines lost the service they are under (pass 12 of the parser, issues #10
and #8): an Anki text export with a "#separator:tab" header, an outline of roman numerals and
letters, a mind map of indented arrows, and a paragraph that lists a service's destinations.
Lines here are written for the test, in other wordings than the development notes."""

from __future__ import annotations

import textwrap

from studycli.extract import parse_note
from studycli.model import Kind
from studycli.notes.normalize import normalize


def _quantities(text: str, name: str = "n.md") -> list[tuple[str, int, str, str]]:
    return [(f.service, f.line, f.attribute, f.value) for f in parse_note(text, name).facts
            if f.kind is not Kind.FACT]


def _by_line(text: str, name: str = "n.md") -> dict[int, set[str]]:
    out: dict[int, set[str]] = {}
    for service, line, _, _ in _quantities(text, name):
        out.setdefault(line, set()).add(service)
    return out


ANKI = ("#separator:tab\n#html:true\n#tags column:3\n#deck:Exam::Streams\n"
        "Kinesis default retention?\t24 hours (up to 365 days)\tkinesis\n"
        "DynamoDB item size max\t400 KB\tdynamodb\n"
        "Lambda max timeout\t15 minutes<br>default 3 s\tlambda\n")


def test_an_anki_tab_export_is_cards_each_about_its_own_service():
    by_line = _by_line(ANKI, "deck.txt")
    assert by_line[5] == {"Kinesis Data Streams"}
    assert by_line[6] == {"DynamoDB"}
    assert by_line[7] == {"Lambda"}


def test_an_anki_export_s_first_card_is_no_table_header():
    facts = parse_note(ANKI, "deck.txt").facts
    assert not any("24 hours" in f.subject or "365" in f.subject for f in facts)
    assert not parse_note(ANKI, "deck.txt").comparisons
    # the tags column is the export's, not the card's answer
    assert not any(f.value.endswith("dynamodb") for f in facts if f.line == 6)


def test_a_tab_file_without_an_anki_header_is_read_as_before():
    table = ("Service\tDefault\tMax\n"
             "Lambda timeout\t3 s\t15 min\n"
             "SQS retention\t4 days\t14 days\n")
    assert len(normalize(table).tables) == 1   # still a table read by its header
    assert ("Lambda", 2, "execution timeout", "15 min") in _quantities(table, "t.txt")


ROMAN = """REVIEW OUTLINE

I. Auto Scaling
   A. Cooldown default 300 seconds
   B. Policies
      1. step scaling uses CloudWatch alarms
      2. warm-up 60 s for new instances

II. CloudFront
   A. origins: S3, ALB, EC2, custom HTTP
   B. Default TTL 24 hours (86,400 s), max 1 year
      a. min TTL 0

III. Route 53
   A. health checks
      1. standard interval 30 seconds
"""


def test_a_roman_outline_gives_each_point_the_service_of_its_numeral():
    by_line = _by_line(ROMAN)
    assert by_line[4] == {"Auto Scaling"}      # nothing above it named Auto Scaling as a list
    assert by_line[7] == {"Auto Scaling"}      # not the CloudWatch of the line before
    assert by_line[11] == {"CloudFront"}       # not the S3 the line before names
    assert by_line[16] == {"Route 53"}


def test_lettered_options_without_roman_numerals_are_left_alone():
    journal = ("Q: which service stores objects?\n"
               "A. S3 with 11 9s durability\nB. EBS\nC. EFS\n")
    assert "- " not in normalize(journal).text  # no outline is made of them


MIND_MAP = """my serverless map

SQS
  -> limits
      -> message size => 256 KB
      -> retention => default 4 days, max 14 days
  -> lambda trigger
      -> kinesis/ddb streams: blocked shard on error
  -> errors
      -> OverLimit => 120,000 in-flight messages

STEP FUNCTIONS
  -> Express => max duration 5 minutes
  -> Standard => history kept 90 days (EventBridge for alerts)
"""


def test_a_mind_map_s_arrows_keep_the_service_of_the_top_line():
    by_line = _by_line(MIND_MAP)
    assert by_line[5] == {"SQS"}
    assert by_line[6] == {"SQS"}
    assert by_line[10] == {"SQS"}              # not the Kinesis of the sibling above
    assert by_line[13] == {"Step Functions"}
    assert by_line[14] == {"Step Functions"}   # not the EventBridge named after its numbers
    lines = MIND_MAP.splitlines()
    flat = "\n".join(line.strip() for line in lines)  # no indentation: no outline is made
    assert _by_line(flat).get(10) == {"Kinesis Data Streams"}  # (what the arrows fix)


def test_a_practice_journal_s_arrow_answers_at_the_margin_are_no_mind_map():
    journal = ("Q1: max SQS message size?\n-> 256 KB\n-> bigger: extended client\n"
               "Q2: Lambda max timeout?\n-> 15 min\n")
    assert normalize(journal).text == journal  # no list is made of them
    assert ("Lambda", 5) in {(s, line) for s, line, *_ in _quantities(journal)}


def _wrapped(text: str) -> str:
    return "\n".join(textwrap.wrap(text, 72))


def test_a_sentence_listing_destinations_moves_no_paragraph_topic():
    prose = "## Delivery\n\n" + _wrapped(
        "Kinesis Data Firehose is the service that loads a stream into a store for you, with "
        "no code to write and nothing to scale. It is the loader for S3, Redshift, OpenSearch, "
        "Splunk and plain HTTP endpoints. S3, Redshift, OpenSearch and Splunk are its main "
        "destinations. Because it buffers before writing, the buffer interval is 60 to 900 "
        "seconds and the buffer size is 1 to 128 MB, whichever fills first.") + "\n"
    services = {s for s, *_ in _quantities(prose)}
    assert services == {"Data Firehose"}


def test_a_sentence_that_opens_on_one_service_still_moves_the_topic():
    prose = "## Messaging\n\n" + _wrapped(
        "SNS fans out one message to many subscribers at once, and its messages are at most "
        "256 KB each. SQS, on the other hand, keeps each message for 4 days by default and "
        "for up to 14 days if you ask, until a consumer deletes it.") + "\n"
    by = {(s, v) for s, _, _, v in _quantities(prose)}
    assert ("SNS", "256 KB") in by and ("SQS", "4 days") in by


ONENOTE = """Exam prep – week 4
Tuesday, March 3, 2026    9:14 PM

DynamoDB (course part 7)
   • Item size
          o 400 KB max per item
   • Streams
          o stream retention 24 hours

Error handling
   • throttled writes → ProvisionedThroughputExceededException
   • batch write max 25 items

Step Functions
   • Express workflows max 5 minutes
"""


def test_a_onenote_title_over_its_items_gives_them_its_service():
    by_line = _by_line(ONENOTE, "page.txt")
    assert by_line[6] == {"DynamoDB"}
    assert by_line[8] == {"DynamoDB"}
    statements = {f.line: f.service for f in parse_note(ONENOTE, "page.txt").facts}
    assert statements[15] == "Step Functions"
    assert statements[11] == ""   # "Error handling" names no service: not DynamoDB's


def test_a_title_naming_no_service_ends_the_section_before_it():
    # "Error handling" is a section of its own, not DynamoDB's "course part 7" any more
    text = normalize(ONENOTE).text
    assert "## Error handling" in text and "## DynamoDB (course part 7)" in text


def test_titles_over_items_naming_no_service_stay_text():
    page = ("Study page\n\nSupport plans\n   • Basic: free\n   • Business: from $100/month\n\n"
            "Pricing\n   • pay as you go\n")
    assert "## Support plans" not in normalize(page).text


MISTAKES_LOG = """MY MISTAKES LOG
format -> [round#] topic / wrong: my pick / right: the answer

[round2] CloudFormation quotas
   wrong: 60 outputs
   right: 200 outputs, template body 51,200 bytes inline / 1 MB from S3

[round2] DynamoDB atomic writes across tables
   wrong: BatchWriteItem
   right: TransactWriteItems, up to 100 items per call; not Kinesis
"""


def test_a_mistakes_log_topic_line_is_the_question_of_its_answers():
    facts = [(f.line, f.service) for f in parse_note(MISTAKES_LOG, "log.txt").facts
             if f.kind is not Kind.FACT]
    assert (6, "CloudFormation") in facts and (6, "S3") not in facts
    assert {s for line, s in facts if line == 10} == {"DynamoDB"}


def test_a_log_s_tag_is_no_part_of_a_topic():
    topics = {f.attribute for f in parse_note(MISTAKES_LOG, "log.txt").facts
              if f.kind is Kind.FACT and f.line == 6}
    assert topics and not any("round2" in t or t.startswith("]") for t in topics)


def test_a_line_before_an_emoji_error_mark_is_no_question():
    tips = ("## Parameter Store\n\n- throughput std = 40 TPS, higher throughput 10,000 TPS\n"
            "- ❌ ParameterNotFound → wrong name or region\n"
            "- ✅ SecureString = KMS-encrypted\n")
    from studycli.notes.blocks import to_blocks

    blocks, _ = to_blocks(normalize(tips).text, [])
    assert all(b.question is None for b in blocks)
