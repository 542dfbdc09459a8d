"""A number takes the nearer label even when both labels are mistyped: a new user's "S3
standard durabilty 11 9s, availibility 99.99%" filed 99.99% as the durability (a pattern
tolerant of one typo named the farther word) and lookup answered it for durability."""

from __future__ import annotations

import json

from tests.helpers import note_db, run_here


def test_the_nearer_mistyped_label_names_the_number(tmp_path):
    db = note_db(tmp_path, "# EBS\n\n- io2 durabilty 99.999%, availibilty of gp3 99.9%\n"
                           "# S3\n\n- One Zone-IA durabilty 11 9s, availibility 99.5%\n")
    named = {f["value"]: f["attribute"] for f in json.loads(run_here("facts", "--json",
                                                                      db=db).stdout)
             if f["kind"] != "fact"}
    assert named.get("99.5%") == "availability", named
