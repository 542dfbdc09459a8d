"""Units of time as the languages of Europe and Asia write them: read after a number in any note.

A student writing in a language no table of studycli/languages*.py holds still writes the
AWS words in English ("retention max 14 dienas", "visibility timeout 30 sekundit"); what
keeps such a figure from being read at all is most often its unit, written in the language
and inflected by its case and number ("14 dienas", "30 sekundžių", "12 часови", "14 дзён").
This table holds those words, each with every common inflection a count takes, for the
Baltic, Slavic (Latin and Cyrillic: Belarusian and Macedonian too), Finnic, Hungarian, Greek,
Turkic, Nordic, Romance and South-East Asian languages students write in:
studycli/languages.py adds them to UNITS (but a word a language's own table reads), read by
both number readers after a number, whatever language the note is told to be in.

Only words that are a unit of time in every language spelling them and no English word or
AWS shorthand (a unit read in an English note must never change it). Left out: Slovenian and
Czech "let" (English "let"), Hungarian "nap", "perc", "hét", "év", Serbo-Croatian "dan",
"sat", "sata", "sati", "dana" ("4 SATA disks", the name Dana: read in a note told
Serbo-Croatian only, languages_baltic_slavic.py), Indonesian "jam", Turkish "ay", Romanian
"ani", "luni", Nordic "timer", Slovenian "ur"/"ure"; words two languages read as two units:
"saat" (hours in Turkish, seconds in Malay), Cyrillic "година"/"години"/"годину" (an hour in
Ukrainian, a year in Bulgarian and Serbian), "неделя"/"недели" (a week in Russian, Sunday in
Bulgarian), Slovenian and Croatian "nedelja"/"nedjelja" (Sunday); Vietnamese "năm" (also the
number five); Latvian "sekundē", "minūtē", "stundā", "dienā", "mēnesī" (in or per one: "1000
ierakstu sekundē" is per second); and abbreviations, as likely something else: Cyrillic
"мин" is also "min." (a minimum), "сек" a section (units only in a note in a language whose
table holds them: languages_more.py, languages_baltic_slavic.py). Stdlib only, data only.
"""

from __future__ import annotations

# by the English unit key of languages.UNITS
UNIT_WORDS: dict[str, tuple[str, ...]] = {
    "s": (
        "sekundes", "sekundēm", "sekunžu", "sekundė", "sekundės", "sekundžių", "sekundę",
        "sekundit", "sekundi", "sekundiks", "sekúnd", "sekundu", "sekundah", "sekunde",
        "секунд", "секунди", "секунда", "секунды", "секунду", "секунде", "секундах", "sekuntia",
        "sekunti", "sekunnin", "másodperc", "másodpercig", "δευτερόλεπτα", "δευτερόλεπτο",
        "saniye", "secunde", "sekunder", "detik", "giây",
    ),
    "min": (
        "minūtes", "minūtēm", "minūte", "minūšu", "minutė", "minutės", "minučių", "minutes",
        "minutę", "minutit", "minutiks", "minút", "minúty", "minúta", "minútu", "minútach",
        "minutah", "minuti", "минут", "минути", "минута", "минуты", "минуту", "минуте",
        "хвилин", "хвилини", "хвилина", "хвилину", "хвілін", "хвіліны", "хвіліна", "minuuttia",
        "minuutti", "minuutin", "λεπτά", "dakika", "minuter", "minutter", "menit", "phút",
    ),
    "h": (
        "stundas", "stundām", "stunda", "stundu", "valanda", "valandos", "valandų", "valandas",
        "valandą", "tundi", "tund", "tunni", "tunniks", "hodín", "hodina", "hodiny", "hodinu",
        "hodinách", "сати", "сата", "сат", "часа", "часов", "часы", "час",
        "часове", "часови", "годин", "гадзін", "гадзіны", "гадзіна", "tuntia", "tunti",
        "tunnin", "óra", "órát", "ώρες", "ώρα", "timmar", "timme", "giờ",
    ),
    "day": (
        "dienas", "dienām", "diena", "dienu", "dienos", "dienų", "dieną", "päeva", "päev",
        "päevad", "päevaks", "dní", "dňa", "deň", "dňoch", "danima", "dneva", "dnevi",
        "дана", "дан", "дни", "дена", "ден", "дней", "дня", "день", "днів", "дні", "доби",
        "діб", "дзён", "дзень", "päivää", "päivä", "päivän", "gün", "zile", "ημέρες", "ημέρα",
        "μέρες", "dagar", "dage", "dager", "hari", "ngày",
    ),
    "week": (
        "nedēļas", "nedēļa", "nedēļām", "nedēļu", "savaitės", "savaičių", "savaitę", "savaitė",
        "savaites", "nädalat", "nädal", "nädala", "týždne", "týždňov", "týždeň", "tjedan",
        "tjedna", "tjedana", "tjedne", "teden", "tedna", "tednov", "tedne", "седмица",
        "седмици", "тижнів", "тижні", "тиждень", "тыдняў", "тыдні", "тыдзень", "viikkoa",
        "viikko", "viikon", "εβδομάδες", "εβδομάδα", "veckor", "vecka", "uger", "uker",
        "minggu", "tuần", "săptămâni",
    ),
    "month": (
        "mēneši", "mēnesis", "mēnešiem", "mēnešus", "mēneša", "mēnešu", "mėnesiai", "mėnesių",
        "mėnesį", "mėnesio", "kuud", "kuu", "kuuks", "mesiacov", "mesiace", "mesiac", "mesiaca",
        "mjeseci", "mjesec", "mjeseca", "meseci", "meseca", "mesec", "mesece", "mesecev",
        "месеци", "месец", "месеца", "месяцев", "месяца", "месяц", "місяців", "місяці",
        "місяць", "месяцаў", "месяцы", "kuukautta", "kuukausi", "kuukauden", "hónap", "μήνες",
        "μήνα", "månader", "måneder", "bulan", "tháng",
    ),
    "year": (
        "gadi", "gadus", "gadiem", "gads", "gada", "gadu", "metai", "metų", "metus", "aastat",
        "aasta", "aastaks", "rokov", "roky", "rokoch", "godina", "godine", "godinu", "године",
        "года", "лет", "років", "роки", "рік", "гадоў", "гады", "vuotta", "vuosi", "vuoden",
        "yıl", "χρόνια", "έτη", "tahun",
    ),
}
