"""A note line that answers when no fact does.

The parser does not make a fact of every line ("❌ `EC2ThrottledException` → Lambda in VPC
couldn't create ENIs fast enough" is none), and a statement the parser cut badly may answer
as the whole line. Every line is in the `note_lines` full-text index (`studycli search`):
when no fact answers a lookup, the lines that say every topic word of the query are read as
plain statements (kind fact, the line as the value) and scored by the same answer score as
facts (lookup/answer.py: the service asked, the words asked, the kind of value asked),
with a higher bar (LINE_THRESHOLD; the service asked and the kind of value asked in full: a
line of a sibling service does not answer, a quantity asked needs a number in the unit
asked): a line has no attribute of its own to say what it is
about, so what is asked must all be said. Stdlib only (the lookup fast path).
"""

from __future__ import annotations

import re
import sqlite3

from studycli.dotted_address import ADDRESS_AT
from studycli.kinds import Kind
from studycli.lazy_regex import lazy_compile
from studycli.lookup.answer import answer_features, confidence
from studycli.lookup.journal import ANSWER_MARK, QUESTION, answers_itself, ends_asking
from studycli.lookup.lexicon import Lexicon
from studycli.lookup.query import Query
from studycli.lookup.setext import framed_heading, setext_heading
from studycli.marked_wrong import CROSS_NOT_TIMES, WRONG_SIGNS, WRONG_WORDS

LINE_THRESHOLD = 0.8  # answer score a line needs (facts need answer.THRESHOLD)
NEAR = 0.15           # how far from the full kind of value an answer under a question may be
CANDIDATE_LINES = 30  # lines read from the full-text index
SERVICE_WINDOW = 3    # lines: how far a line's neighbouring facts speak for its service
# A line's bullets, marks and list number ("3. ", "2) "), a specification's clause number
# ("5.1.2  Memory: 128 MB to 3,008 MB", "4.1 Item size ..."); not a number it opens with ("100
# buckets per account", "1.5 GB per file", "0.5 ACU minimum", "2.5 million requests free"),
# which is what it states (no section is numbered from 0).
# (not an address: "10.0.0.255 = broadcast" states it, dotted_address.py)
_CLAUSE = (rf"(?!{ADDRESS_AT})\d{{1,3}}(?:\.\d{{1,3}}){{2,3}}\.?(?=\s)"
           r"|(?!0\.)\d{1,3}\.\d{1,3}\.?(?=[ \t]+"
           r"(?!(?:[KMGTP]i?B|[KMGT]bps|ms|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?"
           r"|weeks?|months?|years?|x|ACUs?|vCPUs?|GPUs?|million|billion|thousand|percent"
           r"|cents?|dollars?|USD)\b)[^\W\d_])")
_LEAD = re.compile(rf"^(?:[\s\-*+•◦▪·>#|✓✔✗✘❌✅👉⚠️️.)\]]|\d{{1,3}}[.)](?=\s)|{_CLAUSE})*"
                   r"(?:\*\*[^*]{0,12}\*\*\s*)?")
_MARKUP = re.compile(r"\*\*|__|`")


def line_answers(conn: sqlite3.Connection, q: Query, lex: Lexicon, only: list[str] | None,
                 limit: int) -> list[dict]:
    """Lines that answer `q`, best first, as fact dicts (kind fact; service as the line or
    its neighbours tell); [] when none reaches LINE_THRESHOLD."""
    expression = _expression(q, lex)
    if expression is None:
        return []
    from studycli.store import note_lines

    try:
        rows = note_lines.search(conn, expression, CANDIDATE_LINES)
    except sqlite3.OperationalError:  # a database from before `search`: no line index
        return []
    if not rows:
        return []
    hits = _answers_for_questions(conn, [_as_fact(r) for r in rows])
    _services(conn, hits, lex, frozenset(q.all_services()))
    if not q.compared and q.all_services():
        # a line under "X vs Y" naming neither answers for no one side, whatever service
        # its neighbours lend it (lookup/pair_line.py)
        from studycli.lookup.pair_line import attach_pair_headings

        attach_pair_headings(conn, hits, lex)
    out = []
    for h in hits:
        if only and (h["service"] or h.get("service_guess", "")) not in only:
            continue
        if echoes(h, q, lex):
            continue  # a slide's title "Default cooldown": the query's words, no answer
        h["answer_features"] = answer_features(h, q, lex)
        if _counted_by_question(h, q):  # "Q3. Pillars of ... how many?" / "→ 6: ..."
            h["answer_features"] = {**h["answer_features"], "shape": 1.0}
        h["answer"] = confidence(h["answer_features"])
        h["score"] = round(h["answer"] * 10 - (h.pop("bm25") or 0.0) * 0.01, 3)
        # The kind of value asked in full; an answer under the note's own question ("✓ 15"
        # under "Q4. Aurora read replicas max?") may be a bare number for a count asked.
        shape = h["answer_features"]["shape"] + (NEAR if h["attribute"] else 0.0)
        if h["answer"] >= LINE_THRESHOLD and min(shape, h["answer_features"]["service"]) >= 1.0:
            out.append(h)
    out.sort(key=lambda h: -h["score"])
    return out[:limit]


