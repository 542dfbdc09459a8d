"""LaTeX notes, line for line as markdown.

Read as plain text, a `.tex` note lost its numbers to LaTeX's spacing: `10{,}000 parts` was
read as `000 parts`, `5\\,TB` and `99.99\\%` kept their backslashes, a `tabular`'s `&` cells
were one run of text, and `\\section{...}` was no heading. Here `\\section`, `\\subsection`...
become headings, `\\item` a list item, a `tabular`'s rows a pipe table (its first rule under
the header row the delimiter row), `verbatim`/`lstlisting` a fence, `%` comments the words they
hold, and inline markup the text it marks: `{,}` a comma, `\\,` and `~` a space, `\\%` `%`,
`--` a dash, `$\\leq$` `<=`, `\\textbf{x}` `**x**`, a control space `\\ ` a space. The preamble and
environment markers are blank. The note's own macros (`\\newcommand{\\sqs}{SQS}`) are first
replaced by what they stand for (latex_macros.py).
"""

from __future__ import annotations

import re

from studycli.formats.latex_macros import VERBATIM, expand_macros

_SECTION = re.compile(r"^\s*\\(title|part|chapter|section|subsection|subsubsection|paragraph)"
                      r"\*?\{(.*)\}\s*$")
_LEVELS = {"title": 1, "part": 1, "chapter": 1, "section": 2, "subsection": 3,
           "subsubsection": 4, "paragraph": 5}
_ITEM = re.compile(r"^(\s*)\\item(?:\[([^\]]*)\])?\s*(.*)$")
_BEGIN = re.compile(r"^\s*\\begin\{(\w+\*?)\}")
_END = re.compile(r"^\s*\\end\{(\w+\*?)\}")
_RULE = re.compile(r"^\s*\\(?:hline|toprule|midrule|bottomrule|cline\{[^}]*\})\s*$")
_BLANK = re.compile(r"^\s*\\(?:documentclass|usepackage|author|date|maketitle|tableofcontents|"
                    r"newpage|clearpage|centering|label|caption|vspace|hspace|noindent|"
                    r"newcommand|renewcommand|providecommand|def|setlength|pagestyle|thispagestyle)\b")
_COMMENT = re.compile(r"(?<!\\)%(.*)$")
_LISTS = {"itemize", "enumerate", "description"}
# inline: order matters (`{,}` before braces go, `---` before `--`)
_MATH = {r"\leq": "<=", r"\le": "<=", r"\geq": ">=", r"\ge": ">=", r"\rightarrow": "->",
         r"\to": "->", r"\Rightarrow": "=>", r"\leftarrow": "<-", r"\approx": "~", r"\sim": "~",
         r"\lambda": "λ", r"\times": "x", r"\cdot": "*", r"\neq": "!=", r"\pm": "+/-",
         r"\infty": "infinity", r"\in": "∈", r"\notin": "∉", r"\forall": "∀", r"\exists": "∃",
         r"\neg": "¬", r"\lnot": "¬", r"\land": "∧", r"\wedge": "∧", r"\lor": "∨", r"\vee": "∨",
         r"\therefore": "∴", r"\Leftarrow": "⇐", r"\propto": "∝", r"\subset": "⊂",
         r"\subseteq": "⊆", r"\cup": "∪", r"\cap": "∩", r"\lt": "<", r"\gt": ">"}
_MATH_SPAN = re.compile(r"\$([^$]{1,40})\$")
_MATH_WORD = re.compile(r"\\[A-Za-z]+")
_MATH_TEXT = re.compile(r"\\(?:text|textrm|mathrm|mbox|operatorname)\{([^{}]*)\}")
_MARKED = (
    (re.compile(r"\\textbf\{([^{}]*)\}"), r"**\1**"),
    (re.compile(r"\\(?:emph|textit)\{([^{}]*)\}"), r"*\1*"),
    (re.compile(r"\\(?:texttt|verb\|)\{([^{}]*)\}"), r"`\1`"),
    (re.compile(r"\\href\{[^{}]*\}\{([^{}]*)\}"), r"\1"),
    (re.compile(r"\\footnote\{([^{}]*)\}"), r" (\1)"),
)
_ANY_COMMAND = re.compile(r"\\[A-Za-z]+\*?(?:\[[^\]\n]{0,40}\])?\{([^{}]*)\}")
_BARE_COMMAND = re.compile(r"\\[A-Za-z]+\*?\s?")
_CONTROL_SPACE = re.compile(r"(?<!\\)\\ ")
_ESCAPED = re.compile(r"\\([%$&#_{}])")


