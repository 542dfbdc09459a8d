"""A bare number that a named count's limit gives: "concurrency limit 1000 per region",
"concurency quota: 500". No unit follows the number, so quantities.py does not read it; the
words before "limit"/"quota" say what is counted. Read only when those words name a count
of the attribute vocabulary (data/attributes.json, mistyped words repaired as for any
attribute: extract/typos.py), so "soft limit 2" or "rate limit 1000" of nothing counted stay
plain statements."""

from __future__ import annotations

import re
from dataclasses import replace

from studycli.extract.attributes import name_quantity, names_a_count
from studycli.extract.cues import alternation
from studycli.extract.named_bare_figures import named_bare_figures
from studycli.extract.quantities import Quantity, bare_count, find_quantities
from studycli.regex_trie import trie_pattern
from studycli.services import find_subjects

# After a bare number: a magnitude ("40 M", "120 K", "5 million") or a group of three digits
# ("10 240": thousands grouped by a space, or two numbers) make it no count of its own: "users
# per pool limit 40 M" was 40 users. (An unambiguous "10 000" is one number by now:
# notes/spaced_thousands.py.)
# (The patterns below are compiled case-blind; odd spaces are plain ones by now.)
_NOT_ITS_OWN = (r"(?![ \t]*(?:[kmb]|bn|thousand|million|billion|trillion|mil)(?![\w/]))"
                r"(?![ \t]\d{3}(?!\d))")


# words, then "limit"/"quota", then the number with nothing after it that would make it a
# unit, a version, a decimal or a percentage
_LIMIT_THEN_NUMBER = re.compile(
    r"(?<![A-Za-z])(?:limit|quota)s?[ \t]*(?:[:=]|is|of)?[ \t]*"
    r"(?P<n>[1-9][0-9]{0,2}(?:,[0-9]{3})+|[1-9][0-9]*)(?![\w.,%/$-])" + _NOT_ITS_OWN,
    re.IGNORECASE)


# "users per account >> 5000", "Layers per function      5" (a quota table pasted as text),
# "GSIs per table: 20", "groups per user max 10", "policies per role default: 10": a label
# counting things per a scope, a separator or a bound, the number bare (the noun right before
# "per", or before a participle: "managed policies attached per role"), with a word before it
# that says which kind is counted ("managed": inline policies have no such limit;
# data/cues.json's counted_kinds)
_COUNTED_KIND = rf"(?:(?:{alternation('counted_kinds')})[ \t]+)?"
_PER_LABEL_THEN_NUMBER = re.compile(
    rf"(?<![\w-])(?P<noun>{_COUNTED_KIND}[A-Za-z][A-Za-z-]*[a-rt-z]s)(?:\s+[a-z]+ed)?\s+per\s+"
    # (a scope of up to three words: "NAT gateways per Availability Zone: 5", "Inbound or
    # outbound rules per security group: 60" gave no count; no second "per": "Writes per
    # second per prefix: 3500" is a rate, no 3,500 writes per prefix)
    r"[a-z][\w/-]*(?:[ \t]+(?!per\b)[a-z][\w/-]*){0,2}?"
    r"[ \t]*(?:>>|::|[:=]|->|[ \t]{2,}|[ \t]*(?:max(?:imum)?|up[ \t]+to|at[ \t]+most|limit|quota"
    r"|default)"
    r"[ \t]*[:=]?)[ \t]*[*_`]*"
    r"(?P<n>[1-9][0-9]{0,2}(?:,[0-9]{3})+|[1-9][0-9]*)(?![\w.,%/$-])" + _NOT_ITS_OWN,
    re.IGNORECASE)

# "Aurora replicas up to 15", "read replicas max 5 per DB": a plural noun right before the
# bound names what the bare number counts, though the attribute vocabulary has no rule for it
_NOUN_BEFORE_BOUND = re.compile(
    rf"(?<![\w-])(?P<noun>{_COUNTED_KIND}[A-Za-z][a-z-]*[a-rt-z]s)[ \t]*:?[ \t]*(?:\(\s*)?"
    r"(?:up[ \t]+to|max(?:imum)?|at[ \t]+most)[ \t]*[:=]?[ \t]*[*_`]*$", re.IGNORECASE)


