"""A constant's value as words (formats/code_constants.py): a literal as written in its name's
unit ("262_144" is 262144), arithmetic of numbers and unit constants as the figure it stands for
(`15 * MIN` is "15 min", `4 * 24 * 60 * 60  # 4 days` the comment's "4 days"), a string, a
boolean, a list; None for code."""

from __future__ import annotations

import re
from dataclasses import dataclass

from studycli.formats.keyvalues import words_of

# a constant named after a unit, how the others are written ("KiB = 1024", "MIN = 60"), and
# its size in bytes or seconds
UNIT_CONSTANTS = {
    "kb": ("KB", 1024), "kib": ("KiB", 1024), "mb": ("MB", 1024**2),
    "mib": ("MiB", 1024**2), "gb": ("GB", 1024**3), "gib": ("GiB", 1024**3),
    "tb": ("TB", 1024**4), "tib": ("TiB", 1024**4),
    "second": ("s", 1), "seconds": ("s", 1), "sec": ("s", 1),
    "min": ("min", 60), "minute": ("min", 60), "minutes": ("min", 60),
    "hour": ("h", 3600), "hours": ("h", 3600), "hr": ("h", 3600),
    "day": ("days", 86400), "days": ("days", 86400),
    "week": ("weeks", 604800), "millisecond": ("ms", 0.001),
}
# the size of a name's unit in bytes or seconds, to check a unit constant against it
_SIZES = {"bytes": 1, "KB": 1024, "KiB": 1024, "MB": 1024**2, "MiB": 1024**2, "GB": 1024**3,
          "GiB": 1024**3, "TB": 1024**4, "TiB": 1024**4, "ms": 0.001, "s": 1, "min": 60,
          "h": 3600, "days": 86400, "weeks": 604800}


_NUMBER = re.compile(r"^[+-]?(?:\d[\d_]*(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?"
                     r"(?:[lLfFdDmMuU]|_?[iu](?:8|16|32|64|size))?$")
_STRING = re.compile(r"""^(?:[rbuf]|@)?(['"`])(.*)\1$""", re.DOTALL)
_TOKENS = re.compile(r"\s*(\d[\d_]*(?:\.\d+)?(?:[eE][+-]?\d+)?|[A-Za-z_][\w.]*|\*\*|[-+*/()])")
_PAIR = re.compile(r"^\(\s*(\d[\d_]*(?:\.\d+)?)\s*,\s*(\d[\d_]*(?:\.\d+)?)\s*,?\s*\)$")
_LITERAL_WORDS = {"true": "true", "false": "false", "True": "true", "False": "false",
                  "None": "none", "null": "null", "nil": "nil"}


def _number_text(text: str) -> str:
    """A number literal as the digits it stands for: `262_144` -> 262144, `10000L` -> 10000."""
    text = re.sub(r"(?:[lLfFdDmMuU]|_?[iu](?:8|16|32|64|size))$", "", text).replace("_", "")
    return text


def _format(number: float) -> str:
    return str(int(number)) if float(number).is_integer() else f"{number:g}"


