"""A name several of a service's subjects share as their last words: "placement group" of the
cluster, spread and partition placement groups (data/services.json), "launch type" of ECS's EC2
and Fargate launch types. A line or clause that opens with it as its label ("placement group:
max 7 instances per AZ") is about that kind of part, not the whole service: with no subject,
its figure was taught as an EC2-wide limit ("ec2 max instances per az")."""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from studycli.services import blank_services, catalog

_WORD = re.compile(r"[^\W\d_]")
# the family's name as a label: a separator after it ("placement groups: ", "placement group -")
_SEPARATOR = r"[*_`]*[ \t]*(?:[:=—–]|[ \t]-[ \t]|->|→)"
# where a clause may open: the line's start, or after a semicolon or a comma (not a number's)
_CLAUSE_OPENS = re.compile(r";|(?<!\d),|,(?!\d)")


@lru_cache(maxsize=256)
def _families(service: str) -> tuple[str, re.Pattern | None]:
    """The shared names of two words or more of `service`'s subjects, and a pattern that
    finds one as a label at the end of a clause's opening words."""
    shared: dict[str, set[str]] = defaultdict(set)
    for owner, subject in set(catalog().subject_aliases.values()):
        if owner != service:
            continue
        words = subject.lower().split()
        for k in range(2, len(words)):
            shared[" ".join(words[-k:])].add(subject)
    names = sorted((n for n, subjects in shared.items() if len(subjects) >= 2),
                   key=len, reverse=True)
    if not names:
        return "", None
    alternatives = "|".join(re.escape(n) + "s?" for n in names)
    return "|".join(names), re.compile(rf"(?<![\w-])({alternatives}){_SEPARATOR}",
                                       re.IGNORECASE)


def family_label(line: str, service: str, position: int) -> str:
    """The shared name of `service`'s subjects that labels the clause holding `position`
    ("placement group: max 7 instances per AZ"), or ""."""
    names, pattern = _families(service)
    if pattern is None:
        return ""
    opens = [0] + [m.end() for m in _CLAUSE_OPENS.finditer(line, 0, position)]
    for start in reversed(opens):
        label = pattern.search(line, start, position)
        if label is None:
            continue
        # only bullets, numbering or a service's name before it in its clause
        if _WORD.search(blank_services(line[start:label.start()], "")):
            continue
        name = label.group(1).lower()
        return name if name in names.split("|") else name[:-1]
    return ""
