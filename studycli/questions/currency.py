"""What a question keys when the notes are out of date: the current AWS value.

A note's fact that the AWS reference marks outdated or wrong is never drilled as true. A
number (limit, default, range) is asked with the current value keyed and the note's value
named in the explanation ("your note (file:line) says 256 KB; AWS changed this in Aug 2025");
anything else (a statement, a mode) is not asked at all, since no option could be keyed from
the notes. With `as_written` the notes are drilled verbatim, but the current AWS value is
still never offered as a wrong option.

Statuses come from the fact_currency table written at ingest (cheap, no reference parsing),
or, for a pool built from facts in memory, from the reference itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from studycli.model import Fact, Kind

FLAGGED = ("outdated", "wrong")
# Statuses that mean the reference met the fact: it agrees (current) or it says what AWS says
# now (outdated, wrong). Anything else is a fact the reference cannot vouch for.
MET = ("current", *FLAGGED)
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True)
class Currency:
    """What the AWS reference says of a fact's value, and where it was checked."""
    status: str
    current_value: str
    url: str
    checked: str
    changed: str
    number: float | None
    unit: str
    low: float | None
    high: float | None
    kind: str = ""
    qualifier: str = ""
    suspect: str = ""   # why the reference doubts the note's number (see reference/suspect.py)
    note_default: str = ""  # the note's "maximum" is today's default, with this display value
    exam_note: str = ""  # what the reference says of exam items on a changed value
    reference_id: str = ""  # the reference entry ("s3.object-size.max")
    takes_effect: str = ""  # right until an AWS change announced for this day (YYYY-MM-DD)

    @property
    def flagged(self) -> bool:
        return self.status in FLAGGED

    @property
    def told(self) -> bool:
        """Stale, or right only until an announced change: a quoted line must say so."""
        return self.flagged or bool(self.takes_effect)


def currency_of(fact: Fact, pool) -> Currency | None:
    cache = pool.__dict__.setdefault("_currency", {})
    fid = fact.id
    if fid not in cache:
        read = pool.__dict__.get("_currency_rows")  # read for every fact at once (an exam)
        if read is not None and fid in read[1]:
            row = read[0].get(fid)
            cache[fid] = _currency(row) if row else None
        else:
            cache[fid] = _read(fact, pool)
    return cache[fid]


def vouching(fact: Fact, pool) -> Currency | None:
    """What the reference says of an exam pool's fact: for a keyed (corrected) copy, the entry
    that corrected it (the copy's own id has no status row); None when drilled as written."""
    if pool.as_written:
        return None
    return pool.corrections.get(fact.id, (None, None))[1] or currency_of(fact, pool)


def worded(fact: Fact, pool) -> Fact:
    """The fact as a question names it (as_vouched by the entry vouching for it): "the maximum
    message size for Amazon SNS when the topic's MaximumMessageSize is raised", not "the
    message size", for a note's unqualified 256 KB keyed 1 MB."""
    return as_vouched(fact, vouching(fact, pool))


def reference_measure(cur: Currency | None) -> str:
    """The measure of the entry that vouches for a fact, whatever its bound or claim: its id
    without the last part ("aurora.replicas" for "aurora.replicas.max" and
    "aurora.replicas.claim"); "" when no entry does. Two questions meeting one measure with one
    answer ask one fact: a new user's exam asked Aurora's 15 replicas twice, once from "up to
    15 read replicas" (met by the claim entry) and once from a table's "replicas | 15"."""
    return cur.reference_id.rsplit(".", 1)[0] if cur is not None and cur.reference_id else ""


def statuses(db, fact_ids: list[str]) -> dict[str, dict]:
    """fact id -> its status row, for the facts that have one (read in one query)."""
    from studycli.store.currency import for_facts

    return for_facts(db.conn, fact_ids)


def flagged_currency(db, facts, rows: dict[str, dict] | None = None) -> dict[str, Currency]:
    """fact id -> Currency, for the facts marked outdated or wrong (read in one query, or
    taken from `rows`: statuses(db, their ids) when the caller has them)."""
    rows = statuses(db, [f.id for f in facts]) if rows is None else rows
    return {i: _currency(r) for i, r in rows.items() if r["status"] in FLAGGED or r.get("suspect")}


def keep_statuses(pool, fact_ids: list[str], rows: dict[str, dict]) -> None:
    """currency_of answers for the facts of `fact_ids` from `rows` (statuses(db, fact_ids),
    read from the pool's currency database) instead of a query per fact."""
    pool.__dict__["_currency_rows"] = (rows, frozenset(fact_ids))


def _currency(row: dict) -> Currency:
    return Currency(row["status"], row["current_value"] or "", row["url"] or "",
                    row["checked"] or "", row["changed"] or "", row["number"], row["unit"] or "",
                    row["low"], row["high"], row.get("kind") or "", row.get("qualifier") or "",
                    row.get("suspect") or "", row.get("note_default") or "",
                    row.get("exam_note") or "", row.get("reference_id") or "",
                    row.get("takes_effect") or "")


def _read(fact: Fact, pool) -> Currency | None:
    db = pool.currency_db or pool.db
    if db is not None:
        from studycli.store.currency import for_facts

        row = for_facts(db.conn, [fact.id]).get(fact.id)
    else:
        row = _assess(fact)
    return _currency(row) if row else None


def _assess(fact: Fact) -> dict | None:
    try:
        from studycli.reference.currency import currency_rows

        rows = currency_rows([fact])
    except Exception:  # a broken reference file must not stop a quiz
        return None
    return rows[0] if rows else None


def keyed_fact(fact: Fact, cur: Currency | None) -> Fact | None:
    """The fact a question should key: the note's own when it is current (or unknown); one
    carrying the current AWS value when the note's number is stale; None when the note is
    stale and the current value cannot be asked the same way."""
    if cur is None or not cur.flagged:
        return fact
    if cur.unit != fact.unit or cur.kind not in (Kind.LIMIT, Kind.DEFAULT, Kind.RANGE):
        return None
    if _another_case_named_after(fact, cur) or _value_of_another_measure(fact, cur) \
            or _of_another_subject(fact, cur):
        return None
    # The same measure: a note's "latency 60 s" is not keyed with a *minimum* of 0 s.
    if not (cur.qualifier == fact.qualifier
            or (fact.qualifier == "" and cur.qualifier in ("", "max"))):
        return None
    if fact.kind == Kind.RANGE and cur.low is not None and cur.high is not None:
        return replace(fact, low=cur.low, high=cur.high, value=cur.current_value)
    if (fact.kind in (Kind.LIMIT, Kind.DEFAULT) and fact.qualifier != "range"
            and cur.number is not None):
        if cur.number == 0:
            return None  # "none any more" is no number to choose among quantities
        return replace(fact, number=cur.number, value=cur.current_value)
    return None


def _of_another_subject(fact: Fact, cur: Currency) -> bool:
    """The entry that flags the fact is of another thing than the one the fact names: "gp2/gp3
    size 1 GiB - 16 TiB" is filed under gp2 (the first of the list, where 16 TiB is right) and
    flagged by gp3's 64 TiB entry, which reads the whole line; keyed with 64 TiB it asked "the
    allowed range of the volume size for Amazon EBS (gp2)" and taught a wrong range (blind
    review of session 47). Not asked: the line's caveat still says what is stale on it."""
    subject = fact.subject.strip()
    if not subject or not cur.reference_id:
        return False
    entry = _entry(cur.reference_id, fact.service)
    theirs = (entry.subject or "").strip() if entry is not None else ""
    return bool(theirs) and not _word_stems(subject) & _word_stems(theirs)


