"""A statement whose only figures are the student's own dates and exam references.

"11 Nov (SAA-C03) this one was painful: delay queue max", "visibility timeout max — 2024-03-02
quiz, got it wrong", "batch max - SAA-C03 q14": the line names a setting and a bound, and
holds figures, so it looked like the answer to "sqs delay queue max". Its figures say when
the student met the question and in which exam or practice set, not what AWS allows: read as
the answer, the student believes the notes hold the maximum. A statement answers a default
or a bound asked only where a figure is left once its dates (study_schedule: dates, weeks,
clock times, practice scores), exam codes ("SAA-C03", "DVA-C02") and question numbers ("q14",
"practice test 3") are set aside.
Stdlib only, and imported only when a statement with a figure is weighed: runs on the lookup
fast path.
"""

from __future__ import annotations

import re

from studycli.lazy_regex import lazy_compile
from studycli.lookup.range_for_default import FIGURE

# an AWS exam's code (SAA-C03, DVA-C02, CLF-C02, SOA-C02...), a question's or a practice
# set's number ("q14", "Q 3", "question 12", "practice test 3", "mock exam #2", "set 4")
_EXAM_REFERENCE = lazy_compile(
    r"\b[A-Z]{3}-C\d\d\b|(?<![\w.])[Qq]\.?\s?#?\d{1,3}\b|\bquestion\s?#?\d{1,3}\b"
    r"|\b(?:practi[cs]e|mock)\s+(?:tests?|exams?|sets?|qs?)\s?#?\d{1,3}\b"
    r"|\b(?:test|exam|set)\s?#\d{1,3}\b", re.IGNORECASE)


# what a schedule study_schedule reads holds: a year, a month's or a weekday's name, a day or
# a week, a clock time, a study word, a practice score ("score 61%", "got 3/10 right"); a line
# with none is spared importing its patterns (a copy of study_schedule._GATES' cues, which
# had drifted: the scores were missing, found by the final review)
_SCHEDULE_CUE = lazy_compile(
    r"(?:19|20)\d\d|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri"
    r"|Sat|Sun)|\b(?:day|week|wk|T-)\s?#?\d|\d:[0-5]\d|\d\s?[ap]m\b"
    r"|\b(?:on|due|by|booked|until|exam|deadline)\s+\d|\b(?:pom|cards|blocks?\b|breaks?\b"
    r"|stud|revi[se]|recap|re-?read|practi|mock|anki|spent|planned|logged|time\b|hours\b"
    r"|pages?\b|pp?\.\s?\d|slides?\b|lectures?\b|lessons?\b|videos?\b|ep\.?\s?\d"
    r"|episodes?\b|score|right\b|correct|ok\b)|🍅|\[\d|\d\s?%", re.IGNORECASE)

# "one" as a number, not as a pronoun ("this one was painful", "which one", "the one with")
PRONOUN_FREE_ONE = (r"(?<!\bthis )(?<!\bthat )(?<!\bwhich )(?<!\bthe )(?<!\beach )"
                    r"(?<!\bany )(?<!\bevery )(?<!\bno )one")


def figures_only_dated(text: str) -> bool:
    """Whether `text` holds figures and every one of them is a date, a week, a clock time,
    an exam's code or a question's number: a figure of the student's study, none of AWS."""
    if not FIGURE.search(text):
        return False
    text = _EXAM_REFERENCE.sub(" ", text)
    if not FIGURE.search(text):
        return True
    if not _SCHEDULE_CUE.search(text):
        return False  # most statements: figures and no date, week or clock time
    from studycli.study_schedule import without_schedule  # its patterns only when needed

    return FIGURE.search(without_schedule(text)) is None
