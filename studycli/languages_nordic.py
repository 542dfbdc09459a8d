"""Norwegian (Bokmål) and Danish: the words of notes in them, in the parser's English.

The tables of studycli/languages.py and languages_more.py (MARKERS, GLOSSARY, BEFORE_NUMBER,
AFTER_NUMBER, RANGE_WORDS, number formats, and UNITS read only right after a number in a note
in the language), for two languages students write notes in whose bounds, units and
attribute words were not read ("maks meldingsstørrelse: 256 KB", "retention standard 24
timer", "op til 5 dage": no fact was made of them, or one no lookup found).

The two write most AWS words alike ("størrelse", "kryptering", "maks", "kø") and read each
other's notes, so they are one table ("no_da") holding the words they share (_SHARED) and
each one's own spellings besides (Norwegian "melding", "uke", "dager"; Danish "besked",
"uge", "dage"), none of which means something else in the other. As two tables their shared
words were neither's alone, so a terse note writing few function words ("minne: 128 MB til
10 240 MB", "kø", "størrelse", "forsøk") was read in neither (notes/gloss.py reads a
language switched to by the words only it writes).

"standard" alone is a default before its figure ("retention standard: 4 dager", "standard
0"), but a queue or storage class, a workflow type or a consumer written with a capital or
on a line (or in a table) naming one ("S3 Standard 99,99 %", "standard kø", "standard 1 år,
express 5 minutter"): CLASS_NAMES and CLASS_CONTEXT, as Dutch "standaard".
"bruker"/"bruger" is a user and "uses": out, as every word of two meanings (languages.py).
Compounds ("meldingsstørrelse", "oppbevaringstid") are read by their parts
(notes/word_parts.py), so the glossary holds each part once, not each compound.
Rules for adding a word are languages.py's. Stdlib only, nothing imported.
"""

from __future__ import annotations

_S, _MIN, _H, _DAY, _WEEK, _MONTH, _YEAR = (
    "s", "min", "hours", "days", "weeks", "months", "years")

_SHARED_GLOSSARY = {
    "maks": "max", "maks.": "max", "maksimum": "max", "maksimalt": "at most",
    "som standard": "by default", "som default": "by default",
    "standardværdi": "default", "standardverdi": "default",
    "størrelse": "size", "kryptering": "encryption", "krypteret": "encrypted",
    "kryptert": "encrypted", "krypterte": "encrypted", "krypterede": "encrypted",
    "gyldig": "valid", "gyldige": "valid", "gratis": "free", "pris": "price", "priser": "prices",
    "responstid": "response time", "svartid": "response time",
    "forsinkelse": "delay", "lagring": "storage", "lagringstid": "retention period",
    "konto": "account", "kontoer": "accounts", "grupper": "groups",
    "gruppe": "group", "roller": "roles", "rolle": "role", "tegn": "characters",
    "objekt": "object", "objekter": "objects", "fil": "file", "filer": "files",
    "abonnenter": "subscribers", "abonnent": "subscriber", "kryptering i hvile":
    "encryption at rest", "per sekund": "per second", "per måned": "per month",
    "per time": "per hour", "per minut": "per minute", "per minutt": "per minute",
    "millioner": "million", "mill": "million", "mio": "million",
    # after a figure or a mode: "gyldige 1 time (standard)" is valid 1 hour by default,
    # "eventually consistent er standard" the default
    "(standard)": "(default)", "er standard": "is the default", "pr.": "per",
    "synkron": "synchronous", "synkrone": "synchronous",
    "asynkron": "asynchronous", "asynkrone": "asynchronous", "ventetid": "waiting period",
}

