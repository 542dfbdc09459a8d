"""An exam and its questions, as design.md's `--json` shape plus what review and storage need."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class ExamQuestion:
    """One question of an exam, as `exam --json` gives it (design.md)."""

    id: str
    service: str
    kind: str
    stem: str
    options: tuple[str, ...]
    answers: tuple[int, ...]       # 0-based indices into options
    multi: bool
    explanation: str
    source: str
    line: int
    snippet: str = ""              # the note's own line the answer comes from
    fact_ids: tuple[str, ...] = ()  # every fact the question asserts (for quiz --missed)
    qtype: str = ""
    subject: str = ""              # what it is about (exam/blueprint.py subject_of)
    domain: str | None = None      # the exam-guide domain it was drawn for
    style: str = "choice"          # recall | choice | scenario | multi

    @property
    def choose(self) -> int:
        return len(self.answers)

    def to_json(self) -> dict:
        return {"id": self.id, "service": self.service, "kind": self.kind, "stem": self.stem,
                "options": list(self.options), "answers": list(self.answers),
                "multi": self.multi, "explanation": self.explanation,
                "source": self.source, "line": self.line, "subject": self.subject,
                "domain": self.domain, "style": self.style, "fact_ids": list(self.fact_ids)}

    def is_right(self, chosen) -> bool:
        return set(chosen or ()) == set(self.answers)


@dataclass
class Exam:
    """A drawn exam: its profile, seed, time, pass mark and questions."""

    profile: str
    seed: int
    minutes: int
    pass_mark: int
    questions: list[ExamQuestion] = field(default_factory=list)
    title: str = ""
    scale: tuple[int, int] = (100, 1000)
    notes: list[str] = field(default_factory=list)  # where the notes could not fill the blueprint

    def to_json(self) -> dict:
        return {"profile": self.profile, "seed": self.seed,
                "questions": [q.to_json() for q in self.questions]}
