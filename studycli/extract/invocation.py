"""Which services invoke Lambda, and how: synchronously, asynchronously, or through an event
source mapping (Lambda polls them).

Read from list structure ("Asynchronous Invocations > Invoked by > S3"), from inline lists
("Following AWS services support async invocation: S3, SNS, ...") and from headings
("AWS Lambda - Invocation Sync"). One fact per (invoker, mode).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from studycli.extract.context import Context
from studycli.extract.cues import alternation, stems
from studycli.extract.lambda_invokers import lambda_invokers
from studycli.extract.mode_said_of import asked, negated, said_of
from studycli.extract.scan import NOT_AFTER_ABBREVIATION
from studycli.model import Fact, Kind
from studycli.notes.blocks import Block
from studycli.services import Mention, blank_services, find_services

SYNC, ASYNC, ESM = "synchronous", "asynchronous", "event source mapping"

_ESM = re.compile(r"event[\s-]*source[\s-]*mappings?|\bpoll(?:s|ing|er|ers|ed)?\b|\bESM\b",
                  re.IGNORECASE)
_ASYNC = re.compile(r"\ba-?s[yi]n\w*|\binvocation type\b.{0,20}\bevent\b", re.IGNORECASE)
# ("sinc" is a typo of "sync"; "since 2020" and "synced to S3" name no mode)
_SYNC = re.compile(r"\bs(?:ync(?!(?:ed|ing|s)\b)\w*|inc(?!e\b)\w*)|\brequestresponse\b",
                   re.IGNORECASE)
_INVOKE_CONTEXT = re.compile(r"invo\w*|trigger\w*|integration|event source|poll", re.IGNORECASE)
# Lists under these are not invokers: where results go, not who calls.
_NOT_INVOKERS = stems("not_invokers")
_LEAD = re.compile(r"^\s*(?:e\.?g\.?:?|ie:?|i\.e\.:?|via|such as|for example:?)\s*", re.IGNORECASE)
_LIST_INTRO = re.compile(r":|=|such as|\(|\bincluding\b|\blike\b|→|->|=>", re.IGNORECASE)
_MODE_PROPERTY = re.compile(r"^\W*(?:lambda\s+)?invo\w*(?:\s+(?:type|mode|model))?\s*[:=]",
                            re.IGNORECASE)
# "Async connections", "asynchronous messaging": the architecture, not how Lambda is invoked
_MODE_OF_SOMETHING_ELSE = re.compile(
    rf"\ba?sync\w*\s+(?:{alternation('mode_of_something_else')})\w*", re.IGNORECASE)
_INVOKED_BY = re.compile(r"\binvoked\s+(?:\w+\s+){0,2}?by\s+", re.IGNORECASE)
_LAMBDA = re.compile(r"\blambda\b(?!@)", re.IGNORECASE)


_EITHER = re.compile(r"\ba?-?s[yi]nc\w*\s*(?:or|/|vs\.?|versus)\s*a?-?s[yi]nc\w*\??", re.IGNORECASE)


# Text every match of _ESM, _ASYNC and _SYNC holds (and so every match of _EITHER and
# MODE_WORD), lower case
_MODE_NEEDLES = ("source", "poll", "esm", "asyn", "asin", "a-syn", "a-sin", "invocation type",
                 "sync", "sinc", "requestresponse")
# any of them in a lower-cased text: one search in C, not a Python step per needle
_ANY_MODE_NEEDLE = re.compile("|".join(map(re.escape, _MODE_NEEDLES)))


@lru_cache(maxsize=1024)  # a heading or an enclosing item is asked for every line under it
def _names_a_mode(text: str) -> bool:
    """Whether some part of `text` may name an invocation mode: False when no mode pattern
    matches anywhere in it. An ASCII text without any of the needles is not searched (its
    lower case is what IGNORECASE compares); other characters can match ASCII letters when
    case is ignored (the long s), so other text is always searched."""
    if text.isascii():
        if _ANY_MODE_NEEDLE.search(text.lower()) is None:
            return False
    return MODE_WORD.search(text) is not None


def mode_of(text: str) -> str | None:
    """The invocation mode a text names, if any (event source mapping beats "synchronous").

    "sync or async?" asks rather than says: it names no mode.
    """
    if not _names_a_mode(text):
        return None  # most texts: one look
    text = _EITHER.sub(" ", text)
    if _ESM.search(text):
        return ESM
    if _ASYNC.search(text):
        return ASYNC
    if _SYNC.search(text):
        return SYNC
    return None


def modes_named(text: str) -> set[str]:
    """Every invocation mode a text names (mode_of's patterns, each read apart: "async, not
    sync" names both); "sync or async?" asks and names none. check reads an invoker's
    clauses with it (studycli/reference/assess.py), so both layers read a mode one way."""
    if not _names_a_mode(text):
        return set()
    text = _EITHER.sub(" ", text)
    return {mode for mode, pattern in ((ESM, _ESM), (ASYNC, _ASYNC), (SYNC, _SYNC))
            if pattern.search(text)}


def _invokers_before_destination(text: str) -> bool:
    """"async (Event): S3, SNS, EventBridge -> Lambda retries 2 times, then DLQ": a line that
    names a mode and lists services before it names where failures go; its list is of
    invokers (the DLQ after it dropped the whole line). "async destinations: on failure
    SQS, SNS" names none before it."""
    cue = _NOT_INVOKERS.search(text)
    assert cue is not None
    head = text[: cue.start()]
    mode = MODE_WORD.search(head)
    return mode is not None and any(
        m.name != "Lambda" and m.start > mode.start() for m in find_services(head))


# "on success", "on-failure": where an invocation's results go (data/cues.json not_invokers),
# said after what the line says of the invoking
_ON_RESULT = re.compile(r"\bon[\s-]*(?:success|failure)", re.IGNORECASE)


def _before_results(text: str) -> str | None:
    """The text before "on success" or "on failure", when those are the only words of
    where results go in the line: what comes before still says how a service invokes
    ("S3 invokes Lambda async; on failure it retries twice"), what comes after never ("on
    failure -> SQS"). None for a line with another such word ("destination", "DLQ"), which
    is dropped whole."""
    cues = list(_NOT_INVOKERS.finditer(text))
    if not all(_ON_RESULT.match(text, cue.start()) for cue in cues):
        return None
    return text[: cues[0].start()]


def _context_mode(block: Block, ctx: Context) -> str | None:
    if not any(_names_a_mode(text) for text in ctx.ancestors):
        return None  # most lines: cached looks, no search (mode_of finds none in any of them)
    for text in ctx.ancestors:
        if _NOT_INVOKERS.search(text):
            return None
        mode = mode_of(text)
        if mode:
            return mode
    return None


_ESM_PHRASE = re.compile(r"event[\s-]*source[\s-]*mappings?", re.IGNORECASE)
_MODE_CLAUSE_BREAK = re.compile(r"[,;]|[.!?](?:\s|$)|\b(?:if|whereas|while|but|unlike)\b",
                                re.IGNORECASE)


def _esm_mode(text: str) -> str | None:
    """"Event Source Mapping ... invokes lambda synchronously": how the mapping itself invokes."""
    esm = _ESM_PHRASE.search(text)
    if not esm:
        return None
    # only the mapping's own clause: "if the service queues the event it's asynchronous, if
    # Lambda polls it's an event source mapping" defines two modes, one per clause
    flat = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group(0)), text)  # "(SQS, Kinesis)"
    start = max((m.end() for m in _MODE_CLAUSE_BREAK.finditer(flat, 0, esm.start())), default=0)
    end = min((m.start() for m in _MODE_CLAUSE_BREAK.finditer(flat, esm.end())), default=len(text))
    rest = text[start: esm.start()] + " " + text[esm.end():end]
    if _ESM.search(rest):
        rest = _ESM.sub(" ", rest)
    mode = ASYNC if _ASYNC.search(rest) else SYNC if _SYNC.search(rest) else None
    return mode