def _another_case_named_after(fact: Fact, cur: Currency) -> bool:
    """The entry that flags the fact is of a case the note line names after the value, apart
    from it: "AssumeRole ... max 12 hours (role max session setting), same for role chaining"
    is wrong about role chaining, but keying its 1 hour to the line's "session duration" asked
    "the maximum session duration for AWS IAM" with 1 hour (a role's is 12). The entry's id
    spells its case ("sts.role-chaining-duration.max")."""
    if not cur.reference_id or not fact.snippet:
        return False
    from studycli.questions.stems import _words_around_value, spelled

    before, _after = _words_around_value(fact)
    mine = set(re.findall(r"[a-z0-9]+", spelled(f"{fact.subject} {fact.attribute} {before}")
                          .lower()))
    unsaid = _id_words(cur.reference_id) - mine
    if not unsaid:
        return False
    from studycli.questions.attribution import value_end

    line = fact.snippet.lower()
    at = value_end(fact, line)
    if at < 0:
        return False
    rest = set(re.findall(r"[a-z0-9]+", line[at:]))
    return unsaid <= rest and not unsaid & set(re.findall(r"[a-z0-9]+", line[:at]))


def _value_of_another_measure(fact: Fact, cur: Currency) -> bool:
    """The note names the flagging entry's measure right before the value and the fact's own
    measure only after it: "object size max 5 TB — single PUT max 5 GB" read as a single PUT's
    5 TB was keyed with the object size's 50 TB under "the maximum object size in a single
    PUT" (a single PUT is 5 GB; reviewers of unseen43, three times). The value is the entry's
    measure's, not the fact's: keyed under the fact's name it would teach a wrong number."""
    if not cur.reference_id or not fact.snippet:
        return False
    from studycli.questions.stems import _words_around_value, spelled

    def words(text: str) -> set[str]:
        return _word_stems(spelled(text))

    before, after = _words_around_value(fact)
    entry = _word_stems(" ".join(_id_words(cur.reference_id)))
    named = words(re.sub(r"\([^()]*\)", " ", fact.attribute))
    own = named - entry - words(fact.service)
    said_before = words(before)
    if not entry or not own or own & said_before or not entry <= said_before | words(fact.value):
        return False
    if not named & entry:
        # "Transactions max 25 items per call" read as a "batch size (per call)": keyed with
        # the transaction's 100 actions it asked "the maximum batch size" (BatchWriteItem's is
        # 25); the note's name shares no word with the measure the value is of
        return True
    # the words after it name another value's measure only when a number follows them ("—
    # single PUT max 5 GB"); "20 GB per object" is the value's own scope
    if not after.strip() or not re.search(re.escape(after.strip()) + r"\s*[~≈]?\d",
                                          fact.snippet):
        return False
    return bool(own & words(re.sub(r"\bper\s+\w+", " ", after)))


def exactly(fact: Fact, cur: Currency) -> Fact:
    """A note that agrees with AWS only once rounded, keyed with AWS's own numbers: "1 day -
    10 years" reads as 3,650 days, and CloudWatch Logs' longest retention is 3,653 days (a
    3,650-day option would teach a setting AWS does not have). The same fact otherwise."""
    if cur.status == "current" and cur.unit == fact.unit and fact.kind == Kind.LIMIT \
            and cur.kind == Kind.RANGE and fact.qualifier in ("max", "min", ""):
        # "1 day - 10 years" gives a maximum of 10 years too: it is the range's upper bound.
        # An unqualified "log retention 3650 days" met the range by its rounded upper bound:
        # keyed with the bound itself, as_vouched then asks it as the maximum (a reviewer
        # judged "What is the log group retention period?" keyed 3,650 days wrong twice)
        bound = (cur.high if fact.qualifier == "max" else cur.low if fact.qualifier == "min"
                 else _rounded_bound(fact.number, cur))
        if bound and fact.number is not None and fact.number != bound:
            from studycli.questions.quantities import format_quantity

            return replace(fact, number=bound, value=format_quantity(bound, fact.unit))
        return fact
    if cur.status != "current" or cur.unit != fact.unit or cur.kind != fact.kind \
            or cur.qualifier != fact.qualifier:
        return fact
    if fact.kind == Kind.RANGE and cur.low is not None and cur.high is not None \
            and (fact.low, fact.high) != (cur.low, cur.high):
        return replace(fact, low=cur.low, high=cur.high, value=cur.current_value)
    if fact.kind in (Kind.LIMIT, Kind.DEFAULT) and cur.number not in (None, 0) \
            and fact.number is not None and fact.number != cur.number:
        return replace(fact, number=cur.number, value=cur.current_value)
    return fact


def _rounded_bound(number: float | None, cur: Currency) -> float | None:
    """The bound of the range `cur` that an unqualified number states once rounded (the
    nearer one, within the reference's rounding tolerance); None when it states neither."""
    from studycli.reference.values import close

    if number is None:
        return None
    near = [b for b in (cur.low, cur.high) if b is not None and close(number, b, cur.unit)]
    return min(near, key=lambda b: abs(b - number)) if near else None


def vouched(cur: Currency | None, fact: Fact | None = None) -> bool:
    """Whether the AWS reference vouches for what a question on this fact would key.

    A fact from a student's notes is drilled only when a verified reference entry meets it:
    its value agrees (current), or the entry gives today's value (outdated, wrong; see
    keyed_fact). On other students' notes (a development set, each question reviewed by an
    AWS-certified reviewer), questions on facts the reference met were acceptable 58 times in
    60; on facts it had no opinion on, 37 in 94: the parser's reading of unfamiliar notes
    (whose number, which qualifier, which service) cannot be trusted enough to engrave. Such
    facts stay in lookup, search and `facts`; `--as-written` drills them as the notes say.

    A default vouches only for a default: "a cache policy's maximum TTL defaults to one year"
    meets a note's "max TTL 1 year", but asked as the maximum it would teach a limit AWS does
    not have."""
    if cur is None or cur.status not in MET or cur.suspect or cur.takes_effect:
        return False  # an announced change's entry states the change, not the fact
    if fact is not None and fact.kind == Kind.INVOCATION_MODE:
        # Only an invoker's own mode entry vouches for a mode: the statement "an event source
        # mapping invokes the function synchronously", met on a line listing the modes, had
        # vouched for "Kinesis: asynchronous" and "S3: synchronous" read off that line.
        return cur.kind == Kind.INVOCATION_MODE
    return fact is None or not cur.kind or (cur.kind == Kind.DEFAULT) == (fact.kind == Kind.DEFAULT)


