"""Find every quantity (size, duration, bandwidth, rate, count, percent) in one line of note text.

Pure (stdlib, plus the spellings of "default" from data/cues.json). One compiled regex scans
the line for candidates (a standalone number followed by a known unit or count noun, or by a
range separator); "min X ... max Y" pairs are
looked for at each "min". Python then checks and converts each candidate. The unit vocabulary
is compiled into trie-shaped alternations and every repetition is bounded, so a long line
costs one linear scan, and a bare number (a version, a status code, a date, a list number) is
skipped inside the regex engine. Cost: about 15 ms per 100,000 characters of note text, plus
roughly 10 µs per quantity found.

Qualifiers ("max", "min", "default") come only from markers within a few words of the
quantity; deciding what a whole line means is the fact extractor's job.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from studycli.extract.cues import alternation, stems, words
from studycli.extract.unread_noun_rates import counted_noun, rate_pattern
from studycli.frozen_init import quick_init
from studycli.match_key import table_key
from studycli.regex_trie import trie_pattern
from studycli.unit_spellings import (
    DAY,
    DURATIONS,
    ONE_LETTER_UNIT_END,
    SIZES,
    UNIT_NOT_GOING_ON,
    UNIT_OPENING_LETTERS,
    YEAR,
    calendar_year,
)


@quick_init
@dataclass(frozen=True)
class Quantity:
    """A number and its unit found in a line, and where."""
    start: int  # span of the whole match in the input text
    end: int
    text: str  # text[start:end]
    value: str  # display, as a student would say it
    number: float | None  # canonical number (None for ranges)
    unit: str  # canonical unit: "s", "B", "B/s", "count", "per_s", "%" ("" if unknown)
    low: float | None  # range bounds in canonical units (None unless is_range)
    high: float | None
    is_range: bool
    qualifier: str  # "max", "min", "default" or ""
    dimension: str  # "size", "duration", "bandwidth", "rate", "count", "percent"
    noun: str  # for counts and rates: the counted noun as written, else ""
    default_low: bool  # a range marks its low end as the default


def bare_count(start: int, end: int, written: str, noun: str, counted: str = "") -> Quantity:
    """The bare number `written` (at start..end) read as a count of `noun` ("GSI: up to 20"
    -> "20 GSIs"; extract/bare_counts.py, extract/named_bare_figures.py), its counted noun
    `counted` where it says more than the noun shown ("items per partition")."""
    return Quantity(start, end, written, f"{written} {noun}", float(written.replace(",", "")),
                    "count", None, None, False, "", "count", counted or noun, False)


@quick_init
@dataclass(frozen=True)
class _Unit:
    """What a written unit means: how to convert it and how to show it."""

    dimension: str
    unit: str  # canonical unit
    factor: float  # canonical units per written unit
    singular: str  # shown after the number 1
    plural: str  # shown after any other number
    noun: str = ""


# --- vocabulary ------------------------------------------------------------------------------

# Sizes and durations as notes spell them: one list with lookup's number reader
# (studycli/unit_spellings.py), so a spelling added there is read by both.
_SIZES: dict[str, tuple[str, int]] = {
    _n: (_disp, _mult) for _names, _disp, _mult in SIZES for _n in _names}

# Durations in other languages ("72 horas") are read as their unit here; a bare "m" is
# decided by context below.
_DURATIONS: dict[str, tuple[str, str, float]] = {
    _n: (_one, _many, _secs) for _names, _one, _many, _secs in DURATIONS for _n in _names}

# Bits per second (decimal, as networks count them); "MBps" with a capital B is bytes.
_BITRATES = {"bps": ("bps", 1), "kbps": ("Kbps", 10**3), "mbps": ("Mbps", 10**6),
             "gbps": ("Gbps", 10**9)}

# Rates written as one word: token -> (noun, shown after 1, shown after any other number)
_RATE_ABBR = {
    "rps": ("requests", "request/s", "requests/s"),
    "tps": ("transactions", "transaction/s", "transactions/s"),
    "mps": ("messages", "message/s", "messages/s"),
    "qps": ("queries", "query/s", "queries/s"),
    "iops": ("I/O operations", "IOPS", "IOPS"),
}

_PERCENT = ("%", "percent")

# Count nouns: (singular, plural). Only the plural of "times" is a unit ("1 time" is not).
_COUNT_PAIRS = [
    ("execution", "executions"), ("invocation", "invocations"), ("message", "messages"),
    ("layer", "layers"), ("request", "requests"), ("batch", "batches"), ("time", "times"),
    ("instance", "instances"), ("shard", "shards"), ("retry", "retries"),
    ("attempt", "attempts"), ("call", "calls"), ("record", "records"), ("item", "items"),
    ("poller", "pollers"), ("connection", "connections"), ("transaction", "transactions"),
    ("event", "events"), ("target", "targets"), ("subscriber", "subscribers"),
    ("subscription", "subscriptions"), ("topic", "topics"), ("queue", "queues"),
    ("consumer", "consumers"), ("producer", "producers"), ("function", "functions"),
    ("partition", "partitions"), ("stream", "streams"), ("table", "tables"),
    ("index", "indexes"), ("GSI", "GSIs"), ("LSI", "LSIs"), ("AZ", "AZs"),
    ("availability zone", "availability zones"), ("region", "regions"),
    ("account", "accounts"), ("user", "users"), ("vCPU", "vCPUs"), ("CPU", "CPUs"),
    ("core", "cores"), ("thread", "threads"), ("ENI", "ENIs"), ("node", "nodes"),
    ("read replica", "read replicas"), ("replica", "replicas"), ("stage", "stages"),
    ("key", "keys"), ("rule", "rules"),
    ("tag", "tags"), ("character", "characters"), ("object", "objects"),
    ("bucket", "buckets"), ("file", "files"), ("part", "parts"),
    ("operation", "operations"), ("deployment", "deployments"), ("alias", "aliases"),
    ("destination", "destinations"), ("endpoint", "endpoints"), ("worker", "workers"),
    ("container", "containers"), ("task", "tasks"), ("job", "jobs"), ("query", "queries"),
    ("WCU", "WCUs"), ("RCU", "RCUs"), ("IP address", "IP addresses"), ("read", "reads"),
    ("write", "writes"), ("dimension", "dimensions"),
    ("alarm", "alarms"), ("security group", "security groups"), ("VPC", "VPCs"),
    ("subnet", "subnets"), ("Elastic IP", "Elastic IPs"), ("role", "roles"), ("group", "groups"),
    ("peering connection", "peering connections"), ("email", "emails"),
]
_COUNT_HEADS: dict[str, tuple[str, str]] = {}
for _one, _many in _COUNT_PAIRS:
    _COUNT_HEADS[_many.lower()] = (_one, _many)
    if _one != "time":
        _COUNT_HEADS[_one.lower()] = (_one, _many)
_COUNT_HEADS["req"] = _COUNT_HEADS["reqs"] = ("request", "requests")
# Cheat-sheet shorthand: "10 msgs", "300 msg/s", "1000 rec/s"
_COUNT_HEADS["msg"] = _COUNT_HEADS["msgs"] = ("message", "messages")
_COUNT_HEADS["rec"] = _COUNT_HEADS["recs"] = ("record", "records")
# ... and "3-63 chars", "AWS reserves 5 IPs per subnet", "125 active peerings per VPC": read as
# nothing, the note's bucket name length, reserved addresses and peering limit answered nothing
_COUNT_HEADS["char"] = _COUNT_HEADS["chars"] = ("character", "characters")
_COUNT_HEADS["ips"] = ("IP address", "IP addresses")
_COUNT_HEADS["peerings"] = ("peering connection", "peering connections")
# ... and as notes in Spanish, Portuguese or French write them ("hasta 5 réplicas", "até 500
# nós", "jusqu'à 5 répliques"): read as the English noun, as their durations are ("72 horas"
# is 72 h). A word not listed here ended the number's match at its accented letter, so the
# bound before it ("hasta", "até") had no value to bound.
_FOREIGN_COUNT_NOUNS = {
    "replica": ("réplica", "réplicas", "réplique", "répliques"),
    "instance": ("instancia", "instancias", "instância", "instâncias"),
    "message": ("mensaje", "mensajes", "mensagem", "mensagens"),
    "request": ("solicitud", "solicitudes", "requisição", "requisições", "requête", "requêtes"),
    "function": ("función", "funciones", "função", "funções", "fonction", "fonctions"),
    "partition": ("partición", "particiones", "partição", "partições"),
    "retry": ("reintento", "reintentos"),
    "attempt": ("tentativa", "tentativas", "tentative", "tentatives", "intento", "intentos"),
    "region": ("región", "regiones", "região", "regiões", "région", "régions"),
    "account": ("cuenta", "cuentas", "conta", "contas", "compte", "comptes"),
    "user": ("usuario", "usuarios", "usuário", "usuários", "utilisateur", "utilisateurs"),
    "node": ("nodo", "nodos", "nó", "nós", "nœud", "nœuds", "noeud", "noeuds"),
    "queue": ("cola", "colas", "fila", "filas"),
    "event": ("evento", "eventos", "événement", "événements"),
    "record": ("registro", "registros", "enregistrement", "enregistrements"),
    "connection": ("conexión", "conexiones", "conexão", "conexões", "connexion", "connexions"),
    "rule": ("regla", "reglas", "regra", "regras", "règle", "règles"),
    "object": ("objeto", "objetos", "objet", "objets"),
    "key": ("clave", "claves", "chave", "chaves", "clé", "clés"),
    "table": ("tabla", "tablas", "tabela", "tabelas"),
}
# ... and in Polish ("max 7 instancji na AZ"): the nominative singular ("" where it is the
# English spelling), then the plural forms a number takes (no final "s" marks them)
_POLISH_COUNT_NOUNS = {
    "instance": ("instancja", "instancje", "instancji"),
    "replica": ("replika", "repliki", "replik"),
    "partition": ("partycja", "partycje", "partycji"),
    "function": ("funkcja", "funkcje", "funkcji"),
    "queue": ("kolejka", "kolejki", "kolejek"),
    "message": ("wiadomość", "wiadomości"),
    "request": ("żądanie", "żądania", "żądań"),
    "region": ("", "regiony", "regionów"),
    "account": ("konto", "konta", "kont"),
    "user": ("użytkownik", "użytkownicy", "użytkowników"),
    "rule": ("reguła", "reguły", "reguł"),
    "table": ("tabela", "tabele", "tabel"),
    "node": ("węzeł", "węzły", "węzłów"),
    "attempt": ("próba", "próby", "prób"),
}
# (the noun an attribute is named by is the English one too: "replicas", as lookup and the
# reference name it, not "réplicas")
_FOREIGN_NOUN: dict[str, str] = {}
for _english, _spellings in _FOREIGN_COUNT_NOUNS.items():
    for _n in _spellings:
        _COUNT_HEADS[_n] = _COUNT_HEADS[_english]
        _FOREIGN_NOUN[_n] = _COUNT_HEADS[_english][1 if _n.endswith(("s", "x")) else 0]
for _english, _spellings in _POLISH_COUNT_NOUNS.items():
    for _k, _n in enumerate(_spellings):
        if _n:
            _COUNT_HEADS[_n] = _COUNT_HEADS[_english]
            _FOREIGN_NOUN[_n] = _COUNT_HEADS[_english][0 if _k == 0 else 1]



def count_head(word: str) -> tuple[str, str] | None:
    """(singular, plural) of the English count noun `word` is a spelling of, if it is one
    ("réplicas", "replica" and "replicas" are all ("replica", "replicas"))."""
    return _COUNT_HEADS.get(word.lower())


# Words allowed before a count noun. Kept ones are part of the noun ("concurrent executions");
# dropped ones only say "in addition" ("60 more instances" counts instances).
_KEPT_MODIFIERS = (
    "concurrent", "active", "parallel", "simultaneous", "reserved", "unreserved",
    "provisioned", "in-flight", "inflight", "unique", "open", "running", "api", "lambda",
    "function", "sqs", "sns", "ec2", "kinesis", "dynamodb", "inbound",
    "outbound",
)
_DROPPED_MODIFIERS = ("more", "additional", "extra", "new")

_PER_TIME: dict[str, tuple[str, float]] = {}
for _names, _suffix, _secs in (
    (("s", "sec", "secs", "second", "seconds"), "/s", 1),
    (("min", "mins", "minute", "minutes"), "/min", 60),
    (("h", "hr", "hrs", "hour", "hours"), "/h", 3600),
    (("day", "days"), "/day", DAY),
):
    for _n in _names:
        _PER_TIME[_n] = (_suffix, _secs)
_PER_ENGLISH = tuple(_PER_TIME)
# ... and as every language whose span a figure is read with spells them after its slash
# ("300 mensaxes/segundo", "100 MB/Sekunde", "50 요청/초"): a count or a size per one of them
# is the same rate or bandwidth (after "per", "a", "each" only the English: "10 a ore")
_PER_SUFFIX: dict[float, str] = {secs: suffix for suffix, secs in _PER_TIME.values()}
for _spellings, _one, _many, _span in DURATIONS:
    for _n in _spellings if _span in _PER_SUFFIX else ():
        _PER_TIME.setdefault(_n.lower(), (_PER_SUFFIX[_span], _span))

# "default" as notes spell it (data/cues.json), and the cheat sheet's "def"
_DEFAULT_WORD = rf"(?:{alternation('default_spellings')}|def\b)"
# How each spelling starts: cheap anchors where a default marker may begin
_DEFAULT_STARTS = "|".join(sorted({w[:3] for w in words("default_spellings")}))


_UNIT_WORDS = trie_pattern(sorted({*_SIZES, *_DURATIONS, *_BITRATES, *_RATE_ABBR, *_PERCENT}))
UNIT_WORDS = _UNIT_WORDS  # every unit a figure is read with (notes.symbols leaves a bound on them)
_HEAD_WORDS = trie_pattern(sorted(_COUNT_HEADS))
_MOD_WORDS = trie_pattern(sorted({*_KEPT_MODIFIERS, *_DROPPED_MODIFIERS}))
_PER_WORDS = trie_pattern(sorted(_PER_ENGLISH))
_PER_SLASH_WORDS = trie_pattern(sorted(_PER_TIME))

# --- the scanning regexes -----------------------------------------------------------------

_END = r"(?![A-Za-z0-9_])"
_DIGITS = r"(?>[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])|[0-9]+)(?:\.[0-9]+)?+(?![.,]?[0-9])"
_MULT = r"[kKM]" + _END
# Markdown emphasis or code ticks may sit between a number and its unit ("14** days").
_GLUE = r"[*_`]{0,3}+(?:[ \t\u00a0]{1,2}|-)?+"


# "400,000 GB-seconds", "$0.10 per GB-month": a unit joined to a time by a hyphen is a
# compound unit of usage, no size (the free tier's GB-seconds were read as a 400,000 GB
# "request payload size"); it is read as no quantity at all
_NOT_COMPOUND = r"(?!-(?i:s|secs?|seconds?|h|hrs?|hours?|mo|mos|months?|days?|mins?|minutes?)\b)"


def _unit_part(p: str) -> str:
    return (
        rf"(?:(?P<{p}unit>(?i:{_UNIT_WORDS})|m){_END}{UNIT_NOT_GOING_ON}{ONE_LETTER_UNIT_END}"
        rf"{_NOT_COMPOUND}"
        rf"|(?P<{p}mods>(?:(?i:{_MOD_WORDS})[ \t]+){{0,2}})(?P<{p}head>(?i:{_HEAD_WORDS})){_END})"
    )


def _per_part(p: str) -> str:
    return (
        rf"(?:[ \t]*/[ \t]*(?P<{p}pa>(?i:{_PER_SLASH_WORDS}))"
        rf"|[ \t]+(?i:per|a|an|each)[ \t]+(?P<{p}pw>(?i:{_PER_WORDS}))){_END}"
    )


_MINMAX = (
    rf"(?<![A-Za-z])(?i:min(?:imum)?)[ \t]*[:=]?[ \t]*(?P<mlo>{_DIGITS})"
    rf"(?:{_GLUE}{_unit_part('mlo_')})?"
    rf"[ \t]*(?:,|;|&|(?i:and){_END})?[ \t]*"
    rf"(?<![A-Za-z])(?i:max(?:imum)?)[ \t]*[:=]?[ \t]*(?P<mhi>{_DIGITS})"
    rf"(?:{_GLUE}{_unit_part('mhi_')})?"
)

# "and"/"&" join a range only after "between" ("1MB ingestion & 2MB" is two quantities);
# ".." is a cheat sheet's range ("vis timeout: 0..12h", "60s..14d")
_RANGE_SEP = (
    rf"[*_`]{{0,3}}[ \t]*(?P<sep>-|–|—|\.\.(?!\.)|(?i:to){_END}|(?(btw)(?:&|(?i:and){_END})|(?!)))"
    r"[ \t]*[*_`]{0,3}"
)
_DEFAULT_MARK = rf"[ \t]*\([ \t]*(?i:{_DEFAULT_WORD})[ \t]*\)"
_RANGE = (
    rf"(?:(?i:from)[ \t]+|(?P<btw>(?i:between))[ \t]+)?"
    rf"(?P<lo>{_DIGITS})(?P<lomult>{_MULT})?(?:{_GLUE}{_unit_part('lo_')})?"
    rf"(?P<dl>{_DEFAULT_MARK})?{_RANGE_SEP}"
    rf"(?P<hi>{_DIGITS})(?P<himult>{_MULT})?"
    rf"(?:{_GLUE}{_unit_part('hi_')}(?:{_per_part('hi_')})?)?"
    # the high end needs a unit unless the range is spelled "between X and Y"
    r"(?(hi_unit)|(?(hi_head)|(?(btw)|(?!))))"
)

# A cheap look at the character after a number: most bare numbers stop here.
# (or a Chinese, Japanese or Korean unit: "30天", "90日", "3시간"; studycli/languages.py)
_UNIT_NEXT = (r"(?=[kKM]?\+?[*_`]{0,3}[ \t\u00a0]{0,2}"
              r"[A-Za-z%(\-–—&\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af"
              + UNIT_OPENING_LETTERS + "])")
_SINGLE_TAIL = (
    rf"{_UNIT_NEXT}(?P<s_mult>{_MULT})?(?P<s_plus>\+)?"
    rf"{_GLUE}{_unit_part('s_')}(?:{_per_part('s_')})?"
)

# The scan: a standalone number that a unit, a count noun or a range separator follows.
# Everything else (versions, codes, dates, list numbers) is skipped inside the regex engine.
# a range separator and the next number, seen from the end of a low end
_SEP_AHEAD = (
    rf"(?:{_DEFAULT_MARK})?[*_`]{{0,3}}[ \t]*(?:-|–|—|&|\.\.(?!\.)|(?i:to|and){_END})"
    r"[ \t]*[*_`]{0,3}[0-9]"
)
# A number starts a quantity only when it is not glued to a word, a path, a version or an id:
# "S3", "v2", "us-east-1", "SHA-256", "/20230122.png", "$0.20", "1,5" and "17.15.17" all fail
# here, nor the second term of a ratio or a time ("50:1 IOPS:GiB" is no 1 IOPS, "10:05" no 5
# of anything). It is _DIGITS starting with a plain digit, so the engine skips quickly from digit to
# digit: the look-behinds run after the first digit instead of at every position.
_NUMBER_FAST = (
    r"[0-9](?<![\w.$@/\\#][0-9])(?<!\w-[0-9])(?<![0-9],[0-9])(?<![0-9]:[0-9])"
    r"(?>[0-9]{0,2}(?:,[0-9]{3})+(?![0-9])|[0-9]*)(?:\.[0-9]+)?+(?![.,]?[0-9])"
)
_CANDIDATE = re.compile(
    rf"(?P<s_num>{_NUMBER_FAST})(?:"
    # a number and its unit, read in one go; "ahead" marks a range separator after it
    rf"{_SINGLE_TAIL}(?:(?={_SEP_AHEAD})(?P<ahead>))?"
    # or a bare number that a range separator follows ("1-10 messages", "3(default) – 900 s")
    rf"|(?={_SEP_AHEAD})(?P<bare>))"
)
# What may stand just before a range's number and belong to it.
_PREFIX = re.compile(r"(?<![A-Za-z])(?i:from|between)[ \t]+$")
_MINMAX_RE = re.compile(_MINMAX)
_MIN_WORD = re.compile("min")
_RANGE_RE = re.compile(_RANGE)

# --- qualifier markers ----------------------------------------------------------------------
# Markers are found once per line, in the line lower-cased (ASCII only, so offsets stay put),
# each ending exactly where the quantity it qualifies starts: at its number, or at the
# "from"/"between" of a range. A marker therefore binds only to the quantity right after it.

_LEADS_TO_QUANTITY = r"[ \t*_`()\[\]~]*(?=[0-9]|from\b|between\b)"
# How every direct marker starts: a flat alternation the regex engine scans for quickly.
_MARKER_START = re.compile(
    r"<|≤|>=|≥|up|max|at|no|nev|can|in|under|less|below|limit|cap|min|by|" + _DEFAULT_STARTS
)
# A requirement's negated threshold bounds the value ("MUST NOT exceed 15 minutes", "shall not
# be greater than 5 TB", "in no case shall it exceed 12 hours" is a maximum; "SHALL NOT be less
# than 1 day" a minimum): a threshold word alone ("objects over 100 MB") says when something
# applies (attribution._THRESHOLD_BEFORE), its negation what is allowed. Up to four words may
# come between "in no case" and the threshold ("in no case shall the value exceed").
_NEGATION = (r"(?:(?:not|never|can(?:no|')t)(?:[ \t]+(?:to|be|ever))*"
             r"|in[ \t]+no[ \t]+case(?:[ \t]+[a-z]+){0,4}?)[ \t]+")
_OVER = r"(?:exceed(?:s|ing)?|(?:more|greater|larger|bigger|higher|longer)[ \t]+than|above|over)"
_UNDER = r"(?:(?:less|fewer|lower|shorter|smaller)[ \t]+than|below|under)"
# a negated threshold as its words read ("MUST NOT exceed", "no larger than"): the maximum's
# markers below, and attribution._NEGATED_THRESHOLD's (the threshold it is not)
NEGATED_OVER = (rf"(?:{_NEGATION}{_OVER}"
                r"|no[ \t]+(?:more|greater|larger|bigger|higher|longer)[ \t]+than)")
_DIRECT_MARKER = re.compile(
    rf"(?:(?P<max><=|≤|<|up[ \t]*to(?:[ \t]+and[ \t]+including)?"
    r"|max(?:imum)?(?:[ \t]+of)?[ \t]*[:=]?|at[ \t]+most"
    r"|max(?:es|ed)[ \t]+out[ \t]+at"
    rf"|{NEGATED_OVER}|under|less[ \t]+than|below"
    r"|limit(?:ation)?s?(?:[ \t]+(?:of|is|at)|[ \t]*[:=]|,[ \t]*at)?|limited[ \t]+to"
    r"|capped[ \t]+at)"
    r"|(?P<min>>=|≥|at[ \t]+least|min(?:imum)?(?:[ \t]+of)?[ \t]*[:=]?"
    rf"|no[ \t]+(?:less|fewer|lower|shorter|smaller)[ \t]+than|{_NEGATION}{_UNDER})"
    rf"|(?P<default>(?:by[ \t]+)?{_DEFAULT_WORD}(?:[ \t]+(?:is|of|value|to))?[ \t]*[:=,]?"
    r"|defaults[ \t]+to))"
    + _LEADS_TO_QUANTITY
)
# "Max message size is 256kb", "Default TTL (time to live) is 300 seconds", "default TTL 300s":
# a marker word, a short attribute phrase without digits or commas, maybe a linking word.
# Tried only at the few marker words shortly before a quantity that has no closer marker.
_GAP_WORD = re.compile(r"max|min|" + _DEFAULT_STARTS)
_GAP_MARKER = re.compile(
    rf"(?:(?P<max>max(?:imum)?)|(?P<min>min(?:imum)?)|(?P<default>{_DEFAULT_WORD}))(?![a-z])"
    r"(?:(?:[ \t]+|-)[a-z()'/-]+){0,5}?(?:[ \t]+(?:is|are|of|at|-|–)|[ \t]*[:=])?"
    r"[ \t*_`()\[\]~]*\Z"
)
_GAP_REACH = 60
# "(default 0, max 15 minutes)": the default borrows the unit of the max that follows it.
_DEFAULT_START = re.compile(_DEFAULT_STARTS)  # how every spelling of _DEFAULT_WORD starts
_DEFAULT_BEFORE_MAX = re.compile(
    rf"(?:by[ \t]+)?{_DEFAULT_WORD}(?:[ \t]+is)?[ \t]*[:=]?[ \t]*"
    r"(?P<n>[0-9]+(?:\.[0-9]+)?)(?![0-9.])[ \t]*[,;]?[ \t]*(?:and[ \t]+)?"
    r"(?:max(?:imum)?|min(?:imum)?)(?![a-z])[ \t]*[:=]?[ \t]*[*_`]*(?=[0-9])"
)
_AFTER = re.compile(
    r"(?i:[*_`]*(?:"
    rf"[ \t]*\([ \t]*(?:by[ \t]+)?(?P<default>{_DEFAULT_WORD})[ \t]*\)"
    r"|[ \t]*\([ \t]*(?:[A-Za-z]+[ \t]+)?(?P<max>max(?:imum)?|limit)[ \t]*\)"
    r"|[ \t]*\([ \t]*(?P<min>min(?:imum)?)[ \t]*\)"
    rf"|,?[ \t]+(?:by|as|is[ \t]+the|is)[ \t]+(?P<default2>{_DEFAULT_WORD})\b"
    r"|[ \t]+(?P<max2>max(?:imum)?|limit|at[ \t]+most|or[ \t]+less|or[ \t]+fewer)\b"
    r"|[ \t]+(?P<min2>minimum|at[ \t]+least|or[ \t]+more)\b"
    r"))"
)
_AFTER_REACH = 40
# Every marker contains one of these; a line without any skips the marker passes. (Literals
# only, no character class: the engine then skips to the characters they start with.)
_HINT = re.compile(r"max|min|up|most|under|less|below|limit|cap|least|than|exceed|above|over|"
                   r"<|>|≤|≥|"
                   + _DEFAULT_STARTS)
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")

# "1MB ingestion & 2MB of consumption per second": one word (what flows), then per-time.
_WORDS_PER = re.compile(
    rf"(?:[ \t]+(?i:of))?[ \t]+[A-Za-z]+[ \t]+(?i:per)[ \t]+(?P<pw>(?i:{_PER_WORDS})){_END}"
)
_SHARED_PER_GAP = re.compile(r"(?:[ \t]+[A-Za-z]+){0,2}[ \t]*(?:&|(?i:and))[ \t]*")


# --- conversion ----------------------------------------------------------------------------


def _plausible(written: str) -> bool:
    """More than 20 digits is an id or a hash, not a quantity anyone studies."""
    return len(written) <= 20 or sum(c.isdigit() for c in written) <= 20


def _number(written: str, mult: str | None) -> float:
    return float(written.replace(",", "")) * _mult_factor(mult)


def _mult_factor(mult: str | None) -> int:
    return {None: 1, "k": 1000, "K": 1000, "M": 1_000_000}[mult]


def _show_number(written: str, mult: str | None) -> str:
    """Thousands separators from 10,000 up; otherwise the digits as written."""
    plain = written.replace(",", "")
    if "." in plain:
        if mult is None:
            return plain
        value = float(plain) * _mult_factor(mult)  # "1.5K"
        if not value.is_integer():
            return f"{value:g}"
        whole = int(value)
    else:
        whole = int(plain) * _mult_factor(mult)  # exact, however many digits
    return f"{whole:,}" if whole >= 10000 else str(whole)


def _read_unit(text: str, m: re.Match, p: str, num_end: int) -> _Unit | None:
    token = m.group(p + "unit")
    if token is not None:
        glue = text[num_end:m.start(p + "unit")]
        spaced = " " in glue or "\t" in glue or "\u00a0" in glue
        if token == "m":
            return None if spaced else _glued_minutes(text)
        return _unit_token(token, spaced)
    head = m.group(p + "head")
    if head is None:
        return None
    one, many = _COUNT_HEADS[table_key(_COUNT_HEADS, head)]
    words = [w for w in m.group(p + "mods").split() if w.lower() not in _DROPPED_MODIFIERS]
    kept = " ".join(words)
    prefix = kept + " " if kept else ""
    noun = _FOREIGN_NOUN.get(head.lower(), head)
    return _Unit("count", "count", 1, prefix + one, prefix + many, noun=prefix + noun)


_MINUTES = _Unit("duration", "s", 60, "min", "min")


def _glued_minutes(line: str) -> _Unit | None:
    """"timeout 3s def / 15m max": a lower-case "m" glued to a number is minutes only on a line
    that measures a span of time (data/cues.json "duration_measure_stems"); "100m" of cable
    or "5m rows" (metres, millions) are no quantity. A capital "M" is never minutes."""
    return _MINUTES if stems("duration_measure_stems").search(line) else None


@lru_cache(maxsize=1024)  # a note writes few unit tokens, each many times
def _unit_token(token: str, spaced: bool) -> _Unit | None:
    low = token.lower()
    # Single capital letters only count when glued to the number ("29S", "24H", "0B"):
    # "Option 5 B" or "Plan 2 H" should not become quantities.
    if token in ("S", "H", "B") and spaced:
        return None
    if token == "b":  # a lower-case b is bits, not bytes
        return None
    if low in _PERCENT:
        return _Unit("percent", "%", 1, "%", "%")
    if low in _DURATIONS:
        one, many, secs = _DURATIONS[low]
        return _Unit("duration", "s", secs, one, many)
    if low in _SIZES:
        disp, mult = _SIZES[low]
        return _Unit("size", "B", mult, disp, disp)
    if low in _BITRATES:
        if token[-3] == "B":  # "MBps": bytes per second
            disp, mult = _SIZES[low[:-2]]
            return _Unit("bandwidth", "B/s", mult, disp + "/s", disp + "/s")
        disp, bits = _BITRATES[low]
        return _Unit("bandwidth", "B/s", bits / 8, disp, disp)
    if low in _RATE_ABBR:
        noun, one, many = _RATE_ABBR[low]
        return _Unit("rate", "per_s", 1, one, many, noun=noun)
    return None


def _apply_per(unit: _Unit, per: str | None) -> _Unit | None:
    """A size per time is a bandwidth, a count per time a rate; anything else ignores it."""
    if per is None:
        return None
    return _unit_per(unit, table_key(_PER_TIME, per))


@lru_cache(maxsize=1024)  # a note writes a few units per a few times, each many times
def _unit_per(unit: _Unit, per: str) -> _Unit | None:
    suffix, secs = _PER_TIME[per]
    if unit.dimension == "size":
        return _Unit("bandwidth", "B/s", unit.factor / secs, unit.singular + suffix,
                     unit.plural + suffix)
    if unit.dimension == "count":
        return _Unit("rate", "per_s", unit.factor / secs, unit.singular + suffix,
                     unit.plural + suffix, noun=unit.noun)
    return None


def _per_token(m: re.Match, p: str) -> tuple[str | None, int]:
    for g in _PER_GROUPS[p]:
        token = m.group(g)
        if token is not None:
            return token, m.end(g)
    return None, -1


# the per-time groups of each prefix, named once (not joined for every number)
_PER_GROUPS = {p: (p + "pa", p + "pw") for p in ("s_", "hi_")}


def _with_unit(number_text: str, unit: _Unit, value: float) -> str:
    word = unit.singular if value == 1 and not number_text.endswith("+") else unit.plural
    if word == "%":
        return number_text + word
    if word == "B":
        # a bare "B" after a number is easily misread ("1024 B" for a key's length): bytes are
        # spelled out, their thousands separated as a student reads them ("1,024 bytes")
        word = "byte" if value == 1 and not number_text.endswith("+") else "bytes"
        number_text = _DIGIT_RUN.sub(lambda m: f"{int(m.group(0)):,}", number_text)
    return f"{number_text} {word}"


_DIGIT_RUN = re.compile(r"(?<![\d.,])\d{4}(?![\d.,])")  # "1024" in "1024" or "1–1024"


def _direct_markers(lowered: str) -> dict[int, str]:
    """Direct markers ("up to", "max:", "(default:") by the offset where their quantity starts."""
    ends: dict[int, str] = {}
    for start in _MARKER_START.finditer(lowered):
        i = start.start()
        if i > 0 and lowered[i].isalpha() and lowered[i - 1].isalpha():
            continue  # inside a word: "data", "admin"
        if lowered.startswith("min", i) and lowered[max(0, i - 2):i].strip(" -").isdigit():
            continue  # "5 min 63 days": the minutes of a number, not a minimum
        m = _DIRECT_MARKER.match(lowered, i)
        if m and m.end() not in ends:
            # the longest marker, the one that starts first, says it: "not less than 1 day" is
            # a minimum, though "less than 1 day" ends at the same number
            ends[m.end()] = m.lastgroup or ""
    return ends


def _after(text: str, end: int) -> str:
    m = _AFTER.match(text, end, min(len(text), end + _AFTER_REACH))
    return (m.lastgroup or "").rstrip("23") if m else ""


@dataclass(slots=True)
class _Found:
    """A quantity while the line is being read; frozen into a Quantity at the end."""

    start: int
    end: int
    value: str
    number: float | None
    unit: _Unit | None  # None only for a range whose unit is unknown ("MIN=0, Max=15")
    low: float | None = None
    high: float | None = None
    default_low: bool = False
    qualifier: str | None = None  # None: look for markers around it once the line is read
    per: str | None = None  # a spelled-out "per second", which an earlier size may share

    def freeze(self, text: str) -> Quantity:
        u = self.unit
        return Quantity(
            self.start, self.end, text[self.start:self.end], self.value, self.number,
            u.unit if u else "", self.low, self.high, self.low is not None,
            self.qualifier or "", u.dimension if u else "count", u.noun if u else "",
            self.default_low,
        )


@lru_cache(maxsize=1024)  # notes write the same few numbers again and again
def _single_number(written: str, mult: str | None) -> tuple[bool, float, str]:
    """(plausible, value, shown) of a single quantity's number as written."""
    if not _plausible(written):
        return False, 0.0, ""
    return True, _number(written, mult), _show_number(written, mult)


