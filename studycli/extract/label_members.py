"""A list's members named by a word of their own under the label that says what they are.

"Placement groups: cluster (same rack, 10 Gbps per flow), spread (max 7 instances per AZ),
partition (up to 7 partitions per AZ)": "spread" alone names no subject of EC2, but under the
label "Placement groups" it is the spread placement group, and its 7 instances per AZ are
that group's (read without it, the figure was EC2's own "instances per AZ", and answered
"cluster placement group max instances"). A member is one or two words before its bracket;
the label opens the line and ends with a colon or "=". The subject must be a known one of
the service (data/services.json), named whole by the member and the label's singular.
"""

from __future__ import annotations

import re

from studycli.services import find_subjects

# the label opening a line: "Placement groups:", "- **EBS volume types** =", "storage classes:"
_LABEL = re.compile(r"^[\s\-*+>#•]*[*_`]*([A-Za-z][A-Za-z -]{2,40}?)[*_`]*\s*[:=]\s")
_MEMBER = re.compile(r"[\w-]+(?: [\w-]+)?")


def member_subject(line: str, head: str, service: str) -> str:
    """The subject `head` (the words before a bracket) names as a member of the list the
    line's label opens, or "" (no label, a member of more words, or no such subject)."""
    if ":" not in line and "=" not in line:
        return ""
    label = _LABEL.match(line)
    if label is None:
        return ""
    name = label.group(1).strip()
    if head.lower().startswith(name.lower()):  # the first member: "Placement groups: cluster"
        head = head[len(name):].lstrip(" *_`:=")
    if not _MEMBER.fullmatch(head):
        return ""
    singular = re.sub(r"(?<=[^s])s$", "", name.lower())
    for phrase in (f"{head} {singular}", f"{singular} {head}"):
        found = [m for m in find_subjects(phrase, service) if m.start == 0 and m.end == len(phrase)]
        if found:
            return found[0].name
    return ""
