"""Limits, defaults and ranges: the quantities in a line, named and qualified."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise

from studycli.equative_bound import blank_compared
from studycli.extract.attributes import (
    known,
    name_quantity,
    opening_label,
    sizes_counted_in_characters,
)
from studycli.extract.attribution import (
    BEFORE_LETTERS,
    OLD_VALUE,
    bracket_subject,
    clause_service,
    doubted_from,
    in_free_tier_section,
    is_story,
    not_a_limit,
)
from studycli.extract.bare_counts import bare_counts, elided_cases
from studycli.extract.batch_cases import NO_BATCH, batch_case_before
from studycli.extract.context import Context, subject_from_line, subject_near
from studycli.extract.cues import alternation, whole_words
from studycli.extract.cues import words as cue_words
from studycli.extract.lengths import CHARACTERS as _CHARACTERS
from studycli.extract.lengths import identifier_length, length_named
from studycli.extract.operations import OPERATION_NAME, PARAMETER_ENDING, operations_named
from studycli.extract.quantities import (
    WITH_ELSEWHERE,
    WITHOUT_ELSEWHERE,
    Quantity,
    count_head,
    find_quantities,
)
from studycli.extract.scan import last_end, tail_start
from studycli.extract.window import opening_of
from studycli.match_key import match_key
from studycli.model import Fact, Kind
from studycli.question_bound import asked_bound
from studycli.services import (
    blank_services,
    find_services,
    find_subjects,
    sub_services,
    subject_mentions,
)

# Qualifier words (data/cues.json) in the clause before a number
# (a sign binds only to the number right after it: in "throttles if traffic > 2x the peak
# within 30 min" the ">" is the 2x's, and 30 min is no minimum; "->" is an arrow, and so is a
# RemNote card's "users per account >> 5000", "<<" its reverse)
_MAX = re.compile(rf"{whole_words('max_words').pattern}|(?<!<)(?:<=?|≤)\s*[*_`~]*$",
                  re.IGNORECASE)
_MIN = re.compile(rf"{whole_words('min_words').pattern}|(?<![-=>])(?:>=?|≥)\s*[*_`~]*$",
                  re.IGNORECASE)
_DEFAULT = whole_words("default_words")
# "the largest object I uploaded was 2 GB", "biggest table we ran had 300 GB": a superlative
# the student or their team is the subject of is their own record, no bound of the service
# ("the largest object you can store is 50 TB" is the service's bound: "you" is anyone)
_OWN_RECORD = re.compile(r"\b(?:largest|biggest|smallest)\b(?=(?:\s+[\w'’-]+){1,3}?\s+"
                         r"(?:i|we|our\s+\w+|my\s+\w+)\s)", re.IGNORECASE)
# (the words after one \b: the engine tries one alternative, not four, at each position of a
# long line; the same matches, the words in the same order)
# (a line break written as the escape "\n", as a calendar's description too long to be placed
# line by line is read: "max 2 access keys per user\n- managed policies ...: 10 by default")
_CLAUSE_BREAK = re.compile(r"[,;.(\[]|\s[–-]\s|\b(?:and|or|whereas|but)\b|\\n(?=[\s*•-]|[A-Z])")
# "with batching" / "without batching" / "per shard": a condition that tells two values apart
# (matched at a number's end: re.match with a position, no "^", which matches only at 0)
# (the notes' other languages' "with"/"without", quantities.WITH_ELSEWHERE: only before a
# batch word)
_WITHOUT_ELSEWHERE, _WITH_ELSEWHERE = WITHOUT_ELSEWHERE, WITH_ELSEWHERE
_CONDITION = re.compile(
    rf"\s*\(?\s*(?:of\s+\w+\s+)?(?:(?P<no_batch>{NO_BATCH})"
    r"|(?P<batch>with|without|w/o|w/)(?!\w)(?:\s*batch\w*)?"
    rf"|(?P<batch_elsewhere>{_WITHOUT_ELSEWHERE}|{_WITH_ELSEWHERE})\s+batch\w*|per\s+(?:"
    rf"{alternation('condition_scopes')})s?(?!\w))", re.IGNORECASE)


_TRIGGER_CASE = whole_words("trigger_cases")
UNSURE = "?"
_TRIGGER_LINE = re.compile(r"trigger|event|@edge|\bl@e\b", re.IGNORECASE)


@lru_cache(maxsize=16)  # asked for every number of the line: a pasted line holds hundreds
def _names_triggers(line: str) -> bool:
    return _TRIGGER_LINE.search(line) is not None


@lru_cache(maxsize=16)  # read once per line, asked by every number's readers
def _ascii_lower(line: str) -> str | None:
    """The line lower-cased when it is ASCII, else None."""
    return line.lower() if line.isascii() else None


@lru_cache(maxsize=64)  # a handful of words per line: a long line is not scanned per number
def _may_hold(line: str, word: str) -> bool:
    """False when no part of `line` can match a pattern whose every match holds `word`
    (ASCII, lower case), case ignored: most lines hold none of the few cue words, and one
    look at the lower-cased line spares each number its searches. A line with other
    characters than ASCII is always searched: some of them match ASCII letters when case is
    ignored (the long s, the Kelvin sign)."""
    lowered = _ascii_lower(line)
    return lowered is None or word in lowered


def _trigger_case(line: str, q: Quantity, attribute: str) -> str:
    """"viewer triggers 5 s, origin triggers 30 s": which request event an edge function's
    value is for, from the number's own clause (after it first: "30 s for origin events")."""
    if not _names_triggers(line) or not (_may_hold(line, "viewer") or _may_hold(line, "origin")):
        return ""  # every trigger case (data/cues.json) names the viewer or the origin, and
        # with none in the line's words, none is the number's (the attribute's alone says none)
    label = _LABEL_AFTER.match(line, q.end)  # "5 s (viewer) / 30 s (origin)"
    own = _OWN_WORDS_AFTER.match(line, q.end)  # matches, maybe empty: every part is optional
    after = label.group(1) if label else own.group(0) if own else ""
    case = ""
    for clause in (after, _clause_before(line, q.start)):
        m = _TRIGGER_CASE.search(clause)
        if m:
            case = m.group(0).split()[0].lower()  # origin request and response: one case
            break
    named = _TRIGGER_CASE.search(attribute)
    if named:  # "viewer response triggers": the attribute says its case already, unless it
        # took the label of the number before ("5 s (viewer) / 30 s (origin)")
        return UNSURE if case and not named.group(0).lower().startswith(case) else ""
    return f"{case} trigger" if case else ""


# the words after a number up to the next clause, contrast or number
_OWN_WORDS_AFTER = re.compile(r"(?:(?![,;.(\[]|\b(?:and|or|but|while|whereas|vs)\b)\D){0,40}",
                              re.IGNORECASE)


_SCOPE = rf"(?:per|each|every)\s+(?P<scope>{alternation('condition_scopes')})s?(?!\w)"
_SCOPE_BEFORE = re.compile(rf"(?<!\w){_SCOPE}", re.IGNORECASE)
# "DynamoDB max partition throughput<TAB>3000 RCU / 1000 WCU": a capacity named for the scope
# it holds in is that scope's ("dynamodb max rcu" read it as the table's)
_SCOPES_CAPACITY = re.compile(rf"(?<![\w-])(?P<scope>{alternation('condition_scopes')})"
                              r"[ \t-]+(?:level[ \t]+)?(?:throughput|capacity)\b", re.IGNORECASE)
# "3,000 RCU / 1,000 WCU per partition": one other quantity, then the scope both share
_SCOPE_AFTER_NEXT = re.compile(rf"\s*(?:/|&|,|and)\s*[*_`]*[\d][\d,.]*\s*[A-Za-z/]{{1,8}}[*_`]*\s*"
                               rf"{_SCOPE}", re.IGNORECASE)


_JOINED_BEFORE = re.compile(r"(?<![\w.])[\d][\d,.]*\s*[A-Za-z/]{1,8}[*_`]*\s*(?:/|&|and)\s*[*_`]*$",
                            re.IGNORECASE)


def _shared_scope(line: str, q: Quantity, attribute: str) -> str:
    """"per partition max: 3,000 RCU and 1,000 WCU", "each partition tops out at 3,000 RCU",
    "3,000 RCU / 1,000 WCU per partition": a scope said once for the numbers of its clause."""
    if not (_may_hold(line, "per") or _may_hold(line, "each") or _may_hold(line, "every")
            or _may_hold(line, "throughput") or _may_hold(line, "capacity")):
        return ""  # every match of _SCOPE_BEFORE, _SCOPE_AFTER_NEXT, _SCOPES_CAPACITY holds one
    start = q.start
    joined = _JOINED_BEFORE.search(line, tail_start(line, start, BEFORE_LETTERS), start)
    if joined:  # "... 3,000 RCU and 1,000 WCU": the scope before the first holds for both
        start = joined.start()
    before = _clause_before(line, start)
    m = _SCOPE_BEFORE.search(before) or _SCOPES_CAPACITY.search(before) or (
        # (a length is of the thing it names: "3-63 chars, 100 buckets per account" is no
        # length per account)
        None if q.noun.lower() in _CHARACTERS else _SCOPE_AFTER_NEXT.match(line, q.end))
    if not m:
        return ""
    scope = " ".join(m.group("scope").lower().split())
    if scope in attribute.lower() or find_subjects(scope):
        return ""  # said already: "minimum charge per object" names an object size; a shard
        # is the fact's subject
    return f"per {scope}"


