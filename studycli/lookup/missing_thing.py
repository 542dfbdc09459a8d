"""Is "missing" said by an error code naming another thing missing than the one asked?

"missing" is related to "not found" and "NoSuch" (data/lookup_synonyms.json): a code names
its cause in the SDKs' words ("ssm get-parameter error missing": ParameterNotFound). But such
a code also names WHAT is missing: "NoSuchKey" is a missing key, "NoSuchBucket" a missing
bucket (docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html lists both, each its own
code). Asked "s3 bucket missing error", the line "404 Not Found -> NoSuchKey, the key is not
in the bucket" says "bucket" and, through NoSuchKey, "missing", yet it gives a missing key's
code: a wrong answer where the notes hold no NoSuchBucket. A word typed next to "missing"
(before or after it, not a cue, stop word or service name) is the thing asked; a line whose
every NotFound/NoSuch code names another thing, and that does not write "missing" itself,
does not say it. "ssm get-parameter error missing" names no thing next to "missing" ("error"
is a cue word): any such code may answer. "no such bucket" names its thing as "missing
bucket" does ("s3 no such bucket error code" is no NoSuchKey). Which words those are is read
where a query's negated condition is (lookup/negation_asked.things_said_missing); this module
only judges which of them name a thing.
Stdlib only: runs on the lookup fast path.
"""

from __future__ import annotations

from studycli.lazy_regex import lazy_compile
from studycli.lookup.lexicon import Lexicon
from studycli.lookup.negation_asked import things_said_missing
from studycli.lookup.query import Query
from studycli.lookup.text import stem

_MISSING = "missing"
# the thing a code says is missing: NoSuch<Thing>, <Thing>NotFound(Exception)
_NO_SUCH = lazy_compile(r"NoSuch([A-Z][A-Za-z]*)")
_NOT_FOUND = lazy_compile(r"([A-Z][A-Za-z]*?)NotFound")
_CAMEL_WORD = lazy_compile(r"[A-Z][a-z]*")


def other_thing_missing(fact: dict, q: Query, lex: Lexicon) -> bool:
    """Whether `fact` says "missing" (or "no such") only by codes naming another thing
    missing than the one query `q` types next to it."""
    asked = _things_asked(q, lex)
    if not asked:
        return False
    text = f"{fact['attribute'] or ''} {fact['value'] or ''} {fact['snippet'] or ''}"
    if _MISSING in q.tokens and _MISSING in text.lower():
        return False
    named = [m.group(1) for m in _NO_SUCH.finditer(text)] + [
        m.group(1) for m in _NOT_FOUND.finditer(text)]
    if not named:
        return False
    return not any(asked & {stem(w.lower()) for w in _CAMEL_WORD.findall(thing)}
                   for thing in named)


def _things_asked(q: Query, lex: Lexicon) -> set[str]:
    """Stems of the words typed right before or after "missing", or after "no such" ("s3 no
    such bucket error code"), that name a thing."""
    toks = q.tokens
    if _MISSING not in toks and "such" not in toks:
        return set()
    services = {w.lower() for s in q.all_services() for w in s.split()}
    services |= {v.lower() for v in q.typed.values()}
    return {stem(word) for word in things_said_missing(toks)
            if word not in lex.stopwords and stem(word) not in lex.cue_stems
            and word not in services and word.isalpha()}
