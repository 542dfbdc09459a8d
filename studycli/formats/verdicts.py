"""True/false statements read as what their verdicts make of them, where the verdict is at the
end of the statement's line or in an answer key at the end of the note:

    6. Spot instances get a 5 minute interruption notice ... False
       2 minute warning (via instance metadata / EventBridge)

    Q17. SQS is push-based: it invokes consumers.
    ...
    ANSWER KEY
    16 T   17 F (pull / polling)   18 T

Read as written, each statement was a line of the note like any other, and the false ones were
answers: "sqs push or pull" was answered "Q17. SQS is push-based", the one statement the
note's own key marks false. A wrong statement stated plainly is worse than none, so a
statement marked true is a statement ("- Standard queue: at-least-once delivery ..."), one
marked false is no fact, only the correction its verdict gives, said of the false statement's
subject (`false_statement_read`: "- SQS: pull / polling"), and a quiz's numbered line whose
verdict is anything else ("60 ? partly") is left as written. The key's lines, once each of their
verdicts found its statement, are blank: "17 F (pull / polling)" alone is a figure of nothing.

A statement is only read where the note is a bank of them (three verdicts or more, at the ends
of lines or in one key), so that "ConsistentRead -- True" in prose is left alone; a key's
number that two statements above it share is a guess, and leaves both as written. A verdict
at a line's end is one only on a numbered claim of a few words, ending the line or followed by
a mark, and no grade: a list of settings ("- enableDnsHostnames -- False", "DeleteOnTermination
— False for additional volumes"), a table of what a service supports ("Read replicas .....
False"), "– t.ex." and "TD set 1 -- 58% -- F" say no verdict. Line for line, like every
reader here.
"""

from __future__ import annotations

import re

from studycli.formats.answer_keys import HEADING, LONGEST, verdict_read

# a statement with its verdict after an ellipsis or a dash: "stmt ... False", "stmt — True (x)"
# (not after an arrow: "T/F stmt -> F" is answer_keys.py's, and "A -> T" may be a drawing).
# The verdict ends the line or a mark follows it ("— F, only suspended", "— T (soft limit)"):
# "DeleteOnTermination — False for additional volumes" gives a setting's value, no verdict;
# a verdict's letter is a capital ("– t.ex. item för stort" is Swedish for "for example").
_TRAILING = re.compile(
    r"^(?P<lead>\s*(?:[-*+•]\s+)?)(?:(?:Q|#)?\d{1,3}[.):]\s+)?(?P<said>\S.*?)\s*"
    r"(?:\.{2,}|…|—|–|--)\s*(?P<verdict>True|False|(?-i:T|F))(?![\w/-])"
    r"(?=\s*(?:$|[(\[,;:.!—–>→-]))[\s.!:,;]*(?P<rest>.*)$", re.IGNORECASE)
# a statement is a claim of a few words, not a setting's name ("enableDnsSupport -- True",
# "Read replicas ....... False" in a table of what a service supports)
_FEWEST_WORDS = 3
# a score of its own before the letter makes it a grade: "TD set 1 -- 58% -- F", "mock 2: 41/65
# -- F" (not a figure of the statement's: "Convertible RIs up to 54% ..... T")
_SCORE = re.compile(r"(?:\.{2,}|…|—|–|--|:|\|)\s*\d[\d.]*\s*(?:%|/\s*\d+)\s*$")
# a numbered statement a key may answer: "Q17. SQS is push-based", "17) ...", "- 17. ..."
_NUMBERED = re.compile(r"^\s*(?:[-*+•]\s+)?(?:\*\*)?(?:Q|#)?(?P<n>\d{1,3})(?:\*\*)?[.):]\s*"
                       r"(?:\*\*)?\s*(?P<said>\S.*)$", re.IGNORECASE)
# one verdict of a key: "17 F", "17. True", "17) T" (its correction is what follows it, up to
# the next verdict: "17 F (pull / polling)", "39 F -- max 365 days")
_KEY_ENTRY = re.compile(r"(?:^|(?<=\s))(?P<n>\d{1,3})\s*[.):]?\s*"
                        r"(?P<verdict>True|False|(?-i:T|F)|\?)"
                        r"(?=[\s(:,;]|--|$)", re.IGNORECASE)
# the fewest verdicts that make a note a bank of true/false statements
_LEAST = 3


