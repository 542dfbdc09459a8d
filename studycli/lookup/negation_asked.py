"""A condition the query states and an error code's name states the other way round.

"s3 error when bucket doesnt exist" shares "bucket" and "exist" with BucketAlreadyExists,
whose name says the bucket *does* exist: the words match, the condition is the opposite,
and the answer was confidently wrong (NoSuchBucket is the one meant). A code's name is
read as the condition it reports: the words after a negation in it ("NoSuchBucket",
"ResourceNotFoundException", "NotAuthorized") are said as denied, the others as stated.
The query is read the same way, from its text as the query reader spelled it out ("doesnt"
and "can't" are "does not" and "can not" there, lookup/contractions.py): a word after "not",
"no", "never", "without"... is denied. A code's name is spelled out alike ("CannotDelete...").
A code that states a word the query denies, or denies a word the query states, reports the
other condition, whichever word it is.
"No such X", "X not found", "missing X", "nonexistent X" all deny that X exists: they are
one condition ("exist", "found" and "present" are read as one word for that).
The query's condition is read once a query (query_condition keeps it), not for every fact
scored. "missing X", "X missing" and "no such X" are read here too for the thing they say is
missing (things_said_missing; lookup/missing_thing.py weighs it against a code's thing).
Stdlib only: runs on the lookup fast path.
"""

from __future__ import annotations

from functools import lru_cache

from studycli.lookup.code_condition import description_clauses, says_none, words_of
from studycli.lookup.contractions import spelled_out
from studycli.lookup.text import camel_parts
from studycli.lookup.words import stem

# the words that deny what follows them (a contraction is read spelled out: "doesnt" is
# "does not", lookup/contractions.py)
_NEGATORS = frozenset({"not", "no", "never", "non", "without", "insufficient", "lack",
                       "lacking"})
# words between a negation and what it denies ("does not yet exist", "no such bucket")
_BETWEEN = frozenset({"a", "an", "the", "any", "be", "been", "yet", "such", "have", "has", "enough",
                      "do", "does", "is", "are", "was", "were"})
# words that deny existence by themselves ("missing key", "nonexistent table")
_ABSENT = frozenset({"missing", "nonexistent", "absent", "inexistent"})
# one condition, three ways to say it: "doesn't exist", "not found", "not present"; and
# "non-existent" written apart ("non" denies "existent", which the stemmer keeps whole)
_EXISTS = frozenset({stem("exist"), stem("existent"), stem("found"), stem("present")})
_EXIST = stem("exist")
_ABSENT_STEMS = frozenset(stem(w) for w in _ABSENT)
_MISSING = "missing"


def _read(words: list[str], carried: bool = False) -> tuple[frozenset[str], frozenset[str]]:
    """(stems stated, stems denied) of `words` (lower case, in order); `carried`, a
    negation denies every word after it (a code's name is one phrase:
    "InsufficientInstanceCapacity" is no capacity)."""
    stated: set[str] = set()
    denied: set[str] = set()
    negated = False
    for i, w in enumerate(words):
        if w in _NEGATORS and not (w == "no" and words[i + 1:i + 2] == ["of"]):
            negated = True  # ("no of buckets" is a number of buckets)
            continue
        if negated and w in _BETWEEN:
            if w == "such":  # "no such bucket": the bucket does not exist
                denied.add(_EXIST)
            continue
        if w in _ABSENT or w.startswith("nonexist"):
            denied.add(_EXIST)
            negated = False
            continue
        (denied if negated else stated).add(stem(w))
        negated = negated and carried
    return _one_existence(frozenset(stated)), _one_existence(frozenset(denied))


def _one_existence(found: frozenset[str]) -> frozenset[str]:
    return found | {_EXIST} if found & _EXISTS else found


Condition = tuple[frozenset[str], frozenset[str]]


@lru_cache(maxsize=64)  # one reading a query: answer_features asks it of every fact scored
def query_condition(text: str) -> Condition:
    """(stems stated, stems denied) by a query's text as the query reader spelled it out
    (Query.text: lower case, contractions as their words); nothing denied: no condition to
    read."""
    words = words_of(text or "")
    if not (_NEGATORS | _ABSENT).intersection(words) and not any(
            w.startswith("nonexist") for w in words):
        return frozenset(), frozenset()
    return _read(words)


def _code_parts(fact: dict) -> list[list[str]]:
    """The words of each error code's name the fact gives, contractions spelled out as the
    query's are ("CannotDelete": "can not delete")."""
    text = " ".join(fact.get(k) or "" for k in ("subject", "attribute", "value"))
    return [spelled_out(" ".join(parts)).split() for parts in camel_parts(text)]


