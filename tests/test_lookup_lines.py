"""A note line answers when no fact does (lookup/lines.py): the parser makes no fact of
"❌ `EC2ThrottledException` → ...", yet the line answers a lookup of the exception; a line
of another service, or a kind of answer it cannot hold, does not."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from studycli.fastpath import lookup as fast
from studycli.lookup import lookup
from studycli.store.db import connect
from tests.helpers import note_db

NOTE = """# Lambda errors I keep mixing up

- ❌ `EC2ThrottledException` → Lambda in VPC couldn't create ENIs fast enough
- ❌ `Runtime.ImportModuleError` → wrong handler/module name or missing dependency in zip
- max memory: 10,240 MB
"""


@pytest.fixture(scope="module")
def notes_db(tmp_path_factory) -> Path:
    return note_db(tmp_path_factory.mktemp("lines"), NOTE, "errs.md")


def test_the_lines_are_no_facts(notes_db):
    """The premise: if the parser ever makes facts of these lines, this file tests nothing."""
    with sqlite3.connect(notes_db) as conn:
        lines = {n for (n,) in conn.execute("SELECT line FROM facts")}
    assert not lines & {3, 4}


def test_a_line_answers_when_no_fact_does(notes_db, capsys):
    conn = connect(notes_db, readonly=True).conn
    try:
        throttled = lookup(conn, "EC2ThrottledException").hits
        module = lookup(conn, "lambda Runtime.ImportModuleError").hits
    finally:
        conn.close()
    assert (throttled[0]["source"], throttled[0]["line"]) == ("errs.md", 3)
    assert "ENIs" in throttled[0]["value"] and not throttled[0]["value"].startswith(("-", "❌"))
    assert (module[0]["line"], module[0]["kind"]) == (4, "fact")
    assert fast.main(["--db", str(notes_db), "--json", "EC2ThrottledException"]) == 0
    first = json.loads(capsys.readouterr().out)[0]
    assert first["line"] == 3 and first["markers"] == {"conflict": None, "currency": None,
                                                     "line_currency": None}


def test_a_line_does_not_answer_for_another_service_or_kind(notes_db):
    conn = connect(notes_db, readonly=True).conn
    try:
        # the line is about Lambda: it says nothing of SQS
        assert lookup(conn, "sqs EC2ThrottledException").hits == []
        assert lookup(conn, "EC2ThrottledException", kind="limit").hits == []
        assert lookup(conn, "EC2ThrottledException", service="sqs").hits == []
        # a quantity asked needs a number in the unit asked: the line has none
        assert lookup(conn, "how many enis can lambda create in a vpc").hits == []
    finally:
        conn.close()


def test_a_line_of_the_service_filtered_answers(notes_db):
    """The line names no service: its neighbours' facts (Lambda) speak for it."""
    conn = connect(notes_db, readonly=True).conn
    try:
        hits = lookup(conn, "Runtime.ImportModuleError", service="lambda").hits
    finally:
        conn.close()
    assert hits and hits[0]["line"] == 4
