"""Numbers a note line does not state as this fact's limit: the question layer's guard against
misattributed facts (the parser's own fixes live in studycli/extract/).

A line can hold a number that is not the fact's value as a quota, and a question asking it as
one teaches something false:
  - a threshold: "used for messages larger than 256 KB" (256 KB is where the extended client
    starts, not its maximum);
  - an example or a story: "if your stream has 100 active shards", "that would be 450
    concurrent executions", "e.g. 1000 files";
  - a unit's definition: "1 WCU = 1 KB write per second" (what one unit is worth, no limit);
  - a step size: "128MB - 3008MB, 64MB increments" (64 MB is how memory grows, not a memory);
  - a line that never names the measure: "WebSocket API: msg 128 KB, frame 32 KB, connection
    max 2 h, idle 10 min" read as a "retention period" (a table row is exempt: its column
    header names the measure);
  - a contrast: "Kinesis is real-time, delivery (~60 seconds) & Data Firehose in near real
    time": a bare figure on a line that names another service may belong to that one.
Such facts stay searchable; they make no card and no exam question.
"""

from __future__ import annotations

import math
import re
from functools import cache, lru_cache

from studycli.extract.scan import tail_start
from studycli.lazy_regex import lazy_compile
from studycli.model import Fact, Kind

_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
# Words right before a number that make it a threshold rather than a ceiling of this thing.
_THRESHOLD = re.compile(
    r"(?:(?:larger|bigger|greater|more|higher|longer|over|above|exceed(?:s|ing)?)\s+(?:than|that)?"
    r"|(?:^|(?<=\s))>|beyond|past)\s*[~≈]?\s*$", re.IGNORECASE)
# The most characters of a _THRESHOLD match other than spaces (and "*_`~,." and digits,
# which it never holds): "exceeding" + "than" + "≈"; checked by tests/test_parser_tail_window.
_THRESHOLD_LETTERS = 14
# A clause that tells a story or gives an example rather than a rule.
_EXAMPLE = re.compile(
    r"\b(if|e\.?g\.?|for example|for instance|example|suppose|say|imagine|assume|would|"
    r"let'?s say|scenario)\b", re.IGNORECASE)
# "if less than 50 MB" states the ceiling itself, however conditional its wording.
_CEILING = lazy_compile(r"(?:less than|fewer than|under|up to|below|at most|max(?:imum)?|<=?|≤)"
                        r"\s*[~≈]?\s*$", re.IGNORECASE)
# "1 WCU = ", "one RCU is": the number after it is what one unit is worth.
_DEFINITION = re.compile(r"\b(?:1|one)\s+[A-Z]{2,6}s?\s*(?:=|is|equals)\s*[~≈]?\s*$")
# "64MB increments", "1 MB steps": the number is the step between values.
_STEP = re.compile(r"[\d,.]+\s*[A-Za-z/]{0,6}\s*(increments?|steps?|granularity)\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[.;:!?,]\s|\n|—|–|\s-\s|\(")
_SENTENCE_BREAK = re.compile(r"[.;!?](?:\s|$)")
# A sentence's end: a full stop, "!" or "?" and a space (a ";" parts the clauses of one account)
_FULL_STOP = re.compile(r"(?<=[.!?])\s+")


def _positions(fact: Fact, line: str) -> list[int]:
    """Where the value's first number stands in the line (as a whole number)."""
    return [start for start, _end in _spans(fact, line)]


def _spans(fact: Fact, line: str) -> list[tuple[int, int]]:
    m = _NUMBER.search(fact.value)
    if not m:
        return []
    token = m.group(0)
    bare = token.replace(",", "")
    return [(start, start + len(number)) for start, number, plain in _numbers_in(line)
            if number == token or plain == bare]


def value_end(fact: Fact, line: str) -> int:
    """Where the value's first number first ends on the line (as a whole number), or -1."""
    spans = _spans(fact, line)
    return spans[0][1] if spans else -1


# The facts of one line are checked one after another against the same line: its numbers,
# its flattened text and which measures it names are read once per line (a long pasted line
# holds a hundred facts, and reading it again for each made the check quadratic in it).
@lru_cache(maxsize=256)
def _numbers_in(line: str) -> tuple[tuple[int, str, str], ...]:
    return tuple((n.start(), n.group(0), n.group(0).replace(",", ""))
                 for n in _NUMBER.finditer(line))


