"""Compare two services or subjects: rows from the notes' comparisons plus shared attributes.

A side is a service ("SQS") or a subject inside one ("SQS" / "FIFO queue"), resolved through
the alias table in data/services.json. Comparison rows written in notes name their sides
loosely ("Standard" vs "FIFO", "REST" vs "HTTP"), so they are resolved with the other side
as context.
"""

from __future__ import annotations

import random
import re
from collections import defaultdict
from dataclasses import dataclass, field

from studycli.compare_model import (
    TRAIT,
    Cell,
    CompareTable,
    Row,
    Side,
    is_placeholder,
    mask_value,
    same_value,
)
from studycli.conflicts import group_conflicts
from studycli.errors import StudyError
from studycli.model import Comparison, Fact, Kind
from studycli.services import catalog, find_services, find_subjects, subject_entry

MIN_REFERENCE_ROWS = 3  # fewer aspects with both sides than this: the AWS reference adds some


# ---------------------------------------------------------------- resolving names

def _exact(text: str) -> Side | None:
    cat = catalog()
    key = " ".join(text.strip().lower().split())
    if key in cat.subject_aliases:
        return Side(*cat.subject_aliases[key])
    if key in cat.service_aliases:
        return Side(cat.service_aliases[key])
    return None


def _mentioned(text: str) -> Side | None:
    subjects = find_subjects(text)
    services = find_services(text)
    if subjects:
        # "sqs fifo queue": a subject wins; a named service must agree with it.
        named = {m.name for m in services}
        for m in subjects:
            owner = subject_entry(m)[0]
            if not named or owner in named:
                return Side(owner, m.name)
    if services:
        return Side(services[0].name)
    return None


def resolve_side(text: str) -> Side | None:
    """A side for a name typed by the student, or None."""
    if not text or not text.strip():
        return None
    return _exact(text) or _mentioned(text)


def _prefix_subject(text: str, service: str) -> Side | None:
    """ "Standard" within SQS -> standard queue: the one subject of `service` it begins."""
    word = _said(text)
    if not word:
        return None
    hits = {subject for alias, subject in _subject_aliases_of(service) if _begins(alias, word)}
    return Side(service, hits.pop()) if len(hits) == 1 else None


def _said(text: str) -> str:
    """`text` as a subject alias is written: lower case, one space between words."""
    return " ".join(text.strip().lower().split())


def _begins(alias: str, word: str) -> bool:
    """Whether a subject's `alias` is `word` or begins with it as whole words."""
    return alias == word or alias.startswith(word + " ")


# The catalogue's subject aliases by owning service, with the catalogue they were read from:
# a comparison row neither of whose sides resolves asks every service (resolve_pair), which
# read every subject alias of every service once per service (a third of a millisecond a
# call, a tenth of a new note set's ingest).
_BY_SERVICE: list = [None, {}]


def _subject_aliases_of(service: str) -> tuple[tuple[str, str], ...]:
    cat = catalog()
    if _BY_SERVICE[0] is not cat:
        by: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for alias, (owner, subject) in cat.subject_aliases.items():
            by[owner].append((alias, subject))
        _BY_SERVICE[:] = [cat, {owner: tuple(pairs) for owner, pairs in by.items()}]
    return _BY_SERVICE[1].get(service, ())


def resolve_pair(left: str, right: str) -> tuple[Side | None, Side | None]:
    """Both sides of a comparison row written in a note, each resolved with the other's help."""
    a, b = resolve_side(left), resolve_side(right)
    if a and b and a.subject and b.subject and a.service != b.service:
        # "| | On-Demand | Reserved | Spot |" under "# EC2": "On-Demand" alone is Kinesis's
        # on-demand mode to the alias table, and EC2's rows were shown under its name. A
        # subject named without its service counts only beside a side of its own service
        # (as row_sides reads a row); otherwise it is looked for in the other side's.
        a2 = a if counts_beside(left, a, b.service) else _prefix_subject(left, b.service)
        b2 = b if counts_beside(right, b, a.service) else _prefix_subject(right, a.service)
        return a2, b2
    if a and not b:
        b = _prefix_subject(right, a.service)
    elif b and not a:
        a = _prefix_subject(left, b.service)
    elif not a and not b:
        # "REST" vs "HTTP": the service where both begin a subject's name.
        lefts, rights = _prefix_subjects(left), _prefix_subjects(right)
        for service in catalog().full_names:
            if service in lefts and service in rights:
                return lefts[service], rights[service]
    return a, b


# Per catalogue, a text's _prefix_subjects by its words: a note's tables repeat their column
# names ("Standard", "FIFO") row after row, and a row neither of whose sides resolves asked
# every service in turn (some 170 _prefix_subject calls, each over its service's aliases:
# a fifth of a table-heavy note's card sync)
_ALL_PREFIXED: list = [None, {}]


def _prefix_subjects(text: str) -> dict[str, Side]:
    """_prefix_subject(text, service) of every service for which it is not None, by service:
    one pass over the catalogue's subject aliases."""
    cat = catalog()
    if _ALL_PREFIXED[0] is not cat or len(_ALL_PREFIXED[1]) >= 65536:
        _ALL_PREFIXED[:] = [cat, {}]
    word = _said(text)
    known = _ALL_PREFIXED[1].get(word)
    if known is None:
        hits: dict[str, set[str]] = defaultdict(set)
        if word:
            for alias, (owner, subject) in cat.subject_aliases.items():
                if _begins(alias, word):
                    hits[owner].add(subject)
        known = _ALL_PREFIXED[1][word] = {
            owner: Side(owner, next(iter(subjects)))
            for owner, subjects in hits.items() if len(subjects) == 1}
    return known


def counts_beside(text: str, side: Side, service: str | None) -> bool:
    """Whether `side`, read from `text`, stands beside a side of `service` in one comparison:
    a service does, and so does a subject of `service` itself, or one `text` names with its
    own service ("Kinesis on-demand"). A subject named alone is no other service's: "On-Demand"
    beside EC2's Spot is EC2's, though the alias table gives it to Kinesis Data Streams. (The
    one rule for resolve_pair, row_sides and scoped_pair.)"""
    return (not side.subject or side.service == service
            or any(m.name == side.service for m in find_services(text)))