def _from_single(text: str, m: re.Match) -> _Found | None:
    written, mult, plus = m.group("s_num", "s_mult", "s_plus")
    plausible, value, shown = _single_number(written, mult)
    if not plausible:
        return None
    unit = _read_unit(text, m, "s_", max(m.end("s_num"), m.end("s_mult"), m.end("s_plus")))
    if unit is None:
        return None
    if mult and unit.dimension not in ("count", "rate"):
        return None
    token = m.group("s_unit")
    if token is not None and token.lower() == "s" and calendar_year(written) and not mult:
        return None  # "the 1990s"
    if unit.unit == "s" and unit.factor == YEAR and calendar_year(written) and not mult:
        return None  # "nuo 2023 metų": since 2023, no 2023 years
    end = m.end("s_unit") if token is not None else m.end("s_head")
    per, per_end = _per_token(m, "s_")
    per_unit = _apply_per(unit, per) if per else None
    if per_unit is not None:
        unit, end = per_unit, per_end
    if plus:
        shown += "+"
    return _Found(
        m.start(), end, _with_unit(shown, unit, value), value * unit.factor, unit,
        qualifier="min" if plus else None,
        # only a spelled-out "per second" may be shared with an earlier size
        per=m.group("s_pw") if per_unit is not None else None,
    )


