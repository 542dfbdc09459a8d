"""When notes disagree: the rule behind `studycli conflicts` and the lookup's conflict marks.

A domain rule, not storage: store/ only narrows the candidates in SQL (store.facts.
conflict_candidates) and this module decides. Stdlib only and duck-typed (any object with the
Fact fields as attributes), so the lookup fast path applies the very rule `find_conflicts`
does, without sqlite-utils.
"""

from __future__ import annotations

from studycli.kinds import Kind

TYPE_CHECKING = False
if TYPE_CHECKING:  # imported for the type checker only
    from studycli.model import Fact
    from studycli.store.db import Store

SUPPORT_VALUES = {"supported", "not supported"}


def conflict_key(fact) -> tuple[str, str, str, str]:
    """(service, subject, attribute, qualifier), the qualifier by its meaning, in any language
    a note is written in: "retention period (maximo) 14 days" in a Spanish line and "retention
    max 7 days" in a chat are one measure that two notes give two values, where spelling kept
    them apart. A qualifier written in the attribute's brackets is the fact's qualifier."""
    attribute, said = _bracketed_qualifier(fact.attribute.lower())
    # A limit stated without "max" ("Retry on errors for 3 times") disagrees with a stated max.
    qualifier = qualifier_meaning(fact.qualifier or said) or "max"
    return (fact.service.lower(), (fact.subject or "").lower(), attribute, qualifier)


# The qualifiers the facts are compared by, and the bound words of every language's
# vocabulary that mean them (studycli/languages*.py: "máximo", "最大", "최소" are max and min).
_MEANINGS = {"max": "max", "maximum": "max", "up to": "max", "at most": "max",
             "min": "min", "minimum": "min", "at least": "min", "default": "default"}


def qualifier_meaning(word: str) -> str:
    """The English qualifier a qualifier word means ("maximo", "máximo", "最大" -> "max"), the
    word itself where no vocabulary gives it a bound's meaning ("range", "")."""
    word = word.strip().lower()
    plain = _PLAIN_QUALIFIERS.get(word)
    if plain is not None:
        return plain
    return _bound_words().get(word) or _bound_words().get(_unaccented(word)) or word


def _bracketed_qualifier(attribute: str) -> tuple[str, str]:
    """"retention period (maximo)" -> ("retention period", "max"): the attribute without a
    bracketed bound word, and that word's meaning ("" where the brackets say something
    else: "size (per item)" stays whole)."""
    if attribute.endswith(")") and " (" in attribute:
        head, _, said = attribute[:-1].rpartition(" (")
        meaning = qualifier_meaning(said)
        if head and meaning in _QUALIFIERS:
            return head, meaning
    return attribute, ""


_QUALIFIERS = frozenset(_MEANINGS.values())
# What the parser's own qualifiers (the fact model's max, min, default, range or "") and
# the English bound words mean, without every language's vocabulary: building _bound_words
# imports the scripts' glossaries (languages_scripts.py and the two it reads) and reads
# every glossary, some 1.5 ms of every lookup that attaches conflicts, for the words nearly
# every fact carries. The same meanings the vocabulary gives them (the table starts from
# _MEANINGS, and no glossary word is "" or "range": tests/test_conflicts_plain_qualifiers.py).
_PLAIN_QUALIFIERS = {**_MEANINGS, "": "", "range": "range"}
_WORDS: dict[str, str] = {}


def _bound_words() -> dict[str, str]:
    """Every language's word for a bound (lower-cased, and unaccented too), by its English
    qualifier; read once."""
    if not _WORDS:
        from studycli.languages import CJK, LANGUAGES
        from studycli.languages_scripts import SCRIPTS

        glossaries: list[dict] = [CJK, *(g for _, g in SCRIPTS)]
        for lang in LANGUAGES.values():
            glossary = lang.get("GLOSSARY")
            if isinstance(glossary, dict):
                glossaries.append(glossary)
        words = {w: w for w in _MEANINGS}
        for glossary in glossaries:
            for phrase, english in glossary.items():
                if english in _MEANINGS:
                    words.setdefault(phrase.lower(), english)
                    words.setdefault(_unaccented(phrase.lower()), english)
        _WORDS.update({w: _MEANINGS[e] for w, e in words.items()})
    return _WORDS


def _unaccented(word: str) -> str:
    """NFKD without its combining marks: notes.unaccented does more (đ, ł, ø, ß), but the
    studycli.notes package is kept off lookup's fast path (test_lookup's heavy imports)."""
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", word)
                   if not unicodedata.combining(c))


def comparable(fact) -> bool:
    """Numbers, invocation modes, yes/no support and short named defaults are compared;
    free text (error meanings, statements) is worded differently, not contradictory."""
    if fact.kind == Kind.ERROR_CODE:
        return False
    if fact.number is not None or fact.low is not None:
        return True
    if fact.kind == Kind.FACT:
        return fact.value.lower() in SUPPORT_VALUES
    return len(fact.value.split()) <= 3


