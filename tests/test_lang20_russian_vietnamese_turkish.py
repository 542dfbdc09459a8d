"""Issue 10, item 5: notes in Russian, Vietnamese and Turkish (English service names) are read
with the vocabulary of studycli/languages_more.py: their units, bounds, number formats and
sync/async words. A query typed in English or in the note's language finds the fact; an
English note that writes one of their words ("saat", "gün") reads as before."""

from __future__ import annotations

from studycli.notes.gloss import gloss, gloss_query, languages_of
from tests.helpers import folder_cli

RUSSIAN = """\
# SQS и Lambda — конспект

- Это очередь, и сообщения не удаляются сами: только после обработки, если всё ок.
- SQS: срок хранения по умолчанию 4 дня, максимум 14 дней.
- Максимальный размер сообщения — 256 КБ, можно до 2 ГБ через S3.
- Lambda таймаут до 15 мин, память от 128 МБ до 10 240 МБ.
- VPN туннель до 1,25 Гбит/с.
"""

VIETNAMESE = """\
# Ghi chú SQS và DynamoDB

- Đây là hàng đợi của SQS, và message không bị xóa khi đọc; phải gọi DeleteMessage để xóa.
- DynamoDB: kích thước tối đa 1 item: 400 KB
- SQS message retention mặc định 4 ngày, tối đa 14 ngày
- Deduplication interval của FIFO: 5 phút, xử lý bất đồng bộ
- On-Demand đắt hơn ~2,5 lần
"""

TURKISH = """\
# S3 notlarım

- Bu bir not ve sadece S3 için, diğer servisler için değil; kontrol olarak sonra oku.
- Bir objenin max boyutu 5 TB. Tek PUT ile en fazla 5 GB.
- One Zone-IA availability %99,5, Standard-IA min süre 30 gün.
- Deep Archive bulk retrieval: 48 saat içinde.
- Hesap başına varsayılan bucket limiti 100, destek talebiyle 1.000'e kadar çıkıyor.
"""

ENGLISH = """\
# Study log

- Saat and Gün are my study partners; we meet 3 saat a week (our joke for hours).
- SQS max retention 14 days, default 4 days
- Lambda timeout max 15 min, memory 128 MB to 10,240 MB
- 1,2 or 3 AZs; 5 VPCs per region
"""


def test_each_language_is_told_by_its_function_words_and_english_is_not():
    assert languages_of(RUSSIAN) == {"ru"}
    assert languages_of(VIETNAMESE) == {"vi"}
    assert languages_of(TURKISH) == {"tr"}
    assert languages_of(ENGLISH) == frozenset()
    assert gloss(ENGLISH) == ENGLISH  # "3 saat" in an English note is no unit


def test_units_bounds_and_number_formats_are_read_as_english_writes_them():
    ru = gloss(RUSSIAN)
    assert ru.count("\n") == RUSSIAN.count("\n")  # every line stays where it was
    assert "up to 2 GB" in ru and "128 MB to 10240 MB" in ru and "1.25 Gbps" in ru
    assert "max 14 days" in ru and "up to 15 min" in ru
    vi = gloss(VIETNAMESE)
    assert "size max 1 item" in vi and "max 14 days" in vi and "5 min" in vi
    assert "asynchronous" in vi and "2.5" in vi
    tr = gloss(TURKISH)
    assert "99.5%" in tr and "30 days" in tr and "within 48 hours" in tr
    assert "up to 1000" in tr and "per account" in tr and "at most 5 GB" in tr


def test_a_query_in_the_notes_language_is_read_in_english():
    assert gloss_query("sqs thời gian lưu tối đa") == "sqs retention period max"
    assert gloss_query("sqs максимальный размер сообщения") == "sqs max size messages"
    # an English query, or one whose only foreign word is plain ASCII, is never rewritten
    for query in ("standard ia min storage", "3 saat", "glacier → deep archive"):
        assert gloss_query(query) == query


def _first(ask, query: str) -> str:
    hits = ask("lookup", query)
    assert hits, f"abstained on {query!r}"
    return hits[0]["value"]


def test_notes_in_three_languages_answer_english_and_their_own_queries(tmp_path):
    # one folder (one ingest, for speed): the English note among them reads as before
    ask = folder_cli(tmp_path, {"sqs_ru.md": RUSSIAN, "ddb_vi.md": VIETNAMESE,
                                "s3_tr.md": TURKISH, "log.md": ENGLISH})
    assert _first(ask, "dynamodb max item size") == "400 KB"
    assert _first(ask, "one zone ia availability") == "99.5%"
    assert _first(ask, "deep archive bulk retrieval time") == "48 h"
    assert _first(ask, "lambda максимальный таймаут") == "15 min"
    assert _first(ask, "dynamodb kích thước tối đa item") == "400 KB"
    assert _first(ask, "vpn tunnel max bandwidth") == "1.25 Gbps"
    english = [h for h in ask("lookup", "sqs max retention") if h["source"].endswith("log.md")]
    assert english and english[0]["value"] == "14 days"
    assert not [h for h in ask("lookup", "study partners meet hours") if "3 h" in h["value"]]
