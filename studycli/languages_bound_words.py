"""Bounds and default words of languages no table or family holds: read in every note.

A note in Welsh, Basque, Irish, Albanian or Kazakh writes the AWS words in English and its figures'
units in its own words (studycli/languages_unit_words.py reads those), but the word that
says which figure is the maximum and which the default in its own: "30 eiliad yn ddiofyn,
uchafswm 12 awr", "lehenetsia 3 segundo, gehienez 15 minutu". Left unread, a query for the
maximum took the default ("lambda max timeout" answered 3 s). No family of
studycli/languages_families.py holds these languages (no table of a sister), so the words
are read wherever they are written, as the unit words are:

- ANYWHERE: words and phrases of one meaning in every language spelling them, none an
  English word or AWS shorthand ("uchafswm" is a maximum, "yn ddiofyn" by default);
- BEFORE_NUMBER: words that bound only the figure right after them ("hyd at 12" is up to
  12, "hyd" alone a length; "suas le 10" up to 10).

Left out: Basque "berez" (by itself, or by default), Welsh "hyd" alone (a length), Albanian
"deri" alone (until). Stdlib only, data only.
"""

from __future__ import annotations

ANYWHERE: dict[str, str] = {
    # Welsh
    "uchafswm": "max", "isafswm": "min", "yn ddiofyn": "by default", "diofyn": "default",
    # Basque
    "gehienez": "at most", "gutxienez": "at least", "gehienezko": "max", "gutxieneko": "min",
    "lehenetsiz": "by default", "lehenetsia": "default", "lehenetsita": "by default",
    # Irish
    "uasmhéid": "max", "íosmhéid": "min", "de réir réamhshocraithe": "by default",
    "réamhshocraithe": "default",
    # Albanian
    "maksimumi": "max", "minimumi": "min", "si parazgjedhje": "by default",
    "parazgjedhje": "default", "parazgjedhur": "default",
    # Kazakh: no Russian or Ukrainian word is spelled so ("әдепкі", "кемінде" in Kazakh's own
    # letters; "максимал" in Russian's, but only a stem there, "максимальный", and matched
    # whole); "максимум" and "минимум" a Kazakh note shares with Russian's table
    "максимал": "max", "әдепкі бойынша": "by default", "әдепкі": "default",
    "кемінде": "at least",
}

BEFORE_NUMBER: dict[str, str] = {
    "hyd at": "up to", "suas le": "up to", "deri në": "up to", "deri ne": "up to",
}
