"""A service's short name a note defines in passing ("Secrets Manager (SM)"), read as the name on
the note's other lines.

A student writes the name out once, the shorthand in brackets after it, and then only the
shorthand: "## secrets manager (SM) vs parameter store (PS)" then "- SM secret max size 64kb",
"- PS standard: 4kb value max". "SM" and "PS" are no service's alias (elsewhere "PS" is a
postscript, "SM" anything), so those lines were filed under no service. Here a definition is
read for its note only: the bracketed word, written in capitals, that abbreviates (its initials,
or letters of the first word in order: notes/legend.abbreviates) a service's name or alias just
before it, or the word in capitals before a bracket holding only the name ("CF (cloudfront)");
never a word of the name itself ("REST API (API Gateway)" defines no "API") nor another
service's alias. Each whole-word use of it as written (case kept: "sm" or "Ps" is not the
shorthand) on the note's lines is read as the name; the snippet stays the student's own line.
A shorthand the note defines as two services is read as neither; a note that never defines
"PS" is left as written; code fences are left as written.
"""

from __future__ import annotations

import re
from functools import lru_cache

from studycli.notes.legend import abbreviates

_DEFINED = re.compile(r"(?P<long>[A-Za-z][\w-]*(?:[ \t]+[A-Za-z][\w-]*){0,4})[ \t]*"
                      r"\((?P<short>[A-Z][A-Z0-9]{1,4})\)")
# the other way round: "CF (cloudfront)", "SM (Secrets Manager)"
_DEFINED_AFTER = re.compile(r"(?<![\w-])(?P<short>[A-Z][A-Z0-9]{1,4})[ \t]*"
                            r"\((?P<long>[A-Za-z][\w-]*(?:[ \t]+[A-Za-z][\w-]*){0,3})\)")


@lru_cache(maxsize=1)
def _aliases() -> dict[str, str]:
    from studycli.services import catalog

    return catalog().service_aliases


def defined_names(lines: list[str], fenced: list[bool]) -> dict[str, str]:
    """The shorthands the note defines (short -> the name as the note writes it)."""
    aliases = _aliases()
    found: dict[str, str] = {}
    services: dict[str, set[str]] = {}
    for i, line in enumerate(lines):
        if fenced[i] or "(" not in line:
            continue
        for m in (*_DEFINED.finditer(line), *_DEFINED_AFTER.finditer(line)):
            short, words = m.group("short"), m.group("long").split()
            if short.lower() in aliases:
                continue  # "Simple Queue Service (SQS)": read as the service already
            after = m.re is _DEFINED_AFTER  # the bracket holds the whole name, nothing else
            for k in range(len(words), 0 if not after else len(words) - 1, -1):
                name = " ".join(words[-k:])  # the longest name ending just before it
                service = aliases.get(name.lower())
                # "REST API (API Gateway)" defines no "API": a word of the name is no shorthand
                if service is not None and abbreviates(short, name) \
                        and short.lower() not in name.lower().split():
                    found.setdefault(short, name)
                    services.setdefault(short, set()).add(service)
                    break
    return {short: name for short, name in found.items() if len(services[short]) == 1}


def apply_defined_names(lines: list[str], fenced: list[bool]) -> None:
    """Read, in place, each defined shorthand as the name it stands for."""
    if "(" not in "".join(lines):
        return
    defined = defined_names(lines, fenced)
    if not defined:
        return
    # a whole word, not a part of a path or a number, nor either side of a definition
    # ("Secrets Manager (SM)", "CF (cloudfront)": read as written, the name is said already)
    pattern = re.compile(r"(?<![A-Za-z0-9_/.(-])(?:"
                         + "|".join(re.escape(s) for s in sorted(defined, key=len, reverse=True))
                         + r")(?![A-Za-z0-9_)-])(?![ \t]*\()")
    for i, line in enumerate(lines):
        if line and not fenced[i]:
            lines[i] = pattern.sub(lambda m: defined[m.group(0)], line)
