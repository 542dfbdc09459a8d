"""A thread of posts copied from a micro-blogging site (X, Mastodon, Bluesky), read post by post.

    #AWS #DynamoDB #RDS

    2/19 DynamoDB basics: serverless NoSQL
    max item size 400 KB

    5/19 indexes 📇
    - GSI: diff partition key, max 5 per table

Each post is numbered "N/M" (of a thread of M posts), and a post that names no service goes
on with the one the posts before it were about: "5/19 indexes" is DynamoDB's. Read as plain
text, nothing said so: the GSI's five per table were filed under no service, and the count
"5/19" opened the post's first line. Here the blank line above each post becomes a heading of
the service the post is about (the services its first line opens with, else the service of the
post before it), and the post's number is dropped from its first line. Line for line: no
line the student wrote moves, and a heading holds no fact.

A note is read so where its posts are numbered so: three or more, of one thread's count,
counting up.
"""

from __future__ import annotations

import re

from studycli.services import find_services

# a post's number, opening its first line ("3/17", "3/17 🧵")
_POST = re.compile(r"^(\d{1,3})/(\d{1,3})(?:\s+🧵)?(?=\s|$)\s*")
_FEWEST_POSTS = 3


def is_thread(lines: list[str]) -> bool:
    """Whether `lines` are a thread's posts: three or more numbered "N/M" of one M, N
    counting up."""
    return len(_posts(lines)) >= _FEWEST_POSTS


def thread_to_markdown(lines: list[str]) -> list[str]:
    out = list(lines)
    posts = _posts(lines)
    if len(posts) < _FEWEST_POSTS:
        return out
    about = ""
    for k in posts:
        first = _POST.sub("", lines[k], count=1)
        out[k] = first
        named = _opening_services(first)
        if len(named) == 1:
            about = named[0]
        heading = " / ".join(named) if named else about
        if heading and k > 0 and not lines[k - 1].strip():
            out[k - 1] = f"## {heading}"
        # the post's lines were typed one by one, never wrapped by a tool: each is its own
        # statement ("range 1 min to 14 days" / "visibility timeout default 30 sec" read as
        # one sentence lost the 14 days)
        j = k + 1
        while j < len(lines) and lines[j].strip() and not _POST.match(lines[j]):
            if _PLAIN.match(lines[j]):
                out[j] = f"- {lines[j].strip()}"
            j += 1
    return out


# a line of a post that is its own words: not an item, a reply, a heading, a table or a quote
_PLAIN = re.compile(r"^[ \t]*(?![-*+•↳>#|`]|\d+[.)]\s)\S")


def _opening_services(first: str) -> list[str]:
    """The services a post is about: those its first line opens with ("DynamoDB basics",
    "SNS + SQS fan-out"), not one it names in passing ("capacity modes: provisioned (+ auto
    scaling)" is no post about Auto Scaling)."""
    named: list[str] = []
    end = 0
    for m in find_services(first):
        if _JOINS.fullmatch(first[end:m.start]) is None:
            break
        named.append(m.name)
        end = m.end
    return list(dict.fromkeys(named))


# what may stand between the services a post opens with: "SNS + SQS", "EBS, EFS & EC2"
_JOINS = re.compile(r"[\s+,&/]*|\s*(?:and|vs\.?)\s*", re.IGNORECASE)


def _posts(lines: list[str]) -> list[int]:
    """The lines that open a post, where the note's numbered posts are one thread's."""
    found = [(k, m) for k, line in enumerate(lines) if (m := _POST.match(line))]
    if len(found) < _FEWEST_POSTS:
        return []
    counts = {m.group(2) for _, m in found}
    numbers = [int(m.group(1)) for _, m in found]
    if len(counts) != 1 or any(b <= a for a, b in zip(numbers, numbers[1:], strict=False)) \
            or numbers[-1] > int(next(iter(counts))):
        return []
    return [k for k, _ in found]
