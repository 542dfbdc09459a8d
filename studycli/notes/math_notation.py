"""Mathematical notation read as the words the parser knows.

A maths-minded student writes a setting's bounds as a set it belongs to ("T(f) ∈ [1 s, 900
s]", "WaitTimeSeconds ∈ [1, 20] s"), a count as a set's size ("|read replicas| ≤ 5 per source
DB"), "≤" as "=<" or as the LaTeX command left in ("size \\le 256 KB"), and a setting as a
function of the thing it belongs to ("default(retention) = 4 d", "max_size(SQS) = 256 KiB").
Read as written, an interval was no fact ("visibility ∈ [0 s, 12 h]": no maximum of 12 h), a
count between bars none either, and "default(retention) = 4 d" a default whose value was the
word "retention".

Here:
- "X ∈ [A, B]" is "X min A, max B", its ends open or closed ("(0, 256 KB]", French "]0, 15[":
  an open end is still the bound the setting keeps within); a unit after the bracket is both
  ends' ("[1, 20] s"), one written on one end only is the other's too where that end is bare
  ("[0, 15 min]"); the ends may be parted by a comma, a semicolon or an ellipsis ("[1 h ...
  1000 d]");
- a chain of bounds with "<" ("0 < size ≤ 256 KB", "60 s < t ≤ 14 d") or written downwards
  ("14 d ≥ t ≥ 60 s") is the chain "A ≤ x ≤ B" notes/symbols.py reads as a range (read as
  written, "60 s < t ≤ 14 d" gave a default of 60 s);
- "max{a, b}" and "min(a, b)" of two figures or more are "the larger of (a, b)" and "the
  smaller of (a, b)": a value worked out, no bound ("retention = max{60 s, 4 d}" was a maximum
  of 60 s);
- "|X| ≤ N" (bars with no space inside them: a table's cells have spaces) is "max N X", "|X|
  ≥ N" "min N X" and "|X| = N" "N X": the size of a set is a count of its members;
- "=<" before a figure is "≤" (Prolog's and Erlang's spelling), and a LaTeX command left in a
  note that is no LaTeX ("\\le", "\\leq", "\\ge", "\\geq", "\\in", "\\approx", "\\Rightarrow")
  is the sign it prints; "\\text{KB}" and "\\mathrm{KB}" are their text; a "$...$" span left
  with nothing but signs, words and figures in it is that text;
- a setting written as a function of one thing, "word(thing)", is "thing word" with the
  function's underscores as spaces ("default(retention)" is "retention default",
  "max_size(SQS)" "SQS max size"); a thing that is a bare variable of a letter or two
  ("size(o)", "layers(f)") is no word of it; a function of several arguments or of a figure
  ("min(10, 6)", "rate(5 minutes)"), one written with a capital (an API call,
  "GetRandomPassword()") and code are left as written;
- "A ⇒ B" ("=>", "⟹") where A states a figure and B none is "A; ⇒ B": B is a consequence, no
  words of A's figure ("execution history ≤ 25,000 events ⇒ use child executions" is no count
  of executions);
- "x_{vis}" and "x_vis" (a variable of a letter or two under a subscript of letters) name the
  setting the subscript says: "x vis".

"≤", "≥" and "A ≤ x ≤ B" themselves are read by notes/symbols.py, after this; "~" and "≈"
(approximate) are kept, the quantity reader reads them. Every rewrite stays on its line, and
fenced code is left as written.
"""

from __future__ import annotations

import re

from studycli.extract.quantities import UNIT_WORDS
from studycli.fences import in_fence_mask

_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_UNIT = r"[A-Za-z%][A-Za-z%/]{0,7}"
_END = rf"(?:{_NUMBER})(?:[ \t]?{_UNIT})?"
# "∈ [1 s, 900 s]", "∈ (0, 256 KB]", "∈ ]0, 15[ min", "∈ [1 h ... 1000 d]"
_INTERVAL = re.compile(
    rf"[ \t]*∈[ \t]*([\[(\]])[ \t]*({_END})[ \t]*(?:,|;|\.\.\.?|…)[ \t]*({_END})[ \t]*"
    rf"([\])\[])(?:[ \t]?({_UNIT})(?![\w]))?")
