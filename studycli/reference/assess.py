"""Deciding a note fact's status against the reference.

By key first: the entries with the fact's (service, subject, attribute) are compared by
qualifier and value. Then by claim: an entry's `supported_by` / `contradicted_by` patterns over
the note's own line, for entries of the fact's service. The rules lean to `unknown`:

- numbers compare only in the same canonical unit, within half a percent;
- a note value equal to a `previously` value is `outdated`; a disagreeing value is `outdated`
  when the entry records a change but not the old value, else `wrong`;
- an unqualified number that equals an old maximum (`previously` of the max entry) is outdated,
  even where AWS kept that old maximum as today's default ("SNS msg size 256 KB");
- otherwise an unqualified number ("messages of 256 KB") is current when it equals any value the
  entry family states (max, min, default, a range bound), outdated when it equals an old one, wrong
  only when it lies outside the current bounds, and otherwise unknown (it may be an example);
- a counted noun in the note that the entry does not count ("100 Lambda function invocations"
  against concurrent executions) means the key match is doubtful: unknown;
- free text (error code meanings, plain statements) never becomes `wrong` by key; only a claim
  pattern can say a statement is wrong;
- an unverified entry never flags: it can only make a fact `unknown`.
"""

from __future__ import annotations

import functools
import itertools
import operator
import re
from functools import lru_cache

from studycli.app.clock import today
from studycli.kept import shared_memo
from studycli.model import Kind
from studycli.reference.entry import Assessment, Entry
from studycli.reference.keys import RETIRED, alternatives, fact_key, family, norm_subject
from studycli.reference.line_claims import _required_clauses, _required_words
from studycli.reference.values import close, norm_text, parse_value, words

SEVERITY = {"wrong": 3, "outdated": 2, "current": 1, "unknown": 0}

# Values drawn from a closed set: a different member is a disagreement, not a rewording.
CLOSED_SETS = (
    frozenset({"synchronous", "asynchronous", "event source mapping"}),
    frozenset({"supported", "not supported"}),
)


_TEXT_FIELDS = ("attribute", "kind", "qualifier", "service", "snippet", "subject", "unit",
                "value")
_NUMBER_FIELDS = ("number", "low", "high")


class _F:
    """A fact's fields, from a Fact, a sqlite row dict or any object with those attributes."""

    __slots__ = (
        "attribute",
        "high",
        "kind",
        "low",
        "number",
        "qualifier",
        "service",
        "snippet",
        "subject",
        "unit",
        "value",
    )
    # Declared for the type checker (annotations only: the slots above hold the values).
    number: float | None
    low: float | None
    high: float | None
    attribute: str
    kind: str
    qualifier: str
    service: str
    snippet: str
    subject: str
    unit: str
    value: str

    def __init__(self, fact):
        # No helper called per field: an ingest builds one for every fact. A Fact (every
        # field present) is read in one C call, anything else field by field.
        try:
            values = _FIELDS_OF(fact)
        except AttributeError:
            get = fact.get if isinstance(fact, dict) else functools.partial(getattr, fact)
            values = tuple(get(name, None) for name in _FIELDS)
        attribute, kind, qualifier, service, snippet, subject, unit, value, number, low, high \
            = values  # (assigned one by one: a loop of setattr took three times as long)
        self.attribute = "" if attribute is None else str(attribute)
        self.kind = "" if kind is None else str(kind)
        self.qualifier = "" if qualifier is None else str(qualifier)
        self.service = "" if service is None else str(service)
        self.snippet = "" if snippet is None else str(snippet)
        self.subject = "" if subject is None else str(subject)
        self.unit = "" if unit is None else str(unit)
        self.value = "" if value is None else str(value)
        self.number = None if number is None else float(number)
        self.low = None if low is None else float(low)
        self.high = None if high is None else float(high)


_FIELDS = _TEXT_FIELDS + _NUMBER_FIELDS
_FIELDS_OF = operator.attrgetter(*_FIELDS)


def _claim_status(e) -> str:
    """What a note contradicted by a claim entry is: outdated where AWS changed the fact
    (the entry says when, or what it was before), else wrong (it never was so)."""
    return "outdated" if e.changed or e.previously else "wrong"


def assess(fact, reference=None, day: str | None = None) -> Assessment | None:
    """The status of one note fact; None when no reference entry is about it. Without a
    `reference`, only the files holding the fact's service are read. `day`: today's date
    (app.clock.today), read once by a caller assessing every fact."""
    if reference is None:
        from studycli.reference.loader import load_reference

        f = _F(fact)
        # the subject too: an invoker ("IoT Events") may be a service AWS has retired
        reference = load_reference(services=[f.service, f.subject])
    if not reference.entries:
        return None
    index = reference.index()
    day = day or today()
    # Within kept.work_shared(): each assessment made, by the index, the day and every field
    # assess reads of a fact (nothing else decides it; an Assessment is never changed once
    # made). After an ingest the fact statuses (currency.refresh_currency) and the summary's
    # AWS tally (checking.whole_base) each assess every fact, read from the database twice.
    memo = shared_memo("assess")
    if memo is None:
        return _assess(_F(fact), index, day)
    # A Fact's fields as they are (one C call): equal fields read alike, so they key the
    # same assessment; the _F of a fact assessed already was a third of its second look-up.
    # Anything else is keyed by its fields as _F reads them.
    try:
        seen = (index, day, *_FIELDS_OF(fact))
    except AttributeError:
        f = _F(fact)
        seen = (index, day, f.attribute, f.kind, f.qualifier, f.service, f.snippet,
                f.subject, f.unit, f.value, f.number, f.low, f.high)
    found = memo.get(seen, _UNSEEN)
    if found is _UNSEEN:
        found = memo[seen] = _assess(_F(fact), index, day)
    return found


_UNSEEN = object()


def _assess(f: _F, index, day: str) -> Assessment | None:
    key = _fact_key(f.service, f.subject, f.attribute)
    retired = _retired(key, index, f.snippet)
    if retired is not None:
        return retired
    return _as_of(_history(_decide(f, key, index), f.snippet), day)


def _decide(f: _F, key: tuple[str, str, str], index) -> Assessment | None:
    by_key = _by_key_or_alternatives(f, index)
    if by_key is not None and (
            (by_key.status != "unknown" and _line_about_another_subject(f))
            or (by_key.status in ("outdated", "wrong") and (
                _mode_not_said_of_invoker(f) or _invoker_clause_says(f, by_key.entry.value)))):
        by_key = Assessment("unknown", by_key.entry, "key")
    claims = _claims_on_line(index, key, f.snippet or f.value)
    if by_key is not None and by_key.status == "current":
        # "/tmp 512 MB, fixed, can't change": the number is today's default, but the line
        # also says what AWS changed about that same quantity; that claim is the finding.
        overruled = _same_quantity_claim(f, by_key, claims)
        return overruled or _old_maximum(f, index) or by_key
    if by_key is not None and by_key.status != "unknown":
        return _same_quantity_claim(f, by_key, claims) or by_key
    by_claim = _by_claim(f, key, claims)
    return by_claim or by_key


def _as_of(a: Assessment | None, day: str) -> Assessment | None:
    """An entry whose `changed` is still to come states a change AWS has announced (Developer
    Support discontinued on January 1, 2027): a note on the old side is right until that day,
    so it is `current`, carrying the date (`takes_effect`), and `outdated` from that day on."""
    if a is None or not a.entry.changed or a.entry.changed <= day:
        return a
    return Assessment("current" if a.status == "outdated" else a.status, a.entry, a.how,
                      upcoming=a.status == "outdated", pending=True)


# Pure in the names (the alias tables are data files), and the same for every fact of one
# measure: a dense note states a measure many times, and assess is asked for every fact.
_fact_key = functools.lru_cache(maxsize=65536)(fact_key)
_norm_subject = functools.lru_cache(maxsize=65536)(norm_subject)


@functools.lru_cache(maxsize=8192)
def _subjects_named(text: str, service: str) -> tuple[str, ...]:
    """The names of `service`'s subjects that `text` mentions (services.find_subjects): asked
    for each fact of a line and, in _by_claim, for each entry of the service with a subject."""
    from studycli.services import find_subjects

    return tuple(m.name for m in find_subjects(text, service))


@functools.lru_cache(maxsize=4096)
def _canonical(service: str) -> str:
    from studycli.services import canonical_service

    return canonical_service(service) or service


def _retired(key: tuple[str, str, str], index, snippet: str = "") -> Assessment | None:
    """A fact about a service AWS has ended support for (or one invoking through it) is
    outdated, whatever it says: "IoT Events invokes Lambda asynchronously" no longer holds.
    Only where its line names that service: the parser files a line under the service of the
    lines around it ("document_mongo = DocumentDB" under a QLDB key of an .ini file), and a
    line about DocumentDB teaches nothing about QLDB."""
    service, subject, attribute = key
    retired = index.retired
    if retired.get(service) is None and retired.get(subject) is None:
        return None  # (most facts: their line is not searched for "retired" words below)
    if attribute == RETIRED or (snippet and _SAYS_RETIRED.search(snippet)):
        return None  # a note that says the service is retired ("QLDB is being retired btw")
    for name in (service, subject):
        entry = retired.get(name)
        if entry is not None and (entry.changed or "") <= today() \
                and (not snippet or _line_names(snippet, name)):
            return Assessment("outdated", entry, "retired")
    return None


