"""Families of languages: the words a note in a language no table holds borrows from its sisters.

A student writes in a language nobody has added a table for (Catalan, Afrikaans,
Azerbaijani, Galician, Icelandic, Uzbek ...). Such a note is still mostly the words of a
language that has one: Catalan "màxim", "per defecte", "30 segons" are next to Spanish
"máximo", "por defecto", "30 segundos"; Afrikaans "maks 5 per tabel", "verstek 7 dae" next to
Dutch; Azerbaijani "maksimum 16", "30 gün" next to Turkish. FAMILIES groups the languages of
studycli/languages*.py that have such sisters (MEMBERS, the codes of LANGUAGES) and holds,
per family, what notes/sister_languages.py reads in a note told to be of the family by its
own words (how many of them the family's tables recognise, never by file name), and what
notes/gloss.py's gloss_query reads in a query that writes one of the family's own words
beyond ASCII no language's table holds ("lambda timeout màxim"):

- the family's MARKERS: function words of its languages without a table (Catalan "amb",
  "els"; Afrikaans "nie", "die"; Azerbaijani "və", "üçün"), which tell the family alongside
  the members' words;
- MEANS_OTHERWISE_IN: per member, the family's words that member's language reads as
  something else, left unread in a note told that language;
- the words of one certain meaning its languages share, in the forms the languages without a
  table write them: bounds ("màxim", "maks", "maksimum", "hámark"), default words ("per
  defecte", "verstek", "sjálfgefið"), units of time with their common inflections ("segons",
  "sekondes", "saniyə", "sekúndur") and the few nouns a limit counts that cannot mean
  anything else; laid out as a table of LANGUAGES (GLOSSARY, BEFORE_NUMBER, UNITS, BOUND_AFTER,
  number formats), so the glossing that reads a language reads a family alike.

The rules of languages.py hold: only a word of one certain meaning in notes about AWS, never
an English word or AWS shorthand (these are read only in a note of the family, in a note
told a member language, where each word must hold too, or in a query of the family; a unit
only right after a number).
Left out: Catalan "any" (a year, and English "any"), "segons" before a number ("segons AWS"
is "according to AWS": units are read only after a number),
Azerbaijani and Turkish "standart" (a default, and the Standard class or tier), Dutch and
Afrikaans "enkele" ("a few" as often as "single": "enkele ure"), Macedonian "редица" (a
queue, and in Bulgarian a row or "a number of": "редица услуги"), Afrikaans
"standaard" (Dutch's rule reads it: languages.py), Macedonian "недела" (a week and Sunday),
Cyrillic "години" (years in the South Slavic languages, hours in Ukrainian: each family keeps
its own). Stdlib only, data only.
"""

from __future__ import annotations

_S, _MS, _MIN, _H, _DAY, _WEEK, _MONTH, _YEAR = (
    "s", "ms", "min", "hours", "days", "weeks", "months", "years")

