"""The lookup engine (the package's docstring says how it works): `from studycli.lookup
import lookup` loads it; importing one of the package's light modules does not."""

from __future__ import annotations

import _sqlite3 as sqlite3  # sqlite3 less its datetime import: store/__init__.py
import re
from types import SimpleNamespace

from studycli.conflicts import canonical, comparable, conflict_key, disagree, same_dimension
from studycli.kinds import Kind
from studycli.lookup.answer import THRESHOLD, answer_features, confidence, default_line_bounds
from studycli.lookup.block_service import block_named_first
from studycli.lookup.bounds import bound_first
from studycli.lookup.child_said import family_guesses
from studycli.lookup.clause_answer import clause_checked, narrowed_answers, with_clause_currency
from studycli.lookup.corrections import corrected_last
from studycli.lookup.currency_rows import CurrencyRows
from studycli.lookup.excluded_asked import without_excluded
from studycli.lookup.features import _QUANTITY_KINDS
from studycli.lookup.journal import answers_for_questions, read_questions
from studycli.lookup.labelled import labels_more
from studycli.lookup.legend import is_legend, note_short_forms, read_short_forms
from studycli.lookup.lexicon import lexicon
from studycli.lookup.named_in_line import lines_naming_asked
from studycli.lookup.own_marks import own_marks
from studycli.lookup.past_the_limit import past_the_limit
from studycli.lookup.qualifier_written import qualifier_written_first
from studycli.lookup.query import Query, understand
from studycli.lookup.range_bounds import bounds_under_their_range
from studycli.lookup.rank import score
from studycli.lookup.reference_member import other_members
from studycli.lookup.related import further_matches, related_lines, unfiled
from studycli.lookup.state_asked import states_asserted
from studycli.lookup.text import tokens
from studycli.lookup.value_asked import period_answered
from studycli.lookup.words import matched_words, stems
from studycli.lookup.yes_no import as_choice, asked_words, names_asked, says_state, state_words
from studycli.store import read

JSON_KEYS = ("service", "subject", "attribute", "kind", "qualifier", "value", "number", "unit",
             "source", "line", "snippet", "score")
OUTPUT_KEYS = (*JSON_KEYS, "also", "markers")  # what --json prints for each answer
CANDIDATES = 200          # rows taken from each full-text search
RELATED = 3               # lines shown, as not answers, when the notes do not answer
_KIND_ORDER = {k: k.sort_order for k in Kind}  # quantities first, statements last


class LookupResult:
    """Ranked hits that answer the query (fact dicts with `score`, `answer`, `conflicts`,
    `also`); when there are none, `related` facts (not answers) and name suggestions."""

    __slots__ = ("query", "hits", "suggestions", "understood", "filters", "related", "absent",
                 "_docs")

    def __init__(self, query: str, hits: list[dict], suggestions: list[str], understood: Query,
                 filters: dict[str, str] | None = None, related: list[dict] | None = None,
                 absent: list[str] | None = None):
        self.query = query
        self.absent = absent or []  # services asked that the notes file nothing under
        self.hits = hits
        self.related = related or []
        self.suggestions = suggestions
        self.understood = understood
        self.filters = filters or {}  # {"service": ..., "kind": ...} as applied
        self._docs: list[dict] | None = None

    @property
    def docs(self) -> list[dict]:
        """When the notes do not answer: what the AWS docs say (studycli's reference), for the
        service filter applied, as lookup/docs.py reads it; [] when the notes answer. Read on
        first use only: `--json` prints `[]` on an abstention and never pays for it."""
        if self._docs is None:
            from studycli.lookup.docs import aws_docs_say

            self._docs = [] if self.hits else aws_docs_say(self.query,
                                                           self.filters.get("service"))
        return self._docs

    def to_json(self) -> list[dict]:
        """The answers, best first; `[]` when the notes do not answer (related lines are
        not answers and are not printed)."""
        return [{**{k: h[k] for k in JSON_KEYS}, "value": answer_value(h),
                 "also": [{"source": s, "line": n} for s, n in h.get("also", [])],
                 "markers": markers(h)} for h in self.hits]


def markers(hit: dict) -> dict:
    """What a student must know before trusting a hit. `conflict`: null, or the key the
    notes disagree on and every side with its file:line. `currency`: the check of the hit's
    own value against current AWS (studycli/reference), null until a status is known.
    `line_currency`: null, or the check of another claim of the hit's note line that is
    outdated or wrong, or current until an announced change (`takes_effect`: its date; the
    line is printed with the hit)."""
    conflict = None
    if hit.get("conflicts"):
        side = hit.get("conflict_side") or hit
        own = (hit.get("currency") or {}).get("status")
        own_verdict = (hit.get("currency") or {}).get("verdict") or own
        conflict = {"about": display_name(side), "sides": [
            {"value": answer_value(f), "source": f["source"], "line": f["line"],
             "snippet": f["snippet"],
             # what the AWS reference says of this side (current, outdated, wrong), else
             # null: a field added, none changed
             "status": f.get("side_status", own if f is hit and own != "unknown" else None),
             # what check calls it (outdated, wrong, differs), else its status: added
             "verdict": f.get("side_verdict",
                              own_verdict if f is hit and own != "unknown" else None)}
            for f in [side, *hit["conflicts"]]]}
    return {"conflict": conflict, "currency": hit.get("currency"),
            "line_currency": hit.get("line_currency")}


def display_name(fact: dict) -> str:
    """service / subject / attribute (qualifier), as lookup shows a fact's key."""
    name = " / ".join(p for p in (fact["service"], fact["subject"], fact["attribute"]) if p)
    if fact["qualifier"] and fact["kind"] != Kind.ERROR_CODE:
        name += f" ({fact['qualifier']})"
    return name


def answer_value(fact: dict) -> str:
    """The answer as a student says it. An error code's fact holds the code in `attribute`
    and its meaning in `value`; the answer names both ("504: integration timeout"), since
    a lookup goes either way (the code for a symptom, the meaning of a code)."""
    value = (fact["value"] or "").strip()
    if fact["kind"] == Kind.ERROR_CODE:
        code = (fact["attribute"] or "").strip()
        if code and code.lower() not in value.lower():
            return f"{code}: {value}" if value else code
    return value


def _quote(word: str) -> str | None:
    """One word or phrase as an FTS5 string: operators in user text become plain words."""
    word = word.replace('"', " ").strip()
    if not any(ch.isalnum() for ch in word):
        return None
    return f'"{word}"'


def search_expression(words: list[str], prefix: frozenset[str] | set[str] = frozenset()
                      ) -> str | None:
    """An FTS5 MATCH expression: each word double-quoted, OR-ed; words in `prefix` also
    match as a prefix ("dedup" -> deduplication). Quoting makes every FTS5 operator in user
    text (AND, OR, NOT, NEAR, "(", "*", ":", "^") a plain word; punctuation alone is dropped.
    """
    parts = []
    for w in words:
        quoted = _quote(w)
        if quoted:
            parts.append(quoted + "*" if w in prefix else quoted)
    return " OR ".join(parts) if parts else None