@functools.lru_cache(maxsize=8192)
def _line_names(snippet: str, service: str) -> bool:
    """Whether `snippet` names `service` (a canonical name, lower-cased), by any alias."""
    from studycli.services import canonical_service, find_services

    return any((canonical_service(m.name) or m.name).lower() == service
               for m in find_services(snippet))


def contradicting_claims(fact, reference) -> list[Assessment]:
    """The verified claim entries of the fact's service (and subject) whose contradicting
    patterns, and no supporting one, match the fact's line: each is a finding about the line
    on its own. `assess` gives one status per fact, and a fact its own entry finds current by
    key ("504 = Gateway Timeout") kept the line's other claim ("29 seconds max for all
    integration types") from being told at all."""
    f = _F(fact)
    if not f.snippet:
        return []
    index = reference.index()
    matching = _claims_on_line(index, _fact_key(f.service, f.subject, f.attribute), f.snippet)
    one_sided = _one_sided(matching, contradicted=True)
    if not one_sided:  # (most facts: the clock is not read, ~5 us a fact of a check)
        return []
    day = today()
    return [a for e in one_sided
            if (a := _as_of(_history(Assessment(_claim_status(e), e, "claim"), f.snippet),
                            day)) is not None and a.status != "unknown"]


def _one_sided(matching: list[tuple[Entry, bool, bool]], contradicted: bool) -> list[Entry]:
    """The verified entries among a line's matching claims (_claims_on_line) whose patterns
    say one thing of it: only contradict it (`contradicted`), or only support it. What the
    line's findings (contradicting_claims) and a fact's own entry (_same_quantity_claim)
    read."""
    return [e for e, supports, contradicts in matching
            if e.verified and (contradicts, supports) == (contradicted, not contradicted)]


def assess_line(entry: Entry, text: str) -> Assessment | None:
    """What a claim entry's patterns say of one whole note line, read without any fact of
    it (studycli/reference/line_claims.py): the status `_by_claim` gives a line that matches,
    as of today; None when neither list matches."""
    supports, contradicts = _matches(entry.supported_by, text), \
        _matches(entry.contradicted_by, text)
    if not supports and not contradicts:
        return None
    if supports and contradicts:
        status = "unknown"
    elif supports:
        status = "current"
    else:
        status = _claim_status(entry)
    return _as_of(_history(Assessment(status, entry, "claim"), text), today())


# A line that opens with the date it records ("- 2015-10 Lambda max timeout 60s -> 5 min",
# "Nov 2017: memory max 3008 MB"): a changelog's entry, true of its day, not the note's claim
# about today. Only a year AWS has had (from 2002 to this one) is a date: "- 2000 - Lambda
# timeout" names the X-Ray port, not a year.
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_DATED = re.compile(
    r"^\W*(?:(?P<year>(?:19|20)\d\d)(?:[-/.](?P<month>0?[1-9]|1[0-2])(?:[-/.]\d\d?)?(?!\d)|"
    r"\s*(?::|\s[-–—]\s))|"
    r"(?P<name>" + "|".join(_MONTHS) + r")[a-z]*\.?\s+(?P<named_year>(?:19|20)\d\d)(?!\d))",
    re.IGNORECASE)
_FIRST_AWS_YEAR = 2002


def _line_date(text: str) -> str | None:
    """The date a line opens with (_DATED), as YYYY or YYYY-MM; None when it opens with none
    or with a number no year of AWS's can be."""
    m = _DATED.match(text)
    if m is None:
        return None
    year = m.group("year") or m.group("named_year")
    if not _FIRST_AWS_YEAR <= int(year) <= int(today()[:4]):
        return None
    if m.group("name"):
        return f"{year}-{_MONTHS.index(m.group('name').lower()[:3]) + 1:02d}"
    return f"{year}-{int(m.group('month')):02d}" if m.group("month") else year


# A dated line that records a change itself: two values of the entry's unit joined by an arrow
# ("1536 MB -> 3008 MB"), or by "to" after a verb of change or "from" ("raised from 3008 MB to
# 10 GB"). A single value beside an arrow is a flow or advice ("S3 -> Lambda, memory max
# 3008 MB", "512 MB -> use EFS for more"), and "now" states the value of the line's day.
_CHANGE_BETWEEN = re.compile(r"->|=>|[→⇒➔]|\bto\b", re.IGNORECASE)
_CHANGE_VERB = re.compile(
    r"\b(?:raised|increased|bumped|extended|doubled|tripled|lowered|reduced|changed|"
    r"went\s+(?:up|down)|grew|from)\b", re.IGNORECASE)
# Words that put the line's value in the past: "2019: Lambda memory max was 3008 MB",
# "(before the 10 GB increase)".
# ("before" / "until" only of a change or a date: "5 min before it is killed" is no history)
_HISTORY_WORDS = re.compile(r"\b(?:was|were|used\s+to|formerly|previously|back\s+then|"
                            r"before\s+(?:the\s+)?(?:[\w.]+\s+){0,3}(?:increase|change|raise|"
                            r"update|launch|bump)\w*|(?:until|till|before)\s+(?:\w{3,9}\.?\s+)?"
                            r"(?:19|20)\d\d)\b", re.IGNORECASE)


def _records_change(text: str, unit: str | None) -> bool:
    """Whether a line records a change of a value of `unit` itself: two of its quantities in
    that unit with an arrow between them, or "to" between them after a verb of change or
    "from" ("raised from 1536 MB to 3008 MB"; "128 MB to 3008 MB" alone is a range)."""
    if not unit:
        return False
    spots = [q.start for q in _same_unit_quantities(text, unit)]
    for first, second in zip(spots, spots[1:], strict=False):
        between = _CHANGE_BETWEEN.search(text[first:second])
        if between is None:
            continue
        if between.group(0).lower() != "to" or _CHANGE_VERB.search(text[:second]):
            return True
    return False


def _history(a: Assessment | None, text: str) -> Assessment | None:
    """An old value on a line dated before AWS changed it (_line_date) is history, not a stale
    claim: no finding. A line dated after the change ("2025: Lambda memory max 3008 MB", a
    study log) still states the old value as that day's: a finding. So is a value that never
    was (`wrong`). Where the entry does not say when AWS changed it, the line's date cannot
    be placed before the change: only a line that records the change itself
    (_records_change: "2017-11 Lambda memory max 1536 MB -> 3008 MB") or puts its value in
    the past (_HISTORY_WORDS: "2019: Lambda memory max was 3008 MB") is history, and a study
    log's "2024-03: Lambda memory max now 3008 MB" is still told."""
    if a is None or a.status != "outdated" or not text:
        return a
    dated = _line_date(text)
    if dated is None:
        # A claim's patterns read the whole line, so its own words may put the old value in
        # the past ("SQL Server: 64 TiB now (16 TB before 2022)"): one check for every claim
        # entry, rather than each pattern's own list of past words. Two values joined by an
        # arrow or "to" are no change on an undated line ("> 100 MB -> multipart upload
        # (required over 5 GB)", "256 KB (Extended Client Library + S3, up to 2 GB)"); a
        # line that names today's value as well is read by the patterns (_by_claim).
        if a.how == "claim" and _HISTORY_WORDS.search(text):
            return Assessment("unknown", a.entry, a.how)
        return a
    changed = a.entry.changed
    if changed:
        # Compared to the line date's own precision: "2018" against a change of 2018-11 may
        # be either side of it, and is read as history.
        if dated > changed[:len(dated)]:
            return a
    elif not _records_change(text, a.entry.unit) and not _HISTORY_WORDS.search(text):
        return a
    return Assessment("unknown", a.entry, a.how)


# A line that itself says its service is gone teaches nothing stale by naming it.
_SAYS_RETIRED = re.compile(
    r"\b(?:end\s*(?:of|-of-)\s*(?:support|life)|eol|retir\w*|discontinu\w*|deprecat\w*|"
    r"sunset\w*|shut\s*down|no\s+longer|closed\s+to\s+new|ended|gone|dead|legacy|"
    r"migrat\w*)\b", re.IGNORECASE)


def retired_line(entry: Entry, text: str) -> Assessment | None:
    """A note line naming a service AWS has retired ("ledger -> QLDB"), whatever service its
    facts are filed under: outdated from the day support ended, unless the line says so."""
    if (entry.changed or "") > today() or _SAYS_RETIRED.search(text):
        return None
    return Assessment("outdated", entry, "retired")


# --- by key -----------------------------------------------------------------------------

