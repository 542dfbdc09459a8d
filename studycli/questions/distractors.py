"""Wrong options that look right: same unit family, similar magnitude, real values first.

Never another true value of the same fact key (the caller passes those in `exclude`), never
equal to the answer once formatted, never two alike.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from studycli.model import Fact
from studycli.questions.pool import FactPool
from studycli.questions.quantities import (
    format_quantity,
    format_range,
    magnitude_distance,
    synthetic_neighbours,
)

# Real values more than this many powers of ten away look silly next to the answer.
MAX_DISTANCE = 1.5
NEAREST = 6  # sample among this many nearest real values, so questions vary between sessions


def _pick(candidates: list, texts_taken: set[str], fmt, k: int, rng: random.Random) -> list:
    nearest = candidates[: max(NEAREST, k)]
    rng.shuffle(nearest)
    out = []
    for c in nearest + candidates[len(nearest):]:
        text = fmt(c)
        if text.lower() in texts_taken:
            continue
        texts_taken.add(text.lower())
        out.append(c)
        if len(out) == k:
            break
    return out


def numbers(answer: float, unit: str, exclude: set[float], pool: FactPool, k: int,
            rng: random.Random, taken: set[str],
            candidates: list | None = None, measure: str | None = None,
            said=None) -> list[float]:
    """Up to k distractor numbers in `unit`; `taken` holds option texts already used.
    `candidates`: number_candidates(answer, unit, exclude, pool, measure), when the caller
    keeps them (its made-up neighbours are worked out into it on first need); `measure`: the
    asked fact's attribute, whose words a borrowed value's measure must share; `said`: the
    unit of time the note gives its figure in (questions/said_units.py), in which every
    option is then a whole number."""
    if said is not None:
        return _said_numbers(answer, exclude, k, rng, taken, candidates or number_candidates(
            answer, unit, exclude, pool, measure), said)

    def fmt(n: float) -> str:
        return format_quantity(n, unit)

    candidates = candidates or number_candidates(answer, unit, exclude, pool, measure)
    out = _apart(_pick(candidates[0], taken, fmt, k + 2, rng), answer, exclude, unit=unit)[:k]
    if len(out) < k:
        if candidates[1] is None:
            candidates[1] = _synthetic_numbers(answer, unit, exclude)
        out += _apart(_pick(candidates[1], taken, fmt, k + 2, rng), answer, exclude, out,
                      unit)[: k - len(out)]
    return out


def _said_numbers(answer: float, exclude: set[float], k: int, rng: random.Random,
                  taken: set[str], candidates: list, said) -> list[float]:
    """numbers() in the note's unit of time: the notes' own values that are whole numbers of
    it first, then whole-numbered neighbours of the answer; each option's text distinct."""
    def fmt(n: float) -> str:
        return said.text(n) or ""

    real = [n for n in candidates[0] if said.whole(n) is not None]
    out = _apart(_pick(real, taken, fmt, k + 2, rng), answer, exclude, unit="s")[:k]
    if len(out) < k:
        made = [n for n in said.neighbours(answer) if n not in exclude]
        out += _apart(_pick(made, taken, fmt, k + 2, rng), answer, exclude, out,
                      "s")[: k - len(out)]
    return out


def number_candidates(answer: float, unit: str, exclude: set[float], pool: FactPool,
                      measure: str | None = None) -> list:
    """numbers()'s seed-free part: [the notes' own values near the answer, nearest first;
    None, for the made-up neighbours, worked out only when the notes' values run short].
    Pure in its arguments and the pool. With `measure` (the asked fact's attribute), only the
    values of a measure that shares a word with it are borrowed: a number of one measure
    offered for another reads as planted (reviewers: Lambda's 1,769 MB of memory per vCPU as
    an S3 multipart part size, EventBridge's 185 retries as a BatchGetItem item count)."""
    style = _round(answer, unit)
    distance = _distance(unit)
    # A zero ("the default delay is 0 seconds") is set against small whole values of its
    # unit (5 seconds, 30 seconds), not against the notes' millisecond figures.
    near = answer if answer else 1.0
    values = pool.numbers.get(unit, []) if measure is None else _of_measure(
        pool.measured_numbers.get(unit, []), measure)
    real = [n for n in values
            if n not in exclude and distance(n, near) <= MAX_DISTANCE
            and _round(n, unit) == style and _same_grain(n, answer, unit)
            and _plausible_percentage(n, answer, unit)]
    real.sort(key=lambda n: (distance(n, near), n))
    return [real, None]


