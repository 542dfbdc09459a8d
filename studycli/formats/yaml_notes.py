"""Notes kept as YAML, line for line as markdown (the key rules: formats/keyvalues.py).

A key with nothing after it is a heading over the keys below it, as deep as it is nested; a
list item `- name: gp3` names the variant its sibling keys describe; where a key comes back
out of a nested map, that map's keys are said as nested items instead (every level of the
path over its value). A CloudFormation/SAM template or a pipeline is read for its comments
only (formats/infra_templates.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from studycli.formats.infra_templates import template_to_markdown
from studycli.formats.keyvalues import (
    FLOW_ENTRY,
    comment_item,
    heading,
    item,
    key_words,
    map_unit,
    split_comment,
    split_top,
    unquote,
    words_of,
)

_YAML_MACHINE = re.compile(
    r"^(?:AWSTemplateFormatVersion\s*:|Transform\s*:\s*['\"]?AWS::|\s+Type\s*:\s*['\"]?AWS::\w+::|"
    r"apiVersion\s*:|phases\s*:\s*$|jobs\s*:\s*$|\s+runs-on\s*:)", re.MULTILINE)
_YAML_KEY = re.compile(r"""^(\s*)(-\s+)?(['"]?[\w][\w .$/()-]*?['"]?)\s*:(?:\s+(.*?))?\s*$""")
_YAML_ITEM = re.compile(r"^(\s*)-\s+(.*?)\s*$")
_YAML_COMMENT = re.compile(r"^\s*#+ ?(.*?)\s*$")
_BLOCK_SCALAR = re.compile(r"^[|>][+-]?\d*$")
_DOCUMENT_MARK = re.compile(r"^(?:---|\.\.\.)\s*$")


def yaml_to_markdown(lines: list[str]) -> list[str]:
    """A YAML note line for line: a key with nothing after it a heading over the keys below it,
    as deep as it is nested; `- name: gp3` in a list a heading too, naming the variant its
    sibling keys describe. A heading holds until the next one, so where a key comes back out
    to its parent's level after a nested key (Lambda's `timeout_sec` after `memory:`'s keys),
    that parent's nested keys are said as nested items instead, every level of the path over
    its value, and the key back out is no longer under the inner key above it."""
    text = "\n".join(lines)
    if _YAML_MACHINE.search(text):
        # a template or a pipeline whose comments are notes: each read as about the setting
        # it annotates, under its resource's service
        return template_to_markdown(lines)
    # two passes: a heading cannot be taken back once written, so the first finds the keys
    # whose own keys come after a nested one (`mixed`), and the second says their nested keys
    # as items from the start
    mixed = {o.line for o in _yaml_walk(lines, set(), []) if o.mixed}
    out: list[str] = []
    _yaml_walk(lines, mixed, out)
    return out


@dataclass
class _Open:
    """A key open over the lines below it (or a list item its name opened): its line and
    indent, the unit its words name, whether it is said as a nested item (`listed`), whether
    a nested key or named item opened under it (`nested`) and a key or item of its own came
    after one (`mixed`: its nested keys are then said as items)."""

    line: int
    indent: int
    item: bool
    unit: str | None = None
    listed: bool = False
    nested: bool = False
    mixed: bool = False


def _yaml_walk(lines: list[str], mixed: set[int], out: list[str]) -> list[_Open]:
    """Read the YAML note's lines, writing their markdown to `out` (the keys of `mixed`
    lines' nested keys said as items); every key and named item opened, in order."""
    every: list[_Open] = []
    opened: list[_Open] = []
    block_indent = -1          # inside a `|` or `>` block scalar: the indent of its key
    for number, line in enumerate(lines):
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
            # said where it stands: among the keys of its indent
            inside = [o for o in opened if o.indent < indent]
            out.append(_indented(inside, comment_item(comment.group(1))))
            continue
        body, note = split_comment(line, "#")
        key = _YAML_KEY.match(body)
        listed = _YAML_ITEM.match(body) if not (key and not key.group(2)) else None
        if key and not key.group(2):
            _close(opened, indent)
            value = key.group(4) or ""
            name = key_words(key.group(3))
            if not value:
                out.append(_open(opened, every, mixed, number, indent, name,
                                 map_unit(name)))
                continue
            _own(opened)
            unit = opened[-1].unit if opened else None
            if _BLOCK_SCALAR.match(value):
                block_indent = indent
                value = ""
            out.append(_indented(opened, item(key.group(3), value, note, unit)))
            continue
        if listed:
            _close(opened, indent, item=True)
            out.append(_list_item(listed.group(2), note, opened, every, mixed, number,
                                  indent))
            continue
        out.append(words_of(body) + (f" ({note})" if note else ""))
    return every


def _open(opened: list[_Open], every: list[_Open], mixed: set[int], number: int,
          indent: int, name: str, unit: str | None, item: bool = False) -> str:
    """Open a key (or a named list item) over the lines below it; its line of markdown."""
    parent = opened[-1] if opened else None
    if parent:
        parent.nested = True
    listed = parent is not None and (parent.listed or parent.line in mixed)
    node = _Open(number, indent, item, unit, listed)
    line = (_indented(opened, f"- {name}:") if listed
            else heading(len(opened) + 1, name))
    opened.append(node)
    every.append(node)
    return line


def _own(opened: list[_Open]) -> None:
    """A key or item of the innermost open key's own: after a nested one, that key is mixed."""
    if opened and opened[-1].nested:
        opened[-1].mixed = True


def _close(opened: list[_Open], indent: int, item: bool = False) -> None:
    """Close the keys a line at `indent` is no longer under (a list item `- ` may stand at
    its key's own indent: the key stays open, an item before it at that indent does not)."""
    while opened and (opened[-1].indent > indent
                      or opened[-1].indent == indent and (opened[-1].item or not item)):
        opened.pop()


def _indented(opened: list[_Open], text: str) -> str:
    """An item under the keys open over it: nested under those said as items."""
    depth = sum(1 for o in opened if o.listed)
    return "  " * depth + text if text else text


# a list item's key that names the item (the variant its other keys describe)
_NAME_KEYS = frozenset({"name", "type", "class", "tier", "engine", "title", "variant",
                        "option", "mode", "plan", "family", "storage class", "volume type",
                        "instance type", "service"})


def _list_item(text: str, note: str, opened: list[_Open], every: list[_Open],
               mixed: set[int], number: int, indent: int) -> str:
    """A list item: `- name: gp3` opens the variant its sibling keys (indented past the dash)
    describe; `{name: gp3, max_iops: 16000}` says the variant before its values; `- key:
    value` converts as a key does; anything else is read as words."""
    entry = FLOW_ENTRY.match(text)
    if len(text) >= 2 and text[0] + text[-1] == "{}":
        parts = [p for p in split_top(text[1:-1]) if p.strip()]
        first = FLOW_ENTRY.match(parts[0]) if parts else None
        if first and key_words(first.group(1)).lower() in _NAME_KEYS and len(parts) > 1:
            _own(opened)
            rest = words_of("{" + ",".join(parts[1:]) + "}")
            line = f"- {unquote(first.group(2))}: {rest}"
            return _indented(opened, f"{line} ({note})" if note else line)
    elif entry and not text.startswith(("'", '"')) and ": " in text + " ":
        name, value = entry.group(1), entry.group(2)
        if key_words(name).lower() in _NAME_KEYS and value and not value.startswith(("{", "[")) \
                and len(value.split()) <= 6:
            heading = _open(opened, every, mixed, number, indent, unquote(value), None,
                            item=True)
            return f"{heading} ({note})" if note else heading
        if not value:  # a map in a list, its first key on the dash
            words = key_words(name)
            return _open(opened, every, mixed, number, indent + 2, words,
                         map_unit(words))
        _own(opened)
        return _indented(opened, item(name, value, note))
    _own(opened)
    words = words_of(text)
    return _indented(opened, f"- {words} ({note})" if note else f"- {words}")
