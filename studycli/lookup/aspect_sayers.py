"""Of the answers to "X vs Y <aspect>", those that say the aspect asked come first.

"multi az vs read replica cost" on notes whose "Multi-AZ vs Read Replica" section says
"Multi-AZ costs double: you pay for the standby" and "Multi-AZ failover takes 60-120
seconds": ranking weighs the sides' names, so a line naming a side and saying nothing of
cost could come first, a line that answers another question than the one asked. When some
answer, or some candidate scored as one (answer score at lookup's threshold, the one asked
of lookup, not a copy of its default), says a word of the aspect asked (or of its concept:
"pricing" for "cost"), those come first, best-ranked first,
and the answers that say none of it follow in their order. They are not dropped: a line
can answer the aspect in words the concept table does not tie to it ("Multi-AZ = sync
standby" for "replication"; dropping such lines lost 6 right answers from the top 3 on the
29 sets holding the most comparison misses). A row of the notes' comparison table put
first (lookup/compared_rows.py) says the aspect by its label. Stdlib only.
"""

from __future__ import annotations

from studycli.kinds import Kind
from studycli.lookup.aspect_first import aspect_words
from studycli.lookup.query import Query
from studycli.lookup.text import normalize, stem, tokens
from studycli.lookup.word_forms import verb_of_noun


def aspect_sayers_first(answers: list[dict], scored: list[dict], q: Query, lex,
                        limit: int, threshold: float) -> list[dict]:
    """`answers` with those saying the aspect asked first (answers, then scored candidates
    that reach lookup's `threshold`, in rank order), then the rest in their order."""
    if len(q.compared) != 2 or not answers:
        return answers
    aspect = aspect_words(q, lex)
    if not aspect:
        return answers
    concepts = [set(next((c for c in q.topic if stem(t) in c), {stem(t): 1.0}))
                for t in aspect]
    # an answer under lookup's threshold (one of the further matches shown after the first)
    # is put first by nothing: saying the aspect does not make it an answer
    saying = [h for h in answers if h.get("compared_row")
              or (h.get("answer", 0.0) >= threshold and _says_any(h, concepts))]
    places = {_place(h) for h in saying}
    for h in scored:
        if h["kind"] == Kind.FACT and _place(h) not in places \
                and h.get("answer", 0.0) >= threshold and _says_any(h, concepts):
            places.add(_place(h))
            saying.append(h)
    if not saying:
        return answers
    rest = [h for h in answers if _place(h) not in places]
    return [*saying, *rest][:max(1, limit)]


def _place(hit: dict) -> tuple:
    return (hit["source"], hit["line"], hit["value"])


def _says_any(hit: dict, concepts: list[set[str]]) -> bool:
    """Whether a hit's value says a word of one of the aspect's concepts, in any of its
    word's forms: "NOT encrypted by default" says "encryption". A noun is read as its verb
    only as lookup/word_forms.verb_of_noun reads it ("connection" is no "connect", nor
    "exception" "except", "direction" "direct")."""
    said = set().union(*(_forms(stem(t)) for t in tokens(normalize(hit.get("value") or ""))))
    return any(said & set().union(*(_forms(w) for w in c)) for c in concepts)


def _forms(word_stem: str) -> frozenset[str]:
    """A word's stem and, for a noun of an act, its verb's ("encryption": "encrypt")."""
    return frozenset([word_stem]) | verb_of_noun(word_stem, crypt=True)
