"""Drawing an exam from the fact base.

- Questions are spread across services in proportion to how many askable facts each
  service has and, inside a service, across kinds in the same proportion.
- No fact is asked twice: one fact per key, and a key (or a topic: service, subject,
  attribute) shown in one question is asked in no other.
- No two questions give each other away: a question whose stem contains another's right
  answer, or quotes an error meaning another offers as an option, is left out.
- Multiple-response questions (exam-specific builders in multi.py) come first; single-choice
  questions come from studycli.questions.build_question, the one generator.
- Everything random comes from one random.Random(seed) over facts in a fixed order: the same
  seed and fact base give the same exam.
"""

from __future__ import annotations

import math
import random
import re
from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, fields, replace
from functools import lru_cache

from studycli.errors import StudyError
from studycli.exam.blueprint import Blueprint, Caps, blueprint, subject_of
from studycli.exam.line_marks import marks
from studycli.exam.model import Exam, ExamQuestion
from studycli.exam.profiles import Profile
from studycli.exam.scenario_questions import build as build_scenario
from studycli.exam.scenario_questions import candidates as scenario_candidates
from studycli.exam.scenario_questions import quoted_lines
from studycli.exam.truths import Truths, faithful
from studycli.model import Fact, Kind
from studycli.questions import FactPool, Question, build_question, card_types_for
from studycli.questions.askable import askable, attribute_base
from studycli.questions.currency import caveat_in, currency_of, reference_measure, vouching, worded
from studycli.questions.stems import leaks

# Imported where first needed: a draw from kept material (app/exam_kept.py) on notes too
# small for multiple-response or "which of these" questions never needs them, and a fresh
# process pays for every module it imports.
TYPE_CHECKING = False
if TYPE_CHECKING:  # imported for the type checker only
    from studycli.exam.multi import Built
    from studycli.exam.scenario_questions import Scenario

ASKABLE_KINDS = tuple(k for k in Kind if k.askable)
OPTIONS = 4
# A fourth option for "how is Lambda invoked" questions, which have three modes: a real Lambda
# feature that is never how another AWS service invokes a function.
EXTRA_INVOCATION_OPTION = "Through a Lambda function URL"


def _topic(f: Fact) -> tuple[str, str, str]:
    # One question per measure: "max batch size" and "batch size" (its range) are one setting,
    # and so are two notes' names for one quota ("account-level throttle quota", "account
    # throttle limit": a new user's exam asked it twice): its words, without the ones that
    # only say it is a quota, in any order.
    return (f.service.lower(), f.subject.lower(), _measure_words(attribute_base(f.attribute)))


_QUOTA_WORDS = frozenset({"limit", "limits", "quota", "quotas", "level", "cap"})


@lru_cache(maxsize=4096)
def _measure_words(base: str) -> str:
    words = [w for w in re.split(r"[\s-]+", base) if w and w not in _QUOTA_WORDS]
    return " ".join(sorted(words)) or base


def _with_corrections(q, pool: FactPool):
    """A question that asserts a value the notes state out of date says so in its explanation
    and cites the note's own fact (its id in `facts --json`), whatever style built it."""
    from dataclasses import replace

    from studycli.questions.currency import correction

    ids, notes = [], []
    # (source, line) -> the part of it a scenario quotes; another style asks its fact's value
    quoted = ({(s, n): text for s, n, text in quoted_lines(q.explanation)}
              if q.style == "scenario" else {})
    for fid in q.fact_ids:
        note, cur = pool.corrections.get(fid, (None, None))
        ids.append(note.id if note is not None else fid)
        if note is not None and said_in(note, quoted.get((note.source, note.line),
                                                         note.snippet)):
            notes.append(correction(note, cur))
    if q.style == "scenario":
        # A scenario quotes the part of each note line that states its requirement
        # (scenario_questions.supporting_clause): a stale number in it ("SQS msg size 256 KB
        # max" cited for the extended client) is corrected too, or the quote teaches it; one
        # the quote leaves out is not shown, so not told.
        corrected = set()
        for note, cur in _stale_on_quoted_lines(q, pool):
            if not said_in(note, quoted.get((note.source, note.line), note.snippet)):
                continue
            notes.append(correction(note, cur))
            corrected.add((note.source, note.line))
        # One AWS has since done away with ("Intelligent-Tiering | 30 days" minimum storage:
        # none since 2021) has no current number to key, so no correction: the line's caveat
        # says it instead.
        notes += _caveats_of_quoted_lines(q, pool, corrected, quoted)
        shown: list[tuple[str, int, str | None]] = [(s, n, t) for (s, n), t in quoted.items()]
    else:
        shown = [(q.source, q.line, None)] if q.source else []  # the review shows it whole
    # The claims check tells of the text shown that no fact of its line carries
    notes += marks(" ".join([q.explanation, *notes]), pool, shown, q.service)
    if not notes:
        # the note's own fact is cited even where its correction is not told (a scenario's
        # quote that leaves the stale figure out)
        return q if tuple(ids) == q.fact_ids else replace(q, fact_ids=tuple(ids))
    extra = " ".join(n for n in dict.fromkeys(notes) if n not in q.explanation)
    return replace(q, fact_ids=tuple(ids),
                   explanation=(q.explanation + " " + extra).strip())


def _caveats_of_quoted_lines(q, pool: FactPool, corrected: set, quoted: dict) -> list[str]:
    """questions/currency.line_caveat for each note line a scenario quotes that no correction
    covers already, where the part quoted holds a flagged fact of the line."""
    from studycli.questions.currency import _flagged_on_line, line_caveat

    by_id = pool.__dict__.get("_facts_by_id")
    if by_id is None:
        by_id = pool.__dict__["_facts_by_id"] = {f.id: f for f in pool.facts}
    out = []
    for fid in q.fact_ids:
        f = by_id.get(fid)
        if f is None or (f.source, f.line) in corrected:
            continue
        text = quoted.get((f.source, f.line))
        if text is not None and not any(
                _flagged_said_in(pool, fact_id, said, cur, text)
                for said, cur, fact_id in _flagged_on_line(pool, f.source, f.line)):
            continue  # the line's stale claims are outside the part quoted
        caveat = line_caveat(pool, f.source, f.line, set(q.fact_ids))
        if caveat:
            out.append(_caveat_at(caveat, f"{f.source}:{f.line}"))
    return out


def said_in(note: Fact, text: str) -> bool:
    """Whether a quoted part of `note`'s line states its value: its words, or its number (or
    a bound of its range) in its unit."""
    from studycli.note_numbers import numbers_with_units

    if text == note.snippet or (note.value and _states(text, note.value)):
        return True
    targets = [x for x in (note.number, note.low, note.high) if x is not None]
    return any(unit == note.unit and abs(t - number) <= 1e-6 * max(1.0, abs(t))
               for number, unit, _ in numbers_with_units(text) for t in targets)


def _squeezed(text: str) -> str:
    return re.sub(r"[\s*_`]", "", text.lower())


def _states(text: str, value: str) -> bool:
    """`value` in `text`, blind to case, spacing and emphasis marks, and as a whole number:
    "1 MB" is not said by "11 MB" nor "2.1 MB", nor "256" by "2560" or "2,560"."""
    chars = _squeezed(value)
    if not chars:
        return False
    body = r"[\s*_`]*".join(re.escape(c) for c in chars)
    left = r"(?<![\d.,])" if chars[0].isdigit() else ""
    right = r"(?![.,]?\d)" if chars[-1].isdigit() else ""
    return re.search(left + body + right, text.lower()) is not None