def canonical(fact) -> tuple:
    if fact.number is not None or fact.low is not None:
        return (fact.number, fact.unit, fact.low, fact.high)
    return (fact.value.lower(),)


def by_dimension(group: list) -> list[list]:
    """The group split by the unit its numbers are stored in (already one unit per dimension:
    "1 MB/s" is 1048576 B/s), the text values with the first part only (in every part, one
    "unlimited" made two conflicts). "1 MB/s or 1000 records/s in" against another note's
    "1 MB/s" is two measures of a shard's writes, not a conflict: a new user was shown their
    right note as disputed."""
    units = list(dict.fromkeys(f.unit for f in group if _numeric(f)))
    if len(units) < 2:
        return [group]
    return [[f for f in group if (f.unit == unit if _numeric(f) else unit == units[0])]
            for unit in units]


def same_dimension(group: list, fact) -> list:
    """The part of `group` (by_dimension) a fact's value can disagree with: the one holding
    values in its unit (a text value's: the first)."""
    parts = by_dimension(group)
    if len(parts) == 1:
        return group
    return next((part for part in parts if any(_numeric(f) and f.unit == fact.unit
                                               for f in part)), parts[0]) \
        if _numeric(fact) else parts[0]


def _numeric(fact) -> bool:
    return fact.number is not None or fact.low is not None


def disagree(group: list) -> bool:
    """In some dimension (by_dimension), notes disagree (_disagree_within)."""
    return any(_disagree_within(part) for part in by_dimension(group))


def _disagree_within(group: list) -> bool:
    """Two or more notes state the key and no value is shared by all of them. Within one note,
    two values of one key are read as two cases of it, not a contradiction: of the
    within-note disagreements the development notes gave, all 7 were cases the parser had not
    told apart (a transformation buffer and a delivery buffer, a baseline and a maximum,
    role chaining's cap and a session's maximum: reviewer of consistency23); compare shows
    such values side by side as "your notes give", never as a conflict."""
    by_source: dict[str, set] = {}
    for fact in group:
        by_source.setdefault(fact.source, set()).add(canonical(fact))
    if len(by_source) < 2:
        return False
    return not set.intersection(*by_source.values())


def group_conflicts(facts) -> list[list]:
    """Facts grouped by key (in the order given), keeping only the keys the notes disagree on."""
    groups: dict[tuple, list] = {}
    for fact in facts:
        if comparable(fact):
            groups.setdefault(conflict_key(fact), []).append(fact)
    return [part for g in groups.values() for part in by_dimension(g)
            if _disagree_within(part)]


def find_conflicts(db: Store) -> list[list[Fact]]:
    """Facts of one key on which the notes disagree, grouped.

    A key is in conflict when two or more notes state it and no value is shared by all of them
    (one note saying both 450 and 1000 concurrent executions is two contexts, not a conflict).
    Free-text values (error meanings, statements) are worded differently, not contradictory:
    only numbers, invocation modes, yes/no support and short named defaults are compared.
    """
    from studycli.store.facts import conflict_candidates

    return group_conflicts(conflict_candidates(db))


def reference_marks(db: Store, groups: list[list]) -> dict[str, dict]:
    """fact id -> what the AWS reference says of it: {"status": "current" | "outdated" |
    "wrong", "current_value", "url"}, for the sides it was matched to with no doubt (a match it
    calls suspect, or right only until an announced change, marks nothing). `lookup` and
    `check` knew which side of "900 s vs 10 min" AWS supports; `conflicts` now says so too."""
    from studycli.store.currency import for_facts, vouched_ids

    ids = [f.id for g in groups for f in g]
    # the quiz's own rule (store.currency.VOUCHED): a default entry marks no maximum, a
    # statement no invocation mode
    vouched = vouched_ids(db.conn, ids) if ids else set()
    out = {}
    for fact_id, row in (for_facts(db.conn, ids) if ids else {}).items():
        if fact_id in vouched:
            out[fact_id] = {"status": row["status"], "current_value": row.get("current_value")
                            or "", "url": row.get("url") or "",
                            # what check calls it (outdated, wrong, differs): added
                            "verdict": row.get("verdict") or _cautious(row["status"])}
    return out


def supported(group: list, marks: dict[str, dict]) -> dict | None:
    """The reference's value and page for a disagreement, when it marks any side."""
    found = [marks[f.id] for f in group if f.id in marks]
    good = [m for m in found if m["status"] == "current"] or found
    return ({"value": good[0]["current_value"], "url": good[0]["url"]}
            if good and good[0]["current_value"] else None)


def _cautious(status: str) -> str:
    """The verdict of a status stored before verdicts were (a database migrated to m037 and
    not ingested since): a `wrong` may be one the reference cannot tell from an old limit,
    so it reads as "not what AWS says", as check would say, never the harder word."""
    return "differs" if status == "wrong" else status
