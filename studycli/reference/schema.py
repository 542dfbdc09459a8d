"""Validation of data/reference/*.toml, one message per problem ("file: id: what is wrong").

Used by tests/test_reference_schema.py; stdlib only.
"""

from __future__ import annotations

import json
import re
import tomllib
from datetime import date
from pathlib import Path

from studycli.model import KINDS, QUALIFIERS, Kind
from studycli.paths import data_dir
from studycli.reference.plan_lines import SUPPORT

UNITS = ("s", "B", "B/s", "count", "per_s", "%", "")
# docs.amazonaws.cn serves the same AWS documentation (its en_us pages) from the China partition.
URL_PREFIXES = ("https://docs.aws.amazon.com/", "https://aws.amazon.com/",
                "https://docs.amazonaws.cn/", "https://github.com/awsdocs/")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MONTH_OR_DAY = re.compile(r"^\d{4}-\d{2}(?:-\d{2})?$")
_ID = re.compile(r"^[a-z0-9][a-z0-9._@/-]*$")
REQUIRED = ("id", "service", "attribute", "kind", "value", "statement", "url", "checked",
            "verified")


def _services() -> dict[str, set[str]]:
    raw = json.loads((data_dir() / "services.json").read_text(encoding="utf-8"))["services"]
    return {name: set(entry.get("subjects", {})) for name, entry in raw.items()}


def validate_directory(directory: Path, today: date | None = None) -> list[str]:
    """Every problem in every *.toml file of `directory`; ids must be unique across files."""
    problems: list[str] = []
    seen: dict[str, str] = {}
    services = _services()
    entries: dict[str, dict] = {}
    for path in sorted(directory.glob("*.toml")):
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            problems.append(f"{path.name}: not valid TOML ({exc})")
            continue
        unknown_tables = set(data) - {"entry"}
        if unknown_tables:
            problems.append(f"{path.name}: unexpected top-level keys {sorted(unknown_tables)}")
        for i, raw in enumerate(data.get("entry", [])):
            where = f"{path.name}: {raw.get('id') or f'entry #{i + 1}'}"
            problems += [f"{where}: {p}" for p in validate_entry(raw, services, today)]
            entry_id = raw.get("id")
            if entry_id in seen:
                problems.append(f"{where}: id also used in {seen[entry_id]}")
            elif entry_id:
                seen[entry_id] = path.name
                entries[entry_id] = raw
    return problems + _restated(entries)


# What an entry that restates another must state as that one does: the same fact, from the
# same page. A number (or range) stands for its value, whatever words the value adds.
_SAME = ("service", "url", "unit", "number", "low", "high")


def _restated(entries: dict[str, dict]) -> list[str]:
    """`restates`: the id of an entry, in any file, that states the same fact (_SAME, and the
    same value where neither has a number) and restates none itself."""
    out = []
    for entry_id, raw in entries.items():
        if not isinstance(raw.get("restates"), str):
            continue
        original = entries.get(raw["restates"])
        where = f"{entry_id}: restates {raw['restates']!r}"
        if original is None or original is raw:
            out.append(f"{where}, which is no other entry")
        elif "restates" in original:
            out.append(f"{where}, which restates another: name that one")
        elif any(raw.get(k) != original.get(k) for k in _SAME) or (
                raw.get("number") is None and raw.get("low") is None
                # a value missing is reported by validate_entry: not a KeyError here
                and str(raw.get("value", "")).lower() != str(original.get("value", "")).lower()):
            out.append(f"{where}, which states another fact (service, page, value)")
    return out


def validate_entry(raw: dict, services: dict[str, set[str]] | None = None,
                   today: date | None = None) -> list[str]:
    services = services if services is not None else _services()
    today = today or date.today()
    out = [f"missing '{k}'" for k in REQUIRED if k not in raw]
    if out:
        return out
    text_fields = ("id", "service", "subject", "attribute", "qualifier", "kind", "value",
                   "statement", "url", "checked", "changed", "exam_note", "unit",
                   "docs_disagree", "restates")
    out += [f"'{k}' must be a string" for k in text_fields
            if k in raw and not isinstance(raw[k], str)]
    if out:
        return out
    if not _ID.match(raw["id"]):
        out.append(f"id {raw['id']!r}: lower case, no spaces")
    out += _names(raw, services)
    kind, qualifier, unit = raw["kind"], raw.get("qualifier", ""), raw.get("unit", "")
    if kind not in KINDS:
        out.append(f"kind {kind!r} is not one of {', '.join(KINDS)}")
    if qualifier not in QUALIFIERS:
        out.append(f"qualifier {qualifier!r} is not one of max, min, default, range or ''")
    if unit not in UNITS:
        out.append(f"unit {unit!r} is not canonical (s, B, B/s, count, per_s, %)")
    if not raw["url"].lower().startswith(URL_PREFIXES):
        out.append("url must be an official AWS page (https://docs.aws.amazon.com/, "
                   "https://aws.amazon.com/, https://docs.amazonaws.cn/ or AWS's own "
                   "documentation source, https://github.com/awsdocs/)")
    if not isinstance(raw["verified"], bool):
        out.append("verified must be true or false")
    out += _flags(raw)
    if raw.get("docs_disagree") and not any(p in raw["docs_disagree"] for p in URL_PREFIXES):
        # the other page is named so that a reader can see the disagreement for themselves
        out.append("docs_disagree must cite the official page that gives the other value")
    out += _dates(raw, today)
    out += _numbers(raw, kind, qualifier, unit)
    out += _claims(raw)
    out += _claim_services(raw, services)
    out += _claim_services(raw, services, "claim_not_under")
    out += _claim_any_line(raw)
    out += _aliases(raw)
    if not raw["statement"].strip() or not raw["value"].strip():
        out.append("value and statement must not be empty")
    return out


