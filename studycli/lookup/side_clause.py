"""Where a line says which side its figure is of: anywhere up to its last sentence that
states a figure.

"auto backups: retention default 7 days (console), 0 = disabled, max 35 days. manual
snapshots kept forever" gives the automated backups' 35 days; its last sentence, "manual
snapshots kept forever", states no figure and makes none of them the manual side's
("rds automated backup retention max": answer._contradicts refused the line and the 35 days
parsed from it). Only a whole sentence after the figures is left out: a label before them
is the side of every figure after it ("shard write: 1 MB/s, 1000 records/s" is the write
side's, the 1000 records/s too; "async invocation: 2 retries, max event age 6 h" the async
side's), and a clause after a figure within its sentence ("15 min, async only") still says
it. A statement asked for no quantity may answer in words ("at most once sync" is the
answer, wherever a figure is): it is read whole. Stdlib only: runs on the lookup fast path.
"""

from __future__ import annotations

import re

_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"[^\W\d_]+")
# words after the figures that say a thing of their own, not only which side the figure is
_OWN_SAYING = 4
# A sentence's end: a stop, "?" or "!" before a space ("35 days. manual"), not "1.5"
_SENTENCE_END = re.compile(r"(?<=[.?!])\s+")


def figure_text(fact: dict, quantity_asked: bool) -> str:
    """The text of a fact's line that says which side its figure is of: the line (or a
    statement's value, where a quantity is asked) up to the end of its last sentence stating
    a figure; the whole text where none states one."""
    line = fact.get("snippet") or ""
    if fact.get("kind") == "fact":
        text = fact.get("value") or line
        return up_to_last_figure(text) if quantity_asked else text
    return up_to_last_figure(line)


def up_to_last_figure(text: str) -> str:
    """`text` without its sentences after the last that states a figure, where they say
    something of their own: a short one is the figure's qualifier ("payload 256 KB. async
    invocations", "max event age: 6 hours. async only" are the async side's), a longer one
    another thing ("max 35 days. manual snapshots kept forever")."""
    sentences = _SENTENCE_END.split(text)
    last = max((i for i, s in enumerate(sentences) if _DIGIT.search(s)), default=None)
    if last is None:
        return text
    tail = sentences[last + 1:]
    if len(_WORD.findall(" ".join(tail))) < _OWN_SAYING:
        return text
    return " ".join(sentences[:last + 1])
