"""Append-only named migrations. Never edit one that has shipped: add a new one.

Each is recorded in the `_migrations` table when applied; PRAGMA user_version holds
how many are applied, so a database from a newer studycli is recognised and left alone.
"""

from __future__ import annotations

from collections.abc import Callable

# Fast paths (lookup, quiz) count migrations: no sqlite-utils (nor typing) at import time.
TYPE_CHECKING = False
if TYPE_CHECKING:
    import sqlite_utils

Migration = Callable[["sqlite_utils.Database"], None]
MIGRATIONS: list[tuple[str, Migration]] = []


def migration(fn: Migration) -> Migration:
    MIGRATIONS.append((fn.__name__, fn))
    return fn


FACT_COLUMNS = {
    "id": str, "service": str, "subject": str, "attribute": str, "kind": str,
    "qualifier": str, "value": str, "number": float, "unit": str, "low": float,
    "high": float, "source": str, "line": int, "snippet": str,
}


FTS_COLUMNS = ("service", "subject", "attribute", "value", "snippet")
_cols = ", ".join(FTS_COLUMNS)
_new = ", ".join(f"new.{c}" for c in FTS_COLUMNS)
_old = ", ".join(f"old.{c}" for c in FTS_COLUMNS)
FACTS_FTS_SQL = (
    f"CREATE VIRTUAL TABLE facts_fts USING fts5({_cols}, content='facts', "
    "content_rowid='rowid', tokenize='porter unicode61')",
    f"CREATE TRIGGER facts_ai AFTER INSERT ON facts BEGIN "
    f"INSERT INTO facts_fts (rowid, {_cols}) VALUES (new.rowid, {_new}); END",
    f"CREATE TRIGGER facts_ad AFTER DELETE ON facts BEGIN "
    f"INSERT INTO facts_fts (facts_fts, rowid, {_cols}) VALUES ('delete', old.rowid, {_old}); END",
    f"CREATE TRIGGER facts_au AFTER UPDATE ON facts BEGIN "
    f"INSERT INTO facts_fts (facts_fts, rowid, {_cols}) VALUES ('delete', old.rowid, {_old}); "
    f"INSERT INTO facts_fts (rowid, {_cols}) VALUES (new.rowid, {_new}); END",
)


@migration
def m001_initial(db: sqlite_utils.Database) -> None:
    db["sources"].create(
        {"path": str, "sha256": str, "ingested_at": str, "facts": int, "comparisons": int},
        pk="path",
    )
    db["facts"].create(FACT_COLUMNS, pk="id")
    db["facts"].create_index(["service"])  # lookups filter by service; keys use facts_lower_key
    db["facts"].create_index(["source"])
    # Written out rather than enable_fts(): its executescript() would commit mid-migration.
    for statement in FACTS_FTS_SQL:
        db.execute(statement)
    db["comparisons"].create(
        {"id": str, "left": str, "right": str, "aspect": str, "left_value": str,
         "right_value": str, "source": str, "line": int},
        pk="id",
    )
    db["comparisons"].create_index(["source"])


@migration
def m002_cards_reviews(db: sqlite_utils.Database) -> None:
    """Quiz cards (one per fact key and card type) and every review with the state it
    produced and the state before it, so an answer can be undone exactly and a schedule replayed."""
    for statement in CARDS_SQL:
        db.execute(statement)