def _all_concepts_expression(q: Query) -> str | None:
    """Every concept of the query, each by any word that means it outright (not merely a
    related word): precise across services, and cheap on a large fact base."""
    groups = []
    for concept in q.concepts:
        inner = search_expression([w for w, weight in concept.items() if weight >= 0.85])
        if inner:
            groups.append(f"({inner})")
    return " AND ".join(groups) if len(groups) >= 2 else None


def _names_expression(names: list[str]) -> str | None:
    """Facts whose service, or whose subject (an invoker), is one of `names`."""
    inner = search_expression(names)
    return "{service subject} : (" + inner + ")" if inner else None


def lookup(conn: sqlite3.Connection, text: str, limit: int = 5, service: str | None = None,
           kind: str | None = None, threshold: float = THRESHOLD) -> LookupResult:
    """The `limit` best facts that answer `text`, best first; when none does, no hits and
    up to RELATED facts that share its words (`related`, never shown as answers).
    Never raises on any text."""
    found = _lookup(conn, text or "", text, limit, service, kind, threshold)
    # "nacl stateful?" on notes saying only "NACL is stateless": the question read as the
    # choice it is, but only where the words as typed find no answer naming the thing
    # asked ("SG is stateful"), and the choice finds one that does. A line saying the typed
    # word of the asked thing ("async invoke returns 202" for "lambda async?") must never
    # lose to one saying the opposite word of something else (lookup/yes_no.py).
    choice = as_choice(text or "")
    if choice == (text or ""):
        return found
    # and a line that says neither the state asked nor its opposite ("SGs per ENI max 5" for
    # "security group stateful?") answers neither reading: its lines are only related
    states = state_words(text or "")
    asked = asked_words(text or "")
    # (a line asking the state again, "nacl stateful?? I said yes", says none: the choice
    # reading finds the line that says it; lookup/state_asked.py)
    if found.hits and states_asserted(found.hits[0], states) and (
            not asked or names_asked(found.hits[0], asked)):
        return found
    other = _lookup(conn, choice, text, limit, service, kind, threshold)
    if other.hits and says_state(other.hits[0], states) and (
            not asked or names_asked(other.hits[0], asked)):
        return other
    if found.hits and says_state(found.hits[0], states):
        return found
    return LookupResult(text, [], found.suggestions, found.understood, found.filters,
                        (found.related or found.hits)[:RELATED], found.absent)


def _lookup(conn: sqlite3.Connection, read_as: str, text: str, limit: int,
            service: str | None, kind: str | None, threshold: float) -> LookupResult:
    """lookup() of `text` read as `read_as`."""
    lex = lexicon()
    names = _Names(conn)
    q = understand(read_as, lex, vocabulary=names.words,
                   in_notes=lambda word: (read.links_initials(conn, word) if " " in word
                                          else read.says_word(conn, word)),
                   note_fix=lambda word: _note_fix(conn, word),
                   note_split=lambda word: _note_split(conn, word),
                   linked_otherwise=lambda text, names: read.links_initials_to_others(conn, text,
                                                                                  names))
    read_short_forms(q, note_short_forms(conn), lex.cue_stems)  # a legend's "ret = retention"
    # "(not block express)": words the answer need not say (lookup/excluded_asked.py)
    q.topic = without_excluded(q.topic, q.raw, lex.stopwords)
    only = _service_filter(service)
    rows = _candidates(conn, q, only, kind)
    _guess_services(conn, rows)
    family_guesses(rows, q, lex)  # "logs ..." for "cw logs" (child_said.py)
    read_questions(conn, rows)  # "→ us-east-1 only" is about the question over it
    ranked = _merge_duplicates(_rank(rows, q, lex))
    q.generic = _generic_words(conn, q, only)
    q.common = _common_words(conn, q)
    # a journal's question line gives way to the answer marked under it (lookup/journal.py)
    top = RELATED + limit * 2
    ranked = answers_for_questions(conn, ranked[:top]) + ranked[top:]
    # "not 2 hours like I wrote in v2": the value another line of the note corrects comes
    # after the others (lookup/corrections.py)
    ranked = corrected_last(conn, ranked, top)
    # two values of one measure tied at the top: the one of a block naming another service
    # ("**Kinesis Data Streams**" over "- retention default 24 hours") goes second
    # (lookup/block_service.py)
    ranked = block_named_first(conn, ranked, q.services)
    # and of two such values, the one whose line writes the "default" asked goes first
    # (lookup/qualifier_written.py)
    ranked = qualifier_written_first(ranked, q.qualifier)
    if not q.compared and q.all_services() and any(not h["service"] for h in ranked[:top]):
        # an unfiled line under "X vs Y" answers for no one side (lookup/pair_line.py; read
        # only where an unfiled line is among them)
        from studycli.lookup.pair_line import attach_pair_headings

        attach_pair_headings(conn, ranked[:top], lex)
    for h in ranked[:top]:
        h["answer_features"] = answer_features(h, q, lex)
        # a statement that only repeats its own heading or label (a slide's title "Scale-in
        # protection", "Cooldown") is no answer, however well it matches the query
        h["answer"] = 0.0 if _title_only(h, q, lex) else confidence(h["answer_features"])
    # "24 h" read from "restore takes 24-72 hr" answers no better than the range itself
    ranked = bounds_under_their_range(ranked[:top], q) + ranked[top:]
    # "amazon mq vs sqs" on notes that never name Amazon MQ: whatever they say of SQS, they
    # do not compare the two
    side_absent = _side_absent(conn, q)
    answers = [] if side_absent or names_only(q) else _answers(
        conn, ranked, q, lex, threshold, limit, only, kind)
    if q.compared and not side_absent:
        # "X vs Y": a row of the notes' table on the aspect asked, a line saying the aspect,
        # first; a line only naming the comparison is none (lookup/compared_answers.py)
        from studycli.lookup.compared_answers import compared_answers

        answers = compared_answers(conn, q, lex, answers, ranked, limit, kind,
                                   threshold)
    # every answer's AWS status row, read once for both of the lookup's questions of it
    currency = CurrencyRows(conn)
    if q.qualifier == "default":
        currency.of(h.get("id", "") for h in answers)
    # "http api integration timeout" on "integration timeout 29 s": a figure naming no API
    # type that the AWS reference knows as a REST API's (lookup/reference_member.py)
    # (and the statement of that figure's line whose only figure it is)
    others = other_members(currency, answers, q)
    kept = [h for h in answers if not _reference_max_for_default(currency, h, q)
            and id(h) not in others]
    if len(kept) < len(answers) and kept and kept[0].get("answer", 0.0) < threshold:
        kept = []  # what stood below the figure dropped were further matches, no answer
    answers = kept
    answers = bound_first(answers, ranked[:top], q, threshold, limit)  # "max": the largest
    answers = further_matches(answers, q, only, threshold)  # none of another service
    answers = answers[:1] + [h for h in answers[1:] if not default_line_bounds(h, q)]
    # "max acu" on "Up to 15 replicas. ... (min 0.5 ACU)": the clause shown must answer too
    answers, rest = clause_checked(answers, q, lex, threshold)
    if not answers and rest and kind in (None, Kind.FACT):
        # "gp3 max iops" on a comparison table's row: the row's clause that names IOPS
        # ("baseline 3,000 IOPS" of its Notes cell) is no maximum, but its "Max IOPS"
        # column is (lookup/table_columns.py, tried once no answer is left)
        from studycli.lookup.table_columns import column_answers

        found = column_answers(conn, ranked, q, lex, max(1, limit))
        if found:
            answers, rest = [*found, *rest][:max(1, limit)], []
    related = [] if answers else _one_per_line(
        rest + related_lines(ranked, q, only))[:RELATED]  # what was left first
    _attach_conflicts(conn, answers + related)
    _attach_line_conflicts(conn, answers + related)
    _attach_currency(conn, answers, currency)
    # "LSI max 5 per table, GSI default 20" answers a GSI question with its GSI clause; after
    # the currency is known, so a clause that is the line's stale claim says so
    answers = narrowed_answers(answers, q, lex, threshold)
    # a figure's own stale mark, not its line's first stale claim (lookup/own_marks.py)
    answers = own_marks(answers)
    answers = current_first(answers)
    # "ebs gp3 max iops" on notes with nothing filed under EBS: say so, rather than offer
    # names of other services ("event bus, EFS") as the closest things
    absent = [] if (answers or related) else unfiled(conn, q)
    suggestions = [] if (answers or related or absent) else suggest(names, q)
    filters = {k: v for k, v in (("service", only[0] if only else None), ("kind", kind)) if v}
    return LookupResult(text, answers, suggestions, q, filters, related, absent)