_FIGURE = re.compile(rf"({_NUMBER})(?:[ \t]?({_UNIT}))?$")
# "|read replicas| ≤ 5", "|layers(f)| ≤ 5": no space inside the bars, a word first
# (the opening bar after a space, a colon or a bracket, the count not closing a cell: a compact
# table's "|ms|>=3|" is two cells)
_CARDINAL = re.compile(
    rf"(?<![^\s:(,;])\|([A-Za-z][\w ()/-]{{0,40}}?[\w)])\|[ \t]*(≤|<=|=<|≥|>=|=)[ \t]*"
    rf"({_NUMBER})(?![\d.]|[ \t]*\|)")
_CARDINAL_WORDS = {"≤": "max ", "<=": "max ", "=<": "max ", "≥": "min ", ">=": "min ", "=": ""}
# after a word or a bracket it bounds ("x =< 5 MB"); a quiz's "{=< 24 hours ~< 1 hour}" (GIFT:
# "=" marks the right answer) is left as written
_EQUAL_LESS = re.compile(r"(?<=[\w)\]])([ \t]*)=<(?=[ \t]*\d)")
_LATEX_SIGNS = {"le": "≤", "leq": "≤", "leqslant": "≤", "ge": "≥", "geq": "≥",
                "geqslant": "≥", "in": "∈", "approx": "≈", "sim": "~", "Rightarrow": "⇒",
                "implies": "⇒", "to": "→", "rightarrow": "→", "times": "×", "lt": "<",
                "gt": ">", "neq": "≠", "infty": "∞"}
_LATEX_COMMAND = re.compile(r"\\(" + "|".join(sorted(_LATEX_SIGNS, key=len, reverse=True))
                            + r")(?![A-Za-z])[ \t]?")
_TEXT_COMMANDS = ("text", "mathrm", "textrm", "mbox", "operatorname")
_LATEX_TEXT = re.compile(r"\\(?:" + "|".join(_TEXT_COMMANDS) + r")\{([^{}]*)\}")
# a "$...$" span holding only what the commands above leave: signs, words, figures
_PLAIN_SPAN = re.compile(r"(?<![\\$\w])\$([^$\\\n{}^_]{1,60})\$(?!\d)")
# "default(retention)", "max_size(SQS)", "size(o)": a lower-case name, no space before "("
# only as the left side of a relation ("= 4 d", "≤ 4 KB", "∈ [...]", the bar of "|layers(f)|"):
# elsewhere "word(word)" is prose's qualifier ("writer(cluster)", "alerts(notifications)") or
# code ("print(url)", "def get_order(order_id):", "expect(MAX_DAYS).toBe(60)")
_APPLIED = re.compile(r"(?<![\w.:/@$\\-])([a-z][a-z0-9]*(?:_[a-z0-9]+)*)"
                      r"\(([A-Za-z][A-Za-z _-]{0,30})\)"
                      r"(?=[ \t]*(?:=(?!=)|≤|≥|<=|>=|=<|∈|≈|<(?![-=>])|>(?!=)|\|))")
_VARIABLE = re.compile(r"[A-Za-z]{1,2}")
_OPENING = re.compile(r"[ \t]*(?:[-*+•>][ \t]*)*")  # a line's indent and list marks
# a definition block naming its variable: "Def 4.1 (object). o = (key, value, ...)", "Definition
# (metric): m = ..." (the variable a lower-case letter or two, right after the title)
_DEFINED = re.compile(r"\b(?:Def|Definition)\.?[ \t]*(?:\d+(?:\.\d+)*)?[ \t]*"
                      r"\(([A-Za-z][\w -]{1,30})\)[ \t]*[.:]?[ \t*_]*\b([a-z]{1,2})[ \t]*(?:=|:|∈)")
_PLURALS = ("s", "es", "ies")  # "instance(s)", "policy(ies)": no argument
# "t_{vis}", "N_{partitions}": a variable of a letter or two under a braced subscript; bare,
# "t_vis = 30 s", "C_acct = 1000": one letter, a lower-case subscript, then a relation (an
# identifier's "DO_NOTHING", "q_url", "ID_root", a handle's "@mk_learns" are no variables)
_SUBSCRIPT = re.compile(r"(?<![\w.@-])([A-Za-z]{1,2})_\{([A-Za-z][A-Za-z ,]{0,20})\}"
                        r"|(?<![\w.@/-])([A-Za-z])_([a-z]{2,8})"
                        r"(?=[ \t]*(?:=(?!=)|≤|≥|<=|>=|=<|∈|≈))")
_LESS = r"(?:≤|<=|<(?![-=>]))"
_MORE = r"(?:≥|>=|(?<![-=<])>(?!=))"
_CHAIN_UP = re.compile(rf"({_END})([ \t]*){_LESS}([ \t]*)([A-Za-z][\w]*(?:[ \t][A-Za-z][\w]*)?)"
                       rf"([ \t]*){_LESS}([ \t]*)({_END})(?![\w])")
