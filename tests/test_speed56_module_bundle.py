"""A lookup's studycli modules come from one kept file (studycli/fastpath/module_bundle.py):
served once kept, the same answer, and never a module whose source changed or whose kept
code is damaged."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.helpers import REPO

_RUN = ("import sys, io\n"
        "sys.stdout = io.StringIO()\n"
        "from studycli.entry import _dispatch\n"
        "rc = _dispatch(['lookup', '--json', 'sqs max message size', '--db', DB])\n"
        "out = sys.stdout.getvalue(); sys.stdout = sys.__stdout__\n"
        "loaders = {type(m.__loader__).__name__ for n, m in sys.modules.items()\n"
        "           if n.startswith('studycli.lookup.')}\n"
        "print('RC', rc, sorted(loaders), file=sys.stderr)\n"
        "print(out)\n")


def _env(tree: Path, **extra: str) -> dict[str, str]:
    """As a student's shell runs it: Python writing bytecode (nor is the file kept else)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return {**env, "PYTHONPATH": str(tree), **extra}


def _lookup(db: Path, tree: Path = REPO, **extra: str) -> tuple[str, str]:
    proc = subprocess.run([sys.executable, "-c", _RUN.replace("DB", repr(str(db)))],
                          capture_output=True, text=True, cwd=tree, timeout=120,
                          env=_env(tree, **extra))
    return proc.stderr.strip().splitlines()[-1], proc.stdout


def _ingested(tmp_path: Path, db: Path) -> None:
    note = tmp_path / "n.md"
    note.write_text("## Amazon SQS\n\n- Max message size is 256 KB\n", encoding="utf-8")
    from studycli.entry import main

    assert main(["ingest", str(note), "--db", str(db)]) == 0


def test_a_lookup_is_served_from_the_kept_modules_with_the_same_answer(tmp_path, _private_db):
    _ingested(tmp_path, _private_db)
    first, answer = _lookup(_private_db)
    assert first == "RC 0 ['SourceFileLoader']"
    assert '"value": "256 KB"' in answer
    kept = list((tmp_path / "cache").glob("modules-lookup-*.marshal"))
    assert len(kept) == 1
    second, again = _lookup(_private_db)
    assert second == "RC 0 ['_Finder']"  # every lookup module from the kept file
    assert again == answer


def test_nothing_is_kept_where_python_keeps_no_bytecode(tmp_path, _private_db):
    _ingested(tmp_path, _private_db)
    for _ in range(2):
        assert _lookup(_private_db, PYTHONDONTWRITEBYTECODE="1")[0] == \
            "RC 0 ['SourceFileLoader']"
    assert not list((tmp_path / "cache").glob("modules-*"))


