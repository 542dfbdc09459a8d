"""Comparisons: "X vs Y" sections and tables whose columns are the things compared."""

from __future__ import annotations

import itertools
import re

from studycli.extract.context import clean_topic
from studycli.model import Comparison
from studycli.notes.blocks import Block
from studycli.notes.tables import Table
from studycli.services import catalog, find_services, find_subjects, subjects_of

_VS_SPLIT = re.compile(r"\s+(?:vs\.?|versus)\s+", re.IGNORECASE)
_VS_OPENING = re.compile(r"[\s*_`]*(?:vs\.?|versus)\s+\S", re.IGNORECASE)
TRAIT = "trait"  # aspect of a row that states one side's property ("Supports multiple consumers")


def resolve_side(text: str, service: str = "") -> str:
    """A side's name as the fact base knows it: a service, a subject, or the cleaned text."""
    raw = re.sub(r"\([^)]*\)|^\s*\[[^\]]{0,20}\]", "", text)  # an aside; a log's "[set3]" tag
    raw = re.sub(r"[*_`]", "", raw).strip(" :.-–")
    if not raw:
        return ""
    subs = find_subjects(raw, service or None)
    if subs and len(subs[0].alias) >= len(raw) - 8:
        return subs[0].name
    services = find_services(raw)
    if services and len(services[0].alias) >= len(raw) - 8:
        return services[0].name
    if service:
        # "FIFO" under SQS is the FIFO queue; "Express" under Step Functions the Express workflow.
        word = raw.lower()
        for owner, subject in catalog().subject_aliases.values():
            if owner == service and subject.lower().startswith(word + " "):
                return subject
    return raw[:60]


def _own_subject(text: str) -> tuple[str, str] | None:
    """(service, subject) where `text` is a service's name then one of its own subjects'
    ("ElastiCache Redis"), else None."""
    raw = re.sub(r"[*_`]", "", re.sub(r"\([^)]*\)", "", text)).strip(" :.-–")
    services = find_services(raw)
    if not services:
        return None
    own = [m for m in find_subjects(raw, services[0].name) if m.start >= services[0].end]
    if own and len(services[0].alias) + len(own[0].alias) >= len(raw) - 8:
        return services[0].name, own[0].name
    return None


def resolved_sides(texts: list[str], service: str) -> list[str]:
    """Each of `texts` resolved (resolve_side), a service's name then its subject's read as
    the subject only beside a sibling subject of that service: "ElastiCache Redis vs
    Memcached" is Redis vs Memcached (as ElastiCache, `compare redis memcached` found no row),
    but a table's "| RDS | ... | ElastiCache Redis |" column is ElastiCache, which `compare rds
    elasticache` asks for."""
    sides = [resolve_side(t, service) for t in texts]
    owns = [_own_subject(t) for t in texts]
    for i, own in enumerate(owns):
        if own is None:
            continue
        owner = own[0]
        subjects = subjects_of(owner)
        if any(j != i and (sides[j].lower() in subjects or (owns[j] or ("",))[0] == owner)
               for j in range(len(texts))):
            sides[i] = own[1]
    return sides


# a practice question's label before its sides ("Q58: Secrets Manager vs Parameter Store
# cost"): the head ended at its colon, and the pair was read as none
_QUESTION_LABEL = re.compile(r"^[\s*_#>-]*(?:Q|question)\s*\d+\s*[:.)\-–]\s*", re.IGNORECASE)


def _sides(text: str, service: str) -> tuple[str, str] | None:
    head = re.split(r"[:=]|->|→", _QUESTION_LABEL.sub("", text, count=1), maxsplit=1)[0]
    parts = _VS_SPLIT.split(head)
    if len(parts) != 2:
        return None
    left, right = resolved_sides(parts, service)
    if not left or not right or left.lower() == right.lower():
        return None
    return left, right


MAX_SIDES = 6


def _many_sides(text: str, service: str) -> list[str] | None:
    """The three or more sides of "SQS vs SNS vs Kinesis", each a name, if so."""
    head = re.split(r"[:=]|->|→", _QUESTION_LABEL.sub("", text, count=1), maxsplit=1)[0]
    parts = _VS_SPLIT.split(head)
    if not 3 <= len(parts) <= MAX_SIDES:
        return None
    sides = resolved_sides(parts, service)
    if not all(sides) or len({s.lower() for s in sides}) < len(sides) or any(
            len(side.split()) > 2 and not _a_name(side) for side in sides):
        return None
    return sides


