"""Review 48 (tester, new user) H1, H2, H3, M4: a line's figures filed under the wrong
service, attribute or kind.

H1: a heading that lists a section's topics ("Week 6 - decoupling + DynamoDB", "Section 7:
Global infra, CloudFront, support plans") claimed every line under it (SQS rows filed as
DynamoDB's, "IAM: max 5,000 IAM users" as CloudFront's); a video note's "[28:40] IAM:" lost its
label with the chat speakers' names. H2: "(5)" took the KB of a clause before it. H3: a
summary's bare "vis timeout 30 s" was a limit beside the note's "default 30 s". M4: "[18:05]
Business: ..." lost "Business:".
"""

from __future__ import annotations

from studycli.extract import parse_note
from studycli.extract.context import lists_topics
from studycli.extract.quantities import find_quantities
from studycli.formats import as_markdown
from studycli.model import Kind
from studycli.notes.normalize import normalize


def _limits(text: str, name: str = "notes.md") -> list[tuple[int, str, str, str, str]]:
    note = parse_note(as_markdown(text, ".md"), name)
    return sorted((f.line, f.service, f.attribute, f.qualifier, f.value)
                  for f in note.facts if f.kind is not Kind.FACT)


_CORNELL = """# Week 6 - decoupling + DynamoDB

CUES                         | NOTES
-----------------------------|------------------------------------------
vis timeout default / max?   | visibility timeout default 30 s, max 12 hours
delay queue?                 | delay queue 0-15 min, default 0
msg size?                    | max msg size 256 KB -> bigger = SQS Extended Client + S3
DDB item size?               | DynamoDB max item size 400 KB
"""


def test_a_heading_listing_topics_does_not_claim_the_lines_that_name_another_service():
    facts = _limits(_CORNELL)
    assert (7, "SQS", "message size", "max", "256 KB") in facts
    assert (8, "DynamoDB", "item size", "max", "400 KB") in facts
    # the rows that name no service are nobody's rather than DynamoDB's
    assert not [f for f in facts if f[1] == "DynamoDB" and f[0] != 8]


def test_which_headings_list_topics():
    assert lists_topics("Week 6 - decoupling + DynamoDB")
    assert lists_topics("Cornell notes - wk 6 - decoupling + DynamoDB  (SAA / DVA)")
    assert lists_topics("Stephane CCP course - Section 7: Global infra, CloudFront, support plans "
                        "(watched 3 Dec)")
    # one service's section, its parts, or a category and its service
    for heading in ("DynamoDB", "S3 - storage classes, lifecycle, replication",
                    "Networking / VPC", "VPN & Direct Connect", "Hybrid: VPN + Direct Connect",
                    "Streams / TTL / DAX", "DynamoDB: streams, TTL, DAX",
                    "Part 2 — Launch template + ASG"):
        assert not lists_topics(heading), heading


_VIDEO = """## CCP course - Section 7: Global infra, CloudFront, support plans

[05:30] CloudFront = CDN, caches at edge locations
[15:20] Basic: free, only docs/forums, 7 core Trusted Advisor checks
[18:05] Business: 24/7 phone+chat, production system down < 1 hour
[24:30] Spot up to 90% off, can be reclaimed with 2 min warning
[28:40] IAM: max 5,000 IAM users per account, user can be in 10 groups max
"""


def test_a_video_notes_labels_stay_and_its_topic_heading_claims_no_line():
    text = normalize(_VIDEO).text
    assert "Business: 24/7 phone+chat" in text  # M4
    assert "IAM: max 5,000 IAM users" in text
    facts = _limits(_VIDEO)
    assert (7, "IAM", "iam users (per account)", "max", "5000 IAM users") in facts
    assert not [f for f in facts if f[1] == "CloudFront" and f[0] != 3]


def test_a_chats_speakers_are_still_no_part_of_what_they_said():
    chat = ("[09:30] sam: sqs max message size\n[09:30] rosa: 256 KB\n"
            "[09:31] sam: retention?\n[09:31] rosa: default 4 days, max 14 days\n")
    text = normalize(chat).text
    assert "sam:" not in text and "rosa:" not in text


def test_a_count_in_brackets_takes_no_unit_from_a_clause_before_it():  # H2
    line = "DynamoDB: 400 KB items, RCU 4 KB / WCU 1 KB, LSI only at creation (5), GSI 20."
    assert [q.value for q in find_quantities(line)] == ["400 KB", "4 KB", "1 KB"]
    # a second value in the first one's clause still takes its unit
    assert [q.value for q in find_quantities("300 msg/s without batching, 3,000 with batching")
            ] == ["300 messages/s", "3000 messages/s"]


def test_a_summarys_plain_value_that_is_the_notes_default_is_that_default():  # H3
    facts = _limits("# SQS\n\nvisibility timeout default 30 s, max 12 hours\n\n"
                    "SUMMARY: Retention 4 d default, 14 d max, vis timeout 30 s.\n")
    timeouts = [f for f in facts if f[2] == "visibility timeout"]
    assert timeouts and all(f[3] for f in timeouts), timeouts  # no plain 30 s limit


# Review of mendsvc48 (tester) HIGH 1: a short chat, each speaker saying one line, is no
# video's labelled notes: the names kept hid the service opening each line
_SHORT_CHAT = """# SQS study group

[21:02] kenji: SQS max message size 256 KB
[21:03] priya: kinesis retention max 365 days
[21:04] ravi: lambda timeout max 15 min
"""


def test_a_short_chats_speakers_are_no_labels():
    text = normalize(_SHORT_CHAT).text
    assert "priya:" not in text and "ravi:" not in text
    facts = _limits(_SHORT_CHAT)
    assert (4, "Kinesis Data Streams", "retention period", "max", "365 days") in facts
    assert (5, "Lambda", "execution timeout", "max", "15 min") in facts
    assert not [f for f in facts if f[1] == "SQS" and f[0] != 3]


# HIGH 2: a heading listing topics among which one service, over a section that names no other
# service, is that service's section
def test_a_topic_heading_over_its_one_services_lines_claims_them():
    facts = _limits("# Week 4 - serverless + Lambda\n\n- timeout max 15 min\n"
                    "- memory 128 MB to 10,240 MB\n")
    assert (3, "Lambda", "execution timeout", "max", "15 min") in facts
    assert (4, "Lambda", "memory", "max", "10,240 MB") in facts
    facts = _limits("## Section 5: intro, CloudFront, pricing\n\n- default TTL 24 hours\n")
    assert (3, "CloudFront", "cache TTL", "default", "24 h") in facts