FAMILIES: dict[str, dict[str, object]] = {
    # Catalan, Galician, Occitan (and Asturian, Aragonese) with Spanish, Portuguese, French,
    # Italian and Romanian
    "romance": {
        "MEMBERS": ("es", "pt", "fr", "it", "ro"),
        "comma_decimals": True,
        "MARKERS": (  # Catalan, Galician, Occitan function words no member writes
            "amb", "els", "dels", "als", "però", "també", "quan", "només", "sense", "aquí",
            "sigui", "perquè", "fins", "molt", "dins", "unha", "coa", "máis", "tamén",
            "cando", "polo", "pola", "dende", "moi", "nun", "nunha", "deu", "pels", "aquest",
            "aquesta", "tanben", "quand", "totes", "tots"),
        "BEFORE_NUMBER": {"fins a": "up to", "ata": "up to", "duscas a": "up to",
                          "com a màxim": "at most", "com a mínim": "at least",
                          "màxim": "max", "màx": "max", "mínim": "min", "mín": "min",
                          "per defecte": "default", "per defecte:": "default:",
                          "per defaut": "default"},
        "RANGE_WORDS": ("a",),  # "de 128 MB a 10.240 MB" (read with no language told)
        "UNITS": {
            _MS: ("mil·lisegons", "mil·lisegon", "milisegons", "milisegundos"),
            _S: ("segons", "segon", "segonds"),
            _MIN: ("minuts", "minut", "minutos"),
            _H: ("hores", "hora", "oras"),
            _DAY: ("dies", "dia", "jorns", "jorn", "días"),
            _WEEK: ("setmanes", "setmana", "semanas"),
            _MONTH: ("mesos", "meses"),
            _YEAR: ("anys", "anos", "annadas"),
        },
        "GLOSSARY": {
            "com a màxim": "at most", "com a mínim": "at least", "almenys": "at least",
            "polo menos": "at least", "per defecte": "by default", "predeterminat": "default",
            "predeterminada": "default", "màxima": "max", "màxim": "max", "màxims": "max",
            "màx": "max", "mínima": "min", "mínim": "min", "mida": "size", "retenció":
            "retention", "memòria": "memory", "durada": "duration", "gratuït": "free",
            "gratuïta": "free", "cua": "queue", "cues": "queues", "missatge": "message",
            "missatges": "messages", "reintents": "retries",
            "compte": "account", "regió": "region", "xifratge": "encryption",
            "síncrona": "synchronous", "síncron": "synchronous", "asíncrona": "asynchronous",
            "asíncron": "asynchronous", "invocació": "invocation", "variables d'entorn":
            "environment variables", "variables de entorno": "environment variables",
            "tamaño": "size", "retención": "retention", "máxima": "max", "mensaxe": "message",
            "mensaxes": "messages",
            # Spanish and Galician (the members' tables hold Portuguese "assíncrono")
            "asíncrono": "asynchronous", "síncrono": "synchronous", "asíncronos":
            "asynchronous", "síncronos": "synchronous", "variables de contorno":
            "environment variables", "concorrencia": "concurrency", "concurrencia":
            "concurrency", "rexión": "region", "reintentos": "retries", "reintenta": "retries",
            "peticións": "requests", "peticiones": "requests", "veces": "times",
        },
    },
    # Afrikaans, Frisian, Luxembourgish with Dutch and German
    "west_germanic": {
        "MEMBERS": ("nl", "de"),
        "comma_decimals": True, "space_thousands": True,
        "MARKERS": (  # Afrikaans, Frisian, Luxembourgish
            "nie", "die", "vir", "wees", "word", "gewoonlik", "moet", "jy", "hulle", "ook",
            "baie", "sonder", "binne", "net", "dieselfde", "wat", "daarbo", "dit", "sy",
            "hawwe", "wurdt", "ass", "mat", "fir", "sinn", "gëtt", "och", "awer"),
        "BEFORE_NUMBER": {"maks": "max", "maks.": "max", "maksimum": "max",
                          "maksimaal": "max", "hoogstens": "at most", "minstens": "at least",
                          "verstek": "default", "verstek:": "default:", "tot": "up to",
                          "binne": "within"},
        "RANGE_WORDS": ("tot",),
        # (Afrikaans "rekening" is an account; in Dutch a bill, "houd rekening met" expect)
        "MEANS_OTHERWISE_IN": {"nl": ("rekening",)},
        "UNITS": {
            _MS: ("millisekondes", "millisekonde", "millisekonden"),
            _S: ("sekondes", "sekonde", "sekonden", "sekonnen"),
            _MIN: ("minute", "minuut", "minuten", "minutten"),
            _H: ("ure", "uur", "oeren", "stonnen", "stonn"),
            _DAY: ("dae", "dag", "dagen", "deeg"),
            _WEEK: ("weke", "wiken"),
            _MONTH: ("maande", "maand", "moannen", "méint"),
            _YEAR: ("jare", "jaar", "jier", "joer", "joren"),
        },
        "GLOSSARY": {
            "by verstek": "by default", "verstek": "default", "maks": "max", "maksimum":
            "max", "maksimaal": "max", "hoogstens": "at most", "minstens": "at least",
            "grootte": "size", "retensie": "retention", "berging": "storage", "geldigheid":
            "validity", "geldig": "valid", "rekening": "account", "versoeke": "requests",
            "versoek": "request", "transaksie": "transaction", "transaksies": "transactions",
            "tabel": "table", "gratis": "free", "per sekonde": "per second", "objek": "object",
            "objekte": "objects", "objekgrootte": "object size", "dele": "parts", "deel":
            "part", "waarskuwing": "warning", "reëls": "rules",
            "onderbreking": "interruption", "uitgevee": "deleted",
        },
    },
    # Azerbaijani, Turkmen, Kazakh and Uzbek in Latin letters (and Tatar) with Turkish
    "turkic": {
        "MEMBERS": ("tr",),
        "comma_decimals": True, "space_thousands": True, "hyphen_case_suffixes": True,
        "MARKERS": (  # Azerbaijani, Uzbek, Turkmen, Kazakh
            "və", "üçün", "yalnız", "deyil", "yoxdur", "həm", "hər", "bir", "amma", "isə",
            "olar", "ilə", "bilan", "uchun", "emas", "yoki", "faqat", "üçin", "däl", "diňe",
            "jáne", "úshin", "emes"),
        "BEFORE_NUMBER": {"maksimum": "max", "maksimal": "max", "ən çox": "at most", "hər": "every",
                          "ən az": "at least", "eng ko'p": "at most", "eng kam": "at least",
                          "iň köp": "at most", "iň az": "at least"},
        "BOUND_AFTER": {"qədər": "up to", "gacha": "up to", "çenli": "up to",
                        "deıin": "up to", "ərzində": "within", "içinde": "within"},
        "POSTPOSITIONS": {"başına": "per", "boshiga": "per", "başyna": "per"},
        "UNITS": {
            _MS: ("millisaniyə", "millisoniya", "millisekunt"),
            # (with the Azerbaijani ablative: "hər 5 dəqiqədən bir" is once every 5 minutes)
            _S: ("saniyə", "saniyədən", "soniya", "sekunt", "sekund"),
            _MIN: ("dəqiqə", "dəqiqədən", "daqiqa", "minut"),
            _H: ("saat", "saatdan", "soat", "sagat", "sağat"),
            _DAY: ("gün", "gündən", "kun", "kün"),
            _WEEK: ("həftə", "həftədən", "hafta", "hepde", "apta"),
            _MONTH: ("ay", "aydan", "oy", "aý"),
            _YEAR: ("il", "ildən", "yil", "ýyl", "jyl"),
        },
        "GLOSSARY": {
            "maksimum": "max", "maksimal": "max", "ölçü": "size", "ölçüsü": "size",
            "hajmi": "size", "pulsuz": "free", "bepul": "free", "mugt": "free",
            "müddəti": "period", "saxlanılır": "retained", "saniyədə": "per second",
            "ayda": "per month", "oyiga": "per month", "ildə": "per year", "qayda": "rules",
            "qaydalar": "rules", "qaydaları": "rules", "qrup": "group", "qrupa": "groups",
            "qruplar": "groups", "qrupları": "groups", "gözləmə müddəti": "waiting period",
            "silinməsi": "deletion", "silinmə": "deletion", "sukut bo'yicha": "by default",
            "xotira": "memory", "yaddaş": "memory",
        },
    },
    # Icelandic and Faroese with Swedish, Norwegian and Danish
    "nordic": {
        "MEMBERS": ("sv", "no_da"),
        "comma_decimals": True, "space_thousands": True,
        "MARKERS": (  # Icelandic, Faroese
            "ekki", "að", "með", "fyrir", "eða", "sem", "það", "eru", "hægt", "þarf", "þegar",
            "aðeins", "bara", "eftir", "ikki", "við", "fyri", "tað", "bert", "eisini", "einnig"),
        "BEFORE_NUMBER": {"hámark": "max", "hámarks": "max", "lágmark": "min",
                          "lágmarks": "min", "allt að": "up to", "í mesta lagi": "at most",
                          "að minnsta kosti": "at least", "sjálfgefið": "default",
                          "sjálfgefin": "default", "sjálfgefinn": "default"},
        "UNITS": {
            _MS: ("millisekúndur", "millisekúndna"),
            _S: ("sekúndur", "sekúnda", "sekúndna", "sekúndu", "sekundir"),
            _MIN: ("mínútur", "mínúta", "mínútna", "mínútu", "minuttir", "minuttur"),
            _H: ("klukkustundir", "klukkustund", "klukkustunda", "klst", "tímar", "tímum"),
            _DAY: ("dagar", "daga", "dagur", "dögum"),
            _WEEK: ("vikur", "vika", "vikna", "viku"),
            _MONTH: ("mánuðir", "mánuði", "mánuður", "mánaða", "mánaðir"),
            _YEAR: ("ár", "ára", "árum"),
        },
        "GLOSSARY": {
            "hámarksstærð": "max size", "hámark": "max", "hámarks": "max", "lágmark":
            "min", "sjálfgefið": "default", "stærð": "size", "geymslutími":
            "retention period", "ókeypis": "free", "skilaboð": "messages", "minni": "memory",
            "minni en": "less than",  # ("minni" is also the comparative: smaller than)
        },
    },
    # Macedonian with Bulgarian and Serbian
    "south_slavic": {
        "MEMBERS": ("bg", "sr_hr"),
        "comma_decimals": True, "space_thousands": True,
        "MARKERS": ("од", "што", "се", "или", "само", "ако", "треба", "нема", "дека",
                    "може", "со", "кога", "исто", "мора"),
        "BEFORE_NUMBER": {"најмногу": "at most", "најмалку": "at least",
                          "максимум": "max", "максимално": "max"},
        "UNITS": {
            _S: ("секунди", "секунда"), _MIN: ("минути", "минута"),
            _H: ("часа", "часови", "час"), _DAY: ("дена", "ден", "денови"),
            _MONTH: ("месеци", "месец", "месеца"), _YEAR: ("години", "година"),
        },
        "GLOSSARY": {
            "стандардно": "by default", "по дифолт": "by default", "максимална": "max",
            "максимален": "max", "големина": "size", "бесплатно": "free", "пораки": "messages",
            "порака": "message", "задржување": "retention",
            "задржувањето": "retention",
        },
    },
    # Belarusian with Russian and Ukrainian
    "east_slavic": {
        "MEMBERS": ("ru", "uk"),
        "comma_decimals": True, "space_thousands": True,
        "MARKERS": ("і", "ў", "гэта", "толькі", "калі", "або", "таксама", "трэба", "няма",
                    "можна", "пасля", "для", "не"),
        "BEFORE_NUMBER": {"максімум": "max", "максімальна": "max", "не больш за": "at most",
                          "не менш за": "at least", "па змаўчанні": "default"},
        "UNITS": {},
        "GLOSSARY": {
            "па змаўчанні": "by default", "максімальны": "max", "максімальная": "max",
            "максімум": "max", "памер": "size", "бясплатна": "free", "паведамленні":
            "messages", "паведамлення": "message", "чарга": "queue",
        },
    },
}
