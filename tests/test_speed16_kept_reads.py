"""Work read once and kept: where a requirement is stated on a note line (exam/requirements.py
where_stated, asked by every exam basis for every fact of a line), and the reference files'
stamps (reference/loader.py load_reference, asked on every fact's currency check)."""

from __future__ import annotations

import os
import shutil
from dataclasses import replace

from studycli.exam import requirements as req_module
from studycli.exam.requirements import ANY_SERVICE, requirements
from studycli.exam.scenario_questions import candidates
from studycli.model import Fact, Kind
from studycli.paths import data_dir, reference_files
from studycli.reference.loader import load_reference


def _fact(service: str, line: str, n: int) -> Fact:
    return Fact(service=service, subject="", attribute=f"note {n}", kind=Kind.FACT, qualifier="",
                value=line, source="notes.md", line=n, snippet=line)


def _stated_lines() -> list[Fact]:
    """Facts on lines that state requirements, each line under several facts and services."""
    facts = []
    for n, r in enumerate(requirements()):
        if ANY_SERVICE in r.services:
            continue
        line = f"{r.answer.option}: {r.statement}"
        for k in range(3):
            facts.append(_fact(r.services[0], line, 100 * n + k))
    return facts


def test_a_line_is_searched_once_per_requirement_and_answers_as_before(monkeypatch):
    facts = _stated_lines()
    first = candidates(facts)
    searched: list[str] = []
    real = req_module.Requirement._where_in

    def counted(self, text):
        searched.append(text)
        return real(self, text)

    monkeypatch.setattr(req_module.Requirement, "_where_in", counted)
    again = candidates(facts)
    assert searched == []  # every line was read for every requirement the first time
    assert [(r.id, [f.id for f in fs]) for r, fs in again] == \
        [(r.id, [f.id for f in fs]) for r, fs in first]
    assert first  # the lines do state requirements


def test_a_kept_answer_still_asks_the_service_and_the_requirement_itself():
    r = next(r for r in requirements() if ANY_SERVICE not in r.services)
    line = f"{r.answer.option}: {r.statement}"
    found = r.where_stated(r.services[0], line)
    other = "Not A Service"
    assert other not in r.services
    assert r.where_stated(other, line) is None  # kept by line, asked by service first
    assert r.where_stated(r.services[0], line) == found
    # A requirement of the same id with other patterns (a test's own, or the data changed)
    # is not answered from the first one's lines.
    never = replace(r, note_sources=(r"(?!)",))
    assert never.where_stated(r.services[0], line) is None
    assert r.where_stated(r.services[0], line) == found


def test_kept_lines_are_bounded_and_read_afresh_after(monkeypatch):
    monkeypatch.setattr(req_module, "_STATED_LINES", 3)
    r = next(r for r in requirements() if ANY_SERVICE not in r.services)
    stated = f"{r.answer.option}: {r.statement}"
    expected = r._where_in(req_module._plain(stated))
    for n in range(10):
        r.where_stated(r.services[0], f"line {n}")
        assert len(req_module._STATED[id(r)][1]) <= 3
    assert r.where_stated(r.services[0], stated) == expected


def test_the_reference_is_read_again_when_a_file_changes_appears_or_goes(tmp_path):
    folder = tmp_path / "reference"
    shutil.copytree(data_dir() / "reference", folder)
    first = load_reference(folder)
    assert load_reference(folder) is first  # nothing changed: the kept reading
    one = sorted(folder.glob("*.toml"))[0]
    text = one.read_text(encoding="utf-8")
    one.write_text(text + "\n# a comment\n", encoding="utf-8")  # (a new size, whatever the mtime)
    edited = load_reference(folder)
    assert edited is not first and len(edited.entries) == len(first.entries)
    one.unlink()
    fewer = load_reference(folder)
    assert len(fewer.entries) < len(first.entries)
    (folder / "z_new.toml").write_text(text, encoding="utf-8")
    assert len(load_reference(folder).entries) == len(first.entries)


def test_reference_files_are_the_folders_toml_files_by_name(tmp_path):
    for name in ("b.toml", "A.toml", ".hidden.toml", "notes.txt", "c.TOML"):
        (tmp_path / name).write_text("", encoding="utf-8")
    (tmp_path / "d.toml").mkdir()
    assert reference_files(tmp_path) == sorted(tmp_path.glob("*.toml"))
    assert reference_files(tmp_path / "missing") == []
    assert reference_files(tmp_path / "b.toml") == []  # a file, not a folder
    assert os.path.isdir(tmp_path)


def test_each_reference_file_is_stat_once_a_load(monkeypatch):
    files = reference_files()
    load_reference()
    calls: list = []
    real = os.stat

    def counted(path, *args, **kwargs):
        calls.append(path)
        return real(path, *args, **kwargs)

    monkeypatch.setattr(os, "stat", counted)
    load_reference()
    stats = [c for c in calls if os.fspath(c).endswith(".toml")]
    assert len(stats) == len(files) > 10  # (two a file before, and a glob)
