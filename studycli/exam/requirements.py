"""Requirements a scenario question can be built on (data/categories.json scenario_categories).

A requirement is a situation with exactly one right service or feature among the members of
one category ("messages in order, processed exactly once" -> an SQS FIFO queue), the members
that clearly do not meet it (the only wrong options it may offer), the AWS page it was verified
against, and the note wording that supports it. The data decides what is true of AWS; the
notes decide what is asked: a requirement is asked only where a line of the student's notes
states it (matched by its `notes` patterns on a fact of one of its `services`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache


@dataclass(frozen=True)
class Member:
    """A service or feature a scenario may offer as an option."""

    key: str
    option: str       # the option text, as an exam shows it
    service: str      # the service the member belongs to (studycli.services canonical name)


@dataclass(frozen=True)
class Category:
    """Members one scenario question chooses among, and how it asks."""

    name: str
    question: str     # "Which Amazon SQS feature should be used?"
    members: dict[str, Member]
    # profile -> the exam-guide domain its questions count towards, where the category says
    # (a security service asked for by a note line the parser filed under S3 or under no
    # service still counts as security)
    domains: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Requirement:
    """A situation with one right member of its category (module docstring)."""

    id: str
    category: Category
    answer: Member
    wrong: tuple[Member, ...]
    stem: str
    services: tuple[str, ...]
    note_sources: tuple[str, ...]     # the `notes` patterns' text (compiled when first used)
    not_in_match_source: str | None   # words inside a match that rule it out
    not_in_line_source: str | None    # words anywhere on the line that rule it out
    url: str
    statement: str

    # Compiled on first use (~20 ms for the data file at once): a run reaches the patterns of
    # only the requirements whose services the notes have facts for.
    @cached_property
    def notes(self) -> tuple[re.Pattern, ...]:
        return tuple(re.compile(p, re.IGNORECASE) for p in self.note_sources)

    @cached_property
    def not_in_match(self) -> re.Pattern | None:
        src = self.not_in_match_source
        return re.compile(src, re.IGNORECASE) if src else None

    @cached_property
    def not_in_line(self) -> re.Pattern | None:
        src = self.not_in_line_source
        return re.compile(src, re.IGNORECASE) if src else None

    def supported_by(self, service: str, line: str) -> bool:
        """Whether a note line about `service` states this requirement."""
        return self.where_stated(service, line) is not None

    def where_stated(self, service: str, line: str) -> int | None:
        """Where on a note line about `service` the requirement is first stated (characters
        from the start of the line), or None when the line does not state it."""
        if ANY_SERVICE not in self.services and service not in self.services:
            return None
        # Kept per line: the facts of one line ask the same, and every exam basis drawn in
        # a process (the capacity draw, a test's many exams) reads the same lines again.
        held = _STATED.get(id(self))
        if held is None or held[0] is not self:
            held = _STATED[id(self)] = (self, {})
        known = held[1]
        found = known.get(line, _UNREAD)
        if found is _UNREAD:
            if len(known) >= _STATED_LINES:
                known.clear()  # a bound on memory: a huge note's lines are not all kept
            found = known[line] = self._where_in(_plain(line))
        return found  # type: ignore[return-value]

    def _where_in(self, text: str) -> int | None:
        """where_stated of a line already made plain (_plain)."""
        # One search per pattern: its first match is where finditer would start, so without
        # not_in_match the earliest of them is the answer (an alternation of all the patterns
        # cost more to compile and to scan, and finditer rescanned the line after it).
        firsts = [m.start() for pattern in self.notes if (m := pattern.search(text))]
        if not firsts:
            return None
        if self.not_in_line is not None and self.not_in_line.search(text):
            return None
        if self.not_in_match is None:
            return min(firsts)
        starts = [m.start() for pattern in self.notes for m in pattern.finditer(text)
                  if self.not_in_match is None or not self.not_in_match.search(m.group(0))]
        return min(starts) if starts else None


# where_stated's answers by requirement (held, so its id is not another's) and note line
_STATED: dict[int, tuple[Requirement, dict[str, int | None]]] = {}
_STATED_LINES = 50_000
_UNREAD = object()

# A requirement whose `services` is ["*"] is stated by a line about any service: its note
# patterns name the service they are about ("Macie = find PII in S3", which the parser files
# under S3, "Artifact = compliance reports" under none).
ANY_SERVICE = "*"


@lru_cache(maxsize=65536)
def _plain(line: str) -> str:
    # Markdown emphasis and HTML tags split words the patterns look for ("**FIFO**").
    return " ".join(re.sub(r"<[^>]+>|[`*_]", " ", line).split())


def _member(key: str, raw: dict) -> Member:
    return Member(key, raw["option"], raw["service"])


@lru_cache(maxsize=1)
def requirements() -> tuple[Requirement, ...]:
    """Every requirement in the data file's order (the order a seed draws them in)."""
    from studycli.questions.categories import categories as data

    block = data().get("scenario_categories", {})
    categories = {
        name: Category(name, c["question"],
                       {k: _member(k, m) for k, m in c["members"].items()},
                       dict(c.get("domains", {})))
        for name, c in block.get("categories", {}).items()}
    out = []
    for r in block.get("requirements", []):
        cat = categories[r["category"]]
        out.append(Requirement(
            id=r["id"], category=cat, answer=cat.members[r["answer"]],
            wrong=tuple(cat.members[k] for k in r["wrong"]), stem=r["stem"],
            services=tuple(r["services"]), note_sources=tuple(r["notes"]),
            not_in_match_source=r.get("not_in_match") or None,
            not_in_line_source=r.get("not_in_line") or None,
            url=r["url"], statement=r["statement"]))
    return tuple(out)