def _condition(line: str, q: Quantity, attribute: str = "") -> str:
    """A condition that tells two values of one attribute apart ("with batching")."""
    m = _CONDITION.match(line, q.end)
    if m and m.group("no_batch"):
        return "without batching"
    if m and m.group("batch"):
        if "batch" not in line.lower():
            return ""
        return ("without batching" if m.group("batch").lower() in ("without", "w/o")
                else "with batching")
    if m and m.group("batch_elsewhere"):
        return ("without batching" if re.fullmatch(_WITHOUT_ELSEWHERE, m.group("batch_elsewhere"),
                                                    re.IGNORECASE) else "with batching")
    if m:
        return " ".join(m.group(0).split()).lower()
    scope = _shared_scope(line, q, attribute)
    if scope:
        return scope
    mode = _may_hold(line, "sync") and _mode_before(_clause_before(line, q.start))
    if mode:  # "Lambda sync payload 6MB, async 256KB", "6 MB sync / 256 KB async"
        return "asynchronous" if mode.group(1) else "synchronous"
    if not _may_hold(line, "batch"):
        return ""
    return batch_case_before(line, q.start)


# a figure right before a mode word owns it ("6 MB sync / 256 KB async": not 256 KB's)
# (a unit may come between, no other word: "429 on async" is no figure's mode)
_FIGURE_BEFORE = re.compile(r"\d[\d.,]*\s*(?:[KMGTP]i?B|B|ms|s|secs?|mins?|h|hrs?)?\s*\(?\s*$",
                            re.IGNORECASE)


def _mode_before(clause: str) -> re.Match[str] | None:
    """The mode word of the clause before a figure, unless a figure before it owns it."""
    mode = _SYNC_MODE.search(clause)
    return None if mode is None or _FIGURE_BEFORE.search(clause, 0, mode.start()) else mode


def _clause_before(line: str, start: int) -> str:
    return line[last_end(_CLAUSE_BREAK, line, start):start]


def _clause_after(line: str, end: int) -> str:
    tail = line[end:]
    m = _CLAUSE_BREAK.search(tail)
    return tail[: m.start() if m else len(tail)][:40]


# ("4 MB/s write default": one word of what the value measures may come between)
_POSTFIX = re.compile(r"^\s*(?:\(|=(?=\s*[A-Za-z]+\s*(?:[,;.)]|$)))?"
                      r"\s*(default|def|max(?:imum)?|min(?:imum)?|"
                      r"(?<=\s)(?:in|out|read|write|ingest)\s+default)\b"
                      r"(?!\s*(?:[:=]|is|of|was|value|setting)?\s*(?:is\s*)?\d)",
                      re.IGNORECASE)
# ("14 days = MAX, min 60 s": an equals sign and the qualifier alone name the value's own)
_BARE_NUMBER_ARROW = re.compile(r"(?<![\w.,])\d+\s*(?:->|→|=>|⇒|➜|⟶)\s*$")
_ARROW = re.compile(r"^\s*(?:->|→|=>|⇒|➜|⟶)\s*(?:max\s*)?$")


_DEFAULT_BEFORE = re.compile(r"(?<![A-Za-z])(?i:default|def|by default)[ \t]*[:=]?[ \t*_`]*$")


# (not the unit "min" of a number: "cooldown 5 min then timeout 30 s -> 60 s" names no bound)
_BOUND_BEFORE = re.compile(r"(?<!\d)(?<!\d[ \t])\b(?:max(?:imum)?|min(?:imum)?)\b"
                           r"(?!.*\b(?:to|up\s+to)\b)", re.IGNORECASE)
_OLD = "old"  # an old value an arrow leads from: no fact
_CHANGED = "changed"  # + the bound named, or none: a change's range, its new value alone
# "raised from 100 to 10,000", "went from 5 min to 15 min": a change, not a span
_CHANGED_FROM = re.compile(
    r"\b(?:raised|increased|went|changed|bumped|extended|grew|grown|reduced|lowered|cut|dropped|"
    r"upped|moved)\s+(?:up\s+|down\s+)?(?:from\s+)?[*_`~]*$", re.IGNORECASE)


def _arrow_pairs(quantities: list[Quantity], line: str) -> dict[int, str]:
    """"24h -> 365d", "128 MB -> 10,240 MB": the value before the arrow is where the span
    starts (its minimum), the one after how far it goes. The low end is not the default: an
    arrow says what can be set, and a default, when the line has one, is said apart ("def
    4 days, 1 min -> 14 days")."""
    said: dict[int, str] = {}
    for q in quantities:  # "0 -> 12 hrs": a bare number (no unit, no quantity) opens the span
        if _BARE_NUMBER_ARROW.search(line, max(0, q.start - 12), q.start):
            said[q.start] = "max"
    if len(quantities) < 2:
        return said
    for a, b in pairwise(quantities):
        if a.dimension == b.dimension and not a.is_range and _ARROW.match(line[a.end:b.start]):
            if _DEFAULT_BEFORE.search(line, max(0, a.start - 16), a.start):
                # "retention default 24h -> max 7 days": the low end is said to be the default
                said[b.start] = "max"
                continue
            bound = _BOUND_BEFORE.search(_clause_before(line, a.start))
            if bound and "max" not in line[a.end:b.start].lower():
                # ("memory min 128 MB -> max 10,240 MB" bounds both ends: a span, no change)
                # "Lambda max timeout 60s -> 5 min", "memory max 1536 MB -> 3008 MB": a bound
                # the line names, then an arrow: the bound went from one value to the other
                # (the old one was read as the minimum)
                said[a.start] = _OLD
                said[b.start] = "min" if match_key(bound.group(0)).startswith("min") else "max"
                continue
            said.setdefault(a.start, "min")
            said[b.start] = "max"
    return said


# "up to 16,000 IOPS and 1,000 MB/s", "up to 10,000 records or 10 MB per call"
_JOINED_GAP = re.compile(r"[\s*_`]*(?:and|or|&|/)[\s*_`]*", re.IGNORECASE)


def _joined_caps(quantities: list[Quantity], line: str) -> dict[int, str]:
    """"up to 16,000 IOPS and 1,000 MB/s": a value of another kind joined by "and" / "or" to
    a capped one shares its cap (the clause the "up to" opens ends at the "and")."""
    said: dict[int, str] = {}
    for a, b in pairwise(quantities):
        if a.dimension != b.dimension and not a.is_range and not b.is_range \
                and _JOINED_GAP.fullmatch(line, a.end, b.start) \
                and (said.get(a.start) == "max" or _qualifiers(a, line) == ["max"]) \
                and _qualifiers(b, line) == [""]:
            said[b.start] = "max"
    return said


def _quals(q: Quantity, named_at: Quantity, line: str, arrows: dict[int, str]) -> list[str]:
    """The qualifiers of a value: the one an arrow gives it, else its own; [_OLD] for the old
    value of a change, _CHANGED + the bound named (or none) for a range that is one."""
    if q.start in arrows:
        return [arrows[q.start]]
    if q.is_range and q.text[:4].lower() == "from" and _CHANGED_FROM.search(
            line, max(0, q.start - 60), q.start):
        # "max timeout went from 5 min to 15 min": its new value only, the bound named;
        # "timeout went from 5 min to 15 min": its new value, no bound
        bound = _BOUND_BEFORE.search(_clause_before(line, q.start))
        return [_CHANGED + (match_key(bound.group(0))[:3] if bound else "")]
    return _own_qualifiers(q, named_at, line)


def _own_qualifiers(q: Quantity, named_at: Quantity, line: str) -> list[str]:
    quals = _qualifiers(q, line)
    if named_at is not q and quals == [""] and not q.is_range:
        # "max memory was 3,008 MB, now 10,240 MB": the new value is the same bound
        return _qualifiers(named_at, line)
    return quals


def _qualifiers(q: Quantity, line: str) -> list[str]:
    if q.is_range:
        return ["range"]
    after_text = line[q.end:q.end + 60]
    postfix = _POSTFIX.match(after_text)
    if postfix:  # "3 sec default, 15 min max": the word after a number is its own
        word = match_key(postfix.group(1)).split()[-1]
        return ["default" if word.startswith("def") else word[:3]]
    if ("<" in line or ">" in line) and _THRESHOLD.search(
            line, tail_start(line, q.start, BEFORE_LETTERS), q.start):
        return [""]  # "more vCPU if RAM > 1792MB": a threshold in a condition, not a limit
    if not q.qualifier and _UP_TO_NEXT.match(line, q.end):
        return ["min"]  # "15 minutes up to 12 hours, default 1 hour": where the span starts
    if not q.qualifier and _SCALES_TO_BEFORE.search(line, max(0, q.start - 24), q.start):
        return ["max"]  # "5 Gbps, scales to 100 Gbps": where the scaling ends
    if q.qualifier:
        extra = ["default"] if q.qualifier != "default" and _DEFAULT_AFTER.search(
            after_text) else []
        return [q.qualifier, *extra]
    before, after = _clause_before(line, q.start), _clause_after(line, q.end)
    # ("twice as high as 30 seconds", "not as many as 10 VPCs": no bound, equative_bound.py)
    before = _OWN_RECORD.sub(" ", blank_compared(before))
    found = []
    if _DEFAULT.search(before) or _DEFAULT_AFTER.match(after):
        found.append("default")
    if _MAX.search(before):
        found.append("max")
    elif _MIN.search(_MINUTES.sub(" ", before)):
        found.append("min")
    if (_may_hold(line, "as default") and _AS_DEFAULT.search(line[q.end:q.end + 60])
            and "default" not in found):
        found.append("default")
    return found or [""]


