"""Finnish, Tagalog and Swahili: the words of notes in them, in the parser's English.

The tables of studycli/languages.py and languages_more.py (MARKERS, GLOSSARY, BEFORE_NUMBER,
AFTER_NUMBER, RANGE_WORDS, number formats, and UNITS read only right after a number in a note
in the language), for three languages students wrote notes in whose bounds and units were
not read ("enimmäiskoko 5 TB", "14 na araw", "timeout kiwango cha juu: dakika 15": no fact
was made of them), and what they need besides:

- unit_before_number: Swahili writes the unit before its number ("dakika 15", "sekunde 900",
  "mwaka 1"), read as the number then the unit ("15 min"); count_after_noun: and a count
  after its noun, an English plural among its words, which end in a vowel ("records 8",
  "events 25,000"), read as the count then the noun;
- colon_suffixes: Finnish puts a case ending after a colon on an abbreviation or a number
  ("SQS:n", "AZ:ssa", "45 Gbps:iin", "IP:tä"), left out so the name reads bare (and glues
  one to an English noun, "subnetissä": LOANWORD_ENDINGS, as Polish does);
- Tagalog joins a number to its unit with the linker "na" ("14 na araw", "4 na araw"): a
  unit spelling of its own, as Romanian's "72 de ore" is.

Markers are function words no English note writes, and none of one of these languages is
another's here ("na" is Swahili's "and" and Tagalog's linker: neither's marker), since two
languages sharing a marker are never both read in one note (notes/gloss.py languages_of),
and notes mixing Tagalog, Malay and Swahili are written. Rules for adding a word are
languages.py's. Stdlib only, nothing imported.
"""

from __future__ import annotations

_S, _MIN, _H, _DAY, _WEEK, _MONTH, _YEAR = (
    "s", "min", "hours", "days", "weeks", "months", "years")

