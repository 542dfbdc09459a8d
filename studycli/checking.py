"""`studycli check`'s work: the findings for the whole fact base, for some notes or for one
service, as plain records (what the view and the JSON read).

The whole fact base's findings are kept between runs: checking every note fact against the AWS
reference parses ~36 TOML files, compiles ~160 claim patterns and assesses ~1,000 facts
(0.2-0.4 s), yet the answer changes only when the facts or the reference do. The findings are
kept (studycli/kept.py) under a key that covers everything they
depend on: the database file, every fact row (content, not a count), the reference files, the
matching code, and the data files the matching reads (aliases, attributes). Any change gives
another key, and the check runs in full. With PATHs or a service it always runs in full.

Nothing here decides a status: the records are what studycli.reference.findings found.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

from studycli import kept
from studycli.errors import StudyError

VERSION = "check-8"  # change when the record shape changes (check-8: "suspect", in the JSON too)


def key(conn: sqlite3.Connection, db_path: Path) -> str:
    """Changes when any fact row, reference file, matching module or data file changes.

    The reference's files are found through studycli.paths, not studycli.reference, whose
    package import (the matcher, its patterns) costs more than the rest of a kept check."""
    return kept.key(conn, db_path, [kept.FACT_ROWS, _NOTE_FILES],
                    _files(), VERSION)


def _files() -> list[str | Path]:
    """The files the findings depend on: the reference's, the data's and the matcher's."""
    return [*kept.reference_files(), *kept.data_files(),
            *kept.package_files("reference", "services.py", "model.py")]


# Every note line is read for claims that need no fact (line_claims) and for support plan
# lines (plan_lines): a note edited only on a line without facts changes no fact row, but it
# changes its file's hash; a note read again by a newer reader may change its lines, not its
# hash, and changes its reader's stamp.
_NOTE_FILES = "SELECT path, sha256, reader FROM sources ORDER BY path"


def load(db_path: Path, stamp: str) -> dict | None:
    return kept.load("check", db_path, stamp)


def save(db_path: Path, stamp: str, result: dict) -> None:
    kept.save("check", db_path, stamp, result)


def records(findings, reference, facts_checked: int) -> dict:
    """What the view and the JSON need from a full check, as plain data."""
    from studycli.reference.findings import counts

    return {
        "reference": {"entries": len(reference.entries), "verified": reference.verified,
                      "last_checked": reference.last_checked,
                      "oldest_checked": reference.oldest_checked},
        "problems": list(reference.problems),
        "tally": {**counts(findings),
                  # the wrong ones the reference cannot call wrong (reference.entry.verdict)
                  "differs": sum(x.verdict == "differs" for x in findings)},
        "facts_checked": facts_checked,
        "findings": [_record(x, reference) for x in findings],
    }


def _record(finding, reference) -> dict:
    from studycli.reference.currency import still_default

    f, a = finding.fact, finding.assessment
    named = a.entry if a.how == "claim" else f  # a claim is named by the entry (check_view)
    suspect = _suspect(f, reference) if a.status == "unknown" else ""
    said = finding.to_dict()
    if a.status == "unknown":  # check --all --json says what the text view says
        from studycli.reference.suspect import MISFILED

        said["suspect"] = suspect
        if suspect.startswith(MISFILED):  # not the measure's number: no AWS value for it
            said["current_value"] = ""
    return {
        "json": said,
        "service": f.service, "source": f.source, "line": f.line, "snippet": f.snippet,
        "value": f.value, "kind": str(f.kind), "status": a.status, "how": a.how,
        "key": [_services_of(f, a), named.subject, named.attribute],
        "qualifier": named.qualifier,
        "statement": a.statement or "", "current_value": a.current_value or "",
        "aws_now": aws_now(a),
        "changed": a.changed or "", "exam_note": a.exam_note or "", "url": a.url or "",
        "takes_effect": a.takes_effect or "",
        # "SNS msg size 256 KB": an old maximum that is today's default, as the quiz says it
        "note_default": still_default(f, a, reference) if a.flagged else "",
        # what ties the finding to a compare cell (compare_currency.py): the note fact it
        # judged ("" for a line read without one), and the old values the entry names, in
        # its unit, which a cell's number must be to take a line's claim
        "fact_id": getattr(f, "id", ""),
        # outdated | wrong | differs (not what AWS says: the reference cannot tell whether
        # it ever was AWS's value), as check, lookup and compare word it (entry.verdict)
        "verdict": finding.verdict,
        "unit": a.entry.unit, "old_numbers": _old_numbers(a.entry),
        # why an undecided number is doubtful ("the AWS docs give other values for this
        # measure (30 s)"), as lookup marks it: `check --all` says it too
        "suspect": suspect,
    }


