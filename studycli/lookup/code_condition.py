"""The condition an error code's own description reports, read as its name is.

"alb error no targets" denies targets; ALB's 502 "Bad Gateway = target returned bad
response / closed connection" and its 504 "target didn't answer within idle timeout" report
a target that is there and misbehaves: the other condition, though they say "target" as
often as 503's "no registered targets" does. A code's name was read for its condition
(lookup/negation_asked.py: "NoSuchBucket", "BucketAlreadyExists"); its description, the
words the notes give it ("= no registered targets"), is read here the same way, one clause
at a time: a negation denies every word after it up to the clause's end ("no registered
targets" denies targets). The note's line is read too where it gives no other code: a line
giving several codes ("502 ... 503 Service Unavailable ... means no registered targets")
says each code's condition beside the others', and is not one code's description; nor is a
text written partly in another language read ("ALB ന് healthy target ഒന്നും ഇല്ലെങ്കിൽ 503"
denies the healthy target in Malayalam words this reader does not know; "healthy" is the
note's wording, wrong of AWS: ALB answers 503 for a target group with no registered targets,
and fails open to every registered target when all are unhealthy).

Stdlib only: runs on the lookup fast path.
"""

from __future__ import annotations

import re
from functools import lru_cache

from studycli.kinds import Kind
from studycli.lookup.contractions import spelled_out

# a clause ends at punctuation that separates what is said of a code ("Bad Gateway = target
# ...", "502 - ENI issue", "bad response / closed connection"); a slash between two words
# joins them ("no registered/healthy targets" denies both)
_CLAUSE_ENDS = re.compile(r"[;,=:()\[\]|.!?]|\s[-–—>/]+\s|->|→")
_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")
# an HTTP status or an exception's name: a code the line gives
_CODE = re.compile(r"(?<![\w.])[1-5]\d\d(?![\w.])|\b[A-Z][A-Za-z]+(?:Exception|Error|Fault)\b")
# a count of nothing, which the negation reader does not read as one: "zero registered
# targets", "0 healthy targets", "none of the targets", "target group is empty"
_NONE_WORDS = frozenset({"zero", "none", "empty", "nothing", "nobody"})
_ZERO = re.compile(r"(?<![\w.,])0(?![\w.,])")


def words_of(text: str) -> list[str]:
    """The words of `text` (letters, an apostrophe inside one dropped: "doesn't" is
    "doesnt"), as the negation reader reads a query's or a description's (lookup/
    negation_asked.py)."""
    return [w.replace("'", "").replace("’", "") for w in _WORD.findall(text)]


def says_none(fact: dict, code_asked: bool = False) -> bool:
    """Whether what the fact says of its code (description_clauses) counts nothing in words
    or a "0": it may say the thing a query denies is absent, and so states no other
    condition for it."""
    texts, clauses = _description(fact.get("kind"), fact.get("value") or "",
                                  fact.get("snippet") or "", code_asked)
    return any(_ZERO.search(t) for t in texts) or any(
        _NONE_WORDS.intersection(words) for words in clauses)


def description_clauses(fact: dict, code_asked: bool = False) -> list[list[str]]:
    """The words (lower case, contractions spelled out) of each clause of what an error
    code's fact says of it: its value, and its note line where that gives this code alone.
    Where a code is asked (`code_asked`), a statement whose line gives one code is read too
    ("target returned malformed response: 502 Bad Gateway"). Else no clause."""
    return [list(words) for words in _description(
        fact.get("kind"), fact.get("value") or "", fact.get("snippet") or "", code_asked)[1]]


@lru_cache(maxsize=256)  # one reading a fact: says_none and description_clauses ask it of the
def _description(kind: str | None, value: str, snippet: str, code_asked: bool  # same fact
                 ) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """(the texts read, the words of each of their clauses): description_clauses."""
    texts = _texts(kind, value, snippet, code_asked)
    clauses = []
    for text in texts:
        for clause in _CLAUSE_ENDS.split(spelled_out(text.lower())):
            words = words_of(clause)
            if words:
                clauses.append(tuple(words))
    return tuple(texts), tuple(clauses)


def _texts(kind: str | None, value: str, snippet: str, code_asked: bool) -> list[str]:
    """The texts description_clauses reads: the value of an error code's fact, and its note
    line where that gives one code alone (any fact's line where a code is asked); a text
    written partly in another script is left out (it may deny in words not read here)."""
    one_code = len(set(_CODE.findall(snippet))) == 1
    if kind == Kind.ERROR_CODE:
        texts = [value] + ([snippet] if one_code else [])
    elif code_asked and kind == Kind.FACT and one_code:
        texts = [snippet]
    else:
        return []
    return [t for t in texts if not any(ch.isalpha() and not ch.isascii() for ch in t)]