_INVOKES = re.compile(r"invo\w*|trigger\w*|->|→|=>|⇒|\bcalls?\b|\bsends?\b|\bpush\w*|"
                      r"event[\s-]*source|integrat\w*|\bfires?\b|\bpoll\w*|\bmapping|\ba?-?s[yi]nc\w*",
                      re.IGNORECASE)
_LAMBDA_POLLS = re.compile(
    r"\blambda\s+(?:[\w-]+\s+){0,2}poll|\bpoll\w*\s+by\s+(?:the\s+)?lambda|\bpoller",
    re.IGNORECASE)


def _polled_by_someone_else(text: str, mode: str) -> bool:
    """"Activity Worker on EC2/Lambda ... GetActivityTask for poll": polling, but not Lambda
    polling an event source; only "Lambda polls X" or an event source mapping says so."""
    return (mode == ESM and not _ESM_PHRASE.search(text)
            and _LAMBDA_POLLS.search(text) is None)


_LIST_GAP = 24  # "API GW, ALB, Cognito, SDK invoke, Lex": a list's names sit close together


def _listed(text: str, mentions: list[Mention]) -> list[Mention]:
    """The run of mentions that reads as a list: each within a few words of the one before,
    in the same sentence. "note: lambda ... but API GW gives up at 29s. Make it async
    (return 202 + poll / SQS)" names two services, but lists neither after its colon."""
    run = mentions[:1]
    for m in mentions[1:]:
        gap = text[run[-1].end:m.start]
        if len(gap) > _LIST_GAP or re.search(r"[.!?;]\s", gap):
            break
        run.append(m)
    return run