class _Arithmetic:
    """A value written as arithmetic of numbers and named constants (`15 * 60`, `256 * KiB`,
    `12 * HOUR`): its value, and the unit constant it multiplies, if any."""

    def __init__(self, text: str, known: dict[str, float]):
        self.tokens: list[str] = []
        pos = 0
        text = text.strip()
        while pos < len(text):
            m = _TOKENS.match(text, pos)
            if not m or not m.group(1):
                raise ValueError(text)
            self.tokens.append(m.group(1))
            pos = m.end()
            while pos < len(text) and text[pos].isspace():
                pos += 1
        self.known = known
        self.units: list[str] = []
        self.i = 0

    def value(self) -> float:
        result = self._sum()
        if self.i != len(self.tokens):
            raise ValueError("trailing")
        return result

    def _sum(self) -> float:
        result = self._product()
        while self.i < len(self.tokens) and self.tokens[self.i] in "+-":
            op = self.tokens[self.i]
            self.i += 1
            right = self._product()
            result = result + right if op == "+" else result - right
        return result

    def _product(self) -> float:
        result = self._power()
        while self.i < len(self.tokens) and self.tokens[self.i] in ("*", "/"):
            op = self.tokens[self.i]
            self.i += 1
            right = self._power()
            if op == "/" and right == 0:
                raise ValueError("division")
            result = result * right if op == "*" else result / right
        return result

    def _power(self) -> float:
        base = self._atom()
        if self.i < len(self.tokens) and self.tokens[self.i] == "**":
            self.i += 1
            exponent = self._atom()
            if abs(exponent) > 12:
                raise ValueError("power")
            return base ** exponent
        return base

    def _atom(self) -> float:
        if self.i >= len(self.tokens):
            raise ValueError("end")
        token = self.tokens[self.i]
        self.i += 1
        if token == "(":
            result = self._sum()
            if self.i >= len(self.tokens) or self.tokens[self.i] != ")":
                raise ValueError("paren")
            self.i += 1
            return result
        if token == "-":
            return -self._atom()
        if token[0].isdigit():
            return float(token.replace("_", ""))
        last = token.rsplit(".", 1)[-1]  # Go's time.Minute
        if token in self.known:
            if last.lower() in UNIT_CONSTANTS:
                self.units.append(last.lower())
            return self.known[token]
        if last.lower() in UNIT_CONSTANTS and "." in token:
            self.units.append(last.lower())
            return UNIT_CONSTANTS[last.lower()][1]
        raise ValueError(token)


def evaluate(text: str, known: dict[str, float]) -> tuple[float, list[str]] | None:
    """The number arithmetic of numbers and known constants stands for, and the unit
    constants it used; None for anything else (a call, a name not known)."""
    try:
        calc = _Arithmetic(text, known)
        return calc.value(), calc.units
    except (ValueError, OverflowError, IndexError):
        return None


def _said_quantity(comment: str, number: float, unit: str | None) -> str | None:
    """The comment's own figure for the value, where its first quantity states it ("12 hrs"
    for 43200 s, "4 KB" for 4096 bytes): the figure as the student wrote it."""
    from studycli.extract.quantities import find_quantities

    if not comment or (unit is not None and unit not in _SIZES):
        return None
    for q in find_quantities(comment)[:1]:
        # with no unit named, the value is in seconds or bytes if the comment says so
        # (`4 * 24 * 60 * 60  # 4 days`: "4 days", not "345600")
        canonical = number * (_SIZES[unit] if unit else 1)
        if q.number is not None and q.unit in ("B", "s") and abs(q.number - canonical) < 1e-6 \
                * max(1.0, canonical):
            return comment[q.start:q.end].strip()
    return None


# a comment that opens by naming the unit of the figure beside it (`3600  # seconds`,
# `4 * 1024  # bytes`, `1  # seconds. standard res = 60`): its unit word, then nothing or a
# stop (a letter alone, "# s", is too little to say it)
_COMMENT_UNIT = re.compile(r"^\s*(?:in\s+)?([A-Za-z]{2,})\s*(?:$|[.,;:(])")


def comment_unit(comment: str) -> str | None:
    """The unit a constant's comment names it in, where the comment opens with that unit
    alone ("seconds", "bytes", "in days."), else None: the name's own unit comes first."""
    from studycli.formats.keyvalues import KEY_UNITS

    found = _COMMENT_UNIT.match(comment) if comment else None
    return KEY_UNITS.get(found.group(1).lower()) if found else None


def size_of(unit: str) -> float | None:
    """A unit's size in bytes or seconds ("KB": 1024, "h": 3600); None for another unit."""
    return _SIZES.get(unit)


def without_unit_word(comment: str, unit: str | None) -> str:
    """A comment less its opening unit word where that is the value's unit, said on the value
    ("3600 s", not "3600 s (seconds)")."""
    found = _COMMENT_UNIT.match(comment) if comment and unit else None
    if found and comment_unit(comment) == unit:
        return comment[found.end(1):].lstrip(" .,;:").strip()
    return comment


@dataclass
class Value:
    """A constant's value as shown, and the unit it was given, if any."""

    text: str
    number: float | None = None  # what a numeric value stands for, in `unit`
    unit: str | None = None