def as_vouched(fact: Fact, cur: Currency | None) -> Fact:
    """The fact as a stem should name it: a note's number with no qualifier ("sc1 throughput
    250 MB/s", "item size 400 KB") that the reference vouches for as a maximum or minimum is
    asked as that maximum or minimum. "What is the throughput of an sc1 volume?" has no single
    answer (it grows with the volume); "What is the maximum ...?" has one. Only the wording
    changes: the card, its key and the fact's id stay the note's.

    A subject that labels another item of the line is dropped whatever the reference says (a
    reading of the line, asked of every stem: --as-written names no entry either)."""
    from studycli.questions.attribution import subject_of_another_item

    if subject_of_another_item(fact):
        fact = replace(fact, subject="")
    if cur is None or cur.status not in MET:
        return fact
    from studycli.questions.any_subject import without_any_subject

    fact = without_any_subject(fact, cur.reference_id)
    if fact.kind == Kind.DEFAULT:
        return _value_scoped(_subject_as_vouched(fact, cur), cur)
    if fact.kind == Kind.RANGE:
        return _subject_as_vouched(fact, cur)
    if fact.kind != Kind.LIMIT:
        return fact
    from studycli.questions.restated import as_restated

    restated = as_restated(fact, cur)
    if restated is not fact:
        return restated
    fact = _named_as_vouched(_scoped_as_vouched(_subject_as_vouched(fact, cur), cur), cur)
    fact = _value_scoped(fact, cur)
    if not fact.qualifier and cur.kind == Kind.RANGE and cur.status == "current":
        # "token valid 1 h (default), configurable 5 min - 1 day" read as an unqualified 5 min:
        # the range vouching for it says which bound it is ("What is the ID/access token
        # validity?" keyed 5 minutes asked for the default, 1 hour)
        # (once rounded: "3650 days" is the 3,653-day maximum, keyed exactly by `exactly`)
        at = _rounded_bound(fact.number, cur)
        bound = "" if at is None else "min" if at == cur.low else "max"
        return replace(fact, qualifier=bound) if bound else fact
    if fact.qualifier or cur.qualifier not in ("max", "min") or cur.kind not in ("", Kind.LIMIT):
        return fact
    return _without_the_bounds_case(replace(fact, qualifier=cur.qualifier), cur)


def _without_the_bounds_case(fact: Fact, cur: Currency) -> Fact:
    """A bound the entry gives a note's unqualified value, asked without the note's word for
    the case that is that bound: "interval (fast)" 10 s, vouched as Route 53's minimum health
    check interval (its entry's id names the case, "...health-check-interval.fast"), was asked
    "the minimum fast interval" (rejected by reviewers as garbled: the fast interval is the
    minimum). It is asked by the entry's name for the measure, where the note's other words
    are that name's or its subject's; a case the entry's id does not name (gp3's "throughput")
    is kept."""
    entry = own_entry(cur.reference_id, fact.service) if cur.reference_id else None
    if entry is None or not entry.attribute:
        return fact
    others = _other_cases_of(entry.id, entry.service, cur.qualifier)
    if others is None:
        return fact
    named = _word_stems(f"{entry.attribute} {entry.subject or ''}")
    # what the id says the value is per ("targets-per-rule") is a scope, no case
    scope = _word_stems(f"per {_id_scope(cur.reference_id)}")
    case = _word_stems(" ".join(_id_words(cur.reference_id))) - named - scope - {"claim", "per"}
    case -= _word_stems(" ".join(w for other in others for w in _id_words(other.id)))
    said = _word_stems(fact.attribute)
    if not case & said or not said - case <= named:
        return fact
    return _renamed(fact, entry.attribute)


@lru_cache(maxsize=1024)
def _other_cases_of(entry_id: str, service: str | None, qualifier: str) -> tuple | None:
    """The reference's other entries for the measure of the entry `entry_id` of `service`
    (same service and attribute, another case: Route 53's standard 30 s beside the fast 10 s),
    where that entry is their `qualifier` bound (its number the lowest for "min", the highest
    for "max"); None where there are none or it is no bound of theirs. Only then is the case
    its id names the bound's: S3's write request rate (3,500/s, reads 5,500/s) or a spread
    placement group's 7 instances per AZ name a case the bound holds in, and asked without it
    they ask another measure. Worked out once per process (each as_vouched call asks it, and
    it reads every entry of the service, as _entry does)."""
    from studycli.reference.loader import load_reference

    entry = _entry(entry_id, service)
    if entry is None or entry.number is None or not entry.attribute:
        return None
    others = [e for e in load_reference(services=[entry.service]).entries
              if e.id != entry.id and e.service == entry.service and not e.restates
              and (e.attribute or "").lower() == entry.attribute.lower()
              and e.number is not None and e.unit == entry.unit]
    low = qualifier == "min"
    if not others or any(e.number < entry.number if low else e.number > entry.number
                         for e in others):
        return None
    # the same figure under another id is the same case said twice, no other case
    return tuple(others) if any(e.number != entry.number for e in others) else None


def same_number(a: float | None, b: float | None) -> bool:
    """Whether two figures are the same number (a float's rounding aside)."""
    return a is not None and b is not None and abs(a - b) <= 1e-9 * max(1.0, abs(b))


def _named_as_vouched(fact: Fact, cur: Currency) -> Fact:
    """The measure named as the entry vouching for it names it, where the note's name is one
    the entry lists as another name of it ("retry duration" for Lambda's maximum event age:
    a "minimum retry duration" is no AWS setting), or says less than the entry and the note's
    words next to the value say the rest ("in-flight limit ~120,000 msgs" read as "msgs":
    "the maximum number of messages" of a queue, whose backlog is unlimited)."""
    if not cur.reference_id:
        return fact
    from studycli.questions.stems import _words_around_value, spelled

    mine = fact.attribute.strip().lower()
    have = set(re.findall(r"[a-z0-9-]+", spelled(re.sub(r"\([^()]*\)", " ", mine)).lower()))
    # The entry's id spells its measure ("sqs.fifo-queue.in-flight-messages.max"): a note's
    # name that is the same name, with no more of the id's words right before the value, is
    # kept without reading the reference (a quiz's first card must not load it)
    slug = set(re.findall(r"[a-z0-9]+", cur.reference_id.lower()))
    plain = {w for h in have for w in re.findall(r"[a-z0-9]+", h)}
    if plain <= slug:
        said = set(re.findall(r"[a-z0-9]+", _words_around_value(fact)[0].lower()))
        unsaid = _id_words(cur.reference_id) - plain - set(re.findall(r"[a-z0-9]+",
                                                                      fact.service.lower()))
        if not said & unsaid:
            return fact
    entry = _entry(cur.reference_id, fact.service)
    # (an entry of another service whose claims notes file under the fact's: "With role
    # chaining the session is capped at 1 hour" in IAM notes, vouched by STS's role chaining
    # entry, was asked "the maximum session duration for AWS IAM" keyed 1 hour, when a role's
    # maximum is up to 12 hours: reviewers of session 30, twice)
    if entry is None or not entry.attribute or (
            entry.service != fact.service and fact.service not in entry.claim_services):
        return fact
    named = entry.attribute.lower()
    if named == mine or (fact.subject.strip() and fact.subject.strip().lower() in named):
        return fact
    want = set(re.findall(r"[a-z0-9-]+", named))
    # A name in the note's own language ("dotaz timeout", a Czech student's Logs Insights
    # query timeout) reads as garbled in an English stem: asked by AWS's name for it
    from studycli.questions.english_names import in_another_language

    if in_another_language(mine, named, f"{entry.statement} {entry.exam_note} {entry.aliases}"):
        return _renamed(fact, entry.attribute)
    # Another name for it, not the same name spelled otherwise ("targets (per rule)" for
    # "targets per rule" keeps the note's words)
    if have and not have <= want and any(
            a.strip().lower() == mine and (not s.strip() or s.strip().lower()
                                           == fact.subject.strip().lower())
            for s, a in entry.aliases):
        return fact if _counts_own_name(fact, named) else _renamed(fact, entry.attribute)
    extra = want - have
    if not have or not have < want:
        return fact
    # The words the entry's own supporting pattern matched around this value count too,
    # whatever the fact's service: "role chaining -> 1h max session" (an arrow cuts the
    # value's clause to nothing) under STS was asked "the maximum session duration for AWS
    # STS" keyed 1 hour (blind review of session 30)
    before = f"{_words_around_value(fact)[0]} {_supporting_span(entry, fact)}".lower()
    if extra and all(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", before)
                     for w in extra):
        return _renamed(fact, entry.attribute)
    return fact


