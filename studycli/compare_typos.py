"""A name typed to `compare` with a typo ("snss", "lamda"), read as the one service or subject
it is a typo of, as lookup reads such a word: `compare sqs snss` said "did you mean: SNS?" and
exited 1 where `lookup snss max message size` answered about SNS.

Only an unambiguous typo is repaired: every known name within one edit of it (two for a word
of eight letters or more; a swap of two letters is one edit) must stand for the same service
or subject. "sms" is one edit from SNS, SQS and SES: it is still refused, with those offered.
"""

from __future__ import annotations

from studycli.services import catalog

LONG_WORD = 8  # from this length a name may be two edits away


def _labels() -> dict[str, str]:
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
    if len(word) < 3:
        return None
    most = 2 if len(word) >= LONG_WORD else 1
    near = {name for alias, name in _labels().items()
            if abs(len(alias) - len(word)) <= most
            and OSA.distance(alias, word, score_cutoff=most) <= most}
    return near.pop() if len(near) == 1 else None