def _reference_max_for_default(currency: CurrencyRows, h: dict, q: Query) -> bool:
    """A default asked, and a bare figure the notes give with no bound ("timeout 15 min" under
    Lambda) that the AWS reference reads as the setting's maximum (its status row, worked out
    at ingest, names a ".max" entry), where the reference gives another default (3 s): the
    note's figure is no default, and "lambda default timeout" is not answered by it. A
    figure the reference knows as the default too (a fixed limit) or not at all stays."""
    if q.qualifier != "default" or h.get("kind") != Kind.LIMIT or h.get("qualifier") \
            or h.get("number") is None or not h.get("id"):
        return False
    row = currency.of([h["id"]]).get(h["id"])
    ref = (row or {}).get("reference_id") or ""
    if not ref.endswith(".max"):
        return False
    from studycli.reference import load_reference

    try:
        entries = load_reference(services=[h["service"]]).entries
    except Exception:  # noqa: BLE001 (no reference to read: the figure stays)
        return False
    default_id = ref[:-len(".max")] + ".default"
    default = next((e for e in entries if e.id == default_id), None)
    if default is None or default.number is None:
        return False
    return abs(default.number - h["number"]) > 1e-6 * max(1.0, abs(h["number"]))


def names_only(q: Query) -> bool:
    """A lookup that names one service and asks nothing of it ("cloudfront", "what is sqs"):
    every fact of the service matches it alike, and the first of them ("Billed on requests")
    is no answer a student should read as the one."""
    return (len(q.services) == 1 and not q.subjects and not q.topic and not q.kinds
            and not q.qualifiers and not q.codes and not q.dimensions and not q.numbers
            and not q.compared)


def _answers(conn, ranked: list[dict], q: Query, lex, threshold: float, limit: int,
             only: list[str] | None, kind: str | None) -> list[dict]:
    """The hits that answer: the best-ranked facts, then those the lines over them, a note's
    own question or table, or a line that is no fact answer for."""
    answers = choose(ranked, threshold, max(1, limit))
    if answers and sum(h.get("answer", 0.0) >= threshold for h in answers) < len(answers):
        answers = _more_answers(ranked, q, lex, threshold, max(1, limit))
    if not answers:
        answers = _answer_in_context(conn, ranked, q, lex, threshold, max(1, limit))
    if not answers:
        answers = _deeper_answer(ranked, q, lex, max(1, limit))
    if not answers and kind in (None, Kind.FACT):
        from studycli.lookup.qa import qa_answer  # a note's own question over the line

        found_qa = qa_answer(ranked, q, lex)
        if found_qa:
            answers = [found_qa, *(x for x in ranked if x is not found_qa)][:max(1, limit)]
    if not answers and kind in (None, Kind.FACT):
        from studycli.lookup.table_sides import side_answers  # a column the parser filed

        found = side_answers(conn, q, lex, only, max(1, limit))  # under another side
        if found:
            answers = [*found, *ranked][:max(1, limit)]
    if not answers and kind in (None, Kind.FACT):
        from studycli.lookup.table_columns import column_answers  # a wide table's cell

        found = column_answers(conn, ranked, q, lex, max(1, limit))
        if found:
            answers = [*found, *ranked][:max(1, limit)]
    if not answers and kind in (None, Kind.FACT):
        from studycli.lookup.lines import line_answers  # no fact answers: maybe a line does

        found = line_answers(conn, q, lex, only, max(1, limit))
        if found:
            answers = [*found, *ranked][:max(1, limit)]
    return answers


def _side_absent(conn, q: Query) -> bool:
    """Two services compared, and the notes name one of them nowhere (no fact filed under
    it, no line writing its name or the name typed)."""
    if len(q.compared) != 2 or len(q.services) < 2 or q.phrase_sides:
        return False
    for service in q.services[:2]:
        names = {service.lower(), q.typed.get(service, service).lower()}
        if not any(read.has_word(conn, quoted) for quoted in map(_quote, names) if quoted):
            return True
    return False


GENERIC_SHARE = 0.2  # a word this share of a service's facts say is that service's vocabulary


def _generic_words(conn, q: Query, only: list[str] | None) -> set[str]:
    """Topic stems that at least GENERIC_SHARE of the named service's facts say ("function"
    for Lambda, "api" for API Gateway): matching them shows little that the fact answers."""
    from studycli.store.lookup_lines import service_share

    services = only or q.services[:1]
    if len(services) != 1:
        return set()
    out = set()
    short = _short_forms_by_stem()
    for concept in q.topic:
        top = max(concept.values())
        for word, weight in concept.items():
            quoted = _quote(word)  # as a prefix: the index holds porter stems, "queu" ~ queue
            if weight != top or not quoted or not word.isalpha() or len(word) < 3:
                continue
            # A cheat sheet writes the word short ("msgs" for messages): those say it too.
            said = " OR ".join([quoted + "*", *(f'"{s}"' for s in short.get(word, ()))])
            if service_share(conn, services[0], f"({said})") >= GENERIC_SHARE:
                out.add(word)
    return out


