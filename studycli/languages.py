"""The words of other languages a student's notes use, with the English the parser reads.

Students write notes in their own language with English service names ("SQS Aufbewahrung
maximal 14 Tage", "key 删除等待期 7 ~ 30 天") and ask lookup in English ("sqs max
retention"). The parser reads English: its bound words ("max", "up to", "default"), its
units and its attribute names. This module is the one vocabulary it reads other languages
with, in three parts:

- UNITS: spellings of units of time after a number that are safe in every note (no English
  word or AWS shorthand is spelled so); studycli/unit_spellings.py adds them to the spellings
  both number readers share, so the parser, lookup and the evaluation's scorer read "72
  Stunden", "30 天" and "3시간" alike.
- LANGUAGES: per language, the words that tell a note is written in it (MARKERS: function
  words, never a word English notes write), its glossary (GLOSSARY: phrase -> English), the
  words that mean something only before a number (BEFORE_NUMBER: German "bis 66 %" is up to
  66 %, "bis sichtbar" until it shows) or after one (AFTER_NUMBER: "5 por tabela" is 5 per
  table, "criado por" created by), and how it writes numbers (comma_decimals: "0,5" and
  "15.000"; space_thousands: "15 000").
  A note's glossary is applied only when the note is in that language (notes/gloss.py), so a
  word that means something else in English ("Standard", "par", "to") is never translated in
  an English note.
- CJK: Chinese, Japanese and Korean terms, read wherever a note writes that script.

Rules for adding a word: only a word whose meaning in notes about AWS is certain (a word of
several meanings stays out: German "Speicher" is storage or memory, "Laufzeit" a term or a
runtime, "Standard" a default or a storage class, as Portuguese "padrão" is ("fila padrão" is
a Standard queue); French "défaut" alone a default or a fault, Chinese "延迟" a delay or a
latency, Japanese "最高" a maximum or the best, Korean "기본" a default or basic); the
English is the word the parser and lookup already use for the attribute ("retention period",
"timeout", "size", "price", "free").
Arabic (with Persian and Urdu), Hebrew and Thai are in studycli/languages_scripts.py (read
wherever their script is written, as CJK is). Every word is read also as typed without its
accents ("domyslnie" for "domyślnie": notes/unaccented.py). Russian, Ukrainian, Vietnamese
and Turkish are in studycli/languages_more.py (Swedish, Czech, Romanian, Hungarian,
Indonesian with Malay and Greek in languages_further.py, Finnish, Tagalog and Swahili in
languages_beyond.py, Norwegian and Danish in languages_nordic.py, Latvian, Lithuanian,
Estonian, Serbian/Croatian/Bosnian, Slovak, Slovenian and Bulgarian in
languages_baltic_slavic.py), with the tables they need besides these (units
read only in a note in the language, bounds and postpositions after a number or noun):
LANGUAGES holds them too. A word of BEFORE_NUMBER that also names a storage class or tier
(CLASS_NAMES: Dutch "standaard") is not read capitalised or on a line with a word of
CLASS_CONTEXT ("S3 Standaard 3 AZ's", "ophalen standaard 12 uur, bulk 48 uur").
Stdlib only: the quantity readers load it on lookup's fast path.
"""

from __future__ import annotations

from studycli.languages_baltic_slavic import BALTIC_SLAVIC_LANGUAGES
from studycli.languages_beyond import BEYOND_LANGUAGES
from studycli.languages_further import FURTHER_LANGUAGES
from studycli.languages_more import MORE_LANGUAGES
from studycli.languages_nordic import NORDIC_LANGUAGES
from studycli.languages_unit_words import UNIT_WORDS