def invocation_facts(block: Block, ctx: Context, make) -> list[Fact]:
    """Lambda's invokers and their modes that `block` states, in `ctx`."""
    text = whole = block.text
    own_names_mode = _names_a_mode(text)
    if not own_names_mode and _context_mode(block, ctx) is None:
        # Most lines, and the lines around them, name no mode: every fact takes its mode from
        # the block's own text (an event source mapping phrase, a mode word, a list per mode)
        # or from an enclosing line's (_context_mode), each a match of MODE_WORD, which
        # _names_a_mode looks for (cached: an enclosing line is asked again for each line
        # under it). Such lines are spared every other search
        return []
    if _NOT_INVOKERS.search(text) and not _invokers_before_destination(text):
        head = _before_results(text)
        if head is None:
            return []
        block = replace(block, text=head)  # "S3 invokes Lambda async; on failure it retries"
        text = head
        own_names_mode = _names_a_mode(text)
    if ctx.service == "Lambda" or "lambda" in text.lower():
        esm_mode = _esm_mode(text)
        if esm_mode:
            return [make(service="Lambda", subject="event source mapping",
                         attribute="invocation", kind=Kind.INVOCATION_MODE, qualifier="",
                         value=esm_mode)]
    if block.kind == "heading" or not _about_lambda(block, ctx):
        return []
    if not own_names_mode:  # its services invoke in the mode an enclosing line names
        lists, own_mode = [], None
    else:
        lists = (_lists_per_mode(text) or _clauses_per_mode(text) or _sentences_per_mode(text)
                 or _said_of_per_mode(text, _says_invoking(text, ctx)))
        own_mode = mode_of(text)
    if lists:
        return [make(service="Lambda", subject=name, attribute="invocation",
                     kind=Kind.INVOCATION_MODE, qualifier="", value=mode)
                for mode, names in lists for name in names]
    invokers = _invokers(block, ctx, own_mode)
    if not invokers:
        return []
    if (own_mode and _names_async_and_another(text)
            and not _said_before_other_modes(text, own_mode, invokers)):
        return []  # no reading gives a service its own mode: never a neighbour's
    mode = own_mode or _context_mode(block, ctx)
    if mode is None or not (own_mode or _INVOKE_CONTEXT.search(" ".join((text, *ctx.ancestors)))
                            or (_only_services(whole) and ctx.ancestors
                                and _only_a_mode(ctx.ancestors[0])
                                and all(name in lambda_invokers() for name in invokers))):
        # (only the nearest: "## Async > - failures go to > - SQS" lists where failures go;
        # the whole item, not what comes before its "on failure": "- SQS (on failure)" names
        # a destination; only services that invoke Lambda: "## Async > - EC2" is no invoker)
        return []
    return [make(service="Lambda", subject=name, attribute="invocation",
                 kind=Kind.INVOCATION_MODE, qualifier="", value=mode) for name in invokers]