def _range_value(lo_txt: str, lo: _Unit | None, lo_n: float, hi_txt: str, hi: _Unit | None,
                 hi_n: float) -> str:
    if hi is None:
        return f"{lo_txt}–{hi_txt}"
    if lo is None or lo.singular == hi.singular or lo.plural == hi.plural or lo_n == 0:
        return _with_unit(f"{lo_txt}–{hi_txt}", hi, hi_n)
    return f"{_with_unit(lo_txt, lo, lo_n)} – {_with_unit(hi_txt, hi, hi_n)}"


def _make_range(start: int, end: int, lo_txt: str, lo_mult: str | None, lo: _Unit | None,
                hi_txt: str, hi_mult: str | None, hi: _Unit | None,
                default_low: bool) -> _Found | None:
    if not (_plausible(lo_txt) and _plausible(hi_txt)):
        return None
    if (lo_mult or hi_mult) and not all(u is None or u.dimension in ("count", "rate")
                                        for u in (lo, hi)):
        return None
    lo_n, hi_n = _number(lo_txt, lo_mult), _number(hi_txt, hi_mult)
    if lo is not None and hi is not None and lo.dimension != hi.dimension:
        return None
    if hi is None and lo is not None:
        hi = lo
    if hi is None:
        # A range with no unit at all: only explicit "between"/"min..max" forms get here.
        if calendar_year(lo_txt) or calendar_year(hi_txt):
            return None
        low, high = lo_n, hi_n
    else:
        low, high = lo_n * (lo or hi).factor, hi_n * hi.factor
    if low > high:
        return None  # "from 5 minutes to 3 minutes" is a change, not a range
    value = _range_value(_show_number(lo_txt, lo_mult), lo, lo_n, _show_number(hi_txt, hi_mult),
                         hi, hi_n)
    return _Found(start, end, value, None, hi, low=low, high=high, default_low=default_low)


