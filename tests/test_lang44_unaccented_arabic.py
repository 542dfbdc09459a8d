"""Issue 10: notes in another language typed on an English keyboard (without accents: Polish
"sie", "moze", "domyslnie", "pamiec") are read in that language as their accented spelling is
(notes/unaccented.py), and Arabic notes (English terms in Arabic sentences, digits of either
set) are read with studycli/languages_scripts.py: before, neither was told as a language, and
their "0,5 ACU", "10 240 MB", "72 godz", "ساعة واحدة", "٣٠٠" made no fact."""

from __future__ import annotations

import re

from studycli.notes.gloss import gloss, languages_of
from tests.helpers import folder_cli

# Polish, typed without its accents (no "ę", "ś", "ł" ...)
POLISH_PLAIN = """\
# Bazy danych - notatki

## RDS
- backupy: retencja domyslnie 7 dni, max 35 dni, 0 = brak backupow
- read replicas: max 5 na instancje (tylko async), nie dla Multi-AZ
- backtrack dla Aurora MySQL: max 72 godz, moze sie przydac przy bledach

## Lambda
- pamiec: 128 MB - 10 240 MB, CPU rosnie z pamiecia, zeby nie przeplacac
- Aurora Serverless v2: min 0,5 ACU
"""

ARABIC = """\
# ملاحظات IAM و STS

- الحد الأقصى للـ IAM users في الحساب: 5000 user
- الحد الأقصى للـ groups: ٣٠٠ group في الحساب
- AssumeRole: مدة الجلسة الافتراضية ساعة واحدة (3600 ثانية)
- KMS: فترة الانتظار قبل الحذف من 7 إلى 30 يوم، الافتراضي 30 يوم
"""

ENGLISH = """\
# RDS notes

- the backup retention is 7 days by default and 35 days at most, and it is set per instance
- Aurora Serverless v2 scales from 0.5 ACU; the cafe near the office is open from 7 to 9
"""


def _read(text: str) -> str:
    """gloss's reading with its runs of spaces as one (the gaps are no part of the reading)."""
    return re.sub(r"[ \t]+", " ", gloss(text))


def test_a_note_typed_without_accents_is_told_by_its_function_words():
    assert languages_of(POLISH_PLAIN) == {"pl"}
    assert languages_of(ENGLISH) == frozenset()
    assert gloss(ENGLISH) == ENGLISH


def test_its_glossary_units_and_number_formats_are_read():
    read = gloss(POLISH_PLAIN)
    assert "retention by default 7 dni, max 35 dni" in read  # ("dni": the number readers)
    assert "max 5 per instance" in read
    assert "max 72 hours" in read
    assert "memory: 128 MB - 10240 MB" in read
    assert "min 0.5 ACU" in read


def test_arabic_is_read_wherever_its_script_is_written():
    read = _read(ARABIC)
    assert "300 group" in read  # Arabic-Indic digits
    assert "session duration" in read and "1 hour" in read and "3600 seconds" in read
    assert "from 7 to 30 days" in read


def test_notes_typed_without_accents_and_arabic_notes_answer_english_queries(tmp_path):
    ask = folder_cli(tmp_path, {"db_pl.md": POLISH_PLAIN, "iam_ar.md": ARABIC,
                                "rds.md": ENGLISH.replace("RDS", "Redshift")})

    def first(query: str) -> str:
        hits = ask("lookup", query)
        assert hits, f"abstained on {query!r}"
        return hits[0]["value"]

    assert first("aurora backtrack max") == "72 h"
    assert "10240" in first("lambda max memory").replace(",", "").replace(" ", "")
    assert first("iam max users per account").startswith("5000")
    assert first("iam max groups per account").startswith("300")
    assert first("assumerole default session duration") == "1 h"


def test_persian_hebrew_and_thai_are_read_wherever_their_script_is_written():
    persian = _read("# SQS\n- مدت نگهداری پیش\u200cفرض ۴ روز، حداکثر ۱۴ روز\n")
    assert "default 4 days" in persian and "max 14 days" in persian
    hebrew = _read("# SQS\n- זמן שמירה ברירת מחדל 4 ימים, מקסימום 14 ימים\n")
    assert "retention period default 4 days" in hebrew and "max 14 days" in hebrew
    thai = _read("# Lambda\n- timeout ค่าเริ่มต้น 3 วินาที สูงสุด 15 นาที\n")
    assert "default 3 seconds max 15 minutes" in thai


UKRAINIAN = """\
# Нотатки SQS і Lambda

- SQS: термін зберігання за замовчуванням 4 дні, максимум 14 днів, і це можна змінити
- Lambda: тайм-аут типово 3 с, максимум 15 хв; пам'ять від 128 МБ до 10 240 МБ
- якщо черга FIFO, то лише 300 повідомлень на секунду без batching, також це важливо
"""


def test_ukrainian_is_told_from_russian_and_read():
    assert languages_of(UKRAINIAN) == {"uk"}
    read = gloss(UKRAINIAN)
    assert "retention period default 4 days, max 14 days" in read
    assert "timeout by default 3 s, max 15 min" in read and "10240 MB" in read


def test_english_nouns_declined_in_a_polish_note_are_read_as_the_english_noun():
    line = "- DynamoDB: max rozmiar itemu 400 KB, max 100 itemow w transakcji\n"
    read = gloss(POLISH_PLAIN + line)
    assert "max size item 400 KB, max 100 items w transaction" in read
    # an English noun as English writes it stays as written
    assert "read replicas" in read


def test_a_french_defaut_right_before_its_figure_is_a_default():
    french = ("# SQS\n\n- rétention : défaut 4 jours, max 14 jours, pour les files avec des"
              " messages\n- un défaut du disque est une panne, pas une valeur dans les notes\n")
    assert languages_of(french) == {"fr"}
    read = gloss(french)
    assert "retention : default 4 jours" in read
    assert "un défaut du disque" in read
    assert "default 1 h" in gloss(french + "- AssumeRole : durée par défaut 1 h, max 12 h\n")
    assert "default: 30 s" in gloss(french + "- visibilité par défaut : 30 s\n")