# "15 minutes up to 12 hours", "**1 day** to **14 days**": the low end of a span the quantity
# reader did not take for a range (words or emphasis between)
# ("5 Gbps scaling up to 45 Gbps", "5 Gbps, scales to 100 Gbps", "starts at 5 Gbps and scales
# to 45 Gbps": where a scaling starts)
# ("15 minutes up to the role's max session duration": a span up to a maximum named elsewhere)
_UP_TO_NEXT = re.compile(r"[\s*_`]*(?:,?\s*(?:and\s+)?"
                         r"(?:scal(?:es|ing)|grow(?:s|ing)|burst(?:s|ing)?)\s+)?"
                         r"(?:(?:up\s+to|to|through|until)\s+(?:a\s+max(?:imum)?\s+of\s+)?"
                         r"[*_`]*\d|up\s+to\s+(?:the|its|your)\s+(?:[\w'’-]+\s+){0,2}"
                         r"max(?:imum)?\b)", re.IGNORECASE)
_SCALES_TO_BEFORE = re.compile(r"\bscal(?:es|ing|e)\s+(?:up\s+)?to\s*[*_`~]*$", re.IGNORECASE)
# (a factor may be labelled by a short name before its figure, the product right after it:
# "4 shards × PF 10 = 40"; not "retried 2 times over 6 hours, MaximumRetryAttempts = 0", a
# count and then a setting)
_CALCULATION = re.compile(r"\d[\w\s]{0,12}?(?:(?:\s[x×*]|\btimes)\s*\d[^=]{0,30}"
                          r"|\s[x×*]\s*[a-z]{1,12}\s+\d[\d.,]*\s*(?:[a-z%/]{1,6}\s*)?)"
                          r"=\s*\d", re.IGNORECASE)
# "5 min 63 days": "min" right after a number is minutes, not a minimum
_MINUTES = re.compile(r"(?<=\d)[\s-]*mins?\b", re.IGNORECASE)
# (words, not a figure: "timeout max 15m default 3s" is a bound, then the default)
_DEFAULT_OF_A_BOUND = re.compile(r"\b(?:max(?:imum)?|min(?:imum)?)\s+(?:(?!\d)[\w-]+\s+){1,3}"
                                 r"(?:defaults?\s+(?:to|is)|default\s*[:=]?)\s*[*_`]*$",
                                 re.IGNORECASE)
_THRESHOLD = re.compile(r"\b(?:if|when|once|whenever)\b[^,;.]{0,40}[<>]\s*$", re.IGNORECASE)
WINDOW = 120
MAX_PER_LINE = 40
_KIND = {"max": Kind.LIMIT, "min": Kind.LIMIT, "": Kind.LIMIT, "default": Kind.DEFAULT,
         "range": Kind.RANGE}


def _one_amount(q: Quantity) -> Quantity:
    """"max 7 days - 604800 sec": a range whose ends are the same amount says it twice; it
    is that one value (its low end was a "min 7 days")."""
    if q.low is None:
        return q
    return replace(q, value=_split_range(q)[0], number=q.low, low=None, high=None,
                   is_range=False, default_low=False)


def _split_range(q: Quantity) -> tuple[str, str]:
    """'128 MB – 10 GB' -> ('128 MB', '10 GB'); '0–3600 s' -> ('0 s', '3600 s')."""
    parts = _RANGE_SPLIT.split(q.value, maxsplit=1)
    if len(parts) != 2:
        return q.value, q.value
    low, high = parts
    unit = _LEADING_NUMBER.sub("", high)
    if not _UNIT_CHARACTER.search(low) and unit:
        low = f"{low} {unit}".replace("  ", " ")
        # the low end borrows the high end's plural: "1-35 days" starts at "1 day"
        low = _ONE_OF_PLURAL.sub(r"\1", low)
    return low, high


# One candidate fact of a quantity: qualifier, value, number, low, high
_Candidate = tuple[str, str, float | None, float | None, float | None]


# A note says the same text again in the same context: a table's cells ("| Timeout | 15 min |"
# under every service heading), a repeated reminder, boilerplate pasted twice. Reading a line's
# limits is a pure function of its text and context, and is most of the parser's time, so each
# (text, context) is read once per note and its facts made again for every line saying it
# (a table of settings sends about one cell text in three through here afresh).
_READ: dict[tuple[str, Context], list[dict]] = {}
_READ_AT_MOST = 32_768  # (texts of some 100 characters and their facts: tens of MB at most)
_OWN_FIELDS = ("source", "line", "snippet")  # what `make` fills in, the line's own


def forget_read_lines() -> None:
    """Start a note afresh (called once a note: nothing read is kept past it)."""
    _READ.clear()
    _QUANTITIES.clear()


def limit_facts(line: str, ctx: Context, make) -> list[Fact]:
    """Facts for every quantity in `line`; `make(**fields)` fills in source, line, snippet."""
    key = (line, ctx)
    read = _READ.get(key)
    if read is not None:
        return [make(**fields) for fields in read]
    facts = _read_limit_facts(line, ctx, make)
    if len(_READ) >= _READ_AT_MOST:
        _READ.clear()
    _READ[key] = [_fields_of(f) for f in facts]
    return facts


def _fields_of(fact: Fact) -> dict:
    """A fact's fields but its line's own (_OWN_FIELDS): a copy of its dict less three keys,
    not a comprehension testing every key (a table's cells mostly miss the memo)."""
    fields = fact.__dict__.copy()
    for own in _OWN_FIELDS:
        del fields[own]
    return fields


def _read_limit_facts(line: str, ctx: Context, make) -> list[Fact]:
    out: list[Fact] = []
    seen: dict[tuple, set[str]] = {}
    quantities, spans, defines, replaced = _limit_quantities(line, ctx)
    if not quantities:
        return []  # (a version, a code, a date: digits that are no quantity, or no limit)
    arrows = {**_joined_caps(quantities, line), **_arrow_pairs(quantities, line)}
    previous: tuple[Quantity, str] | None = None
    # by dimension: the last attribute the line's words named, and the value it named
    named: dict[str, tuple[str, Quantity]] = {}
    unsure: set[float] = set()  # numbers left out; "1 year, 31,536,000 seconds" says one twice
    valued: list[Quantity] = []  # per fact in `out`: its quantity, for the words naming its case
    # (a list's count, not a Counter: most lines hold one or two values, and a Counter's
    # making cost more than the counting)
    dimensions = [q.dimension for q in quantities]
    # "12.5M subscriptions per topic (standard), 100 for FIFO": the 100 is the count before it,
    # of the case its clause names (extract/bare_counts.py)
    elided = elided_cases(line, quantities) if dimensions.count("count") > 1 else {}
    named_as: dict[int, str] = {}  # each quantity's attribute, by its start
    for q in quantities:
        # the service first: "lambda can run 15 min but API GW gives up at 29s" names the 29 s
        # with API Gateway's words (integration timeout), not Lambda's (execution timeout)
        # "async payload 256 KB (was, now 1 MB)": the new value is named where the old one is
        named_at = replaced.get(q.start, q)
        service = clause_service(line, named_at, ctx.service)
        attribute = _attribute_near(named_at, line, ctx, service, spans, defines)
        if previous and _restates(previous[0], q, line):
            attribute = previous[1]  # "idle timeout 60s default (1-4000 s)": the same setting
        attribute = _as_counted(q, line, _named_on_the_line(q, named_at, line, attribute, named))
        previous = (q, attribute)
        retold = _retold_as_a_case(q, line, attribute)
        attribute = retold or attribute
        unkinded = attribute
        if dimensions.count(q.dimension) == 1:
            # (of a line's one value of its kind: beside another, "Standard interval is 30
            # seconds, or fast is 10 seconds", the kind tells the two apart only with the other's)
            attribute = _with_kind(line, named_at.start, attribute)
        attribute = _with_case(named_at, quantities, line, attribute)
        attribute = named_as[q.start] = _as_said_again(q, attribute, elided, named_as)
        if not attribute:
            continue
        service = _parents_attribute(service, attribute)
        subject = _limit_subject(q, line, ctx, service, attribute)
        if retold and subject != _said_last(line, q.start):
            continue  # (whose case it is, unsure: "CloudFront Functions (...) vs Lambda@Edge")
        attribute = _as_the_subjects(q, attribute, unkinded, service, subject)
        base = dict(service=service, subject=subject, attribute=attribute, unit=q.unit)
        quals = _quals(q, named_at, line, arrows) or [""]
        quals = quals if quals != [""] else [asked_bound(ctx.ancestors, line) or ""]
        if quals == [_OLD] or (q.number is not None and q.number in unsure):
            continue  # (an old value a change leads from, or one left out)
        if quals == ["default"] and _DEFAULT_OF_A_BOUND.search(_clause_before(line, q.start)):
            # "the maximum TTL defaults to 1 year": a bound's default, not the default
            if q.number is not None:
                unsure.add(q.number)
            continue
        for qualifier, value, number, low, high in _candidates(q, quals):
            # (each service's own: "SNS max message 256 KB; SQS max message 256 KB" is
            # two facts)
            said = seen.setdefault((service, subject, attribute, number, low, high), set())
            if qualifier in said or (said and qualifier == ""):
                continue  # "900s ~ 15 minutes": one fact, said twice
            said.add(qualifier)
            out.append(make(**base, kind=_KIND[qualifier], qualifier=qualifier,
                            value=value, number=number, low=low, high=high))
            valued.append(q)
    # the words naming each case (_descriptor) are read only for the few facts that need them
    kept = [(f, q) for f, q in zip(_plain_beside_a_bound(out, valued, line), valued, strict=True)
            if f.attribute]
    out, valued = [f for f, _ in kept], [q for _, q in kept]
    return _one_value_per_key(_pair_batching(out), valued, line)


