"""A verb typed and the noun a note writes for its act (one way only).

"does parameter store rotate secrets" and a note's "NO built-in rotation"; "how long
before a deleted kms key is gone" and "key deletion | waiting period 7-30 days": the
light stemmer (lookup/text.py) keeps "rotat" and "rotation", "delet" and "deletion",
"deploy" and "deployment" apart, so a line saying the act by its noun left the query's
verb unsaid. A noun's verb is the same word, said in full. Read on the fact's side
(answer._in_full, as a note's short forms are): a fact's "rotation" also says "rotat",
never the other way round (verb_of_noun); the query's words and the full-text search stay
as typed, and the stemmer, which the parser reads with too, is not changed.
Stdlib only: runs on the lookup fast path.
"""

from __future__ import annotations

from functools import lru_cache

from studycli.lookup.text import stem

MIN_BASE = 5  # letters a verb's stem keeps ("rotat", "delet", "deploy"): "opt" of
# "option", "stat" of "statement", "act" of "action" are other words


_VOWELS = frozenset("aeiou")


@lru_cache(maxsize=4096)
def verb_of_noun(word_stem: str, crypt: bool = False) -> frozenset[str]:
    """The stem of the verb a fact's noun says ("rotation": "rotat", "deletion": "delet",
    "deployment": "deploy", "management": "manag"), as the stemmer gives it for the verb
    typed; kept: asked for every word of every candidate fact. A noun is read back to its
    verb only where the verb lost its "e" to the stemmer ("rotat", "execut"): "exception",
    "production", "direction" name other things than "except", "product", "direct". Not a
    verb's noun: a line's "Direct Connect" would say "connection" and count peering
    connections, its "auto rotated" say the "rotation" of other keys. With `crypt`,
    "encryption" and "decryption" say "encrypt" and "decrypt" too (only where a comparison's
    aspect is told, lookup/aspect_sayers.py: read so for every fact, KMS's "encryption ...
    4 KB" answered "kms asymmetric key max encrypt size", unseen216)."""
    if not word_stem.isalpha():
        return frozenset()
    if word_stem.endswith("ion"):  # rotation, deletion, execution; not "expiration" back to
        # "expir": "reservation" is no "reserved", "validation" no "valid"
        base = word_stem[:-3]
        return frozenset([base]) if len(base) >= MIN_BASE and (
            base[-2] in _VOWELS or (crypt and base.endswith("crypt"))) else frozenset()
    if word_stem.endswith("ment"):  # deployment, management ("manage" stems to "manag")
        base = stem(word_stem[:-4])
        return frozenset([base]) if len(base) >= MIN_BASE else frozenset()
    return frozenset()
