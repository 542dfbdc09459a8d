"""Shapes of a whole file read as what they are (issue 10): a markdown deck of question
cards split by "---" (notes/normalize.py, _rules_between_cards), a draw.io diagram whose
limits are loose text written under the box they are of (formats/drawio.py,
_captions_under_boxes), and a page laid out as a manual page (formats/man_page.py)."""

from __future__ import annotations

from studycli.extract import parse_note
from studycli.formats import as_markdown
from studycli.formats.spread import on_file_lines
from studycli.notes.normalize import normalize

DECK = """\
Kinesis Data Streams: how long are records kept by default?

24 hours by default, can be raised to 365 days
---
How many shards per stream by default (quota)?
---
500 shards per stream in us-east-1, 200 elsewhere
---
SQS: max message size?

256 KB per message (use the extended client + S3 beyond)
---
"""


def _facts(text: str, name: str):
    md = as_markdown(text, name[name.rfind("."):])
    return on_file_lines(parse_note(md, name, 1), md).facts


def test_a_deck_of_cards_split_by_rules_keeps_each_answer_a_fact_under_its_question():
    facts = _facts(DECK, "cards.md")
    by_line = {}
    for f in facts:
        by_line.setdefault(f.line, []).append(f)
    # each answer is a fact of its own line, of the service its question names
    assert {f.service for f in by_line[3]} == {"Kinesis Data Streams"}
    assert {(f.service, f.attribute, f.value) for f in by_line[11]
            if f.attribute == "message size"} == {("SQS", "message size", "256 KB")}
    # a card whose front and back a rule splits: its back is read too, and a card is one of
    # its own: a question naming no service asks nothing of the card before it
    assert {f.service for f in by_line[7]} == {""}
    assert any("500 shards" in f.value for f in by_line[7])


def test_a_card_naming_no_service_takes_none_from_the_card_before_it():
    deck = ("SQS: max message size?\n\n256 KB\n---\nSQS: max retention period?\n\n14 days\n"
            "---\nMax size of a single PUT upload?\n\n5 GB\n---\n"
            "Max number of buckets per account by default?\n\n100 buckets\n---\n")
    facts = _facts(deck, "deck.md")
    assert {(f.line, f.value) for f in facts if f.service == "SQS"} >= {(3, "256 KB"),
                                                                         (7, "14 days")}
    assert not [f for f in facts if f.service == "SQS" and f.line > 8]


def test_a_titled_note_with_rules_between_questions_is_no_deck():
    review = ("# Week 3 review\n\nWhich Lambda limit did I forget?\n\n- timeout max 15 min\n\n"
              "---\n\nWhy was the Kinesis answer wrong?\n\n- retention default 24 h, max 365 days"
              "\n\n---\n\nWhat did I mix up for storage?\n\n- max object size 5 TB, single PUT"
              " 5 GB\n\n---\n\nWhat about queues?\n\n- message max 256 KB\n")
    facts = _facts(review, "review.md")
    # the lines are read as before decks were: no card hands its service to the next
    assert not [f for f in facts if f.service and f.line >= 17]
    assert not normalize(review).text.count("###### ")


def test_setext_headings_and_a_single_card_stay_as_markdown_reads_them():
    titled = "S3\n---\n- max object 5 TB\n\nSQS\n---\n- max message 256 KB\n\nSNS\n---\n- x 1\n"
    facts = _facts(titled, "notes.md")
    assert {f.service for f in facts if f.line == 3} == {"S3"}  # "S3" titles its items
    assert {f.service for f in facts if f.line == 7} == {"SQS"}


def test_setext_headings_over_questions_stay_headings():
    text = ("SQS\n---\nWhat is the max message size?\n256 KB per message\n\n"
            "SNS\n---\nWhat is the max message size?\n256 KB per publish\n\n"
            "Lambda\n---\nWhat is the max timeout?\n15 minutes\n")
    facts = _facts(text, "setext.md")
    assert ("SQS", "256 KB") in {(f.service, f.value) for f in facts if f.line == 4}
    assert ("Lambda", "15 min") in {(f.service, f.value) for f in facts if f.line == 14}