@lru_cache(maxsize=256)
def _flattened(raw: str) -> str:
    return " ".join(raw.split())


def _clause_before(line: str, pos: int) -> str:
    """The clause the number stands in, up to the number ("e.g., 1000" keeps its "e.g.")."""
    head = line[:pos]
    breaks = [0] + [b.end() for b in _CLAUSE_BREAK.finditer(head)]
    start = breaks[-1]
    if len(head[start:].split()) < 2 and len(breaks) > 1:
        start = breaks[-2]
    return head[start:]


_WINDOW = 80  # characters before a number that can hold what defines it
_SENTENCE_WINDOW = 600  # a sentence is looked for this far back (bounded: linear per number)


def _sentence_span(line: str, pos: int, breaks: re.Pattern[str] = _SENTENCE_BREAK
                   ) -> tuple[int, int]:
    """Where the sentence holding `pos` starts and ends (its closing break included), looked
    for at most _SENTENCE_WINDOW characters either side. `breaks` says what ends a sentence:
    _SENTENCE_BREAK parts clauses at ";" too, _FULL_STOP only at a full stop."""
    low = max(0, pos - _SENTENCE_WINDOW)
    start = max([b.end() for b in breaks.finditer(line, low, pos)], default=low)
    end = breaks.search(line, pos, pos + _SENTENCE_WINDOW)
    return start, end.end() if end else min(len(line), pos + _SENTENCE_WINDOW)


def _sentence(line: str, pos: int) -> str:
    start, end = _sentence_span(line, pos)
    return line[start:end]


def sentence_of_value(fact: Fact, line: str) -> str:
    """The sentence (or ";" clause) of `line` where the fact's value first stands; "" when the
    value's number is not found on it."""
    positions = _positions(fact, line)
    return _sentence(line, positions[0]) if positions else ""


def _words_before(line: str, start: int, at: int) -> str:
    """The words that describe the number at `at`: from the number before it, or from
    `start` (its sentence's start) when none stands between."""
    before = line[start:at]
    numbers = list(_NUMBER.finditer(before))
    return before[numbers[-1].end():] if numbers else before


def _other_service_named(fact: Fact, line: str) -> bool:
    from studycli.services import canonical_service, find_services

    mine = {fact.service}
    subject_service = canonical_service(fact.subject) if fact.subject.strip() else None
    if subject_service:
        mine.add(subject_service)
    return any(m.name not in mine for m in find_services(line))


_TABLE_ROW = re.compile(r"^\s*\||\t|<t[dh]\b|<b>", re.IGNORECASE)


@lru_cache(maxsize=256)
def _is_table_row(line: str) -> bool:
    return _TABLE_ROW.search(line) is not None


@lru_cache(maxsize=1)
def _pattern_sources() -> dict[str, tuple[str, ...]]:
    """Attribute name -> the patterns notes use for it (data/attributes.json), as text: most
    runs look at a few attributes only, so each is compiled when first asked (_patterns_for)."""
    import json

    from studycli.paths import read_data
    from studycli.questions.askable import attribute_base

    try:
        data = json.loads(read_data("attributes.json"))
    except (OSError, ValueError):
        return {}
    out: dict[str, list[str]] = {}
    for a in data.get("attributes", []):
        for p in a.get("patterns", []):
            out.setdefault(attribute_base(a["name"]), []).append(p)
    return {k: tuple(v) for k, v in out.items()}


@cache
def _patterns_for(base: str) -> tuple[re.Pattern, ...] | None:
    """The compiled patterns of one attribute; None when the vocabulary has none (a pattern
    that does not compile is skipped, as if it were not there)."""
    sources = _pattern_sources().get(base)
    if sources is None:
        return None
    out = []
    for p in sources:
        try:
            out.append(re.compile(p, re.IGNORECASE))
        except re.error:
            continue
    return tuple(out)


