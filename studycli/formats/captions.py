"""Caption and transcript files (WebVTT `.vtt`, SubRip `.srt`), line for line as markdown.

A lecture's or a study call's captions, saved from a video site or a meeting app, are notes
spoken aloud: "Transit gateway peering works across regions" is a fact whatever file it is
in. Read as plain text, the cue numbers and timings between the lines ("14",
"00:03:12.000 --> 00:03:18.000") were numbers of nothing, and a speaker's voice tag
(`<v Priya>`) sat inside the text. Here the header, cue numbers or identifiers and timings are
blank lines, cue tags (`<i>`, `<c>`, inline timestamps) go, and a NOTE block's text is kept as
the note it is. A voice tag goes too: said before the text ("Priya Sharma: Okay nat gateway
...") the speaker's name was read as the words the line is about ("priya sharma okay nat"),
and a lookup for "nat gateway max bandwidth" found the line less about NAT.
"""

from __future__ import annotations

import re

_TIME = r"(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3}"
_TIMING = re.compile(rf"^\s*{_TIME}\s*-->\s*{_TIME}")
_HEADER = re.compile(r"^\ufeff?WEBVTT\b")
_BLOCK_START = re.compile(r"^(?:STYLE|REGION)\s*$")
_NOTE = re.compile(r"^NOTE(?:\s+|$)")
_VOICE = re.compile(r"<v(?:\.[\w.-]+)?\s+([^>]{1,40})>")
_TAG = re.compile(r"</?(?:[bciu]|v|lang|ruby|rt)(?:\.[\w.-]+)?(?:\s[^>]{0,40})?>|"
                  r"<\d{1,2}:\d{2}[:.\d]*>")


def captions_to_markdown(lines: list[str]) -> list[str]:
    out: list[str] = []
    skipping = False  # inside a STYLE or REGION block: no note text
    for k, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            skipping = False
            out.append("")
        elif skipping or _HEADER.match(line) or _TIMING.match(line):
            out.append("")
        elif _BLOCK_START.match(stripped):
            skipping = True
            out.append("")
        elif (k + 1 < len(lines) and _TIMING.match(lines[k + 1]) and not _NOTE.match(line)
              and (k == 0 or not lines[k - 1].strip())):
            # a cue's number or identifier (a meeting app's "6b1f0c2e-.../14-0"): the line
            # before its timing that starts a block (WebVTT); the last line of a cue written
            # against the next one's timing is the cue's text
            out.append("")
        else:
            text = _NOTE.sub("", stripped)
            text = _TAG.sub("", _VOICE.sub("", text)).strip()
            out.append(text)
    return out