_CHAIN_DOWN = re.compile(rf"({_END})[ \t]*{_MORE}[ \t]*([A-Za-z][\w]*(?:[ \t][A-Za-z][\w]*)?)"
                         rf"[ \t]*{_MORE}[ \t]*({_END})(?![\w])")
# "max{60 s, 4 d}", "min(10, 6)": a function of two figures or more
# (the bracket right after the name: "5 min (detailed = 1 min)" is five minutes; each argument
# a figure or a short term of one)
_ARGUMENT = r"[ \t]*[\w.]+(?:[ \t]?[A-Za-z×*/+-]{1,8}[ \t]?[\w.]*)?[ \t]*"
_EXTREMUM = re.compile(rf"(?<![\w\\])(?<!\d[ \t])(max|min)[{{(]((?=[^{{}}()\n]*\d){_ARGUMENT}"
                       rf"(?:,{_ARGUMENT})+)[}})]")
_EXTREMUM_WORDS = {"max": "the larger of", "min": "the smaller of"}
# "⇒" (and "=>", "⟹"): what follows is a consequence
_IMPLIES = re.compile(r"[ \t]*(?:⇒|⟹|(?<![=<>!])=>(?![=>]))")
_STATED_FIGURE = re.compile(r"(?<![A-Za-z0-9.,])\d[\d,.]*")
_STATUS_CODE = re.compile(r"[1-5]\d\d")
_UNIT_AFTER = re.compile(rf"[ \t]?(?:(?:{UNIT_WORDS})(?![A-Za-z])|%)", re.IGNORECASE)
# an argument of max/min that is a figure, bare or with a unit ("60 s", "4 d", "10")
_MEASURE = re.compile(rf"{_NUMBER}(?:[ \t]?(?:(?:{UNIT_WORDS})(?![A-Za-z])|%))?", re.IGNORECASE)
_MEASURED_FIGURE = re.compile(rf"(?:{_NUMBER})(?:[ \t]?(?:(?:{UNIT_WORDS})(?![A-Za-z])|%))?",
                              re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z]{2,}")
_UNIT_IN = re.compile(rf"\d[ \t]?(?:(?:{UNIT_WORDS})(?![A-Za-z])|%)", re.IGNORECASE)
# a relation stating a case ("≤ 25,000 events", "> 4 KB", "= 0"); no arrow's "->" or "<-"
_RELATION = re.compile(r"≤|≥|≠|<=|>=|=<|!=|(?<![-=<])>|<(?![-=>])|(?<![=<>!])=(?![=>])")
# a consequence naming a bound says what the figure before the arrow is ("15 min ⇒ max timeout")
_BOUND_WORD = re.compile(r"\b(?:max|min|maximum|minimum|default|up to|at most|at least)\b",
                         re.IGNORECASE)
_INLINE_CODE = re.compile(r"`[^`\n]*`")
_MARKS = ("∈", "|", "=<", "\\", "(", "_", "<", ">", "≥", "{", "⇒", "⟹")


def read_math_notation(text: str) -> str:
    """`text` with its intervals, set sizes, functions and LaTeX signs in words (see the
    module's docstring). Fenced code and `inline code` are left as written."""
    if not any(mark in text for mark in _MARKS):
        return text
    lines = text.split("\n")
    fenced = in_fence_mask(lines)
    variables = {m.group(2): m.group(1).strip().lower()
                 for m in _DEFINED.finditer(text)} if "(" in text else {}
    return "\n".join(line if inside else _outside_code(line, variables)
                     for line, inside in zip(lines, fenced, strict=True))


def _outside_code(line: str, variables: dict[str, str]) -> str:
    if "`" not in line:
        return _read_line(line, variables)
    pieces, at = [], 0
    for code in _INLINE_CODE.finditer(line):
        pieces += [_read_line(line[at:code.start()], variables), code.group(0)]
        at = code.end()
    return "".join([*pieces, _read_line(line[at:], variables)])


