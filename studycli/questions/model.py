"""The Question: what the quiz and the practice exam show, grade and explain."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass
class Question:
    """A question built from a fact, as the quiz and the exam ask it."""
    id: str
    card_id: str
    fact_id: str
    service: str
    kind: str           # the fact's kind: limit, default, range, error_code, invocation_mode, fact
    # recall, choice, default, range, code_to_meaning, meaning_to_code, invocation
    qtype: str
    stem: str
    options: list[str] = field(default_factory=list)   # [] for recall
    answers: list[int] = field(default_factory=list)   # 0-based indices into options
    multi: bool = False                                 # more than one option is right
    answer_text: str = ""                               # the answer as the note states it
    explanation: str = ""
    source: str = ""
    line: int = 0
    snippet: str = ""
    conflict: list[dict] = field(default_factory=list)  # other sides when notes disagree

    @property
    def is_recall(self) -> bool:
        return not self.options

    def grade(self, chosen: set[int]) -> bool:
        """Right when exactly the right options were chosen."""
        return chosen == set(self.answers)

    def to_dict(self) -> dict:
        return asdict(self)
