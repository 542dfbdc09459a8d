"""Questions from facts: the one question generator of studycli (quiz, practice exams, drills).

Stable API (other features import exactly these names):

    @dataclass
    class Question:
        id, card_id, fact_id, service, kind     # kind: the fact's kind
        qtype       # "recall", "choice" (limits), "default", "range", "code_to_meaning",
                    # "meaning_to_code", "invocation"
        stem        # the question text (plain text: render it with rich.text.Text)
        options     # option texts; [] for a recall question (self-graded)
        answers     # 0-based indices into options of the right ones
        multi       # True when more than one option is right (only for facts in conflict)
        answer_text # the answer as the notes state it (both sides when they disagree)
        explanation # one sentence naming the note line(s) the answer comes from
        source, line, snippet   # where the fact was read
        conflict    # other sides ({"value", "source", "line", "snippet"}) when notes disagree
        .grade(chosen: set[int]) -> bool ; .to_dict() -> dict

    class FactPool:                       # every fact loaded once, indexed for distractors
        FactPool.load(db) / FactPool.from_facts(facts)
        .first(key) -> Fact | None        # the fact a card of `key` is asked from
        .in_conflict(fact) -> bool

    card_types_for(fact) -> list[str]     # the card types (= qtypes asked) a fact gets
    build_question(fact, card_type, pool, rng: random.Random) -> Question | None

Behaviour worth knowing:
- A choice-type card whose fact has too few plausible distractors comes back as a recall
  question (options == []); callers that need options (exams) should skip those.
- Distractors: same unit family and similar magnitude, real values from the fact base first,
  then round neighbours (x2, /2, x4...); never equal to the answer or to another value stated
  for the same fact key; all options formatted alike (format_quantity).
- A fact whose notes disagree is asked with the conflict shown: the stem says so, every stated
  value is a right option (multi=True), `conflict` lists the other sides.
- kind="fact" statements (plain note sentences) make no card: they have no checkable answer.
- Error-code meanings are free text: several wordings of one code's meaning are not a conflict;
  the question uses this fact's wording and keeps every other wording out of the distractors.
- Same rng seed, same fact base -> same question (exams use this for --seed).
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from studycli.questions.build import INVOCATION_MODES, build_question, card_types_for
    from studycli.questions.model import Question
    from studycli.questions.pool import FactPool
    from studycli.questions.quantities import format_quantity, format_range

# The names above are loaded when first asked for (PEP 562), not when any module of the
# package is imported: the question generator imports the parser's quantity reader and the
# AWS reference's matcher (~1,100 patterns), and an ingest whose notes did not change only
# imports questions.unasked to find its kept result (it loaded all of it, a third of its time)
_WHERE = {"INVOCATION_MODES": "build", "build_question": "build", "card_types_for": "build",
          "Question": "model", "FactPool": "pool", "format_quantity": "quantities",
          "format_range": "quantities"}


def __getattr__(name: str):
    where = _WHERE.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f"{__name__}.{where}"), name)
    globals()[name] = value
    return value


__all__ = [
    "FactPool", "INVOCATION_MODES", "Question", "build_question", "card_types_for",
    "format_quantity", "format_range",
]
