"""Review of the other-language reading (notes/gloss.py, languages.py): a CJK unit of one
letter that opens a longer word, an English decimal in a German note, Spanish read as
Portuguese, and an English note read as Italian."""

from __future__ import annotations

import pytest

from studycli.extract import parse_note
from studycli.extract.quantities import find_quantities
from studycli.note_numbers import numbers_with_units
from studycli.notes.gloss import gloss, languages_of


@pytest.mark.parametrize("text", ["3 分区", "3 分片", "5 초과", "3 주요", "2 일반", "3 周期",
                                  "3 日志"])
def test_a_one_letter_cjk_unit_opening_a_longer_word_is_no_unit(text):
    assert find_quantities(gloss(text)) == []
    assert [unit for _n, unit, _s in numbers_with_units(text)] == [None]


@pytest.mark.parametrize("text, seconds", [
    ("3 分后", 180), ("5 分以内", 300), ("5分ごと", 300), ("30天内", 30 * 86400),
    ("14일로", 14 * 86400), ("7일간", 7 * 86400), ("90日", 90 * 86400), ("3 분 이내", 180)])
def test_a_one_letter_cjk_unit_before_a_word_a_span_takes_stays_a_unit(text, seconds):
    assert numbers_with_units(text)[0][:2] == (seconds, "s")
    assert len(find_quantities(gloss(text))) == 1


def test_a_counter_left_out_before_a_word_makes_no_duration():
    kinesis = ("# Kinesis 笔记\n\n- Kinesis Data Streams 每个分片写入 1 MB/s，最多 500 个分片\n"
               "- Lambda 동시 실행 기본 1000개, 5개 초과 레이어는 불가\n")
    assert not [f for f in parse_note(kinesis, "k.md").facts if f.unit == "s"]


GERMAN = """\
# S3 Notizen

- S3 Standard kostet 0.023 $ pro GB und Monat, das ist der Preis für die erste 50 TB
- Lambda Speicher 128 MB bis 10.240 MB, Timeout max. 900 Sek. und das ist nicht mehr
- S3 Glacier Deep Archive: 0,00099 $ pro GB, wenn man es nur selten liest
"""


def test_a_number_after_a_zero_is_never_grouped_in_thousands():
    read = gloss(GERMAN)
    assert "0.023 $" in read and "10240 MB" in read and "0.00099 $" in read
    spanish = ("- El precio es 0,023 USD por GB, para los datos que están entre las cuentas, "
               "cada una y también cuando se puede")
    assert "0.023 USD" in gloss(spanish)


SPANISH = """\
# DynamoDB resumen

- Una tabla de DynamoDB guarda cada fila (item) con tamaño máximo de 400 KB, para nos es importante
- Está entre las bases NoSQL, cada partición soporta 3000 RCU
- Lambda: el timeout vale 900 segundos como máximo
"""


def test_spanish_is_not_also_read_as_portuguese():
    assert languages_of(SPANISH) == {"es"}
    read = gloss(SPANISH)
    assert "cada fila (item)" in read and "vale 900" in read


ENGLISH = """\
# Networking notes

- VPC: CIDR /16 max, /28 min. 5 VPCs per region by default
- Direct Connect latency from Los Angeles and Las Vegas is low; con: cost per port hour
- S3 non-current versions: NoncurrentDays 30 per rule, del marker solo
- il-central-1 (Tel Aviv) is opt-in
- Aurora replicas: 1,2 or 15; ports 22 443
"""


def test_an_english_note_writing_a_few_foreign_looking_words_is_english():
    assert languages_of(ENGLISH) == frozenset()
    assert gloss(ENGLISH) == ENGLISH
