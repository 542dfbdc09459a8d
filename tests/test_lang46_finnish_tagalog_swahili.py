"""Issue 10: notes in Finnish, Tagalog (Taglish), Malay and Swahili, notes switching language
within a line, and short notes in German or Spanish are read in English
(studycli/languages_beyond.py, notes/gloss.py): units written before their number ("dakika
15"), after a linker ("14 na araw"), case endings after a colon ("AZ:ssa") or glued to an
English noun ("userek", "accountonként"), and a third language's words in a note
("enimmäiskoko 5 TB" in a Hungarian note), which no fact was made of before."""

from __future__ import annotations

import pytest

from studycli.notes.gloss import gloss, languages_of
from tests.helpers import folder_cli

FINNISH = """\
# EC2 muistiinpanot

- user data enimmäiskoko 16 KB, ja se ajetaan vain kerran
- Spot: jopa 90 % alennus, 2 minuutin varoitus ennen keskeytystä
- lifecycle hook oletus timeout 3 600 s (1 tunti), max 48 h
- spread: max 7 instanssia / AZ, kun ei ole muuta tai jos ei pidä
- NAT GW:hen ei voi liittää security groupia, mutta sekä subnetissä että AZ:ssa kyllä
"""

TAGLISH = """\
# SQS reviewer ko

- retention default na: 4 na araw, kung hindi mo babaguhin
- retention range: 60 segundo hanggang 14 na araw
- visibility timeout default 30 segundo, max 12 oras lang
- dapat naka-enable ang long polling, pag walang message ay naghihintay ito
"""

MALAY = """\
# CloudWatch nota

- EC2 basic monitoring: setiap 5 minit (lalai, percuma) untuk semua instance
- alarm period high-resolution: 10 saat atau 30 saat, boleh juga dalam 1 minit
- Logs Insights query timeout 15 minit, tak boleh lebih dari itu
"""

SWAHILI = """\
# Lambda — mipaka

- timeout ya chaguo-msingi: sekunde 3, na kiwango cha juu: dakika 15 (sekunde 900)
- memory: 128 MB hadi 10,240 MB, kwa hatua za 1 MB
- layers: hadi 5 kwa function, au zaidi kama ni pia kwenye account
- Standard workflow ya Step Functions inaweza kukimbia hadi mwaka 1
- Route 53 Multivalue: inarudisha hadi records 8 healthy; NACL ports 1024-65535, bytes 10 KB
"""

HUNGARIAN_WITH_FINNISH = """\
# S3 jegyzet

- egy objektum enimmäiskoko 5 TB, és nem több
- bucketek száma accountonként: 100, de lehet emelni, csak kell kérni
- userek max 5 000 / account, vagy több, ha már nagyon kell
- 1 RCU = 1 strongly consistent olvasás/s 4 KB-ig; managed policy max 10 (emelhető 20-ig)
- DynamoDB TTL: törlés 48 órán belül; 6 másolat 3 AZ-ban; egy 5 GB-os fájl
- NAT Gateway: 5 Gbps -> skaalautuu 45 Gbps:iin asti
"""

ENGLISH = """\
# Study log

- SQS retention default 4 days, max 14 days; na (n/a) for FIFO dedup
- the metadata key aws:kms and the ARN arn:aws:sqs:us-east-1:123:q
- dakika is a word I wrote on a card, as was saat
"""


def test_each_language_is_told_by_its_function_words_and_english_is_not():
    assert languages_of(FINNISH) == {"fi"}
    assert languages_of(TAGLISH) == {"tl"}
    assert languages_of(MALAY) == {"id"}  # Malay and Indonesian: one table
    assert languages_of(SWAHILI) == {"sw"}
    assert languages_of(ENGLISH) == frozenset()
    assert gloss(ENGLISH) == ENGLISH


