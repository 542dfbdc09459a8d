"""Review of lookup round twenty-five: units in any language read by the shared reader, dates
asked only when a question asks when, a date that is a date, and the sides compared named by
the lexicon's own aliases."""

from __future__ import annotations

from studycli.lookup.answer import _DATED, _units, in_english_units
from studycli.lookup.lexicon import lexicon
from studycli.lookup.query import understand
from studycli.lookup.text import stem
from studycli.note_numbers import numbers_with_units


def test_the_shared_reader_reads_the_units_the_parser_reads():
    for text, seconds in (("retenção de 12 meses", 12 * 30 * 86400), ("7 mois", 7 * 30 * 86400),
                          ("3 années", 3 * 365 * 86400), ("72 horas", 72 * 3600),
                          ("90 din tak", 90 * 86400), ("6 months", 6 * 30 * 86400)):
        assert numbers_with_units(text)[0][:2] == (seconds, "s"), text
    assert numbers_with_units("512 megabytes")[0][:2] == (512 * 1024**2, "B")
    assert numbers_with_units("2 petabytes")[0][:2] == (2 * 1024**5, "B")
    assert _units({"value": "streams: retenção de 12 meses", "unit": ""}) == {"s"}
    # units are no longer rewritten: the text keeps them as written
    assert in_english_units("retenção de 24 horas") == "retenção de 24 horas"


def test_hindi_tak_follows_its_number_and_bounds_nothing():
    assert in_english_units("tak 5 retries") == "tak 5 retries"
    assert in_english_units("90 din tak") == "90 din tak"
    assert in_english_units("hasta 10 ítems") == "up to 10 items"


def test_a_date_is_a_year_and_month_not_a_range_or_a_count():
    for text in ("2020-12 S3 strong read-after-write consistency", "2020-12-01 launch",
                 "from 2021-03 on", "from 2021.", "Dec 2020 x", "in 2018", "2019: x"):
        assert _DATED.search(text), text
    for text in ("latency 2000-10 ms", "2000-10 ms", "from 2000 IOPS", "2020-1 x",
                 "gp3: from 2000 to 16000 IOPS"):
        assert not _DATED.search(text), text


def test_a_name_ending_in_a_release_word_is_a_topic_not_a_date():
    lex = lexicon()
    for query in ("ec2 launch", "ecs task launch", "auto scaling launch",
                  "codepipeline release", "global accelerator ga"):
        assert understand(query, lex).dimensions != {"date"}, query
    assert understand("when was lambda function url launched", lex).dimensions == {"date"}


def test_a_side_compared_is_named_by_its_aliases_not_invented_initials():
    lex = lexicon()
    streams, firehose = understand("kinesis data streams vs data firehose", lex).compared
    assert "kdf" in firehose and "df" not in firehose and "kds" in streams
    scaling, _ = understand("auto scaling vs lambda", lex).compared
    assert "as" not in scaling and "asg" in scaling
    route, accelerator = understand("route 53 vs global accelerator", lex).compared
    assert {"rout", "53"} <= set(route) and "r5" not in route  # the whole name read
    steps, snow = understand("step functions vs snow family", lex).compared
    assert "sf" not in steps and "sf" not in snow and "sfn" in steps


def test_the_words_narrowing_a_count_are_read_once_with_the_query():
    q = understand("max elastic ips per region", lexicon())
    assert stem("elastic") in q.count_modifiers


def test_a_dated_line_says_the_launch_typed_after_a_name(tmp_path):
    from tests.helpers import first_value, notes_conn

    notes = "# Changes\n\n- 2022-04 Lambda function URLs (HTTPS endpoint)\n" \
            "- Lambda layers: 5 per function\n"
    conn = notes_conn(tmp_path, notes, "changes.md")
    assert first_value(conn, "lambda function url launch").startswith("2022-04")
