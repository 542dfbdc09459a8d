"""A line whose measure word is mistyped still names it: a new user's "* timout default 3 sec,
max 15 min" was read (the parser repairs the typo) but never drilled, the question layer
finding no "timeout" on the line, with nothing saying why."""

from __future__ import annotations

from studycli.database import ensure_database
from studycli.questions import FactPool
from studycli.questions.askable import askable
from tests.helpers import note_db

NOTES = """# Lambda cheat sheet

* timout default 3 sec, max 15 min
* memroy 128 MB to 10,240 MB
"""


def test_a_mistyped_measure_word_still_makes_a_question(tmp_path):
    pool = FactPool.load(ensure_database(note_db(tmp_path, NOTES)))
    asked = {(f.attribute, f.qualifier) for f in pool.facts if askable(f)}
    assert ("execution timeout", "default") in asked, asked
    assert ("execution timeout", "max") in asked, asked
    assert any(a == "memory" for a, _ in asked), asked
