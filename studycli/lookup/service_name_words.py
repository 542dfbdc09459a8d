"""Words of an attribute that only repeat the name of the service asked.

CodeBuild's notes write "build timeout: default 60 min" and "queued timeout default 8 hrs".
"codebuild default timeout" types "build" inside the service's name, so the query's words
never say it apart, and "build timeout" matched the query no better than "queued timeout":
half its words, the same as the other, and the 8 hours of a build's queue came first. A
word of an attribute that is a part of the asked service's own name ("build" of CodeBuild,
"deploy" of CodeDeploy, "secret" of Secrets Manager) says which service the measure is of,
which the query has said: it is no word the query leaves unasked. Ranking's "attribute
asked" reads the attribute without such words (lookup/features.py). A part the query types
as a word of its own ("parameter store max parameter size") is matched as any word.
Imports re, functools and, of the project, lookup/text.py (with what it imports:
studycli/note_numbers.py, studycli/lazy_regex.py); no third-party module and none imported
lazily: runs on the lookup fast path.
"""

from __future__ import annotations

import re
from functools import lru_cache

from studycli.lookup.text import CAMEL, stem, tokens


@lru_cache(maxsize=512)
def name_parts(service: str) -> frozenset[str]:
    """Stems of the parts of a service's canonical name of two parts or more ("CodeBuild":
    code, build; "Secrets Manager": secret, manag); none for a one-word name."""
    parts = [p.lower() for p in CAMEL.findall(service) if len(p) > 2]
    return frozenset(stem(p) for p in parts) if len(parts) > 1 else frozenset()


def without_own_name(words: frozenset[str], attribute: str, service: str,
                     asked_services: list[str], typed: dict[str, float]) -> frozenset[str]:
    """`words` (the stems of `attribute`) less the parts of the name of `service` (the
    fact's) that the attribute's measure says, where that service is asked and the query
    does not type the part as a word of its own; `words` unchanged when nothing would be
    left. Only the measure, not its scope: "shards (per stream)" counts per Kinesis Data
    Streams' stream, a word that tells what is counted by, not whose the measure is."""
    if not service or service not in asked_services:
        return words
    own = (name_parts(service) - typed.keys()) & words
    if not own:
        return words
    measure = _SCOPE.split(attribute.lower(), maxsplit=1)[0]
    own &= frozenset(stem(w) for w in tokens(measure))
    return (words - own) or words


# where an attribute's scope starts: "shards (per stream)", "size per partition"
_SCOPE = re.compile(r"\s*\(|\s+per\s+|/")
