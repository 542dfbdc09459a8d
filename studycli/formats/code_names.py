"""The words and the unit a constant's name says (formats/code_constants.py):
`SQS_MAX_MESSAGE_BYTES` is "SQS max message" in bytes, `KDS_SHARD_WRITE_MB_S` a rate in
MB/s, `albIdleTimeoutDefaultS` "alb idle timeout default" in seconds; every unit from
keyvalues' one table (KEY_UNITS)."""

from __future__ import annotations

import re

from studycli.formats.keyvalues import BINARY_UNIT, COUNTED, KEY_UNITS

# a unit an identifier's word names -> the unit said after the number: keyvalues' one table
_UNITS = KEY_UNITS
# a time unit after a size or a count: a rate ("KDS_SHARD_WRITE_MB_S": MB/s)
_PER_TIME = {"s": "s", "sec": "s", "min": "min", "h": "h", "ms": "ms"}
# the time unit said after "per" ("_PER_SEC", "PerSecond")
_PER_WHOLE = {**_PER_TIME, "second": "s", "seconds": "s", "minute": "min", "hour": "h"}
# what a rate counts ("_RECORDS_S": records/s)
_COUNTED = {**{w: w for w in COUNTED}, "req": "requests", "msgs": "messages",
            "tx": "transactions", "ops": "operations"}
QUALIFIERS = {"max", "min", "default", "limit", "maximum", "minimum", "quota"}
# a time after a size is a unit of the two (GB-seconds), not a duration
_TIMES = {"ms", "s", "min", "h", "days", "weeks", "months", "years"}
_SIZE_UNITS = {"bytes", "KB", "KiB", "MB", "MiB", "GB", "GiB", "TB", "TiB"}
# words of a measure of time: seconds after them are a duration, never a rate
_TIME_MEASURES = frozenset({"timeout", "delay", "visibility", "retention", "ttl", "duration",
                            "interval", "period", "window", "wait", "age", "lifetime",
                            "session", "expiry", "expiration", "cooldown", "backoff",
                            "latency", "runtime", "polling", "frequency"})
# words of a recurring period that has no minimum of its own: a "MIN" after them is minutes
# (`EC2_BASIC_MONITORING_MIN = 5`, basic monitoring's 5-minute period). An interval or a
# period has one (`ALB_HEALTH_CHECK_INTERVAL_MIN = 5`: 5 s at the least), so stays a bound.
_PERIODS = frozenset({"monitoring", "granularity", "cadence"})

_RATE_WORD = re.compile(r"([KMGT]i?B)(?:ps|s)(?![a-z])")
_HUMP = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def identifier_words(name: str) -> list[str]:
    """`SQS_MAX_MESSAGE_BYTES` -> SQS max message bytes, `EBSgp3MaxIOPS` -> EBS gp3 max IOPS,
    `albIdleTimeoutDefaultS` -> alb idle timeout default S: a service's name and an acronym
    kept as written, other words lower case."""
    from studycli.services import catalog

    if name.lower() in catalog().service_aliases:
        return [name]  # a service's name as one word ("DynamoDB", "CloudFront"): as written
    words: list[str] = []
    for chunk in name.strip("_").split("_"):
        # "EBSgp3": a run of capitals before a variant's code is a name whole; "MBs", "MBps"
        # a rate whole
        chunk = re.sub(r"([A-Z]{2,})(?=[a-z]+\d)", r"\1_", chunk)
        chunk = _RATE_WORD.sub(r"_\1ps_", chunk)
        words.extend(p for part in chunk.split("_")
                     for p in ([part] if _RATE_WORD.fullmatch(part) else _humps(part)) if p)
    screaming = name.upper() == name
    return [_cased(w, screaming) for w in words]


def _humps(part: str) -> list[str]:
    """A camelCase part's words, a binary unit whole as keyvalues.key_words keeps it
    ("maxMemoryGiB": max, Memory, GiB; not "Gi", "B")."""
    return BINARY_UNIT.sub(r"\1B", " ".join(_HUMP.split(part))).split(" ")


def _cased(word: str, screaming: bool) -> str:
    from studycli.services import catalog

    if _RATE_WORD.fullmatch(word) or re.fullmatch(r"[KMGTP]iB", word):
        return word  # "MBps" megabytes, "Mbps" megabits, "GiB": its case says which
    if len(word) > 1 and word.isupper() and (not screaming or word.lower()
                                              in catalog().service_aliases):
        return word
    return word.lower() if word[:1].isupper() or screaming else word


def name_and_unit(words: list[str]) -> tuple[list[str], str | None]:
    """The words a constant's name says less the unit its number is in, and that unit
    (`_by_last_words`), a ratio's whole (`_ratio`)."""
    return _ratio(words) or _per_scope_rate(words) or _by_last_words(words)