def _from_range(text: str, m: re.Match) -> _Found | None:
    lo = _read_unit(text, m, "lo_", max(m.end("lo"), m.end("lomult")))
    if (m.group("lo_unit") or m.group("lo_head")) and lo is None:
        return None
    hi_end = max(m.end("hi"), m.end("himult"))
    hi = _read_unit(text, m, "hi_", hi_end)
    has_hi = m.group("hi_unit") is not None or m.group("hi_head") is not None
    if has_hi and hi is None:
        return None
    end = m.end("hi_unit") if m.group("hi_unit") else m.end("hi_head") if has_hi else hi_end
    per, per_end = _per_token(m, "hi_")
    if hi is not None and per is not None:
        per_hi = _apply_per(hi, per)
        if per_hi is not None:
            hi, end = per_hi, per_end
            if lo is not None:
                lo = _apply_per(lo, per)
                if lo is None:
                    return None
    return _make_range(m.start(), end, m.group("lo"), m.group("lomult"), lo, m.group("hi"),
                       m.group("himult"), hi, m.group("dl") is not None)


def _from_minmax(text: str, m: re.Match) -> _Found | None:
    lo = _read_unit(text, m, "mlo_", m.end("mlo"))
    if (m.group("mlo_unit") or m.group("mlo_head")) and lo is None:
        return None
    hi = _read_unit(text, m, "mhi_", m.end("mhi"))
    if (m.group("mhi_unit") or m.group("mhi_head")) and hi is None:
        return None
    f = _make_range(m.start(), m.end(), m.group("mlo"), None, lo, m.group("mhi"), None, hi,
                    False)
    if f is not None:
        f.qualifier = ""  # the min/max markers are the range's own syntax
    return f