def verdicts_to_markdown(lines: list[str]) -> list[str]:
    out = list(lines)
    _read_key(out)
    _read_trailing(out)
    return out


def _correction(text: str) -> str:
    """A verdict's correction without its marks: "-- max 365 days" -> "max 365 days" (its
    parentheses are answer_keys.verdict_read's to unwrap: "(5 minutes)" -> "5 minutes")."""
    return text.strip().lstrip("-—–:>→=").strip().rstrip(",;").strip()


def _as_verdict_makes_it(said: str, verdict: str, correction: str) -> str:
    """The line a statement and its verdict make: the statement where true (with the verdict's
    condition, "(29 s default)"), its correction where false, else nothing."""
    read = verdict_read(said, verdict, correction)
    return f"- {read}" if read else ""


def _key_entries(line: str) -> list[tuple[str, str, str]] | None:
    """A key line's verdicts (number, verdict, correction), when the line opens with one."""
    if len(line) > LONGEST:
        return None
    found = list(_KEY_ENTRY.finditer(line))
    if not found or line[:found[0].start()].strip():
        return None
    return [(m.group("n"), m.group("verdict"),
             _correction(line[m.end():found[i + 1].start() if i + 1 < len(found) else len(line)]))
            for i, m in enumerate(found)]


def _read_key(out: list[str]) -> None:
    keyed = [(k, entries) for k, line in enumerate(out) if (entries := _key_entries(line))]
    if sum(len(entries) for _, entries in keyed) < _LEAST:
        return
    first = keyed[0][0]
    statements: dict[str, list[int]] = {}
    for k in range(first):
        if (m := _NUMBERED.match(out[k])) and len(out[k]) <= LONGEST:
            statements.setdefault(str(int(m.group("n"))), []).append(k)
    answered = 0
    verdicts: dict[int, tuple[str, str]] = {}
    for _, entries in keyed:
        for n, verdict, correction in entries:
            lines = statements.get(str(int(n)), [])
            if len(lines) == 1:
                answered += 1
                verdicts[lines[0]] = (verdict, correction)
    if answered < _LEAST:
        return  # a numbered list and a few figures, not a key to the statements above it
    read: set[int] = set()  # the statements' lines read with their verdicts
    for k, (verdict, correction) in verdicts.items():
        said = _NUMBERED.match(out[k])
        if verdict == "?" or said is None or said.group("said").rstrip(" *_`").endswith("?"):
            continue  # no verdict, or a question (a key to questions is answer_keys.py's)
        out[k] = _as_verdict_makes_it(said.group("said"), verdict, correction)
        read.add(k)
    for k, entries in keyed:  # a key line says no more once each of its verdicts is read
        places = [statements.get(str(int(n)), []) for n, _v, _c in entries]
        if all(len(at) == 1 and at[0] in read for at in places):
            out[k] = ""


def _is_statement(line: str, m: re.Match[str]) -> bool:
    """Whether a line with a verdict at its end is a bank's statement: numbered, as a bank's
    statements are (a list of settings or feature rows is not), a claim of a few words, and
    no score's grade."""
    said = m.group("said")
    return (_NUMBERED.match(line) is not None and len(said.split()) >= _FEWEST_WORDS
            and not (len(m.group("verdict")) == 1 and _SCORE.search(said)))


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _read_trailing(out: list[str]) -> None:
    items = [(k, m) for k, line in enumerate(out)
             if len(line) <= LONGEST and not HEADING.match(line)
             and (m := _TRAILING.match(line)) and _is_statement(line, m)]
    if len(items) < _LEAST:
        return
    marked = {k for k, _ in items}
    for k, m in items:
        correction = _correction(m.group("rest"))
        fix = k + 1  # "fix underneath if False": an unnumbered line indented under the statement
        underneath = (not correction and m.group("verdict")[0].upper() == "F"
                      and fix < len(out) and fix not in marked and out[fix].strip()
                      and _indent(out[fix]) > _indent(out[k])
                      and not _NUMBERED.match(out[fix]) and not HEADING.match(out[fix]))
        if underneath:
            correction = out[fix].strip().lstrip("-*•→> ").strip()
        read = _as_verdict_makes_it(m.group("said"), m.group("verdict"), correction)
        out[k] = read
        if underneath and read:
            out[fix] = ""
