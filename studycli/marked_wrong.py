"""How a student marks an answer wrong or doubted: the one spelling the parser
(notes/blocks.py: an arrow answer so marked makes no fact) and lookup's line search
(lookup/lines.py: such a line is no statement) both read. Stdlib only, no imports: lookup
reads it on its fast path."""

from __future__ import annotations

# "-> 15 min ✗", "-> 15 min (wrong)", "-> 15 min, not sure"
WRONG_SIGNS = "✗✘❌❎"
# "×" crosses an answer out ("-> 15 min ×") except where it multiplies: after a digit ("retries
# 2×") or before one ("4 × 10 Gbps", a LAG's bandwidth)
CROSS_NOT_TIMES = r"(?<!\d)×(?!\s*\d)"
WRONG_WORDS = r"\b(?:wrong|incorrect|not\s+sure|unsure)\b"