_SHORT_BY_STEM: dict[str, list[str]] = {}


def _short_forms_by_stem() -> dict[str, list[str]]:
    """Stem of a word -> the short forms notes write for it ("messag" -> msg)."""
    if not _SHORT_BY_STEM:
        for short, full in lexicon().short_forms.items():
            if short.isalpha():
                _SHORT_BY_STEM.setdefault(full, []).append(short)
    return _SHORT_BY_STEM


COMMON_SHARE = 0.02  # a word this share of all facts say tells an answer from a neighbour little
COMMON_MIN = 10      # and at least this many: on a small fact base every word is "common"


def _common_words(conn, q: Query) -> set[str]:
    """Topic stems that many facts of the notes say, whatever their service ("access",
    "check", "data"): a fact that leaves one unsaid may still answer ("lambda in vpc
    internet access": "Lambda in VPC needs NAT GW for internet"), while a rare word
    unsaid ("aurora backtrack window") most often means the notes do not answer."""
    from studycli.store.lookup_lines import fact_count, facts_saying

    words = {w for concept in q.topic for w, weight in concept.items()
             if weight == max(concept.values()) and w.isalpha() and len(w) >= 3}
    if not words:
        return set()
    enough = max(COMMON_MIN, int(fact_count(conn) * COMMON_SHARE + 0.999))
    return {w for w in words
            if facts_saying(conn, (_quote(w) or '""') + "*", enough) >= enough}


def choose(ranked: list[dict], threshold: float, limit: int) -> list[dict]:
    """The answer is the best-ranked fact whose answer score reaches `threshold`; none, and
    the notes do not answer. Once they do, the other ranked facts follow as further matches."""
    first = next((h for h in ranked if h.get("answer", 0.0) >= threshold), None)
    if first is None:
        return []
    rest = [h for h in ranked if h is not first]
    # Further matches: those that answer too come before those that only share words, and
    # another value before the same value again (a second "1 year" filed under another
    # heading tells the student nothing the first did not).
    seen = {_value_key(first)}
    repeats = set()
    for h in rest:
        key = _value_key(h)
        if key is not None and key in seen:
            repeats.add(id(h))
        seen.add(key)
    rest.sort(key=lambda h: _standing(h, threshold, repeats))
    return _other_lines_first([first, *rest], threshold, repeats, limit)


def _other_lines_first(order: list[dict], threshold: float, repeats: set[int], limit: int
                       ) -> list[dict]:
    """The first `limit` of `order`, passing over a fact that only repeats part of a hit
    already taken from its note line ("4 MB/s" after "Shards per stream (on-demand) | 4
    MB/s write default") when one of the same standing (answering or not, a new value or
    not) is there: the student is better served by the nearest other answer."""
    chosen = [order[0]]
    rest = order[1:]
    while rest and len(chosen) < limit:
        standing = _standing(rest[0], threshold, repeats)
        pick = next((h for h in rest if _standing(h, threshold, repeats) == standing
                     and not _shown_already(h, chosen)), rest[0])
        rest.remove(pick)
        chosen.append(pick)
    return chosen


def _standing(h: dict, threshold: float, repeats: set[int]) -> tuple[bool, bool]:
    return h.get("answer", 0.0) < threshold, id(h) in repeats


def _shown_already(h: dict, chosen: list[dict]) -> bool:
    """Whether a hit taken from the same note line already shows all `h` says."""
    said = _squeezed(h.get("value") or "")
    place = (h.get("source"), h.get("line"))
    return bool(said) and place[0] is not None and any(
        (c.get("source"), c.get("line")) == place and said in _squeezed(answer_value(c))
        for c in chosen)


def _squeezed(text: str) -> str:
    """`text` lower-cased without spaces or thousands separators ("1,000 MiB/s" ->
    "1000mib/s"): how a value is found inside a line's statement."""
    out = "".join(text.lower().split())
    return out.replace(",", "") if "," in out else out


def _value_key(h: dict) -> tuple[str, tuple] | None:
    """The service and the value a hit states (900 s == 15 min); None when it states none."""
    if h.get("value") is None and h.get("number") is None:
        return None
    fact = SimpleNamespace(value=h.get("value") or "", number=h.get("number"),
                           unit=h.get("unit"), low=h.get("low"), high=h.get("high"))
    return (h.get("service") or "").lower(), canonical(fact)


def _answer_in_context(conn, ranked: list[dict], q: Query, lex, threshold: float,
                       limit: int) -> list[dict]:
    """No fact answers on its own words: the best-ranked ones are scored again with the
    question or table header over their lines (lookup/context.py): "36 h" on the line
    after "GetSessionToken duration?" answers "GetSessionToken max duration"."""
    from studycli.lookup.context import attach_context
    from studycli.lookup.section_heads import attach_sections

    # an unfiled line may be of the service its caption or parent item names
    near = [h for h in ranked[:RELATED + limit * 2] if h.get("answer", 0.0) > 0.0
            or not h["service"] or _only_service_unsaid(h) or _only_topic_unsaid(h)]
    if not near:
        return []
    attach_context(conn, near)
    attach_sections(conn, near)
    for h in near:
        if h.get("context") or h.get("paragraph") or h.get("section"):
            h["answer_features"] = answer_features(h, q, lex)
            h["answer"] = confidence(h["answer_features"])
    return choose(ranked, threshold, limit)


def _only_service_unsaid(h: dict) -> bool:
    """A fact that answers but for its service (filed under one its line names in passing):
    the paragraph over it may name the service asked."""
    features = h.get("answer_features") or {}
    return not features.get("service") and bool(features.get("topic")) and bool(
        features.get("shape"))


def _title_only(h: dict, q: Query, lex) -> bool:
    """A plain statement that ranking reads as an echo (features.echo) and whose words are
    its attribute's, no more and no fewer: the parser named the line by itself, a title; not
    a comparison's line, which names the sides asked ("Read replica vs Multi-AZ: RR = scale
    reads"). A comparison asked is answered by no line that only names it: "Secrets Manager
    vs Parameter Store (exam fav)", "Redis vs Memcached:" head the lines that compare."""
    if h["kind"] != Kind.FACT:
        return False
    if q.compared:
        from studycli.lookup.pair_heading import names_comparison_only

        return names_comparison_only(h["value"] or "", q, lex)
    from studycli.lookup.features import Seen, echo

    seen = Seen(h, q, lex.stopwords, lex.kind_words)
    return echo(seen) > 0 and seen.value_words == seen.attr_words \
        and not labels_more(h["value"] or "", q) and not period_answered(h["value"] or "", q)


