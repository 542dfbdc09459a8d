"""Review of lang46: what the languages it added read wrong in wording the development notes
do not write. A figure grouped by spaces before a bound of a language the note switches to
("10 240 MB:iin asti", "10 240 MB-ig") is the whole figure, never its last group; Swahili
"saa 2 usiku" is a time of day, no 2 hours, and "kwa chaguo-msingi" is by default; an English
verb ending in -s before a number ("supports 15 read replicas") is no Swahili noun its count
follows; Finnish case endings after a colon, in a language a note switches to, leave "1:n"
and "kms:a" alone."""

from __future__ import annotations

import pytest

from studycli.notes.gloss import gloss, languages_of
from tests.helpers import folder_cli

FINNISH_SHORT = "# Lambda\n- muisti enimmäiskoko 10 240 MB:iin asti\n- säilytysaika ei koskaan\n"
HUNGARIAN_SHORT = ("# Lambda\n- Lambda memória 128 MB-tól 10 240 MB-ig, emelhető\n"
                   "- Lambda timeout max 15 perc, megtartás nincs\n")
SWAHILI_TIMES = """\
# RDS na backup - maelezo yangu
- backup window ya RDS ni saa 2 usiku kila siku, na retention ni siku 7 kwa chaguo-msingi
- maintenance window: kila Jumapili saa 3 asubuhi, kwa dakika 30
- hii ni muhimu sana kwa exam, pia kumbuka Multi-AZ
"""
ENGLISH_WITH_SWAHILI = """\
# Databases and compute
- Aurora supports 15 read replicas, RDS MySQL allows 5 read replicas
- Lambda free tier: 1 million requests kwa mwezi (asante rafiki!)
- DynamoDB BatchWriteItem takes 25 items max
- SQS FIFO handles 300 transactions per second without batching
"""
SWAHILI_VERBS = """\
# Lambda na SQS - maelezo
- Lambda timeout max ni dakika 15, default sekunde 3
- Aurora has 15 read replicas kwa cluster
- SQS batch size: hadi records 10 kwa kila poll
- function supports 1000 concurrent executions kwa akaunti
- hii ni muhimu sana kwa exam, pia kumbuka kila wakati kabla ya kazi
"""


@pytest.mark.parametrize("note, read, not_read", [
    (FINNISH_SHORT, "up to 10240 MB", "10 up to 240"),
    (HUNGARIAN_SHORT, "up to 10240 MB", "10 up to 240"),
    ("# DynamoDB\n- TTL: a lejárt itemek törlése 2 880 percen belül\n- tárolási idő nincs\n",
     "within 2880 min", "2 within 880"),
])
def test_a_bound_after_a_figure_grouped_by_spaces_takes_the_whole_figure(note, read, not_read):
    assert read in gloss(note) and not_read not in gloss(note)


def test_swahili_saa_before_a_time_of_day_is_no_duration_and_kwa_chaguo_msingi_a_default():
    glossed = gloss(SWAHILI_TIMES)
    assert "2 hours" not in glossed and "3 hours" not in glossed
    assert "saa 2 usiku" in glossed and "saa 3 asubuhi" in glossed
    assert "7 days by default" in glossed and "per default" not in glossed
    assert "30 min" in glossed  # "dakika 30" is still read


@pytest.mark.parametrize("note, read", [
    (ENGLISH_WITH_SWAHILI, "Aurora supports 15 read replicas, RDS MySQL allows 5 read replicas"),
    (ENGLISH_WITH_SWAHILI, "BatchWriteItem takes 25 items max"),
    (ENGLISH_WITH_SWAHILI, "handles 300 transactions per second"),
    (SWAHILI_VERBS, "Aurora has 15 read replicas"),
    (SWAHILI_VERBS, "function supports 1000 concurrent executions"),
    (SWAHILI_VERBS, "up to 10 records"),  # a count after its noun is still read
])
def test_an_english_verb_before_a_number_is_no_noun_a_swahili_count_follows(note, read):
    assert languages_of(SWAHILI_VERBS) == {"sw"} and not languages_of(ENGLISH_WITH_SWAHILI)
    assert read in gloss(note)


def test_finnish_colon_endings_in_a_note_switching_to_finnish_leave_english_tokens():
    note = ("# DynamoDB\n- relationship 1:n between users, kms:a, ssm:t\n"
            "- enimmäiskoko 5 TB:iin asti, säilytysaika ei koskaan\n")
    glossed = gloss(note)
    assert "relationship 1:n between users, kms:a, ssm:t" in glossed
    assert "up to 5 TB" in glossed


def test_the_readings_answer_lookup(tmp_path):
    ask = folder_cli(tmp_path, {"lambda_fi.md": FINNISH_SHORT, "rds_sw.md": SWAHILI_TIMES,
                                "db_en.md": ENGLISH_WITH_SWAHILI})
    hits = ask("lookup", "lambda memory max")
    assert hits and hits[0]["value"] in ("10240 MB", "10,240 MB"), hits[:1]
    hits = ask("lookup", "rds backup window")
    assert hits and hits[0]["value"] not in ("2 h", "2 hours"), hits[:1]
    hits = ask("lookup", "aurora read replicas max")
    assert hits and hits[0]["value"] == "15 read replicas"
    hits = ask("lookup", "rds mysql read replicas")
    assert hits and hits[0]["value"] == "5 read replicas"
