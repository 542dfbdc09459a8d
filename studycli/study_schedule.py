"""The student's own schedule, written among AWS figures: no figure and no topic of AWS.

A planner's "Tue 14 May, 09:00-10:30 SQS + SNS", "18:00-19:40 IAM 4 pomodoros", "Week 6
(3 h)", a diary's "Day 14 — time 2h. mood: ok", "studied 45 min on Kinesis", "break 15 min
(walk)", a tally "hours 5 h 30 m  pomodoros 11  T-13", a practice score "practice test #3 ->
71%", an index's "p.60" or "slide 14": clock times and their ranges, dates, weekdays, day and
week labels, exam countdowns, study durations and session counts say when and how long the
student studied, not what AWS does. Read as AWS text they were a service's figures ("break
15 min" a limit of S3 Intelligent-Tiering, "SUN 16.06 WEEK REVIEW" 16.06 weeks of VPC, "time
2h" Lambda's), the topics of its lines (IAM's "a user can be in 10 groups max" filed under
"18:00-19:40 4 pomodoros") and statements of their own ("time 3h. mood: solid day" answered
"sqs long polling default wait time").

`without_schedule(text)` blanks that text (with spaces, so every other position keeps its
place) and leaves what the line says of AWS: "09:00-10:30 SQS: vis timeout default 30 s" still
gives SQS's 30 s. A time AWS keeps is kept: a line naming a window, a schedule expression or a
time zone ("backup window 03:00-04:00 UTC", "maintenance window Sun:05:00-Sun:06:00",
"cron(0 10 * * ? *)") keeps its clock times and weekdays; a duration is the student's only
next to a word of studying ("2 h review", "studied 45 min"), in a tally line's label ("time:
2h", "hours 10 h 20 m"), or in brackets closing a line a date or clock time opens ("10:00-12:00
weak spots: VPC (2 h)"); seconds are never a study duration.

(RDS takes its windows as "hh24:mi-hh24:mi" and "ddd:hh24:mi-ddd:hh24:mi" in UTC:
https://docs.aws.amazon.com/sdk-for-kotlin/api/latest/rds/aws.sdk.kotlin.services.rds.model/-create-db-instance-request/preferred-maintenance-window.html;
EventBridge its schedules as "cron(0 20 * * ? *)" and "rate(5 minutes)":
https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-scheduled-rule-pattern.html)

Its patterns compile on first use (lazy_regex): lookup reads a statement's dates with it
(lookup/dated_only.py) on its fast path, where compiling them all cost some 50 ms.
"""

from __future__ import annotations

import re
from functools import lru_cache

from studycli.lazy_regex import lazy_compile

_WEEKDAY = (r"(?:Mon(?:day)?|Tue(?:s|sday)?|Wed(?:nesday)?|Thu(?:r|rs|rsday)?|Fri(?:day)?"
            r"|Sat(?:urday)?|Sun(?:day)?|MON(?:DAY)?|TUES?(?:DAY)?|WED(?:NESDAY)?"
            r"|THU(?:RS?)?(?:DAY)?|FRI(?:DAY)?|SAT(?:URDAY)?|SUN(?:DAY)?)")
# a month's name, capitalised or in capitals ("may" in lower case is a verb)
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          r"|Sep(?:t|tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
          r"|JAN|FEB|MAR|APR|MAY|JUNE?|JULY?|AUG|SEPT?|OCT|NOV|DEC)")
_DAY_OF_MONTH = r"(?:[0-2]?\d|3[01])(?:st|nd|rd|th)?"
# "14.06", "12/06", "01.04.24": a day and month in figures, only where a weekday or an exam's
# or deadline's word says it is one (alone, "1.25" is a figure)
_NUMERIC_DATE = r"(?:[0-2]?\d|3[01])[./](?:0?[1-9]|1[0-2])(?:[./](?:20)?\d\d)?"
_ISO_DATE = r"(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])"
_CLOCK = r"(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:\s?[ap]m\b)?"

