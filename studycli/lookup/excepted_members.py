"""A line whose figure is the rest's: the members of a family it names are named only as
exceptions, each with a figure of its own.

"max storage 64 TiB (SQL Server 16 TiB)" names SQL Server alone of RDS's engines, yet its
64 TiB is no SQL Server figure: SQL Server is set apart with its own 16 TiB, and the 64 TiB
is every other engine's. A line naming only other members of a family than the one asked
(lookup/variants.py) is no answer about it (lookup/answer.py's _other_member), except where,
as here, the fact's figure stands first in a clause naming none, and every clause after it
naming a member gives a figure of its own that is not the fact's. "read replicas max: 5
(mysql/maria/postgres)" names its engines with no figure of their own: the 5 is theirs, no
answer about Oracle.

Stdlib and lookup/variants.py only: runs on the lookup fast path.
"""

from __future__ import annotations

import re

from studycli.lookup import variants
from studycli.lookup.figure_member import PART_END, clause_spans

Family = tuple[str, int]

_LEAD_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_NUMBER = re.compile(r"(?<![\w.,])\d[\d,]*(?:\.\d+)?(?!\d)")


def figure_is_the_rests(value: str, line: str, asked: dict[Family, frozenset[str]]) -> bool:
    """Whether the figure `value` opens with stands on `line` in a clause naming no member
    of a family asked, and every clause naming one gives another figure of its own."""
    lead = _LEAD_NUMBER.search(value or "")
    if not lead or not line:
        return False
    figure = lead.group(0).replace(",", "")
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


_REACH = 12  # characters before a clause an including word may stand in ("(incl. ")


def named_only_in_asides(line: str, asked: dict[Family, frozenset[str]]) -> bool:
    """Whether every clause of `line` naming a member of a family asked says it includes or
    excepts that member: "max DB instances per account: 40 (incl. SQL Server)" gives the 40
    to every engine, SQL Server's too, not to SQL Server alone."""
    # (the word may stand just before the clause, cut off by its own stop: "incl. SQL ...")
    naming = [line[max(0, start - _REACH):start + len(clause)]
              for start, clause in clause_spans(line or "")
              if any(key in variants.named(clause) for key in asked)]
    return bool(naming) and all(_INCLUDING.search(text) for text in naming)
