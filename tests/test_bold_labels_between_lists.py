"""A comparison section whose two sides are bold labels over lists, the second label right
under the first list's last item ("**SQS**" / "- pull based" / "**SNS**" / "- push based"):
markdown reads the second label as that item's lazy continuation, so the second side's
lines were filed under the first (session 30, lookup30c: unseen86's "**NACL**",
"**SNS**", "**Read Replica**", "**NLB**" sections were the other side's).
notes/normalize._bold_labels_between_lists makes such a label a heading."""

from __future__ import annotations

from studycli.lookup import lookup
from studycli.notes.blocks import to_blocks
from studycli.notes.normalize import normalize

from .helpers import lookup_values, notes_conn

NOTE = ("# Confusing pairs\n\n## SQS vs SNS\n**SQS**\n- pull based (consumers poll)\n"
        "- message persisted up to 14 days, default 4 days\n**SNS**\n"
        "- push based (pub/sub)\n- many subscribers get a copy each\n\n"
        "## Security Group vs NACL\n**Security Group**\n- stateful, instance level\n"
        "- allow rules only\n**NACL**\n- stateless, subnet level\n"
        "- rules evaluated in number order, lowest first\n")


def test_second_label_titles_its_own_list(tmp_path):
    conn = notes_conn(tmp_path, NOTE)
    rows = dict(conn.execute("SELECT value, service FROM facts").fetchall())
    assert rows["push based (pub/sub)"] == "SNS", rows
    assert rows["pull based (consumers poll)"] == "SQS", rows
    conn.close()


def test_second_side_answers_its_own_question(tmp_path):
    conn = notes_conn(tmp_path, NOTE)
    values = lookup_values(conn, "is sns push or pull")
    assert values and values[0].startswith("push based"), values
    conn.close()


def test_a_label_after_a_blank_line_or_between_paragraphs_is_left():
    # a blank line before it makes it the list's lead-in already; a bold line between
    # paragraphs labels no list
    for text in ("- one item\n\n**SNS**\n- push based", "some prose\n**Note**\nmore prose"):
        assert "######" not in normalize(text).text, text


def test_sides_answer_with_their_own_service(tmp_path):
    # each side's line is its own service's, whichever side is asked (review of lookup30c,
    # finding 6: "is sns push or pull" answered the only push line before too, as SQS's)
    conn = notes_conn(tmp_path, NOTE)
    for query, first in (("is sns push or pull", "push based"),
                         ("is sqs push or pull", "pull based")):
        hits = lookup(conn, query, limit=3).to_json()
        assert hits and hits[0]["value"].startswith(first), (query, hits)
        assert not any(h["value"].startswith("push based") and h["service"] == "SQS"
                       for h in hits), (query, hits)
    conn.close()


def test_a_bold_remark_under_an_item_of_a_plain_list_stays_its_words(tmp_path):
    # no bold label opens the section's first list: "**Node.js and Python only**" is a
    # remark on Lambda@Edge, not a title over CloudFront Functions' lines (finding 2)
    text = ("# CloudFront\n- Lambda@Edge: viewer and origin request/response\n"
            "**Node.js and Python only**\n- CloudFront Functions: JavaScript only, viewer "
            "events only\n- max 5 KB code for CloudFront Functions\n")
    assert "######" not in normalize(text).text
    conn = notes_conn(tmp_path, text, name="cloudfront.md")
    lines = {line for (line,) in conn.execute("SELECT line FROM facts")}
    attrs = [a for (a,) in conn.execute("SELECT attribute FROM facts WHERE line > 3")]
    assert 3 in lines and not any("node.js" in (a or "") for a in attrs), (lines, attrs)
    conn.close()


def test_a_plain_note_keeps_its_titles(tmp_path):
    # the pass made no heading before plain titles were read: "LIMITS" stays DynamoDB's
    # section title, "**FIFO**" under "SQS" no markdown heading that made the note unplain
    # (finding 3)
    text = ("LAMBDA\n- timeout max 15 min\n- memory 128 MB to 10 GB\n\nSQS\n"
            "- retention default 4 days, max 14 days\n**FIFO**\n- 300 msg/s without batching\n"
            "- exactly once processing\n\nDYNAMODB\n- max item size 400 KB\n"
            "- TTL deletes expired items within 48 hours\n\nLIMITS\n"
            "- max 25 items per batch write\n")
    conn = notes_conn(tmp_path, text, name="plain2.txt")
    hits = lookup(conn, "dynamodb batch write max items", limit=3).to_json()
    assert hits and "25" in hits[0]["value"] and hits[0]["service"] == "DynamoDB", hits
    conn.close()


def test_a_label_titles_only_its_list():
    # a summary line after the lists is the section's, not the last side's (finding 5)
    text = ("# Pairs\n\n## EBS vs EFS\n**EBS**\n- block, one instance\n**EFS**\n"
            "- NFS, many instances\n  - Linux only\n\n=> shared linux fs = EFS\n\n## Next\n- x\n")
    blocks, _ = to_blocks(normalize(text).text, [])
    summary = next(b for b in blocks if b.text.startswith("=>"))
    assert summary.headings == ("Pairs", "EBS vs EFS"), summary.headings
    assert summary.line == 10
    side = next(b for b in blocks if b.text == "Linux only")
    assert side.headings[-1] == "EFS", side.headings


def test_lines_in_a_code_fence_are_left():
    # finding 8: a fence's lines are the code's
    text = "## A vs B\n**A**\n- x\n```\n- a\n**X**\n- b\n```\n"
    assert "######" not in normalize(text).text
