"""The services a mode word is said of, when they stand right before it: "S3 invokes Lambda
synchronously", "S3/SNS = asynchronous", "SQS is polled", "API Gateway (sync)", "SQS -> Lambda via
ESM". Read strictly, so that a line naming several modes gives each service its own mode or
none: the services must be a list that opens a clause ("S3 event to SNS and SQS = async" says
the mode of no list: SNS and SQS are where S3's events go), and a mode word negated ("NOT
async"), asked ("S3 async?") or after no link to the list says nothing of it.

Pure text work on one line: the caller (extract/invocation.py) gives the mode words.
"""

from __future__ import annotations

import re

from studycli.services import find_services

_MARK = r"[\s*_`]*"
# between a list of services and the mode word said of it, matched at the end of the text
# before the mode word
_LINK = re.compile(
    rf"{_MARK}(?:"
    rf"(?:->|→|=>|⇒){_MARK}(?:lambda\b{_MARK}(?:(?:is|via|=|:|-|\()\s*)?)?"  # "SQS -> Lambda via"
    rf"|\b(?:invoke|call|trigger)s?{_MARK}(?:(?:lambda|it|the\s+function)\b{_MARK})?"
    r"|\b(?:is|are)\s+(?:(?:always|also|both|all|only)\s+)?(?:an?\s+)?(?:invoked\s+)?"
    r"|\b(?:uses?|via)\s+(?:an?\s+)?"
    r"|[=:(]"
    r"|[=:]\s*[\w-]+\?\s*no\b[,.;:-]?\s*"  # "SQS: async? no, polled by Lambda": the answer
    rf"){_MARK}$",
    re.IGNORECASE)
# between two services of one list ("S3, SNS", "S3/SNS", "S3 and SNS", "DynamoDB Streams & SQS")
# what may follow a service's name in a list of invokers: "S3 events", "Cognito triggers"
_QUALIFIER = r"\s*(?:events?|notifications?|streams?|topics?|queues?|triggers?)?\s*"
_LIST_GAP = re.compile(_QUALIFIER + r"(?:,|/|&|\+|\band\b|\bor\b)?\s*$", re.IGNORECASE)
# and after the last, before the link, a bracket too: "CloudFront (Lambda@Edge) = sync" (not
# between two: "API GW (sync), S3 (async)" lists no "API GW, S3")
_ENDS_LIST = re.compile(r"(?:\s*\([^()]*\))?" + _QUALIFIER + "$", re.IGNORECASE)
# what may stand before a list that opens a clause: nothing, a break, a conjunction ("API GW
# (sync) vs SNS (async)": each side of a comparison says its own)
# ("S3 -> SNS -> SQS -> Lambda": the arrow of a chain opens no clause; a quote's ">" does)
_CLAUSE_OPENS = re.compile(r"(?:^|[,;:|(.!?•*]|(?<![-=])[>-]|"
                           r"\b(?:and|while|whereas|but|vs|versus)\b)[\s*_`]*$", re.IGNORECASE)
# "S3 async," "SQS poll": a mode word with no link says a mode of the list before it only
# when it ends the clause that list opens
_BARE_LINK = re.compile(r"\s+$")
_ENDS_CLAUSE = re.compile(r"\w*(?:\s+by\s+lambda\b)?[\s*_`]*"
                          r"(?:[,;.|)]|$|\b(?:vs|versus|but|whereas|while|and)\b)", re.IGNORECASE)
# after a mode word said by "is", ":", "=" or a bracket, what may follow it in the same saying:
# how it invokes ("async invoke", "polled via event source mapping", "sync (RequestResponse)");
# "EFS: sync across AZs" says the mode of something else (its replication)
_ENDS_SAYING = re.compile(
    r"[\w-]*(?:\s+(?:by\s+lambda|invo\w*|calls?|mode|type|based|"
    r"(?:via|through|with)\s+(?:an?\s+)?(?:event[\s-]*source[\s-]*mappings?|esm|polling)))*"
    r"[\s*_`]*(?:[,;.|()]|$|\b(?:vs|versus|but|whereas|while|and)\b)", re.IGNORECASE)
# a link that says the invoking itself: "S3 invokes Lambda", "SQS -> Lambda", "S3 -> async"
_INVOKING_LINK = re.compile(r"invoke|call|trigger|lambda|->|→|=>|⇒", re.IGNORECASE)
_NEGATED = re.compile(r"\b(?:not|never|no)\s+(?:\w+\s+)?$|n't\s+(?:\w+\s+)?$", re.IGNORECASE)
_ASKED = re.compile(r"\w*\s*\?")


# how far before a mode word what is said of it is looked for: a list of invokers and its link
# are a few words long, and a bounded look keeps a long line's many mode words linear (the
# whole text before each was searched: 20,000 characters took seconds)
_WINDOW = 200
# a negation is a word or two before the mode word, a link a few ("-> Lambda via (")
_NEGATION_WINDOW = _LINK_WINDOW = 80


def negated(text: str, start: int) -> bool:
    """Whether the mode word at text[start:] is negated ("NOT async", "isn't sync")."""
    return _NEGATED.search(text, max(0, start - _NEGATION_WINDOW), start) is not None


def asked(text: str, end: int) -> bool:
    """Whether the mode word ending at text[end] is asked ("S3 async?")."""
    return _ASKED.match(text, end) is not None


def _services(text: str, lo: int, hi: int) -> list[tuple[str, int, int]]:
    """The services text[lo:hi] names, Lambda aside, each with where it starts and ends in
    `text`; "S3/SNS" names two (the service finder reads only the first of names joined by a
    slash). A name cut by `lo` is no name ("... Gateway" of "API Gateway")."""
    joined = re.sub(r"(?<=\w)/(?=\w)", ",", text[lo:hi])
    return [(m.name, lo + m.start, lo + m.end) for m in find_services(joined)
            if m.name != "Lambda" and (lo == 0 or m.start > 0)]


def said_of(text: str, start: int, end: int, *, need_invoking_link: bool = False) -> list[str]:
    """The services the mode word at text[start:end] is said of: the list right before it,
    joined to it by a link (_LINK). Empty when none is, or when the word is negated or
    asked. With `need_invoking_link`, only a link that says the invoking itself ("S3 invokes
    Lambda async", "S3 -> async") will do: the caller found no other word of invoking around
    the line ("EBS sync", "X-Ray: async" may say the mode of something else). Only the
    _WINDOW characters before the word are read (positions searched with pos/endpos: "^"
    still means the line's start, so a list the window cuts opens no clause)."""
    if negated(text, start) or asked(text, end):
        return []
    lo = max(0, start - _WINDOW)
    near = max(lo, start - _LINK_WINDOW)
    link = _LINK.search(text, near, start)
    if link is None and _ENDS_CLAUSE.match(text, end):
        link = _BARE_LINK.search(text, near, start)  # "invocation: S3 async, SQS poll"
    if link is None:
        return []
    if not _INVOKING_LINK.search(link.group(0)) and (need_invoking_link
                                                     or not _ENDS_SAYING.match(text, end)):
        return []
    mentions = _services(text, lo, link.start())
    if not mentions or not _ENDS_LIST.match(text, mentions[-1][2], link.start()):
        return []
    run = [mentions[-1]]
    for m in reversed(mentions[:-1]):
        if not _LIST_GAP.match(text, m[2], run[-1][1]):
            break  # ("$" matches at the end given: the whole gap is a list's)
        run.append(m)
    if not _CLAUSE_OPENS.search(text, lo, run[-1][1]):
        return []
    return list(dict.fromkeys(name for name, _, _ in reversed(run)))