def _by_key_or_alternatives(f: _F, index) -> Assessment | None:
    """By key; an attribute naming two quantities with a slash ("ID/access token validity:
    5 min - 1 day") is judged against both: flagged only when both flag it, current when
    either agrees, and not at all unless the reference states both."""
    found = family(index, f.service, f.subject, f.attribute)
    if found:
        return _by_key(f, found)
    names = alternatives(f.attribute)
    if not names:
        return _by_old_value(f, index)
    results: list[Assessment] = []
    for name in names:
        entries = family(index, f.service, f.subject, name)
        judged = _by_key(f, entries) if entries else None
        if judged is None:
            return None
        results.append(judged)
    return min(results, key=lambda a: (_rank(a) if a.flagged else -1, a.status != "current"))


# Attributes that name no measure of their service: a flashcard's "Max size? :: 1 MB.", a
# table row whose measure is in another cell ("Lambda | size | 128 MB up to 3008 MB").
_BARE_MEASURES = frozenset({"size"})


def _by_old_value(f: _F, index) -> Assessment | None:
    """A number filed under a bare attribute (_BARE_MEASURES) that is the old value
    (`previously`) of one measure of its service and today's value of no entry of it, in its
    unit: that measure's old value ("Lambda: 128 MB up to 3008 MB" is memory's old range and
    maximum). A number some entry of the service states today is left alone, whichever
    measure it is of: S3's 5 GB single PUT, /tmp's 512 MB (today's default and minimum, the
    means; so is the old value of two measures whose values today differ. The old value of
    measures AWS raised together to one value (SQS's 256 KB message and request payload, both
    1 MiB now) is told, whichever the size means. Only an outdated finding is told: a bare
    "size" vouches for no current value, and names no measure a value could be wrong of."""
    if f.attribute.strip().lower() not in _BARE_MEASURES or not f.unit:
        return None
    said = [v for v in (f.number, f.high) if v is not None]
    if not said:
        return None
    service, subject, _ = _fact_key(f.service, f.subject, "")
    # by entry id: a measure's default and maximum share one key, and today's default being
    # the old maximum is exactly the case a bare "size" cannot tell apart
    stale: dict[str, Entry] = {}
    now: set[str] = set()
    for key, entries in index.by_service.get(service, []):
        if key[1] not in ("", subject):
            continue
        for e in entries:
            if not e.verified or e.unit != f.unit:
                continue
            if any(close(v, x, e.unit) for v in said for x in (e.number, e.low, e.high)):
                now.add(e.id)
            if any(close(v, p.number, e.unit) or close(v, p.high, e.unit)
                   for v in said for p in previous_values(e)):
                stale[e.id] = e
    # one measure's old value, and today's value of no entry; or the old value of measures
    # AWS raised together to one value (SQS's 256 KB message and request payload are 1 MiB
    # now): whichever the bare "size" means, it is told the same thing
    owners = {_owner_key(e, index) for e in stale.values()}
    if not owners or now or (len(owners) > 1 and len({e.number for e in stale.values()}) != 1):
        return None
    # several owners only when every stale measure has one value today, so any of them judges
    # the line alike; the first by name keeps the finding's entry the same from run to run
    # (a set's order changes with the hash seed)
    judged = _by_key(f, index.by_key.get(sorted(owners)[0], []))
    return judged if judged is not None and judged.status == "outdated" else None


def _owner_key(e: Entry, index) -> tuple[str, str, str]:
    """The key of the measure an entry states: a claim entry restating a keyed measure
    (kinesis.record-size.claim restates kinesis.record-size.max) is that measure's key
    (keys.Index.measures); any other entry's is its own (a family's max and range are one)."""
    from studycli.reference.keys import measure

    stated = index.measures.get(measure(e), []) if e.number is not None else []
    keyed = stated[0] if stated else e
    return _fact_key(keyed.service, keyed.subject, keyed.attribute)


def _by_key(f: _F, family: list[Entry]) -> Assessment | None:
    if not family:
        return None
    verified = [e for e in family if e.verified]
    if not verified:
        return Assessment("unknown", family[0], "key")
    numeric = [e for e in verified if e.number is not None or e.high is not None]
    if f.number is not None or f.high is not None:
        if not numeric:
            return None
        found = _numeric(f, numeric)
        if found is not None and found.flagged and (_doubtful_number(f, found.entry)
                                                     or _states_current(f, found.entry)):
            found = Assessment("unknown", found.entry, "key")
        return found or Assessment("unknown", numeric[0], "key")
    texts = [e for e in verified if e.qualifier == f.qualifier]
    if not texts:
        return None
    results = [_text(f, e) for e in texts]
    # Two entries of one key (two phrasings): agreeing with either one is enough.
    current = [a for a in results if a.status == "current"]
    return current[0] if current else max(results, key=_rank)


def _rank(a: Assessment) -> int:
    return SEVERITY[a.status]


def _numeric(f: _F, entries: list[Entry]) -> Assessment | None:
    entries = [e for e in entries if e.unit == f.unit]
    if not entries or _doubtful_noun(f, entries):
        return None
    by_q: dict[str, Entry] = {}
    for e in entries:
        by_q.setdefault("max" if e.qualifier == "" and e.kind == Kind.LIMIT else e.qualifier, e)
    rng = by_q.get("range")
    if f.high is not None:  # the note states a range
        return _range(f, by_q, rng)
    q = f.qualifier
    if q == "":
        return _unqualified(f, entries, by_q, rng)
    if q in by_q:
        e = by_q[q]
        # "max 90 nodes per cluster" where 90 is the default AWS raises on request stays
        # flagged: its finding says the value is still the default (currency.still_default),
        # and a swapped pair ("retention max 4 days", "default 14 days") is caught too.
        return _scalar(f.number, e.number, e)
    if rng is not None and q in ("max", "min"):
        return _scalar(f.number, rng.high if q == "max" else rng.low, rng)
    return None


def _doubtful_noun(f: _F, entries: list[Entry]) -> bool:
    """A count whose noun the entry never uses ("100 Lambda function invocations" is not a
    number of concurrent executions)."""
    if f.unit != "count":
        return False
    noun = words(re.sub(r"[\d.,–-]+", " ", f.value)) - _GENERIC_NOUNS
    if not noun:
        return False
    known = set()
    for e in entries:
        known |= words(e.value) | words(e.attribute) | {w for p in e.previously for w in words(p)}
    return not (noun & known)


# Words that count anything ("3 times") say nothing about what is counted.
_GENERIC_NOUNS = frozenset({"x", "up", "to", "max", "min", "time", "about", "around"})


# A note value this many times off the current one is more likely another quantity that the
# parser filed under this key ("single PUT max 5 GB" under object size) than a misremembered one.
WRONG_RATIO = 10


def _doubtful_number(f: _F, e: Entry) -> bool:
    """Whether a flag on a number rests on a doubtful key match. An old value the entry lists
    (`previously`) is strong evidence and is never doubted. Otherwise a line with several
    quantities of the fact's unit ("128 MB to 10,240 MB in 1 MB steps") made the parser
    choose which one is which; a number that is not on the line itself cannot be shown to
    the student as the evidence; and a "wrong" value an order of magnitude away from the
    current one is probably a different quantity."""
    note_values: tuple[float | None, ...] = (
        (f.number,) if f.number is not None else (f.low, f.high))
    old = [p for p in previous_values(e)]
    if any(close(v, p.number, f.unit) or close(v, p.high, f.unit) or close(v, p.low, f.unit)
           for v in note_values for p in old):
        return False
    if _said_of_another_service(f) or _another_measure_named(f, e) or _only_others_named(f) \
            or _only_in_an_example_list(f) or _retries_of_a_client(f) \
            or _size_where_another_measure_peaks(f):
        return True
    current = e.number if e.number is not None else e.high
    note = f.number if f.number is not None else f.high
    on_line = _same_unit_quantities(f.snippet, f.unit)
    # Several different quantities: the parser chose which is which. The same quantity
    # written twice ("| 32 KB | 32 KB |", one per column) leaves it no choice, nor do other
    # cells of a table row: their column headers, not the parser, say what they measure.
    in_cell = _in_the_numbers_cell(f, note, on_line)
    if len({(round(q.number or 0, 6), round(q.low or 0, 6), round(q.high or 0, 6))
            for q in in_cell}) > 1 and not _tied_by_max(f, note, in_cell):
        return True
    # The number is not on the note's line (a wrapped sentence, a table cell read through its
    # header): the line shown could not back the finding up.
    if note is None or not any(close(note, q.number, f.unit) or close(note, q.high, f.unit)
                               for q in on_line):
        return True
    if current is None:
        return False
    if e.changed and not e.previously:
        return False  # AWS changed it; big jumps are what changes look like
    low, high = sorted((abs(current), abs(note)))
    # An order of magnitude or more: a note's 300 s beside AWS's 30 s is another setting's
    # value (a grace period read as a health check's interval), not a misremembered one.
    return low == 0 or high / low >= WRONG_RATIO


# A table row: cells between pipes ("| Glacier Deep Archive | 90 days | 12 h std |") or tabs.
_CELL_BREAK = re.compile(r"[|\t]")
# What a cell may say besides its number and still be only that number: a bound word, an
# approximation, punctuation ("max 15 min", "~ 90 days", "up to 7 days.").
_BARE_CELL = re.compile(r"(?:\b(?:max(?:imum)?|min(?:imum)?|default|up\s+to|approx\.?)\b|"
                        r"[\s~≈<>=*_.,:;()-])*", re.IGNORECASE)