def _at(text: str, c: re.Match) -> _Found | None:
    """A candidate with a range separator after it: the range if it is one, else the single."""
    i = c.start()
    j = i - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    # "from" or "between" right before the number belong to the range
    prefix = _PREFIX.search(text, max(0, i - 16), i) if j >= 0 and text[j].isalpha() else None
    for start in (i,) if prefix is None else (prefix.start(), i):
        m = _RANGE_RE.match(text, start)
        f = _from_range(text, m) if m else None
        if f is not None:
            return f
    return None if c.group("bare") is not None else _from_single(text, c)


def _min_max_pairs(text: str, lowered: str) -> list[_Found]:
    """"min 0 and max 3600s", "MIN=0, Max=15": ranges spelled with their own markers."""
    pairs: list[_Found] = []
    end = 0
    for word in _MIN_WORD.finditer(lowered):
        i = word.start()
        if i < end or (i > 0 and lowered[i - 1].isalpha()):
            continue
        m = _MINMAX_RE.match(text, i)
        f = _from_minmax(text, m) if m else None
        if f is not None:
            pairs.append(f)
            end = f.end
    return pairs


def _scan(text: str, lowered: str) -> list[_Found]:
    pairs = _min_max_pairs(text, lowered)
    found: list[_Found] = []
    pos = k = 0
    while (c := _CANDIDATE.search(text, pos)) is not None:
        while k < len(pairs) and pairs[k].start < pos:
            k += 1  # overlaps something already taken
        if k < len(pairs) and pairs[k].start <= c.start():
            found.append(pairs[k])
            pos = pairs[k].end
            k += 1
            continue
        # the common case needs no second look: a single with no range going on
        ranged = c.group("bare") is not None or c.group("ahead") is not None
        f = _at(text, c) if ranged else _from_single(text, c)
        if f is None:
            pos = c.end()
        else:
            found.append(f)
            pos = f.end
    found.extend(p for p in pairs[k:] if p.start >= pos)
    return found


def _is_single_size(f: _Found) -> bool:
    return f.low is None and f.unit is not None and f.unit.dimension == "size"


def _spread_per_second(text: str, found: list[_Found]) -> None:
    """"1MB ingestion & 2MB of consumption per second": the per-time phrase covers both."""
    for i, f in enumerate(found):
        if not _is_single_size(f):
            continue
        m = _WORDS_PER.match(text, f.end)
        limit = found[i + 1].start if i + 1 < len(found) else len(text)
        if m is not None and m.end() <= limit:
            _promote(f, m.group("pw"), m.end())
    for i in range(len(found) - 2, -1, -1):
        f, nxt = found[i], found[i + 1]
        if (_is_single_size(f) and nxt.per is not None
                and _SHARED_PER_GAP.fullmatch(text, f.end, nxt.start)):
            _promote(f, nxt.per, f.end)


def _promote(f: _Found, per: str, end: int) -> None:
    """Turn a size into a bandwidth with a per-time phrase found after it."""
    assert f.unit is not None and f.number is not None
    unit = _apply_per(f.unit, per)
    assert unit is not None
    written = f.value.split(" ", 1)[0]
    number = f.number / f.unit.factor
    f.end, f.value, f.number = end, _with_unit(written, unit, number), number * unit.factor
    f.unit, f.per = unit, per


def _gap_marker(lowered: str, words: list[int], start: int) -> str:
    k = bisect_left(words, start - _GAP_REACH)
    while k < len(words) and words[k] < start:
        i = words[k]
        k += 1
        if i > 0 and lowered[i - 1].isalpha() or lowered[max(0, i - 2):i].strip(" -").isdigit():
            continue  # inside a word ("admin"), or the unit of a duration ("5 min wait ... 2 s")
        m = _GAP_MARKER.match(lowered, i, start)
        if m:
            return m.lastgroup or ""
    return ""


def _qualify(text: str, lowered: str, found: list[_Found]) -> None:
    """Markers right before a quantity win over markers right after it, then "max ... is"."""
    if not found:
        return
    hinted = _HINT.search(lowered) is not None
    direct = _direct_markers(lowered) if hinted else {}
    words: list[int] | None = None  # where gap markers may start: found when first needed
    for f in found:
        if f.qualifier is None:
            f.qualifier = direct.get(f.start) or _after(text, f.end)
            if not f.qualifier:
                if words is None:
                    words = [m.start() for m in _GAP_WORD.finditer(lowered)] if hinted else []
                f.qualifier = _gap_marker(lowered, words, f.start)


def _borrow_default(lowered: str, found: list[_Found]) -> list[_Found]:
    """"(default 0, max 15 minutes)": a bare default number takes the unit of its max."""
    for f in found:
        if f.qualifier in ("max", "min"):
            break
    else:
        return found
    if _DEFAULT_START.search(lowered) is None:
        return found  # every match of _DEFAULT_BEFORE_MAX spells "default"
    defaults = {m.end(): m for m in _DEFAULT_BEFORE_MAX.finditer(lowered)}
    extra: list[_Found] = []
    prev_end = 0
    for f in found:
        m, before = defaults.get(f.start), prev_end
        prev_end = f.end
        if m is None or f.low is not None or f.qualifier not in ("max", "min") or not f.unit:
            continue
        if m.start("n") < before or not _plausible(m.group("n")):
            continue  # the number belongs to the quantity before (not seen, but never overlap)
        written = m.group("n")
        value = float(written)
        extra.append(_Found(
            m.start("n"), m.end("n"), _with_unit(_show_number(written, None), f.unit, value),
            value * f.unit.factor, f.unit, qualifier="default"))
    return sorted(found + extra, key=lambda f: f.start) if extra else found


# "up to 365" closing a clause: a bare number after "up to" with nothing after it that could be
# its own unit or noun
_BARE_CAP = re.compile(
    r"(?<![a-z])up[ \t]+to[ \t]+[*_`]*(?P<n>[1-9][0-9]{0,2}(?:,[0-9]{3})+|[1-9][0-9]*)[*_`]*"
    r"(?=[ \t]*(?:$|[,;)]|\.(?:\s|$)))")