def _as_said_again(q: Quantity, attribute: str, elided: dict[int, tuple[int, str]],
                   named_as: dict[int, str]) -> str:
    """The attribute of a count that says the count before it again of another case ("100 for
    FIFO" after "12.5M subscriptions per topic"): that count's, with the case. Named as that
    count already, the two are told apart as any two values of one setting are ("120,000
    in-flight messages (standard), 20,000 for FIFO")."""
    said_again = named_as.get(elided[q.start][0], "") if q.start in elided else ""
    if not said_again or said_again == attribute:
        return attribute
    return f"{said_again} ({elided[q.start][1]})"


def _as_counted(q: Quantity, line: str, attribute: str) -> str:
    """The attribute of a count of characters, or of things a size's name was given to."""
    if q.noun.lower() in _CHARACTERS:
        return length_named(line, q.start, attribute)
    if q.dimension == "size":
        # "S3 object key max 1024 bytes": the key's length, not the object's size
        return identifier_length(line, q.start) or attribute
    if q.dimension == "count" and q.noun.lower().endswith("s") \
            and attribute in sizes_counted_in_characters():
        # "10 managed policies per user", "5,000 users": a count of things, not the
        # size of a policy counted in characters ("2,048 chars user, 10,240 role": a
        # singular noun after a number is the case of a size, not what it counts)
        return q.noun.lower()
    return attribute


def _as_the_subjects(q: Quantity, attribute: str, unkinded: str, service: str,
                     subject: str) -> str:
    """The attribute as the value's subject has it: no part of another service ("Lambda@Edge
    vs CloudFront Functions: CF functions run in under 1 ms" is no "lambda@edge functions" of
    CloudFront Functions), no kind the subject says already ("spot interruption notice" of
    Spot Instances; `unkinded`: the attribute before _with_kind)."""
    if not subject:
        return attribute
    if any(owner != service and owner.split()[0].lower() in m.name.lower()
           for owner, m in subject_mentions(attribute) if owner):
        return q.dimension
    if not attribute.startswith(unkinded) and " " in attribute \
            and attribute.split(" ", 1)[0] in subject.lower().split():
        return attribute.split(" ", 1)[1]
    return attribute


# "inline policy size for a role": a word before the setting's first word that says which kind
# of the thing it is (data/cues.json's counted_kinds: "inline", "managed", ...)
_KIND_BEFORE = re.compile(rf"\b({alternation('counted_kinds')})[ \t]+([A-Za-z]+)[^,;.]*$",
                          re.IGNORECASE)
# where the words naming a value begin ("(" is no break: "| Inline policy size (user) | 2,048")
_KIND_CLAUSE_BREAK = re.compile(r"[,;]|\.\s|\b(?:and|or|but|whereas)\b")


def _with_kind(line: str, start: int, attribute: str) -> str:
    """The attribute with the kind its clause says before its first word: "inline policy size
    for a role: 10,240 characters" is the size of an inline policy, not of any policy (a
    managed one's is 6,144). Only where the word right after the kind is the attribute's first
    word, and the attribute does not already say a kind; with whose it is, where the clause
    says ("for a role", "(user)", "size user 2,048")."""
    words = attribute.lower().split()
    if not words or not _KIND_BEFORE.search(line, 0, start):
        return attribute
    clause = line[last_end(_KIND_CLAUSE_BREAK, line, start):start]
    m = _KIND_BEFORE.search(clause)
    if m is None or m.group(2).lower().rstrip("s") != words[0].rstrip("s").split("(")[0] \
            or any(w in words for w in m.group(1).lower().split()):
        return attribute
    whose = _WHOSE_BEFORE.search(clause) or _WHOSE_AFTER.match(line, _unit_end(line, start))
    told = next((g for g in whose.groups() if g), "").lower() \
        if whose and "(" not in attribute else ""
    if told in _NOT_DESCRIPTORS or told in words:
        told = ""
    return f"{m.group(1).lower()} {attribute}" + (f" ({told})" if told else "")


# "... for a role: 10,240", "size (user) | 2,048", "policy size user  2,048 chars"
_WHOSE_BEFORE = re.compile(
    r"(?:\b(?:for|on)[ \t]+(?:an?|each|the)[ \t]+([A-Za-z]+)|\([ \t]*([A-Za-z]+)[ \t]*\)"
    r"|\b(?:size|length)[ \t]+([A-Za-z]+))[ \t]*(?:[:=]{1,2}|->|>>|is|\|)?[ \t*_`]*$",
    re.IGNORECASE)
# "inline policy max 2,048 chars for users"
_WHOSE_AFTER = re.compile(r"[ \t*_`]*for[ \t]+(?:an?[ \t]+|each[ \t]+)?([A-Za-z]+)\b",
                          re.IGNORECASE)
_UNIT_AFTER = re.compile(r"[\d,.]*[ \t]*[A-Za-z]*")


def _unit_end(line: str, start: int) -> int:
    """Where the value starting at `start` ends with its unit ("2,048 chars")."""
    m = _UNIT_AFTER.match(line, start)
    return m.end() if m else start


def _named_on_the_line(q: Quantity, named_at: Quantity, line: str, attribute: str,
                       named: dict[str, tuple[str, Quantity]]) -> str:
    """A value no word names (its attribute is only its kind, "duration") takes the setting
    the line named for its other value of that kind ("stopTimeout default 30 s (SIGTERM ->
    SIGKILL), max 120 s"), else the label the line opens with ("CodeBuild timeout :: default
    60 min, range 5 min to 8 h"). `named`: by kind, the last attribute the line's words named
    (updated here, with the value that named it)."""
    if attribute != q.dimension:
        named[q.dimension] = (attribute, q)
        return attribute
    if q.dimension in named:
        setting, value = named[q.dimension]
        if _labelled_apart(value, q, line):
            # "10 GB RAM, 250 MB unzipped": each figure is named by the word after it, so
            # the RAM's setting is not the 250 MB's (it was read as "memory (unzipped)")
            return opening_label(line, named_at.start) or attribute
        if _beyond_the_range(q, value, line):
            # "Glacier Flexible: bulk 5-12 hrs; min 90 days": a bound past the range the
            # setting was given is no bound of that setting (read as a 90-day bulk
            # retrieval, it was dropped as clashing with the range)
            return attribute
        return setting
    return opening_label(line, named_at.start) or attribute


# a figure's own word right after it: "10 GB RAM", "250 MB unzipped" (not a bound's or a
# default's word, "30 s default, max 12 h", nor a joining word, "5 min or more")
_OWN_WORD_AFTER = re.compile(r"[ \t]*[*_`]*([A-Za-z][\w-]*)")
_NO_LABEL = frozenset("""max maximum min minimum default def defaults by as per each every of
    or and to up upto from in on at for with w the a an is are total""".split())
_APART = re.compile(r"[*_`]*[ \t]*(?:[,;/|]|\band\b)[ \t]*$")


@lru_cache(maxsize=1)
def _dates_a_value() -> frozenset[str]:
    """The one-word cues that date a value ("10 GB now", "3,008 MB before", "5 min was"): a
    value so dated is the same setting's old or new value, not a setting of its own
    (data/cues.json: when_words, superseded_words)."""
    return frozenset(w for name in ("when_words", "superseded_words") for w in cue_words(name)
                     if " " not in w)


