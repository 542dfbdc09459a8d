"""Am I ready? Coverage, mastery and practice per exam domain, and a forecast of the scaled
score if the exam were taken today, with a band that is honest about what is unknown.

The model, in full (every figure it uses is in the report):
- A domain's questions are about its in-scope services (data/domains.json). `coverage` is the
  share of them the notes have facts for.
- On covered material the chance of a right answer is the cards' recall probability today
  (FSRS retrievability), except that a card answered Again today (in any quiz, --cram and
  --missed included, whatever was answered after) or still in its learning steps after an
  Again counts as not recalled (FSRS gives ~100% a minute after the answer was shown, which
  is no measure of what the student knows). Cards never studied are unknown: the
  point estimate takes them at UNSTUDIED (a coin flip), the band from GUESS (a blind guess
  among four options) to UNSTUDIED_HIGH.
- Material the notes do not cover is unknown too: point UNCOVERED, band GUESS..UNCOVERED_HIGH.
- Practice exams are direct evidence: a domain's accuracy over its last exam answers is blended
  with the card-based estimate in proportion to how many answers there are (PRACTICE_PRIOR
  answers weigh as much as the card estimate).
- The exam is 65 questions: sampling alone moves a score by about 1.96 * sqrt(p(1-p)/65); the
  band adds that.
- Scaled score: a straight line from 100 (nothing right) to 1000 (all right), as the practice
  exam uses. AWS does not publish its scaling: a guide, not a prediction.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import datetime
from itertools import islice

from studycli.days import start_of_day
from studycli.domains import DomainMap, domain_map
from studycli.passing_mentions import named_in_passing
from studycli.scheduler import Scheduler, format_time, parse_time
from studycli.store import readiness as store

GUESS = 0.25
UNSTUDIED = 0.5
UNSTUDIED_HIGH = 0.8
UNCOVERED = 0.4
UNCOVERED_HIGH = 0.7
PRACTICE_PRIOR = 20
EXAM_QUESTIONS = 65
SCALE_LOW, SCALE_HIGH = 100, 1000


@dataclass
class DomainReport:
    """Readiness for one exam domain: its services covered and missing."""
    name: str
    weight: float
    services_in_scope: list[str]
    services: list[dict]                 # covered: {"service", "facts", "cards"}
    services_missing: list[str]          # no fact of their own (as --json always meant)
    cards: int = 0
    studied: int = 0
    recall_studied: float | None = None  # mean retrievability of the studied cards
    practice_answers: int = 0
    practice_accuracy: float | None = None
    practice_trend: list[float] = field(default_factory=list)   # accuracy per exam, oldest first
    p: float = 0.0
    p_low: float = 0.0
    p_high: float = 0.0
    # the part of services_missing a line of the notes names (by an unambiguous alias:
    # "ALB", "CloudWatch Events") though no fact was read on them: "not in your notes" of
    # them was false. A subset, so the --json key services_missing keeps its meaning.
    services_named: list[str] = field(default_factory=list)

    @property
    def measured(self) -> bool:
        """Anything of the student's speaks for the domain: a card studied or a practice
        answer. Without either its share is the model's prior (a coin flip on unstudied cards,
        UNCOVERED on the rest), no projection: a new user read "Secure 43%" (cards 0,
        studied 0) ranked above a domain they had recalled at 100%."""
        return bool(self.studied or self.practice_answers)

    @property
    def coverage(self) -> float:
        n = len(self.services_in_scope)
        return len(self.services) / n if n else 0.0

    def to_dict(self) -> dict:
        return {
            "name": self.name, "weight": self.weight,
            "coverage": {"share": round(self.coverage, 3), "services": self.services,
                         "services_covered": len(self.services),
                         "services_in_scope": len(self.services_in_scope)},
            "mastery": {"cards": self.cards, "studied": self.studied,
                        "recall_studied": _r(self.recall_studied),
                        "recall_all": _r(self.recall_studied * self.studied / self.cards
                                         if self.cards and self.recall_studied is not None
                                         else (0.0 if self.cards else None))},
            "practice": {"answers": self.practice_answers,
                         "accuracy": _r(self.practice_accuracy),
                         "trend": [_r(x) for x in self.practice_trend]},
            "services_missing": self.services_missing,
            "services_named": self.services_named,
            "expected_correct": {"point": _r(self.p), "low": _r(self.p_low),
                                 "high": _r(self.p_high),
                                 "basis": "cards or practice" if self.measured else "prior"},
            "measured": self.measured,
        }


def _r(x: float | None) -> float | None:
    return None if x is None else round(x, 3)


@dataclass
class Readiness:
    """How ready the notes are for an exam, domain by domain."""
    profile: str
    pass_mark: int
    scaled: int
    low: int
    high: int
    domains: list[DomainReport]
    next: list[dict]
    calibration: list[dict]
    # Practice exams of other profiles ("quick"), which count toward no domain here: said in
    # the text report, or a student who just sat one reads "no practice exams yet" as a bug
    other_profiles: dict[str, int] = field(default_factory=dict)
    # This profile's attempts ended by Ctrl-C: no measure, but "no practice exams yet" after
    # sitting one (4 of 10 answered) read as if it had been lost
    interrupted: int = 0

    def to_dict(self) -> dict:
        return {"profile": self.profile, "pass_mark": self.pass_mark,
                "forecast": {"scaled": self.scaled, "low": self.low, "high": self.high},
                "domains": [d.to_dict() for d in self.domains], "next": self.next,
                "calibration": self.calibration}


def _scaled(p: float) -> int:
    return round(SCALE_LOW + (SCALE_HIGH - SCALE_LOW) * min(1.0, max(0.0, p)))


def _estimate(d: DomainReport) -> None:
    """p (point), p_low, p_high: the expected share of the domain's questions answered right."""
    known = d.studied / d.cards if d.cards else 0.0
    r = d.recall_studied if d.recall_studied is not None else 0.0

    def on_notes(unstudied: float) -> float:
        return known * r + (1 - known) * unstudied if d.cards else unstudied

    c = d.coverage
    point = c * on_notes(UNSTUDIED) + (1 - c) * UNCOVERED
    low = c * on_notes(GUESS) + (1 - c) * GUESS
    high = c * on_notes(UNSTUDIED_HIGH) + (1 - c) * UNCOVERED_HIGH
    if d.practice_accuracy is not None:
        w = d.practice_answers / (d.practice_answers + PRACTICE_PRIOR)
        point = w * d.practice_accuracy + (1 - w) * point
        low = w * d.practice_accuracy + (1 - w) * low
        high = w * d.practice_accuracy + (1 - w) * high
    d.p, d.p_low, d.p_high = point, min(low, point), max(high, point)


