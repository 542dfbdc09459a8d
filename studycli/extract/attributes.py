"""Naming what a quantity measures, from the attribute vocabulary in data/attributes.json."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from studycli.extract.typos import moved, repaired
from studycli.languages_beyond import BEYOND_LANGUAGES
from studycli.languages_further import FURTHER_LANGUAGES
from studycli.paths import data_dir

_STOP = set("""a an the of for to in on at by with and or is are be can will would your you it its
this that these those as from up max maximum min minimum default limit per each which when if
into than then there their also only set sets has have had via using use used are was were so
do does not no all any more most less least about around approx approximately ~ eg e.g ie i.e
range configurable between def under within takes take lasts last after over every until
usually typically roughly runs run gets get goes go need needs but
defaults defaulted vs versus they them we i you choose chosen pick picked can't cannot
second seconds minute minutes hour hours day days ms kb mb gb tb answer answers
""".split()) | {  # notes in Portuguese, Spanish, French: their bound and link words
    "até", "máximo", "máx", "mínimo", "padrão", "de", "da", "do", "dos", "das", "em", "por",
    "com", "para", "hasta", "jusqu", "à", "au", "moins", "par", "défaut", "le", "la", "les",
    "des", "du", "et", "ou"}
# and the function words of notes in Swedish, Czech, Romanian, Hungarian, Indonesian, Greek,
# Finnish, Tagalog and Swahili ("ale", "sau", "sedan": "backup sedan 2 år" is no "backup
# sedan"), but Romanian "care" (English)
_STOP |= {w for lang in (FURTHER_LANGUAGES | BEYOND_LANGUAGES).values()
          for w in lang["MARKERS"]} - {"care"}  # type: ignore[attr-defined]


@dataclass(frozen=True)
class AttributeRule:
    """A rule naming a quantity's attribute: its patterns, dimensions and services."""
    name: str
    dims: frozenset[str]
    patterns: tuple[re.Pattern, ...]
    services: frozenset[str]
    priority: int
    # "min storage 90 days, expedited 1-5 min": a shorthand that names only a number in its
    # own clause (the retrieval times after the comma were minimum storage durations)
    own_clause: bool = False


@lru_cache(maxsize=1)
def sizes_counted_in_characters() -> frozenset[str]:
    """Names of sizes that notes also give as a count ("policy size" of "6,144 chars"): for a
    count of anything else ("10 policies per user") they name no size."""
    return frozenset(r.name for r in _vocabulary()[0] if {"count", "size"} <= r.dims)


def names_word(attribute: str, word: str) -> bool:
    """Whether the vocabulary names `attribute` by `word` ("payload" names "message size")."""
    return any(r.name == attribute and any(p.search(word) for p in r.patterns)
               for r in _vocabulary()[0])


@lru_cache(maxsize=1)
def vocabulary_names() -> frozenset[str]:
    """Every attribute name the vocabulary gives ("read throughput", "message size")."""
    return frozenset(r.name for r in _vocabulary()[0])


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[list[AttributeRule], dict[str, list[re.Pattern]]]:
    raw = json.loads((data_dir() / "attributes.json").read_text(encoding="utf-8"))
    rules = [
        AttributeRule(
            e["name"], frozenset(e["dims"]),
            tuple(re.compile(p, re.IGNORECASE) for p in e["patterns"]),
            frozenset(e.get("services", [])), int(e.get("priority", 0)),
            bool(e.get("own_clause", False)),
        )
        for e in raw["attributes"]
    ]
    topics = {k: [re.compile(p, re.IGNORECASE) for p in v]
              for k, v in raw["topics"].items() if not k.startswith("_")}
    return rules, topics


def _applies(rule: AttributeRule, dimension: str, service: str) -> bool:
    return (dimension in rule.dims or "any" in rule.dims) and (
        not rule.services or service in rule.services)


@lru_cache(maxsize=1)
def _own_clause_patterns() -> frozenset[re.Pattern]:
    rules, _ = _vocabulary()
    return frozenset(p for rule in rules if rule.own_clause for p in rule.patterns)


