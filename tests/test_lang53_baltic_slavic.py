"""Issue 10: notes in Latvian, Lithuanian, Estonian, Serbian/Croatian/Bosnian (Latin and
Cyrillic), Slovak, Slovenian and Bulgarian (studycli/languages_baltic_slavic.py) are told by
their function words and read in English: their bounds, defaults and attribute words
("noklusējums", "vaikimisi", "najviše", "подразумевано", "predvolene"), their numbers
("3.000", "12,5", "10 000") and "per" written after a number ("5 po tablici").

SQS: messages kept 4 days by default, from 60 seconds to 14 days; visibility timeout 30 s by
default, at most 12 hours:
https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-messages.html
https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-visibility-timeout.html
DynamoDB: up to 5 local secondary indexes and 20 global secondary indexes per table (default):
https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ServiceQuotas.html
API Gateway caching: TTL 300 seconds by default, 3600 at most:
https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html
"""

from __future__ import annotations

import pytest

from studycli.notes.gloss import gloss, languages_of
from tests.helpers import folder_cli

LATVIAN = """\
# SQS piezīmes

> piezīme sev: tas ir tikai man, un pēc eksāmena var būt, ka nav vajadzīgs

- ziņojumu glabāšana (retention) pēc noklusējuma = 4 dienas
- retention max 14 dienas, min 60 sekundes
- visibility timeout noklusējums: 30 sekundes
- Layers: max 5 vienai funkcijai
"""

ESTONIAN = """\
# API Gateway märkmed

Need on ainult minu märkmed ja kui midagi on vale, siis parandan enne eksamit. Kõik ei ole \
kontrollitud, aga see saab korda.

- cache TTL vaikimisi 300 sekundit
- cache TTL maksimum 3600 s
"""

SERBIAN = """\
# Поруке — SQS

> белешке за испит: само за мене, није за друге, ако нема времена треба да се прегледа пре \
теста

- задржавање поруке (retention) подразумевано: 4 дана
- visibility timeout подразумевано 30 сек, максимум 12 сати

## SNS
- претплате по топику: 12.500.000
"""

CROATIAN = """\
# Baze podataka

Bilješke su samo za mene, nije za druge. Ako nešto nema, treba se vratiti kod tablice kada \
bude vremena.

- LSI: najviše 5 po tablici
- GSI: najviše 20 po tablici (zadano)
"""

SLOVAK = """\
# Poznámky

Sú to len moje poznámky, nie pre iných: ak je niečo zle, môže to byť aj preto, že som to \
písal keď už bolo neskoro.

- visibility timeout predvolene 30 sekúnd, maximálne 12 hodín
"""


@pytest.mark.parametrize(("note", "code"), [
    (LATVIAN, "lv"), (ESTONIAN, "et"), (SERBIAN, "sr_hr"), (CROATIAN, "sr_hr"),
    (SLOVAK, "sk"),
])
def test_notes_are_told_in_their_language(note, code):
    assert languages_of(note) == {code}


def test_bounds_defaults_and_attributes_are_read_in_english():
    assert "retention (retention) by default = 4" in gloss(LATVIAN)
    assert "visibility timeout default: 30" in gloss(LATVIAN)
    assert "max 5 per funkcijai" in gloss(LATVIAN)
    assert "cache TTL default 300" in gloss(ESTONIAN)
    assert "visibility timeout default 30" in gloss(SERBIAN)
    assert "12500000" in gloss(SERBIAN)  # dot thousands
    assert "at most 5 per table" in gloss(CROATIAN)
    assert "visibility timeout by default 30 s, max 12 hours" in gloss(SLOVAK)


def test_english_notes_are_not_read_with_these_tables():
    english = ("# SQS\n\nThe notes are mine and not for the others: if it is wrong, check the"
               " docs. Do the labs.\n\n- retention max 14 days, do 5 retries\n"
               "- LSI: 5 po table, red queue\n")
    assert languages_of(english) == frozenset()
    assert gloss(english) == english