@pytest.mark.parametrize(("note", "read"), [
    (SWAHILI, "timeout ya default: 3 s"),  # the unit before its number
    (SWAHILI, "max: 15 min (900 s)"),
    (SWAHILI, "128 MB to 10,240 MB"),  # "hadi" between two figures: a range
    (SWAHILI, "up to 5 per function"),
    (SWAHILI, "up to 1 years"),
    (SWAHILI, "up to 8 records healthy"),  # the count after its noun
    (SWAHILI, "ports 1024-65535, bytes 10 KB"),  # a range, a unit: no count
    (SWAHILI, "Route 53 Multivalue"),
    (TAGLISH, "retention default: 4 days"),  # the linker "na" before the unit
    (TAGLISH, "60 s to 14 days"),
    (TAGLISH, "max 12 hours"),
    (MALAY, "every 5 min (default, free)"),
    (MALAY, "10 s atau 30 s"),  # Malay "saat" is a second (Turkish "saat" an hour)
    (FINNISH, "user data max size 16 KB"),
    (FINNISH, "up to 90 % discount, 2 min notice"),
    (FINNISH, "default timeout 3600 s (1 hours)"),
    (FINNISH, "max 7 instances / AZ"),
    (FINNISH, "NAT GW ei voi"),  # a case ending after a colon left out
    (FINNISH, "mutta sekä in a subnet että"),  # "subnetissä": in a subnet, none counted
    (FINNISH, "että AZ kyllä"),
])
def test_units_bounds_and_endings_are_read_as_english_writes_them(note, read):
    assert read in gloss(note)


def test_a_third_language_a_note_switches_to_and_hungarian_endings_are_read():
    glossed = gloss(HUNGARIAN_WITH_FINNISH)
    assert languages_of(HUNGARIAN_WITH_FINNISH) == {"hu"}
    assert "object max size 5 TB" in glossed  # Finnish in a Hungarian note
    assert "buckets száma per account: 100" in glossed
    assert "users max 5000 / account" in glossed
    # a bound after its figure, or a case ending on it after a hyphen
    assert "read/s up to 4 KB" in glossed and "(can be raised up to 20)" in glossed
    assert "within 48 hours" in glossed and "6 másolat 3 AZ;" in glossed
    assert "egy 5 GB fájl" in glossed
    assert "up to 45 Gbps" in glossed  # Finnish "asti", after a case ending after a colon


def test_romanian_implicit_before_a_number_is_a_default_and_implicit_deny_stays():
    romanian = ("# Lambda\n\n- SQS ESM: batch size implicit 10, max 10 000 pentru care este"
                " doar standard, sau după caz, când\n- IAM: implicit deny, fără policy\n")
    assert languages_of(romanian) == {"ro"}
    assert "batch size default 10" in gloss(romanian) and "implicit deny" in gloss(romanian)


def test_short_german_and_spanish_notes_are_read_by_a_phrase_only_they_write():
    # too few function words to tell their language: a phrase or word of one language alone
    spanish = "# SQS\n\n- tamaño máximo del mensaje: 256 KB\n- retención 4 días por defecto\n"
    german = "# SQS\n\n- Sichtbarkeits-Timeout 30 Sekunden, bis zu 12 Stunden\n"
    assert languages_of(spanish) == languages_of(german) == frozenset()
    assert "size max del message: 256 KB" in gloss(spanish)
    assert "retention 4 días default" in gloss(spanish)
    assert "up to 12 Stunden" in gloss(german)


def test_a_phrase_of_another_language_is_read_before_the_notes_language_reads_its_words():
    # a Spanish "por defecto" in a note told Portuguese: no Portuguese "por" (per) after 30
    note = ("# SQS\n\n- não é para usar com FIFO, mas também pode quando está entre filas,"
            " cada uma\n- visibility timeout 30 segundos por defecto, max 12 horas\n")
    assert languages_of(note) == {"pt"}
    assert "visibility timeout 30 segundos default, max 12 horas" in gloss(note)


def _first(ask, query: str) -> str:
    hits = ask("lookup", query)
    assert hits, f"abstained on {query!r}"
    return hits[0]["value"]


def test_notes_in_the_languages_answer_english_queries(tmp_path):
    ask = folder_cli(tmp_path, {"ec2_fi.md": FINNISH, "sqs_tl.md": TAGLISH,
                                "cw_ms.md": MALAY, "lambda_sw.md": SWAHILI,
                                "s3_hu.md": HUNGARIAN_WITH_FINNISH,
                                "sns_de.md": "# SNS\n\n- Nachrichtengröße bis zu 256 KB\n"
                                             "- Aufbewahrung: keine, höchstens 0 Tage\n"})
    assert _first(ask, "lambda max timeout") == "15 min"
    assert _first(ask, "lambda default timeout") == "3 s"
    assert _first(ask, "sqs max retention") == "14 days"
    assert _first(ask, "sqs default retention") == "4 days"
    assert _first(ask, "ec2 basic monitoring interval") == "5 min"
    assert _first(ask, "spot interruption notice") == "2 min"
    assert _first(ask, "s3 max object size") == "5 TB"
    assert _first(ask, "ec2 user data max size") == "16 KB"
    assert _first(ask, "sns max message size") == "256 KB"