# words a heading that names only a mode adds to it: "Async (event)", "Poll-based / stream"
_MODE_LABEL_WORDS = re.compile(r"\b(?:event|requestresponse|based|streams?|type|mode|lambda|"
                               r"invocations?|invokers?)\b", re.IGNORECASE)


def _only_a_mode(text: str) -> bool:
    """"## Async (event)", "- Sync:" over "- S3" in a Lambda note: a heading that is nothing
    but a mode lists the invokers of that mode, though it says no "invoke" ("Async messaging"
    is not one: _MODE_OF_SOMETHING_ELSE; nor is "Async retries")."""
    if not _names_a_mode(text) or _MODE_OF_SOMETHING_ELSE.search(text):
        return False
    rest = _MODE_LABEL_WORDS.sub(" ", MODE_WORD.sub(" ", text))
    return re.search(r"\w", rest) is None


# (a bracket that says what the service is for, "SNS (for failures)", is no filler)
_SERVICE_FILLER = re.compile(r"\((?!\s*(?:for|on|to|as|when|if|after|in|with)\b)[^()]*\)|"
                             r"\b(?:events?|notifications?|streams?|topics?|queues?|"
                             r"and|or|amazon|aws)\b", re.IGNORECASE)


def _only_services(text: str) -> bool:
    """"- S3", "- SNS topics, SQS" and nothing else: an item that only names services (a
    bracket aside); "- SQS in front for buffering" says something else of SQS."""
    return re.search(r"\w", _SERVICE_FILLER.sub(" ", blank_services(text))) is None


# the mode words, read by studycli/mode_said.py too (one list of them)
MODE_WORD = re.compile(rf"{_ESM.pattern}|{_ASYNC.pattern}|{_SYNC.pattern}", re.IGNORECASE)
# what opens a mode's list: "sync (", "async:", "poll-based / ESM (", "async invokers:", "sync ->"
_OPENS_LIST = re.compile(r"[\w\s/-]{0,24}?(?::|\(|->|→|=>|=)")


def _lists_per_mode(text: str) -> list[tuple[str, list[str]]]:
    """"sync (API GW, ALB), async (S3, SNS), poll-based / ESM (SQS, Kinesis)": a line that
    lists the invokers of two or more modes, each list after its own mode word. Each service
    takes the mode its list opens with (the line as a whole names every mode: read as one, the
    strongest mode went to every service in it). Empty unless the line is laid out so."""
    heads: list[tuple[int, int, str]] = []  # where the mode word starts, where its list starts
    for m in MODE_WORD.finditer(text):
        if heads and m.start() < heads[-1][1]:
            continue  # "poll-based / ESM (": one opening
        opens = _OPENS_LIST.match(text, m.end())
        mode = mode_of(m.group(0))
        if opens and mode and not said_of(text, m.start(), m.end()):
            # ("S3/SNS = asynchronous (Event), SQS = ...": said of the services before it,
            # its bracket is a label, not a list)
            heads.append((m.start(), opens.end(), mode))
    if len({mode for _, _, mode in heads}) < 2:
        return []
    out: list[tuple[str, list[str]]] = []
    for k, (_, start, mode) in enumerate(heads):
        end = heads[k + 1][0] if k + 1 < len(heads) else len(text)
        stop = _SENTENCE_END.search(text, start, end)  # "synchronous (RequestResponse). SNS
        end = stop.start() if stop else end  # -> Lambda is async": SNS is the next sentence's
        close = _closing_bracket(text, start, end) if text[start - 1] == "(" else -1
        if close >= 0 and find_services(text[start:close]):
            end = close  # "sync (API GW, ALB), async (S3, SNS) and more": the bracket is
            # its list ("Async (event): S3, SNS" lists after its label)
        names = [m.name for m in find_services(text[start:end]) if m.name != "Lambda"]
        if names:
            out.append((mode, list(dict.fromkeys(names))))
    return out