# Units of time after a number, by the English unit they spell: German, Italian, Dutch,
# Polish, Hindi transliterated, and Chinese, Japanese and Korean (written right after the
# number: "30天", "90日", "3년"). Portuguese, Spanish and French ones are in unit_spellings.
# Left out: German "Tag" (an AWS tag), French "an" (English "an"), the abbreviations "Std."
# and "Min." with their stop (read by notes/gloss.py: "120,000 std" is a Standard queue),
# Chinese/Japanese "月" alone ("3月" is March), and "年"/"년" (read by notes/gloss.py under
# 1000 only: "2023年" is a year). "日" after a month ("3月5日") is no span: the readers take no
# number glued to a word before it.
UNITS: dict[str, tuple[str, ...]] = {
    "s": ("sek", "sekunde", "sekunden", "secondo", "secondi", "seconden", "sekunda",
          "sekundy", "sekund", "秒", "秒钟", "秒鐘", "초"),
    "min": ("minuten", "minuti", "minuut", "minuta", "minuty", "minut", "分钟", "分鐘", "分",
            "分間", "분"),
    "h": ("stunde", "stunden", "ore", "uur", "godzina", "godziny", "godzin", "ghantey",
          "小时", "小時", "時間", "个小时", "個小時", "시간"),
    "day": ("tage", "tagen", "giorno", "giorni", "dagen", "dni", "dzień", "天", "日", "일"),
    "week": ("woche", "wochen", "settimana", "settimane", "weken", "tydzień", "tygodnie",
             "tygodni", "hafta", "hafte", "周", "週", "週間", "个星期", "個星期", "星期", "주"),
    "month": ("monat", "monate", "monaten", "mese", "mesi", "maand", "maanden", "miesiąc",
              "miesiące", "miesięcy", "mahina", "mahine", "个月", "個月", "か月", "ヶ月", "カ月",
              "ケ月", "개월"),
    "year": ("jahr", "jahre", "jahren", "anno", "anni", "jaar", "jaren", "rok", "lata", "lat",
             "saal", "ans"),
}

# A unit of one Chinese, Japanese or Korean letter (分, 日, 周, 초, 분, 일, 주 ...) opens many
# words of these scripts, which write no space: 分区 (partition), 分片 (shard), 周期 (cycle),
# 日志 (log), 초과 (exceeds), 주요 (main), 일반 (general). After such a unit another letter of
# the script is read only when it is one that follows a span: Chinese and Japanese 内 後 后 前
# 間 以 之 的 未 超 左 程 半 起 ("5 分钟以内", "3 日後", "3天左右", "5分程度"), any hiragana
# (Japanese particles: "5分ごと", "14日まで", "7日の") and the Korean particles and words after a
# span ("4일, 14일로", "7일간", "5분마다", "3일 이내", "3주의").
CJK_AFTER_ONE_LETTER_UNIT = ("内後后前間间以之的未超左程半起"
                             "이가은는을를의에로으와도만까부동간마씩후전내째안뒤")