def _flags(raw: dict) -> list[str]:
    out = []
    if not isinstance(raw.get("typical", False), bool):
        out.append("typical must be true or false")
    if not isinstance(raw.get("unchanged", False), bool):
        out.append("unchanged must be true or false")
    elif raw.get("unchanged") and (raw.get("previously") or raw.get("changed")):
        # the entry would say both that AWS changed the fact and that it never did
        out.append("unchanged contradicts previously/changed: AWS changed it or it did not")
    return out


def _dates(raw: dict, today: date) -> list[str]:
    out = []
    checked = raw["checked"]
    if not _DAY.match(checked):
        out.append(f"checked {checked!r} must be an ISO date YYYY-MM-DD")
    else:
        try:
            if date.fromisoformat(checked) > today:
                out.append(f"checked {checked} is in the future")
        except ValueError:
            out.append(f"checked {checked!r} is not a real date")
    changed = raw.get("changed")
    if changed is not None and not _MONTH_OR_DAY.match(changed):
        out.append(f"changed {changed!r} must be YYYY-MM or YYYY-MM-DD")
    elif changed is not None and changed > today.isoformat():
        # An announced change: notes are right until the day it takes effect, so the day
        # must be known, and so must what it ends (a note on the old side).
        if not _DAY.match(changed):
            out.append(f"changed {changed!r} is still to come: give the day it takes effect "
                       "(YYYY-MM-DD)")
        if not raw.get("previously"):
            out.append(f"changed {changed!r} is still to come: list what it ends in "
                       "'previously'")
    previously = raw.get("previously", [])
    if not isinstance(previously, list) or not all(isinstance(p, str) for p in previously):
        out.append("previously must be a list of strings")
    return out


def _names(raw: dict, services: dict[str, set[str]]) -> list[str]:
    """The service and subject are canonical names in data/services.json."""
    service, subject = raw["service"], raw.get("subject", "")
    if service == SUPPORT:
        # Read from the note text (plan_lines), never from a fact: claim entries alone.
        if subject or not (raw.get("supported_by") or raw.get("contradicted_by")):
            return [f"a {SUPPORT} entry is met only by plan lines: no subject, and claim "
                    "patterns (supported_by / contradicted_by)"]
        return []
    if service not in services:
        return [f"service {service!r} is not a canonical name in data/services.json"]
    if raw.get("kind") == Kind.INVOCATION_MODE:
        if subject not in services:
            return [f"an invocation mode's subject is the invoking service; {subject!r} is "
                    "not a canonical name in data/services.json"]
    elif subject and subject not in services[service]:
        return [f"subject {subject!r} is not a subject of {service} in data/services.json"]
    return []


def _is_num(v) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def _numbers(raw: dict, kind: str, qualifier: str, unit: str) -> list[str]:
    number, low, high = raw.get("number"), raw.get("low"), raw.get("high")
    out = [f"{name} must be a number"
           for name, v in (("number", number), ("low", low), ("high", high))
           if v is not None and not _is_num(v)]
    if out:
        return out
    out = _shape_rules(kind, qualifier, unit, number, low, high)
    if out or not unit:
        return out
    return _shown_agrees(raw, unit, number, low, high) + _previously_readable(raw, unit)