def _in_the_numbers_cell(f: _F, note: float | None, on_line: list) -> list:
    """The line's quantities (`on_line`) in the table cell that holds the note's number, where
    the line is a table row whose label (its first cell) names the fact's subject and that
    cell says nothing but the number; all of them otherwise. A student's "| Glacier Deep
    Archive | 90 days | 12 h std, 48 h bulk |" (AWS says 180 days) under "min storage
    duration | retrieval": the row says whose
    the 90 days are, their column what they measure, and the retrieval times beside them are
    no choice the parser made. A row labelled by a measure ("| default timeout | 3 sec | 29
    sec | 30 sec |" under Lambda, API Gateway REST and HTTP API) has its subjects in the
    header, where the parser may have lost one (HTTP API's 30 s filed as API Gateway's
    integration timeout); a cell that names something besides its number ("| Max storage |
    64 TiB | SQL Server 16 TiB |") leaves the choice to the parser: both are read as a line."""
    snippet, unit = f.snippet or "", f.unit
    if note is None or not f.subject or not (snippet.count("|") >= 2 or "\t" in snippet):
        return on_line
    breaks = [-1, *(m.start() for m in _CELL_BREAK.finditer(snippet)), len(snippet)]
    spans = list(itertools.pairwise(breaks))
    label = next((snippet[a + 1:b] for a, b in spans if snippet[a + 1:b].strip()), "")
    # the label names the subject, and not the measure ("origin response timeout" under
    # CloudFront's subject "origin" is the measure, its columns default and max)
    if not any(name.lower() == f.subject.lower()
               for name in _subjects_named(label, _canonical(f.service))) \
            or (words(f.attribute) - words(f.subject)) & words(label):
        return on_line

    def cell(q) -> int:
        return next(i for i, (a, b) in enumerate(spans) if a < q.start < b)

    mine = [q for q in on_line if close(note, q.number, unit) or close(note, q.high, unit)]
    cells = {cell(q) for q in mine}
    for i in cells:
        a, b = spans[i]
        text = snippet[a + 1:b]
        for q in sorted((q for q in on_line if cell(q) == i), key=lambda q: -q.start):
            text = text[:q.start - a - 1] + " " + text[q.end - a - 1:]
        if not _BARE_CELL.fullmatch(text):
            return on_line
    return [q for q in on_line if cell(q) in cells] if cells else on_line


def said_of_another_measure(fact, e: Entry) -> bool:
    """Whether the fact's line gives its number for something else than the entry's measure,
    by the readings that make a flag by key doubtful (_doubtful_number): another service named
    before it ("SSE-KMS -> KMS request quotas ... 5,500 / 10,000 / 50,000 rps" filed as S3's
    request rate), another measure's word ("burst"), a list of examples, a client's retries,
    a size where a rate peaks. reference/suspect.py asks it before calling a number none of
    the values AWS gives for the measure."""
    f = fact if isinstance(fact, _F) else _F(fact)
    if not f.snippet:
        return False
    return _said_of_another_service(f) or _only_others_named(f) \
        or _another_measure_named(f, e) or _only_in_an_example_list(f) \
        or _retries_of_a_client(f) or _size_where_another_measure_peaks(f)


_BARE_NUMBER = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d.,]\d)|(?<![\d.,])\d+(?![\d.,]\d)")


def _states_current(f: _F, e: Entry) -> bool:
    """Whether the fact's line also gives the entry's current value right after naming the
    entry's subject: "io1 / io2: up to 64,000 IOPS (io2 Block Express up to 256,000)" knows
    io2's 256,000, so its 64,000 (filed under io2) is io1's. A count or rate may be written
    bare ("256,000"), another unit only as a quantity of that unit. Only for an entry with a
    subject: a line that gives two values of one measure ("5,000 req/s steady state w/ burst
    of 10,000") may have swapped them."""
    if not e.subject or e.number is None or f.number is None \
            or close(f.number, e.number, e.unit):
        return False
    spots = [q.start for q in _same_unit_quantities(f.snippet, f.unit)
             if close(e.number, q.number, f.unit) or close(e.number, q.high, f.unit)]
    if f.unit in ("count", "per_s") and e.number >= 10:  # a bare "5" is on too many lines
        spots += [m.start() for m in _BARE_NUMBER.finditer(f.snippet)
                  if float(m.group().replace(",", "")) == e.number]
    subject = e.subject.lower()
    return any(subject in f.snippet[max(0, at - 30):at].lower() for at in spots)


# Words that name another quantity of the same unit when they stand right before a number:
# "gp2 burst up to 3,000 IOPS" is the burst, not the volume's maximum of 16,000.
_OTHER_MEASURE = re.compile(r"\b(burst\w*|baseline)\b[^,;|(]{0,16}$", re.IGNORECASE)


def _another_measure_named(f: _F, e: Entry) -> bool:
    """Whether the words right before the fact's number name another quantity than the
    entry's ("burst up to 3,000 IOPS" under the gp2 IOPS maximum)."""
    text = f.snippet or ""
    spots = _fact_spots(f)
    if len(spots) != 1:
        return False
    found = _OTHER_MEASURE.search(text[:spots[0]])
    return found is not None and found.group(1).lower()[:5] not in \
        f"{e.attribute} {e.subject} {e.value}".lower()


# A size after "at" where a rate measure peaks is where that measure peaks, not a size limit:
# "gp2: 3 IOPS per GiB, burst to 3,000, max at 5,334 GiB" (16,000 IOPS are reached at 5,334
# GiB; gp2 volumes go to 16 TiB), "16,000 IOPS @ 5,334 GiB". The word before "at" must be the
# rate measure itself or a word of peaking, and the last measure the line names before it a
# rate, not a size: "max size at 8 TiB", "capped at 16 TiB" or "size limit at 16 TiB" on an
# IOPS line are size limits.
_AT_A_POINT = re.compile(r"(?P<word>[\w/]+)[\s*_]*(?:\bat|@)\s*[~≈]?\s*$", re.IGNORECASE)
_RATE_MEASURE = re.compile(r"\b(?:iops|throughput|mi?b/s|gi?b/s)\b|\bmbps\b", re.IGNORECASE)
_PEAK_WORD = re.compile(r"(?:max(?:imum|e[sd])?|peaks?|peaked|peaking|reach(?:es|ed)?|"
                        r"hits?|out|tops?|topped)", re.IGNORECASE)
_SIZE_MEASURE = re.compile(r"\b(?:size[sd]?|storage|capacity|disk|cap(?:s|ped)?|limit(?:s|ed)?)\b",
                           re.IGNORECASE)


def _size_where_another_measure_peaks(f: _F) -> bool:
    """Whether the fact's size stands right after "at" where a rate measure (IOPS,
    throughput) peaks: the size at which that measure reaches its maximum, not the entry's
    size limit."""
    text = f.snippet or ""
    if f.unit != "B" or not _RATE_MEASURE.search(text):
        return False
    return any(_a_rate_peaks_at(text[:at]) for at in _fact_spots(f))


def _a_rate_peaks_at(before: str) -> bool:
    point = _AT_A_POINT.search(before)
    if point is None:
        return False
    word = point.group("word")
    if _RATE_MEASURE.fullmatch(word):
        return True  # "16,000 IOPS at 5,334 GiB"
    if not _PEAK_WORD.fullmatch(word):
        return False
    rates = [m.end() for m in _RATE_MEASURE.finditer(before, 0, point.start())]
    sizes = [m.end() for m in _SIZE_MEASURE.finditer(before, 0, point.start())]
    return bool(rates) and (not sizes or rates[-1] > sizes[-1])


def _tied_by_max(f: _F, note: float | None, on_line: list) -> bool:
    """Whether the line's own word ties the fact's number to its maximum, so the parser did
    not choose it among the line's quantities: "connection lasts max 24 hours, idle timeout 10
    min" holds one quantity the line calls a maximum, and it is the fact's. (Not a default: a
    line often gives two, "default 7 days (console) / 1 day (CLI)".)"""
    if f.qualifier != "max" or note is None or _names_another_service(f):
        return False
    # "memory 128 MB up to 3008 MB" filed as memory per vCPU: a per-unit measure whose unit the
    # line never names was not read from it
    per = re.search(r"\bper\s+(\w+)", f.attribute, re.IGNORECASE)
    if per and per.group(1).lower() not in f.snippet.lower():
        return False
    named = [q for q in on_line if q.qualifier == "max"]
    return len(named) == 1 and named[0].number is not None \
        and close(note, named[0].number, f.unit)


def _names_another_service(f: _F) -> bool:
    """Whether the fact's line names a service other than the fact's own ("Unlike Fargate,
    Lambda ... up to 6 vCPUs" filed under Fargate): then its maximum may be that service's."""
    from studycli.services import canonical_service, find_services

    mine = _own_names(f)
    return any((canonical_service(m.name) or m.name).lower() not in mine
               for m in find_services(f.snippet))