def _flagged_said_in(pool: FactPool, fact_id: str, said: tuple, cur, text: str) -> bool:
    """A flagged fact of a line (questions/currency._flagged_on_line) stated in `text`, part
    of that line: a quantity by its value, a statement by the claim its entry reads."""
    from studycli.questions.currency import _QUANTITY_KINDS, _entry

    value, kind = said[0], said[4]
    if kind in _QUANTITY_KINDS:
        return bool(value) and (_states(text, value)
                                or said_in(_note_fact(pool, fact_id) or _NO_FACT, text))
    entry = _entry(cur.reference_id) if cur.reference_id else None
    if entry is None:
        return True  # nothing says which part the claim is in: told, as before
    from studycli.reference.assess import assess_line

    found = assess_line(entry, text)
    return found is not None and found.status in ("outdated", "wrong")


def _note_fact(pool: FactPool, fact_id: str) -> Fact | None:
    from studycli.questions.currency import _fact_by_id

    return _fact_by_id(pool, fact_id)


_NO_FACT = Fact(service="", subject="", attribute="", qualifier="", kind=Kind.FACT, value="",
                number=None, unit="", source="", line=0, snippet="\x00")


def _stale_on_quoted_lines(q, pool: FactPool) -> list:
    """(note fact, Currency) for the corrected facts on the note lines a question quotes."""
    index = pool.__dict__.get("_stale_by_line")
    if index is None:
        index = {}
        for note, cur in pool.corrections.values():
            index.setdefault((note.source, note.line), []).append((note, cur))
        pool.__dict__["_stale_by_line"] = index
    if not index:
        return []
    by_id = pool.__dict__.get("_facts_by_id")
    if by_id is None:  # built once per pool (a default argument would be built every call)
        by_id = pool.__dict__["_facts_by_id"] = {f.id: f for f in pool.facts}
    out = []
    for fid in q.fact_ids:
        f = by_id.get(fid)
        if f is not None:
            out += index.get((f.source, f.line), [])
    return out


def load_pool(db, as_written: bool = False) -> FactPool:
    """Every fact in memory: an exam looks at all of them (FactPool.load reads lazily, per key,
    which suits a quiz showing one card, not an exam drawn across the whole base).

    Unless `as_written`, a fact the AWS reference marks outdated or wrong is replaced by one
    keying the current value (or left out when that cannot be asked), so no generator of any
    question style ever asserts a stale value."""
    from studycli.questions.currency import (
        flagged_currency,
        keep_statuses,
        keyed_fact,
        statuses,
    )
    from studycli.store.exams import all_facts

    facts = all_facts(db)
    # Each id is a hash of the fact's fields: worked out once here, for every use below (a
    # per-process cache of them holds 65,536, fewer than a large base has).
    ids = [f.id for f in facts]
    rows = statuses(db, ids)  # one query serves the uses below and the pool's questions
    flagged = flagged_currency(db, facts, rows)
    stale = {} if as_written else flagged
    kept, corrections = [], {}
    suspects = {i for i, c in flagged.items() if c.suspect and not c.flagged}
    # what the notes state, as a corrected copy's key is looked up in: a number the reference
    # doubts is no statement of AWS's value to stand in for the correction
    stated = frozenset(ids) - suspects
    for f, fid in zip(facts, ids, strict=True):
        if fid in suspects:
            continue  # a number the reference doubts is asserted by no question style
        cur = stale.get(fid)
        if cur is None or not cur.flagged:
            kept.append(f)
            continue
        keyed = keyed_fact(f, cur)
        if keyed is not None and keyed.id != fid and keyed.id in stated:
            # The same note states AWS's value for the same key elsewhere ("gp2 | Max IOPS |
            # 16,000" and, lines below, "gp2 burst up to 3,000 IOPS"): the corrected copy is
            # that fact, and a correction filed under its id told the right line's question
            # "your note says 3000 IOPS: it disagrees with the AWS docs".
            continue
        if keyed is not None:
            kept.append(keyed)
            corrections[keyed.id] = (f, cur)
    pool = FactPool.from_facts(kept)
    pool.currency_db, pool.as_written, pool.corrections = db, as_written, corrections
    keep_statuses(pool, ids, rows)
    if not as_written:
        from studycli.store.currency import vouched_ids

        # Read once: the blueprint counts only facts a question may key (why_not_asked
        # gives the same verdict for each; this spares it a query per fact).
        pool.vouched_ids = vouched_ids(db.conn)
    return pool


def askable_facts(pool: FactPool, service: str | None = None) -> list[Fact]:
    """One fact per key (the first stated), of kinds a choice question can be made from,
    and not in conflict: an exam never asserts one side of a disagreement. In the pool's
    order (the store's: service, subject, attribute), so a seed always draws the same."""
    if pool.db is None:  # from_facts: by_key already groups every fact
        groups = pool.by_key
    else:
        groups = {}
        for f in pool.facts:
            groups.setdefault(f.key, []).append(f)
    out = []
    if pool.vouched_ids is None and not pool.as_written and pool.db is not None:
        from studycli.store.currency import vouched_ids  # a quiz's lazy pool reads them now

        pool.vouched_ids = vouched_ids(pool.db.conn)
    vouched = None if pool.as_written else pool.vouched_ids

    from studycli.questions.attribution import said_for_another_operation

    def usable(f: Fact) -> bool:
        note = pool.corrections.get(f.id, (f,))[0]
        if vouched is not None and note.id not in vouched:
            return False  # the AWS reference cannot vouch for it (questions/currency.vouched)
        # A corrected fact is judged on the note's own number too: "BatchGetItem: up to 100
        # items" misread as BatchWriteItem's batch size must not be asked as "your note says
        # 100 items: it disagrees with the AWS docs" (AWS's 25 sits elsewhere on the line).
        return (f.kind in ASKABLE_KINDS and (not service or f.service == service)
                and askable(f) and (note is f or not said_for_another_operation(note)))

    for facts in groups.values():
        if len(facts) == 1:  # the common case, kept cheap for large fact bases
            if usable(facts[0]):
                out.append(facts[0])
            continue
        mine = [f for f in facts if usable(f)]
        if not mine:
            continue
        rep = min(mine, key=lambda f: (f.source, f.line))
        if len(facts) == 1 or not pool.in_conflict(rep):
            out.append(rep)
    return out


def _apportion(weights: dict[str, int], n: int, rng: random.Random) -> dict[str, int]:
    """n seats in proportion to weights: whole parts first, then the seats left over drawn
    at random in proportion to the fractions, so a service with 0.4 of a question's worth of
    facts is asked in about 40% of exams (fixed rounding would ask it in all or none)."""
    total = sum(weights.values())
    if total == 0 or n <= 0:
        return {k: 0 for k in weights}
    exact = {k: n * w / total for k, w in weights.items()}
    quota = {k: int(v) for k, v in exact.items()}
    left = n - sum(quota.values())
    fractions = {k: exact[k] - quota[k] for k in sorted(exact) if exact[k] > quota[k]}
    for _ in range(min(left, len(fractions))):
        names = list(fractions)
        k = rng.choices(names, weights=[fractions[x] for x in names])[0]
        quota[k] += 1
        del fractions[k]
    return quota


