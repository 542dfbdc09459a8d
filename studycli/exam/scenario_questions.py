"""Requirement -> service scenario questions, as SAA-C03 and DVA-C02 items are written:

    "An order-processing application must receive messages in exactly the order they were
    sent ... Which AWS service or queue type should be used?"

Built only where the notes state the requirement (a fact whose note line matches it, see
exam/requirements.py); the options are members of one category, the right one and three the
data says clearly do not meet the requirement, so no second option is also right. The
explanation says why, quotes the note line with its file:line, and cites the AWS page.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from studycli.exam.model import ExamQuestion
from studycli.exam.requirements import ANY_SERVICE, Requirement, requirements
from studycli.model import Fact, Kind, stable_id
from studycli.questions.build import note_quote
from studycli.questions.stems import leaks, service_name

OPTIONS = 4
LINE_OPENING = 12  # characters: a requirement stated within them is what the line is about


@dataclass(frozen=True)
class Scenario:
    """A built scenario question and the note facts it cites."""

    question: ExamQuestion
    used: tuple[Fact, ...]        # the note facts that state the requirement
    domains: dict[str, str] = field(default_factory=dict)  # Category.domains


def supporting_facts(requirement: Requirement, facts: list[Fact]) -> list[Fact]:
    """Facts whose note line states the requirement, one per note line, in note order."""
    seen: set[tuple[str, int]] = set()
    out: list[tuple[bool, bool, Fact]] = []
    for f in facts:
        where = (f.source, f.line)
        if where in seen or not f.snippet:
            continue
        start = requirement.where_stated(f.service, f.snippet)
        if start is not None and _across_statements(requirement, f):
            start = None
        if start is not None:
            seen.add(where)
            # A line that opens with the requirement is about it ("reserved concurrency = max
            # for that function"), one that states it in passing cites it worse ("429 ->
            # throttled (reserved concurrency 0)"). Then plain statements: a limit or default
            # cited here is a fact no other question of the exam may ask.
            out.append((start > LINE_OPENING, f.kind != Kind.FACT, f))
    out.sort(key=lambda t: (t[0], t[1], t[2].source, t[2].line))
    return [f for _, _, f in out]


def _across_statements(requirement: Requirement, fact: Fact) -> bool:
    """The line states the requirement only across two statements about different subjects:
    "HTTP API = cheaper, lower latency, supports usage plans<br>REST API = caching" matched
    "latency ... caching" as caching's benefit, and the explanation then quoted the whole line,
    stale claim and all. Statements part at a semicolon, a line break inside the line or a
    sentence's end (a tab or a table cell does not part them: a flashcard's front and back, or
    a row's cells, are one). A statement that continues the one before it ("caching: set TTL
    per stage; reduces backend calls") still states it with that one: only a later statement
    opening on a subject of its own ("REST API = ...") that is not the first's parts them."""
    parts = [p for p in _STATEMENT_BREAK.split(_plain_text(note_quote(fact.snippet)))
             if p.strip()]
    if len(parts) < 2 or any(requirement.where_stated(fact.service, p) is not None
                             for p in parts):
        return False
    for i in range(len(parts)):
        for j in range(i + 1, len(parts)):
            if requirement.where_stated(fact.service, " ".join(parts[i:j + 1])) is None:
                continue
            first = _subject_of(parts[i])
            if all(_subject_of(p) in ("", first) for p in parts[i + 1:j + 1]):
                return False  # one subject's statements, read on
    return True


# a semicolon, or a sentence's end: "lower latency. REST API = caching"
_STATEMENT_BREAK = re.compile(r";\s*|(?<=[a-z0-9)%])[.!?]\s+(?=[A-Z])")
# a statement's own subject, as notes label it: "REST API = caching", "HTTP API: cheaper"
_LABEL = re.compile(r"^\s*([A-Za-z][\w /.+-]{0,40}?)\s*(?:=|:|->|\u2192)\s")


def _subject_of(statement: str) -> str:
    m = _LABEL.match(statement)
    return " ".join(m.group(1).lower().split()) if m else ""


def _names(member_option: str, service: str) -> list[str]:
    """Texts that would give the answer away if a stem held them."""
    names = [member_option, service_name(service), service]
    return [n for n in dict.fromkeys(names + [_bare(member_option)]) if n]


def _bare(option: str) -> str:
    """"An Amazon SQS FIFO queue" -> "Amazon SQS FIFO queue": the question's subject."""
    return option.removeprefix("An ").removeprefix("A ").removeprefix("The ")


# stem_gives_away of each requirement met: pure in the data file and the code, so worked out
# once a process, and read back with the kept basis (app/exam_kept.py), sparing a new seed's
# draw the service catalogue it would load for the names (~1.5 ms). Keyed by the object's id
# and holding it (requirements() keeps them for the process, and a test's own requirement
# may share a data file's id).
_GIVES_AWAY: dict[int, tuple[Requirement, bool]] = {}


def remember_giveaways(pairs) -> None:
    """(requirement, whether its stem gives its answer away) pairs worked out before."""
    for requirement, gives in pairs:
        _GIVES_AWAY[id(requirement)] = (requirement, bool(gives))


def stem_gives_away(requirement: Requirement) -> bool:
    """The stem names the answer (option text or its service) while no wrong option shares
    that service: the reader would not need to know anything."""
    known = _GIVES_AWAY.get(id(requirement))
    if known is None or known[0] is not requirement:
        known = _GIVES_AWAY[id(requirement)] = (requirement, _stem_gives_away(requirement))
    return known[1]