# Per language: MARKERS (a note writing MIN_MARKERS different ones of them is in the language)
# and GLOSSARY (the note's phrase, matched whole and case-blind, -> the English read). Bound
# words come first in each glossary: "bis zu" is "up to", "mindestens" "at least".
# RANGE_WORDS: a word between two numbers that makes them a range ("1 bis 3 Jahre"); with
# RANGE_CLOSERS, only when one of those follows the second number or both carry one unit.
LANGUAGES: dict[str, dict[str, object]] = {
    "de": {
        "RANGE_WORDS": ("bis",),
        "comma_decimals": True, "BEFORE_NUMBER": {
            "bis": "up to", "alle": "every", "jede": "every", "jedes": "every", "jeden":
            "every"}, "AFTER_NUMBER": {"pro": "per"},
        "MARKERS": ("und", "oder", "nicht", "mit", "für", "ist", "sind", "wird", "werden",
                    "auch", "nur", "bei", "kein", "keine", "eine", "einer", "einem", "der",
                    "das", "dem", "den", "wenn", "dann", "über", "zwischen", "immer"),
        "GLOSSARY": {
            "bis zu": "up to", "Ressourcen": "resources", "maximal": "max",
            "höchstens": "at most", "mindestens":
            "at least", "standardmäßig": "by default", "Standardwert": "default",
            "Voreinstellung": "default", "Aufbewahrungsdauer": "retention period",
            "Aufbewahrungszeit": "retention period", "Aufbewahrung": "retention",
            "Zeitüberschreitung": "timeout", "Größe": "size", "Nachrichtengröße":
            "message size", "Dateigröße": "file size", "Kosten": "cost", "Preis": "price",
            "Rabatt": "discount", "Reaktionszeit": "response time", "Antwortzeit":
            "response time", "Gültigkeit": "validity", "gültig": "valid", "Sichtbarkeit":
            "visibility", "Verzögerung": "delay", "Wiederholungen": "retries",
            "Durchsatz": "throughput", "Anfragen": "requests", "Regeln": "rules",
            "Schlüssel": "key", "Verschlüsselung": "encryption", "verschlüsselt":
            "encrypted", "Löschung": "deletion", "Wartezeit": "waiting period",
            "kostenlos": "free", "gratis": "free", "Vorwarnung": "notice",
            "Arbeitsspeicher": "memory", "Abrechnung": "billing", "Säulen": "pillars",
            "pro Sekunde": "per second", "pro Monat": "per month", "pro Stunde": "per hour",
            "pro Sek.": "per second", "pro Std.": "per hour", "pro Min.": "per minute",
            "Monat": "month", "Tabelle": "table", "Tabellen": "tables", "Nachricht": "message",
            "Nachrichten": "messages", "Anfrage": "request", "Konto": "account", "Konten":
            "accounts", "Warteschlange": "queue", "Warteschlangen": "queues", "Funktion":
            "function", "Funktionen": "functions", "Instanz": "instance", "Instanzen":
            "instances",
            # negation: "FIFO wird nicht unterstützt" is no support
            "wird nicht unterstützt": "is not supported", "nicht unterstützt": "not supported",
            "wird unterstützt": "is supported", "unterstützt": "supports",
            # (before "nicht" alone: "nicht nur für SQS" is no negation, "nicht mehr als
            # 256 KB" a bound, "kein Limit" none)
            "nicht nur": "not only", "nicht mehr als": "at most", "kein Limit": "no limit",
            "keine Begrenzung": "no limit", "nicht": "not", "kein": "no", "keine": "no",
            "niemals": "never",
        },
    },
    "fr": {
        "RANGE_WORDS": ("à",),
        # ("défaut" alone is a default or a fault: a default only right before its figure,
        # "rétention défaut 4 j")
        "comma_decimals": True, "space_thousands": True, "BEFORE_NUMBER": {
            "tous les": "every", "toutes les": "every", "défaut": "default", "défaut :":
            "default:", "défaut =": "default =", "par défaut": "default", "par défaut :":
            "default:", "par défaut =": "default ="}, "AFTER_NUMBER": {"par": "per"},
        "MARKERS": ("les", "des", "est", "sont", "avec", "pour", "dans", "une", "pas",
                    "mais", "aussi", "sur", "par", "entre", "chaque", "très", "être", "peut"),
        "GLOSSARY": {
            "jusqu'à": "up to", "jusqu’à": "up to", "au maximum": "at most", "au plus":
            "at most", "au moins": "at least", "au minimum": "at least", "par défaut":
            "default", "rétention": "retention", "taille": "size",
            "délai d'expiration": "timeout", "délai de visibilité": "visibility timeout",
            "durée": "duration", "période": "period", "fenêtre": "window", "stockage":
            "storage", "sauvegardes": "backups", "sauvegarde": "backup", "chiffrement":
            "encryption", "chiffrée": "encrypted", "chiffré": "encrypted", "gratuit": "free",
            "gratuite": "free", "gratuits": "free", "prix": "price", "tarif": "price",
            "coût": "cost", "jeton": "token", "validité": "validity", "valide": "valid",
            "valable": "valid", "transfert": "transfer", "mois": "month", "région": "region",
            "régions": "regions", "requête": "request", "requêtes": "requests", "compte":
            "account", "comptes": "accounts",
            "mémoire": "memory", "débit": "throughput", "préavis": "notice", "règles":
            "rules", "transfert de données": "data transfer", "sortant": "out",
            "par mois": "per month", "par seconde": "per second", "par heure": "per hour",
            "n'est pas supporté": "is not supported", "n’est pas supporté": "is not supported",
            "n'est pas pris en charge": "is not supported", "n’est pas pris en charge":
            "is not supported", "non supporté": "not supported", "pas supporté":
            "not supported", "est pris en charge": "is supported", "est supporté":
            "is supported", "jamais": "never",
        },
    },
    "es": {
        "RANGE_WORDS": ("a",),
        "comma_decimals": True, "AFTER_NUMBER": {"por": "per"}, "PER_BEFORE_NOUN": ("por",),
        # (not "con", "solo", "son": English notes write them, "pros/con", "del marker solo")
        "MARKERS": ("los", "las", "una", "del", "para", "por", "pero", "también", "cuando",
                    "entre", "cada", "puede", "sólo", "muy", "está"),
        "GLOSSARY": {
            "hasta": "up to", "máximo": "max", "mínimo": "min", "como máximo": "at most",
            "máx": "max", "grupos": "groups", "grupo": "group", "usuarios": "users",
            "usuario": "user", "caracteres": "characters",
            "como mínimo": "at least",
            "al menos": "at least", "por defecto": "default", "predeterminado": "default",
            "tamaño": "size", "tiempo de espera": "timeout", "retención": "retention",
            "duración": "duration", "ventana": "window", "almacenamiento": "storage",
            "copia de seguridad": "backup", "copias de seguridad": "backups", "cifrado":
            "encryption", "gratis": "free", "gratuito": "free", "precio": "price",
            "costo": "cost", "coste": "cost", "memoria": "memory", "rendimiento":
            "throughput", "período de espera": "waiting period", "período": "period",
            "periodo": "period", "validez": "validity",
            "visibilidad": "visibility", "retraso": "delay", "por mes": "per month",
            "tabla": "table", "tablas": "tables", "instancia": "instance", "instancias":
            "instances", "cuenta": "account", "cuentas": "accounts", "región": "region",
            "regiones": "regions", "cola": "queue", "colas": "queues", "mensaje": "message",
            "mensajes": "messages", "solicitud": "request", "solicitudes": "requests",
            "por segundo": "per second",
            "no es compatible": "is not supported", "no está soportado": "is not supported",
            "no soportado": "not supported", "no soporta": "does not support", "no admite":
            "does not support", "es compatible": "is supported", "soporta": "supports",
            "nunca": "never",
        },
    },
    "pt": {
        "RANGE_WORDS": ("a", "até"),
        "comma_decimals": True, "AFTER_NUMBER": {"por": "per"}, "PER_BEFORE_NOUN": ("por",),
        # "token vale 15 min" ("vale a pena" is no validity); "timeout padrão: 3 segundos" is a
        # default (a "fila padrão" is a Standard queue: "padrão" alone is a default only where
        # the line is about no storage class or queue type, CLASS_NAMES below)
        "BEFORE_NUMBER": {"vale": "valid for", "padrão:": "default:", "padrão é": "default is",
                          "padrão de": "default of", "padrão =": "default =",
                          "padrão": "default"},
        # "padrão 100" right before its figure is a default, not on a line of storage
        # classes or queue types ("S3 Padrão 99,99%", "fila padrão 120.000 mensagens em
        # voo"), as Dutch
        "CLASS_NAMES": ("padrão",),
        # (with the English class words every language shares, notes/gloss.py)
        "CLASS_CONTEXT": ("classe", "recuperação", "fila", "sqs", "standard"),
        "MARKERS": ("não", "uma", "para", "com", "mas", "também", "quando", "entre",
                    "cada", "pode", "são", "está", "você", "isso", "pelo", "pela", "nos"),
        "GLOSSARY": {
            "até": "up to", "máximo": "max", "máx": "max", "mínimo": "min", "no máximo": "at most",
            "no mínimo": "at least", "pelo menos":
            "at least", "por padrão": "default", "valor padrão": "default", "tamanho": "size",
            "tempo limite": "timeout", "retenção": "retention", "duração": "duration",
            "janela": "window", "armazenamento": "storage", "criptografia": "encryption",
            "criptografado": "encrypted", "grátis": "free", "gratuito": "free", "preço":
            "price", "custo": "cost", "memória": "memory", "vazão": "throughput",
            "período de espera": "waiting period", "período": "period",
            "validade": "validity", "válido": "valid", "um único": "a single",
            "uma única": "a single", "por chamada": "per call", "retorna": "returns",
            "visibilidade": "visibility", "atraso": "delay",
            "por mês": "per month", "por segundo": "per second", "tabela": "table",
            "tabelas": "tables", "instância": "instance", "instâncias": "instances",
            "conta": "account", "contas": "accounts", "região": "region", "regiões":
            "regions", "fila": "queue", "filas": "queues", "mensagem": "message",
            "mensagens": "messages", "requisição": "request", "requisições": "requests",
            "objeto": "object", "objetos": "objects", "arquivo": "file", "arquivos": "files",
            "usuário": "user", "usuários": "users", "de um objeto": "of a single object",
            "de um arquivo": "of a single file",
            "tentativas": "attempts", "tentativa": "attempt", "novas tentativas": "retries",
            "assíncrona": "asynchronous", "assíncrono": "asynchronous", "síncrona":
            "synchronous", "síncrono": "synchronous",
            # negation: "FIFO não é suportado" is no support (read as "FIFO é suportado" it was)
            "não é suportado": "is not supported", "não é suportada": "is not supported",
            "não suporta": "does not support",  # (no "são": a query's "são paulo" is a city)
            "não tem suporte": "is not supported", "não funciona": "does not work",
            "não pode": "cannot", "não dá": "cannot",
            # (before "não" alone: "não só de 4 dias" is no negation, "não mais que" a bound)
            "não só": "not only", "não apenas": "not only", "não é só": "is not only",
            "não é apenas": "is not only", "não mais que": "at most", "não mais de":
            "at most", "não mais do que": "at most", "não": "not", "nunca": "never",
            "é suportado": "is supported", "é suportada": "is supported", "suporta": "supports",
        },
    },
    "it": {
        "RANGE_WORDS": ("a",),
        "comma_decimals": True,
        # (not "per", "non", "con", "solo": English notes write them, "non-current versions")
        "MARKERS": ("il", "della", "delle", "degli", "che", "sono", "anche", "una", "gli",
                    "quando", "ogni", "può", "essere", "nel", "nella", "questo"),
        "GLOSSARY": {
            "fino a": "up to", "al massimo": "at most", "massimo": "max", "minimo": "min",
            # counted nouns and settings ("5.000 utenti IAM", "soglia predefinita: 3")
            "utenti": "users", "utente": "user", "gruppi": "groups", "gruppo": "group",
            "ruolo": "role", "ruoli": "roles", "caratteri": "characters",
            "policy gestite": "managed policies", "collegate a": "attached to",
            "soglia": "threshold", "predefinita": "default",
            "almeno": "at least", "predefinito": "default", "dimensione": "size",
            "conservazione": "retention", "durata": "duration", "finestra": "window",
            "archiviazione": "storage", "crittografia": "encryption", "gratuito": "free",
            "gratis": "free", "prezzo": "price", "costo": "cost", "memoria": "memory",
            "periodo": "period", "validità": "validity", "visibilità": "visibility",
            "ritardo": "delay", "al mese": "per month", "al secondo": "per second",
            "non è supportato": "is not supported", "non è supportata": "is not supported",
            "non supportato": "not supported", "non supporta": "does not support",
            "è supportato": "is supported", "supporta": "supports",  # (not "mai": French May)
            # the nouns a limit counts or applies to ("max 16 istanze", "5 per tabella",
            # "dimensione max oggetto: 5 TB"; not "richieste", "chiamate": a note's line
            # "limite minimo 2.000 richieste in 5 minuti" (a WAF rate rule's minimum as that
            # note gives it, outdated) stopped answering the lookup its set asks of it)
            "oggetto": "object", "oggetti": "objects", "istanza": "instance",
            "istanze": "instances", "tabella": "table", "tabelle": "tables", "parti": "parts",
            "parte": "part", "dati": "data",
            "funzione": "function", "funzioni": "functions", "regione": "region",
            "messaggio": "message", "messaggi": "messages", "chiave": "key", "chiavi": "keys",
            "regola": "rule", "regole": "rules", "metriche": "metrics", "nuovi": "new",
        },
    },
    "nl": {
        "RANGE_WORDS": ("tot",),
        # "sessieduur standaard 1 uur" is a default; "S3 Standaard 3 AZ's", "ophalen
        # standaard 12 uur, bulk 48 uur" a storage class and a retrieval tier: "standaard"
        # capitalised or on a line naming a class or tier stays (notes/gloss.py)
        "comma_decimals": True, "BEFORE_NUMBER": {"tot": "up to", "standaard": "default",
                                                  "standaard:": "default:", "elke": "every"},
        "CLASS_NAMES": ("standaard",),
        # (with the English class words every language shares, notes/gloss.py)
        "CLASS_CONTEXT": ("opslagklasse", "klasse", "ophalen", "opvragen", "versneld"),
        "MARKERS": ("het", "een", "niet", "voor", "met", "zijn", "wordt", "worden", "ook",
                    "alleen", "maar", "naar", "tussen", "elke", "kan", "geen", "wanneer"),
        "GLOSSARY": {
            "maximaal": "max", "minimaal": "min", "ten minste": "at least", "grootte": "size",
            "tabel": "table", "per seconde": "per second",
            "bewaartermijn": "retention period", "duur":
            "duration", "venster": "window", "opslag": "storage", "versleuteling":
            "encryption", "gratis": "free", "prijs": "price", "kosten": "cost",
            "geheugen": "memory", "vertraging": "delay", "zichtbaarheid": "visibility",
            "geldigheid": "validity", "per maand": "per month",
            "standaardwaarde": "default", "retentie": "retention", "bewaartijd":
            "retention period", "sessieduur": "session duration", "time-out": "timeout",
            "wachttijd": "waiting period", "wachtperiode": "waiting period", "verwijdering":
            "deletion", "geldig": "valid", "gebruikers": "users", "gebruiker": "user",
            "groepen": "groups", "rollen": "roles", "sleutel": "key", "sleutels": "keys",
            "bericht": "message", "berichten": "messages", "wachtrij": "queue", "wachtrijen":
            "queues", "verzoeken": "requests", "pogingen": "attempts", "regio": "region",
            "per regio": "per region", "nooit verlopen": "never expire", "verlopen": "expire",
            "wordt niet ondersteund": "is not supported", "niet ondersteund": "not supported",
            "wordt ondersteund": "is supported", "ondersteunt": "supports", "niet": "not",
            "nooit": "never",
        },
    },
    "pl": {
        "RANGE_WORDS": ("do",),
        "comma_decimals": True, "space_thousands": True, "BEFORE_NUMBER": {"do": "up to"},
        # read only right after a number in a Polish note ("72 godz", "1024 bajty")
        "UNITS": {"hours": ("godz",), "bytes": ("bajt", "bajty", "bajtów")},
        # case endings put on an English noun of LOANWORDS ("TTL itemu", "25 itemów")
        "LOANWORD_ENDINGS": {"singular": ("u", "a", "em", "zie"),
                             "plural": ("y", "ów", "ami", "ach", "om")},
        "MARKERS": ("jest", "nie", "się", "dla", "lub", "oraz", "tylko", "może", "które",
                    "który", "przez", "między", "każdy", "każda", "także", "też", "bez",
                    "przy", "brak", "żeby", "mogą", "poza", "albo", "gdy", "jeśli", "już",
                    "więc", "czy", "jak"),
        "GLOSSARY": {
            "maksymalnie": "max", "minimalnie": "min", "co najmniej": "at least",
            "co najwyżej": "at most", "domyślnie": "by default", "domyślny": "default",
            "domyślna": "default", "domyślne": "default", "rozmiar": "size",
            "okres przechowywania": "retention period", "czas trwania": "duration",
            "limit czasu": "timeout", "okno": "window", "szyfrowanie": "encryption",
            "darmowy": "free", "bezpłatny": "free", "cena": "price", "koszt": "cost",
            "pamięć": "memory", "opóźnienie": "delay", "widoczność": "visibility",
            "ważność": "validity", "miesięcznie": "per month",
            "retencja": "retention", "retencji": "retention", "czas przechowywania":
            "retention period", "przechowywanie": "retention", "rozmiaru": "size",
            "ważny": "valid", "obiekt": "object", "obiektu": "object", "obiektów": "objects",
            "część": "part", "części": "parts", "klucz": "key", "klucza": "key", "nazwa":
            "name", "znaków": "characters", "tabel": "tables", "tabeli": "table", "kolejka":
            "queue", "kolejki": "queue", "wiadomość": "message", "wiadomości": "messages",
            "żądań": "requests", "próby": "attempts", "prób": "attempts", "ponowienia":
            "retries", "razy": "times", "replika": "replica", "repliki": "replicas",
            "replik": "replicas", "transakcja": "transaction", "transakcji":
            "transaction", "transakcje": "transactions",
            # "max 5 na instancję", "max 20 na tabelę": counted per the thing after "na"
            "na instancję": "per instance", "na instancje": "per instance", "na tabelę":
            "per table", "na tabele": "per table", "na konto": "per account", "na region":
            "per region", "na funkcję": "per function", "na funkcje": "per function",
            "na sekundę": "per second", "na partycję": "per partition", "na kolejkę":
            "per queue", "na użytkownika": "per user", "na prefix": "per prefix",
            "na shard": "per shard", "na bucket": "per bucket", "na VPC": "per VPC",
            "asynchroniczny": "asynchronous", "asynchroniczna": "asynchronous",
            "asynchroniczne": "asynchronous", "asynchronicznie": "asynchronously",
            "synchroniczny": "synchronous", "synchroniczna": "synchronous",
            "synchroniczne": "synchronous", "synchronicznie": "synchronously",
            "nie jest obsługiwany": "is not supported", "nie jest obsługiwana":
            "is not supported", "nie jest obsługiwane": "is not supported", "nie obsługuje":
            "does not support", "obsługuje": "supports",
            # (before "nie" alone: "nie tylko" is no negation, "nie więcej niż" a bound)
            "nie tylko": "not only", "nie więcej niż": "at most", "nie": "not", "nigdy": "never",
        },
    },
    "hi": {  # Hindi written in Latin letters ("Hinglish")
        "MARKERS": ("hai", "hain", "nahi", "mein", "karo", "karna", "aur", "sirf", "wale",
                    "wala", "hota", "hote", "kya", "agar", "lekin", "bhi", "tumhara",
                    # verbs and words a Hinglish meaning writes between English nouns ("target
                    # ne galat/closed connection diya"): quoted as an option, it read as garbled
                    "diya", "diye", "kiya", "kiye", "gaya", "gayi", "galat", "sahi", "liye",
                    "hoga", "hogi", "karta", "karte", "milta", "milega", "raha", "rahe"),
        # "1 se 32766 tak" is 1 to 32766 ("se" alone is "from", "than")
        "RANGE_WORDS": ("se",), "RANGE_CLOSERS": ("tak",),
        # the negation after what it negates: "peering transitive NAHI hai" is not transitive
        "POSTPOSITIONS": {"nahi": "not", "nahin": "not", "nhi": "not"},
        "GLOSSARY": {
            "kam se kam": "at least", "zyada se zyada": "at most", "sasta": "cheaper",
            "mehenga": "expensive", "muft": "free", "sabse bada": "largest", "sabse chhota":
            "smallest",
            "har": "every", "sirf": "only",
            "support nahi": "not supported", "support hi nahi": "not supported",
            "allowed nahi": "not allowed", "kaam nahi karta": "does not work",
            "kaam nahi karega": "will not work", "nahi chalega": "will not work",
            "nahi kar sakta": "cannot", "nahi kar sakte": "cannot", "nahi ho sakta": "cannot be",
            "nahi ho sakte": "cannot be", "nahi hota": "is not", "mat karo": "do not",
        },
    },
}
LANGUAGES |= (MORE_LANGUAGES | FURTHER_LANGUAGES | BEYOND_LANGUAGES | NORDIC_LANGUAGES
              | BALTIC_SLAVIC_LANGUAGES)

