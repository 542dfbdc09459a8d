"""Why each top-3 miss of the development sets missed: counts by cause.

    python bench/top3_causes.py --db-dir DIR [--only NAME,...] [--out FILE]

A top-3 miss is an answerable query (bench/lookup_devsets.py's SETS) none of whose first
three hits holds the answer (tests/lookup_scorer.holds): the MISS and ABSTAIN lines of
lookup_devsets' .miss files. Lookup is run again on the databases in DIR (lookup_devsets
--db-dir builds them), and the facts of the line each case quotes as its source are read
from the database. Each miss gets the first cause on the way from the note line to the
answer shown:

- not_read: no fact of the quoted line holds the answer (the line was not read as a fact,
  or read with another value); `not_read/no_fact` where the line has no fact at all;
- wrong_service: a fact of the line holds it, but under another service than the one the
  case asks of (nor a service the parser left blank and ranking guesses right);
- wrong_attribute: of the service asked, a figure (not a statement: those are matched by
  their line's words) whose attribute and subject say none of the query's topic words while
  its line does (the measure read is not the one the line states);
- not_candidate: read right, but the search never brought any fact holding the answer to
  ranking (query words the line leaves unsaid, or said otherwise);
- ranked_below: a fact holding the answer was ranked, under the three shown;
- abstained: a fact holding the answer was ranked, but lookup showed no answer (its
  answer score under the gate, or nothing chosen).

A case that quotes no line (few do) is classed by the facts of the whole database instead
of the line's. With --out FILE, each miss is written there with its class and right fact.

Counts (2026-12-06, session 47, recall47): main c727f654 on the 138 development sets its
baseline sweep had built when this was first run (shipped, extra, unseen .. unseen173; 747
of the 1,312 top-3 misses of all sets):

    cause               main   recall47
    not_read              21         21
    not_read/no_fact      73         73
    wrong_service        166        166
    wrong_attribute        2          2
    not_candidate         52         52
    ranked_below          95         94
    abstained            338        337
    total                747        745

Abstained is the largest class, and in it the right fact ranked first (224 of 338) with a
topic word typed that its line leaves unsaid (262 of 338 leave one: mostly paraphrases and
context, "how many", "response", "keep full capacity"; 6 a service's initials, "eb", which
recall47 reads: lookup/service_initials.py).

Two query-side causes read since (lookup/contractions.py, lookup/glued_units.py): a
contraction typed without its apostrophe ("dont", "cant": 24 queries) and a number glued to
its unit ("4kb", "256KB": 21) kept a word no line says. On the 38 sets holding such a query,
top-1/top-3 3481/3602 -> 3487/3607 of 3830, abstain 1583 -> 1583 of 1706 (shipped: even).

Wrong_service is the parser's (a line filed under its heading's or neighbour's service) and
needs a new database to measure.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from lookup_devsets import SETS, database, load  # noqa: E402
from rank_misses import capturing_hits  # noqa: E402

from studycli.lookup import core  # noqa: E402
from studycli.lookup.lexicon import lexicon  # noqa: E402
from studycli.lookup.words import matched_words, stems  # noqa: E402
from tests.lookup_scorer import holds  # noqa: E402

CAUSES = ("not_read", "not_read/no_fact", "wrong_service", "wrong_attribute",
          "not_candidate", "ranked_below", "abstained")


def _as_hit(h: dict) -> dict:
    return {**h, "value": core.answer_value(h)}


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


@lru_cache(maxsize=256)
def _file_lines(path: str) -> tuple[str, ...]:
    """A note file's lines, read once: hundreds of misses quote a few files per set."""
    return tuple(Path(path).read_text(encoding="utf-8", errors="replace").splitlines())


def quoted_lines(conn, source: dict) -> list[int]:
    """The line numbers (1-based, as facts.line) of the note file `source` names whose text
    holds its quote; where none holds it whole, the line sharing most of its words."""
    row = conn.execute("SELECT file FROM sources WHERE path = ?", (source["file"],)).fetchone()
    if row is None or not row[0] or not Path(row[0]).exists():
        return []
    lines = _file_lines(row[0])
    quote = _squash(source.get("quote") or "")
    if not quote:
        return []
    found = [i + 1 for i, line in enumerate(lines) if quote in _squash(line)]
    if found:
        return found
    # a quote spanning lines, or tidied by its writer: its first line, as the most of its
    # words said
    words = set(re.findall(r"\w+", quote))
    best = max(range(len(lines)), default=None,
               key=lambda i: len(words & set(re.findall(r"\w+", lines[i].lower()))))
    return [best + 1] if best is not None and words else []