def _read_line(line: str, variables: dict[str, str]) -> str:
    if "\\" in line and _all_known(line):
        line = _LATEX_TEXT.sub(r"\1", line)
        line = _LATEX_COMMAND.sub(lambda m: _LATEX_SIGNS[m.group(1)] + " ", line)
        if "$" in line:
            line = _PLAIN_SPAN.sub(_plain_span, line)
    if "{" in line or "(" in line:
        line = _EXTREMUM.sub(_extremum, line)
    if "<" in line or ">" in line or "≤" in line or "≥" in line:
        line = _CHAIN_UP.sub(_chain_up, line)
        line = _CHAIN_DOWN.sub(lambda m: f"{m.group(3)} ≤ {m.group(2)} ≤ {m.group(1)}"
                               if _bounds_a_variable(m, m.group(2)) else m.group(0), line)
    if "(" in line:
        line = _APPLIED.sub(lambda m: _applied(m, variables), line)
    if "_" in line:
        line = _SUBSCRIPT.sub(_subscript, line)
    if "=<" in line:
        line = _EQUAL_LESS.sub(r"\1≤", line)
    if "|" in line:  # (a table's cells have spaces inside their bars: "| gp3 | 16,000 |")
        line = _CARDINAL.sub(_cardinal, line)
    if "∈" in line:
        line = _INTERVAL.sub(_interval, line)
    if "⇒" in line or "=>" in line or "⟹" in line:
        line = _consequences_apart(line)
    return line


def _extremum(m: re.Match[str]) -> str:
    """"max{60 s, 4 d}" as "the larger of (60 s, 4 d)" where every argument is a figure, bare
    or with a unit: a value worked out. An argument counting a thing ("max(10 msgs, 256 KB)",
    SendMessageBatch's two limits) makes the bracket a list of maxima, left as written."""
    if not all(_MEASURE.fullmatch(argument.strip()) for argument in m.group(2).split(",")):
        return m.group(0)
    return f"{_EXTREMUM_WORDS[m.group(1)]} ({m.group(2).strip()})"


def _chain_up(m: re.Match[str]) -> str:
    read = f"{m.group(1)}{m.group(2)}≤{m.group(3)}{m.group(4)}{m.group(5)}≤{m.group(6)}{m.group(7)}"
    if read == m.group(0).replace("<=", "≤") or _bounds_a_variable(m, m.group(4)):
        return read  # (a chain of "≤" and "<=" alone is the one symbols.py reads anyway)
    return m.group(0)


def _bounds_a_variable(m: re.Match[str], name: str) -> bool:
    """Whether a chain "A < name < B" bounds its middle: a variable of a letter or two ("60 s <
    t ≤ 14 d"), or the chain opens its clause (line start, a label's ":", "(", ",", ";", "=":
    "size: 0 < size ≤ 256 KB"). After a word the first figure is that word's, and the chain
    ranks things ("gp3 3,000 IOPS < io1 < 64,000 IOPS": 3,000 is gp3's, no minimum of io1's)."""
    if _VARIABLE.fullmatch(name):
        return True
    before = _OPENING.sub("", m.string[:m.start()], count=1).rstrip()
    return not before or before[-1] in ":(,;=["


def _cardinal(m: re.Match[str]) -> str:
    """"|X| ≤ N" as "max N X" where N is a bare figure; "|message| ≤ 256 KB" (a unit after the
    figure) is the size of X, not a count of X: left as written ("max 256 messages" read so)."""
    if _UNIT_AFTER.match(m.string, m.end()):
        return m.group(0)
    return f"{_CARDINAL_WORDS[m.group(2)]}{m.group(3)} {m.group(1)}"


def _consequences_apart(line: str) -> str:
    """"A ⇒ B" where A states a figure and B none: B is a consequence, a clause of its own ("A;
    ⇒ B"). Read as one clause, its words named A's figure ("execution history ≤ 25,000 events
    ⇒ use child executions" was a maximum of 25,000 concurrent executions). Left as written:
    A stating no figure, the case B's figure is of ("role chaining ⇒ max 1 h"); B stating one
    ("RI 1yr/3yr ⇒ up to 72% off", "⌈6/4⌉ = 2 ⇒ 20 RCU"); A's number a status code, whose
    meaning B is ("413 RequestEntityTooLarge ⇒ payload too big", "(HTTP 400) ⇒ backoff"); and
    a remark in brackets ("2 retries (⇒ 3 attempts total)"); and B saying what A's figure is,
    a cheat sheet's "figure ⇒ its meaning": A nothing but the figure ("15 min ⇒ Lambda max
    timeout", "400 KB ⇒ DynamoDB item size") or B naming a bound ("Lambda: 15 min ⇒ max
    timeout")."""
    arrows = list(_IMPLIES.finditer(line))
    pieces, at, clause = [], 0, 0
    for i, m in enumerate(arrows):
        # the clause right before the arrow: from the last arrow, ";", "·", "|" or full stop
        clause = max(clause, *(line.rfind(mark, 0, m.start()) + len(mark)
                               for mark in (";", "·", "|", ". ")))
        after_end = arrows[i + 1].start() if i + 1 < len(arrows) else len(line)
        after = line[m.end():after_end].split(";", 1)[0]
        if _states_figure(line[clause:m.start()]) and not _states_figure(after) \
                and _is_a_case(line[clause:m.start()], after) \
                and line.count("(", 0, m.start()) <= line.count(")", 0, m.start()):
            pieces += [line[at:m.start()], ";", m.group(0)]
            at = m.end()
        clause = m.end()
    return "".join([*pieces, line[at:]]) if pieces else line