DRAWIO = """\
<mxfile><diagram id="p" name="Messaging"><mxGraphModel><root>
<mxCell id="0" /><mxCell id="1" parent="0" />
<mxCell id="sqs" value="&lt;b&gt;SQS&lt;/b&gt;" style="rounded=1;" vertex="1" parent="1">
<mxGeometry x="40" y="80" width="200" height="60" as="geometry" /></mxCell>
<mxCell id="kin" value="Kinesis Data Streams" style="rounded=1;" vertex="1" parent="1">
<mxGeometry x="400" y="80" width="200" height="60" as="geometry" /></mxCell>
<mxCell id="s1" value="retention default 4 days, max 14 days" style="text;" vertex="1" parent="1">
<mxGeometry x="40" y="150" width="260" height="20" as="geometry" /></mxCell>
<mxCell id="k1" value="retention default 24 h, max 365 days" style="text;" vertex="1" parent="1">
<mxGeometry x="400" y="150" width="260" height="20" as="geometry" /></mxCell>
<mxCell id="s2" value="message size max 256 KB" style="text;" vertex="1" parent="1">
<mxGeometry x="40" y="170" width="260" height="20" as="geometry" /></mxCell>
<mxCell id="far" value="exam in 2 weeks" style="text;" vertex="1" parent="1">
<mxGeometry x="900" y="10" width="100" height="20" as="geometry" /></mxCell>
</root></mxGraphModel></diagram></mxfile>
"""


def test_loose_text_under_a_drawio_box_is_read_under_that_box():
    md = as_markdown(DRAWIO, ".drawio").split("\n")
    sqs, kinesis = md.index("- SQS"), md.index("- Kinesis Data Streams")
    assert md[sqs + 1:sqs + 3] == ["  - retention default 4 days, max 14 days",
                                   "  - message size max 256 KB"]
    assert md[kinesis + 1] == "  - retention default 24 h, max 365 days"
    assert "- exam in 2 weeks" in md  # over no box: where it was
    facts = _facts(DRAWIO, "map.drawio")
    retention = {f.service: f.value for f in facts if f.attribute.startswith("retention")
                 and f.qualifier == "max"}
    assert retention == {"SQS": "14 days", "Kinesis Data Streams": "365 days"}
    # cited on its cell's line
    assert {f.line for f in facts if f.service == "SQS" and "256" in f.value} == {11}


def _drawio_cell(ident: str, text: str, style: str, x: int, y: int, w: int, h: int) -> str:
    return (f'<mxCell id="{ident}" value="{text}" style="{style}" vertex="1" parent="1">'
            f'<mxGeometry x="{x}" y="{y}" width="{w}" height="{h}" as="geometry" /></mxCell>')


def _drawio_page(cells: list[str], sep: str) -> str:
    return sep.join(['<mxfile><diagram id="p" name="Page-1"><mxGraphModel><root>',
                     '<mxCell id="0" /><mxCell id="1" parent="0" />', *cells,
                     "</root></mxGraphModel></diagram></mxfile>", ""])


def test_captions_of_a_drawio_page_saved_on_one_line_go_under_their_own_boxes():
    cells = [_drawio_cell("sqs", "SQS", "rounded=1;", 40, 0, 120, 60),
             _drawio_cell("lam", "Lambda", "rounded=1;", 240, 0, 120, 60),
             _drawio_cell("sns", "SNS", "rounded=1;", 440, 0, 120, 60),
             _drawio_cell("c1", "retention max 14 days", "text;", 40, 70, 120, 20),
             _drawio_cell("c2", "timeout max 15 min", "text;", 240, 70, 120, 20)]
    for sep in ("\n", ""):  # one cell a line, and the whole page on one line
        facts = _facts(_drawio_page(cells, sep), "packed.drawio")
        owners = {f.value: f.service for f in facts}
        assert owners["14 days"] == "SQS" and owners["15 min"] == "Lambda"


def test_a_caption_under_a_shape_with_no_text_or_far_below_a_box_is_no_caption_of_it():
    cells = [_drawio_cell("api", "API Gateway", "rounded=1;", 40, 0, 120, 60),
             _drawio_cell("ddb", "", "shape=mxgraph.aws4.dynamodb;", 60, 400, 78, 78),
             _drawio_cell("c1", "item size max 400 KB", "text;", 40, 485, 120, 40),
             _drawio_cell("sqs", "SQS", "rounded=1;", 400, 0, 120, 60),
             _drawio_cell("c2", "exam in 2 weeks", "text;", 400, 600, 120, 20)]
    md = as_markdown(_drawio_page(cells, "\n"), ".drawio").split("\n")
    assert "- item size max 400 KB" in md and "- exam in 2 weeks" in md  # at depth 0
    facts = _facts(_drawio_page(cells, "\n"), "icons.drawio")
    assert not [f for f in facts if "400" in f.value and f.service]


