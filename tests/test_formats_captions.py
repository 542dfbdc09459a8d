"""Captions and transcripts (WebVTT `.vtt`, SubRip `.srt`) are read for what is said, each fact
cited at the line of the file it is on; cue numbers and timings are no numbers of a fact."""

from __future__ import annotations

import json

from studycli.formats.captions import captions_to_markdown
from tests.helpers import run_here

VTT = """WEBVTT

1
00:00:01.000 --> 00:00:05.000
<v Sam>So Lambda max timeout is 15 minutes.</v>

2
00:03:12.000 --> 00:03:18.500 align:start
<v.teacher Alex><i>Yes</i>, SQS retention defaults to 4 days.

NOTE check the DynamoDB item size: 400 KB
"""

SRT = """1
00:00:01,000 --> 00:00:04,000
Kinesis Data Streams retention is 24 hours by default.

2
00:00:04,000 --> 00:00:08,000
Max S3 object size is 5 TB.
"""


def test_webvtt_cues_keep_their_lines_and_lose_timings_numbers_and_tags():
    lines = VTT.splitlines()
    out = captions_to_markdown(lines)
    assert len(out) == len(lines)
    assert out[:4] == ["", "", "", ""]  # header, blank, cue number, timing
    assert out[4] == "So Lambda max timeout is 15 minutes."  # no speaker: see captions.py
    assert out[7] == ""  # a timing with cue settings
    assert out[8] == "Yes, SQS retention defaults to 4 days."
    assert out[10] == "check the DynamoDB item size: 400 KB"  # a NOTE block's text


def test_subrip_and_webvtt_files_are_ingested_and_cite_their_lines(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "call.vtt").write_text(VTT, encoding="utf-8")
    (notes / "lecture.srt").write_text(SRT, encoding="utf-8")
    db = tmp_path / "s.db"
    done = run_here("ingest", str(notes), db=db)
    assert done.returncode == 0, done.stderr
    assert "other types" not in done.stderr  # read as notes, not named as unknown files
    facts = json.loads(run_here("facts", "--json", db=db).stdout)
    by_value = {(f["value"], f["source"].rsplit("/", 1)[-1], f["line"]) for f in facts}
    assert ("15 min", "call.vtt", 5) in by_value
    assert ("4 days", "call.vtt", 9) in by_value
    assert ("24 h", "lecture.srt", 3) in by_value
    # no fact from a cue number or a timing ("00:03:12.000" is no 3 min 12 s)
    assert not any(line in (3, 4, 7, 8) for _, source, line in by_value if source == "call.vtt")
    # what is said, without the cue's markup ("<v.teacher Alex>Yes, SQS ...")
    assert not any("<" in value for value, _, _ in by_value)


def test_a_meeting_apps_cue_identifiers_and_speakers_are_no_text():
    # Teams writes an identifier before each timing, and each cue in a speaker's voice tag
    lines = ["WEBVTT", "", "6b1f0c2e-9a4d-4e7b/14-0", "00:00:03.000 --> 00:00:09.000",
             "<v Priya Sharma>Okay nat gateway, it scales to 45 Gbps.</v>"]
    assert captions_to_markdown(lines) == [
        "", "", "", "", "Okay nat gateway, it scales to 45 Gbps."]


def test_back_to_back_cues_keep_their_text_and_identifiers_still_go():
    lines = ["WEBVTT", "", "00:00:01.000 --> 00:00:04.000", "NAT gateway up to 100 Gbps",
             "00:00:04.000 --> 00:00:08.000", "Lambda max timeout is 15 minutes", "",
             "intro-1", "00:00:09.000 --> 00:00:12.000", "SQS max message 256 KB"]
    out = captions_to_markdown(lines)
    assert out[3] == "NAT gateway up to 100 Gbps"  # no blank line before the next timing
    assert out[7] == "" and out[9] == "SQS max message 256 KB"