def test_an_edited_or_damaged_module_is_read_from_its_source(tmp_path, _private_db):
    """A copy of the package: one module's source edited after it was kept is imported from
    that source (its new code runs); a kept file whose code does not match its CRC is
    passed over whole module by module, the answer unchanged."""
    tree = tmp_path / "tree"
    shutil.copytree(REPO / "studycli", tree / "studycli",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(REPO / "data", tree / "data")
    shutil.copytree(REPO / "content", tree / "content")
    _ingested(tmp_path, _private_db)
    _, answer = _lookup(_private_db, tree)
    assert _lookup(_private_db, tree)[0] == "RC 0 ['_Finder']"
    words = tree / "studycli" / "lookup" / "words.py"
    words.write_text(words.read_text(encoding="utf-8") + "\nEDITED = True\n", encoding="utf-8")
    code = _RUN.replace("DB", repr(str(_private_db))) + (
        "w = sys.modules['studycli.lookup.words']\n"
        "print('EDITED', getattr(w, 'EDITED', False), type(w.__loader__).__name__, "
        "file=sys.stderr)\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=tree, timeout=120, env=_env(tree))
    assert proc.stderr.strip().splitlines()[-1] == "EDITED True SourceFileLoader"
    assert proc.stdout == answer
    kept = next((tmp_path / "cache").glob("modules-lookup-*.marshal"))
    data = bytearray(kept.read_bytes())
    for i in range(len(data) // 3, len(data) - 200, 997):  # the middle of modules' code
        data[i] ^= 0x55
    kept.write_bytes(bytes(data))
    status, damaged = _lookup(_private_db, tree)
    assert status.startswith("RC 0") and damaged == answer


def test_a_refused_database_leaves_no_kept_modules(tmp_path, _private_db):
    """As the lookup's kept patterns: kept only after a lookup ran."""
    _private_db.write_bytes(b"not a database, a note saved over it" * 100)
    for _ in range(2):
        status, _answer = _lookup(_private_db)
        assert status.startswith("RC 1"), status
    assert not list((tmp_path / "cache").glob("modules-*"))


def test_a_kept_file_that_cannot_be_written_costs_no_answer(tmp_path, _private_db):
    """A kept file that can be neither read nor replaced (a folder stands at its name: as a
    read-only or full disk, the write fails) leaves every lookup answering from its sources
    and no temporary file behind."""
    import sysconfig

    _ingested(tmp_path, _private_db)
    cache = tmp_path / "cache"
    tag = sys.implementation.cache_tag or sysconfig.get_config_var("SOABI")
    (cache / f"modules-lookup-{tag}.marshal").mkdir(parents=True)
    answers = set()
    for _ in range(2):
        status, answer = _lookup(_private_db)
        assert status == "RC 0 ['SourceFileLoader']"
        answers.add(answer)
    assert len(answers) == 1 and '"value": "256 KB"' in answers.pop()
    assert not list(cache.glob("modules-*.tmp"))


def test_a_file_kept_by_another_interpreter_is_not_served(tmp_path, _private_db):
    """The kept file's stamp names the interpreter (its version and bytecode magic): one
    written under another Python (the same file name: the same cache tag) is passed over."""
    import marshal

    _ingested(tmp_path, _private_db)
    _, answer = _lookup(_private_db)
    kept = next((tmp_path / "cache").glob("modules-lookup-*.marshal"))
    stamp, entries = marshal.loads(kept.read_bytes())
    other = (stamp[0], stamp[1] + 1, *stamp[2:])  # the next patch release's sys.hexversion
    kept.write_bytes(marshal.dumps((other, entries)))
    status, again = _lookup(_private_db)
    assert status == "RC 0 ['SourceFileLoader']"
    assert again == answer
    assert marshal.loads(kept.read_bytes())[0] == stamp  # written again for this one


def test_a_source_replaced_with_its_old_mtime_and_size_is_read_again(tmp_path, _private_db):
    """An upgrade or a checkout that restores a file's modification time (an installer
    keeping a wheel's fixed timestamps, `tar`, `rsync -t`, `cp -p`) and keeps its size: the
    interpreter's bytecode file is written again from the new text, and the kept module must
    not be served over it (the change time, which no tool sets, tells them apart)."""
    tree = tmp_path / "tree"
    shutil.copytree(REPO / "studycli", tree / "studycli",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(REPO / "data", tree / "data")
    shutil.copytree(REPO / "content", tree / "content")
    words = tree / "studycli" / "lookup" / "words.py"
    text = words.read_text(encoding="utf-8")
    words.write_text(text + "\nEDITED = 0\n", encoding="utf-8")
    old = words.stat()
    os.utime(words, ns=(old.st_atime_ns, old.st_mtime_ns - 60 * 10**9))  # not "just written"
    old = words.stat()
    _ingested(tmp_path, _private_db)
    _, answer = _lookup(_private_db, tree)
    assert _lookup(_private_db, tree)[0] == "RC 0 ['_Finder']"
    words.write_text(text + "\nEDITED = 1\n", encoding="utf-8")  # the same size
    os.utime(words, ns=(old.st_atime_ns, old.st_mtime_ns))
    subprocess.run([sys.executable, "-c", f"import py_compile; py_compile.compile({str(words)!r})"],
                   check=True, cwd=tree, env=_env(tree))  # as an installer compiles it
    code = _RUN.replace("DB", repr(str(_private_db))) + (
        "w = sys.modules['studycli.lookup.words']\n"
        "print('EDITED', w.EDITED, file=sys.stderr)\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=tree, timeout=120, env=_env(tree))
    assert proc.stderr.strip().splitlines()[-1] == "EDITED 1"
    assert proc.stdout == answer
