"""A duration's options in the unit the note gives its figure in.

Options are formatted in the largest unit that divides them (questions/quantities.py): a note's
"max log retention 10 years" was asked with "3,653 days", "1,826 days", "5,480 days" and
"14,612 days", figures a student who wrote years has to convert, and a year is no unit that
formatting ever picks. Where the note states the asked figure in a unit (its number times the
unit's length gives the fact's number), every option is said in that unit, the right ones and
the wrong ones alike (so none stands out by its style); a wrong option the unit cannot say as
a whole number of it ("1.37 years") is not offered, and made-up neighbours are whole numbers
of it ("5 years", "20 years"). The words and the neighbours are questions/quantities.py's
(plural, whole_neighbours), as every other option's are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from studycli.questions.quantities import plural, whole_neighbours
from studycli.unit_spellings import DURATIONS

# How close a value must come to a whole number of the unit to be said in it: AWS counts
# leap days (CloudWatch Logs keeps "10 years" as 3,653 days, "5 years" as 1,827), a year here
# is 365 days, so 10.008 years is "10 years"; 1.37 years is no whole number of years.
_CLOSE = 0.002
# The units a note's figure is honoured in: the ones formatting never picks. Seconds to days
# are what formatting says already, and a note's "48 hours" shown as "2 days" is the same
# figure in the unit the question's other options use.
_HONOURED = frozenset({"week", "month", "year"})


@dataclass(frozen=True)
class SaidUnit:
    """A unit of time a note stated its figure in: its name (in the singular) and its length
    in seconds."""
    one: str
    seconds: float

    def whole(self, number: float) -> int | None:
        """`number` seconds as a whole number of this unit, or None where it is not one."""
        count = number / self.seconds
        near = round(count)
        if near < 1 or abs(count - near) > _CLOSE * max(1.0, count):
            return None
        return near

    def text(self, number: float) -> str | None:
        count = self.whole(number)
        if count is None:
            return None
        return plural(count, self.one)

    def neighbours(self, number: float) -> list[float]:
        """Whole numbers of the unit near `number` (in seconds), nearest in ratio first."""
        count = self.whole(number)
        if count is None:
            return []
        return [near * self.seconds for near in whole_neighbours(count)]


@cache
def _spellings() -> dict[str, SaidUnit]:
    out: dict[str, SaidUnit] = {}
    for names, one, _many, seconds in DURATIONS:
        if one in _HONOURED:  # (each written in the plural with an "s": "weeks", "years")
            unit = SaidUnit(one, seconds)
            out.update((name.lower(), unit) for name in names)
    return out


_FIGURE = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*([^\W\d_]+)")


def said_unit(value: str, number: float | None, unit: str) -> SaidUnit | None:
    """The unit of time `value` (a note's own value text) gives its figure in, where it is
    one formatting would not use and the figure is the fact's `number` seconds."""
    if unit != "s" or not number:
        return None
    spellings = _spellings()
    for m in _FIGURE.finditer(value):
        said = spellings.get(m.group(2).lower())
        if said is None:
            continue
        try:
            figure = float(m.group(1).replace(",", ""))
        except ValueError:
            continue
        if abs(figure * said.seconds - number) <= _CLOSE * number:
            return said
    return None