# "GSI: up to 20 per table (default), LSI: 5": a thing's initials in capitals as a clause's
# label, a bound, then the bare number count such things ("GSIs"), as a plural noun does;
# the list's other labels of initials with a bare number ("LSI: 5") count theirs
_ACRONYM_LABEL = (r"(?:^|(?<=[,;(])|(?<=[,;(][ \t])|(?<=[-*•][ \t]))"
                  r"[ \t]*(?P<noun>[A-Z]{2,5})[ \t]*:")
_ACRONYM_LABEL_BEFORE_BOUND = re.compile(
    _ACRONYM_LABEL + r"[ \t]*(?:\(\s*)?(?:up[ \t]+to|max(?:imum)?|at[ \t]+most)[ \t]*[:=]?[ \t]*"
    r"[*_`]*$")
_ACRONYM_LABEL_THEN_NUMBER = re.compile(
    _ACRONYM_LABEL + r"[ \t]*[*_`]*(?P<n>[1-9][0-9]{0,2}(?:,[0-9]{3})+|[1-9][0-9]*)[*_`]*"
    r"(?=[ \t]*(?:$|[,;)]|\.(?:\s|$)))")

# "ESM batch size SQS std: up to 10,000", "unreserved pool has to keep min 100": a bound and
# a bare number closing its clause. Read only when the words before name a count of the
# vocabulary, as after "limit" (a bare "up to 5" of nothing named is no card)
_BOUND_THEN_NUMBER = re.compile(
    r"(?<![A-Za-z])(?:up[ \t]+to|max(?:imum)?|min(?:imum)?|at[ \t]+most|at[ \t]+least"
    r"|default(?:[ \t]+is)?)[ \t]*[:=]?[ \t]*[*_`]*"
    r"(?P<n>[1-9][0-9]{0,2}(?:,[0-9]{3})+|[1-9][0-9]*)(?![0-9]|[.,][0-9])[*_`]*"
    # (or the next bound of the same setting: "default 10 max 10,000")
    r"(?=[ \t]*(?:$|[,;)(]|\.(?:\s|$)|\bper\b|[|]|(?:max|min|up[ \t]+to)\b))",
    re.IGNORECASE)
_BOUND_STARTS = ("up to", "max", "min", "at most", "at least", "default")


# "12.5M subscriptions per topic (standard), 100 for FIFO": a bare number opening a later
# clause, then only the case it is of ("for FIFO", "(FIFO)", "FIFO"), up to the clause's end:
# the count before it, said again of that case with its noun left out
_ELIDED = re.compile(
    r"(?:[,;]|/(?!\d)|\bvs\.?|\bbut\b)[ \t]*[*_`]*"
    r"(?P<n>[1-9][0-9]{0,2}(?:,[0-9]{3})+|[1-9][0-9]*)(?![\w.,%/$-])" + _NOT_ITS_OWN
    + r"[*_`]*[ \t]+(?:(?:for|with|on|in)[ \t]+)?\(?[ \t]*"
    r"(?P<case>[A-Za-z][\w-]*(?:[ \t]+[A-Za-z][\w-]*)?)[ \t]*\)?[*_`]*[ \t]*(?=$|[,;.)])",
    re.IGNORECASE)


def _names_a_case(m: re.Match[str]) -> bool:
    """Is the case of an _ELIDED match named as one: after "for"/"with"/"on"/"in" or in
    brackets ("100 for FIFO", "20 (FIFO)"), or a name written capitalized ("100 FIFO")? A bare
    lower-case word is another thing counted or a verb ("200 outputs", "a /24 gives"), and
    "per AZ" a scope ("default subnet /20 per AZ": a CIDR prefix, no count)."""
    between = m.string[m.end("n"):m.start("case")].lower()
    if "(" in between or between.split()[:1] in (["for"], ["with"], ["on"], ["in"]):
        return True
    case = m.group("case")
    return case[0].isupper() and case.split()[0].lower() != "per"