def _suspect(fact, reference) -> str:
    from studycli.reference.suspect import suspicion

    return suspicion(fact, reference)


def _old_numbers(entry) -> list[float]:
    from studycli.reference.assess import previous_values

    return [v for p in previous_values(entry) for v in (p.number, p.high) if v is not None]


def aws_now(assessment) -> str:
    """What `check` prints after "AWS now": the entry's value where it states a measure (a
    number, a range, a value giving figures), whether it met the line by key or by a claim
    pattern ("1 MiB", not the sentence "An SQS message body can be up to 1 MiB (1,048,576
    bytes)." a claim entry restating the maximum carries); the statement where the value
    alone says too little (a claim about behaviour: "not supported", "same account too")."""
    e = assessment.entry
    if assessment.how != "claim" or e.number is not None or e.high is not None \
            or any(c.isdigit() for c in e.value):  # "5 Gbps, scaling ... up to 100 Gbps"
        return assessment.current_value or ""
    return assessment.statement or assessment.current_value or ""


def _services_of(fact, assessment) -> str:
    """The service a finding is shown under: the entry's (what "AWS now" is about), and the
    note fact's after it where the parser filed the line under another service, so that
    "AWS now" is never read as a statement about the note's service alone."""
    entry = assessment.entry
    names = [entry.service, fact.service] if entry is not None else [fact.service]
    out: list[str] = []
    for name in names:
        if name and name.lower() not in (n.lower() for n in out):
            out.append(name)
    return ", ".join(out)


def check(db, paths: list | None, service: str | None) -> dict:
    """The findings (records) for `paths` (ingested first), `service`, or the whole base."""
    canonical = None
    if service:
        from studycli.services import canonical_service

        canonical = canonical_service(service)
        if canonical is None:
            raise StudyError(f"no service named {service!r}; give a name like SQS, Lambda or "
                             "'api gateway'")
    if paths or canonical:
        store, sources, warnings = _store_and_sources(db, paths)
        return {**_full_check(store, sources, canonical), "warnings": warnings}
    from studycli.database import ensure_database

    return whole_base(ensure_database(db))


def whole_base(store) -> dict:
    """The findings (records) for the whole fact base of an open store, kept between runs:
    `check` and the ingest summary's "AWS check" line both read them (one count, not two)."""
    work, keep = whole_base_parts(store)
    return keep(work())


def whole_base_parts(store) -> tuple[Callable[[], dict], Callable[[dict], dict]]:
    """whole_base(store) in two: the work, which reads no database and writes no file, so it
    can be done elsewhere (studycli/ingest_beside.py: in a forked child, beside the
    post-ingest hooks); and keeping its result for `check`, done here (a child stopped while
    writing the kept file would leave its temporary file in the cache folder). The kept
    findings' key, the facts and the note lines are read now."""
    from studycli.store.facts import list_facts

    stamp = key(store.conn, store.path)
    kept_result = load(store.path, stamp)
    if kept_result is not None:
        return (lambda: kept_result), _as_kept
    facts, rows = list_facts(store), _note_lines(store, None)

    def keep(result: dict) -> dict:
        save(store.path, stamp, result)
        return result

    return (lambda: _checked(facts, rows, None)), keep


def _as_kept(result: dict) -> dict:
    return result


def findings_at(store, places: set[tuple[str, int]]) -> list[dict]:
    """`check`'s records on the note lines `places` ((source, line)): those of a check of the
    notes those lines are in alone, kept under a key of those notes' facts and files (the
    same records as the whole base's: a line's facts, and the heading context its claims are
    read in, are all within its own note). Missing, from the whole base's kept findings when
    a check has kept them for the facts as they are, else from a check of those notes. A
    compare's cells come from a note or two: hashing every fact of every note to know its
    kept findings were still right was a fifth of its time to the first row."""
    sources = sorted({source for source, _ in places})
    stamp = notes_key(store.conn, store.path, sources)
    result = kept.load("check-notes", store.path, stamp)
    if result is None:
        whole = load(store.path, key(store.conn, store.path))
        if whole is not None:
            within = set(sources)
            result = {"findings": [x for x in whole["findings"] if x["source"] in within]}
        else:
            result = _full_check(store, set(sources), None)
        # one set of notes a database: the last compared, so the same compare again reads it
        kept.save("check-notes", store.path, stamp, result)
    return [x for x in result["findings"] if (x["source"], int(x["line"])) in places]


