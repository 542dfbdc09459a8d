"""Two values for one setting a line or two apart: the case that tells them apart was lost.

"Parameter Store standard tier: value up to 4 KB" above "advanced tier: value up to 8 KB", or
"max object size: 5 TB" above "single PUT max: 5 GB": when the parser keeps the same service,
subject, attribute and qualifier for both, it has missed the word that makes them two different
settings (a tier, an operation). A question on either would teach one of them as *the* value and
"your notes disagree" would be false. Unsure which is which, it asks neither: each line stays a
plain statement (searchable, no card). Values further apart are a real disagreement to report.
Where the two lines' labels are the same words but one ("package size zipped: 50 MB" above
"package size unzipped: 250 MB", "Parameter Store standard tier" / "advanced tier"), that word
is the case each value is of, and both are kept as the measure's cases
("deployment package size (zipped)"): see _swapped_cases for when.

Likewise a value whose attribute is only the name of its case ("storage classes min duration:
Standard-IA 30 days, One Zone-IA 30 days" → One Zone-IA "one zone-ia" 30 days): the word the
parser took for the setting names which thing, not what is measured, so no question can say
what the number is.
"""

from __future__ import annotations

import re
from functools import lru_cache

from studycli.extract.attributes import known
from studycli.model import Fact, Kind
from studycli.services import catalog, find_services, find_subjects, subject_entry

# Lines apart within which two values of one key are read as siblings of one list, not as a
# disagreement: a note that contradicts itself does so across sections, not on the next line.
_NEAR = 3
_QUANTITIES = (Kind.LIMIT, Kind.DEFAULT)


def _value_of(f: Fact) -> tuple:
    return (f.number, f.unit) if f.number is not None else (f.value.lower(),)


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.lower()))


_WORD = re.compile(r"[a-z0-9@]+")


def _names_only_its_case(f: Fact) -> bool:
    """Is the attribute no more than words of the fact's own subject or service?"""
    if known(f.attribute):
        return False  # a vocabulary name ("retention period") always says what is measured
    return _attribute_names_only_its_case(f.attribute, f.value, f.subject, f.service)


@lru_cache(maxsize=32768)  # a table's rows repeat their settings and values under each service
def _attribute_names_only_its_case(attribute: str, value: str, subject: str,
                                   service: str) -> bool:
    said = _words(attribute)
    if not said or said <= _words(value):
        return False  # a count's own noun ("15 read replicas") says what is counted
    if said <= _words(f"{subject} {service}"):
        return True
    # the whole attribute is the name of a subject ("one zone-ia", "express")
    if any(m.start == 0 and m.end == len(attribute) for m in find_subjects(attribute)):
        return True
    # or opens a sibling's name: "Step Fn express max 5 min, standard 1 yr" gave the Express
    # workflow a "standard" of 1 year ("standard workflow" is another of the subject's kind),
    # and a lookup of Express's maximum duration answered Standard's 1 year (a new user,
    # session 34); "function" of "function URL" under Lambda@Edge is a measure's word (its kind
    # is no URL)
    kind = _kind_noun(subject)
    return bool(subject) and any(
        sibling != subject and noun == kind
        for sibling, noun in _names_opened_by(service).get(attribute.strip().lower(), ()))


def _kind_noun(name: str) -> str:
    """The kind a subject's name ends with, singular ("Express workflow" -> "workflow")."""
    words = name.lower().split()
    last = words[-1] if words else ""
    return last[:-1] if last.endswith("s") and len(last) > 3 else last


@lru_cache(maxsize=512)
def _names_opened_by(service: str) -> dict[str, frozenset[tuple[str, str]]]:
    """First word of each multi-word subject alias of `service` -> (the subject it opens, the
    kind its alias ends with): "standard" -> {("Standard workflow", "workflow")}."""
    out: dict[str, set[tuple[str, str]]] = {}
    for alias, (owner, subject) in catalog().subject_aliases.items():
        words = alias.split()
        if owner == service and len(words) > 1:
            out.setdefault(words[0], set()).add((subject, _kind_noun(alias)))
    return {word: frozenset(found) for word, found in out.items()}


