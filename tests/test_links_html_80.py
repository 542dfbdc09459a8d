"""At 80 columns a web address is printed whole (a folded one cannot be opened or copied),
a note's HTML is shown as the text it stands for, and `search`'s lines commit with the facts."""

from __future__ import annotations

import json
import re
import sqlite3

import pytest

from studycli.sanitize import readable
from studycli.ui.links import footnote, footnote_lines, place

from .helpers import REPO, ingest_text, run_cli, run_here

URL_IN_OUTPUT = re.compile(r"https://\S+")
REFERENCE_URLS = set(re.findall(r"https://[^\"\s]+", " ".join(  # every page studycli cites
    p.read_text(encoding="utf-8") for p in (REPO / "data").rglob("*.*") if p.suffix in (
        ".toml", ".json", ".yaml", ".yml", ".md", ".txt", ".csv", ".tsv"))))
ENV80 = {"COLUMNS": "80", "NO_COLOR": "1"}
SGR = re.compile(r"\x1b\[[0-9;]*m")


def _whole_urls(out: str) -> list[str]:
    """Every address printed, each checked to be one of the reference's, whole (a folded
    one would be cut at the line's end and match none)."""
    found = [u.rstrip(".,);") for u in URL_IN_OUTPUT.findall(SGR.sub("", out))]
    assert all(u in REFERENCE_URLS for u in found), [u for u in found if u not in REFERENCE_URLS]
    return found


def test_place_and_footnotes():
    url = "https://docs.aws.amazon.com/" + "x" * 40 + ".html"
    assert place(url, 4, 80) == "    " + url
    assert place(url + "y" * 20, 4, 80) == url + "y" * 20  # from column 0, whole
    pages: list[str] = []
    text = footnote(f"AWS docs: 1 MiB ({url}, checked 2026-12-01). Again {url}.", pages)
    assert text == "AWS docs: 1 MiB ([1], checked 2026-12-01). Again [1]." and pages == [url]
    long = url + "z" * 60
    assert footnote_lines([url, long], 2, 80) == [f"  [1] {url}", "  [2]", long]  # whole
    assert footnote_lines([url], 2, 80) == [f"  [1] {url}"]


def test_check_compare_and_lookup_print_addresses_whole(shipped_copy):
    check = run_here("check", db=shipped_copy, env=ENV80)
    urls = _whole_urls(check.stdout)
    assert any(len(u) > 80 for u in urls)  # the case that used to fold
    compare = run_here("compare", "sqs", "sns", db=shipped_copy, env=ENV80)
    assert "[1]" in compare.stdout and _whole_urls(compare.stdout)
    lookup = run_here("lookup", "sqs max message size", db=shipped_copy, env=ENV80)
    assert _whole_urls(lookup.stdout)


def test_quiz_reveals_and_exam_review_print_addresses_whole(shipped_copy):
    keys = ["1", "", "3", ""] * 40 + ["q"]
    quiz = run_here("quiz", "--cram", "-s", "SQS", db=shipped_copy, env=ENV80,
                   input="\n".join(keys) + "\n")
    assert quiz.returncode == 0, quiz.stderr
    assert "([1], checked" in quiz.stdout and _whole_urls(quiz.stdout)
    exam = run_here("exam", "--questions", "30", "--seed", "3", db=shipped_copy, env=ENV80,
                   input="\n".join(["4", "n"] * 30 + ["s", "y"]) + "\n")
    assert exam.returncode == 0, exam.stderr
    review = exam.stdout[exam.stdout.index("Review:"):]
    assert re.search(r"^\[1\] https://", review, re.M) and _whole_urls(review)


@pytest.mark.parametrize(("raw", "shown"), [
    ("<b>Designed for durability</b>\t99.999999999%", "Designed for durability\t99.999999999%"),
    ("<td>SQS</td><td>256&nbsp;KB</td>", "SQS | 256 KB"),
    ("  <tr><td>Max duration</td> <td class=\"q\">1 year</td></tr>", "  Max duration | 1 year"),
    ("    - C++ & Rust, <=256KB", None),  # plain text: as written, indent and all
    ("Up to 256 KB<br>link to S3<br/>for more", "Up to 256 KB; link to S3; for more"),
    ('<a href="#">Lambda</a> &amp; SQS', "Lambda & SQS"),
    ("<=256KB payloads, arn:aws:s3:::<bucket-name>, ?a=1&para=2", None),  # not HTML: as is
    ("x&#27;[2J&#8238;y&#10;z", "x[2Jy z"),  # entities never become control bytes or lines
])
def test_readable(raw, shown):
    assert readable(raw) == (raw if shown is None else shown)


HTML_NOTE = """# Amazon SQS

<p>SQS stores <b>messages</b> for&nbsp;consumers</p>

| Queue | Max message size |
|---|---|
| <b>Standard</b> | 256&nbsp;KB<br>extended client for more |
"""