def names_measure(fact: Fact, line: str) -> bool:
    """The line names what the fact measures: a word of the attribute, or one of the ways
    notes write it (data/attributes.json). Table rows always do (in their header)."""
    if _is_table_row(line):
        # A row's label cells (text without digits, other than the row's service or subject)
        # name its measure; a row with none has it in the header, which the line lacks.
        labels = [c for c in _cells(line) if re.search(r"[A-Za-z]", c) and not re.search(r"\d", c)
                  and not _names_owner(fact, c)]
        return not labels or any(_mentions(fact, label) for label in labels)
    return _mentions(fact, line)


def _cells(line: str) -> list[str]:
    text = re.sub(r"<[^>]+>", " ", line)
    return [c.strip() for c in re.split(r"\||\t", text) if c.strip()]


def _names_owner(fact: Fact, cell: str) -> bool:
    from studycli.questions.stems import has_word
    from studycli.services import canonical_service

    low = cell.lower()
    subject = fact.subject.strip().lower()
    # the row's subject as the row writes it: "S3 Intelligent-Tiering" is "| Intelligent-Tiering |"
    return (canonical_service(cell) is not None
            or bool(subject) and (subject in low or len(low) > 3 and has_word(subject, low))
            or low in ("yes", "no", "n/a", "-", "—"))


def _mentions(fact: Fact, text: str) -> bool:
    from studycli.questions.askable import attribute_base

    base = attribute_base(fact.attribute)
    if _base_mentioned(base, text):
        return True
    # "timout default 3 sec": the parser filed the number under the word the student mistyped
    # (extract/typos.py); the line names the measure as much as if it were spelled right
    from studycli.extract.typos import repaired

    fixed, shifts = repaired(text)
    return bool(shifts) and _base_mentioned(base, fixed)


@lru_cache(maxsize=1024)
def _base_mentioned(base: str, text: str) -> bool:
    patterns = _patterns_for(base)
    if patterns and any(p.search(text) for p in patterns):
        return True
    low = text.lower()
    words = [w for w in re.findall(r"[a-z0-9]+", base) if len(w) > 2]
    return any(w in low or w.rstrip("s") in low for w in words)


def _another_operation_named(fact: Fact, line: str, at: int) -> bool:
    """True when the fact is filed under one API operation and the last operation its sentence
    names before the number is another: "BatchWriteItem limits? up to 25 requests, 16 MB.
    BatchGetItem: up to 100 items" does not make 100 items BatchWriteItem's batch size."""
    from studycli.extract.operations import operations_named  # the parser's own pattern

    mine = set(operations_named(f"{fact.subject} {fact.attribute}"))
    if not mine:
        return False
    start, _ = _sentence_span(line, at)
    named = operations_named(line, start, at)
    return bool(named) and named[-1] not in mine


def said_for_another_operation(fact: Fact) -> bool:
    """True when the line states the fact's number for another API operation than the fact's
    (a corrected fact is judged by its note's number: the keyed one is not on the line)."""
    if fact.number is None:
        return False
    line = _flattened(fact.snippet or "")
    positions = _positions(fact, line)
    return bool(positions) and _another_operation_named(fact, line, positions[0])


def misattributed(fact: Fact) -> bool:
    """True when the note line reads the fact's number as something other than its quota, or
    an invocation mode as its invoker's that the line does not say of it (mode_said_of_invoker:
    one judgement for questions, line caveats and `check`)."""
    if fact.kind == Kind.INVOCATION_MODE:
        return bool(fact.snippet and fact.subject.strip()) and not mode_said_of_invoker(fact)
    if fact.kind not in (Kind.LIMIT, Kind.DEFAULT, Kind.RANGE) or (
            fact.number is None and fact.low is None):
        return False
    if size_counts_another_thing(fact) or counts_another_thing(fact) \
            or _bound_read_as_default(fact):
        return True
    raw = fact.snippet or ""
    line = _flattened(raw)
    if raw.strip() and not names_measure(fact, raw):
        return True
    positions = _positions(fact, line)
    if not positions:
        return False
    # Where the number first stands (where the parser read it) decides threshold and example.
    first = positions[0]
    # (matches end at the number and hold at most _THRESHOLD_LETTERS characters other than
    # spaces: the text before them need not be read, scan.tail_start)
    if (_THRESHOLD.search(line, tail_start(line, first, _THRESHOLD_LETTERS), first)
            and fact.qualifier != "min"):
        return True
    # Only the words right before each number can define a unit ("1 WCU = "): looking at a
    # short window keeps a line that repeats its number thousands of times linear.
    if _STEP.match(line[first:]) or any(_DEFINITION.search(line[max(0, p - _WINDOW):p])
                                        for p in positions):
        return True
    clause = _clause_before(line, first)
    if _EXAMPLE.search(clause) and not _CEILING.search(clause):
        return True
    if _another_operation_named(fact, line, first) or _named_for_another_thing(fact, line, first) \
            or _sentence_of_another_measure(fact, line) or _name_gives_another_value(fact, line):
        return True
    return not fact.qualifier and all(_other_service_named(fact, _sentence(line, p))
                                      for p in positions)


