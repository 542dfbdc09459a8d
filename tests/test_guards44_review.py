"""The final review of int44's extract and notes changes: each guard it added, seen by a test.
Fails without: a table of "repl" read as "replicas" filed S3's 15-minute replication SLA as
"replicas sla" (S3 has no replicas); the Arabic "الثانية" (the second attempt) inside a word
was read as "seconds"; and each guard below (a "....... 400 KB" row was a term, "là" had a
plain spelling of its own, a capital "Standaard" was a default, one row of CLOUDFRONT's grid
was a thing of CloudFront's, "۵ تا ۱۰ روز" lost its range)."""

from __future__ import annotations

import re

from studycli.extract import parse_note
from studycli.extract.legend_grid_cells import in_full
from studycli.formats import as_markdown
from studycli.formats.definitions import is_term
from studycli.notes.gloss import gloss
from studycli.notes.unaccented import typed_plain


def _limits(text: str):
    return [f for f in parse_note(as_markdown(text, ".txt"), "grid.txt").facts
            if f.kind != "fact"]


def _read(text: str) -> str:
    return re.sub(r"[ \t]+", " ", gloss(text))


def test_a_bare_repl_is_replication_and_read_repl_read_replicas():
    assert in_full("repl SLA") == "replication SLA"
    assert in_full("read repl") == "read replicas"
    facts = _limits("S3 CRAM  legend: repl SLA | max obj\nS3       15 min | 5T\n")
    assert ("S3", "replication sla", "15 min") in {(f.service, f.attribute, f.value)
                                                    for f in facts}
    assert not any("replicas" in f.attribute for f in facts)


def test_an_arabic_unit_word_inside_another_word_is_no_unit():
    read = _read("- المهلة: المحاولة الثانية بعد 30 ثانية")
    assert read.count("seconds") == 1 and "30 seconds" in read
    # after a figure, and as a word of its own, it stays the unit
    assert "30 seconds" in _read("مهلة 30 ثانيةً")
    assert "14 days" in _read("เก็บไว้ 14 วัน")
    assert "15 minutes" in _read("حداکثر ۱۵ دقیقه")


def test_a_row_stating_its_value_behind_a_leader_is_no_term():
    assert is_term("item size ....... 400 KB") is False
    assert is_term("item size") is True


def test_a_short_word_has_no_plain_spelling_of_its_own():
    assert typed_plain("là") is None


def test_a_capital_standaard_is_a_class_name_on_any_line():
    note = ("# Notities\n\n- het is niet zo dat een bucket alleen voor een regio is, maar ook "
            "wordt het met elke key gedaan voor de kosten\n- Standaard 3 AZ's, ook voor de "
            "bucket\n- cooldown standaard 300 seconden\n")
    read = _read(note)
    assert "Standaard 3 AZ's" in read
    assert "cooldown default 300" in read


def test_the_one_row_of_a_service_s_grid_is_the_service():
    facts = _limits("CLOUDFRONT legend: max TTL | dflt TTL\nCF   1 yr | 24 h\n")
    assert facts and all(f.service == "CloudFront" and not f.subject for f in facts)


def test_a_counting_word_before_a_figure_is_a_range():
    # (read as the range it is since lang47: BETWEEN_FIGURES, no "5 up to 10 days")
    assert "5 to 10 days" in _read("۵ تا ۱۰ روز")
