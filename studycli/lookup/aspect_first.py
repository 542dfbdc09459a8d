"""Of the lines answering "X vs Y <aspect>", one that says the aspect asked comes first.

"sqs standard vs fifo delivery": ranking weighs the sides' names, so a line naming both
queue types ("FACT: standard queue in-flight limit = 120,000 msgs, FIFO = 20,000") or
one's name twice ("FIFO queue name MUST end in .fifo") outranks the side's own line that
says the aspect ("Standard: unlimited TPS, at-least-once delivery"), though the answer
score (lookup/answer.py) reads the first as saying two thirds of what is asked and the
other all of it. When a comparison is asked with words besides its sides ("delivery",
"rotation", "latency") and the first answer leaves some of them unsaid, the best-ranked
of the candidates scored that says every word asked (the aspect included) and names a side
comes first; the others keep their order. A comparison asked with no aspect ("sqs vs sns")
is left to the ranking: there a line naming both sides says more of it than a line naming
one. Stdlib only.
"""

from __future__ import annotations

from studycli.kinds import Kind
from studycli.lookup.lexicon import MAX_PHRASE
from studycli.lookup.query import COMPARE_WORDS, VERSUS, Query, service_spans
from studycli.lookup.text import normalize, stem, tokens

FULL_ANSWER = 0.95  # an answer score that says every word asked (core.DEEP_ANSWER's bar)
# words that ask for a comparison, not an aspect of it (compared_rows reads them so too):
# the query's (with "diff", "diffs", the short form typed for "difference", "kinesis vs sqs
# diff"), less "instead", with "which", "better" and "or"
COMPARING = (COMPARE_WORDS - {"instead"}) | {"which", "better", "or"}


def aspect_said_first(answers: list[dict], scored: list[dict], q: Query, lex) -> list[dict]:
    """`answers` with the best of `scored` (ranked candidates whose answer score is known)
    that says the aspect asked first, when the first answer does not say all asked."""
    if len(q.compared) != 2 or not answers or any(h.get("compared_row") for h in answers):
        return answers  # a row of the notes' table on the aspect answers (compared_rows)
    first = answers[0]
    if first.get("answer", 0.0) >= FULL_ANSWER:
        return answers
    aspect = aspect_words(q, lex)
    if not aspect:
        return answers
    better = next((h for h in scored if h is not first and h.get("answer", 0.0) >= FULL_ANSWER
                   and h["kind"] == Kind.FACT and _says(h, aspect, q)
                   and _names_a_side(h, q)), None)
    if better is None:
        return answers
    return [better, *(h for h in answers if h is not better)][:len(answers)]


def aspect_words(q: Query, lex) -> list[str]:
    """The words typed besides the sides, the "vs", the services named and the words that
    ask for a comparison: "delivery" of "sqs standard vs fifo delivery"."""
    toks, spans = service_spans(q.raw, lex)
    named = {i for a, b, _name in spans for i in range(a, b)}
    sides = set().union(*q.compared)
    # (a word both phrase sides share, "pool" of "user pool vs identity pool", is theirs;
    # so is one that names a thing with the side's word before it: "group" of "nacl vs
    # security group", "record" of "cname vs alias record", "concurrency" of "provisioned
    # vs reserved concurrency")
    # (and the words right after a second "vs" are a third side: "cloudtrail vs cloudwatch
    # vs config" asks no aspect "config", "s3 standard vs ia vs one zone ia cost" none but
    # "cost")
    third = _later_sides(toks, lex)
    return [t for i, t in enumerate(toks) if i not in named and t not in VERSUS
            and i not in third
            and t not in COMPARING and t not in lex.stopwords and stem(t) not in sides
            and stem(t) not in q.sides_share and not _names_with_side(toks, i, sides, lex)]


def _later_sides(toks: list[str], lex) -> set[int]:
    """The places of the words of each side after a second "vs": the longest run of words
    after it that the lexicon knows as one subject or service ("one zone ia"), else its one
    word (a side's name the lexicon does not know whole, "gateway lb", leaves its later words
    read as the aspect's)."""
    out: set[int] = set()
    for at in [i for i, t in enumerate(toks) if t in VERSUS][1:]:
        size = next((n for n in range(MAX_PHRASE, 1, -1) if at + n < len(toks)
                     and (tuple(toks[at + 1:at + 1 + n]) in lex.subjects
                          or tuple(toks[at + 1:at + 1 + n]) in lex.services)), 1)
        out.update(range(at + 1, at + 1 + size))
    return out


def _names_with_side(toks: list[str], i: int, sides: set[str], lex) -> bool:
    """Whether the word at `i` and a side's word right before it name one thing the
    lexicon knows (a subject or a service: "security group", "alias record")."""
    if i == 0 or stem(toks[i - 1]) not in sides:
        return False
    pair = (toks[i - 1], toks[i])
    return pair in lex.subjects or pair in lex.services


def _stems(text: str) -> set[str]:
    return {stem(t) for t in tokens(normalize(text))}


def _says(hit: dict, aspect: list[str], q: Query) -> bool:
    """Whether the hit's own value says every aspect word (or a word of its concept)."""
    said = _stems(hit.get("value") or "")
    for t in aspect:
        concept = next((c for c in q.topic if stem(t) in c), {stem(t): 1.0})
        if not said & set(concept):
            return False
    return True


def _names_a_side(hit: dict, q: Query) -> bool:
    """Whether the hit's value, subject or attribute names a side compared, by one of its
    words or of the concept it was read as ("Security Group" for "sg")."""
    said = _stems(f"{hit.get('value') or ''} {hit.get('subject') or ''} "
                  f"{hit.get('attribute') or ''}")
    for side in q.compared:
        words = set(side).union(*(c for c in q.topic if set(c) & set(side)))
        if said & words:
            return True
    return False
