"""Error codes: HTTP status codes with their meaning, and named exceptions."""

from __future__ import annotations

import re
from itertools import pairwise

from studycli.extract.context import Context
from studycli.extract.returned_codes import returned_codes
from studycli.extract.window import opening_of
from studycli.model import Fact, Kind
from studycli.notes.blocks import Block
from studycli.services import find_services

# "`504` - Integration failure", "429: Quota exceeded", "4xx means Client errors", "504:"
_STATUS_LEAD = re.compile(
    r"^(?:\W{0,3}|(?:[Aa]|[Aa]nswer)\s*[:.)-]\s*)(?P<code>[1-5](?:\d\d|xx|XX))\b(?:\s*(?:[-–—:]|means|=)\s*|\s+)(?P<meaning>.*)$")
# "ThrottleError -429", "InvalidParameterValueException will be returned if ..."
# "ThrottleError", "EC2ThrottledException", "Runtime.ImportModuleError"
_EXCEPTION = re.compile(r"\b(?P<name>(?:[A-Z][A-Za-z0-9]*\.)?[A-Z][A-Za-z0-9]*?[a-z][A-Za-z0-9]*?"
                        r"(?:Exception|Error|Fault))\b")
_CODE_NEAR = re.compile(r"(?<![\d.])[-–:\s(]*(?P<code>[45]\d\d)\b")
_RETURNED = re.compile(
    r",?\s*(?:then\s+)?(?:the\s+|an?\s+)?{name}\s+(?:will\s+be|is|gets?)\s+"
    r"(?:returned|thrown|raised)\s*"
    r"(?:if|when)?\s*|(?:returns?|throws?)\s+(?:the\s+|an?\s+)?{name}\s*(?:if|when)?\s*",
    re.IGNORECASE)
_ERROR_CONTEXT = re.compile(r"\berror|\bstatus|\bexception|\bcodes?\b|\bthrottl|\bfail|"
                            r"\breturns?\b|\brespon|\btime[sd]? ?out|\bhttp\b|\bgateway\b|"
                            r"\btoo many|\bslow ?down|\bunavailable|\bdenied|\bforbidden|"
                            r"\bbad request", re.IGNORECASE)
# "429 = throttle, 502 = bad proxy resp, 504 = timeout": several codes, each with its meaning
_CODE_SEGMENT = re.compile(r"(?<![\w.,$])(?P<code>[1-5]\d\d)\s*(?:=|:|→|->|–|—|\s-)\s*"
                           r"(?P<meaning>.+?)"
                           r"(?=[,;]\s*[1-5]\d\d\s*(?:=|:|→|->|–|—|\s-)|$)")
# "SlowDown 503 Reduce your request rate.": one capitalised word that a determiner follows
# opens an imperative sentence, it is no name of the code
_SENTENCE_GOES_ON = r"(?![\w-])(?!\s+(?:your|the|a|an|this|that|these|those|my|our|its)\b)"
# "S3 503 SlowDown = too many requests", "a 502 Bad Gateway from CloudFront", "503 if no targets"
_CODE_NAMED = re.compile(r"(?<![\w.,$])(?P<code>[45]\d\d)\s+"
                         r"(?P<meaning>(?:(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){1,3}|"
                         r"[A-Z][\w-]*" + _SENTENCE_GOES_ON + r")"
                         r"(?:\s*(?:[=:–-]|→|->)\s*(?:(?!\.\s+[1-5]\d\d\b)[^,;()]){2,60})?)"
                         r"|(?:if|when)\s+[^,;()]{3,60})")
# (a meaning ends before a new sentence that opens on another code: "429 TooManyRequests =
# concurrency limit. 413 RequestEntityTooLarge = payload > 6 MB" is two codes)


_OPENS_WITH_CODE = re.compile(r"\s*[1-5]\d\d\b")
# a list of codes goes on: ", 404 NoSuchKey"
_ANOTHER_CODE = re.compile(r"[,;]\s*[45]\d\d\s+[A-Z]")
_UNIT_AFTER = re.compile(r"(?:KB|MB|GB|TB|ms|s|sec|min|Mbps|Gbps|IOPS|RCU|WCU)\b", re.IGNORECASE)