def suggestions(text: str, limit: int = 3) -> list[str]:
    """Names close to `text`, for an unknown-name message."""
    from rapidfuzz import fuzz, process

    from studycli.compare_typos import labels as known_labels

    labels = known_labels()
    found = process.extract(text.lower(), list(labels), scorer=fuzz.WRatio, limit=limit * 4)
    out: list[str] = []
    for alias, score, _ in found:
        if score >= 75 and labels[alias] not in out:
            out.append(labels[alias])
    word = text.strip().lower()
    if len(word) <= 4:
        # a ratio cannot tell "sms" from "sns" (one letter of three is 67%): a short name is
        # offered the names one typo away ("sms": SNS, SQS, SES)
        from rapidfuzz.distance import Levenshtein

        typo = [alias for alias in labels if abs(len(alias) - len(word)) <= 1
                and Levenshtein.distance(alias, word, score_cutoff=1) <= 1]
        # closest first, not in catalogue order: a digit mistyped is another digit, and a
        # key mistyped is mostly its neighbour ("ec3" is EC2 before ECR and ECS, each also one
        # letter away; "sms" SNS before SQS)
        shape = _shape(word)
        typo.sort(key=lambda alias: (Levenshtein.distance(_shape(alias), shape),
                                     not _next_key_slip(alias, word)))
        for alias in typo:
            if labels[alias] not in out:
                out.append(labels[alias])
    return out[:limit]


_KEY_ROWS = ("1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm")
_KEY_AT = {c: (row, col) for row, keys in enumerate(_KEY_ROWS) for col, c in enumerate(keys)}


def _next_key_slip(alias: str, word: str) -> bool:
    """Whether `word` is `alias` with one character typed as a key beside it."""
    if len(alias) != len(word):
        return False
    differ = [(a, w) for a, w in zip(alias, word, strict=True) if a != w]
    if len(differ) != 1 or differ[0][0] not in _KEY_AT or differ[0][1] not in _KEY_AT:
        return False
    (row_a, col_a), (row_w, col_w) = _KEY_AT[differ[0][0]], _KEY_AT[differ[0][1]]
    # a row sits half a key right of the one above it: 'e' touches '3' and '4'
    return abs(row_a - row_w) <= 1 and (
        abs(col_a - col_w) <= 1 if row_a == row_w else
        col_a - col_w in ((0, 1) if row_a < row_w else (-1, 0)))


def _shape(name: str) -> str:
    """`name` with each digit written 0 and each other character a: what kind of character
    stands where."""
    return "".join("0" if c.isdigit() else "a" for c in name)


def require_side(text: str, notes=None) -> Side:
    """The side `text` names, or a StudyError saying it names none. `notes` opens the fact
    base, asked only for a name the alias tables lack (compare_names: the notes' own names
    and initials): an unknown name is still reported before a database is built."""
    side = resolve_side(text)
    if side is None:
        from studycli.compare_names import lexicon_side, notes_side

        store = notes() if notes else None  # notes_side asks the lexicon first
        side = notes_side(store, text) if store is not None else lexicon_side(text)
    if side is None:
        from studycli.compare_typos import repaired_name

        fixed = repaired_name(text)
        side = resolve_side(fixed) if fixed else None
        if side is not None:  # as lookup reads "lamda": said, on stderr, and on we go
            from studycli.commands import warn

            warn(f"studycli compare: no service or subject is called {text.strip()!r}; "
                 f"comparing {side.label} (the one name it is a typo of)")
            return side
        near = suggestions(text)
        hint = (f"; did you mean: {', '.join(near)}?" if near
                else "; try `studycli compare` for the list")
        raise StudyError(f"unknown service or subject {text.strip()!r}{hint}")
    return side


def require_pair(left: str, right: str, notes=None) -> tuple[Side, Side]:
    """The two sides typed, each as require_side gives it, except two subjects of different
    services named without them that a table of the notes compares as one service's: typed
    "on-demand" is Kinesis Data Streams' on-demand mode to the alias table, and `compare
    on-demand spot` said notes with "| | On-Demand | Reserved | Spot |" under "# EC2" had
    nothing that compares them. Then the sides are the notes' (row_sides: EC2's On-Demand)."""
    a, b = require_side(left, notes), require_side(right, notes)
    if notes is None or not (a.subject and b.subject and a.service != b.service):
        return a, b
    wanted = {}
    for home in (b.service, a.service):
        pair = scoped_pair(left, right, home)
        if pair is not None:
            wanted[tuple(_side_key(s) for s in pair)] = pair
    if not wanted:
        return a, b
    from studycli.store.comparisons import list_comparisons

    store = notes(build=True)
    for x, y in row_sides(store, list_comparisons(store), as_written=False):
        if x is None or y is None:
            continue
        if (_side_key(x), _side_key(y)) in wanted:
            return x, y
        if (_side_key(y), _side_key(x)) in wanted:
            return y, x
    return a, b


def _side_key(side: Side) -> tuple[str, str]:
    return side.service.lower(), " ".join(side.subject.lower().split())


# ---------------------------------------------------------------- building the table

def row_sides(db, comparisons: list[Comparison], as_written: bool = True
              ) -> list[tuple[Side | None, Side | None]]:
    """Each comparison's two sides, resolved as resolve_pair does and, where it finds none,
    as a typed name is (compare_names: "SG" a note links to "security group"; "FSx", a name
    no table lists, as written), so a row of the notes meets the names typed for it. Without
    `as_written` a name nothing resolves stays None: a table's column headers ("AZs", "Notes")
    are such names too, and are no pair to offer."""
    return [(a if as_written or not a_written else None,
             b if as_written or not b_written else None)
            for (a, a_written), (b, b_written) in _resolved_rows(db, comparisons)]


Resolved = tuple[Side | None, bool]  # a row's side, and whether it is its name as written


