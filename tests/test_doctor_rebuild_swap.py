"""`doctor --rebuild` failing at its last step (the rebuilt file taking the database's place,
after the old one was moved aside) loses neither file: the old database goes back where it
was, or, if even that fails, the rebuilt one is kept and both are named."""

from __future__ import annotations

from pathlib import Path

import pytest

from studycli import doctor
from studycli.errors import StudyError

from .helpers import run_here


def _studied(tmp_path: Path) -> tuple[Path, Path]:
    db, notes = tmp_path / "s.db", tmp_path / "notes"
    notes.mkdir()
    (notes / "n.md").write_text("# Amazon SQS\n- Max message size is 256 KB\n", encoding="utf-8")
    assert run_here("ingest", str(notes), db=db).returncode == 0
    return db, notes


def _failing_swap(monkeypatch, also_back: bool) -> None:
    real = Path.rename

    def rename(self, target):
        if self.name.endswith(".rebuilding") or (also_back and ".before-rebuild-" in self.name):
            raise OSError("disk went away")
        return real(self, target)

    monkeypatch.setattr(Path, "rename", rename)


def test_the_old_database_goes_back_when_the_swap_fails(tmp_path, monkeypatch):
    db, notes = _studied(tmp_path)
    before = db.read_bytes()
    _failing_swap(monkeypatch, also_back=False)
    with pytest.raises(OSError):
        doctor.rebuild(db, [str(notes)])
    assert db.read_bytes() == before  # back where it was, unchanged
    assert not (tmp_path / "s.db.rebuilding").exists()


def test_the_rebuilt_database_is_kept_and_named_when_nothing_can_go_back(tmp_path, monkeypatch):
    db, notes = _studied(tmp_path)
    _failing_swap(monkeypatch, also_back=True)
    with pytest.raises(StudyError) as caught:
        doctor.rebuild(db, [str(notes)])
    assert not db.exists()
    assert (tmp_path / "s.db.rebuilding").is_file()  # not deleted: the only whole copy at hand
    assert list(tmp_path.glob("s.db.before-rebuild-*"))
    assert "s.db.rebuilding" in str(caught.value)