_DEFAULT_WORD = re.compile(r"\bdefault", re.IGNORECASE)


# What a line says of its number as a setting. "Raised it to 7 days", "I set 30 s": the student
# set that value (it is no limit); "can be extended to 7 days", "configurable", "up to": AWS
# lets the value be set (the line knows it is a setting's, and its number may be the limit).
_CAN_BE = r"(?:can|could|may|might)\s+(?:be|get)\s+"
_SET_BY_STUDENT = re.compile(r"(?<!\bbe )(?<!\bget )\b(?:raised|increased|set|bumped|extended|"
                             r"changed|configured)\s+(?:it\s+|this\s+|that\s+)?to\b", re.I)
_SETTABLE = re.compile(r"\b(?:configurabl\w*|adjustabl\w*|settable|raise[ds]?|raisable|"
                       r"increase[ds]?|up\s+to)\b|" + _CAN_BE +
                       r"(?:set|changed|raised|increased|extended|bumped|configured)\b", re.I)


def _setting(snippet: str) -> str | None:
    """"set" where the line says the student set its number, "settable" where it says only
    that AWS lets the value be set, None where it says neither."""
    if _SET_BY_STUDENT.search(snippet):
        return "set"
    return "settable" if _SETTABLE.search(snippet) else None


def _old_maximum(f: _F, index, found: list[Entry] | None = None) -> Assessment | None:
    """"SNS msg size 256 KB", "Kinesis max record 1 MB" with no qualifier: the old maximum,
    which AWS kept as today's default when it raised the ceiling. It agrees with the default by
    number, but said as the size it is the old limit: outdated under the max entry. A line that
    says "default", or that also gives today's maximum, means the default."""
    if f.qualifier or f.number is None or f.high is not None or _DEFAULT_WORD.search(f.snippet) \
            or _setting(f.snippet) or "|" in f.snippet or "<td" in f.snippet.lower():
        # "configurable", "can be raised": the line knows it is a setting's value; a table
        # row's column header (not on its line) may say "Default": neither is an old maximum
        return None
    if found is None:
        found = family(index, f.service, f.subject, f.attribute)
    top = next((e for e in found
                if e.verified and e.qualifier == "max" and e.unit == f.unit
                and e.number is not None), None)
    if top is None or close(f.number, top.number, f.unit):
        return None
    if not any(close(f.number, p.number, f.unit) or close(f.number, p.high, f.unit)
               for p in previous_values(top)):
        return None
    if any(close(top.number, q.number, f.unit) or close(top.number, q.high, f.unit)
           for q in _same_unit_quantities(f.snippet, f.unit)):
        return None
    return Assessment("outdated", top, "key")


def _line_about_another_subject(f: _F) -> bool:
    """"Glacier Flexible retrieval: Expedited 1-5 min, Standard 3-5 h, Bulk 5-12 h" under a
    Deep Archive row: the fact's subject came from around the line, but the line itself names
    only other subjects of the service, so its number is theirs, and the entry for the fact's
    subject vouches for nothing on it (either way). An invocation fact's subject is the invoking
    service, not a subject of Lambda, so it is not judged here."""
    if not f.subject or not f.snippet or f.kind == Kind.INVOCATION_MODE:
        return False
    service = _canonical(f.service)
    named = {_norm_subject(service.lower(), name) for name in _subjects_named(f.snippet, service)}
    return bool(named) and _norm_subject(service.lower(), f.subject) not in named


def _only_others_named(f: _F) -> bool:
    """Whether the fact's line names another service before the fact's number and never the
    fact's own: "Trigger timeout 5 s (Cognito waits max 5 s, 3 retries)" filed under Lambda
    from the section around it gives Cognito's retries, not Lambda's. (A service named after
    the number, "6 MB (same as lambda sync)", is a comparison, not whose number it is.)"""
    from studycli.services import canonical_service, find_services

    spots = _fact_spots(f)
    if len(spots) != 1:
        return False
    mentions = [((canonical_service(m.name) or m.name).lower(), m.start)
                for m in find_services(f.snippet)]
    mine = _own_names(f)
    return any(at < spots[0] for _, at in mentions) and not {n for n, _ in mentions} & mine


def _mode_not_said_of_invoker(f: _F) -> bool:
    """An invocation mode the parser read off a line that does not say it of the invoker
    ("API GW gives up at 29 s ... make the function faster or go async" is advice): `check`
    called it WRONG against API Gateway's synchronous. The question layer's own judgement, so
    a question's line caveat and `check` never disagree about one line. Only a flagged mode
    is withheld: the judgement reads clauses, and a list after its mode ("sync invocation:
    ALB, Cognito, Lex") names invokers apart from the mode word (22 right shipped facts)."""
    if f.kind != Kind.INVOCATION_MODE or not f.snippet or not f.subject.strip():
        return False
    from studycli.mode_said import mode_said_on_line

    return not mode_said_on_line(f.subject, f.snippet)


def _invoker_clause_says(f: _F, mode: str) -> bool:
    """Whether the clauses of the line that name the invoker (mode_said.invoker_clauses, the
    question layer's split) give the entry's mode and never the fact's: "API GW -> Lambda is
    synchronous. SNS -> Lambda is async (Event)." had SNS filed as synchronous, the first
    clause's mode."""
    if f.kind != Kind.INVOCATION_MODE or not f.snippet or not f.subject.strip():
        return False
    from studycli.extract.invocation import ASYNC, ESM, SYNC, modes_named
    from studycli.mode_said import invoker_clauses

    mine = f.value.strip().lower()
    if mine not in (SYNC, ASYNC, ESM) or mode == mine:
        return False
    # each clause read by the parser's own mode patterns (one reading of a mode word)
    said = [modes_named(c) for c in invoker_clauses(f.subject, f.snippet)]
    return any(mode in s for s in said) and not any(mine in s for s in said)


def _said_of_another_service(f: _F) -> bool:
    """"Lambda trigger must respond in 5 s or Cognito retries 3 times": the line names another
    service right before the fact's measure, so the number is that service's, not the fact's."""
    from studycli.services import find_services

    words = f.attribute.split()
    if not words:
        return False
    head = re.escape(words[0][:5].lower())
    mine = _own_names(f)
    return any(m.name.lower() not in mine
               and re.match(rf"\s+{head}", f.snippet[m.end:].lower()) is not None
               for m in find_services(f.snippet))


def _only_in_an_example_list(f: _F) -> bool:
    """Whether the line names the fact's service only inside a parenthesised list of three
    services or more: "Async invocations (S3, SNS, EventBridge) are retried for up to 6 hours"
    lists what invokes a function asynchronously; the 6 hours are Lambda's event age, not
    EventBridge's retry policy."""
    from studycli.services import canonical_service, find_services

    text = f.snippet or ""
    mentions = find_services(text)
    mine = _own_names(f)
    own = [m for m in mentions if (canonical_service(m.name) or m.name).lower() in mine]
    if not own:
        return False
    for m in own:
        opened, closed = text.rfind("(", 0, m.start), text.find(")", m.end)
        if opened < 0 or closed < 0 or ")" in text[opened:m.start]:
            return False
        if sum(opened < x.start and x.end <= closed for x in mentions) < 3:
            return False
    return True


# A client's own retries: "default 3 retries for most SDKs, 10 for DynamoDB in JS SDK v2" is
# the SDKs' retry count, not Lambda's under whose heading the line stands.
_CLIENT = re.compile(r"\b(?:sdks?|boto3?|botocore|aws\s+cli)\b", re.IGNORECASE)
_RETRY_WORD = re.compile(r"retr|attempt", re.IGNORECASE)


_CLAUSE_END = re.compile(r"[.;,()\[\]]\s|[;()\[\]]")


def _retries_of_a_client(f: _F) -> bool:
    """Whether a retry count is said of an SDK or the CLI: the client is named in the clause of
    the count and the fact's own service is not. "Lambda async: 3 retries then DLQ (set in
    the SDK or console)" names the SDK in another clause: the count is Lambda's."""
    if _RETRY_WORD.search(f.attribute) is None:
        return False
    from studycli.services import canonical_service, find_services

    text = f.snippet or ""
    spots = _fact_spots(f)
    clause = text  # the count not found on the line: the whole line is its clause
    if len(spots) == 1:
        start = max((m.end() for m in _CLAUSE_END.finditer(text, 0, spots[0])), default=0)
        end = _CLAUSE_END.search(text, spots[0])
        clause = text[start:end.start() if end else len(text)]
    mine = _own_names(f)
    named = {(canonical_service(m.name) or m.name).lower() for m in find_services(clause)}
    return _CLIENT.search(clause) is not None and not named & mine


def _own_names(f: _F) -> set[str]:
    """The fact's service and its subject's canonical name, lower-cased: the names a line may
    give without being about another service."""
    from studycli.services import canonical_service

    return {f.service.lower(), (canonical_service(f.subject) or f.subject).lower()}


