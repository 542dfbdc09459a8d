"""The chat-transcript and worksheet readers are imported only for a note that may be one
(formats/__init__.py's cheap gates): an ingest of ordinary notes imports neither (the
worksheet reader's patterns alone were about 2.7 ms of every ingest's start-up)."""

from __future__ import annotations

import subprocess
import sys

from tests.helpers import REPO

_RUN = """import sys
from studycli.entry import main
rc = main(['ingest', sys.argv[1], '--db', sys.argv[2]])
print('RC', rc, 'studycli.formats.chat_turns' in sys.modules,
      'studycli.formats.answer_keys' in sys.modules)
"""


def _ingest(tmp_path, files: dict[str, str]) -> str:
    notes = tmp_path / "notes"
    notes.mkdir()
    for name, text in files.items():
        (notes / name).write_text(text, encoding="utf-8")
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO), "HOME": str(tmp_path),
           "STUDYCLI_CACHE": str(tmp_path / "cache")}
    proc = subprocess.run([sys.executable, "-c", _RUN, str(notes), str(tmp_path / "s.db")],
                          capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120)
    return proc.stdout.strip().splitlines()[-1] if proc.stdout.strip() else proc.stderr


def test_ordinary_notes_import_neither_reader(tmp_path):
    files = {"s.md": "# SQS\n- max message size 256 KB\n",
             "k.yaml": "kinesis:\n  retention_default_hours: 24\n"}
    assert _ingest(tmp_path, files) == "RC 0 False False"


def test_a_chat_and_a_worksheet_import_theirs(tmp_path):
    files = {"chat.md": "You said:\nsqs max message size?\n\nChatGPT said:\n256 KB\n\n"
                        "You said:\nand retention?\n\nChatGPT said:\n4 days by default\n",
             "ws.md": "# SQS\n- max message size = ____ (1)\n\nAnswers: (1) 256 KB\n"}
    assert _ingest(tmp_path, files) == "RC 0 True True"
