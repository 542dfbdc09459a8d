"""The application layer (studycli.app): whole workflows driven with scripted keys and a fixed
clock, against a real SQLite file and the real fsrs scheduler; the domain rules moved out of
store/ (conflicts, streak, retention); and the exam command's typer-free fast path."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from datetime import datetime, timedelta
from types import SimpleNamespace

import pytest
from rich.console import Console

from studycli.app.cards import cards_with_facts
from studycli.app.clock import Clock
from studycli.app.exam import exam_history, take_exam
from studycli.app.quiz import run_quiz
from studycli.app.stats import collect
from studycli.cli import app
from studycli.conflicts import group_conflicts
from studycli.errors import Interrupted
from studycli.quiz.figures import retention, streak_days
from studycli.quiz.session import QuizOptions
from studycli.scheduler import LEARNING, NEW, RELEARNING, REVIEW, parse_time
from studycli.store import cards as store
from studycli.store.exams import list_attempts
from studycli.ui.exam_loop import ExamScreen
from studycli.ui.exam_view import key_help, render_question
from studycli.ui.keyinput import ScriptedKeys
from studycli.ui.quiz_loop import QuizScreen

from .helpers import REPO
from .quiz_facts import T0


class FixedClock(Clock):
    """Wall time and timer stand still until a test moves them."""

    def __init__(self, start: datetime = T0) -> None:
        self.wall, self.seconds = start, 1000.0
        super().__init__(now=lambda: self.wall, monotonic=lambda: self.seconds)

    def advance(self, seconds: float) -> None:
        self.wall += timedelta(seconds=seconds)
        self.seconds += seconds


def console() -> tuple[Console, io.StringIO]:
    out = io.StringIO()
    return Console(file=out, width=80, color_system=None), out


# ------------------------------------------------------------------------------ exam


def test_take_exam_scores_and_saves_with_the_clock_it_is_given(exam_db, paper):
    clock = FixedClock()
    keys = []
    for q in paper.questions:
        keys += [str(a + 1) for a in q.answers] + ["n"]
    read: list[str] = []

    def tick(key):
        read.append(key)
        clock.advance(6)

    scripted = ScriptedKeys([*keys, "s", "y"], on_read=tick)
    con, out = console()
    result = take_exam(exam_db, paper, scripted, clock, ExamScreen(con))
    assert result is not None and result.raw == result.total == len(paper.questions)
    [attempt] = list_attempts(exam_db)
    assert attempt["started_at"] == T0.isoformat(timespec="seconds")
    # Every key took 6 seconds on the fixed clock: the time stored is the clock's, not the wall's.
    assert attempt["seconds"] == 6 * len(read)
    assert attempt["finished_at"] == (T0 + timedelta(seconds=attempt["seconds"])).isoformat(
        timespec="seconds")
    assert "Raw score" in out.getvalue() and "No misses" in out.getvalue()
    attempts, trend = exam_history(exam_db)
    assert attempts == [attempt] and trend["attempts"] == 1


def test_a_blank_exam_is_not_saved_and_says_so(exam_db, paper):
    con, out = console()
    assert take_exam(exam_db, paper, ScriptedKeys(["s", "y"]), FixedClock(),
                     ExamScreen(con)) is None
    assert list_attempts(exam_db) == []
    assert "not saved" in out.getvalue()


def test_time_running_out_submits_what_was_answered(exam_db, paper):
    clock = FixedClock()
    # The first single-answer question answered at once (a Choose-TWO needs two keys), then
    # a key an hour later: the exam has ended by then.
    at = next(i for i, q in enumerate(paper.questions) if len(q.answers) == 1)
    first = str(paper.questions[at].answers[0] + 1)
    keys = ["n"] * at + [first, "n", "2"]
    reads = iter(range(len(keys)))
    scripted = ScriptedKeys(keys, on_read=lambda key: clock.advance(
        3600 if next(reads) == len(keys) - 1 else 1))
    con, out = console()
    result = take_exam(exam_db, paper, scripted, clock, ExamScreen(con))
    assert result is not None and result.timed_out and result.raw == 1
    assert list_attempts(exam_db)[0]["timed_out"] == 1
    assert "Time is up" in out.getvalue()


def test_ctrl_c_mid_exam_keeps_what_was_answered(exam_db, paper):
    """A new user pressed Ctrl-C 40 questions in and lost every answer: the attempt is kept,
    scored on what was answered, and Interrupted (a StudyError: one line, exit 1) says so."""
    class Interrupting(ScriptedKeys):
        def read(self, timeout=None):
            if not self.keys:
                raise KeyboardInterrupt
            return super().read(timeout)

    at = next(i for i, q in enumerate(paper.questions) if len(q.answers) == 1)
    keys = ["n"] * at + [str(paper.questions[at].answers[0] + 1)]
    con, out = console()
    with pytest.raises(Interrupted, match="answered so far are saved"):
        take_exam(exam_db, paper, Interrupting(keys), FixedClock(), ExamScreen(con))
    [attempt] = list_attempts(exam_db)
    assert attempt["raw"] == 1 and attempt["questions"] == len(paper.questions)
    # nothing answered: nothing kept, and the line says so (it said the answers were saved)
    with pytest.raises(Interrupted, match="nothing was answered, so no attempt is saved"):
        take_exam(exam_db, paper, Interrupting([]), FixedClock(), ExamScreen(con))
    assert len(list_attempts(exam_db)) == 1


# ------------------------------------------------------------------------------ quiz


def test_run_quiz_saves_answers_at_the_clock_s_time_and_schedules_with_fsrs(quiz_db):
    from studycli.quiz.session import Session

    clock = FixedClock()
    first = Session(quiz_db, QuizOptions(fuzz=False), clock=clock.now).next()
    assert first is not None
    # Answer the first card whatever it is (option 1, or reveal and grade Good), then quit.
    keys = ScriptedKeys(["1", "n"] if first.question.options else ["space", "3"])
    con, out = console()
    code = run_quiz(quiz_db, QuizOptions(fuzz=False, limit=1), keys, clock, QuizScreen(con))
    assert code == 0
    [(card_id, reviewed_at)] = quiz_db.conn.execute(
        "SELECT card_id, reviewed_at FROM reviews").fetchall()
    assert card_id == first.card["id"] and parse_time(reviewed_at) == T0
    card = store.get_card(quiz_db, card_id)
    assert card["state"] != NEW and parse_time(card["due"]) > T0  # scheduled by fsrs
    assert "Session done" in out.getvalue()


def test_ctrl_c_ends_the_quiz_with_code_1_and_keeps_the_answers(quiz_db):
    class Interrupting(ScriptedKeys):
        def read(self, timeout=None):
            if not self.keys:
                raise KeyboardInterrupt
            return super().read(timeout)

    con, out = console()
    screen = QuizScreen(con)
    said: list[bool] = []
    screen.interrupted = lambda: said.append(True)
    code = run_quiz(quiz_db, QuizOptions(fuzz=False), Interrupting(["f"]), FixedClock(),
                    screen)
    assert code == 1 and said == [True]
    # What was done before Ctrl-C (a flag) is kept.
    assert quiz_db.conn.execute("SELECT count(*) FROM cards WHERE flagged = 1").fetchone()[0] == 1


def test_missed_drills_the_cards_answered_wrong(quiz_db):
    from studycli.quiz.session import Session

    clock = FixedClock()
    first = Session(quiz_db, QuizOptions(fuzz=False), clock=clock.now).next()
    assert first is not None
    con, out = console()
    q = first.question
    wrong = next((str(i + 1) for i in range(len(q.options)) if i not in q.answers), None)
    keys = ScriptedKeys([wrong, "n"] if wrong else ["space", "1"])  # wrong, or graded Again
    run_quiz(quiz_db, QuizOptions(fuzz=False, limit=1), keys, clock, QuizScreen(con))
    clock.advance(3600)
    options = QuizOptions(fuzz=False)
    assert run_quiz(quiz_db, options, ScriptedKeys(["q"]), clock, QuizScreen(con),
                    missed=True) == 0
    assert options.card_ids == [first.card["id"]]


def test_a_cram_limit_asks_that_many_facts_not_one_fact_s_sibling_cards(quiz_db):
    from studycli.quiz.session import Session

    keys = {(c["service"], c["subject"], c["attribute"]) for c in store.list_cards(quiz_db)}
    assert len(keys) >= 3
    session = Session(quiz_db, QuizOptions(cram=True, limit=3, fuzz=False),
                      clock=FixedClock().now)
    assert session.counts()["left"] == 3


def test_cards_with_facts_lists_each_card_s_note_lines(quiz_db):
    rows = cards_with_facts(quiz_db)
    assert rows and all(row["facts"] for row in rows)
    one = rows[0]
    assert all(f["service"].lower() == one["service"] for f in one["facts"])
    store.set_flag(quiz_db, one["id"], True, "2026-03-02T09:00:00.000000Z")
    assert [r["id"] for r in cards_with_facts(quiz_db, flagged=True)] == [one["id"]]
    assert cards_with_facts(quiz_db, service="no such service") == []


# ------------------------------------------------------------------------------ domain rules


def test_stats_figures_with_no_reviews(quiz_db):
    data = collect(quiz_db, T0)
    assert data["reviews_total"] == 0 and data["retention_30d"] is None
    assert data["streak_days"] == 0 and data["cards"] == data["new"] > 0
    assert len(data["due_forecast"]) == 7 and len(data["reviews_per_day"]) == 30


def test_streak_counts_days_in_a_row_ending_today_or_yesterday():
    assert streak_days(lambda offset: offset in (0, -1, -2, -4)) == 3
    assert streak_days(lambda offset: offset in (-1, -2)) == 2  # none yet today
    assert streak_days(lambda offset: offset == -3) == 0
    assert retention(0, 0) is None and retention(3, 2) == 0.667


def _fact(source, value, number=None, kind="limit", service="SQS", line=1):
    return SimpleNamespace(service=service, subject="", attribute="message size",
                           qualifier="max", kind=kind, value=value, number=number, unit="B",
                           low=None, high=None, source=source, line=line)


def test_conflict_rule_groups_keys_the_notes_disagree_on():
    agree = [_fact("a.md", "256 KB", 262144), _fact("b.md", "256 KB", 262144)]
    differ = [_fact("a.md", "256 KB", 262144, service="SNS"),
              _fact("b.md", "1 MB", 1048576, service="SNS")]
    one_line = [_fact("a.md", "1", 1, service="X"), _fact("a.md", "2", 2, service="X")]
    # two lines of one note are two cases of a key, not a contradiction (studycli.conflicts)
    one_note = [_fact("a.md", "1", 1, service="Y", line=3),
                _fact("a.md", "2", 2, service="Y", line=9)]
    assert group_conflicts([*agree, *differ, *one_line, *one_note]) == [differ]


def test_stored_card_states_are_fsrs_s_own_numbers():
    from fsrs import State

    assert (LEARNING, REVIEW, RELEARNING) == (
        State.Learning.value, State.Review.value, State.Relearning.value)
    assert NEW not in {s.value for s in State}


# ------------------------------------------------------------------------------ screens at 80


def test_exam_key_hint_fits_80_columns(paper):
    from studycli.exam.session import ExamSession

    session = ExamSession.start(paper, lambda: 0.0)
    for i, q in enumerate(paper.questions):
        session.go(i)
        con, out = console()
        con.print(render_question(session))
        lines = out.getvalue().splitlines()
        for hint_line in key_help(q).splitlines():
            assert hint_line in lines, (hint_line, lines)  # whole, on a line of its own
            assert len(hint_line) <= 78


# ------------------------------------------------------------------------------ fast path


def test_the_exam_fast_path_parses_the_typer_exam_options():
    """Both read studycli/options.py (tests/test_options_spec.py checks typer against it)."""
    from studycli import options

    from .test_reliability_startup import _typer_options

    assert {f for o in options.options("exam") for f in o.flags} == _typer_options("exam")


@pytest.mark.parametrize("args", [["--help"], ["-h"], ["--nosuch"], ["--seed", "x"],
                                  ["--json=yes"], ["--hist"]])
def test_the_exam_fast_path_hands_anything_else_to_typer(args):
    import gc

    from studycli.fastpath.exam import main

    try:
        assert main(args) is None
    finally:  # main turns the collector off; entry.main, not called here, turns it on again
        gc.enable()


HEAVY = ("typer", "click", "sqlite_utils", "pydantic", "studycli.cli", "rich", "fsrs")


def test_exam_json_runs_without_typer_rich_or_sqlite_utils(exam_db, _private_db):
    code = (
        "import sys\n"
        "from studycli.entry import main\n"
        f"rc = main(['exam', '--json', '-p', 'quick', '--seed', '4', '--db', "
        f"{str(_private_db)!r}])\n"
        f"heavy = sorted({{m.split('.')[0] for m in sys.modules if m.startswith({HEAVY!r})}})\n"
        "print('RC', rc, 'HEAVY', heavy, file=sys.stderr)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=REPO, timeout=120)
    assert proc.stderr.strip().splitlines()[-1] == "RC 0 HEAVY []", proc.stderr
    data = json.loads(proc.stdout)
    assert (data["profile"], data["seed"], len(data["questions"])) == ("quick", 4, 10)


def test_the_quiz_s_first_card_imports_no_fsrs(quiz_db, _private_db):
    code = (
        "import sys, io\n"
        "sys.stdin = io.StringIO('q\\n')\n"
        "from studycli.entry import main\n"
        f"rc = main(['quiz', '--db', {str(_private_db)!r}])\n"
        "print('RC', rc, 'FSRS', 'fsrs' in sys.modules, file=sys.stderr)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=REPO, timeout=120)
    assert proc.stderr.strip().splitlines()[-1] == "RC 0 FSRS False", proc.stderr


def test_fast_and_typer_exam_json_agree(exam_db, _private_db):
    from typer.testing import CliRunner

    typer_out = CliRunner().invoke(app, ["exam", "--json", "-p", "quick", "--seed", "9"])
    assert typer_out.exit_code == 0, typer_out.output
    fast = subprocess.run([sys.executable, "-m", "studycli", "exam", "--json", "-p", "quick",
                           "--seed", "9"], capture_output=True, text=True, cwd=REPO,
                          timeout=120)
    assert fast.returncode == 0, fast.stderr
    assert json.loads(fast.stdout) == json.loads(typer_out.stdout)


def test_exam_fast_path_bad_input_is_one_line(exam_db):
    # a service the notes lack is "not found" (1); a value out of range or options that do
    # not go together are usage errors (2, tests/test_usage_errors.py). The first through a
    # real process (its exit code and stderr as the shell sees them), the others through the
    # same entry in this process (run_here: a traceback escaping main() is still printed)
    from .helpers import run_here

    for args, code in ((["--profile", "nope"], 2), (["--service", "zzz", "--json"], 1),
                       (["--questions", "0", "--json"], 2), (["--export", "x.md", "--json"], 2)):
        if args[0] == "--profile":
            proc = subprocess.run([sys.executable, "-m", "studycli", "exam", *args],
                                  capture_output=True, text=True, cwd=REPO, timeout=120)
        else:
            proc = run_here("exam", *args)
        assert proc.returncode == code, args
        assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr
        assert proc.stderr.startswith("studycli") and "Traceback" not in proc.stderr


def test_ctrl_c_mid_exam_before_any_answer_saves_nothing_and_says_so_in_one_line(exam_db):
    import signal

    proc = subprocess.Popen([sys.executable, "-m", "studycli", "exam", "-p", "quick", "--seed",
                             "2"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd=REPO)
    assert proc.stdout is not None and proc.stdin is not None
    for line in proc.stdout:  # wait for the first question's key hint
        if "answer" in line and "submit" in line:
            break
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 1
    assert err.strip() == "studycli: interrupted; nothing was answered, so no attempt is saved"
    assert list_attempts(exam_db) == []


class RecordingOutput:
    """An ExamOutput that keeps what the command said, with scripted keys and a real screen."""

    def __init__(self, keys: list[str]):
        self.said: list[tuple] = []
        self._keys = keys
        self.console, self.out = console()

    def drawing(self, profile, seed):
        self.said.append(("drawing", profile.name, seed))

    def note(self, line):
        self.said.append(("note", line))

    def json(self, data):
        self.said.append(("json", data))

    def exported(self, paper, path):
        self.said.append(("exported", path))

    def history(self, attempts, trend, as_json):
        self.said.append(("history", len(attempts), trend["attempts"], as_json))

    def keys(self):
        return ScriptedKeys(self._keys)

    def screen(self):
        return ExamScreen(self.console)


def test_the_exam_command_draws_takes_exports_and_lists_with_one_body(exam_db, paper, tmp_path):
    from studycli.app.exam_command import ExamRequest, exam_command
    from studycli.errors import StudyError

    out = RecordingOutput([])
    exam_command(ExamRequest(profile="quick", seed=11, json=True), out)
    assert [s for s in out.said if s[0] == "json"] == [("json", paper.to_json())]
    assert not any(s[0] == "drawing" for s in out.said)  # JSON is not a screen
    # every right option of the first question (it may be a "Choose THREE")
    first = [str(i + 1) for i in paper.questions[0].answers]
    taking = RecordingOutput([*first, "s", "y"])
    exam_command(ExamRequest(profile="quick", seed=11), taking, clock=FixedClock())
    assert taking.said[0] == ("drawing", "quick", 11)
    assert "Raw score 1/" in taking.out.getvalue()
    assert list_attempts(exam_db)[0]["started_at"] == T0.isoformat(timespec="seconds")
    target = tmp_path / "exam.md"
    exam_command(ExamRequest(profile="quick", seed=11, export=target), RecordingOutput([]))
    assert "## Answer key" in target.read_text(encoding="utf-8")
    with pytest.raises(StudyError, match="already exists"):
        exam_command(ExamRequest(profile="quick", seed=11, export=target), RecordingOutput([]))
    listing = RecordingOutput([])
    exam_command(ExamRequest(history=True, json=True), listing)
    assert listing.said == [("history", 1, 1, True)]


def test_a_new_exam_is_kept_for_next_time_once_its_first_question_shows(exam_db, monkeypatch):
    """Keeping a drawn exam (app.exam_kept.save, some ms of JSON) waits until the first
    question is on screen: before it, it delayed the question a student waits for."""
    from studycli.app import exam_kept
    from studycli.app.exam_command import ExamRequest, exam_command

    taking = RecordingOutput(["s", "y"])
    shown_when_kept: list[bool] = []
    real = exam_kept.save

    def save(*args, **kwargs):
        shown_when_kept.append("question 1/" in taking.out.getvalue())
        return real(*args, **kwargs)

    monkeypatch.setattr(exam_kept, "save", save)
    exam_command(ExamRequest(profile="quick", seed=4321), taking, clock=FixedClock())
    assert shown_when_kept == [True]
    json_run = RecordingOutput([])
    exam_command(ExamRequest(profile="quick", seed=4322, json=True), json_run)
    assert len(shown_when_kept) == 2  # after the JSON is printed, as before


def test_the_draws_notes_are_said_again_after_a_live_exam(exam_db):
    """The live exam clears the draw's notes at the first key ("your notes make N questions,
    not 65"): they are said again after the results, not lost, and the score is the last line
    (said after them, a short exam's score had scrolled off a 24-row terminal)."""
    from studycli.app.exam_command import ExamRequest, exam_command

    class LiveKeys(ScriptedKeys):
        interactive = True

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

    class LiveOutput(RecordingOutput):
        def keys(self):
            return LiveKeys(self._keys)

    taking = LiveOutput(["1", "s", "y"])
    exam_command(ExamRequest(profile="clf-c02", seed=11), taking, clock=FixedClock())
    notes = [s for s in taking.said if s[0] == "note"]
    assert notes, "the small exam base makes a short clf-c02 exam: the draw says so"
    assert "Raw score" in taking.out.getvalue()
    shown = taking.out.getvalue()
    results = shown[shown.index("Raw score"):]
    for _, line in notes:
        assert f"note: {line}"[:40] in " ".join(results.split())
    last = [row for row in shown.splitlines() if row.strip()][-1]
    assert last.startswith("Score ")