def _bare_after_up_to(lowered: str, found: list[_Found]) -> bool:
    """Whether a digit after some "up to" starts no quantity found: a cheap look before the
    regex, since nearly every "up to" is followed by a quantity with its unit."""
    starts = {f.start for f in found}
    at = lowered.find("up to")
    while at >= 0:
        j = at + 5
        while j < len(lowered) and lowered[j] in " \t*_`":
            j += 1
        if j < len(lowered) and lowered[j].isdigit() and j not in starts:
            return True
        at = lowered.find("up to", j)
    return False


def _borrow_cap(lowered: str, found: list[_Found]) -> list[_Found]:
    """"extended up to 7 days costs extra, long term up to 365": a later, larger "up to" cap
    written with no unit is the same setting's next tier and takes the unit of the cap before
    it. Only when nothing follows the number in its clause (so no noun of its own is dropped),
    no other number stands between the two, and the number is larger (a tier that raises the
    cap; a smaller bare number may count something else)."""
    if not _bare_after_up_to(lowered, found):
        return found  # most "up to" lines: their number has its unit
    extra: list[_Found] = []
    for m in _BARE_CAP.finditer(lowered):
        start, end = m.span("n")
        before = [f for f in found if f.end <= m.start()]
        if not before or any(f.start < end and start < f.end for f in found):
            continue
        cap = before[-1]
        if (cap.qualifier != "max" or cap.unit is None or cap.low is not None
                or cap.number is None or any(c.isdigit() for c in lowered[cap.end:m.start()])):
            continue
        written = m.group("n")
        value = float(written.replace(",", ""))
        if value * cap.unit.factor <= cap.number:
            continue
        extra.append(_Found(start, end, _with_unit(_show_number(written, None), cap.unit, value),
                            value * cap.unit.factor, cap.unit, qualifier="max"))
    return sorted(found + extra, key=lambda f: f.start) if extra else found


# "300 TPS w/o batching, 3000 with", "default 300 s, max 3600": a second value of the same
# measure written without its unit, right after the first (past a comma, "or", a slash or a
# bracket), and followed only by "with"/"without" and its case or by nothing. ("10,000 rps
# steady, 5,000 burst" is left: the burst is another measure, and read so it was filed as the
# account's throttle limit.)
# "with"/"without" in the notes' other languages ("300 msg/s sin batching, 3000 con batching",
# "mit/ohne Batching"): read so only right before a batch word, as these short words mean
# other things elsewhere ("con" a drawback, "com" a domain)
WITHOUT_ELSEWHERE = r"sin|ohne|sans|sem|senza|zonder|bez"
WITH_ELSEWHERE = r"con|mit|avec|com|met|z"
_BARE_SECOND = re.compile(
    r"(?:[,;/(]|\bor\b|\band\b)[ \t]*(?:or[ \t]+)?[*_`]*"
    r"(?P<mark>(?:max(?:imum)?|min(?:imum)?|default)[ \t]*:?[ \t]*)?"
    r"(?P<n>[1-9][0-9]{0,2}(?:,[0-9]{3})+|[1-9][0-9]*)[*_`]*(?P<per>[ \t]+per[ \t]+sec(?:ond)?\b)?"
    r"(?=[ \t]*(?:(?:with|without|w/o?)(?![a-z])"
    rf"|(?:{WITHOUT_ELSEWHERE}|{WITH_ELSEWHERE})[ \t]+batch"
    r"|$|[,;](?![0-9])|\)|\.(?:\s|$)"
    # (or one word closing the clause, the case that contrasts with the first's: see _contrast)
    r"|(?P<case>[a-z]{3,})(?=[ \t]*(?:$|[,;)]|\.(?:\s|$)))))")
# "250 MB unzipped (50 zipped)", "100 GB encrypted, 20 unencrypted": a bare second value whose
# one word is the first value's word with or without a negating prefix names the other case of
# the same setting (the 50 was lost, and the 250 MB kept no case). Any other word may be
# another measure ("10,000 rps steady, 5,000 burst": a burst is no rate), so only these.
_FIRSTS_WORD = re.compile(r"[*_`]*[ \t]+([a-z]{3,})")
_NEGATING = ("un", "non", "non-", "in", "de")


def _contrast(first_word: str, second_word: str) -> bool:
    """Whether one word is the other with a negating prefix ("zipped", "unzipped")."""
    for a, b in ((first_word, second_word), (second_word, first_word)):
        if any(a == p + b for p in _NEGATING):
            return True
    return False
# a few words of the first value's case, no number, and no clause ended: "RCU 4 KB / WCU 1 KB,
# LSI only at creation (5)" counts LSIs (5 KB was read)
_SECOND_GAP = re.compile(r"[^\d,;]{0,30}")
_SECOND_MARK = {"max": "max", "maximum": "max", "min": "min", "minimum": "min",
                "default": "default"}


def _borrow_second(lowered: str, found: list[_Found]) -> list[_Found]:
    """The second value takes the unit of the first. Only a single value with a unit before
    it, with no other number between, and no word after the bare number but its case: a
    bare number followed by a noun of its own ("10 for FIFO" aside) counts something else."""
    extra: list[_Found] = []
    taken = [(f.start, f.end) for f in found]
    for m in _BARE_SECOND.finditer(lowered, found[0].end):
        start, end = m.start("n"), m.end("per") if m.group("per") else m.end("n")
        if any(s < end and start < e for s, e in taken):
            continue
        first = next((f for f in reversed(found) if f.end <= m.start()), None)
        mark = (m.group("mark") or "").strip(" \t:")
        # "1-35 days, default 7": a range's default is written bare too (only when it is
        # marked: a bare number after a range may be anything)
        ranged = first is not None and first.low is not None and mark == "default"
        if (first is None or first.unit is None or (first.number is None and not ranged)
                or (first.low is not None and not ranged)
                or _SECOND_GAP.fullmatch(lowered, first.end, m.start()) is None):
            continue
        if m.group("case") is not None:
            own = _FIRSTS_WORD.match(lowered, first.end)
            if own is None or not _contrast(own.group(1), m.group("case")):
                continue
        written = m.group("n")
        value = float(written.replace(",", ""))
        if ranged and not _inside_range(first, value * first.unit.factor):
            # "0-12 hours (default 30)": a default outside the range is in another unit (30 s),
            # and the line does not say which; 30 h would be taught as the default
            continue
        extra.append(_Found(start, end, _with_unit(_show_number(written, None), first.unit, value),
                            value * first.unit.factor, first.unit,
                            qualifier=_SECOND_MARK.get(mark)))
    return sorted(found + extra, key=lambda f: f.start) if extra else found


def _inside_range(rng: _Found, canonical: float) -> bool:
    high = rng.high if rng.high is not None else rng.number
    return rng.low is not None and high is not None and rng.low <= canonical <= high


def _unread_digit_after(lowered: str, found: list[_Found]) -> bool:
    """Whether a digit stands after the first quantity outside every quantity found: a cheap
    look before _BARE_SECOND's regex (most lines have none)."""
    for f, nxt in zip(found, found[1:] + [None], strict=True):
        stop = nxt.start if nxt is not None else len(lowered)
        if _A_DIGIT.search(lowered, f.end, stop):
            return True
    return False


_A_DIGIT = re.compile(r"\d")


# "3,500 PUT/COPY/POST/DELETE and 5,500 GET/HEAD per second per prefix": request rates whose
# noun is the operations they count, the per-second phrase written once after both. Read as
# nothing before (no unit stood after either number): S3's prefix rates, in 20 development notes
_OP = r"(?:GET|PUT|POST|DELETE|HEAD|COPY|LIST)"
_OPS = rf"{_OP}(?:[ \t]*/[ \t]*{_OP})*"
_OP_NUMBER = r"[1-9][0-9]{0,2}(?:,[0-9]{3})+|[1-9][0-9]*"
_OPERATION_RATE = re.compile(
    rf"(?<![\w.,])(?P<n1>{_OP_NUMBER})[*_`]*[ \t]*(?P<o1>{_OPS})\b[*_`]*"
    rf"(?:[ \t]*(?:and|\+|&|,|/)[ \t]*[*_`]*(?P<n2>{_OP_NUMBER})[*_`]*[ \t]*"
    rf"(?P<o2>{_OPS})\b[*_`]*)?"
    r"[ \t]*(?:(?i:requests?|reqs?)[ \t]+)?(?:(?i:per[ \t]+prefix)[ \t]+)?"
    r"(?i:per[ \t]+sec(?:ond)?\b|/[ \t]*s(?:ec)?\b|req(?:uest)?s?[ \t]*/[ \t]*s(?:ec)?\b)")
_SPACES_IN_OPS = re.compile(r"[ \t]+")


def _operation_rates(text: str, found: list[_Found]) -> list[_Found]:
    """Each such number is a rate of the requests it names: "3500 PUT/COPY/POST/DELETE
    requests/s" (the operations stay in the value, which says whose rate it is)."""
    extra: list[_Found] = []
    for m in _OPERATION_RATE.finditer(text):
        for group, ops in (("n1", "o1"), ("n2", "o2")):
            if m.group(group) is None:
                continue
            start, end = m.span(group)
            if any(f.start < end and start < f.end for f in found):
                continue
            named = _SPACES_IN_OPS.sub("", m.group(ops))
            unit = _Unit("rate", "per_s", 1.0, f"{named} request/s", f"{named} requests/s",
                         "req")
            written = m.group(group)
            value = float(written.replace(",", ""))
            extra.append(_Found(start, end, _with_unit(_show_number(written, None), unit, value),
                                value, unit))
    return sorted(found + extra, key=lambda f: f.start) if extra else found