def notes_key(conn: sqlite3.Connection, db_path: Path, sources: list[str]) -> str:
    """key() for the notes `sources` alone: their facts and their files' rows, not the rest."""
    named = (json.dumps(sources),)
    queries: list[kept.Query] = [
        ("SELECT * FROM facts WHERE source IN (SELECT value FROM json_each(?)) ORDER BY rowid",
         named),
        ("SELECT path, sha256, reader FROM sources WHERE path IN "
         "(SELECT value FROM json_each(?)) ORDER BY path", named)]
    return kept.key(conn, db_path, queries, _files(), f"{VERSION}|{named[0]}")


def _full_check(store, sources: set[str] | None, service: str | None) -> dict:
    from studycli.store.facts import list_facts

    facts = list_facts(store, service=service)
    if sources is not None:
        facts = [f for f in facts if f.source in sources]
    # Every note line is read once, for the support plan lines and the line claims both.
    return _checked(facts, _note_lines(store, sources), service)


def _checked(facts: list, rows: list[tuple[str, int, str]], service: str | None) -> dict:
    """The full check of `facts` and the note lines `rows`: no database read."""
    from studycli.reference import load_reference
    from studycli.reference.findings import find_all
    from studycli.reference.line_claims import line_findings

    reference = load_reference()
    # Plan lines first: on a tie find_all keeps the first fact of a line, and a plan line's
    # note value is the whole line, not a fact the parser took from it ("supported").
    plans = _plan_lines(rows, service)
    lines = line_findings(rows, reference, service)
    return records(find_all([*plans, *facts], reference, lines), reference, len(facts))


def _note_lines(store, sources: set[str] | None) -> list[tuple[str, int, str]]:
    """(source, line, text) of the notes checked, each source's lines in order."""
    if sources is None:
        rows = store.conn.execute("SELECT source, line, text FROM note_lines "
                                  "ORDER BY source, line")
    else:
        rows = store.conn.execute("SELECT source, line, text FROM note_lines WHERE source IN "
                                  "(SELECT value FROM json_each(?)) ORDER BY source, line",
                                  (json.dumps(sorted(sources)),))
    return rows.fetchall()


def _plan_lines(rows: list[tuple[str, int, str]], service: str | None) -> list:
    """AWS Support plan lines, read from the note text: Support is no service the parser
    files facts under (studycli/reference/plan_lines.py says why)."""
    from studycli.reference.plan_lines import SUPPORT, plan_lines

    if service is not None and service != SUPPORT:
        return []
    return plan_lines(rows)


def _store_and_sources(db, paths):
    """With PATHs: ingest them (unchanged files are skipped) and check only their facts."""
    from studycli.database import ensure_database

    if not paths:
        return ensure_database(db), None, []
    from studycli.ingest import IngestReport, discover, ingest_paths
    from studycli.paths import resolve_db
    from studycli.store.db import connect

    probe = IngestReport()
    found = discover(paths, probe, database=resolve_db(db))
    if not found:  # a folder's other warnings (a .pdf not read, a link skipped) stop nothing
        why = probe.warnings[0] if probe.warnings else "no notes found"
        raise StudyError(f"{why}; give a note file or a folder of notes")
    store = connect(resolve_db(db))
    report = ingest_paths(store, paths, found=(found, probe))  # the folder walked once
    unread = {s["path"] for s in report.skipped if s["reason"] != "unchanged"}
    if report.ingested == 0:
        why = "; ".join(report.warnings) or "no notes found"
        raise StudyError(f"nothing could be read ({why}); give a note file or a folder of notes")
    # the names the notes were stored under: B's README.md may be `B/README.md`, and the
    # facts stored as `README.md` another folder's
    return store, set(report.stored_as) - unread, report.warnings