# Words that say nothing of what a number measures: a shared "max" or "number" makes no two
# measures alike.
_NOT_MEASURE = frozenset("a an the of per in for to on by at with and or max maximum min minimum "
                         "default limit limits quota quotas total value number count amount "
                         "allowed configurable setting hard soft level size sizes".split())


@lru_cache(maxsize=4096)
def measure_words(attribute: str) -> frozenset[str]:
    """The words that say what a number measures ("part size" -> {part}, "size" saying
    nothing; "items (per transaction)" -> {item, transaction}; "retries" -> {retry}),
    singular."""
    words = re.findall(r"[a-z0-9/]+", attribute.lower())
    from studycli.questions.attribution import _singular

    return frozenset(_singular(w) for w in words if w not in _NOT_MEASURE and not w.isdigit())


def _of_measure(measured: list, measure: str) -> list:
    """The values (numbers or ranges) of `measured`, (value, attribute) pairs, whose measure
    shares a word with `measure`; none when `measure` names nothing ("size" alone)."""
    mine = measure_words(measure)
    if not mine:
        return []
    return sorted({value for value, attribute in measured if mine & measure_words(attribute)})


def _plausible_percentage(n: float, answer: float, unit: str) -> bool:
    """A figure in nines (99.5% availability) is set against figures in nines: "50%" or
    "90%" beside "99.5%" stands out as wrong (reviewers: "50% availability")."""
    return unit != "%" or answer < 99 or n >= 99


def _same_grain(n: float, answer: float, unit: str) -> bool:
    """A setting given in whole seconds (0 s, 1 s, 30 s) is not offered "50 ms" beside it:
    sub-second options stand out as wrong. Sub-second answers keep sub-second options.
    A whole count is offered whole counts only: "1.6 IP addresses" or "4.3 targets" beside
    "5" makes no sense (blind reviewers, session 47)."""
    if unit == "count" and answer % 1 == 0 and n % 1 != 0:
        return False
    return unit != "s" or n >= 1 or (0 < answer < 1) or answer % 1 != 0


def _synthetic_numbers(answer: float, unit: str, exclude: set[float]) -> list[float]:
    style = _round(answer, unit)
    synth = synthetic_neighbours(answer, unit) if style else _plain_neighbours(answer, unit)
    return [n for n in synth if n not in exclude and _round(n, unit) == style
            and _same_grain(n, answer, unit) and _plausible_percentage(n, answer, unit)]


def _distance(unit: str):
    """Percentages are compared by their nines (the gap to 100%): 99.999999999% durability
    next to 99.9% availability figures is an answer that stands out, not a distractor."""
    if unit != "%":
        return magnitude_distance
    return lambda a, b: magnitude_distance(max(100 - a, 1e-12), max(100 - b, 1e-12))


# Options closer than this read as the same quantity ("1,000 KB" next to "1 MB"); 29 s and
# 30 s (3.4% apart) stay a fair pair.
MIN_APART = 0.03


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= MIN_APART * max(abs(a), abs(b))


def _apart(candidates: list[float], answer: float, exclude: set[float],
           chosen: list[float] | tuple[float, ...] = (), unit: str = "") -> list[float]:
    out: list[float] = []
    near = [answer, *exclude, *chosen]  # and each candidate kept so far (appended below)
    percent = unit == "%"
    for n in candidates:
        # Percentages near 100 differ in their nines: 99.99% and 99.999999999% are far apart.
        if all(not _close(n, m) or (percent and not _close(100 - n, 100 - m)) for m in near):
            out.append(n)
            near.append(n)
    return out


