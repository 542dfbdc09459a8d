"""A hit whose own value the AWS reference finds current still prints its note line: when
another claim of that line is outdated, the line is marked (markers.line_currency), in the
JSON and in the text, so no outdated line is shown unmarked."""

from __future__ import annotations

from tests.helpers import ingest_text, json_out, run_here

NOTE = "## API Gateway\n- error codes\n  - 504 - integration failure / Timeout - 29s limit\n"


def test_an_outdated_claim_on_the_hits_line_is_marked(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "n.md").write_text(NOTE, encoding="utf-8")
    db = tmp_path / "s.db"
    assert run_here("ingest", str(notes), db=db).returncode == 0
    hits = json_out(run_here("lookup", "apigw 504", "--json", db=db))
    top = hits[0]
    assert top["kind"] == "error_code" and top["line"] == 3
    own = top["markers"]["currency"]
    assert own is None or own["status"] not in ("outdated", "wrong")
    line = top["markers"]["line_currency"]
    assert line and line["status"] == "outdated" and "29" in line["current_value"]
    text = run_here("lookup", "apigw 504", db=db).stdout
    first = text.split("Other matches")[0]
    # which claim it means, in the JSON and the text: "another claim ... now 1 MiB" under a
    # retention answer was read as the retention being 1 MiB now (a new user)
    assert line["claim"].startswith("API Gateway") and "29" in line["claim"], line
    flat = " ".join(first.split())
    assert f"! another claim on this line ({line['claim']}) is outdated per the AWS docs" \
        in flat, text
    # what AWS says now is wrapped, never cut (the output's width is 100 off a terminal)
    # (a page's address is whole, under its marker off a terminal too: mendlk48)
    assert "(since June 2024)" in flat and all(len(x) <= 100 for x in first.splitlines()
                                                if not x.lstrip().startswith("http")), text


def test_a_stale_statement_names_its_clause_and_marks_the_figure_it_states(tmp_path):
    # a statement's attribute is the heading over it: "(Aurora aurora global db up: Aurora
    # Global DB: up to 5 ...)" named nothing a student could read (a new user); and the hit
    # that states the stale figure itself was told of "another claim on this line"
    _, db, _ = ingest_text(
        tmp_path, "## Aurora\n* Aurora Global DB: up to 5 secondary regions, RPO 1 sec, "
                  "RTO < 1 min\n", "db.md")
    hits = json_out(run_here("lookup", "aurora global db secondary regions", "--json",
                             "--limit", "5", db=db))
    stating = [h for h in hits if h["value"].startswith("5")]
    assert stating and stating[0]["markers"]["currency"]["status"] == "outdated", hits
    assert not stating[0]["markers"]["line_currency"], stating[0]
    others = [h["markers"]["line_currency"] for h in hits if h["markers"]["line_currency"]]
    assert others and all(m["claim"] == "Aurora: up to 5 secondary regions" for m in others), \
        others


def test_the_stale_clause_is_the_one_clause_of_the_measure_else_the_line():
    from studycli.store.currency import stale_clause

    line = "Aurora Global DB: up to 5 secondary regions, RPO 1 sec, RTO < 1 min"
    assert stale_clause(line, "count") == "up to 5 secondary regions"
    assert stale_clause(line, "s") == line  # two clauses state durations: no guess
    assert stale_clause("SQS max msg 256 KB, retention 4 days", "B") == "SQS max msg 256 KB"
    assert stale_clause("max 256 KB", "B") == "max 256 KB"


def test_the_answers_own_verdict_is_on_its_first_line(tmp_path):
    """A student who reads only the first line must not learn the old value: "256 KB" there,
    and "! outdated ... now 1 MiB" four lines down, taught 256 KB (a new user's finding). The
    verdict is on the answer's line, said once; its page under the file:line; --json as it
    was (markers.currency)."""
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "n.txt").write_text("SQS\nmax msg 256 KB\nmsg retention max 7 days\n",
                                 encoding="utf-8")
    db = tmp_path / "s.db"
    assert run_here("ingest", str(notes), db=db).returncode == 0
    text = run_here("lookup", "sqs", "max", "message", "size", db=db).stdout
    lines = text.splitlines()
    assert lines[0].startswith("256 KB") and "outdated" in lines[0] and "1 MiB" in lines[0], text
    answer = text.split("Other matches")[0]
    assert answer.count("outdated") == 1 and answer.count("https://") == 1, text
    hit = json_out(run_here("lookup", "sqs max message size", "--json", db=db))[0]
    assert hit["value"] == "256 KB" and hit["markers"]["currency"]["status"] == "outdated"
    assert hit["markers"]["currency"]["current_value"] == "1 MiB"


def test_the_verdict_fits_beside_the_value_or_goes_whole_under_it_at_80_columns():
    """At 80 columns a long value filled the first line and the verdict was folded away from
    its "!" ("…Splunk)[], AWS Lambda…  !" / "    outdated per the AWS docs: …"), and a
    terminal's fold split the coloured span (reviewer): the value is cut to leave the verdict
    room, or when fewer than 20 cells would remain the verdict is wrapped under it, "!" first."""
    import re

    from studycli.ui.cells import cells
    from studycli.ui.lookup_plain import Style, _value_lines

    sgr = re.compile(r"\x1b\[[0-9;]*m")
    value = "Destinations: FireHose (S3, RefShift, ElasticSearch & Splunk)[], AWS Lambda, SQS"
    short_mark = "! outdated per the AWS docs: now 1 MiB"
    long_mark = "! outdated per the AWS docs: now " + ", ".join(["Amazon OpenSearch Service"] * 4)
    for color in (False, True):
        lines = _value_lines(value, short_mark, Style(color), 80)
        plain = [sgr.sub("", line) for line in lines]
        assert len(plain) == 1 and plain[0].endswith(short_mark) and cells(plain[0]) <= 80
        lines = _value_lines(value, long_mark, Style(color), 80)
        plain = [sgr.sub("", line) for line in lines]
        assert plain[1].startswith("    ! outdated") and all(cells(p) <= 80 for p in plain), plain
        assert " ".join(p.strip() for p in plain[1:]) == long_mark
        assert all(line.count("\x1b[") == (2 if color else 0) for line in lines)


def test_the_verdicts_page_is_labelled():
    """The answer's URL had nothing above it saying what it was, under "also …" it read as
    another marker's page (reviewer): it is "! page:", beside it when both fit."""
    from studycli.ui.lookup_plain import _page_lines

    url = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/qfacts.html"
    assert _page_lines(url, 80) == [f"  ! page: {url}"]
    long_url = "https://docs.aws.amazon.com/" + "x" * 70
    assert _page_lines(long_url, 80) == ["  ! page:", long_url]
