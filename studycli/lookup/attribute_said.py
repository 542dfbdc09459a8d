"""Does the clause that holds a figure state the attribute the query asks, or another one?

A note's line often gives several measures of one service side by side, each a figure of
the same kind: "visibility timeout default 30 sec, max 12 hours" for "sqs long polling
default wait time"; "health check default interval 30 s" for "alb health check timeout
default" (a health check's timeout, how long no response means a failed check, is a
setting of its own beside the interval between checks:
https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_CreateTargetGroup.html);
"findings retention: 90 days" for "guardduty findings export frequency". Such a figure is
of the service asked and of the kind asked, and the answer score finds the words asked
said near it (any duration says "wait" or "timeout", the words of a kind of number; "time"
brings "timeout" as a related word), yet it is the figure of a NEIGHBOURING attribute:
stated as the answer, it is a confident wrong number.

A figure is another attribute's when

- the query types a measure: a word heading one of the parser's attribute names
  (data/attributes.json: "visibility timeout", "health check interval", "retention
  period") or a one-word dimension cue of the lexicon that is no bare unit or kind of
  number ("wait", "memory", "retention"; "frequency" too, which asks how often);
- neither the fact's attribute nor the clause stating the figure says the measure asked
  (not merely another word of the attribute: "health check interval 30 s" says "health
  check" but no "timeout"): a word of the query's concept (not one only a related phrase
  brings: "window" no "retention", related to it only through "moving window"), or a
  word whose abbreviations or related words in the lexicon (data/lookup_synonyms.json)
  are one ("validity" says "expiry"; for a timeout, "expires" too), or two words that
  together name it ("restore window", "recovery period": how far back point-in-time
  recovery reaches is its retention; a "backup window" is not);
- and that clause names a measure of its own that the query does not say: the words
  before the figure (after a bracket or a scope word such as "per"), else the clause
  before it (a table row's label cell), and for a figure with a unit the words right after
  it ("10 KB code").

The parser's name for a figure is trusted but where the figure's own clause names another
measure and none asked: it names every figure of "backup retention default 7 days, max 35
days; backup window 30 min" a retention period, the window's 30 min too.

A figure is another attribute's too where both name the measure by one noun and tell it
apart by the word before it, among known sibling settings (_SIBLINGS): "idle timeout" for
"alb health check timeout", when the query's word before the noun ("check") is nowhere on
the fact's line and the fact's ("idle") is not asked.

A clause that words the measure asked otherwise and names no other keeps its answer; so
does one saying the measure asked, whatever else it says. A statement holding several
figures is another attribute's only when each of its figure clauses is (a clause holding no
figure says nothing of one: "when a message is polled" is no long-polling wait time).
Stdlib only: runs on the lookup fast path.
"""

from __future__ import annotations

from collections.abc import Callable

from studycli.kinds import Kind
from studycli.lazy_regex import lazy_compile
from studycli.lookup.features import _QUANTITY_KINDS
from studycli.lookup.lexicon import Lexicon
from studycli.lookup.query import Query
from studycli.lookup.text import stem
from studycli.lookup.words import near, stems
from studycli.note_numbers import clauses, every_number_said, number_spans, numbers_with_units

_JUDGED = _QUANTITY_KINDS | {Kind.FACT}  # a figure's fact, or a statement's
_NONE: frozenset[str] = frozenset()
# a label is the few words next to the figure: prose further off says what it is for, not
# what it measures
LABEL_WORDS = 4
_WORD = lazy_compile(r"[^\W\d_][\w'@.-]*|\d[\d,.]*")
# Words the answer score reads as only a kind of number that still name a measure of their
# own: "frequency" asks how often a thing recurs, which a retention or a timeout is not
# ("guardduty findings export frequency": not "findings retention: 90 days").
_OWN_MEASURES = frozenset({stem("frequency")})
_SCOPE = frozenset({"per", "each", "every", "for", "in", "of", "across", "within"})


