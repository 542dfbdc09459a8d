"""Swedish, Czech, Romanian, Hungarian, Indonesian and Greek: the words of notes in them.

The tables of studycli/languages.py and languages_more.py (MARKERS, GLOSSARY, BEFORE_NUMBER,
AFTER_NUMBER, RANGE_WORDS, number formats, and UNITS read only right after a number in a note
in the language: see languages_more.py), for six languages students wrote notes in whose
units and counted nouns were not read ("väntetid 7-30 dagar", "365 dní", "72 de ore",
"2 perces figyelmeztetés", "30 detik", "300 δευτερόλεπτα": no fact was made of them).

Many of these unit words are English words or AWS shorthand elsewhere (Hungarian "nap" and
"perc", Indonesian "jam", Czech "let", Romanian "ani", "luni", "minute"): they are units only
right after a number and only in a note in the language. Markers are function words no
English note writes ("och", "nebo", "pentru", "csak", "yang", "και").
Rules for adding a word are languages.py's. Stdlib only, nothing imported.
"""

from __future__ import annotations

_MS, _S, _MIN, _H, _DAY, _WEEK, _MONTH, _YEAR = (
    "ms", "s", "min", "hours", "days", "weeks", "months", "years")

FURTHER_LANGUAGES: dict[str, dict[str, object]] = {
    "sv": {
        "comma_decimals": True, "space_thousands": True,
        # "standard 7 dagar" is a default (as Dutch "standaard"); "S3 Standard", "standard
        # kö", "standard 1 år, express 5 minuter" (Step Functions' workflow types), "standard
        # 2 MB/s, enhanced fan-out" (Kinesis' consumers) a class, a queue or a type:
        # capitalised or on a line (or a table) naming one, it stays
        "BEFORE_NUMBER": {"upp till": "up to", "högst": "at most", "minst": "at least",
                          "standard": "default", "standard:": "default:"},
        "CLASS_NAMES": ("standard",),
        # (with the English class words every language shares, notes/gloss.py)
        "CLASS_CONTEXT": ("lagringsklass", "klass", "kö"),
        "MARKERS": ("och", "är", "inte", "för", "med", "på", "av", "som", "till", "kan",
                    "att", "det", "ett", "från", "bara", "eller", "när", "också", "efter",
                    "innan", "sedan", "mina", "går", "får"),
        "UNITS": {
            _S: ("sekund", "sekunder", "sek"), _MIN: ("minut", "minuter"),
            _H: ("timme", "timmar", "tim"), _DAY: ("dag", "dagar", "dygn"),
            _WEEK: ("vecka", "veckor"), _MONTH: ("månad", "månader", "mån"), _YEAR: ("år",),
        },
        "GLOSSARY": {
            "upp till": "up to", "på": "on",
            # after a figure or a mode: "max 20 per tabell (standard)", "eventually
            # consistent är standard" are defaults
            "(standard)": "(default)", "är standard": "is the default",
            "alltid gratis": "always free",
            "gb-sekunder": "GB-seconds", "exempel": "example", "som standard": "by default",
            "som default": "by default",
            "storlek": "size", "tecken": "characters", "väntetid": "waiting period",
            "svarstid": "response time", "rabatt": "discount", "gratis": "free",
            "pris": "price", "kostar": "costs", "konto": "account", "konton": "accounts",
            "roller": "roles", "grupper": "groups", "miljon": "million",
            "miljoner": "million", "giltiga": "valid", "giltig": "valid", "nyckel": "key",
            "nycklar": "keys", "radering": "deletion", "kryptering": "encryption",
            "meddelande": "message", "meddelanden": "messages", "tabell": "table",
            "minne": "memory", "fördröjning": "delay", "synlighet": "visibility",
            "per sekund": "per second", "per månad": "per month",
            "stöds inte": "is not supported", "stöds": "is supported", "aldrig": "never",
            "lagringstid": "retention period", "kvarhållningstid": "retention period",
            "kvarhållning": "retention", "för alltid": "forever",
        },
    },
    "cs": {
        "comma_decimals": True, "space_thousands": True,
        "BEFORE_NUMBER": {"až": "up to", "nejvýše": "at most", "nejméně": "at least"},
        "RANGE_WORDS": ("až",),  # "7 až 30 dní" is 7 to 30 days, "až 35 dní" up to 35
        # case endings put on an English noun of LOANWORDS ("bucketu", "requestů", "max 16
        # instancí": in place of a noun's last "e", notes/gloss.py's _declined)
        "LOANWORD_ENDINGS": {"singular": ("u", "em", "i"),
                             "plural": ("y", "ů", "ech", "ům", "ami", "í", "ích", "ím", "emi")},
        # (not "pro", "do", "po", "na": English notes write them)
        "MARKERS": ("je", "jsou", "nebo", "jen", "jako", "při", "také", "nelze", "lze",
                    "může", "být", "není", "až", "ale", "před", "jedno", "které", "který",
                    "když", "přes", "pouze", "jsem", "ve"),
        "UNITS": {
            _S: ("sekunda", "sekundy", "sekund"), _MIN: ("minuta", "minuty", "minut"),
            _H: ("hodina", "hodiny", "hodin", "hod"),
            _DAY: ("den", "dny", "dní", "dnů", "dni"), _WEEK: ("týden", "týdny", "týdnů"),
            _MONTH: ("měsíc", "měsíce", "měsíců", "měs"),
            _YEAR: ("rok", "roky", "roků", "let"),
        },
        "GLOSSARY": {
            "uživatelů": "users", "uživatelé": "users", "uživatel": "user",
            "uživateli": "user", "skupinách": "groups", "skupin": "groups",
            "skupiny": "groups", "připojených k": "attached to", "připojené k": "attached to",
            "lze zvýšit na": "can be raised to", "nebo": "or", "předpověď": "forecast",
            "dopředu": "ahead", "roli": "role", "na účet": "per account", "účet": "account",
            "účtů": "accounts", "účty": "accounts", "účtu": "account", "velikost": "size",
            "znaků": "characters", "zdarma": "free", "cena": "price", "sleva": "discount",
            "ve výchozím nastavení": "by default", "výchozí": "default",
            "milion": "million", "miliony": "million", "požadavků": "requests",
            "měsíčně": "per month", "každý rok": "every year", "rotace": "rotation",
            "klíče": "key", "klíč": "key", "šifrování": "encryption", "paměť": "memory",
            "fronta": "queue", "zpráva": "message", "zprávy": "messages",
            "soubor": "file", "objekt": "object",
            "není podporováno": "is not supported", "nelze": "cannot",
            # how long a thing is kept, and a keeping without end ("retence logů výchozí:
            # navždy", "nikdy neexpiruje")
            "doba uchování": "retention period", "retence": "retention", "retenci":
            "retention", "retencí": "retention", "navždy": "forever",
            "nikdy neexpiruje": "never expire", "nikdy": "never",
            "logů": "logs", "logy": "logs",
        },
    },
    "ro": {
        "comma_decimals": True,
        # ("implicit" before a number only: "batch size implicit 10" is a default, IAM's
        # "implicit deny" no default)
        "BEFORE_NUMBER": {"până la": "up to", "maxim": "max", "minim": "min",
                          "implicit": "default", "implicit:": "default:",
                          "în mod implicit": "by default"},
        # "7 instanțe pe AZ" is 7 instances per AZ
        "AFTER_NUMBER": {"pe": "per"},
        # endings put on an English noun of LOANWORDS ("bucketul", "requesturi")
        "LOANWORD_ENDINGS": {"singular": ("ul", "ului"),
                             "plural": ("uri", "urile", "urilor")},
        "MARKERS": ("și", "în", "pentru", "sau", "este", "sunt", "care", "doar", "dar",
                    "după", "când", "poate", "fără", "către", "acest", "într", "îți", "față"),
        # ("72 de ore": Romanian writes "de" between a number from 20 and its unit)
        "UNITS": {
            _S: ("secunde", "de secunde", "secundă"), _MIN: ("minute", "de minute", "minut"),
            _H: ("ore", "de ore", "oră"), _DAY: ("zile", "de zile", "zi"),
            _WEEK: ("săptămâni", "de săptămâni"), _MONTH: ("luni", "de luni", "lună"),
            _YEAR: ("ani", "de ani", "an"),
        },
        "GLOSSARY": {
            # "între 7 și 30 de zile" is between 7 and 30 days
            "între": "between", "și": "and",
            "până la": "up to", "cel mult": "at most", "cel puțin": "at least",
            # (not a bare "implicit": English notes write IAM's "implicit deny")
            "implicită": "default", "în mod implicit": "by default", "retenție": "retention",
            "reducere": "discount", "mărimea": "size", "mărime": "size",
            "dimensiunea": "size", "dimensiune": "size", "gratuit": "free",
            "prețul": "price", "preț": "price", "conturi": "accounts", "cont": "account",
            "regiune": "region", "instanțe": "instances", "instanță": "instance",
            "instanța": "instance", "mesaje": "messages", "mesaj": "message",
            "coadă": "queue", "tabel": "table", "memorie": "memory", "criptare": "encryption",
            "mai mult de": "more than", "mai puțin de": "less than", "nu poate": "cannot",
            "hiberna": "hibernate", "nu este suportat": "is not supported",
            "sincron": "synchronous", "sincronă": "synchronous", "asincron": "asynchronous",
            "asincronă": "asynchronous", "durată": "duration", "durata": "duration",
        },
    },
    "hu": {
        "comma_decimals": True, "space_thousands": True,
        "BEFORE_NUMBER": {"legfeljebb": "at most", "legalább": "at least", "akár": "up to"},
        # "48 órán belül" is within 48 hours, "128 KB alatti" under 128 KB
        "BOUND_AFTER": {"belül": "within", "alatt": "within", "alatti": "under"},
        # a case ending after a hyphen on a figure ("1 000-ig" is up to 1,000, "4 KB-ig" up
        # to 4 KB; "5 GB-os" is 5 GB): the bound it says, or nothing
        "HYPHEN_SUFFIXES": {"ig": "up to", **dict.fromkeys((
            "ra", "re", "ba", "be", "ban", "ben", "ból", "ből", "ról", "ről", "tól", "től",
            "hoz", "hez", "höz", "nak", "nek", "val", "vel", "nál", "nél", "on", "en", "ön",
            "os", "es", "as", "ös", "t", "ot", "et", "at", "öt"), "")},
        # case endings put on an English noun ("userek", "topicok": plural; "queue-ba" is
        # read bare already), and "-(o)nként", per it ("accountonként" is per account)
        "LOANWORD_ENDINGS": {
            "singular": ("ba", "be", "ra", "re", "nak", "nek", "hoz", "hez", "val", "vel",
                         "ról", "ről", "tól", "től", "nál", "nél", "ig", "ot", "et", "on",
                         "en", "ön"),
            "in a": ("ban", "ben"), "from a": ("ból", "ből"),
            "plural": ("ek", "ok", "ök", "eket", "okat", "öket", "ekben", "okban", "eknek",
                       "oknak", "ekkel", "okkal", "eken", "okon"),
            "per": ("onként", "enként", "önként", "ként", "nként")},
        # (not "a", "az", "is": English words)
        "MARKERS": ("és", "nem", "egy", "csak", "vagy", "hogy", "már", "után", "előtt",
                    "nincs", "kell", "lehet", "nagyon", "mint", "egész", "alapból", "abban"),
        "UNITS": {
            _MS: ("ezredmásodperc",), _S: ("másodperc", "másodpercig", "mp"),
            _MIN: ("perc", "perces", "percig", "percre", "percen"),
            _H: ("óra", "órás", "óráig", "órát", "órán"),
            _DAY: ("nap", "napig", "napos", "napot", "napon"),
            _WEEK: ("hét", "hetes"), _MONTH: ("hónap", "hónapig", "hónapos"),
            _YEAR: ("év", "éves", "évig"),
        },
        "GLOSSARY": {
            "megszakítás": "interruption", "partíció": "partition", "kedvezmény": "discount",
            "figyelmeztetés": "notice", "alapból": "by default",
            "alapértelmezett": "default", "méret": "size", "mérete": "size",
            "megtartás": "retention", "ingyenes": "free", "fiók": "account",
            "fióknál": "account", "vagy": "or", "titkosítás": "encryption",
            "memória": "memory", "üzenet": "message", "üzenetek": "messages",
            "tárolási idő": "storage duration", "tárolási": "storage", "tárolás": "storage",
            "elérési idő": "access time", "elérés": "access", "számlázott": "billed",
            "díj": "fee", "emelhető": "can be raised", "objektumok": "objects",
            "objektumokat": "objects",
            "tábla": "table", "táblánként": "per table", "régiónként": "per region",
            "fiókonként": "per account", "objektumonként": "per object", "objektum":
            "object", "írás": "write", "olvasás": "read", "rekord": "records",
            "lejárat": "expiry", "kulcs": "key", "méretű": "size",
            "nem támogatott": "is not supported",
        },
    },
    # Indonesian and Malay, one language in two standards: their function words are shared,
    # and Malay's own words ("minit", "saat" seconds, "lalai" a default, "sehingga") are in
    # the tables beside Indonesian's ("menit", "detik", "bawaan", "hingga")
    "id": {
        "comma_decimals": True,
        "BEFORE_NUMBER": {"sampai": "up to", "hingga": "up to", "sehingga": "up to",
                          "maks": "max", "maksimal": "max", "maksimum": "max",
                          "minimal": "min", "lalai": "default", "setiap": "every"},
        "RANGE_WORDS": ("sampai", "hingga"),  # "7 sampai 30 hari" is 7 to 30 days
        "MARKERS": ("yang", "untuk", "bisa", "tidak", "dengan", "saja", "juga", "kalau",
                    "harus", "atau", "sampai", "dari", "dan", "ini", "itu", "ada", "cuma",
                    "boleh", "tak", "bukan", "sahaja", "kepada", "ialah", "iaitu", "selepas",
                    "sebelum", "dalam", "oleh", "pada", "akan", "jika"),
        "UNITS": {
            _MS: ("milidetik", "milisaat"), _S: ("detik", "saat"), _MIN: ("menit", "minit"),
            _H: ("jam",), _DAY: ("hari",), _WEEK: ("minggu",), _MONTH: ("bulan",),
            _YEAR: ("tahun",),
        },
        "GLOSSARY": {
            "lalai": "default", "secara lalai": "by default", "saiz": "size", "percuma":
            "free", "akaun": "account", "tempoh": "period", "amaran": "notice", "diskaun":
            "discount", "purata": "average", "mesej": "message", "setiap": "every",
            "alamat IP": "IP addresses", "masing-masing": "each", "koneksi": "connection",
            "sehat": "healthy", "aktif": "active", "objek": "object",
            "ukuran": "size", "gratis": "free", "biaya": "cost", "harga": "price",
            "akun": "account", "antrean": "queue", "pesan": "message", "memori": "memory",
            # ("batas" is a limit, "bawaan" a default: "retensi bawaan 24 jam")
            "bawaan": "default", "batas waktu": "timeout", "batas": "limit", "retensi":
            "retention", "durasi": "duration", "penundaan": "delay", "visibilitas":
            "visibility", "penyimpanan": "storage", "percobaan": "attempts", "kali": "times",
            "permintaan": "requests", "berlaku": "valid", "kunci": "key", "penghapusan":
            "deletion", "tidak pernah kedaluwarsa": "never expire", "kedaluwarsa": "expiry",
            "tulis": "write", "menulis": "write", "baca": "read", "membaca": "read",
            "enkripsi": "encryption", "tidak didukung": "is not supported",
        },
    },
    "el": {
        "comma_decimals": True,
        "BEFORE_NUMBER": {"έως": "up to", "μέχρι": "up to"},
        "RANGE_WORDS": ("έως",),
        "MARKERS": ("και", "το", "η", "ο", "σε", "με", "για", "από", "δεν", "να", "τα",
                    "της", "του", "των", "μόνο", "ή", "είναι", "μετά"),
        "UNITS": {
            _S: ("δευτερόλεπτα", "δευτερόλεπτο", "δευτ"), _MIN: ("λεπτά", "λεπτό"),
            _H: ("ώρες", "ώρα"), _DAY: ("ημέρες", "ημέρα", "μέρες", "μέρα"),
            _WEEK: ("εβδομάδες", "εβδομάδα"), _MONTH: ("μήνες", "μήνα", "μήνας"),
            _YEAR: ("χρόνια", "χρόνο", "έτη", "έτος"),
        },
        "GLOSSARY": {
            "μέγιστο μέγεθος": "max size", "μέγιστο": "max", "ελάχιστο": "min",
            "μέγεθος": "size", "μηνύματος": "message", "μηνύματα": "messages",
            "μήνυμα": "message", "ανά": "per", "λογαριασμό": "account",
            "αρχείο": "file", "αντικείμενο": "object", "προεπιλογή": "default",
            "προσπάθειες": "attempts", "επαναλήψεις": "retries", "δωρεάν": "free",
            "τιμή": "price", "μνήμη": "memory", "ουρά": "queue", "ουρές": "queues",
            "συνολικά": "total", "φθηνότερο": "cheaper", "λιγότερο": "less",
            "μαζί με": "with", "με": "with",
            "για": "for", "ή": "or", "μόνο": "only", "δεν υποστηρίζεται": "is not supported",
            "περίοδος διατήρησης": "retention period", "διατήρησης": "retention",
            "διατήρηση": "retention", "για πάντα": "forever", "ποτέ": "never",
        },
    },
}