def _labelled_apart(before: Quantity, q: Quantity, line: str) -> bool:
    """Are two figures of one kind each named by their own word right after them, side by
    side ("10 GB RAM, 250 MB unzipped", "15 min timeout / 10 GB memory")?"""
    first = _OWN_WORD_AFTER.match(line, before.end)
    second = _OWN_WORD_AFTER.match(line, q.end)
    if first is None or second is None:
        return False
    own = first.group(1).lower(), second.group(1).lower()
    if _NO_LABEL.intersection(own) or own[0] == own[1] \
            or _APART.match(line[first.end():q.start]) is None \
            or _dates_a_value().intersection(own):
        return False
    # only a word that names a measure by itself ("RAM", "memory", "timeout"): a word after
    # a figure is more often a case of one setting ("51,200 bytes direct, 1 MB via S3",
    # "12 h std, 48 h bulk", "5 min basic / 1 min detailed")
    alone = line[before.start:first.end()]
    return known(name_quantity(alone, 0, before.end - before.start, before.dimension, "", (),
                               noun=before.noun, repair=False))


def _beyond_the_range(q: Quantity, the_range: Quantity, line: str) -> bool:
    """Is `q` a minimum or maximum outside `the_range` ("5-12 hrs; min 90 days", "...; 90
    days min")? A restated end ("0-12 h, max 12 h") is within it; a value no bound word marks
    ("1 to 20 seconds ... Short polling (0 s)") is left to the words around it."""
    if not the_range.is_range or q.number is None or the_range.low is None \
            or the_range.high is None or the_range.low <= q.number <= the_range.high:
        return False
    if q.qualifier in ("min", "max"):
        return True
    postfix = _POSTFIX.match(line[q.end:q.end + 60])
    return postfix is not None and match_key(postfix.group(1))[:3] in ("min", "max")


def _limit_quantities(line: str, ctx: Context) -> tuple[
        list[Quantity], list[tuple[int, int]], dict[int, str], dict[int, Quantity]]:
    """The line's quantities that may be limits; the spans of all that are values; what
    unit each defines (_unit_definitions); the old value each replaces (_replacements)."""
    if _ASCII_DIGIT.search(line) is None:
        return [], [], {}, {}  # every quantity starts at a digit 0-9 (quantities.py)
    if not ctx.service or in_free_tier_section(ctx.ancestors):
        return [], [], {}, {}
    read = _QUANTITIES.get(line)
    if read is None:
        if len(_QUANTITIES) >= _READ_AT_MOST:
            _QUANTITIES.clear()
        read = _QUANTITIES[line] = _line_quantities(line)
    if not read:
        return [], [], {}, {}  # a story, a doubted line or a calculation: no limits
    found, of_the_line = read
    extra = bare_counts(line, ctx.service, found)  # "concurrency limit 1000 per region"
    if extra:
        return _may_be_limits(sorted(found + extra, key=lambda q: q.start), line)
    quantities, spans, defines, replaced = of_the_line
    # (copies: the caller's lists are its own)
    return list(quantities), list(spans), dict(defines), dict(replaced)


_Candidates = tuple[list[Quantity], list[tuple[int, int]], dict[int, str], dict[int, Quantity]]
# By line text, its quantities and which of them may be limits: all of that depends on the
# text alone, bare counts aside (those depend on the service, and are few). A table's cell
# text ("Timeout max: 64 seconds") comes again in rows whose label, heading or service
# differ, which the (text, context) memo of limit_facts cannot share: in a pipe table one
# cell text in seven is new, and reading its quantities was half of its limits' time.
_QUANTITIES: dict[str, tuple[list[Quantity], _Candidates] | tuple[()]] = {}


def _line_quantities(line: str) -> tuple[list[Quantity], _Candidates] | tuple[()]:
    """The quantities of a line (outside a free tier section, with a service), and those of
    them that may be limits as _limit_quantities returns them when it has no bare counts;
    () for a line whose numbers are no limits at all."""
    # A scenario's or story's numbers are the scenario's; the line stays a plain statement.
    # A worked calculation ("6KB -> 2 units x 20 = 40 RCU") computes an answer, states no limit.
    doubted = doubted_from(line)
    if is_story(line) or doubted == 0 or ("=" in line and _CALCULATION.search(line)):
        return ()
    # (the numbers a trailing aside of doubt offers are guesses: "5 <-- maybe 15 now?")
    found = [_one_amount(q) if q.is_range and q.low == q.high else q
             for q in find_quantities(line) if doubted < 0 or q.start < doubted]
    return found, _may_be_limits(found, line)


def _may_be_limits(found: list[Quantity], line: str) -> _Candidates:
    if not found:
        return [], [], {}, {}
    defines = _unit_definitions(found, line)
    quantities = [q for q in found if not _not_a_limit(q, line)][:MAX_PER_LINE]
    # Every number still marks where another quantity's words end, limit or not.
    spans = [(q.start, q.end) for q in quantities]
    # A line holding more quantities than a note line ever does is a dump, not facts to learn.
    # why each is not a limit, asked once: the replacements read it too
    reasons = [not_a_limit(q, line) for q in quantities]
    replaced = _replacements(quantities, reasons)
    quantities = [q for q, why in zip(quantities, reasons, strict=True) if not why]
    if len(quantities) > 1 and "retr" in line.lower():
        quantities = _without_attempts_total(quantities, line)
    return quantities, spans, defines, replaced


_ATTEMPTS = frozenset({"attempts", "attempt", "tries", "try"})
_RETRIES_BEFORE = re.compile(r"\bretr(?:y|ies|ied)\b", re.IGNORECASE)


def _without_attempts_total(quantities: list[Quantity], line: str) -> list[Quantity]:
    """"retries 2 times (3 attempts total)": the attempts restate the retries plus the first
    try; read as a second value of the retries, neither was kept (unsure which is which)."""
    out: list[Quantity] = []
    for q in quantities:
        if (out and q.noun in _ATTEMPTS and out[-1].dimension == "count"
                and out[-1].number is not None and q.number == out[-1].number + 1
                and _RETRIES_BEFORE.search(line, 0, out[-1].start)):
            continue
        out.append(q)
    return out


def _replacements(quantities: list[Quantity], reasons: list[str]) -> dict[int, Quantity]:
    """"256 KB (was, now 1 MB)": by the start of each new value, the old value it replaces
    (`reasons`: not_a_limit of each quantity)."""
    out: dict[int, Quantity] = {}
    if len(quantities) < 2:
        return out  # most lines: one value, which replaces none
    for (old, why), new in zip(zip(quantities, reasons, strict=True), quantities[1:], strict=False):
        if old.dimension == new.dimension and why == OLD_VALUE and new.start - old.end <= 24:
            out[new.start] = old
    return out


def _parents_attribute(service: str, attribute: str) -> str:
    """"DAX or a better key; partition limits 3,000 RCU": DAX has no RCU, its parent
    DynamoDB does (data/sub_services.json)."""
    entry = sub_services().get(service)
    if entry and not entry.subject and entry.parent_attributes is not None \
            and entry.parent_attributes.search(attribute):
        return entry.parents[0]
    return service


def _unit_definitions(found: list[Quantity], line: str) -> dict[int, str]:
    """"1 RCU = 4 KB of strongly consistent reads": what one unit of something is worth, by
    the start of the quantity that gives its worth."""
    defines: dict[int, str] = {}
    for i, a in enumerate(found):
        if a.unit == "count" and a.number == 1 and a.noun and _EQUALS.match(line, a.end):
            worth = next((b for b in found[i + 1:] if b.dimension != "count"), None)
            if worth:
                defines[worth.start] = a.noun
    return defines


def _attribute_near(q: Quantity, line: str, ctx: Context, service: str,
                    spans: list[tuple[int, int]], defines: dict[int, str]) -> str:
    """The setting a quantity is a value of, named by the words near it."""
    # Words that name a quantity sit near it: look only within a window around it.
    lo, hi = max(0, q.start - WINDOW), q.end + WINDOW
    others = [(s - lo, e - lo) for s, e in spans if s != q.start and lo <= s < hi]
    attribute = name_quantity(line[lo:hi], q.start - lo, q.end - lo, q.dimension, service,
                              ctx.ancestors, others, q.noun)
    if q.start in defines and not known(attribute):
        attribute = f"{defines[q.start]} size" if q.dimension == "size" else defines[q.start]
    return attribute


def _with_case(q: Quantity, quantities: list[Quantity], line: str, attribute: str) -> str:
    """The attribute, or the case of it the line says the value holds in."""
    if _totals_a_count(q, quantities, line):
        # "1-10 messages up to 64KB", "25 items, 16 MB total": the size of the whole request
        attribute = "request payload size"
    cond = _condition(line, q, attribute) or _trigger_case(line, q, attribute)
    if cond == UNSURE:
        return ""  # the words naming it are another value's: asked of neither
    if cond.startswith("per ") and cond[4:] in attribute.lower().split():
        cond = ""  # "1 MB per page" is the page size, no "page size (per page)"
    if cond:
        attribute = f"{attribute} ({cond})"
    return attribute


def _retold_as_a_case(q: Quantity, line: str, attribute: str) -> str:
    """"5 s viewer / 30 s origin", "Lambda@Edge: 5 s viewer": a time named only by a trigger's
    case (the word after the value before it, "viewer") or by the edge function's own name is
    its kind of value, in its own case ("duration", then "(origin trigger)"); "" otherwise."""
    if q.dimension == "duration" and _names_triggers(line) \
            and not _TRIGGER_CASE.sub("", _without_names(attribute)).strip() \
            and _trigger_case(line, q, q.dimension):
        return q.dimension
    return ""


