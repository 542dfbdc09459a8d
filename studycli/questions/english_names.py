"""Whether a note's name for a measure can stand in an English question.

A student writing in their own language names a measure in its words: "Logs Insights: dotaz
timeout 15 min" is a Czech student's query timeout, and a stem quoting it ("What is the maximum
dotaz timeout for Amazon CloudWatch Logs?") reads as garbled (blind reviewers, session 44).
The reference entry that vouches for a drilled fact names the measure in AWS's English, so
where the note's name holds a word no English name the project knows uses, the question asks
by the entry's name instead (questions/currency.py).

The English the project knows is the reference's own (every entry's name, subject, aliases,
value, statement and note on older material, some 2,000 words) and the attribute
vocabulary's names. A word missing from it that is English ("warm pool") only costs the
note's wording: the entry vouches for the same measure under its own name.
"""

from __future__ import annotations

import re
from functools import lru_cache

_WORD = re.compile(r"[^\W\d_]+")
# Endings an English word takes on the names the vocabulary holds in another form
# ("retries" / "retry", "rotating" / "rotate"); a word known
# only in another ending is not ("polled" with only "polling" known stays foreign).
_ENDINGS = ("s", "es", "ies", "ed", "ing", "er")


@lru_cache(maxsize=1)
def _english() -> frozenset[str]:
    from studycli.questions.askable import vocabulary
    from studycli.reference.loader import load_reference

    texts = [text for e in load_reference().entries
             for text in (e.attribute, e.subject, e.value, e.statement, e.exam_note,
                          *(s for s, _ in e.aliases), *(a for _, a in e.aliases))]
    texts.extend(vocabulary())  # the attribute vocabulary's names, read for every question
    # ASCII words only: a word with another letter is never English here (_known)
    return frozenset(re.findall(r"[a-z]+", "\n".join(texts).lower()))


def _known(word: str) -> bool:
    w = word.lower()
    if not w.isascii():
        return False
    if len(w) <= 3:  # "msg", "ttl", "az": shorthand the spelling table reads, never a name
        return True
    english = _english()
    if w in english:
        return True
    return any(w.endswith(end) and (w[: -len(end)] in english or w[: -len(end)] + "y" in english
                                    or w[: -len(end)] + "e" in english)
               for end in _ENDINGS)


def foreign_words(name: str, entry_text: str = "") -> list[str]:
    """The words of `name` no English name the project knows uses ("dotaz" of "dotaz timeout");
    [] when every word is one it knows. Words of `entry_text` (the vouching entry's own) are
    known without reading the whole reference."""
    own = set(_WORD.findall(entry_text.lower()))
    return [w for w in _WORD.findall(name) if w.lower() not in own and not _known(w)]


_ASIDE = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")


def in_another_language(name: str, english_name: str, english_text: str = "") -> bool:
    """True when a note's name for a measure (asides apart: "interval (paid)" is an interval)
    holds a word no English name uses, and AWS's `english_name` for the measure is the same
    measure by its head ("dotaz timeout" / "Logs Insights query timeout"), or the note's
    name has no English word at all. An English head the names do not share ("interval" /
    "detailed monitoring") keeps the note's name: AWS's may name the setting, not the figure."""
    words = _WORD.findall(_ASIDE.sub(" ", name))
    own = f"{english_name} {english_text}"
    foreign = set(foreign_words(" ".join(words), own))
    if not foreign:
        return False
    english = [w for w in words if w not in foreign]
    return not english or english[-1].lower() in set(_WORD.findall(english_name.lower()))