class _KindSampler:
    """Draws a service's facts one at a time, a kind chosen in proportion to how many facts
    of it are left, then a fact of that kind at random. Draws only what is asked for: on a
    large fact base an exam needs a handful of facts from each service, not a shuffle of all."""

    def __init__(self, facts: list[Fact], rng: random.Random):
        self.rng = rng
        self.by_kind: dict[str, list[Fact]] = {}
        for f in facts:
            self.by_kind.setdefault(f.kind, []).append(f)
        self.kinds = sorted(self.by_kind)
        self.left = len(facts)  # counted down by pop: asked before every draw

    def __len__(self) -> int:
        return self.left

    def pop(self) -> Fact:
        # rng.choices(kinds left, weights=their sizes)[0] as Random.choices draws it: one
        # random() times the total (the facts left), then the first kind whose running total
        # passes it (bisect_right over the totals; the last kind left when none does, as its
        # hi bound makes it). Without the lists it builds: asked before every fact tried.
        at = self.rng.random() * (self.left + 0.0)
        running, kind = 0, ""
        for k in self.kinds:
            size = len(self.by_kind[k])
            if size:
                running += size
                kind = k
                if at < running:
                    break
        group = self.by_kind[kind]
        i = self.rng.randrange(len(group))
        group[i], group[-1] = group[-1], group[i]
        self.left -= 1
        return group.pop()


def _right_texts(q: ExamQuestion) -> list[str]:
    if q.qtype == "multi_invocation":
        # Its answers are service names: another stem naming a service tells nothing about
        # how that service invokes Lambda.
        return []
    return [q.options[i] for i in q.answers]


@lru_cache(maxsize=65536)
def _flat(text: str) -> str:
    # The questions package's leaks() normalises the same way; this is its cheap pre-check.
    return " ".join(re.sub(r"[`*_]", "", text).lower().split())


def gives_away(a: ExamQuestion, b: ExamQuestion) -> bool:
    """True when one question's stem holds the other's right answer or a text option of it."""
    return _marks_give_away(_giveaway_marks(a), _giveaway_marks(b))


_Marks = tuple[str, str, tuple[tuple[str, str], ...]]


def _giveaway_marks(q: ExamQuestion) -> _Marks:
    """What gives_away compares, normalised once per question: its stem (as written and
    flattened) and the texts another stem must not hold (each with its flattened form)."""
    texts = list(_right_texts(q))
    # Error meanings offered as options, quoted in another stem, pair a meaning with a
    # code and rule options out. (Service names as options are not a give-away.)
    if q.qtype == "code_to_meaning":
        texts += q.options
    return q.stem, _flat(q.stem), tuple((t, _flat(t)) for t in texts if _flat(t))


def _marks_give_away(a: _Marks, b: _Marks) -> bool:
    for (_, _, texts), (stem, flat_stem, _) in ((a, b), (b, a)):
        # The substring test is leaks()'s cheap pre-check; leaks() decides on word boundaries.
        if any(flat in flat_stem and leaks(stem, text) for text, flat in texts):
            return True
    return False


NUMERIC_QTYPES = ("choice", "default")
_QUESTION_FIELDS = tuple((f.name, f.default) for f in fields(ExamQuestion))


def _to_exam_question(q: Question, fact: Fact, pool: FactPool, truths: Truths,
                      rng: random.Random) -> ExamQuestion | None:
    options, answers = list(q.options), list(q.answers)
    material = _exam_material(q, fact, pool, truths)
    if q.qtype in NUMERIC_QTYPES:
        if not material.faithful:
            return None
        stated = material.stated
        if any(o.lower() in stated for i, o in enumerate(options) if i not in answers):
            return None  # a "wrong" option another note states for this topic
    if q.qtype == "invocation" and len(options) == OPTIONS - 1 \
            and "function url" not in fact.subject.lower():
        right = {options[i] for i in answers}
        options.append(EXTRA_INVOCATION_OPTION)
        rng.shuffle(options)
        answers = [i for i, o in enumerate(options) if o in right]
    if len(options) != OPTIONS or len(answers) != 1:
        return None
    if len({o.strip().lower() for o in options}) != len(options):
        return None
    # scenario_stem(q, shown, pool, rng), its one draw made here: the stems are kept.
    stem, leaked = material.drawn if material.draws and rng.random() < 0.6 else material.otherwise
    if leaked:
        return None
    # ExamQuestion(...) without the frozen dataclass's __setattr__ per field: built for every
    # fact a draw tries. Its fields in their order, those not given with the class's defaults.
    given = {"id": q.id, "service": q.service, "kind": q.kind, "stem": stem,
             "options": tuple(options), "answers": tuple(answers), "multi": False,
             "explanation": material.explanation, "source": q.source, "line": q.line,
             "snippet": q.snippet, "fact_ids": (q.fact_id,), "qtype": q.qtype}
    out = object.__new__(ExamQuestion)
    out.__dict__.update({name: given.get(name, default) for name, default in _QUESTION_FIELDS})
    return out


@dataclass(frozen=True)
class _ExamMaterial:
    """What _to_exam_question makes of a question whatever the draw: each a pure function of
    the fact, the pool and the question's stem, type, right options and explanation."""
    faithful: bool  # the right options say what the note says
    stated: frozenset[str]  # values the notes state for the topic: never a wrong option
    draws: bool  # whether scenario_stem draws a number to choose its stem
    drawn: tuple[str, bool]  # (stem, gives its answer away) when the draw falls under 0.6
    otherwise: tuple[str, bool]  # the same when it does not, or nothing is drawn
    explanation: str


def _exam_material(q: Question, fact: Fact, pool: FactPool, truths: Truths) -> _ExamMaterial:
    """_ExamMaterial for `q`, worked out once per pool: the draws of an exam build the same
    fact's question again and again, with only its options' order and wrong options new."""
    rights = tuple(q.options[i] for i in q.answers)
    key = (id(fact), q.qtype, q.stem, q.answer_text, q.explanation, rights)
    cache = pool.__dict__.get("_exam_material")
    if cache is None:
        cache = pool.__dict__["_exam_material"] = {}
    entry = cache.get(key)
    if entry is not None and entry[0] is fact:  # the fact held: its id is not reused
        return entry[1]
    from studycli.exam.scenario import explain, scenario_stems

    # Worded as the reference vouches for it ("maximum" where the note gave none).
    # A keyed (corrected) fact is worded by the entry that corrected it: "The message size for
    # Amazon SNS is 1 MB" dropped the stem's maximum and its condition ("when the topic's
    # MaximumMessageSize is raised").
    shown = worded(fact, pool)
    draws, drawn, otherwise = scenario_stems(q, shown, pool)

    def checked(stem: str | None) -> tuple[str, bool]:
        stem = stem or q.stem
        return stem, any(leaks(stem, r) for r in rights) or leaks(stem, q.answer_text)

    material = _ExamMaterial(
        faithful=all(faithful(fact, r) for r in rights),
        stated=frozenset(truths.texts(fact)) if q.qtype in NUMERIC_QTYPES else frozenset(),
        draws=draws, drawn=checked(drawn), otherwise=checked(otherwise),
        explanation=_with_caveat(explain(q, shown), q.explanation, f"{q.source}:{q.line}"))
    cache[key] = (fact, material)
    return material