def _line_of(f: Fact) -> int:
    return f.line


# where a line's value begins: a number standing alone ("route53" holds none), so the words
# before it are the line's label
_VALUE_START = re.compile(r"(?<![A-Za-z\d])\d")


@lru_cache(maxsize=1)
def _case_pairs() -> frozenset[frozenset[str]]:
    """The pairs of words that name two cases of one measure (data/case_words.json): a known
    list, not any word outside a stoplist, since the word two study-note lines differ by is
    as often a verdict or a date ("wrong" / "right", "was" / "now") as a case."""
    from studycli.paths import load_json

    return frozenset(frozenset(p) for p in load_json("case_words.json")["pairs"])


def _label(f: Fact) -> str:
    start = _VALUE_START.search(f.snippet)
    return f.snippet[:start.start() if start else len(f.snippet)]


def _names_another_service(f: Fact) -> bool:
    """Does the fact's label name another service or a part of one ("shard in" in a table
    filed under S3)? Its value was filed under the wrong service: no case makes it right."""
    label = _label(f)
    return any(m.name != f.service for m in find_services(label)) or any(
        subject_entry(m)[0] != f.service for m in find_subjects(label))


def _swapped_cases(pairs: list[tuple[Fact, Fact]]) -> dict[int, str]:
    """"lambda.deploy_pkg.zipped = 50 MB" above "lambda.deploy_pkg.unzipped = 250 MB": two
    lines whose labels are the same words but one, in the same place, say which case each
    value is by that word. Only a fact in one such pair alone, of a measure the attribute
    vocabulary names (a name made of a line's stray words, "mo" of "$29/mo", is no measure to
    ask), the labels sharing a word besides, the two words a pair of data/case_words.json
    (a study note's "retention max wrong: 7 days" over "retention max right: 14 days", "max
    timeout was 5 min" over "max timeout now 15 min", name no case: the word is a verdict or
    a date) and neither a word of its service, subject or measure: any other pair stays
    unsure."""
    in_pairs: dict[int, int] = {}
    for a, b in pairs:
        for f in (a, b):
            in_pairs[id(f)] = in_pairs.get(id(f), 0) + 1
    cases: dict[int, str] = {}
    for a, b in pairs:
        if in_pairs[id(a)] != 1 or in_pairs[id(b)] != 1 or not known(a.attribute) \
                or _names_only_its_case(a) or _names_only_its_case(b):
            continue
        if _names_another_service(a) or _names_another_service(b):
            continue
        la, lb = _WORD.findall(_label(a).lower()), _WORD.findall(_label(b).lower())
        differ = [k for k in range(len(la)) if len(la) == len(lb) and la[k] != lb[k]]
        if len(differ) != 1 or len(la) < 2:
            continue
        wa, wb = la[differ[0]], lb[differ[0]]
        if frozenset((wa, wb)) not in _case_pairs() \
                or _words(f"{a.service} {a.subject} {a.attribute}") & {wa, wb}:
            continue
        cases[id(a)], cases[id(b)] = wa, wb
    return cases


def _with_cases_named(facts: list[Fact], pairs: list[tuple[Fact, Fact]],
                      unsure: set[int]) -> list[Fact]:
    """The facts, each of a pair whose case _swapped_cases reads named by it ("deployment
    package size (zipped)") and taken out of `unsure` (in place)."""
    cases = _swapped_cases(pairs)
    if not cases:
        return facts
    unsure -= cases.keys()  # (the old facts live on in `pairs`: no id is reused)
    return [Fact(**{**f.__dict__, "attribute": _case_named(f.attribute, cases[id(f)])})
            if id(f) in cases else f for f in facts]