def _supporting_span(entry, fact: Fact) -> str:
    """The text an entry's `supported_by` pattern matched on the fact's line, where that match
    holds the fact's value: "console session max 1 hour when switching roles, role chaining
    1 hour" matches role chaining's pattern on its second hour only, so the console's hour is
    not role chaining's."""
    from studycli.note_numbers import number_said
    from studycli.reference.assess import _compiled

    line = (fact.snippet or "").replace("\u00b7", ";")
    said = number_said(line, fact.number, fact.low, fact.high, fact.unit or "")
    if not line or not said or not said[0]:
        return ""
    # every place the line says the value: a table row's "1 h" default cell before its notes
    # cell "role chaining = max 1 h" left the chaining's hour unread, and the row was asked
    # "the maximum session duration for AWS IAM" keyed 1 hour (a role's maximum is 12 hours)
    places = [k.start() + said[1] for k in re.finditer(re.escape(said[0]), line)]
    for pattern in entry.supported_by:
        rx = _compiled(pattern)
        for m in rx.finditer(line) if rx is not None else ():
            if any(m.start() <= at < m.end() for at in places):
                return m.group(0)
    return ""


def _counts_own_name(fact: Fact, named: str) -> bool:
    """A count whose value names what it counts by the note's name, which AWS's name for the
    measure does not say: "up to 500 shards" renamed "nodes per cluster" asked "the maximum
    number of nodes per cluster" and keyed "500 shards" (reviewers of unseen41: an answer in
    another unit than its stem). The note's name is kept; the entry still vouches for it."""
    m = re.fullmatch(r"\s*[\d,.]+\s+([A-Za-z]+)\s*", fact.value or "")
    if fact.unit != "count" or m is None:
        return False
    noun = m.group(1).lower().rstrip("s")
    return noun in fact.attribute.lower() and noun not in named


def _subject_as_vouched(fact: Fact, cur: Currency) -> Fact:
    """A measure AWS sets for one thing of a service, asked with that thing where the note
    gives none: "the maximum retention period for Amazon RDS" (RDS keeps automated backups,
    Performance Insights data and logs for their own periods), "the maximum sticky session
    duration for Elastic Load Balancing" (an ALB target group's setting) and "the default idle
    timeout for Elastic Load Balancing" (the ALB's; a Network Load Balancer's is 350 s) have
    no single answer; the entry vouching for the value names what it is of ("automated
    backups", "ALB"). Reviewers of unseen38-40 found 7 such stems. The entry is read only
    when its id holds a word the note's measure does not (a quiz's first card seldom does)."""
    if fact.subject.strip() or not cur.reference_id:
        return fact
    from studycli.questions.stems import attribute_name, service_name

    # what the stem says, not the note's label: AWS's name for a measure drops the note's case
    # word ("availability (standard)" asked as "the designed-for availability for Amazon S3",
    # which differs per storage class)
    said = set(re.findall(r"[a-z0-9]+", f"{attribute_name(fact)} {fact.service} "
                                        f"{service_name(fact.service)}".lower()))
    if _id_words(cur.reference_id) - said <= {"claim"}:
        return fact
    entry = own_entry(cur.reference_id, fact.service)
    subject = (entry.subject or "").strip() if entry is not None else ""
    if not subject or set(re.findall(r"[a-z0-9]+", subject.lower())) <= said:
        return fact
    return replace(fact, subject=subject)


def _word_stems(text: str) -> set[str]:
    """The words of `text`, lower-cased, without a plural's "s" ("replicas" meets "replica")."""
    return {w.rstrip("s") for w in re.findall(r"[a-z0-9]+", text.lower())}


_QUALIFIER_SLUGS = frozenset({"max", "min", "default", "range", "maximum", "minimum"})


def _id_words(reference_id: str) -> set[str]:
    """The words an entry's id spells its case and measure in, without its service prefix and
    its qualifier ("sts.role-chaining-duration.max": role, chaining, duration): what a note's
    words are held against to see whether they name the entry's case."""
    return set(re.findall(r"[a-z0-9]+", reference_id.lower().split(".", 1)[-1])) \
        - _QUALIFIER_SLUGS
_BOUND_OF = {"min": ("maximum", "lowest allowed"), "max": ("minimum", "highest allowed")}


def _renamed(fact: Fact, attribute: str) -> Fact:
    """`fact` asked under AWS's name for its measure. A setting whose name holds the other
    bound ("maximum event age", a minimum of 60 s) is asked as its lowest (highest) allowed
    value: "the minimum maximum event age" reads as a slip, "the minimum event age" is another
    thing."""
    other = _BOUND_OF.get(fact.qualifier)
    if other and attribute.lower().startswith(other[0] + " "):
        return replace(fact, attribute=f"{other[1]} {attribute}", qualifier="")
    return replace(fact, attribute=attribute)


# What an entry's count is counted per ("groups per user", "gsis (per table)"): a scope of one
# to three words, never a time ("per second" makes a rate, not a count's scope).
_PER_SCOPE = re.compile(r"\bper ((?!(?:second|minute|hour|day|month|year)s?\b)"
                        r"[a-z][a-z0-9-]*(?: [a-z][a-z0-9-]*){0,2})\s*(?:\)|,|;|$)",
                        re.IGNORECASE)


def _scoped_as_vouched(fact: Fact, cur: Currency) -> Fact:
    """A count the entry vouching for it gives per something ("standard topics per account",
    "groups per user"), asked with that scope when neither the note's measure nor its line
    names one: "| SNS | Topics | Standard topics per account | 100000 |" read as SNS "topics"
    was asked "the maximum number of topics", a cap of no one in particular (AWS's is a
    default quota of each account); "the maximum number of groups for IAM" keyed 10 is a
    user's limit (an account may have 300 groups), so the stem says "per user"."""
    from studycli.questions.stems import line_scope

    if fact.unit != "count" or not cur.reference_id or re.search(r"\bper\b", fact.attribute):
        return fact
    m = _PER_SCOPE.search(_entry_attribute(cur.reference_id, fact.service))
    # else the entry's id, which spells its measure ("iam.groups-per-user.claim", whose
    # attribute is the parser's phrase "groups a user can be in")
    scope = m.group(1).lower() if m else _id_scope(cur.reference_id)
    if not scope or line_scope(fact) or _condition_scopes(fact, scope) \
            or not _counts_the_same(fact, cur.reference_id):
        return fact
    return replace(fact, attribute=f"{fact.attribute} (per {scope})")