def _round(n: float, unit: str) -> bool:
    """False for a duration of two minutes or more that is not whole minutes: it shows as
    "4,000 seconds". Options share the answer's style, so "4,000 seconds" is never the odd
    one out among "1 hour" and "3 hours", nor the odd distractor next to "15 minutes"."""
    if unit == "s" and n >= 120 and n % 60:
        return False
    # "11.64 GB/s" (100 Gbps read as bytes): two decimals mark a converted, unround value.
    return unit not in ("B", "B/s") or re.search(r"\d\.\d\d", format_quantity(n, unit)) is None


def _plain_neighbours(number: float, unit: str) -> list[float]:
    """Neighbours of an answer written in plain seconds, kept in plain seconds (two
    significant digits: 4,000 s -> 8,000, 2,000, 16,000, 1,000 s)."""
    out: list[float] = []
    for factor in (2, 0.5, 4, 0.25, 1.5, 3, 10, 0.1):
        value = float(f"{number * factor:.2g}")
        if value > 0 and value != number and value not in out:
            out.append(value)
    return out


def ranges(answer: tuple[float, float], unit: str, exclude: set[tuple[float, float]],
           pool: FactPool, k: int, rng: random.Random, taken: set[str],
           candidates: tuple[list, list] | None = None,
           measure: str | None = None) -> list[tuple[float, float]]:
    """`candidates`: range_candidates(answer, unit, exclude, pool, measure), when the caller
    kept them."""
    def fmt(r: tuple[float, float]) -> str:
        return format_range(r[0], r[1], unit)

    real, synth = candidates or range_candidates(answer, unit, exclude, pool, measure)
    out = _pick(real, taken, fmt, k, rng)
    if len(out) < k:
        out += _pick(synth, taken, fmt, k - len(out), rng)
    return out


def range_candidates(answer: tuple[float, float], unit: str,
                     exclude: set[tuple[float, float]], pool: FactPool,
                     measure: str | None = None
                     ) -> tuple[list[tuple[float, float]], list[tuple[float, float]]]:
    """ranges()'s seed-free part: the notes' own ranges near the answer, nearest first, and
    made-up ones for when those run short. With `measure`, only ranges of a measure that
    shares a word with it ("128 MB to 10 GB", Lambda's memory, was offered as an S3 part
    size range)."""
    low, high = answer
    style = (_round(low, unit), _round(high, unit))
    spans = pool.ranges.get(unit, []) if measure is None else _of_measure(
        pool.measured_ranges.get(unit, []), measure)
    real = [r for r in spans
            if r not in exclude and r[1] > r[0] and magnitude_distance(r[1], high) <= MAX_DISTANCE
            and (_round(r[0], unit), _round(r[1], unit)) == style
            and not (r[1] == high and r[0] == 0 and low < high * 0.1)
            # "1 day to 3,650 days" beside AWS's "1 day to 3,653 days": the same range
            # rounded (a note's "10 years"), so no wrong option
            and not (_close(r[0], low) and _close(r[1], high))]
    real.sort(key=lambda r: (magnitude_distance(r[1], high), r))
    highs = synthetic_neighbours(high, unit) if style[1] else _plain_neighbours(high, unit)
    synth = [(low, h) for h in highs if h > low and _round(h, unit) == style[1]]
    if low >= high * 0.1:
        # "0 to 20 s" against "1 to 20 s" is defensible (the setting may accept 0): a
        # zero floor is a wrong option only when the true floor is far from zero.
        synth.insert(1, (0.0, high))
    synth = [r for r in synth if r not in exclude]
    return real, synth


