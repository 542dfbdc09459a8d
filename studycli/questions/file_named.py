"""Whether a fact's subject is only what its note's file name says.

A note's name, and the title heading that repeats it, say what the note is mostly about,
not what each of its lines is about: "05-nat-gateway-tears.md" filed its "AWS reserves 5 IP
addresses in each subnet" under the subject "NAT gateway", and the stem read "How many IP
addresses does AWS reserve in each subnet for Amazon VPC (NAT gateway)?" (a reviewer: the
reserved addresses have nothing to do with NAT gateways); "kinesis_shard_math.txt" put its
retention period under "shard". A subject the file name holds is printed in a stem only
when the line says it too.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import PurePosixPath

from studycli.model import Fact

_WORD = re.compile(r"[A-Za-z0-9]+")


def subject_only_file_named(fact: Fact) -> bool:
    """Is every word of the fact's subject a word of its note's file name, and the subject
    not said on the fact's own line?"""
    subject = fact.subject.strip()
    if not subject or not fact.source:
        return False
    named = _file_words(fact.source)
    words = _words(subject)
    if not words or not all(w in named or w.removesuffix("s") in named for w in words):
        return False
    return not _said(words, fact.snippet)


@lru_cache(maxsize=4096)
def _file_words(source: str) -> frozenset[str]:
    return frozenset(_words(PurePosixPath(source.replace("\\", "/")).stem))


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _said(words: list[str], line: str) -> bool:
    """The subject's words in a row on the line, a plural or singular of each counting
    ("shards" says "shard")."""
    said = _words(line)
    size = len(words)
    for at in range(len(said) - size + 1):
        if all(_same(a, b) for a, b in zip(said[at:at + size], words, strict=True)):
            return True
    return False


def _same(a: str, b: str) -> bool:
    return a == b or a.removesuffix("s") == b.removesuffix("s")