def _per_scope_rate(words: list[str]) -> tuple[list[str], str | None] | None:
    """Seconds after "per <scope>" (`S3_GET_PER_PREFIX_S`): per prefix per second, a rate.
    Read as the unit alone it was "5500 s", a duration. A name measuring a time before "per"
    (`SQS_DELAY_PER_MESSAGE_S`, `LAMBDA_TIMEOUT_PER_INVOCATION_S`) is that duration's
    seconds, per its scope."""
    lowered = [w.lower() for w in words]
    if len(words) >= 4 and lowered[-1] in ("s", "sec") and "per" in lowered[1:-2] \
            and lowered[-2] not in _UNITS and lowered[-2] not in _COUNTED \
            and not _TIME_MEASURES.intersection(lowered[:lowered.index("per", 1)]):
        return words[:-1], "per second"
    return None


def _by_last_words(words: list[str]) -> tuple[list[str], str | None]:
    """The words a constant's name says less the unit its number is in, and that unit: the last
    word (`... message bytes`), one before a trailing qualifier (`retention days max`) or
    before "per <scope>" (`... MB S per consumer`: MB/s), a size or a count before a time
    unit a rate (`shard write MB S`); (words, None) when the name names no unit."""
    rate = _RATE_WORD.fullmatch(words[-1]) if words else None
    if rate:  # "baseline MBs": megabytes a second
        return words[:-1], rate.group(1) + "/s"
    lowered = [w.lower() for w in words]
    if len(words) >= 3 and lowered[-2] == "per" and lowered[-1] in _PER_WHOLE:
        # "... RECORDS_PER_SEC": a rate; "... REQUESTS_PER_SECOND" when the word before "per"
        # counts nothing known stays said whole, never read as a duration
        counted = lowered[-3]
        what = _COUNTED.get(counted) or _UNITS.get(counted)
        if what is None or what in _PER_WHOLE.values():
            return words, None
        return words[:-3], f"{what}/{_PER_WHOLE[lowered[-1]]}"
    tail = len(words)
    if "per" in lowered[1:] and lowered[-1] not in _PER_TIME:
        tail = lowered.index("per", 1)  # "per consumer" stays said
    if tail >= 2 and lowered[tail - 1] in QUALIFIERS and lowered[tail - 2] in _UNITS:
        words = [*words[:tail - 2], words[tail - 1], *words[tail:]]
        return words, _UNITS[lowered[tail - 2]]
    if tail < 2:
        return words, None
    last = lowered[tail - 1]
    if last in _PER_TIME and tail >= 3 and (lowered[tail - 2] in _UNITS
                                            or lowered[tail - 2] in _COUNTED):
        counted = lowered[tail - 2]
        what = _COUNTED.get(counted) or _UNITS[counted]
        return [*words[:tail - 2], *words[tail:]], f"{what}/{_PER_TIME[last]}"
    if last == "min":  # minutes only after another bound: "ttl default min", "max duration min",
        # or after a period's word that has no minimum: "basic monitoring min"
        if any(w in QUALIFIERS - {"min"} for w in lowered[:tail - 1]) \
                or lowered[tail - 2] in _PERIODS:
            return [*words[:tail - 1], *words[tail:]], "min"
        return words, None
    unit = _UNITS.get(last)
    if unit is None:
        return words, None
    if unit in _TIMES and _UNITS.get(lowered[tail - 2]) in _SIZE_UNITS:
        # "lambdaGbSecondsPerMonth": GB-seconds, one unit of two, no duration of 400000 s
        return words, None
    # ("... max IOPS" moves its count's unit onto the number as "... max_kb" does: "max:
    # 16000 IOPS", the rule of a settings file's key too)
    return [*words[:tail - 1], *words[tail:]], unit


def _ratio(words: list[str]) -> tuple[list[str], str | None] | None:
    """A unit per a unit of size at the name's end (`EBS_GP2_IOPS_PER_GB`,
    `ebsGp2IopsPerGiB`): the figure is a ratio, "3 IOPS per GB", said whole on the number.
    Read by the unit alone ("gp2 per gb: 3 IOPS"), a volume's 3 IOPS was gp2's IOPS, and
    answered "gp2 max iops"."""
    lowered = [w.lower() for w in words]
    if len(words) < 4 or lowered[-2] != "per" or lowered[-3] not in _UNITS:
        return None
    per = _UNITS.get(lowered[-1])
    if per not in _SIZE_UNITS:
        return None
    return words[:-3], f"{_UNITS[lowered[-3]]} per {per}"
