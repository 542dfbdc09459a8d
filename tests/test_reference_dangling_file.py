"""A reference folder holding a file that cannot be read as it is listed (an editor's dangling
lock link `.#sqs.toml`) breaks no command: ingest's check stamp and the reference's cache skip
it alike (they stamped the files two ways, and ingest failed with a traceback)."""

from __future__ import annotations

import shutil

from studycli.paths import data_file
from tests.helpers import run_here


def test_ingest_and_check_with_a_dangling_link_in_the_reference_folder(tmp_path):
    reference = tmp_path / "reference"
    shutil.copytree(data_file("reference"), reference)
    (reference / ".#sqs.toml").symlink_to(tmp_path / "gone" / "sqs.toml")
    note = tmp_path / "n.md"
    note.write_text("## SQS\n- max message size 256 KB\n", encoding="utf-8")
    env = {"STUDYCLI_REFERENCE": str(reference)}
    db = tmp_path / "s.db"
    done = run_here("ingest", str(note), db=db, env=env)
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    checked = run_here("check", db=db, env=env)
    assert checked.returncode in (0, 1) and "Traceback" not in checked.stderr, checked.stderr
