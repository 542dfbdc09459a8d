"""Notes kept as key-value files (YAML, INI, a Python module of dicts), line for line as markdown:
the rules that make a key and its value words, and INI and Python read by them (YAML's walk
over nested maps and lists: formats/yaml_notes.py).

A student who keeps a "quota cheat file" writes `timeout: 15m  # default 3s` under `lambda:`, or
`'item_size_max_kb': 400,` in a dict named after the service, or `[RDS]` then
`backup_retention = 0 to 35 days`. Read as markdown, `# comment` became a heading, the section a
key sits under was lost (S3's `object_max` filed under the SNS above it), `item_size_max_kb: 400`
lost its unit and `env_vars_total` was no attribute. Here a key with nothing after it (a YAML
mapping, an INI `[section]`, a Python `NAME = {`) becomes a heading, `key: value  # comment`
the item `- key words: value (comment)`, a unit the key ends in (`_kb`, `_ms`, `_days`) moves
onto its number, `{default: 4 days, max: 14 days}` and `[a, b]` read as words, and comments
and docstrings as the prose they are.

A file that is machine configuration kept beside the notes - a CloudFormation or SAM template,
a Kubernetes manifest, a buildspec, a Lambda handler's source - states settings someone chose
(`Timeout: 30`), not limits or defaults: only its comments and docstrings are read, a comment
beside a setting as about that setting (formats/infra_templates.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from studycli.services import catalog, find_services

# A unit a key ends in ("item_size_max_kb") -> the unit its number is in. No "min": a key that
# ends in it ("memory_min", "batch_size_min") is a minimum far more often than minutes, and
# left in the key's words it is the qualifier; only after a qualifier ("ttl_default_min",
# "timeout_max_min") is it minutes. "mbps" is megabits, not megabytes (a camelCase key's case
# says which: _CASED_RATES).
KEY_UNITS = {
    "b": "bytes", "bytes": "bytes", "kb": "KB", "kib": "KiB", "mb": "MB", "mib": "MiB",
    "gb": "GB", "gib": "GiB", "tb": "TB", "tib": "TiB", "ms": "ms", "s": "s", "sec": "s",
    "secs": "s", "seconds": "s", "mins": "min", "minutes": "min", "h": "h",
    "hr": "h", "hrs": "h", "hours": "h", "d": "days", "days": "days", "weeks": "weeks",
    "months": "months", "years": "years", "yrs": "years", "pct": "%", "percent": "%",
    "rps": "requests/s", "tps": "transactions/s", "iops": "IOPS", "mbps": "Mbps",
    "gbps": "Gbps", "byte": "bytes", "millis": "ms", "chars": "characters",
}
# (the one table of units a name ends in, for every reader of names: formats/code_names.py)
# a rate unit whose case says bits or bytes, as a camelCase key keeps it ("maxThroughputMBps")
_CASED_RATES = {"KBps": "KB/s", "MBps": "MB/s", "GBps": "GB/s", "Kbps": "Kbps", "Mbps": "Mbps",
                "Gbps": "Gbps"}
# a rate unit's word however it is cased: never a count of things ("max_kbps" counts no "kbps")
_RATE_WORDS = frozenset(r.lower() for r in _CASED_RATES)
# what a rate counts in "<things>_per_sec": "1000 records/s"
COUNTED = {"records", "requests", "messages", "events", "transactions", "operations",
            "queries", "calls", "writes", "reads", "connections", "invocations", "tokens",
            "publishes", "items", "bytes"}
# a key's bound words: a key of these alone names nothing (_names_nothing), a count's
# leading bounds (counted)
_QUALIFIED = {"default", "max", "maximum", "min", "minimum", "limit"}
_NUMBER = re.compile(r"^-?\d[\d_,]*(?:\.\d+)?$")
_RANGE = re.compile(r"^\d[\d,]*(?:\.\d+)?\s*[-–]\s*\d[\d,]*(?:\.\d+)?$")
_PAIR = re.compile(r"^\(\s*(-?\d[\d_,.]*)\s*,\s*(-?\d[\d_,.]*)\s*,?\s*\)$")
_QUOTED = re.compile(r"""^(['"])(.*)\1$""")
# an entry of a flow map: YAML's `{min: 7}`, TOML's inline table `{ min = 7 }`
FLOW_ENTRY = re.compile(r"""^\s*['"]?([\w .-]+?)['"]?\s*[:=]\s*(.*?)\s*$""")


def key_words(key: str) -> str:
    """`item_size_max` -> `item size max`, `maxPayloadMB` -> `max payload MB` (the words a key
    stands for: a camelCase key's words are its capitals' words, an acronym kept whole)."""
    words = re.sub(r"[_]+", " ", key.strip().strip("'\"")).strip()
    if not words[:1].islower() or not _CAMEL.search(words):
        return words  # PascalCase names a thing whole ("ProvisionedThroughputExceededException")
    if words.lower() in catalog().service_aliases:
        return words  # a service's name as one word ("cloudTrail", "elastiCache"): not two
    split = BINARY_UNIT.sub(r"\1B", _CAMEL.sub(" ", words))
    return " ".join(w.lower() if w[:1].isupper() and w[1:].islower() and w not in _CASED_RATES
                    else w for w in split.split(" "))


# where a camelCase key's next word starts: "max|Payload", "Payload|MB", "Multi|Az"; an
# acronym's capitals stay whole ("IOPS", "DB|Instance"), a binary unit and a rate too
# (BINARY_UNIT; "MBps", not "M|Bps")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z](?!ps(?![a-z]))[a-z]{2})")
BINARY_UNIT = re.compile(r"\b([KMGTP]i) B\b")


def unquote(value: str) -> str:
    quoted = _QUOTED.match(value.strip())
    return quoted.group(2) if quoted else value.strip()


def words_of(value: str, unit: str | None = None) -> str:
    """A value as words: quotes off, `[a, b]` and `(a, b)` a list, `{k: v, ...}` `k v, ...`
    (each bare number of it in `unit`, the unit its key named, if its own key names none)."""
    value = value.strip().rstrip(",").strip()
    if len(value) >= 2 and value[0] + value[-1] in ("[]", "()"):
        return ", ".join(unquote(part) for part in split_top(value[1:-1]) if part.strip())
    if len(value) >= 2 and value[0] + value[-1] == "{}":
        words = []
        for part in split_top(value[1:-1]):
            entry = FLOW_ENTRY.match(part)
            if entry:
                words.append(" ".join(_key_and_value(entry.group(1), entry.group(2),
                                                     unit)).strip())
        return ", ".join(words)
    if value[:1] in "[('\"" and not _QUOTED.match(value):
        return _QUOTES_BRACKETS.sub("", value)  # a list literal that goes on over lines
    return unquote(value)


_QUOTES_BRACKETS = re.compile(r"""^[\[(]+|[\])]+$|(?<![\w])['"]|['"](?![\w])""")


def outside_strings(text: str, start: int = 0, quotes: str = "'\"") -> Iterator[
        tuple[int, str, int]]:
    """(index, character, bracket depth after it) of each character of text[start:] outside
    quoted strings (the quotes themselves left out): one scanner for splitting at top-level
    commas, finding a top-level comparison or a bracket's close."""
    depth, quote = 0, ""
    for i in range(start, len(text)):
        ch = text[i]
        if quote:
            if ch == quote:
                quote = ""
            continue
        if ch in quotes:
            quote = ch
            continue
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        yield i, ch, depth


def split_top(text: str) -> list[str]:
    """`text` split at the commas outside quotes and brackets."""
    parts, start = [], 0
    for i, ch, depth in outside_strings(text):
        if ch == "," and depth == 0:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return parts


def split_comment(line: str, marks: str) -> tuple[str, str]:
    """`line` and its trailing comment (after a `#` or `;` in `marks`, outside quotes, with a
    space before it)."""
    quote = ""
    for i, ch in enumerate(line):
        if quote:
            quote = "" if ch == quote else quote
        elif ch in "'\"":
            quote = ch
        elif ch in marks and (i == 0 or line[i - 1] in " \t"):
            return line[:i].rstrip(), line[i + 1:].strip()
    return line.rstrip(), ""


def _key_and_value(key: str, value: str, inherited: str | None = None) -> tuple[str, str]:
    """A key's words and its value's: a unit the key ends in moves onto a bare number
    (`cache_ttl_max_s: 3600` -> `cache ttl max`, `3600 s`), as does one before a qualifier
    (`retention_days_max: 35` -> `retention max`, `35 days`) or one the key a map is under
    named (`inherited`: `backup_retention_days: {default: 7}`); a pair of numbers is a range."""
    words = key_words(key)
    head, unit = key_unit(words)
    if unit is None and not head and _names_nothing(words):
        head, unit = words.split(" ") if words else [], inherited
    text = words_of(value, unit)
    if unit and len(value) >= 2 and value.strip()[0] + value.strip()[-1] == "{}":
        return " ".join(head), text  # its numbers took the unit (words_of)
    pair = _PAIR.match(value.strip().rstrip(","))
    if unit and pair:
        low, high = (_digits(n) for n in pair.groups())
        return " ".join(head), f"{low}–{high} {unit}"
    if unit and _RANGE.match(text):  # "60-120" under `failover_seconds`
        return " ".join(head), f"{text} {unit}"
    if _NUMBER.match(text):
        # "10_000" is Python's "10,000": the parser reads no number with an underscore in it
        text = _digits(text)
        if unit:
            return " ".join(head), f"{text} {unit}"
        bound = counted(words)
        return (bound[0], f"{text} {bound[1]}") if bound else (words, text)
    return words, text


def _names_nothing(words: str) -> bool:
    """Whether a key under a map whose key named a unit takes that unit: a bare bound
    (`default`, `max`) or a variant's code (`gp2`, `t3`) names no thing of its own;
    `max_read_replicas` under `storage_gb:` or `write_records` under `per_sec:` does."""
    split = words.lower().split(" ")
    return all(w in _QUALIFIED for w in split) or (
        len(split) == 1 and any(c.isdigit() for c in split[0]) and split[0].isalnum())


def map_unit(words: str) -> str | None:
    """The unit a map's key names for the bare numbers under it: `retention_days:` "days",
    `write_mb_per_sec:` "MB/s"; `shard_limits_per_sec:` none (no "s" for its counts)."""
    return key_unit(words)[1]


def counted(words: str, led: bool = False) -> tuple[str, str] | None:
    """A bound of a count named by its key, `max_parts` or `default_max_accounts`: the bound, and
    the things counted, said after the number ("max: 10000 parts"), as a note says a count
    (a bare "max parts: 10000" states no count of parts). `led`: the bound may follow words
    naming what it is of, as a constant's name puts them first (`S3_MULTIPART_MAX_PARTS`:
    "S3 multipart max: 10000 parts")."""
    split = words.split(" ")
    start = 0
    if led:  # the qualifiers just before the last word
        start = len(split) - 1
        while start > 0 and split[start - 1].lower() in _QUALIFIED - {"limit"}:
            start -= 1
        start = start if start < len(split) - 1 else 0
    bounds = start  # the qualifiers: "max", "default max"
    while bounds < len(split) and split[bounds].lower() in _QUALIFIED - {"limit"}:
        bounds += 1
    first, rest = " ".join(split[:bounds]), split[bounds:]
    if bounds == start or len(rest) != 1:  # one noun: "default_port_postgres" counts no
        return None  # postgres
    noun = rest[-1].lower()
    if len(noun) < 4 or not noun.endswith("s") or noun.endswith(("ss", "us", "is")) \
            or noun in KEY_UNITS or noun in _RATE_WORDS or not noun.isalpha():
        return None
    return first, " ".join(rest)


def key_unit(words: str) -> tuple[list[str], str | None]:
    """A key's words less the unit its number is in, and that unit; ([], None) when the key
    names none. The one rule every reader of names keeps (formats/code_names.name_and_unit:
    `shard_write_mb_s` is MB/s, not "shard write mb" in seconds; `retention_days_max` days,
    the qualifier kept; `write_mb_per_sec` MB/s)."""
    from studycli.formats.code_names import name_and_unit  # (it imports this module's table)

    head, unit = name_and_unit(words.split(" ") if words else [])
    return (head, unit) if unit else ([], None)


def _digits(number: str) -> str:
    """A number with Python's digit separators (`6_144`) as the digits it stands for."""
    return number.replace("_", "")


def item(key: str, value: str, comment: str = "", unit: str | None = None) -> str:
    """The markdown item of one key and its value, its comment after it in brackets (`unit`:
    the unit the key it is under named, for a number whose own key names none)."""
    words, text = _key_and_value(key, value, unit)
    line = f"- {words}: {text}" if text and words else f"- {words or text}"
    return f"{line} ({comment})" if comment else line


def comment_item(text: str) -> str:
    """A comment line as an item of its own (a comment is one thought, not a line of a wrapped
    paragraph, which the parser would read as one): indented under the one above when its text
    is indented after the comment mark."""
    words = text.strip()
    if not words:
        return ""
    return ("  - " if text[:2] in ("  ", "\t") else "- ") + words


def heading(level: int, words: str) -> str:
    return "#" * min(level, 6) + " " + words


# ----------------------------------------------------------------------------- INI

_INI_SECTION = re.compile(r"^\s*\[([^\]]+)\]\s*$")
_INI_KEY = re.compile(r"^([\w][\w .-]*?)\s*[=:]\s*(.*)$")
_INI_COMMENT = re.compile(r"^\s*[;#]+ ?(.*?)\s*$")


def ini_to_markdown(lines: list[str]) -> list[str]:
    out: list[str] = []
    for line in lines:
        stripped = line.strip()
        comment = _INI_COMMENT.match(line)
        section = _INI_SECTION.match(line)
        if not stripped:
            out.append("")
        elif section:
            out.append(heading(1, re.sub(r"[._]+", " ", section.group(1)).strip()))
        elif line[:1] in " \t":
            # a value's continuation line, or a comment under it: part of the item above
            text = comment.group(1).strip() if comment else stripped
            out.append(f"  - {text}" if text else "")
        elif comment:
            out.append(comment_item(comment.group(1)))
        else:
            body, note = split_comment(stripped, ";#")
            key = _INI_KEY.match(body)
            out.append(item(key.group(1), key.group(2), note) if key else body)
    return out


# -------------------------------------------------------------------------- Python

_PY_CODE = re.compile(r"^\s*(?:def|class|async\s+def)\s+\w+.*:\s*(?:#.*)?$"
                      r"|^(?:import|from)\s+[\w.]+|^\s*(?:return|raise|yield)\b|^if\s+__name__\b",
                      re.MULTILINE)
_PY_COMMENT = re.compile(r"^\s*#+!? ?(.*?)\s*$")
_PY_BANNER = re.compile(r"^\s*#\s*[-=#*~]{3,}\s*([A-Za-z][\w &/+.-]*?)\s*[-=#*~]*\s*$")
_PY_OPEN = re.compile(r"""^\s*(?:([A-Za-z_]\w*)\s*(?::\s*[\w\[\], ]+)?\s*=|"""
                      r"""['"]([^'"]+)['"]\s*:)\s*(?:dict\(|[{\[(])\s*(?:#.*)?$""")
_PY_ENTRY = re.compile(r"""^\s*['"]([^'"]+)['"]\s*:\s*(.+?)\s*$""")
_PY_ASSIGN = re.compile(r"^([A-Za-z_]\w*)\s*(?::\s*[\w\[\], ]+)?\s*=\s*(.+?)\s*$")
_PY_CLOSE = re.compile(r"^\s*[}\])]+\s*,?\s*(?:#.*)?$")
_DOCSTRING = re.compile(r"^\s*[rbuRBU]?(\"\"\"|''')")


def python_to_markdown(lines: list[str]) -> list[str]:
    code = bool(_PY_CODE.search("\n".join(lines)))
    out: list[str] = []
    quote = ""  # inside a triple-quoted string: its quotes
    # how deep inside a program's module-level dict named after a service (_service_table)
    # the line is: 0 outside it, its nested dicts deeper (an indented "}," closes one of those)
    table = 0
    table_heading = ""
    for line in lines:
        if quote:
            end = line.find(quote)
            out.append((line[:end] if end >= 0 else line).strip())
            quote = "" if end >= 0 else quote
            continue
        doc = _DOCSTRING.match(line)
        if doc and (not code or line.strip().startswith(doc.group(1))):
            rest = line[doc.end():]
            end = rest.find(doc.group(1))
            out.append((rest[:end] if end >= 0 else rest).strip())
            quote = "" if end >= 0 else doc.group(1)
            continue
        banner = _PY_BANNER.match(line)
        comment = _PY_COMMENT.match(line)
        if code and not table and _service_table(line):
            table = _bracket_depth(line)
            table_heading = _python_line(line)
            out.append(table_heading)
            continue
        if banner:
            out.append(heading(1, banner.group(1)))
        elif comment:
            out.append(comment_item(comment.group(1)))
        elif table:
            depth = max(0, table + _bracket_depth(line))
            # a nested dict closed: what follows is the service's again, not the nested key's
            out.append(table_heading if depth == 1 < table else _python_line(line))
            table = depth
        elif code or not line.strip():
            # a handler's source: its settings are the author's choices, not AWS's numbers
            out.append(comment_item(split_comment(line, "#")[1]) if code else "")
        else:
            out.append(_python_line(line))
    return out


_PY_STRING = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"")


def _bracket_depth(line: str) -> int:
    """How many brackets the line opens less those it closes (outside strings and comments)."""
    body = split_comment(_PY_STRING.sub("''", line), "#")[0]
    return sum(body.count(c) for c in "{[(") - sum(body.count(c) for c in "}])")


def _service_table(line: str) -> bool:
    """A program's module-level dict named after a service, "SQS = {" or "APIGW = {": a cheat
    sheet's table of the service's numbers, kept in a script that prints them, read as the
    key/value note it is (a handler's settings, "config = {'timeout': 30}", stay unread: no
    service's name)."""
    opened = _PY_OPEN.match(line)
    if opened is None or not opened.group(1) or line[:1].isspace():
        return False
    name = opened.group(1).replace("_", " ")
    found = find_services(name)
    return bool(found) and len(found[0].alias) >= len(name) - 1


def _python_line(line: str) -> str:
    opened = _PY_OPEN.match(line)
    if opened:
        return heading(2, key_words(opened.group(1) or opened.group(2)))
    if _PY_CLOSE.match(line):
        return ""
    body, note = split_comment(line, "#")
    entry = _PY_ENTRY.match(body) or _PY_ASSIGN.match(body.strip())
    if entry:
        return item(entry.group(1), entry.group(2), note)
    return words_of(body) + (f" ({note})" if note else "")
