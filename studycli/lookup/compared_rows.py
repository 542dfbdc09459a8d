"""The row of the notes' own comparison table that answers "X vs Y <aspect>".

"multi az vs read replica replication" on notes with a table

    | | Multi-AZ | Read Replica |
    | replication | **synchronous** | **asynchronous** |

is answered by that row: it compares the two sides asked on the aspect asked. Its note line
names neither side (the table's header does), so the facts ranked by words lose to any line
naming one side ("Multi-AZ failover 60-120 s") or the table's title ("Multi-AZ vs Read
Replica (classic exam q!)"). The parser keeps every row of such a table with both sides
(the `comparisons` table: left, right, aspect, each side's cell); a row whose two sides are
the two sides compared (either order) and whose aspect or cells say the words typed besides
the sides ("replication", "cost", "stateful") is put first, written with each side's name
("Multi-AZ: synchronous; Read Replica: asynchronous"), so the answer is readable without
the table's header. A query that names no aspect ("redis vs memcached") asks for no one row
and is left to the ranking. Stdlib only.
"""

from __future__ import annotations

import sqlite3

from studycli.kinds import Kind
from studycli.lookup.aspect_first import COMPARING
from studycli.lookup.query import VERSUS, Query, service_spans
from studycli.lookup.text import normalize, stem, tokens

CANDIDATE_ROWS = 400  # comparison rows read
ASPECT_SHARE = 0.5  # share of the aspect's words (besides the sides) a row must say
# words that bound or qualify a measure and name none: "max" of "lambda vs fargate max memory"
# is said by a row on "max duration", which is no answer of memory
QUALIFIERS = frozenset({"max", "maximum", "min", "minimum", "default", "limit", "limits",
                        "quota", "quotas"})


def compared_rows(conn: sqlite3.Connection, q: Query, lex, limit: int) -> list[dict]:
    """Rows comparing the two sides asked on the aspect asked, best first, as fact dicts
    (kind fact, the row written with each side's name); [] when none does."""
    if len(q.compared) != 2:
        return []
    asked = _aspect_tokens(q, lex)
    if not asked:
        return []
    from studycli.store.lookup_lines import comparison_rows

    words = sorted({w for side in q.compared for w in side if len(w) >= 2})
    try:
        rows = comparison_rows(conn, words, CANDIDATE_ROWS)
    except sqlite3.OperationalError:  # a database without comparisons
        return []
    found = []
    for row in rows:
        if not (row["left_value"] or "").strip() or not (row["right_value"] or "").strip():
            continue  # a row with an empty cell compares nothing
        order = _sides_order(row, q)
        if order is None:
            continue
        names = _name_stems(row["left"]) | _name_stems(row["right"])
        rest = [t for t in asked if not _names_said(t, names, q)]
        share = _aspect_share(row, rest, q)
        if rest and share >= ASPECT_SHARE:
            found.append((share, row, order, rest))
    found.sort(key=lambda f: (-f[0], f[1]["source"], f[1]["line"]))
    return _one_per_line([{**_as_fact(row, order, share), "aspect_asked": rest}
                          for share, row, order, rest in found])[:limit]


def _aspect_tokens(q: Query, lex) -> list[str]:
    """The words typed besides the "vs", the words asking for a comparison and the
    services named ("sqs" of "sqs standard vs fifo delivery"): the sides' own words are
    told from the aspect's per row (`_names_said`), as the row names the sides."""
    toks, spans = service_spans(q.raw, lex)
    named = {i for a, b, _name in spans for i in range(a, b)}
    return [t for i, t in enumerate(toks) if i not in named and t not in VERSUS
            and t not in COMPARING and t not in lex.stopwords]


def _names_said(word: str, names: set[str], q: Query) -> bool:
    """Whether a word typed is a word of the row's side names, or of the concept it was
    read as ("sg" of "Security Group"): a side's word, not the aspect's."""
    s = stem(word)
    if s in names:
        return True
    return any(s in c and names & set(c) for c in q.topic)


def _name_stems(name: str) -> set[str]:
    return {stem(t) for t in tokens(normalize(name or ""))}


def _side_matches(name: str, side: dict[str, float], q: Query) -> bool:
    """Whether a row's column name is a side asked: a word of the name is one of the side's
    words, or of the concept it was read as ("sg" and "Security Group")."""
    words = _name_stems(name)
    if words & set(side):
        return True
    return any(words & set(c) for c in q.topic if set(c) & set(side))


def _sides_order(row: dict, q: Query) -> tuple[int, int] | None:
    """(0, 1) when the row's left column is the first side asked and its right the second,
    (1, 0) the other way round, None when the row does not compare the two."""
    a, b = q.compared[0], q.compared[1]
    left, right = row["left"] or "", row["right"] or ""
    if _side_matches(left, a, q) and _side_matches(right, b, q) \
            and not (_side_matches(left, b, q) and _side_matches(right, a, q)):
        return (0, 1)
    if _side_matches(left, b, q) and _side_matches(right, a, q) \
            and not (_side_matches(left, a, q) and _side_matches(right, b, q)):
        return (1, 0)
    return None