def typical_ranges(answer: tuple[float, float], unit: str, exclude: set[tuple[float, float]],
                   pool: FactPool, k: int, rng: random.Random, taken: set[str],
                   own: list[tuple[float, float]],
                   tiers: Sequence[tuple[float, float]] = ()) -> list[tuple[float, float]]:
    """Wrong options for a typical range (questions/typical.py): `own`, the typical ranges the
    notes give for other cases of the measure (another retrieval tier), then `tiers`, those the
    AWS reference gives (entries marked typical), then the answer scaled as a whole, so each
    option is a range of the same shape ("45-75 minutes", "12-20 hours"): never the answer's
    low end with a made-up high end ("1 minute to 75 seconds"), nor a zero floor, which read
    as malformed beside a typical figure. No scaling by 60 or 24: "5-12 hours" beside the key
    "5-12 minutes" repeats its numbers in another unit and gives the key away; and an option
    worded unlike the key ("25 minutes to 1 hour" beside "5-12 hours") or spanning a far wider
    ratio ("3-240 GB") stands out as made up."""
    from studycli.questions.quantities import format_span

    low, high = answer
    key_shape = _span_shape(format_span(low, high, unit))
    key_ratio = high / low if low > 0 else 0.0

    def clean(r: tuple[float, float]) -> bool:
        text = format_span(r[0], r[1], unit)
        return (r[0] > 0 and r[1] > r[0] and "." not in text and "," not in text
                and r not in exclude and _span_shape(text) == key_shape
                and (key_ratio <= 0 or 1 / 4 <= (r[1] / r[0]) / key_ratio <= 4))

    # another real case however far off ("1-5 minutes" beside a bulk "5-12 hours"): AWS's own
    real = [r for r in dict.fromkeys(own) if clean(r)]
    rng.shuffle(real)
    from_reference = [r for r in dict.fromkeys(tiers) if clean(r) and r not in real]
    rng.shuffle(from_reference)
    scaled = [(low * f, high * f) for f in (1 / 12, 1 / 4, 4, 12, 1 / 3, 3)]
    near = [r for r in scaled if clean(r) and magnitude_distance(r[1], high) <= 2.0]
    out: list[tuple[float, float]] = []
    for r in real + from_reference + near:
        text = format_span(r[0], r[1], unit).lower()
        if len(out) < k and text not in taken:
            taken.add(text)
            out.append(r)
    return out


def _span_shape(text: str) -> bool:
    """How a span is worded: "3-5 hours" (one unit) or "12 minutes to 1 hour" (two)."""
    return " to " in text


def _norm(text: str) -> str:
    return " ".join(text.lower().split()).rstrip(".")


def meanings(fact: Fact, exclude: set[str], pool: FactPool, k: int, rng: random.Random,
             taken: set[str], candidates: list[Fact] | None = None,
             text: Callable[[Fact], str] | None = None,
             checked: Callable[[Fact], bool] | None = None) -> list[str]:
    """Meanings of other error codes, same service first. `candidates`:
    meaning_candidates(fact, exclude, pool), when the caller kept them; `text`: each chosen
    code's option text (its note's meaning when not given); `checked`: whether a code's
    meaning is in AWS's words: when given, only such meanings are offered."""
    others = list(candidates if candidates is not None
                  else meaning_candidates(fact, exclude, pool))
    rng.shuffle(others)
    # One wording per other code: two phrasings of 502 side by side would mark each other out.
    one_each = list({f.attribute.strip().lower(): f for f in others}.values())
    rng.shuffle(one_each)
    if checked is not None:
        # Only meanings in AWS's words: a note's (typos, "From API GW usually = ...") beside
        # clean options reads as a fragment, and no option should teach a note's wording.
        one_each = [f for f in one_each if checked(f)]
    one_each.sort(key=lambda f: f.service != fact.service)
    shown = text or (lambda f: f.value)
    # A meaning the student's own note gives the asked code ("502 = bad proxy response ... or
    # integration failure") is no wrong option, however another code's entry words it
    # ("Integration failure or integration timeout" for a 504): the explanation quoting the
    # note would call the option marked wrong right.
    said = _clauses_of(pool.all_values(fact) | {fact.value})
    if said:
        one_each = [f for f in one_each if not (_clauses_of({shown(f)}) & said)]
    # A meaning naming the asked condition in other words is right too: beside S3's 503 "Slow
    # Down: the request rate on a prefix is too high", a 429's "Throttled, the request
    # throughput limit was exceeded" offered as wrong (a reviewer's "ambiguous").
    asked = {fact.value, *pool.all_values(fact), *taken}
    one_each = [f for f in one_each if not any(same_condition(shown(f), a) for a in asked)]
    # Told apart by what the option shows: two codes whose meanings AWS words alike (a 503
    # "SlowDown" and its SlowDown exception) would offer the right meaning twice.
    chosen = _pick(one_each, taken, lambda f: _norm(shown(f)), k, rng)[:k]
    return [shown(f) for f in chosen]


