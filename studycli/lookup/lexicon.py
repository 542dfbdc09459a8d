"""The words a lookup understands: the synonym table in data/ and the service alias table.

Both are turned into phrase dictionaries keyed by token tuples, so a query is read with
dictionary look-ups over its n-grams (no big regex to compile on every start).
"""

from __future__ import annotations

from functools import lru_cache

from studycli.lazy_regex import lazy_compile
from studycli.lookup.text import normalize, stem, tokens
from studycli.paths import load_json

MAX_PHRASE = 5  # longest alias or cue phrase, in words
_PLAIN = lazy_compile(r"[a-z0-9 ]+")


class Lexicon:
    """Phrase tables (token tuples -> meaning) and the set of words the lookup knows."""

    __slots__ = ("abbreviations", "related", "error_causes", "qualifiers", "kinds",
                 "dimensions", "stopwords", "services", "subjects", "known_words",
                 "known_stems", "kind_words",
                 "ambiguous", "cue_stems", "cue_phrase_stems", "weak_stems", "short_forms",
                 "answer_names", "count_units", "_derived", "_stamp")

    def __init__(self, raw: dict, catalog) -> None:
        self._derived: dict[str, object] = {}
        self._stamp: tuple[int, int, int] | None = None  # key of what its kept copy was kept under

        def phrase(text: str) -> tuple[str, ...]:
            low = text.lower()
            if _PLAIN.fullmatch(low):  # most entries: no need for the full tokenizer
                return tuple(low.split())
            return tuple(tokens(normalize(text)))

        # phrase -> the words it stands for / words it goes with (each a tuple of tokens)
        self.abbreviations: dict[tuple, list[tuple]] = _with_plurals({
            phrase(k): [phrase(v) for v in vs] for k, vs in raw.get("abbreviations", {}).items()
        })
        self.related: dict[tuple, list[tuple]] = {
            phrase(k): [phrase(v) for v in vs] for k, vs in raw.get("related", {}).items()
        }
        # related words read only where an error code is asked: the code's words for a cause
        # ("missing": NoSuch..., NotFound), which say nothing of "s3 bucket permissions default"
        self.error_causes: dict[tuple, list[tuple]] = {
            phrase(k): [phrase(v) for v in vs] for k, vs in raw.get("error_causes", {}).items()
        }
        # phrase -> cue name
        self.qualifiers = _cues(raw.get("qualifiers", {}), phrase)
        self.kinds = _cues(raw.get("kinds", {}), phrase)
        self.dimensions = _cues(raw.get("dimensions", {}), phrase)
        self.stopwords: frozenset[str] = frozenset(raw.get("stopwords", []))
        self.ambiguous: frozenset[str] = frozenset(raw.get("ambiguous_service_words", []))
        # alias phrase -> service ; alias phrase -> (service, subject)
        self.services: dict[tuple, str] = {}
        # The parser's aliases first, then the lookup's own names students type ("orgs").
        for alias, name in (*catalog.service_aliases.items(), *_own_services(raw)):
            self.services.setdefault(phrase(alias), name)
        _add_joined(self.services)
        self.subjects: dict[tuple, tuple[str, str]] = {}
        for alias, owner in catalog.subject_aliases.items():
            self.subjects.setdefault(phrase(alias), owner)
        # The lookup's own subjects (API, parameter and feature names): the parser's table first.
        for alias, owner in _own_subjects(raw):
            self.subjects.setdefault(phrase(alias), owner)
        # Words that ask for a name ("throughput mode", "ttl attribute format"), not a unit.
        self.answer_names: frozenset[str] = frozenset(raw.get("answer_names", []))
        # Units that count a thing of their own ("acu", "vcpu", "iops"): asked by name, the
        # answer is a number of them, never a size or a duration.
        self.count_units: frozenset[str] = frozenset(raw.get("count_units", []))
        words = self._table_words()
        # kind -> stems of its one-word cues: an error_code fact "is" an error code, whatever
        # its attribute says, so a query's "error code" is not a word it lacks.
        self.kind_words: dict[str, frozenset[str]] = {}
        for key, names in self.kinds.items():
            if len(key) == 1:
                for name in names:
                    self.kind_words[name] = self.kind_words.get(name, frozenset()) | {
                        stem(key[0])}
        # Stems of one-word cues (max, default, error, code, invoke...): not a topic of their own.
        self.cue_stems = frozenset(stem(k[0]) for table in (self.qualifiers, self.kinds)
                                   for k in table if len(k) == 1)
        # Stems of the words of multi-word cues ("how many", "how long"): part of a cue,
        # not a topic of the question. A unit cue of content words only ("batch size",
        # "rate limit") still names what is asked by its words that are no unit cue of
        # their own: "sqs batch size" is about batches.
        self.cue_phrase_stems = frozenset(
            stem(w) for table in (self.qualifiers, self.kinds, self.dimensions)
            for k in table if len(k) > 1 for w in k
            if table is not self.dimensions or (w,) in self.dimensions
            or any(x in self.stopwords for x in k))
        self.weak_stems = frozenset(stem(w) for w in (*raw.get("weak_words", []),
                                                      *self.answer_names))
        # stem of a short word -> stem of the one word it stands for ("msg" -> "messag"):
        # notes abbreviate as students type, so a fact's "msgs" says the query's "messages".
        self.short_forms: dict[str, str] = {}
        for key, targets in self.abbreviations.items():
            if len(key) == 1 and len(targets) == 1 and len(targets[0]) == 1 \
                    and len(key[0]) < len(targets[0][0]) and key[0].isalpha():
                # one meaning only: "rps" says more than "request"
                self.short_forms[stem(key[0])] = stem(targets[0][0])
        self.known_words = frozenset(words)
        self.known_stems = frozenset(stem(w) for w in words)

    def derived(self, name: str, build, files: tuple[str, ...] | None = None):
        """A table worked out from this lexicon on first use and kept with it (the lookup asks
        for it once per candidate fact). With `files`, every file besides the lexicon's own
        whose code or data `build` reads (paths under the package, "data/..." for a data
        file), the table is also kept between runs in the cache folder, under the lexicon's
        stamp and those files' whole text (_kept_table): some take a few ms of every
        process's first lookup to build."""
        table = self._derived.get(name)
        if table is None:
            table = self._derived[name] = (
                build(self) if files is None or self._stamp is None
                else _kept_table(self, name, build, files))
        return table

    def _table_words(self) -> set[str]:
        """Every word of every phrase in the tables, and the stopwords."""
        words: set[str] = set(self.stopwords)
        for table in (self.abbreviations, self.related, self.error_causes, self.qualifiers,
                      self.kinds,
                      self.dimensions,
                      self.services, self.subjects):
            for key in table:
                words.update(key)
        for table in (self.abbreviations, self.related, self.error_causes):
            for targets in table.values():
                for t in targets:
                    words.update(t)
        return words


