"""Every fact of the fact base assessed against the reference, as rows for the fact_currency
table: written at ingest, read by lookup (and anything else that shows a fact)."""

from __future__ import annotations

from collections.abc import Callable
from operator import attrgetter

from studycli.reference.assess import assess
from studycli.reference.entry import verdict
from studycli.reference.loader import load_reference


def currency_rows(facts, plan_lines: dict | None = None) -> list[dict]:
    """One row per fact the reference has an opinion on: a status (current, outdated, wrong),
    or a suspicion about a number it cannot call outdated (status unknown, `suspect` says why).

    `plan_lines`: the notes' AWS Support plan lines by (source, line) (plan_lines.py). A fact
    the parser took from one, under whatever service ("Budgets / production system down =
    1 h"), that no other entry has found current or stale gets the plan line's finding (outdated,
    or current until the plan ends, with that date): a quiz explanation or lookup quoting the
    line then says the plan ends, as `check` does."""
    from studycli.app.clock import today

    reference = load_reference()
    day = today()  # (a clock read per fact was a twentieth of this loop)
    facts = list(facts)
    # The facts of one line one after another (they come in key order): what is read off a
    # line for its facts (its quantities, the claims' prefilter) is then read once. The rows
    # keep the facts' order.
    found: list[dict | None] = [None] * len(facts)
    where = list(map(_SOURCE_LINE, facts))
    for i in sorted(range(len(facts)), key=where.__getitem__):
        found[i] = _row(facts[i], reference, day, plan_lines)
    return [row for row in found if row is not None]


_SOURCE_LINE = attrgetter("source", "line")


def _row(fact, reference, day: str, plan_lines: dict | None) -> dict | None:
    """currency_rows' row of one fact, or None."""
    from studycli.reference.suspect import MISFILED, suspicion

    a = assess(fact, reference, day)
    # Not over a fact another entry finds current: a right fact of the line stays
    # drillable, and the line's other facts carry the notice.
    if plan_lines and (a is None or a.status == "unknown"):
        plan = plan_lines.get((fact.source, fact.line))
        on_plan = assess(plan, reference, day) if plan is not None else None
        if on_plan is not None and (on_plan.status in ("outdated", "wrong")
                                    or on_plan.takes_effect):
            a = on_plan
    if a is not None and a.status in ("outdated", "wrong"):
        return {**as_row(fact.id, a), "note_default": still_default(fact, a, reference),
                # what check calls it (outdated, wrong, differs), for lookup to say so too
                "verdict": verdict(a.status, a.entry, fact, a.how)}
    doubt = suspicion(fact, reference)
    if doubt:
        # a doubt about the filing names no entry: the line's number is not that measure's
        judged = a if a is not None and not doubt.startswith(MISFILED) else None
        return {"fact_id": fact.id, "status": a.status if a else "unknown",
                "current_value": judged.current_value if judged else "",
                "url": judged.url if judged else "", "checked": judged.checked if judged else "",
                "changed": "", "reference_id": judged.entry_id if judged else "",
                "statement": "", "kind": "", "qualifier": "", "number": None,
                "unit": "", "low": None, "high": None, "suspect": doubt,
                "note_default": "", "exam_note": "", "takes_effect": "", "how": ""}
    if a is not None and a.status == "current":
        return as_row(fact.id, a)
    return None