def _fact_spots(f: _F) -> list[int]:
    """Where the fact's number (or its range's high end) stands on its line."""
    return [q.start for q in _same_unit_quantities(f.snippet or "", f.unit)
            if close(f.number, q.number, f.unit) or close(f.high, q.high, f.unit)]


def _same_unit_quantities(snippet: str, unit: str) -> list:
    return [q for q in _line_quantities(snippet) if q.unit == unit]


# The line _line_quantities last read and its quantities: the facts of one line come one after
# another, and a long pasted line's hundred facts had it read a hundred times.
_LAST_QUANTITIES: list = [None, ()]


def _line_quantities(snippet: str) -> tuple:
    """find_quantities of a line (frozen quantities, so shared), read once for its facts."""
    if _LAST_QUANTITIES[0] != snippet:
        from studycli.extract.quantities import find_quantities

        _LAST_QUANTITIES[:] = [snippet, tuple(find_quantities(snippet))]
    return _LAST_QUANTITIES[1]


def _scalar(note: float | None, current: float | None, e: Entry) -> Assessment | None:
    if note is None or current is None:
        return None
    if close(note, current, e.unit) or _as_displayed(note, current, e):
        return Assessment("current", e, "key")
    if any(close(note, p.number, e.unit) for p in previous_values(e) if p.number is not None):
        return Assessment("outdated", e, "key")
    return Assessment("outdated" if e.changed and not e.previously else "wrong", e, "key")


def _as_displayed(note: float, current: float, e: Entry) -> bool:
    """A note that writes the entry's own display value agrees with it, even where the
    display rounds ("50 TB" for 48.8 TiB): the student wrote what AWS writes."""
    shown = parse_value(e.value, e.unit)
    if shown is None or shown.unit != e.unit:
        return False
    if current == e.number:
        return close(note, shown.number, e.unit)
    return (current == e.high and close(note, shown.high, e.unit)) or \
        (current == e.low and close(note, shown.low, e.unit))


def _range(f: _F, by_q: dict[str, Entry], rng: Entry | None) -> Assessment | None:
    if rng is not None:
        if close(f.low, rng.low, f.unit) and close(f.high, rng.high, f.unit):
            return Assessment("current", rng, "key")
        for p in previous_values(rng):
            if p.high is not None and close(f.low, p.low, f.unit) and close(f.high, p.high, f.unit):
                return Assessment("outdated", rng, "key")
        return _by_high_end(_scalar(f.high, rng.high, rng), _scalar(f.low, rng.low, rng))
    if "max" not in by_q:
        return None
    high = _scalar(f.high, by_q["max"].number, by_q["max"])
    low = _scalar(f.low, by_q["min"].number, by_q["min"]) if "min" in by_q else None
    return _by_high_end(high, low)


def _by_high_end(high: Assessment | None, low: Assessment | None) -> Assessment | None:
    """A range is judged by its high end. Notes write "3 (default) – 900 s" or "0–12 h" for
    what is really a default or a maximum, so a low end that alone disagrees is no finding."""
    if high is None or high.status != "current":
        return high
    return high if low is None or low.status == "current" else None


def _unqualified(f: _F, entries: list[Entry], by_q: dict[str, Entry],
                 rng: Entry | None) -> Assessment | None:
    number = f.number
    assert number is not None  # assess: a note that states no range states a number
    for e in entries:
        if any(close(f.number, v, f.unit) for v in (e.number, e.low, e.high)):
            return Assessment("current", e, "key")
    for e in entries:
        if any(close(f.number, p.number, f.unit) or close(f.number, p.high, f.unit)
               for p in previous_values(e)):
            # "retention raised to 7 days": a value the student set, not the limit
            return None if _setting(f.snippet) == "set" else Assessment("outdated", e, "key")
    top = by_q.get("max") or rng
    if top is not None:
        top_value = top.number if top.number is not None else top.high
        if top_value is not None and number > top_value:
            return _scalar(number, top_value, top)
    bottom = by_q.get("min") or rng
    if bottom is not None:
        bottom_value = bottom.number if bottom.number is not None else bottom.low
        if bottom_value is not None and number < bottom_value:
            return _scalar(number, bottom_value, bottom)
    return None


def previous_values(e: Entry):
    """The entry's old values (`previously`) read in its unit: what assess compares a note's
    number with, and what currency.still_default finds on a line judged by its text alone."""
    for text in e.previously:
        p = parse_value(text, e.unit)
        if p is not None and (p.unit == e.unit or not p.unit):
            yield p


# --- text values --------------------------------------------------------------------------

def _text(f: _F, e: Entry) -> Assessment:
    note, now = norm_text(f.value), norm_text(e.value)
    if f.kind == Kind.ERROR_CODE:
        return Assessment(_meaning_agrees(f.attribute, f.value, e.value), e, "key")
    if note == now or (note and now and (note in now or now in note) and
                       not _different_members(note, now)):
        return Assessment("current", e, "key")
    if any(norm_text(p) == note for p in e.previously):
        return Assessment("outdated", e, "key")
    if _different_members(note, now):
        if _names_member(f.snippet, now):
            # The line also says what AWS says ("sync, or async, or polled"): it is a list of
            # the options, not a claim about this one.
            return Assessment("unknown", e, "key")
        return Assessment("outdated" if e.changed and not e.previously else "wrong", e, "key")
    return Assessment("unknown", e, "key")


# The standard reason phrase of each HTTP status code that notes name by phrase. A meaning that
# gives another code's phrase ("503 = Gateway Timeout") confuses two codes, whatever words it
# shares with the entry ("target", "service").
REASON_PHRASES = {"400": "bad request", "403": "forbidden", "404": "not found",
                  "405": "method not allowed", "413": "payload too large",
                  "429": "too many requests", "500": "internal server error",
                  "502": "bad gateway", "503": "service unavailable", "504": "gateway timeout"}
# Phrases that may stand in another code's meaning for good reason are not taken as a confusion:
# API Gateway answers 403 for a path it does not find, and S3's 503 SlowDown is "too many
# requests".
_NOT_CONFUSING = frozenset({"not found", "forbidden", "too many requests"})


def _meaning_agrees(code: str, note_meaning: str, entry_meaning: str) -> str:
    """An error code's meaning is free text, so it is never called wrong: `current` when it gives
    the code's own reason phrase, or shares a word with the entry's meaning and names no other
    code's phrase; else `unknown`."""
    note = f" {norm_text(note_meaning)} "
    own = REASON_PHRASES.get(code.strip())
    if own and f" {own} " in note:
        return "current"
    if any(f" {phrase} " in note for c, phrase in REASON_PHRASES.items()
           if c != code.strip() and phrase != own and phrase not in _NOT_CONFUSING):
        return "unknown"
    shared = (_meaning_words(note_meaning) & _meaning_words(entry_meaning)) - _STOP
    return "current" if shared else "unknown"


_CAMEL_HUMP = re.compile(r"(?<=[a-z])(?=[A-Z])")


def _meaning_words(text: str) -> set[str]:
    """Words of an error meaning, AWS's CamelCase error names read as words too: a note's
    "503 SlowDown" gives the meaning AWS words as "Slow Down", and "AccessDenied" is
    "Access Denied"."""
    return words(text) | words(_CAMEL_HUMP.sub(" ", text))


def _names_member(snippet: str, member: str) -> bool:
    words_ = norm_text(snippet).split()
    target = member.split()
    return any(words_[i:i + len(target)] == target for i in range(len(words_)))


def _different_members(a: str, b: str) -> bool:
    return a != b and any(a in s and b in s for s in CLOSED_SETS)


_STOP = frozenset({"a", "an", "the", "of", "or", "and", "to", "is", "on", "in", "for", "error",
                   "exception", "request", "by", "api", "gateway"})


# --- by claim pattern ---------------------------------------------------------------------

@lru_cache(maxsize=4096)
def _compiled(pattern: str) -> re.Pattern | None:
    try:
        return re.compile(pattern, re.IGNORECASE)
    except re.error:
        return None  # the schema test reports it; a broken pattern never matches


def _matches(patterns: tuple[str, ...], text: str) -> bool:
    return bool(patterns) and _matches_once(patterns, text)


# Every fact of a line is checked against the same entries with the same text (its line): a
# long pasted line holding a hundred numbers had each pattern scan it a hundred times.
@lru_cache(maxsize=1024)
def _matches_once(patterns: tuple[str, ...], text: str) -> bool:
    # A pattern is not searched on a line that lacks a word of one of its sets of needed
    # words (line_claims._required_clauses: every match holds one of each, as the line
    # reads case-blind): a substring test costs well under a microsecond where a search of a
    # claim pattern cost ~10 us (some 6,400 searches of a shipped-notes ingest's check, most
    # of them finding nothing; with one set alone, every Lambda line met "lambda").
    holds = None  # the folded line's `in`, bound once (map calls it in C: no frame a word)
    for p in patterns:
        clauses = _required_clauses(p)
        if clauses is not None:
            if holds is None:
                holds = _folded(text).__contains__
            if not _holds_each(holds, clauses):
                continue
        rx = _compiled(p)
        if rx is not None and rx.search(text):
            return True
    return False


