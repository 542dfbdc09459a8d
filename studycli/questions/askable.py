"""Which facts can be asked at all: a question is only as good as the words it is built from.

Students' own notes give the parser attributes that are not names of a measure ("bulk within",
"failover takes", "deep archive", "usually") and error-code "meanings" that are table rows or
half sentences ("400 — Bad parameter — No", "If target times out"). Turned into questions they
read as nonsense, so such facts make no card. The rules, stated once:

Attributes (limits, defaults, ranges). With the qualifier word and any parenthesis removed, the
attribute must be
  1. a name from the attribute vocabulary (data/attributes.json) whose dimensions include the
     fact's unit ("retries" counts; "24 h" of retries is not asked as retries), or
  2. a short noun phrase (1-4 words, no word twice, no preposition/verb/adverb/comparative)
     whose head noun names a measure (size, timeout, period, rate...), or, for counts and rates,
     is a plural noun that is not itself a unit ("read replicas", "executions per second"),
     or, for a default stated in words, names a setting (type, mode, behaviour, class...).
  A bare generic measure word ("size", "duration", "time") names nothing by itself: it is only
  accepted when the fact has a subject ("size" of EBS gp2).

Subjects (every kind) must be short names: at most five words, no arrows, "::", "**", commas or
sentence punctuation, not starting with a status code.

Error codes. The meaning must read as a meaning: it may not contain another error code (then it
is a table row or the sentence around two codes), nor begin with a conjunction ("If ...",
"And ...", "when ...") or a symbol, nor be a flashcard's question (a question word first, or text
after a "?"), nor hold an arrow ("DDB → backoff": advice, not a meaning), a "::" (an outliner
property) or a numbering label ("Q10. ..."). As a wrong option, a meaning may not name the code
being asked.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

from studycli.lazy_regex import lazy_compile
from studycli.model import Fact, Kind
from studycli.questions.option_text import fragment_meaning

MEASURE_NOUNS = frozenset("""
size timeout duration period rate throughput latency interval delay memory storage ttl iops
time age window length capacity bandwidth quota concurrency availability durability sla limit
retention cooldown rpo rto lag vcpu vcpus payload count number amount
""".split())  # noqa: SIM905
# A default stated in words ("invocation type: RequestResponse") names a setting.
SETTING_NOUNS = frozenset("""
type mode behaviour behavior class policy engine protocol format tier setting method algorithm
level option strategy
""".split())  # noqa: SIM905
GENERIC = frozenset({"size", "duration", "time", "limit", "rate", "count", "number", "amount",
                     "period", "value"})
# Words that never belong in a measure's name: prepositions, verbs, adverbs, comparatives.
NOT_IN_NAME = frozenset("""
within under over after before between during until above below about around than to from into
by at as is are be takes take lasts last cut scales scale usually typically approx approximately
up down lower higher faster slower cheaper more less most least better worse only just also
can must should will may and or but if when then via vs
""".split())  # noqa: SIM905
UNIT_WORDS = frozenset("""
ms millisecond milliseconds second seconds sec secs minute minutes min mins hour hours hr hrs
day days week weeks month months year years byte bytes kb mb gb tb kib mib gib tib percent
""".split())  # noqa: SIM905
_WORD = lazy_compile(r"^[a-z][a-z0-9@\-]*$")
_QUAL = re.compile(r"^(max(imum)?|min(imum)?|default)\b\.?\s*", re.IGNORECASE)
_PER = lazy_compile(r"\s+per\s+\w+$")


DIMENSION = {"s": "duration", "B": "size", "B/s": "bandwidth", "per_s": "rate", "count": "count",
             "%": "percent"}


@lru_cache(maxsize=1)
def vocabulary() -> dict[str, frozenset[str]]:
    """Attribute name (as _base gives it) -> the dimensions it may measure."""
    from studycli.paths import read_data

    try:
        data = json.loads(read_data("attributes.json"))
    except (OSError, ValueError):
        return {}
    out: dict[str, set[str]] = {}
    for a in data.get("attributes", []):
        if a.get("name"):
            out.setdefault(_base(a["name"]), set()).update(a.get("dims") or ["any"])
    return {name: frozenset(dims) for name, dims in out.items()}


@lru_cache(maxsize=65536)
def _base(attribute: str) -> str:
    # Asides in parentheses or brackets ("(per shard)", "[bold]") are not the measure's name.
    text = re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", attribute)
    return " ".join(_QUAL.sub("", " ".join(text.split())).lower().split())


_SUBJECT_PUNCT = lazy_compile(r"→|->|=>|::|\*\*|[<>;,?!]")


def sensible_subject(subject: str) -> bool:
    """A subject is a short name ("FIFO queue", "S3 One Zone-IA"), not a clause the parser
    carried along ("502 → cannot connect to origin / SSL handshake fails")."""
    text = " ".join(subject.split())
    return not text or (len(text.split()) <= 5 and not _SUBJECT_PUNCT.search(text)
                        and not re.match(r"^\d{3}\b", text))


def attribute_base(attribute: str) -> str:
    """The measure's name alone: no qualifier word, no aside, lower case."""
    return _base(attribute)


