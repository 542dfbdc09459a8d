"""What `studycli check` tells of the note text an exam question shows, said in its explanation.

A question's explanation quotes a note line (a scenario's supporting clause, an error code's
meaning) or the review shows it beside the answer. Reviewers found such a line's second claim
shown as if the question vouched for it: "504 → integration timeout (Lambda took longer than
API GW's 29 sec limit)" quoted for the 504's meaning, the 29 seconds a default since 2024, and
the explanation silent on it. The question layer's caveats (questions/currency.line_caveat)
know the line's facts that the AWS reference flags; `check` also judges a line by claims no
fact of it carries (claim entries whose patterns contradict the line, reference/findings.py).
Those are marked here, for the text shown only, so nothing shown stands uncorrected.
"""

from __future__ import annotations

import re
import weakref


def told_claims(pool, source: str, line: int) -> list[tuple]:
    """check's outdated or wrong findings about (source, line) that no fact of the line carries
    (a claim read off the line's text), as plain data: (status, current value, url, checked,
    measure, contradicting patterns, supporting patterns); [] as written or without a
    database. Kept in the pool (app/exam_kept.py keeps it between runs), worked out once per
    line: work_out_material works out every line an exam can show, so a later seed's exam
    reads no reference."""
    cache = pool.__dict__.setdefault("_told_claims", {})
    key = (source, line)
    if key not in cache:
        cache[key] = _told_claims(pool, source, line)
    return cache[key]


def _told_claims(pool, source: str, line: int) -> list[tuple]:
    db = pool.currency_db or pool.db
    if pool.as_written or db is None or not source:
        return []
    from studycli.reference import load_reference
    from studycli.reference.entry import FLAGGED
    from studycli.reference.findings import find_all
    from studycli.reference.line_claims import NoteLine, line_findings
    from studycli.store.facts import facts_of_line
    from studycli.store.lookup_lines import line_texts

    facts = facts_of_line(db, source, line)
    text = (line_texts(db.conn, [(source, line)]).get((source, line))
            or (facts[0].snippet if facts else ""))
    if not text:
        return []
    reference = _reference_of(pool, load_reference)
    found = find_all(facts, reference, line_findings([(source, line, text)], reference))
    # A finding through one of the line's facts is the fact's own status (fact_currency):
    # questions/currency already corrects or marks it by the question layer's rules.
    from studycli.reference.currency import still_default

    out = []
    for x in found:
        if isinstance(x.fact, NoteLine) and x.status in FLAGGED:
            a, e = x.assessment, x.assessment.entry
            measure = " ".join(w for w in (e.subject, e.attribute) if w).strip()
            out.append((a.status, a.current_value or "", a.url or "", a.checked or "", measure,
                        tuple(e.contradicted_by), tuple(e.supported_by), e.service,
                        still_default(x.fact, a, reference)))
    return out


# The pool the reference was last read for, and that reference: a draw asks of every line it
# shows, and each load_reference call lists and stats every reference file (~70 stats) to
# see whether one changed. A pool's told claims are kept for its life (and with it, by
# app/exam_kept.py, under a key holding the reference's stamps): they are of one reading of
# the reference, so the lines of one pool are judged against that reading too.
_READ_FOR: list = [None, None]


def _reference_of(pool, load_reference):
    held, reference = _READ_FOR
    if held is None or held() is not pool:
        reference = load_reference()
        _READ_FOR[:] = [weakref.ref(pool), reference]
    return reference


def marks(explanation: str, pool, shown: list[tuple[str, int, str | None]],
          asked_service: str = "") -> list[str]:
    """A sentence for each claim check tells of the text shown ((source, line, text): the
    part of the line an explanation quotes, or None for the whole line) that the explanation
    does not already correct (AWS's value said in it). A claim about a service other than
    `asked_service` (the question's) names it: a line's claim about SNS quoted under an SQS
    question read as SQS's (session 34 reviewer)."""
    from studycli.store.currency import raised_maximum_said, said_now

    out: list[str] = []
    for source, line, text in shown:
        for (status, value, url, checked, measure, against, behind, service,
             default) in told_claims(pool, source, line):
            now = said_now(value)
            if not now or now in explanation or any(now in m for m in out):
                continue
            if text is not None and not _claimed_in(text, against, behind):
                continue  # the clause quoted holds no part of the claim
            where = f"{source}:{line}"
            # questions/currency.correction's wording: the verdict, then "AWS docs: ..." as a
            # sentence of its own (AWS's value may hold a colon of its own)
            named = service if service.lower() != asked_service.lower() else ""
            about = f"{_opening(where, explanation)} {_about(measure, named)}"
            if default:
                # a maximum that is still today's default is told so (questions/currency's
                # wording): "out of date" alone under an SQS question read as wrong for SNS
                out.append(f"{about}: {default} is still the default; "
                           f"{raised_maximum_said(value)} ({url}, checked {checked}).")
                continue
            verdict = "is out of date" if status == "outdated" else "disagrees with the AWS docs"
            out.append(f"{about} {verdict}. AWS docs: {now} ({url}, checked {checked}).")
    return out


def _about(measure: str, service: str = "") -> str:
    """"claim about Amazon Kinesis Data Streams's record size" (an entry's attribute may end
    in "claim" already: "record size claim"); a measure too long to read as a name is left
    out; `service` (a catalog name), when given, names whose claim it is, where the measure
    does not name it already."""
    from studycli.questions.stems import has_word, service_name

    words = measure.split()
    if words and words[-1].lower() == "claim":
        words = words[:-1]
    if service and has_word(measure.lower(), service.lower()):
        service = ""  # "S3 Object Lambda availability" names its service already
    whose = service_name(service) if service else ""
    if not 0 < len(words) <= 6:
        return f"claim about {whose}" if whose else "claim"
    return f"claim about {whose}'s {' '.join(words)}" if whose \
        else f"claim about the {' '.join(words)}"


def _opening(where: str, explanation: str) -> str:
    return "That note line's" if where in explanation else f"On your note line ({where}), the"


def _claimed_in(text: str, against: tuple[str, ...], behind: tuple[str, ...]) -> bool:
    """The claim's contradicting patterns, and none of its supporting ones, meet `text` (as
    reference/assess.assess_line reads a line)."""
    def meets(patterns: tuple[str, ...]) -> bool:
        return any(re.search(p, text, re.IGNORECASE) for p in patterns)

    return meets(against) and not meets(behind)


def work_out(pool, lines) -> None:
    """told_claims for every (source, line) of `lines`, kept in the pool."""
    for source, line in sorted(set(lines)):
        told_claims(pool, source, line)
