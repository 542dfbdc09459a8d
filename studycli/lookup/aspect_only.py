"""Of the answers to "X vs Y <aspect>", only those that say the aspect asked.

"multi az vs read replica cost" on notes whose "Multi-AZ vs Read Replica" section says
"Multi-AZ costs double: you pay for the standby" and "Read replica promotion is manual":
ranking weighs the sides' names, so a line naming a side and saying nothing of cost
("Multi-AZ failover takes 60-120 seconds") stood among the answers, a line that answers
another question than the one asked. When some answer, or some candidate scored as one
(answer score at the bar), says a word of the aspect asked (or of its concept: "pricing" for
"cost"), the answers that say none of it are dropped and the candidates that say it take
their place, best-ranked first. Where no line says the aspect the answers are left as they
are: a student's own wording the concept table does not know ("multi-thread" for
"multithreaded") is no reason to abstain. A row of the notes' comparison table put first
(lookup/compared_rows.py) says the aspect by its label. Stdlib only.
"""

from __future__ import annotations

from studycli.kinds import Kind
from studycli.lookup.aspect_first import aspect_words
from studycli.lookup.query import Query
from studycli.lookup.text import normalize, stem, tokens

BAR = 0.60  # the answer score a fact must reach to be an answer (answer.THRESHOLD)


def aspect_said_only(answers: list[dict], scored: list[dict], q: Query, lex,
                     limit: int) -> list[dict]:
    """`answers` without those saying nothing of the aspect asked, when some answer or
    scored candidate says it (those fill the places freed, in rank order)."""
    if len(q.compared) != 2 or not answers:
        return answers
    aspect = aspect_words(q, lex)
    if not aspect:
        return answers
    concepts = [set(next((c for c in q.topic if stem(t) in c), {stem(t): 1.0}))
                for t in aspect]
    kept = [h for h in answers if h.get("compared_row") or _says_any(h, concepts)]
    if not kept:
        more = [h for h in scored if h.get("answer", 0.0) >= BAR and h["kind"] == Kind.FACT
                and _says_any(h, concepts)]
        if not more:
            return answers
    places = {(h["source"], h["line"], h["value"]) for h in kept}
    for h in scored:
        if len(kept) >= max(1, limit):
            break
        key = (h["source"], h["line"], h["value"])
        if key not in places and h.get("answer", 0.0) >= BAR and _says_any(h, concepts):
            places.add(key)
            kept.append(h)
    return kept


def _says_any(hit: dict, concepts: list[set[str]]) -> bool:
    """Whether a hit's value says a word of one of the aspect's concepts."""
    said = {stem(t) for t in tokens(normalize(hit.get("value") or ""))}
    return any(said & c for c in concepts)