_WEEKDAY_DATE = lazy_compile(
    rf"(?<![\w:])(?:{_WEEKDAY}\.?,?(?:\s+(?:{_DAY_OF_MONTH}\s+{_MONTH}|{_MONTH}\s+{_DAY_OF_MONTH}"
    rf"|{_NUMERIC_DATE})\b\.?)?"
    rf"|{_NUMERIC_DATE}\s+{_WEEKDAY})(?![\w:])")
_NAMED_DATE = lazy_compile(
    # (not a name's version: "AWS::Serverless-2016-10-31", "Version": "2012-10-17")
    rf"(?<![\w.:/\-\"'])(?:(?:{_DAY_OF_MONTH}\s?[-–]\s?)?{_DAY_OF_MONTH}\s+{_MONTH}"
    rf"(?:\s+(?:19|20)\d\d)?|{_MONTH}\.?\s+{_DAY_OF_MONTH}(?:,?\s+(?:19|20)\d\d)?)"
    rf"(?![\w%])")
_SAID_DATE = lazy_compile(
    rf"\b(?:on|due|by|booked|until|exam|deadline)\s+{_NUMERIC_DATE}(?![\w.%])", re.IGNORECASE)
# "Day 14", "Week 6", "wk5", "WK3", "T-18 SAA", "T-45 days": a diary's day, a plan's week, the
# countdown to the exam; a week after a label's colon or a dash too ("retention default: week
# 3 topic", "long polling - week 3 review": AWS counts weeks, "5 weeks", never numbers one)
_PLAN_LABEL = lazy_compile(r"(?:^[\s\-*+>#•]*|[—–|(]\s*)(?:day|week)\s?#?\d{1,3}\b"
                         r"|(?:[:;,]|\s-)\s*week\s?#?\d{1,2}\b(?!\s*[-–/]\s*\d)"
                         # (with the few words closing the clause: "week 3 topic", "week 3
                         # review" name the plan's week, no value of the label before it)
                         r"(?:(?:[ \t]+[^\W\d_]+){1,3}(?=[ \t]*(?:[,;.()\[\]]|$)))?"
                         r"|(?<![\w-])wk\s?#?\d{1,2}\b|(?<![\w-])T-\d{1,3}(?:\s+days?)?\b",
                         re.IGNORECASE | re.MULTILINE)
_CLOCK_TIME = lazy_compile(rf"(?<![\w:.]){_CLOCK}(?:\s*(?:-|–|—|to)\s*{_CLOCK})?(?![\w:])"
                         r"|(?<![\w:.])(?:1[0-2]|0?[1-9])\s?[ap]m\b", re.IGNORECASE)
# a page, a slide, a lecture of the course: where the line was written, no count of AWS
_PLACE = lazy_compile(r"(?<!\w)(?:pp?\.[ ]?\d{1,4}(?:[ ]?[-–][ ]?\d{1,4})?"
                    # (not AWS's page of results: "page 1000 keys")
                    r"|pages?\.?[ ]?#?\d{1,4}(?:[ ]?[-–][ ]?\d{1,4})?(?!\d)(?!\s+[a-z]+s\b)"
                    r"|(?:slide|lecture|lesson|video|episode|ep)s?\.?[ ]?#?\d{1,4}"
                    r"(?:[ ]?[-–][ ]?\d{1,4})?)(?![\w.])(?!\s*(?:[KMGT]i?B|bytes?|%|ms|s|secs?)\b)",
                    re.IGNORECASE)

# a study session's count: "4 pomodoros", "(2 pom)", "pomodoros: 21", "🍅🍅", org-mode's
# "[3/4]" progress, "2 blocks of 75 min", "(block 1)", "blocks: 14", "40 cards, 31 right"
_SESSION_COUNT = lazy_compile(
    r"(?<![\w.,])\d+\s*(?:x\s*)?(?:pomodoros?|pomos?|poms?)\b(?:\s*(?:\+\s*\d+\s*extra|-ish))?"
    r"|\b(?:pomodoros?|pomos?|poms?|cards|flashcards)(?:\s+(?:so\s+far|this\s+week|today|done))*"
    r"\s*:?\s*\d+(?:\s*/\s*\d+)?|\b(?:blocks|breaks(?:\s+skipped)?):\s*\d+"
    r"|\bpomodoros?\b(?:,?\s*\d+/\d+\b)?|🍅+|\[\d+/\d+\]|\(\s*block\s*\d+\s*\)"
    r"|\bblock\s\d\b(?=\s*:)"
    r"|(?<![\w.,])\d+\s+blocks\b(?:\s+of\s+\d+\s*(?:min|mins|minutes|h|hrs?|hours?)\b)?"
    r"|(?<![\w.,:])\d+\s+(?:flash)?cards\b(?:,?\s+\d+\s+(?:right|ok|correct|wrong))?"
    r"|(?<![\w.,/])\d+/\d+\s+(?:right|ok|correct)\b", re.IGNORECASE)

