"""A line whose figure is the rest's: the members of a family it names are named only as
exceptions, each with a figure of its own.

"max storage 64 TiB (SQL Server 16 TiB)" names SQL Server alone of RDS's engines, yet its
64 TiB is no SQL Server figure: SQL Server is set apart with its own 16 TiB, and the 64 TiB
is every other engine's (the note's figures: AWS's docs now give every RDS DB instance's
primary storage volume up to 64 TiB, SQL Server's too,
https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_PIOPS.ModifyingExisting.html;
the lookup answers from the notes, the mechanism is the same). A line naming only other
members of a family than the one asked (lookup/variants.py) is no answer about it
(lookup/answer.py's _other_member), except where, as here, the fact's figure stands first
in a clause naming none, and every clause after it naming a member gives a figure of its
own that is not the fact's. "read replicas max: 5 (mysql/maria/postgres)" names its engines
with no figure of their own: the 5 is theirs, no answer about Oracle.

Imports re and, of the project, lookup/variants.py and lookup/figure_member.py (and what
those import, lookup/text.py, lookup/words.py and lookup/query.py among them); no
third-party module and none imported lazily: runs on the lookup fast path.
"""

from __future__ import annotations

import re

from studycli.lookup import variants
from studycli.lookup.figure_member import PART_END, clause_spans

Family = tuple[str, int]
# what a line says after its figure in each clause naming a member of a family asked (with
# the few characters before it), and the members that part names (naming_after)
Naming = list[tuple[str, dict[Family, frozenset[str]]]]

_LEAD_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_NUMBER = re.compile(r"(?<![\w.,])\d[\d,]*(?:\.\d+)?(?!\d)")


def _figure(value: str) -> str | None:
    """The number `value` opens with, without its thousands' commas, or None."""
    lead = _LEAD_NUMBER.search(value or "")
    return lead.group(0).replace(",", "") if lead else None


def figure_is_the_rests(value: str, line: str, asked: dict[Family, frozenset[str]]) -> bool:
    """Whether the figure `value` opens with stands on `line` in a clause naming no member
    of a family asked, and every clause naming one gives another figure of its own."""
    figure = _figure(value)
    if figure is None or not line:
        return False
    clauses = [clause for part in PART_END.split(line)
               for _, clause in clause_spans(part or "") if clause.strip()]
    own_figure_unnamed = excepted = False
    for clause in clauses:
        named = variants.named(clause)
        numbers = {n.replace(",", "") for n in _NUMBER.findall(clause)}
        if any(key in named for key in asked):
            if not numbers or figure in numbers or not own_figure_unnamed:
                # a member named with no figure, with the fact's own, or before it: a name
                # opening the line labels what follows ("Standard -> max 1 year, 2,000
                # executions/s start rate" gives both figures to Standard workflows)
                return False
            excepted = True
        elif figure in numbers:
            own_figure_unnamed = True
    return own_figure_unnamed and excepted


# "(incl. SQL Server)", "(SQL Server too)", "(not for SQL Server Standard)": a name said to
# include or except a member, so that the figure is of no one member
_INCLUDING = re.compile(r"\b(?:incl|including|inc|excl|excluding|except|too|also|as\s+well|"
                        r"not\s+for|but\s+not|other\s+than|even)\b", re.IGNORECASE)
# "(except SQL Server)", "not for SQL Server", "all engines but SQL Server": a name
# said to be left out of the figure before it
_EXCEPTING = re.compile(r"\b(?:excl|excluding|except|excepting|not\s+for|not\s+on|but\s+not|"
                        r"other\s+than|apart\s+from|all\s+\w+\s+but)\b", re.IGNORECASE)


_REACH = 12  # characters before a clause an including word may stand in ("(incl. ")


def naming_after(value: str, line: str, asked: dict[Family, frozenset[str]]) -> Naming | None:
    """What `line` says after the figure `value` opens with in each clause naming a member
    of a family asked, with the few characters before it, and the members that part names;
    None where a member is named before the figure or the figure is not on the line: a name
    opening the line labels the figure after it ("SQL Server: max 5 read replicas too" is
    SQL Server's). Built once for both predicates below."""
    figure = _figure(value)
    span = next((m.span() for m in _NUMBER.finditer(line)
                 if m.group(0).replace(",", "") == figure), None) if figure else None
    if span is None:
        return None
    naming: Naming = []
    for start, clause in clause_spans(line or ""):
        if not any(key in variants.named(clause) for key in asked):
            continue
        if start < span[0] and any(key in variants.named(line[start:span[0]]) for key in asked):
            return None
        begin = max(start, span[1])
        # (the word may stand just before the clause, cut off by its own stop: "incl. SQL")
        naming.append((line[max(0, begin - _REACH):start + len(clause)],
                       variants.named(line[begin:start + len(clause)])))
    return naming


def named_only_in_asides(naming: Naming | None) -> bool:
    """Whether every clause of a line naming a member of a family asked stands after the
    figure and says it includes or excepts that member (`naming`: naming_after's): "max DB
    instances per account: 40 (incl. SQL Server)" gives the 40 to every engine, SQL Server's
    too, not to SQL Server alone."""
    if not naming:
        return False
    return all(_INCLUDING.search(text) for text, _ in naming)


def excepted_from_figure(naming: Naming | None, asked: dict[Family, frozenset[str]]) -> bool:
    """Whether a line names the member asked only after its figure, and only to except it
    (`naming`: naming_after's): "max storage 64 TiB (except SQL Server)" gives SQL Server
    none of the 64 TiB. A figure standing after the exception is the excepted member's own
    ("15, except Oracle (5)")."""
    if not naming:
        return False
    mine = [text for text, named in naming
            if any(named.get(key, frozenset()) & members for key, members in asked.items())]
    return bool(mine) and all(_EXCEPTING.search(text) for text in mine)
