"""Which variant of a service a figure on a note line is given for, when its own clause names
none: the variant the line named last before it.

A line often opens with the variant it is about and only names another in passing further
on: "ALB (Application Load Balancer) — layer 7, ... Idle timeout default 60 sec. cf. NLB".
Read whole, it names both ALB and NLB, so "nlb idle timeout" found its variant on the line
and took the ALB's 60 s. The figure's clause ("Idle timeout default 60 sec") names neither;
the clauses before it name ALB last, so the 60 s is the ALB's. A name after the figure ("cf.
NLB", "unlike NLB") does not own it, and a clause naming a variant of its own ("NLB 350 s")
owns its figure whatever came before. A statement (the line itself, no figure read) is read
the same way at its clause saying the most of the query's topic words: the line above,
filed as a statement, gives "nlb idle timeout" the ALB's clause.
Stdlib only: runs on the lookup fast path.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from studycli.lookup.said_line import fact_said_line, own_clause
from studycli.lookup.words import stems
from studycli.note_numbers import clauses

Named = Callable[[str], set[str]]  # the variants of the fact's service a text names


def figure_variants(fact: dict, named: Named, topic: frozenset[str]) -> set[str]:
    """The variants the figure of `fact` is given for on its note line: those its own
    clause names, else those of the nearest clause before it that names any; empty when
    the line does not state the figure or names no variant up to it. `topic`: stems of
    the query's topic words, which find a statement's clause."""
    line = fact.get("snippet") or ""
    if fact.get("number") is None and fact.get("low") is None:
        clause = _topic_clause(line, topic)
        owners = _owners(line, clause, named) if clause else set()
        if owners and _another_says_more(line, owners, named):
            return set()  # "cross-zone LB: ALB on by default, NLB off by default": the
            # NLB's clause answers on its own, the line is read whole as before
        return owners
    said = own_clause(fact)
    return _owners(fact_said_line(fact), said, named) if said else set()


def _owners(line: str, clause: str, named: Named) -> set[str]:
    """The variants `clause` of `line` names, else those of the nearest clause before it
    that names any."""
    own = named(clause)
    if own:
        return own
    start = line.find(clause)
    if start <= 0:
        return set()
    for earlier in reversed(clauses(line[:start])):
        found = named(earlier)
        if found:
            return found
    return set()


def _topic_clause(line: str, topic: frozenset[str]) -> str | None:
    """The first clause of `line` saying the most of `topic` (stems), at least two of them:
    one shared word ("timeout") may be any clause's."""
    best, most = None, 1
    for clause in clauses(line):
        said = len(topic & stems(clause, frozenset()))
        if said > most:
            best, most = clause, said
    return best


_WORD = re.compile(r"[^\W\d_]{2,}")
# words that point to a variant without saying anything of it ("cf. NLB", "vs NLB", "see
# NLB"); any other word beside its name says something ("NLB off")
_POINTERS = frozenset({"cf", "see", "vs", "versus", "unlike", "compare", "compared", "than",
                       "eg", "ie"})


def _another_says_more(line: str, owners: set[str], named: Named) -> bool:
    """Whether a clause of `line` names a variant other than `owners` and says something of
    it ("NLB off by default"), not only its name in passing ("cf. NLB")."""
    for other in clauses(line):
        found = named(other) - owners
        if not found:
            continue
        name_words = {w.lower() for name in found for w in _WORD.findall(name)}
        if any(w.lower() not in name_words | _POINTERS for w in _WORD.findall(other)):
            return True
    return False