def _case_named(attribute: str, case: str) -> str:
    """The measure's name for one case: the vocabulary's own where it has one ("write" of
    "throughput" is "write throughput", so a note's "shard write 1 MB/s" and another's
    "kinesis.shard.write = 2 MB/s" are one key that `conflicts` compares), else the case
    named after it ("deployment package size (zipped)")."""
    own = f"{case} {attribute}"
    return own if known(own) else f"{attribute} ({case})"


# what follows a line's label: "Presigned URL: ...", "alias = ...", "alias - ..."
_AFTER_LABEL = re.compile(r"[*_`]*\s*(?:[:=—–]|\s-\s)")


def _labelled_by(f: Fact) -> bool:
    """Does the fact's line open with its subject as a label ("Presigned URL: ...")?"""
    if not f.subject or not f.snippet:
        return False
    first = next(iter(find_subjects(f.snippet, f.service)), None)
    return (first is not None and first.name == f.subject
            and not _WORD.search(f.snippet[:first.start].lower())
            and _AFTER_LABEL.match(f.snippet, first.end) is not None)


def _strays_of_a_labelled_line(facts: list[Fact]) -> set[int]:
    """"Presigned URL: CLI/SDK max 7 days (604800 s), console max 12 hours": a line labelled
    by a subject, one value of a measure filed under it and another of the same measure under
    no subject (an aside closed before it ended the label's reach). The second is a case of
    the label's subject the parser did not name (the console's), not the service's own: as
    "S3 URL expiry max 12 h" it outranked the 7 days for "presigned url max expiration". It
    stays a plain statement. A measure of its own ("Recycle Bin: retention 1 day - 1 yr,
    archive tier restore 24-72 h") is no case of the label's and is kept."""
    by_line: dict[tuple, list[Fact]] = {}
    for f in facts:
        if f.kind in _QUANTITIES:
            by_line.setdefault((f.line, f.service, f.attribute, f.qualifier), []).append(f)
    out: set[int] = set()
    for group in by_line.values():
        strays = [f for f in group if not f.subject]
        if strays and any(_labelled_by(f) for f in group if f.subject):
            labelled = {_value_of(f) for f in group if f.subject}
            out |= {id(f) for f in strays if _value_of(f) not in labelled}
    return out


def drop_unsure_quantities(facts: list[Fact]) -> list[Fact]:
    by_key: dict[tuple, list[Fact]] = {}
    for f in facts:
        if f.kind in _QUANTITIES and f.qualifier in ("max", "min", "default", ""):
            by_key.setdefault(f.key, []).append(f)
    unsure: set[int] = {id(f) for f in facts if f.kind in _QUANTITIES and _names_only_its_case(f)}
    unsure |= _strays_of_a_labelled_line(facts)
    pairs: list[tuple[Fact, Fact]] = []
    for group in by_key.values():
        # by line, so each fact is compared only with those within _NEAR lines of it: a key
        # stated thousands of times in a long note costs n log n, not n squared
        # (indices, not a slice of the rest: copying it for every fact was the n squared)
        group = sorted(group, key=_line_of)
        lines = [f.line for f in group]
        for i, a in enumerate(group):
            j, near = i + 1, lines[i] + _NEAR
            while j < len(group) and lines[j] <= near:
                b = group[j]
                if lines[j] != lines[i] and _value_of(a) != _value_of(b):
                    unsure.update((id(a), id(b)))
                    pairs.append((a, b))
                j += 1
    if not unsure:
        return facts
    facts = _with_cases_named(facts, pairs, unsure)
    if not unsure:
        return facts
    stated = {f.line for f in facts if f.kind is Kind.FACT}
    out: list[Fact] = []
    for f in facts:
        if id(f) not in unsure:
            out.append(f)
        elif f.line not in stated and f.snippet:
            # A table row has no statement of its own: keep its words searchable.
            stated.add(f.line)
            out.append(Fact(**{**f.__dict__, "kind": Kind.FACT, "qualifier": "",
                               "value": f.snippet, "number": None, "unit": "",
                               "low": None, "high": None}))
    return out
