"""A multiple-choice option the note's own answer key marks wrong is no answer.

A practice question bank copies a question with its lettered options and the key under them:

    2) Max memory you can give a Lambda function?
     A. 1536 MB
     B. 3008 MB
     my ans: C   correct: B

The parser reads "A. 1536 MB" as Lambda's maximum memory like any other line, and it often
ranks first, since an option is short and says nothing but the figure. The note does not
claim it: the key says B. So a hit whose line is a lettered option ("A.", "B)", "- (C)")
with an answer key below it ("correct: B", "Ans: A,C", "[ans: B]", "Correct answer: C") that
leaves its letter out is dropped from the answers. What the student picked ("my ans: C",
"Mine: A", "[me: B]") is no key. An option with no key under it (an outline's "A. Basics",
a lecture's "B. And you also can't...") is kept: nothing says it is wrong. Stdlib only.
"""

from __future__ import annotations

import re

REACH = 12  # lines read under an option for its key: a question's other options, then the key

# "A. 1536 MB", " B) max 5 replicas", "- (C) 7 days", "**D.** none": capitals only, so an
# outline's "a. trade fixed expense" is never an option
OPTION = re.compile(r"^\s*(?:[-*•]\s*)?(?:\*\*)?\(?([A-F])(?:\*\*)?[.)](?:\*\*)?\s+\S")
# the key: a word saying it, then the letters ("correct: **B**", "Ans: A,C", "answer = D")
_KEY = re.compile(r"\b(?i:correct(?:\s+answers?)?|answers?|ans|key|solution|right)\s*[:=]\s*"
                  r"[*_\[(]*\s*([A-F](?:\s*(?:,|/|&|\+|\band\b)\s*[A-F])*)(?![A-Za-z0-9])")
# the student's own pick, never the key: "my ans", "my answer", "your answer", "I answered"
_OWN = re.compile(r"\b(?:my|your|i|mine)\s*$", re.IGNORECASE)
# where the next question (or section) starts: no key below it is this option's
_NEXT = re.compile(r"^\W*(?:#|q\s*\d+\b|\d+\s*[.)]\s|-{3,}\s*$)|\?\W*$", re.IGNORECASE)


# another option further along the line: "A) 64 KB   B) 400 KB   C) 1 MB"
_FURTHER = re.compile(r"\s\(?[A-F][.)]\s")


def option_letter(line: str) -> str | None:
    """The letter of a line holding one lettered option ("A. 1536 MB" -> "A"), else None
    (a line of several options holds the right one too: it is kept whole)."""
    m = OPTION.match(line)
    if not m or _FURTHER.search(line, m.end() - 1):
        return None
    return m.group(1)


def answer_key(below: list[str]) -> set[str] | None:
    """The letters the key under an option names, reading `below` (the lines after the
    option, in order) up to the next question; None when no key is found."""
    for text in below:
        if OPTION.match(text):
            continue
        for m in _KEY.finditer(text):
            if _OWN.search(text[:m.start()]):
                continue
            return set(re.findall(r"[A-F]", m.group(1)))
        if _NEXT.search(text):
            return None
    return None


def marked_wrong(line: str, below: list[str]) -> bool:
    """Whether the option on `line` is one the key under it leaves out."""
    letter = option_letter(line)
    if letter is None:
        return False
    key = answer_key(below)
    return key is not None and letter not in key


def wrong_options_out(conn, ranked: list[dict], top: int) -> list[dict]:
    """`ranked` less the hits among its first `top` whose line is an option the note's key
    marks wrong (read from the note's own lines; a database without them keeps all)."""
    from studycli.store.lookup_lines import line_texts

    window = ranked[:top]
    places = [(h["source"], h["line"]) for h in window
              if h.get("source") and h.get("line") and option_letter(h.get("snippet") or "")]
    if not places:
        return ranked
    texts = line_texts(conn, [(s, n + k) for s, n in set(places) for k in range(REACH + 1)])
    wrong: set[tuple[str, int]] = set()
    for source, line in set(places):
        own = texts.get((source, line))
        if own is None:
            continue
        below = [texts.get((source, line + k), "") for k in range(1, REACH + 1)]
        if marked_wrong(own, below):
            wrong.add((source, line))
    if not wrong:
        return ranked
    return [h for h in window if (h.get("source"), h.get("line")) not in wrong] + ranked[top:]