CARDS_SQL = (
    """CREATE TABLE cards (
        id TEXT PRIMARY KEY,
        service TEXT NOT NULL, subject TEXT NOT NULL, attribute TEXT NOT NULL,
        qualifier TEXT NOT NULL,            -- the fact key, lower-cased as Fact.key is
        card_type TEXT NOT NULL,
        state INTEGER NOT NULL DEFAULT 0,   -- 0 new, 1 learning, 2 review, 3 relearning
        step INTEGER, stability REAL, difficulty REAL,
        due TEXT, last_review TEXT,         -- UTC, fixed-width text (scheduler.format_time)
        reps INTEGER NOT NULL DEFAULT 0, lapses INTEGER NOT NULL DEFAULT 0,
        suspended INTEGER NOT NULL DEFAULT 0,   -- by the student
        missing INTEGER NOT NULL DEFAULT 0,     -- its fact is gone from the notes: kept, not asked
        flagged INTEGER NOT NULL DEFAULT 0, flagged_at TEXT,
        ord INTEGER NOT NULL DEFAULT 0,         -- order new cards are introduced in
        created_at TEXT NOT NULL
    )""",
    "CREATE INDEX cards_due ON cards (due) WHERE state != 0 AND suspended = 0 AND missing = 0",
    "CREATE INDEX cards_new ON cards (ord) WHERE state = 0 AND suspended = 0 AND missing = 0",
    "CREATE INDEX cards_key ON cards (service, subject, attribute, qualifier)",
    # Fact.key is lower-cased: a card finds its facts through this expression index.
    "CREATE INDEX facts_lower_key ON facts "
    "(lower(service), lower(subject), lower(attribute), qualifier)",
    """CREATE TABLE reviews (
        id INTEGER PRIMARY KEY,
        card_id TEXT NOT NULL,
        rating INTEGER NOT NULL,            -- 1 Again, 2 Hard, 3 Good, 4 Easy
        reviewed_at TEXT NOT NULL,
        duration_ms INTEGER,
        qtype TEXT, correct INTEGER,        -- correct: NULL for self-graded recall
        cram INTEGER NOT NULL DEFAULT 0,    -- cram reviews leave the schedule untouched
        prev_state INTEGER NOT NULL, state INTEGER NOT NULL,
        prev TEXT NOT NULL, next TEXT NOT NULL  -- JSON card state before and after
    )""",
    "CREATE INDEX reviews_card ON reviews (card_id, reviewed_at)",
    "CREATE INDEX reviews_time ON reviews (reviewed_at)",
)


def known_version() -> int:
    return len(MIGRATIONS)


@migration
def m003_exam_attempts(db: sqlite_utils.Database) -> None:
    """Practice exam attempts and their answers (kept apart from the quiz's cards and reviews)."""
    db["exam_attempts"].create(
        {"id": str, "profile": str, "seed": int, "started_at": str, "finished_at": str,
         "questions": int, "raw": int, "scaled": int, "pass_mark": int, "passed": int,
         "unanswered": int, "timed_out": int, "seconds": float},
        pk="id",
    )
    db["exam_attempts"].create_index(["finished_at"])
    db["exam_answers"].create(
        {"attempt_id": str, "position": int, "question_id": str, "service": str, "kind": str,
         "multi": int, "chosen": str, "answers": str, "correct": int, "flagged": int,
         "fact_ids": str},
        pk=("attempt_id", "position"),
        foreign_keys=[("attempt_id", "exam_attempts", "id")],
    )


@migration
def m004_fts_automerge(db: sqlite_utils.Database) -> None:
    """Merge the full-text index's segments sooner: ingest writes one small transaction per
    note, and the default leaves many small segments behind (about 15% of ingest time)."""
    db.execute("INSERT INTO facts_fts (facts_fts, rank) VALUES ('automerge', 16)")


@migration
def m005_note_lines(db: sqlite_utils.Database) -> None:
    """Every line of every note, for `studycli search` (full text, porter stemming). Lines are
    filled by ingest, also for notes that were ingested before this migration."""
    db.execute("CREATE TABLE note_lines (id INTEGER PRIMARY KEY, source TEXT NOT NULL, "
               "line INTEGER NOT NULL, text TEXT NOT NULL)")
    db.execute("CREATE INDEX note_lines_source ON note_lines (source, line)")
    db.execute("CREATE VIRTUAL TABLE note_lines_fts USING fts5(text, content='note_lines', "
               "content_rowid='id', tokenize='porter unicode61')")
    db.execute("CREATE TRIGGER note_lines_ai AFTER INSERT ON note_lines BEGIN "
               "INSERT INTO note_lines_fts (rowid, text) VALUES (new.id, new.text); END")
    db.execute("CREATE TRIGGER note_lines_ad AFTER DELETE ON note_lines BEGIN "
               "INSERT INTO note_lines_fts (note_lines_fts, rowid, text) "
               "VALUES ('delete', old.id, old.text); END")
    # The index's own terms (stemmed), for repairing a typed word that is in no note.
    db.execute("CREATE VIRTUAL TABLE note_lines_vocab USING fts5vocab(note_lines_fts, 'row')")


@migration
def m008_forecasts(db: sqlite_utils.Database) -> None:
    """Each readiness forecast, so a practice exam can be compared with the forecast made
    just before it (calibration over time)."""
    db["forecasts"].create(
        {"id": str, "profile": str, "made_at": str, "scaled": int, "low": int, "high": int,
         "detail": str},
        pk="id",
    )
    db["forecasts"].create_index(["profile", "made_at"])


