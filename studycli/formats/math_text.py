"""LaTeX math in a markdown note (`$\\lceil 6/4 \\rceil = 2$ RCU`, `$10{,}240$ MB`), read as
the plain text it typesets, line for line.

Read as written, a formula's numbers were words of markup: "$10{,}240$ MB" was no 10,240 MB,
"$\\le 15$ min" no bound, "$\\text{RCU}_{strong}$" no RCU. Here each math span is its text:
commands as the signs they print (`\\times` ×, `\\le` ≤, `\\lceil x \\rceil` ⌈x⌉), `\\text{..}` and
braces unwrapped, `\\frac{a}{b}` as a / b, `{,}` as the comma it is, `10^6` as 1,000,000. A
span is math only as pandoc reads it ("$" then no space, no space then "$" not before a
digit), so "$29/mo or $100/mo" stays money; and only in a note with enough formulas.
"""

from __future__ import annotations

import re

from studycli.fences import in_fence_mask

# an inline code span: a run of backticks, its text, as many backticks again
_INLINE_CODE = re.compile(r"(`+)(?!`).*?(?<!`)\1(?!`)")
# a math span: $$..$$ or $..$, pandoc's rule (no space inside either dollar, no digit after)
_SPAN = re.compile(r"(?<![\\$])\$\$(.+?)\$\$"
                   r"|(?<![\\$\w])\$(?=\S)((?:\\.|[^$\\\n])*?(?:\\.|[^\s$\\]))\$(?!\d)")
_COMMAND = re.compile(r"\\(?:times|cdot|le|leq|ge|geq|approx|lceil|rceil|lfloor|rfloor|frac|"
                      r"text|mathrm|left|right|qquad|quad|max|min|sum|neq|to|rightarrow)\b")
MIN_FORMULAS = 3  # spans with a LaTeX command a note writes before its "$" are read as math

_SIGNS = {"times": "×", "cdot": "·", "le": "≤", "leq": "≤", "in": "∈", "ge": "≥", "geq": "≥",
          "approx": "≈", "neq": "≠", "lceil": "⌈", "rceil": "⌉", "lfloor": "⌊", "rfloor": "⌋",
          "to": "→", "rightarrow": "→", "max": "max", "min": "min", "sum": "sum",
          "qquad": ";", "quad": " ", "left": "", "right": "", "%": "%", "$": "$", ",": " ",
          ";": " ", "!": "", " ": " "}
_FRAC = re.compile(r"\\frac\s*\{([^{}]*)\}\s*\{([^{}]*)\}")
_WRAP = re.compile(r"\\(?:text|mathrm|mathbf|textbf|operatorname)\s*\{([^{}]*)\}")
_SUBSCRIPT = re.compile(r"_\{([^{}]*)\}")
_POWER_OF_TEN = re.compile(r"\b10\^\{?(\d)\}?")
_SPACES = re.compile(r"[ \t]{2,}")
_NAMED = re.compile(r"\\([A-Za-z]+|[%$,;! ])")


def has_math(text: str) -> bool:
    """Whether a note writes enough LaTeX formulas to be read as math (a cheap test first)."""
    if "$" not in text or "\\" not in text:
        return False
    return sum(1 for m in _SPAN.finditer(text) if _COMMAND.search(m.group(1) or m.group(2))
               or "{,}" in (m.group(1) or m.group(2))) >= MIN_FORMULAS


def math_to_text(lines: list[str]) -> list[str]:
    """Each math span as its text; a "\\$" outside one is the dollar markdown escapes. Code
    is left as written, a fence's lines and an inline `code` span: a shell line's
    "s3://$BUCKET/${KEY}" is no formula."""
    return [line if fenced or "$" not in line else _outside_code(line)
            for line, fenced in zip(lines, in_fence_mask(lines), strict=True)]


def _outside_code(line: str) -> str:
    if "`" not in line:
        return _math_of(line)
    pieces, at = [], 0
    for code in _INLINE_CODE.finditer(line):
        pieces += [_math_of(line[at:code.start()]), code.group(0)]
        at = code.end()
    return "".join([*pieces, _math_of(line[at:])])


def _math_of(text: str) -> str:
    return _SPAN.sub(lambda m: _plain(m.group(1) or m.group(2)), text).replace("\\$", "$")


def _plain(math: str) -> str:
    text = math.replace("{,}", ",")
    if "_{" in text:
        text = _SUBSCRIPT.sub(r" \1", text)
    if "\\" in text:
        for _ in range(3 if "{" in text else 0):  # nested: \frac{\text{a}}{b}
            text = _WRAP.sub(r"\1", text)
            text = _FRAC.sub(r"\1 / \2", text)
        text = _NAMED.sub(lambda m: _SIGNS.get(m.group(1), m.group(1)), text)
    if "^" in text:
        text = _POWER_OF_TEN.sub(lambda m: f"{10 ** int(m.group(1)):,}", text)
    if "{" in text or "}" in text:
        text = text.replace("{", "").replace("}", "")
    text = text.replace("⌈ ", "⌈").replace(" ⌉", "⌉")
    return _SPACES.sub(" ", text).strip()
