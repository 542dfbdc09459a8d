"""A WhatsApp chat export's date, time and sender are no part of what was said: "12/03/26,
21:16 - Kenji: async = event invocation type" (Android) and "[03/11/2026, 21:03] Priya: S3 max
object size 5TB" (iOS) are read as their messages. Left in, the date's numbers and the
sender's name were read with the message ("kenji async event" as an attribute)."""

from __future__ import annotations

from studycli.extract.pipeline import parse_note
from studycli.notes.normalize import _inline_cleanup

ANDROID = ("12/03/26, 20:59 - Priya created group \"DVA-C02 grind\"\n"
           "12/03/26, 21:04 - Tom: lambda default timeout is 3 sec, max 900 sec\n"
           "12/03/26, 21:16 - Kenji: async = event invocation type\n")
IOS = ("[03/11/2026, 21:03] Priya: S3 max object size 5TB\n"
       "[1/2/2026, 9:03:11 PM] Ravi K: SQS retention max 14 days\n")


def test_the_date_time_and_sender_go():
    assert _inline_cleanup("12/03/26, 21:16 - Kenji: async = event invocation type") \
        == "async = event invocation type"
    assert _inline_cleanup("[03/11/2026, 21:03] Priya: S3 max object size 5TB") \
        == "S3 max object size 5TB"
    assert _inline_cleanup("[1/2/2026, 9:03:11 PM] Ravi K: SQS retention max 14 days") \
        == "SQS retention max 14 days"
    # a line the app wrote has no sender: its date and time go all the same
    assert _inline_cleanup("12/03/26, 20:59 - Priya created group") == "Priya created group"


def test_messages_are_read_without_the_sender():
    facts = parse_note(ANDROID + IOS, "chat.txt").facts
    assert not any("kenji" in f.attribute.lower() or "tom" in f.attribute.lower().split()
                   for f in facts)
    values = {(f.service, f.value) for f in facts if f.number is not None}
    assert ("Lambda", "3 s") in values
    assert ("S3", "5 TB") in values
    assert ("SQS", "14 days") in values


def test_lines_that_only_look_like_chat_are_kept():
    for line in ("2026-10-20 - Tutorials Dojo DVA set 1: 64%",  # a journal's ISO date
                 "Lambda timeout: 15 min",
                 "12/03 - lambda: 15 min",  # no time of day: no chat line
                 "3/4 of the quota, 10:30 is the limit"):
        assert _inline_cleanup(line) == line