def _with_caveat(explanation: str, built: str, where: str) -> str:
    """The exam's explanation, and the caveat the built question carries (questions/currency.
    line_caveat: another number of the quoted note line is out of date), once. An explanation
    that does not quote the line says which line the caveat is about: "That note line is out
    of date" after "API Gateway invokes Lambda synchronously" reads as if the answer were."""
    caveat = caveat_in(built)
    if not caveat or caveat_in(explanation):
        return explanation
    if where not in explanation:
        caveat = _caveat_at(caveat, where)
    return f"{explanation} {caveat}"


def _caveat_at(caveat: str, where: str) -> str:
    """A line caveat naming its line ("Your note line (file:line) also gives ...")."""
    return (caveat.replace("The same note line's ", f"Your note line ({where}) also gives ", 1)
            .replace(") is out of date", "), which is out of date", 1)
            .replace(") disagrees with", "), which disagrees with", 1)
            .replace(") is still the default", "), which is still the default", 1)
            .replace("That note line ", f"Your note line ({where}) ", 1)
            .replace("That note line's ", f"On your note line ({where}), the ", 1))


def single_question(fact: Fact, pool: FactPool, truths: Truths,
                    rng: random.Random) -> ExamQuestion | None:
    """A one-right-of-four question for `fact` from the questions package, or None."""
    types = [t for t in card_types_for(fact) if t != "recall"]
    rng.shuffle(types)
    for card_type in types:
        q = build_question(fact, card_type, pool, rng)
        if q is None or q.is_recall or q.multi or q.conflict:
            continue
        exam_q = _to_exam_question(q, fact, pool, truths, rng)
        if exam_q is not None:
            return exam_q
    return None


class _Draft:
    """The exam being drawn: accepted questions and what they have used up.

    Strict (the first pass): a topic (service, subject, attribute) is asked once. Relaxed
    (only when the notes run short): a topic asked by a single-choice question may be asked
    again for another key (its default after its maximum) when neither question offers the
    other's right answer as an option.
    """

    def __init__(self, caps: Caps, plan: Blueprint | None):
        self.caps = caps
        self.plan = plan
        self.domain: str | None = None  # the domain being drawn for, when drawing by domain
        self.questions: list[ExamQuestion] = []
        self.leads: list[Fact] = []  # each question's first fact, as the caps count it
        self.keys: set[tuple] = set()
        self.topics: dict[tuple, list[ExamQuestion]] = defaultdict(list)
        self.relaxed = False
        # The note lines the accepted questions ask or quote: a second question from one line
        # ("SQS delay queue 0-15 min, default 0" asked as its maximum, its range and a delay-
        # queue scenario) asks one thing learnt again, so it waits until the notes run short.
        self.lines: set[tuple[str, int]] = set()
        self.lines_relaxed = False
        self.in_multi: set[tuple] = set()  # (topic, attribute) of facts a multi question used
        self.echoes: set[tuple] = set()  # what each question asks and keys, subject aside
        # (service, measure, unit) -> the bounds asked of it, whatever subject named them:
        # a range's question gives away its own maximum or default asked by another
        self.bounds: dict[tuple, list[tuple[bool, tuple[float, ...]]]] = defaultdict(list)
        self._cache: dict[int, tuple] = {}  # id(fact) -> (key, topic): computed once
        self._qmarks: dict[int, _Marks] = {}  # id(accepted question) -> its give-away marks
        # The accepted questions' flattened stems, "\x00"-joined, and every text they must
        # not see in another stem: kept up to date by accept, not rebuilt for each candidate.
        self._stems = ""
        self._texts: list[str] = []
        self._stem_at: list[int] = []  # where each accepted question's stem starts in _stems
        self._texts_at: list[int] = []  # where its texts start in _texts
        self._text_owner: list[int] = []  # the place of the question each text is from
        self._clear: dict[_Marks, int] = {}  # candidate -> questions it was found clear of
        self.which: bool  # whether "Which of these" questions are drawn: set by _draw
        self.pool: FactPool | None = None  # set by _draw: the reference entries facts meet

    def _giveaway(self, q: ExamQuestion) -> _Marks:
        """An accepted question's give-away marks, worked out once (it stays in the draft,
        so its id is not reused while the cache lives)."""
        marks = self._qmarks.get(id(q))
        if marks is None:
            marks = self._qmarks[id(q)] = _giveaway_marks(q)
        return marks

    def _near(self, mine: _Marks) -> list[int]:
        """The accepted questions (their places, in order) that could give `mine` away or
        be given away by it: a flattened text of one inside the other's flattened stem, the
        test every give-away passes first (_marks_give_away). Found for all accepted
        questions at once, in their joined stems and their texts."""
        _, flat_stem, texts = mine
        n = len(self.questions)
        # A candidate comes back in each phase of a draw: only the questions accepted since
        # it was last found clear of all can be near it now.
        start = self._clear.get(mine, 0)
        if start >= n:
            return []
        near = set()
        stems, at = self._stems, self._stem_at
        for _, flat in texts:
            found = stems.find(flat, at[start])
            while found != -1:  # every place: each stem it lies in is near
                near.add(bisect_right(at, found) - 1)
                found = stems.find(flat, found + 1)
        owners = self._text_owner
        for i in range(self._texts_at[start], len(self._texts)):
            if self._texts[i] in flat_stem:
                near.add(owners[i])
        if not near:
            self._clear[mine] = n
        return sorted(near)

    def _accepted(self, q: ExamQuestion, marks: _Marks | None = None) -> None:
        """`q` joins the exam: its marks (given when worked out already) join what later
        candidates are checked against."""
        self.questions.append(q)
        if marks is not None:
            self._qmarks[id(q)] = marks
        _, flat_stem, texts = self._giveaway(q)
        self._stem_at.append(len(self._stems) + 1 if len(self.questions) > 1 else 0)
        self._stems = flat_stem if len(self.questions) == 1 else self._stems + "\x00" + flat_stem
        self._texts_at.append(len(self._texts))
        self._texts += [flat for _, flat in texts]
        self._text_owner += [len(self.questions) - 1] * len(texts)

    def _marks(self, f: Fact) -> tuple:
        marks = self._cache.get(id(f))
        if marks is None:
            marks = self._cache[id(f)] = (f.key, _topic(f))
        return marks

    def free(self, f: Fact) -> bool:
        key, topic = self._marks(f)
        if key in self.keys:
            return False
        if not self.lines_relaxed and (f.source, f.line) in self.lines:
            return False
        asked = self.topics.get(topic)
        if not asked:
            return True
        if not self.relaxed or (topic, f.attribute.lower()) in self.in_multi:
            return False  # a fact's own wording in a multiple-response question: asked there
        # A range holds its minimum and maximum: asked beside either, one fact is asked twice.
        return f.kind != Kind.RANGE and not any(q.qtype == "range" for q in asked)

    def domains_of(self, f: Fact) -> tuple[str, ...]:
        return self.plan.domains_of(f) if self.plan else ()

    def accept(self, q: ExamQuestion, used: list[Fact], domain_of_kind: str | None = None
               ) -> bool:
        """Whether `q`, asking `used`, joins the exam (and then it has). `domain_of_kind`:
        the domain a scenario's category counts towards (requirements.Category.domains),
        over the domain of the note line's service."""
        if not self.caps.allows(q.service, used[:1], q.subject):
            return False
        lines = {(f.source, f.line) for f in used}
        if not self.lines_relaxed and not lines.isdisjoint(self.lines):
            return False
        mine = _giveaway_marks(q)
        # Only a question near it can give it away, or be given away by it.
        if any(_marks_give_away(mine, self._giveaway(self.questions[i]))
               for i in self._near(mine)):
            return False
        for f in used:
            for other in self.topics.get(self._marks(f)[1], ()):
                if _offers_answer(q, other) or _offers_answer(other, q):
                    return False
        if any(_range_gives_bound(f, self.bounds) for f in used):
            return False
        lead = used[0]
        echo, asked = _echo(q, lead), _asked(q)
        entry = (_entry_echo(q, lead, self.pool), _value_echo(q, lead))
        stem = ("stem", " ".join(q.stem.lower().split()))
        facts = _facts_asked(used, self.pool)
        if echo in self.echoes or asked in self.echoes or not self.echoes.isdisjoint(entry) \
                or stem in self.echoes or not facts.isdisjoint(self.echoes):
            # "default delivery delay for SQS" and "... (delay queue)": 0 s twice; or two
            # notes' lines on one measure that the parser named apart ("size", "storage
            # size") asked in the very same words with the same answer; or in other words
            # ("request payload size" and "invocation payload size", one line's 6 MB); or
            # the same stem twice; or a fact a multiple-response question states already
            return False
        self.echoes.update((echo, asked, *entry, stem))
        self.echoes |= facts
        domains = (domain_of_kind,) if domain_of_kind else self.domains_of(lead)
        domain = self.domain if self.domain in domains else (domains[0] if domains else None)
        q = _with_fields(q, subject=q.subject or subject_of(lead), domain=domain)
        self.caps.add(q.service, used[:1], q.subject)
        self._accepted(q, mine)  # the same marks: a subject and domain change none of them
        self.leads.append(lead)
        self.lines |= lines
        for f in used:
            if (bound := _bound(f)) is not None:
                self.bounds[bound[0]].append(bound[1])
            key, topic = self._marks(f)
            self.keys.add(key)
            self.topics[topic].append(q)
            if q.multi:
                self.in_multi.add((topic, f.attribute.lower()))
        return True