# "300 mezu/segundo", "10000 zahtevkov/s": a rate whose noun no table holds (the note's own
# language), read as nothing before (extract/unread_noun_rates.py)
_UNREAD_NOUN_RATE = rate_pattern(tuple(
    spelling for spelling, (_suffix, secs) in _PER_TIME.items() if secs in (1, 60)))


def _unread_noun_rates(text: str, found: list[_Found]) -> list[_Found]:
    """Each number that no quantity read, with a word of letters and a second or a minute
    after it, is that many of the word per second ("300 mezu/s")."""
    extra: list[_Found] = []
    for m in _UNREAD_NOUN_RATE.finditer(text):
        start, end = m.span()
        noun = m.group("noun")
        if any(f.start < end and start < f.end for f in found) or not counted_noun(noun) \
                or _unit_token(noun, True) is not None:
            continue
        suffix, secs = _PER_TIME[table_key(_PER_TIME, m.group("per"))]
        unit = _Unit("rate", "per_s", 1.0 / secs, f"{noun}{suffix}", f"{noun}{suffix}", noun)
        written = m.group("n")
        value = float(written.replace(",", ""))
        extra.append(_Found(start, end, _with_unit(_show_number(written, None), unit, value),
                            value / secs, unit))
    return sorted(found + extra, key=lambda f: f.start) if extra else found


# "IAM users per account: 5,000", "targets per rule = 5": a count whose noun is the label
# before it, a colon or "=" between. Read as nothing before (the number has no noun after it);
# the same count written "5,000 users per account" was read
_LABELLED_COUNT = re.compile(
    r"(?<![\w-])(?P<noun>[A-Za-z][A-Za-z-]*s)[ \t]+per[ \t]+"
    r"(?!(?i:sec|second|s|min|minute|hour|hr|day|week|month|year)\b)"  # a rate: no count
    r"(?:[A-Za-z][\w-]*[ \t]+){0,2}?"
    r"[A-Za-z][\w-]*[ \t*_`]*[:=][ \t]*[*_`]*(?P<n>[1-9][0-9]{0,2}(?:,[0-9]{3})+|[1-9][0-9]*)"
    r"(?![\d,.])(?![*_`]*[ \t]*(?!(?i:max|min|default|soft|hard|by)\b)[A-Za-z%])")


def _labelled_counts(text: str, found: list[_Found]) -> list[_Found]:
    """Only nouns the scanner counts ("users", "targets", "buckets"): "3 rules" is a count
    where "3 ms" is not, and a label of any other word ("scales per prefix: 3,500") is none."""
    return _counts_named_by_label(_LABELLED_COUNT, text, found)


def _counts_named_by_label(pattern: re.Pattern, text: str, found: list[_Found]) -> list[_Found]:
    """The counts `pattern` finds (its group "noun" names what is counted, "n" the number),
    where the scanner counts that noun and no quantity already holds the number."""
    extra: list[_Found] = []
    for m in pattern.finditer(text):
        start, end = m.span("n")
        if any(f.start < end and start < f.end for f in found):
            continue
        counted = _scan(f"2 {m.group('noun')}", f"2 {m.group('noun')}".lower())
        if len(counted) != 1 or counted[0].unit is None or counted[0].unit.dimension != "count":
            continue
        written = m.group("n")
        value = float(written.replace(",", ""))
        unit = counted[0].unit
        extra.append(_Found(start, end, _with_unit(_show_number(written, None), unit, value),
                            value * unit.factor, unit))
    return sorted(found + extra, key=lambda f: f.start) if extra else found


# "60 inbound + 60 outbound rules", "50 inbound and 50 outbound rules": a bare number and a
# modifier joined to a count of the same noun under another modifier counts that noun too.
# The scan read only the outbound rules, and the note's inbound limit answered nothing.
_MODIFIED_BEFORE = re.compile(
    rf"(?<![\w.,$/-])(?P<n>[1-9][0-9]{{0,2}}(?:,[0-9]{{3}})+|[1-9][0-9]*)[*_`]*[ \t]+"
    rf"(?P<mod>(?i:{_MOD_WORDS}))[*_`]*[ \t]*(?:\+|&|/|(?i:and|or))[ \t]*[*_`]*$")


def _shared_nouns(text: str, found: list[_Found]) -> list[_Found]:
    """Each count whose noun a kept modifier opens gives its noun to such a number before it."""
    extra: list[_Found] = []
    for k, f in enumerate(found):
        u = f.unit
        if u is None or u.dimension != "count" or f.low is not None or " " not in u.noun:
            continue
        mod, _, head = u.noun.partition(" ")
        if mod.lower() not in _KEPT_MODIFIERS:
            continue  # ("1 primary + 10 read replicas": a read replica is no modified replica)
        lead_from = found[k - 1].end if k else 0
        m = _MODIFIED_BEFORE.search(text, max(lead_from, f.start - 40), f.start)
        if m is None or m.group("mod").lower() not in _KEPT_MODIFIERS \
                or m.group("mod").lower() == mod.lower():
            continue
        one, many = u.singular.partition(" ")[2], u.plural.partition(" ")[2]
        own = m.group("mod")
        unit = _Unit("count", "count", 1, f"{own} {one}", f"{own} {many}", noun=f"{own} {head}")
        written = m.group("n")
        value = float(written.replace(",", ""))
        extra.append(_Found(m.start("n"), m.end("mod"),
                            _with_unit(_show_number(written, None), unit, value), value, unit))
    return sorted(found + extra, key=lambda f: f.start) if extra else found


# "max 16 Nitro instances", "max 500 resources", "up to 25 put/delete requests": a bound, a
# number and a plural noun the scanner does not count, or a counted one behind a word it does
# not take as a modifier. Read as nothing before, so the line's one limit gave no card and no
# answer; the bound says it is a limit of how many, the noun names what is counted.
_BOUNDED_COUNT = re.compile(
    r"(?<![A-Za-z])(?i:up[ \t]+to|max(?:imum)?(?:[ \t]+of)?|at[ \t]+most|no[ \t]+more[ \t]+than"
    r"|at[ \t]+least|min(?:imum)?(?:[ \t]+of)?)[ \t]*[:=]?[ \t]*[*_`]*"
    r"(?P<n>[1-9][0-9]{0,2}(?:,[0-9]{3})+|[1-9][0-9]*)(?![\w.,%/$])[*_`]*[ \t]+"
    r"(?P<noun>(?:(?P<mod>[A-Za-z][\w-]*(?:/[A-Za-z][\w-]*)?)[ \t]+)?"
    r"(?P<head>[A-Za-z][a-z-]{1,}[a-rt-z]s|[A-Z]{2,}s))"
    r"(?![\w-])")
# words that end in "s" and count nothing, and words that are no modifier of a noun
_NOT_COUNTED = frozenset("""always perhaps sometimes towards afterwards whereas besides unless
    regardless does goes has was its this thus yes others ones things ways times""".split())
_NOT_MODIFIERS = frozenset("""per of in on at for the a an and or to with by from is are be
    more less than other than""".split())


# plural spellings of units the scanner does not list ("Gbits", "Gigabits", "exabytes",
# "Gigs", "millis", "micros"), and the nines of a durability ("11 nines"): measures, not things
_UNIT_SPELLING = re.compile(
    r"(?i:(?:kilo|mega|giga|tera|peta|exa|zetta|milli|micro|nano|[kmgtpez]i?)?"
    r"(?:bit|byte|b)s|gigs|megs|millis|micros|nanos|secs|mins|hrs|nines|percents)")


def _bounded_counts(text: str, found: list[_Found]) -> list[_Found]:
    extra: list[_Found] = []
    for m in _BOUNDED_COUNT.finditer(text):
        start, end = m.start("n"), m.end("noun")
        mod, head = m.group("mod"), m.group("head")
        if (any(f.start < end and start < f.end for f in found) or head.lower() in _NOT_COUNTED
                or (mod is not None and (mod.lower() in _NOT_MODIFIERS or mod[0].isdigit()))):
            continue
        written = m.group("n")
        value = float(written.replace(",", ""))
        known = _COUNT_HEADS.get(head.lower())
        # "max 64 TBs", "at least 50 percents": a unit written in the plural is that unit
        unit_of = _scan(f"2 {_singular(head)}", f"2 {_singular(head)}".lower()) if (
            known is None) else []
        measure = unit_of[0].unit if len(unit_of) == 1 else None
        if measure is not None and measure.dimension != "count":
            if mod is None:  # ("up to 10 free GBs": a bound of what, unsaid; read as nothing)
                extra.append(_Found(start, m.end("head"),
                                    _with_unit(_show_number(written, None), measure, value),
                                    value * measure.factor, measure))
            continue
        if known is None and _UNIT_SPELLING.fullmatch(head):
            continue  # "up to 25 Gbits", "max 10 Gigs", "11 nines": a unit, no thing counted
        if known is None and mod is not None and mod[0].islower() and count_head(mod) is None:
            # "up to 5 small widgets": an adjective and an unlisted noun; "7 core checks" is
            continue  # a compound of a counted noun
        one, many = known or (_singular(head), head)
        prefix = f"{mod} " if mod else ""
        unit = _Unit("count", "count", 1, prefix + one, prefix + many, noun=prefix + head)
        extra.append(_Found(start, end, _with_unit(_show_number(written, None), unit, value),
                            value, unit))
    return sorted(found + extra, key=lambda f: f.start) if extra else found


