"""A JSON file of figures (a student's quota sheet kept as JSON: `"dynamodb": {"itemSizeMaxKB":
400, "batchWriteItem": {"maxItems": 25}}`), read as the key-value note it is, line for line.

A note app's export (formats/json_notes.py) keeps text a person wrote in strings and drops
numbers and keys as settings; a quota sheet is the other way round: its keys are the words
(service, subject, attribute, and often the unit: `storageMaxTiB`) and its values the figures.
Such a file (an object, laid out one key a line, most of whose values are numbers or
quantities, far more of them than strings kept under a key a note app writes a note's text
under) is written as the YAML it means, line for line, and read as YAML is
(formats/yaml_notes.py): every level of a key's path said over its value, a unit in the key
moved onto its number, `"_comment"` a comment, and so a student's `"notes": "..."` beside one
figure (one remark does not make the sheet a note export that loses every figure).
"""

from __future__ import annotations

import json
import re

from studycli.formats.yaml_notes import yaml_to_markdown

# keys under which a note app or a flashcard deck keeps a person's text: such a file is a note
# export, not a sheet of figures
_TEXT_KEYS = frozenset({"title", "text", "textcontent", "body", "content", "front", "back",
                        "question", "answer", "messages", "desc", "description", "facts",
                        "cards", "notes"})
# a note's title, and a flashcard's two sides: the question a card asks and the answer it
# gives (formats/json_notes.py reads them)
TITLE_KEYS = frozenset({"title", "heading", "subject"})  # not "name": a label is named too
QUESTION_KEYS = frozenset({"front", "question", "q", "term", "prompt"})
ANSWER_KEYS = frozenset({"back", "answer", "a", "definition", "response"})
# what a record of a deck or an export keeps a person's text under
_RECORD_TEXT_KEYS = _TEXT_KEYS | TITLE_KEYS | QUESTION_KEYS | ANSWER_KEYS
# a value that is a figure: a number, or a number with its unit ("5 minutes", "60-120")
_QUANTITY = re.compile(r"^\s*~?\d[\d.,]*(?:\s*[-–]\s*\d[\d.,]*)?\s*[A-Za-z%/]{0,12}\s*$")
_KEY_LINE = re.compile(r'^(\s*)"((?:[^"\\]|\\.)*)"\s*:\s*(.*?)\s*,?\s*$')
_VALUE_LINE = re.compile(r"^(\s*)(.+?)\s*,?\s*$")
_BRACKETS = re.compile(r"^\s*[\[\]{}]+\s*,?\s*$")


def is_data_map(lines: list[str]) -> bool:
    """Whether a JSON file is a sheet of figures: an object laid out a key a line, at least
    five of its values figures and most of them, and text kept under a note's text keys
    (`"notes"`, `"title"`) far less often (a note app's export or a deck keeps some for
    every few numbers: ids, timestamps; a sheet a remark or two)."""
    try:
        data = json.loads("\n".join(lines))
    except (ValueError, RecursionError):
        return False
    if not isinstance(data, dict):
        return False
    keys: list[str] = []
    leaves: list[object] = []
    _walk(data, keys, leaves)
    figures = sum(1 for v in leaves if _is_figure(v))
    if _records_with_text(data) >= 2:
        return False
    if sum(1 for k in keys if k.lower() in _TEXT_KEYS) * 4 >= figures:
        return False
    keyed_lines = sum(1 for line in lines if _KEY_LINE.match(line))
    return figures >= 5 and figures * 2 >= len(leaves) and keyed_lines * 2 >= len(keys)


def _records_with_text(value: object, in_list: bool = False) -> int:
    """How many objects held in a list keep a person's text under a note's text key: a deck's
    cards or an export's notes, whatever count of scheduling numbers (interval, ease, due,
    timestamps) rides beside each; a sheet keeps its figures there, and a remark at most once."""
    if isinstance(value, dict):
        own = in_list and any(k.lower() in _RECORD_TEXT_KEYS and isinstance(v, str)
                              for k, v in value.items())
        return int(own) + sum(_records_with_text(v) for v in value.values())
    if isinstance(value, list):
        return sum(_records_with_text(v, True) for v in value)
    return 0


def _walk(value: object, keys: list[str], leaves: list[object]) -> None:
    if isinstance(value, dict):
        for key, inner in value.items():
            keys.append(str(key))
            _walk(inner, keys, leaves)
    elif isinstance(value, list):
        for inner in value:
            _walk(inner, keys, leaves)
    else:
        leaves.append(value)


def _is_figure(value: object) -> bool:
    if isinstance(value, bool) or value is None:
        return False
    if isinstance(value, (int, float)):
        return True
    return isinstance(value, str) and bool(_QUANTITY.match(value))


def data_to_markdown(lines: list[str]) -> list[str]:
    return yaml_to_markdown(as_yaml(lines))


def as_yaml(lines: list[str]) -> list[str]:
    """The JSON sheet's lines as the YAML they mean: `"key": {` a key with nothing after it,
    `"key": value` a key and value, an object opened in a list a list item (its first key on
    the dash), brackets nothing, `"_comment"` a comment."""
    out: list[str] = []
    item_at = -1  # an object opened in a list: its indent, until its first key takes the dash
    in_list: list[bool] = []  # per open bracket: whether it is a list
    for line in lines:
        key = _KEY_LINE.match(line)
        if key:
            indent, name, rest = key.groups()
            rest = rest.rstrip(",").strip()
            dash = ""
            if item_at >= 0:
                indent, dash, item_at = " " * item_at, "- ", -1
            if name.startswith("_") or name.lower() in ("comment", "//") \
                    or name.lower() in _TEXT_KEYS and rest.startswith('"'):
                out.append(f"{indent}# {_text(rest)}")
            elif rest in ("{", "["):
                out.append(f"{indent}{dash}{_plain(name)}:")
                in_list.append(rest == "[")
            else:
                # a string's JSON escapes read ("60\u2013120" is a range, "say \"X\"" quotes
                # X), kept in the quotes YAML reads a value in
                text = _text(rest) if rest.startswith('"') else rest
                value = f'"{text}"' if text is not rest else rest
                out.append(f"{indent}{dash}{_plain(name)}: {value}")
            continue
        stripped = line.strip().rstrip(",").strip()
        if _BRACKETS.match(line):
            for ch in stripped:
                if ch in "[{":
                    if ch == "{" and in_list and in_list[-1]:
                        item_at = len(line) - len(line.lstrip())
                    in_list.append(ch == "[")
                elif in_list:
                    in_list.pop()
            out.append("")
            continue
        value = _VALUE_LINE.match(line)
        if value and in_list and in_list[-1]:
            out.append(f"{value.group(1)}- {stripped}")
        else:
            out.append(stripped)
    return out


def _plain(name: str) -> str:
    """A key as YAML takes it bare (its quotes off, a colon in it none)."""
    return name.replace(":", " ").strip() or "-"


def _text(value: str) -> str:
    try:
        decoded = json.loads(value)
    except ValueError:
        return value
    return decoded if isinstance(decoded, str) else value
