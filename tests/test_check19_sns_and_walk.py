"""`check` says of an old maximum that is today's default what the quiz says ("SNS msg size
256 KB": outdated as the maximum, still the default), and `check PATH` walks the folder once."""

from __future__ import annotations

from studycli import ingest
from studycli.checking import check

from .helpers import run_here, shipped_reference

SNS = "SNS\n\n- fan out to sqs queues\n- msg size 256KB\n"


def test_an_old_maximum_that_is_todays_default_is_told_so(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "messaging.md").write_text(SNS, encoding="utf-8")
    env = shipped_reference(100)
    result = run_here("check", str(notes), db=tmp_path / "c.db", env=env)
    assert result.returncode == 1, result.stderr
    out = " ".join(result.stdout.split())
    assert "STILL THE DEFAULT SNS / message size" in out  # not OUTDATED (tester47 L10)
    assert "your value is still the default (256 KiB); the maximum, 1 MiB" in out


def test_check_path_walks_the_folder_once(tmp_path, monkeypatch):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "messaging.md").write_text(SNS, encoding="utf-8")
    walks = []
    real = ingest.discover

    def counting(*args, **kwargs):
        walks.append(args[0])
        return real(*args, **kwargs)

    monkeypatch.setattr(ingest, "discover", counting)
    result = check(tmp_path / "w.db", [str(notes)], None)
    assert any(r["service"] == "SNS" for r in result["findings"])
    assert len(walks) == 1
