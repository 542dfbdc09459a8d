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
  handler(...)" is code, a "task def" an ECS task definition, "def 1:" a numbered definition
  (and so is a theorem-style block's "Def 3.1 (Visibility timeout).").
  Before a figure, "def" is a default only as the label of a setting's value: after the
  setting's name in its clause ("lambda timeout def 3 sec"), with a colon or "=" ("def: 4d"),
  or opening a clause its figure ends ("def 30s, max 12h"). Opening a message that goes on
  past its figure ("me: def 2 AZs for HA", "yeah def 6 copies across 3 AZs"), it is texting's
  "definitely", and is written out so: read as a default, it made "2 AZs" RDS's default;
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
                        r"(?![ \t]*\d+[ \t]*(?:[:)]|\.(?!\d)))"
                        # a theorem-style block's "Def 3.1 (Visibility timeout)." / "Def 7.2."
                        r"(?![ \t]*\d+(?:\.\d+)+[ \t]*(?:[(:]|\.(?!\d)))|(?<=\()[Dd]ef(?=\)))")
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
    if full == "default" and word.lower() == "def" and not _labels_a_value(m):
        full = "definitely"
    return full.capitalize() if word[0].isupper() else full


# where a clause of a line opens: its start, a list mark or quote, a speaker's "me:", a stop
_CLAUSE_OPEN = re.compile(r"[,;:.!?(]|\s[-–—]\s")
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
# words of a message, not of a setting's name, that may come before "def": "yeah def 2 AZs"
_CHAT_WORDS = frozenset("""yeah yes yep yup ya ok okay k so and but its it's it thats that's is
are was were you u we i im i'm they it'll will would should then also lol oh ah hmm sure like
just prob probably need needs answer answers ans""".split())
# a figure (its unit or counted noun with it) that ends its clause: "def 30s," "def 4d"
_FIGURE_ENDS = re.compile(r"[ \t]*[:=]?[ \t*_`]*\d[\d.,]*[ \t]*[A-Za-z%]*[ \t*_`]*"
                          r"(?:$|[,;.)(/|]|(?:max|min|mx|mn|range)\b)", re.MULTILINE)


def _labels_a_value(m: re.Match[str]) -> bool:
    """Whether a "def" before a figure labels a setting's value (see the module)."""
    text, at = m.string, m.start()
    if text[at - 1:at] == "(" or re.match(r"[ \t]*[:=]", text[m.end():]):
        return True  # "edge (def)", "def: 4d", "def=30s"
    line = text[text.rfind("\n", 0, at) + 1:at]
    words = _WORD.findall(_CLAUSE_OPEN.split(line)[-1])
    if words and words[-1].lower() not in _CHAT_WORDS:
        return True  # "lambda timeout def 3 sec": the setting's name before it
    label = re.match(r"[\W_]*([^:]{1,40}):[ \t*_`]*$", line)
    if not words and label is not None:
        from studycli.services import find_services

        if find_services(label.group(1)):
            return True  # "SQS: def 30 sec visibility timeout": a service's label, no speaker
    return _FIGURE_ENDS.match(text, m.end()) is not None

