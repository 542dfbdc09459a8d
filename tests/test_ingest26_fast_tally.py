"""A fresh ingest's AWS work after the parse (ingest26, issue #12 "Slow paths"): the words each
reference pattern needs are read once per machine, not parsed again by every process; an
alternation whose alternatives each need a word rules out the lines holding none; and the
fact statuses and the summary's AWS tally assess each fact once between them. Every result
stays what it was (bench/ingest_dump_all.py compares every table, report and check)."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

from studycli.reference import kept_words
from tests.helpers import run_here

line_claims = importlib.import_module("studycli.reference.line_claims")
assess_module = importlib.import_module("studycli.reference.assess")

_OAC = (r"^(?!.*\b(website\s+endpoints?|custom\s+origins?)\b).*(\b(use|prefer|recommend\w*)"
        r"\s+(an?\s+)?\W{0,2}(oac|origin\s+access\s+control)\b|\b(oac|origin\s+access\s+"
        r"control)\b[^.;|]{0,40}\b(is\s+)?(recommended|best\s+practice|replac\w*)\b)")


def _first_set(pattern: str) -> frozenset[str] | None:
    """The one set of words the check of a service's entries reads (_required_words), from
    the pattern's parse."""
    clauses = line_claims._read_required_clauses(pattern)
    return clauses[0] if clauses else None


@pytest.fixture
def fresh_words(tmp_path, monkeypatch):
    """kept_words as a new process finds it, over a cache folder of the test's own."""
    monkeypatch.setenv("STUDYCLI_CACHE", str(tmp_path / "cache"))

    def forget() -> None:
        kept_words._kept.clear()
        kept_words._used.clear()
        kept_words._loaded.clear()
        kept_words._fresh[0] = 0

    forget()
    yield forget
    forget()


def _parse_broken(monkeypatch) -> None:
    parser = importlib.import_module("re._parser")

    def broken(*_args, **_kwargs):
        raise AssertionError("the pattern was parsed again")

    monkeypatch.setattr(parser, "parse", broken)


# what ingest keeps per pattern: the sets of words its matches need (line_claims)
_CLAUSES = line_claims._read_required_clauses
_S3_OBJECT_LAMBDA = (frozenset({"object"}), frozenset({"lambda"}))
_SWITCH_ONCE = (frozenset({"switch", "chang"}), frozenset({"once"}))


def test_a_patterns_words_are_read_once_and_kept_for_the_next_run(fresh_words, monkeypatch):
    pattern = r"\bs3\s+object\s+lambda\b"
    assert kept_words.get(pattern, _CLAUSES) == _S3_OBJECT_LAMBDA
    kept_words.save()
    fresh_words()  # the next process
    _parse_broken(monkeypatch)
    assert kept_words.get(pattern, _CLAUSES) == _S3_OBJECT_LAMBDA


def test_a_kept_file_for_other_code_or_damaged_is_not_believed(fresh_words, monkeypatch,
                                                                tmp_path):
    pattern = r"(switch|chang)\w*.{0,60}\bonce\b"
    kept_words.get(pattern, line_claims._read_required_clauses)
    kept_words.save()
    kept = next((tmp_path / "cache").glob("pattern-words-*.marshal"))
    good = kept.read_bytes()
    # another version of the reading code: its words are read again
    fresh_words()
    real_stamp = kept_words._stamp
    monkeypatch.setattr(kept_words, "_stamp", lambda read: real_stamp(read) + "|edited")
    parser = importlib.import_module("re._parser")
    parsed: list[str] = []
    real_parse = parser.parse

    def counted(p, *args, **kwargs):
        parsed.append(p)
        return real_parse(p, *args, **kwargs)

    monkeypatch.setattr(parser, "parse", counted)
    assert kept_words.get(pattern, _CLAUSES) == _SWITCH_ONCE
    assert parsed == [pattern]
    monkeypatch.setattr(kept_words, "_stamp", real_stamp)
    # a damaged file (a word changed on disk): ignored whole, the words read again
    kept.write_bytes(good.replace(b"switch", b"swatch"))
    fresh_words()
    assert kept_words._load(real_stamp(line_claims._read_required_clauses)) == {}
    assert kept_words.get(pattern, _CLAUSES) == _SWITCH_ONCE