# a duration made by its language's call, in the unit the call names: Java's
# `Duration.ofSeconds(300)`, C#'s `TimeSpan.FromHours(1)`, Rust's `Duration::from_secs(30)`,
# the CDK's `Duration.minutes(5)`, Kotlin's `30.seconds`, Python's `timedelta(days=4)`
_DURATION_UNITS = {"millis": "millisecond", "milliseconds": "millisecond", "ms": "millisecond",
                   "secs": "seconds", "seconds": "seconds", "minutes": "minutes",
                   "mins": "minutes", "hours": "hours", "days": "days", "weeks": "week"}
_DURATION_CALL = re.compile(
    r"^(?:[\w.]+[.:])?(?:Duration|TimeSpan|Period)(?:\.|::)(?:of|From|from_)?"
    r"(?P<unit>[A-Za-z]+)\s*\(\s*(?P<number>\d[\d_]*(?:\.\d+)?)[lLfFdD]?\s*\)$"
    r"|^(?P<kotlin>\d[\d_]*(?:\.\d+)?)\.(?P<kunit>[a-z]+)$"
    r"|^(?:datetime\.)?timedelta\(\s*(?P<punit>[a-z]+)\s*=\s*(?P<pnumber>\d[\d_]*(?:\.\d+)?)"
    r"\s*\)$")


def _duration(text: str, unit: str | None) -> Value | None:
    """A duration made by a call (_DURATION_CALL) as its figure in the unit the call names
    ("Duration.ofSeconds(300)" is "300 s"), its number in the name's unit where the name
    names one; None for anything else."""
    found = _DURATION_CALL.match(text)
    if not found:
        return None
    said = (found.group("unit") or found.group("kunit") or found.group("punit")).lower()
    key = _DURATION_UNITS.get(said)
    if key is None:
        return None
    written = _number_text(found.group("number") or found.group("kotlin")
                           or found.group("pnumber"))
    shown, size = UNIT_CONSTANTS[key]
    seconds = float(written) * size
    number = seconds / _SIZES[unit] if unit in _SIZES else seconds
    if float(written) == 1 and shown in ("days", "weeks"):
        shown = shown[:-1]  # "1 day"
    return Value(f"{written} {shown}", number, unit if unit in _SIZES else None)


def read_value(text: str, unit: str | None, known: dict[str, float],
               comment: str) -> Value | None:
    """A literal value as words: a number (in the name's unit), arithmetic (the unit
    constant it multiplies, else its value), a string, a boolean, a list; None for code."""
    text = text.strip().rstrip(";,").strip()
    if not text:
        return None
    unit = unit or comment_unit(comment)
    if _NUMBER.match(text):
        digits = _number_text(text)  # as written, in its name's unit: "4096 bytes"
        return Value(f"{digits} {unit}" if unit else digits, float(digits), unit)
    string = _STRING.match(text)
    if string:
        return Value(string.group(2).strip())
    if text in _LITERAL_WORDS:
        return Value(_LITERAL_WORDS[text])
    pair = _PAIR.match(text)
    if pair and unit:  # `(7, 30)` under `_days`: a range
        return Value(f"{_number_text(pair.group(1))}–{_number_text(pair.group(2))} {unit}")
    if text[0] + text[-1] in ("[]", "{}") or (text[0] == "(" and "," in text):
        return Value(words_of(text))
    duration = _duration(text, unit)
    if duration is not None:
        return duration
    found = evaluate(text, known)
    if found is None:
        return None
    number, units = found
    if len(units) == 1 and (unit is None or _consistent(units[0], known, unit)):
        shown, size = UNIT_CONSTANTS[units[0]]
        in_unit = number / size * (_SIZES.get(unit, 1) if unit else 1)
        return Value(f"{_format(in_unit)} {shown}", number, unit)
    said = _said_quantity(comment, number, unit)
    if said:
        return Value(said, number, unit)
    return Value(f"{_format(number)} {unit}" if unit else _format(number), number, unit)


def _consistent(constant: str, known: dict[str, float], unit: str) -> bool:
    """Whether a unit constant's value is that unit in the name's unit (`MIN = 60` under a
    name in seconds), so that `15 * MIN` is "15 min" of it."""
    _shown, size = UNIT_CONSTANTS[constant]
    if unit not in _SIZES:
        return False
    defined = next((v for k, v in known.items() if k.rsplit(".", 1)[-1].lower() == constant),
                   None)
    return defined is None or abs(defined * _SIZES[unit] - size) < 1e-9 * size