def _only_topic_unsaid(h: dict) -> bool:
    """A value of the service and the kind asked whose line says none of the words asked:
    the label line over it may ("Default cooldown" over "300 seconds (simple scaling)")."""
    features = h.get("answer_features") or {}
    return not features.get("topic") and bool(features.get("service")) and bool(
        features.get("shape")) and h["kind"] != Kind.FACT


DEEP = 60           # how far down the ranking an answer is looked for when none is on top
DEEP_ANSWER = 0.95  # and the answer score it must reach there: every asked thing said


def _deeper_answer(ranked: list[dict], q: Query, lex, limit: int) -> list[dict]:
    """An answer ranked low: "how big is one wcu" ranks every size fact above the two
    lines about WCUs, which do not say "size". Only a fact that says every word asked, of
    the service and the kind of value asked, is taken from there."""
    start = RELATED + limit * 2
    for h in ranked[start:DEEP]:
        h["answer_features"] = answer_features(h, q, lex)
        h["answer"] = confidence(h["answer_features"])
        if h["answer"] >= DEEP_ANSWER:
            return [h, *(x for x in ranked if x is not h)][:limit]
    return []


FURTHER = 30  # how far down the ranking further matches that answer are looked for


def _more_answers(ranked: list[dict], q: Query, lex, threshold: float, limit: int
                  ) -> list[dict]:
    """The first answer stands; the matches after it that answer too, from further down
    the ranking ("sqs lambda batch size max": after SQS's own 10 messages, the statement of
    the event source mapping's 10,000 ranks below facts that only share words)."""
    for h in ranked[RELATED + limit * 2:FURTHER]:
        h["answer_features"] = answer_features(h, q, lex)
        h["answer"] = confidence(h["answer_features"])
    return choose(ranked, threshold, limit)


def _one_per_line(facts: list[dict]) -> list[dict]:
    """The first fact of each note line: related lines are shown as lines."""
    seen: set[tuple[str, int]] = set()
    out = []
    for f in facts:
        if (f["source"], f["line"]) not in seen:
            seen.add((f["source"], f["line"]))
            out.append(f)
    return out


def _service_filter(service: str | None) -> list[str] | None:
    if not service:
        return None
    from studycli.services import canonical_service

    return [canonical_service(service) or service.strip()]


