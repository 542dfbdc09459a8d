""""Which of these has ...?" questions: the options are subjects of one service that the notes
measure the same way (S3 storage classes, EBS volume types, SQS queue types), as real exam items
ask "Which storage class ...?".

Sound only where the notes settle it: every option's value for the measure is stated (so the
wrong ones are known to be wrong), the right value belongs to exactly the right options (one, or
two or three for "Choose TWO/THREE"), and every fact shown is askable on its own. The right facts
are reported as used (no other question of the exam asks them); a wrong option shows a subject's
name, not its value.
"""

from __future__ import annotations

import random
from collections import defaultdict

from studycli.exam.model import ExamQuestion
from studycli.exam.multi import WORDS, Built
from studycli.model import Fact, Kind, stable_id
from studycli.questions import format_quantity
from studycli.questions.askable import askable
from studycli.questions.build import why_not_asked
from studycli.questions.stems import attribute_phrase, condition, service_name

OPTIONS = 4


def _value(f: Fact) -> tuple:
    return (f.number, f.unit)


def families(facts: list[Fact], pool) -> dict[tuple, list[Fact]]:
    """(service, attribute, qualifier, kind) -> one fact per subject, for measures stated for
    at least four subjects of one service (askable each; see sound_members before asking)."""
    groups: dict[tuple, dict[str, Fact]] = defaultdict(dict)
    for f in facts:
        if f.kind not in (Kind.LIMIT, Kind.DEFAULT) or f.number is None or not f.subject.strip():
            continue
        key = (f.service, f.attribute.lower(), f.qualifier, f.kind)
        groups[key].setdefault(f.subject.strip().lower(), f)
    out = {}
    for key, by_subject in sorted(groups.items()):
        members = [f for _, f in sorted(by_subject.items()) if askable(f)]
        if len(members) >= OPTIONS:
            out[key] = members
    return out


def sound_members(members: list[Fact], pool) -> list[Fact]:
    """The members a question may show: undisputed, and asked soundly on their own (checked
    for the family about to be asked only: these checks cost the most)."""
    return [f for f in members if not pool.in_conflict(f) and not why_not_asked(f, pool)]


def which_question(members: list[Fact], rng: random.Random, blocked: set,
                   multi: bool) -> Built | None:
    """One question over a family: a value held by exactly one member (or two/three for a
    multiple-response question), the others as wrong options."""
    members = [f for f in members if f.key not in blocked]
    by_value: dict[tuple, list[Fact]] = defaultdict(list)
    for f in members:
        by_value[_value(f)].append(f)
    wanted = (2, 3) if multi else (1,)
    values = sorted((v for v, fs in by_value.items() if len(fs) in wanted),
                    key=lambda v: (v[1], v[0]))
    rng.shuffle(values)
    for value in values:
        rights = by_value[value]
        wrongs = [f for f in members if _value(f) != value]
        total = OPTIONS if not multi else (5 if len(rights) == 2 else 6)
        if len(wrongs) < total - len(rights):
            continue
        rng.shuffle(wrongs)
        shown = [(f, True) for f in rights] + [(f, False) for f in wrongs[: total - len(rights)]]
        rng.shuffle(shown)
        lead = rights[0]
        options = tuple(f.subject.strip() for f, _ in shown)
        if len({o.lower() for o in options}) != len(options):
            continue
        answers = tuple(i for i, (_, right) in enumerate(shown) if right)
        assert lead.number is not None  # families() keeps only facts with a number
        amount = format_quantity(lead.number, lead.unit)
        which = f"which {WORDS[len(rights)]} of these have" if multi else "which of these has"
        phrase = attribute_phrase(lead)
        article = "an" if phrase[:1].lower() in "aeiou" else "a"
        # The condition the value holds under ("per volume"), as the single-choice stems say it.
        stem = (f"In {service_name(lead.service)}, {which} {article} {phrase} of {amount}"
                f"{condition(lead)}?")
        if any(o.lower() in stem.lower() for o in options):
            continue  # a subject named in the stem would give itself away
        explanation = "; ".join(f"{f.subject.strip()}: {f.value} ({f.source}:{f.line})"
                                for f, _ in shown) + "."
        # The wrong options show a name only, never their value: the question tests (and uses
        # up) the right facts, and the others stay free for questions of their own.
        used = tuple(f for f, right in shown if right)
        q = ExamQuestion(
            id=stable_id("exam-which", *sorted(f.id for f, _ in shown), str(value)),
            service=lead.service, kind=lead.kind, stem=stem, options=options, answers=answers,
            multi=multi, explanation=explanation, source=lead.source, line=lead.line,
            snippet=lead.snippet, fact_ids=tuple(f.id for f in used),
            qtype="which_multi" if multi else "which", style="multi" if multi else "choice")
        return Built(q, used)
    return None