BEYOND_LANGUAGES: dict[str, dict[str, object]] = {
    "fi": {
        "comma_decimals": True, "space_thousands": True, "colon_suffixes": True,
        "BEFORE_NUMBER": {"enintään": "at most", "vähintään": "at least", "jopa": "up to",
                          "oletus": "default", "oletusarvo": "default", "oletuksena":
                          "by default", "maksimi": "max", "minimi": "min"},
        # (not "on", "vain", "voi": English words)
        # case endings put on an English noun ("subnetissä", "placement groupit")
        # (the ending's own words where it says some: "subnetissä" is in a subnet)
        "LOANWORD_ENDINGS": {
            "singular": ("iin", "ille", "illa", "illä", "in", "ia", "iä", "lla", "llä", "lle"),
            "in a": ("issa", "issä", "ssa", "ssä"), "from a": ("ista", "istä", "sta", "stä"),
            "plural": ("it", "eja", "ejä", "ien", "eissa", "eissä", "eihin", "t")},
        # "45 Gbps:iin asti" is up to 45 Gbps, "24 tunnin sisällä" within 24 hours
        "BOUND_AFTER": {"asti": "up to", "saakka": "up to", "sisällä": "within",
                        "kuluessa": "within"},
        "MARKERS": ("ja", "tai", "ei", "myös", "kun", "jos", "että", "kuin", "mutta", "joka",
                    "jossa", "sekä", "eli", "ole", "kaikki", "ennen", "jälkeen", "pitää",
                    "vaan", "asti", "ilman", "jokainen", "yksi", "olla", "eikä"),
        "UNITS": {
            _S: ("sekunti", "sekuntia", "sekunnin", "sekuntiin", "sek"),
            _MIN: ("minuutti", "minuuttia", "minuutin", "minuuttiin"),
            _H: ("tunti", "tuntia", "tunnin", "tuntiin"),
            _DAY: ("päivä", "päivää", "päivän", "päivään", "vrk"),
            _WEEK: ("viikko", "viikkoa", "viikon"),
            _MONTH: ("kuukausi", "kuukautta", "kuukauden", "kk"),
            _YEAR: ("vuosi", "vuotta", "vuoden"),
        },
        "GLOSSARY": {
            "enintään": "at most", "vähintään": "at least", "jopa": "up to",
            "enimmäiskoko": "max size", "enimmäisaika": "max duration", "enimmäismäärä":
            "max number", "enimmäis": "max", "maksimi": "max", "minimi": "min",
            "oletusarvoisesti": "by default", "oletuksena": "by default", "oletusarvo":
            "default", "oletus": "default", "koko": "size", "säilytysaika":
            "retention period", "säilytys": "retention", "aikakatkaisu": "timeout",
            "kesto": "duration", "ilmainen": "free", "hinta": "price", "alennus": "discount",
            "alennusta": "discount", "muisti": "memory", "salaus": "encryption",
            "varoitus": "notice", "keskeytys": "interruption", "keskeytystä": "interruption",
            "instanssi": "instance", "instanssia": "instances", "instanssit": "instances",
            "instansseja": "instances", "instanssien": "instances", "tiedosto": "file",
            "tiedoston": "file", "tiedostot": "files", "viesti": "message", "viestin":
            "message", "viestit": "messages", "viestiä": "messages", "jono": "queue",
            "jonon": "queue", "taulu": "table", "taulua": "tables", "tili": "account",
            "tiliä": "accounts", "tilillä": "per account", "tilille": "per account",
            "osoitetta": "addresses", "yksittäisen": "single", "kirjoitus": "write",
            "luku": "read", "ei koskaan": "never", "ilmaisia": "free", "maksullinen": "paid",
            "säännöt": "rules", "sääntöä": "rules", "rekordia": "records", "rekordi": "record",
            "varaa": "reserves", "varattu": "reserved", "väli": "interval",
            "välillä": "between",
            "aikaväli": "interval", "polkua": "paths",
        },
    },
    "tl": {  # Tagalog, and the Taglish students write (English terms in Tagalog sentences)
        "comma_decimals": False,
        # "60 segundo hanggang 14 na araw" is 60 s to 14 days, "hanggang 12 oras" up to 12 h
        "RANGE_WORDS": ("hanggang",),
        "BEFORE_NUMBER": {"hanggang": "up to", "hanggang sa": "up to"},
        # (not "sa", "may", "para", "din": other languages' or English words)
        "MARKERS": ("ang", "ng", "mga", "kung", "lang", "pag", "kapag", "yung", "hindi",
                    "pwede", "puwede", "dapat", "kasi", "naka", "lahat", "walang", "ito",
                    "yan", "ko", "siya", "kailangan", "isang", "ay"),
        "UNITS": {
            _S: ("segundo", "na segundo"), _MIN: ("minuto", "na minuto"),
            _H: ("oras", "na oras"), _DAY: ("araw", "na araw"),
            _WEEK: ("linggo", "na linggo"), _MONTH: ("buwan", "na buwan"),
            _YEAR: ("taon", "na taon"),
        },
        "GLOSSARY": {
            "hanggang": "up to", "pinakamataas": "max", "pinakamababa": "min",
            "hindi hihigit sa": "at most", "hindi bababa sa": "at least", "default na":
            "default", "bawat": "each", "laki": "size", "libre": "free", "presyo": "price",
            "kapag walang": "when no", "walang": "no",
        },
    },
    "sw": {
        "comma_decimals": False, "unit_before_number": True, "count_after_noun": True,
        # "saa 2 usiku" is 8 pm, "saa 3 asubuhi" 9 am: a time of day, no "2 hours"
        "CLOCK_AFTER": ("asubuhi", "mchana", "jioni", "usiku", "alfajiri", "kamili",
                        "na nusu", "na robo", "kasoro"),
        "BEFORE_NUMBER": {"hadi": "up to", "angalau": "at least", "zaidi ya": "more than"},
        "RANGE_WORDS": ("hadi",),  # "128 MB hadi 3,008 MB" is 128 to 3,008 MB
        # "layers: hadi 5 kwa function" is up to 5 per function
        "AFTER_NUMBER": {"kwa": "per"},
        # (not "na": Tagalog's linker; not "la", "ya": other languages' or English words)
        "MARKERS": ("ni", "kwa", "wa", "za", "cha", "katika", "au", "lakini", "kama", "pia",
                    "sana", "kila", "zaidi", "kuna", "hii", "hiyo", "yake", "wakati", "baada",
                    "kabla", "hadi", "tu", "mara", "kwenye", "ndani"),
        "UNITS": {
            _S: ("sekunde",), _MIN: ("dakika",), _H: ("saa",), _DAY: ("siku",),
            _WEEK: ("wiki",), _MONTH: ("mwezi", "miezi"), _YEAR: ("mwaka", "miaka"),
        },
        "GLOSSARY": {
            "hadi": "up to", "chaguo-msingi": "default", "chaguo msingi": "default",
            "kwa chaguo-msingi": "by default", "kwa chaguo msingi": "by default",
            "kiwango cha juu": "max",
            "kiwango cha chini": "min", "angalau": "at least", "ukubwa": "size",
            "kubwa zaidi": "max", "ndogo zaidi": "min", "bure": "free",
            "kwa mwezi": "per month", "kila mwezi": "every month", "kwa saa": "per hour",
            "kwa sekunde": "per second", "kwa siku": "per day", "bei": "price",
            "akaunti": "account",
            "kwa akaunti": "per account", "katika": "in", "kila": "each", "jumla": "total",
            "faili": "file",
            "ujumbe": "message", "foleni": "queue",
        },
    },
}
