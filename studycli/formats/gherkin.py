"""Notes written as behaviour scenarios (Gherkin `.feature`: "Feature:", "Scenario:", "Given /
When / Then" steps), line for line as markdown.

A feature is a heading, a scenario (a rule, a background, an outline) a heading under it, each
step an item of its scenario, a `#` comment an item (read as plain text, "# KDS = real-time"
was a markdown heading, and the facts below it were filed under it), a tag line (`@wip`)
nothing, a scenario outline's step with a `<placeholder>` nothing (half a sentence: "When I
send a message of"; its examples table says the values) and a triple-quoted doc string a code
block.

An outline's examples table is its scenario's facts, one a row: each row is the outline's
steps with placeholders, filled with that row's values ("Then <thing> is <value>" over
`| max parts | 10,000 |` is the item "max parts is 10,000"), under the scenario's heading
("Examples:" and the table's header row say nothing of their own). A bare number under a
column its header names a unit of (`| days |`) is that many of it ("180 days"), the unit
said once ("retention <days> days"). A table whose columns no step names is a table, as
written; so is a row of the tester's tries ("When I set memory to <memory> MB" over
`| 64 | fails |`): a deploy tried, passed or failed, is no fact.

Each step is its own line, as written; a step whose figures are the scenario's (its tester's
action, "When I PUT a 6 GB object", or a figure it refuses, "But 10,241 MB is rejected") is
marked for the reader (MARK) and cited without the mark (cited_as_written).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from studycli.model import ParsedNote

_KEYWORD = re.compile(r"^\s*(Feature|Rule|Background|Scenario Outline|Scenario Template|"
                      r"Scenario|Example|Examples|Scenarios)\s*:\s*(.*?)\s*$")
_STEP = re.compile(r"^\s*(?:Given|When|Then|And|But|\*)\s+\S")
_COMMENT = re.compile(r"^\s*#\s?(.*?)\s*$")
_TAGS = re.compile(r"^\s*@\S+(?:\s+@\S+)*\s*$")
_PLACEHOLDER = re.compile(r"<[\w][\w .-]{0,40}>")
_DOC_STRING = re.compile(r'^\s*(?:"""|```)')
_STEP_WORD = re.compile(r"^(?:Given|When|Then|And|But|\*)\s+")
_STEP_ROLE = re.compile(r"^\s*(Given|When|Then|And|But|\*)\s+\S")


# an examples cell that is a try's outcome, not a value
_OUTCOME = re.compile(r"(?:fails?|failed|failure|succeeds?|succeeded|success|passe?s?|passed|ok|"
                      r"accepted|rejected|allowed|denied|errors?|true|false|yes|no)",
                      re.IGNORECASE)


@dataclass
class _Outline:
    """A scenario outline being read: its steps with placeholders (their keywords off) and its
    examples table's column names, once read."""

    templates: list[str] = field(default_factory=list)
    header: list[str] | None = None
    in_examples: bool = False
    acted: bool = False  # a step with placeholders is its tester's action

    def row(self, line: str) -> str:
        """An examples table's row as its steps filled; the table as written where no step
        names its columns."""
        if not (self.in_examples and self.templates):
            return line.strip()
        cells = _cells(line)
        if self.header is None:
            self.header = cells
            return ""
        # a row of the tester's tries ("When I set memory to <memory> MB" over | 64 | fails |)
        # is a deploy tried, its outcome a pass or a fail: no fact to answer with, its table
        # as written ("When I configure <setting>" over | memory | 128 MB - 10,240 MB | is)
        if self.acted and any(_OUTCOME.fullmatch(cell) for cell in cells):
            return line.strip()
        return _filled(self.templates, self.header, cells) or line.strip()


def gherkin_to_markdown(lines: list[str]) -> list[str]:
    out: list[str] = []
    in_doc = False
    in_rule = False  # a scenario is a heading under its feature, or under its rule
    outline: _Outline | None = None  # in a scenario outline: "<size>" is its examples' values
    actions = _actions(lines)
    for number, line in enumerate(lines):
        if _DOC_STRING.match(line):
            in_doc = not in_doc
            out.append("```")
            continue
        if in_doc:
            out.append(line)
            continue
        keyword = _KEYWORD.match(line)
        comment = _COMMENT.match(line)
        if keyword:
            name, text = keyword.groups()
            in_rule = name == "Rule" or (in_rule and name != "Feature")
            if name not in ("Examples", "Scenarios"):
                outline = _Outline() if name in ("Scenario Outline", "Scenario Template") \
                    else None
            out.append(_heading(name, text, in_rule, outline))
        elif comment:
            text = comment.group(1)
            out.append(f"- {text}" if text and not text.startswith("language:") else "")
        elif _TAGS.match(line):
            out.append("")
        elif _STEP.match(line):
            # an outline's step says "<size>", a value of its examples table: half a
            # sentence ("When I send a message of"), each row of the table fills it
            if outline is not None and _PLACEHOLDER.search(line):
                outline.templates.append(_STEP_WORD.sub("", line.strip()))
                outline.acted = outline.acted or number in actions
                out.append("")
            else:
                out.append(_step(line.strip(), number in actions))
        elif line.lstrip().startswith("|"):
            out.append(outline.row(line) if outline is not None else line.strip())
        else:
            out.append(line.strip())  # a feature's description: prose
    return out


