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

A speaker's sentence often runs on into the next cue ("And note, RAM usage is not a default EC2
metric," / timing / "you need the CloudWatch agent to push memory and disk."): read as two
paragraphs, neither half stated what the sentence does. Its rest is moved up to the line it
began on, so the sentence is read whole and cited where it starts.
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
    return _join_sentences(out)


# a sentence's end: its mark, then a closing quote or bracket, then a space or the line's end
_SENTENCE_END = re.compile(r"""[.!?…]['")\]]*(?=\s|$)""")
_MOST_LINES = 3  # a sentence is looked for this many lines into the next cue, no further


def _join_sentences(out: list[str]) -> list[str]:
    """`out` with each sentence that runs on from one cue into the next moved whole onto the
    line it begins on (the lines it emptied left blank)."""
    cues: list[list[int]] = []  # the text lines of each cue, in order
    for i, text in enumerate(out):
        if not text:
            continue
        if cues and cues[-1][-1] == i - 1:
            cues[-1].append(i)
        else:
            cues.append([i])
    for cue, following in zip(cues, cues[1:], strict=False):
        last = cue[-1]
        if not out[last] or _SENTENCE_END.search(out[last][-3:]):
            continue
        rest: list[tuple[int, str]] = []  # the lines of the next cue the sentence ends in
        for i in following[:_MOST_LINES]:
            end = _SENTENCE_END.search(out[i])
            rest.append((i, out[i][:end.end()] if end else out[i]))
            if end:
                break
        if _names_another_service(" ".join(out[k] for k in cue), " ".join(t for _, t in rest)):
            continue
        for i, taken in rest:
            out[last] = f"{out[last]} {taken}"
            out[i] = out[i][len(taken):].strip()
    return out


def _names_another_service(before: str, rest: str) -> bool:
    """Whether the rest of a sentence names a service its cue does not: left where it is, it
    opens a statement about that service, and the lines after it are read as about it too
    ("...RAM is not a default EC2 metric," / "you need the CloudWatch agent..." then
    CloudWatch's metrics); moved onto the EC2 line, they were all filed under EC2."""
    from studycli.services import find_services

    said = {m.name for m in find_services(before)}
    return any(m.name not in said for m in find_services(rest))
