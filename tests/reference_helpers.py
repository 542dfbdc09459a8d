"""Write a small reference directory for a test: entries as dicts, one TOML file."""

from __future__ import annotations

import json
from pathlib import Path

BASE = {"subject": "", "qualifier": "", "url": "https://docs.aws.amazon.com/example.html",
        "checked": "2026-12-01", "verified": True, "statement": "A test entry."}


def _toml_value(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, list):
        return "[" + ", ".join(_toml_value(x) for x in v) + "]"
    if isinstance(v, dict):  # an inline table ({subject, attribute} aliases)
        return "{ " + ", ".join(f"{k} = {_toml_value(x)}" for k, x in v.items()) + " }"
    return json.dumps(v, ensure_ascii=False)  # a JSON string is a valid TOML basic string


def write_reference(directory: Path, *entries: dict, name: str = "test.toml") -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    lines = []
    for e in entries:
        lines.append("[[entry]]")
        # A key given as None is left out (to test a missing field).
        lines += [f"{k} = {_toml_value(v)}" for k, v in {**BASE, **e}.items() if v is not None]
        lines.append("")
    (directory / name).write_text("\n".join(lines), encoding="utf-8")
    return directory
