"""At 80 columns a wrapped line of `readiness` stays under its own text (a new user read
"and 3 more" at column 0 as a line of its own)."""

from tests.helpers import run_here


def test_readiness_lines_wrap_under_their_text_at_80_columns(shipped_copy):
    db = shipped_copy
    narrow = run_here("readiness", db=db, env={"COLUMNS": "80"}).stdout.splitlines()
    wide = run_here("readiness", db=db, env={"COLUMNS": "250"}).stdout.splitlines()
    assert any(line.startswith("    ") and "more" in line for line in narrow)  # a wrapped list
    starts = [line for line in wide if line and not line[0].isspace()]
    for line in narrow:
        assert len(line) <= 80
        if line and not line[0].isspace():
            # whatever starts at column 0 at 80 columns starts a line there when nothing wraps;
            # the forecast's note is two lines of its own
            assert any(w.startswith(line.split()[0]) for w in starts), line
