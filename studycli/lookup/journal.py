"""A practice journal's question is no answer: the answer marked under it is.

A journal writes the question it got wrong on one line and the answer under it, marked:
"Q5. Billing data in CloudWatch is in which region?" / "✗ every region" / "→ us-east-1 only";
a mistakes log: "[set5] API GW "Missing Authentication Token" 403" / "wrong: IAM permission
issue" / "right: calling a path that doesn't exist". The question says the words a student
types, so it ranks first, and it answers only by repeating them (or by a number of the
question's own: "need 1,000 msg/s"). The answer line says what the student wants, in words
of its own. Among the best-ranked hits, a question line with a marked answer under it gives
way to that answer, which takes the question as its attribute (its words count as the
answer's own, as for a journal the parser read whole: lookup/qa.py). Stdlib only.
"""

from __future__ import annotations

import _sqlite3 as sqlite3  # sqlite3 less its datetime import: store/__init__.py
import re

from studycli.kinds import Kind
from studycli.lazy_regex import lazy_compile

# question_bound.MARKS_TAIL: the marks an exam paper or a marking scheme gives a question
# after it ("[1 mark]", "[2]", "(3 marks)"), its dot leaders before them ("...... [1]"): no
# answer given on the line (question_bound.MARKS, where the parser reads the bound such a
# question asks)
from studycli.question_bound import MARKS, MARKS_TAIL

# "Q19. ...", "Q: ...", "**Q4** ...", a line ending as a question, its marks after it or not
# (lookup/lines.py's rule)
QUESTION = re.compile(r"^\W*(?:\*\*)?q\s*\d+\b|^\W*q\s*:|\?\W*(?:" + MARKS + r"\W*)?$",
                      re.IGNORECASE)
# the answer's marks: a tick, an arrow, "A:", "right:", "correct:", a marking scheme's
# "Model answer:" ("Model ans:"), bold or not
ANSWER_MARK = re.compile(r"^\s*(?:[-*•]\s*)?(?:\*\*|__)?(?:[✓✔✅→]|(?:a|answer|right|correct"
                         r"(?:\s+answer)?|model\s+ans(?:wer)?)\s*:)\s*", re.IGNORECASE)
# what the student picked and was wrong about: never the answer, but part of the block
_WRONG = re.compile(r"^\s*(?:[-*•]\s*)?(?:[✗✘❌]|(?:wrong|picked|my\s+answer)\s*:)",
                    re.IGNORECASE)
# a mistakes log names no question form: its "wrong:" / "right:" lines make the line over
# them one
_LOGGED = re.compile(r"^\s*(?:[-*•]\s*)?(?:wrong|right|correct(?:\s+answer)?)\s*:",
                     re.IGNORECASE)
REACH = 3  # lines under a question its marked answer may be on (no blank line between)
_MARKUP = lazy_compile(r"\*\*|__|`")


def answers_for_questions(conn: sqlite3.Connection, hits: list[dict]) -> list[dict]:
    """`hits` with every question line among them replaced by the marked answer under it
    (the first of that line's hits takes its place; the others, which only restate the
    question or its numbers, are dropped); `hits` itself when there is none."""
    places = sorted({(h["source"], h["line"]) for h in hits if h.get("source") and h.get("line")
                     and not h.get("from_line")})
    if not places:
        return hits
    below = _lines_below(conn, places)
    answers = {place: _marked_answer(below, place) for place in places}
    if not any(answers.values()):
        return hits
    out: list[dict] = []
    done: set[tuple[str, int]] = set()
    for h in hits:
        place = (h.get("source") or "", h.get("line") or 0)
        answer = answers.get(place)
        if answer is None or h.get("from_line"):
            out.append(h)
        elif place not in done:
            done.add(place)
            out.append(_answer_fact(h, answer))
    return out