def _counts_the_same(fact: Fact, reference_id: str) -> bool:
    """Whether the entry vouching for a count counts what the fact counts: a word of the
    entry's measure (its attribute, or its id's) is a word of the fact's measure or value.
    A line's pattern may vouch for another count of it ("up to 5 CIDRs per VPC. AWS reserves
    5 IPs per subnet (first 4 + last 1)": the reserved IPs' entry matched the line, and its
    scope asked "the maximum number of cidrs per subnet", which no quota is (a blind question
    review, session 39)."""
    from studycli.questions.stems import _named_stems

    attribute = _entry_attribute(reference_id, fact.service).split(" per ")[0]
    theirs = _named_stems(f"{attribute} {reference_id.split('.', 1)[-1].split('-per-')[0]}")
    return bool(theirs & _named_stems(f"{fact.attribute} {fact.value}"))


# "20 MB/s (topic scope)": the scope an entry's value names in brackets
_SCOPE_ASIDE = re.compile(r"\(([a-z][\w-]*(?: [\w-]+)?) scope\)", re.IGNORECASE)


def _value_scoped(fact: Fact, cur: Currency) -> Fact:
    """A quantity asked with the scope the entry vouching for it gives its value for, where
    neither the note's words nor the stem's condition name it: "the maximum throughput for
    Amazon SNS (FIFO topic)" keyed 20 MB/s (the topic throughput scope's; a message-group
    scope reaches the Regional maximums), "the maximum throughput (without batching) for
    Amazon SQS (FIFO queue)" keyed 300 per second (per API action). Reviewers of session 17:
    a stem must name the scope its keyed value is for. A count's scope is _scoped_as_vouched's."""
    if fact.unit == "count" or not cur.reference_id or cur.status not in MET \
            or " per " not in cur.current_value and "scope)" not in cur.current_value:
        return fact  # (the value the status row holds: a quiz's first card reads no reference)
    entry = own_entry(cur.reference_id, fact.service)
    if entry is None:
        return fact
    scope, said = _entry_scope(entry)
    if not scope:
        return fact
    from studycli.questions.stems import condition, line_scope, scope_said

    named = " ".join((fact.attribute, fact.subject, condition(fact), line_scope(fact)))
    # a throughput scope is said by its name, not by a word of it ("topic" names the subject)
    if (re.search(r"scope", named, re.IGNORECASE) if scope.endswith(" scope")
            else scope_said(scope, named)):
        return fact
    return replace(fact, attribute=_with_aside(fact.attribute, said))


def _entry_scope(entry) -> tuple[str, str]:
    """(the scope's words, how a stem says it) of an entry's value: "(topic scope)" said as
    its statement says it ("with the topic throughput scope"), "... per API action" as "per
    API action"; ("", "") when the value names none."""
    value = str(entry.value or "")
    m = _SCOPE_ASIDE.search(value)
    if m is not None:
        first = m.group(1).split()[0]
        long = re.search(rf"\bwith (?:the )?({re.escape(first)}(?: [\w-]+){{0,2}} scope)\b",
                         entry.statement or "", re.IGNORECASE)
        phrase = long.group(1) if long else f"{m.group(1)} scope"
        return phrase.lower(), f"with the {phrase}"
    plain = re.sub(r"\([^()]*\)", " ", value).strip()
    found = _PER_SCOPE.search(plain) or _PER_SCOPE.search(value)
    if found is None:
        return "", ""
    return found.group(1), f"per {found.group(1)}"


def _with_aside(attribute: str, aside: str) -> str:
    """"throughput (without batching)" + "per API action" -> "throughput (without batching,
    per API action)": one pair of brackets, as a stem says it."""
    if attribute.rstrip().endswith(")"):
        head = attribute.rstrip()[:-1]
        return f"{head}, {aside})"
    return f"{attribute} ({aside})"


def _condition_scopes(fact: Fact, scope: str) -> bool:
    """The stem's condition (data/categories.json) says the scope already: "per DB cluster"
    for Aurora's replicas, "(per account in one AWS Region ...)" for API Gateway's throttle
    quota; a second "(per account)" read as a stutter."""
    from studycli.questions.stems import condition, scope_said

    said = condition(fact)
    return bool(said) and scope_said(scope, said)


def _id_scope(reference_id: str) -> str:
    """What an entry's id says its count is per ("iam.groups-per-user.claim" -> "user"), or
    ""."""
    for part in reference_id.lower().split(".")[1:]:
        m = re.search(r"-per-([a-z][a-z0-9]*(?:-[a-z][a-z0-9]*){0,2})$", part)
        if m and _PER_SCOPE.fullmatch(f"per {m.group(1).replace('-', ' ')}"):
            return m.group(1).replace("-", " ")
    return ""


def _entry_attribute(reference_id: str, service: str) -> str:
    entry = _entry(reference_id, service)
    return (entry.attribute or "") if entry is not None else ""


def own_entry(reference_id: str, service: str):
    """The reference entry with this id where it is of `service` itself; None where there is
    none, or it is another service's whose claims notes file under `service` (STS's role
    chaining entry vouching for a line of IAM notes)."""
    entry = _entry(reference_id, service)
    return entry if entry is not None and entry.service == service else None


@lru_cache(maxsize=1024)
def _entry(reference_id: str, service: str | None = None):
    """The reference entry with this id (read once per process: a question asks it for every
    caveat it writes); `service` reads only that service's files."""
    from studycli.reference.loader import load_reference

    entries = load_reference(services=[service] if service else None).entries
    return next((e for e in entries if e.id == reference_id), None)


def when(changed: str) -> str:
    """'2025-08' -> 'Aug 2025'."""
    parts = changed.split("-")
    if len(parts) >= 2 and parts[1].isdigit() and 1 <= int(parts[1]) <= 12:
        return f"{MONTHS[int(parts[1]) - 1]} {parts[0]}"
    return changed


def _day(iso: str) -> str:
    """'2027-01-01' -> '1 Jan 2027'."""
    parts = iso.split("-")
    if len(parts) == 3 and all(p.isdigit() for p in parts) and 1 <= int(parts[1]) <= 12:
        return f"{int(parts[2])} {MONTHS[int(parts[1]) - 1]} {parts[0]}"
    return iso


def says(cur: Currency) -> str:
    """What the AWS docs say now, as a sentence ends with it (store.currency.said_now)."""
    from studycli.store.currency import said_now

    return said_now(cur.current_value)


# Words a note uses to record that a value changed ("was 5 min, now 15 min", "raised from").
_CHANGE_WORDS = re.compile(r"\b(?:was|were|previously|formerly|used to be|now|changed|raised|"
                           r"increased|went up|up from|no longer)\b", re.IGNORECASE)


def note_agrees(note: Fact, cur: Currency) -> bool:
    """The note's own number is AWS's current one: what the reference flags on its line is
    another figure ("in-flight ~120,000 for standard, 20,000 for FIFO" flagged for FIFO's
    20,000, the 120,000 read from it is no stale value to correct)."""
    return note.unit == cur.unit and same_number(note.number, cur.number)