@migration
def m010_fact_currency(db: sqlite_utils.Database) -> None:
    """Each fact's status against the AWS reference, worked out at ingest, so that lookup
    (which must answer in a blink) reads it instead of parsing the reference and the note."""
    db.execute("CREATE TABLE IF NOT EXISTS fact_currency (fact_id TEXT PRIMARY KEY, "
               "status TEXT NOT NULL, "
               "current_value TEXT, url TEXT, checked TEXT, changed TEXT, reference_id TEXT, "
               "statement TEXT, kind TEXT, qualifier TEXT, number REAL, unit TEXT, low REAL, "
               "high REAL, suspect TEXT, note_default TEXT)")
    # What the table was worked out from (reference, matcher, facts): an ingest that changes
    # none of them leaves the table as it is.
    db.execute("CREATE TABLE IF NOT EXISTS fact_currency_stamp (stamp TEXT NOT NULL)")


@migration
def m017_edges4(db: sqlite_utils.Database) -> None:
    """Note lines are stored as a reader sees them (sanitize.readable: "<td>", "<br>",
    "&nbsp;" are not words of a note): the lines stored before are rewritten so, through
    delete and insert, which keep the full-text index in step (it has no update trigger)."""
    from studycli.sanitize import readable

    conn = db.conn
    rows = conn.execute("SELECT id, source, line, text FROM note_lines "
                        "WHERE text LIKE '%<%' OR text LIKE '%&%'").fetchall()
    for row_id, source, line, text in rows:
        shown = readable(text).strip()
        if shown == text:
            continue
        conn.execute("DELETE FROM note_lines WHERE id = ?", [row_id])
        if shown:
            conn.execute("INSERT INTO note_lines (id, source, line, text) VALUES (?, ?, ?, ?)",
                         [row_id, source, line, shown])


@migration
def m018_cmpvouch(db: sqlite_utils.Database) -> None:
    """The compare cards the AWS reference vouches for (studycli.compare_vouch), written
    whenever the cards are synced with the notes; the quiz asks only these (store.cards.DRILLED)
    unless --as-written. A database that already has compare cards gets its vouched ones now,
    so the quiz keeps asking them before the next ingest."""
    db.execute("CREATE TABLE IF NOT EXISTS compare_vouched (card_id TEXT PRIMARY KEY)")
    conn = db.conn
    if conn.execute("SELECT 1 FROM cards WHERE card_type = 'compare' LIMIT 1").fetchone() is None:
        return
    try:
        from pathlib import Path

        from studycli.compare_cards import load_drill_cards
        from studycli.store.db import Store

        vouched = [(cid,) for cid, card in load_drill_cards(Store(conn, Path(), False)).items()
                   if card.vouchers is not None]
    except Exception:  # a sync (any ingest) records them; the migration itself must not fail
        return
    conn.executemany("INSERT OR IGNORE INTO compare_vouched (card_id) SELECT id FROM cards "
                     "WHERE id = ?", vouched)


@migration
def m028_currency_exam_note(db: sqlite_utils.Database) -> None:
    """What the AWS reference says of exam items on a changed value ("exam items written before
    August 2025 may still say 256 KB"), kept with each fact's status, so a question keying
    today's value can say the real exam may still expect the old one. Rows worked out before
    have none until the next ingest works the statuses out again."""
    columns = {row[1] for row in db.conn.execute("PRAGMA table_info(fact_currency)")}
    if "exam_note" not in columns:
        db.execute("ALTER TABLE fact_currency ADD COLUMN exam_note TEXT")


@migration
def m029_exam_answer_domain(db: sqlite_utils.Database) -> None:
    """The exam-guide domain each exam question was drawn for, kept with its answer: readiness
    credited answers by service alone, so a Lambda question drawn for "Deployment" (a version
    or alias) counted as "Development" and Deployment showed no practice at all. Answers
    stored before have none; readiness falls back to their service for them."""
    columns = {row[1] for row in db.conn.execute("PRAGMA table_info(exam_answers)")}
    if "domain" not in columns:
        db.execute("ALTER TABLE exam_answers ADD COLUMN domain TEXT")