def still_default(fact, a, reference) -> str:
    """The reference's default, when a note's outdated maximum is exactly today's default
    ("SNS messages <= 256 KB": 256 KiB is still the default; 1 MiB is the raised maximum).
    The quiz's explanations (via fact_currency) and `check` both say so."""
    from studycli.reference.keys import fact_key
    from studycli.reference.values import close

    if a.entry.qualifier != "max":
        return ""
    number = getattr(fact, "number", None)
    if number is None:  # a line judged by its text alone ("# record max 1 MB", line_claims)
        number = _stale_number(fact.snippet or "", a.entry)
    if number is None:
        return ""
    # The family of the entry that flags the note, not of the note's key: "SNS message max
    # 256 KB" under a "fan-out" heading (subject "fan-out") was told "it is out of date" while
    # the same 256 KB without the heading was "still the default" (a new user saw both).
    # (the keyed measure a claim restates: its own key holds its family)
    index = reference.index()
    flagging = _keyed_measure(a.entry, index)
    family = index.by_key.get(fact_key(flagging.service, flagging.subject, flagging.attribute), [])
    for e in family:
        if e.verified and e.qualifier == "default" and close(number, e.number, e.unit):
            return e.value
    return ""


def _stale_number(text: str, entry) -> float | None:
    """The number of a line read without a fact that is one of the entry's previous values:
    what the line says the limit is."""
    from studycli.extract.quantities import find_quantities
    from studycli.reference.assess import previous_values
    from studycli.reference.values import close

    before = [p.number for p in previous_values(entry) if p.number is not None]
    return next((q.number for q in find_quantities(text) if q.unit == entry.unit
                 and any(close(q.number, b, entry.unit) for b in before)), None)


def _keyed_measure(entry, index):
    """The keyed entry an any-line claim entry restates (kinesis.record-size.claim ->
    kinesis.record-size.max: the same service, qualifier, unit and number, in a family with a
    default; the index holds them by measure, keys.Index.measures), or the entry itself when
    its own family has a default or none restates it."""
    from studycli.reference.keys import fact_key, measure

    own = index.by_key.get(fact_key(entry.service, entry.subject, entry.attribute), [])
    if entry.number is None or any(x.qualifier == "default" for x in own):
        return entry
    return next((e for e in index.measures.get(measure(entry), []) if e is not entry), entry)


def as_row(fact_id: str, a) -> dict:
    e = a.entry
    return {"fact_id": fact_id, "status": a.status, "current_value": a.current_value,
            "url": a.url, "checked": a.checked, "changed": a.changed or "",
            "reference_id": a.entry_id, "statement": a.statement, "kind": e.kind,
            "qualifier": e.qualifier,
            "number": a.number, "unit": a.unit, "low": a.low, "high": a.high, "suspect": "",
            "note_default": "", "exam_note": a.exam_note or "",
            "takes_effect": a.takes_effect or "", "how": a.how}


def refresh_currency(db, new_stamp: str | None = None,
                     rows_of: Callable[[], list[dict]] | None = None) -> int:
    """After an ingest: every fact's status against the reference into fact_currency, in one
    transaction; skipped when neither the facts nor the reference changed since the last time
    (a no-op ingest would otherwise parse the whole reference again; `new_stamp`: the caller
    already found them changed, and this is the stamp to store). `rows_of`: waits for the
    rows, worked out elsewhere for `new_stamp` (studycli/ingest_beside.py). Returns how many
    facts are outdated or wrong."""
    from studycli.app.clock import today
    from studycli.currency_stamp import stale_stamp
    from studycli.store.cards import write
    from studycli.store.currency import replace_all
    from studycli.store.facts import list_facts

    new_stamp = new_stamp or stale_stamp(db.conn, today())
    if new_stamp is None:
        return -1  # unchanged
    try:
        rows = rows_of() if rows_of is not None else \
            currency_rows(list_facts(db), plan_lines_of(db))
    except Exception as exc:  # a broken reference file costs the markers, never the ingest
        import sys

        print(f"studycli: the AWS reference could not be read ({exc}); facts are not "
              "checked against it", file=sys.stderr)
        rows = []
    write(db, lambda conn: replace_all(conn, rows, new_stamp))
    return sum(r["status"] in ("outdated", "wrong") for r in rows)


def plan_lines_of(db) -> dict:
    """The notes' AWS Support plan lines by (source, line), for currency_rows."""
    from studycli.reference.plan_lines import note_plan_lines

    return {(p.source, p.line): p for p in note_plan_lines(db.conn, None)}