def _resolved_rows(db, comparisons: list[Comparison]) -> list[tuple[Resolved, Resolved]]:
    """row_sides' work, once: each side as `as_written` gives it, and whether nothing but its
    name as written gave it (then None without `as_written`)."""
    from studycli.compare_names import initials_side, lexicon_side

    lexed: dict[str, Side | None] = {}
    known: dict[tuple[str, str], Resolved] = {}

    def lexicon(text: str) -> Side | None:
        if text not in lexed:
            lexed[text] = lexicon_side(text) if text.strip() else None
        return lexed[text]

    def named(text: str, other: Side | None) -> Resolved:
        # A lexicon subject only beside a side of its own service (as _prefix_subject reads
        # a row): "On-demand" in a DynamoDB table was Kinesis Data Streams' on-demand mode, and
        # `compare on-demand provisioned` mixed DynamoDB's billing rows into Kinesis's.
        key = (text, other.service.lower() if other else "")
        if key not in known:
            lex = lexicon(text)
            if lex is not None and not counts_beside(text, lex, other.service if other else None):
                lex = None
            found = lex or initials_side(db, text)
            known[key] = (found, False) if found else (Side(" ".join(text.split())), True)
        return known[key]

    def beside(text: str, other: Side | None, resolved: Side | None) -> Resolved:
        side, written = named(text, other) if text.strip() else (None, False)
        if side is not None and not side.subject and resolved is not None and resolved.subject \
                and side == Side(" ".join(text.split())):
            # A name no table knows beside a subject the alias table gives ("On-demand" ->
            # Kinesis Data Streams' on-demand mode, in a DynamoDB table of "On-demand |
            # Provisioned"): the subject may be another service's of the same name, and a
            # sibling of its own service would have resolved (_prefix_subject). Unresolved.
            return None, False
        return side, written

    pairs = [resolve_pair(c.left, c.right) for c in comparisons]
    homes = _table_services(comparisons, pairs)
    out = []
    for c, (a, b) in zip(comparisons, pairs, strict=True):
        if a is None and b is None and (c.source, c.line) in homes:
            # a row about one service (EC2's "Reserved vs Spot") scopes a side the alias table
            # gives another service's subject ("On-Demand": Kinesis's on-demand mode) to it
            a, b = scoped_pair(c.left, c.right, homes[(c.source, c.line)]) or (None, None)
        hint_a, hint_b = a or lexicon(c.left), b or lexicon(c.right)
        out.append(((a, False) if a else beside(c.left, hint_b, b),
                    (b, False) if b else beside(c.right, hint_a, a)))
    return out


def _table_services(comparisons: list[Comparison], pairs) -> dict[tuple[str, int], str]:
    """The service each table row's comparisons are about: one whose two sides are subjects of
    that one service ("Reserved vs Spot" under "# EC2"), by (source, line)."""
    homes: dict[tuple[str, int], str] = {}
    for c, (a, b) in zip(comparisons, pairs, strict=True):
        if a and b and a.subject and b.subject and a.service == b.service:
            homes.setdefault((c.source, c.line), a.service)
    return homes


def scoped_pair(left: str, right: str, home: str) -> tuple[Side, Side] | None:
    """(left, right) where one is a subject of `home` and the other a subject of another
    service named without it, kept as written as `home`'s; else None."""
    a, b = resolve_side(left), resolve_side(right)
    if not (a and b and a.subject and b.subject and a.service != b.service):
        return None
    if b.service == home and not counts_beside(left, a, home):
        return Side(home, " ".join(left.split())), b
    if a.service == home and not counts_beside(right, b, home):
        return a, Side(home, " ".join(right.split()))
    return None


def _comparison_rows(db, comparisons: list[Comparison], left: Side, right: Side) -> list[Row]:
    rows, seen = [], set()
    for c, (a, b) in zip(comparisons, row_sides(db, comparisons), strict=True):
        if (a, b) == (left, right):
            lv, rv = c.left_value, c.right_value
        elif (a, b) == (right, left):
            lv, rv = c.right_value, c.left_value
        else:
            continue
        key = (c.aspect.lower(), lv.lower(), rv.lower())
        if key in seen:  # the same row stated in two notes: the first is enough
            continue
        seen.add(key)
        rows.append(Row(c.aspect, Cell(lv, c.source, c.line), Cell(rv, c.source, c.line),
                        "comparison"))
    return rows


def _row_table_rows(comparisons: list[Comparison], left: Side, right: Side) -> list[Row]:
    """Rows of a table whose rows are the things compared and whose columns are aspects
    ("| One Zone-IA | 99.5% | 1 AZ | 30 days |" under "| Class | Availability | AZs | Min
    storage duration |"): each of its rows is stored as comparisons of its columns' cells, the
    row's thing as their aspect (the way lookup reads it, lookup/table_sides.py). Where both
    sides have a row in one note's such table, each column both rows fill is a row of the
    comparison, each cell citing its own row's line. Before, only the columns the parser made
    facts of (availability) showed: the AZs and durability columns never did."""
    names: dict[str, Side | None] = {}

    def named(text: str) -> Side | None:
        if text not in names:
            names[text] = resolve_side(text)
        return names[text]

    def thing(aspect: str) -> Side | None:
        # A row's name exactly (not a name said in a phrase: "Delivery to SQS" is an aspect).
        # The parser's topic drops a service's name ("S3 Standard" is "Standard"): a
        # subject's service is put back, never a subject guessed from a prefix ("Standard"
        # would be Standard-IA).
        found = _exact(aspect) or next(
            (s for s in (_exact(f"{side.service} {aspect}") for side in (left, right)
                         if side.subject) if s in (left, right)), None)
        return found if found in (left, right) else None

    cells: dict[tuple[Side, str], dict[str, tuple[str, str, int]]] = defaultdict(dict)
    for c in comparisons:
        if not c.aspect or c.aspect.lower() == TRAIT:
            continue
        side = thing(c.aspect)
        if side is None or named(c.left) is not None or named(c.right) is not None:
            continue  # not a row of the two, or its columns are things too (a table of sides)
        for header, value in ((c.left, c.left_value), (c.right, c.right_value)):
            cells[(side, c.source)].setdefault(" ".join(header.lower().split()),
                                               (header.strip(), value, c.line))
    rows = []
    for (side, source), lcells in cells.items():
        rcells = cells.get((right, source)) if side == left else None
        if rcells is None:
            continue
        for key, (header, lv, lline) in lcells.items():
            if key not in rcells or not (lv.strip() or rcells[key][1].strip()):
                continue
            rv, rline = rcells[key][1], rcells[key][2]
            rows.append(Row(header, Cell(lv, source, lline), Cell(rv, source, rline),
                            "comparison"))
    return rows


def _aspect(f: Fact, attribute: str | None = None) -> str:
    attribute = f.attribute if attribute is None else attribute
    if f.kind == Kind.ERROR_CODE:
        return f"error {attribute}"
    qual = {"max": "max", "min": "min", "default": "default"}.get(f.qualifier, "")
    return f"{qual} {attribute}".strip()


