"""Does a line under "A vs B" that names neither side go on about the side before it?

Under "## Kinesis Data Streams vs Firehose", the paragraph "Kinesis Data Streams is the
real-time one: ..." and then "Retention is 24 hours by default and you can extend it to
max 7 days": the second names neither side, yet it goes on about the one the paragraph
before it is of. Session 52 filed every such line under no service, as the pair's: the
7 days answered "kinesis data streams max retention" no more (extract/compared_heading.py).
A line naming neither side is the side's the line or paragraph before it under the same
comparison was filed under, where the rest of the parser read it so too (the prose before
it carried that side, or the run of lines), and where it says nothing of another side: no
word of another side's name that this side's lacks ("Secret size max 64 KB." after the
Parameter Store lines stays the pair's: "secret" is of Secrets Manager's name) and no thing
the catalog files under another side. It reads the heading's names and the catalog's, never
a note's own words. Not the note's file name's service, nor one a line names in passing:
those are no side a line before was filed under.
"""

from __future__ import annotations

import re

from studycli.services import Mention, find_subjects, full_name, subject_entry

# a name's words, for the words of one side's name a line may say ("secret", "queue")
_NAME_WORD = re.compile(r"[a-z][a-z0-9]{3,}")
_VENDOR = frozenset({"aws", "amazon"})
# words setting the sides side by side or turning to the other: a line saying one speaks of
# the pair ("Both: max message size 256 KB", "Neither keeps a message past 14 days") or of
# the side not before it ("The other one buffers: ... 900 seconds"), so goes on about none
_PAIR_WORD = re.compile(r"\b(?:both|neither|either|other|unlike|whereas)\b",
                        re.IGNORECASE)


def goes_on(text: str, service: str, before: str, sides: list[Mention]) -> bool:
    """Whether a line naming neither side goes on about the side the line or paragraph
    before it is of: the rest of the parser read it so too (the prose before it carried
    that side: "Kinesis Data Streams is the real-time one: ..." then "Retention is 24
    hours by default ... max 7 days" under "Kinesis Data Streams vs Firehose"), and it says
    no word of another side's name that side's lacks ("Secret size max 64 KB." after the
    Parameter Store lines is not Parameter Store's: it stays the pair's), nor a word of
    the pair or the other side ("both", "neither", "the other one"). Not the file
    name's service, nor one the line names in passing: those are no side the line before
    was filed under."""
    if not before or service != before or _PAIR_WORD.search(text):
        return False
    own = name_words([s for s in sides if s.name == service])
    others = name_words([s for s in sides if s.name != service]) - own
    said = set(_NAME_WORD.findall(text.lower()))
    if any(w.startswith(word) or word.startswith(w) for w in others for word in said):
        return False
    return not ({subject_entry(m)[0] for m in find_subjects(text)} - {service})


def name_words(sides: list[Mention]) -> set[str]:
    """The words of the sides' names, as the heading writes them and in full ("secrets",
    "manager"; "systems", "parameter", "store"), less the vendor's."""
    words: set[str] = set()
    for side in sides:
        for name in (side.alias, side.name, full_name(side.name)):
            words.update(_NAME_WORD.findall(name.lower()))
    return words - _VENDOR