def _stem_gives_away(requirement: Requirement) -> bool:
    stem = requirement.stem
    wrong_services = {m.service for m in requirement.wrong}
    for name in _names(requirement.answer.option, requirement.answer.service):
        if name in (requirement.answer.service, service_name(requirement.answer.service)) \
                and requirement.answer.service in wrong_services:
            continue  # "an Amazon SQS queue" in the stem tells nothing when every option is SQS
        if leaks(stem, name):
            return True
    return False


def build(requirement: Requirement, support: list[Fact],
          rng: random.Random) -> Scenario | None:
    """One question for `requirement`, citing up to two of the note lines that state it."""
    if not support or len(requirement.wrong) < OPTIONS - 1 or stem_gives_away(requirement):
        return None
    wrong = list(requirement.wrong)
    rng.shuffle(wrong)
    shown = [(requirement.answer, True)] + [(m, False) for m in wrong[: OPTIONS - 1]]
    rng.shuffle(shown)
    options = tuple(m.option for m, _ in shown)
    if len({o.lower() for o in options}) != len(options):
        return None
    answers = tuple(i for i, (_, right) in enumerate(shown) if right)
    cited: list[Fact] = []
    for f in support:  # two lines at most, never two facts of one key (an exam asks a key once)
        if len(cited) < 2 and all(f.key != c.key for c in cited):
            cited.append(f)
    lead = cited[0]
    quotes = " ".join(f'Your notes: "{supporting_clause(requirement, f)}" ({f.source}:{f.line}).'
                      for f in cited)
    explanation = (f"{requirement.answer.option}. {requirement.statement} {quotes} "
                   f"AWS documentation: {requirement.url}")
    q = ExamQuestion(
        id=stable_id("exam-scenario", requirement.id, *sorted(f.id for f in cited)),
        service=requirement.answer.service, kind=lead.kind,
        stem=f"{requirement.stem} {requirement.category.question}",
        options=options, answers=answers, multi=False, explanation=explanation,
        source=lead.source, line=lead.line, snippet=lead.snippet,
        fact_ids=tuple(f.id for f in cited), qtype="scenario", style="scenario",
        subject=_bare(requirement.answer.option))
    return Scenario(q, tuple(cited), requirement.category.domains)


# Where a note line's statements part: a sentence's end, a semicolon, a table cell's border.
_CLAUSE_END = re.compile(r"(?<=[.!?])\s+(?=\S)|;\s*|\s\|\s|^\s*\|\s*|\s*\|\s*$")
_PARENTHESIS = re.compile(r"\(([^()]*)\)")
_MIN_CLAUSE_WORDS = 3  # a shorter part ("FIFO", "(S3)") says too little to quote alone
_EDGES = " -*•|"


def supporting_clause(requirement: Requirement, fact: Fact) -> str:
    """The least of `fact`'s note line that states the requirement on its own, as the
    explanation quotes it: a parenthesis, else a sentence or a table cell, else the whole line
    (each part tried as the requirement's wording is tried on a line). Quoted whole, "sqs msg
    size max 256 KB (use extended client lib + S3 for up to 2 GB)" showed its stale 256 KB as
    support for the Extended Client answer (reviewers: a quote's other claim reads as
    endorsed). "…" marks what is left out."""
    whole = note_quote(fact.snippet)
    text = _plain_text(whole)
    pieces = [m.group(1) for m in _PARENTHESIS.finditer(text)]
    pieces += [p for p in _CLAUSE_END.split(text) if p and p.strip(_EDGES) != text.strip(_EDGES)]
    for piece in pieces:
        part = _tidy(piece)
        if len(part.split()) >= _MIN_CLAUSE_WORDS \
                and requirement.where_stated(fact.service, part) is not None:
            at = text.find(piece)
            before = "… " if text[:at].strip(_EDGES + "([") else ""
            after = " …" if text[at + len(piece):].strip(_EDGES + ")].") else ""
            return f"{before}{part}{after}"
    return whole


def _tidy(piece: str) -> str:
    """A part of a line without the list marks and cell borders around it, and without the
    spaces markup left inside brackets ("(up to **2 GB**)" read "(up to 2 GB )")."""
    part = re.sub(r"\s+([).,;:])", r"\1", piece.strip(_EDGES))
    return re.sub(r"([(\[])\s+", r"\1", part)


def _plain_text(quoted: str) -> str:
    """A quoted line as the requirement's patterns read it (exam/requirements.py _plain)."""
    from studycli.exam.requirements import _plain

    return _plain(quoted)


_QUOTE = re.compile(r'Your notes: "(.*?)" \(([^()]+):(\d+)\)\.')


def quoted_lines(explanation: str) -> list[tuple[str, int, str]]:
    """(source, line, text quoted) for each note line a scenario's explanation quotes, in the
    form build() writes them, the text without its "…" marks."""
    return [(m.group(2), int(m.group(3)), m.group(1).strip("… ").strip())
            for m in _QUOTE.finditer(explanation)]


def candidates(facts: list[Fact]) -> list[tuple[Requirement, list[Fact]]]:
    """Every requirement the notes state, with the facts that state it (data-file order)."""
    by_service: dict[str, list[Fact]] = {}
    for f in facts:
        by_service.setdefault(f.service, []).append(f)
    out = []
    for r in requirements():
        pool = (facts if ANY_SERVICE in r.services
                else [f for s in r.services for f in by_service.get(s, ())])
        support = supporting_facts(r, pool)
        if support:
            out.append((r, support))
    return out
