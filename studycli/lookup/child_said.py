"""An unfiled line that names a service by the word its name adds to its family's.

"- logs retention default = never expire" under a note's "Monitoring" heading is filed
under no service: "logs" alone names no service (a flow log, an access log), and its
neighbours are EC2's and CloudTrail's lines. Yet asked "cloudwatch logs retention default",
a line saying "logs" is CloudWatch Logs's as much as a line filed under CloudWatch saying
"log" is (service_family.says_child_word, which answer._service already reads as one
family): where a child of a family is asked ("CloudWatch Logs", "Aurora Serverless"), an
unfiled line saying the child's own word ("logs", "serverless") is weighed as the
parent's, so its answer score says "one family" (0.8), not "unknown" (0.6) or the
neighbour's service.
Stdlib only: runs on the lookup fast path.
"""

from __future__ import annotations

from studycli.lookup.lexicon import Lexicon
from studycli.lookup.service_family import child_words
from studycli.lookup.words import stems


def family_parent(row: dict, named: list[str], lex: Lexicon) -> str:
    """The parent of a named child service whose own word `row`'s line says, or ""."""
    said = stems(row.get("snippet") or row.get("value") or "", frozenset())
    services = frozenset(lex.services.values())
    for child in named:
        parts = child.split()
        for cut in range(len(parts) - 1, 0, -1):
            parent = " ".join(parts[:cut])
            words = child_words(parent, child)
            if parent in services and words and stems(words, frozenset()) <= said:
                return parent
    return ""


def family_guesses(rows: list[dict], named: list[str], lex: Lexicon) -> None:
    """An unfiled row guessed to be of a service not asked (its neighbours') whose line says
    the own word of a child asked is guessed to be that child's family parent's."""
    for r in rows:
        if not r["service"] and r.get("service_guess") not in named \
                and (parent := family_parent(r, named, lex)):
            r["service_guess"] = parent