def another_attribute(fact: dict, q: Query, lex: Lexicon, dimension_only: frozenset[str],
                      said: Callable[[frozenset[str]], frozenset[str]]) -> bool:
    """Whether `fact`'s figure is stated as that of another attribute than the one `q`
    asks (see the module docstring). `dimension_only`: stems that only say the kind of
    number asked ("size", "time"); `said`: a set of stems with what they stand for (the
    note's short forms in full)."""
    if not _asks_quantity(q) or fact["kind"] not in _JUDGED:
        return False
    dimension_only = dimension_only - _OWN_MEASURES
    measures = _measure_stems(lex, dimension_only)
    # only the concepts that name a measure: "health check" said is no "timeout" said (an
    # ALB health check interval of 30 s is not its timeout, 5 s)
    names = _names_typed(q)
    asked = [c for c in _asked_concepts(q, lex, names, dimension_only)
             if any(w in measures for w in _typed(c))]
    if not asked:
        return False  # no measure named ("assume role max duration"): nothing to tell apart
    spots = _figure_spots(fact)
    if not spots:
        return False
    # a figure the parser named by its kind alone, where a measure asked is nowhere said
    everything = said(stems(f"{fact['attribute'] or ''} {fact['snippet'] or ''}", _NONE))
    bare_name = _kind_of_number_only(fact, measures, dimension_only) and any(
        not _says_all(everything, [{w: 1.0 for w in _typed(c)}], lex, dimension_only)
        for c in asked)
    query_says = _query_says(q, dimension_only, asked, lex)
    naming = names | _names_of(fact)
    if _other_modifier(fact, spots, q, asked, query_says, naming | dimension_only, lex, said):
        return True
    # the parser's name for the figure: its words (or theirs relatives) must be the words
    # typed, not merely related to them ("retention period" says no "frequency", whose
    # related "period" it holds); a measure asked that the fact's attribute or subject
    # names, as the section it is filed under does ("## TTL" / "deletion delay | 48 h" for
    # "how fast does dynamodb ttl delete expired items"), makes the figure one of that
    # measure's, whatever its clause calls it. Unless the figure's own clause names
    # another measure and none asked: the parser names every figure of "backup retention
    # default 7 days, max 35 days; backup window 30 min" a retention period, the window's too
    typed = [{w: 1.0 for w in _typed(c)} for c in asked]
    named = said(stems(f"{fact['attribute'] or ''} {fact['subject'] or ''}", _NONE))
    if (_says_all(said(stems(fact["attribute"] or "", _NONE)), typed, lex, dimension_only)
            or any(_says_all(named, [c], lex, dimension_only) for c in typed)) and not (
            fact["kind"] in _QUANTITY_KINDS
            and all(_own_clause_another(spot, said, asked, measures, query_says,
                                        naming | dimension_only, lex, dimension_only,
                                        bare_name)
                    for spot in _figure_spots(fact, every_place=True))):
        return False
    if fact["kind"] == Kind.FACT and any(
            _says_all(said(stems(part, _NONE)), typed, lex, dimension_only)
            for part in clauses(fact["value"] or "")):
        # a statement one of whose clauses says the measure asked by the word typed (or
        # its abbreviations): "CloudWatch Logs retention is forever by default, ..., you
        # can set it from one day up to ten years"; a word only related to it says it
        # nowhere ("when a message is polled" is no long-polling wait time)
        return False
    for clause, at, before in spots:
        words = said(stems(f"{before} {clause}", _NONE))
        if any(_says_all(words, [c], lex, dimension_only) for c in asked):
            return False  # says a measure asked ("retention default 4 days" of "sqs msg
            # retention default", whose "msg" names a measure too)
        # read with the note's short forms in full: "SQS vis TO dflt 30s" labels its
        # figure a visibility timeout's
        own = said(_label_words(clause, at, before, lex)) & measures
        if not own and bare_name:  # (its own clause's words: "yearly by default, can set 90
            own = _label_measure(_label_words(clause, at, "", lex), measures, bare_name)
            # days to 2560 days" labels the range with no word of the clause before)
        if not _unasked(own, query_says, lex, naming | dimension_only):
            return False
    return True


def _label_measure(label: frozenset[str], measures: frozenset[str],
                   bare_name: bool) -> frozenset[str]:
    """The words of a figure's label that name a measure: those of the measure vocabulary;
    where the parser named the figure by its kind of number alone (`bare_name`: "KMS
    automatic key rotation<TAB>every 1 year" is an "interval" for its "every"), every word
    of its label, which is then the measure's only name (no "deletion waiting period")."""
    own = label & measures
    if own or not bare_name:
        return own
    # (an outline's "b." or "2)" marks its place, no word: "b. max 35 days" under
    # "automated backups" names no measure)
    return frozenset(w for w in label - _SCOPE_STEMS if len(w) > 2 and w.isalpha())


