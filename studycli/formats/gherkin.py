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
column its header names a unit of (`| days |`) is that many of it ("180 days"). A table whose
columns no step names is a table, as written.
"""

from __future__ import annotations

import re

_KEYWORD = re.compile(r"^\s*(Feature|Rule|Background|Scenario Outline|Scenario Template|"
                      r"Scenario|Example|Examples|Scenarios)\s*:\s*(.*?)\s*$")
_STEP = re.compile(r"^\s*(?:Given|When|Then|And|But|\*)\s+\S")
_COMMENT = re.compile(r"^\s*#\s?(.*?)\s*$")
_TAGS = re.compile(r"^\s*@\S+(?:\s+@\S+)*\s*$")
_PLACEHOLDER = re.compile(r"<[\w][\w .-]{0,40}>")
_DOC_STRING = re.compile(r'^\s*(?:"""|```)')
_STEP_WORD = re.compile(r"^(?:Given|When|Then|And|But|\*)\s+")


def gherkin_to_markdown(lines: list[str]) -> list[str]:
    out: list[str] = []
    in_doc = False
    in_rule = False  # a scenario is a heading under its feature, or under its rule
    in_outline = False  # in a scenario outline: its steps' "<size>" are its examples' values
    templates: list[str] = []  # the outline's steps with placeholders, their keywords off
    header: list[str] | None = None  # the examples table's column names, once read
    in_examples = False
    for line in lines:
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
            in_examples, header = name in ("Examples", "Scenarios"), None
            if not in_examples:
                in_outline = name in ("Scenario Outline", "Scenario Template")
                templates = []
            elif in_outline and templates:
                out.append("")  # its rows are the outline's facts, under its scenario
                continue
            level = 1 if name == "Feature" else 2 if name == "Rule" or not in_rule else 3
            if name in ("Examples", "Scenarios", "Background") and not text:
                text = name  # "Examples:" over its table
            out.append("#" * level + " " + text if text else "")
        elif comment:
            text = comment.group(1)
            out.append(f"- {text}" if text and not text.startswith("language:") else "")
        elif _TAGS.match(line):
            out.append("")
        elif _STEP.match(line):
            # an outline's step says "<size>", a value of its examples table: half a
            # sentence ("When I send a message of"), each row of the table fills it
            if in_outline and _PLACEHOLDER.search(line):
                templates.append(_STEP_WORD.sub("", line.strip()))
                out.append("")
            else:
                out.append("- " + line.strip())
        elif line.lstrip().startswith("|"):
            cells = _cells(line)
            if in_examples and templates and header is None:
                header = cells
                out.append("")
            elif in_examples and templates and header is not None:
                out.append(_filled(templates, header, cells) or line.strip())
            else:
                out.append(line.strip())
        else:
            out.append(line.strip())  # a feature's description: prose
    return out


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

    values = {}
    for name, cell in zip(header, cells):
        unit = KEY_UNITS.get(name.lower())
        bare = re.fullmatch(r"\d[\d,]*(?:\.\d+)?", cell)
        values[name] = f"{cell} {unit}" if bare and unit and not unit.isupper() else cell
    said = []
    for template in templates:
        names = [m.group(0)[1:-1].strip() for m in _PLACEHOLDER.finditer(template)]
        if names and all(n in values for n in names):
            said.append(_PLACEHOLDER.sub(lambda m: values[m.group(0)[1:-1].strip()],
                                         template))
    return "- " + ", ".join(said) if said else ""