def bare_counts(line: str, service: str, found: list[Quantity]) -> list[Quantity]:
    """Counts the line gives as bare numbers after a named count's "limit", or after a label
    that counts things per a scope, or of another case of a count before them, ordered by
    start, none overlapping a quantity already found."""
    taken = [(q.start, q.end) for q in found]
    out = _per_label_counts(line, taken) if " per " in line else []
    counted = sorted(found + out, key=lambda q: q.start)  # ("Subscriptions per topic: 12,500,000")
    if any(q.dimension == "count" and q.noun for q in counted):
        out = sorted(out + _elided_counts(line, counted, taken), key=lambda q: q.start)
    lowered = line.lower()
    if any(b in lowered for b in _BOUND_STARTS):
        out = sorted(out + _bounded(line, service, taken + [(q.start, q.end) for q in out]),
                     key=lambda q: q.start)
    if any(_counted_by_initials(line, q) for q in out):
        out = sorted(out + _listed_initials(line, taken + [(q.start, q.end) for q in out]),
                     key=lambda q: q.start)
    if any(sep in line for sep in _UNIT_SEPARATORS):
        out = sorted(out + _unit_labelled(line, taken + [(q.start, q.end) for q in out]),
                     key=lambda q: q.start)
    if ":" in line:
        out = sorted(out + _noun_labelled(line, service, taken + [(q.start, q.end) for q in out]),
                     key=lambda q: q.start)
    out = sorted(out + named_bare_figures(line, service, taken + [(q.start, q.end) for q in out]),
                 key=lambda q: q.start)
    if "limit" not in lowered and "quota" not in lowered:
        return out  # most lines: one look, no regex
    for m in _LIMIT_THEN_NUMBER.finditer(line):
        start, end = m.span("n")
        if any(s < end and start < e for s, e in taken):
            continue
        # only the words before it name it: "limit 1000 -> use a lifecycle policy" counts
        # no policies
        name = name_quantity(line[:end], start, end, "count", service, (), taken)
        if not names_a_count(name):
            continue
        written = m.group("n")
        out.append(bare_count(start, end, written, name))
    return out


# "gp2 max IOPS: 16,000", "EBS gp3 max IOPS<TAB>16,000" (a card's front and back), "memory
# MB = 128": a label whose last word is a unit, a separator, and the number bare: the number
# is in that unit. Not a count's noun ("LSI per table: 5" counts no tables), nor a unit that
# is also a bound's or another word ("timeout min: 5" is a minimum of 5, "m", "s", "h", "d")
_UNIT_SEPARATORS = (":", "=", "\t")
_UNIT_LABEL_THEN_NUMBER = re.compile(
    r"(?<![\w/-])(?P<unit>[A-Za-z][A-Za-z/]{1,7})[ \t]*(?:::?|=|\t)[ \t]*[*_`]*"
    r"(?P<n>[1-9][0-9]{0,2}(?:,[0-9]{3})+|[1-9][0-9]*)(?![\w.,%/$-])" + _NOT_ITS_OWN
    + r"(?=[*_`]*[ \t]*(?:$|[,;(]|\.(?:\s|$)))")
_NO_LABEL_UNITS = frozenset({"min", "max", "m", "s", "h", "d", "mins", "sec", "secs", "hr",
                             "hrs"})
# a label ending in one calendar unit names a point or span in the calendar, no duration of the
# measure: "pomodoros so far this week: 18" (18 weeks of Lambda), "backup window start hour: 3"
# (3 h), "Exam day: 14"; "Retention days: 7", "Default TTL hours: 24" are durations
_CALENDAR_UNITS = frozenset({"hour", "day", "week", "month", "year", "yr"})
_NO_LABEL = _NO_LABEL_UNITS | _CALENDAR_UNITS


