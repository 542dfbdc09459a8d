"""Whose is a line written under a heading that compares two services?

Under "## Secrets Manager vs Parameter Store" (or an item "- SQS vs SNS" with lines nested
under it) the heading names two services and owns none of the lines below it:

- a line that names one side, by its name or by the initials of the name the heading writes
  ("SM: rotation built in", "PS = 4 KB standard"), is that side's;
- a line that names neither ("secret max size 64 KB", "both encrypt with KMS") is about the
  pair, and is filed under no service. Before, such a line fell through to whatever came
  next: the note's file name ("security_iam.md" made it IAM's 64 KB, a wrong card), the
  run of lines before it, or a service it named in passing ("rotation via Lambda" was
  Lambda's);
- a line that names both is left as the rest of the parser reads it: it is filed under the
  side it opens with, and lookup tells whose each figure is by the part it is in
  (lookup/compared_side.py: "retention: SQS 4 days, SNS none" gives SNS no 4 days).

A line opening with a third service ("Kinesis: ordered, replayable" under "SQS vs SNS")
is that service's, as anywhere. Only the nearest heading or item over the line that names a
service counts: "### Parameter Store" under "## Secrets Manager vs Parameter Store" is
Parameter Store's section as before. This holds for any pair of services and any wording of
the lines: it reads the heading's names, never a note's words.
"""

from __future__ import annotations

import re

from studycli.extract.context import _COMPARED_ASIDE, Context
from studycli.notes.blocks import Block
from studycli.services import Mention, find_services, find_subjects, subject_entry

_VS = re.compile(r"\b(?:vs\.?|versus)(?!\w)", re.IGNORECASE)
# a side's initials as a line's own label: "SM:", "PS =", "SM ->", "- SM secret max 64kb"
_OPENING_WORD = re.compile(r"[\s\-*•>+]*([A-Z]{2,4})(?![\w@])")
_DRESSING = frozenset({"aws", "amazon", "ssm"})


def compared_sides(ancestors: tuple[str, ...]) -> list[Mention]:
    """The services the nearest heading or item over a line compares ("X vs Y", two or more
    services, one per side), in the heading's order and as it writes them; [] when the
    nearest one naming a service compares none."""
    for text in ancestors:
        named = find_services(text)
        if not named:
            continue
        if not _VS.search(text) or _aside_of_one(text):
            return []  # ("DynamoDB (vs RDS)": DynamoDB's section, compared in an aside)
        sides: list[Mention] = []
        for m in named:
            if all(s.name != m.name for s in sides):
                sides.append(m)
        if len(sides) < 2 or _section_of_a_side(ancestors[ancestors.index(text) + 1:], sides):
            return []
        return sides
    return []


def _aside_of_one(text: str) -> bool:
    """Whether the text is one service's, compared in an aside ("DynamoDB (vs RDS)")."""
    aside = _COMPARED_ASIDE.search(text)
    return aside is not None and not _VS.search(text, 0, aside.start()) \
        and bool(find_services(text[:aside.start()]))


def _section_of_a_side(outer: tuple[str, ...], sides: list[Mention]) -> bool:
    """Whether the comparison sits in one side's own section ("# CloudFront" over "##
    Lambda@Edge vs CloudFront Functions"): its lines are that side's, as before."""
    for text in outer:
        named = {m.name for m in find_services(text)}
        if named:
            return len(named) == 1 and not _VS.search(text) \
                and bool(named & {s.name for s in sides})
    return False


def side_of_line(text: str, sides: list[Mention]) -> str | None:
    """The side `text` is of, or "" for the pair; None where the line is left to the rest
    of the parser (it opens with a service that is no side, or names both sides)."""
    named = find_services(text)
    names = {s.name for s in sides}
    label = _initials_label(text, sides)
    opening = named[0] if named else None
    if opening is not None and opening.name not in names and not label \
            and not text[:opening.start].strip(" -*•>+#\t"):
        # "Kinesis: ordered, unlike SNS" under "SQS vs SNS": Kinesis's own line, whichever
        # side it names after its opening
        return None
    said = {m.name for m in named if m.name in names}
    # a side's own part named ("provisioned concurrency" of Lambda under "Lambda vs Fargate")
    said |= {subject_entry(m)[0] for m in find_subjects(text)} & names
    if label:
        said.add(label)
    if len(said) >= 2:
        return None
    if said:
        return next(iter(said))
    return ""


def _initials_label(text: str, sides: list[Mention]) -> str:
    """The side whose name's initials open the line as its label ("SM" of "Secrets
    Manager", "PS" of "SSM Parameter Store"), "" for none."""
    m = _OPENING_WORD.match(text)
    if not m:
        return ""
    word = m.group(1)
    for side in sides:
        if word in _initials(side.alias):
            return side.name
    return ""


def _initials(name: str) -> set[str]:
    """The initials of a name of two words or more, and of its words past a dressing
    ("SSM Parameter Store": "SPS" and "PS")."""
    words = [w for w in re.split(r"[\s\-]+", name) if w[:1].isalpha()]
    out = set()
    for start in range(len(words)):
        rest = words[start:]
        if start and words[start - 1].lower() not in _DRESSING:
            break
        if len(rest) >= 2:
            out.add("".join(w[0].upper() for w in rest))
    return out


def under_comparison(text: str, ctx: Context, sides: list[Mention] | None = None) -> Context:
    """`ctx`, the context the rest of the parser gave a line of `text`, with the service
    set by the comparison over it: the side it names, or none for a line about the pair.
    `sides`: the comparison's, where `ctx.ancestors` is no line's (a wrapped paragraph's
    sentence, whose ancestors open with the sentence before it)."""
    sides = compared_sides(ctx.ancestors) if sides is None else sides
    if not sides:
        return ctx
    side = side_of_line(text, sides)
    if side is None or side == ctx.service:
        return ctx
    return Context(side, "", ctx.ancestors)


def sentences_under_comparison(jobs: list[tuple[Block, Context]], ancestors: tuple[str, ...]
                               ) -> list[tuple[Block, Context]]:
    """A wrapped paragraph's sentences (`jobs`: each with its context) under the comparison
    over `ancestors`: a sentence the paragraph gave no side is read as a line, the side it
    names or the pair's (not the file name's service, nor one it named in passing: "Both
    encrypt with KMS ... 64 KB per secret" under "Secrets Manager vs Parameter Store" is no
    KMS limit); one of a paragraph about a side stays that side's."""
    sides = compared_sides(ancestors)
    if not sides:
        return jobs
    named = {side.name for side in sides}
    return [(sentence, ctx if ctx.service in named
             else under_comparison(sentence.text, ctx, sides)) for sentence, ctx in jobs]
