"""An error code's exam explanation says its meaning once: a new user read "error 504 means
'Integration failure/timeout - ...'. Your note (...): 'Integration failure/timeout(Dault: 29S)
- ...'", the same words twice, the second time with an aside. The note's line is still cited."""

from __future__ import annotations

import json

from studycli.exam.scenario import _words_in_order
from tests.helpers import note_db, run_here

# The 504's line alone: an exam asks one question per note line while other lines remain
# (exam/generate.py _Draft.lines), and beside other codes' lines the line's integration
# timeout default was always its one question; notes of one line ask it twice.
NOTES = """# API Gateway

- `504` - Integration timeout (default: 29s) - the backend took too long to answer
"""


def test_words_in_order():
    assert _words_in_order("Integration timeout - the backend took too long",
                           "Integration timeout (default: 29s) - the backend took too long")
    assert not _words_in_order("Throttled request", "request Throttled")


def test_an_error_codes_explanation_quotes_its_meaning_once_and_cites_the_line(tmp_path):
    db = note_db(tmp_path, NOTES)
    seen = []
    for seed in range(1, 8):
        r = run_here("exam", "--profile", "dva-c02", "--seed", str(seed), "--json", db=db)
        assert r.returncode == 0, r.stderr
        for q in json.loads(r.stdout)["questions"]:
            if "504" in q["stem"] or q["options"] and "504" in q["options"]:
                seen.append(q["explanation"])
    assert seen, "no exam question on the 504"
    for e in seen:
        assert e.count("took too long") == 1 and "n.md:3" in e, e