_SCOPE_STEMS = frozenset(stem(w) for w in ("per", "each", "every", "for", "in", "of",
                                           "across", "within"))


def _kind_of_number_only(fact: dict, measures: frozenset[str],
                         dimension_only: frozenset[str]) -> bool:
    """Whether the parser named a quantity by the kind of number it is alone ("interval",
    "duration", "period"): no word of its attribute names what is measured."""
    words = stems(fact["attribute"] or "", _NONE)
    return fact["kind"] in _QUANTITY_KINDS and bool(words) and words <= (
        dimension_only | (_KINDS_OF_NUMBER & measures))


# attribute names the parser gives a figure by its kind alone ("every 1 year": an interval)
_KINDS_OF_NUMBER = frozenset(stem(w) for w in ("interval", "period", "duration", "limit",
                                                "value", "amount"))


# stems of the words that tell one setting from its siblings of the same noun (a load
# balancer's idle / health check / deregistration (draining) timeout, a queue's visibility
# timeout, a CloudFront origin's keep-alive / response timeout, an API's idle / integration
# timeout): two different settings,
# never two names of one ("read" is not listed: it is a name of the response timeout).
# A CloudFront origin's connection timeout is how long CloudFront waits to establish a
# connection (default 10 s, at most 10 s), its response timeout how long it waits for a
# response once connected (default 30 s): ConnectionTimeout and OriginReadTimeout,
# https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_Origin.html
_SIBLINGS = frozenset({"idle", "check", "health", "visibility", "deregistration", "drain",
                       "keepaliv", "respons", "integration", "connection"})


# other names of a sibling setting: CloudFront's origin response timeout is its
# OriginReadTimeout (API_Origin above), so "origin read timeout" types the response timeout;
# it is told apart so only from the settings beside it (_READ_BESIDE): "api gateway read
# timeout" may still mean the integration timeout
_SIBLING_NAMES = {"read": "respons"}
_READ_BESIDE = frozenset({"connection", "keepaliv"})


def _other_modifier(fact: dict, spots: list[tuple[str, int, str]], q: Query,
                    asked: list[dict[str, float]], query_says: frozenset[str],
                    skip: frozenset[str], lex: Lexicon,
                    said: Callable[[frozenset[str]], frozenset[str]]) -> bool:
    """Whether the fact's attribute names the measure asked with a word before it that the
    query does not say, while the word the query types before that measure is nowhere on
    the fact's line: "idle timeout" for "alb health check timeout default" (two timeouts
    of one load balancer). Only known sibling settings are told apart (_SIBLINGS): a
    student names one setting by many words ("origin read timeout" is the line's "origin
    response timeout", "request timeout" API Gateway's "integration timeout"), and a word
    merely missing from the line is no other setting. `spots`: the fact's _figure_spots."""
    heads = {w for c in asked for w in _typed(c)}
    as_typed = [stem(t) for t in q.tokens]
    typed = [_SIBLING_NAMES.get(w, w) for w in as_typed]
    mine = _sibling_before(typed, heads, skip, lex)
    if not mine:
        return False
    # only a name of another word ("read") makes it a sibling
    renamed = not _sibling_before(as_typed, heads, skip, lex)
    text = f"{fact['snippet'] or ''} {fact['attribute'] or ''} {fact['subject'] or ''}"
    line = said(stems(text, _NONE)) | _joined_pairs(text)
    line |= {_SIBLING_NAMES[w] for w in line if w in _SIBLING_NAMES}
    if any(w in line or any(near(w, s) for s in line) for w in mine):
        return False
    ending: set[str] = set()
    if fact["kind"] in _QUANTITY_KINDS:  # the parser's name for the figure
        names = [_NAME_END.split((fact["attribute"] or "").lower())[0]]
        # where that name says no sibling, the word its line writes right before it does:
        # "origin response timeout 30 s, keep-alive 5 s" gives the keep-alive timeout's
        # 5 s, whatever the parser calls it
        ending = _sibling_ending(spots[0][0][:spots[0][1]]) if spots else set()
    else:  # a statement: the words before each of its figures, each another measure's
        names = [_BRACKET.split(clause[:at])[-1].lower() for clause, at, _b in spots]
    if not names:
        return False
    before: set[str] = set()
    for name in names:
        words = [_SIBLING_NAMES.get(w, w) for w in
                 (stem(w) for w in _WORD.findall(name) if not w[0].isdigit())]
        # a statement's later figure with no setting named goes on about the one before it:
        # "origin response timeout default 30 s, max 120 s" gives the response timeout's max
        theirs = _sibling_before(words, heads, skip, lex) or ending or before
        if not theirs or not _unasked(frozenset(theirs), query_says, lex, skip) or (
                renamed and not theirs <= _READ_BESIDE):
            return False
        before = theirs
    return True