def _candidates(conn, q: Query, only: list[str] | None, kind: str | None) -> list[dict]:
    """Facts worth ranking: of the services named and sharing a word with the query, then
    sharing every concept whatever the service, then (if still few) sharing any word."""
    lex = lexicon()
    prefix = {w for w in q.search_words
              if len(w) >= 5 and w.isalpha() and w not in lex.known_words}
    any_word = search_expression(q.search_words, prefix)
    named = only or q.all_services()
    rows: dict[int, dict] = {}

    def add(found: list[dict]) -> None:
        for r in found:
            rows.setdefault(r["rowid"], r)

    if named:
        names = _names_expression(named)
        if names:
            expr = f"{names} AND ({any_word})" if any_word else names
            add(read.search(conn, expr, CANDIDATES, services=only, kind=kind))
        if names:
            add(_of_kinds_asked(conn, q, names, only, kind))
        add(_naming_the_other(conn, q, named, only, kind))
        every = _all_concepts_expression(q)
        if every:
            add(read.search(conn, every, CANDIDATES // 2, services=only, kind=kind))
        if not rows:
            add(read.facts_of_services(conn, named, CANDIDATES, kind=kind, invokers=not only))
        add(_unfiled_near(conn, q, any_word, named, kind, only))
        add(_named_in_line(conn, q, named, any_word, lex, kind, only))
    joined = _joined_words(q, lex)
    if joined:
        # "parallelization factor kinesis": the notes write the parameter's name whole
        # ("ParallelizationFactor", one word to the index), under whichever service
        add(read.search(conn, search_expression(joined) or '""', CANDIDATES // 4,
                        services=only, kind=kind))
    exact = sorted(q.codes | q.identifiers)
    if exact and not only:
        # An error code or API name is the same word whichever service the notes filed it
        # under (a note may name it in another service's paragraph): find it everywhere.
        code_expr = search_expression([c for c in exact if not c[0].isdigit()])
        if code_expr:
            add(read.search(conn, code_expr, CANDIDATES // 4, kind=kind))
    if any_word and (not named or len(rows) < 10):
        add(read.search(conn, any_word, CANDIDATES, services=only, kind=kind))
    return list(rows.values())


def _naming_the_other(conn, q: Query, named: list[str], only: list[str] | None,
                      kind: str | None) -> list[dict]:
    """Two services named one after the other ("codedeploy lambda deployment types": Lambda
    as CodeDeploy's platform): the facts of each whose text names the other, though they say
    no other word typed ("CodeDeploy: ... ; Lambda+ECS: Canary / Linear / AllAtOnce"). Not
    two services a word joins ("kinesis to lambda invocation", "sqs visibility timeout for
    lambda"): their own words find their lines, which these would crowd out."""
    if len(named) != 2 or only or Kind.INVOCATION_MODE in q.kinds or q.subjects \
            or q.identifiers or q.codes:
        return []  # a name typed ("maxreceivecount", "429") finds its own lines
    first, second = (q.typed.get(n, n).lower() for n in named)
    text = f" {' '.join(q.tokens)} "
    if f" {first} {second} " not in text and f" {second} {first} " not in text:
        return []
    found: list[dict] = []
    for own, other in (named, named[::-1]):
        said = search_expression([q.typed.get(other, other)])
        owner = _names_expression([own])
        if said and owner:
            found += read.search(conn, f"{owner} AND ({said})", CANDIDATES // 4, kind=kind)
    return found


def _of_kinds_asked(conn, q: Query, names: str, only: list[str] | None,
                    kind: str | None) -> list[dict]:
    """The named services' facts of a kind asked whose answer need say no word typed: an
    invocation mode ("ses -> lambda sync?" is answered by "asynchronous") or an error code
    ("lambda throttled error code" by "... sync callers get a 429 TooManyRequestsException")."""
    found: list[dict] = []
    for asked in (Kind.INVOCATION_MODE, Kind.ERROR_CODE):
        if asked in q.kinds and kind in (None, asked):
            found += read.search(conn, names, CANDIDATES // 4, services=only, kind=asked)
    return found


def _named_in_line(conn, q: Query, named: list[str], any_word: str | None, lex,
                   kind: str | None, only: list[str] | None) -> list[dict]:
    """Lines filed under another service that name one asked in their own words
    (lookup/named_in_line.py); not when the user filters by service, which is the fact's own."""
    if only:
        return []
    # (as unfiled lines: only those whose line says enough of the query, or lines that merely
    # name the service push its own answers out of the few read again in context: "delay
    # queue: max 15 min", filed under S3 under a heading naming SQS, lost "sqs delay queue max")
    return [r for r in lines_naming_asked(named, q.typed, any_word, lex,
                                          lambda expr, n: read.search(conn, expr, n, kind=kind),
                                          search_expression)
            if _concepts_said({"value": r["snippet"]}, q) >= UNFILED_CONCEPTS]


UNFILED_CONCEPTS = 2  # concepts of the query an unfiled line must say to be weighed (one
                     # is any line under a heading that says "global")


def _unfiled_near(conn, q: Query, any_word: str | None, named: list[str], kind: str | None,
                  only: list[str] | None) -> list[dict]:
    """Lines the parser filed under no service ("b) | Spread – max 7 instances per AZ" in a
    list of placement groups) whose neighbours are of a service named and which say enough
    of the query: weighed with the service's own facts (not when the user filters by
    service: the filter is the fact's own service)."""
    if not any_word or only:
        return []
    unfiled = read.search(conn, any_word, CANDIDATES // 4, services=[""], kind=kind)
    _guess_services(conn, unfiled)
    return [r for r in unfiled if r.get("service_guess") in named
            and _concepts_said(r, q) >= UNFILED_CONCEPTS]


def _concepts_said(fact: dict, q: Query) -> int:
    """How many of the query's concepts the fact's own words say (its line, not where it
    sits)."""
    said = matched_words(set(stems(fact["value"] or "", frozenset())), q)
    return sum(any(w in said for w in concept) for concept in q.concepts)


JOINED = 3  # words typed apart that a note may write as one name ("max receive count")


def _joined_words(q: Query, lex) -> list[str]:
    """Runs of two or three words typed next to each other, written as one: how a note
    writes a parameter's or an API's name ("ParallelizationFactor", "maxReceiveCount")."""
    toks = q.tokens
    out: list[str] = []
    for i in range(len(toks)):
        for n in range(2, JOINED + 1):
            run = toks[i:i + n]
            if len(run) == n and all(t.isalpha() and len(t) >= 3 and t not in lex.stopwords
                                     for t in run):
                out.append("".join(run))
    return out


SERVICE_WINDOW = 2  # lines: how far a statement's neighbours speak for its service


def _guess_services(conn, rows: list[dict]) -> None:
    """A statement whose service the parser could not tell (a transcript sentence, an Anki
    card) is most likely about the service of the facts on the lines next to it: ranking
    reads that as its service (`service_guess`); what is shown stays as the notes say."""
    # (rows `_unfiled_near` already guessed for are not asked about again)
    todo = [r for r in rows if not r["service"] and "service_guess" not in r]
    if todo:
        near = read.services_near(conn, [(r["source"], r["line"]) for r in todo],
                                  SERVICE_WINDOW)
        for r in todo:
            r["service_guess"] = near.get((r["source"], r["line"]), "")


def _rank(rows: list[dict], q: Query, lex) -> list[dict]:
    best_bm25 = min((r.get("bm25") or 0.0 for r in rows), default=0.0)
    for r in rows:
        share = (r.get("bm25") or 0.0) / best_bm25 if best_bm25 < 0 else 0.0
        r["score"] = round(score(r, q, lex.stopwords, share, lex.kind_words), 3)
    # a note's abbreviation legend defines words and states no fact: never shown as one
    rows = [r for r in rows if r["score"] > 0
            and not (r["kind"] == Kind.FACT and is_legend(r["value"] or ""))]
    _general_first(rows, q, lex.stopwords)
    rows.sort(key=lambda r: (-r["score"], _KIND_ORDER.get(r["kind"], 9), r["source"],
                             r["line"]))
    return rows


def _general_first(rows: list[dict], q: Query, stop: frozenset[str]) -> None:
    """A special case the query does not ask ("FIFO topic": 100 subscriptions) ranks below
    the same measure of no subject ("Subscriptions per standard topic": 12,500,000) when
    it outranked it on words its subject says and the general fact's line says too
    ("topic"): those tell neither apart. A subject word the general line does not say
    ("standard" of Standard Workflows) is a reason to prefer the special case. A special
    case no word of whose subject is asked, its number a cut-off ("S3 Intelligent-Tiering:
    objects < 128 KB", read as a max, for "s3 max object size"), ranks below the same
    measure stated with no qualifier too ("5 TB per object"), unless its line says a word
    asked that the general fact does not say. Any other bound a special case states
    ("timeout up to 12 hours", "past 30 s, up to 12 hours") keeps its place above a bare
    figure, often the default ("visibility timeout 30 s"), but a way past the limit
    (lookup/past_the_limit.py: "bigger payloads -> Extended Client Library, up to 2 GB")
    ranks below it."""
    if q.subjects:
        return
    from studycli.lookup.features import Seen, subject_unasked
    from studycli.lookup.words import matched_words, stems

    general: dict[tuple, dict] = {}
    for r in rows:
        if not r["subject"] and r["kind"] != Kind.FACT:
            key = _measure_key(r)
            if key not in general or r["score"] > general[key]["score"]:
                general[key] = r
    if not general:
        return
    for r in rows:
        if not r["subject"] or r["kind"] == Kind.FACT:
            continue
        other = _general_of(r, general)
        if other is None or r["score"] <= other["score"]:
            continue
        said = set(matched_words(stems(r["subject"], stop), q))
        if not said:
            # no word of the subject asked: it outranked the general fact on its bound
            # alone ("objects < 128 KB" read as a max), unless its line says a word asked
            # that the general fact does not ("error caching TTL" of the origin's 10 s)
            said = set(matched_words(stems(r["snippet"] or "", stop), q))
            said -= set(matched_words(stems(other["attribute"], stop), q))
        if said <= set(matched_words(stems(other["snippet"] or "", stop), q)) \
                and subject_unasked(Seen(r, q, stop, None)):
            r["score"] = round(other["score"] - 0.001, 3)


def _general_of(r: dict, general: dict[tuple, dict]) -> dict | None:
    """The general fact of the special case `r`'s measure: of its qualifier, or stated with
    none ("5 TB per object") when `r` is a threshold ("objects < 128 KB", read as a max) or
    a way past that limit (past_the_limit: its line says it is for something bigger). Any
    other bound the line states ("timeout up to 12 hours") is not set against a bare figure:
    that is as often the default ("visibility timeout 30 s"), and a line that goes on from
    the bare figure reads the same whether the bare figure is a limit or a default ("can
    extend past 30 s, up to 12 hours")."""
    key = _measure_key(r)
    if key in general:
        return general[key]
    bare = general.get((*key[:3], ""))
    if bare is not None and (_threshold(r) or past_the_limit(r, bare)):
        return bare
    return None


def _threshold(r: dict) -> bool:
    """Whether the line writes the row's number after "<" or ">" ("objects < 128 KB are never
    moved"): a cut-off of a special case, not a limit it states ("up to 12 hours")."""
    number = re.match(r"[\d.,]+", r["value"] or "")
    if number is None:
        return False
    return re.search(r"(?<![<>=-])[<>]\s*" + re.escape(number.group()) + r"(?![\d.,]*\d)",
                     r["snippet"] or "") is not None


def _measure_key(r: dict) -> tuple:
    """Service, measure (its scope aside: "subscriptions (per topic)"), kind, qualifier."""
    measure = r["attribute"].lower().split(" (", 1)[0].strip()
    return (r["service"].lower(), measure, r["kind"], r["qualifier"] or "")


def _merge_duplicates(hits: list[dict]) -> list[dict]:
    """One hit per (key, value): the same fact in three notes is one answer, three sources;
    values that differ in wording only ("900 s", "15 min") are one value."""
    out: dict[tuple, dict] = {}
    for h in hits:
        k = (h["service"].lower(), (h["subject"] or "").lower(), h["attribute"].lower(),
             h["qualifier"], h["kind"], canonical(SimpleNamespace(**h)))  # 900 s == 15 min
        if k in out:
            out[k]["also"].append((h["source"], h["line"]))
        else:
            h["also"] = []
            h["conflicts"] = []
            out[k] = h
    return list(out.values())


def _attach_currency(conn, hits: list[dict], currency: CurrencyRows) -> None:
    """What the AWS reference says of each answer, as worked out at ingest (fact_currency,
    its rows read through `currency`): an outdated or wrong value is marked with what AWS
    says now and the page."""
    keys = ("status", "current_value", "url", "checked", "changed", "reference_id")

    def marker(row: dict) -> dict:
        # `takes_effect`: the day an AWS change announced for later ends what the note says
        # (status current until then), else null: a field added, none changed
        # `note_default`: the note's stale "maximum" is still AWS's default (its display value),
        # else null: the marker then says so, as check and the quiz do (a field added)
        # `verdict`: what check calls a stale fact (outdated, wrong, or differs: "not what
        # AWS says"), else its status: a field added, none changed
        return {**{k: row[k] for k in keys}, "takes_effect": row.get("takes_effect") or None,
                "note_default": row.get("note_default") or None,
                "verdict": row.get("verdict") or _cautious(row["status"])}

    # The sides of a conflict are looked up too: each side says whether the AWS docs agree
    # with it, so "10 min" beside "900 s" is never shown as one opinion among two.
    sides = [f for h in hits for f in [h.get("conflict_side"), *h.get("conflicts", [])]
             if isinstance(f, dict) and f.get("id")]
    found = currency.of([h.get("id", "") for h in hits] + [f["id"] for f in sides])
    for f in sides:
        row = found.get(f["id"])
        f["side_status"] = row["status"] if row and row["status"] != "unknown" else None
        f["side_verdict"] = (row.get("verdict") or _cautious(row["status"])) \
            if row and f["side_status"] else None
    for h in hits:
        row = found.get(h.get("id", ""))
        if row and row["status"] != "unknown":
            h["currency"] = marker(row)
        elif row and row.get("suspect"):
            # Not outdated, but not what the note calls it: "1000 concurrent executions
            # (max)" is, per the AWS docs, a default quota that can be raised
            # (reference/suspect.py). Status stays "unknown"; `suspect` says why.
            h["currency"] = {**marker(row), "suspect": row["suspect"]}
    # A hit the reference finds current, or has no opinion on, still prints its note line:
    # when another fact of that line is outdated or wrong ("504 - integration failure /
    # Timeout - 29s limit": the code's meaning is current, the "limit" is not), the line is
    # marked (`line_currency`), as `check` lists it.
    # A hit told of a dated change is marked too when its line holds a stale claim beside it.
    unmarked = [h for h in hits if h.get("source")
                and h.get("currency", {}).get("status") not in _STALE]
    if unmarked:
        from studycli.store.currency import flagged_on_lines

        lines = flagged_on_lines(conn, [(h["source"], h.get("line") or 0) for h in unmarked])
        for h in unmarked:
            row = lines.get((h["source"], h.get("line") or 0))
            if row and h.get("currency", {}).get("takes_effect") and row["status"] not in _STALE:
                continue  # the line's row would repeat the hit's own dated marker
            if row:
                h["line_currency"] = {**marker(row), "claim": row["claim"]}
                # the line's stale claim is this quantity's own figure ("5 secondary regions"
                # of "up to 5 secondary regions"): its marker, not "another claim on this
                # line"; a code or a statement that quotes the figure means more than it
                # ("504 - ... Timeout - 29s": the code's meaning is current)
                if h.get("kind") in _QUANTITY_KINDS:
                    h.update(with_clause_currency(h))


_STALE = ("outdated", "wrong")


def current_first(answers: list[dict]) -> list[dict]:
    """Where the notes disagree on one measure and the AWS reference finds one side stale and
    another current, the current side answers first: a student reads the first line ("5 min",
    the notes' old Lambda timeout, while another note says 15 min, as AWS does). Only sides of
    one key trade places; the ranking of different measures stands. A statement (kind fact)
    names no measure: its attribute is the heading over it, so two lines under "Template
    anatomy" are no sides of one key ("max 200 resources per template", stale, stays before
    "template body max 51,200 bytes" for "cfn max resources": that line answers nothing),
    unless the two are the sides of a conflict `studycli conflicts` reports ("not
    supported", stale, and "supported" of Docker on Lambda). Two figures the reference checked
    against one and the same entry are sides of its measure whatever keys the parser gave
    them: a mistakes log's "Kinesis max retention 7 days" (max) and "retention can be extended
    to 365 days" (no qualifier) both meet Kinesis' maximum retention."""
    out = list(answers)
    for i, h in enumerate(out):
        if (h.get("currency") or {}).get("status") not in _STALE:
            continue
        key = _side_key(h)
        for j in range(i + 1, len(out)):
            if (out[j].get("currency") or {}).get("status") != "current":
                continue
            if (_side_key(out[j]) == key
                    and (h.get("kind") != Kind.FACT or _conflict_sides(h, out[j]))) \
                    or (_one_entry(h, out[j])  # (and answers as well: no further match)
                        and (out[j].get("answer") or 0.0) >= (h.get("answer") or 0.0)):
                out.insert(i, out.pop(j))
                break
    return out


def _one_entry(a: dict, b: dict) -> bool:
    """Whether the AWS reference checked hits `a` and `b` against one entry (one measure of
    one service), both figures of it: a statement's currency may be of another claim of its
    line than the one asked ("RDS read replicas · up to 5 ..., ASYNC" asked sync or async)."""
    ref = (a.get("currency") or {}).get("reference_id")
    return bool(ref) and ref == (b.get("currency") or {}).get("reference_id") \
        and a.get("service") == b.get("service") \
        and a.get("kind") in _QUANTITY_KINDS and b.get("kind") in _QUANTITY_KINDS


def _conflict_sides(a: dict, b: dict) -> bool:
    """Whether hits `a` and `b` are two sides of one conflict, by the rule of
    studycli.conflicts (a statement's yes/no support value is compared, free text never)."""
    fa, fb = _as_fact(a), _as_fact(b)
    return comparable(fa) and comparable(fb) and conflict_key(fa) == conflict_key(fb) \
        and disagree([fa, fb])


def _as_fact(h: dict) -> SimpleNamespace:
    return SimpleNamespace(
        kind=h.get("kind"), number=h.get("number"), low=h.get("low"), high=h.get("high"),
        unit=h.get("unit"), value=h.get("value") or "", service=h.get("service") or "",
        subject=h.get("subject") or "", attribute=h.get("attribute") or "",
        qualifier=h.get("qualifier") or "", source=h.get("source") or "")


def _side_key(h: dict) -> tuple:
    return (h.get("service"), (h.get("subject") or "").lower(), (h.get("attribute") or "").lower(),
            h.get("qualifier") or "", h.get("kind"))


def _attach_conflicts(conn, hits: list[dict]) -> None:
    """Other values of a hit's key that its notes disagree on: the rule `studycli conflicts`
    applies (studycli.conflicts), so the two never tell different stories."""
    if not hits:
        return
    from studycli.store.lookup_lines import facts_with_keys

    keys = [(h["service"].lower(), (h["subject"] or "").lower(), h["attribute"].lower())
            for h in hits if h["kind"] != Kind.ERROR_CODE]
    groups: dict[tuple, list] = {}
    for row in facts_with_keys(conn, keys):
        f = SimpleNamespace(**row)
        if comparable(f):
            groups.setdefault(conflict_key(f), []).append(f)
    for h in hits:
        f = SimpleNamespace(**h)
        if not comparable(f):
            continue
        group = same_dimension(groups.get(conflict_key(f), []), f)
        if disagree(group):
            mine = canonical(f)
            h["conflicts"] = [vars(g) for g in group if canonical(g) != mine]


def _attach_line_conflicts(conn, hits: list[dict]) -> None:
    """A hit with no conflict of its own whose note line states a disputed fact (the
    statement "Docker is not supported as a Lambda runtime" and Lambda / docker support =
    not supported): it carries that fact's conflict, so no side is ever shown unmarked."""
    bare = [h for h in hits if not h.get("conflicts") and h["kind"] == Kind.FACT]
    if not bare:
        return
    from studycli.store.lookup_lines import facts_on_lines

    siblings = [f for f in facts_on_lines(conn, sorted({(h["source"], h["line"]) for h in bare}))
                if comparable(SimpleNamespace(**f))]
    if not siblings:
        return
    for f in siblings:
        f["conflicts"] = []
    _attach_conflicts(conn, siblings)
    disputed: dict[tuple, dict] = {}
    for f in siblings:
        if f["conflicts"]:
            disputed.setdefault((f["source"], f["line"]), f)
    for h in bare:
        twin = disputed.get((h["source"], h["line"]))
        if twin and twin["rowid"] != h.get("rowid"):
            h["conflicts"], h["conflict_side"] = twin["conflicts"], twin


def _note_fix(conn: sqlite3.Connection, word: str) -> str | None:
    from studycli.lookup.word_repair import written_fix

    try:
        return written_fix(conn, word)
    except sqlite3.OperationalError:  # a database from before the notes' lines were indexed
        return None


def _note_split(conn: sqlite3.Connection, word: str) -> list[str] | None:
    # word_repair._written_apart answers False on a database from before lines were indexed
    from studycli.lookup.word_repair import written_apart_split

    return written_apart_split(conn, word)


class _Names:
    """The fact base's service, subject and attribute names, and their words: read at most
    once per lookup, and only if a word is unknown or nothing matched."""

    def __init__(self, conn) -> None:
        self.conn = conn
        self._names: tuple[list[str], list[str], list[str]] | None = None
        self._words: set[str] | None = None

    def names(self) -> tuple[list[str], list[str], list[str]]:
        if self._names is None:
            self._names = read.names(self.conn)
        return self._names

    def words(self) -> set[str]:
        if self._words is None:
            services, subjects, attributes = self.names()
            self._words = set(tokens(normalize_many([*services, *subjects, *attributes])))
        return self._words


def normalize_many(texts: list[str]) -> str:
    """Many names lower-cased (NFKC if needed) as one text, for one tokenizing pass."""
    # One pass: at 100,000 facts, normalizing 20,000 attributes one by one costs 30 ms.
    joined = " ; ".join(texts)
    if not joined.isascii():
        import unicodedata

        joined = unicodedata.normalize("NFKC", joined)
    return joined.lower()


SUGGEST_CUTOFF = 80  # rapidfuzz ratio: one letter off in five ("lamda") passes, "life"/"lift" not
SUGGEST_NAME_CHARS = 40


def suggest(names: _Names, q: Query, n: int = 5) -> list[str]:
    """What the notes have that is closest to what was typed (for 'no match'): for each
    word typed, the nearest words of the fact base, shown as the shortest names using them."""
    services, subjects, attributes = names.names()
    # a typo of a word of four letters or more ("lamda", "kenesis"); "life" is no typo of
    # "lift", nor "ebs" of "efs": a suggestion that is another word misleads
    typed = [t for t in q.tokens if t not in lexicon().stopwords and len(t) >= 4][:10]
    if not typed:
        return services[:n]
    from rapidfuzz import fuzz, process

    words = sorted(w for w in names.words() if len(w) >= 3)
    close: list[str] = []
    for t in typed:
        for word, _, _ in process.extract(t, words, scorer=fuzz.ratio, score_cutoff=SUGGEST_CUTOFF,
                                          limit=2):
            if word not in close:
                close.append(word)
    shortest: dict[str, str] = {}  # close word -> the shortest name that uses it
    for name in (*services, *subjects, *attributes) if close else ():
        low = name.lower()
        for word in close:
            if word in low and word in tokens(low):
                if word not in shortest or len(name) < len(shortest[word]):
                    shortest[word] = name
    out: list[str] = []
    for word in close:
        name = shortest.get(word, word)
        if len(name) > SUGGEST_NAME_CHARS:  # a sentence filed as a name, cut mid-phrase
            name = word
        if name not in out:
            out.append(name)
    return out[:n]


def _cautious(status: str) -> str:
    """The verdict of a status stored before verdicts were (a database migrated to m037 and
    not ingested since): a `wrong` may be one the reference cannot tell from an old limit,
    so it reads as "not what AWS says", as check would say, never the harder word."""
    return "differs" if status == "wrong" else status