def meaning_candidates(fact: Fact, exclude: set[str], pool: FactPool) -> list[Fact]:
    """meanings()' seed-free part: the other codes' facts whose meanings may be offered."""
    from studycli.questions.askable import sensible_meaning, status_class, success_code
    from studycli.questions.option_text import fragment_meaning, gives_advice
    from studycli.questions.stems import has_word

    # Only meanings that read as meanings (no table rows, no half sentences), and none that
    # names the code being asked.
    code = fact.attribute.strip().lower()
    # Another service's meaning of the same code is true too ("Bad Gateway" for a 502).
    mine = _content_words(fact.value)
    others = [f for f in pool.errors
              if f.key != fact.key and f.attribute.strip().lower() != code
              and not _says_the_same(mine, _content_words(f.value))
              and not same_class(code, f.attribute)
              and _comparable_codes(code, f.attribute)
              and _norm(f.value) not in exclude
              and sensible_meaning(f.value, f.attribute) and not fragment_meaning(f.value)
              and not gives_advice(f.value)
              and not status_class(f.attribute) and not success_code(f.attribute)
              and not has_word(f.value.lower(), code)]
    return others


_CLAUSE_SPLIT = re.compile(r"\s+(?:or|and)\s+|\s*[/,;()=]\s*|\s+[-\u2013\u2014]\s+")


def _clauses_of(meanings: set[str]) -> set[frozenset[str]]:
    """The clauses of meanings ("bad proxy response from lambda or integration failure" ->
    {bad proxy response lambda}, {integration failure}), as content words; one-word clauses
    ("timeout") say too little to match on."""
    out = set()
    for meaning in meanings:
        for part in _CLAUSE_SPLIT.split(meaning.lower()):
            words = _content_words(part)
            if len(words) >= 2:
                out.add(words)
    return out


_STOP = frozenset("a an the of to is are was be by or and in on for with from at it its this that "
                  "error exception code".split())


def _content_words(text: str) -> frozenset[str]:
    return frozenset(w.rstrip("s") for w in re.findall(r"[a-z]+", text.lower())
                     if w not in _STOP and len(w) > 1)


def _says_the_same(a: frozenset[str], b: frozenset[str]) -> bool:
    """"Too Many Requests" and "SlowDown = too many requests": one meaning's words all in the
    other's, so both would be right."""
    return bool(a) and bool(b) and (a <= b or b <= a)


def _comparable_codes(asked: str, other: str) -> bool:
    """A status code's meaning is set against other status codes' meanings, an exception's
    against other exceptions': "Encountered an internal error" (ServiceException, an HTTP
    500) is also true of "5xx", and "One of the parameters is invalid" of a 400."""
    return (_shape(asked) == "name") == (_shape(other) == "name")


def same_class(asked: str, other: str) -> bool:
    """504 and 5xx, 4xx and 403: the meaning of one is true of the other (a 504 is a server
    error; "Bad Request" is a 4xx), so neither is a wrong option for the other."""
    a, b = asked.strip().lower(), other.strip().lower()
    if not (re.fullmatch(r"\d(xx|\d\d)", a) and re.fullmatch(r"\d(xx|\d\d)", b)):
        return False
    return a[0] == b[0] and (a.endswith("xx") != b.endswith("xx"))


