"""Units of time as languages no table reads write them: read after a number in any note.

A student writing in a language no table of studycli/languages*.py holds still writes the
AWS words in English ("retention max 14 dienas", "visibility timeout 30 sekundit"); what
keeps such a figure from being read at all is most often its unit, written in the language
and inflected by its case and number ("14 dienas", "30 sekundžių", "12 часови", "14 дзён").
This table holds those words, each with every common inflection a count takes, for Latvian,
Lithuanian, Estonian, Slovenian, Belarusian, Macedonian and Kazakh ("күн", "сағат" in its own
letters, "жыл", "апта" in Russian's: none a Russian word), Welsh (with its mutations:
"blynedd", "mlynedd"), Basque, Irish and Albanian, and the inflections the tables of
Serbo-Croatian, Slovak, Russian and Ukrainian leave out ("tjedan", "hodinách", "часы",
"хвилину"): studycli/languages.py adds them to UNITS, read by both number readers after a
number, whatever language the note is told to be in. No word here is one a language's own
table holds (tests/test_lang53_unit_words.py): such a note is read in English with its
bounds, and the same word read in every note made its line answer what it does not say.

Only words that are a unit of time in every language spelling them and no English word or
AWS shorthand (a unit read in an English note must never change it). Left out: Slovenian and
Czech "let" (English "let"), Hungarian "nap", "perc", "hét", "év", Serbo-Croatian "dan",
"sat", "sata", "sati", "dana" ("4 SATA disks", the name Dana: read in a note told
Serbo-Croatian only, languages_baltic_slavic.py), Indonesian "jam", Turkish "ay", Romanian
"ani", "luni", Nordic "timer", Slovenian "ur"/"ure"; words two languages read as two units:
"saat" (hours in Turkish, seconds in Malay), Cyrillic "година"/"години"/"годину" (an hour in
Ukrainian, a year in Bulgarian and Serbian), "неделя"/"недели" (a week in Russian, Sunday in
Bulgarian), Slovenian and Croatian "nedelja"/"nedjelja" (Sunday); Irish "lá" (a day, and
Portuguese "there"), "uair" (an hour, and "times": "2 uair" is twice), "mí" (a month, "mi"
typed plain is miles); Basque "aste" (a week, and Italian auctions), Albanian "ora" and "vit"
(a vitamin's shorthand), Welsh "mis" (a month, and an English prefix); Vietnamese "năm" (also the
number five); Latvian "sekundē", "minūtē", "stundā", "dienā", "mēnesī" (in or per one: "1000
ierakstu sekundē" is per second); and abbreviations, as likely something else: Cyrillic
"мин" is also "min." (a minimum), "сек" a section (units only in a note in a language whose
table holds them: languages_more.py, languages_baltic_slavic.py). Stdlib only, data only.
"""

from __future__ import annotations

# by the English unit key of languages.UNITS
UNIT_WORDS: dict[str, tuple[str, ...]] = {
    "s": (
        # Welsh, Basque, Irish, Albanian
        "eiliad", "eiliadau", "segundu", "segunduz", "soicind", "soicindí", "sekonda",
        "sekondë", "sekondat",
        "sekundes", "sekundēm", "sekunžu", "sekundė", "sekundės", "sekundžių", "sekundę",
        "sekundit", "sekundi", "sekundiks", "sekundah", "секундах",
    ),
    "min": (
        "munud", "munudau", "minutu", "minututan", "minutuz", "nóiméad", "nóiméid", "minutë",
        "minutat",
        "minūtes", "minūtēm", "minūte", "minūšu", "minutė", "minutės", "minučių", "minutes",
        "minutę", "minutit", "minutiks", "minútach", "minutah", "minuti", "хвилину", "хвілін",
        "хвіліны", "хвіліна",
    ),
    "h": (
        "awr", "oriau", "ordu", "orduz", "ordutan", "orë", "orët",
        "stundas", "stundām", "stunda", "stundu", "valanda", "valandos", "valandų", "valandas",
        "valandą", "tundi", "tund", "tunni", "tunniks", "hodinách", "часы", "часови", "гадзін",
        "гадзіны", "гадзіна", "сағат", "сағатқа",
    ),
    "day": (
        "diwrnod", "diwrnodau", "niwrnod", "egun", "egunez", "egunetan", "laethanta", "ditë",
        "ditët",
        "dienas", "dienām", "diena", "dienu", "dienos", "dienų", "dieną", "päeva", "päev", "päevad",
        "päevaks", "dňoch", "danima", "dneva", "dnevi", "дзён", "дзень", "күн", "күнге",
    ),
    "week": (
        "wythnos", "wythnosau", "seachtain", "seachtainí", "javë", "javët",
        "nedēļas", "nedēļa", "nedēļām", "nedēļu", "savaitės", "savaičių", "savaitę", "savaitė",
        "savaites", "nädalat", "nädal", "nädala", "tjedan", "tjedna", "tjedana", "tjedne", "teden",
        "tedna", "tednov", "tedne", "тыдняў", "тыдні", "тыдзень", "апта", "аптаға",
    ),
    "month": (
        "misoedd", "hilabete", "hilabetez", "míonna", "muaj", "muajt",
        "mēneši", "mēnesis", "mēnešiem", "mēnešus", "mēneša", "mēnešu", "mėnesiai", "mėnesių",
        "mėnesį", "mėnesio", "kuud", "kuu", "kuuks", "mjeseci", "mjesec", "mjeseca", "meseci",
        "meseca", "mesec", "mesece", "mesecev", "месяцаў", "месяцы",
    ),
    "year": (
        "blynedd", "mlynedd", "blwyddyn", "urte", "urtez", "bliain", "bliana", "blianta", "vjet",
        "gadi", "gadus", "gadiem", "gads", "gada", "gadu", "metai", "metų", "metus", "aastat",
        "aasta", "aastaks", "rokoch", "godina", "godine", "godinu", "гадоў", "гады", "жыл",
        "жылға",
    ),
}