_HOURS_MINUTES = (r"\d+(?:[.,]\d+)?\s*(?:h|hrs?|hours?)(?:\s*\d+\s*(?:(?-i:m)|mins?|minutes?)?)?\b"
                  r"|\d+\s*(?:(?-i:m)|mins?|minutes?)\b")  # ("2M" is two million)
# what a student does with the time: study, review, break from it
_STUDY_WORD = (r"(?:stud(?:y|ied|ying)|revis(?:e|ed|ion|ing)|review(?:ed|ing)?|recap"
               r"|re-?read(?:ing)?|practi[cs]e|mock|flashcards?|anki|cards|pomodoros?|breaks?|walk(?:ed)?"
               r"|gym|lunch|dinner|commute|watch(?:ed|ing)?|spent|planned|did|logged)")
_STUDY_DURATION = lazy_compile(
    rf"(?<!best )(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bbe )(?<!\bbeen )"
    rf"\b{_STUDY_WORD}\b(?:\s+(?:for|of|about|approx|~))?[\s:=~(]{{0,3}}(?:{_HOURS_MINUTES})\)?"
    rf"|(?<![\w.,])(?:{_HOURS_MINUTES})\)?[\s:]{{1,3}}(?:of\s+)?{_STUDY_WORD}\b"
    # a study pace: "1 h/day", "3 h weekdays", "2 hrs a day"
    rf"|(?<![\w.,])\d+(?:[.,]\d+)?\s*(?:h|hrs?|hours?)\s*(?:/\s*(?:day|week|wk)|a\s+day"
    rf"|per\s+day|weekdays?|weekends?|sat|sun)\b", re.IGNORECASE)
# a tally's label opening the line: "time: 2h. mood: meh", "hours 10 h 20 m", "- hours: 13 h"
_TALLY_NEXT = r"(?:pomodoros?|blocks|breaks|mood|cards|T-\d)"
_TALLY_LINE = lazy_compile(
    rf"^[\s\-*+>•]*(?:(?:study\s+)?time|hours(?:\s+this\s+week)?|total(?:\s+time)?|time\s+spent)"
    rf"\s*[:=]?\s*(?:{_HOURS_MINUTES}|\d+(?:[.,]\d+)?(?!\s*[A-Za-z%]))"
    rf"(?:\s*\d+\s*(?:m|mins?|minutes?)?\b)?"
    # (and nothing after it but the tally's next label: "Time: 15 min max" is a measure's)
    rf"(?=\s*(?:[.,;(!]|$|{_TALLY_NEXT}))", re.IGNORECASE)
# the same tally followed by its next label ("time 2h. mood: meh", "hours 5 h 30 m  pomodoros
# 11"): a diary's wherever it is. Alone on its line ("time 40 min"), it is one only in a day's
# or a date's section (`dated`): under "# Lambda limits", "- time: 15 min" is Lambda's timeout
# and "- total: 1000" its concurrency
_TALLY_GOES_ON = lazy_compile(rf"(?=\s*[.,;!]?\s*(?:{_TALLY_NEXT}))", re.IGNORECASE)
# a practice test's score: "practice test #3 -> 71%", "did practice Qs, 71%", "score 61%"
_SCORE = lazy_compile(r"\b(?:practi[cs]e|mock)\s+(?:tests?|exams?|qs?|questions?|sets?)\b"
                    r"[^.;%\n]{0,30}?\d{1,3}\s?%"
                    r"|\b(?:practi[cs]e|mock|test|exam)\b[^.;%\n]{0,15}?#\s?\d+"
                    r"[^.;%\n]{0,25}?\d{1,3}\s?%"
                    r"|\bscored?\s*:?\s*\d{1,3}\s?%", re.IGNORECASE)