# "Aurora replicas: 15", "RDS read replicas: 5": a cheat sheet's label ending in a plural
# noun, a colon, and the number bare closing its clause: that many of the noun (the line was
# kept as nothing, two words being too few for a statement, and "aurora max replicas" said
# the notes filed nothing under Aurora). The noun as _counted_noun_before reads one: a
# plural that "2 <noun>" reads as a count of, not a unit or a word of time. Six digits at
# most: "Accounts: 123456789012" is an account's ID, no count of them.
_NOUN_LABEL_THEN_NUMBER = re.compile(
    rf"(?<![\w-])(?P<noun>{_COUNTED_KIND}[A-Za-z][a-z-]*[a-rt-z]s)[ \t]*:[ \t]*[*_`]*"
    r"(?P<n>[1-9][0-9]{0,2}(?:,[0-9]{3}){1,2}|[1-9][0-9]{0,5})(?![\w.,%/$-])" + _NOT_ITS_OWN
    + r"(?=[*_`]*[ \t]*(?:$|[,;]|\.(?:\s|$)))", re.IGNORECASE)


def _noun_labelled(line: str, service: str, taken: list[tuple[int, int]]) -> list[Quantity]:
    out = []
    for m in _NOUN_LABEL_THEN_NUMBER.finditer(line):
        start, end = m.span("n")
        if any(s < end and start < e for s, e in taken):
            continue
        noun = m.group("noun")
        head = noun.split()[-1]
        if head.lower() in _NOT_COUNTED or not _counts(head):
            continue  # ("minutes: 15", "bytes: 256" are no things counted)
        name = name_quantity(line[:end], start, end, "count", service, (), taken)
        if not names_a_count(name):
            name = noun
        written = m.group("n")
        out.append(bare_count(start, end, written, name))
    return out


def _counts(noun: str) -> bool:
    """Whether "2 <noun>" reads as a count of things (not a unit: "2 seconds", "2 GB")."""
    found = find_quantities(f"2 {noun}")
    return len(found) == 1 and found[0].dimension == "count"


def _unit_labelled(line: str, taken: list[tuple[int, int]]) -> list[Quantity]:
    out = []
    for m in _UNIT_LABEL_THEN_NUMBER.finditer(line):
        start, end = m.span("n")
        unit = m.group("unit")
        if unit.lower() in _NO_LABEL or any(s < end and start < e for s, e in taken) \
                or not _names_a_measure(line[:m.start("unit")]):
            continue
        written = m.group("n")
        read = find_quantities(f"{written} {unit}")
        if len(read) != 1 or read[0].dimension == "count" or read[0].end != len(written) + 1 \
                + len(unit) or read[0].is_range:
            continue
        if read[0].dimension == "duration" and _CALENDAR_YEAR.match(written) and \
                unit.lower().startswith(("year", "yr")):
            continue  # "Exam year: 2025" is a date
        out.append(replace(read[0], start=start, end=end, text=written))
    return out


# before a label's unit: a rate's "per" ("Burst scaling per minute: 500" is 500 a minute, no
# 500 minutes: mendlk48 review H1), or nothing of the clause ("Week: 2", "- Days: 3": the unit
# alone names no measure, review M1)
_RATE_BEFORE = re.compile(r"(?:\b(?:per|a|an|each|every)|/)[ \t]*$", re.IGNORECASE)
_LABEL_WORD = re.compile(r"[A-Za-z0-9]")
_CALENDAR_YEAR = re.compile(r"(?:19|20)[0-9]{2}$")


def _names_a_measure(before: str) -> bool:
    """Whether the text before a label's unit (on its line) leaves it naming a measure: some
    word of the label's own clause, and no "per" making the figure a rate."""
    if _RATE_BEFORE.search(before):
        return False
    clause = re.split(r"[,;(|•]|\.\s", before)[-1]
    return bool(_LABEL_WORD.search(clause))