def _holds_each(holds, clauses: tuple[frozenset[str], ...]) -> bool:
    """Whether the line (`holds`: its folded text's `in`) holds a word of each set."""
    for needed in clauses:
        if not any(map(holds, needed)):
            return False
    return True


# The index _claims_on_line last answered for, its answers, its services' prefilters, and
# the line the prefilters last read with what each said of it: every fact of one line and one
# (service, subject) meets the same claim entries with the same text, whatever its value, and
# every fact of one line and one service the same prefilter (a long pasted line's facts under
# a dozen subjects had it scan the whole line a dozen times).
_LINE_CLAIMS: list = [None, {}, {}, [None, {}]]


def forget_line_claims() -> None:
    _LINE_CLAIMS[:] = [None, {}, {}, [None, {}]]


def _claims_on_line(index, key: tuple[str, str, str], text: str) -> list[tuple[Entry, bool, bool]]:
    """(entry, supports, contradicts) for each claim entry of the key's service that is about
    the key's subject (or that `text` names the subject of) and whose patterns match `text`
    either way, in the index's order. Kept for the last index asked about (one reference)."""
    if _LINE_CLAIMS[0] is not index or len(_LINE_CLAIMS[1]) >= 65536:
        _LINE_CLAIMS[:] = [index, {}, {}, [None, {}]]
    memo, prefilters, last_line = _LINE_CLAIMS[1], _LINE_CLAIMS[2], _LINE_CLAIMS[3]
    found = memo.get((key[0], key[1], text))
    if found is None:
        entries = index.claims_by_service.get(key[0], [])
        if key[0] not in prefilters:
            needed = _prefilter_words(entries)
            # where every pattern needs a word, the words alone rule a line out: no
            # alternation of the patterns is built (_prefilter_meets)
            prefilters[key[0]] = (None, frozenset(), needed) if needed is not None \
                else (*_prefilter(entries), None)
        prefilter, always, needed = prefilters[key[0]]
        if not text:
            found = []
        elif needed is not None:
            found = _claims_matching(key, entries, text) \
                if _prefilter_meets(last_line, key[0], None, text, needed) else []
        elif prefilter is None or _prefilter_meets(last_line, key[0], prefilter, text):
            found = _claims_matching(key, entries, text)
        else:  # no other entry's pattern matches the line
            found = _claims_matching(key, [e for e in entries if id(e) in always], text)
        memo[(key[0], key[1], text)] = found
    return found


def _prefilter_meets(last_line: list, service: str, prefilter: re.Pattern | None, text: str,
                     needed: tuple[str, ...] | None = None) -> bool:
    """Whether the service's prefilter matches `text`, searched once per line and service
    (`last_line`: the line last asked about, what each service's prefilter said of it, and
    the line as the patterns' words are written, _folded). Where each of the service's
    patterns needs a word (`needed`, _prefilter_words), the words alone decide: a line
    holding none of them cannot match, and one holding some has its patterns tried each
    behind its own words (_matches_once), which rules a pattern out in a microsecond where
    this search of the long alternation took 0.1-0.2 ms a line and service. The alternation
    is built and searched only where some pattern needs no word (the shipped notes' fact
    statuses: 230 -> 200 ms in a new process, 56 -> 45 ms once warm; the same rows)."""
    if last_line[0] != text:
        last_line[:] = [text, {}, _folded(text)]
    said = last_line[1]
    if service not in said:
        low = last_line[2]
        said[service] = any(w in low for w in needed) if needed is not None \
            else prefilter is not None and prefilter.search(text) is not None
    return said[service]


@lru_cache(maxsize=4096)  # each line again for every claim entry its facts meet
def _folded(text: str) -> str:
    """line_claims.folded: the line as re.IGNORECASE reads it, as the patterns' words are
    written."""
    if text.isascii():
        return text.lower()
    from studycli.reference.line_claims import folded

    return folded(text)


def _prefilter_words(entries: list[Entry]) -> tuple[str, ...] | None:
    """Every word of which each pattern of `entries` needs one to match a line (lower-case;
    line_claims._required_words), or None when a pattern needs none of 3 characters (a line
    must then be searched). A substring test costs microseconds where the prefilter's search
    of a long alternation cost a tenth of a millisecond per line and service."""
    out: set[str] = set()
    for e in entries:
        for p in (*e.supported_by, *e.contradicted_by):
            words = _required_words(p)
            if words is None:
                return None
            out |= words
    return tuple(sorted(out))


def _prefilter(entries: list[Entry]) -> tuple[re.Pattern | None, frozenset[int]]:
    """A pattern that matches a line wherever a pattern of `entries` does, and the entries
    (by id) whose patterns it cannot stand in for, which are always tried."""
    always = frozenset(id(e) for e in entries
                       if any(_NOT_A_BRANCH.search(p) for p in (*e.supported_by,
                                                                *e.contradicted_by)))
    return _any_pattern(tuple(p for e in entries if id(e) not in always
                              for p in (*e.supported_by, *e.contradicted_by))), always


# What a pattern's meaning depends on beyond itself (a group's number, a global flag): such a
# pattern cannot be one branch of a larger alternation.
_NOT_A_BRANCH = re.compile(r"\\[1-9]|\(\?P=|\(\?\(|\(\?[aiLmsux]+\)")


def _any_pattern(patterns: tuple[str, ...]) -> re.Pattern | None:
    """One pattern that matches where any of `patterns` does (each as _compiled compiles it),
    to rule a line out at once; None when no such pattern can be built (then every entry is
    tried). A pattern that does not compile never matches, so it is left out. Each pattern
    stands in by its trigger (_trigger): the whole pattern is compiled only for a line its
    trigger matches."""
    if any(_NOT_A_BRANCH.search(p) for p in patterns):
        return None
    if not patterns:
        return re.compile(r"(?!)")  # nothing can match
    try:
        return re.compile("|".join(f"(?:{_trigger(p)})" for p in patterns), re.IGNORECASE)
    except re.error:  # a pattern that does not compile: build from those that do
        good = tuple(p for p in patterns if _compiled(p) is not None)
        if good == patterns:
            return None
        return _any_pattern(good)


def _trigger(pattern: str) -> str:
    """What a line must match for `pattern` to match it: `pattern` without its leading
    line-wide lookaheads ("^(?!.*now).*java only" matches only where "java only" does). The
    lookaheads only narrow a match, and scanning each line of a service at every offset for
    "now", "was" and the like, once per such pattern, made the prefilter an ingest's costliest
    step."""
    if not pattern.startswith("^"):
        return pattern
    at = 1
    while pattern.startswith(("(?!", "(?="), at):
        end = _group_end(pattern, at)
        if end is None:
            return pattern
        at = end
    rest = pattern[at:]
    if rest.startswith(".*") and not rest.startswith((".*?", ".*+", ".**", ".*{")):
        rest = rest[2:]
    return rest or pattern


def _group_end(pattern: str, start: int) -> int | None:
    """The index after the parenthesis that closes the group opening at `start`, skipping
    escapes and character classes; None when it is not closed."""
    depth, i, n = 0, start, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i += 1
            if i < n and pattern[i] == "^":
                i += 1
            if i < n and pattern[i] == "]":
                i += 1
            while i < n and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return None


def _claims_matching(key: tuple[str, str, str], entries: list[Entry],
                     text: str) -> list[tuple[Entry, bool, bool]]:
    out: list[tuple[Entry, bool, bool]] = []
    for e in entries:
        if e.subject and _norm_subject(key[0], e.subject) != key[1] \
                and not _names_subject(text, e):
            continue
        supports, contradicts = _matches(e.supported_by, text), _matches(e.contradicted_by, text)
        if supports or contradicts:
            out.append((e, supports, contradicts))
    return out


def _by_claim(f: _F, key: tuple[str, str, str],
              matching: list[tuple[Entry, bool, bool]]) -> Assessment | None:
    """The most severe status the line's matching claims give this fact (_claims_on_line)."""
    best: Assessment | None = None
    for e, supports, contradicts in matching:
        # a line both lists match is undecided (as assess_line reads it), whether or not its
        # support vouches for this fact's own number: "SQL Server: 64 TiB now (16 TB before
        # 2022)" knows today's value
        line_says_both = supports and contradicts
        if supports and not _claim_vouches_for(f, e):
            supports = False
        if contradicts and (_another_measure_than_claimed(f, e)
                            or _another_number_than_claimed(f, e) or _outside_the_claim(f, e)):
            contradicts = False
        if not supports and not contradicts:
            continue
        if not e.verified or (supports and contradicts) or (contradicts and line_says_both):
            status = "unknown"
        elif supports:
            status = "current"
        else:
            status = _claim_status(e)
        found = Assessment(status, e, "claim")
        if best is None or SEVERITY[status] > SEVERITY[best.status]:
            best = found
    return best


