"""A note's aside in a measure's name, said in a stem as plain English, or not at all.

The parser keeps what a note wrote in parentheses next to a value as part of the attribute
("message size (frames)" from "msg 128 KB max (frames 32 KB)", "request payload size (passed)",
"throughput (per shard)"). Pasted into a stem as it stands, the aside asks something unclear or
other than the keyed answer: "What is the maximum message size (frames)?" has the message's
128 KB and the frame's 32 KB as defensible answers, and reviewers flagged every such stem.

An aside is said one of these ways, or the fact is not asked (a question not asked is better
than an ambiguous one):
  - a scope: "(per shard)", "(with batching)" -> "throughput per shard", "... with batching";
  - a tool: "(cli)" -> "TTL with the AWS CLI";
  - a word that names the kind of thing measured ("(unzipped)", "(asynchronous)", "(fast)",
    "(SQL Server)", "(gp3 baseline)") -> in front of the measure: "unzipped deployment package
    size", "gp3 baseline IOPS";
  - the one unit a size is of ("message size (frames)") -> "size of one frame";
  - a path ("(/tmp)") stays: "ephemeral storage (/tmp)" is AWS's own label for the setting.
Anything else (a verb or a note fragment: "(passed)", "(matter)", "(regardless)", a word in
another language) cannot be said so that the stem pins down its answer.
"""

from __future__ import annotations

import re
from functools import lru_cache

_ASIDE = re.compile(r"\s*\(([^()]*)\)")
_SCOPE = re.compile(r"^(?:per|with|without)\s+[a-z0-9][\w /-]*$", re.IGNORECASE)
_PATH = re.compile(r"^/[\w./-]+$")
_OPEN, _CLOSE = "\x00", "\x01"  # a path aside's parentheses, while the rest is placed
_TOOLS = {"cli": "with the AWS CLI", "console": "in the AWS Management Console",
          "sdk": "with an AWS SDK"}
# Words that name a kind of the thing measured, said in front of it as AWS says them
# ("asynchronous invocation payload", "unzipped deployment package", "baseline IOPS");
# note abbreviations spelled out.
_KIND_WORDS = {
    "synchronous": "synchronous", "sync": "synchronous", "asynchronous": "asynchronous",
    "async": "asynchronous", "zipped": "zipped", "unzipped": "unzipped",
    "compressed": "compressed", "uncompressed": "uncompressed", "fast": "fast",
    "standard": "standard", "std": "standard", "expedited": "expedited", "bulk": "bulk",
    "baseline": "baseline", "burst": "burst", "ssd": "SSD", "hdd": "HDD",
    "advanced": "advanced", "managed": "managed", "inline": "inline",
}
# Sizes an aside can name the unit of: "message size (frames)" is the size of one frame
_SIZES = frozenset({"size", "message size", "payload size", "record size", "item size"})


@lru_cache(maxsize=65536)
def said_plainly(attribute: str) -> str | None:
    """`attribute` (its qualifier word and echoing asides already dropped) with every aside in
    plain words; None when one cannot be said so."""
    if "(" not in attribute and ")" not in attribute:
        return attribute
    # "write throughput ((per shard)": the parser keeps a note's "(per shard)" with its own
    # bracket inside the one it adds; one aside, not a fragment (Kinesis' per-shard limits)
    attribute = re.sub(r"\(\s*\(", "(", attribute)
    front: list[str] = []
    back: list[str] = []
    unit_of: list[str] = []
    spoiled = False

    def place(m: re.Match) -> str:
        nonlocal spoiled
        aside = " ".join(m.group(1).split())
        if _SCOPE.match(aside):  # whole: "(with the topic throughput scope)"
            back.extend(_scope(aside, attribute))
            return ""
        rest = _ASIDE.sub(" ", attribute).lower().split()
        words = [w for w in aside.split() if w.lower() not in rest]  # "(io2 durability)"
        text = " ".join(words)
        if not text:
            return ""
        if text.lower() in _TOOLS:
            back.append(_TOOLS[text.lower()])
        elif _PATH.match(text):
            return f" {_OPEN}{text}{_CLOSE}"  # AWS's own label: "ephemeral storage (/tmp)"
        elif all(_kind_word(w) for w in words):
            front.append(" ".join(map(_kind_said, words)))
        elif len(words) == 1 and _noun(text) and not unit_of:
            unit_of.append(text.lower())
        else:
            spoiled = True
        return ""

    bare = " ".join(_ASIDE.sub(place, attribute).split())
    if spoiled or "(" in bare or ")" in bare or not bare:
        return None
    if unit_of:
        if bare.lower() not in _SIZES:
            return None
        from studycli.questions.attribution import _singular

        bare = f"size of one {_singular(unit_of[0])}"  # "entries": "entry", not "entrie"
    return " ".join([*front, bare, *back]).replace(_OPEN, "(").replace(_CLOSE, ")")