# What a size counted in a number can be made of: a policy's characters, a batch's messages.
# "policy size: 10 groups" (from "a user can be in max 10 groups" on a line of IAM limits) or
# "batch size: 2 calls" counts something no size is made of: the number is another measure's.
_CONTENTS = frozenset("""
character char letter digit word line token byte item message record event entry object file
row document key element operation action point
""".split())  # noqa: SIM905
_COUNTED = re.compile(r"\s*[\d,.]+\s+([A-Za-z]+)\s*")
_SIZE_HEAD = re.compile(r"(?:^|\s)size$")


def size_counts_another_thing(fact: Fact) -> bool:
    """A count asked as a size ("policy size", "batch size") whose value names what it counts,
    and that is nothing a size is made of ("10 groups", "5000 users", "10 batches")."""
    if fact.unit != "count" or not fact.value:
        return False
    m = _COUNTED.fullmatch(fact.value)
    if m is None:
        return False
    from studycli.questions.askable import attribute_base

    head = re.split(r"\s+(?:per|for|with|without|of|in|on)\s+", attribute_base(fact.attribute))[0]
    if not _SIZE_HEAD.search(head):
        return False
    return _singular(m.group(1).lower()) not in _CONTENTS


_BOUND_WORDS = re.compile(r"\b(?:range|min(?:imum)?|max(?:imum)?|up to|between|from|to)\b",
                          re.IGNORECASE)
_DEFAULT_WORD = re.compile(r"\bdefault|\bdflt\b|\bdef\b", re.IGNORECASE)


def _bound_read_as_default(fact: Fact) -> bool:
    """A default whose number the line gives as a range's bound, and nowhere as a default:
    "default session 1 hour, range 15 min up to the role's max" read as a second default of
    15 minutes (asked "your notes give more than one value here: 1 h or 15 min")."""
    if fact.qualifier != "default" or fact.number is None or not fact.snippet \
            or _is_table_row(fact.snippet):  # a row's header names its column's qualifier
        return False
    from studycli.questions.stems import _words_around_value

    before, after = _words_around_value(fact)
    if not _BOUND_WORDS.search(before) or _DEFAULT_WORD.search(f"{before} {after}"):
        return False
    line = _flattened(fact.snippet)
    # "range is 50 ms to 29 seconds (default 29 s)": said as a default where it stands again
    return not any(_DEFAULT_WORD.search(line[max(0, p - 20):p])
                   for p in _positions(fact, line))


# Words a count of tries or a total is said in, whatever the measure calls it ("retries: 3
# attempts", "2 times")
_TRIES = frozenset({"time", "attempt", "try", "tries", "retry", "total", "x"})


def counts_another_thing(fact: Fact) -> bool:
    """A count asked as a number of one thing whose value counts another: "shards: 20
    consumers", "layers: 7 rules" (WAF's "layer 7 rules"), "topics (per topic): 12,500,000
    subscriptions". The question drops the value's noun ("What is the maximum number of shards?
    20"), so it would teach the other thing's count as this one's."""
    if fact.unit != "count" or not fact.value:
        return False
    m = _COUNTED.fullmatch(fact.value)
    if m is None:
        return False
    from studycli.questions.stems import attribute_name, head_noun, is_plural

    asked = head_noun(attribute_name(fact)).lower()
    if not is_plural(asked, counted=True):
        return False
    said = _singular(m.group(1).lower())
    wanted = _singular(asked)
    if said in _TRIES or said[:4] == wanted[:4]:
        return False
    return True


