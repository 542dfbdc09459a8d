"""Multiple-response questions ("Choose TWO"), which only exams ask.

Two builders, both on the questions package's helpers (distractor numbers, quantity
formatting, service naming), never on a second question generator:

- invocation: "Which TWO services invoke an AWS Lambda function through an event source
  mapping?" (right: invokers with that mode; wrong: invokers with another mode);
- statements: "Which TWO statements about Amazon SQS are correct?" (right: facts as stated;
  wrong: other facts of the service with a distractor value in place of theirs).

Every fact a question shows (right or wrong) is reported as used, so no other question of the
exam asks it or gives it away.
"""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass

from studycli.exam.model import ExamQuestion
from studycli.exam.scenario import MODE_PHRASES
from studycli.exam.truths import faithful
from studycli.model import Fact, Kind, stable_id
from studycli.questions import INVOCATION_MODES, format_quantity
from studycli.questions.ambiguity import sibling_values
from studycli.questions.askable import askable, attribute_base
from studycli.questions.build import option_quantity, why_not_asked
from studycli.questions.currency import reference_measure, vouching, worded
from studycli.questions.distractors import numbers as distractor_numbers
from studycli.questions.stems import (
    attribute_phrase,
    condition,
    context,
    invoker_is_service,
    invoker_name,
    joined,
)

WORDS = {2: "TWO", 3: "THREE"}


@dataclass(frozen=True)
class Built:
    """A multiple-response question and every fact it shows."""
    question: ExamQuestion
    used: tuple[Fact, ...]   # every fact shown, right or wrong


def _options(rights: list[tuple[str, Fact]], wrongs: list[tuple[str, Fact]],
             rng: random.Random) -> tuple[tuple[str, ...], tuple[int, ...]]:
    tagged = [(t, True) for t, _ in rights] + [(t, False) for t, _ in wrongs]
    rng.shuffle(tagged)
    return tuple(t for t, _ in tagged), tuple(i for i, (_, r) in enumerate(tagged) if r)


def _choose(rng: random.Random, available: int) -> int:
    """Two right answers mostly, three sometimes (as on the real exams)."""
    return 3 if available >= 3 and rng.random() < 0.25 else 2


def invocation_questions(facts: list[Fact], pool, rng: random.Random,
                         blocked: set) -> list[Built]:
    """One candidate per invocation mode with enough invokers on both sides."""
    by_invoker: dict[str, set[str]] = defaultdict(set)
    first: dict[str, Fact] = {}
    for f in facts:
        if f.kind != Kind.INVOCATION_MODE or f.key in blocked:
            continue
        mode = f.value.strip().lower()
        if mode not in INVOCATION_MODES:
            continue
        if not invoker_is_service(f):
            continue  # "event source mapping" is no service that invokes Lambda
        name = invoker_name(f)
        by_invoker[name].add(mode)
        first.setdefault(name, f)
    # An invoker listed with two modes (notes disagree, or both are true) is asked nowhere here.
    single = {name: modes.pop() for name, modes in by_invoker.items() if len(modes) == 1}
    out = []
    for mode in INVOCATION_MODES:
        rights = sorted(n for n, m in single.items() if m == mode)
        # A polled source is invoked synchronously by its event source mapping: never a
        # "wrong" answer to "which services invoke Lambda synchronously".
        wrongs = sorted(n for n, m in single.items() if m != mode
                        and not (mode == "synchronous" and m == "event source mapping"))
        rng.shuffle(rights)
        rng.shuffle(wrongs)
        k = _choose(rng, len(rights))
        total = 5 if k == 2 else 6
        if len(rights) < k or len(wrongs) < total - k:
            continue
        right = [(n, first[n]) for n in rights[:k]]
        wrong = [(n, first[n]) for n in wrongs[: total - k]]
        options, answers = _options(right, wrong, rng)
        stem = (f"Which {WORDS[k]} services does AWS Lambda poll through an event source "
                f"mapping?" if mode == "event source mapping" else
                f"Which {WORDS[k]} services invoke an AWS Lambda function "
                f"{MODE_PHRASES[mode]}?")
        used = tuple(f for _, f in right + wrong)
        explanation = ("; ".join(f"{n} ({f.source}:{f.line})" for n, f in right)
                       + f" invoke Lambda {MODE_PHRASES[mode]}; "
                       + "; ".join(f"{n}: {f.value}" for n, f in wrong) + ".")
        lead = right[0][1]
        q = ExamQuestion(
            id=stable_id("exam-multi", "invocation", mode, *sorted(f.id for f in used)),
            service="Lambda", kind=Kind.INVOCATION_MODE, stem=stem, options=options,
            answers=answers, multi=True, explanation=explanation, source=lead.source,
            line=lead.line, snippet=lead.snippet, fact_ids=tuple(f.id for f in used),
            qtype="multi_invocation", style="multi")
        out.append(Built(q, used))
    return out


