"""Issue 10, notes not written in English: a terse note told by its table's words, a bound
written after the noun it bounds, "basic" against "detailed", and the units, bounds and
default words of languages no table or family holds (Welsh, Basque, Irish, Albanian).

A cram sheet can be all nouns, units and bounds, too few function words for
notes/gloss.py's languages_of to tell its language: notes/terse_language.py tells it by the
words its table reads, where no family told it (a Malay note writing four of the language's
function words was read as English: "5 minit", "lalai" unread). A bound of BEFORE_NUMBER is
read after its noun too, before a colon or "=" and the figure ("saiz objek maksimum: 50 TB"),
as languages whose adjectives follow the noun write it. And a query asking "basic" is not
answered by a line of "detailed" alone (lookup/pair_sides.py's OPPOSITES).

EC2 basic monitoring sends metrics every 5 minutes, detailed monitoring every minute:
https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-monitoring-features.html
and the enum of https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.aws_autoscaling.Monitoring.html
CloudWatch keeps metrics of a one-hour period 455 days (15 months):
https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_GetMetricStatistics.html
A log group's events never expire by default:
https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Working-with-log-groups-and-streams.html
Lambda's timeout is 3 seconds by default, at most 900 seconds (15 minutes):
https://docs.aws.amazon.com/lambda/latest/dg/configuration-timeout.html
SQS keeps a message 4 days by default, at most 14 days; its visibility timeout is 30 seconds
by default, at most 12 hours; long polling waits at most 20 seconds:
https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-messages.html
https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-visibility-timeout.html
https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-short-and-long-polling.html
An S3 object is at most 50 TB:
https://docs.aws.amazon.com/AmazonS3/latest/userguide/upload-objects.html
An SQS message is at most 1 MiB (1,048,576 bytes; 256 KiB is the queue's default
MaximumMessageSize, the maximum before August 2025), so the Indonesian note's "256 KB" below
is only what that note writes:
https://docs.aws.amazon.com/sdk-for-kotlin/api/latest/sqs/aws.sdk.kotlin.services.sqs.model/-send-message-request/message-body.html
and for the attribute's range and default
https://pub.dev/documentation/pulumi_aws/latest/sqs/Queue/maxMessageSize.html
"""

from __future__ import annotations

import pytest

from studycli.notes.gloss import gloss, languages_of
from studycli.notes.note_words import counted_words
from studycli.notes.terse_language import terse_language
from tests.helpers import folder_cli

# Malay, four of its function words ("ada", "atau", "boleh", "bukan")
TERSE_MALAY = """\
## CloudWatch - nota ringkas

- basic monitoring EC2: data setiap 5 minit, percuma
- detailed monitoring: bukan percuma
- log group: retention lalai Never expire, boleh tukar
- metrik disimpan selama 15 bulan
- dashboard: 3 percuma sebulan, atau bayar ikut dashboard
- custom metric ada resolusi tinggi
"""

TERSE_ENGLISH = """\
## SQS cram

- standard queue: at-least-once, best-effort ordering
- minimum delay 0, max 15 min
- timer per message, DelaySeconds
- retention min 60 s, default 4 days, max 14 days
- visibility timeout default 30 s
"""


def _told(note: str) -> str | None:
    _words, counts, english = counted_words(note)
    return terse_language(counts, english, note)


def test_a_terse_note_is_told_its_language_by_its_tables_words():
    assert languages_of(TERSE_MALAY) == frozenset()  # (four function words: too few)
    assert _told(TERSE_MALAY) == "id"
    said = gloss(TERSE_MALAY)
    assert "data every 5 min, free" in said
    assert "retention default Never expire" in said
    assert "15 months" in said


def test_an_english_cram_sheet_is_told_no_language():
    assert _told(TERSE_ENGLISH) is None
    assert gloss(TERSE_ENGLISH) == TERSE_ENGLISH


# review: an English cram sheet writing five words the French table reads ("minimum",
# "maximum", "plus", "non", "charge") and no English function word was told French by the
# acronyms "EST" and "DES" and the idiom "on par", counted as French "est", "des", "par"
TERSE_ENGLISH_ACRONYMS = """\
## EBS cram
- gp3: minimum 1 GiB, maximum 16 TiB
- io2 Block Express: plus Multi-Attach
- non-root volumes persist after termination
- charge per GB-month provisioned
- gp3 perf on par with io1
- maintenance window: Sun 2 AM EST
- encryption AES-256 (no DES)
"""