# ... and the inflected unit words of the languages whose units no table reads (Baltic,
# Slavic, ...: studycli/languages_unit_words.py), so a figure in a note in a language nobody
# added is read all the same ("14 dienas", "30 sekundžių", "12 часови"). None is a word a
# language's own UNITS hold (tests/test_lang53_unit_words.py): its notes are read in English
# with their bounds ("maks 1 tahun" is max 1 years), where the same word read in the note's
# own line, next to a bound lookup cannot read ("bawaan", "по умолчанию"), made that line
# answer what it does not say.
UNITS = {unit: tuple(dict.fromkeys((*spellings, *UNIT_WORDS.get(unit, ()))))
         for unit, spellings in UNITS.items()}

# English nouns of AWS notes a language declines as its own words ("itemu", "eventy",
# "requestów", "shardów"): in a note in a language with LOANWORD_ENDINGS, such a word is read
# as the English noun, plural after a plural ending (each noun its own word in English notes)
LOANWORDS = ("item", "event", "request", "shard", "bucket", "record", "partition", "snapshot",
             "backup", "token", "target", "topic", "subscriber", "consumer", "producer",
             "replica", "message", "user", "group", "role", "policy", "tag", "layer",
             "trigger", "rule", "subnet", "endpoint", "queue", "stream", "function", "instance",
             "node", "cluster", "region", "account", "key", "table", "object", "file")