def _plural_noun(word: str) -> bool:
    return (word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 2
            and word not in UNIT_WORDS and word not in NOT_IN_NAME)


def sensible_attribute(fact: Fact) -> bool:
    """True when the attribute names a measure a question can ask for (rules above)."""
    base = _base(fact.attribute)
    if not base:
        return False
    if not sensible_subject(fact.subject):
        return False
    dims = vocabulary().get(base)
    if dims is not None:
        # "retries" measures a count: 24 h of retries is a different thing, badly named.
        return "any" in dims or DIMENSION.get(fact.unit) in dims
    from studycli.questions.stems import _SPELLING

    # "msg per second" is "messages per second" (stems spell it so).
    base = " ".join(_SPELLING.get(w, w).lower() if _SPELLING.get(w, w).islower() else w
                    for w in base.split())
    words = base.split()
    if not 1 <= len(words) <= 4 or len(set(words)) < len(words):
        return False
    if any(not _WORD.match(w) or w in NOT_IN_NAME for w in words):
        return False
    head_phrase = _PER.sub("", base) if fact.unit in ("per_s", "count") else base
    head = head_phrase.split()[-1]
    if fact.number is None and fact.low is None and head in SETTING_NOUNS:
        return True
    if head in MEASURE_NOUNS:
        # A bare generic word ("size", "duration") names a measure only with a subject and a
        # qualifier: "the duration for S3 Glacier" asks nothing in particular.
        # Nor with an API operation for its subject: the "size" of BatchGetItem may be its
        # request's, its response's or an item's (reviewers of unseen65: the 16 MB is what
        # one call returns). A line that says which gives the parser a named measure
        # ("request payload size"); a bare one is not asked.
        return not (len(words) == 1 and head in GENERIC
                    and not (fact.subject.strip() and fact.qualifier
                             and not _API_OPERATION.fullmatch(fact.subject.strip())))
    return fact.unit in ("count", "per_s") and _plural_noun(head)


# "BatchGetItem", "GetSessionToken": an API operation's name, one CamelCase word.
_API_OPERATION = lazy_compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)+")
_CODE = lazy_compile(r"(?<![\w.])(?:[1-5]\d\d|[1-5]xx)(?![\w.])"
                     r"|\b[A-Z][a-zA-Z]+(?:Exception|Error|Fault)\b")
# "DDB → backoff", "⚠️ → hot shard": an arrow marks a consequence or advice, not a meaning.
_ARROW = lazy_compile(r"→|->|=>|⇒")
# A flashcard's front ("What error do you get ...?", "... capacity? — retry ..."); a lone
# trailing "?" is the student's doubt and the meaning stands.
_QUESTION = lazy_compile(r"^(what|which|how|why|who|where|does|do|is|are|can)\b|\?\s*\S",
                         re.IGNORECASE)
# "Q10. Lambda gets on sync invoke", "3) ...": a numbered flashcard or list label.
_LABEL = lazy_compile(r"^(q\d+|\d+)[.):]\s", re.IGNORECASE)
_CONJUNCTION = lazy_compile(r"^(if|and|or|but|when|whenever|because|so|then|unless|while)\b",
                            re.IGNORECASE)


def sensible_meaning(meaning: str, code: str = "") -> bool:
    """An error-code meaning that reads as one: no other error code inside it (its own code,
    as in "504 Gateway Timeout", is allowed), no leading conjunction."""
    text = " ".join(meaning.split())
    others = [m.group(0) for m in _CODE.finditer(text)
              if m.group(0).lower() != code.strip().lower()]
    return (bool(text) and not others and not _CONJUNCTION.match(text) and text[0].isalnum()
            and not _QUESTION.search(text) and not _ARROW.search(text) and not _LABEL.match(text)
            and "::" not in text and not _CODE_NAME.fullmatch(text))