# The HTTP status codes that exist (RFC 9110 and the IANA registry), and the Application Load
# Balancer's own 460, 463, 464 and 561 (docs.aws.amazon.com/elasticloadbalancing/latest/
# application/load-balancer-troubleshooting.html): "128 MB -> 10,240 MB" or "250 MB unzipped"
# at the head of a bullet is a size, not a status code with its meaning.
HTTP_STATUSES = frozenset((*range(100, 104), *range(200, 209), 226, *range(300, 309),
                           *range(400, 419), *range(421, 427), 428, 429, 431, 451,
                           460, 463, 464, *range(500, 509), 510, 511, 561))


def unit_follows(text: str) -> bool:
    """Does a unit open `text` ("MB unzipped" after "250")?"""
    return _UNIT_AFTER.match(text.lstrip()) is not None


def _known_code(code: str) -> bool:
    """A code HTTP has, or a class ("4xx")."""
    return not code.isdecimal() or int(code) in HTTP_STATUSES


def _a_status(code: str, meaning: str) -> bool:
    """Whether "<code> <meaning>" can be a status code and its meaning: a code HTTP has (or
    a class, "4xx"), not followed by a unit ("512 MB default")."""
    return _known_code(code) and not unit_follows(meaning)


_ASKING = re.compile(r"^(?:what|which)\s+(?:error|exception|code|status(?:\s+code)?)\s+"
                     r"(?:do|does|will|would|can)\s+(?:you|i|we|it|they|clients?)\s+"
                     r"(?:get|see|receive|hit)\s*", re.IGNORECASE)


# "hosted zones per account: 500", "| Stages per API | 10 |", "Tables: 2,500": a label that
# counts something ("X per Y", a plural noun), then the number; unless the label speaks of
# errors ("HTTP errors: 500 ...", "throttled calls: 429 ...")
# (or another count of that label before it: "health checks: 200, 500 if raised")
_COUNT_LABEL = re.compile(r"(?:\bper(?:\s+[A-Za-z-]+){1,3}|[a-z]{2,}s)\s*(?:[:=|]|::)\s*[*_`]*"
                          r"(?:\d[\d,.]*\s*(?:,|/|or|and)\s*)*$", re.IGNORECASE)


def _counted(text: str, start: int) -> bool:
    """Is the number at text[start] the count a quota label names, not a status code?"""
    label = text[max(0, text.rfind("\n", 0, start) + 1, start - 80):start]
    return (_COUNT_LABEL.search(label) is not None
            and _ERROR_CONTEXT.search(label) is None)


