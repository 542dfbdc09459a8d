"""A bare number counted by the label written before it, its bound in the label.

A statement names what its number counts either after the number ("10,000 parts") or in a
short label bounding it ("Aurora replicas up to 15", answer.py _counts_in). Notes also
write the bound first and the counted noun between it and the number, or the bound after
the number: "max parts is 10,000", "max parts per upload: 10,000", "multipart part count
max | 10,000", "multipart parts 10,000 max". The label is the words since the last number
(no more than LABEL_TOKENS tokens before the number); it must hold a bound and say the
noun counted. A label running on past another number ("max 5 SGs per ENI, rules 60") is
no label of this number. The words after "per" or "each" are the scope, not the noun
counted ("max records per hosted zone: 10,000" counts records, no hosted zones), up to a
bound or a joiner. Stdlib only: runs on the lookup fast path.
"""

from __future__ import annotations

from collections.abc import Callable

LABEL_TOKENS = 6  # tokens before a number its label may span ("max parts per upload : N")
# Words that bound a count, before or right after it.
BOUNDS = frozenset({"max", "maximum", "limit", "cap", "quota"})
# What may stand between a label and its number besides the label's own words.
_JOINERS = frozenset({":", "=", "|", "-", "is", "are"})
# Words after which a label or a gloss names the scope of a count, not what it counts.
SCOPES = frozenset({"per", "each", "every"})
# Prepositions: after a label's head noun they add to it ("concurrency for all functions").
_PREPOSITIONS = frozenset({"of", "for", "in", "on", "across", "within", "from", "by", "to",
                           "with"})
# Words for a count itself: "number of parts" counts parts.
_COUNT_WORDS = frozenset({"number", "count", "no", "total", "amount"})


def label_counts(toks: list[str], i: int, says_counted: Callable[[list[str]], bool]) -> bool:
    """Whether the number at `toks[i]` is counted by a bounded label before it:
    `says_counted(words)` tells whether the label's words name the noun the query counts."""
    label = _label(toks, i)
    words = _counted_words(label)
    if not words:
        return False
    after = toks[i + 1].lower() if i + 1 < len(toks) else ""
    if not (BOUNDS & set(label) or after in BOUNDS):
        return False
    return says_counted(words)


def _label(toks: list[str], i: int) -> list[str]:
    """The label before the number at `toks[i]`, lower case: the tokens since the last number
    or '.', ';', ',' (at most LABEL_TOKENS)."""
    start = i
    while start > 0 and i - start < LABEL_TOKENS and not toks[start - 1][0].isdigit() \
            and toks[start - 1] not in (".", ";", ","):
        start -= 1
    return [t.lower() for t in toks[start:i]]


def _counted_words(label: list[str]) -> list[str]:
    """A label's words that may name what it counts: no bound, no joiner, none of the scope
    a "per" or "each" opens, nor what a preposition after the label's head noun adds ("max
    concurrency for all functions" counts no functions, "max retention of records" no
    records), up to the next bound or joiner. A preposition right after a bound ("limit
    on subnets") or after a word for a count ("number of parts") opens no scope."""
    words: list[str] = []
    in_scope = False
    head = False  # a word of the label since its last bound or joiner
    for t in label:
        if t in SCOPES or (t in _PREPOSITIONS and head and words[-1] not in _COUNT_WORDS):
            in_scope = True
        elif t in BOUNDS or t in _JOINERS or t in _PREPOSITIONS:
            in_scope = head = False
        elif t[0].isalpha() and not in_scope:
            words.append(t)
            head = True
    return words


BRACKET_WORDS = 3  # words of a bracket after a number that may name what it counts
_GLOSS_OPENERS = frozenset({"(", "-", "–", "—"})  # what opens a gloss of a number


def bracket_noun(toks: list[str], i: int) -> list[str]:
    """The words a bracket (or a dash) right after the number at `toks[i]` opens with, a
    bound before them skipped, up to the first plural: "maximum: 10 (max msgs per
    ReceiveMessage call)" counts messages, "16 - max EBS Multi-Attach instances" instances,
    as "10 msgs" does; a gloss with no plural names a variant, not a count ("max 10,000
    (standard queue)"). A bound must open the gloss or stand in the label before the number
    ("max receive batch: 10 (ReceiveMessage MaxNumberOfMessages)"): a numbered
    step ("3 - attach policies to the role", "step 3 (attach policies)") counts nothing.
    [] where none follows, or where the gloss opens with a scope ("5 (per account)")."""
    if i + 1 >= len(toks) or toks[i + 1] not in _GLOSS_OPENERS:
        return []
    label = _label(toks, i)
    if not (i + 2 < len(toks) and toks[i + 2].lower() in BOUNDS or BOUNDS & set(label)
            or label[-2:] == ["up", "to"]):
        return []  # "3 - attach policies to the role", a numbered step: no count
    words: list[str] = []
    for w in toks[i + 2:i + 3 + BRACKET_WORDS]:
        if not words and w.lower() in BOUNDS:
            continue
        if not w[0].isalpha() or w.lower() in SCOPES or len(words) == BRACKET_WORDS:
            break  # "5 (per account)": a scope, no noun counted
        words.append(w)
        if _plural(w):
            return words
    # no plural: the gloss names which one, not what is counted ("max 10,000 (standard
    # queue)", a batch size of the standard queue, counts no queues)
    return []


def _plural(word: str) -> bool:
    """A count's noun as notes write it after a number above one ("msgs", "instances")."""
    w = word.lower()
    return len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us"))

