"""A comparison section whose two sides are bold labels over lists, the second label right
under the first list's last item ("**SQS**" / "- pull based" / "**SNS**" / "- push based"):
markdown reads the second label as that item's lazy continuation, so the second side's
lines were filed under the first (session 30, lookup30c: unseen86's "**NACL**",
"**SNS**", "**Read Replica**", "**NLB**" sections were the other side's).
notes/normalize._bold_labels_between_lists makes such a label a heading."""

from __future__ import annotations

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
