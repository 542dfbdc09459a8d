"""A default asked, and a statement that names the setting but states no value for it.

"sqs maxreceivecount default" on notes saying only "DLQ: after maxReceiveCount fails, DLQ
of FIFO must be FIFO": the line names the setting, so every topic word is said, and no
quantity is asked by a unit, so no figure is required; yet it states no default, nor any
value the setting could have. A student reading it as the answer learns nothing true and
believes the notes hold a default. A statement answers a default asked only where it says
a default ("Bursting (default)", "off by default", in the languages students write notes
in), or states a value: a figure (not a date or an exam's code: lookup/dated_only.py), a
number in words (not the pronoun of "this one was painful"), a state ("on", "disabled",
"never expire"), or a name the line gives as its label's value ("ALB routing algorithm: round
robin", "EC2 tenancy = shared": the label's whole text after it, a word or three).
Stdlib only: runs on the lookup fast path.
"""

from __future__ import annotations

import re

from studycli.lazy_regex import lazy_compile
from studycli.lookup.dated_only import PRONOUN_FREE_ONE, figures_only_dated
from studycli.lookup.range_for_default import DEFAULT_WORD, FIGURE

# numbers written as words, and the states a setting is left in, as values: "one retry",
# "versioning off until you enable it", "logs never expire" ("on" is no state here:
# "maxReceiveCount on the redrive policy" says where it is set)
_VALUE_WORDS = re.compile(
    rf"\b(?:zero|{PRONOUN_FREE_ONE}|two|three|four|five|six|seven|eight|nine|ten|twelve|"
    r"hundred|thousand|"
    r"million|once|twice|single|off|enabled?|disabled?|true|false|none|null|never|"
    r"always|unlimited|infinite|forever|indefinitely|automatic(?:ally)?|manual(?:ly)?|"
    r"required|optional)\b", re.IGNORECASE)
# a default said in a script or a language the word pattern's word boundaries do not fit
# (Korean "기본값", Chinese "默认", Russian "по умолчанию"), or German's "Standard" where it
# says what the setting is ("(Standard = Delete)", "Standard: All at once", "standardmäßig")
_DEFAULT_ELSEWHERE = re.compile(r"по\s+умолчанию|默认|默認|預設|デフォルト|既定|기본|"
                                r"mặc\s+định|varsayılan|predefinit|domyśln|standaard|"
                                r"alapértelmezett|oletus|standardmäßig|"
                                r"\bstandard\s*(?:=|:|ist\b|bei\b)", re.IGNORECASE)
# a line's label and the few words of letters after it, the line's whole text: a value given
# by name ("ALB routing algorithm: round robin"); never a description ("maxReceiveCount: after
# N receives msg goes to DLQ"), a list of options ("Retain / Snapshot / Delete", "Bursting,
# Provisioned") or a second clause ("signed URL = file moja; signed cookies = ...")
_NAMED_VALUE = re.compile(r"^[\W_]*[^\W\d_][^:=]{0,40}?\s*[:=]\s*"
                          r"([^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*){0,2})\s*\.?\s*$")
# words a description is written with, never a name's: "maxReceiveCount on redrive policy"
_DESCRIBING = lazy_compile(r"\b(?:on|in|at|for|of|to|by|after|before|via|per|with|from|is|are|"
                           r"goes|go|means|sets?|when|if|how|and|or)\b", re.IGNORECASE)
# a question whether a thing holds by default ("ddb reads strongly consistent by default?")
# asks a state, which a statement of the state answers whatever words it has for it
_BY_DEFAULT = re.compile(r"\bby\s+default\b", re.IGNORECASE)


def default_unstated(value: str, query: str = "", attribute: str = "") -> bool:
    """Whether a statement (`value`, the line; `attribute`, the name the parser gave it)
    says no default and states no value: no figure, no number in words, no state a setting
    may be in, no name given as its label's value; never for a question typed "... by
    default"."""
    text = f"{value} {attribute}"
    return not (_BY_DEFAULT.search(query) or DEFAULT_WORD.search(text)
                or _DEFAULT_ELSEWHERE.search(text)
                or (FIGURE.search(text) and not figures_only_dated(text))
                or _VALUE_WORDS.search(text) or _named_value(value))


def _named_value(value: str) -> bool:
    """Whether the line is a label and a name as its value: "EC2 tenancy: shared"."""
    named = _NAMED_VALUE.match(value.strip())
    return named is not None and not _DESCRIBING.search(named.group(1))