def _closing_bracket(text: str, start: int, end: int) -> int:
    """Where the bracket opened right before text[start] closes, before `end`; -1 if it
    does not: "async (S3 (object created), SNS)" closes after SNS, not after "created"."""
    depth = 1
    for i in range(start, end):
        if text[i] == "(":
            depth += 1
        elif text[i] == ")":
            depth -= 1
            if depth == 0:
                return i
    return -1


def _mode_words(text: str) -> list[re.Match[str]]:
    """The mode words of a line that say a mode: not those of "sync or async?", nor of "async
    messaging" (the architecture's)."""
    said = _EITHER.sub(lambda m: " " * len(m.group(0)), text)
    elsewhere = [m.span() for m in _MODE_OF_SOMETHING_ELSE.finditer(said)]
    return [m for m in MODE_WORD.finditer(said)
            if not any(a <= m.start() < b for a, b in elsewhere)]


def _says_invoking(text: str, ctx: Context) -> bool:
    """Whether the line or a line around it says invoking ("invoke", "trigger",
    "integration"), a mode word aside ("Storage Gateway sync, SQS poll": SQS's "poll" says
    nothing of Storage Gateway): else a mode said of a service may be another thing's ("EBS
    sync", "RDS sync replication") and only a link that says the invoking (mode_said_of)
    ties it to one. "Lambda polls" says it; and a poll said of a service says its own
    invoking (the callers pass that)."""
    return any(_INVOKE_CONTEXT.search(MODE_WORD.sub(" ", t)) or _LAMBDA_POLLS.search(t)
               for t in (text, *ctx.ancestors))


def _said_of_per_mode(text: str, invoking: bool) -> list[tuple[str, list[str]]]:
    """"S3 invokes Lambda synchronously; SQS is polled via event source mapping", "API GW =
    sync, S3/SNS = async": a line naming several modes, each said of the services right
    before it (extract/mode_said_of.py). A service said to invoke in two modes takes none."""
    words = _mode_words(text)
    if len({mode_of(m.group(0)) for m in words}) < 2:
        return []
    said: dict[str, set[str]] = {}
    last: list[str] = []  # the services the mode word before was said of
    for k, m in enumerate(words):
        mode = mode_of(m.group(0))
        if mode is None:
            continue
        names = said_of(text, m.start(), m.end(), need_invoking_link=not (invoking or mode == ESM))
        if (not names and last and not negated(text, m.start())
                and not any(s.name != "Lambda"
                            for s in find_services(text[words[k - 1].end():m.start()]))):
            names = last  # "Step Functions: sync (wait) vs async": both said of it, so neither
        for name in names:
            said.setdefault(name, set()).add(mode)
        last = names
    out: dict[str, list[str]] = {}
    for name, modes in said.items():
        if len(modes) == 1:
            out.setdefault(next(iter(modes)), []).append(name)
    return list(out.items())


def _names_async_and_another(text: str) -> bool:
    """Whether a line says asynchronous and another mode ("sync invoke: the caller gets the
    429. async: Lambda retries. SQS event source: ..."): read as one, its strongest mode
    went to every service in it. An event source mapping said with "sync" is one mode: the
    mapping invokes synchronously ("SQS -> Lambda: event source mapping, sync under the
    hood"); a negated word says no mode ("poll-based, NOT async")."""
    modes = {mode_of(m.group(0)) for m in _mode_words(text)
             if not negated(text, m.start())}
    return ASYNC in modes and len(modes) >= 2


# what ends the saying of a mode before another mode is named: "S3, SNS. sync errors ...",
# "S3, SNS: 2 retries, unlike sync", "S3, SNS - no response (vs sync)"
_BEFORE_OTHER_MODE = re.compile(r"[,;(]|[.!?](?:\s|$)|\b(?:vs|versus|unlike|but|whereas|while)\b",
                                re.IGNORECASE)


