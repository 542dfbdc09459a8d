"""Glacier retrieval tiers: "Standard 3-5 h" names a tier, not what is measured.

Under an S3 Glacier heading, "expedited 1-5 min, standard 3-5 h, bulk 5-12 h" gives each time the
tier's name as its attribute ("standard" 3 h): a question could not say what the number is, and
"S3 Standard" is also a storage class. The tier is the case of a retrieval time: the attribute
becomes "retrieval time (standard)". Only when the attribute holds one tier and nothing else
but words of retrieval and of the Glacier classes ("deep archive standard", "retrieval
(bulk)"); "standard before transition" is another setting and is left alone.

A tier's word is no storage class: "Standard retrieval: 3-5 hours" under "## S3" read "S3
Standard" from "Standard" (the storage class has no retrieval tiers, its objects are read at
once), so a retrieval tier time filed under S3 Standard loses that subject, and so does any
time in minutes or hours filed under Glacier Instant Retrieval (its objects need no restore:
https://docs.aws.amazon.com/AmazonS3/latest/userguide/restoring-objects-retrieval-options.html).
A storage class's bare minimum in days ("Glacier Instant Retrieval: min 90 days") is its
minimum storage duration, the only minimum in days S3 states for a class
(https://docs.aws.amazon.com/AmazonS3/latest/userguide/storage-class-intro.html): named
"duration", check (keyed "minimum storage duration") and lookup never met it. So is one that
took the retrieval's name from the clause before it ("retrieval 12 hrs std, 48 hrs bulk; min
180 days"): a restore takes minutes or hours, never days. "std" is the Standard tier's short name.
"""

from __future__ import annotations

import re

from studycli.model import Fact, Kind

_TIERS = ("expedited", "standard", "bulk")
# "12 hrs std": the student's short form of a tier's name
_TIER_SHORT = {"std": "standard", "exp": "expedited"}
# words that may stand beside the tier without naming another setting
_ALLOWED = frozenset(("retrieval", "retrievals", "retrieve", "time", "times", "s3", "glacier",
                      "flexible", "deep", "archive", *_TIERS, *_TIER_SHORT))
_DURATION = re.compile(r"\s(?:ms|s|sec|min|mins|minutes?|h|hrs?|hours?)$")
_RESTORE_TIME = re.compile(r"\s(?:min|mins|minutes?|h|hrs?|hours?)$")  # no ms, no seconds
_BRACKETED_TIER = re.compile(r"\((expedited|standard|bulk|std|exp)\)\s*$")


def _retrieval_words(attribute: str) -> list[str]:
    """The attribute's words when all are words of retrieval, tiers and Glacier classes."""
    words = re.findall(r"[a-z0-9-]+", attribute.lower())
    return words if words and set(words) <= _ALLOWED else []


def _tier(attribute: str) -> str:
    words = _retrieval_words(attribute)
    if not words:
        return ""
    bracketed = _BRACKETED_TIER.search(attribute.lower())
    if bracketed:  # "expedited deep archive (bulk)": the case is bulk
        return _TIER_SHORT.get(bracketed.group(1), bracketed.group(1))
    # "Standard retrieval is within 12 hours and Bulk is within 48 hours": the attribute of the
    # second number gathered both tiers' words; the one read last stands next to the number
    tiers = [_TIER_SHORT.get(w, w) for w in words if w in _TIERS or w in _TIER_SHORT]
    return tiers[-1] if tiers else ""


# the S3 storage classes that have a minimum storage duration (data/services.json subjects)
_CLASSES_WITH_MINIMUM = frozenset(("S3 Standard-IA", "S3 One Zone-IA", "S3 Glacier",
                                   "S3 Glacier Instant Retrieval", "S3 Glacier Flexible Retrieval",
                                   "S3 Glacier Deep Archive"))
_DAYS = re.compile(r"\sdays?$")
_MINIMUM_STORAGE = "minimum storage duration"


def name_retrieval_tiers(facts: list[Fact]) -> list[Fact]:
    out = []
    for f in facts:
        if (f.service == "S3" and f.kind in (Kind.LIMIT, Kind.DEFAULT, Kind.RANGE)
                and _DURATION.search(f.value)):
            tier = _tier(f.attribute)
            attribute = f"retrieval time ({tier})" if tier else f.attribute
            if f.attribute.startswith(_MINIMUM_STORAGE) and _RESTORE_TIME.search(f.value):
                # "Deep Archive: min storage duration 180 days, bulk retrieval up to 48 hours",
                # "Glacier Flexible -> 90 days, expedited 1-5 min": the line named its days and
                # its other times took that name; a class's minimum is days, never hours
                told = _BRACKETED_TIER.search(f.attribute.lower())
                attribute = f"retrieval time ({told.group(1)})" if told else "retrieval time"
            # S3 Standard's name came from the tier's word; Glacier Instant Retrieval's
            # objects are read at once, with no restore to wait for, so a time in minutes or
            # hours on its line is another class's ("Instant Retrieval = ms access, ...
            # Flexible = minutes to 12 h (expedited 1-5 min)"); its own milliseconds stay
            unsure = (f.subject == "S3 Glacier Instant Retrieval"
                      and _RESTORE_TIME.search(f.value)) or (tier and f.subject == "S3 Standard")
            f = Fact(**{**f.__dict__, "attribute": attribute,
                        "subject": "" if unsure else f.subject})
        elif (f.service == "S3" and f.kind == Kind.LIMIT and f.qualifier == "min"
                and (f.attribute == "duration" or _retrieval_words(f.attribute))
                and f.subject in _CLASSES_WITH_MINIMUM and _DAYS.search(f.value)):
            # "retrieval 12 hrs std, 48 hrs bulk; min 180 days": the bare minimum took the
            # retrieval's name from the clause before, but a restore takes minutes or hours
            # (48 h at most), never days: the days are the class's minimum storage duration
            f = Fact(**{**f.__dict__, "attribute": "minimum storage duration"})
        out.append(f)
    return out
