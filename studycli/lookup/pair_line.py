"""A line under a heading comparing services, naming none of them, answers for no one side.

Under "## Secrets Manager vs Parameter Store", "- max size 64 KB per secret" names neither
service: the parser files it under none (extract/compared_heading.py), as a line about the
pair. Lookup scored such an unfiled line as a statement of an unknown service, enough to
answer "parameter store max size" with the 64 KB, Secrets Manager's figure. Asked of one
service, a line about the pair answers only where its own words pick the service asked ("a
word of its name no other side's holds": "secret" of Secrets Manager, service_said.
picks_service, the check lookups that would otherwise abstain already made); else its
heading speaks for two services and the line for neither of them alone. A comparison asked
("secrets manager vs parameter store size") is answered by it as before.
Stdlib and lookup's light modules only.
"""

from __future__ import annotations

import _sqlite3 as sqlite3  # (no sqlite3 package, nor typing, on the lookup's fast path)

from studycli.lookup.lexicon import Lexicon
from studycli.lookup.pair_heading import _VERSUS
from studycli.lookup.service_said import _catalog_names, _lexicon_names, picks_service


def attach_pair_headings(conn: sqlite3.Connection, facts: list[dict], lex: Lexicon) -> None:
    """Set `pair_heading` on each unfiled fact of `facts`: the services the nearest heading
    over its line compares ("X vs Y", two or more), empty when it compares none."""
    todo = [f for f in facts if not f["service"] and "pair_heading" not in f
            and f.get("source") and f.get("line")]
    if not todo:
        return  # (most lookups: lines.py and its sqlite3 package stay unread)
    from studycli.lookup.section_heads import nearest_heading  # (lines: the answer score)
    from studycli.store.lookup_lines import facts_on_lines

    # a line the parser filed under a service (a bold label over it, "**SNS**", is no
    # markdown heading the lines index knows) is that service's, not the pair's
    filed = {(r["source"], r["line"]) for r in facts_on_lines(
        conn, sorted({(f["source"], f["line"]) for f in todo})) if r["service"]}
    for f in todo:
        if (f["source"], f["line"]) in filed:
            f["pair_heading"] = frozenset()
            continue
        heading = nearest_heading(conn, f)  # (read once: section_heads.attach_sections)
        named = (_lexicon_names(heading, lex) | _catalog_names(heading)) \
            if _VERSUS.search(heading) else set()
        f["pair_heading"] = frozenset(named) if len(named) >= 2 else frozenset()


def of_the_pair_only(fact: dict, asked: list[str], lex: Lexicon) -> bool:
    """Whether an unfiled fact under a heading comparing services (attach_pair_headings)
    says nothing of its own that picks a service asked: no answer for one side."""
    sides = fact.get("pair_heading")
    if fact["service"] or not sides:
        return False
    snippet = fact.get("snippet") or ""
    if _lexicon_names(snippet, lex) or _catalog_names(snippet):
        return False  # a line naming a service is read by the rest of the answer score
    return not any(picks_service(snippet, a, set(sides) - {a}, lex)
                   for a in asked if a in sides)
