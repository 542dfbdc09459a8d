"""Text-message shorthand read as the words the parser knows.

Students text facts to themselves or a study buddy: "visibility timeout dflt 30s, mx 12h,
min 0", "tags mx 10 per obj", "msg sz mx 256kb". The quantity reader knows "default", "max",
"min" and "size"; read as written, "dflt" and "mx" were words of the attribute's name, so
the line's figures were no default and no maximum at all (only the line itself, as a fact
no question of a maximum could rank first).

Here, as whole words in the lower case (or capitalized, a message's first word):
- "mx" is "max" (not "MX": a DNS MX record is written so, and neither is "mx record(s)",
  an MX record's "mx priority 10" or "mx 10 mail.example.com", nor a region's code
  "mx-central-1"; a lookup's "mx", lookup/query_shorthand.py), and "mn" "min" before a
  figure ("mn 128mb"; after one, "1 mn requests", it is a million);
- "dflt", "dft" and "deflt" are "default", and "def" too where it can be nothing else:
  before a figure ("def 30s", "def: 4d") or bracketed alone ("edge (def)"); a "def
  handler(...)" is code, a "task def" an ECS task definition, "def 1:" a numbered definition;
- "sz" is "size", "b4" is "before" ("obj" is left as written: a lookup typed "obj" finds
  it so, and one typed "object" would need "obj" read both ways, which cost a French
  note's "objet" its answers).
A word a legend defines ("dflt = default", "mx: maximum") is left as the legend writes it.

Every rewrite stays on its line: line N of the output is line N of the note.
"""

from __future__ import annotations

import re

_WORDS = {"mx": "max", "mn": "min", "dflt": "default", "dft": "default", "deflt": "default",
          "def": "default", "sz": "size", "b4": "before"}
# a word of _WORDS as a whole word: no letter, digit, "." "/" "-" or "_" either side (a
# domain's "mx.example.com", a path, a region's "mx-central-1"), and not an MX record's
_SHORTHAND = re.compile(r"(?<![\w./-])(?:(?:[Mm]x|[Dd]flt|[Dd]ft|[Dd]eflt|[Ss]z|b4)"
                        r"(?![\w/-]|\.\w)(?![ \t]+records?\b)(?![ \t]*[=:][ \t]*[A-Za-z])"
                        # a DNS MX record's priority and mail host, written in the lower case:
                        # "mx priority 10", "mx 10 mail.example.com"
                        r"(?![ \t]+(?:priority|pref(?:erence)?)\b)(?![ \t]+\d+[ \t]+[\w-]+\.[\w-])"
                        # "def" and "mn" only before a figure ("def" may be code, and "1 mn
                        # requests" is a million), or "def" bracketed; not a numbered
                        # definition's "def 1:" / "def 2)" / "def 3."
                        r"|(?:[Dd]ef|[Mm]n)(?=[ \t]*[:=]?[ \t]*\d)"
                        r"(?![ \t]*\d+[ \t]*(?:[:)]|\.(?!\d)))|(?<=\()[Dd]ef(?=\)))")
# a shorthand word not inside a longer word ("default", "column"): every _SHORTHAND match is
_CHEAP = re.compile(r"(?<![a-z])(?:mx|mn|dflt|dft|deflt|def|sz|b4)(?![a-z])", re.IGNORECASE)


def spell_out_shorthand(text: str) -> str:
    """`text` (a whole note) with its texting shorthand written out (see the module)."""
    if not _CHEAP.search(text):
        return text
    return _SHORTHAND.sub(_written_out, text)


def _written_out(m: re.Match[str]) -> str:
    word = m.group(0)
    full = _WORDS[word.lower()]
    return full.capitalize() if word[0].isupper() else full

