"""Numbers the AWS reference gives reason to doubt, though it cannot call them outdated.

The parser reads messy notes, and a number can land under the wrong measure ("185 retries" of
EventBridge filed as SQS's), a default be taken for a maximum ("1,000 concurrent executions,
max"), a minimum for the setting itself ("buffer 1 MB"), or a default for a range's low end
("timeout 3 (default) – 900 s" as 3–900 s). Where the reference states the same measure of the
same service, a note's number that is none of the values AWS gives for it (now or before) is
suspect: it stays in lookup, flagged nowhere, but no quiz card or exam question asserts it.
Where the reference says nothing about the measure, nothing is suspected.

A number its line gives for something else (another service's quota named before it, a
threshold an order of magnitude from every value AWS ever gave the measure: "objects < 128 KB
never moved to IA tier in INT" filed as S3's maximum object size) is not that measure's, so
the entry does not judge it: the doubt is then the filing's (MISFILED), which names no AWS
value, and the number is still kept out of questions.
"""

from __future__ import annotations

from studycli.model import Kind
from studycli.reference.keys import fact_key
from studycli.reference.values import close, parse_value

NUMERIC_KINDS = (Kind.LIMIT, Kind.DEFAULT, Kind.RANGE)


def suspicion(fact, reference) -> str:
    """Why a note's number is doubtful against the reference ("" when it is not)."""
    kind = str(getattr(fact, "kind", ""))
    if kind not in NUMERIC_KINDS or not fact.unit:
        return ""
    entries = _same_measure(fact, reference)
    if not entries:
        return ""
    if kind == Kind.RANGE or fact.qualifier == "range":
        return _range(fact, entries)
    number = fact.number
    if number is None:
        return ""
    matching = [e for e in entries if _states(e, number)]
    if not matching and _said_of_another(fact, entries):
        return misfiled(fact)
    if not matching:
        shown = ", ".join(dict.fromkeys(e.value for e in entries[:3]))
        if _far_from_every(number, entries):
            # a line's number of something else ("objects < 128 KB" filed as S3's object size)
            # or a slip of a digit ("long polling max 200 s"): AWS's value is given either
            # way, the note is not called wrong
            return (f"the AWS docs give {shown} for this measure, far from this number: "
                    f"it may be of something else (not quizzed)")
        return f"the AWS docs give other values for this measure ({shown})"
    roles = {_role(e, number) for e in matching if _now(e, number)}
    if fact.qualifier == "max" and roles == {"default"}:
        return "the AWS docs call this a default you can change, not a maximum"
    if fact.qualifier == "" and roles == {"min"} and any(e.qualifier == "default"
                                                          for e in entries):
        return "this is only the minimum the AWS docs give, not the setting's value"
    return ""


# The start of every doubt about the parser's filing rather than the note's number: currency
# rows holding one name no AWS value (reference/currency.py).
MISFILED = "filed as "


def misfiled(fact) -> str:
    """The doubt about a number filed under a measure its line does not give."""
    what = " ".join(p for p in (fact.service, fact.subject, fact.attribute) if p)
    qualifier = f" ({fact.qualifier})" if fact.qualifier else ""
    return f"{MISFILED}{what}{qualifier}, which its line may not give: not quizzed"


def _said_of_another(fact, entries: list) -> bool:
    """Whether the note's line says its number is of another measure than the entries'
    (assess.said_of_another_measure: another service named first...)."""
    from studycli.reference.assess import said_of_another_measure

    return any(said_of_another_measure(fact, e) for e in entries)


def _far_from_every(number: float, entries: list) -> bool:
    """Whether the note's number is at least WRONG_RATIO times away from every value, now or
    before, that AWS gives the measure (assess reads such a number the same way when it would
    flag it by key)."""
    from studycli.reference.assess import WRONG_RATIO

    values = [abs(v) for e in entries for v in _values(e) if v]
    return bool(values) and number != 0 and all(
        max(v, abs(number)) / min(v, abs(number)) >= WRONG_RATIO for v in values)


def _role(e, number: float) -> str:
    """What `number` is in entry `e`: its qualifier, or for a range which end."""
    if e.qualifier != "range":
        return e.qualifier
    return "min" if close(number, e.low, e.unit) else "max" if close(number, e.high, e.unit) \
        else "range"


# Which of the reference's qualifiers state the same measure as a note's qualifier: a note's
# minimum is not doubted for differing from the reference's maximum.
COMPARABLE = {"max": {"max", "default", "range", ""}, "min": {"min", "range"},
              "default": {"default", ""}, "": {"max", "min", "default", "range", ""},
              "range": {"range", "min", "max", "default"}}


def _same_measure(fact, reference) -> list:
    """Verified numeric entries for the fact's service, subject (else the service itself) and
    attribute, in its unit and of a comparable qualifier. Never another subject's: Glacier's
    minimum storage duration is not Intelligent-Tiering's. Nor the service's own, for a part
    named after another service: Firehose's Lambda transform buffers 1 to 3 MB, not the 1 to
    128 MiB of the stream's delivery buffer."""
    service, subject, attribute = fact_key(fact.service, fact.subject, fact.attribute)
    index = reference.index()
    pool = index.by_key.get((service, subject, attribute)) or (
        index.by_key.get((service, "", attribute), [])
        if subject and not _named_after_another(fact.service, fact.subject) else [])
    wanted = COMPARABLE.get(fact.qualifier, COMPARABLE[""])
    return [e for e in pool if e.verified and e.kind in NUMERIC_KINDS and e.unit == fact.unit
            and e.qualifier in wanted]


def _named_after_another(service: str, subject: str) -> bool:
    """Whether a subject's name names another service ("Lambda transform" of Data Firehose,
    "Lambda authorizer" of API Gateway)."""
    from studycli.services import find_services

    return any(m.name != service for m in find_services(subject))


def _values(e) -> list[float]:
    out = [v for v in (e.number, e.low, e.high) if v is not None]
    for old in e.previously or ():
        p = parse_value(str(old), e.unit)
        if p is not None:
            out += [v for v in (p.number, p.low, p.high) if v is not None]
    return out


def _states(e, number: float) -> bool:
    return any(close(number, v, e.unit) for v in _values(e))


def _now(e, number: float) -> bool:
    return any(close(number, v, e.unit) for v in (e.number, e.low, e.high) if v is not None)


def _range(fact, entries) -> str:
    low, high = fact.low, fact.high
    if low is None or high is None:
        return ""
    ranges = [e for e in entries if e.low is not None and e.high is not None]
    if not ranges:
        # "Timeout 3 (default) – 900 s" read as a range: its low end is the default.
        defaults = [e for e in entries if e.qualifier == "default" and close(low, e.number)]
        mins = [e for e in entries if e.qualifier == "min"]
        if defaults and not any(close(low, e.number) for e in mins):
            return "its low end is the default the AWS docs give, not the minimum"
        return ""
    if any(close(low, e.low) and close(high, e.high) for e in ranges):
        return ""
    olds = [p for e in ranges for p in (parse_value(str(o), e.unit) for o in e.previously or ())
            if p is not None and p.low is not None]
    if any(close(low, p.low) and close(high, p.high) for p in olds):
        return ""  # an old range: `assess` calls that outdated, and questions correct it
    shown = ", ".join(dict.fromkeys(e.value for e in ranges[:2]))
    return f"the AWS docs give another range ({shown})"
