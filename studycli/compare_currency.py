"""What `studycli check` says of a compare cell's note line, on the side it belongs to.

A compare cell marked from the fact base's stored statuses (fact_currency) could say another
thing than `check` of the same note line: a line `check` calls outdated through a claim pattern
or a finding the quiz's rule does not vouch for showed an unmarked "256 KB", and an old maximum
that is still the default ("SNS messages <= 256 KB") showed only "AWS now: 1 MiB", where `check`
says the 256 KiB is still the default. So a cell's stale mark is `check`'s own finding on the
cells' lines (checking.findings_at): the finding of one of the cell's facts, or a claim `check`
read off the cell's line for the cell's side whose old value is the cell's number.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass


@dataclass(frozen=True)
class StaleMark:
    """`check`'s verdict on a cell: what AWS says now, the page, and the default the note's
    value still is ("" when it is none)."""
    status: str
    now: str
    url: str
    still_default: str = ""
    # outdated | wrong | differs, as check labels the line (reference.entry.verdict)
    verdict: str = ""


class CheckFindings:
    """The flagged findings of `check` on the whole fact base, by fact and by note line."""

    def __init__(self, records: list[dict]) -> None:
        self.by_fact: dict[str, dict] = {}
        self.by_place: dict[tuple[str, int], list[dict]] = defaultdict(list)
        for x in records:
            if x["status"] not in ("outdated", "wrong") or x.get("takes_effect"):
                continue
            if x.get("fact_id"):
                held = self.by_fact.get(x["fact_id"])
                if held is None or (held["status"], x["status"]) == ("outdated", "wrong"):
                    self.by_fact[x["fact_id"]] = x
            self.by_place[(x["source"], int(x["line"]))].append(x)

    def for_cell(self, side, value: str, source: str, line: int,
                 fact_ids: tuple[str, ...]) -> StaleMark | None:
        """`check`'s finding on the cell: one of its facts', else one on its line about its
        side whose value, or an old value its claim is about, is what the cell states (check
        tells a line once per entry, through whichever of its facts came first)."""
        found = [self.by_fact[i] for i in fact_ids if i in self.by_fact]
        if not found and source and line:
            found = [x for x in self.by_place.get((source, line), [])
                     if _about_side(x, side) and (_same_value(value, x)
                                                  or _states_old_value(value, x))]
        if not found:
            return None
        x = next((y for y in found if y["status"] == "wrong"), found[0])
        return StaleMark(x["status"], x.get("current_value") or "", x.get("url") or "",
                         x.get("note_default") or "", x.get("verdict") or x["status"])


def _about_side(x: dict, side) -> bool:
    """Whether a line's finding is about the cell's side: its entry's service (what "AWS
    now" is about) is the side's, and its subject, when it names one, the side's too."""
    service, subject = x["json"]["service"], x["json"]["subject"]
    if service.lower() != side.service.lower():
        return False
    return not subject or not side.subject or subject.lower() == side.subject.lower()


def _same_value(cell: str, x: dict) -> bool:
    """Whether the cell states the finding's note value: as written, or as the same number
    in the entry's unit ("30 seconds" for a fact whose value is "30 s")."""
    from studycli.compare_model import same_value

    note_value, unit = x["value"], x.get("unit") or ""
    if not note_value:
        return False
    if same_value(cell, note_value):
        return True
    from studycli.reference.values import close

    said = _numbers_in(note_value, unit)
    return bool(said) and any(close(n, m, unit) for n in _numbers_in(cell, unit) for m in said)


def _numbers_in(text: str, unit: str) -> list[float]:
    """The numbers `text` writes in `unit` (canonical); a bare number is a count ("| replicas
    | 15 | 5 |"); any other unit is written out."""
    if not unit:
        return []
    from studycli.note_numbers import numbers_with_units

    return [n for n, u, _ in numbers_with_units(text)
            if u == unit or (u is None and unit == "count")]


def _states_old_value(value: str, x: dict) -> bool:
    """Whether the cell states, in the entry's unit, one of the old values its claim is
    about: a claim about another measure of the same line does not mark this cell."""
    olds = x.get("old_numbers") or []
    unit = x.get("unit") or ""
    if not olds:
        return False
    from studycli.reference.values import close

    return any(close(n, old, unit) for n in _numbers_in(value, unit) for old in olds)


def stored_findings(db, fact_ids: list[str]) -> CheckFindings:
    """The stale statuses stored for `fact_ids` at ingest (fact_currency) where the quiz's
    rule vouches for them (store.currency.VOUCHED), as findings of those facts: what the
    quiz's compare cards read (compare_cards), which must not work out a whole `check` to
    ask one card."""
    from studycli.store.currency import for_facts, vouched_ids

    if not fact_ids:
        return CheckFindings([])
    vouched = vouched_ids(db.conn, fact_ids)
    return CheckFindings([{**row, "source": "", "line": 0}
                          for i, row in for_facts(db.conn, fact_ids).items() if i in vouched])


def check_findings(db, places: set[tuple[str, int]]) -> CheckFindings | None:
    """`check`'s findings on the note lines `places` ((source, line)) the compared cells come
    from (checking.findings_at); None when they cannot be worked out (a broken reference
    file): the cells are then marked from the statuses stored at ingest, as the quiz's
    compare cards are, not left unmarked."""
    from studycli.checking import findings_at

    if not places:
        return CheckFindings([])
    try:
        return CheckFindings(findings_at(db, places))
    except Exception:  # noqa: BLE001 - any failure of the check leaves the stored statuses
        return None
