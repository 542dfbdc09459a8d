"""The line rules, in the one order they run, the way markdown-it registers its rules.

Every rule has one signature: `rule(block, scope) -> list[Fact]`, where `scope` carries what the
block is about (service, subject, enclosing lines), the note's other blocks, the facts earlier
rules found in this block and `make(**fields)`, which fills in source, line and snippet.
A new fact kind is one rule function plus one `Rule(...)` line in RULES.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from studycli.extract.codes import exception_facts, status_code_facts
from studycli.extract.context import Context
from studycli.extract.defaults import default_facts
from studycli.extract.invocation import invocation_facts
from studycli.extract.journal_lines import answered_as_measure
from studycli.extract.limits import _operation_subject, limit_facts
from studycli.extract.statements import statement_fact
from studycli.extract.support import support_facts
from studycli.model import Fact
from studycli.notes.blocks import MARKED_WRONG_OR_DOUBTED, Block
from studycli.study_schedule import in_dated_section, without_schedule


@dataclass
class Scope:
    """A block's context, as every rule sees it."""

    ctx: Context
    blocks: list[Block]
    make: Callable[..., Fact]
    found: list[Fact] = field(default_factory=list)  # facts of earlier rules, this block


@dataclass(frozen=True)
class Rule:
    """A line rule of the parser: what it reads, and on which lines."""
    name: str
    run: Callable[[Block, Scope], list[Fact]]
    headings: bool = False   # also on heading lines
    # also on a practice question ("Q3. ...?"), whose numbers are the scenario's
    questions: bool = False
    needs_digit_in_heading: bool = False  # on headings only when they hold a number


def _status_codes(block: Block, scope: Scope) -> list[Fact]:
    return status_code_facts(block, scope.blocks, scope.ctx, scope.make)


def _exceptions(block: Block, scope: Scope) -> list[Fact]:
    # (an exception's meaning is no clock time of the log it was seen in: "14:05 DynamoDB
    # ProvisionedThroughputExceededException on the GSI")
    return exception_facts(without_schedule(block.text), scope.ctx, scope.make)


def _invocations(block: Block, scope: Scope) -> list[Fact]:
    return invocation_facts(block, scope.ctx, scope.make)


def _limits(block: Block, scope: Scope) -> list[Fact]:
    text = _with_question(block, scope.blocks)
    ctx = scope.ctx
    if text is block.text and not ctx.subject:
        # "Q: GetSessionToken used for?" / "A: MFA for IAM users. duration 15 min - 36 hrs":
        # the operation the question opens with is what the answer's numbers are of
        question = _question_of(block, scope.blocks)
        operation = _operation_subject(_QUESTION_MARK.sub("", question)) if question else ""
        if operation and operation not in text:
            ctx = Context(ctx.service, operation, ctx.ancestors)
    # (a planner's "break 15 min", a diary's "time 2h" are the student's, no limit of AWS;
    # "time 40 min" alone on its line only in a day's section: "# Lambda / - time: 15 min")
    unscheduled = without_schedule(text, in_dated_section(ctx.ancestors))
    facts = limit_facts(_clauses_marked(answered_as_measure(unscheduled)), ctx, scope.make)
    return _card_side(facts, block, scope.blocks) if facts else facts


# the side of a two-sided measure a card's question asks ("Q: KDS shard write capacity")
# (a word of its own: "read-heavy databases", "write-once logs" name a workload, and "read
# replicas", "write-through" a thing or a strategy, no side of the measure: mendlk48 review H2)
_SIDE_WORD = re.compile(r"(?<![\w-])(read|write)s?(?![\w-])"
                        r"(?![ \t]+(?:replicas?|only|heavy|intensive|through|back|ahead|once)\b)",
                        re.IGNORECASE)
_PARENTHESIS = re.compile(r"\s*\(.*$")


def _card_side(facts: list[Fact], block: Block, blocks: list[Block]) -> list[Fact]:
    """A card's answer ("A: 1 MB/s or 1,000 records/s per shard") states the side its
    question asks ("Q: KDS shard write capacity") without saying it: its measure is that
    side's ("write throughput"), where the vocabulary has such a name. Both sides' figures
    were "throughput", and "kinesis shard write throughput" answered with the read side's
    2 MB/s (a new user, session 48)."""
    question = _question_of(block, blocks)
    if question is None:
        return facts
    answer = _ANSWER_MARK.sub("", block.text, count=1)
    sides = {m.lower() for m in _SIDE_WORD.findall(_QUESTION_MARK.sub("", question))}
    if len(sides) != 1 or _SIDE_WORD.search(answer):
        return facts  # both sides asked, none, or the answer says its own
    from dataclasses import replace

    from studycli.extract.attributes import vocabulary_names

    side = sides.pop()
    names = vocabulary_names()
    out = []
    for f in facts:
        base = _PARENTHESIS.sub("", f.attribute)
        named = f"{side} {base}"
        out.append(replace(f, attribute=named + f.attribute[len(base):])
                   if named in names and side not in f.attribute.lower().split() else f)
    return out