def _said_before_other_modes(text: str, own_mode: str, invokers: list[str]) -> bool:
    """"Async invokers: S3, SNS, EventBridge - no response returned (vs sync)": a line naming
    asynchronous and another mode that still gives its invokers the line's mode, because the
    line says that mode, then its invokers, and only after a break names the other ("API GW
    and S3 waits synchronously, S3 is async" does not: API GW stands by "sync")."""
    words = [m for m in _mode_words(text)
             if not negated(text, m.start()) and not asked(text, m.end())]
    other = [m.start() for m in words if mode_of(m.group(0)) != own_mode]
    first_other = other[0] if other else len(text)
    if not any(m.start() < first_other for m in words if mode_of(m.group(0)) == own_mode):
        return False
    ends = [m.end for m in find_services(text) if m.name in invokers]
    last = max(ends, default=len(text))
    return last <= first_other and _BEFORE_OTHER_MODE.search(text, last, first_other) is not None


_SENTENCE_END = re.compile(NOT_AFTER_ABBREVIATION + r"[.!?](?:\s|$)")
_CLAUSE = re.compile(rf"[;,]\s+|{NOT_AFTER_ABBREVIATION}[.!?]\s+|"
                     r"\s+(?:and|while|whereas|but)\s+", re.IGNORECASE)


def _clauses_per_mode(text: str) -> list[tuple[str, list[str]]]:
    """"API gw -> lambda is sync, s3 -> lambda is async": clauses that each say how a service
    invokes Lambda, in modes that differ. Each clause's services take that clause's mode (read
    as one line, the strongest mode went to every service and the first service only was
    kept). Empty unless two clauses or more name their own invoker, Lambda and a mode."""
    out: list[tuple[str, list[str]]] = []
    for clause in _CLAUSE.split(text):
        mode = mode_of(clause)
        lam = _LAMBDA.search(clause)
        if not mode or not lam or _MODE_OF_SOMETHING_ELSE.search(clause):
            continue
        before = [m for m in find_services(clause[: lam.start()]) if m.name != "Lambda"]
        if before and _INVOKES.search(clause, before[-1].end):
            out.append((mode, list(dict.fromkeys(m.name for m in before))))
    return out if len(out) >= 2 and len({mode for mode, _ in out}) >= 2 else []


# between a service (or a list of them) and the mode said of it: "SNS is async", "S3 and SNS
# are asynchronous", "SNS = async", "SNS: async", "API GW -> Lambda is sync", "S3 invokes it
# async"
_SAID_OF = re.compile(r"[\s*_`]*(?:(?:->|→|=>|invokes?|calls?|triggers?)[\s*_`]*"
                      r"(?:(?:lambda|it|them|the\s+function)\b[\s*_`]*)?)?"
                      r"(?:(?:is|are|=|:|-|–|—)[\s*_`]*)?"
                      r"(?:(?:always|also|both|all|only)\s+)?(?:an?\s+)?(?:invoked\s+)?",
                      re.IGNORECASE)


def _sentences_per_mode(text: str) -> list[tuple[str, list[str]]]:
    """"sync: API Gateway, ALB. SNS is async": sentences that each say a mode of their own
    services, in modes that differ. Each sentence's services take its mode (read as one
    line, the strongest mode went to the first sentence's list, and the services it was said
    of were lost). Empty unless two sentences or more do so."""
    out: list[tuple[str, list[str]]] = []
    start = 0
    for end in [m.start() for m in _SENTENCE_END.finditer(text)] + [len(text)]:
        sentence, start = text[start:end + 1], end + 1
        mode = mode_of(sentence)
        if not mode:
            continue
        mentions = [m for m in find_services(sentence) if m.name != "Lambda"]
        names = _list_invokers(sentence, mode, mentions) or _mode_said_of(sentence, mentions)
        if names:
            out.append((mode, names))
    return out if len({mode for mode, _ in out}) >= 2 else []


