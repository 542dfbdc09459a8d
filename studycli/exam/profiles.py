"""Exam profiles from data/exam_profiles.json."""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from studycli.errors import UsageProblem
from studycli.paths import data_dir


@dataclass(frozen=True)
class Profile:
    """An exam profile of data/exam_profiles.json, with the student's overrides."""

    name: str
    title: str
    questions: int
    minutes: int
    pass_mark: int
    scale_low: int = 100
    scale_high: int = 1000
    multi_share: float = 0.12
    min_multi: int = 5
    # Fact kinds an exam of this profile does not ask (data/exam_profiles.json `leaves_out`):
    # a Cloud Practitioner is not tested on troubleshooting or coding detail.
    leaves_out: tuple[str, ...] = ()
    # The measures (service -> a pattern over the attribute) a quantity question may ask, when
    # the profile names them (data/exam_profiles.json `measures`): a Cloud Practitioner is
    # asked what a storage class keeps or how long a Spot warning lasts, not a volume type's
    # IOPS. Empty: every measure.
    measures: tuple[tuple[str, str], ...] = ()
    # The scenario categories (data/categories.json) its exams ask, when it names them:
    # "which AWS service" and storage-class choices, not an SQS or API Gateway feature.
    scenario_categories: tuple[str, ...] = ()
    # --minutes as given; otherwise an exam gets the real exam's pace (its minutes over its
    # questions) for the questions it has: 17 questions the notes could make are not 130 min
    minutes_given: bool = False

    def minutes_for(self, questions: int) -> int:
        """The time for an exam of `questions` questions."""
        if self.minutes_given:
            return self.minutes
        base = profiles().get(self.name, self)  # its own pace, whatever was overridden
        return max(1, math.ceil(questions * base.minutes / base.questions))

    def asked(self, facts: list) -> list:
        """The facts this profile's exams may ask (all of them unless it leaves kinds out or
        names the measures it asks)."""
        if not self.leaves_out and not self.measures:
            return facts
        return [f for f in facts if f.kind not in self.leaves_out and self._measured(f)]

    def _measured(self, fact) -> bool:
        if not self.measures or fact.kind not in _QUANTITIES:
            return True
        # The qualifier first ("max execution timeout"), so a pattern can ask a maximum only
        measure = f"{fact.qualifier} {fact.attribute}".strip().lower()
        return any(service == fact.service and re.search(pattern, measure)
                   for service, pattern in self.measures)

    def asked_scenarios(self, scenarios: list) -> list:
        """The (requirement, support) scenario candidates this profile's exams may ask."""
        if not self.scenario_categories:
            return scenarios
        return [c for c in scenarios if c[0].category.name in self.scenario_categories]

    def with_overrides(self, questions: int | None = None, minutes: int | None = None) -> Profile:
        if questions is not None and questions < 1:
            raise UsageProblem("--questions must be at least 1", "exam")
        if minutes is not None and minutes < 1:
            raise UsageProblem("--minutes must be at least 1", "exam")
        return replace(self, questions=questions or self.questions,
                       minutes=minutes or self.minutes_for(questions or self.questions),
                       minutes_given=minutes is not None or self.minutes_given)

    def multi_floor(self) -> int:
        """The fewest multiple-response questions: min_multi in 65, in proportion otherwise."""
        return min(max(1, round(self.min_multi * self.questions / 65)), self.questions)

    def multi_count(self) -> int:
        """How many multiple-response questions: about multi_share, never under the floor."""
        return min(max(round(self.questions * self.multi_share), self.multi_floor()),
                   self.questions)

    def to_dict(self) -> dict:
        return {"name": self.name, "title": self.title, "questions": self.questions,
                "minutes": self.minutes, "pass": self.pass_mark,
                "scale": [self.scale_low, self.scale_high]}


_QUANTITIES = ("limit", "default", "range")  # the kinds `measures` narrows (Kind values)


@lru_cache(maxsize=1)
def _raw() -> dict:
    return json.loads((data_dir() / "exam_profiles.json").read_text(encoding="utf-8"))


def profiles() -> dict[str, Profile]:
    out = {}
    for name, p in _raw()["profiles"].items():
        low, high = p.get("scale", [100, 1000])
        out[name] = Profile(name, p.get("title", name), int(p["questions"]), int(p["minutes"]),
                            int(p["pass"]), int(low), int(high), float(p.get("multi_share", 0.12)),
                            int(p.get("min_multi", 5)), tuple(p.get("leaves_out", ())),
                            tuple((svc, pattern) for svc, pattern in p.get("measures", {}).items()),
                            tuple(p.get("scenario_categories", ())))
    return out


def default_profile() -> str:
    return _raw().get("default", "saa-c03")


def get_profile(name: str | None) -> Profile:
    known = profiles()
    key = (name or default_profile()).strip().lower()
    if key not in known:
        meant = _meant(key, known)
        if meant is None:
            raise UsageProblem(f"unknown exam profile {name!r}; choose one of: "
                               f"{', '.join(known)}")
        # "saa" was refused though it can mean one profile only: taken, and said so
        from studycli.commands import warn

        warn(f"studycli: exam profile {key!r} read as {meant}")
        key = meant
    return known[key]


def _meant(key: str, known: dict[str, Profile]) -> str | None:
    """The one profile `key` begins, its separators aside ("saa", "saa c03", "SAA_C03" ->
    saa-c03), or None when no profile or more than one does."""
    def bare(text: str) -> str:
        return "".join(c for c in text.lower() if c.isalnum())

    typed = bare(key)
    if not typed:
        return None
    matches = [name for name in known if bare(name).startswith(typed)]
    return matches[0] if len(matches) == 1 else None