def _scope(aside: str, attribute: str) -> list[str]:
    """"per task definition" for "(per task def)"; nothing for "(per object)" of "object
    size", whose measure is one object's already."""
    from studycli.questions.stems import _SCOPE_WORDS

    first, *scope = aside.split()
    from studycli.questions.attribution import _singular

    said = {_singular(w) for w in _ASIDE.sub(" ", attribute).lower().split()}
    if first.lower() == "per" and all(_singular(w.lower()) in said for w in scope):
        return []
    return [" ".join([first.lower(), *(_SCOPE_WORDS.get(w.lower(), w) for w in scope)])]


def _kind_said(word: str) -> str:
    """A kind word as AWS says it in front of a measure ("async": "asynchronous"); a name the
    note capitalises keeps its capital ("Standard" workflows are no "standard" duration)."""
    said = _KIND_WORDS.get(word.lower(), word)
    return word if word[:1].isupper() and said == word.lower() else said


# Words that say how a value is meant, not what it is of: an aside of these ("(Default)",
# "(total)", "(max)") is no kind of the thing measured and no thing to measure one of
_NO_KIND = frozenset("""default max maximum min minimum hard soft total approx approximately
limit quota each average typical attributes note important usable recommended""".split())  # noqa: SIM905
# The things a size can be of, "message size (frames)": "size of one frame". Only these: a
# service's or a feature's name in the aside ("(sqs)", "(fifo)", "(usable)") is no such thing
_COUNTABLE = frozenset("""frame message record entry item object file chunk part request event
batch""".split())  # noqa: SIM905


def _kind_word(word: str) -> bool:
    """A word that names a kind of the thing measured: one AWS says in front of a measure
    (_KIND_WORDS), or a name: a volume type or engine ("gp3", "io2", "SQL", "Server"); not
    a unit ("IOPS (GB)" is a fragment of "3 IOPS/GB")."""
    if _unit_or_acronym(word) or word.lower() in _NO_KIND:
        return False
    return (word.lower() in _KIND_WORDS or bool(re.fullmatch(r"[a-z]+\d+[a-z]*", word))
            or bool(re.fullmatch(r"[A-Z][A-Za-z0-9]*", word)))


def _unit_or_acronym(word: str) -> bool:
    """A unit ("GB", "ms") or a measure's acronym ("WCU"): no kind of a thing, no thing."""
    from studycli.questions.askable import _UNIT_ABBREVIATIONS, UNIT_WORDS
    from studycli.questions.stems import _SPELLING

    w = word.lower()
    acronym = w in _SPELLING and not _SPELLING[w].islower()  # "WCU"; "std" is "standard"
    return w in UNIT_WORDS or w in _UNIT_ABBREVIATIONS or acronym or \
        w in {"kb", "mb", "gb", "tb", "pb", "iops"}


def _noun(word: str) -> bool:
    """"frames", "frame": a thing a size is of (_COUNTABLE), in lower case as notes write it
    (not "passed", "sqs", "usable")."""
    from studycli.questions.attribution import _singular

    return bool(re.fullmatch(r"[a-z]{3,}", word)) and _singular(word) in _COUNTABLE
