"""The units of time a note in another language writes after a figure, in its own words.

notes/spaced_thousands.py joins a plain-spaced number ("3 600", "86 400") only where a unit
of measure follows it; it ran before the note's words are read in English, so it knew only
the English spellings and those of unit_spellings.py. A figure grouped so and followed by a
unit in the note's own words ("3 600 წამი", "86 400 секунд", "10 080 минути") was left two
numbers, and once its unit was read the second of them alone was taken for the whole: "3 600
წამი" a presigned URL's 600 seconds. Here are the unit words of every table that reads a
unit after a figure: the scripts' tables (languages_scripts.SCRIPTS, read wherever their
script is written), the units read in every note (languages.UNITS, with those of
languages_unit_words.py) and those each language's own table reads. Only their non-ASCII
spellings, and only for a line writing a letter beyond ASCII: an ASCII spelling no
unit_spellings entry shares ("43 200 sekunder") leaves its figure two numbers, as before.
Stdlib only at import; the tables are read the first time such a line needs them.
"""

from __future__ import annotations

import re
from functools import cache

_TIME = frozenset(("ms", "s", "min", "h", "seconds", "minutes", "hours", "days", "weeks",
                   "months", "years", "day", "week", "month", "year"))
# a plural noun after a size, in the Slavic genitive a count takes ("5 100 ГБ томов", "файлів"):
# the lead counts it (five volumes of 100 GB), as "5 100 GB volumes" in spaced_thousands.py
_COUNTED_AFTER_SIZE = re.compile(r"[ \t]+[^\W\d_]{2,}(?:ов|ев|ей|ів)(?![^\W\d_])",
                                 re.IGNORECASE)


@cache
def _own_unit() -> re.Pattern[str]:
    from studycli.languages import LANGUAGES, UNITS
    from studycli.languages_scripts import SCRIPTS
    from studycli.regex_trie import trie_pattern

    times = {w for _letters, table in SCRIPTS for w, english in table.items()
             if english in _TIME}
    times |= {w for unit, spellings in UNITS.items() if unit in _TIME for w in spellings}
    sizes: set[str] = set()
    for lang in LANGUAGES.values():
        tabled: dict[str, tuple[str, ...]] = lang.get("UNITS", {})  # type: ignore[assignment]
        for unit, spellings in tabled.items():
            (times if unit in _TIME else sizes).update(spellings)
    sizes -= times

    def own(words: set[str]) -> str:
        return trie_pattern(sorted(w for w in words if not w.isascii()))

    return re.compile(rf"[ \t]?(?:(?P<time>{own(times)})|(?P<size>{own(sizes)}))(?![^\W\d_])",
                      re.IGNORECASE)


def own_unit_after(text: str, at: int) -> bool:
    """Whether a unit in a language's own words starts at `at` (after one space) that makes
    the figure before it one quantity: a unit of time, or a size no plural noun follows."""
    m = _own_unit().match(text, at)
    if m is None:
        return False
    return m.group("time") is not None or not _COUNTED_AFTER_SIZE.match(text, m.end())