def _aspect_share(row: dict, rest: list[str], q: Query) -> float:
    """The share of the aspect's words the row's aspect or cells say (a word, or one of
    the concept it was read as: "cost" is said by "pricing"); a word that only bounds or
    qualifies the measure ("max", "default") counts where nothing else is asked. The row's
    own label must say one of them: a cell's word in passing ("per vCPU and GB of memory"
    on the pricing row) makes no row one of "memory"; 0.0 when it says none (a row whose
    two cells are one line, `_one_line`, is labelled by that line)."""
    measure = [t for t in rest if t not in QUALIFIERS] or rest
    if not measure:
        return 0.0
    label = _name_stems(row["aspect"] or "")
    cells = _name_stems(f"{row['left_value']} {row['right_value']}")
    if _one_line(row):
        label |= cells  # a comparing line read as a row of both sides: its words are its own
    said = label | cells
    hit = 0
    labelled = False
    for t in measure:
        s = stem(t)
        concept = set(next((c for c in q.topic if s in c), {s: 1.0}))
        hit += bool(said & concept)
        labelled = labelled or bool(label & concept)
    return hit / len(measure) if labelled else 0.0


def _as_fact(row: dict, order: tuple[int, int], share: float) -> dict:
    """The row as one statement naming each side, in the order the query asked them."""
    from studycli.lookup.table_sides import _thing

    cells = [(row["left"] or "", row["left_value"] or ""),
             (row["right"] or "", row["right_value"] or "")]
    if order == (1, 0):
        cells.reverse()
    value = "; ".join(f"{name.strip()}: {cell.strip()}" for name, cell in cells) \
        if not _one_line(row) else (row["left_value"] or "").strip()
    service, subject = _thing(cells[0][0])
    if not service:
        service, subject = _thing(cells[1][0])
    return {"rowid": None, "id": "", "service": service, "subject": "",
            "attribute": (row["aspect"] or "").strip(), "kind": Kind.FACT, "qualifier": "",
            "value": value, "number": None, "unit": "", "low": None, "high": None,
            "source": row["source"], "line": row["line"],
            "snippet": f"{row['aspect']} | {row['left_value']} | {row['right_value']}",
            "also": [], "conflicts": [], "from_table": True, "compared_row": True,
            "answer": 1.0, "score": round(10.0 * share, 3)}


def _one_line(row: dict) -> bool:
    """Whether the row's two cells are the same text: a line comparing the two itself
    ("Aurora vs RDS MySQL: Aurora ~5x MySQL throughput; ...") that the parser keeps with
    both sides; written once, not once per side."""
    return (row["left_value"] or "").strip() == (row["right_value"] or "").strip()


def _one_per_line(facts: list[dict]) -> list[dict]:
    seen: set[tuple] = set()
    out = []
    for f in facts:
        key = (f["source"], f["line"])
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out


def rows_first(conn: sqlite3.Connection, q: Query, lex, answers: list[dict], limit: int
               ) -> list[dict]:
    """`answers` with the comparison rows that answer `q` first (a fact of the same note
    line gives way to its row)."""
    found = compared_rows(conn, q, lex, max(1, limit))
    if not found:
        return answers
    from studycli.store.lookup_lines import line_texts

    lines = line_texts(conn, [(f["source"], f["line"]) for f in found])
    for f in found:
        f["snippet"] = lines.get((f["source"], f["line"])) or f["snippet"]
    places = {(f["source"], f["line"]) for f in found}
    rest = [h for h in answers if (h["source"], h["line"]) not in places]
    # a line of the notes that says all the aspect asked itself ("HTTP API about 70%
    # cheaper" for "rest vs http api cost") is an answer in the student's own words: it
    # keeps its place, the row comes next
    # (a first answer from the row's own line gives its place to the row)
    lead = rest[:1] if answers and rest and answers[0] is rest[0] \
        and _says_aspect(rest[0], q, found[0]["aspect_asked"]) else []
    return [*lead, *found, *rest[len(lead):]][:max(1, limit)]


def _says_aspect(hit: dict, q: Query, aspect: list[str]) -> bool:
    """Whether a hit's value or line says every word of the aspect asked (or of its
    concept): "client IP in X-Forwarded-For" says "ip" of "alb vs nlb static ip", not
    "static"."""
    said = _name_stems(f"{hit.get('value') or ''} {hit.get('snippet') or ''}")
    for t in aspect:
        concept = next((c for c in q.topic if stem(t) in c), {stem(t): 1.0})
        if not said & set(concept):
            return False
    return bool(aspect)