def _rows_of_many(sides: list[str], scope: set[int], blocks: list[Block],
                  nested: dict[int, list[int]], service: str, source: str) -> list[Comparison]:
    """Under "SQS vs SNS vs Kinesis", each statement about one side, in a row of that side
    against each other one (as sibling_comparisons pairs them): the heading was read as no
    comparison, and its items were filed under the attribute "vs vs"."""
    out: list[Comparison] = []
    for j in sorted(scope):
        b = blocks[j]
        if b.kind == "heading" or len(b.text.split()) < 2:
            continue
        owner = _owner_among(b, blocks, scope, sides, service)
        if owner is None or (len(b.text.split()) <= 4 and _heads_a_list(j, scope, nested)) \
                or b.text.strip().lower() == sides[owner].lower():
            continue
        value = b.text.strip()
        for a, other in itertools.combinations(range(len(sides)), 2):
            if owner in (a, other):
                out.append(Comparison(sides[a], sides[other], TRAIT,
                                      value if owner == a else "",
                                      value if owner == other else "", source, b.line))
    return out


def _owner_among(b: Block, blocks: list[Block], scope: set[int], sides: list[str],
                 service: str) -> int | None:
    """The one side a statement is about: the one a short lead-in above it names, else the
    one side the statement names (None if it names none or several)."""
    for text in reversed([blocks[p].text for p in b.parents if p in scope]):
        if len(text.split()) <= 4:
            named = [k for k, side in enumerate(sides) if _mentions(text, side, service)]
            if len(named) == 1:
                return named[0]
    named = [k for k, side in enumerate(sides) if _mentions(b.text, side, service)]
    return named[0] if len(named) == 1 else None


def _mentions(text: str, side: str, service: str) -> bool:
    if side.lower() in text.lower():
        return True
    first = side.split()[0].lower()
    if len(first) >= 3 and re.search(rf"\b{re.escape(first)}\b", text, re.IGNORECASE):
        return True
    return any(m.name == side for m in find_subjects(text, service or None)) or any(
        m.name == side for m in find_services(text))


def section_comparisons(blocks: list[Block], service_of, source: str) -> list[Comparison]:
    """Rows from "X vs Y" headings and items: each statement under it, on its side."""
    out: list[Comparison] = []
    nested: dict[int, list[int]] | None = None
    for index, block in enumerate(blocks):
        text = _with_both_sides(block.text, service_of, index)
        if not text:
            continue  # no sides (_sides splits on it), and no context to work out for them
        service = service_of(index)
        if nested is None:
            nested = nested_under(blocks)
        if block.kind != "heading" and not nested.get(index):
            row = _line_row(text, block.text, service)
            if row:
                out.append(Comparison(*row, source=source, line=block.line))
                continue
            rows = _one_line_many(text, service)
            if rows:
                out.extend(Comparison(*r, source=source, line=block.line) for r in rows)
                continue
        sides = _sides(text, service)
        if not sides:
            many = _many_sides(text, service)
            if many:
                out.extend(_rows_of_many(many, _scope(index, blocks, nested), blocks,
                                         nested, service, source))
            continue
        left, right = sides
        scope = _scope(index, blocks, nested)
        for j in scope:
            b = blocks[j]
            if b.kind == "heading" or len(b.text.split()) < 2:
                continue
            owner = _owner(b, blocks, scope, left, right, service)
            if owner is None or _only_names_a_side(b, _heads_a_list(j, scope, nested), left,
                                                   right):
                continue
            value = b.text.strip()
            out.append(Comparison(left, right, TRAIT, value if owner == "left" else "",
                                  value if owner == "right" else "", source, b.line))
    return out


def _with_both_sides(text: str, service_of, index: int) -> str:
    """`text` if it sets two sides against each other; "vs CloudFront: CF caches, GA does
    not" under "## Global Accelerator" with the section's service, the side left unsaid,
    before it; "" if neither."""
    if _VS_SPLIT.search(text) is not None:
        return text
    if not _VS_OPENING.match(text) or not service_of(index):
        return ""
    return f"{service_of(index)} {text.lstrip()}"


