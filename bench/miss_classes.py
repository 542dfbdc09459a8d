"""Class the wrong first answers of lookup's `.miss` files by how the first candidate differs
from the right one.

    python bench/miss_classes.py DIR/NAME.miss ... [--examples N]

For every `top3` line (the right answer second or third) and every `MISS` line with candidates
(a wrong first answer) of the files given (bench/lookup_devsets.py --misses writes them), the
first candidate shown is set against the first one holding a wanted answer, by the parts of
its name the line prints ([service/subject/attribute kind sc=... ans=...]): another service,
a special case (a subject) over the general figure or the reverse, a statement over a figure
or the reverse, the same measure with another value, another measure. Queries typed in
another script than Latin are left out (the languages' work). A rough sort for reading the
misses by cause, not a measure: a candidate's text is cut at 50 characters, so a right
answer said late in a long line is not seen ("right not shown").
"""

from __future__ import annotations

import argparse
import ast
import re
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

_HEAD = re.compile(r"^(top3|MISS) (\S+): '(.*)' want (\[.*\])$")
_CAND = re.compile(r"^\s+(?:R )?'(.*)' \[(.*?)/(.*?)/(.*) (\w+) sc=([\d.-]+) ans=([\d.]+) "
                   r"se=[\d.]+ to=[\d.]+ sh=[\d.]+\]$")


def _squeezed(text: str) -> str:
    return re.sub(r"[\s,]", "", text.lower())


def read_misses(path: Path) -> list[dict]:
    """The `top3` and `MISS` entries of one `.miss` file, each with its candidates."""
    entries: list[dict] = []
    current: dict | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        head = _HEAD.match(line)
        if head:
            try:
                want = ast.literal_eval(head.group(4))
            except (ValueError, SyntaxError):
                want = []
            current = {"kind": head.group(1), "id": head.group(2), "query": head.group(3),
                       "want": want, "candidates": []}
            entries.append(current)
            continue
        if re.match(r"^[A-Z]", line):
            current = None
            continue
        cand = _CAND.match(line)
        if cand and current is not None:
            value, service, subject, attribute, kind, sc, ans = cand.groups()
            current["candidates"].append({
                "value": value, "service": service, "subject": subject,
                "attribute": attribute, "kind": kind, "sc": float(sc), "ans": float(ans)})
    return [e for e in entries if e["candidates"] and _in_latin(e["query"])]


def _in_latin(text: str) -> bool:
    """Whether every letter of `text` is a Latin one ("café" is; "その他" is not): a dash or
    an accent typed is no other script."""
    return all(c.isascii() or not c.isalpha() or "LATIN" in unicodedata.name(c, "")
               for c in text)


def class_of(entry: dict) -> str:
    """Why the first candidate stands where the right one should, read from their names."""
    def right(c: dict) -> bool:
        return any(_squeezed(w) in _squeezed(c["value"]) for w in entry["want"])

    first = entry["candidates"][0]
    if right(first):
        return "first holds an answer (cut text, or another line)"
    found = next((c for c in entry["candidates"] if right(c)), None)
    if found is None:
        return "right not shown"
    if first["service"] != found["service"]:
        return "another service"
    if first["subject"] and not found["subject"]:
        return "a special case over the general figure"
    if found["subject"] and not first["subject"]:
        return "the general figure over the special case asked"
    if first["kind"] == "fact" and found["kind"] != "fact":
        return "a statement over the figure"
    if first["kind"] != "fact" and found["kind"] == "fact":
        return "a figure over the statement holding the answer"
    if first["attribute"] == found["attribute"]:
        return "the same measure, another value"
    return "another measure (a related attribute)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--examples", type=int, default=0, help="queries shown per class")
    args = parser.parse_args()
    counts: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    for path in args.files:
        for entry in read_misses(path):
            key = f"{entry['kind']}: {class_of(entry)}"
            counts[key] += 1
            examples[key].append(f"{entry['id']} {entry['query']!r}")
    for key, n in counts.most_common():
        print(f"{n:5d}  {key}")
        for example in examples[key][:args.examples]:
            print(f"         {example}")


if __name__ == "__main__":
    main()