def _singular(noun: str) -> str:
    if noun.endswith("ies") and len(noun) > 4:
        return noun[:-3] + "y"
    if noun.endswith(("ches", "shes", "xes", "sses")):
        return noun[:-2]
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


# Words that may stand before a measure's word without making it another thing's measure
_NOT_A_MODIFIER = frozenset("""
the a an its their your our my this that each every per max maximum min minimum default set
sets setting configurable configured long short total same new old current of and or
""".split())  # noqa: SIM905


# What may stand between a measure's name and its number: "single PUT max 5 GB", "size: 5 GB".
_NAME_TO_NUMBER = re.compile(r"(?:[\s:=*_()\-]|\b(?:max(?:imum)?|min(?:imum)?|up\s+to|is|of|at\s+"
                             r"most|limit|default)\b)*", re.IGNORECASE)


def _name_gives_another_value(fact: Fact, line: str) -> bool:
    """True when the words of the fact's name that the line holds ("single PUT" of "single PUT
    upload size") are followed, wherever they stand, by another number of its unit and never by
    its own: "Object size | max 5 TB<br>single PUT max 5 GB" parsed as "single PUT upload size:
    5 TB", asked (keyed today's 50 TB object size) as the maximum object size in a single PUT,
    which is 5 GB. The number the line puts after the name is the name's."""
    if fact.number is None or fact.kind == Kind.RANGE:
        return False
    from studycli.note_numbers import numbers_with_units

    words = re.findall(r"[A-Za-z0-9/]+", re.sub(r"\([^)]*\)", " ", fact.attribute))
    lowered = line.lower()
    # Only the words that scope the measure ("single PUT" of "single PUT upload size"), without
    # its head noun: a line naming the measure itself ("visibility timeout: default 30s, max
    # 12h") gives its values in the order its qualifiers say, which the parser has read.
    scope = words[:-1]
    for size in range(len(scope), 1, -1):  # the longest run of those words on the line
        for start in range(len(scope) - size + 1):
            run = r"\s+".join(re.escape(w.lower()) for w in scope[start:start + size])
            found = [m.end() for m in re.finditer(rf"\b{run}\b", lowered)]
            if found:
                return _followed_by_others(fact, line, found, numbers_with_units)
    return False


_QUALIFIER_WORD = re.compile(r"\b(default|max(?:imum)?|min(?:imum)?|up\s+to)\b", re.IGNORECASE)


def _qualifiers_said(text: str) -> set[str]:
    return {"default" if w.lower() == "default" else "min" if w.lower().startswith("min")
            else "max" for w in _QUALIFIER_WORD.findall(text)}


# What follows a number that labels it as one case of several ("6 MB sync, 256 KB async", "50 MB
# zipped", "1 day (CLI) / 7 days (console)"): one word, bare or in parentheses, then the end of
# its clause. The number is that case's, a sibling of the fact, not another value of its name.
_CASE_LABEL = re.compile(r"\s*(?:\(\s*([A-Za-z][\w-]*)\s*\)|([A-Za-z][\w-]*))\s*(?=[,;/|<)]|$)")
# Words that may follow a number without labelling a case of it ("5 GB max", "30 s default").
_NO_LABEL = frozenset("max maximum min minimum default each total per limit quota".split())
# The rest of a number's own clause: up to the next number or clause break, so the qualifier
# of the next value ("4 days, max 14 days") is not read as this one's.
_OWN_CLAUSE = re.compile(r"[^,;|<0-9]*")


