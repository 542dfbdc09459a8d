"""How often a line filed under no service is lookup's first candidate where it misses, and
how many unfiled lines open with another service's initials (issue 10, branch unfiled49).

    python bench/unfiled_answers.py MISS_DIR DB_DIR [DB_DIR ...]

MISS_DIR holds lookup_devsets' .miss files; each DB_DIR its --db-dir databases. Counts:
the misses whose first candidate (not one the gate refused, "R ...") has no service, by the
kind of miss and its service score (se=); and the unfiled facts whose line opens with a word
in capitals that is the initials of some service (lookup/service_initials.py), per set.

Main at 4fde6712, all ~230 development sets (`bench/lookup_devsets.py --misses`):
- of 2,935 misses, 71 have an unfiled line first: 38 ANSWERED (a query the notes cannot
  answer answered by it), 21 top3, 12 MISS; their service score is 1.00 in 57 (no service
  asked, e.g. support plans, or one lent by the lines around it or a heading), 0.60 in 13
  (the unknown service's score), 0.80 in 1. Most are not about the service's name at all:
  the lines leave it to a heading or the file, and the query's other words decide.
- 29 unfiled facts in 20 sets open with another service's initials (CF, CT, GA, SM, WA,
  EB); one of them was the first answer of a miss: unseen117's "CF -> caches content at
  edge" answered "does global accelerator cache content" first (se=0.60).
The hits are not in the .miss files, so how often an unfiled line answers right is not
counted here; lookup_devsets' top-1/top-3 per set shows that no right answer was lost by
the initials rule (unfiled49's commit message gives the figures).
"""

from __future__ import annotations

import collections
import glob
import os
import re
import sqlite3
import sys

from studycli.lookup.lexicon import lexicon
from studycli.lookup.service_initials import service_initials
from studycli.shorthand_shape import OPENER

_CASE = re.compile(r"(ABSTAIN|ANSWERED|top3|MISS) (\S+): ")
_FIRST = re.compile(r"\[(?P<where>[^\]]*?) sc=.* se=(?P<se>[\d.]+)")


def unfiled_firsts(miss_dir: str) -> collections.Counter:
    """(kind of miss, se) -> count, where the first candidate shown has no service."""
    counts: collections.Counter = collections.Counter()
    for path in glob.glob(os.path.join(miss_dir, "*.miss")):
        lines = open(path, encoding="utf-8").read().split("\n")
        for i, line in enumerate(lines[:-1]):
            case, first = _CASE.match(line), lines[i + 1]
            m = _FIRST.search(first)
            if case and m and first.startswith("    ") and not first.strip().startswith("R ") \
                    and m.group("where").startswith("//"):
                counts[(case.group(1), m.group("se"))] += 1
    return counts


def initials_openers(db_dirs: list[str]) -> collections.Counter:
    """set -> unfiled facts opening with a service's initials in capitals."""
    lex = lexicon()
    initials = {i for s in set(lex.services.values()) for i in service_initials(s)}
    counts: collections.Counter = collections.Counter()
    for folder in db_dirs:
        for db in glob.glob(os.path.join(folder, "*.db")):
            conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
            rows = conn.execute("SELECT snippet FROM facts WHERE coalesce(service, '') = ''")
            for (snippet,) in rows:
                m = OPENER.match(snippet or "")
                tok = m.group("tok") if m else ""
                if tok.isupper() and tok.lower() in initials \
                        and (tok.lower(),) not in lex.abbreviations:
                    counts[os.path.basename(db).removesuffix(".db")] += 1
            conn.close()
    return counts


if __name__ == "__main__":
    firsts = unfiled_firsts(sys.argv[1])
    print("unfiled first candidates of misses:", sum(firsts.values()), sorted(firsts.items()))
    openers = initials_openers(sys.argv[2:])
    print("unfiled lines opened by initials:", sum(openers.values()), "in", len(openers),
          "sets:", sorted(openers.items()))