def _add_joined(services: dict[tuple, str]) -> None:
    """A name of two or three words typed as one ("autoscaling", "secretmanager", as the
    docs' URLs and CLI commands write them) is that service too."""
    for key, name in list(services.items()):
        if 2 <= len(key) <= 3 and all(w.isalnum() for w in key):
            services.setdefault(("".join(key),), name)


def _own_services(raw: dict) -> list[tuple[str, str]]:
    """(alias, service) from the lexicon's "service_aliases" table."""
    return [(alias, service) for service, aliases in raw.get("service_aliases", {}).items()
            for alias in aliases]


def _own_subjects(raw: dict) -> list[tuple[str, tuple[str, str]]]:
    """(alias, (service, subject)) from the lexicon's "subjects" table."""
    return [(alias, (service, subject))
            for service, subjects in raw.get("subjects", {}).items()
            for subject, aliases in subjects.items() for alias in aliases]


def _cues(raw: dict[str, list[str]], phrase) -> dict[tuple, list[str]]:
    out: dict[tuple, list[str]] = {}
    for name, cue_words in raw.items():
        for w in cue_words:
            out.setdefault(phrase(w), []).append(name)
    return out


INITIALISM = 5  # letters of a name's initials at most ("sg", "eni", "pitr")


def _with_plurals(table: dict[tuple, list[tuple]]) -> dict[tuple, list[tuple]]:
    """`table` and the plural of each name's initials ("eips" beside "eip"): students type
    "max IGWs per region" as they type "max SGs", and a query's word is looked up as
    typed, so the data file would otherwise need every plural written beside its singular."""
    plurals: dict[tuple, list[tuple]] = {}
    for key, targets in table.items():
        if len(key) == 1 and key[0].isalpha() and len(key[0]) <= INITIALISM \
                and not key[0].endswith("s") and any(len(t) > 1 for t in targets):
            plurals.setdefault((key[0] + "s",), targets)
    return {**plurals, **table}


