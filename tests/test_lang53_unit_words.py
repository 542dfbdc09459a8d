"""Issue 10, notes in a language no table holds: a figure's unit written in the language's
own inflected word ("14 дзён", "30 sekundžių", "12 часови", "24 stundas") is read wherever it
follows a number (studycli/languages_unit_words.py), so the English the note keeps ("max",
"retention", "visibility timeout") carries the match where no glossary reads its words.

SQS keeps a message 4 days by default, from 60 seconds up to 14 days; its visibility timeout
is 30 seconds by default, at most 12 hours:
https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-messages.html
https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-visibility-timeout.html
"""

from __future__ import annotations

import pytest

from studycli.extract.quantities import find_quantities
from studycli.note_numbers import numbers_with_units
from tests.helpers import folder_cli

# Belarusian, a language no table of studycli/languages*.py holds
BELARUSIAN = """\
# SQS нататкі

Гэта мае нататкі да экзамену, яны не для іншых.

## SQS
- retention max 14 дзён
- visibility timeout max 12 гадзін
"""


@pytest.mark.parametrize(("text", "value"), [
    ("retention max 14 dienas", "14 days"),  # Latvian
    ("30 sekundžių", "30 s"),  # Lithuanian
    ("cache TTL 300 sekundit", "300 s"),  # Estonian
    ("24 stundas", "24 h"),  # Latvian
    ("15 minūtes", "15 min"),  # Latvian
    ("15 kuud", "15 months"),  # Estonian
    ("max 12 часови", "12 h"),  # Macedonian
    ("14 dienų", "14 days"),  # Lithuanian
])
def test_a_unit_written_in_another_language_is_read_after_a_number(text, value):
    assert [q.value for q in find_quantities(text)] == [value]
    assert [unit for _n, unit, _t in numbers_with_units(text)] == ["s"]


@pytest.mark.parametrize("text", [
    "5 минимум",  # "minimum": no "мин" (minutes) that the word goes on from
    "10 часть",  # "part": no "час" (hour)
    "let 5 dan pass",  # English words a unit table of another language would hold
])
def test_a_word_going_on_from_a_unit_or_an_english_word_is_no_unit(text):
    assert find_quantities(text) == []
    assert all(unit is None for _n, unit, _t in numbers_with_units(text))


def test_lookup_reads_a_note_in_a_language_without_a_table_by_its_units(tmp_path):
    ask = folder_cli(tmp_path, {"sqs.md": BELARUSIAN})
    hits = ask("lookup", "sqs retention max")
    assert hits and hits[0]["value"] == "14 days"
    hits = ask("lookup", "sqs visibility timeout max")
    assert hits and hits[0]["value"] == "12 h"
    assert ask("lookup", "sqs max message size") == []


@pytest.mark.parametrize(("text", "values"), [
    ("Instance store: 4 SATA disks in RAID 0", []),  # not 4 hours
    ("d2: 6 SATA HDDs per host", []),
    ("asked 2 Dana from the team", []),  # a name, not 2 days
    ("retention 7 days, visibility 30 seconds", ["7 days", "30 s"]),
    ("backup every 12 hours, keep 35 days", ["12 h", "35 days"]),
])
def test_an_english_line_reads_as_before(text, values):
    assert [q.value for q in find_quantities(text)] == values
    units = [unit for _n, unit, _t in numbers_with_units(text)]
    assert units.count("s") == len(values)


def test_serbo_croatian_latin_units_are_read_in_their_own_notes():
    from studycli.notes.gloss import gloss

    croatian = ("# SQS\n\nBilješke su samo za mene, nije za druge. Ako nešto nema, treba se"
                " vratiti kod tablice kada bude vremena.\n\n- retention najviše 14 dana\n"
                "- visibility timeout najviše 12 sati\n")
    assert "at most 14 days" in gloss(croatian)
    assert "at most 12 hours" in gloss(croatian)


def test_no_unit_word_read_in_every_note_is_a_word_a_languages_own_table_holds():
    # (review of session 53) languages.py once dropped such words at every start: 151 of the
    # table's 281 were dead entries; a word here must be one no language's UNITS read
    from studycli.languages import LANGUAGES
    from studycli.languages_unit_words import UNIT_WORDS

    tabled = {w.lower() for lang in LANGUAGES.values()
              for spellings in lang.get("UNITS", {}).values() for w in spellings}
    shared = sorted(w for words in UNIT_WORDS.values() for w in words if w.lower() in tabled)
    assert shared == []
