"""`exam --export nofolder/exam.md`: the exam was drawn (its notes printed) and only then
"cannot write nofolder/exam.md: No such file or directory"; `export` says "no such folder"
before any work. The exam now checks the folder with the rest of the path, first."""

from __future__ import annotations

from .helpers import run_here


def test_exam_export_into_a_missing_folder_is_refused_before_the_exam_is_drawn(tmp_path):
    target = tmp_path / "no-such-folder" / "exam.md"
    result = run_here("exam", "--export", str(target), "--questions", "2", "--seed", "1",
                      db=tmp_path / "x.db")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1, result.stderr  # no exam's notes before it
    assert "no such folder" in result.stderr and "mkdir -p" in result.stderr
    assert not target.parent.exists()


def test_exam_export_into_a_read_only_folder_is_refused_before_the_exam_is_drawn(tmp_path):
    """The same for a folder that cannot be written (a read-only disk, chmod a-w): the exam
    was drawn, its notes printed, and then 'cannot write ...: Operation not permitted'."""
    from .test_rough54_read_only_folder import _read_only

    out = tmp_path / "out"
    out.mkdir()
    target = out / "exam.md"
    with _read_only(out):
        result = run_here("exam", "--export", str(target), "--questions", "2", "--seed", "1",
                          db=tmp_path / "x.db")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1, result.stderr  # no exam's notes before it
    assert "cannot be written" in result.stderr and str(target) in result.stderr
    assert not target.exists()
