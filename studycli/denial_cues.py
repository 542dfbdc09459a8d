"""What says a value a line denies was the note's own earlier or wrong one, or another thing's.

"CodeBuild max build timeout is 8 hours, not 2 hours like I wrote in v2": the denied value was
written before and is wrong. "30 days, not 90 days (that's Glacier Flexible)", "not 14 days like
SQS": the denied value is another thing's, and right. Read at parse time (extract/taken_back.py
takes the earlier value back) and at lookup (lookup/corrections.py ranks it after the
correction): one reading for both.
"""

from __future__ import annotations

import re

from studycli.lazy_regex import lazy_compile

# "like I wrote in v2", "v1 said 200", "(v1 was wrong)", "used to be 100ms"
EARLIER = lazy_compile(r"\b(?:said|wrote|written|was|were|used\s+to\s+be|previously|formerly"
                       r"|earlier|last\s+time|wrong|outdated|typo|v\d+)\b", re.IGNORECASE)
# "(that's Glacier Flexible)", "like SQS" (not "like I wrote")
ANOTHER_THINGS = lazy_compile(r"\b(?:that['’]?s|that\s+is|like\s+(?!I\b|we\b|I['’]ve\b))",
                              re.IGNORECASE)
