"""SQL for facts' statuses against the AWS reference (the fact_currency table). Stdlib only:
lookup's fast path reads it."""

from __future__ import annotations

import _sqlite3 as sqlite3  # sqlite3 less its datetime import: store/__init__.py
import re

COLUMNS = ("fact_id", "status", "current_value", "url", "checked", "changed", "reference_id",
           "statement", "kind", "qualifier", "number", "unit", "low", "high", "suspect",
           "note_default", "exam_note", "takes_effect", "how", "verdict")


def as_of(row: dict, day: str | None = None) -> dict:
    """A status row as of `day` (default: today by the app's clock): a fact current until an
    announced AWS change (`takes_effect`) is outdated from that day on, the change then being
    one AWS made (`changed`). Rows are worked out at ingest; the day may pass before the next."""
    when = row.get("takes_effect") or ""
    if not when:
        return row
    if day is None:
        from studycli.app.clock import today

        day = today()
    if when > day:
        return row
    if row["status"] == "current":
        row = {**row, "status": "outdated", "verdict": "outdated"}
    return {**row, "changed": when, "takes_effect": ""}


def pending_passed(conn: sqlite3.Connection, day: str) -> bool:
    """Whether a stored row's announced change has taken effect by `day`: its statuses must be
    worked out again, though neither the facts nor the reference changed."""
    try:
        row = conn.execute("SELECT min(takes_effect) FROM fact_currency "
                           "WHERE coalesce(takes_effect, '') != ''").fetchone()
    except sqlite3.OperationalError:
        return False
    return bool(row and row[0] and row[0] <= day)


def facts_version(conn: sqlite3.Connection) -> str:
    """Changes whenever facts are added, replaced or edited: a digest of every fact id (an id
    hashes the fact's key and value). A count and the top rowid are not enough: re-ingesting
    the newest note reuses its rowids, so an edited value would keep the old statuses."""
    import hashlib

    digest = hashlib.sha256()
    for (fact_id,) in conn.execute("SELECT id FROM facts ORDER BY rowid"):
        digest.update(fact_id.encode())
    return digest.hexdigest()[:16]


def stamp(conn: sqlite3.Connection) -> str:
    row = conn.execute("SELECT stamp FROM fact_currency_stamp").fetchone()
    return row[0] if row else ""


def replace_all(conn: sqlite3.Connection, rows: list[dict], new_stamp: str = "") -> None:
    """Make the table hold exactly `rows`, worked out as `new_stamp` says; the caller owns
    the transaction."""
    conn.execute("DELETE FROM fact_currency_stamp")
    conn.execute("INSERT INTO fact_currency_stamp (stamp) VALUES (?)", [new_stamp])
    conn.execute("DELETE FROM fact_currency")
    conn.executemany(
        f"INSERT OR REPLACE INTO fact_currency ({', '.join(COLUMNS)}) "
        f"VALUES ({', '.join('?' * len(COLUMNS))})",
        [[r.get(c) for c in COLUMNS] for r in rows])


def for_facts(conn: sqlite3.Connection, fact_ids: list[str]) -> dict[str, dict]:
    """fact id -> its status row, for the ids that have one. A database from before the table
    existed (or a read-only one not yet migrated) simply has none."""
    ids = [i for i in fact_ids if i]
    if not ids:
        return {}
    marks = ", ".join("?" * len(ids))
    try:
        cur = conn.execute(f"SELECT {', '.join(COLUMNS)} FROM fact_currency "
                           f"WHERE fact_id IN ({marks})", ids)
    except sqlite3.OperationalError:
        return {}
    return {row[0]: as_of(dict(zip(COLUMNS, row, strict=True))) for row in cur.fetchall()}


# The facts the reference finds outdated or wrong, or right only until an announced change
# takes effect, with their status rows (`f`, `c`).
_FLAGGED = ("FROM facts f JOIN fact_currency c ON c.fact_id = f.id "
            "WHERE (c.status IN ('outdated', 'wrong') OR coalesce(c.takes_effect, '') != '')")

# What the AWS docs give for a measure AWS dropped (S3 Intelligent-Tiering's minimum storage
# duration): "AWS docs: none" reads as "no documentation" to a student.
_DROPPED = frozenset({"none", "no", "n/a"})


def said_now(current_value: str) -> str:
    """What the AWS docs say now, as a sentence ends with it ("there is none any more" for a
    measure AWS dropped)."""
    value = (current_value or "").strip()
    return "there is none any more" if value.lower() in _DROPPED else value


