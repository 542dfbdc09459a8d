"""The AWS reference (data/reference/*.toml) and what it says about a student's notes.

API for the rest of the app (stdlib only here: no typer, rich or sqlite-utils):

    from studycli.reference import assess, entries_for_query, load_reference

    a = assess(fact)            # fact: a model.Fact, a fact row dict, or any object with
                                # service/subject/attribute/kind/qualifier/value/number/unit/
                                # low/high/snippet
    if a is not None:           # None: no reference entry is about this fact
        a.status                # "current" | "outdated" | "wrong" | "unknown"
        a.current_value         # "1 MiB": what AWS says now, as display text
        a.number, a.unit        # canonical (a.low, a.high for ranges)
        a.url, a.checked        # the AWS documentation page and when it was verified
        a.changed               # "2025-08" (YYYY-MM[-DD]) or "" when no change is recorded
        a.statement, a.entry_id, a.exam_note
        a.flagged               # status is outdated or wrong

    entries_for_query("sqs max message size")   # verified entries, best first (for "AWS
                                                # docs say ..." when the notes do not answer)
    ref = load_reference()      # .entries, .problems, .last_checked, .verified

`assess` and `entries_for_query` take `reference=` (a loaded Reference); without it they read
only the files that hold the services concerned (~2-5 ms; the whole reference of ~590 entries
is ~30-80 ms of tomllib). `load_reference(directory=None, services=None)` reads
$STUDYCLI_REFERENCE, else data/reference/, and is cached until a file changes; matching builds
its index on first use.
How statuses are decided: studycli/reference/assess.py.
"""

from studycli.reference.assess import assess
from studycli.reference.entry import FLAGGED, STATUSES, Assessment, Entry
from studycli.reference.loader import load_reference, reference_dir
from studycli.reference.query import entries_for_query

__all__ = ["FLAGGED", "STATUSES", "Assessment", "Entry", "assess", "entries_for_query",
           "load_reference", "reference_dir"]