def test_an_acronym_is_no_function_word_of_a_terse_note():
    assert _told(TERSE_ENGLISH_ACRONYMS) is None
    # (written as function words, the same three tell a French cram sheet)
    french = TERSE_ENGLISH_ACRONYMS.replace("EST", "est lent").replace("DES", "des clés")
    assert _told(french) == "fr"


def test_lookup_answers_a_terse_note_and_abstains_on_what_it_does_not_say(tmp_path):
    ask = folder_cli(tmp_path, {"cloudwatch_ms.md": TERSE_MALAY})
    hits = ask("lookup", "ec2 basic monitoring interval")  # (the figure, or its line)
    assert hits and "5 min" in hits[0]["value"], hits[:1]
    hits = ask("lookup", "cloudwatch log group retention default")
    assert hits and "Never expire" in hits[0]["value"], hits[:1]
    assert ask("lookup", "cloudwatch max alarms per account") == []


@pytest.mark.parametrize(("note", "said"), [
    # Malay and Indonesian: the bound after its noun, then a colon or "="
    ("## S3 - nota\n\nSaya tulis nota ini untuk exam, dan ada yang belum dicek.\n\n"
     "- saiz objek maksimum: 50 TB\n", "size object max: 50 TB"),
    ("## SQS - catatan\n\nIni catatan saya untuk ujian, dan ada yang belum dicek juga.\n\n"
     "- ukuran pesan maksimal = 256 KB\n", "size message max = 256 KB"),
])
def test_a_bound_after_its_noun_before_the_figure_is_read(note, said):
    assert said in gloss(note)


def test_a_bound_before_a_colon_without_a_figure_stays():
    note = ("## S3 - nota\n\nSaya tulis nota ini untuk exam, dan ada yang belum dicek.\n\n"
            "- retention lalai: Never expire\n- saiz objek maksimum: lihat docs\n")
    assert "maksimum: lihat docs" in gloss(note)


def test_lookup_reads_the_object_size_a_malay_note_bounds_after_its_noun(tmp_path):
    # (the note's "100 buckets by default" is out of date, only what it writes: an account
    # may create 10,000 general purpose buckets by default,
    # https://docs.aws.amazon.com/AmazonS3/latest/userguide/BucketRestrictions.html)
    note = ("## S3 - nota\n\nSaya tulis nota ini untuk exam, dan ada yang belum dicek.\n\n"
            "- saiz objek maksimum: 50 TB\n- bucket per akaun: 100 secara lalai\n")
    ask = folder_cli(tmp_path, {"s3_ms.md": note})
    hits = ask("lookup", "s3 max object size")
    assert hits and hits[0]["value"] == "50 TB", hits[:1]
    assert ask("lookup", "s3 max object key length") == []


def test_basic_monitoring_asked_is_not_answered_by_detailed_monitoring(tmp_path):
    note = ("## CloudWatch\n\n- detailed monitoring: every 1 minute (paid)\n"
            "- custom metrics: high resolution down to 1 second\n")
    ask = folder_cli(tmp_path, {"cw.md": note})
    assert ask("lookup", "cloudwatch basic monitoring interval") == []
    hits = ask("lookup", "cloudwatch detailed monitoring interval")
    assert hits and hits[0]["value"] == "1 min", hits[:1]


def test_a_line_giving_basic_monitorings_figure_under_another_name_still_answers(tmp_path):
    # "standard metrics" are the basic monitoring's: the line's "detailed" is its other
    # figure, no contradiction of the basic monitoring asked
    note = "## CloudWatch\n\n- standard metrics EC2 every 5 min, detailed monitoring 1 min\n"
    ask = folder_cli(tmp_path, {"cw.md": note})
    hits = ask("lookup", "ec2 basic monitoring interval cloudwatch")
    assert hits and "5 min" in hits[0]["value"], hits[:1]


# Languages no table or family holds: their units (studycli/languages_unit_words.py) and their
# bounds and default words (studycli/languages_bound_words.py) are read in every note.
BASQUE = """\
# Lambda apunteak

Apunte hauek azterketarako dira, eta ez daude guztiz zuzenduta.

- timeout: lehenetsia 3 segundo, gehienez 15 minutu
"""