# The tables a built lexicon holds, kept between runs (everything but the derived tables).
_KEPT = tuple(name for name in Lexicon.__slots__ if name not in ("_derived", "_stamp"))


def _kept_table(lex: Lexicon, name: str, build, files: tuple[str, ...]):
    """`build(lex)`, kept under the lexicon's stamp, the table's name and a digest of the
    whole text of `files` (paths.kept_value: a stale or damaged copy is built again, never
    trusted). Not kept when one of `files` was written since this process started: its code
    in memory may be older than the text on disk, which would key a table it never built."""
    import os
    import sys

    from studycli.paths import data_file, kept_value, read_bytes, written_since_start

    package = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    paths = [data_file(f[5:]) if f.startswith("data/") else os.path.join(package, f)
             for f in files]
    try:
        texts = tuple(read_bytes(path) for path in paths)
        if written_since_start(paths):
            return build(lex)
    except OSError:
        return build(lex)
    # the name's start for reading, a digest so that no two names share a file; the Python
    # in the name too, so two Pythons sharing the folder do not take turns rewriting it
    slug = "".join(c if c.isalnum() else "-" for c in name)[:40]
    tag = f"{_checksum(name.encode())[1]:08x}"
    cache_tag = sys.implementation.cache_tag or "py"
    # the files' texts as a digest too: the copy then holds the table, not its sources again
    digest = _checksum(b"".join(len(t).to_bytes(8, "big") + t for t in texts))
    return kept_value(f"lookup-table-{slug}-{tag}-{cache_tag}",
                      (lex._stamp, name, files, digest), lambda: build(lex))


def _checksum(data: bytes) -> tuple[int, int, int]:
    """A key for `data` in a kept copy's stamp: its length and two checksums. zlib, not
    hashlib: importing hashlib loads OpenSSL, about 2.7 ms of every lookup's start-up, and a
    key only has to tell an edited file from the one a table was built from (an edit that
    keeps the length, the CRC-32 and the Adler-32 alike is no accident a student meets)."""
    import zlib

    return (len(data), zlib.crc32(data), zlib.adler32(data))


def _build() -> Lexicon:
    from studycli.services import catalog

    raw = load_json("lookup_synonyms.json")
    return Lexicon(raw, catalog())


def _from_kept(values: tuple) -> Lexicon:
    lex = Lexicon.__new__(Lexicon)
    lex._derived = {}
    lex._stamp = None
    for name, value in zip(_KEPT, values, strict=True):
        setattr(lex, name, value)
    return lex


def _stamp() -> tuple | None:
    """What the built tables depend on, whole: the Python version, the two data files and
    the code that reads them (this module, the tokenizer and stemmer, the service catalog).
    None when a file cannot be read, or was written since this process started (its code in
    memory may be older than the text on disk): the lexicon is then built, not kept."""
    import os
    import sys

    from studycli.lookup import text
    from studycli.paths import data_file, read_bytes, written_since_start

    package = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    paths = [data_file("lookup_synonyms.json"), data_file("services.json"), __file__,
             text.__file__, os.path.join(package, "services.py")]
    try:
        stamp = (sys.hexversion, _KEPT, *(read_bytes(path) for path in paths))
        return None if written_since_start(paths) else stamp
    except OSError:
        return None


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The lexicon, its tables kept in the cache folder between runs (building them from the
    data files costs a few ms of every lookup's start-up)."""
    import marshal
    import sys

    stamp = _stamp()
    if stamp is None:
        return _build()
    from studycli.paths import kept_value

    built: list[Lexicon] = []

    def tables() -> tuple:
        built.append(_build())
        return tuple(getattr(built[0], name) for name in _KEPT)

    # the Python in the name: two Pythons sharing the folder would otherwise take turns
    values = kept_value(f"lookup-lexicon-{sys.implementation.cache_tag or 'py'}", stamp, tables)
    if built:
        lex = built[0]
    else:
        try:
            lex = _from_kept(values)
        except (TypeError, ValueError):  # not the tables this code keeps: build them
            return _build()
    # its derived tables are kept under it too (Lexicon.derived), as a digest: each of their
    # files would otherwise hold all of the lexicon's data and code again
    lex._stamp = _checksum(marshal.dumps(stamp))
    return lex
