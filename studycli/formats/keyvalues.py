"""Notes kept as key-value files (YAML, INI, a Python module of dicts), line for line as markdown.

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

# A unit a key ends in ("item_size_max_kb") -> the unit its number is in. No "min": a key that
# ends in it ("memory_min", "batch_size_min") is a minimum far more often than minutes, and
# left in the key's words it is the qualifier; only after a qualifier ("ttl_default_min",
# "timeout_max_min") is it minutes. "mbps" is megabits, not megabytes.
_KEY_UNITS = {
    "b": "bytes", "bytes": "bytes", "kb": "KB", "kib": "KiB", "mb": "MB", "mib": "MiB",
    "gb": "GB", "gib": "GiB", "tb": "TB", "tib": "TiB", "ms": "ms", "s": "s", "sec": "s",
    "secs": "s", "seconds": "s", "mins": "min", "minutes": "min", "h": "h",
    "hr": "h", "hrs": "h", "hours": "h", "d": "days", "days": "days", "weeks": "weeks",
    "months": "months", "years": "years", "yrs": "years", "pct": "%", "percent": "%",
    "rps": "requests/s", "tps": "transactions/s", "iops": "IOPS", "mbps": "Mbps",
    "gbps": "Gbps",
}
# words after which a key's "min" is minutes, not a second qualifier
_QUALIFIED = {"default", "max", "maximum", "min", "minimum", "limit"}
_NUMBER = re.compile(r"^-?\d[\d_,]*(?:\.\d+)?$")
_PAIR = re.compile(r"^\(\s*(-?\d[\d_,.]*)\s*,\s*(-?\d[\d_,.]*)\s*,?\s*\)$")
_QUOTED = re.compile(r"""^(['"])(.*)\1$""")
_FLOW_ENTRY = re.compile(r"""^\s*['"]?([\w .-]+?)['"]?\s*:\s*(.*?)\s*$""")


def key_words(key: str) -> str:
    """`item_size_max` -> `item size max` (the words a key stands for)."""
    return re.sub(r"[_]+", " ", key.strip().strip("'\"")).strip()


def _unquote(value: str) -> str:
    quoted = _QUOTED.match(value.strip())
    return quoted.group(2) if quoted else value.strip()


def _words_of(value: str) -> str:
    """A value as words: quotes off, `[a, b]` and `(a, b)` a list, `{k: v, ...}` `k v, ...`."""
    value = value.strip().rstrip(",").strip()
    if len(value) >= 2 and value[0] + value[-1] in ("[]", "()"):
        return ", ".join(_unquote(part) for part in _split_top(value[1:-1]) if part.strip())
    if len(value) >= 2 and value[0] + value[-1] == "{}":
        words = []
        for part in _split_top(value[1:-1]):
            entry = _FLOW_ENTRY.match(part)
            if entry:
                words.append(" ".join(_key_and_value(entry.group(1), entry.group(2))).strip())
        return ", ".join(words)
    if value[:1] in "[('\"" and not _QUOTED.match(value):
        return _QUOTES_BRACKETS.sub("", value)  # a list literal that goes on over lines
    return _unquote(value)


_QUOTES_BRACKETS = re.compile(r"""^[\[(]+|[\])]+$|(?<![\w])['"]|['"](?![\w])""")


def _split_top(text: str) -> list[str]:
    """`text` split at the commas outside quotes and brackets."""
    parts, depth, quote, start = [], 0, "", 0
    for i, ch in enumerate(text):
        if quote:
            quote = "" if ch == quote else quote
        elif ch in "'\"":
            quote = ch
        elif ch in "[{(":
            depth += 1
        elif ch in "]})":
            depth -= 1
        elif ch == "," and depth == 0:
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


def _key_and_value(key: str, value: str) -> tuple[str, str]:
    """A key's words and its value's: a unit the key ends in moves onto a bare number
    (`cache_ttl_max_s: 3600` -> `cache ttl max`, `3600 s`), a pair of numbers is a range."""
    words = key_words(key)
    text = _words_of(value)
    *head, last = words.split(" ") if words else [""]
    unit = _KEY_UNITS.get(last.lower()) if head else None
    if head and last.lower() == "min" and head[-1].lower() in _QUALIFIED:
        unit = "min"
    pair = _PAIR.match(value.strip().rstrip(","))
    if unit and pair:
        low, high = (_digits(n) for n in pair.groups())
        return " ".join(head), f"{low}–{high} {unit}"
    if _NUMBER.match(text):
        # "10_000" is Python's "10,000": the parser reads no number with an underscore in it
        text = _digits(text)
        return (" ".join(head), f"{text} {unit}") if unit else (words, text)
    return words, text


def _digits(number: str) -> str:
    """A number with Python's digit separators (`6_144`) as the digits it stands for."""
    return number.replace("_", "")


def item(key: str, value: str, comment: str = "") -> str:
    """The markdown item of one key and its value, its comment after it in brackets."""
    words, text = _key_and_value(key, value)
    line = f"- {words}: {text}" if text else f"- {words}"
    return f"{line} ({comment})" if comment else line


def comment_item(text: str) -> str:
    """A comment line as an item of its own (a comment is one thought, not a line of a wrapped
    paragraph, which the parser would read as one): indented under the one above when its text
    is indented after the comment mark."""
    words = text.strip()
    if not words:
        return ""
    return ("  - " if text[:2] in ("  ", "\t") else "- ") + words


def _heading(level: int, words: str) -> str:
    return "#" * min(level, 6) + " " + words


# ---------------------------------------------------------------------------- YAML

_YAML_MACHINE = re.compile(
    r"^(?:AWSTemplateFormatVersion\s*:|Transform\s*:\s*['\"]?AWS::|\s+Type\s*:\s*['\"]?AWS::\w+::|"
    r"apiVersion\s*:|phases\s*:\s*$|jobs\s*:\s*$|\s+runs-on\s*:)", re.MULTILINE)
_YAML_KEY = re.compile(r"""^(\s*)(-\s+)?(['"]?[\w][\w .$/()-]*?['"]?)\s*:(?:\s+(.*?))?\s*$""")
_YAML_ITEM = re.compile(r"^(\s*)-\s+(.*?)\s*$")
_YAML_COMMENT = re.compile(r"^\s*#+ ?(.*?)\s*$")
_BLOCK_SCALAR = re.compile(r"^[|>][+-]?\d*$")
_DOCUMENT_MARK = re.compile(r"^(?:---|\.\.\.)\s*$")


def yaml_to_markdown(lines: list[str]) -> list[str]:
    text = "\n".join(lines)
    if _YAML_MACHINE.search(text):
        # a template or a pipeline whose comments are notes: each read as about the setting
        # it annotates, under its resource's service
        from studycli.formats.infra_templates import template_to_markdown

        return template_to_markdown(lines)
    out: list[str] = []
    open_keys: list[int] = []  # the indents of the keys whose headings are open
    block_indent = -1          # inside a `|` or `>` block scalar: the indent of its key
    for line in lines:
        stripped = line.strip()
        indent = len(line) - len(line.lstrip())
        if block_indent >= 0 and (not stripped or indent > block_indent):
            out.append(stripped)
            continue
        block_indent = -1
        comment = _YAML_COMMENT.match(line)
        if not stripped or _DOCUMENT_MARK.match(stripped):
            out.append("")
            continue
        if comment:
            out.append(comment_item(comment.group(1)))
            continue
        body, note = split_comment(line, "#")
        key = _YAML_KEY.match(body)
        if key and not key.group(2):
            while open_keys and open_keys[-1] >= indent:
                open_keys.pop()
            value = key.group(4) or ""
            if not value:
                open_keys.append(indent)
                out.append(_heading(len(open_keys), key_words(key.group(3))))
                continue
            if _BLOCK_SCALAR.match(value):
                block_indent = indent
                out.append(item(key.group(3), "", note))
                continue
            out.append(item(key.group(3), value, note))
            continue
        listed = _YAML_ITEM.match(body)
        if listed:
            text = _words_of(listed.group(2))
            out.append(f"- {text} ({note})" if note else f"- {text}")
            continue
        out.append(_words_of(body) + (f" ({note})" if note else ""))
    return out


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
            out.append(_heading(1, re.sub(r"[._]+", " ", section.group(1)).strip()))
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
            out.append(_heading(1, banner.group(1)))
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
    from studycli.services import find_services

    name = opened.group(1).replace("_", " ")
    found = find_services(name)
    return bool(found) and len(found[0].alias) >= len(name) - 1


def _python_line(line: str) -> str:
    opened = _PY_OPEN.match(line)
    if opened:
        return _heading(2, key_words(opened.group(1) or opened.group(2)))
    if _PY_CLOSE.match(line):
        return ""
    body, note = split_comment(line, "#")
    entry = _PY_ENTRY.match(body) or _PY_ASSIGN.match(body.strip())
    if entry:
        return item(entry.group(1), entry.group(2), note)
    return _words_of(body) + (f" ({note})" if note else "")