def elided_cases(line: str, quantities: list[Quantity]) -> dict[int, tuple[int, str]]:
    """Per bare count of _elided_counts among `quantities` (by its start): the start of the
    count before it that it says again, and the case it names ("FIFO")."""
    out: dict[int, tuple[int, str]] = {}
    at = {q.start: q for q in quantities}
    for m in _ELIDED.finditer(line):
        q = at.get(m.start("n"))
        if q is None or q.dimension != "count" or not _names_a_case(m):
            continue
        before = [p for p in quantities if p.end <= m.start()]
        if before and before[-1].dimension == "count" and before[-1].noun == q.noun:
            out[q.start] = (before[-1].start, " ".join(m.group("case").split()))
    return out


def _elided_counts(line: str, found: list[Quantity],
                   taken: list[tuple[int, int]]) -> list[Quantity]:
    """"12.5M subscriptions per topic (standard), 100 for FIFO": a bare number whose clause
    names only the case it is of counts what the count before it counts (read as no fact,
    FIFO's 100 was left in the line, which then answered "sns fifo subscriptions per topic"
    with the standard topic's 12.5M). Only a case named in words, not a unit or a number."""
    out: list[Quantity] = []
    for m in _ELIDED.finditer(line):
        start, end = m.span("n")
        if not _names_a_case(m):
            continue
        if any(s < end and start < e for s, e in taken + [(q.start, q.end) for q in out]):
            continue
        before = [q for q in found if q.end <= m.start()]
        if not before or before[-1].dimension != "count" or not before[-1].noun:
            continue
        if find_quantities(f"2 {m.group('case').split()[0]}"):
            continue  # "..., 100 ms": a unit, no case
        noun = before[-1].noun
        written = m.group("n")
        out.append(bare_count(start, end, written, noun))
    return out


def _unit_in_brackets_after(line: str, end: int) -> bool:
    """"max 12 (hours)", "max 10 (KB)": a bracket after the number that names a unit gives the
    number its unit; it is no count of anything."""
    m = _BRACKETED_WORD.match(line, end)
    if m is None:
        return False
    found = find_quantities(f"2 {m.group(1)}")
    return len(found) == 1 and found[0].dimension != "count"


_BRACKETED_WORD = re.compile(r"[*_`]*[ \t]*\([ \t]*([A-Za-z]+)")


def _said_before(name: str, line: str, start: int, end: int) -> bool:
    """Whether the line says the measure's head word before the number: with no noun after
    the number, a name the vocabulary reaches from other words ("parallelization factor up to
    10 per shard" is no batch size, "policies ...: 10 default (up to 20)" no policy size) is a
    guess at what the number is."""
    head = name.split()[-1].lower()[:4]
    scope = _PER_AFTER.match(line, end)
    if scope is not None and scope.group(1).lower()[:4] == head:
        return False  # "up to 10 per shard" counts no shards
    return head in line[:start].lower()


_PER_AFTER = re.compile(r"[*_`\s]*per\s+([A-Za-z]+)")
# "per second" after a bare number makes it a rate: the noun before is what flows, not a count
_CONDITION_SCOPE = re.compile(rf"(?:{alternation('condition_scopes')})s?", re.IGNORECASE)
_TIME_UNITS = frozenset({"s", "sec", "secs", "second", "seconds", "ms", "millisecond", "min",
                         "mins", "minute", "minutes", "h", "hr", "hrs", "hour", "hours", "day",
                         "days", "week", "weeks", "month", "months", "year", "years"})


# "Records per second: 1,000", "Invocations per minute: 600": things per a span of time are a
# rate, no count of them ("1,000 Kinesis shard records" answered "kinesis shard records"; a tab
# card's front read as a label gave it to every deck: mendlk48 review M2)
# (trie_pattern: the same pattern every run, so its compiled code is kept between runs)
_RATE_SCOPE = re.compile(r"\bper[ \t]+(?:" + trie_pattern(_TIME_UNITS) + r")\b",
                         re.IGNORECASE)