def records_change(note: Fact, cur: Currency) -> bool:
    """The note line itself says the value changed and gives AWS's current one ("Lambda max
    timeout was 5 min, now 15 min"): the note is up to date, the stale number on it is history.
    Reviewers found "Your note says 5 min: it is out of date" under such a changelog line
    (6 of 27 defects on unseen35-37): a student reads that the note is wrong, and it is not."""
    line = note.snippet or ""
    if cur.number is None or not _CHANGE_WORDS.search(line):
        return False
    from studycli.note_numbers import numbers_with_units

    wanted = (cur.unit,) if cur.unit not in ("count", "per_s") else (cur.unit, None)
    found = numbers_with_units(line)
    if not any(unit in wanted and abs(number - cur.number) <= 1e-6 * max(1.0, abs(cur.number))
               for number, unit, _text in found):
        return False
    # The note's own number must be the one told as past ("was 5 min", "(from 5 min)"): on
    # "standard in-flight now 120,000, FIFO 20,000" the FIFO 20,000 is no history, and
    # calling it so would tell a student a stale note is up to date.
    return note.number is None or any(
        _PAST_BEFORE.search(line[max(0, at - 24):at])
        for number, _unit, text in found if same_number(number, note.number)
        for at in [line.find(text)] if at >= 0)


# A number told as the value before a change: "was 5 min", "(from 5 min)", "formerly 256 KB".
_PAST_BEFORE = re.compile(r"\b(?:was|were|previously|formerly|used to be|from|old|before)\b"
                          r"[^,;.\d]{0,12}$", re.IGNORECASE)


def stale_on_note(note: Fact, cur: Currency) -> bool:
    """The note's value is one AWS has since changed, and the note does not say so itself."""
    return (cur.flagged and same_measure(note, cur) and not note_agrees(note, cur)
            and not records_change(note, cur))


# Units a count is said in: "300 TPS" is read as a bare count or a rate
_COUNTS = frozenset({"count", "per_s"})


def same_measure(note: Fact, cur: Currency) -> bool:
    """The entry that flags a quantity measures it in the note's unit: an entry in IOPS is no
    verdict on "gp3 baseline 125 MiB/s" (the reference met that line's 125 MiB/s with gp3's
    maximum IOPS, and an explanation said "the same note line's gp3 throughput (baseline)
    (125 MiB/s) is out of date: AWS docs: 80,000 IOPS": reviewers of unseen42, 4 times)."""
    if note.kind not in _QUANTITY_KINDS or cur.kind not in _QUANTITY_KINDS \
            or not note.unit or not cur.unit or note.unit == cur.unit:
        return True
    return note.unit in _COUNTS and cur.unit in _COUNTS


def correction(note: Fact, cur: Currency) -> str:
    """The explanation's sentence about a stale note."""
    since = f"; AWS changed this in {when(cur.changed)}" if cur.changed else ""
    where = f"Your note ({note.source}:{note.line}) says {note.value}"
    cite = f"({cur.url}, checked {cur.checked})"
    if cur.flagged and note_agrees(note, cur):
        # The line's other figure is the stale one: named by its measure, not by this value
        # ("says 120,000 messages: it is out of date. AWS docs: 120,000 messages")
        measure = _entry_measure(cur)
        what = f"the {measure} figure" if measure else "another figure"
        exam = f" {cur.exam_note}" if cur.exam_note and cur.status == "outdated" else ""
        verdict = "is out of date" if cur.status == "outdated" else "disagrees with the AWS docs"
        return (f"On your note line ({note.source}:{note.line}), {what} {verdict}: AWS docs: "
                f"{says(cur)} {cite}.{exam}")
    if cur.flagged and records_change(note, cur):
        exam = f" {cur.exam_note}" if cur.exam_note and cur.status == "outdated" else ""
        return (f"Your note ({note.source}:{note.line}) records this change: {note.value} was "
                f"the old value. AWS docs: {says(cur)} {cite}.{exam}")
    if cur.note_default:
        # The keyed maximum is reached only by raising a setting: say so, or a student believes
        # every message may be that large.
        return (f"{where}: that is still the default ({cur.note_default}); "
                f"{_raised_maximum(cur)}{since} {cite}.")
    if cur.status == "current":  # agrees once rounded (exactly): AWS's own figure is asked
        return f"{where}; AWS docs give it exactly: {cur.current_value} {cite}."
    verdict = "is out of date" if cur.status == "outdated" else "disagrees with the AWS docs"
    # The real exam's items may predate the change: a student should know both values
    exam = f" {cur.exam_note}" if cur.exam_note and cur.status == "outdated" else ""
    return f"{where}: it {verdict}{since}. AWS docs: {says(cur)} {cite}.{exam}"


def line_caveat(pool, source: str, line: int, asked: set[str],
                corrected: Fact | None = None) -> str:
    """A sentence for an explanation that quotes a note line holding an outdated or wrong fact
    the question does not ask ("- Max message size 256 KB (use the Extended Client Library
    for bigger)" quoted for the Extended Client question): a quote shown without it tells the
    student the stale number is fine. "" when the line holds none, or in --as-written mode.
    `asked`: the ids of the facts the question asks; `corrected`: the note's fact whose
    correction the explanation gives already (its measure, and the line's statements, which
    say the same thing in words, need no second sentence)."""
    if pool.as_written or not source:
        return ""
    flagged = _flagged_on_line(pool, source, line)
    # A number first: "Your note line also gives RDS storage size (SQL Server) (16 TiB), which
    # is out of date" says which part is stale; the line's statement read whole ("Your note
    # line is out of date") left a reviewer to guess, the line's right 64 TiB being the key.
    flagged = sorted(flagged, key=lambda item: item[0][4] not in _QUANTITY_KINDS)
    # A question on one measure is told nothing of another measure's number on its line:
    # "Firehose buffer interval is out of date" under a question on the buffer size read to
    # reviewers as off topic. Only a remark about the measure asked (another bound of it,
    # another service's figure for it) can be one the student needs to answer.
    # Yet the quoted line is still shown: its stale figure gets a short aside, so that
    # nothing on screen leaves it standing as true (the full correction is `check`'s to give).
    # the asked facts read once (two SELECTs each), their measures and statements from them
    asked_facts = _asked_facts(pool, asked, corrected) if flagged else []
    measures = _asked_measures(asked_facts)
    statements = _asked_statements(asked_facts)
    aside = ""
    for (value, service, subject, attribute, kind), cur, fact_id in flagged:
        if fact_id in asked or _misread(pool, fact_id, cur) \
                or not _stale_as_said(pool, fact_id, cur):
            continue
        if kind in _QUANTITY_KINDS and _claim_of_another_measure(attribute, value, cur):
            # The line's claim is what is stale, not this fact's figure: told as the claim
            # ("also gives automated backups retention period (1–35 days), which is out of
            # date: AWS docs: 64 TiB per primary volume" named a current retention range for
            # the line's SQL Server 16 TB: an AWS-certified reviewer, twice)
            kind = cur.kind
        if _of_another_measure(pool, fact_id, attribute, kind, cur, measures):
            if not aside and kind in _QUANTITY_KINDS:
                # another service's figure says whose it is ("the message size figure"
                # under an SQS question was SNS's: session 34 reviewer)
                theirs = {f.service.lower() for f in asked_facts}
                aside = _short_aside(_whose(service, theirs, attribute) + attribute, value, cur)
            continue
        if corrected is not None and (
                kind not in _QUANTITY_KINDS
                or (service, subject, attribute) == (corrected.service, corrected.subject,
                                                     corrected.attribute)):
            continue
        if cur.takes_effect:  # right today: the student is told what ends, and when
            return (f"That note line names what AWS changes on {_day(cur.takes_effect)}: AWS docs: "
                    f"{says(cur)} ({cur.url}, checked {cur.checked}).")
        verdict = ("is out of date: AWS docs:" if cur.status == "outdated"
                   else "disagrees with the AWS docs, which give")
        cite = f"({cur.url}, checked {cur.checked})"
        if kind not in _QUANTITY_KINDS:  # a statement: its value is the line itself
            # A statement of the topic asked, of another subject, names whose claim it is
            whose = (_another_subjects(statements, service, subject, attribute)
                     or _entry_service_unlike(cur, service))
            return _statement_caveat(cur, whose, cite)
        from studycli.questions.stems import service_name

        # "S3 Intelligent-Tiering minimum storage duration": a subject names its service; a
        # subject the measure says already names none ("read replica read replicas" read as
        # garbled: "Amazon RDS read replicas")
        if subject and _word_stems(subject) <= _word_stems(attribute):
            subject = ""
        what = " ".join(w for w in (subject or service_name(service), attribute) if w)
        # The measure first: "the 30 days (S3 Intelligent-Tiering ...) is out of date" under a
        # keyed "30 days" for Standard-IA read as calling the right answer outdated
        if cur.note_default:
            return (f"The same note line's {what} ({value}) is still the default; "
                    f"{_raised_maximum(cur)} {cite}.")
        return f"The same note line's {what} ({value}) {verdict} {says(cur)} {cite}."
    return aside