def test_a_notes_html_is_text_in_search_lookup_and_facts(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "sqs.md").write_text(HTML_NOTE, encoding="utf-8")
    db = tmp_path / "h.db"
    assert run_here("ingest", str(notes), db=db).returncode == 0
    for args in (["search", "messages"], ["search", "standard"], ["lookup", "sqs standard"],
                 ["conflicts"], ["facts"]):
        out = run_here(*args, db=db, env=ENV80).stdout
        assert not re.search(r"</?(b|p|td|br)>|&nbsp;", out), (args, out)
    found = json.loads(run_cli("search", "nbsp", "--json", db=db).stdout or "[]")  # a real process
    assert found == []  # "&nbsp;" is not a word of the note


def test_search_lines_commit_with_the_facts(tmp_path, monkeypatch):
    """A failure (a kill) while a note's lines are written leaves its facts as they were
    too, so the next ingest redoes both: search and facts never disagree about a note."""
    from studycli.ingest import ingest_paths
    from studycli.store import note_lines
    from studycli.store.db import connect

    note = tmp_path / "n.md"
    note.write_text("# Amazon SQS\n- Max message size is 256 KB\n", encoding="utf-8")
    db = connect(tmp_path / "k.db")
    ingest_paths(db, [note])
    note.write_text("# Amazon SQS\n\n\n- Max message size is 1 MiB\n", encoding="utf-8")

    def killed(*args):
        raise KeyboardInterrupt

    monkeypatch.setattr(note_lines, "write_lines", killed)
    with pytest.raises(KeyboardInterrupt):
        ingest_paths(db, [note])
    monkeypatch.undo()
    conn = sqlite3.connect(tmp_path / "k.db")
    facts = "SELECT DISTINCT line FROM facts WHERE kind = 'limit'"
    assert [r[0] for r in conn.execute(facts)] == [2]
    assert [r[0] for r in conn.execute("SELECT line FROM note_lines")] == [1, 2]
    ingest_paths(db, [note])  # the next run sees the note as changed and redoes both
    assert [r[0] for r in conn.execute(facts)] == [4]
    assert [r[0] for r in conn.execute("SELECT line FROM note_lines")] == [1, 4]


def test_lines_an_older_run_left_out_of_step_are_repaired_by_the_next_ingest(tmp_path):
    """A database where an older studycli's kill left a note's search lines from another
    version of it (its own transaction): an ingest of the unchanged note rewrites them."""
    from studycli.ingest import ingest_paths
    from studycli.store import note_lines
    from studycli.store.db import connect

    note = tmp_path / "n.md"
    note.write_text("# Amazon SQS\n\n- Max message size is 256 KB\n", encoding="utf-8")
    db = connect(tmp_path / "o.db")
    ingest_paths(db, [note])
    note_lines.replace_lines(db.conn, "n.md", ["# Amazon SQS", "- Max message size is 256 KB"])
    assert not note_lines.in_step(db.conn, "n.md")
    report = ingest_paths(db, [note])
    assert report.skipped == [{"path": "n.md", "reason": "unchanged"}]
    assert note_lines.in_step(db.conn, "n.md")
    assert [r[0] for r in db.conn.execute("SELECT line FROM note_lines")] == [1, 3]


def test_lines_stored_with_html_by_an_older_studycli_are_made_readable_once(tmp_path):
    """m017: an existing database's search lines lose their tags and entities, and the
    full-text index stays in step (the tag's word is no longer found, the text's still is)."""
    from studycli.store.migrations import MIGRATIONS

    _, db, _ = ingest_text(tmp_path, HTML_NOTE, "sqs.md")
    conn = sqlite3.connect(db)
    conn.execute("DELETE FROM note_lines WHERE line = 3")  # as an older studycli stored it:
    conn.execute("INSERT INTO note_lines (source, line, text) VALUES "
                 "('sqs.md', 3, '<p>SQS stores <b>messages</b> for&nbsp;consumers</p>')")
    conn.execute("DELETE FROM _migrations WHERE name = 'm017_edges4'")
    conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) - 1}")
    conn.commit()
    conn.close()
    assert json.loads(run_here("search", "consumers", "--json", db=db).stdout)[0]["text"] == \
        "SQS stores messages for consumers"
    assert run_here("search", "nbsp", "--json", db=db).stdout.strip() in ("", "[]")
    conn = sqlite3.connect(db)
    assert conn.execute("INSERT INTO note_lines_fts (note_lines_fts) VALUES ('integrity-check')")


def test_search_with_no_words_is_a_usage_error_as_lookup_says_it(tmp_path):
    for words in ("", "   "):
        result = run_here("search", words, "--json", db=tmp_path / "none.db")
        assert result.returncode == 2 and result.stdout == ""
        assert result.stderr.count("\n") == 1 and "nothing to search for" in result.stderr
    assert not (tmp_path / "none.db").exists()  # refused before any database is built