def _per_label_counts(line: str, taken: list[tuple[int, int]]) -> list[Quantity]:
    out = []
    for m in _PER_LABEL_THEN_NUMBER.finditer(line):
        start, end = m.span("n")
        if any(s < end and start < e for s, e in taken):
            continue
        if _own_noun_after(line, end, m.group("noun")) or \
                _RATE_SCOPE.search(line, m.end("noun"), start):
            continue
        written, noun = m.group("n"), _with_modifiers(line, m.start("noun"), m.group("noun"))
        out.append(bare_count(start, end, written, noun))
        taken.append((start, end))
    return out


_WORD_AFTER = re.compile(r"[ \t]+([A-Za-z][A-Za-z-]*)")


def _own_noun_after(line: str, end: int, noun: str) -> bool:
    """A plural word of its own right after the number ("EBS volumes per Nitro instance: 28
    attachments (ENIs + volumes + NVMe)"): the number counts that, not the label's noun. The
    label said again after it ("5 Elastic IP addresses per Region", as a table's row reads)
    and a cell's "Yes" are no noun of its own."""
    m = _WORD_AFTER.match(line, end)
    if m is None:
        return False
    word = m.group(1).lower()
    if len(word) <= 3 or not word.endswith("s") or word == "yes":
        return False
    return word not in noun.lower().split() and not line[m.start(1):].lower().startswith(
        noun.lower())


# where a label begins: the line's start, or after a separator, a bullet or a bracket
_LABEL_START = re.compile(r"(?:^|[|:;,(\[•]|\s[-–—*]\s|^[-*]\s)[ \t*_`]*$")
# the words before a counted noun that say which things it is ("Elastic IP addresses",
# "Internet gateways", "Inbound or outbound rules"): words, an "or"/"and" between two, no
# more than three, the label's own from its start
_MODIFIERS = re.compile(r"(?P<words>[A-Za-z][A-Za-z0-9-]*(?:[ \t]+(?:(?:or|and|/)[ \t]+)?"
                        r"[A-Za-z][A-Za-z0-9-]*){0,2})[ \t]+$")
# words that open a label but name no kind of the thing counted: a bound, a determiner
_NO_MODIFIER = frozenset({"max", "maximum", "min", "minimum", "default", "limit", "quota",
                          "number", "of", "no", "the", "a", "an", "total", "soft", "hard",
                          "aws", "my", "your", "our", "up", "to", "at", "most", "least"})


def _with_modifiers(line: str, start: int, noun: str) -> str:
    """The counted noun with the words before it that say which such things are counted, when
    they and the noun are all of a label ("Elastic IP addresses per Region: 5" counts Elastic
    IP addresses: read as "addresses", the quota was asked as the addresses AWS reserves in
    each subnet; "Internet gateways" were any gateways). The label's opening bound and
    determiner words are no kind ("Max NAT gateways per AZ": NAT gateways). Unsure (a word
    that is a verb, a number, a longer clause): the noun as it was."""
    m = _MODIFIERS.search(line, max(0, start - 60), start)
    if m is None or m.end() != start or _LABEL_START.search(line, 0, m.start()) is None:
        return noun
    words = m.group("words").split()
    while words and words[0].lower() in _NO_MODIFIER:
        words.pop(0)
    if not words or any(w.lower() in _NO_MODIFIER or w.lower() in _NOT_A_KIND for w in words):
        return noun
    return " ".join([*words, noun])


# words that make the run before a noun a clause rather than its kind ("I think users per
# account", "we use 5 ..."): pronouns, verbs a note's sentence uses
_NOT_A_KIND = frozenset({"i", "we", "you", "it", "is", "are", "was", "were", "be", "can",
                         "could", "have", "has", "had", "think", "use", "uses", "get", "gets",
                         "need", "needs", "allow", "allows", "only", "just", "also", "each",
                         "every", "per", "for", "in", "on", "with", "than", "then", "so"})