def _shape_rules(kind: str, qualifier: str, unit: str, number, low, high) -> list[str]:
    """Which of number/low/high/unit the entry's kind and qualifier call for."""
    out = []
    if kind == Kind.RANGE or qualifier == "range":
        if kind != Kind.RANGE or qualifier != "range":
            out.append("a range has kind = \"range\" and qualifier = \"range\"")
        if low is None or high is None:
            out.append("a range needs low and high")
        elif low > high:
            out.append("low is above high")
    elif kind == Kind.LIMIT and number is None:
        out.append("a limit needs a number")
    elif kind == Kind.DEFAULT and number is None and unit:
        out.append("a default with a unit needs a number")
    if (number is not None or high is not None) and not unit:
        out.append("a number needs a unit (s, B, B/s, count, per_s, %)")
    return out


def _shown_agrees(raw: dict, unit: str, number, low, high) -> list[str]:
    """The display value and the canonical number must say the same thing (catches MB vs MiB
    slips and numbers typed in the wrong unit)."""
    from studycli.reference.values import close, parse_value

    out: list[str] = []
    shown = parse_value(raw["value"], unit) if _starts_with_quantity(raw["value"]) else None
    if shown is None or shown.unit != unit:
        return out
    if number is not None and shown.number is not None and not close(shown.number, number, unit):
        out.append(f"value {raw['value']!r} reads as {shown.number:g} {unit}, "
                   f"number says {number:g}")
    if high is not None and shown.high is not None and not (
            close(shown.low, low, unit) and close(shown.high, high, unit)):
        out.append(f"value {raw['value']!r} reads as {shown.low:g}–{shown.high:g} {unit}, "
                   f"low/high say {low:g}–{high:g}")
    return out


def _previously_readable(raw: dict, unit: str) -> list[str]:
    from studycli.reference.values import parse_value

    out = []
    for old in raw.get("previously", []) if isinstance(raw.get("previously"), list) else []:
        p = parse_value(str(old), unit)
        if p is None or (p.unit and p.unit != unit):
            out.append(f"previously {old!r} cannot be read as a value in {unit}")
    return out


def _starts_with_quantity(value: str) -> bool:
    """Only a value that opens with its quantity is checked ("6 (1 primary + up to 5
    replicas)" opens with a bare 6, which says nothing about the 5 further on)."""
    from studycli.extract.quantities import find_quantities

    found = find_quantities(value)
    return (bool(found) and found[0].start == 0
            or bool(re.match(r"^\s*\d[\d,.]*\s*(?:[-–]\s*\d[\d,.]*)?\s*$", value)))


# Keys the parser writes that mean several quantities, so no entry or alias may answer them:
# STS "session duration" is AssumeRole's (1 h default, up to 12 h), GetSessionToken's (12 h
# default, up to 36 h) or role chaining's (1 h); a Kinesis "throughput" mixes the 1 MB/s write
# and 2 MB/s read limits of a shard; an IAM "policy size" is 2,048 characters inline for a user,
# 5,120 for a group, 10,240 for a role, or 6,144 for a managed policy.
AMBIGUOUS_KEYS = frozenset({
    ("IAM", "", "policy size"),
    ("STS", "", "session duration"),
    ("IAM", "", "session duration"),
    ("Kinesis Data Streams", "", "throughput"),
    ("Kinesis Data Streams", "shard", "throughput"),
    # 300 messages/s without batching, 3,000 with, up to 70,000 in high-throughput mode
    ("SQS", "FIFO queue", "throughput"),
    ("SQS", "FIFO queue", "msg per second"),
    # a Standard workflow runs up to a year, an Express one five minutes
    ("Step Functions", "", "duration"),
    # a shard's 1 MB/s, an on-demand stream's 4 MB/s to start
    ("Kinesis Data Streams", "", "write throughput"),
    # presigned URL expiry and lifecycle expiration are both read as an S3 "TTL"
    ("S3", "", "TTL"),
})


def _aliases(raw: dict) -> list[str]:
    """`aliases`: attribute phrases (strings) or {subject, attribute} tables, each a key other
    than the entry's own, none of them a key that means several quantities."""
    aliases = raw.get("aliases", [])
    if not isinstance(aliases, list):
        return ["aliases must be a list of attribute phrases or {subject, attribute} tables"]
    out = []
    subject, attribute = raw.get("subject", ""), raw["attribute"]
    own = (subject.strip().lower(), attribute.strip().lower())
    keys = [(subject, attribute)]
    for item in aliases:
        if isinstance(item, str):
            key = (subject, item)
        elif isinstance(item, dict) and set(item) <= {"subject", "attribute"} and item and \
                all(isinstance(v, str) for v in item.values()):
            key = (item.get("subject", subject), item.get("attribute", attribute))
        else:
            out.append(f"alias {item!r} must be a phrase or a {{subject, attribute}} table")
            continue
        if not key[1].strip():
            out.append(f"alias {item!r} has an empty attribute")
        elif (key[0].strip().lower(), key[1].strip().lower()) == own:
            out.append(f"alias {item!r} is the entry's own key")
        elif (key[0].strip().lower(), key[1].strip().lower()) in \
                {(k[0].lower(), k[1].lower()) for k in keys[1:]}:
            out.append(f"alias {item!r} is listed twice")
        keys.append(key)
    ambiguous = {(s.lower(), sub.lower(), a.lower()) for s, sub, a in AMBIGUOUS_KEYS}
    for sub, attr in keys:
        if (raw["service"].lower(), sub.strip().lower(), attr.strip().lower()) in ambiguous:
            out.append(f"{raw['service']} {sub!r} {attr!r} means several quantities; "
                       "no entry or alias may answer it")
    return out