def _bound(f: Fact) -> tuple[tuple, tuple[bool, tuple[float, ...]]] | None:
    """(service, measure, unit) -> (a range or not, its numbers) for a quantity fact."""
    if f.kind == Kind.RANGE and f.low is not None and f.high is not None:
        numbers: tuple[float, ...] = (f.low, f.high)
    elif f.kind in (Kind.LIMIT, Kind.DEFAULT) and f.number is not None:
        numbers = (f.number,)
    else:
        return None
    return (f.service.lower(), attribute_base(f.attribute), f.unit), (f.kind == Kind.RANGE,
                                                                      numbers)


def _range_gives_bound(f: Fact, bounds: dict) -> bool:
    """Whether `f` and a question already in the exam give each other away: a range ("0 to
    15 minutes") and a maximum or default it holds (15 minutes, 0 seconds) of one service's
    measure, even when the notes named them under different subjects ("delay queue")."""
    mine = _bound(f)
    if mine is None:
        return False
    where, (is_range, numbers) = mine
    for other_range, other in bounds.get(where, ()):
        if is_range != other_range and set(numbers) & set(other):
            return True
    return False


def _with_fields(q: ExamQuestion, **changes) -> ExamQuestion:
    """dataclasses.replace for the frozen ExamQuestion, without its per-field checks (it is
    called for every question a draw accepts)."""
    out = object.__new__(ExamQuestion)
    out.__dict__.update(q.__dict__, **changes)
    return out


def _echo(q: ExamQuestion, lead: Fact) -> tuple:
    """What a question asks and keys, whatever subject names it: two questions of one exam on
    one service's measure with the same right answer read as the same question (a note's
    heading often becomes a subject: "SQS" and "SQS (delay queue)")."""
    rights = tuple(sorted(q.options[i].strip().lower() for i in q.answers))
    if not q.multi and lead.kind == Kind.INVOCATION_MODE:
        # One note line's "SQS, DynamoDB Streams, MSK -> event source mapping" is one thing
        # learnt: three questions on it, one per invoker with the same answer, asked it three
        # times in one exam (reviewers). Another line's invoker, or another mode, still asks.
        return ("invocation", lead.source, lead.line, rights)
    if q.multi or lead.kind not in (Kind.LIMIT, Kind.DEFAULT, Kind.RANGE):
        return (q.id,)  # an error code is what such a question is about
    return (q.service, q.kind, q.qtype, lead.qualifier, attribute_base(lead.attribute), rights)


def _value_echo(q: ExamQuestion, lead: Fact) -> tuple:
    """What a quantity question asks as its stem words it, with its right answer: one
    service's measure, qualifier and value is one fact for an exam, whichever note line,
    subject, question style or parser's name for the measure asked it (two notes' lines on
    S3 Standard-IA's and One Zone-IA's "minimum billable object size, 128 KB" read as the
    same question twice, reviewers of unseen65-67). The question's own id for other kinds."""
    if q.multi or lead.kind not in (Kind.LIMIT, Kind.DEFAULT, Kind.RANGE):
        return (q.id,)
    from studycli.questions.stems import service_name

    rights = tuple(sorted(q.options[i].strip().lower() for i in q.answers))
    # the question itself (a scenario's lead sentence aside), without its asides (subject,
    # condition) and the service's name, which each style places elsewhere
    asked = re.split(r"(?<=[.!?])\s+", q.stem.strip())[-1]
    asked = re.sub(r"\([^()]*\)", " ", asked).lower()
    said = set(re.findall(r"[a-z0-9/@-]+", asked)) - _STEM_FILLER
    said -= set(re.findall(r"[a-z0-9/@-]+", service_name(q.service).lower()))
    return ("value", q.service, tuple(sorted(said)), rights)


_STEM_FILLER = frozenset({"what", "is", "are", "the", "for", "a", "an", "of", "aws", "amazon"})


def _entry_echo(q: ExamQuestion, lead: Fact, pool: FactPool | None) -> tuple:
    """The AWS reference measure a quantity question keys and its right answers: two questions
    that meet one measure with the same answer ask one fact, however the parser named its
    measure (a note's "sync payload 6 MB request / 6 MB response" read as a request payload
    size and an invocation payload size: one exam asked it twice). The question's own id
    when no entry is known (--as-written, or a fact the reference does not meet)."""
    if q.multi or pool is None or pool.as_written \
            or lead.kind not in (Kind.LIMIT, Kind.DEFAULT, Kind.RANGE):
        return (q.id,)
    measure = reference_measure(vouching(lead, pool))
    if not measure:
        return (q.id,)
    rights = tuple(sorted(q.options[i].strip().lower() for i in q.answers))
    return ("entry", measure, rights)


