"""Review of lang47 (studycli/languages_indic.py's postposed bounds and hours):

- a bound after a figure that already ends a range written with a dash ("128-10240 MB तक",
  "1 ~ 14 দিন পর্যন্ত") is no "up to" moved before it: "128-up to 10240 MB" lost main's min
  and range;
- a clock time ("இரவு 2 மணி முதல் 3 மணி வரை", 2 to 3 o'clock at night; "ರಾತ್ರಿ 2 ಗಂಟೆಗೆ", at
  2 o'clock) is no duration: it was read "2 hours to 3 hours", a range of 2-3 h;
- "SQS padrão" is the Standard queue type, no default."""

from __future__ import annotations

import re

import pytest

from studycli.notes.gloss import gloss
from tests.helpers import folder_cli


def _read(text: str) -> str:
    return re.sub(r"[ \t]+", " ", gloss(text))


@pytest.mark.parametrize("line, read", [
    ("Lambda memory 128-10240 MB तक", "Lambda memory 128-10240 MB"),
    ("ephemeral storage 512 MB - 10 GB तक", "ephemeral storage 512 MB - 10 GB"),
    ("memory 128–10240 MB পর্যন্ত", "memory 128–10240 MB"),
    ("retention 1 ~ 14 দিন পর্যন্ত", "retention 1 ~ 14 days"),
])
def test_a_postposed_bound_after_a_dashed_range_keeps_the_range(line, read):
    out = _read(f"# Notes\n{line}\n")
    assert read in out and "up to" not in out


@pytest.mark.parametrize("line, read", [
    ("- 10 GB तक", "- up to 10 GB"),  # (a bullet's dash is no range)
    ("EC2 - 10 GB तक", "EC2 - up to 10 GB"),  # (nor a name's digits)
    ("RI ৭২% পর্যন্ত ছাড়", "RI up to 72%"),
])
def test_a_postposed_bound_with_no_range_before_it_is_still_moved(line, read):
    assert read in _read(f"# Notes\n{line}\n")


@pytest.mark.parametrize("line", [
    "RDS backup window: இரவு 2 மணி முதல் 3 மணி வரை",
    "backup ರಾತ್ರಿ 2 ಗಂಟೆಗೆ",
    "backup రాత్రి 2 గంటలకు",
])
def test_a_clock_time_is_no_duration(line):
    out = _read(f"# Notes\n{line}\n")
    assert "hours" not in out and " to " not in out and "up to" not in out


def test_tamil_hours_are_still_hours():
    assert "default 24 hours" in _read("# SQS\n- retention: default 24 மணி நேரம்\n")
    assert "12 hours" in _read("# SQS\n- timeout 12 மணிநேரம்\n")


def test_a_clock_time_window_answers_no_duration(tmp_path):
    note = ("# RDS குறிப்புகள்\n- RDS backup window: இரவு 2 மணி முதல் 3 மணி வரை\n"
            "- RDS backup retention அதிகபட்சம் 35 நாட்கள்\n")
    ask = folder_cli(tmp_path, {"rds.md": note})
    window = [f for f in ask("facts") if f["line"] == 2]
    assert window and all(f["kind"] == "fact" and f["number"] is None for f in window)
    assert ask("lookup", "rds backup retention max")[0]["value"] == "35 days"


def test_a_dashed_range_then_a_hindi_bound_answers_its_min(tmp_path):
    ask = folder_cli(tmp_path, {"lambda.md": "# Lambda नोट्स\n- Lambda memory 128-10240 MB तक\n"})
    assert ask("lookup", "lambda memory min")[0]["value"] == "128 MB"
    assert ask("lookup", "lambda memory max")[0]["value"] == "10,240 MB"


def test_sqs_padrao_is_the_standard_queue_no_default():
    head = "- não é para uma conta, com isso também quando\n"
    out = _read(f"# Notas\n{head}- SQS padrão 120.000 mensagens em voo\n")
    assert "SQS padrão" in out and "default" not in out


PORTUGUESE_HEAD = "- não é para uma conta, com isso também quando\n"
RUSSIAN_HEAD = "- Это важно для экзамена, нужно помнить, что и как работает, если что\n"
UKRAINIAN_HEAD = "- і що це або для не на від лише тільки якщо також\n"


@pytest.mark.parametrize("head, line, kept", [
    # "por"/"на" with a figure only after the noun: by the queue, onto the replica
    (PORTUGUESE_HEAD, "- Lambda é invocada por queue com batch de 10 mensagens",
     "invocada por queue"),
    (RUSSIAN_HEAD, "- RDS Multi-AZ: переключение на replica занимает 60-120 секунд",
     "переключение на replica"),
])
def test_por_or_na_before_a_noun_with_the_figure_after_is_no_per(head, line, kept):
    out = _read(f"# Notes\n{head}{line}\n")
    assert kept in out and "per queue" not in out and "per replica" not in out


@pytest.mark.parametrize("head, line, read", [
    (PORTUGUESE_HEAD, "- read replicas: até 5 por instance", "up to 5 per instance"),
    (UKRAINIAN_HEAD, "- users на account: до 5000", "users per account: up to 5000"),
    (RUSSIAN_HEAD, "- до 5 VPC на region", "up to 5 VPC per region"),
])
def test_por_or_na_still_counts_per_a_noun(head, line, read):
    assert read in _read(f"# Notes\n{head}{line}\n")


def test_a_batch_invoked_by_a_queue_is_no_batch_per_queue(tmp_path):
    note = ("# Notas de estudo Lambda\n" + PORTUGUESE_HEAD
            + "- Lambda é invocada por queue com batch de 10 mensagens\n")
    facts = folder_cli(tmp_path, {"lambda.md": note})("facts")
    assert [f["attribute"] for f in facts if f["number"] == 10] == ["batch size"]
