"""Issue 10, item 5: notes written in another language (with English service names) are read
with one vocabulary (studycli/languages.py, notes/gloss.py), and an English query finds the
fact they state; an English note is never rewritten."""

from __future__ import annotations

import pytest

from studycli.extract.quantities import find_quantities
from studycli.note_numbers import numbers_with_units
from studycli.notes.gloss import gloss, languages_of
from tests.helpers import first_value, lookup_values, notes_conn

GERMAN = """\
# SQS Notizen

- Die Nachrichten werden nicht gelöscht, wenn der Consumer sie nur liest, und das ist wichtig
- SQS Aufbewahrung: Standard 4 Tage, maximal 14 Tage
- SQS Sichtbarkeits-Timeout: bis zu 12 Std. (auch für eine Nachricht)
- Lambda Zeitüberschreitung max. 15 Min., Kosten ab 0,20 $ pro 1 Mio. Requests
- Enterprise Support ab 15.000 $/Monat
"""

CHINESE = """\
# VPC 笔记

- 每个 NACL 默认 20 条规则，最多 40 条
- KMS key 删除等待期 7 ~ 30 天，默认 30 天
- 2023年3月5日 开始复习
"""

JAPANESE = """\
# KMS まとめ

- AWS managed key は3年ごとに自動ローテーション
- Encrypt API で直接暗号化できるのは 4 KB まで
"""

FRENCH = """\
# DynamoDB (fiche)

- Taille max d'un item : 400 Ko, et les attributs sont dans la taille pour chaque item
- Stockage Aurora : jusqu'à 64 To, par incréments de 10 Go, mais une instance peut être plus
"""


def test_a_german_note_is_told_by_its_function_words_and_an_english_one_is_not():
    assert languages_of(GERMAN) == {"de"}
    english = ("- SQS standard: 120,000 std in-flight, die after 3 tries, 1,2 or 3 AZs\n"
               "- VPC: CIDR /16 max to /28 min. 5 VPCs per region\n")  # a stop ends a sentence
    assert languages_of(english) == frozenset()
    assert gloss(english) == english  # never rewritten: "std" stays a Standard queue


def test_german_numbers_and_units_are_read_as_english_writes_them():
    text = gloss(GERMAN)
    assert text.count("\n") == GERMAN.count("\n")  # every line stays where it was
    assert "up to 12 h" in text and "max 15 min" in text
    assert "0.20 $" in text and "15000 $" in text and "1 million" in text
    assert "Aufbewahrung" not in text and "retention" in text


def test_units_other_languages_write_are_read_by_the_quantity_reader():
    for said, seconds in [("30 Tage", 30 * 86400), ("12 Stunden", 12 * 3600), ("90日", 90 * 86400),
                          ("1 小时", 3600), ("3시간", 3 * 3600), ("5 minuti", 300)]:
        (q,) = find_quantities(said)
        assert q.number == seconds, said


def test_a_date_and_a_standard_queue_are_no_durations():
    assert find_quantities("2023年3月5日") == []
    assert not [q for q in find_quantities(gloss(CHINESE)) if q.number == 2023 * 365 * 86400]
    assert find_quantities("120,000 std / 20,000 FIFO") == []


def test_a_german_note_answers_english_queries(tmp_path):
    conn = notes_conn(tmp_path, GERMAN, "sqs.md")
    assert first_value(conn, "sqs max retention") == "14 days"
    assert first_value(conn, "lambda max timeout") == "15 min"
    assert first_value(conn, "sqs visibility timeout max") == "12 h"  # a compound's first word


def test_a_chinese_note_answers_english_queries(tmp_path):
    conn = notes_conn(tmp_path, CHINESE, "vpc.md")
    assert "40" in " ".join(lookup_values(conn, "nacl max rules"))
    assert "30 days" in lookup_values(conn, "kms key deletion waiting period")


def test_a_japanese_note_answers_english_queries(tmp_path):
    conn = notes_conn(tmp_path, JAPANESE, "kms.md")
    assert "3 years" in lookup_values(conn, "aws managed key rotation period")
    assert first_value(conn, "kms encrypt api max") == "4 KB"


@pytest.mark.parametrize("query,value", [("dynamodb max item size", "400 KB"),
                                         ("aurora max storage", "64 TB")])
def test_french_bytes_are_read_as_bytes(tmp_path, query, value):
    conn = notes_conn(tmp_path, FRENCH, "bdd.md")
    assert first_value(conn, query) == value


@pytest.mark.parametrize("line,number,unit", [
    ("Stockage auto-extensible, jusqu'à 64 To", 64 * 1024**4, "B"),
    ("< 1 Std. (Produktionssystem down)", 3600, "s"),
    ("期限の30日前から更新開始", 30 * 86400, "s"),
])
def test_lookup_reads_the_number_a_note_line_writes_in_its_own_language(line, number, unit):
    # the clause stating a fact's number is found in the student's own line (the snippet)
    assert (number, unit) in [(n, u) for n, u, _ in numbers_with_units(line)]


def test_an_english_range_and_a_standard_queue_keep_their_reading():
    assert [u for _, u, _ in numbers_with_units("1 to 5 GB")] == [None, "B"]
    assert [u for _, u, _ in numbers_with_units("120,000 std / 20,000 FIFO")] == [None, None]