MIN_MARKERS = 5  # different marker words a note writes before it counts as in a language
# English function words that no language above writes as a word of its own ("in", "a", "per",
# "was", "to" are some language's): an English note writes a few of another language's markers
# ("per", "con", "solo", "Los Angeles", "il-central-1") among hundreds of these, a note in
# another language only a few of these (English service names and terms come without them)
ENGLISH_MARKERS = frozenset((
    "the", "and", "are", "for", "with", "by", "it", "not", "or", "can", "from", "at", "this",
    "that", "if", "when", "only", "also", "but", "you", "your", "has", "have", "into", "which",
    "than"))

# Chinese (simplified and traditional), Japanese and Korean: read wherever the script is
# written (no English word is spelled so). Bound words first.
CJK: dict[str, str] = {
    "最大": "max", "最多": "max", "上限": "max", "最长": "max", "最長": "max",
    "最小": "min", "最少": "min", "下限": "min", "最短": "min", "至少": "at least",
    "默认": "default", "默認": "default", "预设": "default", "預設": "default",
    "デフォルト": "default", "既定": "default", "기본값": "default",
    "최대": "max", "최소": "min",
    "保留期": "retention period", "保留期間": "retention period", "保持期間":
    "retention period", "보존 기간": "retention period", "超时": "timeout", "超時": "timeout",
    "タイムアウト": "timeout", "제한 시간": "timeout", "可见性超时": "visibility timeout",
    "大小": "size", "サイズ": "size", "크기": "size", "费用": "cost", "費用": "cost",
    "价格": "price", "價格": "price", "料金": "price", "요금": "price", "免费": "free",
    "免費": "free", "無料": "free", "무료": "free", "规则": "rules", "規則": "rules",
    "ルール": "rules", "규칙": "rules", "加密": "encryption", "暗号化": "encryption",
    "암호화": "encryption", "内存": "memory", "メモリ": "memory", "메모리": "memory",
    "带宽": "bandwidth", "帶寬": "bandwidth", "帯域幅": "bandwidth", "대역폭": "bandwidth",
    "并发": "concurrency", "同時実行": "concurrency", "동시성": "concurrency",
    "吞吐量": "throughput", "スループット": "throughput", "有效期": "validity",
    "有効期限": "expiry", "유효 기간": "validity", "轮换": "rotation", "ローテーション":
    "rotation", "删除": "deletion", "削除": "deletion", "삭제": "deletion", "等待期":
    "waiting period", "待機期間": "waiting period", "时长": "duration", "時長": "duration",
    "非同期": "asynchronous", "同期": "synchronous", "异步": "asynchronous",
    "異步": "asynchronous", "同步": "synchronous", "비동기": "asynchronous", "동기":
    "synchronous",
    "会话": "session", "セッション": "session", "세션": "session",
    # Japanese loanwords (katakana) and terms of AWS notes, each of one meaning: without them
    # "リードレプリカは最大５個" had no subject a lookup of "read replicas" finds
    "リードレプリカ": "read replica", "レプリカ": "replica", "レプリケーション": "replication",
    "自動バックアップ": "automated backup", "バックアップ": "backup", "リストア": "restore",
    "スナップショット": "snapshot", "フェイルオーバー": "failover", "エンドポイント":
    "endpoint", "インスタンス": "instance", "クラスター": "cluster", "クラスタ": "cluster",
    "ノード": "nodes", "シャード": "shards", "パーティション": "partition", "アイテム": "item",
    "テーブル": "table", "リージョン": "region", "セカンダリ": "secondary", "プライマリ":
    "primary", "スタンバイ": "standby", "トークン": "token", "認証": "authentication",
    "ストレージ": "storage", "キャッシュ": "cache", "インメモリ": "in-memory", "レイテンシ":
    "latency", "レイテンシー": "latency", "コネクション": "connection", "接続": "connection",
    "書き込み": "write", "読み込み": "read", "読み取り": "read", "整合性": "consistency",
    "競合": "conflict", "保持": "retention", "期間": "period", "容量": "capacity",
    "有効期間": "validity", "メンテナンスウィンドウ": "maintenance window",
    "暗号化されていない": "unencrypted", "暗号化されてない": "unencrypted",
    # "１テーブルに５個まで" is up to 5 per table, "１クラスター最大２０ノード" 20 nodes per cluster
    **{f"1{noun}": f"per {english}" for noun, english in (
        ("テーブル", "table"), ("クラスター", "cluster"), ("パーティション", "partition"),
        ("アカウント", "account"), ("リージョン", "region"), ("シャード", "shard"),
        ("インスタンス", "instance"), ("関数", "function"), ("キュー", "queue"))},
    # negation: "スタンバイは読み取り不可" is a standby not readable, never a readable one
    # (not "できない": "VPC内からしかアクセスできない" is "only from inside the VPC")
    "不可": "not possible", "不可能": "not possible", "不可欠": "essential", "不可逆":
    "irreversible", "非対応":
    "not supported", "未対応": "not supported", "サポートされていない": "is not supported",
    "サポートされない": "is not supported", "サポートされてない": "is not supported",
    "不要": "not needed", "无法": "cannot", "不支持": "does not support", "不能": "cannot",
    "지원하지 않": "does not support", "지원되지 않": "is not supported",
}