def _followed_by_others(fact: Fact, line: str, ends: list[int], read) -> bool:
    others = 0
    own_qualified = fact.qualifier in ("max", "min") and _qualifiers_said(
        _around_own_value(fact, line)) == {fact.qualifier}
    for end in ends:
        gap = _NAME_TO_NUMBER.match(line, end)
        start = gap.end() if gap else end
        after = line[start:][:24]
        first = read(after)
        if not first or not after[:1].isdigit() or first[0][1] != fact.unit:
            continue
        past = start + len(first[0][2])
        # a number said to be another bound ("refresh token: default 30 days (60 min - 10
        # years)", "**30 days** default") is that bound's, not a rival of the fact's
        clause = _OWN_CLAUSE.match(line, past)
        said = _qualifiers_said(line[end:start] + " " + line[past:clause.end() if clause else past])
        if said - {fact.qualifier or "max"}:
            continue
        if math.isclose(first[0][0], fact.number or 0, rel_tol=1e-9):
            return False  # the name is followed by the fact's own value somewhere
        label = _CASE_LABEL.match(line, past)
        if label and (label.group(1) or label.group(2)).lower() not in _NO_LABEL:
            continue  # "6 MB sync": one labelled case, the fact is another
        if _range_up_to(fact, line[past:past + 24], read):
            continue  # "5 MB - 5 GB": the low end of the fact's own range
        if own_qualified and not said:
            continue  # "4 days, max 14 days": the line tells the maximum apart by its word
        others += 1
    return others > 0


_RANGE_DASH = re.compile(r"\s*(?:-|\u2013|\u2014|to)\s*", re.IGNORECASE)


def _range_up_to(fact: Fact, text: str, read) -> bool:
    dash = _RANGE_DASH.match(text)
    high = read(text[dash.end():]) if dash else []
    return bool(high) and math.isclose(high[0][0], fact.number or 0, rel_tol=1e-9)


def _around_own_value(fact: Fact, line: str) -> str:
    """The words right around where the line states the fact's own value ("max 14 days",
    "35 days max"): the qualifier said of it, if any."""
    from studycli.note_numbers import numbers_with_units

    for m in re.finditer(r"\d[\d.,]*\s*[A-Za-z]*", line):
        found = numbers_with_units(m.group(0))
        if found and found[0][1] == fact.unit \
                and math.isclose(found[0][0], fact.number or 0, rel_tol=1e-9):
            before = line[max(0, m.start() - 10):m.start()]
            clause = _OWN_CLAUSE.match(line, m.end())
            rest = line[m.end():clause.end() if clause else m.end()]
            return before.rsplit(",", 1)[-1] + " " + rest
    return ""


def _named_for_another_thing(fact: Fact, line: str, at: int) -> bool:
    """True when a stem rule names the measure more narrowly than the note (data/categories.json
    `name`: "the automated backup retention period" for Aurora's "retention period") and the
    note's own sentence names it as another thing's: "binlog retention long enough (we set
    24 h)" is the source MySQL's binlog retention, and was asked as Aurora's minimum automated
    backup retention period (reviewers of unseen40, twice). A word right before the measure's
    first word ("binlog") must be one the rule's name, the subject or the service says."""
    from studycli.questions.askable import UNIT_WORDS, attribute_base
    from studycli.questions.stems import _measure, _rule_for_measure, service_name

    rule = _rule_for_measure("name", *_measure(fact))
    words = re.findall(r"[a-z0-9]+", attribute_base(fact.attribute))
    if rule is None or not words:
        return False
    named = set(re.findall(r"[a-z0-9]+", rule["name"].lower()))
    if not named - set(words):
        return False  # the rule names it as the note does, in other words: nothing is added
    said = " ".join((rule["name"], rule.get("condition", ""), *rule.get("unless", []),
                     fact.attribute, fact.subject, fact.service,
                     service_name(fact.service))).lower()
    # the words that describe this value: from the number before it (or the sentence's start)
    before = _words_before(line, _sentence_span(line, at)[0], at).lower()
    for m in re.finditer(rf"\b([a-z][a-z0-9]*)[\s_-]+{re.escape(words[0])}\b", before):
        word = m.group(1)
        if word in _NOT_A_MODIFIER or word in UNIT_WORDS or len(word) < 3 \
                or word in said or word.rstrip("s") in said:
            continue
        return True
    return False