def _line_row(text: str, written: str, service: str) -> tuple[str, str, str, str, str] | None:
    """_one_line_row's or _said_of_both's row of `text`, its values as the note `written`
    says them where `text` put the section's service before the line."""
    if text is not written and sum(m.name == service for m in find_services(written)):
        return None  # "vs SNS: SQS retention 14 days" under SQS: SQS's own line
    row = _one_line_row(text, service) or _said_of_both(text, service)
    if row and text is not written:
        left, right, aspect, left_value, right_value = (
            written.strip() if v == text.strip() else v for v in row)
        return left, right, aspect, left_value, right_value
    return row


# where a one-line comparison's sides end and what it says of them begins
_BODY_START = re.compile(r"\s*(?::|=>?|->|→|\s[—–-]\s)\s*")
_BODY_CLAUSE = re.compile(r"\s*(?:;|\s·\s|\.\s+|<br>)\s*")
# where a clause may hand over to the other side: "SQS is pull (polling), SNS is push"
_SIDE_TURN = re.compile(r"\s*(?:,|\bwhile\b|\bwhereas\b|\bbut\b)\s*", re.IGNORECASE)


def _one_line_row(text: str, service: str) -> tuple[str, str, str, str, str] | None:
    """What a comparison on one line says of each side: "SQS vs Kinesis: SQS = queue, deleted
    once read; Kinesis = stream, replayable" or "Read replica vs Multi-AZ — scaling reads vs
    HA". Read as one line it was a plain statement, and no compare drill or `lookup "x vs y"`
    could tell which half is whose. Each clause goes to the one side it opens with; "a vs b"
    after the sides gives them in order. None unless both sides get a value."""
    vs = _VS_SPLIT.search(text)
    body = _BODY_START.search(text, vs.end()) if vs else None
    if body is None:
        return None
    sides = _sides(text[:body.start()], service)
    if sides is None or any(len(side.split()) > 2 and not _a_name(side) for side in sides):
        return None  # ("SQS vs SNS in one line: ..." names no side "SNS in one line")
    rest = text[body.end():].strip()
    halves = _VS_SPLIT.split(rest)
    if len(halves) == 2 and all(h.strip() for h in halves):
        # ("throughput HDD vs cold HDD · neither bootable": a clause after is of both)
        right = _BODY_CLAUSE.split(halves[1].strip(), maxsplit=1)[0]
        return (*sides, TRAIT, halves[0].strip(), right)
    values: dict[int, list[str]] = {0: [], 1: []}
    for clause in _side_clauses(rest, sides, service):
        named = _opening_side(clause, sides, service)
        if named is not None:
            values[named].append(clause.strip())
    if not values[0] or not values[1]:
        return None
    return (*sides, TRAIT, "; ".join(values[0]), "; ".join(values[1]))


def _one_line_many(text: str, service: str) -> list[tuple[str, str, str, str, str]]:
    """_one_line_row's rows for three sides or more ("SQS vs SNS vs Kinesis -> SQS = pull;
    SNS = push to many subs; Kinesis = replayable"): each clause to the one side it opens
    with, a row for each pair of sides; none unless every side gets a value."""
    vs = _VS_SPLIT.search(text)
    body = _BODY_START.search(text, vs.end()) if vs else None
    sides = _many_sides(text[:body.start()], service) if body else None
    if body is None or sides is None:
        return []
    values: list[list[str]] = [[] for _ in sides]
    for clause in filter(None, _BODY_CLAUSE.split(text[body.end():].strip())):
        pieces = [clause]
        for turn in reversed(list(_SIDE_TURN.finditer(clause))):  # "SQS = pull, SNS = push"
            if _opening_among(clause[turn.end():], sides, service) is not None:
                pieces[0:1] = [pieces[0][:turn.start()], pieces[0][turn.end():]]
        for piece in pieces:
            named = _opening_among(piece, sides, service)
            if named is not None and piece.strip():
                values[named].append(piece.strip())
    if not all(values):
        return []
    return [(sides[a], sides[b], TRAIT, "; ".join(values[a]), "; ".join(values[b]))
            for a, b in itertools.combinations(range(len(sides)), 2)]