@lru_cache(maxsize=1)
def _own_clause_ids() -> frozenset[int]:
    """The ids of the vocabulary's patterns that _own_clause_patterns holds: _best_named asks
    about every match it weighs, and a set's test of a re.Pattern hashes the pattern, which
    reads its whole compiled program (~0.5 us). The vocabulary is read once and kept, so each
    id stays its pattern's."""
    rules, _ = _vocabulary()
    own = _own_clause_patterns()
    return frozenset(id(p) for rule in rules for p in rule.patterns if p in own)


_CLAUSE_TURN = re.compile(r"[,;]|[.!?](?=\s)")


@lru_cache(maxsize=1024)
def _patterns_for(dimension: str, service: str) -> tuple[tuple[re.Pattern, int, str], ...]:
    """(pattern, priority, name) of every rule that can name this kind of quantity here, in
    vocabulary order: worked out once per (dimension, service), not for every quantity."""
    rules, _ = _vocabulary()
    return tuple((p, rule.priority, rule.name) for rule in rules
                 if _applies(rule, dimension, service) for p in rule.patterns)


@lru_cache(maxsize=1024)
def _needles(dimension: str, service: str) -> tuple[str, ...]:
    """Per pattern of _patterns_for, lower-cased ASCII text that every match of it holds
    ("" when none is certain): most windows hold few attribute words, and `in` on the
    lower-cased window rules a pattern out far faster than the regex scanning the window."""
    return tuple(_needle(p) for p, _, _ in _patterns_for(dimension, service))


@lru_cache(maxsize=1024)
def _needled_rules(dimension: str, service: str) -> tuple[
        tuple[str, tuple[re.Pattern, int, str]], ...]:
    """(needle, rule) of every rule of _patterns_for, paired once: the filter of every window
    then unpacks one pair per rule, not a pair of a zip and a test for the empty needle."""
    return tuple(zip(_needles(dimension, service), _patterns_for(dimension, service),
                     strict=True))


@lru_cache(maxsize=512)
def _needle(pattern: re.Pattern) -> str:
    """The longest run of ASCII literal characters that the pattern's top level requires."""
    import importlib

    try:  # the stdlib's own reading of the pattern (CPython's re._parser)
        parser, constants = (importlib.import_module(f"re.{m}") for m in ("_parser", "_constants"))
        items = list(parser.parse(pattern.pattern, pattern.flags))
    except (ImportError, re.error, ValueError, TypeError):
        return ""  # no needle: the pattern is always searched
    best = run = ""
    for op, av in items:
        run = run + chr(av) if op is constants.LITERAL and av < 128 else ""
        best = max(best, run, key=len)
    return best.lower()


@lru_cache(maxsize=8192)  # the same headings and parents, for every line under them
def _named_in_context(text: str, dimension: str, service: str) -> str:
    """The first rule (in vocabulary order) whose pattern an enclosing line or heading holds."""
    rules: Sequence[tuple[re.Pattern, int, str]] = _patterns_for(dimension, service)
    if text.isascii():  # a pattern whose needle the text lacks cannot match (name_quantity)
        lowered = text.lower()
        rules = [rule for rule, needle in zip(rules, _needles(dimension, service), strict=True)
                 if not needle or needle in lowered]
    for pattern, _, name in rules:
        if pattern.search(text):
            return name
    return ""


_LABEL_GAP = re.compile(r"[\s*_`]*:?[\s*_`]*")
# "lambda can run 15 min but API GW gives up at 29s", "max 2 h, idle 10 min": a word after a
# comma or "but" is the next number's
# ("10,000 parts and every part ... 5 MB": "and every" opens a new noun phrase, whose words
# are not the number's before it)
_TURN = re.compile(r"[,;]|\b(?:but|while|whereas|however)\b|\band\s+(?:every|each)\b",
                   re.IGNORECASE)


_PER_BEFORE = re.compile(r"(?:\bper|/)\s*$", re.IGNORECASE)
_SENTENCE_TURN = re.compile(r"(?<![.\s][a-z])[.!?]\s+(?=[*_`]*[A-Z])")
_AFTER_TURN = re.compile(r"[,;]|\b(?:or|but|while|whereas|however)\b", re.IGNORECASE)


_SENTENCE_END = re.compile(r"\.\s+[*_`(\[/]*[A-Za-z]")
# a stop or semicolon between a number and words after it: they are the next clause's
_PAST_ITS_CLAUSE = re.compile(r"[.!?]\s+[*_`(\[/]*[A-Za-z]|;")


