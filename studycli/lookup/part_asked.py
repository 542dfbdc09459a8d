"""A figure of a thing's key or name is no figure of the thing.

"S3 object key max 1024 bytes" (the parser files it as the "object key length") says the word
"object" and gives a size, yet it answers no "s3 max object size": the 1,024 bytes are the
key's, and the object itself may be terabytes. A name, key, id, label, path or prefix is a
part of the thing the word before it names ("object key", "bucket name", "message group
id"); a query that asks the thing and says no such part asks the thing's own figure.

So, where a size is asked, a fact whose attribute says a part noun right after a word the
query asks, where the query says no part noun, is another attribute's ("dynamodb partition
key max size" says "key", and is answered by it); so is a statement whose line says the word
asked only so ("S3 object key max 1024 bytes", not "object key max 1 KB, object max 5 TB").
Stdlib only: runs on the lookup fast path.
"""

from __future__ import annotations

import re

from studycli.kinds import Kind
from studycli.lookup.query import Query
from studycli.lookup.text import stem

_SIZES = frozenset({"B"})  # the dimension a key's length and its thing's size share
_WORD = re.compile(r"[a-z0-9]+(?:[-_][a-z0-9]+)*")
_PARTS = frozenset(stem(w) for w in ("key", "name", "id", "label", "path", "prefix",
                                     "identifier"))


def of_a_part(fact: dict, q: Query) -> bool:
    """Whether `fact`'s attribute is of a part (a key, a name...) of a thing `q` asks,
    where `q` asks no part (see the module)."""
    asked = {stem(w) for w in q.tokens}
    if asked & _PARTS or not q.dimensions & _SIZES:
        return False  # (only a size asked: "customer managed keys ... every 1 year" are keys)
    # (a statement's attribute is its heading, label or question: "Q: max size of an S3
    # object key?" over "A: 1024 bytes")
    text = (f"{fact.get('attribute') or ''} {fact.get('value') or ''}"
            if fact.get("kind") == Kind.FACT else fact.get("attribute"))
    # (a word joined by a hyphen is one name: "--log-group-name" is a flag, no group's name)
    words = [stem(w) for w in _WORD.findall((text or "").lower())]
    of_part = {before for before, part in zip(words, words[1:], strict=False)
               if part in _PARTS and before in asked}
    # (a word asked that the text also says of the thing itself: "object max 5 TB")
    return any(all(nxt in _PARTS for word, nxt in zip(words, [*words[1:], ""], strict=True)
                   if word == asked_word) for asked_word in of_part)