def _tidy(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip(" \t-–—:;,.→>=`")
    text = _ASKING.sub("", text).rstrip("?").strip()  # a flashcard's question states the cause
    return text[:1].upper() + text[1:] if text else text


# A status code as every reading of status_code_facts takes one: three characters, no word
# character on either side (_STATUS_LEAD's code follows the line's start, a few marks or an
# answer's "A:", and ends at \b; _CODE_SEGMENT's and _CODE_NAMED's have a look-behind of \w
# and more, and a separator or a space after them)
_STATUS_TOKEN = re.compile(r"(?<!\w)[1-5](?:\d\d|xx)(?!\w)", re.IGNORECASE)


def may_hold_status(text: str) -> bool:
    """False only when status_code_facts finds nothing in `text`: each fact it gives is of a
    code one of its patterns matched and _a_status accepted, a class ("4xx") or a code HTTP
    has. "256 KB", "1024 MB" and "900 s" hold none: most numbers in notes are no status."""
    return any(_known_code(m.group(0)) for m in _STATUS_TOKEN.finditer(text))


def status_code_facts(block: Block, blocks: list[Block], ctx: Context, make) -> list[Fact]:
    """The HTTP status codes and their meanings `block` states, in `ctx`."""
    if not ctx.service or not may_hold_status(block.text):
        return []
    return read_status_codes(block, blocks, ctx, make)


def read_status_codes(block: Block, blocks: list[Block], ctx: Context, make) -> list[Fact]:
    """status_code_facts without its gate (tests compare the two)."""
    if not ctx.service:
        return []
    facts = _codes_with_meanings(block, blocks, ctx, make)
    if not _ERROR_CONTEXT.search(block.text):
        return facts
    # "async invoke returns HTTP 202", "returns 503 when no registered targets; 502 = ...":
    # a code the line says something returns, and what gets it, where no other reading took it
    said = {f.attribute for f in facts}
    return facts + [make(service=ctx.service, subject=ctx.subject, attribute=code,
                         kind=Kind.ERROR_CODE, qualifier="", value=_tidy(meaning))
                    for code, meaning, start in returned_codes(block.text)
                    if code not in said and _known_code(code) and _tidy(meaning)
                    and not _counted(block.text, start)
                    and not find_services(meaning)]
    # ("Lambda returns 201 to API GW", "APIGW cuts at 29s => 504" under a DynamoDB heading: a
    # service named before the code is the one that returns it, no meaning of the code, and
    # maybe another service's code than the line's)


# "409 BucketAlreadyExists", "`403 AccessDenied`": a status with an error's name glued from
# words (AWS names its error codes so) says by itself that it is an error, with no word
# "error" near (a chat's "what http code when bucket name taken" answered on its own line).
# Only a name shaped like an AWS error code counts (NoSuch..., TooMany..., Invalid...,
# ...Exception, ...Denied, ...AlreadyExists): a count of things has CamelCase names too ("500
# CloudFormation resources per template", "500 ConcurrentExecutions is what we reserved").
_CODE_WITH_ERROR_NAME = re.compile(
    r"(?<![\w.,$])[45]\d\d\s+[`*_]*(?P<name>[A-Z][a-z]+(?:[A-Z][a-z]*)+)\b")
_ERROR_NAME_SHAPE = re.compile(
    r"^(?:NoSuch|TooMany|Invalid|Malformed|Missing|Expired|SlowDown|Throttl)"
    r"|(?:Exception|Error|Exceeded|Denied|NotFound|AlreadyExists|AlreadyOwnedByYou|TooLarge"
    r"|TooSmall|Failed|Failure|Unavailable|NotEmpty|NotAllowed|NotMatch|Throttled|Throttling"
    r"|Timeout|InUse|Conflict|Mismatch|Expired|Unauthorized|Forbidden|Gateway)$")


def _names_an_error(text: str) -> bool:
    """Does `text` write a status code with a name shaped like an AWS error code's?"""
    return any(_ERROR_NAME_SHAPE.search(m.group("name"))
               and not find_services(m.group("name"))
               for m in _CODE_WITH_ERROR_NAME.finditer(text))


def _codes_with_meanings(block: Block, blocks: list[Block], ctx: Context, make) -> list[Fact]:
    context_text = " ".join((block.text, *ctx.ancestors))
    if not _ERROR_CONTEXT.search(context_text) and not _in_code_list(block, blocks) \
            and not _names_an_error(block.text):
        return []
    # "401 vs 403 :: 401 Unauthorized = ..., 403 = ...": a meaning that opens with another
    # code is that code's segment, not this one's
    found = list(_CODE_SEGMENT.finditer(block.text))
    segments = [s for s in found if not _OPENS_WITH_CODE.match(s.group("meaning"))]
    if len(found) >= 2 and segments:
        pairs = [(code, meaning) for s in segments
                 if _a_status(s.group("code"), s.group("meaning"))
                 and not _counted(block.text, s.start("code"))
                 for code, meaning in _listed_codes(s.group("code"), s.group("meaning"))]
        return [make(service=ctx.service, subject=ctx.subject, attribute=code,
                     kind=Kind.ERROR_CODE, qualifier="", value=_tidy(meaning))
                for code, meaning in pairs if _tidy(meaning)]
    m = _STATUS_LEAD.match(block.text)
    if m and _ANOTHER_CODE.search(m.group("meaning")):
        m = None  # "403 AccessDenied, 404 NoSuchKey, 503 SlowDown": each code its own name
    if not m:
        return [make(service=ctx.service, subject=ctx.subject, attribute=n.group("code"),
                     kind=Kind.ERROR_CODE, qualifier="", value=_tidy(n.group("meaning")))
                for n in _CODE_NAMED.finditer(block.text)
                if _a_status(n.group("code"), n.group("meaning")) and _tidy(n.group("meaning"))
                and not _counted(block.text, n.start("code"))]
    if not _a_status(m.group("code"), m.group("meaning")):
        return []
    code = m.group("code").lower()
    said = _NEXT_STATEMENT.sub("", m.group("meaning"), count=1)
    # "429 throttling, 502 bad gateway, 504 integration timeout": each code its own meaning,
    # as in a list written with "=" (the lead code alone took them all)
    pairs = [(c, _tidy(meaning)) for c, meaning in _listed_codes(code, said)]
    if not pairs[0][1]:
        # "504:" with the meanings as nested items
        pairs = [(code, "; ".join(_tidy(blocks[c].text) for c in block.children[:3]))]
    return [_code_fact(make, ctx, c, meaning) for c, meaning in pairs if meaning]


def _code_fact(make, ctx, code: str, meaning: str):
    """A code's fact, filed under the service its meaning says returns it ("... returned by
    API Gateway"), else the line's."""
    service, subject = ctx.service, ctx.subject
    returned_by = _returned_by(meaning)
    if returned_by:
        service, meaning = returned_by
        subject = ctx.subject if service == ctx.service else ""
    return make(service=service, subject=subject, attribute=code, kind=Kind.ERROR_CODE,
                qualifier="", value=meaning)


# in a list of codes with their meanings, a code written with no "=" after a comma: "429 =
# throttling, 502 bad gateway (lambda proxy bad response), 504 = integration timeout". Only an
# error's code (4xx, 5xx): ", 200 concurrent ok" is a count of the line, no success code's meaning
_LISTED_CODE = re.compile(r"[,;]\s*(?P<code>[45]\d\d)\s+(?=[A-Za-z(])")
# ", 500 requests per second": a number counting something, no code ("502 errors" is one, and
# "502 means bad gateway" a code's meaning)
_COUNT_AFTER = re.compile(r"(?:\S+\s+){0,2}per\b|(?!(?:error|exception|timeout|mean)s\b)"
                          r"[a-z]+[^s\W]s\b", re.IGNORECASE)


def _listed_codes(code: str, meaning: str) -> list[tuple[str, str]]:
    """A code's segment of a list of codes, with each code written after a comma and no "="
    in its meaning given its own meaning ("throttling, 502 bad gateway" is 429's
    "throttling" and 502's "bad gateway"): a student reading 429 as "Throttling, 502 bad
    gateway" learns a wrong meaning, and 502 none."""
    out, start = [], 0
    for m in _LISTED_CODE.finditer(meaning):
        if not _a_status(m.group("code"), meaning[m.end():]) \
                or _COUNT_AFTER.match(meaning[m.end():]):
            continue
        out.append((code, meaning[start:m.start()]))
        code, start = m.group("code"), m.end()
    out.append((code, meaning[start:]))
    return out


# "504 Gateway Timeout = origin too slow; origin response timeout default 30 s": what follows a
# semicolon with a number of its own is another statement, not the code's meaning
_NEXT_STATEMENT = re.compile(r";\s[^;]*\d.*$")
# an error code at the head of a line, its meaning after it ("400 bad req", "- 504: timout")
_ERROR_AT_HEAD = re.compile(r"^\W{0,3}(?P<code>[45]\d\d)\b(?!\s*[-–—]\s*\d)")


def _in_code_list(block: Block, blocks: list[Block]) -> bool:
    """"400 bad req" among "403 acess denied", "429 throttled", "504 integration timout": a
    line that opens with an error code, in a run of at least three such lines side by side
    (the same parents and headings), is one of a list of the service's error codes, whatever
    words its meaning uses."""
    if not _opens_with_error(block.text):
        return False
    at = next((i for i, b in enumerate(blocks) if b is block), None)
    if at is None:
        return False  # a sentence of wrapped prose: no list around it
    run = 1
    for step in (-1, 1):
        i = at + step
        while 0 <= i < len(blocks) and _side_by_side(blocks[i], block) \
                and _opens_with_error(blocks[i].text):
            run += 1
            i += step
    return run >= 3


def _side_by_side(other: Block, block: Block) -> bool:
    return (other.kind == block.kind and other.parents == block.parents
            and other.headings == block.headings)


# "500 stages max", "429 per second per account": a quota's count, not a code in the list
_QUOTA_WORDS = re.compile(r"\b(?:max(?:imum)?|min(?:imum)?|limits?|quotas?|per|up\s+to)\b",
                          re.IGNORECASE)


def _opens_with_error(text: str) -> bool:
    m = _ERROR_AT_HEAD.match(text)
    return (m is not None and int(m.group("code")) in HTTP_STATUSES
            and not unit_follows(text[m.end():]) and not _counted(text, m.start("code"))
            and not _QUOTA_WORDS.search(text, m.end()))


_FROM = re.compile(r"^from\s+(?:the\s+|an?\s+)?", re.IGNORECASE)
_MEANING_STARTS = re.compile(r"\s*(?:=|:|→|->|–|—)\s*")


def _returned_by(meaning: str) -> tuple[str, str] | None:
    """"504 from API GW in front of lambda = integration timeout" under a Lambda heading: the
    service the code comes from is the one after "from", and what it means follows the "="."""
    lead = _FROM.match(meaning)
    if not lead:
        return None
    named = find_services(opening_of(meaning, lead.end()))
    if not named or named[0].start != 0:
        return None
    said = _MEANING_STARTS.search(meaning, lead.end() + named[0].end)
    if said is None or said.start() > lead.end() + 60:
        return None
    rest = _tidy(meaning[said.end():])
    return (named[0].name, rest) if rest else None


_CLAUSE = re.compile(r"[;,]\s*|\s+(?:and|but|while|whereas)\s+")
_SEE = re.compile(r"\b(?:you(?:'ll| will)?|they(?:'ll| will)?)\s+(?:see|get|receive|hit)\b",
                  re.IGNORECASE)


def _own_clause(line: str, start: int, end: int) -> str | None:
    """The clause an exception's name sits in, when a line names several: "When a user tries
    too many wrong passwords you'll see NotAuthorizedException, and if they sign up ..."."""
    cuts = [0] + [m.end() for m in _CLAUSE.finditer(line)] + [len(line)]
    for a, b in pairwise(cuts):
        if a <= start < b:
            clause = line[a:b]
            clause = _SEE.sub(" ", clause.replace(line[start:end], " "))
            clause = re.sub(r"^\s*(?:and|but|or|so)\s+", "", clause, flags=re.IGNORECASE)
            return clause if len(clause.split()) >= 3 else None
    return None


# "... and if you go over you get a , so the fix is ...": once the name is cut out of a sentence
# that used it as a word, an article or a verb is left before a comma or the end
_HOLE = re.compile(r"\b(?:a|an|the|get|gets|see|sees|throws?|returns?|raises?)\s*"
                   r"(?:[,;.:]|$)", re.IGNORECASE)


_LIST_GAP = re.compile(r"^[\s,/|'\"`]*(?:(?:and|or)[\s'\"`]*)?$", re.IGNORECASE)


def _in_name_list(line: str, k: int, names: list[re.Match[str]]) -> bool:
    """Whether names[k] is one of a list of names that nothing after explains
    ("KMS errors: A, B, C"; "A / B -> VPC issue" shares its meaning): only separators between
    it and the name before or after it, and no word after the list."""
    m = names[k]
    listed = (k and _LIST_GAP.match(line[names[k - 1].end():m.start()])) or (
        k + 1 < len(names) and _LIST_GAP.match(line[m.end():names[k + 1].start()]))
    if not listed:
        return False
    last = k
    while (last + 1 < len(names)
           and _LIST_GAP.match(line[names[last].end():names[last + 1].start()])):
        last += 1
    return not re.search(r"[A-Za-z]{2,}", line[names[last].end():])


_ANSWER_MARK = re.compile(r"^\W{0,3}(?:A|Ans|Answer)\s*[:.)-]\s*", re.IGNORECASE)


# An error AWS answered a call, as a terminal session's or a notebook's error output is read
# (notes/terminal_log.py, formats/notebook_errors.py): "<operation> error <Code>: <meaning>",
# the code as AWS names it whatever it ends in ("PurgeQueueInProgress", "InvalidVolume.
# ZoneMismatch", "InstanceLimitExceeded": no "Exception" to tell it by). The code is one
# word of two capitalised parts or more, as AWS's are: a note's prose "timeout error Fix: raise
# it" or "error Cause: ..." names no code (review of session 45)
_CALL_ERROR = re.compile(r"^\W{0,3}(?:(?P<call>[A-Za-z][\w ]{1,60}?) )?error "
                         r"(?P<name>[A-Z][a-z0-9]*[A-Z][A-Za-z0-9]*(?:\.[A-Z][A-Za-z0-9]+)?): "
                         r"(?P<meaning>\S.{2,})$")


# An AWS error code that does not end in Exception/Error/Fault, opening a line that says
# what it means: EC2's "RequestLimitExceeded = API throttling", Route 53's
# "PriorRequestNotComplete = ...", SQS's "AWS.SimpleQueueService.NonExistentQueue = ...".
# Only a name that says an error's word is one: "VisibilityTimeout: 30" names a setting.
_CODE_NAME_LEAD = re.compile(
    r"^\W{0,3}(?P<name>(?:AWS\.[A-Za-z]+\.)?[A-Z][a-z]+(?:[A-Z][a-z0-9]*)+(?:\.[A-Z][A-Za-z]+)?)"
    r"\s*(?:=|->|→|:)\s*(?P<meaning>\S.*)$")
# (not "Limit" nor "Throttling" alone: API Gateway's `ThrottlingBurstLimit: 5000` is a setting)
_ERROR_WORD = re.compile(r"Exceeded|Invalid|NotFound|Denied|Unauthori[sz]ed|Insufficient|"
                         r"AlreadyExists|Mismatch|Expired|Failure|Conflict|NotComplete|"
                         r"Unavailable|TooLarge|TooMany|DeletedRecently|DoesNotExist|"
                         r"NonExistent|Malformed|NoSuch|SlowDown|OverLimit")


# the words of a setting's name: an error word before one of them names what a setting
# is about (Route 53's FailureThreshold, Step Functions' ToleratedFailurePercentage, S3's
# ExpiredObjectDeleteMarker, CloudWatch's InsufficientDataActions, AppSync's
# ConflictDetection, CloudFront's InvalidationBatch), not an error
_SETTING_WORDS = frozenset({
    "Threshold", "Percentage", "Percent", "Count", "Action", "Actions", "Marker", "Detection",
    "Batch", "Policy", "Period", "Timeout", "Limit", "Size", "Seconds", "Minutes", "Hours",
    "Days", "Config", "Configuration", "Mode", "Handler", "Handling", "Strategy", "Rate",
    "Enabled", "Behavior", "Behaviour", "Resolution",
    "Tolerance", "Window", "Interval", "Option", "Options", "Setting", "Settings"})
_CAMEL_PART = re.compile(r"[A-Z][a-z0-9]*")


def _is_code_name(name: str) -> bool:
    """Whether an identifier is an error code's: an error word as a whole part of it
    ("Invalid" in "InvalidParameterValue", not in "CreateInvalidation"), not followed by a
    setting's word, in a name that is no event's setting ("OnFailure")."""
    parts = _CAMEL_PART.findall(name.rsplit(".", 1)[-1] if name.startswith("AWS.") else name)
    if not parts or parts[0] == "On":
        return False
    # the error words as parts: "NotFound" is two, "Unauthorized" one
    words = [i for i in range(len(parts)) for j in (1, 2, 3)
             if i + j <= len(parts) and _ERROR_WORD.fullmatch("".join(parts[i:i + j]))]
    return bool(words) and not any(p in _SETTING_WORDS for p in parts[min(words):])


def _named_code(line: str, ctx: Context, make) -> list[Fact]:
    """The code a line opens with, of a name no _EXCEPTION reads, and what it means."""
    lead = _CODE_NAME_LEAD.match(line) if ctx.service else None
    if not lead or not _is_code_name(lead.group("name")) \
            or _EXCEPTION.fullmatch(lead.group("name")) or len(lead.group("meaning")) < 3:
        return []
    return [make(service=ctx.service, subject=ctx.subject, attribute=lead.group("name"),
                 kind=Kind.ERROR_CODE, qualifier="", value=_tidy(lead.group("meaning")))]


def _asked_cause(ctx: Context) -> str:
    """The cause the question a line answers states, where the line is an error's name alone
    ("Conditional write fails?" / "ConditionalCheckFailedException."): the question enclosing
    the line (a dialogue's, a card's), without its asking words; "" under no question."""
    asked = ctx.ancestors[0] if ctx.ancestors else ""
    if _ASKS_SEVERAL.search(asked):
        return ""  # "What errors can Lambda return?" over a list: each name one of its answers
    if not asked.rstrip(" *_`").endswith("?"):
        return ""
    return _tidy(_CARD_QUESTION.sub("", asked))  # (a card's "Q:" is no word of the cause)


# a question asking for several errors, whose answers are a list of names, none its meaning
_ASKS_SEVERAL = re.compile(r"\b(?:errors|exceptions|codes|faults)\b", re.IGNORECASE)
# a card's question mark ("Q: What happens on a failed conditional write?", "Question 3.")
_CARD_QUESTION = re.compile(r"^\W*(?:Q|Question)\s*\d*\s*[:.)-]\s*", re.IGNORECASE)


def exception_facts(line: str, ctx: Context, make) -> list[Fact]:
    if ctx.service and " error " in line and (call := _CALL_ERROR.match(line)):
        return [make(service=ctx.service, subject=ctx.subject, attribute=call.group("name"),
                     kind=Kind.ERROR_CODE, qualifier="", value=_tidy(call.group("meaning"))
                     + (f" ({call.group('call')})" if call.group("call") else ""))]
    out = _named_code(line, ctx, make)
    if not ctx.service or not ("Error" in line or "Exception" in line or "Fault" in line):
        return out  # every _EXCEPTION match ends in one of these (case counts): most lines lack all
    # "A: ProvisionedThroughputExceededException (HTTP 400)": a card's answer marker is no
    # word of the meaning ("A:" left a hole, an article before a colon: the code was dropped)
    line = _ANSWER_MARK.sub("", line, count=1)
    names = list(_EXCEPTION.finditer(line))
    several = len({n.group("name") for n in names}) > 1
    for k, m in enumerate(names):
        name = m.group("name")
        near = _CODE_NEAR.match(line, m.end())
        if near:
            before = _tidy(line[: m.start()])
            meaning = f"{near.group('code')}" + (f" ({before})" if before else "")
        else:
            rest = (_own_clause(line, m.start(), m.end()) if several else None) or line
            rest = re.sub(_RETURNED.pattern.format(name=re.escape(name)), " ", rest,
                          flags=re.IGNORECASE)
            rest = rest.replace(name, "")
            meaning = _tidy(re.sub(r"^(?:the|an?)\s+", "", rest.strip(), flags=re.IGNORECASE))
            if _HOLE.search(meaning):
                continue  # the name was a word of a longer sentence: no meaning to teach
            if several and _in_name_list(line, k, names):
                continue  # "KMS_ERRORS = [A, B, C]": a list of names, the others no meaning
        if (not meaning or len(meaning) < 3) and not several:
            meaning = _asked_cause(ctx)
        if not meaning or len(meaning) < 3:
            continue
        out.append(make(service=ctx.service, subject=ctx.subject, attribute=name,
                        kind=Kind.ERROR_CODE, qualifier="", value=meaning))
    return out
