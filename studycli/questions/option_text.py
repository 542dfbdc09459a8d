"""Option text from a note's meaning: what a student reads as an answer must be a clean answer.

Notes carry debris a reader skips but an option cannot: asides in parentheses with typos
("Integration failure/timeout(Dault: 29S)"), a leading symbol from an arrow or table ("= Lambda
proxy returned bad format"), a second fragment after a stray ".." ("authorizer denies.. WAF
Filtered"). The option gets the clean head; the explanation quotes the note with its file:line.
A meaning that is one word ("Reduce") or ends mid-phrase is a fragment and is not asked; one
that says what to do ("retry w/ exponential backoff") is advice, not what the code means.
"""

from __future__ import annotations

import re

from studycli.lazy_regex import lazy_compile
from studycli.match_key import table_entry

_STRAY_DOTS = lazy_compile(r"(?<!\.)\.{2}(?!\.)|\s\.{3}\s?|\u2026")
# A tick or check box after a meaning ("bad response \u2713") is a marker's verdict on the
# student's answer, and an option that carries it gives the answer away.
_TICKS = "\u2713\u2714\u2705\u2611"
_TRAIL = " -\u2013\u2014,;:/=.&+" + _TICKS


def clean_meaning(text: str) -> str:
    """The meaning without the note's debris: no aside in parentheses, no leading symbol, no
    fragment after a stray "..", no trailing punctuation. Falls back to the note's text when
    the cleaning would leave almost nothing."""
    text = " ".join(text.split())
    text = re.sub(rf"\s*\(\s*[{_TICKS}]\s*\)|\s*[{_TICKS}]+(?=\s*$)", "", text)
    bare = re.sub(r"\s*\([^()]*\)", " ", text)
    bare = re.sub(r"^[^\w(]+", "", bare)  # "= Lambda proxy ...", "- ...", "\u2022 ..."
    head = _STRAY_DOTS.split(bare)[0]
    if len(head.strip(_TRAIL)) >= 8:
        bare = head
    bare = " ".join(bare.split()).strip(_TRAIL)
    # "BAD RESPONSE. got this wrong twice": the student's aside about themselves is no part of
    # what the code means
    kept = _ASIDE.sub("", bare).strip(_TRAIL)
    if len(kept) >= 8:
        bare = kept
    return _spelled_out(bare) if len(bare) >= 8 else text


_ASIDE = lazy_compile(r"(?:[.!;]|\s[-–—])\s*(?:i\s+)?(?:got (?:this|it) wrong|missed (?:this|it)|"
                      r"(?:always )?(?:forget|mix(?:ed)? up) (?:this|it)|remember (?:this|it)|"
                      r"know this|tricky|careful|(?:this|it) (?:was|is) on the exam|exam fav\w*)"
                      r"\b.*$", re.IGNORECASE)


# A note's shorthand read aloud in an option or a stem ("Target sent bad response / closed
# conn" was judged garbled): its abbreviations spelled out, fragments joined by " / " read
# as alternatives.
_SHORTHAND = {"conn": "connection", "conns": "connections", "resp": "response",
              "req": "request", "reqs": "requests", "msg": "message", "msgs": "messages",
              "w/": "with", "w/o": "without", "b/c": "because", "btwn": "between",
              "perms": "permissions", "auth'd": "authenticated"}
_SHORTHAND_WORD = lazy_compile(r"(?<![\w/])(" + "|".join(
    re.escape(k) for k in sorted(_SHORTHAND, key=len, reverse=True)) + r")(?![\w/])",
    re.IGNORECASE)


def _spelled_out(text: str) -> str:
    text = _SHORTHAND_WORD.sub(lambda m: table_entry(_SHORTHAND, m.group(1)), text)
    return re.sub(r"(?<=[a-z]) / (?=[a-z])", " or ", text)


_DANGLING = frozenset("a an the and or but to of for with by if when on in at from as than "
                      "is are be".split())  # noqa: SIM905


# A remedy's first word, said as an order: "ProvisionedThroughputExceededException -> retry w/
# exponential backoff, better partition key, or split shard" left the advice where the meaning
# goes, and "what does the code mean? Retry w/ exponential backoff" teaches no meaning.
_ADVICE = lazy_compile(r"(?:retry|use|add|increase|decrease|reduce|lower|raise|enable|disable|"
                       r"set|check|call|try|split|implement|apply|switch|make|ensure|"
                       r"configure|wait|contact|upgrade|scale|avoid|handle|catch|verify|fix)\b",
                       re.IGNORECASE)


# The order's word used as a noun or participle: "call rate too high", "increase in KMS calls",
# "use of a deleted key", "check on the condition failed", "set of keys".
_NOUN_USE = lazy_compile(r"\w+\s+(?:of|in|on|at|for|from|by|rate|rates|count|counts|volume|"
                         r"limit|limits|quota|quotas)\b", re.IGNORECASE)
