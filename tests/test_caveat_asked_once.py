"""A quoted line's caveat reads the facts a question asks once: _asked_statements re-ran the
SELECTs _asked_measures had just run (final read of session 30, B6)."""

from __future__ import annotations


def test_each_asked_fact_is_read_once(tmp_path, monkeypatch):
    import studycli.questions.currency as currency
    from studycli.database import ensure_database
    from studycli.questions import FactPool
    from tests.helpers import note_db

    text = ("## RDS / Aurora questions\n\n"
            "why: RDS MySQL max 5 read replicas. Aurora up to 15 replicas with <10ms lag "
            "(shared storage).\n")
    pool = FactPool.load(ensure_database(note_db(tmp_path, text)))
    aurora = [f for f in pool.facts if f.service == "Aurora" and f.number == 15]
    assert aurora
    read: list[str] = []
    real = currency._fact_by_id

    def counted(pool, fact_id):
        read.append(fact_id)
        return real(pool, fact_id)

    monkeypatch.setattr(currency, "_fact_by_id", counted)
    said = currency.line_caveat(pool, aurora[0].source, aurora[0].line, {aurora[0].id})
    assert "5 read replicas" in said  # a flagged line: the asked facts were needed
    assert read.count(aurora[0].id) == 1, read
