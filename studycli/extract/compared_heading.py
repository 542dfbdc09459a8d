"""Whose is a line written under a heading that compares two services?

Under "## Secrets Manager vs Parameter Store" (or an item "- SQS vs SNS" with lines nested
under it) the heading names two services and owns none of the lines below it:

- a line that names one side, by its name or by the initials of the name the heading writes
  ("SM: rotation built in", "PS = 4 KB standard"), is that side's;
- a line that names neither ("secret max size 64 KB", "both encrypt with KMS") is about the
  pair, and is filed under no service. Before, such a line fell through to whatever came
  next: the note's file name ("security_iam.md" made it IAM's 64 KB, a wrong card), the
  run of lines before it, or a service it named in passing ("rotation via Lambda" was
  Lambda's). Unless it goes on about the side the line or paragraph before it is of, as
  the rest of the parser read it too, and says no word of another side's name (session
  53: "Retention is 24 hours by default ... max 7 days" after a paragraph about Kinesis
  Data Streams under "Kinesis Data Streams vs Firehose" is Kinesis Data Streams');
- a line that names both is left as the rest of the parser reads it: it is filed under the
  side it opens with, and lookup tells whose each figure is by the part it is in
  (lookup/compared_side.py: "retention: SQS 4 days, SNS none" gives SNS no 4 days).

A line opening with a third service ("Kinesis: ordered, replayable" under "SQS vs SNS")
is that service's, as anywhere. Only the nearest heading or item over the line that names a
service counts: "### Parameter Store" under "## Secrets Manager vs Parameter Store" is
Parameter Store's section as before; and only one whose "vs" stands between two services
compares ("Networking — VPC, SG vs NACL, Route 53, CloudFront, ELB" is a title). A name
written as one word of capitalised parts labels a line by its capitals ("EB" of
"EventBridge"). A section's footnote definitions at the note's end are its end matter, no
comparison's lines (SidesRead). This holds for any pair of services and any wording of
the lines: it reads the heading's names, never a note's words.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from studycli.extract.context import _COMPARED_ASIDE, Context
from studycli.extract.footnote_marks import FOOTNOTE_DEF
from studycli.extract.side_goes_on import goes_on
from studycli.notes.blocks import Block
from studycli.services import Mention, find_services, find_subjects, subject_entry

_VS = re.compile(r"\b(?:vs\.?|versus)(?!\w)", re.IGNORECASE)
# a side's initials as a line's own label: "SM:", "PS =", "SM ->", "- SM secret max 64kb"
_OPENING_WORD = re.compile(r"[\s\-*•>+]*([A-Z]{2,4})(?![\w@])")
_DRESSING = frozenset({"aws", "amazon", "ssm"})
# initials spelled out after them: "CD = continuous delivery", "CD (continuous delivery)"
_SPELLED = re.compile(r"\s*(?:=|:|-|\(|→|->)\s*([A-Za-z][A-Za-z \-]{2,60})")
# what parts a title's list of services: no "vs" compares across it ("VPC, SG vs NACL,
# Route 53"); words may stand between a "vs" and a side ("Fargate vs self-managed EC2")
_LIST_MARK = re.compile(r"[,;|]")


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
        if not _compares_services(text, named):
            return []  # ("Networking: VPC, SG vs NACL, Route 53": a title, no comparison)
        sides: list[Mention] = []
        for m in named:
            if all(s.name != m.name for s in sides):
                sides.append(m)
        if len(sides) < 2 or _section_of_a_side(ancestors[ancestors.index(text) + 1:], sides):
            return []
        return sides
    return []


def _compares_services(text: str, named: list[Mention]) -> bool:
    """Whether a "vs" of `text` stands between two services: the one named last before it
    and the first named after it, no list mark (, ; |) between them and it ("Lambda vs
    Fargate", "ECS on EC2 vs Fargate", "Fargate vs self-managed EC2"). A title listing
    services with a "vs" between two things of one of them ("Networking — VPC, SG vs NACL,
    Route 53, CloudFront, ELB") compares no services: its lines stay as the rest of the
    parser reads them (the security group lines were the pair's, not the VPC's)."""
    for vs in _VS.finditer(text):
        before = [m for m in named if m.end <= vs.start()]
        after = [m for m in named if m.start >= vs.end()]
        if before and after and before[-1].name != after[0].name \
                and not _LIST_MARK.search(text, before[-1].end, vs.start()) \
                and not _LIST_MARK.search(text, vs.end(), after[0].start):
            return True
    return False


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
    label = _initials_label(text, sides, named)
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


def _initials_label(text: str, sides: list[Mention], named: list[Mention]) -> str:
    """The side whose name's initials open the line as its label ("SM" of "Secrets
    Manager", "PS" of "SSM Parameter Store"), "" for none: not where they open a service's
    name the line writes (`named`), "CW Logs" under "CloudWatch vs CloudTrail" being
    CloudWatch Logs'; nor where they are two sides' ("CF" under "CloudFront vs
    CloudFormation": which one the line means is not said)."""
    m = _OPENING_WORD.match(text)
    if not m or any(n.start == m.start(1) for n in named) or _spelled_out(text, m):
        return ""
    word = m.group(1)
    labelled = {side.name for side in sides if word in _initials(side.alias)}
    return next(iter(labelled)) if len(labelled) == 1 else ""


def _spelled_out(text: str, opening: re.Match) -> bool:
    """Whether the line spells its opening initials out as words that name no service:
    "CD = continuous delivery: ..." under "CodeDeploy vs CodePipeline" is no CodeDeploy
    line, whose capitals are "CD" too; "SM = Secrets Manager" spells a side's name."""
    word = opening.group(1)
    spelled = _SPELLED.match(text, opening.end())
    if not spelled:
        return False
    words = re.findall(r"[A-Za-z][\w]*", spelled.group(1))[:len(word)]
    return "".join(w[0] for w in words).upper() == word \
        and not find_services(" ".join(words))


def _initials(name: str) -> set[str]:
    """The initials of a name of two words or more, and of its words past a dressing
    ("SSM Parameter Store": "SPS" and "PS"); a name written as one word of capitalised
    parts gives its capitals ("EventBridge": "EB", "CloudHSM": "CHSM")."""
    words = [w for w in re.split(r"[\s\-]+", name) if w[:1].isalpha()]
    out = set()
    if len(words) == 1 and words[0][:1].isupper() and re.search(r"[a-z][A-Z]", words[0]):
        out.add("".join(ch for ch in words[0] if ch.isupper()))
    for start in range(len(words)):
        rest = words[start:]
        if start and words[start - 1].lower() not in _DRESSING:
            break
        if len(rest) >= 2:
            out.add("".join(w[0].upper() for w in rest))
    return out


def under_comparison(text: str, ctx: Context, sides: list[Mention] | None = None,
                     before: str = "") -> Context:
    """`ctx`, the context the rest of the parser gave a line of `text`, with the service
    set by the comparison over it: the side it names, or none for a line about the pair.
    `sides`: the comparison's, where `ctx.ancestors` is no line's (a wrapped paragraph's
    sentence, whose ancestors open with the sentence before it). `before`: the side the
    line or paragraph before it under the comparison is filed under (SidesRead), ""
    for none."""
    sides = compared_sides(ctx.ancestors) if sides is None else sides
    if not sides:
        return ctx
    side = side_of_line(text, sides)
    if side is None or side == ctx.service:
        return ctx
    if side == "" and goes_on(text, ctx.service, before, sides):
        return ctx
    return Context(side, "", ctx.ancestors)


# SidesRead.may_go_on: whether a sentence may go on about the side given (the note turns to
# another side later)
_MayGoOn = Callable[[Block, str, list[Mention]], bool]


def sentences_under_comparison(jobs: list[tuple[Block, Context]], ancestors: tuple[str, ...],
                               before: str = "", may_go_on: _MayGoOn | None = None
                               ) -> list[tuple[Block, Context]]:
    """A wrapped paragraph's sentences (`jobs`: each with its context) under the comparison
    over `ancestors`: a sentence the paragraph gave no side is read as a line, the side it
    names, the side the sentence before it is of where it goes on about it (side_goes_on), or
    the pair's (not the file name's service, nor one it named in passing: "Both encrypt
    with KMS ... 64 KB per secret" under "Secrets Manager vs Parameter Store" is no KMS
    limit); one of a paragraph about a side stays that side's. `before`: the side of the
    line before the paragraph (SidesRead); `may_go_on`: whether a sentence may go on about
    the side given (SidesRead.may_go_on), none for always."""
    sides = compared_sides(ancestors)
    if not sides:
        return jobs
    named = {side.name for side in sides}
    out: list[tuple[Block, Context]] = []
    for sentence, ctx in jobs:
        kept = before if may_go_on is None or may_go_on(sentence, before, sides) else ""
        read = ctx if ctx.service in named else under_comparison(sentence.text, ctx, sides,
                                                                 kept)
        out.append((sentence, read))
        before = read.service if read.service in named else ""
    return out


class SidesRead:
    """The lines of a note read in order under the comparisons over them, each knowing the
    side the line before it under the same comparison was filed under (side_goes_on): set
    by a line filed under a side, cleared by one about the pair, naming both sides or
    opening with a third service; per section, so a sub-heading's lines start afresh.
    A section's footnote definitions ("[^1b]: object max 5 TB", at the note's end under
    its last heading, "EFS vs EBS vs FSx") open its end matter: from the first, the lines
    are no comparison's, read as the rest of the parser reads them (as the line citing a
    footnote, or the note's own service: S3's 5 TB was the pair's), where the section ends
    in footnotes (one defined mid-section ends nothing).
    A side goes on only while the note turns to another side later under the comparison
    (a line after it names one): that is a note setting out each side in its own part
    ("Kinesis Data Streams is the real-time one: ..." / "Retention is 24 hours ..." /
    "Firehose vs Data Streams: Firehose is ..."). Where no other side is named again, a
    line naming neither may be about the side never named ("Buffer size 1 to 128 MB,
    buffer interval 60 to 900 seconds." after a Kinesis Data Streams paragraph is
    Firehose's): it stays the pair's, no side's wrong figure."""

    def __init__(self, blocks: list[Block] | None = None) -> None:
        self._last: dict[tuple, str] = {}
        self._end_matter: set[tuple[str, ...]] = set()
        # each section's blocks, in order: grouped once, not scanned whole for each section
        self._sections: dict[tuple[str, ...], list[Block]] = {}
        for b in blocks or []:
            self._sections.setdefault(b.headings, []).append(b)
        self._named: dict[tuple[str, ...], list[tuple[int, frozenset[str]]]] = {}

    def may_go_on(self, block: Block, side: str, sides: list[Mention]) -> bool:
        """Whether `block`, naming no side, may go on about `side`, the side of the line
        before it: a line after it under its headings names another side of `sides` (the
        note sets out each side in its own part). Not for a word of the side's own name
        it says: "A delivery stream buffers up to 128 MB" after a Kinesis Data Streams
        paragraph is Firehose's, "stream" though it says."""
        if not side:
            return False
        named = self._named.get(block.headings)
        if named is None:
            named = [(b.line, frozenset(m.name for m in find_services(b.text)))
                     for b in self._sections.get(block.headings, ())]
            self._named[block.headings] = named
        others = {s.name for s in sides} - {side}
        return any(line > block.line and names & others for line, names in named)

    def line(self, block: Block, text: str, ctx: Context) -> Context:
        """`ctx` of a line (`block`, `text`) under the comparison over it (under_comparison)."""
        if self._in_end_matter(block, text):
            return ctx
        sides = compared_sides(ctx.ancestors)
        key = self._key(block, sides)
        before = self._last.get(key, "")
        read = under_comparison(text, ctx, sides,
                                before if self.may_go_on(block, before, sides) else "")
        self._note(key, sides, read)
        return read

    def sentences(self, block: Block, jobs: list[tuple[Block, Context]],
                  ancestors: tuple[str, ...]) -> list[tuple[Block, Context]]:
        """A wrapped paragraph's sentences (sentences_under_comparison)."""
        if self._in_end_matter(block, block.text):
            return jobs
        sides = compared_sides(ancestors)
        key = self._key(block, sides)
        out = sentences_under_comparison(jobs, ancestors, self._last.get(key, ""),
                                         self.may_go_on)
        if out:
            self._note(key, sides, out[-1][1])
        return out

    def _in_end_matter(self, block: Block, text: str) -> bool:
        if block.headings in self._end_matter:
            return True
        if FOOTNOTE_DEF.match(text) and self._ends_in_footnotes(block.headings):
            self._end_matter.add(block.headings)
            return True
        return False

    def _ends_in_footnotes(self, headings: tuple[str, ...]) -> bool:
        """Whether the section's last line is a footnote's definition: its footnotes are
        its end matter. One defined mid-section, right after the line citing it, ends
        nothing: the lines after it are the comparison's still ("Secret size max 64 KB,
        rotation via Lambda" is no Lambda figure)."""
        # (the line asking is one of the section's: it has a last line)
        return bool(FOOTNOTE_DEF.match(self._sections[headings][-1].text))

    @staticmethod
    def _key(block: Block, sides: list[Mention]) -> tuple:
        return (block.headings, tuple(s.name for s in sides))

    def _note(self, key: tuple, sides: list[Mention], read: Context) -> None:
        self._last[key] = read.service if read.service in {s.name for s in sides} else ""