def _without_names(attribute: str) -> str:
    """The attribute less the names of parts of services it holds ("l@e viewer": "viewer")."""
    for _, m in reversed(subject_mentions(attribute)):
        attribute = attribute[:m.start] + attribute[m.end:]
    return attribute


def _said_last(line: str, position: int) -> str:
    """The subject (of any service) the line names last before `position`, or ""."""
    mentions = subject_mentions(line[:position])
    return mentions[-1][1].name if mentions else ""


@lru_cache(maxsize=1024)  # a few dozen count nouns, read for every count of every line
def _services_named(noun: str) -> frozenset[str]:
    return frozenset(m.name for m in find_services(noun))


def _limit_subject(q: Quantity, line: str, ctx: Context, service: str, attribute: str) -> str:
    if q.noun and service in _services_named(q.noun):
        return ""  # "5 VPCs per region" counts the service itself, not a subject of it
    subject = bracket_subject(line, q.start, service) or _sentence_operation(line, q.start)
    if subject:
        pass
    elif service == ctx.service:
        near = subject_from_line(subject_near(line, ctx.service, q.start), ctx, service)
        subject = near if near is not None else _unless_named_later(line, q, ctx)
    else:
        subject = subject_near(line, service, q.start) or ""
    subject = subject or _operation_before(line, q.start)
    if subject and (subject.lower() == attribute.lower()
                    or _counted_before(line, q, subject)):
        subject = ""
    return subject


def _counted_before(line: str, q: Quantity, subject: str) -> bool:
    """Is `subject` what an earlier count of the line counts, while `q` counts another thing
    ("20 GSIs, 5 LSIs": the GSIs are the 20's, not the subject of the 5 LSIs)?"""
    if q.dimension != "count" or not q.noun:
        return False
    own = count_head(q.noun.split()[-1]) or (q.noun.split()[-1].lower(),)
    theirs = count_head(subject.split()[-1]) or count_head(subject.split()[-1] + "s")
    if theirs is None or theirs == own:
        return False
    counted = rf"\d[\d,.]*[kKmM]?\s*(?:{re.escape(theirs[0])}|{re.escape(theirs[1])})\b"
    return re.search(counted, line[:q.start], re.IGNORECASE) is not None


# "Max message size is 256 KB; anything bigger, use the SQS Extended Client": what to use past
# a limit, named after it
_PAST_THE_LIMIT = re.compile(r"\b(?:bigger|larger|beyond|exceed\w*|more than (?:that|this)|"
                             r"anything (?:over|above)|(?:not|isn'?t|n't) enough|too small)\b",
                             re.IGNORECASE)
# where a later clause or sentence of the line begins ("..., and reserved concurrency carves
# out a slice": the account's pool before it is no reserved concurrency); a sentence only
# before a capital, so "e.g. " and "approx. " turn nothing
_NEXT_CLAUSE = re.compile(r";|[.!?]\s+(?=[A-Z])"
                          r"|(?i:,\s*(?:and|but|while|whereas|so|if)\b|\bwhereas\b)")


def _unless_named_later(line: str, q: Quantity, ctx: Context) -> str:
    """The line's subject, unless the line names it only after the value, in a later clause
    or as the way past it, and no heading or enclosing item names it: "a function can use up
    to 5 layers; if that's not enough you go container image" (no service named: the subject
    named Lambda) filed the 5 layers under container images, which cannot use layers at all
    (reviewers of unseen82); "256 KB, if you need bigger use the SQS Extended Client" filed the
    service's own limit under the client."""
    subject = ctx.subject
    if not subject:
        return subject
    past = _PAST_THE_LIMIT.search(line, q.end)
    later = _NEXT_CLAUSE.search(line, q.end) if past is None else None
    if past is None and later is None:
        return subject
    mentions = [m for m in find_subjects(line, ctx.service) if m.name == subject]
    if not mentions or any(m.start < q.end for m in mentions):
        return subject
    if past is not None and past.start() < mentions[0].start:
        return ""
    if later is not None and later.start() < mentions[0].start and \
            not any(m.name == subject for text in ctx.ancestors if not _COMPARES.search(text)
                    for m in find_subjects(text, ctx.service)):
        return ""
    return subject


# a lead-in comparing two ("Step Functions Standard ↔ Express"): it names the subject, but
# supplies it to no line under it (each line says which side it is of)
_COMPARES = re.compile(r"\s(?:vs\.?|versus)\s|↔|<->|<=>|⇔", re.IGNORECASE)


def _candidates(q: Quantity, quals: list[str]) -> list[_Candidate]:
    """The facts a quantity may give, one per qualifier; a range gives its bounds too."""
    out: list[_Candidate] = []
    for qual in quals:
        if qual.startswith(_CHANGED):  # a change from a range's low end to its high end
            out.append((qual[len(_CHANGED):], _split_range(q)[1], q.high, None, None))
            continue
        if qual != "range":
            out.append((qual, q.value, q.number, None, None))
            continue
        low, high = _split_range(q)
        out.append(("range", q.value, None, q.low, q.high))
        out.append(("max", high, q.high, None, None))
        if q.default_low:
            out.append(("default", low, q.low, None, None))
        elif q.low and q.unit != "count":
            out.append(("min", low, q.low, None, None))
    return out


# "TransactWriteItems — max 25 items", "BatchGetItem: up to 100 items", "GetRecords 5 calls/s":
# an API operation opening the line is what its numbers are limits of
_OPERATION = re.compile(rf"^[\W_]*({OPERATION_NAME})\b")
_OPERATION_AT = re.compile(r"[\s:]*" + _OPERATION.pattern[len(r"^[\W_]*"):])
_LEAD_MARKS = re.compile(r"[\W_]+")


def _operation_before(line: str, position: int) -> str:
    """The operation a number is a limit of, in a line an operation opens: the last one named
    before it ("BatchGetItem 100 items / 16 MB, BatchWriteItem 25 items": 25 is
    BatchWriteItem's)."""
    first = _operation_subject(line)
    if not first:
        return ""
    later = [name for name in operations_named(line, 0, position)
             if not (find_services(name) or find_subjects(name))]
    return later[-1] if later else first


# a later sentence of the line: "A: up to 25 requests, 16 MB total. BatchGetItem: up to 100 items"
_LATER_SENTENCE = re.compile(r"(?<!\b[eE]\.g)(?<!\b[iI]\.e)[.!?;]\s+(?=[A-Z])")


def _sentence_operation(line: str, position: int) -> str:
    """The operation a later sentence of the line opens with, for a number in that sentence:
    under "Q: BatchWriteItem limits?", "BatchGetItem: up to 100 items" is BatchGetItem's, not
    the question's operation's."""
    start = last_end(_LATER_SENTENCE, line, position) if "." in line or ";" in line else 0
    return _operation_subject(line[start:]) if start else ""


@lru_cache(maxsize=16)  # a function of the line: asked for each of its numbers
def _operation_subject(line: str) -> str:
    m = _OPERATION.match(line)
    if m is None:
        # "DDB BatchWrite 25 items / 16MB": the service's name, then the operation
        opening = find_services(opening_of(line))
        if opening and not _LEAD_MARKS.sub("", line[:opening[0].start]):
            m = _OPERATION_AT.match(line, opening[0].end)
    if not m or m.group(1).endswith(PARAMETER_ENDING):
        return ""
    name = m.group(1)
    if find_services(name) or find_subjects(name):
        return ""  # "CloudWatch", "EventBridge": a service's own name
    return name


_DESCRIPTOR_WORD = re.compile(r"[A-Za-z][\w-]*")
_NOT_DESCRIPTORS = frozenset("""a an the of for to in on at by with is are be can will max
maximum min minimum default def limit per each which when if up than then also only via using
use so do not no all any more most less least about approx approximately eg ie e g i total from
into as within takes take which that it its after ago
até de em por pela pelo hasta jusqu à jeśli""".split())
# (and the bound and link words of other languages)
# matched at a number's end (re.match with a position: no "^", which only matches at 0)
_LABEL_AFTER = re.compile(r"[\s*_`]*\(\s*([A-Za-z][\w-]*)\s*\)")


