"""Scoring an exam: raw score, an approximate scaled score, pass/fail, breakdowns, misses.

AWS does not publish how raw scores map to its 100-1000 scale (it equates forms and has
unscored questions), so the scaled score here is a straight line from the bottom of the scale
(nothing right) to the top (everything right). It is an approximation; say so wherever shown.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from studycli.exam.model import Exam, ExamQuestion

SCALED_NOTE = "approximate: AWS does not publish its scaling"

# Fewer questions than this give a score but no pass/fail verdict, and readiness takes no
# measure from them. Ten is the `quick` profile's size. Under it one question moves the scaled
# score by more than 90 points (900/n): a 2-question exam can score only 100, 550 or 1000, so
# "2/2 scaled 1000: PASS" measured nothing. Even at 10 a right or wrong guess is 90 points;
# the verdict there is a guide, as the scaled score always is.
VERDICT_MIN_QUESTIONS = 10


def has_verdict(questions: int) -> bool:
    """Whether an exam of `questions` questions is long enough for a pass/fail verdict."""
    return questions >= VERDICT_MIN_QUESTIONS


def verdict(passed: bool, questions: int) -> bool | None:
    """Pass (True), fail (False), or None for an exam too short for a verdict: what --json
    and --history say, from the one rule has_verdict."""
    return passed if has_verdict(questions) else None


@dataclass(frozen=True)
class Tally:
    """Right answers out of a total."""
    right: int
    total: int

    @property
    def percent(self) -> float:
        return 100.0 * self.right / self.total if self.total else 0.0


@dataclass(frozen=True)
class Miss:
    """A question answered wrongly, and what was chosen."""
    index: int
    question: ExamQuestion
    chosen: tuple[int, ...]


@dataclass
class Result:
    """A scored exam, as its result screen and history show it."""
    profile: str
    seed: int
    raw: int
    total: int
    scaled: int
    pass_mark: int
    passed: bool
    by_service: dict[str, Tally] = field(default_factory=dict)
    by_kind: dict[str, Tally] = field(default_factory=dict)
    misses: list[Miss] = field(default_factory=list)
    unanswered: int = 0
    timed_out: bool = False
    seconds: float = 0.0

    @property
    def judged(self) -> bool:
        """Long enough for a pass/fail verdict (VERDICT_MIN_QUESTIONS)."""
        return has_verdict(self.total)

    def to_json(self) -> dict:
        return {
            "profile": self.profile, "seed": self.seed, "raw": self.raw, "total": self.total,
            "scaled": self.scaled, "scaled_note": SCALED_NOTE, "pass": self.pass_mark,
            # null: too few questions for a verdict ("verdict_min_questions")
            "passed": verdict(self.passed, self.total),
            "verdict_min_questions": VERDICT_MIN_QUESTIONS, "unanswered": self.unanswered,
            "timed_out": self.timed_out,
            "seconds": round(self.seconds, 1),
            "by_service": {k: {"right": t.right, "total": t.total}
                           for k, t in self.by_service.items()},
            "by_kind": {k: {"right": t.right, "total": t.total} for k, t in self.by_kind.items()},
            "missed": [m.question.id for m in self.misses],
        }


def scaled_score(raw: int, total: int, low: int = 100, high: int = 1000) -> int:
    if total <= 0:
        return low
    return round(low + (high - low) * raw / total)


def score(exam: Exam, answers: list[tuple[int, ...]], timed_out: bool = False,
          seconds: float = 0.0) -> Result:
    """Score `answers` (one tuple of chosen indices per question; () = unanswered = wrong)."""
    if len(answers) != len(exam.questions):
        raise ValueError("one answer per question is needed")
    by_service: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    raw, misses = 0, []
    for i, (q, chosen) in enumerate(zip(exam.questions, answers, strict=True)):
        right = q.is_right(chosen)
        raw += right
        for bucket, key in ((by_service, q.service), (by_kind, q.kind)):
            bucket[key][0] += right
            bucket[key][1] += 1
        if not right:
            misses.append(Miss(i, q, tuple(chosen)))
    low, high = exam.scale
    scaled = scaled_score(raw, len(exam.questions), low, high)

    def tallies(bucket):
        return {k: Tally(*v) for k, v in sorted(bucket.items(), key=lambda kv: (-kv[1][1], kv[0]))}

    return Result(exam.profile, exam.seed, raw, len(exam.questions), scaled, exam.pass_mark,
                  # the raw comparison: whether it is a verdict is `judged`'s to say
                  scaled >= exam.pass_mark,
                  tallies(by_service), tallies(by_kind), misses,
                  unanswered=sum(1 for a in answers if not a), timed_out=timed_out,
                  seconds=seconds)
