"""A line ending in a colon that states its answer before it.

A value ending in ":" with no number of its own is read as a label that introduces what
follows ("CodeDeploy on EC2 lifecycle hook order:"): ranking calls it an echo of the query
(features.echo, -3) and the answer score says it says nothing (answer._says_nothing). Some
such lines give the figure asked and then introduce its list: "Well-Architected Framework
pillars: 6 pillars:", "Reserved IPs in every subnet? 5 reserved per subnet:" (session 35,
rank35: both ranked first or fourth for "how many pillars well architected", "how many ips
reserved in each subnet", and answered nothing). A number opening the text after an inner
colon or question mark is such a statement; a number inside a label ("Chapter 6
networking:", "Day 3:") is not.
"""

from __future__ import annotations

import re

_STATED_BEFORE_LABEL = re.compile(r"[:?]\s+\d")


def states_before_label(value: str) -> bool:
    """Whether `value`, a line ending in ":", states a number after an inner ":" or "?"."""
    return bool(_STATED_BEFORE_LABEL.search(value.rstrip()[:-1]))


def introduces_what_follows(value: str, fact: dict) -> bool:
    """Whether `value` is a label: it ends in ":", the fact has no figure of its own, and it
    states none before its list ("lifecycle hook order:", not "pillars: 6 pillars:"). Ranking
    (features.echo) and the answer score (answer._says_nothing) both read it so."""
    return value.endswith(":") and fact["number"] is None and fact["low"] is None \
        and not states_before_label(value)