def _ends_sentence(line: str, position: int) -> bool:
    """Does a full stop right after a quantity ending at `position` end its sentence ("5 TB.
    single PUT ...", in notes that do not capitalise)?"""
    return _SENTENCE_END.match(line, position) is not None


def _gap(m_start: int, m_end: int, start: int, end: int) -> float:
    if m_end <= start:
        return start - m_end
    if m_start >= end:
        return (m_start - end) * 1.2  # words after a number describe it a little less often
    return 0.0


def name_quantity(line: str, start: int, end: int, dimension: str, service: str,
                  context: tuple[str, ...], others: Sequence[tuple[int, int]] = (),
                  noun: str = "", repair: bool = True) -> str:
    """The attribute a quantity at line[start:end] measures.

    A word nearer to another quantity in the line belongs to that one ("1MB ingestion & 2MB of
    consumption": a word just after a number is that number's); a count's own noun ("5 layers",
    "1000 concurrent executions") names it best.
    """
    # A service's own name names no attribute: "Parameter Store" is not storage, "Step
    # Functions" not an execution. Blanked, so positions stay where they were.
    line = _without_service_names(line)
    best = _best_named(line, start, end, dimension, service, others, noun)
    if best is not None and repair:
        # "durabilty 11 9s, availibility 99.99%": a pattern tolerant of one typo named the
        # farther word; read with the typos fixed, the nearer one may name it better
        fixed, shifts = repaired(line)
        if shifts:
            other = _best_named(fixed, moved(start, shifts), moved(end, shifts), dimension,
                                service, [(moved(s, shifts), moved(e, shifts))
                                         for s, e in others], noun)
            if other is not None and other[0] < best[0]:
                best = other
    if best is not None:
        return best[1]
    again = _named_once_repaired(line, start, end, dimension, service, context, others,
                                 noun) if repair else None
    return again if again is not None else _unmatched_name(
        line, start, end, dimension, service, context, others, noun)


def _counts_another(matched: str, noun: str, line: str) -> bool:
    """Do the words `matched` end on a count noun other than `noun`, a count's own noun, that
    a number in `line` counts?"""
    from studycli.extract.quantities import count_head

    theirs = _WORD.findall(matched)
    ours = _WORD.findall(noun)
    if not theirs or not ours:
        return False
    head = count_head(theirs[-1])
    if head is None or head == count_head(ours[-1]):
        return False
    if count_head(ours[-1]) is None and ours[-1].lower().endswith("s"):
        # "partition key max 128 chars, hashed to pick a shard": a plural noun the scanner
        # does not list counts itself (quantities.py, bounded counts), not another noun
        return True
    counted = rf"\d[\d,.]*[kKmM]?\s*(?:{re.escape(head[0])}|{re.escape(head[1])})\b"
    return re.search(counted, line, re.IGNORECASE) is not None


def _best_named(line: str, start: int, end: int, dimension: str, service: str,
                others: Sequence[tuple[int, int]], noun: str = "") -> tuple[float, str] | None:
    """(score, name) of the attribute pattern naming line[start:end] best, lowest score best
    (`line` with its service names blanked)."""
    best: tuple[float, str] | None = None
    spans: list[tuple[int, int, str]] = []  # every match taken, for _narrowed
    # an ASCII window can rule patterns out by their literal text (IGNORECASE on ASCII text
    # is ASCII case folding, so a match's letters are in line.lower())
    rules: Sequence[tuple[re.Pattern, int, str]] = _patterns_for(dimension, service)
    if line.isascii():
        lowered = line.lower()
        # one comprehension over the needles (most are absent) instead of a loop step per
        # pattern; the survivors keep vocabulary order, which breaks ties
        rules = [rule for needle, rule in _needled_rules(dimension, service)
                 if needle in lowered]  # ("" is in every text: a rule with no needle stays)
    own_clause = _own_clause_ids()
    for pattern, priority, name in rules:
        for m in pattern.finditer(line):
            inside = m.start() < end and m.end() > start
            gap = 2.0 if inside else _gap(m.start(), m.end(), start, end)
            if not inside and _words_of_another(line, m, start, end, others):
                continue
            if m.start() >= end and (_ends_sentence(line, end)
                                     or _PAST_ITS_CLAUSE.search(line, end, m.start())):
                # "max object size 5 TB. single PUT ≤ 5 GB": words past the end of the
                # number's sentence name the next one (the 5 TB was the single PUT's); past
                # a later stop or semicolon too ("EC2 basic monitoring: 5 min period (free).
                # Log retention: never expire": the 5 min was read as a retention period)
                continue
            if (not inside and id(pattern) in own_clause
                    and _CLAUSE_TURN.search(line, min(m.end(), end), max(m.start(), start))):
                continue
            if dimension == "count" and not inside and noun and _counts_another(m[0], noun,
                                                                                 line):
                # "1 shard, up to 5 replicas": the 5 count their own noun, not the shards
                # another number counts ("SQS batch = 10 msgs" is a batch size)
                continue
            if (dimension == "count" and not inside
                    and _PER_BEFORE.search(line, 0, m.start())):
                # "25,000 events per execution": a count per a thing does not count that thing
                # (a size per message is the message's size, so only counts)
                continue
            score = gap - priority
            spans.append((m.start(), m.end(), name))
            if best is None or score < best[0]:
                best = (score, name)
    if best is not None and len(spans) > 1:
        best = (best[0], _narrowed(line, best[1], spans))
    return best


