"""Reproductions of a blind review's findings on the nu30b branch: each fails without its fix."""

from __future__ import annotations

from studycli.ingest import ingest_paths
from studycli.store.db import connect
from tests.helpers import run_here, shipped_reference


def _notes(tmp_path, files: dict[str, str]):
    folder = tmp_path / "notes"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    db = connect(tmp_path / "s.db")
    ingest_paths(db, [folder])
    return tmp_path / "s.db"


LINKS = ("# Messaging\n\n| | SQS | SNS |\n|---|---|---|\n"
         "| Docs | see https://docs.aws.amazon.com/sqs/quotas "
         "| see https://docs.aws.amazon.com/sns/quotas |\n"
         "| Model | pull https://example.com/pull | push https://example.com/push |\n")


def test_compare_numbers_the_addresses_in_its_cells_as_the_list_under_the_table(tmp_path):
    db = _notes(tmp_path, {"links.md": LINKS})
    out = run_here("compare", "sqs", "sns", db=db, env=shipped_reference(80)).stdout
    for n in (1, 2, 3, 4):
        assert out.count(f"[link {n}]") == 2, out  # once in its cell, once in the list
