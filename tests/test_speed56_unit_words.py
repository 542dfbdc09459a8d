"""A lookup reads the other languages' unit words from a kept copy, not by importing every
language's tables (studycli/unit_words_kept.py): what it leaves unloaded, that the copy is
what languages.py says, and that an edited language file is read again."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from tests.helpers import REPO

_LOADED = ("print('LANGUAGES', sorted(m for m in sys.modules "
           "if m.startswith('studycli.languages')), file=sys.stderr)\n")


def _run(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)}, timeout=120)


def test_a_lookup_loads_no_language_tables(tmp_path, _private_db):
    note = tmp_path / "n.md"
    note.write_text("## Amazon SQS\n\n- Max message size is 256 KB\n"
                    "- Aufbewahrung maximal 14 Tage\n", encoding="utf-8")
    from studycli.entry import main

    assert main(["ingest", str(note), "--db", str(_private_db)]) == 0
    code = ("import sys, io\n"
            "sys.stdout = io.StringIO()\n"
            "from studycli.entry import _dispatch\n"
            f"rc = _dispatch(['lookup', 'sqs max message size', '--db', {str(_private_db)!r}])\n"
            "out = sys.stdout.getvalue(); sys.stdout = sys.__stdout__\n"
            "print('RC', rc, '256 KB' in out, file=sys.stderr)\n" + _LOADED)
    for _ in range(2):  # the first builds the kept copy, the second reads it
        proc = _run(code)
        assert proc.stderr.strip().splitlines()[-2:] == ["RC 0 True", "LANGUAGES []"], \
            proc.stderr


def test_the_kept_tables_are_the_languages_own(_private_db):
    """Read from the kept copy (a second process) they are what importing languages.py
    gives, and the durations built on them (the readers' spellings) the same."""
    code = ("import sys\n"
            "from studycli import unit_spellings\n"
            "from studycli.unit_words_kept import unit_tables\n"
            "units, after = unit_tables()\n"
            "durations = unit_spellings.DURATIONS\n"
            "loaded = 'studycli.languages' in sys.modules\n"
            "from studycli import languages\n"
            "print(loaded, units == languages.UNITS, after == languages.CJK_AFTER_ONE_LETTER_UNIT,"
            " unit_spellings.UNITS == languages.UNITS, file=sys.stderr)\n"
            "print(repr(durations), file=sys.stderr)\n")
    first, second = _run(code), _run(code)
    assert first.stderr.splitlines()[-2] == "False True True True", first.stderr
    assert second.stderr.splitlines()[-2] == "False True True True", second.stderr
    assert first.stderr.splitlines()[-1] == second.stderr.splitlines()[-1]
    assert "'stunden'" in first.stderr.splitlines()[-1]  # another language's word is in


def test_an_edited_language_file_is_read_again(tmp_path, monkeypatch):
    """The copy is keyed by the text of every file it was built from: a new word in one is
    read at the next start, never the copy kept before it."""
    from studycli import unit_words_kept

    sources = []
    for name in ("languages.py", "languages_more.py"):
        path = tmp_path / name
        path.write_text("UNITS = {}\n", encoding="utf-8")
        sources.append(str(path))
    built = []

    def build():
        built.append(True)
        return ({"h": (f"word{len(built)}",)}, "内")

    monkeypatch.setattr(unit_words_kept, "_module_sources", lambda: sources)
    monkeypatch.setattr(unit_words_kept, "_from_languages", build)
    monkeypatch.delitem(sys.modules, "studycli.languages")
    # the files written above count as older than this process (else it keeps nothing)
    monkeypatch.setattr("studycli._STARTED_NS", time.time_ns() + 10**12)
    assert unit_words_kept.unit_tables() == ({"h": ("word1",)}, "内")
    assert unit_words_kept.unit_tables() == ({"h": ("word1",)}, "内")  # kept: not built
    assert len(built) == 1
    Path(sources[1]).write_text("UNITS = {'h': ('ore',)}\n", encoding="utf-8")
    assert unit_words_kept.unit_tables() == ({"h": ("word2",)}, "内")
    assert len(built) == 2


def test_importing_languages_loads_only_the_files_the_key_covers():
    """The kept copy's key is the package's languages*.py files: languages.py importing a
    module of another name would leave an edit of that module unseen."""
    from studycli.unit_words_kept import _module_sources

    proc = _run("import sys\nbefore = set(sys.modules)\nfrom studycli import languages\n"
                "print(' '.join(sorted(m for m in set(sys.modules) - before "
                "if m.startswith('studycli.'))), file=sys.stderr)\n")
    loaded = proc.stderr.strip().splitlines()[-1].split()
    covered = {"studycli." + Path(path).stem for path in _module_sources()}
    assert "studycli.languages" in loaded
    assert set(loaded) <= covered, set(loaded) - covered
