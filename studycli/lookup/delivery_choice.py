"""A choice between pushing and pulling, asked of a service's own delivery.

"sns push or poll", "sns delivery push or poll", "kinesis efo push or pull": the student asks
how the service hands its messages to whoever reads them (SNS pushes; an SQS consumer
polls). The lexicon reads "poll" as a cue of Lambda's invocation modes, and a mode filed
under the service typed ("asynchronous", how SNS invokes Lambda) then answered the choice
first, though it says neither side. Where Lambda is not typed, the choice's words are
words the answer must say (plain cues), and no mode is asked by them: a line saying "push"
of SNS answers. With Lambda typed ("lambda sqs trigger poll or push") the choice is how
Lambda is invoked, as before.

Stdlib only: runs on the lookup fast path.
"""

from __future__ import annotations

import re

# the words of either side, as typed
PUSHING = frozenset({"push", "pushes", "pushed", "pushing"})
PULLING = frozenset({"pull", "pulls", "pulled", "pulling", "poll", "polls", "polled",
                     "polling"})
# what a Lambda function is called when Lambda is not named ("does sns push to a function")
_LAMBDA_WORDS = frozenset({"function", "functions", "fn"})
# "do subs poll": words a second side may open with before its own word
_SIDE_OPENERS = frozenset({"do", "does", "the", "subs", "subscribers", "consumers",
                           "consumer", "it", "they"})


def delivery_choice(tokens: list[str]) -> tuple[int, int] | None:
    """Where the two sides of a choice "A or B" between pushing and pulling are in
    `tokens` (lowercase), either order ("push or poll", "poll or push", "push or do subs
    poll"); None when the query offers no such choice."""
    for i, t in enumerate(tokens):
        if t != "or" or i == 0:
            continue
        left = tokens[i - 1]
        j = i + 1
        while j < len(tokens) and tokens[j] in _SIDE_OPENERS:
            j += 1
        if j >= len(tokens):
            continue
        right = tokens[j]
        if (left in PUSHING and right in PULLING) or (left in PULLING and right in PUSHING):
            return i - 1, j
    return None


def delivery_asked(tokens: list[str], services: list[str]) -> tuple[int, int] | None:
    """The sides of a push-or-pull choice asked of a service's own delivery: Lambda not
    typed (with Lambda typed, the choice is how Lambda is invoked)."""
    if "Lambda" in services or _LAMBDA_WORDS.intersection(tokens):
        return None
    return delivery_choice(tokens)


# a side's word in a line, and the clause it is said in ("SNS pushes each message to SQS");
# the words in a fixed order (a set's order changes with each run's string hashing, and a
# pattern spelled differently is compiled afresh, not read back: fastpath/patterns.py)
_SIDE_WORD = re.compile(r"\b(?:" + "|".join(sorted(PUSHING | PULLING, key=lambda w: (-len(w), w)))
                        + r")\b", re.IGNORECASE)
_CLAUSE_START = re.compile(r"[,;.!?|\n(]|\band\b|\bbut\b|\bwhile\b", re.IGNORECASE)


def said_of_another_service(text: str, services: list[str]) -> bool:
    """Whether every side of the choice `text` says is said of a service other than those
    asked, named before it in its clause ("fan-out: SNS pushes each message to many SQS
    queues" is how SNS delivers, not SQS). False where a line says no side, or says one
    of the service asked or of nothing named ("SQS = pull, consumers poll")."""
    from studycli.services import find_services  # not on the fast path's import

    sides = list(_SIDE_WORD.finditer(text))
    if not sides:
        return False
    for side in sides:
        starts = [m.end() for m in _CLAUSE_START.finditer(text, 0, side.start())]
        clause = text[starts[-1] if starts else 0:side.start()]
        named = find_services(clause)
        if not named or named[-1].name in services:
            return False
    return True