def _service_attribute(side: Side, f: Fact) -> str | None:
    """The attribute `f` gives `side`, or None when it is not the side's: its own attribute
    where the side owns it; for a service side, also a count of a subject of that service
    named by the subject ("read replicas: up to 15" is filed as RDS / read replica / replicas
    max 15; "Aurora: ... up to 15 read replicas" as Aurora / read replicas). The subject is
    the thing counted, its last word the attribute's: "read replica" + "replicas" is the
    service's "read replicas", and `compare rds aurora` had no row for what both notes say."""
    if side.owns(f):
        return f.attribute
    if side.subject or not f.subject or f.service.lower() != side.service.lower():
        return None
    thing, words = f.subject.lower().split(), f.attribute.lower().split()
    if len(words) != 1 or not thing or _singular(words[0]) != _singular(thing[-1]):
        return None
    return " ".join([*thing[:-1], words[0]])


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _cell(facts: list[Fact]) -> Cell:
    parts: dict[str, tuple[str, str, int]] = {}
    ids: dict[str, list[str]] = defaultdict(list)
    for f in facts:
        parts.setdefault(f.value.lower(), (f.value, f.source, f.line))
        ids[f.value.lower()].append(f.id)
    values = [p[0] for p in parts.values()]
    split = len(parts) > 1
    return Cell(" / ".join(values), facts[0].source, facts[0].line,
                tuple(parts.values()) if split else (),
                fact_ids=tuple(dict.fromkeys(f.id for f in facts)),
                part_ids=tuple(tuple(ids[k]) for k in parts) if split else (),
                conflict=split and bool(group_conflicts(facts)))


def _measured(f: Fact) -> bool:
    # A shared attribute is worth a row when both sides are quantities or error codes;
    # long sentences filed under a default ("By default, each subscriber ...") are not.
    return (f.kind == Kind.ERROR_CODE or f.number is not None or f.low is not None
            or len(f.value) <= 40)


def _fact_rows(left_facts: list[Fact], right_facts: list[Fact], left: Side, right: Side,
               taken: set[str], lines: set[tuple[str, int]]) -> list[Row]:
    """Rows for attributes both sides have facts for, except those a comparison row already
    gives (the same aspect, or both cells read from the comparison's own note lines)."""
    def by_attr(facts, side):
        out: dict[tuple, list[Fact]] = defaultdict(list)
        for f in facts:
            attribute = _service_attribute(side, f)
            if attribute is not None and _measured(f):
                out[(f.kind == Kind.ERROR_CODE, attribute.lower(), f.qualifier)].append(f)
        return out

    lmap, rmap = by_attr(left_facts, left), by_attr(right_facts, right)
    rows = []
    pairs = [(key, key) for key in sorted(set(lmap) & set(rmap))] + _unit_size_pairs(lmap, rmap)
    for key, right_key in pairs:
        aspect = _aspect(lmap[key][0], key[1])
        if right_key != key:  # "max message size / max record size": each side's own word
            aspect += f" / {_aspect(rmap[right_key][0], right_key[1])}"
        if aspect.lower() in taken:
            continue
        if all((f.source, f.line) in lines for f in lmap[key] + rmap[right_key]):
            continue  # "Retention | 14 days | 365 days" is already a row: not twice
        rows.append(Row(aspect, _cell(lmap[key]), _cell(rmap[right_key]), "fact"))
    return rows


def _promoted(comparison_rows: list[Row], fact_rows: list[Row], lf: list[Fact],
              rf: list[Fact]) -> list[Row]:
    """The comparison rows, less a one-sided one ("Stated for SQS only: SQS max message size
    256 KB") whose line's facts all sit in a fact row now: the row shows it beside the other
    side's value ("max message size / max record size | 256 KB | 1 MB"), not twice."""
    used = {i for r in fact_rows for cell in (r.left, r.right) for i in cell.fact_ids}
    by_line: dict[tuple[str, int], set[str]] = defaultdict(set)
    for f in lf + rf:
        by_line[(f.source, f.line)].add(f.id)

    def shown_in_a_row(row: Row) -> bool:
        if row.left.value and row.right.value:
            return False
        ids = by_line.get((row.left.source, row.left.line), set())
        return bool(ids) and ids <= used

    return [r for r in comparison_rows if not shown_in_a_row(r)]


# The unit of data each service carries has its own noun: an SQS message, a Kinesis record,
# a DynamoDB item, an EventBridge entry, an S3 object. Their size limits are one aspect to
# compare (`compare sqs kinesis` showed retention only, though the notes give both sizes).
_UNIT_SIZE = re.compile(r"(?:message|record|item|event|entry|object) size")


def _unit_size_pairs(lmap: dict, rmap: dict) -> list[tuple[tuple, tuple]]:
    """(left key, right key) for a unit's size each side names with its own noun, with the
    same qualifier, where neither side has the other's word (one such key a side, or none)."""
    def sizes(own: dict, other: dict) -> dict[str, tuple]:
        found: dict[str, list[tuple]] = defaultdict(list)
        for key in own:
            if not key[0] and _UNIT_SIZE.fullmatch(key[1]) and key not in other:
                found[key[2]].append(key)
        return {q: keys[0] for q, keys in found.items() if len(keys) == 1}

    mine, theirs = sizes(lmap, rmap), sizes(rmap, lmap)
    return [(mine[q], theirs[q]) for q in sorted(set(mine) & set(theirs))]


def build_table(db, left: Side, right: Side, reference: bool = True,
                hint: bool = True) -> CompareTable:
    """The rows the notes give; then, unless `reference` is False (the caller adds them
    later, with add_reference_rows, after showing the notes' rows), the AWS reference's.
    Unless `hint` is False (the caller adds it later, with add_search_hint, or never shows
    it), a thin table names the search that finds the lines naming both."""
    from studycli.store.comparisons import comparable_facts, list_comparisons

    if left == right:
        from studycli.errors import UsageProblem

        # the command was called wrong, not a search that found nothing: exit 2, as grep
        raise UsageProblem(f"{left.label} and {right.label} are the same thing; "
                           "name two different ones", command="compare")
    from studycli.compare_currency import check_findings

    comparisons = list_comparisons(db)
    rows = _comparison_rows(db, comparisons, left, right)
    taken = {r.aspect.lower() for r in rows}
    rows += [r for r in _row_table_rows(comparisons, left, right)
             if r.aspect.lower() not in taken]
    taken |= {r.aspect.lower() for r in rows}
    # lines a comparison row shows with a value for both sides (each cell's: a table whose
    # rows are the sides has one line a side); a line shown one-sided (a bullet under "## SQS
    # vs Kinesis") may still pair with the other side's fact
    lines = {(c.source, c.line) for r in rows if r.left.value and r.right.value
             for c in (r.left, r.right)}
    lf = comparable_facts(db, left.service)
    rf = lf if right.service == left.service else comparable_facts(db, right.service)
    fact_rows = _fact_rows(lf, rf, left, right, taken, lines)
    # what `check` says of the lines the cells come from (not the whole base: a first compare
    # of the day worked out every note's findings, ~6x its time)
    findings = check_findings(db, _cell_places([*rows, *fact_rows]))
    rows = checked_rows(db, [(left, right, r) for r in rows], findings)
    rows = _promoted(rows, fact_rows, lf, rf) + _with_currency(db, fact_rows, left, right,
                                                               findings)
    if left.subject and right.subject and all(r.of_both for r in rows):
        # nothing stated of one side: what the notes say of each subject, beside the lines
        # said of both ("lambda@edge vs cloudfront functions -> CF functions are cheaper")
        shown = {(r.left.source, r.left.line) for r in rows}
        rows += [r for r in _statement_rows(db, left, right)
                 if (r.left.source or r.right.source, r.left.line or r.right.line) not in shown]
    else:
        shown = {(c.source, c.line) for r in rows for c in (r.left, r.right) if c.source}
        shown |= {(source, line) for r in rows for c in (r.left, r.right)
                  for _, source, line in c.parts}
        rows += _both_named_rows(db, left, right, shown)
    table = CompareTable(left, right, rows)
    if hint:
        add_search_hint(db, table)
    if reference:
        add_reference_rows(table)
    return table