def _sibling_before(words: list[str], heads: set[str], skip, lex) -> set[str]:
    """The known sibling-setting words (_SIBLINGS) typed right before a measure word
    (`heads`): "idle" of "idle timeout"."""
    found = {_one_word(w) for i, w in enumerate(words[:-1]) if words[i + 1] in heads
             and _one_word(w) in _SIBLINGS and _modifier(w, skip | heads, lex)}
    # a sibling word written as two ("origin keep alive timeout" types the keep-alive
    # timeout, no "alive" setting): the two words before the noun, read as one
    return found | {stem(words[i - 1] + w) for i, w in enumerate(words[:-1])
                    if i and words[i + 1] in heads and stem(words[i - 1] + w) in _SIBLINGS}


def _sibling_ending(text: str) -> set[str]:
    """The known sibling-setting word `text` ends on, the setting a figure right after it
    is of: "keep-alive" of "keep-alive 5 s" (one word or two, "keep alive")."""
    words = [stem(w) for w in _WORD.findall(text) if not w[0].isdigit()]
    if not words:
        return set()
    said = {_one_word(words[-1])}
    if len(words) > 1:
        said.add(stem(words[-2] + words[-1]))
    return said & _SIBLINGS


def _one_word(word: str) -> str:
    """A sibling word as one stem, however hyphenated: "keep-alive" is "keepaliv"."""
    return stem(word.replace("-", "")) if "-" in word else word


def _joined_pairs(text: str) -> frozenset[str]:
    """Each two words in a row of `text` read as one word ("keep alive", "keep-alive":
    "keepaliv"), so a line saying a sibling word apart says it as typed whole."""
    words = [w.lower() for w in _WORD.findall(text) if not w[0].isdigit()]
    joined = {stem(a.replace("-", "") + b.replace("-", ""))
              for a, b in zip(words, words[1:], strict=False)}
    return frozenset(joined | {stem(w.replace("-", "")) for w in words if "-" in w})


def _modifier(word: str, skip: frozenset[str] | set[str], lex: Lexicon) -> bool:
    """A word that may tell one measure from another of the same name ("idle", "health"):
    no name, cue, stop word, weak word or number."""
    return not (word in skip or word in lex.cue_stems or word in lex.stopwords
                or word in lex.weak_stems or word[:1].isdigit())


def _own_clause_another(spot: tuple[str, int, str],
                        said: Callable[[frozenset[str]], frozenset[str]],
                        asked: list[dict[str, float]], measures: frozenset[str],
                        query_says: frozenset[str], skip: frozenset[str], lex: Lexicon,
                        dimension_only: frozenset[str], bare_name: bool = False) -> bool:
    """Whether the figure's own clause (not the one before it) labels it with a measure the
    query does not say, and says no measure asked ("backup window 30 min")."""
    clause, at, _before = spot
    if any(_says_all(said(stems(clause, _NONE)), [c], lex, dimension_only) for c in asked):
        return False
    own = _label_measure(_label_words(clause, at, "", lex), measures, bare_name)
    return bool(_unasked(own, query_says, lex, skip))


def _asks_quantity(q: Query) -> bool:
    """A number of some measure asked: a dimension, a count or a bound ("default" alone may
    ask a setting's name: "dynamodb default read consistency")."""
    return bool(q.dimensions or q.counted or any(x in ("max", "min") for x in q.qualifiers)) \
        and not q.concept and not q.compared and not q.codes