# "NoSuchKey", "ACCESS_DENIED": another code's name standing where a meaning should be.
_CODE_NAME = lazy_compile(r"[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)+|[A-Z][A-Z0-9]*_[A-Z0-9_]+")


@lru_cache(maxsize=262144)
def askable(fact: Fact) -> bool:
    if fact.kind in (Kind.LIMIT, Kind.DEFAULT, Kind.RANGE):
        # "Routes events to 1+ targets" is no quota: a minimum count of one is what any
        # thing has, so a question on it teaches nothing and is usually a misread.
        if fact.qualifier == "min" and fact.unit == "count" and fact.number is not None \
                and fact.number <= 1:
            return False
        # Nor is a minimum of one second or one byte (a cookie's duration, a long poll's wait,
        # a key's length): it is the floor of any setting made in whole seconds, or says only
        # "not empty"; reviewers judged every such card trivial.
        if fact.qualifier == "min" and fact.unit in ("s", "B") and fact.number == 1:
            return False
        # A latency or response time in notes is a performance figure ("< 100 ms to start"),
        # not a quota AWS sets: asked as a maximum it teaches a limit that does not exist.
        if PERFORMANCE.search(fact.attribute):
            return False
        if fact.number is None and fact.qualifier == "default" \
                and not default_said_of(fact.value, fact.snippet or ""):
            return False
        if cut_aside(fact.attribute):
            return False
        from studycli.questions.stems import aside_unsayable

        if aside_unsayable(fact):  # "request payload size (passed)" (questions/asides.py)
            return False
        from studycli.questions.attribution import misattributed

        return (sensible_attribute(fact) and not misattributed(fact)
                and not names_a_family(fact))
    if fact.kind == Kind.ERROR_CODE:
        code = fact.attribute.strip()
        if code.isdecimal() and not 400 <= int(code) <= 599:
            return False  # a 2xx or 3xx is no error to learn the meaning of (success_code)
        return (bool(code) and sensible_meaning(fact.value, fact.attribute)
                and sensible_subject(fact.subject) and not spells_its_meaning(fact)
                and not only_reason_phrase(fact) and not status_class(fact.attribute)
                and not fragment_meaning(fact.value))
    return True


@lru_cache(maxsize=1)
def _ambiguous_subjects() -> frozenset[tuple[str, str]]:
    from studycli.questions.categories import categories

    data = categories()
    return frozenset((entry["service"], s.lower()) for entry in data.get("ambiguous_subjects", ())
                     for s in entry["subjects"])


def names_a_family(fact: Fact) -> bool:
    """The subject names a family AWS splits into members with different values ("S3
    Glacier": three storage classes, data/categories.json ambiguous_subjects): a number
    stated for the family is true of some members only."""
    return (fact.service, " ".join(fact.subject.lower().split())) in _ambiguous_subjects()


def _words(text: str) -> str:
    return " ".join(re.findall(r"[a-z]+", text.lower()))


@lru_cache(maxsize=1)
def _reason_phrases() -> dict[str, str]:
    from http import HTTPStatus

    return {str(s.value): _words(s.phrase) for s in HTTPStatus}


# What an HTTP status class means in the standard itself ("4xx: client error").
_CLASS_PHRASES = {"1xx": "informational", "2xx": "success", "3xx": "redirection",
                  "4xx": "client error", "5xx": "server error"}
# Words that add nothing to a reason phrase ("Bad Request - Generic", "server-side errors").
_GENERIC = frozenset({"generic", "error", "errors", "http", "status", "code", "side", "the",
                      "a", "an", "response"})


def success_code(code: str) -> bool:
    """A 1xx-3xx HTTP status ("200", "202"): what a note says gets one (an async invoke) is
    no meaning of an error, and often said of one ("function error: still returns 200"), so
    it is neither asked nor a wrong option on an error's card."""
    code = code.strip()
    return len(code) == 3 and code.isdecimal() and code[0] in "123"


_STATUS_CLASS = lazy_compile(r"[1-5]xx", re.IGNORECASE)


