"""An ingest whose notes did not change finds each post-ingest hook's kept result: it loads no
question generator and no part of the parser (importing questions.unasked loaded the whole
question package, and with it the parser's quantity reader: a third of such an ingest's
work)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
# ... nor check's view, whose tally line the summary shares (ui/verdict_words.stale_tally)
HEAVY = ("studycli.questions.build", "studycli.extract.quantities", "studycli.extract.pipeline",
         "studycli.ui.check_view")


def test_a_no_op_ingest_loads_no_question_generator_nor_parser(tmp_path):
    db = tmp_path / "s.db"
    notes = tmp_path / "n.md"
    notes.write_text("## SQS\n- max message size 256 KB\n- retention default 4 days\n",
                     encoding="utf-8")
    args = ["ingest", str(notes), "--db", str(db)]
    subprocess.run([sys.executable, "-m", "studycli", *args], capture_output=True, cwd=REPO,
                   timeout=120, check=True)
    probe = ("import sys\nfrom studycli.entry import main\n"
             f"main({args!r})\n"
             f"print('LOADED', *sorted(m for m in {HEAVY!r} if m in sys.modules), "
             "file=sys.stderr)\n")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         cwd=REPO, timeout=120, check=True)
    assert "unchanged" in out.stdout
    assert out.stderr.strip().splitlines()[-1] == "LOADED"


def test_the_question_package_still_gives_its_names():
    import studycli.questions as questions
    from studycli.questions import FactPool, Question, build_question, card_types_for
    from studycli.questions.build import build_question as built

    assert build_question is built and callable(card_types_for)
    assert FactPool.__name__ == "FactPool" and Question.__name__ == "Question"
    assert sorted(questions.__all__) == sorted(questions._WHERE)
    try:
        questions.no_such_name  # noqa: B018
    except AttributeError:
        pass
    else:
        raise AssertionError("an unknown name must raise AttributeError")
