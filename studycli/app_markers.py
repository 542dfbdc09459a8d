"""The tokens a task or outliner app writes into a note's lines, which are the app's, not the
student's: TaskPaper's and OmniFocus' "@review", "@done(2024-01-02)", Todo.txt's "+project
@context due:2024-03-01" and "(A)" priority, Obsidian Tasks' "✅ 2024-01-02", Logseq's and
org's "SCHEDULED: <2024-01-05 Fri>" lines and "TODO"/"DONE" markers. Read as text they became
part of a fact: an exam option read "Gateway timeout @review" (reviewers).

Only a run of such tokens at a line's end is dropped (and a marker line as a whole): "@" in the
middle of a line is as often API Gateway's "@connections" or a mention, and the same token at
the end after a word ("user@example.com") is not a tag. Every change keeps the line count."""

from __future__ import annotations

import re

# one app token: @tag or @tag(value), an Obsidian or Bear #tag, +project, key:date (Todo.txt's
# due:, t:, rec:), an Obsidian Tasks date or recurrence marker with its date, a priority emoji
_TOKEN = (r"(?:@[A-Za-z](?:[\w.-]*[\w-])?(?:\([^()\n]{0,80}\))?"
          r"|#[A-Za-z][\w/-]*"
          r"|\+[A-Za-z][\w.-]*"
          r"|(?:due|t|rec|threshold|start|scheduled):\d{4}-\d{2}-\d{2}"
          r"|[✅📅⏳🛫➕❌]\uFE0F?\s*\d{4}-\d{2}-\d{2}"
          r"|[⏫🔼🔽🔺⏬]\uFE0F?)")
# the last token before `endpos`, searched in a window that holds the longest token: the run
# is peeled off from the line's end one token at a time, linear in the line's length
_LAST_TOKEN = re.compile(rf"\s{_TOKEN}\s*$")
_WINDOW = 120
MAX_TOKENS = 12
# "+project" alone is a tag only beside an app's other tokens: "+S3" might be the note's; and
# a bare "@name" alone only on a task's line: "## Comment by @aisha-dev" names a person
_STRONG = re.compile(r"\s*(?:@[A-Za-z][^\s(]*\(|#[A-Za-z]|(?:due|t|rec|threshold|start|"
                     r"scheduled):\d|[✅📅⏳🛫➕❌⏫🔼🔽🔺⏬])")
_MENTION = re.compile(r"\s*@[A-Za-z]")
_ITEM = re.compile(r"\s*(?:[-*+]|\d{1,3}[.)])\s")
# Todo.txt: "x 2024-01-02 " (done, with its date), "(A) " priority, "2024-01-02 " created
_TODO_PREFIX = re.compile(r"^(\s*(?:[-*+]\s+)?)(?:x\s+\d{4}-\d{2}-\d{2}\s+)?(?:\([A-Z]\)\s+)"
                          r"(?:\d{4}-\d{2}-\d{2}\s+)?")
# Logseq's and org's planning line ("SCHEDULED: <2024-01-05 Fri>"), alone on its line
_PLANNING_LINE = re.compile(r"^\s*(?:[-*]\s+)?(?:(?:SCHEDULED|DEADLINE|CLOSED):\s*[<\[][^>\]\n]*"
                            r"[>\]]\s*)+$")
# Logseq's task keyword after an item's bullet: "- TODO read the SQS quotas"
_TASK_WORD = re.compile(r"^(\s*[-*+]\s+)(?:TODO|DONE|LATER|NOW|DOING|WAITING|CANCELED|CANCELLED)"
                        r"\s+(?=[^\s:])")  # "TODO: ..." is the student's own label
_EMOJI = "✅📅⏳🛫➕❌⏫🔼🔽🔺⏬"


def without_app_markers(line: str, tagged: bool | None = None) -> str:
    """`line` without the task app's tokens at its end, its Todo.txt prefix, its Logseq task
    keyword; a planning line becomes empty. Anything else is returned as it is. `tagged`: the
    note is the app's own file (TaskPaper) or tags its lines (True: every "@name" is a tag),
    or does not (False: a lone "@name" ending a line is the note's own, "POST to
    @connections"); None, a line read alone: a lone "@name" ending an item is a tag."""
    if line[:12].lstrip()[:2] in ("- ", "* ", "+ "):  # "- TODO ...": cheap to tell apart
        line = _TASK_WORD.sub(r"\1", line, count=1)
    # a cheap test first: most lines have none of the tokens' characters
    if not ("@" in line or "#" in line or "+" in line or ":" in line
            or (not line.isascii() and any(c in line for c in _EMOJI))):
        return line
    if _PLANNING_LINE.match(line):
        return ""
    cut, strong, peeled, mentions = len(line), False, 0, 0
    while (m := _LAST_TOKEN.search(line, max(0, cut - _WINDOW), cut)) is not None:
        if tagged is not True and _AWS_AT_WORD.match(m.group(0)):
            break  # API Gateway's "@connections", CloudFront's "Lambda@Edge" written apart
        strong = strong or _STRONG.match(m.group(0)) is not None
        mentions += _MENTION.match(m.group(0)) is not None
        cut, peeled = m.start(), peeled + 1
        if peeled > MAX_TOKENS:
            return line  # no app writes so many: words the note itself marks so
    strong = strong or (mentions > 0 and (tagged or peeled > 1 or (
        tagged is None and _ITEM.match(line) is not None)))
    if cut < len(line) and strong and line[:cut].strip(" -*+\t"):
        prefix = _TODO_PREFIX.match(line)
        line = line[:cut]
        if prefix is not None:  # "(A)" is a priority only on a line with the app's tags
            line = prefix.group(1) + line[prefix.end():]
    return line


def drop_app_markers(lines: list[str], fenced: list[bool] | None = None) -> None:
    """Every line of a note without its app tokens (in place, line for line); a line of a
    fence of code (`fenced`: in_fence_mask's) is left as written: "@Scheduled" is Java's.
    A lone "@name" ending a line is a tag only in a note that tags its lines: one name ending
    two lines or more ("@review"), or three lines or more ending in one; a note's single
    "POST to @connections" or "use Lambda @Edge" is API Gateway's and CloudFront's own words
    (a blind review)."""
    ends: dict[str, int] = {}
    for i, line in enumerate(lines):
        if (fenced is None or not fenced[i]) and "@" in line:
            m = _LONE_END.search(line)
            if m is not None and not _AWS_AT_WORD.match(m.group(0)):
                ends[m.group(1).lower()] = ends.get(m.group(1).lower(), 0) + 1
    tagged = sum(ends.values()) >= 3 or any(n >= 2 for n in ends.values())
    for i, line in enumerate(lines):
        if fenced is None or not fenced[i]:
            lines[i] = without_app_markers(line, tagged)


# AWS's own words written with an "@": never a tag outside a task app's own file
_AWS_AT_WORD = re.compile(r"\s*@(?:connections|edge)\b", re.IGNORECASE)
# a lone "@name" (or "@name(value)") ending a line, the name captured
_LONE_END = re.compile(r"\s@([A-Za-z](?:[\w.-]*[\w-])?)(?:\([^()\n]{0,80}\))?\s*$")
