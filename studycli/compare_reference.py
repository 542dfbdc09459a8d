"""Rows from the AWS reference for a comparison the notes leave thin: where the notes give a
pair fewer than MIN_ROWS aspects, the measures the reference states for both sides are added,
marked as from the AWS docs and citing the page (never mixed with the notes' own cells)."""

from __future__ import annotations

MIN_ROWS = 3
MARK = " (AWS docs)"
QUALIFIER_WORD = {"max": "max ", "min": "min ", "default": "default "}


def reference_rows(left, right, taken: set[str]) -> list[tuple[str, tuple, tuple]]:
    """(aspect, (left value, url), (right value, url)) for each measure the reference states
    for both sides that the notes do not already compare."""
    from studycli.reference import load_reference
    from studycli.reference.keys import fact_key

    try:
        reference = load_reference(services=sorted({left.service, right.service}))
    except Exception:  # the reference is a supplement: a broken file costs only these rows
        return []

    def measures(side) -> dict:
        def on_side(e) -> bool:
            service, subject, _ = fact_key(e.service, e.subject, e.attribute)
            return (e.verified and service == side.service.lower()
                    and subject == side.subject.lower())

        out: dict = {}
        mine = [e for e in reference.entries if on_side(e)]
        # an entry restating another on this side (an any-line claim copy, "message size
        # claim") is the same fact: its own attribute is an internal name and would show as a
        # second row. Only then is it dropped: swapping it for an original filed under another
        # subject ("rds.backup-retention.range-claim" -> "automated backups") put that fact
        # on a side it does not describe ("compare rds sqs": a "retention period" row)
        ids = {e.id for e in mine}
        for e in [e for e in mine if not (e.restates and e.restates in ids)]:
            _, _, attribute = fact_key(e.service, e.subject, e.attribute)
            out.setdefault((attribute, e.qualifier), e)  # a minimum never faces a maximum
        return out

    mine, theirs = measures(left), measures(right)
    rows = []
    for attribute, qualifier in sorted(set(mine) & set(theirs)):
        if any(attribute in t for t in taken):
            continue  # the notes already compare this
        a, b = mine[(attribute, qualifier)], theirs[(attribute, qualifier)]
        if a.value.strip().lower() == b.value.strip().lower():
            continue  # the same on both sides: not a difference worth a row
        aspect = f"{QUALIFIER_WORD.get(qualifier, '')}{attribute}{MARK}"
        rows.append((aspect, (a.value, a.url), (b.value, b.url)))
    return rows
