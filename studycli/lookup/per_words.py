"""How a note line is cut into words, and the words that say "per", shared by the checks that
read what a line counts and what it counts per (scope_counted.py, counted_as_scope.py), so
the two read the same line the same way ("user pools por account: 1,000" is a count per an
account to both).
Stdlib only: runs on the lookup fast path.
"""

from __future__ import annotations

import re

TOKEN = re.compile(r"[^\W\d_]\w*|\d[\d,.]*|[^\w\s]")  # words of any language, figures, marks
# "per" as students write it: English, Spanish/Portuguese ("por"), German ("pro", "je"),
# French ("par"), and "each"/"every" ("5 IPs in each subnet")
PER_WORDS = frozenset({"per", "each", "every", "por", "pro", "je", "par"})