def echoes(h: dict, q: Query, lex: Lexicon) -> bool:
    """The line says nothing but words of the query (and no number): a title or a label
    over the answer, not the answer (as features.echo tells of a fact's value)."""
    from studycli.lookup.features import Seen

    if any(c.isdigit() for c in h["value"] or ""):
        return False
    said = Seen(h, q, lex.stopwords, lex.kind_words).value_words
    return bool(said) and all(w in q.terms for w in said)


# A journal's or a card's question ("Q16. Decode an ... message from EC2 API.", "Q: ...?")
# and the marks of the answer written under it ("✓ sts:DecodeAuthorizationMessage", "A: ...");
# a crossed answer ("✗ increase WCU") is a wrong one and never read.
# (lookup/journal.py: "→ us-east-1 only" and a mistakes log's "right: ..." are marked answers)
QUESTION_LINE = QUESTION
_ANSWER_MARK = ANSWER_MARK
ANSWER_REACH = 3  # lines under a question its marked answer may be on
# "q: sqs max visibility timeout -> 15 min (wrong)": the answer after the question's arrow is
# one the student marks wrong or doubts, no statement (studycli/marked_wrong.py; no "?":
# the question's own)
_STRUCK_ANSWER = re.compile(
    rf"\s(?:->|→|=>|⇒)\s+\S.*(?:[{WRONG_SIGNS}]|{CROSS_NOT_TIMES}|{WRONG_WORDS})", re.IGNORECASE)


_HOW_MANY = re.compile(r"\bhow\s+many\b", re.IGNORECASE)
_OPENING_COUNT = lazy_compile(r"^\s*\d[\d,]*\s*(?:[:;,.)\-\u2013\u2014]|$)")


def _counted_by_question(h: dict, q: Query) -> bool:
    """An answer under a note's question that asks how many of what the query counts, and
    that opens with a bare number ("6: operational excellence, security, ..."): the count."""
    from studycli.lookup.words import stems

    question = h["attribute"] or ""
    asks = _HOW_MANY.search(question)
    if not ("count" in q.dimensions and q.counted and asks
            and q.counted <= stems(question, frozenset())
            and _OPENING_COUNT.match(h["value"] or "")):
        return False
    # what the question counts: the noun after "how many", if it names one ("how many
    # usable IPs in a /24 subnet" counts IPs, not subnets), else the one before it
    after = re.findall(r"[a-z]+", question[asks.end():].lower())[:2]
    return not after or bool(q.counted & stems(" ".join(after), frozenset()))


def _bare_question(text: str) -> bool:
    """A question with no answer on its own line ("Q17. ALB idle timeout default?  60 s."
    answers itself after its "?")."""
    text = text.strip()
    if not QUESTION_LINE.search(text):
        return False
    return not answers_itself(text)  # "? [1 mark]": a paper's marks, no answer


def _answers_for_questions(conn: sqlite3.Connection, hits: list[dict]) -> list[dict]:
    """A question line is no answer: the marked answer under it is, with the question as
    its attribute (the words it says count as the answer's own, as for a parsed journal)."""
    questions = [h for h in hits if _bare_question(h["snippet"])]
    if not questions:
        return hits
    out = [h for h in hits if h not in questions]
    for h in questions:
        below = conn.execute("SELECT line, text FROM note_lines WHERE source = ? AND line "
                             "BETWEEN ? AND ? ORDER BY line",
                             [h["source"], h["line"] + 1, h["line"] + ANSWER_REACH]).fetchall()
        answered = False
        for line, text in below:
            if QUESTION_LINE.search(text.strip()):
                break  # the next question: this one has no marked answer
            if _ANSWER_MARK.search(text):
                answer = _as_fact({"text": text, "source": h["source"], "line": line,
                                   "bm25": h["bm25"]})
                # the mark only: "→ 6: operational excellence, ..." answers with its 6
                answer["value"] = _MARKUP.sub("", _ANSWER_MARK.sub("", text, count=1)).strip()
                answer["attribute"] = h["value"]
                out.append(answer)
                answered = True
                break
        if not answered and not ends_asking(h["snippet"]) \
                and not _STRUCK_ANSWER.search(h["snippet"]):
            out.append(h)  # "Q23: Conditional writes -> version attribute": a statement
    return out


