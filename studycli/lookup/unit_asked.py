"""A measure asked by its unit: "how many seconds is the lambda default timeout", "cloudtrail
event history how many days", "snowball edge storage optimized how many TB", "1 rcu = how
many kb".

"How many" read alone asks a count, and a maximum: before this, "how many days does sqs keep
messages" asked a count of days (a duration's "14 days" was of another shape than asked) and
"how many seconds is the lambda default timeout" a maximum before the default typed. The
unit typed right after "how many" or "how much" says what is asked instead: a quantity of
the unit's dimension, no count of things, stated in a unit of that dimension, any of them
(the unit word typed is no word the line must say: "10,240 MB" answers "how many gb of
memory", "16 TiB" "how many tb", "1 or 3 yr term" "how many years"; where only the word
typed was wanted, each of those abstained; "1 RCU", which states no size, does not answer "1
rcu = how many kb"); and where the
query types a qualifier of its own ("default", "min"), that is the one asked, not the
maximum "how many" reads as. A unit
that counts things of its own (IOPS, ACU, vCPU: lexicon "count_units") is no such unit: "how
many iops" is a count of operations.

"How many times" counts occurrences ("2 times"), and what occurs: the word typed that the
lexicon reads as a count ("retry": retries, attempts). Counting only "times", "how many times
does lambda retry async events" ranked "2 retries" under lines saying "times" of nothing
counted.

A percent sign typed alone ("s3 standard-ia availability %", "business support % of monthly
spend") asks a share as "percent" does: dropped with the other signs, it asked nothing, and a
line of the class naming another of its figures ("min storage 30d") answered it. It is read
as the unit asked only, no topic word. A sign after a number ("5%") is that number's unit,
read with it. Stdlib only: the lookup fast path
imports it.
"""

from __future__ import annotations

from studycli.lazy_regex import lazy_compile
from studycli.lookup.per_service import TIME_UNIT_WORDS
from studycli.unit_spellings import DURATIONS, SIZES

TYPE_CHECKING = False  # (typing is not imported on the lookup fast path)
if TYPE_CHECKING:
    from typing import Any

    Cue = tuple[int, int, Any]  # a cue's span in the tokens and what it reads as

# Unit words a student types after "how many" / "how much", by the dimension they measure
# (the lexicon's dimension names: "s" a duration, "B" a size, "%" a share).
UNIT_DIMENSION = {
    **{w: "s" for w in TIME_UNIT_WORDS - {"s", "min"}},  # "how many s", "how many min":
    # too short to be read as units on their own ("min" also asks a minimum)
    **{w: "s" for w in ("day", "days", "week", "weeks", "month", "months", "year", "years",
                        "mins", "minute", "minutes")},
    **{w: "B" for w in ("kb", "mb", "gb", "tb", "pb", "kib", "mib", "gib", "tib", "pib",
                        "bytes", "kilobytes", "megabytes", "gigabytes", "terabytes")},
    **{w: "%" for w in ("percent", "percentage", "pct")},
}
_HOW_MUCH = frozenset({"many", "much"})


def unit_after_how(toks: list[str]) -> tuple[int, str] | None:
    """Where "how many"/"how much" is typed right before a unit word (the position of "how"),
    and the unit's dimension: "how many days" -> (i, "s"); None where no unit follows."""
    for i in range(len(toks) - 2):
        if toks[i] == "how" and toks[i + 1] in _HOW_MUCH and toks[i + 2] in UNIT_DIMENSION:
            return i, UNIT_DIMENSION[toks[i + 2]]
    return None


# Every spelling of a unit of each dimension, as notes write them (unit_spellings.py): what a
# line answering "how many gb" / "how many days" may state its figure in ("10240 MB", "16 TiB",
# "3 yr"). A share has no such words to require ("99.9%").
_SPELLINGS = {"s": frozenset(n for names, *_ in DURATIONS for n in names),
              "B": frozenset(n for names, *_ in SIZES for n in names)}


def units_asked(toks: list[str]) -> frozenset[str]:
    """The unit words a line may state the measure asked by its unit in: every unit of the
    dimension of the one typed after "how many"/"how much" ("how many gb": "kb", "mb", "gb",
    "tib", ...), none where no unit is typed or the unit is a share's."""
    found = unit_after_how(toks)
    return _SPELLINGS.get(found[1], frozenset()) if found else frozenset()


_TIMES = frozenset({"times", "time"})


def times_counted(toks: list[str]) -> set[int]:
    """Positions of a "times" typed right after "how many" ("how many times does lambda
    retry"): the unit of a count of occurrences."""
    return {i + 2 for i in range(len(toks) - 2)
            if toks[i] == "how" and toks[i + 1] == "many" and toks[i + 2] in _TIMES}



def without_count_of_unit(cues: list[Cue], toks: list[str]) -> list[Cue]:
    """The dimension cues (lexicon "dimensions" matched in `toks`) but the count "how many"
    reads as where a unit follows it: the unit's own cue says what is asked."""
    found = unit_after_how(toks)
    if not found:
        return cues
    return [c for c in cues if not (c[0] in (found[0], found[0] + 1) and "count" in c[2])]


def without_implied_max(cues: list[Cue], toks: list[str]) -> list[Cue]:
    """The qualifier cues matched in `toks` but the maximum "how many" reads as, where a unit
    follows it and the query types a qualifier of its own ("default", "min")."""
    found = unit_after_how(toks)
    if not found:
        return cues
    implied = [c for c in cues if c[0] in (found[0], found[0] + 1)]
    return [c for c in cues if c not in implied] or cues


_PERCENT_ALONE = lazy_compile(r"(?<![\d.,\s])\s*%|(?<=\s)%|^%")


def percent_spelled(text: str) -> tuple[str, int]:
    """`text` with each percent sign typed after no number as the word, and how many: "rds
    availability %" -> ("rds availability percent", 1); "5%" stays."""
    if "%" not in text:
        return text, 0
    return _PERCENT_ALONE.subn(" percent ", text)


def signs_at(toks: list[str], signs: int) -> set[int]:
    """Positions of the `signs` percent signs read as "percent" (the last such words): a
    unit asked, no word of the topic a line must say (a "%" figure said it, and "reserved
    instance convertible discount %" was answered by "Reserved ... up to 72% off", the
    variant and the discount unsaid)."""
    at = [i for i, t in enumerate(toks) if t == "percent"]
    return set(at[len(at) - signs:]) if signs else set()