# A cheat sheet's "S3 — max object 5 TB · single PUT max 5 GB · multipart > 100 MB": each dot
# (or bullet) between two clauses ends one, as a semicolon would. Read as one clause, a number
# took a measure or qualifier of the clause next to it (the 5 TB object "single", the 5 GB PUT
# "multipart"). The same length, so every position in the line stays where it was.
_CLAUSE_DOT = re.compile(r"(?<=\S) [·•∙|] (?=\S)")


# Text copied from a cheat sheet of two columns: "EC2 basic monitoring: 5 min period (free)
# <wide gap> Log retention: never expire by default," holds two clauses side by side (the 5 min
# was read as a retention period, and a default). A wide gap ends a clause where the column
# before it gave a number and went on in words after it, and the next column opens on a capital
# or a bullet; not where the number comes after the gap ("Visibility timeout      30 s": a label
# aligned with its value), before a remark ("30 s      # dflt"), nor between the cells of a row
# ("Batch size      10 msgs      total payload 256 KB": the cells are one setting's).
_COLUMN_GAP = re.compile(r"(?<=\S)( ) {4,}(?=[■□▪●•◦*-]?\s?[A-Z])")
# a number, then its unit or a word, then more words: "5 min period (free)", not "10 msgs"
_WORDS_AFTER_A_NUMBER = re.compile(r"\d[^A-Za-z]*[A-Za-z]+[^A-Za-z]+[A-Za-z]")


def _clauses_marked(text: str) -> str:
    """A pipe between clauses of a line that is no table row ("Lambda | timeout 15 min |
    memory 10 GB" alone on its line) ends one too, as does a wide gap between columns."""
    if "     " in text:
        text = _COLUMN_GAP.sub(lambda m: _column_end(text, m), text)
    if "·" not in text and "•" not in text and "∙" not in text and " | " not in text:
        return text
    return _CLAUSE_DOT.sub(" ; ", text)


def _column_end(text: str, gap: re.Match[str]) -> str:
    """The gap, as a clause end where the column before it (since the last wide gap) goes on
    in words after its last number; the same length."""
    before = text[:gap.start()].rpartition("     ")[2]
    last = max((i for i, c in enumerate(before) if c.isdigit()), default=-1)
    if last < 0 or not _WORDS_AFTER_A_NUMBER.match(before, last):
        return gap.group()
    return " ;" + gap.group()[2:]


def _question_of(block: Block, blocks: list[Block]) -> str | None:
    """The question an answer line ("A: ...", "✓ ...") answers, if any."""
    if _ANSWER_MARK.match(block.text) is None:
        return None
    return next((blocks[p].text for p in reversed(block.parents)
                 if _QUESTION_LINE.match(blocks[p].text)), None)


# (an arrow too: "-> 12 h" under "Q: max visibility timeout?", which notes/blocks.py links to
# its question only there)
_ANSWER_MARK = re.compile(r"^\W*(?:(?:A|Ans|Answer)\s*[:.)-]\s*|[✓✔✅☑]\s*)|"
                          r"^\s*(?P<arrow>-{1,2}>|—>|→|=>|⇒)\s*", re.IGNORECASE)
_QUESTION_MARK = re.compile(r"^\W*(?:Q|Question)\s*\d*\s*[:.)-]\s*|\?+\s*$", re.IGNORECASE)
_SHORT_ANSWER = 5  # words: "A: 6,144 characters", "✓ 400 KB (incl. attribute names)"


def _with_question(block: Block, blocks: list[Block]) -> str:
    """A flashcard's short answer is the value of what its question asks: "Q: IAM policy max
    size (managed policy)" / "A: 6,144 characters" reads as "IAM policy max size (managed
    policy): 6,144 characters". Only a question without numbers of its own (a scenario's
    numbers are not the answer's)."""
    mark = _ANSWER_MARK.match(block.text)
    if mark is None:
        return block.text
    answer = block.text[mark.end():]
    if mark.group("arrow") and MARKED_WRONG_OR_DOUBTED.search(answer):
        return block.text  # "-> 15 min ✗": the student's wrong answer, not the card's
    question = _question_of(block, blocks)
    if question is None or len(answer.split()) > _SHORT_ANSWER:
        return block.text
    asked = _QUESTION_MARK.sub("", question).strip()  # "Q12:" numbers the card, asks nothing
    from studycli.services import blank_services

    # (a service's name is no number of the question's: "max size of an S3 object key?")
    if any(ch.isdigit() for ch in blank_services(asked)):
        return block.text
    return f"{asked}: {answer}"