def _mode_said_of(sentence: str, mentions: list[Mention]) -> list[str]:
    """"SNS is async", "S3 and SNS are asynchronous": the services a mode word is said of."""
    word = MODE_WORD.search(sentence)
    before = [m for m in mentions if word is not None and m.end <= word.start()]
    if not before or word is None or _SAID_OF.fullmatch(sentence, before[-1].end,
                                                        word.start()) is None:
        return []
    run = _listed(sentence, before[::-1])  # the list that ends right before the mode word
    return list(dict.fromkeys(m.name for m in reversed(run)))


def _about_lambda(block: Block, ctx: Context) -> bool:
    return (ctx.service == "Lambda" or "lambda" in block.text.lower()
            or any("lambda" in t.lower() for t in ctx.ancestors))


def _invokers(block: Block, ctx: Context, own_mode: str | None) -> list[str]:
    """The services the block says invoke Lambda: the first reading that finds any."""
    text = block.text
    mentions = [m for m in find_services(text) if m.name != "Lambda"]
    if block.kind == "item" and own_mode is None:
        invokers = _item_invokers(text)
        if invokers:
            return invokers
    if own_mode:
        invokers = _invokers_with_mode(text, ctx, own_mode, mentions)
        if invokers:
            return invokers
    if _beside_lambda_after_an_arrow(text, mentions):
        return []  # "event notifications -> SNS, SQS, Lambda (async)": destinations, no invoker
    return _list_invokers(text, own_mode, mentions) or (
        _said_of_one_mode(text, own_mode, _says_invoking(text, ctx)) if own_mode else [])


def _said_of_one_mode(text: str, own_mode: str, invoking: bool) -> list[str]:
    """"- S3 -> async", "- SNS is async", "- API Gateway (sync)" in a Lambda note: the services
    the line's mode is said of (extract/mode_said_of.py), though it names no Lambda. Only
    those said to be in the line's mode, which every one of them takes: "SQS = async
    messaging, API GW = sync" says sync of API GW, and its "async" (the line's strongest
    mode) of no invoker."""
    return list(dict.fromkeys(
        name for m in _mode_words(text) if mode_of(m.group(0)) == own_mode
        for name in said_of(text, m.start(), m.end(),
                            need_invoking_link=not (invoking or own_mode == ESM))))


def _item_invokers(text: str) -> list[str]:
    """An item that *is* a service name, under an ancestor that names the mode."""
    lead = _LEAD.sub("", text)
    first = find_services(lead)
    if not (first and first[0].start <= 2 and first[0].name != "Lambda"):
        return []
    names = [m.name for m in find_services(lead) if m.name != "Lambda"]
    # "S3, SNS, CloudWatch Events" lists several; "Amazon S3 ..., with S3 Events" one.
    return list(dict.fromkeys(names)) if re.search(r",|\bor\b|/|&", lead[:80]) else names[:1]


def _invokers_with_mode(text: str, ctx: Context, own_mode: str,
                        mentions: list[Mention]) -> list[str]:
    """A line that names its own invocation mode: who it says invokes with that mode."""
    if not mentions and ctx.service not in ("", "Lambda") and _MODE_PROPERTY.match(text):
        return [ctx.service]  # "invocation:: asynchronous" in an S3 block
    passive = _INVOKED_BY.search(text)
    if passive:
        # "Lambda@Edge functions are invoked synchronously by CloudFront"
        invokers = list(dict.fromkeys(m.name for m in mentions if m.start >= passive.end()))
        if invokers:
            return invokers
    esm = _ESM_PHRASE.search(text)
    if own_mode == ESM and esm:
        # "Kinesis Data Streams uses an event source mapping"
        invokers = list(dict.fromkeys(m.name for m in mentions if m.end <= esm.start()))
        if invokers:
            return invokers
    # The sentence that says the mode: "S3 event notifications -> SNS, SQS, Lambda, or
    # EventBridge. S3 invokes Lambda asynchronously" makes S3 the invoker, not SNS and SQS
    # (the first sentence's list, before its "Lambda")
    said = [s for s in _SENTENCE.split(text) if mode_of(s)]
    own = len(said) == 1 and said[0] != text and _LAMBDA.search(said[0])
    for sentence in said if own else [text]:
        found = mentions if sentence is text else [
            m for m in find_services(sentence) if m.name != "Lambda"]
        lam = _LAMBDA.search(sentence)
        if (lam and not _MODE_OF_SOMETHING_ELSE.search(sentence)
                and not _polled_by_someone_else(sentence, own_mode)):
            # "S3 invokes Lambda asynchronously", "SNS -> Lambda is async": the service and
            # Lambda with an invoking word between them or after Lambda ("Worker on EC2/Lambda"
            # is not)
            before = _sources_of(sentence, found, lam.start())
            if before and _INVOKES.search(sentence, before[-1].end):
                return list(dict.fromkeys(m.name for m in before))
    return []