def assess(db, profile: str, pass_mark: int, now: datetime, record: bool = True) -> Readiness:
    dmap = domain_map(profile)
    facts = store.facts_per_service(db)
    cards = store.active_cards(db)
    forgotten = store.not_recalled(db, format_time(start_of_day(now)))
    scheduler = Scheduler()
    reports = [_domain(db, dmap, d, facts) for d in dmap.domains]
    named = named_in_passing(db, {s for r in reports for s in r.services_missing})
    for rep in reports:
        rep.services_named = [s for s in rep.services_missing if s in named]
    by_name = {r.name: r for r in reports}
    recall_sum: dict[str, float] = {}
    for card in cards:
        for name in dmap.of(card["service"], card["subject"]):
            rep = by_name[name]
            rep.cards += 1
            r = (0.0 if card["id"] in forgotten
                 else scheduler.retrievability(card["id"], card, now))
            for entry in rep.services:
                if entry["service"].lower() == card["service"]:
                    entry["cards"] += 1
                    entry["studied"] += r is not None
                    entry["_recall"] += r or 0.0
            if r is not None:
                rep.studied += 1
                recall_sum[name] = recall_sum.get(name, 0.0) + r
    for rep in reports:
        if rep.studied:
            rep.recall_studied = recall_sum[rep.name] / rep.studied
        for entry in rep.services:
            total = entry.pop("_recall")
            entry["recall"] = round(total / entry["studied"], 3) if entry["studied"] else None
    _practice(db, dmap, by_name)
    for rep in reports:
        _estimate(rep)
    total = sum(r.weight for r in reports) or 1.0
    p = sum(r.weight * r.p for r in reports) / total
    p_low = sum(r.weight * r.p_low for r in reports) / total
    p_high = sum(r.weight * r.p_high for r in reports) / total
    noise = 1.96 * math.sqrt(max(p * (1 - p), 0.0) / EXAM_QUESTIONS)
    result = Readiness(profile, pass_mark, _scaled(p), _scaled(p_low - noise),
                       _scaled(p_high + noise), reports,
                       _next_steps(reports, dmap, _quiz_asks(db, now)),
                       calibration(db, profile))
    result.other_profiles = store.attempts_by_other_profile(db, profile)
    result.interrupted = store.interrupted_attempts(db, profile)
    if record:
        store.record_forecast(db, profile, format_time(now), result.scaled, result.low,
                              result.high, {"domains": {r.name: _r(r.p) for r in reports}})
    return result


