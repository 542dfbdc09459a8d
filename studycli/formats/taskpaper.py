"""TaskPaper notes (`.taskpaper`), read as the markdown they mean, line for line.

TaskPaper's outline is plain text indented with tabs: a project is a line ending in ":" (tags
may follow it: "Lambda: @exam"), a task is "- text @tag @tag(value)", and any other line is a
note. A project becomes a heading as deep as it is nested, a task an item, and so does a note
(as a line of text after a task, markdown would join it to the task's item); the tags are
TaskPaper's own, never part of a fact (app_markers.py drops them).
A task or note is dedented to its project's level: indented under a heading it would be read
as code."""

from __future__ import annotations

import re

from studycli.app_markers import without_app_markers

_PROJECT = re.compile(r"^(?P<name>[^\s-].*?|-\S.*?):$")
_TASK = re.compile(r"^[-*]\s+")
MAX_HEADING = 6


def taskpaper_to_markdown(lines: list[str]) -> list[str]:
    out: list[str] = []
    projects: list[int] = []  # the indentation of each open project, outermost first
    for raw in lines:
        text = raw.expandtabs(4)
        body = text.lstrip()
        if not body:
            out.append("")
            continue
        indent = len(text) - len(body)
        while projects and projects[-1] >= indent:
            projects.pop()
        plain = without_app_markers(body, tagged=True).rstrip()
        project = _PROJECT.match(plain) if not _TASK.match(body) else None
        if project is not None:
            projects.append(indent)
            out.append("#" * min(len(projects), MAX_HEADING) + " " + project.group("name"))
            continue
        # nested tasks keep their nesting below their project: two spaces a level
        depth = max(0, (indent - (projects[-1] + 4 if projects else 0)) // 4)
        out.append("  " * depth + (plain if _TASK.match(body) else "- " + plain))
    return out