def _descriptor(line: str, q: Quantity, attribute: str = "") -> tuple[str, str, str]:
    """Words that say which case a value is: the word right after it ("50 MB zipped, 250 MB
    unzipped", "1–5 min (expedited)"), and the label its clause opens with ("bulk within
    48 hours"), each if there is one. A word of the `attribute` the value is of, or its
    short form, is no label ("param standard size = 4 KB, advanced 8 KB" labels the 4 KB
    "standard", as "advanced" labels the 8 KB)."""
    after = ""
    label = _LABEL_AFTER.match(line, q.end)
    if label and label.group(1).lower() not in _NOT_DESCRIPTORS:
        after = label.group(1).lower()
    else:
        for word in _DESCRIPTOR_WORD.findall(_clause_after(line, q.end)):
            if word.lower() not in _NOT_DESCRIPTORS:
                after = word.lower()
                break
    # a label only when the clause is little more than it ("std 4 KB / adv 8 KB", "bulk
    # within 48 hours"): in a longer clause the last word is as likely a verb ("have a 5 s")
    # a "Label: ..." heading the line is not part of the value's clause ("SSM Parameter Store:
    # standard param 4 KB"), nor is a service's name ("Parameter Store standard 4 KB,
    # advanced 8 KB": the fact says its service; read as label words, the tiers were lost)
    clause = _clause_before(line, q.start).rsplit(":", 1)[-1]
    # (unless the name is all the label there is: "Snowcone 8 TB, Snowball Edge 80 TB")
    words = _DESCRIPTOR_WORD.findall(clause)
    if not words or words[-1].lower() not in _THRESHOLDS:
        words = [w for w in _DESCRIPTOR_WORD.findall(blank_services(clause))
                 if not _names_attribute(w, attribute)] or words
    labels = [w.lower() for w in words if w.lower() not in _NOT_DESCRIPTORS]
    phrase = " ".join(w for w in words if w.lower() not in _NOT_DESCRIPTORS and len(w) > 1)
    return (after, labels[0] if labels and len(words) <= 2 else "",
            (phrase if len(words) <= 3 else "") or after)


# a value after these is a threshold the clause sets, not a case's figure ("METRIC RETENTION
# under 60sec datapoints: kept 3hrs": with the attribute's word left out, "metric" labelled the
# 60 s a retention period's of its own, unseen63): its clause's words are kept as written
_THRESHOLDS = frozenset("under over below above beyond past exceeding than".split())


def _names_attribute(word: str, attribute: str) -> bool:
    """Is `word` a word of `attribute` ("size"), or a short form of one ("param")?"""
    lowered = word.lower()
    return len(lowered) >= 3 and any(w.startswith(lowered) for w in attribute.lower().split())


def _shared_label(line: str, q: Quantity, valued: list[Quantity], subject: str) -> str:
    """"gp3: baseline 3,000 IOPS + 125 MiB/s": a value joined by "+", "&" or "/" to the one before
    it shares that one's label ("baseline"), the subject's own name left out."""
    before = next((p for p in valued if p.end <= q.start
                   and line[p.end:q.start].strip(" *_`") in ("+", "&", "/")), None)
    if before is None:
        return ""
    words = [w for w in _descriptor(line, before)[2].split() if w.lower() != subject.lower()]
    return " ".join(words)


def _plain_beside_a_bound(facts: list[Fact], valued: list[Quantity], line: str) -> list[Fact]:
    """"Max storage 64 TiB (most engines), SQL Server 16 TiB", "gp3: baseline 3,000 IOPS, up
    to 16,000 IOPS": a plain value beside a stated bound of the same setting is another case
    of it. Named by the label its clause opens with ("SQL Server", "baseline"); with no label,
    unsure which case it is, it is not asked."""
    if len(facts) < 2:
        return facts  # a value is beside no other bound than its own
    bounds: dict[tuple, set] = {}
    maxima: set[tuple] = set()
    defaults: dict[tuple, set] = {}
    for f in facts:
        if f.qualifier == "default" and f.number is not None:
            defaults.setdefault((f.service, f.subject, f.attribute), set()).add(f.number)
        if f.qualifier in ("max", "min") and f.number is not None:
            bounds.setdefault((f.service, f.subject, f.attribute), set()).add(f.number)
            if f.qualifier == "max":
                maxima.add((f.service, f.subject, f.attribute))
    out: list[Fact] = []
    for f, q in zip(facts, valued, strict=True):
        key = (f.service, f.subject, f.attribute)
        other = bounds.get(key, set()) - {f.number}
        if not f.qualifier and f.kind is Kind.LIMIT and f.number is not None \
                and defaults.get(key, set()) - {f.number} \
                and ((phrase := _descriptor(line, q)[2]) and phrase.lower() not in
                     f.attribute.lower() or not other):
            # "every 30 sec by default, fast option 10 sec": a plain value beside the
            # setting's default is another case of it, named by its clause's label (it was
            # "the interval", 10 s, with the "fast" lost); so beside a bound too ("default
            # 7days in console (1day if create by CLI), max 35days" is no second default)
            if phrase and phrase.lower() not in f.attribute.lower():
                f = Fact(**{**f.__dict__, "attribute": f"{f.attribute} ({phrase})"})
            out.append(f)
        elif f.qualifier or f.kind is not Kind.LIMIT or f.number is None or not other or (
                f.unit == "s" and any(f.number < n for n in other)) or (
                key not in maxima and all(f.number > n for n in other)):
            # (a plain duration below its maximum is the default: infer_defaults; a plain
            # value above the setting's only stated minimum is its top, "timeout of 29 seconds
            # (min 50 ms)", no other case of it)
            out.append(f)
        elif (phrase := _shared_label(line, q, valued, f.subject)
                or _descriptor(line, q)[2]) and phrase.lower() not in f.attribute.lower():
            out.append(Fact(**{**f.__dict__, "attribute": f"{f.attribute} ({phrase})"}))
        else:
            out.append(Fact(**{**f.__dict__, "attribute": ""}))  # left out by the caller
    return out


def _one_value_per_key(facts: list[Fact], valued: list[Quantity], line: str) -> list[Fact]:
    """"gp3: baseline 125 MB/s, up to 1,000 MB/s", "viewer triggers 5 s, while origin triggers
    30 s": one line giving the same setting two values means the words that tell them apart
    were not understood. When each value has its own word right after it ("50 MB zipped,
    250 MB unzipped"), that word tells them apart; otherwise, unsure which is which, the parser
    asks neither: the line stays a plain statement (and no false "your notes disagree")."""
    if len(facts) < 2:
        return facts
    groups: dict[tuple, list[int]] = {}
    for i, f in enumerate(facts):
        groups.setdefault((f.service, f.subject, f.attribute, f.qualifier, f.kind), []).append(i)
    out = list(facts)
    dropped: set[int] = set()
    for members in groups.values():
        if len({(facts[i].number, facts[i].low, facts[i].high) for i in members}) == 1:
            continue
        distinct = len({(facts[i].number, facts[i].low, facts[i].high) for i in members})
        # the word after each value, else the label before it, else its clause's words
        # ("managed policy 6,144 chars; inline on a role 10,240 chars": "inline role"), less
        # those the attribute already says
        for side in (0, 1, 2) if ";" in line else (0, 1):
            words = [_descriptor(line, valued[i], facts[i].attribute)[side]
                     for i in members] if side < 2 \
                else _kinds_said(line, [valued[i] for i in members], facts[members[0]].attribute)
            if all(words) and len(set(words)) == distinct and not any(
                    w in facts[i].attribute.lower().split()
                    for i, w in zip(members, words, strict=True)):
                # one word per member: `words` was built from `members`
                for i, w in zip(members, words, strict=True):
                    told = f"{facts[i].attribute} ({w})"
                    out[i] = Fact(**{**facts[i].__dict__, "attribute": told})
                break
        else:
            dropped.update(members)
    return [f for i, f in enumerate(out) if i not in dropped]


def _kinds_said(line: str, values: list[Quantity], attribute: str) -> list[str]:
    """"managed policy 6,144 chars; inline on a role 10,240 chars": values in clauses of their
    own (after ";"), each clause saying which kind of the thing its value is of (data/cues.json's
    counted_kinds), told apart by those clauses' words less the attribute's ("managed",
    "inline role"); [] where any is not."""
    if len({line.count(";", 0, q.start) for q in values}) < len(values):
        return []
    named = {_singular(w) for w in attribute.lower().split()}
    out = []
    for q in values:
        clause = line[line.rfind(";", 0, q.start) + 1:q.start]
        clause = _TIMESTAMP.sub(" ", clause)  # ("- 00:10:05 - policy size: managed policy")
        first = _FIRST_NUMBER.search(clause)
        clause = blank_services(clause[:first.start()] if first else clause)
        words = [w.lower() for w in _DESCRIPTOR_WORD.findall(clause)
                 if w.lower() not in _NOT_DESCRIPTORS and _singular(w.lower()) not in named]
        if not words or len(words) > 3 or not _KIND_WORD.search(" ".join(words)):
            return []
        out.append(" ".join(words))
    return out


def _singular(word: str) -> str:
    return word[:-3] + "y" if word.endswith("ies") else word.rstrip("s")


_KIND_WORD = whole_words("counted_kinds")
# (only the words before the clause's first number name its value's kind: "advanced: 100,000
# params, 8 KB" is "advanced")
_FIRST_NUMBER = re.compile(r"(?<![A-Za-z])\d")
_TIMESTAMP = re.compile(r"\b\d{1,2}(?::\d{2}){1,2}\b")
_BATCHING = (" (with batching)", " (without batching)")


