"""Notes written as behaviour scenarios (Gherkin `.feature`: "Feature:", "Scenario:", "Given /
When / Then" steps), line for line as markdown.

A feature is a heading, a scenario (a rule, a background, an outline) a heading under it, each
step an item of its scenario, a `#` comment an item (read as plain text, "# KDS = real-time"
was a markdown heading, and the facts below it were filed under it), a tag line (`@wip`)
nothing, a scenario outline's step with a `<placeholder>` nothing (half a sentence: "When I
send a message of"; its examples table says the values), an examples table a table and a
triple-quoted doc string a code block.
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


def gherkin_to_markdown(lines: list[str]) -> list[str]:
    out: list[str] = []
    in_doc = False
    in_rule = False  # a scenario is a heading under its feature, or under its rule
    in_outline = False  # in a scenario outline: its steps' "<size>" are its examples' values
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
            if name not in ("Examples", "Scenarios"):
                in_outline = name in ("Scenario Outline", "Scenario Template")
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
            # sentence ("When I send a message of"), the table says the values
            out.append("" if in_outline and _PLACEHOLDER.search(line) else "- " + line.strip())
        elif line.lstrip().startswith("|"):
            out.append(line.strip())
        else:
            out.append(line.strip())  # a feature's description: prose
    return out