def _typed(concept: dict[str, float]) -> list[str]:
    """The words of a query concept the student typed (or their fix): its heaviest."""
    top = max(concept.values())
    return [w for w, v in concept.items() if v == top]


def _asked_concepts(q: Query, lex: Lexicon, naming: frozenset[str],
                    dimension_only: frozenset[str]) -> list[dict[str, float]]:
    """The query's concepts that may name the attribute: not a name, cue, bare dimension,
    number, weak word or a word after "per"."""
    out = []
    for concept in q.topic:
        if all(w in naming or w in lex.cue_stems or w in dimension_only or w in lex.stopwords
               or w[:1].isdigit() or w in lex.weak_stems or w in q.denominators
               or w in lex.cue_phrase_stems
               for w in _typed(concept)):
            continue
        out.append(concept)
    return out


def _query_says(q: Query, dimension_only: frozenset[str], asked: list[dict[str, float]],
                lex: Lexicon) -> frozenset[str]:
    """Every stem the query says: its words and their relatives, but for the relatives of a
    bare dimension word ("time" brings "timeout": a timeout is not what "wait time" asks)
    and the words only a related phrase of a measure asked brings ("retention" brings
    "window" through "moving window", and a backup window is no backup retention)."""
    out: set[str] = set()
    for concept in q.topic:
        typed = _typed(concept)
        if any(concept is c for c in asked):
            out.update(_synonyms(concept, lex))
        else:
            out.update(typed if all(w in dimension_only for w in typed) else concept)
    return frozenset(out)


def _names_typed(q: Query) -> frozenset[str]:
    """Stems of the names the query gives: services, subjects and the aliases typed."""
    names = [*q.all_services(), *(s for _, s in q.subjects), *q.typed.values()]
    return stems(" ".join(names), _NONE)


def _names_of(fact: dict) -> frozenset[str]:
    """Stems of the fact's service and subject names: whose figure it is, not what it
    measures."""
    return stems(f"{fact['service'] or fact.get('service_guess') or ''} {fact['subject'] or ''}",
                 _NONE)


def _says_all(words: frozenset[str], asked: list[dict[str, float]], lex: Lexicon,
              dimension_only: frozenset[str]) -> bool:
    """Whether `words` say each asked concept: one of its words (not a bare dimension, nor
    a word only a related phrase brings: "moving window" of "retention" brings no
    "window", and a backup window is no backup retention), or a word whose own
    abbreviations or related words hold one."""
    if not words:
        return False
    wider = words | _relatives(words, lex) | _phrases_say(words)
    for concept in asked:
        wanted = {w for w in _synonyms(concept, lex) if w not in dimension_only} or set(concept)
        if not (wanted & wider or any(near(w, s) for w in wanted for s in words)):
            return False
    return True


def _synonyms(concept: dict[str, float], lex: Lexicon) -> frozenset[str]:
    """The concept's words but those only a related phrase of a word typed brings."""
    phrased = _word_tables(lex)[0]
    typed = _typed(concept)
    drop = set().union(*(phrased.get(w, _NONE) for w in typed)) - set(typed)
    return frozenset(w for w in concept if w not in drop)


def _unasked(words: frozenset[str], asked: frozenset[str], lex: Lexicon,
             skip: frozenset[str]) -> frozenset[str]:
    """`words` the query does not say: neither a word of it, nearly one, nor a word whose
    abbreviations or related words are one (but for those in `skip`, names and bare kinds
    of number: "timeout" is related to "time", which any duration says)."""
    return frozenset(w for w in words if w not in skip and w not in asked
                     and not any(near(w, a) for a in asked)
                     and not (_relatives(frozenset({w}), lex) - skip) & asked)


def _relatives(words: frozenset[str], lex: Lexicon) -> frozenset[str]:
    table = _word_tables(lex)[1]
    out: set[str] = set()
    for w in words:
        out |= table.get(w, _NONE)
    return frozenset(out)


# A note's words for a measure that the lexicon does not relate to it for every query: a
# manual approval that "expires after 7 days" states its timeout (relating them in
# lookup_synonyms.json cost the concept query its answers); a storage class's "min storage
# period" is what a student asks as its "minimum retention" (a billing minimum: an object
# deleted sooner is charged for the rest of it,
# https://docs.aws.amazon.com/AmazonS3/latest/userguide/storage-class-intro.html)
_SAYS_TOO = {stem("expires"): frozenset({stem("timeout")}),
             stem("expiry"): frozenset({stem("timeout")}),
             stem("storage"): frozenset({stem("retention")})}


