"""The findings of `studycli check`: every note fact assessed, one finding per note line and
reference entry, in the public JSON shape."""

from __future__ import annotations

from studycli.reference.assess import SEVERITY, assess
from studycli.reference.entry import FLAGGED


class Finding:
    __slots__ = ("fact", "assessment")

    def __init__(self, fact, assessment):
        self.fact = fact
        self.assessment = assessment

    @property
    def status(self) -> str:
        return self.assessment.status

    def to_dict(self) -> dict:
        f, a = self.fact, self.assessment
        return {
            "service": f.service, "subject": f.subject, "attribute": f.attribute,
            "qualifier": f.qualifier, "status": a.status, "note_value": f.value,
            "current_value": a.current_value, "source": f.source, "line": f.line,
            "snippet": f.snippet,
            "reference": {"id": a.entry_id, "url": a.url, "checked": a.checked,
                          "changed": a.changed or None},
        }


def find_all(facts, reference) -> list[Finding]:
    """Every fact the reference has an opinion on, one per (note line, entry), worst first
    kept; ordered by note and line."""
    best: dict[tuple, Finding] = {}
    for fact in facts:
        a = assess(fact, reference)
        if a is None:
            continue
        key = (fact.source, fact.line, a.entry_id)
        held = best.get(key)
        if held is None or SEVERITY[a.status] > SEVERITY[held.status]:
            best[key] = Finding(fact, a)
    return sorted(best.values(), key=lambda x: (x.fact.source, x.fact.line, x.assessment.entry_id))


def counts(findings: list[Finding]) -> dict[str, int]:
    out = {"current": 0, "outdated": 0, "wrong": 0, "unknown": 0}
    for x in findings:
        out[x.status] += 1
    return out


def flagged(findings: list[Finding]) -> list[Finding]:
    return [x for x in findings if x.status in FLAGGED]
