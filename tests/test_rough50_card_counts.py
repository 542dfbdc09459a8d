"""`studycli stats` and `studycli doctor` on one database agree on its cards (issue 12: a new
user saw 102 in stats' table and 108 in doctor and nothing said why): doctor's row count is
broken down in stats' terms, and stats names the count doctor shows."""

from __future__ import annotations

import re

from .helpers import json_out, run_here


def _doctor_cards(text: str) -> tuple[int, dict[str, int]]:
    lines = text.splitlines()
    at = next(i for i, line in enumerate(lines) if line.split()[:1] == ["cards"])
    parts: dict[str, int] = {}
    for line in lines[at + 1:]:
        m = re.fullmatch(r"\s{17,}(\d+) (.+)", line)
        if m is None:
            break
        parts[m.group(2)] = int(m.group(1))
    return int(lines[at].split()[1]), parts


def test_doctor_breaks_its_card_count_down_as_stats_counts_them(shipped_copy):
    stats = json_out(run_here("stats", "--json", db=shipped_copy))
    assert stats["unaskable"]  # the shipped notes have cards the quiz asks nothing of
    doctor = run_here("doctor", db=shipped_copy)
    assert doctor.returncode == 0, doctor.stderr
    total, parts = _doctor_cards(doctor.stdout)
    assert total == stats["cards"]
    in_stats = sum(stats[k] for k in ("new", "learning", "review", "suspended"))
    assert parts == {"in the total `studycli stats` shows": in_stats,
                     "the quiz builds no question for": stats["unaskable"]}
    assert sum(parts.values()) == total
    shown = run_here("stats", db=shipped_copy, env={"COLUMNS": "100"})
    assert re.search(rf"^\s*{in_stats} \u2502", shown.stdout, re.MULTILINE)  # the table's total
    assert f"{total} cards in all, as `studycli doctor` counts them" in shown.stdout


def test_doctor_counts_the_cards_of_a_deleted_note_apart(tmp_path):
    notes, db = tmp_path / "notes", tmp_path / "s.db"
    notes.mkdir()
    (notes / "sqs.md").write_text("# SQS\n\n- max message size 256 KB\n")
    (notes / "aurora.md").write_text("# Aurora\n\n- up to 15 read replicas\n")
    json_out(run_here("ingest", str(notes), "--json", db=db))
    (notes / "aurora.md").unlink()
    json_out(run_here("ingest", str(notes), "--json", db=db))
    stats = json_out(run_here("stats", "--json", db=db))
    assert stats["missing"]
    total, parts = _doctor_cards(run_here("doctor", db=db).stdout)
    assert total == stats["cards"]
    assert parts["whose facts are no longer in your notes"] == stats["missing"]
    assert sum(parts.values()) == total