def _facts_asked(used: list[Fact], pool: FactPool | None) -> set[tuple]:
    """The AWS reference measures and values of every quantity a question states, right or
    wrong option alike: one exam asked Lambda's 6 MB synchronous payload three times, once as
    a statement of a multiple-response question and twice from other note lines the parser
    named apart. A multiple-response question's id says nothing of the facts it states, so
    each of them is marked; a fact the reference does not meet is left to its topic."""
    if pool is None or pool.as_written:
        return set()
    out = set()
    for f in used:
        if f.kind not in (Kind.LIMIT, Kind.DEFAULT, Kind.RANGE):
            continue
        measure = reference_measure(vouching(f, pool))
        if measure:
            out.add(("fact", measure, f.unit, f.number, f.low, f.high))
    return out


def _asked(q: ExamQuestion) -> tuple:
    """A question as a student reads it: its stem and its right answers."""
    rights = tuple(sorted(q.options[i].strip().lower() for i in q.answers))
    return ("asked", " ".join(q.stem.lower().split()), rights)


def _offers_answer(a: ExamQuestion, b: ExamQuestion) -> bool:
    """a offers b's right answer among its options."""
    rights = {b.options[i].strip().lower() for i in b.answers}
    return any(o.strip().lower() in rights for o in a.options)


def _which(draft: _Draft, by_service: dict[str, list[Fact]], pool: FactPool, n: int,
           multi: bool, rng: random.Random) -> None:
    """Up to n "which of these has ...?" questions over families of subjects (exam/which.py)."""
    if n <= 0 or not getattr(draft, "which", True):
        return
    from studycli.exam.which import families, sound_members, which_question

    facts = [f for s in sorted(by_service) for f in by_service[s]]
    fams = families(facts, pool)
    keys = list(fams)
    rng.shuffle(keys)
    made = 0
    for key in keys:
        if made >= n:
            break
        members = sound_members([f for f in fams[key] if draft.free(f)], pool)
        if len(members) < 4:
            continue
        built = which_question(members, rng, draft.keys, multi)
        if built is not None and all(draft.free(f) for f in built.used) \
                and draft.accept(built.question, list(built.used)):
            made += 1


