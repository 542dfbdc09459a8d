"""The review of issue 10's languages: a rate said with its preposition (Arabic "في الثانية",
Hebrew "לשנייה") is a rate, not a count; Persian "۵ تا VPC" counts (5 VPCs), "تا" before a
figure is "up to"; Arabic "14 يوماً" (the form after 11 to 99) is 14 days; Dutch
"S3 Standaard 3 AZ's" is the storage class, not a default; a lookup typed in Arabic, Hebrew
or Thai is read with the same vocabulary as the note."""

from __future__ import annotations

import re

from studycli.notes.gloss import gloss, gloss_query
from tests.helpers import folder_cli


def _read(text: str) -> str:
    """gloss's reading with its runs of spaces as one (the gaps are no part of the reading)."""
    return re.sub(r"[ \t]+", " ", gloss(text))


ARABIC = """\
# ملاحظات SQS

- مدة الاحتفاظ بالرسائل الافتراضية 4 أيام، والحد الأقصى 14 يوماً
- مع batching حتى 3000 رسالة في الثانية
- SQS FIFO: حتى 300 رسالة في الثانية بدون batching
"""

PERSIAN = """\
# یادداشت VPC

- در هر region پیش‌فرض ۵ تا VPC داریم
- هر account حداکثر ۵ تا Elastic IP در هر region
- long polling: از ۱ ثانیه تا ۲۰ ثانیه
"""

HEBREW = """\
# SQS

- SQS FIFO: עד 300 הודעות לשנייה ללא batching
"""

DUTCH = """\
# Notities S3 en IAM

- het is niet zo dat een bucket alleen voor een regio is, maar ook wordt het met elke key \
gedaan voor de kosten
- S3 Standaard: 99,99% beschikbaarheid, 11 negens duurzaamheid
- S3 Standaard 3 AZ's, ook voor IA
- Glacier Deep Archive: ophalen standaard 12 uur, bulk 48 uur
- AssumeRole: sessieduur standaard 1 uur, min 15 minuten, max 12 uur
- cooldown standaard 300 seconden
"""


def test_a_rate_said_with_its_preposition_is_a_rate_not_a_count():
    read = _read(ARABIC)
    assert "up to 3000 message per second" in read
    assert "300 message per second without batching" in read
    assert "up to 300 messages per second without batching" in _read(HEBREW)


def test_arabic_days_after_eleven_persian_counting_and_ranges():
    assert "max 14 days" in _read(ARABIC)
    read = _read(PERSIAN)
    assert "per region default 5 VPC" in read  # not "5 up to VPC"
    assert "max 5 Elastic IP per region" in read
    assert "1 seconds to 20 seconds" in read  # a range between two figures (lang47: "to")


def test_a_dutch_storage_class_or_tier_named_standaard_is_no_default():
    read = _read(DUTCH)
    assert "S3 Standaard: 99.99%" in read and "S3 Standaard 3 AZ's" in read
    assert "ophalen standaard 12 uur" in read
    # the default it is everywhere else
    assert "session duration default 1 uur" in read and "cooldown default 300" in read


def test_lookups_typed_in_arabic_hebrew_and_thai_are_read():
    assert gloss_query("sqs الحد الأقصى حجم الرسالة").split() == ["sqs", "max", "size", "message"]
    assert gloss_query("lambda זמן קצוב מקסימום").split() == ["lambda", "timeout", "max"]
    assert gloss_query("lambda หน่วยความจำ สูงสุด").split() == ["lambda", "memory", "max"]


def test_the_notes_answer_and_the_wrong_answers_stay_refused(tmp_path):
    ask = folder_cli(tmp_path, {"sqs_ar.md": ARABIC, "vpc_fa.md": PERSIAN, "sqs_he.md": HEBREW,
                                "s3_nl.md": DUTCH})

    def values(query: str) -> list[str]:
        return [h["value"] for h in ask("lookup", query) if h.get("kind") != "fact"]

    assert values("sqs max retention")[:1] == ["14 days"]
    assert values("sqs الحد الأقصى الاحتفاظ")[:1] == ["14 days"]
    assert values("sqs default retention")[:1] == ["4 days"]
    assert values("vpc default vpcs per region")[:1] == ["5 VPCs"]
    assert values("max elastic ips per region")[:1] == ["5 Elastic IPs"]
    assert values("assumerole default session duration")[:1] == ["1 h"]
    # 3000 and 300 messages a second are no batch size
    assert not any(v.startswith(("3000", "300")) for v in values("sqs max batch size"))
    # "S3 Standaard" is the storage class: its 3 AZs and 99.99% are no S3 default
    for query in ("s3 default availability", "s3 default azs"):
        assert all(h.get("kind") != "default" for h in ask("lookup", query))
