"""A thread of posts copied from a micro-blogging site (X, Mastodon, Bluesky), read post by post.

    #AWS #DynamoDB #RDS

    2/19 DynamoDB basics: serverless NoSQL
    max item size 400 KB

    5/19 indexes 📇
    - GSI: diff partition key, max 20 per table

Each post is numbered "N/M" (of a thread of M posts), and a post that names no service goes
on with the one the posts before it were about: "5/19 indexes" is DynamoDB's. Read as plain
text, nothing said so: the GSIs' twenty per table were filed under no service, and the count
"5/19" opened the post's first line. Here the blank line above each post becomes a heading of
the service the post is about (the services its first line opens with, else the service of the
post before it), and the post's number is dropped from its first line. Line for line: no
line the student wrote moves, and a heading holds no fact.

A note is read so where its posts are numbered so (three or more, of one thread's count,
counting up) and it shows it was copied from such a site: a 🧵, a hashtag ("#AWS") or a
handle ("@kat"). Numbers alone are no thread: a study log's "1/3 finished S3" or a test
review's "1/65 wrong: ..." are the student's own lines, read as written.

A line that goes on from the one before it ("and memory goes up to 10,240 MB", "within 12
hours", after "default 4 days,") is no statement of its own: the lines it joins are left
as written, to be read as the one sentence they make.
"""

from __future__ import annotations

import re

from studycli.services import find_services

# a post's number, opening its first line ("3/17", "3/17 🧵")
_POST = re.compile(r"^(\d{1,3})/(\d{1,3})(?:\s+🧵)?(?=\s|$)\s*")
_FEWEST_POSTS = 3
# what shows a note was copied from a micro-blogging site: a thread's 🧵, a hashtag ("#AWS",
# not a heading's "# AWS"), a handle ("@kat", "@kat@hachyderm.io"; not an address's "kat@")
_SITE_MARK = re.compile(r"🧵|(?<![\w#&])#[A-Za-z][\w-]*|(?<![\w.@])@[A-Za-z0-9_][\w.-]*\w")


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
            if _PLAIN.match(lines[j]) and not _goes_on(lines, j, k) and not (
                    j + 1 < len(lines) and _goes_on(lines, j + 1, k)):
                out[j] = f"- {lines[j].strip()}"
            j += 1
    return out


# a line's opening word that goes on from the line before ("and memory ...", "within 12 h")
_GOES_ON = re.compile(r"^\s*(?:and|or|but|nor|so|then|which|that|who|within|to|than|of|for|"
                      r"with|without|from|in|on|at|by|after|before|until|unless|because|"
                      r"while|plus|up)(?=\s|$)")
# a line's last word that goes on into the line after it ("default 4 days,", "up to")
_GOES_ON_AFTER = re.compile(r"(?:[,;(]|\b(?:and|or|but|is|are|to|of|the|a|an|with|for|from|"
                            r"than|at|by|in|on|up|between|within))\s*$", re.IGNORECASE)


def _goes_on(lines: list[str], j: int, first: int) -> bool:
    """Whether line `j` of the post opened at `first` goes on from the line before it: the
    sentence the line before left open, or one it opens with a word that joins."""
    if j <= first or j >= len(lines) or not lines[j].strip() or _POST.match(lines[j]) \
            or not _PLAIN.match(lines[j]):
        return False
    return bool(_GOES_ON.match(lines[j]) or _GOES_ON_AFTER.search(lines[j - 1]))


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
    if len(found) < _FEWEST_POSTS or not any(_SITE_MARK.search(line) for line in lines):
        return []
    counts = {m.group(2) for _, m in found}
    numbers = [int(m.group(1)) for _, m in found]
    if len(counts) != 1 or any(b <= a for a, b in zip(numbers, numbers[1:], strict=False)) \
            or numbers[-1] > int(next(iter(counts))):
        return []
    return [k for k, _ in found]