def _singular(plural: str) -> str:
    if plural.endswith("ies"):
        return plural[:-3] + "y"
    return plural[:-1]


# "read replicas: up to 15", "GSIs - max 20": a counted noun as the label, then a bound and the
# number bare (nothing after it in its clause). Only nouns the scanner counts, as above
_LABEL_THEN_BOUND = re.compile(
    r"(?<![\w-])(?P<noun>[A-Za-z][A-Za-z-]*s)[ \t*_`]*(?:[:=]|[ \t]-|[ \t]–)[ \t]*[*_`]*"
    r"(?:up[ \t]+to|max(?:imum)?|at[ \t]+most|<=?|≤)[ \t:]*[*_`]*"
    r"(?P<n>[1-9][0-9]{0,2}(?:,[0-9]{3})+|[1-9][0-9]*)(?![\d,.])[*_`]*"
    r"(?=[ \t]*(?:$|[,;()]|\.(?:\s|$)))", re.IGNORECASE)


def _label_bound_counts(text: str, found: list[_Found]) -> list[_Found]:
    return _counts_named_by_label(_LABEL_THEN_BOUND, text, found)


# "Basic: 7 core checks", "5 instance types": a counted noun in the singular after a number
# above one names what the next noun is of; the count is of the checks, not of cores. A name
# may come between ("7 core Trusted Advisor checks", "2 vCPU EC2 instances": up to three
# capitalised words), as it does in any compound of a product's name: read as 7 cores before
_NEXT_NOUN = re.compile(r"[*_`]*(?:[ \t]+[A-Z][A-Za-z0-9-]*){0,3}"
                        r"[ \t]+[a-z][a-z-]+[a-rt-z]s(?![\w-])")


def _without_noun_adjuncts(text: str, found: list[_Found]) -> list[_Found]:
    out = []
    for f in found:
        u = f.unit
        if (u is not None and u.dimension == "count" and f.number is not None and f.number != 1
                and f.low is None and u.singular != u.plural
                and text[f.start:f.end].lower().endswith(u.singular.lower().split()[-1])
                and _NEXT_NOUN.match(text, f.end)):
            continue
        out.append(f)
    return out


# "KMS request quota 5,500 / 10,000 / 30,000 rps", "dedicated 1, 10 or 100 Gbps": a list of
# values, one per region or option, the unit written once after the last. Only the last was
# read, so the note seemed to say 30,000 alone; the value now shows the whole list (its
# number stays the last, the largest)
_OPTIONS_BEFORE = re.compile(
    r"(?<![\w.,/])((?:[1-9][0-9]{0,2}(?:,[0-9]{3})+|[0-9]+(?:\.[0-9]+)?)[ \t]*(?:/|,|,?[ \t]+or)"
    r"[ \t]*){2,5}$")  # three values or more: "1 or 3 years" is a choice of two terms
_OPTION_NUMBER = re.compile(r"[0-9][0-9,.]*")


def _listed_options(text: str, found: list[_Found]) -> None:
    """Each single value right after such a list takes the list into its value and span, when
    the numbers rise to it (a list of options; "16,000 / 1,000 MiB/s" is two measures)."""
    for k, f in enumerate(found):
        if f.number is None or f.low is not None or f.unit is None:
            continue
        lead = text[max(0, f.start - 60):f.start]
        if not lead.rstrip(" \t").endswith(("/", ",", "or")):
            continue
        m = _OPTIONS_BEFORE.search(lead)
        previous_end = found[k - 1].end if k else 0
        if m is None or f.start - len(lead) + m.start() < previous_end:
            continue
        numbers = [float(n.rstrip(",.").replace(",", ""))
                   for n in _OPTION_NUMBER.findall(m.group(0))]
        own = _OPTION_NUMBER.match(text, f.start)
        if own is None:
            continue
        numbers.append(float(own.group(0).rstrip(",.").replace(",", "")))
        if any(b <= a for a, b in zip(numbers, numbers[1:], strict=False)):
            continue
        glued = not text[f.start - 1].isspace()  # "1/10/100 Gbps" stays as written
        f.value = f"{' '.join(m.group(0).split())}{'' if glued else ' '}{f.value}"
        f.start -= len(lead) - m.start()


# "1/10/100 Gbps", "50/100/200 GB": the same list written with bare slashes. The scan reads
# no number glued to a "/" (a path, a date, "24/7"), so the list gave nothing at all
_SLASHED_OPTIONS = re.compile(
    r"(?<![\w.,/$])(?:[0-9]+(?:\.[0-9]+)?/){2,5}(?P<last>[0-9]+(?:\.[0-9]+)?)"
    r"(?=[ \t]?[A-Za-z])")


def _slashed_options(text: str, lowered: str, found: list[_Found]) -> list[_Found]:
    """The last number of each such list read with its unit, as if the list before it were
    not there; _listed_options then takes the list into its value when the numbers rise."""
    extra: list[_Found] = []
    for m in _SLASHED_OPTIONS.finditer(text):
        last = m.start("last")
        numbers = [float(n) for n in m.group(0).split("/")]
        if any(b <= a for a, b in zip(numbers, numbers[1:], strict=False)) \
                or any(f.start <= last < f.end for f in found):
            continue  # falling: "12/1/2026", not a list of options
        blank = " " * (last - m.start())
        alone = _scan(text[:m.start()] + blank + text[last:],
                      lowered[:m.start()] + blank + lowered[last:])
        extra.extend(f for f in alone if f.start == last)
    return sorted(found + extra, key=lambda f: f.start) if extra else found


# "AWS reserves 5 IPs per subnet", "5 IPs reserved in each subnet": a bare number of "IPs" is
# a limit when its clause says they are reserved (or a bound says it is one: "up to 10,000
# IPs per set"); "a /28 (16 IPs)", "need 29 IPs", "251 IPs usable" count a CIDR block's
# addresses or a scenario's, no limit of anything
_RESERVED = re.compile(r"reserv")
_CLAUSE_END = re.compile(r"[,;:(]|[.!?](?=\s|$)")


def _without_unsaid_ips(lowered: str, found: list[_Found]) -> list[_Found]:
    """The quantities but bare counts of IPs whose clause does not say they are reserved."""
    out = []
    for f in found:
        noun = f.unit.noun.lower().split() if f.unit is not None else []
        if noun and noun[-1] == "ips" and noun != ["elastic", "ips"] and not f.qualifier:
            start = max((m.end() for m in _CLAUSE_END.finditer(lowered, 0, f.start)), default=0)
            after = _CLAUSE_END.search(lowered, f.end)
            if _RESERVED.search(lowered, start, after.start() if after else len(lowered)) is None:
                continue
        out.append(f)
    return out


def _rates_without_a_unit(text: str, lowered: str, found: list[_Found]) -> list[_Found]:
    """The rates the scan read no unit in: S3's operations ("5500 GET/HEAD per second") and
    nouns no table holds ("300 mezu/segundo")."""
    if "GET" in text or "PUT" in text:
        found = _operation_rates(text, found)
    if "/" in text or " per " in lowered:
        found = _unread_noun_rates(text, found)
    return found


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity in one line of note text, ordered by start and non-overlapping."""
    # ASCII-only lower-casing keeps offsets equal to the text's
    lowered = text.lower() if text.isascii() else text.translate(_ASCII_LOWER)
    found = _scan(text, lowered)
    if "/" in text:
        found = _slashed_options(text, lowered, found)
    if found and ("/" in text or "," in text or " or " in lowered):
        _listed_options(text, found)
    found = _rates_without_a_unit(text, lowered, found)
    if " per " in lowered and ("=" in text or ":" in text):
        found = _labelled_counts(text, found)
    if found:
        found = _without_noun_adjuncts(text, found)
    if found and ("+" in text or "&" in text or "/" in text or " and " in lowered
                  or " or " in lowered):
        found = _shared_nouns(text, found)
    if "up to" in lowered or "max" in lowered or "at " in lowered or "min" in lowered \
            or "no more" in lowered:
        found = _bounded_counts(text, found)
    if ":" in text or "=" in text or " -" in text or " –" in text:
        found = _label_bound_counts(text, found)
    _spread_per_second(text, found)
    _qualify(text, lowered, found)
    if found and "ips" in lowered:
        found = _without_unsaid_ips(lowered, found)
    found = _borrow_default(lowered, found)
    if "up to" in lowered and found:  # most lines: one look
        found = _borrow_cap(lowered, found)
    if found and _unread_digit_after(lowered, found):
        found = _borrow_second(lowered, found)
    return [f.freeze(text) for f in found]