def _narrowed(line: str, name: str, spans: list[tuple[int, int, str]]) -> str:
    """"Shard read throughput: 2 MB/s": a word right before a match of the best name narrows
    it, when together they are an attribute's name ("read" and "throughput": read
    throughput). Else a shard's read and write throughputs were both "throughput", one dropped
    as disagreeing with the other."""
    for at, _, named in spans:
        if named != name:
            continue
        for start, end, other in spans:
            if (end <= at and other.endswith(" " + name) and not line[end:at].strip(" -")
                    and other.lower().startswith(line[start:end].lower())):
                return other
    return name


def _unmatched_name(line: str, start: int, end: int, dimension: str, service: str,
                    context: tuple[str, ...], others: Sequence[tuple[int, int]],
                    noun: str) -> str:
    """The attribute of a quantity no pattern names in its line."""
    if noun and dimension == "count":
        # "Routes events to 1+ targets": the count is of targets. Its own noun says what is
        # counted better than a heading or the sentence before ("... event receivers. You can
        # have up to 12,500,000 subscriptions per topic" counts subscriptions, not a batch).
        return noun.lower()
    for text in context:
        # "# Databases (RDS, Aurora, DynamoDB, ElastiCache)": a heading that lists the services
        # a section covers names no measure (DynamoDB's "item up to 1kb" was a cache size)
        if _lists_services(text):
            text = _without_service_names(text)
        named = _named_in_context(text, dimension, service)
        if named:
            return named
    if noun and dimension == "rate":
        return f"{noun.lower()} per second"
    following = min((s for s, _ in others if s >= end), default=len(line))
    # Another quantity's words are its own: "1 req/sec + 5%" names no percentage "req/sec"
    before = line[:start]
    for s, e in others:
        if e <= start:
            before = before[:s] + " " * (e - s) + before[e:]
            turn = _SLASH_TURN.search(line, e, start)
            if turn:
                # "5 min basic / 1 min detailed": the word after a figure up to a slash is
                # that figure's ("basic" named the 1 min); the slash opens this one's clause
                before = " " * turn.end() + line[turn.end():start]
    if (_SPEAKER_ONLY.fullmatch(before) or not before.strip(" \t-–—*_`"))\
            and context and context[0].rstrip(" *_`").endswith("?"):
        # "Teacher: 1-10 years." after "Student: domain registration max?": the question's
        # words, not the speaker's name ("teacher"); and so a chat's answer read without its
        # speaker's name ("30 minutes, weekly." after "Maintenance window length?")
        return fallback_phrase(_SPEAKER_ONLY.sub("", context[0]).rstrip(" ?*_`")) or dimension
    modified = _MODIFIED_NOUN.match(line, end) if _HYPHENED.search(line[start:end]) else None
    if modified and modified[1].lower() not in _STOP and not _CONTRACTION.match(modified[1]):
        # "a 2-minute warning", "a 5-second grace window": a number joined to its unit by a
        # hyphen is an adjective, and the words it comes before are what it measures, up to
        # the clause's end ("a 15-min hard cap per invoke" is the hard cap's, not "hard")
        return fallback_phrase(line[end:following], after=True) or modified[1].lower()
    return (fallback_phrase(before) or fallback_phrase(line[end:following], after=True)
            or dimension)