def _domain(db, dmap: DomainMap, domain, facts: dict[str, int]) -> DomainReport:
    covered: list[str] = []
    missing: list[str] = []
    for service in domain.services:
        n = facts.get(service.lower(), 0)
        (covered if n else missing).append(service)
    rep = DomainReport(domain.name, domain.weight, list(domain.services), [], missing)
    rep.services = [{"service": s, "facts": facts.get(s.lower(), 0), "cards": 0, "studied": 0,
                     "_recall": 0.0} for s in covered]
    return rep


def _practice(db, dmap: DomainMap, by_name: dict[str, DomainReport]) -> None:
    per_attempt: dict[str, dict[str, list[int]]] = {}
    order: list[str] = []
    for a in store.exam_answers(db, dmap.profile):
        if a["attempt_id"] not in per_attempt:
            per_attempt[a["attempt_id"]] = {}
            order.append(a["attempt_id"])
        # The domain the question was drawn for; answers stored before it was kept (m029)
        # fall back to their service's
        drawn_for = a.get("domain")
        names = [drawn_for] if drawn_for in by_name else dmap.of(a["service"] or "", "",
                                                                  a["kind"] or "")
        for name in names:
            per_attempt[a["attempt_id"]].setdefault(name, []).append(int(a["correct"] or 0))
    for name, rep in by_name.items():
        trend, answers = [], []
        for attempt in order:
            got = per_attempt[attempt].get(name)
            if got:
                trend.append(sum(got) / len(got))
                answers += got
        recent = answers[-60:]  # the last few exams: what you know now, not a month ago
        rep.practice_trend = trend
        rep.practice_answers = len(recent)
        rep.practice_accuracy = sum(recent) / len(recent) if recent else None


def _quiz_asks(db, now: datetime):
    """Whether `studycli quiz --service S` would ask a card now: a service's cards can be
    counted yet ask nothing (the day's new cards had, or none the quiz can build a question
    for), and readiness sent a student to a Data Firehose quiz that said "Nothing due"."""
    from studycli.quiz import service_key
    from studycli.quiz.session import QuizOptions, Session

    def asks(service: str) -> bool:
        session = Session(db, QuizOptions(service=service_key(service), fuzz=False),
                          clock=lambda: now)
        return session.next() is not None

    return asks


def _next_steps(reports: list[DomainReport], dmap: DomainMap,
                asks=lambda service: True) -> list[dict]:
    """Where a point of study buys most: high weight times what is still missing."""
    steps = []
    for rep in sorted(reports, key=lambda r: -r.weight * (1 - r.p)):
        if rep.p >= 0.9:
            continue
        gain = round(rep.weight * (1 - rep.p) * (SCALE_HIGH - SCALE_LOW) / 100)
        # Services you have cards for, least studied and least recalled first: a quiz on a
        # service without cards would be empty, so those only get "add notes".
        drillable = [s for s in rep.services if s["cards"]]
        ranked = sorted(drillable, key=lambda s: (s["studied"] / s["cards"], s["recall"] or 0.0,
                                                  -s["cards"]))
        weak = list(islice((s for s in ranked if asks(s["service"])), 2))  # probes lazily
        commands = [f"studycli quiz --service {_arg(s['service'])}" for s in weak]
        step = {"domain": rep.name, "weight": rep.weight, "up_to_points": gain,
                "services_missing": rep.services_missing[:4],
                "commands": commands}
        if weak:
            commands.append(f"studycli exam --profile {dmap.profile} --service "
                                    f"{_arg(weak[0]['service'])}")
        steps.append(step)
    return steps[:3]


def _arg(service: str) -> str:
    return f'"{service}"' if " " in service else service


def calibration(db, profile: str) -> list[dict]:
    """Each practice exam long enough for a verdict against the forecast made just before
    it."""
    out = []
    from studycli.exam.scoring import has_verdict

    for attempt in store.attempts(db, profile):
        if not has_verdict(attempt["questions"]):
            continue  # its score measures no exam (2/2 is "1000"); its answers count in practice
        # Exam times and forecast times are written in two ISO forms: compare as instants.
        finished = format_time(parse_time(attempt["finished_at"]))
        before = store.forecast_before(db, profile, finished)
        if before is None:
            continue
        out.append({"exam_at": attempt["finished_at"], "scaled": attempt["scaled"],
                    "forecast": before["scaled"], "low": before["low"], "high": before["high"],
                    "error": attempt["scaled"] - before["scaled"],
                    "inside_band": before["low"] <= attempt["scaled"] <= before["high"]})
    return out