# Throttling, a condition AWS names in several words, by several codes: S3's 503 SlowDown, API
# Gateway's and Lambda's 429, DynamoDB's ProvisionedThroughputExceededException, KMS's
# ThrottlingException (CamelCase names too: TooManyRequestsException, RequestLimitExceeded).
# Two meanings naming it are both right for either code.
_THROTTLING = re.compile(r"throttl|\bslow\s*down\b|too\s*many\s*requests|\brequest\s*rate\b|"
                         r"\brate\s+(?:limit|exceeded)|\bthroughput\s+(?:limit|exceeded)|"
                         r"provisioned\s*throughput\s*exceeded|request\s*limit\s*exceeded|"
                         r"(?<!size\s)(?<!payload\s)\blimit\s+exceeded", re.IGNORECASE)
# (a size's "limit exceeded" is no throttling: "Request payload size limit exceeded" is 413's,
# and the 413 vs 429 contrast is a question worth asking: a last read)


def same_condition(a: str, b: str) -> bool:
    """Whether two meanings both name throttling (_THROTTLING), however worded."""
    return _THROTTLING.search(a) is not None and _THROTTLING.search(b) is not None


# Codes whose meanings share a vocabulary: with a meaning in it, the other code is a defensible
# answer too ("Access denied: ... expired token" is 403 in API Gateway's table, and 401 is
# what a Cognito or JWT authorizer returns for an expired token; a reviewer's "ambiguous").
_OVERLAPPING = (({"401", "403"}, re.compile(r"\btoken|\bauthori[sz]|\bauthenticat|\bcredential|"
                                           r"\bsignature|\bapi key", re.IGNORECASE)),)


def overlapping_codes(code: str, meaning: str) -> set[str]:
    """The codes never offered as wrong beside `code` asked with this meaning."""
    code = code.strip()
    return {c for codes_, words in _OVERLAPPING if code in codes_ and words.search(meaning)
            for c in codes_ if c != code}


# Error questions offer error classes only: 2xx and 3xx are not errors.
COMMON_CLASSES = ("4xx", "5xx")
COMMON_HTTP = ("400", "401", "403", "404", "409", "413", "429", "500", "502", "503", "504")


def _shape(code: str) -> str:
    code = code.strip().lower()
    if re.fullmatch(r"\d\d\d", code):
        return "http"
    if re.fullmatch(r"\dxx", code):
        return "class"
    return "name"


def codes(fact: Fact, exclude: set[str], pool: FactPool, k: int, rng: random.Random,
          taken: set[str], candidates: list[Fact] | None = None) -> list[str]:
    """Other error codes of the same shape (504 with 502, 4xx with 5xx, names with names),
    same service first. `candidates`: code_candidates(fact, exclude, pool), when kept."""
    shape = _shape(fact.attribute)
    others = list(candidates if candidates is not None else code_candidates(fact, exclude, pool))
    rng.shuffle(others)
    others.sort(key=lambda f: f.service != fact.service)
    out = _pick([f.attribute.strip() for f in others], taken, str.lower, k, rng)
    if len(out) < k and shape != "name":
        code = fact.attribute.strip().lower()
        synth = [c for c in (COMMON_HTTP if shape == "http" else COMMON_CLASSES)
                 if c not in exclude and c != code]
        if shape == "http":
            synth.sort(key=lambda c: (c[0] != code[0], abs(int(c) - int(code))))
        out += _pick(synth, taken, str.lower, k - len(out), rng)
    return out


def code_candidates(fact: Fact, exclude: set[str], pool: FactPool) -> list[Fact]:
    """codes()' seed-free part: the other codes' facts of the same shape that may be offered."""
    shape = _shape(fact.attribute)
    from studycli.questions.askable import askable

    return [f for f in pool.errors
            if f.key != fact.key and _shape(f.attribute) == shape
            and f.attribute.strip().lower() not in exclude and askable(f)
            and (shape != "class" or f.attribute.strip().lower() in COMMON_CLASSES)]
