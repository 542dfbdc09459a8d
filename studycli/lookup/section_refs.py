"""A note's reference to another of its sections ("see 5.1", "(see 06-security 3.4)",
"section 2.3", "§4.2") names where a fact is written, states no figure: "User pools vs
Identity pools: see 5.1" answered "cognito user pool max users", its "5.1" read as a count.
So does a highlight's pointer to where it is in a book ("(Location 242)", "(p. 45)").
Stdlib only: runs on the lookup fast path."""

from __future__ import annotations

import re

from studycli.dotted_address import ADDRESS_AT
from studycli.lazy_regex import lazy_compile

# "see 5.1", "see also 4.2.1", "see 03-network 4.6", "(cf. 2.3)", "section 3.4", "§ 4.2",
# "clause 2.1.4": a pointer word, maybe a note's name, then a section's dotted number (or a
# bare one after "section"/"§")
# A bare number after "section"/"clause" is a reference only where no word it counts follows:
# "Resources section 500 resources max" counts 500 resources ("see section 3 for more" is one)
_REFERENCE = re.compile(
    r"(?:\b(?:see(?:\s+also)?|cf\.?)\s+(?:[a-z0-9][\w-]*\s+)?(?=\d+\.\d)"
    r"|\b(?:sections?|clauses?)\s*(?=\d+\.\d|\d+(?![\d.]|\s*[^\W\d_])"
    r"|\d+\s+(?:for|of|in|on|and|or|to|above|below|ff)\b)|§\s*)"
    rf"(?!{ADDRESS_AT})"  # "see 10.0.0.0/16": an address (dotted_address.py), no section
    r"\d{1,3}(?:\.\d{1,3})*(?![\w.]*\s*(?:[kmgt]i?b(?:ps)?|ms|s|sec|min|h|hours?|days?|%"
    r"|million|billion|thousand|percent)\b)",
    re.IGNORECASE)


# "(Location 242)", "(loc. 1342-1344)", "(p. 45)", "[page 12]", "(pp. 3-4)": where in a book or
# an e-reader's export a highlighted line was, in brackets of its own; its number is no figure
# of the line ("HTTP 504: Gateway Timeout ... before the idle timeout. (Location 242)" gave
# "nlb idle timeout" an answer)
_LOCATOR = lazy_compile(r"[(\[]\s*(?:kindle\s+)?(?:locations?|loc\.?|pages?|pg\.?|pp?\.)\s*"
                        r"\d[\d,]*(?:\s*[-–]\s*\d[\d,]*)?\s*[)\]]", re.IGNORECASE)


def without_references(text: str) -> str:
    """`text` with each reference to a section blanked to "see §", and each bracketed
    pointer to a book's page or location to "(see §)" (no figure left of either)."""
    if not any(c.isdigit() for c in text):
        return text
    text = _REFERENCE.sub("see §", text)
    if "(" not in text and "[" not in text:  # no bracket, no locator
        return text
    return _LOCATOR.sub("(see §)", text)
