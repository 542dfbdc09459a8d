"""An ingest that changed nothing asks whether its check against the AWS reference is still
up to date (file stats and the stored stamp): it must not import the reference package, whose
matching code (assess, keys, values, services' patterns) and tomllib were a tenth of such an
ingest's imports."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _loaded_after(code: str) -> set[str]:
    probe = ("import sys\n" + code + "\n"
             "print('LOADED', *sorted(m for m in sys.modules if m.startswith('studycli.reference') "
             "or m == 'tomllib'), file=sys.stderr)\n")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         cwd=REPO, timeout=120, check=True).stderr
    return set(out.strip().splitlines()[-1].split()[1:])


def test_the_reference_stamp_loads_no_reference_code():
    assert _loaded_after("from studycli.currency_stamp import reference_stamp\n"
                         "reference_stamp()") == set()


def test_a_no_op_ingest_loads_no_reference_code(tmp_path):
    db = tmp_path / "s.db"
    notes = tmp_path / "n.md"
    notes.write_text("## SQS\n- max message size 256 KB\n", encoding="utf-8")
    subprocess.run([sys.executable, "-m", "studycli", "ingest", str(notes), "--db", str(db)],
                   capture_output=True, cwd=REPO, timeout=120, check=True)
    assert _loaded_after("from studycli.entry import main\n"
                         f"main(['ingest', {str(notes)!r}, '--db', {str(db)!r}])") == set()


def test_the_stamp_is_the_loader_s_and_follows_the_reference_code(tmp_path):
    from studycli import currency_stamp
    from studycli.reference import loader

    assert loader.reference_stamp is currency_stamp.reference_stamp
    (tmp_path / "a.toml").write_text("", encoding="utf-8")
    before = currency_stamp.reference_stamp(tmp_path)
    assert before == currency_stamp.reference_stamp(tmp_path)
    (tmp_path / "a.toml").write_text("[x]\n", encoding="utf-8")
    assert currency_stamp.reference_stamp(tmp_path) != before


def test_a_new_exam_compiles_its_patterns_from_the_kept_code(exam_db, _private_db):
    """A new seed's exam routes the `re` module's compile step through the kept regex code
    (studycli/extract/regex_cache.py), as an ingest does."""
    code = ("import sys\n"
            "from studycli.entry import main\n"
            f"rc = main(['exam', '--json', '-p', 'quick', '--seed', '12', '--db', "
            f"{str(_private_db)!r}])\n"
            "from studycli.extract import regex_cache\n"
            "print('RC', rc, 'KEPT', regex_cache._installed, file=sys.stderr)\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=REPO, timeout=120)
    assert proc.stderr.strip().splitlines()[-1] == "RC 0 KEPT True"


def test_the_whole_reference_takes_none_of_the_partial_loads_places(tmp_path):
    """_load_whole keeps the whole reference in a cache of its own: read through the cached
    _load too, it took one of the partial loads' eight places besides."""
    from studycli.reference import loader

    ref = tmp_path / "ref"
    ref.mkdir()
    (ref / "sqs.toml").write_text('[[entry]]\nservice = "SQS"\n', encoding="utf-8")
    loader._load.cache_clear()
    loader.load_reference(ref)
    assert loader._load.cache_info().currsize == 0
    loader.load_reference(ref, services=["SQS"])
    assert loader._load.cache_info().currsize == 1