@pytest.mark.parametrize("pattern, words", [
    # each alternative opens with a word boundary, then a group of words: the one word group
    # both sides need ("oac" or "origin access control"), not each side's own first group
    # ("use", "prefer", "recommend"... are on many more lines)
    (_OAC, {"oac", "origin"}),
    # the regex parser takes the shared "a" out of "(aws|amazon)": the words stay whole
    (r"\b(aws|amazon)\b\s*\d+", {"aws", "amazon"}),
    (r"\b(min(imum)?|at\s+least)\s*(of\s+)?(3|three)\s+(azs?|availability\s+zones?)\b",
     {"min", "least"}),
    (r"(?:kinesis\s+)+shards?", {"kinesis"}),  # repeated at least once: needed once
    (r"(?:kinesis\s+)*shards?", {"shard"}),  # maybe never
    (r"(use|set\s+up|)\s+oai", {"oai"}),  # an empty alternative needs nothing
])
def test_an_alternation_needs_one_of_its_alternatives_words(fresh_words, pattern, words):
    assert _first_set(pattern) == frozenset(words)


@pytest.mark.parametrize("line", [
    "Use OAC for S3 origins", "prefer an origin access control", "OAC is recommended now",
    "origin access control replaces OAI", "- use a OAC", "USE OAC",
])
def test_a_line_a_pattern_matches_holds_one_of_its_words(fresh_words, line):
    words = _first_set(_OAC)
    assert re.search(_OAC, line, re.IGNORECASE)
    assert words is not None and any(w in line.lower() for w in words)


def test_an_ingest_assesses_each_fact_once(tmp_path, monkeypatch, shipped_pair_dir):
    decided: list[tuple] = []
    real = assess_module._decide

    def counted(f, key, index):
        decided.append((f.service, f.subject, f.attribute, f.qualifier, f.kind, f.value,
                        f.unit, f.snippet, f.number, f.low, f.high))
        return real(f, key, index)

    monkeypatch.setattr(assess_module, "_decide", counted)
    result = run_here("ingest", str(shipped_pair_dir), db=tmp_path / "s.db")
    assert result.returncode == 0, result.stderr
    assert "AWS check" in result.stdout  # the tally assessed the facts too
    assert decided  # the fact statuses assessed the facts
    assert len(decided) == len(set(decided))  # and nothing was assessed twice
    from studycli import kept

    assert kept._shared == []  # nothing held past the ingest


def test_outside_an_ingest_nothing_is_shared():
    from studycli import kept

    assert kept.shared_memo("assess") is None
    with kept.work_shared():
        memo = kept.shared_memo("assess")
        assert memo == {} and kept.shared_memo("assess") is memo
    assert kept.shared_memo("assess") is None


def test_the_reference_code_is_still_not_loaded_by_a_no_op_ingest(tmp_path):
    # the shared assessments live in kept.py: an ingest that changes nothing loads no
    # reference code for them
    from tests.helpers import run_cli

    db = tmp_path / "s.db"
    note = tmp_path / "n.md"
    note.write_text("## SQS\n- Max message size 256 KB\n", encoding="utf-8")
    assert run_cli("ingest", str(note), db=db).returncode == 0
    code = ("import sys; from studycli.entry import main; main(['ingest', sys.argv[1], "
            "'--db', sys.argv[2]]); print('studycli.reference.assess' in sys.modules)")
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-c", code, str(note), str(db)], capture_output=True,
                         text=True, cwd=Path(__file__).resolve().parent.parent)
    assert out.stdout.strip().splitlines()[-1] == "False", out.stderr


@pytest.mark.parametrize("pattern, line", [
    (r"\bsqs\b", "ſQS queue"),  # a long s: the engine reads it as s
    (r"\biam\b", "İAM policy"),  # str.lower writes İ as two characters, the engine as i
    (r"\bkms\b", "\u212aMS key"),  # the Kelvin sign is a K to the engine
    (r"ταση", "ΤΆΣΗ ταςη"),  # a final sigma is a sigma
    (r"\bsıze\b", "max size"),  # a dotless i in the pattern is an i
])
def test_a_line_is_read_as_the_case_blind_engine_reads_it(fresh_words, pattern, line):
    words = _first_set(pattern)
    if re.search(pattern, line, re.IGNORECASE):
        assert words is not None and any(w in line_claims.folded(line) for w in words)
    else:
        assert words is not None
