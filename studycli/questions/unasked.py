"""The cards the quiz cannot build a question for, although the AWS reference vouches for
their fact: a stem that would also ask another fact's value, a measure that differs by a
context the fact does not name, a figure that is only typical (questions/build.why_not_asked).
The quiz skips them at every draw; `stats` and `readiness` counted them as new cards waiting
for the student (23 of the shipped notes' 179 drilled cards). Recorded after each ingest in
`cards_unasked`, which store.cards.DRILLED leaves out. Cards the reference cannot vouch for are
counted apart already ("unvouched", drilled with --as-written), and so are compare cards."""

from __future__ import annotations

from studycli.kept import FACT_ROWS  # (light: the counted spelling of the fact rows)


def unasked_cards(db) -> list[str]:
    """Ids of the active cards of vouched facts that build_question would make nothing of."""
    from studycli.questions.build import makes_a_question
    from studycli.questions.pool import FactPool
    from studycli.store.cards import ACTIVE, VOUCHED_FACT

    rows = db.conn.execute(
        "SELECT id, service, subject, attribute, qualifier, card_type FROM cards "
        f"WHERE {ACTIVE} AND card_type != 'compare' AND {VOUCHED_FACT}").fetchall()
    if not rows:
        return []
    from studycli.store.facts import facts_by_line

    pool = FactPool.load(db)
    # most of these cards' lines are asked of (why_not_asked): one read of the facts, not
    # one scan of the table per card
    pool.lines_read = facts_by_line(db)
    out = []
    for card_id, service, subject, attribute, qualifier, card_type in rows:
        fact = pool.first((service, subject, attribute, qualifier))
        # build_question is None exactly when its seed-free part is (a choice card short of
        # distractors is still asked, as a recall question): makes_a_question tells, not writing it
        if fact is None or not makes_a_question(fact, card_type, pool):
            out.append(card_id)
    return out


def record_unasked(db) -> None:
    """Bring `cards_unasked` in step with the cards and the reference's statuses (an ingest
    hook, run after the statuses are worked out). Skipped when nothing it reads changed since
    it last ran on this database: a no-op ingest loads no question or reference code."""
    from studycli import kept

    path = getattr(db, "path", None)
    key = None
    if path is not None:
        key = kept.finish(kept.hashed_rows(db.conn, path, _READS, "unasked-1"), db.conn, (),
                          _files())
        if kept.load("unasked", path, key) is not None:
            return
    from studycli.store.cards import write

    ids = unasked_cards(db)

    def apply(conn) -> None:
        conn.execute("DELETE FROM cards_unasked")
        conn.executemany("INSERT OR IGNORE INTO cards_unasked (card_id) VALUES (?)",
                         [(i,) for i in ids])

    write(db, apply)
    if path is not None and key is not None:
        kept.save("unasked", path, key, {})


# What deciding a card's question reads: the facts, the cards, the reference's statuses
_READS = (FACT_ROWS,
          "SELECT id, suspended, missing FROM cards ORDER BY id",
          "SELECT * FROM fact_currency ORDER BY rowid")


def _files() -> list:
    from studycli.kept import data_files, package_files, shipped_reference_files

    return [*data_files(), *shipped_reference_files(),
            *package_files("questions", "model.py", "services.py", "reference")]