_SLASH_TURN = re.compile(r"\s/\s")  # between two figures: "4 KB std / 8 KB adv"
_HYPHENED = re.compile(r"\d-[A-Za-z]+$")  # "2-minute", "15-min", "5-second"
_MODIFIED_NOUN = re.compile(r"[ \t]+([A-Za-z]{3,})\b(?![-/'’])")


# "CodeBuild timeout :: default 60 min, range 5 min to 8 h", "creation policy timeout: PT15M
# (ISO 8601 duration, max 12 h)": the label the line opens with, before ":", "::" or "=",
# names a value that no nearer words name (they were "duration", the measure's kind)
_OPENING_LABEL = re.compile(r"[\W\d]*(?P<label>[A-Za-z][^:=|()\n]{0,48}?)[\s*_`]*(?:::?|=)\s")
_ONLY_BOUND_WORDS = re.compile(r"(?:[\s/&,+]*(?:max(?:imum)?|min(?:imum)?|defaults?|limits?|"
                               r"quotas?|values?|key|numbers?|notes?|comments?|remarks?))+"
                               r"[\s/&,+]*", re.IGNORECASE)
_CAMEL_CASE = re.compile(r"[a-z][A-Z]")
# "S3 storage classes: Standard, ..., Deep Archive 12-48 h": a label that opens a list of kinds
_LIST_LABEL = re.compile(r"\b(?:classes|types|kinds|options|tiers|families)\b", re.IGNORECASE)


def opening_label(line: str, position: int) -> str:
    """The attribute the label opening `line` names, for a value at `position` no word names
    ("" unless the label names a measure: "hibernate:" or "Teacher:" name none, "limits:"
    only says what follows, "Standard-IA:" is a thing the fact's subject already says). A
    label after lead labels ("Teacher: CF Functions: ...") is the last one before the value."""
    label, at = "", 0
    while True:
        m = _OPENING_LABEL.match(line, at, position)
        if m is None:
            break
        label, at = m.group("label"), m.end()
    from studycli.services import blank_services, find_subjects

    if (not label or _ONLY_BOUND_WORDS.fullmatch(label) or _LIST_LABEL.search(label)
            or _CAMEL_CASE.search(blank_services(label)) or not is_attribute_phrase(label)):
        return ""  # ("BatchGetItem: 100 items, 16 MB": an operation, the value's subject)
    if find_subjects(label):
        return ""  # "Glacier Instant Retrieval: ms retrieval, min 90 days": a thing, not a measure
    phrase = fallback_phrase(label)
    if not phrase or phrase.split()[-1] not in _MEASURE_WORDS:
        # "standard:", "Batch = ..." name a kind or a thing: the value was "standard max 5
        # min", "batch max 15 min"; only a label ending on a measure names one
        return ""
    words = set(_WORD.findall(label.lower()))
    # (a word the blanking of a service cut short is no word of the label's)
    return phrase if all(w in words for w in phrase.split()) else ""


# the last words of labels that name a measure ("CodeBuild timeout ::", "log retention:")
_MEASURE_WORDS = frozenset(
    "timeout timeouts retention window windows size sizes duration durations period periods "
    "interval intervals delay delays ttl time times age lifetime expiry expiration throughput "
    "rate rates memory storage capacity length latency frequency history backoff concurrency "
    "iops bandwidth payload quota quotas limit limits count lifespan".split())

# "Teacher: " before a dialogue's answer: a speaker, no words of the answer
_SPEAKER_ONLY = re.compile(r"^\W{0,3}[A-Za-z]{1,15}\s*:\s*")


def _named_once_repaired(line: str, start: int, end: int, dimension: str, service: str,
                         context: tuple[str, ...], others: Sequence[tuple[int, int]],
                         noun: str) -> str | None:
    """"| memroy | 128 MB | 10240 MB |", "visiblity timeout default 30 s": no name's words are
    in the line as written; with its mistyped attribute words fixed (extract/typos.py), it is
    read again, and a last-resort phrase is then the words as they should have been written.
    The enclosing items and headings are repaired too ("## Memroy" over "- max 10 GB").
    None when neither has such a word."""
    fixed, shifts = repaired(line)
    fixed_context = tuple(repaired(text)[0] for text in context)
    if not shifts and fixed_context == context:
        return None
    return name_quantity(fixed, moved(start, shifts), moved(end, shifts), dimension, service,
                         fixed_context,
                         [(moved(s, shifts), moved(e, shifts)) for s, e in others],
                         noun, repair=False)