# A state said of what came before it: "reserved concurrency set too high", "the quota was
# hit", "the check failed" describe what went wrong, which is a meaning, not an order. Words
# after "if"/"when" or a comma are the order's condition or reason ("retry when the rate is
# too high", "reduce the rate, the quota was hit"): not read.
_STATE = lazy_compile(r"\b(?:too\s+(?:high|low|many|much|few|large|small|long|big|short)|"
                      r"failed|exceeded|hit|was|were)\b", re.IGNORECASE)
_CONDITION = lazy_compile(r"(?:[,;]|\b(?:if|when|whenever|unless|until|before|after|so|because|or|"
                          r"and|then)\b).*", re.IGNORECASE | re.DOTALL)
# A code's name heading the note's meaning ("SlowDown: reduce your request rate").
_CODE_HEAD = lazy_compile(r"(?:[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)+|[A-Z][A-Z0-9]*_[A-Z0-9_]+)"
                          r"(?:Exception|Error)?\s*(?:[:\u2013\u2014=]|-+>?|=>|\u2192)\s*")


def gives_advice(meaning: str) -> bool:
    """True when the note's "meaning" opens with what to do about the code, not what it means
    ("retry w/ exponential backoff", "SlowDown: reduce your request rate"). The order's word
    used as a noun ("call rate too high", "increase in KMS calls hit the quota") or with a
    state said after it ("set reserved concurrency too high") describes the cause: a meaning."""
    text = clean_meaning(meaning).strip()
    head = _CODE_HEAD.match(text)
    if head:
        text = text[head.end():]
    if not _ADVICE.match(text) or _NOUN_USE.match(text):
        return False
    return not _STATE.search(_CONDITION.sub("", text))


def fragment_meaning(meaning: str) -> bool:
    """One word, or a phrase cut off mid-way ("Returned when the"): no meaning to choose."""
    words = re.findall(r"[A-Za-z0-9]+", clean_meaning(meaning))
    return len(words) < 2 or words[-1].lower() in _DANGLING


def http_phrase(code: str) -> str:
    """The HTTP standard's phrase of a status code ("Bad Gateway" for "502"); "" for a code
    that is no HTTP status."""
    code = code.strip()
    if not re.fullmatch(r"\d\d\d", code):
        return ""
    from http import HTTPStatus

    try:
        return HTTPStatus(int(code)).phrase
    except ValueError:
        return ""


# "e.g." stays: an example is no definition. A cheat sheet's "Bad gateway = target sent ..."
# parts phrase and meaning with "=" (or an arrow) as others do with a colon or a dash.
# A left arrow ("Bad Gateway \u21d0 target closed ...", "<-") parts them as well.
_PHRASE_SEP = lazy_compile(r"\s*(?:[:\u2013\u2014=]|<-+|-+>?|=>|[\u2190\u2192\u21d0\u21d2])\s*")


def without_status_phrase(meaning: str, code: str) -> str:
    """The meaning without the standard HTTP phrase of its own status code at its head
    ("Bad Gateway: the target closed the connection" -> "the target closed the connection"
    for a 502): the phrase names the code, so a stem quoting it, or an option opening with
    it, gives the answer to anyone who knows HTTP without knowing the service. A meaning
    that is nothing but the phrase ("Gateway Timeout") is kept whole."""
    phrase = http_phrase(code)
    if not phrase:
        return meaning
    text = meaning.strip()
    # the phrase as an exception name says it as plainly: "TooManyRequestsException: ..."
    named = re.match(re.escape(phrase.replace(" ", "")) + r"(?:Exception|Error)?\b", text,
                     re.I)
    if named:
        head = named.end()
    elif text.lower().startswith(phrase.lower()):
        head = len(phrase)
    else:
        return meaning
    sep = _PHRASE_SEP.match(text, head)
    rest = text[sep.end():] if sep else ""
    # "bad gateway (target closed conn)": the cause in parentheses is what the note says the
    # code means here; the phrase alone, beside other codes' causes, was the one option
    # anyone knowing HTTP picks (a reviewer's "trivial")
    cause = _CAUSE_ASIDE.fullmatch(text, head)
    if cause:
        rest = clean_meaning(cause.group(1))
    return rest[:1].upper() + rest[1:] if len(rest) >= 8 else meaning


_CAUSE_ASIDE = lazy_compile(r"\s*\(([^()]+)\)\s*\.?")
_EXAMPLE = lazy_compile(r"(?:e\.?\s?g\b\.?|for example\b|for instance\b|such as\b)", re.I)


def example_only(meaning: str, code: str) -> bool:
    """A meaning that, past its code's HTTP phrase, gives only an example of a cause ("Bad
    Gateway: e.g. the target closed the connection"): as an option it reads "E.g. the
    target ...", a cause offered as the code's meaning; the note's own wording does better."""
    return bool(_EXAMPLE.match(without_status_phrase(meaning, code).strip()))