def latex_to_markdown(lines: list[str]) -> list[str]:
    out: list[str] = []
    verbatim = ""  # the verbatim environment being read, "" outside one
    table = False  # inside a tabular
    header_done = False  # the tabular's delimiter row is written
    rows = 0
    lists = 0  # the itemize/enumerate environments open: an item's depth
    for line in expand_macros(lines):
        if verbatim:
            end = _END.match(line)
            if end and end.group(1) == verbatim:
                verbatim = ""
                out.append("```")
            else:
                out.append(line)
            continue
        begin, end = _BEGIN.match(line), _END.match(line)
        if begin and begin.group(1) in VERBATIM:
            verbatim = begin.group(1)
            out.append("```")
            continue
        if begin and begin.group(1).startswith("tabular"):
            table, header_done, rows = True, False, 0
            out.append("")
            continue
        if begin and begin.group(1) in _LISTS:
            lists += 1
        elif end and end.group(1) in _LISTS:
            lists = max(0, lists - 1)
        if end and end.group(1).startswith("tabular"):
            table = False
            out.append("")
            continue
        if table and _RULE.match(line):
            if rows == 1 and not header_done:
                header_done = True
                out.append("|" + "---|" * max(1, _last_columns(out)))
            else:
                out.append("")
            continue
        if table and line.strip():
            rows += 1
            cells = [_inline(cell).strip() for cell in _row(line)]
            out.append("| " + " | ".join(cells) + " |")
            continue
        out.append(_line(line, begin is not None or end is not None, "  " * max(0, lists - 1)))
    return out


def _last_columns(out: list[str]) -> int:
    for line in reversed(out):
        if line.startswith("|"):
            return line.count(" | ") + 1
    return 1


def _row(line: str) -> list[str]:
    text = re.sub(r"\\\\\s*(?:\\hline\s*)?$", "", _COMMENT.sub("", line).strip())
    return re.split(r"(?<!\\)&", text)


def _line(line: str, environment: bool, indent: str) -> str:
    if environment or _BLANK.match(line) or _RULE.match(line):
        return ""
    section = _SECTION.match(line)
    if section:
        return "#" * _LEVELS[section.group(1)] + " " + _inline(section.group(2)).strip()
    comment = _COMMENT.search(line)
    body = line[:comment.start()] if comment else line
    if comment and not body.strip():
        words = comment.group(1).strip().lstrip("%").strip()
        return f"- {_inline(words)}" if words else ""
    item = _ITEM.match(body)
    if item:
        label = f"{_inline(item.group(2)).strip()}: " if item.group(2) else ""
        return f"{indent}- {label}{_inline(item.group(3)).strip()}"
    return _inline(body).strip()


def _inline(text: str) -> str:
    text = text.replace("\\$", "\0")  # an escaped dollar is no math
    text = text.replace("{,}", ",").replace("\\,", " ").replace("~", " ")
    text = _CONTROL_SPACE.sub(" ", text)  # "\\ddb\\ item": the space after a macro's name
    text = re.sub(r"\\\\\s*$", "", text.rstrip())
    text = _MATH_SPAN.sub(lambda m: _math(m.group(1)), text)
    for pattern, repl in _MARKED:
        text = pattern.sub(repl, text)
    for _ in range(3):  # nested \cmd{\cmd{x}}
        text = _ANY_COMMAND.sub(r"\1", text)
    text = _ESCAPED.sub(r"\1", text)
    text = _BARE_COMMAND.sub("", text)
    text = text.replace("---", "—").replace("--", "–").replace("``", '"').replace("''", '"')
    return text.replace("\0", "$")


def _math(span: str) -> str:
    span = span.replace("{,}", ",").replace("\\,", " ")
    span = _MATH_TEXT.sub(r" \1 ", span)  # "$1 \text{ min} \leq t$": the unit's word
    span = _MATH_WORD.sub(lambda m: _MATH.get(m.group(0), ""), span)
    # one space between words: "1  min <= t <= 14 d" was read as a default of 1 min, not as
    # the lower bound "1 min <= t" is
    return " ".join(span.replace("{", "").replace("}", "").split())