def _lines_below(conn: sqlite3.Connection, places: list[tuple[str, int]]
                 ) -> dict[tuple[str, int], str]:
    """The text of each line in `places` and the REACH lines under it (absent: blank)."""
    where = " OR ".join("(source = ? AND line BETWEEN ? AND ?)" for _ in places)
    args: list = []
    for source, line in places:
        args += [source, line, line + REACH]
    try:
        rows = conn.execute(f"SELECT source, line, text FROM note_lines WHERE {where}",
                            args).fetchall()
    except sqlite3.OperationalError:  # a database from before the line index
        return {}
    return {(s, n): t for s, n, t in rows}


def _marked_answer(lines: dict[tuple[str, int], str], place: tuple[str, int]
                   ) -> tuple[int, str, str] | None:
    """(line, answer text, question text) when the line at `place` is a question with a
    marked answer under it; None when it is no question or answers itself."""
    source, at = place
    question = lines.get(place, "").strip()
    if not question or ANSWER_MARK.match(question) or _WRONG.match(question):
        return None
    asks = bool(QUESTION.search(question)) and not answers_itself(question)
    block = []
    for n in range(at + 1, at + 1 + REACH):
        text = lines.get((source, n))
        if text is None or QUESTION.search(text.strip()) and not ANSWER_MARK.match(text):
            break  # a blank line or the next question ends the block
        block.append((n, text))
    if not asks and not any(_LOGGED.match(t) for _, t in block):
        return None
    for n, text in block:
        if ANSWER_MARK.match(text):
            answer = _MARKUP.sub("", ANSWER_MARK.sub("", text, count=1)).strip()
            if answer:
                return n, answer, question
        elif not _WRONG.match(text):
            break  # an unmarked line: the block is no journal's answer
    return None


def ends_asking(text: str) -> bool:
    """Whether `text` ends on its "?", the marks a paper gives it after ("? [1 mark]") or
    not: a question that answers nothing."""
    return MARKS_TAIL.sub("", text).rstrip().endswith("?")


def answers_itself(text: str) -> bool:
    """A question answered on its own line after its "?" ("Q17. ALB idle timeout? 60 s");
    the marks a paper gives it ("? [1 mark]") are no answer."""
    text = MARKS_TAIL.sub("", text)
    return "?" in text and any(ch.isalnum() for ch in text.rsplit("?", 1)[1])


def _answer_fact(question: dict, answer: tuple[int, str, str]) -> dict:
    line, text, asked = answer
    return {**question, "rowid": None, "id": "", "subject": "", "kind": Kind.FACT,
            "qualifier": "", "value": text, "number": None, "unit": "", "low": None,
            "high": None, "line": line, "snippet": text, "also": [], "conflicts": [],
            "attribute": _MARKUP.sub("", asked).strip(), "from_line": True,
            "under_question": True}


def read_questions(conn: sqlite3.Connection, rows: list[dict]) -> None:
    """A statement on a marked answer line ("→ us-east-1 only (N. Virginia)", filed under
    the journal's heading "Test C") takes the question over it as its attribute, as the
    parser files a journal it reads whole: the question says what the answer is about. An
    attribute that is a question already is the parser's reading and stays."""
    marked = [r for r in rows if r["kind"] == Kind.FACT and r.get("source") and r.get("line")
              and ANSWER_MARK.match(r.get("snippet") or "")
              and not QUESTION.search(r["attribute"] or "")]
    if not marked:
        return
    places = sorted({(r["source"], r["line"] - REACH) for r in marked})
    lines = _lines_below(conn, places)
    for r in marked:
        asked = _question_above(lines, r["source"], r["line"])
        if asked:
            r["attribute"] = _MARKUP.sub("", asked).strip()
            r["under_question"] = True


def _question_above(lines: dict[tuple[str, int], str], source: str, at: int) -> str:
    """The question a marked answer at line `at` answers: over it, past the wrong picks and
    other marked lines of its block, with no blank line between; "" when there is none."""
    for n in range(at - 1, at - 1 - REACH, -1):
        text = lines.get((source, n))
        if text is None:
            return ""
        if ANSWER_MARK.match(text) or _WRONG.match(text):
            continue
        found = _marked_answer(lines, (source, n))
        return found[2] if found and found[0] == at else ""
    return ""
