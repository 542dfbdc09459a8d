"""How notes spell units of time and size: the one list both readers of numbers build from.

The parser's quantity reader (extract/quantities.py) and the stdlib-only number reader the
fast paths use (note_numbers.py) once kept a list each, and a spelling added to one ("72
horas") was missed by the other: a fact parsed as 72 h and a clause read as no unit. Stdlib
only; it imports studycli/languages.py (the other languages' unit words, data and a few
compiled patterns: about 0.4 ms of a lookup's or a quiz's start-up).
"""

from __future__ import annotations

from studycli.languages import CJK_AFTER_ONE_LETTER_UNIT, UNITS

DAY = 86400
YEAR = 365 * DAY  # (a year in seconds, as a note's durations are read)

# (spellings, shown after 1, shown after any other number, seconds). Durations as notes in
# Portuguese, Spanish or French write them ("72 horas", "35 dias", "7 jours", "60 secondes"),
# and Hinglish ("90 din"). A month is 30 days. A bare "m" is no minute here: the parser reads
# it from context (metres, millions, minutes), each reader decides.
_DURATIONS: tuple[tuple[tuple[str, ...], str, str, float], ...] = (
    (("ms", "msec", "msecs", "millisecond", "milliseconds"), "ms", "ms", 0.001),
    (("s", "sec", "secs", "second", "seconds", "segundo", "segundos", "seconde", "secondes"),
     "s", "s", 1),
    (("min", "mins", "minute", "minutes", "minuto", "minutos"), "min", "min", 60),
    (("h", "hr", "hrs", "hour", "hours", "hora", "horas", "heure", "heures", "ghanta",
      "ghante"), "h", "h", 3600),
    (("d", "day", "days", "dia", "dias", "día", "días", "jour", "jours", "din"), "day", "days",
     DAY),
    (("week", "weeks", "semana", "semanas", "semaine", "semaines"), "week", "weeks", 7 * DAY),
    (("month", "months", "mês", "meses", "mes", "mois"), "month", "months", 30 * DAY),
    (("year", "years", "yr", "yrs", "ano", "anos", "año", "años", "année", "années"), "year",
     "years", YEAR),
)
# ... and German, Italian, Dutch, Polish, Hindi, Chinese, Japanese and Korean (languages.py)
DURATIONS = tuple((names + UNITS.get(one, ()), one, many, secs)
                  for names, one, many, secs in _DURATIONS)


def calendar_year(written: str) -> bool:
    """A number written as a year of the calendar, 1900-2099 in four digits: before a year
    word it names the year, no duration (Lithuanian "nuo 2023 metų" is since 2023, as are
    Latvian "2023 gada", Serbo-Croatian "2023 godine" and Polish "w 2023 lat")."""
    return len(written) == 4 and written.isdigit() and 1900 <= int(written) <= 2099

# Put after a unit: a unit of one CJK letter is no unit when the word goes on ("3 分区" is 3
# partitions, "5 초과" more than 5; languages.CJK_AFTER_ONE_LETTER_UNIT says which letters
# may follow, hiragana too). Any letter stands for those scripts' letters: a class of their
# 40,000 letters cost ~20 ms to compile at every lookup start (a Latin one is no unit's either).
_ONE_LETTER_UNITS = "".join(sorted({
    n for spellings in UNITS.values() for n in spellings if len(n) == 1 and n > "\u3000"}))
ONE_LETTER_UNIT_END = (rf"(?!(?<=[{_ONE_LETTER_UNITS}])"
                       rf"(?![{CJK_AFTER_ONE_LETTER_UNIT}\u3040-\u309f])[^\W\d_])")

# The first letters beyond ASCII that a unit word read in every note opens with ("часови",
# "дзён", "гадзін"; not "óra", "ώρες": a language's own table reads those, in its notes'
# gloss): the parser's cheap look at the character after a number lets these through (CJK
# letters it lets through by their blocks).
UNIT_OPENING_LETTERS = "".join(sorted({
    letter for spellings in UNITS.values() for n in spellings
    if not n[0].isascii() and n[0] < "\u3000" for letter in (n[0], n[0].upper())}))
# A unit word of the Greek or Cyrillic script ends where no letter of its script follows:
# "мин" is no unit in "минимум", nor "час" in "часть" (the Latin end stays the readers' own:
# an ASCII unit before an accented letter, "5 minutę", is read as before).
UNIT_NOT_GOING_ON = r"(?![\u0370-\u03ff\u1f00-\u1fff\u0400-\u052f])"

KI = 1024
# (spellings, shown as, bytes). Sizes read 1024-based, as AWS quotas use them; case is
# ignored ("256kb" in a note means KB).
SIZES: tuple[tuple[tuple[str, ...], str, int], ...] = (
    (("b", "byte", "bytes"), "B", 1),
    (("kb", "kilobyte", "kilobytes"), "KB", KI),
    (("mb", "megabyte", "megabytes"), "MB", KI**2),
    (("gb", "gigabyte", "gigabytes"), "GB", KI**3),
    (("tb", "terabyte", "terabytes"), "TB", KI**4),
    (("pb", "petabyte", "petabytes"), "PB", KI**5),
    (("kib",), "KiB", KI),
    (("mib",), "MiB", KI**2),
    (("gib",), "GiB", KI**3),
    (("tib",), "TiB", KI**4),
)