def _raised_maximum(cur: Currency) -> str:
    """What follows a stale maximum that is today's default ("SNS message size 256 KB" beside
    an SQS question was called out of date outright; an AWS-certified reviewer, session 34:
    256 KiB is still every topic's default, 1 MiB a setting raised for some subscribers)."""
    from studycli.store.currency import raised_maximum_said

    return raised_maximum_said(cur.current_value)


def _statement_caveat(cur: Currency, whose: str, cite: str) -> str:
    """The sentence on a flagged statement of the quoted line; `whose` ("S3") names the
    subject it is about where that is not the one asked."""
    # ("... which give not supported on FIFO queues" read garbled: a statement's
    # current value is a phrase, not a value to "give")
    stale = ("is out of date: AWS docs:" if cur.status == "outdated"
             else "disagrees with the AWS docs:")
    # "That note line is out of date: 50 TB" under a keyed "single PUT: 5 GB" read as
    # calling the PUT limit changed: the measure the docs' value is of, named
    measure = _entry_measure(cur)
    if measure:
        # "That note line's S3's object size" stacked two possessives
        claim = f"claim about {whose}'s " if whose else ""
        if cur.note_default:
            return (f"That note line's {claim}{measure}: {cur.note_default} is still the "
                    f"default; {_raised_maximum(cur)} {cite}.")
        return f"That note line's {claim}{measure} {stale} {says(cur)} {cite}."
    # "Your note line is out of date: AWS docs: standard SQS queue, standard SNS topic,
    # ..." left the student to guess which part: a statement entry's own attribute
    # ("destination types") says what the docs' list is a list of
    # ("the account of invocation disagrees" read as garbled to reviewers: what the
    # line claims is about the topic, said plainly)
    about = _statement_topic(cur)
    if about:
        owner = f"{whose}'s " if whose else ""
        return (f"That note line's claim about {owner}{about} {stale} {says(cur)} "
                f"{cite}.")
    if whose:
        return f"That note line's claim about {whose} {stale} {says(cur)} {cite}."
    return f"That note line {stale} {says(cur)} {cite}."


# Longest AWS value an aside gives: a number and its unit, not a sentence (a statement's
# value belongs in check's full correction, not beside another measure's question).
_ASIDE_VALUE = 32


def _asked_facts(pool, asked: set[str], corrected: Fact | None) -> list[Fact]:
    """The facts the question asks, and the one it corrects, read once for a line's flagged
    facts (_asked_measures and _asked_statements each read them before)."""
    facts = [f for f in (_fact_by_id(pool, i) for i in sorted(asked)) if f is not None]
    if corrected is not None:
        facts.append(corrected)
    return facts


def _asked_statements(facts: list[Fact]) -> list[tuple[str, str, str]]:
    """(service, subject, attribute) of each statement among the asked facts (_asked_facts)."""
    return [(f.service.lower(), f.subject.strip().lower(), f.attribute.lower())
            for f in facts if f.kind not in _QUANTITY_KINDS]


def _another_subjects(statements: list[tuple[str, str, str]], service: str, subject: str,
                      attribute: str) -> str:
    """"S3" where a flagged statement is of the topic of an asked statement but of another
    subject, else "": "S3 invokes Lambda synchronously; SQS is polled via event source
    mapping" quoted for "How is the function invoked for SQS events?" told "That note line's
    claim about invocation disagrees with the AWS docs: asynchronous" (S3's mode), read as AWS
    calling SQS's invocation asynchronous (reviewers of session 30, twice); dropping the
    sentence (44d53966) left the wrong S3 claim standing (blind review of session 30)."""
    from studycli.questions.stems import service_name

    mine = (service.lower(), subject.strip().lower())
    if not any(a == attribute.lower() and (s, sub) != mine for s, sub, a in statements):
        return ""
    return subject.strip() or service_name(service)


def _entry_service_unlike(cur: Currency, service: str) -> str:
    """The flagging entry's service, named, where the line's statement is filed under another:
    "SQS max message size 256 KB, SNS max message size 256 KB" is one SQS statement, and "That
    note line's claim about the message size is out of date. AWS docs: 1 MiB (topic
    MaximumMessageSize)" under an SQS question read as SQS's (session 34 reviewer)."""
    from studycli.questions.stems import has_word, service_name

    entry = _entry(cur.reference_id) if cur.reference_id else None
    if not service or entry is None or entry.service.lower() == service.lower() \
            or has_word(f"{entry.subject} {entry.attribute}".lower(), entry.service.lower()):
        return ""  # a line of no service, or a measure that names its service already
    return service_name(entry.service)


def _whose(service: str, asked_services: set[str], attribute: str) -> str:
    """"Amazon SNS " before a measure of a service the question does not ask and the
    measure does not name, else ""."""
    from studycli.questions.stems import has_word, service_name

    if not asked_services or service.lower() in asked_services \
            or has_word(attribute.lower(), service.lower()):
        return ""
    return f"{service_name(service)} "


def _short_aside(attribute: str, value: str, cur: Currency) -> str:
    """A stale figure of another measure on the quoted line, said in one clause with AWS's
    value where it is short: sending the student to run `studycli check` told them nothing
    the sentence could not (reviewers), and left the figure without its replacement."""
    if cur.note_default:
        return (f"That note line's {attribute} figure, {value}, is still the default; "
                f"{_raised_maximum(cur)}.")
    stale = "out of date" if cur.status == "outdated" else "wrong"
    now = says(cur)
    told = f" (AWS docs: {now})" if now and len(now) <= _ASIDE_VALUE else " per the AWS docs"
    return f"That note line's {attribute} figure, {value}, is {stale}{told}."