def _expression(q: Query, lex: Lexicon) -> str | None:
    """Every topic concept by one of the words that mean it outright (a prefix: the index
    holds porter stems); an API or exception name typed stands for its parts."""
    from studycli.lookup import search_expression

    parts = {p for ps in q.identifier_parts.values() for p in ps}
    groups = []
    for concept in q.topic:
        top = max(concept.values())
        own = [w for w, v in concept.items() if v == top]
        if all(w[:1].isdigit() for w in own) or all(
                w in lex.cue_stems and w not in q.plain_cues for w in own):
            continue
        # a scope typed alone ("acm cert region for cloudfront") asks no word of a line:
        # "ACM cert must be in us-east-1" answers it
        if all(w in lex.cue_phrase_stems and (w not in q.plain_cues or w in q.denominators)
               for w in own) or (parts and set(own) <= parts):
            continue
        words = [w for w, v in concept.items() if v >= 0.85 and len(w) >= 2]
        inner = search_expression(words, {w for w in words if len(w) >= 4 and w.isalnum()})
        if inner:
            groups.append(f"({inner})")
    if not groups:
        return _invoker_expression(q)
    return " AND ".join(groups)


def _invoker_expression(q: Query) -> str | None:
    """A mode asked of the one service that invokes Lambda ("kinesis to lambda invocation",
    no topic word): the lines naming that service, as the query types it or in full (a
    dictated "alb is synchronous too" the parser made no fact of)."""
    from studycli.lookup import search_expression

    invokers = [s for s in q.all_services() if s != "Lambda"]
    if Kind.INVOCATION_MODE not in q.kinds or len(invokers) != 1:
        return None
    name = invokers[0]
    return search_expression(sorted({name.lower(), q.typed.get(name, name).lower()}))


def _as_fact(row: dict) -> dict:
    text = row["text"]
    value = _MARKUP.sub("", _LEAD.sub("", text, count=1)).strip() or text.strip()
    return {"rowid": None, "id": "", "service": "", "subject": "", "attribute": "",
            "kind": Kind.FACT, "qualifier": "", "value": value, "number": None, "unit": "",
            "low": None, "high": None, "source": row["source"], "line": row["line"],
            "snippet": text, "bm25": row["bm25"], "also": [], "conflicts": [],
            "from_line": True}


def _services(conn: sqlite3.Connection, hits: list[dict], lex: Lexicon,
              asked: frozenset[str] = frozenset()) -> None:
    """The service a line names first (or one `asked` it names under that service's
    heading), or else that of the facts next to it."""
    from studycli.lookup.query import service_spans
    from studycli.store.lookup_lines import subjects_on_lines
    from studycli.store.read import services_near

    unnamed = []
    for h in hits:
        # an answer under a question: the service the question names ("✓ 15" under "Q4.
        # Aurora read replicas max?"), else its own line's
        _, named = service_spans(h["attribute"], lex) if h["attribute"] else ("", [])
        if not named:
            _, named = service_spans(h["snippet"], lex)
        if named:
            h["service"] = named[0][2]
            if _OPENS_ON_VS.match(_LEAD.sub("", h["snippet"] or "")):
                # "- vs SNS: SQS retention 14 days" under "# SQS": a line opening on its "vs"
                # sets the service after it against its section's, which it is about
                # (lookup/compared_side.py then reads whose each figure is)
                section = _heading_service(conn, h["source"], h["line"], lex)
                if section and section in {n[2] for n in named[1:]}:
                    h["service"] = section
                    continue
            others = {n[2] for n in named[1:]} & asked - {h["service"]}
            if others:  # "10 MB for REST APIs. For bigger files use S3 pre-signed URLs
                # instead of API Gateway" under "## API Gateway": the service asked, when
                # the line names it and its section is that service's
                section = _heading_service(conn, h["source"], h["line"], lex)
                if section in others:
                    h["service"] = section
        else:
            unnamed.append(h)
    if unnamed:
        places = [(h["source"], h["line"]) for h in unnamed]
        near = services_near(conn, places, SERVICE_WINDOW)
        own = subjects_on_lines(conn, places)
        for h in unnamed:
            place = (h["source"], h["line"])
            h["service_guess"] = near[place] if place in near else _heading_service(
                conn, h["source"], h["line"], lex)
            if place in own and own[place][0] == h["service_guess"] and _item_names_alone(
                    conn, place, own[place], lex):
                # the variant the parser filed the line's own facts under (read from the
                # item over it: "- ALB details"), which the line does not write again
                h["subject_guess"] = own[place][1]