@migration
def m030_currency_takes_effect(db: sqlite_utils.Database) -> None:
    """The date an AWS change announced for later takes effect (Developer Support discontinued
    on January 1, 2027), kept with the status of a fact it will end: the fact is current until
    that day and outdated from it. Rows worked out before have none until the next ingest."""
    columns = {row[1] for row in db.conn.execute("PRAGMA table_info(fact_currency)")}
    if "takes_effect" not in columns:
        db.execute("ALTER TABLE fact_currency ADD COLUMN takes_effect TEXT")


@migration
def m031_currency_how(db: sqlite_utils.Database) -> None:
    """How the reference met each fact (`key`, or `claim`: an entry's pattern over its line),
    kept with its status: the ingest summary counts a claim restating a keyed measure on the
    same line once, as `check` lists it (findings._one_per_quantity). Rows worked out before
    have none (counted as keyed) until the next ingest works the statuses out again."""
    columns = {row[1] for row in db.conn.execute("PRAGMA table_info(fact_currency)")}
    if "how" not in columns:
        db.execute("ALTER TABLE fact_currency ADD COLUMN how TEXT")


@migration
def m032_exam_attempt_interrupted(db: sqlite_utils.Database) -> None:
    """An attempt ended by Ctrl-C is kept (what was answered counts) but marked, so --history
    says 'interrupted' rather than a plain fail, its trend leaves it out, and readiness counts
    only the questions it answered. Attempts stored before were all submitted (NULL)."""
    columns = {row[1] for row in db.conn.execute("PRAGMA table_info(exam_attempts)")}
    if "interrupted" not in columns:
        db.execute("ALTER TABLE exam_attempts ADD COLUMN interrupted INTEGER")


@migration
def m033_cards_unasked(db: sqlite_utils.Database) -> None:
    """The cards the quiz cannot build a question for although the reference vouches for their
    fact (questions/unasked.py), written after every ingest: `stats`, `readiness` and the quiz
    count them as no work waiting (store.cards.DRILLED). Empty until the next ingest."""
    db.execute("CREATE TABLE IF NOT EXISTS cards_unasked (card_id TEXT PRIMARY KEY)")


@migration
def m034_source_reader(db: sqlite_utils.Database) -> None:
    """Each note's stamp of the code and data that read it (studycli.reader_stamp): ingest
    reads an unchanged note again when a newer studycli reads notes differently, rather than
    keep the facts the old one wrote. Notes stored before have none, so the next ingest reads
    them all again (their cards and reviews kept, as for an edited note)."""
    columns = {row[1] for row in db.conn.execute("PRAGMA table_info(sources)")}
    if "reader" not in columns:
        db.execute("ALTER TABLE sources ADD COLUMN reader TEXT")


@migration
def m035_source_folder(db: sqlite_utils.Database) -> None:
    """The folder each note was found in (store.gone_notes): ingesting the folder again
    removes the facts of notes deleted from it. Empty until a note's folder is next ingested."""
    columns = {row[1] for row in db.conn.execute("PRAGMA table_info(sources)")}
    if "folder" not in columns:
        db.execute("ALTER TABLE sources ADD COLUMN folder TEXT")


@migration
def m036_source_file(db: sqlite_utils.Database) -> None:
    """The file each note was last read from (store.source_files): two folders' README.md
    share a name, and the second replaced the first's facts. A note recorded in a folder
    before is taken to be that folder's file of its name."""
    columns = {row[1] for row in db.conn.execute("PRAGMA table_info(sources)")}
    if "file" not in columns:
        db.execute("ALTER TABLE sources ADD COLUMN file TEXT")
        db.execute("UPDATE sources SET file = folder || '/' || path WHERE folder IS NOT NULL")


@migration
def m037_currency_verdict(db: sqlite_utils.Database) -> None:
    """What `check` calls each stale fact (reference.entry.verdict: outdated, wrong, or
    differs, "not what AWS says"), kept with its status: lookup and conflicts then word a
    finding as check does. Rows worked out before have none: the stamp is cleared, so the
    next ingest works them out again (until then a row's status is its verdict)."""
    columns = {row[1] for row in db.conn.execute("PRAGMA table_info(fact_currency)")}
    if "verdict" not in columns:
        db.execute("ALTER TABLE fact_currency ADD COLUMN verdict TEXT")
        db.execute("DELETE FROM fact_currency_stamp")