def _claim_services(raw: dict, services: dict[str, set[str]],
                    key: str = "claim_services") -> list[str]:
    """`claim_services`: other canonical services whose lines the entry's claim patterns are
    also tried on; `claim_not_under`: services whose sections' bare lines they are not tried
    on (line_claims._about_other_services). Only an entry with patterns has any use for
    either."""
    listed = raw.get(key)
    if listed is None:
        return []
    if not isinstance(listed, list) or not all(isinstance(s, str) for s in listed):
        return [f"{key} must be a list of service names"]
    out = [f"{key}: {s!r} is not a canonical name in data/services.json"
           for s in listed if s not in services]
    if not (raw.get("supported_by") or raw.get("contradicted_by")):
        out.append(f"{key} without supported_by or contradicted_by patterns")
    return out


def _claim_any_line(raw: dict) -> list[str]:
    """`claim_any_line = true`: the patterns are tried on every note line, so they must exist
    and name what they are about themselves."""
    if "claim_any_line" not in raw:
        return _claim_heading(raw) + _claim_names(raw)
    if not isinstance(raw["claim_any_line"], bool):
        return ["claim_any_line must be true or false"]
    if raw["claim_any_line"] and not (raw.get("supported_by") or raw.get("contradicted_by")):
        return ["claim_any_line without supported_by or contradicted_by patterns"]
    return _claim_heading(raw) + _claim_names(raw)


def _claim_heading(raw: dict) -> list[str]:
    """`claim_heading`: a pattern for the heading a bare line is read under, on an any-line
    entry only (no other entry reads lines apart from their facts)."""
    if "claim_heading" not in raw:
        return []
    heading = raw["claim_heading"]
    if not isinstance(heading, str) or not heading or not raw.get("claim_any_line"):
        return ["claim_heading must be a pattern, on a claim_any_line entry"]
    try:
        re.compile(heading)
    except re.error as err:
        return [f"claim_heading does not compile: {err}"]
    return []


def _claim_names(raw: dict) -> list[str]:
    """`claim_names`: patterns naming an any-line entry's own topic where no service in
    data/services.json does (line_claims._about_other_services)."""
    if "claim_names" not in raw:
        return []
    names = raw["claim_names"]
    if not isinstance(names, list) or not names or not raw.get("claim_any_line") \
            or not all(isinstance(n, str) and n for n in names):
        return ["claim_names must be a list of patterns, on a claim_any_line entry"]
    out: list[str] = []
    for n in names:
        pattern = _line_pattern("claim_names", n, out)
        if pattern is None:
            continue
        if common := [w for w in _COMMON_WORDS if pattern.search(w)]:
            # a line naming the topic is the entry's whatever services it names: a bare common
            # noun ("region") would make every EKS or MSK line saying "in the region" its own
            out.append(f"claim_names pattern {n!r} matches the common word {common[0]!r} alone")
    return out


# Words nearly every infrastructure line holds: no claim_names pattern may match one alone.
_COMMON_WORDS = ("region", "regions", "zone", "zones", "az", "azs", "availability zone",
                 "account", "instance", "instances", "service", "cluster", "bucket", "key",
                 "limit", "max", "storage", "network", "origin", "store")


def _claims(raw: dict) -> list[str]:
    out = []
    for name in ("supported_by", "contradicted_by"):
        patterns = raw.get(name, [])
        if not isinstance(patterns, list) or not all(isinstance(p, str) for p in patterns):
            out.append(f"{name} must be a list of strings")
            continue
        for p in patterns:
            _line_pattern(name, p, out)
    return out


def _line_pattern(field: str, pattern: str, problems: list[str]) -> re.Pattern | None:
    """`pattern` compiled as line patterns are read (ignoring case), or None, with what is
    wrong with it added to `problems`: it does not compile, or it matches an empty line
    (and so every line)."""
    try:
        rx = re.compile(pattern, re.IGNORECASE)
    except re.error as exc:
        problems.append(f"{field} pattern {pattern!r} does not compile ({exc})")
        return None
    if rx.search(""):
        problems.append(f"{field} pattern {pattern!r} matches an empty line")
        return None
    return rx