def _claim_of_another_measure(attribute: str, value: str, cur: Currency) -> bool:
    """The entry flagging a quantity is a claim read anywhere on its line ("SQL Server
    storage size": claim_any_line) whose measure shares no word with the quantity's
    ("retention period"): the finding is about another figure of the line, and it reaches
    every fact there. A quantity entry is left alone: "storage size 16 TiB" met by "gp3
    volume size" is the same figure in other words (same_measure guards its unit)."""
    if cur.kind in _QUANTITY_KINDS or not cur.reference_id:
        return False
    entry = _entry(cur.reference_id)
    if entry is None:
        return False
    from studycli.questions.distractors import measure_words

    mine = measure_words(attribute)
    theirs = measure_words(f"{entry.subject} {entry.attribute}") \
        | measure_words(" ".join(_id_words(cur.reference_id)))
    if not mine or not theirs or mine & theirs:
        return False
    # A claim giving a figure in the quantity's own unit is about it in other words: "NAT
    # gateway bandwidth: 5 Gbps, scaling up to 100 Gbps" flags a line's "throughput 45 Gbps"
    said = " ".join((entry.value or "", *(getattr(entry, "previously", ()) or ())))
    return not _units_in(value) & _units_in(said)


def _units_in(text: str) -> set[str]:
    """The units the numbers of `text` are in, a bare number counted as a count."""
    from studycli.note_numbers import numbers_with_units

    return {unit if unit not in (None, "per_s") else "count"
            for _number, unit, _text in numbers_with_units(text)}


def _asked_measures(facts: list[Fact]) -> list[tuple[str, frozenset[str]]]:
    """(unit, measure words) of each quantity among the asked facts (_asked_facts; [] when
    the question asks none: a scenario or an error code, whose quoted line's stale numbers
    are all told)."""
    from studycli.questions.distractors import measure_words

    return [(f.unit, measure_words(f.attribute)) for f in facts if f.kind in _QUANTITY_KINDS]


def _of_another_measure(pool, fact_id: str, attribute: str, kind: str, cur: Currency,
                        measures: list[tuple[str, frozenset[str]]]) -> bool:
    """A flagged quantity (or a line's claim about one) of no measure the question asks; False
    when the question asks no quantity, or the flagged fact is a plain statement."""
    if not measures or (kind not in _QUANTITY_KINDS and cur.kind not in _QUANTITY_KINDS):
        return False
    return not _of_an_asked_measure(pool, fact_id, attribute, cur, measures)


def _of_an_asked_measure(pool, fact_id: str, attribute: str, cur: Currency,
                         measures: list[tuple[str, frozenset[str]]]) -> bool:
    """The flagged quantity measures what the question asks: a unit of the same kind and a
    word of the measure in common (RDS's 5 read replicas beside Aurora's 15 replicas)."""
    from studycli.questions.distractors import measure_words

    fact = _fact_by_id(pool, fact_id)
    if fact is not None and fact.kind in _QUANTITY_KINDS:
        unit, words = fact.unit, measure_words(fact.attribute)
    else:  # a line's claim about a quantity ("max message size 256 KB"): the entry's measure
        entry = _entry(cur.reference_id) if cur.reference_id else None
        unit = cur.unit
        words = measure_words(entry.attribute if entry is not None else attribute)
    return any((u == unit or {u, unit} <= _COUNTS) and words & mine for u, mine in measures)


def _entry_measure(cur: Currency) -> str:
    """The measure a quantity entry is of, as the entry names it (its subject and attribute:
    "object size"); "" for a statement entry, whose value says what it is about. Its id is a
    key, not words ("elasticache.cache-get-only.default" read "cache get only")."""
    if cur.kind not in _QUANTITY_KINDS or not cur.reference_id:
        return ""
    entry = _entry(cur.reference_id)
    if entry is None:
        return ""
    # a claim entry's attribute says so ("record size claim"): the measure is "record size"
    return re.sub(r"\s+claim$", "", " ".join(w for w in (entry.subject, entry.attribute) if w))


def _statement_topic(cur: Currency) -> str:
    """What a statement entry is about, as its attribute names it ("destination types"), or
    "" (no entry, or an attribute that is only a heading's words)."""
    if cur.kind in _QUANTITY_KINDS or not cur.reference_id:
        return ""
    entry = _entry(cur.reference_id)
    attribute = (entry.attribute or "").strip() if entry is not None else ""
    return attribute if 1 <= len(attribute.split()) <= 4 else ""


def _stale_as_said(pool, fact_id: str, cur: Currency) -> bool:
    """The flagged fact's line does not say the change itself ("was 512 MB fixed, now
    configurable 512 MB to 10,240 MB") nor give AWS's number as the fact's own."""
    if cur.takes_effect:
        return True
    fact = _fact_by_id(pool, fact_id)
    return fact is None or stale_on_note(fact, cur)


def _misread(pool, fact_id: str, cur: Currency) -> bool:
    """A fact the question layer judges misattributed ("BatchGetItem: up to 100 items" read as
    BatchWriteItem's batch size), or a mode the line does not say of its invoker, is no claim
    of the note's to call out of date."""
    from studycli.questions.attribution import misattributed

    fact = _fact_by_id(pool, fact_id)
    return fact is not None and misattributed(fact)


def _fact_by_id(pool, fact_id: str) -> Fact | None:
    # One row from the notes' database (a quiz's first card must not wait for every fact to
    # load, and an exam's pool holds the keyed facts, not the note's); from memory without one.
    db = pool.currency_db or pool.db
    if db is None:
        by_id = pool.__dict__.get("_facts_by_id")
        if by_id is None:  # built once per pool (the exam's index of the same name)
            by_id = pool.__dict__["_facts_by_id"] = {f.id: f for f in pool.facts}
        return by_id.get(fact_id)
    fields = ", ".join(Fact.__dataclass_fields__)
    row = db.execute(f"SELECT {fields} FROM facts WHERE id = ?", [fact_id]).fetchone()
    return Fact(*row) if row else None


_QUANTITY_KINDS = (Kind.LIMIT, Kind.DEFAULT, Kind.RANGE)
_CAVEAT_OPENINGS = ("The same note line's ", "That note line ", "That note line's ")


def caveat_in(explanation: str) -> str:
    """The line caveat an explanation carries ("" when none): a view that shows the note line
    itself shows this sentence under it."""
    at = min((i for i in (explanation.find(o) for o in _CAVEAT_OPENINGS) if i >= 0), default=-1)
    return explanation[at:] if at >= 0 else ""


def _flagged_on_line(pool, source: str, line: int) -> list[tuple[tuple, Currency, str]]:
    """(what the note says: value, service, subject, attribute, kind; its Currency; the fact's
    id) of every fact of (source, line) the reference flags, in note order."""
    db = pool.currency_db or pool.db
    if db is None:
        out = []
        for f in pool.facts:
            if f.source == source and f.line == line:
                cur = currency_of(f, pool)
                if cur is not None and cur.told:
                    out.append(((f.value, f.service, f.subject, f.attribute, f.kind), cur, f.id))
        return out
    flagged = pool.__dict__.get("_flagged_lines")
    if flagged is None:
        from studycli.store.currency import flagged_facts_by_line

        flagged = pool.__dict__["_flagged_lines"] = flagged_facts_by_line(db.conn)
    return [(said, _currency(row), row["fact_id"]) for said, row in flagged.get((source, line), ())]
