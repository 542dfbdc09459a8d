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

from studycli.lookup.query import Query

LABEL_TOKENS = 6  # tokens before a number its label may span ("max parts per upload : N")
# Words that bound a count, before or right after it.
BOUNDS = frozenset({"max", "maximum", "limit", "cap", "quota"})
# What may stand between a label and its number besides the label's own words.
_JOINERS = frozenset({":", "=", "|", "-", "is", "are", "of", "per", "each"})
# Words after which a label or a gloss names the scope of a count, not what it counts.
SCOPES = frozenset({"per", "each", "every"})


def label_counts(toks: list[str], i: int, says_counted: Callable[[list[str]], bool]) -> bool:
    """Whether the number at `toks[i]` is counted by a bounded label before it:
    `says_counted(words)` tells whether the label's words name the noun the query counts."""
    start = i
    while start > 0 and i - start < LABEL_TOKENS and not toks[start - 1][0].isdigit() \
            and toks[start - 1] not in (".", ";", ","):
        start -= 1
    label = [t.lower() for t in toks[start:i]]
    words = _counted_words(label)
    if not words:
        return False
    after = toks[i + 1].lower() if i + 1 < len(toks) else ""
    if not (BOUNDS & set(label) or after in BOUNDS):
        return False
    return says_counted(words)


def _counted_words(label: list[str]) -> list[str]:
    """A label's words that may name what it counts: no bound, no joiner, and none of the
    scope a "per" or "each" opens (up to the next bound or joiner)."""
    words: list[str] = []
    in_scope = False
    for t in label:
        if t in BOUNDS or t in _JOINERS or t in SCOPES:
            in_scope = t in SCOPES
        elif t[0].isalpha() and not in_scope:
            words.append(t)
    return words


def related_to_counted(q: Query) -> frozenset[str]:
    """The words the lexicon relates to the noun a query counts (the related words of the
    query's concept holding it, counted for less than the word typed: "subscriber" goes with
    "subscription"): a figure counting one of them counts nearly what is asked, never
    exactly, so it scores under one naming the noun itself."""
    out: set[str] = set()
    for concept in q.topic:
        top = max(concept.values(), default=0.0)
        if any(w in q.counted for w, v in concept.items() if v == top):
            out.update(w for w, v in concept.items() if v < top)
    return frozenset(out)


BRACKET_WORDS = 3  # words of a bracket after a number that may name what it counts
_GLOSS_OPENERS = frozenset({"(", "-", "–", "—"})  # what opens a gloss of a number


def bracket_noun(toks: list[str], i: int) -> list[str]:
    """The words a bracket (or a dash) right after the number at `toks[i]` opens with, a
    bound before them skipped, up to the first plural: "maximum: 10 (max msgs per
    ReceiveMessage call)" counts messages, "16 - max EBS Multi-Attach instances" instances,
    as "10 msgs" does. A bound must open the gloss or stand before the number: a numbered
    step ("3 - attach policies to the role", "step 3 (attach policies)") counts nothing.
    [] where none follows, or where the gloss opens with a scope ("5 (per account)")."""
    if i + 1 >= len(toks) or toks[i + 1] not in _GLOSS_OPENERS:
        return []
    if not (i + 2 < len(toks) and toks[i + 2].lower() in BOUNDS or _bound_before(toks, i)):
        return []  # "3 - attach policies to the role", a numbered step: no count
    words: list[str] = []
    for w in toks[i + 2:i + 3 + BRACKET_WORDS]:
        if not words and w.lower() in BOUNDS:
            continue
        if not w[0].isalpha() or w.lower() in SCOPES or len(words) == BRACKET_WORDS:
            break  # "5 (per account)": a scope, no noun counted
        words.append(w)
        if len(w) > 3 and w.lower().endswith("s") and not w.lower().endswith(("ss", "us")):
            break
    return words


def _bound_before(toks: list[str], i: int) -> bool:
    """Whether a bound stands right before the number at `toks[i]`, a colon or an equals
    sign between them aside: "max 10", "maximum: 10", "up to 10"."""
    before = [t.lower() for t in toks[max(0, i - 2):i]]
    if before and before[-1] in (":", "="):
        before = [t.lower() for t in toks[max(0, i - 3):i - 1]]
    return bool(before) and (before[-1] in BOUNDS or before[-2:] == ["up", "to"])