def _pair_batching(facts: list[Fact]) -> list[Fact]:
    """"300 msg/s, or 3,000 msg/s with batching": when a line says one value holds with
    batching (or without), its other value of the same attribute is the other case."""
    if len(facts) < 2:
        return facts  # (a fact's own attribute, with its case, is not the bare one)
    said: dict[tuple, set[int]] = {}
    for f in facts:
        for k, suffix in enumerate(_BATCHING):
            if f.attribute.endswith(suffix):
                said.setdefault((f.service, f.subject, f.attribute[:-len(suffix)], f.unit),
                                set()).add(k)
    if not said:
        return facts
    out = []
    for f in facts:
        cases = said.get((f.service, f.subject, f.attribute, f.unit))
        if cases and len(cases) == 1 and f.kind is Kind.LIMIT:
            other = _BATCHING[1 - next(iter(cases))]
            f = Fact(**{**f.__dict__, "attribute": f.attribute + other})
        out.append(f)
    return out


_RESTATE_GAP = re.compile(
    r"\s*(?:(?:by |as )?(?:default|def|max(?:imum)?|min(?:imum)?)\b)?\s*[,;(\[]\s*"
    r"(?:range|allowed|configurable|valid|adjustable|settable)?\s*(?:from|between|:)?\s*$",
    re.IGNORECASE)


def _restates(before: Quantity, q: Quantity, line: str) -> bool:
    """A bracketed range or limit right after a value is about the same setting."""
    return (before.dimension == q.dimension
            # (a length is not restated by a count of something else: "3-63 chars, 100
            # buckets per account" took the buckets for a length)
            and not ((before.noun.lower() in _CHARACTERS) != (q.noun.lower() in _CHARACTERS))
            # ("20 GSIs, 5 LSIs": a count of other things is another setting, not this one's
            # bound: the 5 was filed as a count of GSIs, then dropped as clashing with the 20)
            and not _count_other_things(before, q)
            and _RESTATE_GAP.fullmatch(line[before.end:q.start]) is not None
            # ("bulk 5-12 hrs; 90 days min": a bound outside a range is not it again)
            and not _beyond_the_range(q, before, line))


def _count_other_things(before: Quantity, q: Quantity) -> bool:
    """Do two counts each name what they count, and name different things ("20 GSIs" and
    "5 LSIs"; not "10 msgs" and "10 messages", one noun spelt two ways)?"""
    if before.dimension != "count" or not before.noun or not q.noun:
        return False
    heads = [count_head(n.split()[-1]) or (n.split()[-1].lower(),)
             for n in (before.noun, q.noun)]
    return heads[0] != heads[1]


def _totals_a_count(q: Quantity, quantities: list[Quantity], line: str) -> bool:
    if q.dimension != "size" or len(quantities) < 2:
        return False  # (the count must be another quantity of the line)
    before = [p for p in quantities if p.end <= q.start]
    return (q.dimension == "size" and bool(before) and before[-1].dimension == "count"
            and q.start - before[-1].end <= 12
            and (_TOTAL_GAP.fullmatch(line, before[-1].end, q.start) is not None
                 or _TOTAL_AFTER.match(line, q.end) is not None
                 or (_CARRIED.fullmatch(before[-1].noun or "") is not None
                     and _EITHER_GAP.fullmatch(line, before[-1].end, q.start) is not None)))


_SCORE_BEFORE = re.compile(r"(?i)\b(?:i|we|you)\s+(?:only\s+|just\s+)?(?:got|scored|passed\s+with)"
                           r"\s+(?:a\s+|an\s+)?$|\bscored?\s*(?:was|is|of|:|=)?\s*$")


def _not_a_limit(q: Quantity, line: str) -> bool:
    """"1 request can receive ...", "1 vCPU = 1769 MB": a count of one, or the unit of a ratio."""
    if _EQUALS.match(line, q.end) or not q.unit:
        return True  # a ratio's unit, or a number whose unit the note never says
    if _NINES.fullmatch(q.text) and _DIGIT_AT_END.search(line, 0, q.start):
        return True  # "11 9s" counts nines of durability, not seconds
    if _PER_SIZE_AFTER.match(line, q.end):
        return True  # "3 IOPS/GB" is a ratio, not a limit
    if q.dimension == "duration" and not q.qualifier and _AGO_AFTER.match(line, q.end) \
            and not _BOUND_TO_BEFORE.search(line, max(0, q.start - 12), q.start):
        return True  # "Asked 3 years ago", "· 2 days ago": when a post was written, no
        # setting's value ("PITR up to 5 min ago" bounds how recent a restore can be)
    if q.unit == "%" and _SCORE_BEFORE.search(line, max(0, q.start - 24), q.start):
        return True  # "I got 68% on the practice test": the student's score
    return q.unit == "count" and q.number == 1 and not q.qualifier


def infer_defaults(facts: list[Fact]) -> list[Fact]:
    """"Stores 24 hours ... can be raised to a max of 365 days": the plain value is the default.

    Only for durations (retention windows, timeouts) stated on the same or the next line: an
    unqualified duration below a stated maximum for the same key is the default.
    """
    maxima: dict[tuple, list[tuple[float, int]]] = {}
    for f in facts:
        if f.qualifier == "max" and f.number is not None and f.unit == "s":
            maxima.setdefault((f.service, f.subject, f.attribute), []).append((f.number, f.line))
    out = []
    for f in facts:
        # (the key is built only for the few plain durations: most facts are statements)
        if (f.qualifier == "" and f.kind is Kind.LIMIT and f.unit == "s" and f.number is not None
                and any(f.number < n and 0 <= line - f.line <= 1
                        for n, line in maxima.get((f.service, f.subject, f.attribute), []))):
            f = Fact(**{**f.__dict__, "qualifier": "default", "kind": Kind.DEFAULT})
        out.append(f)
    return out


def restated_defaults(facts: list[Fact]) -> list[Fact]:
    """A plain value later in a note that is the default the note stated before for the same
    key is that default again ("vis timeout 30 s" in a summary under "visibility timeout
    default 30 s, max 12 hours" was a limit: a "max" question answered 30 s, and a false
    conflict with the 12 h). Read on the facts the note keeps (a quiz's wrong option, "C.
    default 512 MB", states no default), and not a value before the default: the default's own
    line, said better, is the one kept."""
    defaults: dict[tuple, dict[tuple[float, str], int]] = {}  # a default: its first line
    for f in facts:
        if f.qualifier == "default" and f.kind is Kind.DEFAULT and f.number is not None:
            stated = defaults.setdefault((f.service, f.subject, f.attribute), {})
            stated[(f.number, f.unit)] = min(f.line, stated.get((f.number, f.unit), f.line))
    if not defaults:
        return facts
    out = []
    for f in facts:
        if (f.qualifier == "" and f.kind is Kind.LIMIT and f.number is not None
                and defaults.get((f.service, f.subject, f.attribute), {}).get(
                    (f.number, f.unit), f.line) < f.line):
            f = Fact(**{**f.__dict__, "qualifier": "default", "kind": Kind.DEFAULT})
        out.append(f)
    return out


# compiled once: asked for every number of every line
_ASCII_DIGIT = re.compile(r"[0-9]")
_SYNC_MODE = re.compile(r"\b(a?)sync(?:hronous)?(?:ly)?\b", re.IGNORECASE)
_DEFAULT_AFTER = re.compile(r"^\s*\)?\s*(?:\(\s*default\s*\)|as default|by default)",
                            re.IGNORECASE)
_AS_DEFAULT = re.compile(r"\bas default\b", re.IGNORECASE)
_RANGE_SPLIT = re.compile(r"\s*[–—]\s*|\s+to\s+")
_LEADING_NUMBER = re.compile(r"^[\d.,\s]+")
_UNIT_CHARACTER = re.compile(r"[A-Za-z%/]")
_ONE_OF_PLURAL = re.compile(r"^(1 (?:second|minute|hour|day|week|month|year))s$")
# ("=>" is an arrow; "14 days = MAX" names the value's qualifier, it equates no unit)
_EQUALS = re.compile(r"\s*=(?!>)(?!\s*(?i:max(?:imum)?|min(?:imum)?|default)\b\s*(?:[,;.)]|$))")
_TOTAL_GAP = re.compile(r"\s*(?:up to|max(?:imum)?|of|totall?ing)\s*", re.IGNORECASE)
_TOTAL_AFTER = re.compile(r"\s*total\b", re.IGNORECASE)
# "BatchGetItem 100 items / 16 MB", "10 messages or 256 KB": a cap on what one request carries,
# whichever is reached first; the size is the whole request's, not the items' ("5 layers or
# 250 MB" counts no such thing)
_CARRIED = re.compile(r"items?|messages?|msgs?|records?|entries|entry|events?|rows?|documents?",
                      re.IGNORECASE)
# ("25 items (or 4 MB)": the other cap in brackets)
_EITHER_GAP = re.compile(r"\s*(?:/|\(?\s*\bor\b)\s*(?:up\s+to\s*|max(?:imum)?\s*)?",
                         re.IGNORECASE)
_NINES = re.compile(r"9\s*'?s")
_DIGIT_AT_END = re.compile(r"\d\s*$")
_BOUND_TO_BEFORE = re.compile(r"\b(?:up|down|back)\s+to\s+[~≈]?\s*$", re.IGNORECASE)
_AGO_AFTER = re.compile(r"[\s*_`]*ago\b", re.IGNORECASE)
_PER_SIZE_AFTER = re.compile(r"\s*(?:/|per\s+)(?:[KMGT]i?B)\b", re.IGNORECASE)