# a duration in brackets closing a line a date or a clock time opens: the slot's length
_SLOT_LENGTH = lazy_compile(rf"\(\s*~?\s*(?:{_HOURS_MINUTES})\s*\)", re.IGNORECASE)
_OPENS_WITH_TIME = lazy_compile(
    rf"^[\s\-*+>#•]*(?:{_CLOCK}|{_WEEKDAY}\b|{_DAY_OF_MONTH}\s+{_MONTH}\b|{_ISO_DATE}"
    rf"|(?:day|week|wk)\s?\d)", re.IGNORECASE)

# a time AWS keeps: a window, a schedule expression, a time zone ("backup window 03:00-04:00
# UTC", "maintenance window Sun:05:00-Sun:06:00", "cron(0 10 * * ? *)", "rate(5 minutes)")
_AWS_TIME = lazy_compile(r"\bwindows?\b|\bcron\s*\(|\brate\s*\(|\bUTC\b|\bGMT\b|\bschedule"
                       r"(?:d|r|s)?\b|\b(?:backup|maintenance|snapshot)s?\b", re.IGNORECASE)

# Words, marks or figures each pattern cannot match without, looked for first (as written
# for names, which the patterns want capitalised; in lower case for the rest): most lines of
# AWS notes hold figures, few a schedule, and scanning every line with every pattern cost
# more than the rest of reading it
_NAMES = tuple(name for stem in ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
                                 "oct", "nov", "dec", "mon", "tue", "wed", "thu", "fri", "sat",
                                 "sun")
               for name in (stem.capitalize(), stem.upper()))
_ISO_DAY = lazy_compile(rf"(?<![\w.:/\-\"']){_ISO_DATE}(?![\w%])")
_GATES: tuple[tuple[re.Pattern[str], tuple[str, ...], tuple[str, ...]], ...] = (
    # (pattern, cues as written, cues in lower case)
    (_NAMED_DATE, _NAMES, ()),
    (_ISO_DAY, ("19", "20"), ()),
    (_SAID_DATE, (), ("on ", "due", "by ", "booked", "until", "exam", "deadline")),
    (_PLAN_LABEL, (), ("day", "week", "wk", "t-")),
    (_PLACE, (), ("p.", "page", "slide", "lecture", "lesson", "video", "ep.", "ep ", "episode")),
    (_SESSION_COUNT, ("🍅", "["), ("pom", "card", "block", "break", "right", "ok", "correct")),
    (_STUDY_DURATION, (), ("stud", "revi", "recap", "read", "practi", "mock", "card", "anki",
                           "pomodoro", "break", "walk", "gym", "lunch", "dinner", "commute",
                           "watch", "spent", "planned", "did", "logged", "day", "week", "wk",
                           "sat", "sun")),
    (_TALLY_LINE, (), ("time", "hours", "total")),
    (_SCORE, ("%",), ()),
)
_CLOCK_CUE = lazy_compile(r"\d:[0-5]\d|\d\s?[ap]m\b", re.IGNORECASE)
_WEEKDAY_CUE = lazy_compile("|".join(_NAMES[24:]))  # Mon, MON, ... Sun, SUN
_FIGURE_CUE = lazy_compile(r"\d|🍅")  # every pattern holds a figure or a tomato


def _cue(cues: tuple[str, ...]) -> re.Pattern[str] | None:
    """One search for any of `cues` (in C: a loop over them in Python cost more than the
    patterns it spared; and case-sensitive, as a search ignoring case tries each letter)."""
    return lazy_compile("|".join(re.escape(cue) for cue in cues)) if cues else None


_CUED = tuple((pattern, _cue(written), _cue(lower)) for pattern, written, lower in _GATES)