def add_search_hint(db, table: CompareTable) -> None:
    """A thin table (its notes' rows, before the AWS reference's are added) names where else
    the notes name the two: the words `studycli search` finds those lines with. A search,
    with its lexicon of service names, costs more than the table itself: the fast path shows
    the rows first and asks it after; JSON, which never shows it, never asks it."""
    from studycli.compare_reference import MIN_ROWS

    if sum(r.origin != "reference" for r in table.rows) < MIN_ROWS:
        table.search = search_naming_both(db, table.left, table.right)


def search_naming_both(db, left: Side, right: Side) -> str:
    """Words `studycli search` finds lines with for both sides, short ones first ("SQS
    Kinesis", where "SQS Kinesis Data Streams" needs every word on one line), or "" when no
    line names both (search would show lines naming either, which is not what was promised)."""
    from studycli.lookup.search import search_notes

    def names(side: Side) -> list[str]:
        label = side.label
        return [label.split()[0], label] if len(label.split()) > 1 else [label]

    own = [set(side.label.lower().split()) for side in (left, right)]
    for left_name in names(left):
        for right_name in names(right):
            words = " ".join(dict.fromkeys(f"{left_name} {right_name}".split()))
            if set(words.lower().split()) in own:
                # "S3" and "S3 Glacier": every line naming the longer one would match, and
                # `search S3 S3` reads as a typo; no words name the two apart
                continue
            found = search_notes(db, words, limit=1)
            if found.every_word and found.hits:
                return words
    return ""


def add_reference_rows(table: CompareTable) -> None:
    """Where the notes compare fewer than MIN_REFERENCE_ROWS aspects on both sides, the
    measures the AWS reference states for both (marked, citing their page)."""
    both = [r for r in table.rows if r.left.value and r.right.value]
    if len(both) >= MIN_REFERENCE_ROWS:
        return
    from studycli.compare_reference import reference_rows

    taken = {r.aspect.lower() for r in table.rows}
    table.rows += [Row(aspect, Cell(lv, lurl, 0), Cell(rv, rurl, 0), "reference")
                   for aspect, (lv, lurl), (rv, rurl)
                   in reference_rows(table.left, table.right, taken)]


def checked_rows(db, rows: list[tuple[Side, Side, Row]], findings=None) -> list[Row]:
    """Comparison rows (each with its two sides) whose cells are linked to the facts the same
    note line gives each side with the same value, then marked as those facts' currency is
    ("Minimum storage duration: 30 days" for Intelligent-Tiering, which AWS dropped):
    `findings` (compare_currency.CheckFindings), else the statuses stored at ingest."""
    from dataclasses import replace

    from studycli.store.comparisons import facts_at

    places = {(c.source, c.line) for _, _, r in rows if r.origin == "comparison"
              for c in (r.left, r.right)}
    by_place: dict[tuple[str, int], list[Fact]] = defaultdict(list)
    for f in facts_at(db, places) if places else []:
        by_place[(f.source, f.line)].append(f)

    def linked(side: Side, cell: Cell) -> Cell:
        ids = tuple(f.id for f in by_place.get((cell.source, cell.line), [])
                    if side.owns(f) and (same_value(f.value, cell.value)
                                         or _counts_the_cell(f, cell.value)))
        return replace(cell, fact_ids=ids) if ids else cell

    out = [replace(r, left=linked(a, r.left), right=linked(b, r.right))
           if r.origin == "comparison" else r for a, b, r in rows]
    # each row marked for its own two sides (the quiz's cards come from many comparisons)
    at: dict[tuple[Side, Side], list[int]] = defaultdict(list)
    for i, (a, b, _) in enumerate(rows):
        at[(a, b)].append(i)
    for (a, b), indices in at.items():
        marked = _with_currency(db, [out[i] for i in indices], a, b, findings)
        for i, row in zip(indices, marked, strict=True):
            out[i] = row
    return out


def _cell_places(rows: list[Row]) -> set[tuple[str, int]]:
    """(source, line) of every note line a cell of `rows` shows, its parts' included."""
    places = set()
    for r in rows:
        for cell in (r.left, r.right):
            if cell.source and cell.line:
                places.add((cell.source, cell.line))
            places |= {(source, line) for _, source, line in cell.parts if source and line}
    return places


def _counts_the_cell(fact: Fact, value: str) -> bool:
    """A count the parser wrote with the row's noun ("5 replicas") for a cell's bare "5": the
    same value. Unlinked, the RDS cell of "| replicas | 15 | 5 |" carried no mark while
    `check` called its fact out of date (a new user's notes)."""
    if fact.unit != "count" or fact.number is None:
        return False
    from studycli.note_numbers import numbers_with_units
    from studycli.reference.values import close

    found = numbers_with_units(value)
    return (len(found) == 1 and found[0][1] is None and found[0][2].strip() == value.strip()
            and close(found[0][0], fact.number, "count"))