def status_class(code: str) -> bool:
    """"4xx", "5XX": a whole HTTP status class. Whatever the note says it means ("Client Error -
    Invalid request on client side"), the answer is the HTTP standard's class name, which names
    nothing a service does: a class is never asked (it stays a distractor's exclusion only)."""
    return bool(_STATUS_CLASS.fullmatch(code.strip()))


def only_reason_phrase(fact: Fact) -> bool:
    """The meaning is the HTTP status code's own reason phrase ("403: Forbidden", "502: Bad
    Gateway", "400: Bad Request - Generic") or its class's ("4xx: client error"): a card on it
    tests the HTTP standard's name, not what the service does."""
    code = fact.attribute.strip().lower()
    phrase = _reason_phrases().get(code) or _CLASS_PHRASES.get(code)
    if phrase is None:
        return False
    said = {w.removesuffix("s") for w in _words(fact.value).split()} - _GENERIC
    return said <= {w.removesuffix("s") for w in phrase.split()}


def cut_aside(attribute: str) -> bool:
    """An aside that opens on a unit word ("retention period (hr data)" from "1 hr data 455
    days"): the number before it went into another fact, and what is left is a fragment no
    stem can ask in English."""
    return any(m.group(1).lower() in UNIT_WORDS | _UNIT_ABBREVIATIONS
               for m in _ASIDE_HEAD.finditer(attribute))


_ASIDE_HEAD = lazy_compile(r"\(\s*[<>~]?\s*([A-Za-z]+)\s+[A-Za-z]")
_UNIT_ABBREVIATIONS = frozenset({"h", "s", "d", "m", "ms", "kib", "mib", "gib", "tib"})


# Markup or emphasis between a setting's name and its "(default)": "<b>General Purpose</b>
# (default", "**sync** (default)".
_MARKS = r"(?:\s|</?\w+>|[*_`\"'])*"


def default_said_of(value: str, snippet: str) -> bool:
    """True when the note line marks `value` itself as the default: "terminate (default)",
    "default: sync", "defaults to Edge-optimized", "This is default (RequestResponse)". A
    default stated in words is asked only so: "lambda Invoke - NOT logged by default, cost
    extra" gave CloudTrail a default "invocation type" of "cost extra" (the "by default"
    belongs to what comes before it). A value the line does not hold as written is not judged."""
    words = r"\s+".join(re.escape(w) for w in value.split())
    if not words:
        return False
    if not re.search(words, snippet, re.IGNORECASE):
        return True  # the line does not hold the value as written: nothing to judge it on
    after = rf"{words}{_MARKS}(?:{_LINK}{_MARKS})?[(\[]?{_MARKS}(?:(?:the|by)\s+)?default\b"
    before = (rf"(?<!\bby\s)\bdefaults?{_MARKS}(?:(?:{_LINK}|to|value|set\s+to){_MARKS}){{0,2}}"
              rf"[(\[]?{_MARKS}{words}")
    # "by default, X" opens its clause: after a verb or a negation ("NOT logged by default,
    # cost extra") the "by default" is said of what comes before it, not of X.
    opening = rf"(?:^|[-:;.,(\u2013\u2014\u2022*]|\d\.){_MARKS}by\s+default\b,?{_MARKS}{words}"
    return any(re.search(pattern, snippet, re.IGNORECASE) for pattern in (after, before, opening))


# What links a value to the word "default": "X is the default", "X = default", "X - default",
# "default: X", "default -> X", "default value: X".
_LINK = r"(?:is\b|=>|->|[=:\u2192\u2013\u2014]|-(?!\w))"


PERFORMANCE = re.compile(r"\b(?:latency|latencies|response times?)\b", re.IGNORECASE)
_CAMEL = lazy_compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+")
_FILLER = frozenset({"exception", "error", "the", "a", "an", "of", "your", "is", "was", "has",
                     "have", "been", "to", "for", "in", "on", "request", "requests"})


def spells_its_meaning(fact: Fact) -> bool:
    """A named exception whose name already says its meaning ("ResourceConflictException" ->
    "Resource already exists"): asking what it means gives the answer away."""
    name = fact.attribute.strip()
    if not name or name[:1].isdigit():
        return False  # an HTTP status code names nothing
    parts = {w.lower()[:5] for w in _CAMEL.findall(name) if w.lower() not in _FILLER}
    meaning = {w.lower()[:5] for w in re.findall(r"[A-Za-z]+", fact.value)
               if w.lower() not in _FILLER and len(w) > 2}
    return bool(parts & meaning)