_OPENS_ON_VS = re.compile(r"(?:vs\.?|versus)\s", re.IGNORECASE)

OWNER_REACH = 12  # lines above a line the item it sits under may be
# words of an item that speaks for more than the variant it names ("ALB and NLB (both)",
# "Common to ALB/NLB", "same as ALB")
_SHARED = re.compile(r"\b(?:both|common|shared)\b", re.IGNORECASE)
_NAME_WORDS = re.compile(r"[a-z0-9]+")


def _item_names_alone(conn: sqlite3.Connection, place: tuple[str, int],
                      filed: tuple[str, str], lex: Lexicon) -> bool:
    """Whether the lines over `place` that name a variant of the filed service (within
    OWNER_REACH lines, up to a heading) name the filed variant and no other, with no word
    sharing it with others: the parser files the lines under "- ALB and NLB (both)" as the
    ALB's, the first it names, and those speak for an NLB too. Every such line is read, not
    the nearest alone: the line index keeps no indentation, so a sibling ("- ALB only: slow
    start mode") cannot be told from the item over it."""
    service, subject = filed
    source, line = place
    try:
        rows = conn.execute("SELECT text FROM note_lines WHERE source = ? AND line < ? AND "
                            "line >= ? ORDER BY line DESC",
                            [source, line, line - OWNER_REACH]).fetchall()
    except sqlite3.OperationalError:  # a database from before the line index
        return False
    seen: set[str] = set()
    for (text,) in rows:
        words = tuple(_NAME_WORDS.findall(text.lower()))
        named = {lex.subjects[words[i:i + n]][1].lower() for n in (1, 2, 3)
                 for i in range(len(words)) if words[i:i + n] in lex.subjects
                 and lex.subjects[words[i:i + n]][0] == service}
        if named and _SHARED.search(text):
            return False
        seen |= named
        if text.lstrip().startswith("#"):
            break
    return seen == {subject.lower()}


HEADING_REACH = 60  # lines above a line its section's heading may be
_FENCE = re.compile(r"^\s*(`{3,}|~{3,})")


def headings_over(conn: sqlite3.Connection, source: str, at: int) -> list[str]:
    """The markdown headings line `at` sits under, nearest first, each further one of a
    higher level (within HEADING_REACH lines; "#tag" is no heading, nor is a "# comment"
    inside a ``` or ~~~ code block, which the whole note above is read for). A heading may be
    written with "#", underlined with "===" or "---", or framed as "---- RDS ----"
    (lookup/setext.py)."""
    try:
        # the lines within the reach only (a heading's underline needs the line over it);
        # fences from the top of the note (whether a line sits in a code block): a long
        # note's every heading was read for each candidate
        rows = conn.execute(
            "SELECT line, text FROM note_lines WHERE source = ? AND line < ? AND (line >= ?"
            " OR ltrim(text) LIKE '```%' OR ltrim(text) LIKE '~~~%')"
            " ORDER BY line", [source, at, at - HEADING_REACH - 2]).fetchall()
    except sqlite3.OperationalError:  # a database from before the line index
        return []
    # (two lines more than the reach: an underline's text and the line over that)
    fence, found, above, before = "", [], None, None
    for line, text in rows:
        m = _FENCE.match(text)
        if m:  # a fence closes on a fence of its own character at least as long
            mark = m.group(1)
            if not fence:
                fence = mark
            elif mark[0] == fence[0] and len(mark) >= len(fence):
                fence = ""
        elif not fence and line >= at - HEADING_REACH:
            depth = len(text) - len(text.lstrip("#"))
            underlined = setext_heading(above, line, text, before)
            if depth and text[depth:depth + 1].isspace():
                found.append((depth, text[depth:].strip()))
            elif underlined:
                found.append(underlined)
            elif framed := framed_heading(text):
                found.append(framed)
        before, above = above, (line, text) if not fence else None
    out, level = [], 7
    for depth, text in reversed(found):
        if depth >= level:
            continue  # a deeper heading of an earlier section
        level = depth
        out.append(text)
    return out


def _heading_service(conn: sqlite3.Connection, source: str, at: int, lex: Lexicon) -> str:
    """The service the headings over line `at` name, nearest first, each further one of a
    higher level ("## Kinesis Data Streams" over "### quotas" over a pasted CSV row the
    parser made no fact of, whose neighbours are no facts either); "" when none does."""
    from studycli.lookup.query import service_spans

    for text in headings_over(conn, source, at):
        _, named = service_spans(text, lex)
        if named:
            return named[0][2]
    return ""
