"""The findings of `studycli check`: every note fact assessed, one finding per note line and
reference entry, in the public JSON shape."""

from __future__ import annotations

from studycli.app.clock import today
from studycli.reference.assess import SEVERITY, assess, contradicting_claims
from studycli.reference.entry import FLAGGED, verdict
from studycli.reference.line_claims import NoteLine
from studycli.restated_claims import without_restated


class Finding:
    __slots__ = ("assessment", "fact")

    def __init__(self, fact, assessment):
        self.fact = fact
        self.assessment = assessment

    @property
    def status(self) -> str:
        return self.assessment.status

    @property
    def verdict(self) -> str:
        """What check, lookup and compare call it (entry.verdict): the status, or `differs`
        for a `wrong` one the reference cannot tell was ever AWS's value or not."""
        a = self.assessment
        return verdict(a.status, a.entry, self.fact, a.how)

    def to_dict(self) -> dict:
        f, a = self.fact, self.assessment
        return {
            "service": f.service, "subject": f.subject, "attribute": f.attribute,
            "qualifier": f.qualifier, "status": a.status,
            # beside `status` (kept as it was): "differs" where status is "wrong" but the
            # reference cannot tell whether the note's value was ever AWS's (entry.verdict)
            "verdict": self.verdict, "note_value": f.value,
            "current_value": a.current_value, "source": f.source, "line": f.line,
            "snippet": f.snippet,
            "reference": {"id": a.entry_id, "url": a.url, "checked": a.checked,
                          "changed": a.changed or None},
            # An AWS change announced for a date still to come that ends what the note says:
            # the note is current until that date (YYYY-MM-DD), then outdated; else null.
            "takes_effect": a.takes_effect or None,
        }


def find_all(facts, reference, lines=()) -> list[Finding]:
    """Every fact the reference has an opinion on, ordered by note and line. One finding per
    note line and thing checked: "from 0B to 5TB" is one finding, not a max and a range.
    `lines`: (pseudo fact, assessment) pairs judged from a note line's text alone
    (line_claims.line_findings); they merge with the facts' findings of the same line and
    entry, a fact's winning a tie."""
    best: dict[tuple, Finding] = {}

    def keep(fact, a) -> None:
        e = a.entry
        # A range is judged by its high end, so it and the maximum are one claim; a default
        # stated on the same line is another.
        claim = "default" if e.qualifier == "default" else "bounds"
        key = (fact.source, fact.line, e.service, e.subject, e.attribute, claim)
        held = best.get(key)
        if held is None or SEVERITY[a.status] > SEVERITY[held.status] or (
                SEVERITY[a.status] == SEVERITY[held.status]
                and held.assessment.how == "claim" and a.how == "key"):
            # On a tie the fact the entry met by key is the one shown: a claim about the
            # line may have landed on another number of it ("3 AZs" for a replica limit).
            best[key] = Finding(fact, a)

    day = today()  # read once, as currency_rows does: a clock read per fact was ~5 us
    for fact in facts:
        a = assess(fact, reference, day)
        if a is not None:
            keep(fact, a)
        # A fact judged by key leaves the line's claims about other measures untold; one
        # judged by claim already carries the most severe of them.
        if a is None or a.how == "key":
            for other in contradicting_claims(fact, reference):
                if a is None or other.entry is not a.entry:
                    # told as the line it is about, not as this fact's value and key
                    # ("504 = Gateway Timeout" for a 29 s timeout claim)
                    keep(NoteLine(fact.source, fact.line, fact.snippet, other.entry), other)
    for fact, a in lines:
        keep(fact, a)
    return sorted(_one_per_quantity(best.values()),
                  key=lambda x: (x.fact.source, x.fact.line, x.assessment.entry_id))


def _one_per_quantity(found) -> list[Finding]:
    """One finding per line and quantity (restated_claims.without_restated): where a claim
    entry (a pattern, whether on the line alone or through one of its facts) and an entry met
    by key state one measure of one line, the keyed finding is told if at least as severe."""
    return without_restated(
        found, place=lambda x: (x.fact.source, x.fact.line),
        quantity=lambda x: _quantity(x.assessment.entry),
        keyed=lambda x: x.assessment.how == "key" and not isinstance(x.fact, NoteLine),
        severity=lambda x: SEVERITY[x.status])


def _quantity(e) -> tuple | None:
    """What an entry tells a line: a number of one service in its unit, whatever key or
    qualifier it is filed under. S3's 10,000 buckets is a default, and also the entry for the
    "max N buckets" the parser writes: "max 100 buckets per account" was told it twice, once
    with the value and once with the default entry's sentence."""
    return None if e.number is None else (e.service, e.unit, e.number)


def counts(findings: list[Finding]) -> dict[str, int]:
    """Findings by status, and `upcoming`: the current ones an announced change will end."""
    out = {"current": 0, "outdated": 0, "wrong": 0, "unknown": 0, "upcoming": 0}
    for x in findings:
        out[x.status] += 1
        out["upcoming"] += bool(x.assessment.takes_effect)
    return out


def flagged(findings: list[Finding]) -> list[Finding]:
    return [x for x in findings if x.status in FLAGGED]


def told(findings: list[Finding]) -> list[Finding]:
    """What `check` tells a student without --all: the outdated and wrong findings, and the
    current ones an announced AWS change will end (with its date)."""
    return [x for x in findings if x.status in FLAGGED or x.assessment.takes_effect]
