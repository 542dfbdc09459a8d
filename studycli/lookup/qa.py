"""An answer the notes wrote under their own question: a practice journal's "✓" line.

A journal asks itself ("Q19. Elastic Beanstalk — deploy with zero downtime, keep capacity,
cheapest?") and answers on the next line ("✓ Rolling with additional batch"); the parser files
the answer under the question as its attribute. When a lookup asks what that question asks,
the answer line is the answer, though it says none of the query's words itself and though
the query's words read like a quantity ("keep" a retention, "capacity" a size): the note's
question says what kind of answer follows. Read only when no fact answers outright.
"""

from __future__ import annotations

from studycli.kinds import Kind
from studycli.lookup.answer import answer_features, answers_other_bound
from studycli.lookup.lines import QUESTION_LINE
from studycli.lookup.query import Query

# "Q19. ...", "Q: ...", "**Q4** ...", or any heading that ends as a question (lines.py).
_QUESTION = QUESTION_LINE
QA_THRESHOLD = 0.75  # service x topic an answer under a question needs (bench/lookup_devsets.py)
QA_DEPTH = 60        # how far down the ranking such an answer is looked for


def asks_quantity(q: Query) -> bool:
    """A bound or a count asked ("ebs multi attach max instances"): a journal's answer to
    a neighbouring question ("✓ EBS Multi-Attach with io2") gives no number."""
    return q.qualifier in ("max", "min") or "count" in q.dimensions


def under_question(fact: dict) -> bool:
    """A statement whose attribute is the question its line answers."""
    value = (fact["value"] or "").rstrip()
    return (fact["kind"] == Kind.FACT and not value.endswith("?")
            and (bool(fact.get("under_question")) or bool(_QUESTION.search(fact["attribute"]
                                                                            or ""))))


def qa_answer(ranked: list[dict], q: Query, lex, threshold: float | None = None
              ) -> dict | None:
    """The best-ranked statement under a note's question that answers the query: of the
    service asked, its question and line saying the query's topic (and, when a quantity is
    asked, of its kind); None when there is none."""
    threshold = QA_THRESHOLD if threshold is None else threshold
    quantity = asks_quantity(q)
    for h in ranked[:QA_DEPTH]:
        if not under_question(h):
            continue
        if q.qualifier == "default" and answers_other_bound(h, q.qualifier):
            continue  # "lambda tmp default": not "right: 10,240 MB" under "Q41: ... max"
        feats = answer_features(h, q, lex)
        if quantity and feats["shape"] < 1.0:
            continue  # "elastic ip limit": "✓ NLB (one Elastic IP per AZ)" counts no limit
        score = feats["service"] * feats["topic"]
        if score >= threshold:
            h["answer_features"] = {**feats, "shape": 1.0} if not quantity else feats
            h["answer"] = round(score, 3)
            return h
    return None