_NORWEGIAN_GLOSSARY = {
    "opptil": "up to", "inntil": "up to", "høyst": "at most", "minst": "at least",
    "melding": "message", "meldinger": "messages", "kø": "queue", "køer": "queues",
    "grense": "limit", "grenser": "limits", "ingen grense": "no limit",
    "synlighet": "visibility", "varighet": "duration", "gyldighet": "validity",
    "oppbevaring": "retention", "oppbevaringstid": "retention period",
    "nøkkel": "key", "nøkler": "keys", "sletting": "deletion", "minne": "memory",
    "tabell": "table", "tabeller": "tables", "forespørsel": "request", "forespørsler":
    "requests", "brukere": "users", "kostnad": "cost", "kostnader":
    "costs", "rabatt": "discount", "sikkerhetskopi": "backup", "sikkerhetskopier":
    "backups", "tidsavbrudd": "timeout", "forsøk": "attempts", "uten": "without",
    "kan økes til": "can be raised to", "venteperiode": "waiting period",
    "støttes ikke": "is not supported", "støttes": "is supported", "ikke": "not",
    "aldri": "never",
}

_DANISH_GLOSSARY = {
    "op til": "up to", "højst": "at most", "mindst": "at least",
    "besked": "message", "beskeder": "messages", "kø": "queue", "køer": "queues",
    "grænse": "limit", "grænser": "limits", "ingen grænse": "no limit",
    "synlighed": "visibility", "varighed": "duration", "gyldighed": "validity",
    "opbevaring": "retention", "opbevaringstid": "retention period",
    "nøgle": "key", "nøgler": "keys", "sletning": "deletion", "hukommelse": "memory",
    "tabel": "table", "tabeller": "tables", "forespørgsel": "request", "forespørgsler":
    "requests", "brugere": "users", "omkostning": "cost",
    "omkostninger": "costs", "rabat": "discount", "sikkerhedskopi": "backup",
    "sikkerhedskopier": "backups", "forsøg": "attempts", "uden": "without",
    "kan hæves til": "can be raised to", "venteperiode": "waiting period",
    "understøttes ikke": "is not supported", "understøttes": "is supported",
    "ikke": "not", "aldrig": "never",
}

# "standard" a default only right before its figure, and not a class's name (see above)
_BEFORE_NUMBER = {"standard": "default", "standard:": "default:", "standard =": "default =",
                  "maks": "max", "maks:": "max:", "maks =": "max ="}
# (with the English class words every language shares, notes/gloss.py)
_CLASS_CONTEXT = ("lagringsklasse", "klasse", "kø")

_UNITS = {
    _S: ("sekund", "sekunder", "sek"), _MIN: ("minutt", "minutter", "minut"),
    _H: ("time", "timer"), _DAY: ("dag", "dager", "dage", "døgn"),
    _WEEK: ("uke", "uker", "uge", "uger"), _MONTH: ("måned", "måneder", "mnd", "md"),
    _YEAR: ("år",),
}

NORDIC_LANGUAGES: dict[str, dict[str, object]] = {
    "no_da": {
        "comma_decimals": True, "space_thousands": True,
        "BEFORE_NUMBER": _BEFORE_NUMBER | {"opptil": "up to", "inntil": "up to",
                                           "op til": "up to", "høyst": "at most",
                                           "højst": "at most", "minst": "at least",
                                           "mindst": "at least"},
        "AFTER_NUMBER": {"pr.": "per"},
        "CLASS_NAMES": ("standard",), "CLASS_CONTEXT": _CLASS_CONTEXT,
        "RANGE_WORDS": ("til",),
        # Norwegian's, then Danish's own ("af", "efter", "uden", "mellem" ...)
        "MARKERS": ("og", "ikke", "av", "også", "etter", "uten", "bare", "kun", "må", "blir",
                    "hvis", "når", "mellom", "eller", "ingen", "noen", "hver", "være",
                    "skal", "enn", "af", "efter", "uden", "bliver", "mellem", "nogle",
                    "meget", "kan"),
        "UNITS": _UNITS,
        "GLOSSARY": _SHARED_GLOSSARY | _NORWEGIAN_GLOSSARY | _DANISH_GLOSSARY,
    },
}