def _multi(draft: _Draft, by_service: dict[str, list[Fact]], pool: FactPool, truths: Truths,
           n: int, rng: random.Random) -> None:
    if n <= 0 or sum(q.multi for q in draft.questions) >= n:
        return
    from studycli.exam.multi import invocation_questions, statement_question

    # Multiple response over a family of subjects first ("Which TWO storage classes ..."):
    # one subject per question, every option a fact of the notes.
    _which(draft, by_service, pool, min(2, n // 3), True, rng)
    if not any(q.qtype == "multi_invocation" for q in draft.questions):
        # At most one invocation question: a second would share invokers' answers with it.
        lambda_facts = [f for f in by_service.get("Lambda", []) if draft.free(f)]
        for invocation in invocation_questions(lambda_facts, pool, rng, draft.keys)[:1]:
            draft.accept(invocation.question, list(invocation.used))
    per_service = {s: sum(1 for f in fs
                          if f.kind in (Kind.LIMIT, Kind.DEFAULT) and f.number is not None)
                   for s, fs in by_service.items()}
    tried_out: set[str] = set()
    while sum(q.multi for q in draft.questions) < n:
        weights = {s: c for s, c in per_service.items() if s not in tried_out and c >= 5}
        if not weights:
            break
        names = sorted(weights)
        service = rng.choices(names, weights=[weights[s] for s in names])[0]
        built: Built | None = statement_question(
            service, [f for f in by_service[service] if draft.free(f)], pool, truths, rng,
            draft.keys)
        if built is None or not draft.accept(built.question, list(built.used)):
            tried_out.add(service)
            continue
        per_service[service] -= len(built.used)


SCENARIO_SHARE = 0.25  # real exams are mostly scenarios: a quarter at least, where notes allow


def _scenarios(draft: _Draft, candidates: list, n: int, rng: random.Random) -> None:
    """Up to n requirement -> service questions (exam/scenario_questions.py), one per
    requirement, each citing note lines no other question of the exam uses."""
    order = list(candidates)
    rng.shuffle(order)
    made = 0
    for requirement, support in order:
        if made >= n:
            break
        free = [f for f in support if draft.free(f)]
        built: Scenario | None = build_scenario(requirement, free, rng)
        if built is None:
            continue
        domain = built.domains.get(draft.plan.map.profile) if draft.plan else None
        if draft.accept(built.question, list(built.used), domain):
            made += 1


def _single_quota(draft: _Draft, by_service: dict[str, list[Fact]], n: int,
                  rng: random.Random) -> dict[str, int]:
    """How many single-answer questions each service gets."""
    # Each service's share follows its share of the fact base; questions it already has
    # (multiple-response ones) count against that share.
    share = {s: len(fs) for s, fs in by_service.items()}
    target = _apportion(share, len(draft.questions) + n, rng)
    have = Counter(q.service for q in draft.questions)
    if draft.domain is not None:  # a domain's draw: only its own quota counts
        target, have = _apportion(share, n, rng), Counter()
    want = {s: max(0, target.get(s, 0) - have[s]) for s in sorted(by_service)}
    return _apportion(want, n, rng) if sum(want.values()) else _apportion(share, n, rng)


def _singles(draft: _Draft, by_service: dict[str, list[Fact]], pool: FactPool, truths: Truths,
             n: int, rng: random.Random) -> None:
    quota = _single_quota(draft, by_service, n, rng)
    queues: dict[str, _KindSampler] = {}  # built on first use
    target_total = len(draft.questions) + n

    def take(service: str, wanted: int) -> int:
        if service not in queues:
            queues[service] = _KindSampler(by_service[service], rng)
        queue, got = queues[service], 0
        while queue and got < wanted and len(draft.questions) < target_total:
            f = queue.pop()
            if not draft.free(f):
                continue
            q = single_question(f, pool, truths, rng)
            if q is not None and draft.accept(q, [f]):
                got += 1
        return got

    for service in sorted(quota, key=lambda s: (-quota[s], s)):
        if quota[service]:
            take(service, quota[service])
    # Services that ran short leave room: fill it from the others, biggest first.
    while len(draft.questions) < target_total:
        open_services = [s for s in sorted(by_service) if s not in queues or len(queues[s])]
        if not open_services:
            break
        open_services.sort(key=lambda s: -len(queues.get(s, by_service[s])))
        for service in open_services:
            take(service, 1)
            if len(draft.questions) >= target_total:
                break


def _draw(by_service: dict[str, list[Fact]], pool: FactPool, truths: Truths, n: int,
          n_multi: int, rng: random.Random, plan: Blueprint | None,
          per_service_cap: bool, which: bool = True,
          scenarios: list | None = None) -> tuple[_Draft, dict[str, tuple[int, int]]]:
    """The exam's questions, and per domain (quota, drawn for it) where a blueprint applies."""
    draft = _Draft(Caps(n, per_service=per_service_cap), plan)
    draft.which = which
    draft.pool = pool
    _multi(draft, by_service, pool, truths, n_multi, rng)
    if scenarios:
        # A quarter at least; more where the facts cannot fill the rest (each question asks
        # one fact at least), as a Cloud Practitioner's notes of "which service" lines
        # cannot with the few numbers its exam asks
        share = math.ceil(n * SCENARIO_SHARE) if n >= 4 else 0
        _scenarios(draft, scenarios,
                   max(share, n - sum(len(fs) for fs in by_service.values())), rng)
    # "Which of these has ...?" over families of subjects: about one in thirteen questions.
    _which(draft, by_service, pool, round(n / 13) if n >= 10 else 0, False, rng)
    drawn: dict[str, tuple[int, int]] = {}
    if plan is not None:
        quotas = plan.quotas(n)
        have = Counter(q.domain for q in draft.questions)
        for d in plan.domains:
            want = quotas[d.name] - have[d.name]
            mine = _domain_facts(plan, by_service, d.name)
            before = len(draft.questions)
            if want > 0 and mine:
                draft.domain = d.name
                _singles(draft, mine, pool, truths, want, rng)
                draft.domain = None
            drawn[d.name] = (quotas[d.name], have[d.name] + len(draft.questions) - before)
    # Whatever the domains could not fill comes from any fact; then, only when the notes run
    # short, past the measure cap; then a second question from a note line already asked;
    # last a topic's other keys (its default after its maximum).
    # A range is never asked beside its own minimum or maximum: that is one fact asked twice,
    # and an exam one question shorter is better than a near-duplicate.
    for relax in ("none", "caps", "lines", "topics"):
        if len(draft.questions) >= n:
            break
        draft.relaxed = draft.relaxed or relax == "topics"
        draft.caps.relaxed = draft.caps.relaxed or relax == "caps"
        draft.lines_relaxed = draft.lines_relaxed or relax in ("lines", "topics")
        _singles(draft, by_service, pool, truths, n - len(draft.questions), rng)
    return draft, drawn


def _domain_facts(plan: Blueprint, by_service: dict[str, list[Fact]],
                  domain: str) -> dict[str, list[Fact]]:
    """The facts of each service that count towards `domain`, services without any left out:
    seed-free, so worked out once for all the draws of an exam (a capacity draw and the tries)
    and kept on the plan while it holds `by_service` (never changed by a draw)."""
    memo = plan._split
    held = memo.get(id(by_service))
    if held is None or held[0] is not by_service:
        held = memo[id(by_service)] = (by_service, {})
    splits: dict[str, dict[str, list[Fact]]] = held[1]
    split = splits.get(domain)
    if split is None:
        mine = {s: [f for f in fs if domain in plan.domains_of(f)] for s, fs in by_service.items()}
        split = splits[domain] = {s: fs for s, fs in mine.items() if fs}
    return split


def thin_notes(drawn: dict[str, tuple[int, int]]) -> list[str]:
    """The domains the draw could not fill, in one line ("Security 0 (blueprint 17),
    Deployment 5 (blueprint 16)"), and why: before the first question at 80 columns, a line
    per domain pushed the question off a 24-row screen. An exam asks only facts it can check
    against the AWS reference, so a domain can go unfilled while the notes do cover it
    (`readiness` counts what the notes cover): the line says what the draw found, not that
    the notes hold nothing."""
    # "1 (blueprint 17)", not "1 of 17", which a student read as a score
    thin = [f"{name} {got} (blueprint {quota})" for name, (quota, got) in drawn.items()
            if got < quota]
    if not thin:
        return []
    return [f"domains with fewer questions from your notes than the exam's blueprint asks (the "
            f"rest came from other domains): {', '.join(thin)}",
            CHECKED_ONLY]


# why a draw comes short, said once (app/exam_paper.py's note of a shorter exam says it too)
CHECKED_ONLY = ("an exam asks only what it can check against the AWS reference "
                "(`studycli readiness` shows what your notes cover)")


# Draws tried at the multiple-response floor before exams without any: with one question per
# measure, seed 11 on the shipped notes needs more than 8; a few seeds (38) still draw none.
FLOOR_DRAWS = 16
SHUFFLE_SLACK = 6  # how many questions short another shuffle of the same draw may recover


def _best_draw(tries: list[tuple[int | str, int, bool]], n: int,
               by_service: dict[str, list[Fact]], pool: FactPool, truths: Truths,
               plan: Blueprint | None, service: str | None,
               scenarios: list) -> tuple[_Draft, random.Random, dict]:
    """The longest of the tries' draws (the first that fills the exam); each try is (the
    label its generator is seeded with, multiple-response count, "which of these" or not)."""
    best = None
    hopeless: set[int] = set()  # multiple-response counts whose draw fell well short
    for label, n_multi, which in tries:
        if n_multi in hopeless:
            continue  # another shuffle recovers a question or two, not more
        rng = random.Random(label)
        draft, drawn = _draw(by_service, pool, truths, n, n_multi, rng, plan, not service, which,
                             scenarios)
        if best is None or len(draft.questions) > len(best[0].questions):
            best = (draft, rng, drawn)
        if len(draft.questions) >= n:
            break
        if len(draft.questions) < n - SHUFFLE_SLACK:
            hopeless.add(n_multi)
    assert best is not None  # `tries` is never empty
    return best


def _within_caps(best: tuple, n: int, plan: Blueprint | None,
                 per_service: bool) -> tuple[_Draft, random.Random, dict]:
    """The draw's questions, in order, that the subject and service caps of an n-question
    exam allow, at most n; the per-domain counts are those of the questions kept."""
    draft, rng, _ = best
    caps = Caps(n, per_service=per_service)
    caps.relaxed = True  # a short exam lifts the measure cap, as a draw running short does
    kept = _Draft(caps, plan)
    # One question per note line holds here too: every line's first question is offered
    # before any line's second (a draw running short asks a line again only after the caps,
    # and a topic's other key on a line of its own comes later still), so a trim never keeps
    # a line's second question where another line's first fits the caps.
    lines = [_lines_of(q, draft.pool) for q in draft.questions]
    asked: set[tuple[str, int]] = set()
    chosen: list[int] = []
    taken: set[int] = set()
    for first in (True, False):
        for i, (q, lead) in enumerate(zip(draft.questions, draft.leads, strict=True)):
            if len(chosen) >= n:
                break
            if i in taken or (first and not lines[i].isdisjoint(asked)):
                continue
            if caps.allows(q.service, [lead], q.subject):
                caps.add(q.service, [lead], q.subject)
                chosen.append(i)
                taken.add(i)
                asked |= lines[i]
    for i in sorted(chosen):
        kept.questions.append(draft.questions[i])
        kept.leads.append(draft.leads[i])
    drawn = {}
    if plan is not None:
        quotas = plan.quotas(n)
        got = Counter(q.domain for q in kept.questions)
        drawn = {d.name: (quotas[d.name], got[d.name]) for d in plan.domains}
    return kept, rng, drawn


def _lines_of(q: ExamQuestion, pool: FactPool | None) -> set[tuple[str, int]]:
    """The note lines a question asks or quotes: those of every fact it uses."""
    by_id = pool.__dict__.get("_facts_by_id") if pool is not None else None
    if by_id is None and pool is not None:
        by_id = pool.__dict__["_facts_by_id"] = {f.id: f for f in pool.facts}
    lines = {(f.source, f.line) for f in map((by_id or {}).get, q.fact_ids) if f is not None}
    return lines or ({(q.source, q.line)} if q.source else set())


def _within_own_caps(best: tuple, n: int, plan: Blueprint | None,
                     per_service: bool) -> tuple[_Draft, random.Random, dict]:
    """_within_caps, held to the caps of the exam it makes: 45% of a 65-question exam lets
    one service fill half of an exam of 6 (a Cloud Practitioner's notes make short exams)."""
    kept = _within_caps(best, n, plan, per_service)
    while 0 < (m := len(kept[0].questions)) < n:
        again = _within_caps(best, m, plan, per_service)
        if len(again[0].questions) == m:
            return again
        kept = again  # fewer: their caps again, until the length holds
    return kept


def work_out_material(pool: FactPool, facts: list[Fact]) -> None:
    """Work out in `pool` the seed-free material of every single-answer question `facts` can
    make (each card type's prepared question and distractor candidates, and the exam's checks
    of it), as a draw would for the facts it tries. Draws from the pool afterwards give the
    same exams (the material is pure in the fact and the pool); a pool kept with it
    (app/exam_kept.py) spares each later seed's draw the facts this one did not try."""
    rng = random.Random(0)  # the options it draws are thrown away; the material is seed-free
    truths = Truths(pool)
    for fact in facts:
        for card_type in card_types_for(fact):
            if card_type == "recall":
                continue
            q = build_question(fact, card_type, pool, rng)
            if q is not None and not (q.is_recall or q.multi or q.conflict):
                _to_exam_question(q, fact, pool, truths, rng)
    for f in pool.errors:  # a code's meaning as an option is worded as AWS's, where checked
        currency_of(f, pool)
    # What check tells of each line a question on these facts, or a scenario, can show
    # (exam/line_marks.py): a later seed then reads no AWS reference.
    from studycli.exam.line_marks import work_out

    cited = [f for _, support in scenario_candidates(pool.facts) for f in support]
    work_out(pool, [(f.source, f.line) for f in (*facts, *cited)])


def exam_basis(pool: FactPool, service: str | None = None) -> tuple[list[Fact], list]:
    """What every draw reads and no seed or profile changes: the askable facts and the
    requirement -> service questions the notes support. Pure in the pool, so a caller may
    keep it between runs (app/exam_kept.py) and hand it back to generate_exam."""
    return askable_facts(pool, service), scenario_candidates(
        [f for f in pool.facts if not service or f.service == service])


def generate_exam(pool: FactPool, profile: Profile, seed: int,
                  service: str | None = None, basis: tuple[list[Fact], list] | None = None
                  ) -> Exam:
    """An exam of `profile.questions` questions (fewer only if the notes cannot make more).
    `basis`: exam_basis(pool, service), when the caller has it already."""
    facts, scenarios = basis if basis is not None else exam_basis(pool, service)
    facts, scenarios = profile.asked(facts), profile.asked_scenarios(scenarios)
    if not facts and not scenarios:
        where = f" about {service}" if service else ""
        # Counted as --as-written would ask them (vouched for by the reference or not) and as
        # this profile asks them: a Cloud Practitioner exam leaves error codes out either way.
        if not pool.as_written and profile.asked(
                askable_facts(replace(pool, as_written=True), service)):
            raise StudyError(f"the AWS reference vouches for none of your notes' facts{where}, "
                             "so no question would be checked; `studycli exam --as-written` asks "
                             "them as your notes say")
        kinds = ("limits, defaults or error codes" if not profile.leaves_out
                 else "limits or defaults (this profile asks no "
                      + " or ".join(k.replace("_", " ") + "s" for k in profile.leaves_out) + ")")
        raise StudyError(f"your notes have no facts{where} an exam question can be made from; "
                         f"ingest notes with {kinds}")
    by_service: dict[str, list[Fact]] = defaultdict(list)
    for f in facts:
        by_service[f.service].append(f)
    truths = Truths(pool)
    plan = blueprint(profile.name)
    # Each question asks at least one fact of its own: more questions than facts cannot be.
    # A scenario asks a note line of its own too: a Cloud Practitioner's notes state more
    # "which service" lines than numbers the profile asks.
    n = min(profile.questions, len(facts) + len(scenarios))
    # A "Choose TWO" question uses five or six facts; on a small fact base, fewer of them
    # leave room for a full-length exam. Each try has its own seeded generator, so the same
    # seed still gives the same exam.
    best = None
    top = profile.multi_count() if profile.questions >= 5 else 0
    floor = min(top, profile.multi_floor()) if profile.questions >= 5 else 0
    top, floor = min(top, n // 6), min(floor, n // 6)
    # "Which of these" questions cost the notes' capacity most: where a full exam cannot be
    # drawn with them, the same number of multiple-response questions is tried without them
    # before fewer multiple-response questions are.
    # They are tried only where the notes have some three facts per question to spare.
    rich = len(facts) >= 3 * n
    # The multiple-response floor is worth a few more draws before giving it up: on notes
    # near their capacity one shuffle fills the exam where another falls a question short.
    tries = [(m, w, k) for m in sorted({top, floor, 0}, reverse=True)
             for w in ((True, False) if rich else (False,))
             for k in range(FLOOR_DRAWS if m == floor and m != top and m else 1)]
    labelled = [(seed if i == 0 else f"{seed}/{m}/{int(w)}" + (f"/{k}" if k else ""), m, w)
                for i, (m, w, k) in enumerate(tries)]

    def capacity() -> tuple[_Draft, random.Random, dict]:
        # The notes' full capacity: one draw without multiple response (which costs five or
        # six facts a question), the same draw for every n, kept to what the caps of n allow.
        full = _best_draw([(f"{seed}/capacity", 0, False)], len(facts) + len(scenarios),
                          by_service, pool, truths, plan, service, scenarios)
        return _within_own_caps(full, n, plan, not service)

    best = None
    if not rich:
        # Notes without three facts a question to spare: where even their capacity falls
        # short of n, a try with multiple-response questions (five or six facts each) will
        # not fill the exam, so only the try without them is drawn (a shuffle of its own
        # may still fill it, when the capacity is a question or two short: SHUFFLE_SLACK),
        # not the FLOOR_DRAWS before it. The exam is the one all the tries would have ended
        # with.
        best = capacity()
        got = len(best[0].questions)
        if got >= n:
            best = None  # the notes can fill it: the tries decide, as for richer notes
        elif got >= n - SHUFFLE_SLACK:
            plain = [t for t in labelled if t[1] == 0]
            tried = _best_draw(plain, n, by_service, pool, truths, plan, service, scenarios)
            if len(tried[0].questions) >= n:
                best = tried
    if best is None:
        best = _best_draw(labelled, n, by_service, pool, truths, plan, service, scenarios)
        if len(best[0].questions) < n:
            # The notes hold fewer questions than asked for: whatever was asked, their
            # capacity. Asking for more questions never gives fewer, and a shuffle's luck
            # does not decide.
            best = capacity()
    draft, rng, drawn = best
    questions = [_with_corrections(q, pool) for q in draft.questions[:n]]
    if not questions:
        raise StudyError("no exam question could be made from your notes")
    rng.shuffle(questions)
    return Exam(profile=profile.name, seed=seed, minutes=profile.minutes_for(len(questions)),
                pass_mark=profile.pass_mark, questions=questions, title=profile.title,
                scale=(profile.scale_low, profile.scale_high),
                notes=thin_notes(drawn) if not service else [])
