"""An unfiled line that names a service by the word its name adds to its family's.

"- logs retention default = never expire" under a note's "Monitoring" heading is filed
under no service, and its neighbours are EC2's and CloudTrail's lines. Yet asked
"cloudwatch logs retention default", a line whose subject is "logs" is CloudWatch Logs's as
much as a line filed under CloudWatch saying "log" is (service_family.says_child_word,
which answer._service already reads as one family): where a child of a family is asked
("CloudWatch Logs", "Aurora Serverless"), an unfiled line opening with the child's own word
("logs", "serverless") is weighed as the parent's, so its answer score says "one family"
(0.8), not "unknown" (0.6) or the neighbour's service.

Only where the word opens the line, as its subject: "logs" alone names no service, and
after a qualifier it is another kind of log ("flow logs default aggregation 10 min" is VPC
Flow Logs's, "access logs retention 90 days" an S3 lifecycle's). Nor where it opens a label
whose other words the query does not ask ("logs week: retention default forever" is a
study plan's line, not a retention of logs); "logs retention: 30 days" still is, and so is
a CLI command of the child's namespace ("`aws logs put-retention-policy ...` - default =
never expire").
Stdlib only: runs on the lookup fast path.
"""

from __future__ import annotations

from studycli.lookup.lexicon import Lexicon
from studycli.lookup.query import Query
from studycli.lookup.service_family import child_words
from studycli.lookup.text import normalize, stem, tokens

_LABEL_WORDS = 4  # a label before ":" is a few words; a colon further on closes no label


def _stems(text: str) -> list[str]:
    return [stem(t) for t in tokens(normalize(text))]


def family_parent(line: str, asked: frozenset[str], named: list[str],
                  services: frozenset[str]) -> str:
    """The parent of a named child service whose own word opens `line` as its subject (a
    label's other words all `asked`, the query's stems), or ""."""
    said = _stems(line)
    if said[:1] == ["aws"]:
        said = said[1:]  # "`aws logs put-retention-policy ...`": the CLI's own namespace
    head, colon, _ = line.partition(":")
    label = _stems(head) if colon else []
    if len(label) > _LABEL_WORDS:
        label = []
    for child in named:
        parts = child.split()
        for cut in range(len(parts) - 1, 0, -1):
            parent = " ".join(parts[:cut])
            own = _stems(child_words(parent, child))
            if parent in services and own and said[:len(own)] == own \
                    and all(w in asked for w in label[len(own):]):
                return parent
    return ""


def family_guesses(rows: list[dict], q: Query, lex: Lexicon) -> None:
    """An unfiled row with no guess, or guessed to be of a service not asked (its neighbours'),
    whose line opens
    with the own word of a child asked is guessed to be that child's family parent's."""
    named = q.all_services()
    if not any(" " in n for n in named):
        return  # no child asked: a family child's name has two words or more
    services = frozenset(lex.services.values())
    asked = frozenset(_stems(q.text))
    for r in rows:
        if not r["service"] and r.get("service_guess") not in named \
                and (parent := family_parent(r.get("snippet") or r.get("value") or "",
                                             asked, named, services)):
            r["service_guess"] = parent
