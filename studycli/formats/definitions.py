"""A term over its description, as reference pages lay one out (a manual page's options and
errors, a help text, a glossary): the term on a line of its own, what it means on the lines
indented under it.

    --visibility-timeout SECONDS
           how long a received msg is hidden from other consumers.
           (default: 30; min 0; max 43200 = 12 h)
    OverLimit
           too many in-flight msgs (hit the 120k / 20k limit)

Read as lines of a paragraph, the values under a term were of no attribute ("max 43200 = 12 h"
a "duration" of SQS, not its visibility timeout), an error's name was a line apart from its
meaning, and a bare "(default: 30)" no quantity at all. Here the entry becomes one list item
whose text opens with its term, "- OverLimit: too many in-flight msgs", the description's
other lines going on under it (line for line: the term's own line is left blank, or for an
option holds the option as written, the item naming it in words: "- visibility timeout: how
long ..."), so the parser reads every sentence of it as about the term; and a bare number after
"default", "min" or "max" takes the unit the term names, by its argument's name ("SECONDS",
"MB", "BYTES") or its own ("--pending-window-in-days": days), as a key's unit moves onto its
number in a settings file (formats/keyvalues.py).
"""

from __future__ import annotations

import re

from studycli.formats.code_names import name_and_unit

# an option's name and its argument's: "--memory-size MB", "--ephemeral-storage Size=MB"
# (or its type, as `aws <service> help` prints it: "--queue-name (string)")
_OPTION = re.compile(r"^-{1,2}(?P<name>[A-Za-z][\w-]*)(?:[ =]+(?P<arg>[A-Za-z][\w=.|:,-]*)"
                     r"|[ \t]+\((?:string|integer|long|double|float|boolean|blob|list|map"
                     r"|structure|timestamp)\))?$")
# a bound's bare number: "(default: 30;", "max 900 = 15 min", "default: 0 = short polling"
# (a number a unit or a word follows is left as it is: "max 10 per batch", "min 60 s")
_BARE_BOUND = re.compile(r"\b(?P<bound>default|min|max|minimum|maximum)\b"
                         r"(?P<gap>[ \t]{0,3}[:=]?[ \t]{0,3})(?P<number>\d[\d,]*(?:\.\d+)?)"
                         r"(?=\s*(?:[=;),]|\.(?:\s|$)|$))",
                         re.IGNORECASE)
# a term is a few words: a longer line over indented ones is a row that goes on, not a term
MAX_TERM_WORDS = 6
MAX_TERM_CHARS = 60
# a row of a table laid out with leader dots ("message size ...... 256 KB") names its value
_LEADER = re.compile(r"\.{3,}|…")


# a sentence's punctuation or a bullet: the line is the start of a sentence wrapped under
# it ("429    TooManyRequestsException, throttled: concurrency"), no name
_SENTENCE_MARK = re.compile(r", |: | [-–—] |^(?:[o*•+-]|\d+[.)])\s")
# a line ending in a word that leads into more ("Cold starts are worse with") goes on below
_LEADS_ON = frozenset({"a", "an", "the", "with", "of", "to", "for", "in", "on", "at", "by",
                       "from", "and", "or", "but", "is", "are", "as", "than", "that", "if"})


def is_term(text: str) -> bool:
    """Whether `text` (a line stripped) is short enough to be a term over a description, and
    not a row that states its own value ("item size ....... 400 KB max") nor a sentence
    wrapped after a few words: a term is a name, and reading the lines under it as its
    description puts a colon into the sentence the note never wrote."""
    words = text.split()
    return (0 < len(text) <= MAX_TERM_CHARS and len(words) <= MAX_TERM_WORDS
            and not _LEADER.search(text) and not text.endswith((",", ";", ":", "(", "+"))
            and not _SENTENCE_MARK.search(text) and words[-1].lower() not in _LEADS_ON)


def term_unit(term: str) -> str | None:
    """The unit a term names for the bare numbers under it: its argument's
    ("--timeout SECONDS": s) or else its name's ("--pending-window-in-days N": days)."""
    option = _OPTION.match(term.strip())
    if not option:
        return None
    name = [w for w in option.group("name").split("-") if w]
    arg = option.group("arg") or ""
    for words in ([*name, *re.split(r"[=|]", arg)] if arg else [], name):
        if len(words) >= 2:
            unit = name_and_unit([w for w in words if w])[1]
            if unit:
                return unit
    return None


def with_unit(text: str, unit: str | None) -> str:
    """`text` with each bound's bare number in `unit` ("(default: 30; max 900 = 15 min)" ->
    "(default: 30 s; max 900 s = 15 min)")."""
    if not unit:
        return text
    return _BARE_BOUND.sub(lambda m: f"{m.group('bound')}{m.group('gap')}{m.group('number')} "
                                     f"{unit}", text)


def entry_lines(term: str, description: list[str]) -> list[str]:
    """The markdown lines of one entry: the term's own line (blank, or for an option the
    option as written, "--timeout SECONDS", the item naming it in words), then its
    description's lines, the first opening with the term ("- term: ..."), the others going
    on under it (as many lines as `description`, each with its bare bounds in the term's
    unit)."""
    unit = term_unit(term)
    option = _OPTION.match(term.strip())
    # an option's entry is of the setting its name says in words ("--storage-class CLASS" is
    # the storage class): the option as written stays on its own line, over the entry
    out = [term.strip() if option else ""]
    said = " ".join(w for w in option.group("name").split("-") if w) if option else term.strip()
    for k, line in enumerate(description):
        text = with_unit(line.strip(), unit)
        if k == 0:
            out.append(f"- {said}: {text}")
        else:
            out.append(f"  {text}" if text else "")
    return out
