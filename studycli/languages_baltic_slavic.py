"""Latvian, Lithuanian, Estonian, Serbian/Croatian/Bosnian/Montenegrin, Slovak, Slovenian and
Bulgarian: the words of notes in them.

The tables of studycli/languages.py and languages_more.py (MARKERS, GLOSSARY, BEFORE_NUMBER,
number formats, and UNITS read only right after a number in a note in the language), for
languages whose notes kept their AWS words in English but said the bound, the default and
the attribute in their own ("visibility timeout noklusējums: 30 sekundes", "vaikimisi
säilitusaeg 30 päeva", "GSI: najviše 5 po tablici", "задржавање поруке подразумевано: 4
дана"). Their units of time, inflected, are read in every note (languages_unit_words.py);
the words here only in a note told to be in the language.

Serbian, Croatian, Bosnian and Montenegrin are one table ("sr_hr"), in the Latin and the
Cyrillic script: their words for a default ("podrazumevano", "podrazumijevano", "zadano"),
a bound and a size are each one meaning in all four. Left out as of several meanings:
Serbo-Croatian "red" and Cyrillic "ред" (a queue, a row or an order; and English "red"),
"račun" (an account or a bill), Estonian "kuus" (per month or six), Latvian and Lithuanian
"no" (from; English "no"), Slovenian "so" and "in" (English words). Rules for adding a word
are languages.py's. Stdlib only, nothing imported.
"""

from __future__ import annotations

_YEAR = "years"