def _bounded(line: str, service: str, taken: list[tuple[int, int]]) -> list[Quantity]:
    out = []
    for m in _BOUND_THEN_NUMBER.finditer(line):
        start, end = m.span("n")
        if any(s < end and start < e for s, e in taken):
            continue
        if _unit_in_brackets_after(line, end):
            continue
        name = name_quantity(line[:end], start, end, "count", service, (), taken)
        noun = counted = ""
        if not names_a_count(name) or not _said_before(name, line, start, end):
            noun = _counted_noun_before(line, start, end)
            if not noun:
                continue
            name = counted = noun
            scope = _PER_AFTER.match(line, end)
            if scope is not None:
                if scope.group(1).lower() in _TIME_UNITS:
                    continue  # "requests up to 10000 per second" is a rate, no count
                if _CONDITION_SCOPE.fullmatch(scope.group(1)) is None:
                    # "connections up to 16000 per node": what is counted is per a node (a
                    # scope the limit reader knows, "per shard", it adds itself: "(per shard)")
                    counted = f"{noun} per {scope.group(1)}"
        written = m.group("n")
        out.append(bare_count(start, end, written, name, counted))
    return out


def _counted_by_initials(line: str, q: Quantity) -> bool:
    """Whether q is a count its label of initials gives ("GSI: up to 20 per table"), not one
    of a plural noun that happens to be in capitals ("EIPs per region: 5")."""
    m = _ACRONYM_LABEL_BEFORE_BOUND.search(line, 0, q.start)
    return m is not None and q.noun == m.group("noun") + "s"


def _names_a_thing(initials: str) -> bool:
    """Initials the catalog knows as a part of a service ("LSI"), which a bare number beside
    a count of such parts counts. A unit or a setting leaves its unit unsaid: "TTL: 48" is
    hours, "RCU: 3000" a capacity, no 48 TTLs or 3000 RCUs."""
    return any(m.start == 0 and m.end == len(initials) for m in find_subjects(initials))


def _listed_initials(line: str, taken: list[tuple[int, int]]) -> list[Quantity]:
    """"LSI: 5" beside "GSI: up to 20 per table": the bare count of another label of initials
    in a line whose such label counts things, when those initials name a thing counted."""
    out = []
    for m in _ACRONYM_LABEL_THEN_NUMBER.finditer(line):
        start, end = m.span("n")
        if any(s < end and start < e for s, e in taken) or not _names_a_thing(m.group("noun")):
            continue
        written, noun = m.group("n"), m.group("noun") + "s"
        out.append(bare_count(start, end, written, noun))
    return out


def _counted_noun_before(line: str, start: int, end: int) -> str:
    """The plural noun right before the bound of a bare number ("replicas up to 15"), when it
    counts things: not a unit ("seconds max 900" is a time), not a service's own name."""
    m = _NOUN_BEFORE_BOUND.search(line, 0, start)
    if m is None:
        # (initials count only per a scope: "GSI: up to 20 per table"; "TTL: up to 48"
        # leaves its unit unsaid)
        m = _ACRONYM_LABEL_BEFORE_BOUND.search(line, 0, start)
        per = _PER_AFTER.match(line, end) if m else None
        return m.group("noun") + "s" if m and per else ""
    noun = m.group("noun")
    head = noun.split()[-1]  # (after the kind counted: "managed policies")
    if head.lower() in _NOT_COUNTED:
        return ""
    found = find_quantities(f"2 {head}")
    if len(found) != 1 or found[0].dimension != "count":
        return ""
    return noun


# plural words that name no things counted: "it takes minutes up to 15" is a time said loosely
_NOT_COUNTED = frozenset({"is", "was", "has", "does", "its", "this", "us", "yes", "always",
                          "sometimes", "times", "minutes", "hours", "days", "seconds", "weeks",
                          "months", "years", "bytes", "units", "costs", "charges", "prices"})