def _first(ask, query: str):
    hits = ask("lookup", query)
    return hits[0]["value"] if hits else None


def test_lookup_answers_from_these_notes_and_abstains_on_what_they_do_not_say(tmp_path):
    ask = folder_cli(tmp_path, {"sqs_lv.md": LATVIAN, "apigw_et.md": ESTONIAN,
                                "sqs_sr.md": SERBIAN, "ddb_hr.md": CROATIAN})
    assert _first(ask, "sqs visibility timeout default") in ("30 s", "30 seconds")
    assert _first(ask, "api gateway cache ttl default") in ("300 s", "300 seconds")
    assert _first(ask, "dynamodb gsi per table") in ("20", "20 GSIs")
    assert "12500000" in (_first(ask, "sns subscriptions per topic") or "")
    assert _first(ask, "dynamodb max tables per region") is None


# gp3: 3,000 IOPS by default (its baseline), 3,000 - 16,000 IOPS provisioned; io2 up to 256,000:
# https://docs.aws.amazon.com/sdk-for-kotlin/api/latest/ec2/aws.sdk.kotlin.services.ec2.model/-ebs-block-device/iops.html
CROATIAN_EBS = """\
# EBS

Bilješke su samo za mene, nije za druge. Ako nešto nema, treba se vratiti kod tablice kada \
bude vremena.

- gp3 baseline: 3.000 IOPS i 125 MiB/s nezavisno od veličine
- io2 Block Express: do 256.000 IOPS
"""


def test_a_baseline_written_with_dot_thousands_answers_no_maximum(tmp_path):
    ask = folder_cli(tmp_path, {"ebs_hr.md": CROATIAN_EBS})
    assert _first(ask, "gp3 max iops") is None  # the 3,000 is its baseline
    assert _first(ask, "gp3 baseline iops") in ("3000 IOPS", "3,000 IOPS")
    assert _first(ask, "io2 block express max iops") in ("256000 IOPS", "256,000 IOPS")


# (another review of session 53) a four-digit year before a year word names the year, no
# duration: "nuo 2023 metų" is "since 2023", and it read as 2023 years
@pytest.mark.parametrize("said", ["nuo 2023 metų", "no 2023 gada", "od 2023 godine",
                                  "w 2023 lat"])
def test_a_calendar_year_before_a_year_word_is_no_duration(said):
    from studycli.extract.quantities import find_quantities
    from studycli.note_numbers import numbers_with_units

    assert not find_quantities(said), said
    assert numbers_with_units(said) == [(2023.0, None, said.split(" ", 1)[1])], said


@pytest.mark.parametrize("said,seconds", [("saugoma 7 metų", 7 * 365 * 86400),
                                          ("glabāšana 10 gadi", 10 * 365 * 86400),
                                          ("keep 2100 years", 2100 * 365 * 86400)])
def test_a_number_of_years_is_still_a_duration(said, seconds):
    from studycli.extract.quantities import find_quantities
    from studycli.note_numbers import numbers_with_units

    assert [q.number for q in find_quantities(said)] == [seconds], said
    assert [(n, u) for n, u, _ in numbers_with_units(said)] == [(seconds, "s")], said


def test_a_figure_in_groups_is_read_as_gloss_reads_one():
    # the review of session 53: lookup's reading of "3.000" and "10 000" (answer.py) kept
    # none of gloss's guards, so a number glued to a name ("EC2 500") or ending one ("Route
    # 53 500" where the note writes "Route 53" alone too) read as thousands
    from studycli.lookup.answer import grouped_figures

    assert grouped_figures("3.000 IOPS i 125 MiB/s") == ["3000"]
    assert grouped_figures("10 000 zapisa") == ["10000"]
    assert grouped_figures("EC2 500 instances") == []
    assert grouped_figures("Route 53 = DNS, Route 53 500 hosted zones") == []
    assert grouped_figures("Lambda 10 240 MB") == ["10240"]  # no "Lambda 10" alone