BALTIC_SLAVIC_LANGUAGES: dict[str, dict[str, object]] = {
    "lv": {
        "comma_decimals": True, "space_thousands": True,
        "BEFORE_NUMBER": {"līdz": "up to", "ne vairāk kā": "at most", "vismaz": "at least"},
        # "max 5 vienai funkcijai" is 5 per function (for one function)
        "AFTER_NUMBER": {"vienai": "per", "vienam": "per"},
        "MARKERS": ("un", "vai", "ir", "nav", "arī", "tikai", "kas", "pēc", "līdz", "jo",
                    "tad", "kad", "nevar", "bet", "tiek", "būt", "var", "ar", "uz", "bija"),
        "GLOSSARY": {
            "pēc noklusējuma": "by default", "noklusējumā": "by default",
            "noklusējums": "default", "noklusējuma": "default",
            "maksimālais": "max", "maksimālā": "max", "maksimāli": "max",
            "minimālais": "min", "minimālā": "min", "minimāli": "min",
            "augšējā robeža": "max", "ziņojuma izmērs": "message size", "izmērs": "size",
            "ziņojums": "message", "ziņojumi": "messages", "glabāšanas periods":
            "retention period", "glabāšana": "retention", "gaidīšanas periods":
            "waiting period", "dzēšana": "deletion", "atmiņa": "memory", "cena": "price",
            "bezmaksas": "free", "konts": "account", "tabula": "table", "lietotāji": "users",
            "lietotājs": "user", "grupas": "groups", "reizes": "times",
            "sekundē": "per second", "mēnesī": "per month", "objekts": "object",
            "augšupielāde": "upload", "ienākošie": "inbound", "izejošie": "outbound",
            "rotācija": "rotation", "atslēga": "key", "sesija": "session",
            "ilgums": "duration", "pārtraukums": "interruption", "ieraksti": "records",
            "ierakstu": "records", "pieprasījumi": "requests", "pieprasījumu": "requests",
            "brīdinājums": "notice", "reģions": "region", "prefikss": "prefix",
        },
    },
    "lt": {
        "comma_decimals": True, "space_thousands": True,
        "BEFORE_NUMBER": {"iki": "up to", "ne daugiau kaip": "at most", "bent": "at least",
                          "daugiausia": "at most", "mažiausiai": "at least"},
        # "LSI max 10 vienai lentelei" is 10 per table (for one table)
        "AFTER_NUMBER": {"vienai": "per", "vienam": "per"},
        "MARKERS": ("ir", "arba", "yra", "nėra", "tik", "kad", "kai", "bet", "iki", "jei",
                    "gali", "negali", "kuris", "kaip", "dar", "jau", "nes", "tai", "reikia",
                    "tada", "kartu", "paprastai", "nereikia", "vienam", "vienai"),
        "GLOSSARY": {
            "pagal nutylėjimą": "by default", "didžiausias": "max", "didžiausia": "max",
            "mažiausias": "min", "mažiausia": "min", "numatytasis": "default",
            "numatytoji": "default", "numatytas": "default", "maksimalus": "max",
            "maksimali": "max", "maksimaliai": "max", "minimalus": "min", "minimali": "min",
            "pranešimo dydis": "message size", "dydis": "size", "pranešimas": "message",
            "pranešimai": "messages", "saugojimo laikas": "retention period",
            "saugojimas": "retention", "atmintis": "memory", "kaina": "price",
            "nemokamai": "free", "nemokamas": "free", "paskyra": "account",
            "lentelė": "table", "elementų": "items", "elementai": "items",
            "užklausų": "requests", "užklausos": "requests", "įrašų": "records",
            "kartus": "times", "per sekundę": "per second", "per mėnesį": "per month",
            "objektas": "object", "įeinančios": "inbound", "išeinančios": "outbound",
            "rotacija": "rotation", "raktas": "key", "sesija": "session",
            "trukmė": "duration", "nutraukimas": "interruption", "ištrynimas": "deletion",
            "regionas": "region", "prefiksas": "prefix",
        },
    },
    "et": {
        "comma_decimals": True, "space_thousands": True,
        "BEFORE_NUMBER": {"kuni": "up to", "maksimaalselt": "at most",
                          "vähemalt": "at least", "minimaalselt": "at least"},
        # (not "on", "see": English words)
        # "regiooni kohta default 5" is 5 per region
        "POSTPOSITIONS": {"kohta": "per"},
        "MARKERS": ("ja", "või", "ei", "ole", "kui", "ka", "ainult", "ning", "aga", "mis",
                    "kuni", "pärast", "enne", "kõik", "saab", "peab", "iga", "siis"),
        "GLOSSARY": {
            "vaikimisi": "default", "vaikeväärtus": "default", "maksimum": "max",
            "maksimaalne": "max", "miinimum": "min", "minimaalne": "min",
            "sõnumi suurus": "message size", "suurus": "size", "sõnum": "message",
            "sõnumid": "messages", "säilitusaeg": "retention period",
            "säilitamine": "retention", "mälu": "memory", "hind": "price", "tasuta": "free",
            "konto": "account", "tabel": "table", "päringut": "requests",
            "päringud": "requests", "päring": "request", "reeglit": "rules",
            "reeglid": "rules", "turvagruppi": "security groups", "turvagrupp":
            "security group", "sekundis": "per second", "korda": "times",
            "allahindlus": "discount", "soodustus": "discount",
            "reageerimisaeg": "response time", "vastamisaeg": "response time",
            "objekt": "object", "sissetulev": "inbound", "sissetulevat": "inbound",
            "väljaminev": "outbound", "väljaminevat": "outbound", "rotatsioon": "rotation",
            "võti": "key", "sessioon": "session", "kestus": "duration",
            "katkestus": "interruption", "kustutamine": "deletion", "ooteaeg":
            "waiting period", "kirjet": "records", "kirjed": "records", "hoiatus": "notice",
            "regioon": "region", "prefiks": "prefix",
        },
    },
    "sr_hr": {
        "comma_decimals": True, "space_thousands": True,
        "BEFORE_NUMBER": {"do": "up to", "najviše": "at most", "najmanje": "at least",
                          "до": "up to", "највише": "at most", "најмање": "at least"},
        # "najviše 5 po tablici" is 5 per table ("po" alone is also "after", "by")
        "AFTER_NUMBER": {"po": "per", "по": "per"},
        # "pretplate po topiku: 12.500.000" (a figure on the line, or a label's noun)
        "PER_BEFORE_NOUN": ("po", "по"),
        "MARKERS": ("je", "su", "ili", "nije", "samo", "kao", "ako", "može", "mora", "nema",
                    "treba", "se", "što", "sa", "kod", "kada", "bez", "nakon", "prije",
                    "posle", "је", "су", "или", "није", "само", "као", "ако", "може", "мора",
                    "нема", "треба", "за", "од", "се", "са", "код", "када", "без", "пре",
                    "после", "да", "у"),
        # (the abbreviations "30 сек", "15 мин", the spellings Russian and Ukrainian write
        # too, and Latin "sati", "sata", "dana", an English note's SATA and Dana: read in
        # these notes only, not in every note as languages_unit_words.py's)
        "UNITS": {
            "s": ("сек", "секунди", "секунда", "секунде"), "min": ("мин", "минута", "минути",
                                                                   "минуте"),
            "hours": ("сати", "сата", "сат", "часа", "sati", "sata"),
            "days": ("дана", "дан", "dana"),
            "months": ("месеци", "месец", "месеца"), _YEAR: ("година", "године", "годину")},
        "GLOSSARY": {
            "maksimalna": "max", "maksimalni": "max", "maksimalno": "max",
            "minimalna": "min", "minimalni": "min", "minimalno": "min",
            "podrazumevano": "default", "podrazumijevano": "default", "zadano": "default",
            "zadana": "default", "zadani": "default", "veličina poruke": "message size",
            "veličina": "size", "poruka": "message", "poruke": "messages",
            "razdoblje čuvanja": "retention period", "period čuvanja": "retention period",
            "period zadržavanja": "retention period", "zadržavanje": "retention",
            "čuvanje": "retention", "memorija": "memory", "cena": "price", "cijena": "price",
            "besplatno": "free", "besplatan": "free", "nalog": "account",
            "tablica": "table", "tabela": "table", "stavki": "items", "stavke": "items",
            "stavka": "item", "zahteva": "requests", "zahtjeva": "requests",
            "pravila": "rules", "korisnika": "users", "korisnik": "user",
            "po sekundi": "per second", "u sekundi": "per second", "mesečno": "per month",
            "mjesečno": "per month", "puta": "times", "popust": "discount",
            "vreme odziva": "response time", "vrijeme odziva": "response time",
            "brisanje": "deletion", "pretplata": "subscription", "topik": "topic",
            "objekt": "object", "objekat": "object", "ulazna": "inbound", "ulaznih":
            "inbound", "izlazna": "outbound", "izlaznih": "outbound", "rotacija": "rotation",
            "ključ": "key", "sesija": "session", "trajanje": "duration", "prekid":
            "interruption", "period čekanja": "waiting period", "zapisa": "records",
            "upozorenje": "notice", "regija": "region", "prefiks": "prefix",
            "максимална": "max", "максимални": "max", "максимално": "max",
            "максимум": "max", "макс": "max", "минимална": "min", "минимално": "min",
            "минимум": "min", "подразумевано": "default", "величина поруке":
            "message size", "величина": "size", "порука": "message", "поруке": "messages",
            "задржавање": "retention", "чување": "retention", "меморија": "memory",
            "цена": "price", "бесплатно": "free", "налог": "account", "табела": "table",
            "ставки": "items", "захтева": "requests", "захтев": "request",
            "правила": "rules", "корисника": "users", "по секунди": "per second",
            "месечно": "per month", "пута": "times", "попуст": "discount",
            "брисање": "deletion", "претплата": "subscription", "топик": "topic",
            "објекат": "object", "објекта": "object", "улазна": "inbound", "излазна":
            "outbound", "ротација": "rotation", "кључ": "key", "сесија": "session",
            "трајање": "duration", "прекид": "interruption", "записа": "records",
            "упозорење": "notice", "регион": "region", "префикс": "prefix",
        },
    },
    "sk": {
        "comma_decimals": True, "space_thousands": True,
        "BEFORE_NUMBER": {"až": "up to", "najviac": "at most", "najmenej": "at least"},
        "RANGE_WORDS": ("až",),
        # (its own spellings of the units Czech writes too: read in its notes, not in every one)
        "UNITS": {"s": ("sekúnd", "sekundy", "sekunda", "sekundu"),
                  "min": ("minút", "minúty", "minúta", "minútu"),
                  "hours": ("hodín", "hodina", "hodiny", "hodinu"),
                  "days": ("dní", "dni", "deň", "dňa"), "weeks": ("týždne", "týždňov", "týždeň"),
                  "months": ("mesiacov", "mesiace", "mesiac", "mesiaca"),
                  _YEAR: ("rokov", "roky", "rok")},
        "MARKERS": ("je", "sú", "alebo", "nie", "len", "iba", "ako", "pri", "tiež", "môže",
                    "musí", "ktorý", "ktoré", "keď", "pre", "aj", "už", "bez", "cez",
                    "podľa", "nemá"),
        "GLOSSARY": {
            "maximálna": "max", "maximálne": "max", "maximálny": "max",
            "minimálna": "min", "minimálne": "min", "minimálny": "min",
            "predvolene": "by default", "predvolená": "default", "predvolený": "default",
            "predvolené": "default", "veľkosť správy": "message size", "veľkosť": "size",
            "správa": "message", "správy": "messages", "doba uchovávania":
            "retention period", "uchovávanie": "retention", "pamäť": "memory",
            "cena": "price", "zadarmo": "free", "bezplatne": "free", "účet": "account",
            "tabuľka": "table", "položiek": "items", "požiadaviek": "requests",
            "pravidiel": "rules", "používateľov": "users", "za sekundu": "per second",
            "mesačne": "per month", "zľava": "discount", "čas odozvy": "response time",
            "čakacia doba": "waiting period", "vymazanie": "deletion", "objekt": "object",
            "prichádzajúce": "inbound", "odchádzajúce": "outbound", "rotácia": "rotation",
            "kľúč": "key", "relácia": "session", "trvanie": "duration",
            "prerušenie": "interruption", "záznamov": "records", "upozornenie": "notice",
            "región": "region", "prefix": "prefix",
        },
    },
    "sl": {
        "comma_decimals": True, "space_thousands": True,
        "BEFORE_NUMBER": {"do": "up to", "največ": "at most", "najmanj": "at least"},
        # (not "so", "in": English words)
        "MARKERS": ("je", "ali", "ni", "samo", "kot", "če", "lahko", "mora", "tudi", "ki",
                    "še", "že", "brez", "oziroma", "niso", "sta", "pri", "vedno"),
        "GLOSSARY": {
            "privzeto": "default", "privzeta": "default", "privzeti": "default",
            "maksimalno": "max", "maksimalna": "max", "minimalno": "min",
            "velikost sporočila": "message size", "velikost": "size",
            "sporočilo": "message", "sporočila": "messages", "sporočil": "messages",
            "čas hrambe": "retention period", "hramba": "retention", "pomnilnik": "memory",
            "cena": "price", "brezplačno": "free", "tabela": "table", "zahtev": "requests",
            "pravil": "rules", "uporabnikov": "users", "na sekundo": "per second",
            "mesečno": "per month", "krat": "times", "popust": "discount",
            "čas odziva": "response time", "brisanje": "deletion", "objekt": "object",
            "vhodna": "inbound", "izhodna": "outbound", "rotacija": "rotation",
            "ključ": "key", "seja": "session", "trajanje": "duration", "regija": "region",
        },
    },
    "bg": {
        "comma_decimals": True, "space_thousands": True,
        "BEFORE_NUMBER": {"до": "up to", "най-много": "at most", "най-малко": "at least"},
        "MARKERS": ("и", "в", "на", "за", "от", "до", "се", "е", "са", "не", "или", "само",
                    "като", "ако", "може", "трябва", "няма", "при", "след", "преди", "със",
                    "това", "който", "които"),
        "UNITS": {
            "s": ("сек", "секунди", "секунда"), "min": ("мин", "минути", "минута"),
            "hours": ("часа", "час", "часове"), "days": ("дни", "ден", "дена"),
            "weeks": ("седмица", "седмици"), "months": ("месеца", "месец", "месеци"),
            _YEAR: ("години", "година")},
        "GLOSSARY": {
            "по подразбиране": "by default", "максимален": "max", "максимална": "max",
            "максимално": "max", "максимум": "max", "минимален": "min",
            "минимално": "min", "размер на съобщението": "message size", "размер": "size",
            "съобщение": "message", "съобщения": "messages", "съхранение": "retention",
            "памет": "memory", "цена": "price", "безплатно": "free", "акаунт": "account",
            "опашка": "queue", "таблица": "table", "заявки": "requests",
            "правила": "rules", "потребители": "users", "в секунда": "per second",
            "на секунда": "per second", "месечно": "per month", "пъти": "times",
            "отстъпка": "discount", "време за отговор": "response time",
            "изтриване": "deletion", "обект": "object", "входящи": "inbound",
            "изходящи": "outbound", "ротация": "rotation", "ключ": "key", "сесия": "session",
            "продължителност": "duration", "регион": "region",
        },
    },
}