def _sentence_of_another_measure(fact: Fact, line: str) -> bool:
    """True when the sentence the number stands in names another measure and not the fact's,
    and another sentence of the line names the fact's with a number of its own: "Container
    images up to 10 GB. /tmp is 512 MB by default, configurable to 10,240 MB." gave /tmp the
    images' 10 GB (and the subject "container image"), asked "the maximum ephemeral storage
    (/tmp) for AWS Lambda (container image)" (reviewers of unseen40, three times). A sentence
    that names no measure ("Max = 900 seconds (15 min)." after "Lambda default timeout = 3
    sec.") leaves its numbers to the measure named before it."""
    from studycli.questions.askable import attribute_base

    if _is_table_row(line):
        return False
    base = attribute_base(fact.attribute)
    for at in _positions(fact, line):
        start, end = _sentence_span(line, at, _FULL_STOP)
        if _mentions(fact, line[start:end]):
            return False  # one place the line gives the number names the measure
        if not _names_another_measure(base, _words_before(line, start, at)):
            return False
        rest = line[:start] + " " + line[end:]
        if not any(_NUMBER.search(s) and _mentions(fact, s) for s in _FULL_STOP.split(rest)):
            return False
    return True


def _names_another_measure(base: str, text: str) -> bool:
    """`text` names a measure of the vocabulary other than `base` by its own words ("Container
    images up to" names the container image size): every word of its name but the measure
    noun (size, timeout...). Its looser patterns ("standard" for a parameter tier) match too
    much text that is about nothing."""
    low = text.lower()
    for other in _measure_words():
        if other[0] != base and all(re.search(rf"\b{re.escape(w)}", low) for w in other[1]):
            return True
    return False


@lru_cache(maxsize=1)
def _measure_words() -> tuple[tuple[str, tuple[str, ...]], ...]:
    from studycli.questions.askable import MEASURE_NOUNS

    out = []
    for base in _pattern_sources():
        words = tuple(w for w in re.findall(r"[a-z0-9]+", base)
                      if len(w) > 3 and w not in MEASURE_NOUNS)
        if words:
            out.append((base, words))
    return tuple(out)


def mode_said_of_invoker(fact: Fact) -> bool:
    """An invocation mode the note line says of its invoker: a mode word in one clause with
    the invoker's name. "API GW gives up at 29 s ... Nothing you can do except make the
    function faster or go async" is advice, not how API Gateway invokes Lambda (the parser
    read "API Gateway: asynchronous", and an explanation told the student the line disagreed
    with AWS about it: reviewers of unseen40, twice); "S3 events - to SNS, SQS, Lambda (async)"
    says the async of Lambda, not of SQS. A line with no mode word (a list under a mode's
    heading) is taken at its heading's word."""
    from studycli.mode_said import mode_said_on_line

    return mode_said_on_line(fact.subject, fact.snippet or "")


# A cheat sheet's items, each "Label: ..." ("Savings Plans: commit $/hr ... · Spot: up to 90%
# off, AWS can reclaim with a 2 minute warning"): a Keep note's lines joined with " · ", or a
# line of "; "-parted items.
_SEGMENT_BREAK = re.compile(r"\s·\s|;\s|\n")
_LABEL = re.compile(r"^\s*(?:[-*•]\s*)?([A-Za-z][\w ./&+-]{0,40}?)\s*:\s")


def subject_of_another_item(fact: Fact) -> bool:
    """The fact's subject is the label of another item of its line than the one its value
    stands in: "Spot: ... 2 minute warning" read under the item before it, "Savings Plans",
    was asked "the warning time of a Spot Instance interruption notice for Amazon EC2 (Savings
    Plans)" (reviewers of unseen43, twice). The stem then names no subject."""
    subject = fact.subject.strip().lower()
    line = fact.snippet or ""
    if not subject or fact.number is None or not _SEGMENT_BREAK.search(line):
        return False
    starts = [0] + [m.end() for m in _SEGMENT_BREAK.finditer(line)]
    items = [line[a:b] for a, b in zip(starts, [*starts[1:], len(line)], strict=True)]
    # a number of its own, not the 2 of "EC2"
    mine = [item for item in items
            if any(p == 0 or not item[p - 1].isalnum() for p in _positions(fact, item))]
    if not mine or any(subject in item.lower() for item in mine):
        return False
    labelled = [_LABEL.match(item) for item in mine]
    return all(labelled) and any(
        (m := _LABEL.match(item)) is not None and subject in m.group(1).lower()
        for item in items if item not in mine)