def _with_currency(db, rows: list[Row], left: Side, right: Side, findings=None) -> list[Row]:
    """Cells whose note line `check` finds outdated or wrong for their side carry what AWS
    says now (and the default the note's value still is), so neither the table nor the drill
    teaches a stale number as true, and the table says what `check` says of the same line
    (compare_currency). Where the notes disagree, a value `check` leaves alone is marked as
    the AWS docs agreeing only where the quiz's rule vouches for it. `findings`: `check`'s
    (compare_currency.check_findings), else the statuses stored at ingest where the quiz's
    rule vouches for them (the quiz's compare cards)."""
    from dataclasses import replace

    from studycli.compare_currency import stored_findings
    from studycli.store.currency import for_facts, vouched_ids

    if not rows:
        return rows
    if findings is None:
        findings = stored_findings(db, [i for r in rows for c in (r.left, r.right)
                                        for i in (*c.fact_ids, *(x for p in c.part_ids
                                                                 for x in p))])
    parts = [i for r in rows for c in (r.left, r.right) for p in c.part_ids for i in p]
    status = for_facts(db.conn, parts) if parts else {}
    # "AWS docs agree" only where the quiz's own rule vouches (store.currency.VOUCHED: no
    # suspect match, no announced change, a default only by a default entry, a mode only by
    # a mode entry)
    vouched = vouched_ids(db.conn, parts) if parts else set()
    status = {i: row for i, row in status.items() if i in vouched}

    def part_mark(side: Side, cell: Cell, part: tuple[str, str, int],
                  part_ids: tuple[str, ...]) -> tuple[str, str, str]:
        stale = findings.for_cell(side, part[0], part[1], part[2], part_ids)
        if stale is not None:
            return stale.verdict or "stale", stale.now, stale.url
        good = [s for s in (status.get(i) for i in part_ids) if s and s["status"] == "current"]
        return ("current", "", good[0].get("url") or "") if good else ("", "", "")

    def marked(side: Side, cell: Cell) -> Cell:
        if cell.part_ids:
            # The notes disagree: each value is marked on its own (a cell-wide mark needed
            # every value stale, so "365 days / 7 days" said nothing of either side)
            return replace(cell, part_marks=tuple(
                part_mark(side, cell, part, ids)
                for part, ids in zip(cell.parts, cell.part_ids, strict=True)))
        stale = findings.for_cell(side, cell.value, cell.source, cell.line, cell.fact_ids)
        if stale is None:
            return cell  # a note value AWS still states (or one not checked) stays as it is
        if stale.now:
            return replace(cell, aws=stale.now, aws_url=stale.url,
                           aws_default=stale.still_default, aws_verdict=stale.verdict)
        # Wrong with nothing to put in its place ("HTTP APIs are for internal use"): a
        # drill that asked it would teach the claim, or have the other side right too.
        return replace(cell, disputed=True, aws_url=stale.url, aws_verdict=stale.verdict)

    return [replace(r, left=marked(left, r.left), right=marked(right, r.right)) for r in rows]


STATEMENTS = 8  # a side's plain statements listed at most, as subject_statements lists them


def _side_statements(db, side: Side) -> list[Fact]:
    """What the notes say of a subject side: its statements, then those of its service the
    parser filed under no subject that name it ("gp2: 3 IOPS per GB, burst to 3000" under
    "## EBS" is EBS's, subject none: `compare gp2 gp3` listed only a chat line for gp3 and
    nothing for gp2). A question ("EBS gp2 max IOPS?") states nothing."""
    from studycli.store.comparisons import subject_statements

    own = subject_statements(db, side.service, side.subject, limit=STATEMENTS)
    if len(own) >= STATEMENTS:
        return own
    named = [f for f in _service_statements(db, side.service, unfiled=True)
             if not f.value.rstrip().endswith("?") and _mentions(f.value, side)]
    return sorted(own + named, key=lambda f: (f.source, f.line))[:STATEMENTS]


def _service_statements(db, service: str, unfiled: bool = False) -> list[Fact]:
    """A service's plain statements (those filed under no subject, with `unfiled`), in note
    order."""
    from studycli.store.comparisons import _FACT_FIELDS

    sql = (f"SELECT {', '.join(_FACT_FIELDS)} FROM facts WHERE kind = 'fact' "
           "AND lower(service) = lower(?)" + (" AND subject = ''" if unfiled else "")
           + " ORDER BY source, line")
    return [Fact(**row) for row in db.query(sql, [service])]


_VS = re.compile(r"\s+(?:vs\.?|versus)\s+", re.IGNORECASE)


def _says_of_both(text: str, left: Side, right: Side) -> bool:
    """Whether `text` compares the two sides: it writes "X vs Y" of them and then names each
    again, saying something of each ("EFS vs EBS<TAB>EFS multi-AZ NFS, EBS single AZ block",
    a flashcard the parser reads as no comparison). "SQS vs SNS questions are common in the
    exam" or "Exam tip: SQS vs SNS" name the two as a topic and say nothing of either; "AWS
    SNS & SQS" or "Combine SNS and SQS" name both and compare nothing."""
    if text.rstrip().endswith("?"):
        return False
    vs = list(_VS.finditer(text))
    if not vs:
        return False
    ends, starts = {m.start() for m in vs}, {m.end() for m in vs}
    for side in (left, right):
        said = _mentions(text, side)
        if not any(m.end in ends or m.start in starts for m in said):
            return False  # not a side of the line's "X vs Y"
        if all(m.end in ends or m.start in starts for m in said):
            return False  # nothing said of it beyond its name
    return True


def _mentions(text: str, side: Side) -> list:
    """Where `text` names `side`: its subject (under any of its names), or its service."""
    if side.subject:
        return [m for m in find_subjects(text) if m.name.lower() == side.subject.lower()
                and subject_entry(m)[0] == side.service]
    return [m for m in find_services(text) if m.name == side.service]


def _both_named_rows(db, left: Side, right: Side, shown: set[tuple[str, int]]) -> list[Row]:
    """Lines said of one side that name the other ("EFS vs EBS<TAB>EFS multi-AZ NFS, EBS
    single AZ block", a flashcard filed as EFS's): one cell on both sides, listed under "Said
    of both", never drilled. `compare ebs efs` said the notes have nothing that compares
    them. Lines `shown` already are left out."""
    rows: list[Row] = []
    for side, other in ((left, right), (right, left)):
        facts = (_side_statements(db, side) if side.subject
                 else _service_statements(db, side.service))
        for f in facts:
            if (f.source, f.line) in shown or not _says_of_both(f.value, side, other):
                continue
            shown.add((f.source, f.line))
            cell = Cell(f.value, f.source, f.line)
            rows.append(Row(TRAIT, cell, cell, "statement"))
            if len(rows) >= STATEMENTS:
                return rows
    return rows


