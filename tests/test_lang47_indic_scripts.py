"""Issue 10: notes in Bengali, Tamil, Hindi and the other scripts of India
(studycli/languages_indic.py) are read wherever their script is written, as Arabic, Hebrew and
Thai are: before, "hibernate সর্বোচ্চ ৯০ দিন" and "default cooldown ৩০০ সেকেন্ড" made no fact.
Their bounds follow the figure ("৭২% পর্যন্ত", "7 நாட்கள் வரை": moved before it), "from X to
Y" is a postposition after X ("128 MB থেকে 10,240 MB", "/16 முதல் /28 வரை"); Persian "۱ تا ۲۰"
is a range too; the nouns of Persian, Ukrainian ("одного обʼєкта", its own apostrophe) and
Portuguese notes name what a size is of."""

from __future__ import annotations

import re

import pytest

from studycli.notes.gloss import gloss
from tests.helpers import folder_cli


def _read(text: str) -> str:
    """gloss's reading with its runs of spaces as one (the gaps are no part of the reading)."""
    return re.sub(r"[ \t]+", " ", gloss(text))


@pytest.mark.parametrize("line, read", [
    ("hibernate সর্বোচ্চ ৯০ দিন", "hibernate max 90 days"),
    ("default cooldown ৩০০ সেকেন্ড", "default cooldown 300 seconds"),
    ("RI ৭২% পর্যন্ত ছাড়", "RI up to 72% discount"),  # (its nukta apart: NFC)
    ("async event age: 6 ঘণ্টা পর্যন্ত queue তে", "async event age: up to 6 hours queue"),
    ("প্রতি AZ তে সর্বোচ্চ ৭টা instance", "per AZ তে max 7 instance"),
    ("memory: 128 MB থেকে 10,240 MB", "memory: 128 MB to 10,240 MB"),
    ("retention: default 4 நாட்கள், max 7 நாட்கள்", "retention: default 4 days , max 7 days"),
    ("VPC CIDR: /16 முதல் /28 வரை", "VPC CIDR: /16 to /28"),
    ("ENI க்கு 5 SG வரை", "up to 5 SG"),
    ("Lambda timeout अधिकतम 15 मिनट, डिफ़ॉल्ट 3 सेकंड", "timeout max 15 minutes , default 3"),
    ("retention 24 घंटे से 365 दिन तक", "retention 24 hours to 365 days"),
    ("SQS retention 14 दिवस पर्यंत", "SQS retention up to 14 days"),
    ("timeout గరిష్ఠం 15 నిమిషాలు", "timeout max 15 minutes"),
    ("timeout പരമാവധി 15 മിനിറ്റ്", "timeout max 15 minutes"),
    ("long polling: WaitTimeSeconds بین ۱ تا ۲۰ ثانیه", "WaitTimeSeconds بین 1 to 20 seconds"),
])
def test_indic_scripts_and_postposed_bounds_are_read(line, read):
    assert read in _read(f"# Notes\n{line}\n")


def test_a_name_s_digits_take_no_postposed_bound():
    assert "up to 2" not in _read("# EC2\nEC2 வரை instance\n")


@pytest.mark.parametrize("line, read", [
    ("- макс розмір одного обʼєкта: 5 TB", "max size single object: 5 TB"),
    ("- макс розмір одного об’єкта: 5 TB", "max size single object: 5 TB"),
    ("- max size پیام: 256 KB", "max size message : 256 KB"),
    ("- tamanho máximo de um objeto: 5 TB, e não é pouco para um arquivo",
     "size max of a single object: 5 TB"),
    ("- Standard-IA — мін. 30 дн зберігання", "Standard-IA — min 30 days retention"),
    ("- Query/Scan повертає макс 1 МБ за раз", "Query/Scan returns max 1 MB per call"),
    ("- upload com um único PUT: no máximo 5 GB", "upload com a single PUT: at most 5 GB"),
    ("- KMS período de espera: 30 dias", "KMS waiting period: 30 dias"),
    ("- buckets por conta: padrão 100", "buckets per account: default 100"),
    ("- fila padrão 3000 mensagens por segundo", "queue padrão 3000 messages per second"),
])
def test_nouns_say_what_a_figure_is_of(line, read):
    ukrainian = "- і що це або для не на від лише тільки якщо також\n"
    portuguese = "- não é para uma conta, com isso também quando\n"
    head = ukrainian if re.search("[а-яіїє]", line) else "" if "پیام" in line else portuguese
    assert read in _read(f"# Notes\n{head}{line}\n")


BENGALI = """\
# EC2 + Auto Scaling — আমার নোট

## hibernate
hibernate সর্বোচ্চ ৯০ দিন
RAM ১৫০ GB এর কম হতে হবে

## Auto Scaling
default cooldown ৩০০ সেকেন্ড
lifecycle hook default timeout ১ ঘণ্টা, maximum ৪৮ ঘণ্টা
"""

TAMIL = """\
# SQS — என் குறிப்புகள்

- message retention: default 4 நாட்கள், max 7 நாட்கள், min 60 வினாடி
- delay queue: default 0, max 15 நிமிடம்
"""


def test_bengali_and_tamil_notes_answer_english_queries(tmp_path):
    ask = folder_cli(tmp_path, {"ec2_নোট.txt": BENGALI, "sqs.md": TAMIL})

    def first(query: str) -> str:
        hits = ask("lookup", query)
        assert hits, f"abstained on {query!r}"
        return hits[0]["value"]

    assert first("ec2 hibernate max days") == "90 days"
    assert first("asg cooldown default") == "300 s"
    assert first("sqs retention max days") == "7 days"


def test_a_russian_note_writing_words_ukrainian_shares_is_read_in_russian_only():
    """"одного", "файлу", "за раз" are Russian too: a Russian note writing them switches to no
    Ukrainian (whose "с" after a "/" would read "5 Гбит/с" as 5 Гбит per second)."""
    russian = ("# VPC\n- NAT Gateway: живёт в одной AZ, нужен Elastic IP и это только для HA\n"
               "- Полоса 5 Гбит/с, до 45 Гбит/с; одного хватит, доступ к файлу за раз\n")
    assert "5 Gbps" in _read(russian) and "45 Gbps" in _read(russian)


UKRAINIAN_HEAD = "- і що це або для не на від лише тільки якщо також\n"
PORTUGUESE_HEAD = "- não é para uma conta, com isso também quando\n"


@pytest.mark.parametrize("head, line, read", [
    (UKRAINIAN_HEAD, "- users на account: до 5000", "users per account: up to 5000"),
    (UKRAINIAN_HEAD, "- 5500 GET/HEAD per second на prefix", "per second per prefix"),
    (PORTUGUESE_HEAD, "- buckets por conta: 100", "buckets per account: 100"),
    # no figure on the line: no count is per anything ("an agent on an instance")
    (UKRAINIAN_HEAD, "- агент на instance, без цього ніяк", "агент на instance"),
])
def test_a_count_per_an_english_noun(head, line, read):
    assert read in _read(f"# Notes\n{head}{line}\n")
