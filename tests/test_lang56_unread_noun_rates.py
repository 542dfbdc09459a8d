"""Issue 10, notes not written in English: a rate whose counted noun is a word of the note's
own language ("300 mezu/segundo", "10000 päringut/s"), which no table holds.

The quantity reader read a count only with a noun it knows, so such a figure was no quantity
and lookup abstained on a throughput the note states (extract/unread_noun_rates.py). Whatever
the noun, a number of it per second or per minute is a rate; a number's scale word ("3
million/s") is no noun, and a span some language spells with a word of another meaning
("ordu", "ore", "uur", "din", "/d") is no rate's time.

An SQS FIFO queue takes 300 transactions per second per API action without batching, up to
3,000 messages per second with it:
https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/troubleshooting-fifo-throttling-issues.html
API Gateway throttles at 10,000 requests per second per account per Region by default:
https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html
"""

from __future__ import annotations

import pytest

from studycli.extract.quantities import find_quantities
from tests.helpers import folder_cli

# (file name, note, query, the figure lookup must answer first) in languages of families no
# table covers well: Basque, Estonian, Lithuanian, Icelandic, Welsh
NOTES = [
    ("sqs_eu.md", "# SQS\n\n- FIFO throughput: 300 mezu/segundo batching gabe\n"
     "- mezuen atxikipena gehienez 14 egun\n", "sqs fifo throughput", 300.0),
    ("apigw_et.md", "# API Gateway\n\n- throttling piirang kontol: 10000 päringut/s igas "
     "regioonis\n- integratsiooni timeout on 29 sekundit\n", "api gateway throttling", 10000.0),
    ("sqs_lt.md", "# SQS\n\n- FIFO eilės throughput: 300 žinučių/s be batching\n"
     "- žinučių saugojimas daugiausia 14 dienų\n", "sqs fifo throughput", 300.0),
    ("sqs_is.md", "# SQS\n\n- FIFO throughput er 300 skilaboð/s án batching\n"
     "- með batching allt að 3000 skilaboð/s\n", "sqs fifo throughput", 300.0),
    ("apigw_cy.md", "# API Gateway\n\n- throttling y cyfrif: 10000 ceisiadau/s fesul rhanbarth\n"
     "- terfyn amser integreiddio 29 eiliad\n", "api gateway throttling", 10000.0),
]


@pytest.mark.parametrize(("name", "note", "query", "number"), NOTES,
                         ids=[n[0] for n in NOTES])
def test_a_rate_of_a_noun_no_table_holds_is_answered(tmp_path, name, note, query, number):
    ask = folder_cli(tmp_path, {name: note})
    found = ask("lookup", query)
    assert found, f"{query!r} answered nothing"
    assert (found[0]["number"], found[0]["unit"]) == (number, "per_s")


def _rates(line: str) -> list[tuple[float | None, str, str]]:
    return [(q.number, q.unit, q.value) for q in find_quantities(line)]


def test_the_rate_keeps_the_notes_own_noun_and_reads_a_minute():
    assert _rates("FIFO: 300 mezu/segundo") == [(300.0, "per_s", "300 mezu/s")]
    assert _rates("throttle 6000 päringut/min") == [(100.0, "per_s", "6000 päringut/min")]
    assert _rates("5500 zahtevkov per second na prefix") == [
        (5500.0, "per_s", "5500 zahtevkov/s")]


@pytest.mark.parametrize("line", [
    "FIFO high throughput: 3 million/second",  # a scale word: 3,000,000, not 3 of anything
    "standard: 10 millones/segundo",
    "Kinesis 5 Mio/s",
    "retry 2 veces/ordu",  # "ordu": an hour in Basque, "order" in Turkish
    "1 varmuuskopio/d",
    "5 regioner/din",
])
def test_a_scale_word_or_an_uncertain_span_is_no_rate(line):
    assert all(unit != "per_s" for _, unit, _ in _rates(line)), _rates(line)


def test_a_unit_the_reader_knows_keeps_its_own_reading():
    assert _rates("EBS gp3 125 MB/s") == [(125 * 1024 * 1024, "B/s", "125 MB/s")]
    assert _rates("FIFO 300 messages/s") == [(300.0, "per_s", "300 messages/s")]


@pytest.mark.parametrize(("line", "rate"), [
    ("FIFO: 300 kérés/s", "300 kérés/s"),  # Hungarian "requests": a noun in k, no "k" scale
    ("API: 1000 kyselyä/s", "1000 kyselyä/s"),  # Finnish "queries"
    ("Lambda: 50 triggerů/s", "50 triggerů/s"),  # Czech "triggers", no trillion
])
def test_a_noun_that_starts_like_a_short_scale_word_is_still_counted(line, rate):
    assert [value for _, unit, value in _rates(line) if unit == "per_s"] == [rate]


@pytest.mark.parametrize("line", [
    "Direct Connect: 10 Gbit/s",  # a bandwidth: ten of no thing counted each second
    "VPN tunnel ~1.25 Gbit/s, Site-to-Site 500 Mbit/s",
    "throttle 64 kbit/s",
])
def test_a_unit_of_data_before_the_slash_is_no_counted_noun(line):
    assert all(unit != "per_s" for _, unit, _ in _rates(line)), _rates(line)


@pytest.mark.parametrize("line", [
    "visibility: default 30 tíma / min 0",  # Icelandic hours, unread: "min 0" a minimum
    "batch 10 skilaboð / min 1",
    "retention 14 lá / min: 1 lá",
])
def test_a_min_a_figure_follows_is_a_minimum_not_a_minute(line):
    assert all(unit != "per_s" for _, unit, _ in _rates(line)), _rates(line)


@pytest.mark.xfail(strict=True, reason="'/s' after an English singular is a plural mark "
                   "('policy/s' = 'policy or policies'); no shape tells it from '300 mezu/s'")
def test_an_english_plural_mark_is_no_rate():
    assert all(unit != "per_s" for _, unit, _ in _rates("Attach up to 5 policy/s per role"))