WELSH = """\
# Nodiadau SQS

Dyma fy nodiadau ar gyfer yr arholiad, ac nid ydynt yn berffaith.

- visibility timeout: 30 eiliad yn ddiofyn, uchafswm 12 awr
- long polling: hyd at 20 eiliad
"""

ALBANIAN = """\
# Shënime për SQS

Këto janë shënimet e mia për provimin, dhe disa shifra mund të jenë të vjetra.

- retention si parazgjedhje 4 ditë, maksimumi 14 ditë
"""


@pytest.mark.parametrize(("text", "said"), [
    ("timeout: lehenetsia 3 segundo, gehienez 15 minutu",
     "timeout: default 3 segundo, at most 15 minutu"),
    ("visibility timeout: 30 eiliad yn ddiofyn, uchafswm 12 awr",
     "visibility timeout: 30 eiliad by default, max 12 awr"),
    ("long polling: hyd at 20 eiliad", "long polling: up to 20 eiliad"),
    ("retention si parazgjedhje 4 ditë, maksimumi 14 ditë",
     "retention by default 4 ditë, max 14 ditë"),
    ("key deletion: 30 lá de réir réamhshocraithe, uasmhéid 30 lá",
     "key deletion: 30 lá by default, max 30 lá"),
])
def test_bounds_of_languages_without_a_table_are_read_in_any_note(text, said):
    assert gloss(text) == said


@pytest.mark.parametrize("text", [
    "hyd at y diwedd: the length before the end",  # "hyd at" bounds only a figure
    "maximum 5 per account, default 3",  # English as written
    "Deri Jones said the default is 3",
])
def test_those_words_leave_other_lines_as_written(text):
    assert gloss(text) == text


@pytest.mark.parametrize(("text", "said"), [
    # beside an apostrophe, one word where the note's words are counted
    ("timeout: d'uchafswm 12 awr", "timeout: d'max 12 awr"),
    # past the head whose words are counted (notes/note_words.py's DETECT_CHARS)
    ("filler words here. " * 2_200 + "\ntimeout: uchafswm 12 awr",
     "filler words here. " * 2_200 + "\ntimeout: max 12 awr"),
])
def test_those_words_are_read_wherever_the_counted_words_miss_them(text, said):
    assert gloss(text) == said


def test_a_note_without_those_words_is_not_read_for_them(monkeypatch):
    import studycli.notes.gloss as gloss_module

    def unread(text):
        raise AssertionError("read for the bound words")

    monkeypatch.setattr(gloss_module, "read_bound_words", unread)
    assert gloss("maximum 5 per account, default 3") == "maximum 5 per account, default 3"


@pytest.mark.parametrize(("text", "value"), [
    ("15 minutu", "15 min"), ("30 eiliad", "30 s"), ("12 awr", "12 h"),
    ("14 diwrnod", "14 days"), ("24 orë", "24 h"), ("7 ditë", "7 days"),
    ("30 soicind", "30 s"), ("35 egun", "35 days"),
])
def test_units_of_languages_without_a_table_are_read_after_a_number(text, value):
    from studycli.extract.quantities import find_quantities

    assert [q.value for q in find_quantities(text)] == [value]


@pytest.mark.parametrize(("notes", "asked"), [
    ({"lambda_eu.md": BASQUE}, {
        "lambda timeout default": "3 s", "lambda max timeout": "15 min",
        "lambda max memory": None}),
    ({"sqs_cy.md": WELSH}, {
        "sqs visibility timeout default": "30 s", "sqs visibility timeout max": "12 h",
        "sqs long polling max wait": "20 s", "sqs max message size": None}),
    ({"sqs_sq.md": ALBANIAN}, {
        "sqs retention default": "4 days", "sqs retention max": "14 days",
        "sqs visibility timeout max": None}),
])
def test_lookup_answers_notes_in_languages_without_a_table(tmp_path, notes, asked):
    ask = folder_cli(tmp_path, notes)
    for query, want in asked.items():
        hits = ask("lookup", query)
        assert (hits[0]["value"] if hits else None) == want, (query, hits[:1])