def still_default_said(default: str, maximum: str) -> str:
    """What check, lookup and the quiz all say of a note's "maximum" that is today's default
    ("Lambda /tmp 512 MB": 512 MB is still the default, 10,240 MB the raised maximum). One
    wording for all three: lookup had marked the line "outdated: now 10,240 MB" while check
    said the value is still the default (a new user saw both)."""
    return f"your value is still the default ({default}); {raised_maximum_said(maximum)}"


def raised_maximum_said(maximum: str) -> str:
    """The half of still_default_said an explanation's caveat on another figure of a quoted
    line says after its own opening ("the SNS message size figure, 256 KB, is still the
    default; the maximum, 1 MiB ..., is reached only by raising that setting")."""
    return f"the maximum, {maximum}, is reached only by raising that setting"


def flagged_on_lines(conn: sqlite3.Connection,
                     places: list[tuple[str, int]]) -> dict[tuple[str, int], dict]:
    """(source, line) -> the status row of a fact of that note line the reference finds
    outdated or wrong (the first one; else one an announced change will end, `takes_effect`),
    for the places that have one, with `claim`: what the note says of what ("SQS message size:
    256 KB"), so a marker says which claim it means."""
    places = sorted({p for p in places if p[0]})
    if not places:
        return {}
    marks = ", ".join("(?, ?)" for _ in places)
    # (the notes named alone too: SQLite reads the pair test off no index, and scanned every
    # fact for it, 40 ms at 100,000 facts; by the notes it reads theirs from the source index)
    sources = sorted({source for source, _line in places})
    try:
        cur = conn.execute(
            f"SELECT f.source, f.line, f.service, f.subject, f.attribute, f.value, f.kind, "
            f"{', '.join('c.' + c for c in COLUMNS)} {_FLAGGED} "
            f"AND f.source IN ({', '.join('?' * len(sources))}) "
            f"AND (f.source, f.line) IN (VALUES {marks}) ORDER BY f.rowid",
            [*sources, *(v for p in places for v in p)])
    except sqlite3.OperationalError:
        return {}
    out: dict[tuple[str, int], dict] = {}
    for row in cur.fetchall():
        service, subject, attribute, value, kind = row[2:7]
        status = dict(zip(COLUMNS, row[7:], strict=True))
        if kind == "fact":
            # a statement's value is its note line and its attribute the heading over it:
            # "Aurora aurora global db up: Aurora Global DB: up to 5 secondary regions, RPO
            # 1 sec, ..." named nothing; the clause holding the stale figure does
            claim = stale_clause(value or "", status.get("unit"))
            claim = f"{service}: {claim}" if service and service.lower() not in claim.lower() \
                else claim
        else:
            # "S3 Intelligent-Tiering", not "S3 S3 Intelligent-Tiering": a subject may name
            # its service
            owner = "" if subject and service and subject.lower().startswith(service.lower()) \
                else service
            what = " ".join(w for w in (owner, subject, attribute) if w and w.strip())
            claim = f"{what}: {value}" if what and value else value or what
        found = {**as_of(status), "claim": claim}
        held = out.get((row[0], row[1]))
        if held is None or (held["status"] == "current" and found["status"] != "current"):
            out[(row[0], row[1])] = found  # a stale claim before a notice of a change to come
    return out


_CLAUSE_BREAK = re.compile(r"\s*[,;|]\s+|\s+[-\u2013\u2014]\s+|\s*\.\s+(?=[A-Z])")


def stale_clause(statement: str, unit: str | None) -> str:
    """The one clause of a note line that states a figure of the reference's measure (`unit`
    as fact_currency stores it: "count", "s", "B", "per_s"...): "up to 5 secondary regions"
    of "Aurora Global DB: up to 5 secondary regions, RPO 1 sec, RTO < 1 min" for a count.
    The whole line when no clause, or more than one, does: a guess would name the wrong one."""
    from studycli.note_numbers import numbers_with_units

    wanted = None if unit in (None, "", "count") else unit
    head, colon, rest = statement.partition(": ")
    body = rest if colon and rest else statement
    clauses = [c.strip(" .") for c in _CLAUSE_BREAK.split(body) if c.strip(" .")]
    holding = [c for c in clauses if any(u == wanted for _n, u, _t in numbers_with_units(c))]
    return holding[0] if len(holding) == 1 and len(clauses) > 1 else statement