def _named_defaults(block: Block, scope: Scope) -> list[Fact]:
    has_quantity_default = any(f.qualifier == "default" for f in scope.found)
    return default_facts(block.text, scope.ctx, scope.make, has_quantity_default)


def _support(block: Block, scope: Scope) -> list[Fact]:
    return support_facts(block.text, scope.ctx, scope.make)


def _statement(block: Block, scope: Scope) -> list[Fact]:
    return statement_fact(block.text, scope.ctx, scope.make)


RULES: list[Rule] = [
    Rule("status_codes", _status_codes, questions=True),
    # not on a practice question: "Q10. Lambda gets TooManyRequestsException on sync invoke"
    # names the exception, but what it means is the answer's to say
    Rule("exceptions", _exceptions),
    Rule("invocations", _invocations),
    Rule("limits", _limits, headings=True, needs_digit_in_heading=True),
    Rule("named_defaults", _named_defaults, headings=True),
    Rule("support", _support),
    Rule("statement", _statement),
]

_QUESTION_LINE = re.compile(r"^\s*(?:Q|Question)\s*\d*\s*[:.)-]\s*\S|^[^.!]*\?\s*$", re.IGNORECASE)
# Words that ask for something (English and the languages students' notes mix in). A line
# that ends in "?" but says none of them and gives a quantity states it, doubting it: "- SQS
# max retention 14 days?", "memory 128 MB to 3008 MB   <- check this??", and so does a yes/no
# question a helper verb opens (below). Read as a question, the line's fact was lost, and with
# it the check a doubted figure needs most.
_ASKING_FOR = re.compile(
    r"\b(?:what|whats|how|which|when|where|why|who|whom|whose|"
    r"wie|wieviel|wieviele|welche[rsmn]?|wann|warum|wo|"
    r"qu[eé]|cu[aá]l(?:es)?|cu[aá]nt[oa]s?|c[oó]mo|cu[aá]ndo|d[oó]nde|"
    r"quel(?:le)?s?|combien|comment|quand|o[uù]|quant[oa]s?|qual|quais)\b", re.IGNORECASE)
# A helper verb asks too: "Student: NAT gateway bandwidth is 10 Gbps max?", "isnt it 3
# retries?" ask what a teacher or a reply goes on to say; and "can lambda run 30 min?", read
# as a fact, answered "lambda duration" with 30 min (AWS: 15): a yes/no question is no claim.
_HELPER_VERB = re.compile(
    r"\b(?:is|are|was|were|can|could|do|does|did|should|will|would|may|might|must|has|have|"
    r"shall|isn'?t|aren'?t|wasn'?t|doesn'?t|don'?t|didn'?t)\b", re.IGNORECASE)

# A tag asks too: "And SQS max message size, 64 KB right?" asks whether it is (the reply
# said 256 KB), as the yes/no question it stands for does
_TAG_QUESTION = re.compile(
    r"[,;\s]\s*(?:right|correct|yes|no|ok(?:ay)?|true|yeah|eh)\W*\?+\W*$", re.IGNORECASE)

# "Q10 (missed): Fargate with 40 GB RAM needed?": a practice question's number, however marked
_CARD_NUMBER = re.compile(r"^\W*(?:Q|Question)\s*\d*\s*[:.)(-]", re.IGNORECASE)


def _asks(text: str) -> bool:
    """Whether a line is a question: "Q: ..." or "Question 3. ...", or a line ending in "?"
    that is numbered as a question, says a word that asks or states no quantity (a number
    with its unit) to doubt: "Route 53 SLA?" asks, "SQS max retention 14 days?" doubts."""
    if _QUESTION_LINE.match(text) is None:
        return False
    if not text.rstrip(" *_`").endswith("?") or _CARD_NUMBER.match(text) \
            or _ASKING_FOR.search(text) or _HELPER_VERB.search(text) \
            or _TAG_QUESTION.search(text):
        return True
    from studycli.extract.quantities import find_quantities

    return not any(q.unit for q in find_quantities(text))


_WRONG = re.compile(r"^\s*(?:[✗✘❌❎×]|wrong\s*:|incorrect\s*:)", re.IGNORECASE)


def _applies(rule: Rule, block: Block, question: bool) -> bool:
    if question:
        return rule.questions
    if block.kind == "heading":
        return rule.headings and (not rule.needs_digit_in_heading
                                  or any(ch.isdigit() for ch in block.text))
    return True


def block_facts(block: Block, scope: Scope) -> list[Fact]:
    """Every rule that applies to the block, in RULES order."""
    if block.struck or _WRONG.match(block.text):
        # "✗ Increase the Lambda timeout", "-> 15 min (wrong)": the answer the student got wrong
        return []
    question = _asks(block.text)
    for rule in RULES:
        if _applies(rule, block, question):
            scope.found.extend(rule.run(block, scope))
    return scope.found