_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=\S)")


def _beside_lambda_after_an_arrow(text: str, mentions: list[Mention]) -> bool:
    """Whether Lambda is an item of a list after an arrow, with other services, as one of the
    places something sends to (its sender, when the line names one, is _sources_of's): not
    "async (Event) -> S3, SNS; Lambda queues it" (another clause), nor "sync -> API Gateway,
    Lambda function URL" (a thing of Lambda's, no item Lambda)."""
    lam = _LAMBDA.search(text)
    if not lam:
        return False
    after = len(text) - len(text[lam.end():].lstrip())  # "SNS SQS lambda eventbridge"
    if not (_BARE_ITEM_END.match(text, lam.end()) or any(m.start == after for m in mentions)):
        return False
    start = _step_start(text, lam.start())
    return start > 0 and any(m.start >= start and m.end <= lam.start() for m in mentions)


# what ends a list's item: a separator, a bracket, "or"/"and", the line's end
_BARE_ITEM_END = re.compile(r"\s*(?:[,;/()]|or\b|and\b|$)", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[;:]|[.!?](?:\s|$)")


def _step_start(text: str, lam: int) -> int:
    """Where the step of a flow that Lambda (at `lam`) is in starts: after the last arrow
    before it, in the same clause; 0 when there is none."""
    arrows = list(_ARROW.finditer(text, 0, lam))
    if not arrows or _CLAUSE_END.search(text, arrows[-1].end(), lam):
        return 0
    return arrows[-1].end()


def _sources_of(sentence: str, found: list[Mention], lam: int) -> list[Mention]:
    """The services before Lambda (at `lam`) that invoke it: in a flow drawn with arrows, those
    of the step straight before Lambda's. "S3 event notifications -> SNS, SQS, Lambda (async)"
    lists where S3 sends events, SNS and SQS beside Lambda: S3 invokes Lambda, SNS and SQS are
    destinations as it is; "S3 -> SNS -> Lambda" is SNS invoking it, not S3."""
    step = _step_start(sentence, lam)
    if not step:
        return [m for m in found if m.end <= lam]
    arrows = list(_ARROW.finditer(sentence, 0, step))
    start = arrows[-2].end() if len(arrows) > 1 else 0
    return [m for m in found if m.start >= start and m.end <= arrows[-1].start()]


_THE_WAY_PAST = re.compile(r"\b(?:bigger|larger|beyond|exceed\w*)\b", re.IGNORECASE)


_ARROW = re.compile(r"->|→|=>|⇒")


def _list_invokers(text: str, own_mode: str | None, mentions: list[Mention]) -> list[str]:
    """"Following AWS services support async invocation: S3, SNS, SES, ...", "sync → ALB,
    APIGW": the services listed after an introduction."""
    intro = _LIST_INTRO.search(text)
    if not intro or not (len(mentions) >= 2 or own_mode):
        return []
    if _THE_WAY_PAST.search(text, intro.start()):
        return []  # "sync payload 6 MB (S3 for bigger)": where a bigger payload goes
    listed = _listed(text, [m for m in mentions if m.start >= intro.start()])
    if any(_ARROW.search(text, a.end, b.start) for a, b in zip(listed, listed[1:], strict=False)):
        return []  # "make it async: API GW → SQS/Step Functions": a flow that skips Lambda
    after = [m.name for m in listed]
    if len(after) >= 2 or (after and own_mode and mode_of(text[: intro.start()])):
        return list(dict.fromkeys(after))
    return []