def _opening_among(clause: str, sides: list[str], service: str) -> int | None:
    """The one side a clause opens with, if one."""
    opening = clause[:max(len(side) for side in sides) + 12]
    named = [k for k, side in enumerate(sides) if _opens_with(opening, side, service)]
    return named[0] if len(named) == 1 else None


def _said_of_both(text: str, service: str) -> tuple[str, str, str, str, str] | None:
    """A one-line comparison whose body is not one clause a side ("gp2 vs gp3 -> gp3 is ~20%
    cheaper, baseline 3000 IOPS", "SQS vs SNS: both fully managed"): the line compares the
    two, so it is kept as said of both, the same line in both cells, never one side's. It was
    read as nothing: `compare gp2 gp3` said the notes compare nothing. The same shape as
    _one_line_row's: the sides, each a name, before the body's mark, and a body of words."""
    vs = _VS_SPLIT.search(text)
    body = _BODY_START.search(text, vs.end()) if vs else None
    if body is None or len(text[body.end():].split()) < 2:
        return None
    sides = _sides(text[:body.start()], service)
    if sides is None or any(len(side.split()) > 2 and not _a_name(side) for side in sides):
        return None
    line = " ".join(text.split())
    return (*sides, TRAIT, line, line)


def _opening_side(clause: str, sides: tuple[str, str], service: str) -> int | None:
    """The one side (0 or 1) a clause opens with, if one."""
    opening = clause[:max(len(side) for side in sides) + 12]
    named = [k for k, side in enumerate(sides) if _opens_with(opening, side, service)]
    return named[0] if len(named) == 1 else None


def _side_clauses(rest: str, sides: tuple[str, str], service: str) -> list[str]:
    """The body's clauses, a clause cut again where the other side takes over after a comma
    or "while" ("SQS is pull (polling), SNS is push"); a comma inside one side's clause
    ("SQS is pull, polled by consumers") stays in it."""
    out: list[str] = []
    for clause in filter(None, _BODY_CLAUSE.split(rest)):
        start = 0
        for turn in _SIDE_TURN.finditer(clause):
            if turn.start() > start and _opening_side(clause[turn.end():], sides,
                                                      service) is not None:
                out.append(clause[start:turn.start()])
                start = turn.end()
        out.append(clause[start:])
    return [c for c in out if c.strip()]


def _a_name(side: str) -> bool:
    """Is the side a service's or subject's name, not a phrase the note wrote?"""
    return any(m.name == side for m in find_services(side)) or any(
        m.name == side for m in find_subjects(side))


def _opens_with(text: str, side: str, service: str) -> bool:
    """Does `text` open with (a word of) the side's name?"""
    first = re.match(r"\W*(\w[\w-]*)", text)
    return first is not None and _mentions(first.group(1), side, service) or _mentions(
        text, side, service) and text.lower().lstrip(" *_`").startswith(side.lower()[:3])


def _owner(b: Block, blocks: list[Block], scope: set[int], left: str, right: str,
           service: str) -> str | None:
    """Which side ("left" or "right") a statement in a comparison's scope is about, if one:
    the side a short lead-in above it names, else the one side the statement itself names."""
    lead = [blocks[p].text for p in b.parents if p in scope]
    for text in reversed(lead):  # "**SQS**" paragraph introducing its list
        if len(text.split()) <= 4:
            if _mentions(text, left, service):
                return "left"
            if _mentions(text, right, service):
                return "right"
    on_left, on_right = _mentions(b.text, left, service), _mentions(b.text, right, service)
    if on_left == on_right:
        return None
    return "left" if on_left else "right"


def _heads_a_list(j: int, scope: set[int], nested: dict[int, list[int]]) -> bool:
    """Whether some block in the comparison's scope is nested under block j (a block is never
    its own parent: asking j's own parents for j was never true)."""
    return any(k in scope for k in nested.get(j, ()))


def _only_names_a_side(b: Block, heads_a_list: bool, left: str, right: str) -> bool:
    """A label heading its own list, or the bare name of a side: no statement to compare."""
    if len(b.text.split()) <= 4 and heads_a_list:
        return True
    return b.text.strip().lower() in (left.lower(), right.lower())


