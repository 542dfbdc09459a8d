"""The domain: facts and comparisons taken from notes, with stable content-hash ids."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from functools import cached_property, lru_cache


class Kind(StrEnum):
    """What a fact states. A str enum: `fact.kind == "error_code"` keeps working, and a kind
    is stored, hashed and printed as its plain name."""

    LIMIT = "limit"
    DEFAULT = "default"
    RANGE = "range"
    ERROR_CODE = "error_code"
    INVOCATION_MODE = "invocation_mode"
    FACT = "fact"  # a plain statement: searchable, never asked

    @property
    def askable(self) -> bool:
        """Whether quiz cards and exam questions may be made from facts of this kind."""
        return _KIND_META[self][0]

    @property
    def card_types(self) -> tuple[str, ...]:
        """The card types a fact of this kind can get (questions/ decides per fact)."""
        return _KIND_META[self][1]

    @property
    def sort_order(self) -> int:
        """Order among equally good lookup answers: quantities first, statements last."""
        return _KIND_META[self][2]

    @property
    def cue_words(self) -> frozenset[str]:
        """Words in a question that ask for this kind ("how many", "error code")."""
        return _kind_cues().get(self.value, frozenset())


# kind: (askable, card types, sort order)
_KIND_META: dict[Kind, tuple[bool, tuple[str, ...], int]] = {
    Kind.LIMIT: (True, ("recall", "choice"), 0),
    Kind.DEFAULT: (True, ("recall", "default"), 1),
    Kind.RANGE: (True, ("recall", "range"), 2),
    Kind.ERROR_CODE: (True, ("code_to_meaning", "meaning_to_code"), 3),
    Kind.INVOCATION_MODE: (True, ("invocation",), 4),
    Kind.FACT: (False, (), 5),
}


class _Cues:
    @cached_property
    def kinds(self) -> dict[str, frozenset[str]]:
        # The lookup's own cue list (data/lookup_synonyms.json) is the one place they live.
        from studycli.paths import data_dir  # stdlib only, like this module

        try:
            raw = json.loads((data_dir() / "lookup_synonyms.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return {k: frozenset(v) for k, v in raw.get("kinds", {}).items()}


_CUES = _Cues()


def _kind_cues() -> dict[str, frozenset[str]]:
    return _CUES.kinds


KINDS = tuple(k.value for k in Kind)  # kept for modules that still spell kinds as strings
ASKABLE_KINDS = tuple(k.value for k in Kind if k.askable)
QUALIFIERS = ("max", "min", "default", "range", "")


def stable_id(*parts: object) -> str:
    """A short content hash; ids never depend on row numbers or line numbers."""
    text = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Fact:
    """One checkable statement taken from one line of one note."""

    service: str
    subject: str
    attribute: str
    kind: str
    qualifier: str
    value: str
    number: float | None = None
    unit: str = ""
    low: float | None = None
    high: float | None = None
    source: str = ""
    line: int = 0
    snippet: str = ""

    def __post_init__(self) -> None:
        # Every fact's kind is a Kind, whether built by the parser or loaded from the store;
        # an unknown kind is a bug, caught here rather than as a question nobody can answer.
        if type(self.kind) is not Kind:
            object.__setattr__(self, "kind", Kind(self.kind))

    @property
    def key(self) -> tuple[str, str, str, str]:
        """Facts with the same key and different values are a conflict."""
        return (
            self.service.lower(),
            self.subject.lower(),
            self.attribute.lower(),
            self.qualifier,
        )

    @property
    def id(self) -> str:
        # Source, key and value, not the line: editing elsewhere in a note keeps the id.
        return _fact_id(self)

    def to_dict(self) -> dict:
        d = {name: getattr(self, name) for name in _FACT_FIELDS}
        d["id"] = self.id
        return d


_FACT_FIELDS = tuple(Fact.__dataclass_fields__)


@lru_cache(maxsize=1 << 16)
def _fact_id(fact: Fact) -> str:
    # An exam reads ids ~5,000 times, and the hash costs ~2 us each. Cached by the fact's
    # equality (all its fields), not stored on the instance: code that copies a fact through
    # its __dict__ or prints vars(fact) must not see an extra attribute.
    return stable_id("fact", fact.source, *fact.key, fact.kind, fact.value.lower())


def card_id(fact_key: tuple[str, ...], card_type: str) -> str:
    """One card per fact key and card type, however many notes state the fact."""
    return stable_id("card", *fact_key, card_type)


@dataclass(frozen=True)
class Comparison:
    """One row of an "X vs Y" comparison: an aspect and each side's value."""

    left: str
    right: str
    aspect: str
    left_value: str
    right_value: str
    source: str = ""
    line: int = 0

    @property
    def id(self) -> str:
        return stable_id(
            "cmp", self.source, self.left.lower(), self.right.lower(), self.aspect.lower(),
            self.left_value.lower(), self.right_value.lower(),
        )

    def to_dict(self) -> dict:
        d = asdict(self)
        d["id"] = self.id
        return d


@dataclass
class Warning_:
    """A problem in a note that did not stop the ingest."""

    source: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        return f"{where}: {self.message}"


@dataclass
class ParsedNote:
    """What the parser makes of one note."""

    source: str
    facts: list[Fact] = field(default_factory=list)
    comparisons: list[Comparison] = field(default_factory=list)
    warnings: list[Warning_] = field(default_factory=list)
