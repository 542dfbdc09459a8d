"""Session 46's tester on main (review46 tester_main M1, M4, L1).

M1: `check` said "Nothing outdated or wrong" of a table row giving Glacier Deep Archive's
minimum storage duration as 90 days (AWS: 180): the row's other cells ("12 h std, 48 h bulk")
counted as quantities the parser had to choose among, so the finding was only undecided. A
table row's cells are read by their column headers: only the number's own cell counts.

M4: `conflicts` said the notes agree while a chat gave SQS retention max 7 days and a Spanish
line "maximo 14 dias" (filed as "retention period (maximo)"): qualifiers are compared by
meaning, in any language the vocabulary knows.

L1: `--db x.db --db y.db stats` was "No such option: --db": both move after the command, where
the last one wins.
"""

from __future__ import annotations

import json
from types import SimpleNamespace

from studycli.conflicts import conflict_key, qualifier_meaning
from studycli.entry import _db_first

from .helpers import run_here

TABLE = """## S3
| class | min storage duration | retrieval |
|---|---|---|
| Glacier Instant Retrieval | 90 days | ms |
| Glacier Deep Archive | 90 days | 12 h std, 48 h bulk |
"""


def test_a_table_rows_wrong_figure_is_listed_not_undecided(tmp_path):
    notes, db = tmp_path / "notes", tmp_path / "c.db"
    notes.mkdir()
    (notes / "s3.md").write_text(TABLE)
    assert run_here("ingest", str(notes), db=db).returncode == 0
    rows = json.loads(run_here("check", "--all", "--json", db=db).stdout)
    deep = [r for r in rows if r["line"] == 5 and "minimum storage" in json.dumps(r)]
    assert deep and all(r["status"] != "unknown" for r in deep), deep
    plain = " ".join(run_here("check", db=db, env={"COLUMNS": "300"}).stdout.split())
    assert "Nothing outdated or wrong" not in plain
    assert "s3.md:5 NOT WHAT AWS SAYS" in plain
    # Glacier Instant Retrieval's 90 days are right, and said so
    assert any(r["line"] == 4 and r["status"] == "current" for r in rows)


def test_the_other_cells_of_a_row_do_not_make_a_number_doubtful():
    from studycli.reference import load_reference
    from studycli.reference.assess import _F, _doubtful_number

    entry = next(e for e in load_reference().entries
                 if e.id == "s3.deep-archive.minimum-storage-duration.min")

    def doubtful(snippet: str) -> bool:
        fact = SimpleNamespace(service="S3", subject="S3 Glacier Deep Archive",
                               attribute="minimum storage duration", kind="limit",
                               qualifier="min", value="90 days", number=90 * 86400.0,
                               unit="s", low=None, high=None, snippet=snippet)
        return _doubtful_number(_F(fact), entry)

    assert not doubtful("| Glacier Deep Archive | 90 days | 12 h std, 48 h bulk |")
    assert not doubtful("Glacier Deep Archive\t90 days\t12 h std, 48 h bulk")
    # several quantities in the number's own cell, or on a line that is no table row: the
    # parser chose among them, and the doubt stays
    assert doubtful("| Glacier Deep Archive | 90 days, 12 h std, 48 h bulk |")
    assert doubtful("Glacier Deep Archive 90 days, 12 h std, 48 h bulk")
    # a cell naming something besides its number ("| Max storage | 64 TiB | SQL Server 16 TiB
    # |": SQL Server's 16 TiB filed as RDS's maximum) is read as a line is
    assert doubtful("| Deep Archive | Flexible Retrieval 90 days | 12 h std, 48 h bulk |")
    assert not doubtful("| Glacier Deep Archive | min ~90 days. | 12 h std, 48 h bulk |")


def _fact(attribute: str, qualifier: str) -> SimpleNamespace:
    return SimpleNamespace(service="SQS", subject="", attribute=attribute, qualifier=qualifier)


def test_qualifiers_are_compared_by_meaning():
    english = conflict_key(_fact("retention period", "max"))
    assert conflict_key(_fact("retention period (maximo)", "")) == english
    assert conflict_key(_fact("retention period (máximo)", "")) == english
    assert conflict_key(_fact("retention period", "最大")) == english
    assert conflict_key(_fact("retention period", "")) == english  # a bare limit is a max
    assert conflict_key(_fact("retention period (mínimo)", ""))[3] == "min"
    # brackets saying something else stay part of the attribute
    assert conflict_key(_fact("size (per item)", ""))[2] == "size (per item)"
    assert qualifier_meaning("range") == "range"


def test_conflicts_across_languages(tmp_path):
    notes, db = tmp_path / "notes", tmp_path / "c.db"
    notes.mkdir()
    (notes / "chat.txt").write_text("[03/11/2026, 21:10] Me: sqs retention max is 7 days right\n")
    (notes / "es.txt").write_text(
        "SQS\n  retencion de mensajes: por defecto 4 dias, maximo 14 dias\n")
    assert run_here("ingest", str(notes), db=db).returncode == 0
    out = run_here("conflicts", db=db, env={"COLUMNS": "200"}).stdout
    assert "No conflicts" not in out
    assert "7 days" in out and "14 days" in out


def test_db_given_twice_before_the_command():
    assert _db_first(["--db", "x.db", "--db", "y.db", "stats"]) == [
        "stats", "--db", "x.db", "--db", "y.db"]
    assert _db_first(["--db=x.db", "--db", "y.db", "export", "anki", "f"]) == [
        "export", "anki", "--db=x.db", "--db", "y.db", "f"]


def test_db_given_twice_runs_on_the_last(tmp_path):
    notes, db = tmp_path / "notes", tmp_path / "c.db"
    notes.mkdir()
    (notes / "s3.md").write_text(TABLE)
    assert run_here("ingest", str(notes), db=db).returncode == 0
    done = run_here("--db", str(tmp_path / "other.db"), "--db", str(db), "facts", "--json")
    assert done.returncode == 0, done.stderr
    assert "No such option" not in done.stderr
    assert json.loads(done.stdout)
