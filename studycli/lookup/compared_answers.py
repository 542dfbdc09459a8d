"""The answers to "X vs Y", put in the order a comparison asks for.

Ranking finds the lines that share the query's words; for a comparison, three things more
are known (session 51, from the comparison misses of the development sets):
- the notes' own comparison table may have the row on the aspect asked, which names
  neither side itself (lookup/compared_rows.py): it comes first;
- else, of the lines answering, one that says the aspect asked comes before lines that
  only name the sides (lookup/aspect_first.py);
- the answers that say the aspect asked come before those that say nothing of it
  (lookup/aspect_sayers.py: "multi az vs read replica cost" opens on no failover time);
- a line that only names the comparison ("Redis vs Memcached:", "Secrets Manager vs
  Parameter Store (exam fav)") holds none of it, whichever way it was found
  (lookup/pair_heading.py): it is no answer.
Stdlib only.
"""

from __future__ import annotations

import sqlite3

from studycli.kinds import Kind
from studycli.lookup.aspect_first import aspect_said_first
from studycli.lookup.aspect_sayers import aspect_sayers_first
from studycli.lookup.compared_rows import rows_first
from studycli.lookup.pair_heading import names_comparison_only
from studycli.lookup.query import Query


def compared_answers(conn: sqlite3.Connection, q: Query, lex, answers: list[dict],
                     ranked: list[dict], limit: int, kind: str | None,
                     threshold: float) -> list[dict]:
    """`answers` to the comparison `q` asks, reordered (`ranked`: the candidates whose
    answer score is known, for a line saying the aspect asked; `threshold`: lookup's
    answer bar, which a candidate put among the answers must reach)."""
    if kind in (None, Kind.FACT):
        answers = rows_first(conn, q, lex, answers, max(1, limit))
        answers = aspect_said_first(answers, ranked, q, lex)
        answers = aspect_sayers_first(answers, ranked, q, lex, limit, threshold)
    return [h for h in answers if h["kind"] != Kind.FACT
            or not names_comparison_only(h["value"] or "", q, lex)]
