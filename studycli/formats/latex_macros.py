"""A LaTeX note's own macros, expanded where they are used.

A student who writes LaTeX names the services once in the preamble and uses the name after:
`\\newcommand{\\sqs}{\\textsc{SQS}}` ... `\\section{\\sqs}`, `\\item \\ddb\\ item max 400 KB`.
Read without them, every `\\section{\\sqs}` was a heading with no words and every line under
it was filed under the note's first service, or none (a LaTeX note of seven files, each
naming its services by macros: two facts in three filed under no service). Here a macro
defined by `\\newcommand`, `\\renewcommand`, `\\providecommand` or `\\def`, with no argument
or with arguments written `#1`...`#9`, becomes its body wherever it is used (nested macros
too, a few levels deep), so the converter reads `\\section{\\textsc{SQS}}` as it would have
read the student's text. Lines inside a verbatim environment are left as written; a macro
whose body spans lines, or whose arguments hold braces, is left as written too (what it
stands for is not on the line).
"""

from __future__ import annotations

import re

# "\newcommand{\sqs}{", "\newcommand\sqs[1]{", "\def\sqs#1{": the name, its count of
# arguments, and the brace its body opens with
_DEFINE = re.compile(r"\\(?:(?:re|provide|new)command\*?\s*"
                     r"(?:\{\s*\\([A-Za-z]+)\s*\}|\\([A-Za-z]+))\s*(?:\[(\d)\])?"
                     r"|def\s*\\([A-Za-z]+)((?:#\d)*))\s*\{")
# environments whose lines are the student's text as written (latex.py reads them so too)
VERBATIM = frozenset({"verbatim", "lstlisting", "minted", "Verbatim"})
_VERBATIM = re.compile(r"\\(begin|end)\{(" + "|".join(sorted(VERBATIM)) + r")\}")
_DEPTH = 3  # a macro whose body uses another, and that one a third
# "\newcommand{\sqs}{Amazon SQS\xspace}": xspace adds the space the name's use swallows when
# a word follows; here the use keeps what follows it as written, and a body ending in a
# word gets a space where a word follows it directly ("\sqs{}retention")
_XSPACE = re.compile(r"\\xspace(?![A-Za-z])(?:\{\})?\s*")


def expand_macros(lines: list[str]) -> list[str]:
    """`lines` with the note's own macros replaced by their bodies (definitions kept as
    written: the converter blanks them)."""
    if not any("command" in line or "\\def" in line for line in lines):
        return lines  # most notes: no macro of their own
    macros = _definitions(lines)
    if not macros:
        return lines
    names = sorted(macros, key=len, reverse=True)
    use = re.compile(r"\\(" + "|".join(map(re.escape, names)) + r")(?![A-Za-z])")
    out: list[str] = []
    verbatim = False
    for line in lines:
        mark = _VERBATIM.search(line)
        if mark:
            verbatim = mark.group(1) == "begin"
        if verbatim or _DEFINE.search(line) or "\\" not in line:
            out.append(line)
            continue
        for _ in range(_DEPTH):
            expanded = _expand(line, use, macros)
            if expanded == line:
                break
            line = expanded
        out.append(line)
    return out


def _definitions(lines: list[str]) -> dict[str, tuple[int, str]]:
    macros: dict[str, tuple[int, str]] = {}
    for line in lines:
        for match in _DEFINE.finditer(line):
            body = _braced(line, match.end() - 1)
            if body is None:
                continue  # the body goes on past the line
            name = match.group(1) or match.group(2) or match.group(4)
            count = int(match.group(3) or 0) if match.group(4) is None \
                else len(match.group(5)) // 2
            macros[name] = (count, _XSPACE.sub("", body))
    return macros


def _braced(text: str, start: int) -> str | None:
    """The text inside the balanced braces opening at text[start], or None."""
    depth, index = 0, start
    while index < len(text):
        char = text[index]
        if char == "\\":
            index += 2  # an escaped brace, "\\{", opens nothing
            continue
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return text[start + 1:index]
        index += 1
    return None


def _expand(line: str, use: re.Pattern[str], macros: dict[str, tuple[int, str]]) -> str:
    out: list[str] = []
    at = 0
    for match in use.finditer(line):
        if match.start() < at:
            continue  # inside the arguments of the macro before
        count, body = macros[match.group(1)]
        # the arguments in braces after the name; "\ectwo{}", an empty group ending a name
        # with no argument, goes with it (the control space of "\ectwo\ " is the converter's)
        args = re.compile(r"(?:\s*\{([^{}]*)\})" * count if count else r"(?:\{\})?").match(
            line, match.end())
        if count and args is None:
            continue  # its arguments hold braces or go on past the line: left as written
        assert args is not None
        for index in range(count):
            body = body.replace(f"#{index + 1}", args.group(index + 1))
        glued = body[-1:].isalnum() and line[args.end():args.end() + 1].isalnum()
        out.append(line[at:match.start()] + body + (" " if glued else ""))
        at = args.end()
    return "".join(out) + line[at:]