def nested_under(blocks: list[Block]) -> dict[int, list[int]]:
    """For each block, the blocks nested under it, in note order: one pass over every block's
    parents (asking each block "is it under this one?" for every block was quadratic)."""
    out: dict[int, list[int]] = {}
    for j, block in enumerate(blocks):
        for parent in dict.fromkeys(block.parents):
            if parent < j:
                out.setdefault(parent, []).append(j)
    return out


def _scope(index: int, blocks: list[Block], nested: dict[int, list[int]]) -> set[int]:
    block = blocks[index]
    if block.kind == "heading":
        # A section is the run of blocks after its heading whose trail starts with it.
        trail = block.headings + (block.text,)
        scope = set()
        for j in range(index + 1, len(blocks)):
            if blocks[j].headings[: len(trail)] != trail:
                break
            scope.add(j)
        return scope
    return set(nested.get(index, ()))


_QUALIFIER_COLUMNS = {
    "default": "default", "defaults": "default", "default value": "default",
    "limit": "max", "limits": "max", "max": "max", "maximum": "max", "max value": "max",
    "hard limit": "max", "soft limit": "max", "quota": "max", "upper limit": "max",
    "min": "min", "minimum": "min", "lower limit": "min", "value": "", "values": "",
    "range": "", "allowed range": "", "quota value": "", "current value": "",
    # an API reference's columns of a parameter's bounds ("| VisibilityTimeout | 0 to 43200 |
    # 30 |"): values, not a thing called "Valid range"
    "valid range": "", "valid values": "", "constraints": "", "length constraints": "",
}


def qualifier_column(header_cell: str) -> str | None:
    """"Default" / "Limit" / "Max" column headers qualify values; they are not things
    compared."""
    cell = " ".join(header_cell.lower().split()).strip(" *:")
    word = _QUALIFIER_COLUMNS.get(cell)
    if word is None and cell.endswith((")", "]")):
        # "Max (after increase)", "Default (sec)": a qualifier with an aside or its unit
        word = _QUALIFIER_COLUMNS.get(_ASIDE_AFTER.sub("", cell).strip(" *:"))
    if word is None:
        # the Service Quotas console's "AWS default quota value" and "Applied account-level
        # quota value": a qualifier among the console's words for a quota
        word = _console_qualifier(cell)
    if word is None:
        # "Range / Max", "Min / Max", "Range / options": qualifier words joined are one
        # column of values, not a thing (the row label was taken for a subject, and the
        # attribute was lost: "Message retention period | duration | 14 days")
        parts = [p.strip() for p in _JOINED.split(cell) if p.strip()]
        known = {**_CHOICE_WORDS, **_QUALIFIER_COLUMNS}
        if len(parts) < 2 or not all(p in known for p in parts):
            return None
        words = {known[p] for p in parts}
        word = words.pop() if len(words) == 1 else ""
    return {"max": "max", "min": "min", "default": "default"}.get(word, "")


def _console_qualifier(cell: str) -> str | None:
    """The qualifier of a header in the console's words for a quota: "AWS default quota value",
    "Applied account-level quota value", and as a student shortens them, "Applied value" and
    "AWS default" (without "quota" they were two things compared: "AWS default vs Applied
    value"). "AWS" alone says no qualifier: "| AWS | Azure |" compares."""
    words = [w for w in _CONSOLE_WORD_SPLIT.split(cell) if w]
    kept = " ".join(w for w in words if w not in _CONSOLE_WORDS)
    if "quota" in words or "applied" in words:
        return _QUALIFIER_COLUMNS.get(kept or "value")
    return _QUALIFIER_COLUMNS.get(kept) if "aws" in words and kept else None


_ASIDE_AFTER = re.compile(r"\s*[(\[][^()\[\]]*[)\]]$")
_CONSOLE_WORDS = frozenset({"aws", "quota", "applied", "account-level", "account", "level",
                            "service", "current"})
_CONSOLE_WORD_SPLIT = re.compile(r"[\s()]+")
_JOINED = re.compile(r"\s*(?:/|,|&|\+|[-–]|\bor\b|\band\b)\s*")
_CHOICE_WORDS = {"options": "", "allowed values": "", "choices": ""}


MAX_SIBLINGS = 5