def things_said_missing(words: list[str]) -> list[str]:
    """The words typed right before or after "missing", and right after "no such", in order:
    the thing a query says is missing ("s3 bucket missing error", "missing bucket", "no such
    bucket"), before any of them is judged a thing (lookup/missing_thing.py)."""
    found: list[str] = []
    sides: tuple[int, ...]
    for i, word in enumerate(words):
        if word == _MISSING:
            sides = (i - 1, i + 1)
        elif word == "such" and i and words[i - 1] == "no":
            sides = (i + 1,)
        else:
            continue
        found += [words[j] for j in sides if 0 <= j < len(words)]
    return found


def code_states_other_condition(fact: dict, text: str, code_asked: bool = False) -> bool:
    """Whether an error code named by the fact (a CamelCase name in its own words, or the
    description an error code's fact gives it: lookup/code_condition.py) reports
    the opposite of a condition the query denies: it states a word the query denies
    ("BucketAlreadyExists" for "bucket doesnt exist"), or denies one the query states
    while denying something ("NoSuchKey" for "key exists but no permission")."""
    stated_asked, denied_asked = query_condition(text)
    if not denied_asked:
        return False
    if _description_reports_other(fact, text, code_asked):
        return True
    codes = _code_parts(fact)
    if not codes:
        return False
    stated: frozenset[str] = frozenset()
    denied: frozenset[str] = frozenset()
    for parts in codes:
        s, d = _read(parts, carried=True)
        stated, denied = stated | s, denied | d
    # a word both stated and denied by the codes ("404 NoSuchBucket vs 409
    # BucketAlreadyExists") is each side's: the line does not take the other one
    return bool(((stated - denied) & (denied_asked - stated_asked))
                or ((denied - stated) & (stated_asked - denied_asked) & _EXISTS))


# words that end the thing a query's negation denies ("no healthy targets error": targets)
_PHRASE_ENDS = frozenset({"error", "errors", "code", "codes", "status", "exception", "http",
                          "message", "when", "what", "which", "why", "and", "or", "but",
                          "get", "gets", "returned", "returns", "response", "in", "on", "for"})
_PHRASE_LONGEST = 3


@lru_cache(maxsize=64)
def denied_phrase(text: str) -> frozenset[str]:
    """The stems of the thing a query denies, every word of it ("alb error no healthy
    targets": healthy, target), up to the words that say what is asked of it ("error")."""
    words = words_of(text or "")
    out: set[str] = set()
    for i, w in enumerate(words):
        if w not in _NEGATORS or (w == "no" and words[i + 1:i + 2] == ["of"]):
            continue
        taken = 0
        for x in words[i + 1:]:
            if x == "such":  # "no such bucket": the bucket does not exist, the condition
                out.add(_EXIST)  # NoSuchBucket's "bucket does not exist" reports
                break
            if x in _BETWEEN:
                continue
            if x in _PHRASE_ENDS or x in _NEGATORS or taken == _PHRASE_LONGEST:
                break
            out.add(stem(x))
            taken += 1
    return _one_existence(frozenset(out))


def _description_reports_other(fact: dict, text: str, code_asked: bool) -> bool:
    """Whether an error code's description (lookup/code_condition.py) reports the other
    condition than the thing the query denies: it states every word of that thing and
    denies none ("target returned bad response" for "alb error no targets"). A description
    denying any word of it ("no registered/healthy targets", or written in another order,
    "koi healthy not target registered") reports the condition asked."""
    asked = denied_phrase(text)
    if not asked or says_none(fact, code_asked):
        return False  # "zero registered targets" may be the thing asked, said absent
    stated: set[str] = set()
    for parts in description_clauses(fact, code_asked):
        s, d = _read(parts, carried=True)
        if d & asked:
            return False
        stated |= s - d
    # every word of it: "target sent a bad response" is no healthy target's condition, nor
    # its opposite ("tidak ada target terdaftar" denies the target in Indonesian)
    return asked <= stated


def condition_said(fact: dict, text: str, code_asked: bool = False) -> frozenset[str]:
    """The stems a query denies that an error code named by the fact (or its description)
    denies too: "bucket
    doesnt exist" is the condition NoSuchBucket reports, though its name has no "exist"
    (it says "no such"): the words of the condition are said, as the name says them."""
    _stated, denied_asked = query_condition(text)
    if not denied_asked:
        return frozenset()
    denied = frozenset().union(*(_read(parts, carried=True)[1]
                                 for parts in _code_parts(fact)
                                 + description_clauses(fact, code_asked)))
    shared = denied & denied_asked
    if _EXIST in shared:  # "not found", "missing": any word of that condition typed
        shared |= (denied_asked & _EXISTS) | _ABSENT_STEMS
    return shared