def _words_of_another(line: str, m: re.Match[str], start: int, end: int,
                      others: Sequence[tuple[int, int]]) -> bool:
    """Do the words m matched, outside the quantity at line[start:end], belong to another
    quantity in the line (at one of `others`)?"""
    if any(s < m.end() and m.start() < e for s, e in others):
        return True  # part of another quantity ("25 items, 16 MB total")
    if m.start() >= end and any(end <= s and e <= m.start() for s, e in others):
        return True  # after another number: "1 year, 2,000 executions/s start rate"
    if m.start() >= end and any(
            s >= m.end() and _LABEL_GAP.fullmatch(line, m.end(), s) for s, e in others):
        return True  # "connection max 2 h, idle 10 min": "idle" labels the number after it
    if m.start() >= end and _SENTENCE_TURN.search(line, end, m.start() + 1) and any(
            s >= m.end() for s, e in others):
        # "Long poll wait max 20 seconds. Visibility timeout default 30 s": the next sentence's
        # words are its own number's (20 s was read as the visibility timeout)
        return True
    if m.start() >= end and _AFTER_TURN.search(line, end, m.start()) and any(
            s >= m.end() and s - m.end() <= 20 and not _TURN.search(line, m.end(), s)
            for s, e in others):
        # "respond within 5 s (sync) or Cognito retries up to 3 times": past a turn, a word
        # just before another number is that number's
        return True
    # "1MB ingestion & 2MB ...": "ingestion" is the first one's word, but not past a bracket
    # opened after that number, unless the bracket closes again before this quantity: an
    # aside ends the number's own words ("30 s (default) visibility & 12 h max": visibility
    # names the 12 h too), and words opening a bracket label the quantity in it ("buffer 60
    # sec min (buffer interval 60-900s), no replay": the range is no retention)
    return m.end() <= start and any(
        e <= m.start() and m.start() - e <= 15
        and not _TURN.search(line, e, m.start())
        and not ("(" in line[e:m.start()] and ")" not in line[m.end():start])
        and not _SENTENCE_TURN.search(line, e, m.start() + 1)
        and not _ends_sentence(line, e) for s, e in others)


@lru_cache(maxsize=4096)  # the same headings for every quantity under them: no import each time
def _lists_services(text: str) -> bool:
    from studycli.extract.context import lists_services

    return lists_services(text)


@lru_cache(maxsize=4096)  # asked again for every quantity of a line (name_quantity)
def _without_service_names(line: str) -> str:
    from studycli.services import blank_services

    return blank_services(line)


_ASIDE_AT_END = re.compile(r"\([^()]*\)[\s*_`]*$")
_CLAUSE_CUT = re.compile(r"[,;:(]|\s[–-]\s")
# after a number, a sentence's end ends its words too: "60 s minimum. others per hour. no
# commitment" names no "others commitment short". An abbreviation's dot cuts them as a comma
# does, and rightly: "15 min hard cap vs. Fargate tasks" is the hard cap's, not "hard cap tasks"
_SENTENCE_CUT = re.compile(r"[,;:(]|\s[–-]\s|[.!?](?=\s)|→|->")
# a sentence's end, in the words before a number; not a question's mark: "PITR window? restore
# to any second in last 35 days" is a question and its answer, and the question names it
_STOP_BEFORE = re.compile(r"[.!](?=\s)")
_WORD = re.compile(r"[^\W\d_][\w/@-]*")  # a letter first, any script ("últimos", "rétention")
# "you're capped at 1 hour", "we've got 5 min": a contraction's halves name nothing ("re
# capped" was an attribute); "w/" is "with"
_CONTRACTION = re.compile(r"\b[A-Za-z]+['’][A-Za-z]{1,2}\b|(?<![\w/])w/(?![\w/])",
                          re.IGNORECASE)


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