def flagged_facts_by_line(
        conn: sqlite3.Connection) -> dict[tuple[str, int], list[tuple[tuple, dict]]]:
    """(source, line) -> (what the note says: its value, service, subject, attribute and kind;
    the fact's status row) of every fact the reference finds outdated or wrong, in note order: few
    rows, read at once (empty when the table does not exist)."""
    try:
        cur = conn.execute(
            "SELECT f.source, f.line, f.value, f.service, f.subject, f.attribute, f.kind, "
            f"{', '.join('c.' + c for c in COLUMNS)} {_FLAGGED} ORDER BY f.rowid")
    except sqlite3.OperationalError:
        return {}
    out: dict[tuple[str, int], list[tuple[tuple, dict]]] = {}
    for row in cur.fetchall():
        out.setdefault((row[0], row[1]), []).append(
            (row[2:7], as_of(dict(zip(COLUMNS, row[7:], strict=True)))))
    return out


# Met by a verified reference entry, and not doubted: the facts a question may key (see
# studycli.questions.currency.vouched, the same rule in Python).
# `c` is the fact's fact_currency row, `f` the fact: a default vouches only for a default.
# A fact an announced change will end (a support plan's line) is vouched for by nothing: the
# entry states the change, not the fact's number. A mode is vouched for only by a mode entry.
VOUCHED = ("c.status IN ('current', 'outdated', 'wrong') AND coalesce(c.suspect, '') = '' "
           "AND coalesce(c.takes_effect, '') = '' "
           "AND (coalesce(c.kind, '') = '' OR (c.kind = 'default') = (f.kind = 'default')) "
           "AND (f.kind != 'invocation_mode' OR c.kind = 'invocation_mode')")


def vouched_ids(conn: sqlite3.Connection, among: list[str] | None = None) -> set[str]:
    """Ids of the facts the AWS reference vouches for (empty when the table does not exist);
    `among`: only these facts'."""
    sql = f"SELECT c.fact_id FROM fact_currency c JOIN facts f ON f.id = c.fact_id WHERE {VOUCHED}"
    out: set[str] = set()
    try:
        if among is None:
            return {row[0] for row in conn.execute(sql)}
        for start in range(0, len(among), 500):  # SQLite's limit on bound parameters
            chunk = among[start:start + 500]
            marks = ", ".join("?" * len(chunk))
            out |= {row[0] for row in conn.execute(f"{sql} AND c.fact_id IN ({marks})", chunk)}
    except sqlite3.OperationalError:
        return set()
    return out


def status_counts(conn: sqlite3.Connection) -> dict[str, int] | None:
    """Findings by status, one per note line and thing checked, as `studycli check` counts
    them: "from 0B to 5TB" is one finding, not a range and a max (reference ids differ only
    in their qualifier part), and an entry's claim pattern restating a measure another entry
    met by key on the same line is told once (restated_claims.without_restated, the rule
    `check` uses: the same quantity, the keyed finding at least as severe); None when the
    table does not exist yet."""
    try:
        rows = conn.execute(
            "SELECT DISTINCT c.status, f.source, f.line, c.reference_id, coalesce(c.how, ''), "
            "c.unit, c.number FROM fact_currency c "
            "JOIN facts f ON f.id = c.fact_id WHERE c.status != 'unknown'").fetchall()
    except sqlite3.OperationalError:
        return None
    from studycli.restated_claims import without_restated

    severity = {"current": 0, "outdated": 1, "wrong": 2}
    kept = without_restated(
        rows, place=lambda r: (r[1], r[2]),
        quantity=lambda r: None if r[6] is None else _quantity(r[3], r[5], r[6]),
        keyed=lambda r: r[4] != "claim", severity=lambda r: severity.get(r[0], 0))
    worst: dict[tuple, str] = {}
    for status, source, line, reference_id, *_ in kept:
        key = (source, line, _without_qualifier(reference_id or ""))
        if severity.get(status, 0) >= severity.get(worst.get(key, "current"), 0):
            worst[key] = status
    counts = {"current": 0, "outdated": 0, "wrong": 0}
    for status in worst.values():
        counts[status] = counts.get(status, 0) + 1
    return counts


def _quantity(reference_id: str | None, unit, number) -> tuple:
    """What an entry tells a line, as findings._quantity keys it: a number of one service
    (the id's first part) in its unit, whatever its qualifier."""
    return ((reference_id or "").split(".", 1)[0], unit or "", number)


_QUALIFIERS = (".max", ".min", ".default", ".range")


def _without_qualifier(reference_id: str) -> str:
    """"s3.object-size.max" -> "s3.object-size" (data/reference/README.md: ids are
    <service>.<attribute>[.<qualifier>])."""
    for q in _QUALIFIERS:
        if reference_id.endswith(q):
            return reference_id[: -len(q)]
    return reference_id