def sibling_comparisons(blocks: list[Block], service_of, source: str) -> list[Comparison]:
    """"Compute: - Lambda (...) - Fargate (...)": items that are just the names of two or more
    services or subjects, side by side under one parent, compare what is noted under each."""
    out: list[Comparison] = []
    nested = nested_under(blocks)
    for block in blocks:
        named = []
        for child in block.children:
            side = _whole_name(blocks[child].text, service_of(child))
            notes = nested.get(child, []) if side else []
            if side and notes:
                named.append((side, notes))
        if not 2 <= len(named) <= MAX_SIBLINGS or len({s for s, _ in named}) < len(named):
            continue
        for (left, lnotes), (right, rnotes) in itertools.combinations(named, 2):
            for j in lnotes:
                out.append(Comparison(left, right, TRAIT, blocks[j].text, "", source,
                                      blocks[j].line))
            for j in rnotes:
                out.append(Comparison(left, right, TRAIT, "", blocks[j].text, source,
                                      blocks[j].line))
    return out


def _whole_name(text: str, service: str) -> str:
    """The service or subject an item is nothing but the name of ("Fargate", "FIFO queue")."""
    plain = re.sub(r"\([^)]*\)|[*_`:]", " ", text).strip()
    if not plain or len(plain.split()) > 4:
        return ""
    for found in (find_subjects(plain, service or None), find_services(plain)):
        if found and len(found[0].alias) >= len(plain) - 3:
            return found[0].name
    return ""


def table_comparisons(table: Table, service: str, source: str) -> list[Comparison]:
    """A table whose columns are the things compared: one row per aspect and pair of columns."""
    if len(table.rows) < 2:
        return []
    header = table.rows[0]
    if any(qualifier_column(cell) is not None for cell in header[1:]):
        return []
    if re.search(r"code|status|error|exception", " ".join(header[:1]).lower()):
        return []  # a table of error codes and their meanings compares nothing
    has_aspect_column = len(header) >= 3 or (header and not header[0].strip())
    side_cols = list(range(1, len(header))) if has_aspect_column else list(range(len(header)))
    named = [c for c in side_cols if header[c].strip()]
    sides = dict(zip(named, resolved_sides([header[c] for c in named], service), strict=True))
    if len(sides) < 2 or len(sides) > 6:
        return []
    out: list[Comparison] = []
    # a table has one line number per row
    for row, line in zip(table.rows[1:], table.lines[1:], strict=True):
        aspect = clean_topic(row[0]) if has_aspect_column and row else ""
        cells = {c: row[c] for c in sides if c < len(row)}
        if not has_aspect_column:
            out.extend(_paragraph_rows(cells, sides, source, line))
            continue
        if not aspect:
            continue
        for a, b in itertools.combinations(sides, 2):
            out.append(Comparison(sides[a], sides[b], aspect, _flat(cells.get(a, "")),
                                  _flat(cells.get(b, "")), source, line))
    return out


def _flat(cell: str) -> str:
    return " ".join(cell.split())


def _paragraph_rows(cells: dict[int, str], sides: dict[int, str], source: str,
                    line: int) -> list[Comparison]:
    """Two cells of labelled paragraphs ("Unlimited Throughput – ...") line up by position."""
    cols = list(sides)[:2]
    paras = [[p.strip() for p in cells.get(c, "").split("\n") if p.strip()] for c in cols]
    out = []
    # not strict: a paragraph with no counterpart in the other cell lines up with nothing
    for left_p, right_p in zip(*paras, strict=False):
        aspect = _shared_label(left_p, right_p)
        if not aspect:
            continue  # unlabelled paragraphs (image descriptions, prose) do not line up
        out.append(Comparison(sides[cols[0]], sides[cols[1]], aspect, left_p, right_p, source,
                              line))
    return out


def _shared_label(a: str, b: str) -> str:
    split_a = re.split(r"\s[–—-]\s", a, maxsplit=1)
    split_b = re.split(r"\s[–—-]\s", b, maxsplit=1)
    if len(split_a) < 2 or len(split_b) < 2:
        return ""
    la, lb = split_a[0], split_b[0]
    common = [w for w in la.split() if w.lower() in {x.lower() for x in lb.split()}]
    if common:
        return " ".join(common).lower()
    return f"{la} / {lb}"[:60].lower()