# What the two tables below are built from besides the lexicon (kept with it between runs:
# Lexicon.derived): this module's code, the data reader the stemmer asks for its unit plurals
# (paths.py), and for the measure words the parser's attribute names and the number reader,
# whose unit spellings come from unit_spellings.py and the language tables. Listed by hand:
# tests/test_lookup_kept_tables.py traces the functions a build calls and the data files it
# loads, but not the constants a module computes when it is imported (unit_spellings.py's and
# the language tables' spellings, note_numbers' compiled patterns): a new module whose
# import-time tables feed a build must be added here by whoever adds it.
_WORD_TABLE_FILES = ("lookup/attribute_said.py", "paths.py")
_MEASURE_FILES = ("lookup/attribute_said.py", "note_numbers.py", "unit_spellings.py",
                  "languages.py", "languages_more.py", "languages_further.py",
                  "lazy_regex.py", "paths.py", "data/attributes.json")


def _measure_stems(lex: Lexicon, dimension_only: frozenset[str]) -> frozenset[str]:
    # kept per set of bare-dimension stems: the table depends on it
    return lex.derived(f"attribute_measure_words {sorted(dimension_only)}",
                       lambda lx: _measure_words(lx, dimension_only), _MEASURE_FILES)


# Two words that together name a measure neither names alone: how far back a point-in-time
# recovery can restore ("PITR restore window 35 days", "recovery period 1-35 days") is how
# long its backups are retained, while a "backup window" (when the daily backup runs) and a
# "restore time" (how long a restore takes) are not
_PHRASES_SAY = tuple((frozenset({stem(a), stem(b)}), frozenset({stem("retention")}))
                     for a in ("restore", "recovery", "restorable")
                     for b in ("window", "period"))


def _phrases_say(words: frozenset[str]) -> frozenset[str]:
    out: set[str] = set()
    for pair, meant in _PHRASES_SAY:
        if pair <= words:
            out |= meant
    return frozenset(out)


def _word_tables(lex: Lexicon) -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    return lex.derived("attribute_word_tables", _build_word_tables, _WORD_TABLE_FILES)


def _build_word_tables(lex: Lexicon
                       ) -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """From one walk of the lexicon's one-word entries (abbreviations and related words):
    stem -> stems only its related phrases of several words hold (not also one of its
    one-word relatives); and stem -> stems of the words its abbreviations and related
    phrases hold, stop words left out, with this module's _SAYS_TOO."""
    many: dict[str, set[str]] = {}
    one: dict[str, set[str]] = {}
    relatives: dict[str, set[str]] = {k: set(v) for k, v in _SAYS_TOO.items()}
    for source in (lex.abbreviations, lex.related):
        for key, targets in source.items():
            if len(key) != 1:
                continue
            k = stem(key[0])
            mine = relatives.setdefault(k, set())
            for target in targets:
                stemmed = [stem(w) for w in target]
                (one if len(target) == 1 else many).setdefault(k, set()).update(stemmed)
                mine.update(s for w, s in zip(target, stemmed, strict=True)
                            if w not in lex.stopwords)
    phrase_only = {k: frozenset(v - one.get(k, set())) for k, v in many.items()}
    return phrase_only, {k: frozenset(v) for k, v in relatives.items()}


def _measure_words(lex: Lexicon, dimension_only: frozenset[str]) -> frozenset[str]:
    """Stems of the words that name a measure: the last word of each of the parser's
    attribute names (data/attributes.json: "visibility timeout", "health check interval",
    "retention period"; before any "per" or bracket) and the lexicon's one-word dimension
    cues ("retention", "memory", "wait"), where that word is no bare dimension ("size",
    "time"), unit, cue or weak word."""
    from studycli.paths import load_json

    def plain(w: str) -> bool:
        s = stem(w)
        return not (s in dimension_only or s in lex.cue_stems or s in lex.weak_stems
                    or any(unit for _n, unit, _w in numbers_with_units(f"2 {w}")))

    words = set()
    for entry in load_json("attributes.json").get("attributes", []):
        name = _NAME_END.split(entry.get("name", "").lower())[0].split()
        if name and plain(name[-1]):
            words.add(stem(name[-1]))
    words |= {stem(k[0]) for k in lex.dimensions if len(k) == 1 and plain(k[0])}
    return frozenset(words)