MAN = """\
SQS(7)                    My AWS Manual                    SQS(7)

NAME
       sqs, sns - queues and topics, what to remember

LIMITS
  SQS
       --retention               4 days default, 1 min .. 14 days
  SNS
       --message-size            256 KB
       --subscriptions           12,500,000 per topic

MODES
       FIFO            300 msg/s without batching, exactly-once processing
       Long polling    wait time max 20 s

SEE ALSO
       sns(7), kinesis(7)

My AWS Manual                  Nov 2026                    SQS(7)
"""


def test_a_man_page_reads_its_sections_as_headings_under_the_pages_name():
    md = as_markdown(MAN, ".txt").split("\n")
    assert len(md) == len(MAN.split("\n"))
    assert md[0] == "# SQS" and md[2] == "## NAME" and md[5] == "## LIMITS"
    assert md[6] == "### SQS" and md[8] == "### SNS" and md[12] == "## MODES"
    assert md[20] == ""  # the footer
    facts = _facts(MAN, "sqs.txt")
    # a section of no service of its own is the page's, not the last subsection's
    assert {f.service for f in facts if f.line == 14} == {"SQS"}
    assert {f.service for f in facts if f.line == 10} == {"SNS"}
    assert {f.service for f in facts if f.line == 8} == {"SQS"}


def test_capitals_and_indented_text_without_a_name_section_are_no_man_page():
    text = "LIMITS\n       max 5 TB\nDEFAULTS\n       ttl 24 h\nERRORS\n       503 SlowDown\n"
    assert as_markdown(text, ".txt") == text


def test_a_note_with_man_sections_and_no_title_line_reads_as_before():
    study = ("NAME\n        DynamoDB\n\nLIMITS\n        item size max 400 KB\n"
             "        partition key value max 2048 bytes\n\nDEFAULTS\n"
             "        PITR retention 35 days\n")
    assert as_markdown(study, ".txt") == study
    facts = _facts(study, "study.txt")
    assert {(f.service, f.value) for f in facts if f.line == 5} >= {("DynamoDB", "400 KB")}
    lam = ("NAME\n       lambda - serverless functions\n\nLIMITS\n"
           "       Timeout(s)          900 max\n       Memory(MB)          128 min, 10240 max\n"
           "\nERRORS\n       429 TooManyRequestsException when concurrency is exhausted\n")
    assert as_markdown(lam, ".txt") == lam  # "Timeout(s)  900 max" is no title
    assert {f.service for f in _facts(lam, "lam.txt") if f.line == 6} == {"Lambda"}


def test_a_section_opening_with_a_subsection_counts_toward_a_man_page():
    page = ("S3(7)                      Dana's AWS Study Manual                      S3(7)\n\n"
            "NAME\n       s3, cloudfront - object storage + CDN\n\nLIMITS\n  CloudFront\n"
            "       --origins                 25 per distribution\n\nMODES\n"
            "       Multipart       part size 5 MB min, 10,000 parts max\n")
    md = as_markdown(page, ".txt").split("\n")
    assert md[0] == "# S3" and md[6] == "### CloudFront" and md[9] == "## MODES"
    facts = _facts(page, "s3.txt")
    assert {f.service for f in facts if f.line == 11} == {"S3"}  # not CloudFront's


def test_an_indented_line_holding_a_number_is_no_subsection():
    page = ("S3(7)        My AWS Manual        S3(7)\n\nNAME\n       s3 - object storage\n\n"
            "LIMITS\n  max object 5 TB\n       a single PUT up to 5 GB\n  Route 53\n"
            "       records 10,000 per zone\n\nSEE ALSO\n       glacier(7)\n")
    md = as_markdown(page, ".txt").split("\n")
    assert md[6] == "  max object 5 TB" and md[8] == "### Route 53"


def test_a_man_pages_last_line_is_blanked_only_when_it_repeats_the_title():
    page = ("S3(7)        My AWS Manual        S3(7)\n\nNAME\n       s3 - object storage\n\n"
            "LIMITS\n       object 5 TB max\n\nEXAMPLES\n       obj  =  s3.get_object()\n")
    assert as_markdown(page, ".txt").split("\n")[9] == "       obj  =  s3.get_object()"
    footed = page + "\nMy AWS Manual          Nov 2026          S3(7)\n"
    assert as_markdown(footed, ".txt").split("\n")[11] == ""