def _heading(name: str, text: str, in_rule: bool, outline: _Outline | None) -> str:
    """A keyword's line: a feature a heading, a scenario (a rule, a background) one under it;
    an outline's "Examples:" nothing, its rows being the outline's facts under its scenario."""
    if name in ("Examples", "Scenarios") and outline is not None:
        outline.in_examples, outline.header = True, None
        if outline.templates:
            return ""
    level = 1 if name == "Feature" else 2 if name == "Rule" or not in_rule else 3
    if name in ("Examples", "Scenarios", "Background") and not text:
        text = name  # "Examples:" over its table
    return "#" * level + " " + text if text else ""


# a step that is the test's own action, said by its tester ("When I send a 300 KB message",
# "And we upload a 6 TB object"): its figures are the scenario's, not a limit
_ACTION = re.compile(r"^(?:I|we)\b", re.IGNORECASE)
# a step whose figure the scenario says is refused ("But 10,241 MB is rejected", "And a 300 KB
# message fails"): the figure is one past the limit, not the limit; a step that gives the
# limit as the reason ("fails because the max timeout is 15 minutes") states it
_REFUSED = re.compile(r"\b(?:rejected|rejects?|refused|fails?|failed|denied|invalid|errors?)\b",
                      re.IGNORECASE)
_LIMIT_SAID = re.compile(r"\b(?:max(?:imum)?|min(?:imum)?|limit|up\s+to|at\s+most|quota)\b",
                         re.IGNORECASE)
_FIGURE = re.compile(r"\d")

# The mark of a scenario's line: extract/attribution.is_story reads "scenario" opening a line.
# It is the reader's, not the student's: `cited_as_written` takes it off what is shown.
MARK = "scenario: "


def _step(text: str, action: bool) -> str:
    """A step as an item; the tester's action marked a scenario's, as in no other note:
    "Given that max object size is 5 TB" states a limit, in a feature file as in markdown."""
    return "- " + (MARK if action else "") + text


def _actions(lines: list[str]) -> set[int]:
    """The lines of the steps whose figures are the scenario's: a When step (its And and But)
    said by its tester, and any step whose figure the scenario says is refused."""
    actions: set[int] = set()
    role = ""
    for number, line in enumerate(lines):
        step = _STEP_ROLE.match(line)
        if step is None:
            if not (_COMMENT.match(line) or not line.strip()):
                role = ""
            continue
        word = step.group(1)
        if word in ("And", "But", "*"):
            word = role
        text = _STEP_WORD.sub("", line.strip())
        if word == "When" and _ACTION.match(text):
            actions.add(number)
        elif (_FIGURE.search(text) and _REFUSED.search(text)
              and not _LIMIT_SAID.search(text)):
            actions.add(number)
        role = word
    return actions


def cited_as_written(note: ParsedNote, name: str) -> ParsedNote:
    """`note`, read from file `name`, a feature file's scenario lines cited without the
    reader's mark: the student wrote "When we upload with multipart", not "scenario: When we
    ..."; any other note as it is."""
    if not name.lower().endswith(".feature"):
        return note
    shown = "- " + MARK
    facts = []
    for fact in note.facts:
        if fact.snippet.startswith(shown):
            fact = replace(fact, snippet="- " + fact.snippet[len(shown):],
                           value=fact.value[len(MARK):] if fact.value.startswith(MARK)
                           else fact.value)
        facts.append(fact)
    note.facts = facts
    return note


def _cells(line: str) -> list[str]:
    """A table row's cells (`| a | b |`), an escaped bar `\\|` kept in its cell."""
    row = line.strip()
    row = row[1:] if row.startswith("|") else row
    row = row[:-1] if row.endswith("|") and not row.endswith("\\|") else row
    return [cell.strip().replace("\\|", "|") for cell in re.split(r"(?<!\\)\|", row)]


def _filled(templates: list[str], header: list[str], cells: list[str]) -> str:
    """A row of an outline's examples as the item its steps make of it: each step naming only
    the table's columns, its placeholders filled ("max parts is 10,000"), the steps joined;
    empty where no step is filled."""
    from studycli.formats.keyvalues import KEY_UNITS

    values, bare_values = {}, {}
    for name, cell in zip(header, cells, strict=False):
        unit = KEY_UNITS.get(name.lower())
        bare = re.fullmatch(r"\d[\d,]*(?:\.\d+)?", cell)
        values[name] = f"{cell} {unit}" if bare and unit and not unit.isupper() else cell
        bare_values[name] = cell
    said = []
    for template in templates:
        names = [m.group(0)[1:-1].strip() for m in _PLACEHOLDER.finditer(template)]
        if names and all(n in values for n in names):
            said.append(_PLACEHOLDER.sub(lambda m: _value(m, values, bare_values), template))
    return "- " + ", ".join(said) if said else ""


def _value(match: re.Match[str], values: dict[str, str], bare: dict[str, str]) -> str:
    """A placeholder's value; its cell as written where the step says the unit after it
    ("retention <days> days" is "retention 14 days", not "14 days days")."""
    name = match.group(0)[1:-1].strip()
    value, cell = values[name], bare[name]
    unit = value[len(cell):].strip()
    after = match.string[match.end():].lstrip().lower()
    if unit and any(re.match(re.escape(word.lower()) + r"\b", after) for word in (unit, name)):
        return cell
    return value