# Galician, read with the Romance family's words (its masculine "asíncrono" and its
# "variables de contorno" were unread: a note's S3 and EventBridge lost their mode).
# Lambda retries an asynchronous invocation twice by default, S3 invokes it asynchronously
# and its environment variables total at most 4 KB:
# https://docs.aws.amazon.com/lambda/latest/dg/invocation-async.html
# https://docs.aws.amazon.com/lambda/latest/dg/with-s3.html
# https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html
GALICIAN_LAMBDA = """\
# Lambda apuntamentos

Estas notas son só para min, e cando teña tempo repásoas coa documentación do exame.

- modos de invocación:
  - síncrono: API Gateway, ALB
  - asíncrono: S3, EventBridge
- variables de contorno: 4 KB en total
- async: reintenta 2 veces por defecto, logo vai á DLQ
"""


def test_lookup_answers_a_galician_notes_modes_and_sizes(tmp_path):
    ask = folder_cli(tmp_path, {"lambda_gl.md": GALICIAN_LAMBDA})
    for query, want in {"lambda s3 invocation type": "asynchronous",
                        "lambda eventbridge invocation": "asynchronous",
                        "lambda api gateway invocation type": "synchronous",
                        "lambda env vars size": "4 KB",
                        "lambda async retry count": "2 times"}.items():
        hits = ask("lookup", query)
        assert hits and want in hits[0]["value"], (query, hits[:1])
    assert ask("lookup", "lambda max layers") == []


@pytest.mark.parametrize(("text", "value"), [
    ("FIFO: 300 messages/segundo sen batching", "300 messages/s"),  # Galician
    ("Durchsatz 100 MB/Sekunde", "100 MB/s"),  # German
    ("5 requests/minuto", "5 requests/min"),  # Spanish, Portuguese
    ("50 requests/秒", "50 requests/s"),  # Chinese, Japanese
    ("300 messages/second", "300 messages/s"),  # English as before
])
def test_a_rate_per_a_span_another_language_spells_after_the_slash_is_read(text, value):
    from studycli.extract.quantities import find_quantities

    assert [q.value for q in find_quantities(text)] == [value]


def test_after_per_a_an_or_each_only_the_english_span_makes_a_rate():
    from studycli.extract.quantities import find_quantities

    assert [q.value for q in find_quantities("10 instances a ore")] == ["10 instances"]


def test_lookup_reads_a_fifo_rate_per_second_written_in_galician(tmp_path):
    # SQS FIFO: 300 messages per second without batching, 3,000 with it:
    # https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-messages.html
    note = ("# SQS apuntamentos\n\nEstas notas son só para min, e cando teña tempo repásoas "
            "coa documentación do exame.\n\n## SQS\n"
            "- FIFO: 300 mensaxes/segundo sen batching, 3.000 con batching\n")
    ask = folder_cli(tmp_path, {"sqs_gl.md": note})
    hits = ask("lookup", "sqs fifo throughput without batching")
    assert hits and hits[0]["value"] == "300 messages/s", hits[:1]



# review: the exception above counted every digit, a service's name's ("EC2") too, and any
# figure: a line whose only interval is detailed monitoring's, beside a price or a count,
# answered basic monitoring's interval with detailed monitoring's 1 minute
@pytest.mark.parametrize(("line", "query"), [
    ("detailed monitoring for EC2: every 1 minute (paid)",
     "cloudwatch basic monitoring interval"),
    ("detailed monitoring: 1 min interval, $2.10 per instance",
     "cloudwatch basic monitoring interval"),
    ("EC2 detailed monitoring: 1 min, 7 metrics per instance",
     "ec2 basic monitoring interval"),
])
def test_a_line_of_detailed_monitorings_interval_alone_answers_no_basic_monitoring(
        tmp_path, line, query):
    ask = folder_cli(tmp_path, {"cw.md": f"## CloudWatch\n\n- {line}\n"})
    assert ask("lookup", query) == []


def test_a_line_of_both_sides_intervals_answers_basic_monitoring(tmp_path):
    note = "## CloudWatch\n\n- EC2 monitoring: standard every 5 min, detailed every 1 min\n"
    ask = folder_cli(tmp_path, {"cw.md": note})
    hits = ask("lookup", "ec2 basic monitoring interval")
    assert hits and "5 min" in hits[0]["value"], hits[:1]
