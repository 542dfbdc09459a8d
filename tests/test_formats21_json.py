"""A JSON flashcard export is read card by card (question and answer one statement at the
question's line, an answer's other lines items under it), and a chat export's formatted
messages (Telegram's result.json) whole, without their senders' names
(studycli/formats/json_notes.py)."""

from __future__ import annotations

import json

from studycli.formats import as_markdown
from tests.helpers import run_here

CARDS = """\
[
  {"id": "c1", "deck": "SAA::Networking", "front": "subnets per VPC (default quota)",
   "back": "200", "tags": ["vpc"]},
  {"id": "c2", "deck": "SAA::Networking", "front": "Reserved IPs in every subnet?",
   "back": "5 reserved per subnet:\\n- .0 network addr\\n- .1 VPC router",
   "tags": ["vpc"]},

  {"id": "c3", "front": "IGW per VPC?", "back": "1 internet gateway per VPC"}
]
"""

CHAT = """\
{
 "name": "DVA squad",
 "messages": [
  {"id": 1, "type": "message", "from": "Ravi K", "text": "lambda max timeout is 5 min right"},
  {"id": 2, "type": "message", "from": "Mei", "text": ["no! max timeout is ", {"type": \
"bold", "text": "15 minutes"}, ", invoke with ", {"type": "code", "text": "Event"}, " async"]}
 ]
}
"""


def test_a_cards_question_and_answer_are_one_statement_at_its_line():
    out = as_markdown(CARDS, ".json").split("\n")
    assert len(out) == len(CARDS.split("\n"))
    assert out[1] == "- subnets per VPC (default quota): 200"  # "200": no text alone
    assert out[2] == ""
    # an answer's lines go on the free lines below (its own, a blank one), never on the
    # next card's
    assert out[3:8] == ["- Reserved IPs in every subnet? 5 reserved per subnet:",
                        "  - .0 network addr", "  - .1 VPC router", "",
                        "- IGW per VPC? 1 internet gateway per VPC"]
    longer = CARDS.replace("VPC router", "VPC router\\n- .2 DNS\\n- .3 future use")
    packed = as_markdown(longer.replace("\n\n", "\n"), ".json").split("\n")
    assert packed[5] == "  - .1 VPC router · .2 DNS · .3 future use"  # no room: joined
    assert packed[6].startswith("- IGW per VPC?")


def test_a_cards_answer_is_found_at_its_questions_line(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "cards.json").write_text(CARDS, encoding="utf-8")
    db = tmp_path / "s.db"
    assert run_here("ingest", str(notes), db=db).returncode == 0
    hits = json.loads(run_here("lookup", "max subnets per vpc", "--json", db=db).stdout)
    assert any("200" in h["snippet"] and h["line"] == 2 for h in hits[:3])


def test_a_chats_formatted_message_is_one_sentence_without_its_sender():
    out = as_markdown(CHAT, ".json").split("\n")
    assert len(out) == len(CHAT.split("\n"))
    assert out[3] == "lambda max timeout is 5 min right"
    assert out[4] == "no! max timeout is 15 minutes, invoke with Event async"
    assert "Ravi K" not in "\n".join(out)


def test_a_keep_note_without_cards_or_chats_reads_as_before():
    keep = '{"title": "SQS", "textContent": "retention max 14 days\\ndefault 4 days"}\n'
    assert as_markdown(keep, ".json") == "## SQS\nretention max 14 days\ndefault 4 days"


def test_from_is_a_sender_only_in_a_chat():
    rules = '[{"from": "S3 Standard", "to": "Glacier Deep Archive", "after": "90 days"}]\n'
    assert "S3 Standard" in as_markdown(rules, ".json")
