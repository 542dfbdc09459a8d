"""A lookup's texting shorthand: "mx" is "max" ("sqs mx msg sz"), as a note's is
(notes/text_speak.py), unless the lookup asks about DNS ("route 53 mx record", "mx record
priority": an MX record's). Apart from notes/ so that a lookup imports nothing of the parser.
"""

from __future__ import annotations

import re

from studycli.lazy_regex import lazy_compile

# a DNS question: its "mx" is an MX record's ("route 53 mx record", "mx priority")
_DNS_WORDS = lazy_compile(r"\b(?:records?|dns|mail|e-?mail|smtp|priority|pref(?:erence)?|"
                          r"route\s*53|r53|hosted\s+zones?|domains?|cname|txt|aaaa|ns|soa|srv|ptr)\b",
                          re.IGNORECASE)
_QUERY_MX = lazy_compile(r"(?<![\w./-])mx(?![\w/-]|\.\w)", re.IGNORECASE)


def spell_out_query_shorthand(query: str) -> str:
    """A lookup typed in texting shorthand ("sqs mx msg sz") with its "mx" read as "max",
    as a note's is, unless the lookup asks about DNS ("route 53 mx record", "mx record
    priority": an MX record's). Only "mx": the others are read by the lookup's synonyms."""
    if "mx" not in query.lower() or _DNS_WORDS.search(query):
        return query
    return _QUERY_MX.sub("max", query)
