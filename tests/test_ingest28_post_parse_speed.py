"""The ingest's post-parse work made cheaper without changing what it writes (session 28):
each shortcut is checked against the slow way it replaces, on the shipped notes' lines and
on random ones. (bench/ingest_db_dump.py compares every table an ingest writes.)"""

from __future__ import annotations

import importlib
import random
import re
from pathlib import Path

import pytest

from studycli.reference import line_claims
from studycli.reference.loader import load_reference
from studycli.regex_trie import trie_pattern
from tests.helpers import note_db

REPO = Path(__file__).resolve().parent.parent
# the module (studycli.reference exports its function `assess` under the same name)
assess = importlib.import_module("studycli.reference.assess")


def _shipped_lines() -> list[str]:
    return [line for p in sorted((REPO / "content").iterdir())
            for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]


def _claim_patterns() -> list[tuple[str, ...]]:
    index = load_reference().index()
    return list(dict.fromkeys(pats for entries in index.claims_by_service.values()
                              for e in entries for pats in (e.supported_by, e.contradicted_by)
                              if pats))


def _searched(patterns: tuple[str, ...], text: str) -> bool:
    """What _matches_once answered before its word gate: every pattern searched."""
    return any((rx := assess._compiled(p)) is not None and rx.search(text) for p in patterns)


def test_claim_patterns_gated_by_their_words_match_as_searched():
    lines = _shipped_lines()[::16]  # (every line against every pattern: seconds)
    rng = random.Random(28)
    # lines that hold a pattern's words out of place, and case the patterns ignore
    lines += [" ".join(rng.sample(line.split(), len(line.split()))) for line in lines[:100]]
    lines += [line.upper() for line in lines[:100]] + ["", "İ ı ſ K", "KMS 5,500 rps"]
    patterns = _claim_patterns()
    assert len(patterns) > 100
    met = 0
    for text in lines:
        for pats in patterns:
            want = _searched(pats, text)
            assert assess._matches_once.__wrapped__(pats, text) == want, (pats, text)
            met += want
    assert met > 0  # the lines meet some patterns: the gate is tried both ways


def test_line_findings_reads_the_claims_a_line_calls_up_in_their_order(monkeypatch):
    reference = load_reference()
    rows = [(f"n{k // 40}.md", k % 40 + 1, text) for k, text in enumerate(_shipped_lines())]
    rows += [("x.md", 1, "## Well-Architected Framework"), ("x.md", 2, "- 6 pillars"),
             ("x.md", 3, "KMS request quota 5,500 / 10,000 / 30,000 rps")]
    fast = line_findings_ids(line_claims.line_findings(rows, reference))
    claims, words, _r, _a, _s, _by = line_claims._entries_read(reference.index(), None)

    def every_claim(index, service):  # as before: each line read by every claim in turn
        read = line_claims._READ[1][service]
        return (*read[:5], ({w: [] for w in words}, list(range(len(claims)))))

    monkeypatch.setattr(line_claims, "_entries_read", every_claim)
    slow = line_findings_ids(line_claims.line_findings(rows, reference))
    assert fast == slow
    assert fast  # the shipped notes hold lines these claims judge


def line_findings_ids(found: list[tuple]) -> list[tuple]:
    return [(n.source, n.line, a.entry.id, a.status) for n, a in found]


@pytest.mark.parametrize("seed", range(4))
def test_trie_pattern_matches_exactly_its_words_longest_first(seed):
    rng = random.Random(seed)
    words = {"".join(rng.choice("ab.c(") for _ in range(rng.randint(1, 6)))
             for _ in range(rng.randint(1, 30))}
    pattern = re.compile(trie_pattern(words))
    for w in words:
        assert pattern.fullmatch(w)
        # greedy: the longest word a text opens with is matched
        assert pattern.match(w + "#").group(0) == max((v for v in words if w.startswith(v)),
                                                      key=len)
    for _ in range(200):
        text = "".join(rng.choice("ab.c(") for _ in range(rng.randint(0, 6)))
        assert (pattern.fullmatch(text) is not None) == (text in words)


def test_trie_pattern_text_is_the_one_the_kept_patterns_are_keyed_on():
    # compiled patterns are kept between runs by their text (extract/regex_cache): the
    # shortcut over runs of single letters writes what the letter-by-letter build wrote
    assert trie_pattern(["lambda", "lambda@edge", "sqs", "sns", "s3"]) == \
        r"(?:lambda(?:@edge)?|s(?:3|ns|qs))"
    assert trie_pattern(["a", "ab", "abc"]) == r"a(?:b(?:c)?)?"
    assert trie_pattern([]) == ""
    assert trie_pattern(["x.y"]) == r"x\.y"


def test_unasked_cards_read_every_line_at_once_as_line_by_line(tmp_path):
    from studycli.questions.pool import FactPool
    from studycli.store.db import connect
    from studycli.store.facts import facts_by_line, facts_of_line

    text = sorted((REPO / "content").iterdir())[0].read_text(encoding="utf-8")
    db = connect(note_db(tmp_path, text, "one.md"))
    pool = FactPool.load(db)
    lines = facts_by_line(db)
    assert len(lines) > 30
    for (source, line), facts in lines.items():
        assert facts == facts_of_line(db, source, line)
    pool.lines_read = lines
    some = next(iter(lines.values()))[0]
    assert pool.on_line(some) == facts_of_line(db, some.source, some.line)