@lru_cache(maxsize=4096)  # a table's label is the words before each of its row's numbers
def fallback_phrase(text: str, after: bool = False) -> str:
    """The last few content words of `text` (the first few, of the text `after` a number), as a
    last-resort attribute name: only from the clause the number is in, since the clause after
    it ("max 1 year, exactly-once, execution history 90 days") names the next number.

    Service names are left out: the fact already says its service.
    """
    from studycli.services import blank_services

    text = blank_services(text, " ")
    if not after:
        # "max event size: 256 KB", "event size (PutEvents entry): 256 KB": the label before
        # the colon, without its bracketed aside
        text = _ASIDE_AT_END.sub("", text.rstrip(" *_`:")).rstrip(" *_`:")
    clauses = (_SENTENCE_CUT if after else _CLAUSE_CUT).split(text)
    clause = clauses[0] if after else clauses[-1]  # only the clause the number is in
    content = _content_words(clause)
    if not after:
        # before a number, its sentence's words name it, not the end of the sentence before:
        # "buildspec.yml at the root of the repo. build timeout default 60 min" named the
        # timeout "repo build timeout" (asked as "the maximum root build timeout"). A stop
        # with nothing after it ("msg size approx. 256 KB") cuts nothing, nor one with a
        # single word after it: "Spot up to 90% off on-demand. Reserved up to 72%" names
        # an option ("reserved"), no measure, and the fact would go: the clause's last words
        # name it, as the start code named them ("... On-demand full price. Reserved up to
        # 72%" is "full price reserved"). Only the last sentence with words decides: one word
        # there is not skipped for the sentence before (no "on-demand full price"); an
        # empty one (an abbreviation's dot right before the number) looks back
        for sentence in reversed(_STOP_BEFORE.split(clause)[1:]):
            words = _content_words(sentence)
            if len(words) > 1:
                content = words
            if words:
                break
    if after and len(content) < 2:                  # to an English query (notes/gloss.py)
        return ""  # one word right after a number says which case it is ("51,200 bytes inline")
    return " ".join(content[:3] if after else content[-3:])


def _content_words(clause: str) -> list[str]:
    # a word keeps its digits ("gp2/gp3", "s3"), so it is not cut into letters ("gp gp")
    words = _WORD.findall(_CONTRACTION.sub(" ", clause))
    return [w.lower() for w in words if w.lower() not in _STOP and len(w) > 1
            and not _CJK.search(w)]  # a Chinese, Japanese or Korean word names nothing


def name_topic(*texts: str) -> str | None:
    """For non-numeric defaults: which setting the default is for ("endpoint type")."""
    _, topics = _vocabulary()
    for text in texts:
        for name, patterns in topics.items():
            if any(p.search(text) for p in patterns):
                return name
    return None


_QUALIFIER_PREFIX = re.compile(r"^\s*(?:max(?:imum)?|min(?:imum)?|default|limit|size|timeout|"
                               r"throughput|latency|retention|duration|iops)\b", re.IGNORECASE)


def is_attribute_phrase(text: str) -> bool:
    """Does a table header name a measurable attribute ("Max IOPS", "Item size")?"""
    if _QUALIFIER_PREFIX.search(text):
        return True
    rules, _ = _vocabulary()
    return any(p.search(text) for rule in rules for p in rule.patterns)


def known(name: str) -> bool:
    """Is `name` one of the vocabulary's attribute names?"""
    return name in _names()


def names_a_count(name: str) -> bool:
    """Is `name` an attribute whose rule says it counts things ("batch size", "shards")? Not
    one that measures a time or a size ("visibility timeout max 12" is 12 hours, not 12 of
    anything), nor one that takes any dimension."""
    return name in _count_names()


def names_only_a_count(name: str) -> bool:
    """Is `name` an attribute whose rule says it counts things and measures nothing else? A
    bare number after "policy size" may be characters or bytes; after "batch size" it counts."""
    return name in _only_count_names()


@lru_cache(maxsize=1)
def _only_count_names() -> frozenset[str]:
    rules, _ = _vocabulary()
    names = {rule.name for rule in rules if "count" in rule.dims}
    return frozenset(names - {rule.name for rule in rules if set(rule.dims) - {"count"}})


@lru_cache(maxsize=1)
def _count_names() -> frozenset[str]:
    rules, _ = _vocabulary()
    return frozenset(rule.name for rule in rules if "count" in rule.dims)


@lru_cache(maxsize=1)
def _names() -> frozenset[str]:
    # a set, not a scan of the rules: asked for every quantity fact of a note
    rules, _ = _vocabulary()
    return frozenset(rule.name for rule in rules)