def _same_quantity_claim(f: _F, by_key: Assessment,
                         matching: list[tuple[Entry, bool, bool]]) -> Assessment | None:
    """What a line's words say of the measure whose entry judged the fact by key, when they
    say otherwise: a verified claim entry of the same measure (service, subject, attribute)
    whose patterns only contradict the line overrules a current number ("/tmp 512 MB, fixed":
    512 MB is today's default, "fixed" the pre-2022 rule), and one whose patterns only
    support it leaves a flagged number undecided ("min 60 s buffer interval unless zero
    buffering": the line knows today's zero minimum)."""
    mine = by_key.entry
    if by_key.status == "current":
        for e in _one_sided(matching, contradicted=True):
            if _same_measure(e, mine) and not _another_measure_than_claimed(f, e) \
                    and not _another_number_than_claimed(f, e) and not _outside_the_claim(f, e):
                return Assessment(_claim_status(e), e, "claim")
    elif by_key.flagged and any(_same_measure(e, mine)
                                for e in _one_sided(matching, contradicted=False)):
        return Assessment("unknown", mine, "key")
    return None


def _same_measure(a: Entry, b: Entry) -> bool:
    return (a.service, a.subject, a.attribute) == (b.service, b.subject, b.attribute)


# Words in a fact's attribute that name a measure other than a maximum: gp3's "throughput
# (baseline)" is what every volume gets, not how far it goes.
_NOT_A_MAXIMUM = re.compile(r"\b(?:baseline|burst\w*|min(?:imum)?|default)\b", re.IGNORECASE)

# A note's qualifier and the entry qualifiers that state that same measure (a maximum may be
# written as an unqualified limit, a range holds both of its ends, and a quota table's
# "default" column gives the quota itself: "Inflight messages (FIFO) | 20,000" is the maximum).
_SAME_ROLE = {"max": {"max", "", "range"}, "min": {"min", "range"},
              "default": {"default", "", "max"}, "range": {"range", "min", "max"}}


def _another_measure_than_claimed(f: _F, e: Entry) -> bool:
    """Whether an entry whose claim the line contradicts states another measure than this
    fact's number, so the line's finding is not this fact's: "gp3: baseline 3,000 IOPS / 125
    MB/s, up to 16,000 IOPS" contradicts the old 16,000 IOPS maximum, not the 125 MB/s
    baseline throughput beside it. A number of another dimension than the entry's (a
    throughput under an IOPS entry), a baseline or burst (or a minimum, a default named in
    the attribute) under a maximum, and a note's maximum under a minimum are other measures.
    A statement entry (no unit) may be about any number of its line."""
    if f.number is None and f.high is None:
        return False
    if e.unit and f.unit and e.unit != f.unit:
        return True
    if not e.unit:
        return False
    role = f.qualifier
    if not role and _NOT_A_MAXIMUM.search(f.attribute) \
            and not _NOT_A_MAXIMUM.search(f"{e.attribute} {e.subject}"):
        return e.qualifier in ("max", "")
    return bool(role) and e.qualifier not in _SAME_ROLE.get(role, {e.qualifier})


def _another_number_than_claimed(f: _F, e: Entry) -> bool:
    """Whether a line's contradicted claim of an old value is about another number than this
    fact's. "Buffer interval | 300 sec | 900 sec | no | min 60 sec" contradicts the old 60-second
    minimum, not the right 300-second default beside it, and "timeout default 60 min, max 8
    hours" the old maximum, not the 60 minutes: where an entry names the values it had
    (`previously`), a number in its unit that is neither one of them nor its value is not what
    the claim is about. A claim with no old values ("role chaining lasts 12 h", plain wrong) may
    be about any number on its line, and one that states no number in the fact's unit (a
    statement) says nothing of which."""
    if f.number is None and f.high is None:
        return False
    old = [v for p in previous_values(e) for v in (p.number, p.low, p.high) if v is not None]
    if e.unit != f.unit or not old:
        return False
    claimed = old + [v for v in (e.number, e.low, e.high) if v is not None]
    return not any(close(n, v, f.unit) for n in (f.number, f.low, f.high) if n is not None
                   for v in claimed)


def _outside_the_claim(f: _F, e: Entry) -> bool:
    """Whether this fact's number stands on its line apart from every stretch the entry's
    contradicting patterns match. "VPN 1.25 Gbps per tunnel. DX = dedicated 1/10/100 Gbps"
    contradicts the old Direct Connect port speeds, not the VPN's 1.25 Gbps before them. A
    pattern's stretch is where its trigger (the pattern without its line-wide lookaheads)
    matches. A fact whose value is not written as such on the line ("1–35 days" of "1-35
    days", "7 days" of "(default 7)") is the claim's when a number the stretches state is one
    of its own: "retention 1-35 days (default 7), SQL Server max storage 16 TB" contradicts
    the old SQL Server storage, not the right retention period (an entry read anywhere on a
    line, claim_any_line, met every fact of it). Stretches stating no number leave it to the
    claim."""
    if f.number is None and f.high is None:
        return False
    text = f.snippet or f.value
    spans = _claim_spans(e.contradicted_by, text)
    if not spans:
        return False
    at = text.lower().find(f.value.lower()) if f.value else -1
    if at >= 0:
        spot = (at, at + len(f.value))
        return not any(start <= spot[0] and spot[1] <= end for start, end in spans)
    said = [_said_in(text[start:end]) for start, end in spans]
    quantities = [q for found, _raw in said for q in found]
    raw = frozenset().union(*(r for _found, r in said))
    if not quantities and not raw:
        return False
    mine = [n for n in (f.number, f.low, f.high) if n is not None]
    # as the parser reads the stretch ("1K request per second": 1000/s), else the figures as
    # written ("(default 7)" of "7 days", "20,000 for FIFO" beside "120,000 in-flight")
    return not (any(unit == f.unit and close(n, v, f.unit) for n, unit in quantities
                    for v in mine) or raw & _written_numbers(f.value or ""))


@lru_cache(maxsize=1024)
def _said_in(stretch: str) -> tuple[tuple[tuple[float, str], ...], frozenset[float]]:
    """The quantities a claim's stretch states, as the parser reads them ((number, unit) of
    each value and end), and every figure written in it."""
    from studycli.extract.quantities import find_quantities

    found = tuple((v, q.unit) for q in find_quantities(stretch)
                  for v in (q.number, q.low, q.high) if v is not None)
    return found, _written_numbers(stretch)


def _written_numbers(text: str) -> frozenset[float]:
    """Every figure written in `text`, as it reads: "120,000" and "5.500" as thousands only
    (read as 120 too, "5,500/10,000/30,000" would state the 30 of "7-30 days" beside it),
    "1,5" and "1.25" as decimals, "7"; not a digit of a name ("S3", "gp3", "EC2")."""
    out: set[float] = set()
    for m in _WRITTEN_NUMBER.finditer(text):
        figure = m.group()
        if _THOUSANDS.fullmatch(figure):
            out.add(float(figure.replace(",", "").replace(".", "")))
        elif figure.count(",") + figure.count(".") <= 1:
            out.add(float(figure.replace(",", ".")))
    return frozenset(out)


_WRITTEN_NUMBER = re.compile(r"(?<![A-Za-z\d.,])\d+(?:[.,]\d+)*(?!\d)")
# "0.125" is a fraction, never a thousands grouping
_THOUSANDS = re.compile(r"[1-9]\d{0,2}(?:([.,])\d{3})(?:\1\d{3})*")


@lru_cache(maxsize=1024)
def _claim_spans(patterns: tuple[str, ...], text: str) -> tuple[tuple[int, int], ...]:
    spans: list[tuple[int, int]] = []
    for pattern in patterns:
        compiled = _compiled(_trigger(pattern))
        if compiled is not None:
            spans += [m.span() for m in compiled.finditer(text)]
    return tuple(spans)


def _claim_vouches_for(f: _F, e: Entry) -> bool:
    """Whether a line that agrees with an entry's claim makes this fact of the line current.
    A claim is about what the entry states: "container images are supported" agrees with
    "container image up to 10 GB", but says nothing of the 10 GB, and "FIFO: exactly-once"
    nothing of the 300 msg/s on the same line. So a number is vouched for only by an entry
    that states that number, and an error code only by an error code entry."""
    if f.kind == Kind.ERROR_CODE:
        return e.kind == Kind.ERROR_CODE
    if f.number is None and f.high is None:
        return True
    if e.unit != f.unit:
        return False
    stated = [v for v in (e.number, e.low, e.high) if v is not None]
    return any(close(n, v, f.unit) for n in (f.number, f.low, f.high) if n is not None
               for v in stated)


def _names_subject(text: str, e: Entry) -> bool:
    subject = e.subject.lower()
    service = _canonical(e.service)
    if any(name.lower() == subject for name in _subjects_named(text, service)):
        return True
    # A slash list names each of its members ("gp2/gp3/io1 1 GiB - 16 TiB"), though the subject
    # finder takes only its first (it reads no name glued to a slash, as in a path or a unit).
    return "/" in text and any(name.lower() == subject for name in
                               _subjects_named(text.replace("/", " / "), service))
