"""Exam domains: the official domain weights of each profile and which services, subjects and
kinds count towards each domain (data/domains.json). Shared by the exam blueprint, the readiness
report and the Anki export's tags. Standard library only."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache, cached_property

from studycli.errors import StudyError
from studycli.paths import data_dir


@dataclass(frozen=True)
class Domain:
    """One exam domain: its weight and the services it covers."""
    name: str
    weight: float                       # percent of the exam's scored content
    services: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class DomainMap:
    """An exam profile's domains, and which subjects and kinds go where."""
    profile: str
    domains: tuple[Domain, ...]
    subjects: dict
    kinds: dict

    def names(self) -> list[str]:
        return [d.name for d in self.domains]

    def services(self) -> list[str]:
        """Every in-scope service of the profile, in domain order, each once."""
        seen: dict[str, None] = {}
        for d in self.domains:
            for s in d.services:
                seen.setdefault(s, None)
        return list(seen)

    @cached_property
    def _lowered_subjects(self) -> dict[str, str]:
        """The subjects as `of` compares them (lowered, spaces collapsed), built once: an
        exam asks about some sixty keys a draw."""
        return {" ".join(k.lower().split()): v for k, v in self.subjects.items()}

    def of(self, service: str, subject: str = "", kind: str = "") -> list[str]:
        """The domain(s) a fact or card counts towards; [] when its service is out of scope."""
        lowered = self._lowered_subjects
        subject = " ".join(subject.lower().split())
        if subject and subject in lowered:
            return [lowered[subject]]
        if kind and kind in self.kinds:
            return [self.kinds[kind]]
        s = service.lower()
        return [d.name for d in self.domains if any(x.lower() == s for x in d.services)]


@cache
def _raw() -> dict:
    with open(data_dir() / "domains.json", encoding="utf-8") as f:
        return json.load(f)["profiles"]


def profiles_with_domains() -> list[str]:
    return list(_raw())


@cache
def domain_map(profile: str) -> DomainMap:
    raw = _raw()
    if profile not in raw:
        raise StudyError(f"no exam domains for profile {profile!r}; "
                         f"choose one of {', '.join(raw)}")
    p = raw[profile]
    domains = tuple(Domain(d["name"], float(d["weight"]), tuple(d["services"]))
                    for d in p["domains"])
    return DomainMap(profile, domains, dict(p.get("subjects", {})), dict(p.get("kinds", {})))