def _statement_rows(db, left: Side, right: Side) -> list[Row]:
    """No "X vs Y" in the notes: set what they say about each subject side by side
    ("### User Pools" and "### Identity Pools" become one table)."""
    empty = Cell("", "", 0)
    rows: list[Row] = []
    for side, other, facts in (
            (left, right, _side_statements(db, left)),
            (right, left, _side_statements(db, right))):
        for f in facts:
            cell = Cell(f.value, f.source, f.line)
            if _names_side(f.value, other):
                # "lambda@edge vs cloudfront functions -> CF functions are cheaper": a line
                # comparing the two is stated of neither alone (it was "Stated for Lambda@Edge
                # only"); said of both, once, and never drilled as one side's (same cells)
                if not any(r.left == cell for r in rows):
                    rows.append(Row(TRAIT, cell, cell, "statement"))
                continue
            rows.append(Row(TRAIT, cell if side == left else empty,
                            cell if side == right else empty, "statement"))
    return rows


def _names_side(text: str, side: Side) -> bool:
    """Whether `text` names `side`'s subject (under any of its names)."""
    return any(m.name.lower() == side.subject.lower()
               and subject_entry(m)[0] == side.service
               for m in find_subjects(text))


def compare(db, left_text: str, right_text: str) -> CompareTable:
    """The comparison table for two names typed by the student."""
    return build_table(db, require_side(left_text), require_side(right_text))


# ---------------------------------------------------------------- what can be compared

@dataclass(frozen=True)
class Pair:
    """Two things the notes can compare, and how much they share."""
    left: Side
    right: Side
    comparison_rows: int
    shared_attributes: int


def comparable_pairs(db) -> list[Pair]:
    """Pairs the fact base can compare: from comparison sections, then from shared attributes."""
    from studycli.store.comparisons import comparable_facts

    cmp_rows, shown = _compared_pairs(db)
    holders: dict[tuple, set[Side]] = defaultdict(set)
    for f in comparable_facts(db):
        # Two services that both list a 403 are not a pair a student compares: error codes
        # make rows of a listed pair, never a pair.
        if _measured(f) and f.kind != Kind.ERROR_CODE:
            holders[(f.kind == Kind.ERROR_CODE, f.attribute.lower(), f.qualifier)].add(
                Side(f.service, f.subject))
            counted = _service_attribute(Side(f.service), f) if f.subject else None
            if counted is not None:  # "read replicas" of RDS, as _fact_rows pairs them
                holders[(False, counted.lower(), f.qualifier)].add(Side(f.service))
    shared: dict[tuple[Side, Side], int] = defaultdict(int)
    for sides in holders.values():
        ordered = sorted(sides)
        if len(ordered) > 12:  # an attribute everything has says little about any pair
            continue
        for i, a in enumerate(ordered):
            for b in ordered[i + 1:]:
                shared[(a, b)] += 1
    for key, shown_as in _written_pairs(db).items():
        # a line comparing them that no table row is ("EFS vs EBS<TAB>EFS multi-AZ NFS, ...",
        # a flashcard): `compare ebs efs` lists it as said of both, and so does the list
        cmp_rows[key] = cmp_rows.get(key, 0) + 1
        shown.setdefault(key, shown_as)
    keys = {k for k in cmp_rows if real_pair(*k)} | {k for k, n in shared.items()
                                                  if n >= 1 and real_pair(*k)}
    pairs = [Pair(*shown.get(key, key), cmp_rows.get(key, 0), shared.get(key, 0))
             for key in keys]
    pairs.sort(key=lambda p: (-p.comparison_rows, -p.shared_attributes,
                              p.left.label.lower(), p.right.label.lower()))
    return pairs


def _compared_pairs(db) -> tuple[dict[tuple[Side, Side], int],
                                  dict[tuple[Side, Side], tuple[Side, Side]]]:
    """The pairs the notes' comparison rows name (sorted pair -> its rows), and each as the
    notes first wrote it."""
    from studycli.store.comparisons import list_comparisons

    cmp_rows: dict[tuple[Side, Side], int] = defaultdict(int)
    shown: dict[tuple[Side, Side], tuple[Side, Side]] = {}
    comparisons = list_comparisons(db)
    resolved = _resolved_rows(db, comparisons)
    # A name taken as written only from an "X vs Y" the notes write ("EFS vs FSx", which
    # `compare efs fsx` accepts, was never listed); a table's column headers ("AZs", "Notes")
    # are such names too, and no pair to offer
    said_vs = _written_vs(db, {(c.source, name)
                               for c, sides in zip(comparisons, resolved, strict=True)
                               for name, (side, written) in zip((c.left, c.right), sides,
                                                                strict=True)
                               if side is not None and written})
    for c, ((a, a_written), (b, b_written)) in zip(comparisons, resolved, strict=True):
        if a_written and (c.source, c.left) not in said_vs:
            a = None
        if b_written and (c.source, c.right) not in said_vs:
            b = None
        if a and b and a != b:
            first, second = sorted((a, b))
            key = (first, second)
            cmp_rows[key] += 1
            shown.setdefault(key, (a, b))
    return cmp_rows, shown


def _written_pairs(db) -> dict[tuple[Side, Side], tuple[Side, Side]]:
    """The pairs a plain statement compares as _both_named_rows finds it (sorted pair -> the
    pair as the line writes it): services, or subjects of one service, either side of its
    "vs", the statement filed under one of their services."""
    from studycli.store.comparisons import _FACT_FIELDS

    sql = (f"SELECT {', '.join(_FACT_FIELDS)} FROM facts WHERE kind = 'fact' AND ("
           "value LIKE '% vs %' OR value LIKE '% vs. %' OR value LIKE '% versus %')")
    out: dict[tuple[Side, Side], tuple[Side, Side]] = {}
    for f in (Fact(**row) for row in db.query(sql)):
        named = [(m.start, m.end, Side(m.name)) for m in find_services(f.value)]
        named += [(m.start, m.end, Side(*subject_entry(m))) for m in find_subjects(f.value)]
        for vs in _VS.finditer(f.value):
            lefts = [side for _, end, side in named if end == vs.start()]
            rights = [side for start, _, side in named if start == vs.end()]
            for a in lefts:
                for b in rights:
                    if (real_pair(a, b) and f.service.lower() in (a.service.lower(),
                                                                  b.service.lower())
                            and _says_of_both(f.value, a, b)):
                        key = (a, b) if a < b else (b, a)
                        out.setdefault(key, (a, b))
    return out


