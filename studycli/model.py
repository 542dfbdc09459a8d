"""The domain: facts and comparisons taken from notes, with stable content-hash ids."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from functools import lru_cache

from studycli.digest import sha256
from studycli.frozen_init import quick_init
from studycli.kinds import ASKABLE_KINDS, KINDS, Kind  # noqa: F401  (re-exported)

QUALIFIERS = ("max", "min", "default", "range", "")


def stable_id(*parts: object) -> str:
    """A short content hash; ids never depend on row numbers or line numbers."""
    # Every part text, as the parser makes them: joined at once (an ingest hashes ~27,000 ids
    # a MB of notes). A StrEnum (Kind) joins as its value, the same text as str() gives.
    try:
        text = "\x1f".join(parts)  # type: ignore[arg-type]
    except TypeError:  # a part None or not text
        text = "\x1f".join("" if p is None else str(p) for p in parts)
    return sha256(text.encode("utf-8")).hexdigest()[:16]


@quick_init
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
        if type(self.kind) is not Kind:  # (a dict's look-up: the Enum call cost ~1 us a fact)
            object.__setattr__(self, "kind", _KIND_NAMED.get(self.kind) or Kind(self.kind))

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
_KIND_NAMED = {k.value: k for k in Kind}


@lru_cache(maxsize=1 << 18)
def _fact_id(fact: Fact) -> str:
    # An exam reads ids ~5,000 times, and the hash costs ~2 us each. Cached by the fact's
    # equality (all its fields), not stored on the instance: code that copies a fact through
    # its __dict__ or prints vars(fact) must not see an extra attribute. Room for every fact
    # of ~8 MB of dense notes (~27,000 facts a MB): a smaller cache evicts during an ingest,
    # which then hashes each id again for storing, cards and the currency check.
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
