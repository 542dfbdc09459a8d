"""A figure whose own brackets name the condition it holds under, where the query asks another.

"Automated backup retention: default 7 days (console), max 35 days" gives the console's
default; "rds backup retention default cli" asks the CLI's (1 day: the CreateDBInstance API
and so the CLI default BackupRetentionPeriod to 1,
https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBInstance.html). The
parser files the 7 days as the retention period's default and leaves the bracket behind, so
without this the query's "cli" is one word unmatched and the console's figure is stated as
the answer.

A figure is another condition's when the bracket right after it, in its own clause, names one
of a set of ways of doing one thing that exclude each other (_CONDITIONS: the console, the CLI,
the API, an SDK), and the query types a member of that set the bracket does not name. A query
naming none of them, or the one in the bracket, keeps the figure. The CLI, the API and the
SDKs share their defaults (the CLI and SDKs call the API), so they are one side here.
Stdlib only: runs on the lookup fast path.
"""

from __future__ import annotations

from collections.abc import Iterable

from studycli.lazy_regex import lazy_compile
from studycli.note_numbers import every_number_said

# word -> the side it names
_CONDITIONS = {"console": "console", "cli": "api", "api": "api", "apis": "api", "sdk": "api",
               "sdks": "api", "boto3": "api"}
_BRACKET_AFTER = lazy_compile(r"^[^()\[\],;]{0,12}?[(\[]([^()\[\]]{1,40})[)\]]")
_WORD = lazy_compile(r"[a-z0-9]+")


def other_condition(fact: dict, query_words: list[str] | tuple[str, ...]) -> bool:
    """Whether `fact`'s figure is stated, in brackets right after it, as that of another
    condition than one the query types (see the module docstring)."""
    asked = {_CONDITIONS[w] for w in query_words if w in _CONDITIONS}
    if not asked or fact.get("number") is None and fact.get("low") is None:
        return False
    line = fact.get("snippet") or ""
    for clause, at in every_number_said(line, fact.get("number"), fact.get("low"),
                                        fact.get("high"), fact.get("unit"))[:1]:
        m = _BRACKET_AFTER.match(_past_figure(clause, at))
        if not m:
            return False
        said = {_CONDITIONS[w] for w in _WORD.findall(m.group(1).lower()) if w in _CONDITIONS}
        return bool(said) and not said & asked
    return False


def condition_words(tokens: Iterable[str], names_typed: Iterable[str]) -> list[str]:
    """The query's words less those of the service names it types: "api gateway default
    throttle rate" names API Gateway, it asks no API side of a "(console)" figure."""
    toks = [t.lower() for t in tokens]
    dropped: set[int] = set()
    for name in names_typed:
        parts = name.lower().split()
        for i in range(len(toks) - len(parts) + 1):
            if parts and toks[i:i + len(parts)] == parts:
                dropped.update(range(i, i + len(parts)))
                break
    return [t for i, t in enumerate(toks) if i not in dropped]


_FIGURE = lazy_compile(r"[\d.,]+\s*[^\W\d_]*")


def _past_figure(clause: str, at: int) -> str:
    """The clause after the figure starting at `at` (its number and unit word)."""
    m = _FIGURE.match(clause, at)
    return clause[m.end():] if m else clause[at:]