def _written_vs(db, names: set[tuple[str, str]]) -> set[tuple[str, str]]:
    """The (source, name) of `names` whose note writes the name beside a "vs" ("EFS vs FSx",
    "## SG vs NACL"): one query for every note asked about."""
    if not names:
        return set()
    import json

    lines: dict[str, list[str]] = defaultdict(list)
    for source, text in db.conn.execute(
            "SELECT source, text FROM note_lines WHERE source IN (SELECT value FROM json_each(?))"
            " AND text LIKE '%v%'", [json.dumps(sorted({source for source, _ in names}))]):
        lines[source].append(text)
    found = set()
    for source, name in names:
        word = re.escape(" ".join(name.split())).replace(r"\ ", r"\s+")
        said = re.compile(rf"(?<!\w){word}\s+(?:vs\.?|versus)\s|\s(?:vs\.?|versus)\s+{word}(?!\w)",
                          re.IGNORECASE)
        if any(said.search(text) for text in lines[source]):
            found.add((source, name))
    return found


def real_pair(a: Side, b: Side) -> bool:
    """Two services, or two subjects of one service. "Execution context vs S3" or "SNS vs
    Extended client" (a subject of one service against another service) compares nothing a
    student would, whether a note's heading or two shared attributes suggested it."""
    if a == b:
        return False
    if a.subject or b.subject:
        return a.service == b.service and bool(a.subject and b.subject)
    return True


# ---------------------------------------------------------------- drill

@dataclass(frozen=True)
class DrillQuestion:
    """One compare-drill question: which side a row's value is."""
    row: Row
    stem: str
    options: tuple[str, str]
    answer: int  # 0 = left, 1 = right
    value: str


# A trait that starts with one of these reads as "Which one supports ...?".
_VERBS = {"supports", "support", "has", "have", "offers", "offer", "uses", "use", "provides",
          "provide", "guarantees", "guarantee", "stores", "store", "allows", "allow", "delivers",
          "deliver", "is", "are", "can", "cannot", "requires", "require", "keeps", "keep",
          "scales", "scale", "runs", "run", "needs", "need", "gives", "give", "sends", "send",
          "preserves", "preserve", "processes", "process", "charges", "retains", "retain"}


def _verb_form(word: str) -> str:
    # "Support multiple consumers" under a heading reads "Which one supports ...".
    low = word.lower()
    third = {"have": "has", "are": "is", "can": "can", "cannot": "cannot"}
    if low in third:
        return third[low]
    return low if low.endswith("s") else low + ("es" if low.endswith(("ss", "sh", "ch")) else "s")


def stem_for(row: Row, value: str, labels: tuple[str, str]) -> str:
    pair = f"{labels[0]} or {labels[1]}"
    if row.origin == "fact":
        return f"Which one has a {row.aspect} of {value}: {pair}?"
    if is_trait(row):
        words = value.rstrip(".").split(maxsplit=1)
        if words and words[0].lower() in _VERBS:
            rest = f" {words[1]}" if len(words) > 1 else ""
            return f"Which one {_verb_form(words[0])}{rest}: {pair}?"
        return f"Which one: \u201c{value.rstrip('.')}\u201d \u2014 {pair}?"
    return f"{row.aspect[:1].upper()}{row.aspect[1:]}: which one is \u201c{value}\u201d, {pair}?"


def is_trait(row: Row) -> bool:
    """A row stating one side's property, the other side left empty (from "X vs Y" sections)."""
    return row.aspect.lower() == TRAIT


def pick_side(values: tuple[str, str], rng: random.Random) -> int:
    """Which side's value to ask: the one that says something, else either."""
    if is_placeholder(values[0]) != is_placeholder(values[1]):
        return 1 if is_placeholder(values[0]) else 0
    return rng.randrange(2)


def drill_questions(table: CompareTable, rng: random.Random) -> list[DrillQuestion]:
    """One question per row that tells the sides apart: which side does this value belong to?"""
    sides = (table.left, table.right)
    labels = (table.left.label, table.right.label)
    out = []
    for row in table.rows:
        if row.origin == "reference":
            continue  # drills are about your notes; the AWS rows are shown, not drilled
        values = (row.left.asked.strip(), row.right.asked.strip())
        if values[0] and row.left.value.strip().lower() == row.right.value.strip().lower():
            # The notes give both sides one value and AWS changed one of them: whether it
            # changed the other too is not known, so "which one has ..." may have two answers.
            continue
        if values[0].lower() == values[1].lower() or (
                is_placeholder(values[0]) and is_placeholder(values[1])):
            continue  # the same on both sides (or "nothing" on both): nothing to tell apart
        if row.origin == "fact" and _same_measure(values[0], values[1]):
            # one measure, one figure, each side's own noun ("15 replicas" / "15 read
            # replicas"): "Which one has a max read replicas of 15 replicas?" has two answers
            continue
        if not values[0] or not values[1]:
            if row.left.disputed or row.right.disputed:
                continue  # AWS calls the note's claim wrong: never drilled (compare_sound)
            answer = 0 if values[0] else 1  # a trait: it belongs to the side that states it
            value = mask_value(values[answer], sides)
        else:
            # Only what an expert would sign: no leak, no opinion, no pasted paragraph, no
            # claim AWS calls wrong, no name that stands for two things (compare_sound).
            from studycli.compare_sound import askable_sides, asked_text

            ok = askable_sides(row, sides)
            if not ok:
                continue
            answer = ok[0] if len(ok) == 1 else pick_side(values, rng)
            value = asked_text(row, answer, sides) or ""
        out.append(DrillQuestion(row, stem_for(row, value, labels), labels, answer, value))
    rng.shuffle(out)
    return out


def _same_measure(left: str, right: str) -> bool:
    """Whether two cells of a shared-attribute row state the same figures in the same units."""
    from studycli.note_numbers import numbers_with_units

    figures = [[(number, unit) for number, unit, _ in numbers_with_units(v)]
               for v in (left, right)]
    return bool(figures[0]) and figures[0] == figures[1]


@dataclass
class DrillResult:
    """A compare drill's tally so far, and the rows missed."""
    asked: int = 0
    correct: int = 0
    missed: list[Row] = field(default_factory=list)

    def record(self, question: DrillQuestion, choice: int) -> bool:
        self.asked += 1
        right = choice == question.answer
        if right:
            self.correct += 1
        elif question.row not in self.missed:
            self.missed.append(question.row)
        return right
