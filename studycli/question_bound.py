"""The bound a practice question asks, for the figure its answer line gives with none.

"Q41: Lambda /tmp storage max" over "- right: 10,240 MB (10 GB)": the 10,240 MB is the
maximum the question asks, not a bare limit that "lambda tmp default" may take as readily.
Read by the parser (extract/limits.py: the figure's qualifier) and by lookup (a statement
whose attribute is such a question: lookup/answer.py). Stdlib only: runs on
the lookup fast path.
"""

from __future__ import annotations

import re

# A practice question over its answer lines ("Q41: Lambda /tmp storage max" / "- right:
# 10,240 MB"; "### What is the max SQS message size?"): numbered, or asking ("?"), with no
# figure of its own; the bound it asks, said once
# (the marks an exam paper or a marking scheme gives a question after its "?", "[1 mark]",
# "...... [1]", "(3 marks)", end it as well: lookup/journal.py; not "[15m]" nor "[5m]",
# which a student's bracketed answer writes for minutes)
MARKS = (r"[\s.…_-]*(?:\[\s*\d{1,2}\s*(?:marks?|pts?|points?)?\s*\]"
         r"|\(\s*\d{1,2}\s*(?:marks?|pts?|points?)\s*\))")
_QUESTION = re.compile(r"^\W*Q\s*\d+\s*[:.)\-–]|\?[\s*_`]*(?:" + MARKS + r"\W*)?$",
                       re.IGNORECASE)
_QUESTION_LABEL = re.compile(r"^\W*Q\s*\d+", re.IGNORECASE)
MARKS_TAIL = re.compile(MARKS + r"\W*$", re.IGNORECASE)
_ASKED_BOUNDS = {"max": re.compile(r"\b(?:max(?:imum)?|largest|biggest|longest)\b", re.IGNORECASE),
                 "min": re.compile(r"\b(?:min(?:imum)?|smallest|shortest)\b", re.IGNORECASE),
                 "default": re.compile(r"\bdefaults?\b", re.IGNORECASE)}
# the student's own pick under the question ("I wrote 15 minutes"): no answer to it
_OWN_PICK = re.compile(r"^\W*i\s+(?:(?:had|have)\s+)?(?:picked|chose|said|wrote|put|answered"
                       r"|guessed|thought|selected|went\s+with)\b", re.IGNORECASE)


def asked_bound(ancestors: tuple[str, ...], line: str) -> str:
    """The bound a practice question asks ("max", "min" or "default"), for a figure its
    answer line gives with none of its own: "Q41: Lambda /tmp storage max" over "right:
    10,240 MB" asks the maximum, so the 10,240 MB is no answer to "lambda tmp default" (it
    was a bare limit, taken for the default as readily). Only the line's own question (its
    parent item or heading), numbered or ending in "?", saying one bound and no figure; not
    the student's own pick under it ("I wrote 15 minutes")."""
    if not ancestors or _OWN_PICK.match(line):
        return ""
    question = ancestors[0]
    if not _QUESTION.search(question):
        return ""
    asking = MARKS_TAIL.sub("", _QUESTION_LABEL.sub(" ", question, count=1))  # "[1 mark]"
    if any(c.isdigit() for c in asking):
        return ""
    said = [bound for bound, words in _ASKED_BOUNDS.items() if words.search(asking)]
    return said[0] if len(said) == 1 else ""
