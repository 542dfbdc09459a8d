"""A name typed to `compare` with a typo ("snss", "lamda"), read as the one service or subject
it is a typo of, as lookup reads such a word: `compare sqs snss` said "did you mean: SNS?" and
exited 1 where `lookup snss max message size` answered about SNS.

Only an unambiguous typo is repaired: every known name within one edit of it (two for a word
of eight letters or more; a swap of two letters is one edit) must stand for the same service
or subject. "sms" is one edit from SNS, SQS and SES: it is still refused, with those offered.
A word under four letters is never repaired, and below eight letters a changed letter is no
typo (a letter left out, added or swapped is): AWS's short names sit one letter apart ("dms" is
not KMS, "vpn" not VPC, "igw" not TGW), so such a word is a name the catalog lacks, not a typo.
"""

from __future__ import annotations

from studycli.services import catalog

LONG_WORD = 8  # from this length a name may be two edits away
SHORTEST = 4  # a shorter word is an acronym the catalog may lack, never repaired


def labels() -> dict[str, str]:
    """Every alias of a service or subject -> the name it stands for (as suggestions)."""
    cat = catalog()
    labels: dict[str, str] = {}
    for alias, name in cat.service_aliases.items():
        labels.setdefault(alias, name)
    for alias, (_, subject) in cat.subject_aliases.items():
        labels.setdefault(alias, subject)
    return labels


def repaired_name(text: str) -> str | None:
    """The one service or subject name `text` is a typo of, or None (no such name, or more
    than one)."""
    from rapidfuzz.distance import OSA

    word = " ".join(text.strip().lower().split())
    if len(word) < SHORTEST:
        return None
    most = 2 if len(word) >= LONG_WORD else 1
    near = {name for alias, name in labels().items()
            if abs(len(alias) - len(word)) <= most
            and OSA.distance(alias, word, score_cutoff=most) <= most
            and (most > 1 or not _one_letter_changed(alias, word))}
    return near.pop() if len(near) == 1 else None


def _one_letter_changed(alias: str, word: str) -> bool:
    """True when `word` is `alias` with one letter replaced (not left out, added or swapped)."""
    if len(alias) != len(word):
        return False
    differ = [i for i, (a, b) in enumerate(zip(alias, word, strict=True)) if a != b]
    return len(differ) == 1
