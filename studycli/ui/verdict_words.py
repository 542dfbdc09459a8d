"""The words for a stale note line's verdict (reference.entry.verdict), one set for `check`,
`lookup` and `compare`: the same finding must not read "NOT WHAT AWS SAYS" in one, "wrong per
the AWS docs" in another and a bare "AWS now" in the third. Stdlib only: lookup's fast path
prints them."""

from __future__ import annotations


def verdict_label(verdict: str) -> str:
    """'outdated', 'wrong', or 'not what AWS says' (differs: the reference cannot tell
    whether the note's value was ever AWS's)."""
    # unknown: the reference states the measure but cannot judge the number (check --all)
    return {"differs": "not what AWS says", "unknown": "undecided"}.get(verdict, verdict)


def aws_word(verdict: str) -> str:
    """'AWS now' for an outdated line (AWS changed it); 'AWS says' otherwise: for a wrong
    one, "now" would suggest it once was so."""
    return "AWS now" if verdict == "outdated" else "AWS says"


def stale_tally(tally: dict) -> str:
    """"36 outdated, 2 wrong, 5 not what AWS says": each as `check` labels its findings
    (`differs`: the wrong ones the reference cannot call wrong, verdict_label). Here, not in
    check's view: the ingest summary says it too, without importing that view."""
    differs = tally.get("differs", 0)
    said = f"{tally['outdated']} outdated, {tally['wrong'] - differs} wrong"
    return said + (f", {differs} not what AWS says" if differs else "")