def _statement(fact: Fact, value_text: str) -> str:
    phrase = attribute_phrase(fact)
    if "per second" in phrase.lower() and value_text.endswith(" per second"):
        value_text = value_text[: -len(" per second")]  # not "... per second is 3,000 per second"
    # The condition the value holds under ("in one batch API request"): without it a statement
    # can be true in another context (Lambda's SQS batches go up to 10,000).
    return f"The {joined(phrase, condition(fact))} is {value_text}."


def _number(f: Fact) -> float:
    assert f.number is not None  # statement_question uses only facts with a number
    return f.number


def _pick_statements(by_subject: dict[str, list[Fact]], pool, rng: random.Random) -> list[Fact]:
    """Up to six facts of one subject, one per measure (the first subject, in a random order,
    with five or more)."""
    subjects = sorted(s for s, fs in by_subject.items() if len(fs) >= 5)
    rng.shuffle(subjects)
    picked: list[Fact] = []
    for subject in subjects:
        shuffled = list(by_subject[subject])
        rng.shuffle(shuffled)
        seen, picked = set(), []
        for f in shuffled:
            topic = attribute_base(f.attribute)
            # ...and one per measure of the AWS reference, whatever the notes call it: "The
            # maximum retry duration (asynchronous) is 6 hours" and "The maximum value of the
            # Maximum event age setting is 6 hours" were two right options saying one thing
            measure = reference_measure(vouching(f, pool))
            if topic in seen or (measure and measure in seen) or pool.in_conflict(f) \
                    or why_not_asked(f, pool):
                continue
            seen.add(topic)
            if measure:
                seen.add(measure)
            picked.append(f)
            if len(picked) == 6:
                break
        if len(picked) >= 5:
            break
    return picked


def statement_question(service: str, facts: list[Fact], pool, truths, rng: random.Random,
                       blocked: set) -> Built | None:
    """ "Which TWO statements about Amazon SQS (FIFO queue) are correct?": every statement
    about one subject of one service (a grab-bag across a table's rows is no question)."""
    usable = [f for f in facts
              if f.service == service and f.kind in (Kind.LIMIT, Kind.DEFAULT)
              and f.number is not None
              and f.key not in blocked and askable(f)]
    by_subject: dict[str, list[Fact]] = defaultdict(list)
    for f in usable:
        by_subject[f.subject.strip().lower()].append(f)
    # One fact per measure: two statements about one measure would answer each other
    # ("throughput" and "throughput (without batching)" are one measure to a reader). The
    # costlier checks (conflicts, underspecified stems) run only on facts about to be shown.
    picked = _pick_statements(by_subject, pool, rng)
    if len(picked) < 5:
        return None
    k = 3 if len(picked) >= 6 and rng.random() < 0.25 else 2
    total = 5 if k == 2 else 6
    right_facts, wrong_facts = picked[:k], picked[k:total]
    # Worded as the single-choice options are ("6,144 characters", "80,000 IOPS")
    right = [(_statement(worded(f, pool), option_quantity(f, _number(f), pool)), f)
             for f in right_facts]
    if not all(faithful(f, format_quantity(_number(f), f.unit)) for f in right_facts):
        return None
    wrong = []
    for f in wrong_facts:
        # Never a value any note states for this topic: the false statement must be false.
        stated = (truths.numbers(f) | {s.number for s in pool.sides(f) if s.number is not None}
                  | sibling_values(f, pool.siblings(f)))
        taken = set(truths.texts(f)) | {format_quantity(_number(f), f.unit).lower()}
        alt = distractor_numbers(_number(f), f.unit, stated, pool, 1, rng, taken,
                                 measure=f.attribute)
        if not alt:
            return None
        wrong.append((_statement(worded(f, pool), option_quantity(f, alt[0], pool)), f))
    options, answers = _options(right, wrong, rng)
    if len(set(o.lower() for o in options)) != len(options):
        return None
    lead = right_facts[0]
    stem = f"Which {WORDS[k]} statements about {context(lead)} are correct?"
    used = tuple(right_facts + wrong_facts)
    explanation = (" ".join(f"{t} ({f.source}:{f.line})" for t, f in right) + " Wrong: "
                   + "; ".join(f"{attribute_phrase(f)} is {f.value} ({f.source}:{f.line})"
                               for _, f in wrong) + ".")
    kinds = [f.kind for f in right_facts]
    q = ExamQuestion(
        id=stable_id("exam-multi", "statements", service, *sorted(f.id for f in used)),
        service=service, kind=min(sorted(set(kinds)), key=lambda k: -kinds.count(k)),
        stem=stem, options=options,
        answers=answers, multi=True, explanation=explanation, source=lead.source,
        line=lead.line, snippet=lead.snippet, fact_ids=tuple(f.id for f in used),
        qtype="multi_statements", style="multi")
    return Built(q, used)