_NAME_END = lazy_compile(r"\s(?:per\s|\()")


def _figure_spots(fact: dict, every_place: bool = False) -> list[tuple[str, int, str]]:
    """(clause, where the figure starts in it, the clause before it) for the fact's
    figure: a parsed quantity's place on its note line (`every_place`: each place the line
    states its number: "ASG cooldown 300 s, grace period 300 s"); each figure of a
    statement. The clause before labels a figure its own clause opens with ("| shard write
    | 1 MB/s |")."""
    if fact["kind"] in _QUANTITY_KINDS:
        if fact.get("number") is None and fact.get("low") is None:
            return []
        line = fact["snippet"] or ""
        found = every_number_said(line, fact.get("number"), fact.get("low"),
                                  fact.get("high"), fact.get("unit"))[:None if every_place else 1]
        parts = clauses(line)
        return [(clause, at, _before(parts, clause)) for clause, at in found]
    parts = clauses(fact["value"] or "")
    spots = []
    for clause in parts:
        figures = number_spans(clause)
        if figures:
            spots.append((clause, figures[0][2], _before(parts, clause)))
    return spots


def _before(parts: list[str], clause: str) -> str:
    at = parts.index(clause) if clause in parts else 0
    return parts[at - 1] if at else ""


# What ends the words after a figure that name it ("10 KB code (JS)": a bracket, a comma)
_AFTER_END = lazy_compile(r"[^\w\s/-]")
_BRACKET = lazy_compile(r"[()\[\]]")


def _label_words(clause: str, at: int, before: str, lex: Lexicon) -> frozenset[str]:
    """Stems of the words that label the figure at `at` in `clause`: up to LABEL_WORDS
    before it (after a bracket or the last scope word: "per", "of"), else those of the
    clause before; a figure with a unit, the words right after it up to a stop ("10 KB
    code"; a bare number's next word is what it counts, "25,000 events")."""
    figures = [(a, b, u) for _n, u, a, b in number_spans(clause)]
    mine = next(((a, b, u) for a, b, u in figures if a <= at < b), (at, at, None))
    text = _blank(clause[:at], figures)
    text = _BRACKET.split(text)[-1]
    words = [w for w in _WORD.findall(text.lower()) if not w[0].isdigit()]
    cut = max((i for i, w in enumerate(words) if w in _SCOPE), default=-1)
    if cut >= 0 and cut == len(words) - 1:
        # "key rotation every 1 year", "retention for 7 days": a scope word right before the
        # figure says how it counts; the words before it still label the figure
        cut = max((i for i, w in enumerate(words[:cut]) if w in _SCOPE), default=-1)
    words = [w for w in words[cut + 1:] if _content(w, lex)][-LABEL_WORDS:]
    if not words:  # "max 12 hours" after "visibility timeout default 30 sec"
        words = [w for w in _WORD.findall(before.lower())
                 if not w[0].isdigit() and _content(w, lex)][-LABEL_WORDS:]
    if mine[2]:
        tail = _AFTER_END.split(_blank(clause[mine[1]:], figures, mine[1]))[0]
        for w in _WORD.findall(tail.lower()):
            if w[0].isdigit() or w in _SCOPE or w in lex.stopwords:
                break  # "48 hrs or 100 x heartbeat timeout": the words after "or" are
            words.append(w)  # another figure's
    return frozenset(stem(w) for w in words)


def _content(word: str, lex: Lexicon) -> bool:
    """A word that may name a measure: no stop word or cue ("max", "default")."""
    return word not in lex.stopwords and stem(word) not in lex.cue_stems


def _blank(text: str, figures: list[tuple[int, int, str | None]], offset: int = 0) -> str:
    """`text` with the figures (number and unit) blanked out."""
    out = list(text)
    for a, b, _u in figures:
        for i in range(max(a - offset, 0), min(b - offset, len(out))):
            out[i] = " "
    return "".join(out)