def line_facts(conn, case: dict) -> list[dict] | None:
    """The facts of the lines the case quotes; None where it quotes none found."""
    out: list[dict] = []
    located = False
    for source in case.get("sources") or []:
        lines = quoted_lines(conn, source)
        located |= bool(lines)
        for n in lines:
            out += _dicts(conn, "SELECT rowid, * FROM facts WHERE source = ? AND line = ?",
                          (source["file"], n))
    return out if located else None


def _same_service(fact: dict, asked: str, q) -> bool:
    have = (fact.get("service") or "").lower()
    wanted = {s.lower() for s in [asked, *q.all_services()] if s}
    return not wanted or have in wanted or not have


def _attribute_said(fact: dict, q, stop) -> bool:
    """Whether the fact's attribute or subject says a topic word of the query, or the line
    says none either (then the attribute is not what fails)."""
    if not q.topic or fact["kind"] == "fact":
        return True  # a statement is found by its line's words, not by its attribute
    own = matched_words(set(stems(f"{fact['attribute']} {fact.get('subject') or ''}", stop)), q)
    line = matched_words(set(stems(fact.get("snippet") or "", stop)), q)
    said = [c for c in q.topic if any(w in own for w in c)]
    said_by_line = [c for c in q.topic if any(w in line for w in c)]
    return bool(said) or not said_by_line


def classify(conn, case: dict, lex, captured: list[list[dict]]) -> tuple[str, str] | None:
    """(cause, detail) of the case's top-3 miss, or None where it is no miss."""
    captured.clear()
    result = core.lookup(conn, case["query"], limit=3)
    shown = result.to_json()
    want = case["expect_any"]
    if any(holds(h, want) for h in shown[:3]):
        return None
    q = result.understood
    ranked = captured[0] if captured else []
    facts = line_facts(conn, case)
    if facts is None:  # no line quoted or found: any fact of the database
        facts = _dicts(conn, "SELECT rowid, * FROM facts", ())
    right = [f for f in facts if holds(_as_hit(f), want)]
    if not right:
        if not facts:
            return "not_read/no_fact", "(no fact on the line)"
        return "not_read", _short(facts[0])
    served = [f for f in right if _same_service(f, case.get("service") or "", q)]
    if not served:
        return "wrong_service", _short(right[0])
    named = [f for f in served if _attribute_said(f, q, lex.stopwords)]
    if not named:
        return "wrong_attribute", _short(served[0])
    at = next((i for i, h in enumerate(ranked) if holds(_as_hit(h), want)), None)
    if at is None:
        return "not_candidate", _short(named[0]) + _unsaid(named[0], q, lex.stopwords)
    where = f"rank {at + 1} {_short(ranked[at])}" + _unsaid(ranked[at], q, lex.stopwords)
    return ("abstained" if not shown else "ranked_below"), where


def _unsaid(fact: dict, q, stop) -> str:
    """The query's topic words (as typed) that no word of the fact, its line or its service
    says: what the line leaves to its context, or writes otherwise."""
    text = " ".join(str(fact.get(k) or "") for k in ("service", "subject", "attribute",
                                                       "value", "snippet"))
    said = matched_words(set(stems(text, stop)), q)
    gone = [max(c, key=lambda w: c[w]) for c in q.topic if not any(w in said for w in c)]
    return f" unsaid={','.join(gone)}" if gone else ""


def _short(f: dict) -> str:
    feats = f.get("answer_features") or {}
    return (f"{core.answer_value(f)[:50]!r} [{f.get('service')}/{(f.get('subject') or '')[:12]}/"
            f"{f['attribute'][:30]} {f['kind']}] line {f.get('line')}"
            + "".join(f" {k[:2]}={v:.2f}" for k, v in feats.items()))


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db-dir", type=Path, required=True)
    ap.add_argument("--only", default="")
    ap.add_argument("--out", type=Path, help="each miss, its class and right fact")
    args = ap.parse_args(argv)
    only = {s for s in args.only.split(",") if s}
    lex = lexicon()
    counts: Counter[str] = Counter()
    detail: list[str] = []
    with capturing_hits() as captured:
        for name, notes, queries, _ in SETS:
            if only and name not in only:
                continue
            conn = database(args.db_dir, notes)
            for case in load(queries):
                found = classify(conn, case, lex, captured)
                if found is None:
                    continue
                counts[found[0]] += 1
                detail.append(f"{found[0]:16} {name} {case['id']}: {case['query']!r} "
                              f"want {case['expect_any'][:3]}\n    {found[1]}")
            conn.close()
    if args.out:
        args.out.write_text("\n".join(detail) + "\n", encoding="utf-8")
    for cause in CAUSES:
        print(f"{cause:18} {counts[cause]:5}")
    print(f"{'total':18} {sum(counts.values()):5}")
    return 0


def _dicts(conn, sql: str, params: tuple) -> list[dict]:
    """Rows as dicts, as lookup's own reads give them (store.read)."""
    cur = conn.execute(sql, params)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur]


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
