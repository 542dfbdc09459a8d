"""Lengths in characters: "bucket names 3-63 chars", "partition key max 256 chars", "user pool
password policy min length 6-99 chars". A count of characters measures the length of the name,
key, token or password the words before it name; the attribute says so ("bucket name length"),
not the bare noun ("chars") nor a farther word the vocabulary knows (the password's 6-99 were a
"policy size", a partition key's 128 "shards")."""

from __future__ import annotations

import re

CHARACTERS = frozenset({"char", "chars", "character", "characters"})

# what has a length in characters, and the word before it that says whose it is
_LENGTH_OF = re.compile(
    r"(?<![\w-])(?:(?P<whose>bucket|queue|topic|partition|sort|function|table|stream|tag|auth|"
    r"object|secret|parameter|repository|domain|policy|user|role|group|file|alias|stage|key)"
    r"[ \t]+)?(?P<what>names?|keys?|tokens?|passwords?|values?|descriptions?|ids?|labels?|"
    r"paths?|prefix(?:es)?)(?![\w-])", re.IGNORECASE)
# a name that says what is measured already ("policy size 6,144 chars", "name length 80 chars")
_SAYS_LENGTH = re.compile(r"\b(?:size|length)\b", re.IGNORECASE)
# "max SCP size 5,120 characters": the word before "size" says whose
_SIZE_OF = re.compile(r"(?<![\w-])([A-Za-z][\w-]*)[ \t]+(?:doc(?:ument)?[ \t]+)?"
                      r"(?:max(?:imum)?[ \t]+)?size\b", re.IGNORECASE)
_NOT_WHOSE = frozenset({"max", "maximum", "min", "minimum", "the", "a", "an", "its", "total"})
_SENTENCE_END = re.compile(r"[.;!?](?=\s|$)")


def length_named(line: str, start: int, attribute: str) -> str:
    """The attribute of a count of characters at line[start:]: the length of the last thing
    its sentence names before it ("bucket name length"); else the vocabulary's name when that
    is a size or a length; else the size the sentence names ("SCP size"); else "characters"
    (a farther word the vocabulary knows is no guess at what they are of)."""
    begins = max((m.end() for m in _SENTENCE_END.finditer(line, 0, start)), default=0)
    named = _last(_LENGTH_OF, line, begins, start)
    if named is not None:
        whose = named.group("whose")
        what = _singular(named.group("what"))
        return _as_written(f"{whose} {what} length" if whose else f"{what} length")
    if _SAYS_LENGTH.search(attribute):
        return attribute
    sized = _last(_SIZE_OF, line, begins, start)
    if sized is not None and sized.group(1).lower() not in _NOT_WHOSE:
        return f"{_as_written(sized.group(1))} size"
    return "characters"


# what is an identifier: its size in bytes is its length ("S3 object key max 1024 bytes" is
# the key's length, no object size; "partition key max 2048 bytes"), as AWS gives them
# (https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-keys.html: the object key
# name is UTF-8 "with a maximum length of 1,024 bytes")
_IDENTIFIER = re.compile(
    r"(?<![\w-])(?P<whose>(?:(?:bucket|queue|topic|partition|sort|function|table|stream|tag|"
    r"object|secret|parameter|domain|user|role|group|file|alias|stage|key|message|item|"
    r"record|event)[ \t]+){0,2})(?P<what>names?|keys?|ids?|labels?|paths?|prefix(?:es)?)"
    r"(?![\w-])", re.IGNORECASE)
# between the identifier and its figure, only words that bound or say it: "object key max
# 1024 bytes", "max size of an S3 object key: 1024 bytes", "key names up to 1 KB"
_UP_TO_THE_FIGURE = re.compile(
    r"(?:[\s*_`:=?<>≤~()-]|\b(?:max(?:imum)?|min(?:imum)?|up|to|upto|is|are|can|be|at|most|"
    r"limit(?:ed)?|length|size|long)\b)*", re.IGNORECASE)


def identifier_length(line: str, start: int) -> str:
    """"object key length" for a size at line[start:] that the words just before it say is of
    a name, key, id, label, path or prefix (see _IDENTIFIER); "" when they do not. Only words
    right before the figure: "keys are names, objects up to 5 TB" is an object's size."""
    begins = max((m.end() for m in _SENTENCE_END.finditer(line, 0, start)), default=0)
    named = _last(_IDENTIFIER, line, begins, start)
    if named is None or not _UP_TO_THE_FIGURE.fullmatch(line, named.end(), start):
        return ""
    return _as_written(f"{named.group('whose')}{_singular(named.group('what'))} length")


def _last(pattern: re.Pattern[str], line: str, begins: int, ends: int) -> re.Match[str] | None:
    """The last match of `pattern` in line[begins:ends]."""
    last = None
    for last in pattern.finditer(line, begins, ends):  # noqa: B007 (the last one is kept)
        pass
    return last


def _singular(word: str) -> str:
    lowered = word.lower()
    if lowered.endswith("xes"):
        return word[:-2]
    return word[:-1] if lowered.endswith("s") and not lowered.endswith("ss") else word


def _as_written(words: str) -> str:
    """Lower case, but for a word written in capitals ("AUTH token", "SCP"): a sentence's
    capital ("Bucket names are ...") is no part of the name."""
    return " ".join(w if w.isupper() else w.lower() for w in words.split())
