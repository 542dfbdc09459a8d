"""Cells of a comparison table that answer alike: the row saying the words typed comes first
(session 28, lookup28; unseen80's "security group vs nacl stateful" answered the "level" row's
"ENI / instance", the row before the "state" row's "stateful")."""

from __future__ import annotations

from .helpers import lookup_values, notes_conn

TABLE = """! VPC
* Route 53 health checks every 30 s

! SG vs NACL
|!feature |!Security Group |!NACL |
|level |ENI / instance |subnet |
|state |stateful |stateless (ephemeral ports back) |
|rules |allow only |allow + deny |
"""


def test_the_row_saying_the_word_typed_answers_first(tmp_path):
    from studycli.lookup.lexicon import lexicon
    from studycli.lookup.query import understand
    from studycli.lookup.table_sides import side_answers

    conn = notes_conn(tmp_path, TABLE, name="network.tid")  # a TiddlyWiki table
    lex = lexicon()
    q = understand("security group vs nacl stateful", lex)
    cells = side_answers(conn, q, lex, None, 3)
    assert cells and cells[0]["value"] in ("stateful", "stateless (ephemeral ports back)"), [
        c["value"] for c in cells]
    # through lookup: the row that says it, whichever way it is read
    assert "stateful" in lookup_values(conn, "security group vs nacl stateful")[0]
    conn.close()