def _is_a_case(before: str, after: str) -> bool:
    """Whether the figure before an arrow states a case its consequence `after` follows from:
    a relation ("history ≤ 25,000 events", "> 4 KB", "= 0"), or words of its own and no bound
    after ("payload 10 MB ⇒ use S3"). A measure alone ("15 min ⇒ Lambda max timeout", "400 KB
    ⇒ DynamoDB item size") or a bound after it ("Lambda: 15 min ⇒ max timeout") is a cheat
    sheet's "figure ⇒ what it is"."""
    if _RELATION.search(before):
        return True
    if _BOUND_WORD.search(after):
        return False
    bare = _MEASURED_FIGURE.sub(" ", before)
    return _WORD.search(bare) is not None or not _UNIT_IN.search(before)


def _states_figure(text: str) -> bool:
    """Whether `text` states a figure: a number on its own ("IPv6", "EC2" are names), not a
    status code ("413", "HTTP 400") unless a unit follows it ("256 KB")."""
    return any(not _STATUS_CODE.fullmatch(m.group(0)) or _UNIT_AFTER.match(text, m.end())
               for m in _STATED_FIGURE.finditer(text))


def _all_known(line: str) -> bool:
    """Whether every LaTeX command of the line is a sign or a text wrapper read here: a
    formula of others ("\\min(\\max(100, 3 \\times \\text{GiB}), 16000)") half read would
    say words it does not ("gp2 IOPS = ... 3 × GiB" read as gp2's IOPS per GiB)."""
    commands = re.findall(r"\\([A-Za-z]+)", line)
    return all(name in _LATEX_SIGNS or name in _TEXT_COMMANDS for name in commands)


def _plain_span(m: re.Match[str]) -> str:
    """A "$...$" span whose commands were read ("$≤ 15$") as its text; money ("$29/mo or
    $100") never holds a sign of math, so it is no span here."""
    inner = m.group(1)
    if not any(sign in inner for sign in ("≤", "≥", "∈", "≈", "⇒", "→", "×", "≠", "∞")):
        return m.group(0)
    return inner.strip()


def _applied(m: re.Match[str], variables: dict[str, str]) -> str:
    name, thing = m.group(1), m.group(2).strip().replace("_", " ")
    setting = name.replace("_", " ")
    if thing in variables and _OPENING.fullmatch(m.string, 0, m.start()):
        # "size(o) ∈ [0 B, 5 TB]" after "Def 4.1 (object). o = ...": the object's size. Only
        # where it opens the line: after words ("single PUT ⇒ size(o) ≤ 5 GB") those name the
        # case, and "object size" read there made it every object's, at odds with the 5 TB
        return f"{variables[thing]} {setting}"
    if _VARIABLE.fullmatch(thing) or thing in _PLURALS:
        # "layers(f)": a variable no definition names names nothing; "(s)" of "instance(s)"
        # neither
        return setting
    return f"{thing} {setting}"


def _subscript(m: re.Match[str]) -> str:
    if m.group(1):
        return f"{m.group(1)} {m.group(2).strip()}"
    return f"{m.group(3)} {m.group(4)}"


def _interval(m: re.Match[str]) -> str:
    low, high, unit = m.group(2), m.group(3), m.group(5)
    low_figure, high_figure = _FIGURE.match(low.strip()), _FIGURE.match(high.strip())
    if low_figure is None or high_figure is None:
        return m.group(0)
    low_unit, high_unit = low_figure.group(2), high_figure.group(2)
    if unit and (low_unit or high_unit):
        return m.group(0)  # "[1 s, 20 s] s": which unit?
    low_unit = low_unit or unit or high_unit
    high_unit = high_unit or unit or low_unit
    low_text = f"{low_figure.group(1)} {low_unit}" if low_unit else low_figure.group(1)
    high_text = f"{high_figure.group(1)} {high_unit}" if high_unit else high_figure.group(1)
    return f" min {low_text}, max {high_text}"
