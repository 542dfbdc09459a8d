"""A flashcard export whose answers span lines is read card by card, each answer line on its
own line under its question; a caption's sentence that runs on into the next cue is read
whole at the line it begins on (studycli/formats/csv_notes.py, captions.py)."""

from __future__ import annotations

import json

from studycli.formats import as_markdown
from tests.helpers import run_here

DECK = '''\
"Reserved Instances","1 or 3 year term
Standard RI: up to 75% off On-Demand
Convertible RI: up to 66%","pricing"
"Developer Support price","greater of $29/month or 3% of monthly usage","pricing"
"Pillars trick","""go global in minutes"" = Performance Efficiency
not Reliability","well-architected"
'''

CAPTIONS = """\
1
00:00:01,000 --> 00:00:05,000
So first, CloudWatch metrics.
And note, RAM usage is not a default

2
00:00:05,100 --> 00:00:09,000
metric, you push memory with an agent. Alarms have three states.

3
00:00:09,100 --> 00:00:12,000
Logs Insights queries time out after 15 minutes,
and then SQS.
"""


def test_a_decks_multi_line_answers_keep_their_lines():
    converted = as_markdown(DECK, ".csv").split("\n")
    assert len(converted) == len(DECK.split("\n"))
    assert converted[:3] == ["- Reserved Instances: 1 or 3 year term",
                             "  - Standard RI: up to 75% off On-Demand",
                             "  - Convertible RI: up to 66%"]
    assert converted[3] == "- Developer Support price: greater of $29/month or 3% of monthly usage"
    # a doubled quote is a quote, not the end of the record
    assert converted[4] == '- Pillars trick: "go global in minutes" = Performance Efficiency'
    assert converted[5] == "  - not Reliability"


def test_a_sheet_without_multi_line_cells_reads_as_rows_as_before():
    sheet = "service,limit,value\nSQS,retention max,14 days\n"
    assert as_markdown(sheet, ".csv").split("\n")[1] == "| SQS | retention max | 14 days |"


def test_a_decks_answer_line_is_cited_at_its_own_line(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "deck.csv").write_text(DECK, encoding="utf-8")
    db = tmp_path / "s.db"
    assert run_here("ingest", str(notes), db=db).returncode == 0
    result = run_here("lookup", "convertible reserved instance max discount", "--json", db=db)
    hit = json.loads(result.stdout)[0]
    assert (hit["value"], hit["line"]) == ("66%", 3)


def test_a_sentence_across_cues_is_read_whole_at_its_first_line():
    converted = as_markdown(CAPTIONS, ".srt").split("\n")
    assert len(converted) == len(CAPTIONS.split("\n"))
    assert converted[3] == ("And note, RAM usage is not a default metric, you push memory with "
                            "an agent.")
    assert converted[7] == "Alarms have three states."
    # a sentence's rest that names a service of its own stays where it was said
    assert converted[11] == "Logs Insights queries time out after 15 minutes,"
    assert converted[12] == "and then SQS."


def test_a_webvtt_sentence_across_cues_is_joined_too():
    vtt = ("WEBVTT\n\n00:01.000 --> 00:04.000\nThe visibility timeout defaults to\n\n"
           "00:04.100 --> 00:08.000\n30 seconds. Next topic.\n")
    converted = as_markdown(vtt, ".vtt").split("\n")
    assert converted[3] == "The visibility timeout defaults to 30 seconds."
    assert converted[6] == "Next topic."