def schedule_spans(text: str, dated: bool = False) -> list[tuple[int, int]]:
    """Where `text` speaks of the student's own schedule, as (start, end) spans; `dated`:
    the line is in a day's or a date's section (a diary's), where a tally alone on its line
    ("time 40 min") is the student's."""
    if not _FIGURE_CUE.search(text):
        return []
    low = text.lower()
    spans = [m.span() for pattern, written, lower in _CUED
             if (written and written.search(text)) or (lower and lower.search(low))
             for m in pattern.finditer(text) if m.end() > m.start()
             if dated or pattern is not _TALLY_LINE or _TALLY_GOES_ON.match(text, m.end())]
    weekday = _WEEKDAY_CUE.search(text) is not None
    clock = _CLOCK_CUE.search(text) is not None
    slot = "(" in text and _OPENS_WITH_TIME.match(text) is not None
    if (weekday or clock or slot) and not _AWS_TIME.search(text):
        # (a time AWS keeps, on a line naming a window, a schedule or a time zone, stays)
        for pattern in (_WEEKDAY_DATE,) * weekday + (_CLOCK_TIME,) * clock:
            spans += [m.span() for m in pattern.finditer(text) if m.end() > m.start()]
        if slot:
            spans += [m.span() for m in _SLOT_LENGTH.finditer(text)]
    return spans


def without_schedule(text: str, dated: bool = False) -> str:
    """`text` with the student's schedule blanked out (spaces, so positions are kept), with
    what it leaves holding nothing: brackets ("(3-9 Jun)", "[2 pomodoros]"), a dash between
    two ("27 May - 2 Jun") and marks left opening or closing the line ("**Mon 3 Jun — 19:00
    Lambda limits** 🍅🍅" leaves "Lambda limits"). `text` itself where nothing is the
    student's schedule (callers ask `is text`).

    Worked out once a text: the parser's readers of one line (its statement, its limits,
    its exceptions, its lead words) each ask it of the same text."""
    blanked = _blanked(text, dated)
    return text if blanked is None else blanked


@lru_cache(maxsize=4096)
def _blanked(text: str, dated: bool) -> str | None:
    """without_schedule's text, None where nothing is blanked."""
    spans = schedule_spans(text, dated)
    if not spans:
        return None
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    blanked = _EMPTIED.sub(lambda m: " " * len(m.group(0)), "".join(chars))
    if opens_with_schedule(text, blanked):
        # a slot's label: an aside its schedule was blanked in is the session's, whole ("(4
        # pomodoros, 2 breaks of 5, 1 of 15)", "(3 pomodoros, 25/5)")
        blanked = _ASIDE.sub(lambda m: " " * len(m.group(0))
                             if m.group(0) != text[m.start():m.end()] else m.group(0), blanked)
    for edge in (_OPENING_MARKS.match(blanked), _CLOSING_MARKS.search(blanked)):
        if edge and blanked[edge.start():edge.end()] != text[edge.start():edge.end()]:
            blanked = blanked[:edge.start()] + " " * (edge.end() - edge.start()) \
                + blanked[edge.end():]
    return blanked


def in_dated_section(ancestors: tuple[str, ...]) -> bool:
    """Whether a line's enclosing headings or items (innermost first) hold a day or a date
    opening one of them ("## Day 16 — Tue 19 Mar", "### 2024-05-14"): a diary's section."""
    return any(_OPENS_WITH_TIME.match(text) for text in ancestors)


def opens_with_schedule(text: str, unscheduled: str) -> bool:
    """Whether `text` opens (past its marks: "- ", "**") with its schedule, which
    `unscheduled` (`without_schedule(text)`) blanked."""
    start = _OPENING_MARKS.match(text)
    at = start.end() if start else 0
    return at < len(text) and unscheduled[at] == " " and text[at] != " "


# (a pair or a dash with only spaces or separators left between: no run of the original text
# holds such a pair but one its content was blanked from, "f()" and "a - b" stay)
_EMPTIED = lazy_compile(r"[(\[][ ]+[\s,;:/+&\-–—]*[)\]]|(?<=[ ]{2})[-–—](?=[ ]{2})")
_ASIDE = lazy_compile(r"\([^()\n]*\)|\[[^\[\]\n]*\]")
_OPENING_MARKS = lazy_compile(r"^[\W_]+")
_CLOSING_MARKS = lazy_compile(r"[\W_]+$")
