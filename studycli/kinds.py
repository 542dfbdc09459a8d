"""Fact kinds: what a fact states, with what the rest of the program reads off a kind.

Its own module, stdlib only and without dataclasses, so that the lookup fast path can name
kinds without importing the domain's dataclasses (studycli.model re-exports all of it).
"""

from __future__ import annotations

from enum import StrEnum
from functools import cached_property


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
        from studycli.paths import load_json  # stdlib only, like this module

        try:
            raw = load_json("lookup_synonyms.json")
        except (OSError, ValueError):
            return {}
        return {k: frozenset(v) for k, v in raw.get("kinds", {}).items()}


_CUES = _Cues()


def _kind_cues() -> dict[str, frozenset[str]]:
    return _CUES.kinds


KINDS = tuple(k.value for k in Kind)  # kept for modules that still spell kinds as strings
ASKABLE_KINDS = tuple(k.value for k in Kind if k.askable)
