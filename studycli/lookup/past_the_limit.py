"""A special case's bound past a service's own limit ("big payloads -> Extended Client
Library + S3, up to 2 GB" beside "SQS msg? 256KB") is no answer to the limit itself
("sqs max msg size"): the line names a way around the limit, not the limit.

Read by core._general_of, which ranks a special case the query does not ask below the same
measure of no subject. It set a special case's "up to" against a bare figure only where the
bare figure may be a default ("visibility timeout 30 s" against "up to 12 hours" of a
special case); a bare figure on a line that never says "default", exceeded by a special case
whose line says it is for something bigger, is the limit the special case goes past, unless
the special case is a kind of the service itself (lookup/variants.py: "io2 Block Express for
larger volumes"). Runs on the lookup fast path: stdlib and lookup/variants.py (already
loaded there) only.
"""

from __future__ import annotations

import re

from studycli.lazy_regex import lazy_compile

# "default", "def", "by default", "par défaut", "por defecto", "predeterminado": a bare
# figure said to be a default is the setting a special case's bound may raise, not a limit
# it passes. Not "standard" nor Portuguese "padrão", which name a class or queue as often.
_DEFAULT = lazy_compile(r"\b(?:default|def|defaults|d[ée]faut|defecto|predeterminado)\b",
                        re.IGNORECASE)
# What goes past a size limit, said: "bigger payload -> use the Extended Client Library",
# "big payloads -> ... S3", "for bigger". Only words of size: a setting raised ("can extend
# past 30 s, up to 12 hours", "use ChangeMessageVisibility") is still the maximum asked.
_BIGGER = lazy_compile(r"\b(?:bigger|larger|big|large|huge|greater)\b", re.IGNORECASE)


def past_the_limit(special: dict, general: dict) -> bool:
    """Whether `special` (a fact of a subject, read as a maximum) states a bound past
    `general`'s (the same measure, of no subject, with no qualifier): of one kind, the
    special one larger, in the same unit, its line saying what it is for is bigger
    ("bigger payload -> ..."), and the general fact's line saying no default."""
    if special["kind"] != general["kind"] or special["qualifier"] != "max" \
            or general["qualifier"]:
        return False
    big, small = special.get("number"), general.get("number")
    if big is None or small is None or special.get("unit") != general.get("unit") \
            or not big > small:
        return False
    return bool(_BIGGER.search(special.get("snippet") or "")) \
        and not _DEFAULT.search(general.get("snippet") or "") \
        and not _a_kind_of_it(special)


def _a_kind_of_it(special: dict) -> bool:
    """Whether the special case is a kind of the service itself, a variant of it ("io2
    Block Express for larger volumes (up to 64 TiB)" is an EBS volume's size, the larger of
    its kinds), not a way around its limit (the Extended Client Library, S3)."""
    from studycli.lookup import variants

    service = special.get("service") or ""
    return any(key[0] == service for key in variants.named(special.get("subject") or ""))
