"""`studycli search WORDS`: every note line that says the words, best first, with the
matching words marked and file:line; for "where did I write about X".

FTS5 over `note_lines` (porter stemming: "retained" finds "retention"). Each word is
quoted, so FTS5 operators typed (AND, OR, NEAR, "(", "*", ":") are plain words. A word that
no note has is repaired to the closest indexed word ("retension" -> retention), and said so.
All words must match; when no line has them all, lines with any of them are shown.
A word the line leaves out counts as said when the line's note section says it (the service
its facts are filed under, its headings, its file name: lookup/search_section.py), after
the lines that say every word themselves.
"""

from __future__ import annotations

import os
import re
import sqlite3
from dataclasses import dataclass, field

from studycli.lookup.note_typos import as_written, misspellings

# (the repairs a lookup makes too, in a module of their own: lookup/word_repair.py)
from studycli.lookup.word_repair import FIX_CUTOFF
from studycli.lookup.word_repair import repair as _repair
from studycli.store import note_lines

MAX_WORDS = 20
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass
class SearchHit:
    """One note line a search found, and the spans of its matched words."""
    source: str
    line: int
    text: str
    spans: list[tuple[int, int]]  # [start, end) of each matched word in `text`
    score: float
    # the line has a searched word only as a variant spelling the notes' typo may be
    # ("visibilty"), or a different word ("principle"): shown after the rest, and said so
    variant: bool = False

    def to_dict(self) -> dict:
        return {"source": self.source, "line": self.line, "text": self.text,
                "matches": [list(s) for s in self.spans], "score": self.score,
                "variant": self.variant}


@dataclass
class SearchResult:
    """A search's hits, and the typed words it corrected."""
    query: str
    hits: list[SearchHit] = field(default_factory=list)
    corrections: dict[str, str] = field(default_factory=dict)  # typed word -> indexed word
    every_word: bool = True  # False: no line had every word; lines with any are shown
    searched: list[str] = field(default_factory=list)  # the words searched, fixes in place
    named: set[str] = field(default_factory=set)  # typed words fixed as a service's name
    # typed short name -> the service's other names also searched ("dynamo": ["dynamodb"])
    widened: dict[str, list[str]] = field(default_factory=dict)
    unfound: list[str] = field(default_factory=list)  # typed words no line says, none repaired

    def correction_note(self) -> str | None:
        """What was searched instead of (or as well as) what was typed, in one line: a search
        never swaps or widens a word silently (a new user saw DynamoDB lines for "dynamo" with
        no word why). The words searched are named as the notes write them, and the typed
        words no line says are named apart: 'Showing results for "visiblity timeout": no line
        says "timout"' kept the typo it had read as "visibility" and said nothing of it."""
        if not self.corrections and not (self.widened and self.hits):
            return None
        instead = " ".join(self.searched)
        also = "".join(f', with "{w}" also as ' + " or ".join(f'"{n}"' for n in names)
                       for w, names in self.widened.items())
        if not self.corrections:
            return f'searched for "{instead}"{also}'
        typed = " or ".join(f'"{w}"' for w in self.corrections)
        if not self.hits:
            return f'no line of your notes says {typed}, and none says "{instead}" either'
        return f'no line of your notes says {typed}: searched for "{instead}" instead{also}'

    def partial_note(self) -> str:
        """The line over hits that have only some of the words, naming the words no line says
        ("none says "qwertyzz"") so the student knows which word to change."""
        missing = [w for w in self.unfound if w in self.searched]
        said = (": none says " + " or ".join(f'"{w}"' for w in missing)) if missing else ""
        return f"No line has every word{said}; lines with some of them:"


def words_of(text: str) -> list[str]:
    return _WORD.findall(text.lower())[:MAX_WORDS]


def search_notes(conn: sqlite3.Connection, text: str, limit: int = 20) -> SearchResult:
    """The `limit` note lines that best match `text`. Never raises on any text."""
    result = SearchResult(text)
    quoted: list[str] = []
    exact: list[str] = []
    searched: list[str] = []
    typos_of: dict[str, tuple[str, list[str]]] = {}  # word -> (its own term, its typos)
    from studycli.lookup.search_forms import phrase_forms, word_forms

    words = words_of(text)
    phrases = {start: (end, others) for start, end, others in phrase_forms(conn, words)}
    at = 0
    while at < len(words):
        if at in phrases:
            end, others = phrases[at]
            word = " ".join(words[at:end])
            # the other names only in the second pass: a line with the words typed first
            exact.extend(f'"{w}"' for w in words[at:end])
            quoted.append(_phrase_term(result, word, others))
            searched.append(word)
            at = end
            continue
        word, typed_term, term = _word_term(conn, result, words[at], word_forms(conn, words[at]))
        at += 1
        exact.append(typed_term)
        # "visibilty" in a note: the word typed right finds the lines that mistype it too,
        # after every line that says the word itself (lookup/note_typos.py)
        typos = [] if word in result.corrections.values() else misspellings(conn, word)
        if typos:
            typos_of[word] = (term, typos)
            term = _any_of([term, *(f'"{t}"' for t in typos)])
        quoted.append(term)
        searched.append(word)
    result.searched = searched
    if not quoted:
        return result
    rows = _rows(conn, exact, quoted, limit)
    if len(rows) < limit and len(quoted) > 1:
        from studycli.lookup.search_section import section_rows

        rows += section_rows(conn, searched, quoted, limit - len(rows),
                             {(r["source"], r["line"]) for r in rows})
    if not rows and len(quoted) > 1:
        result.every_word = False
        rows = note_lines.search(conn, " OR ".join(quoted), limit)
    result.hits = [_hit(r) for r in rows]
    if typos_of:
        _mark_variants(conn, result, typos_of)
    _show_fixes_as_written(result)
    _name_stemmed_typos(result)
    return result


def _phrase_term(result: SearchResult, phrase: str, others: list[str]) -> str:
    """A subject's name typed, and its other names the notes write ("dead letter queue",
    "DLQ"): one term, the others said in the header as searched as well."""
    widening = _widening(phrase, others)
    if widening:
        result.widened[phrase] = widening
    return _any_of([f'"{n}"' for n in [phrase, *others]])


def _word_term(conn: sqlite3.Connection, result: SearchResult, word: str, forms: list[str]
               ) -> tuple[str, str, str]:
    """(the word searched, its FTS5 term as typed, its term with `forms`): `forms`, the
    abbreviations the lookup reads ("visibility" where a note writes "vis"), are only in the
    second (a line saying the word itself ranks first); a service's other names in both; a
    word no line says repaired (result.corrections) or named unfound."""
    term = typed = f'"{word}"'
    if forms:
        term = _any_of([f'"{n}"' for n in [word, *forms]])
        widening = _widening(word, forms)
        if widening:
            result.widened[word] = widening
    if note_lines.has_term(conn, term):
        # "dynamo streams" where a line says "dynamo" and others "DynamoDB Streams": a
        # service's short name means its full name too, as "lamda" does when no line
        # says it (it found only the "dynamo" lines, and Kinesis streams)
        also = _service_names(conn, word)
        if also:
            term = _any_of([term, *(f'"{n}"' for n in also)])
            typed = _any_of([typed, *(f'"{n}"' for n in also)])
            widening = _widening(word, [*also, *forms])  # a word of both kinds: each once
            if widening:
                result.widened[word] = widening
        return word, typed, term
    # a word no line says has no typos in the notes (note_typos wants the word on
    # at least as many lines as its typo): it is repaired instead
    named = _service_named(conn, word)
    fixed = named or _repair(conn, word)
    if not fixed:
        result.unfound.append(word)
        return word, typed, term
    result.corrections[word] = fixed
    if named:
        result.named.add(word)
    # a repair is an indexed stem ("provis" of "provisioned"): quoted, FTS stems it
    # again ("provi") and it matched no line, so "provisoned concurency" said
    # "Showing results for provisioned concurrency" over "No line has every word"
    fixed_term = f'"{fixed}"' if named else f"{fixed}*"
    return fixed, fixed_term, fixed_term


def _any_of(terms: list[str]) -> str:
    """One FTS5 term matching a line with any of `terms`."""
    return "(" + " OR ".join(terms) + ")"


def _rows(conn: sqlite3.Connection, exact: list[str], quoted: list[str], limit: int
          ) -> list[dict]:
    """Lines with every word as typed, then (when `quoted` adds the notes' variant spellings)
    the lines only a variant spelling finds: never above a line with the word itself."""
    rows = note_lines.search(conn, " AND ".join(exact), limit)
    if quoted != exact and len(rows) < limit:
        seen = {(r["source"], r["line"]) for r in rows}
        rows += [r for r in note_lines.search(conn, " AND ".join(quoted), limit + len(rows))
                 if (r["source"], r["line"]) not in seen][:limit - len(rows)]
    return rows


def _mark_variants(conn: sqlite3.Connection, result: SearchResult,
                   typos_of: dict[str, tuple[str, list[str]]]) -> None:
    """Mark each hit that has a word only as a variant spelling ("principle" for "principal"
    is a real word, not the one asked), rank those after every other hit, and name in the
    header only the variants a shown line uses: a student told "principal" was found must
    not read "principle of least privilege" as a line about principals."""
    for word, (term, typos) in typos_of.items():
        used = set()
        for hit in result.hits:
            says = [t for t in typos
                    if note_lines.line_matches(conn, hit.source, hit.line, f'"{t}"')]
            used.update(says)
            if says and not note_lines.line_matches(conn, hit.source, hit.line, term):
                hit.variant = True
        if used:
            result.widened[word] = [*result.widened.get(word, []),
                                    *(as_written(conn, t) for t in typos if t in used)]
    result.hits.sort(key=lambda h: h.variant)  # stable: best first within each group


def _show_fixes_as_written(result: SearchResult) -> None:
    """An indexed term is a stem ("retent"): name the fix as the notes write it, from a marked
    word of a hit, else the hit's word closest to what was typed (the stem "visibl" begins no
    word: a new user saw "visibilty → visibl")."""
    for typed, term in result.corrections.items():
        if typed in result.named:
            continue  # a service's name, already as the notes write it
        for hit in result.hits:
            written = [hit.text[a:b] for a, b in hit.spans
                       if hit.text[a:b].lower().startswith(term)]
            if not written:
                written = _closest_word(typed, hit.text)
            if written:
                result.corrections[typed] = written[0].lower()
                result.searched = [written[0].lower() if w == term else w
                                   for w in result.searched]
                break


def _name_stemmed_typos(result: SearchResult) -> None:
    """A typed word the stemmed index met only by its stem ("visiblity" and "visibility" are
    both "visibl"), that no shown line says, is a typo read as the notes' word: named as a
    repair, as the notes write it, not searched for under the typo. An inflection ("queues"
    for "queue", "policies" for "policy": all but their last two letters alike) is no typo."""
    if not result.hits:
        return
    fixed = {*result.corrections.values(), *result.widened}
    marked = " ".join(hit.text[a:b] for hit in result.hits for a, b in hit.spans)
    for n, word in enumerate(result.searched):
        if word in fixed or any(word in hit.text.lower() for hit in result.hits):
            continue
        near = _closest_word(word, marked)
        if not near or near[0] == word:
            continue
        alike = len(os.path.commonprefix([word, near[0]]))
        if alike >= min(len(word), len(near[0])) - 2:
            continue
        result.corrections[word] = near[0]
        result.searched[n] = near[0]
    order = {w: i for i, w in enumerate(words_of(result.query))}
    result.corrections = dict(sorted(result.corrections.items(),
                                     key=lambda kv: order.get(kv[0], len(order))))


def _closest_word(typed: str, text: str) -> list[str]:
    """The word of a hit's text the typed word most resembles: a stem is no prefix of every
    word it indexes ("visibl" of "visibility")."""
    from rapidfuzz import fuzz

    # in the text's order, so a tie goes to the first word, the same on every run
    scored = [(fuzz.ratio(typed, w), w) for w in dict.fromkeys(re.findall(r"[a-z]{4,}",
                                                                        text.lower()))]
    score, best = max(scored, key=lambda s: s[0], default=(0.0, ""))
    return [best] if best and score >= FIX_CUTOFF else []


def _widening(word: str, names: list[str]) -> list[str]:
    """Of the names searched beside `word`, those that find lines `word` alone does not, and
    not one that says another ("dynamodb", not "dynamo db" nor "amazon dynamodb"; a plural is
    the same word to the stemmed index): what the student is told was searched as well."""
    def singular(phrase: str) -> str:
        return " ".join(w[:-1] if len(w) > 3 and w.endswith("s") else w for w in phrase.split())

    def says(phrase: str, part: str) -> bool:
        return f" {singular(part)} " in f" {singular(phrase)} "

    wider = [n for n in names if not says(n, word)]
    return [n for n in wider if not any(m != n and says(n, m) for m in wider)]


def _service_named(conn: sqlite3.Connection, word: str) -> str | None:
    """The name of the service `word` is a known alias or misspelling of ("lamda": lambda,
    "apigw": api gateway), where the notes' lines say that name: the lookup reads these
    words so, and search left "lamda" unanswered (a known word is never fuzzily repaired)."""
    return next(iter(_service_names(conn, word)), None)


def _service_names(conn: sqlite3.Connection, word: str) -> list[str]:
    """The names the notes' lines say of the service `word` is a known alias or misspelling
    of, other than `word` itself: its full name first, then its other names in the lexicon's
    order ("kinisis": Kinesis Data Streams, which notes that say only "Kinesis" call so)."""
    from studycli.lookup.lexicon import lexicon

    services = lexicon().services
    name = services.get((word,))
    if not name:
        return []
    names = [" ".join(_WORD.findall(name.lower()))]
    names += [" ".join(key) for key, said in services.items() if said == name]
    return [phrase for phrase in dict.fromkeys(names)
            if phrase and phrase != word and note_lines.has_term(conn, f'"{phrase}"')]


def _hit(row: dict) -> SearchHit:
    """Marks -> spans over the unmarked text."""
    text, spans, start = [], [], None
    n = 0
    for ch in row["marked"]:
        if ch == note_lines.MARK_START:
            start = n
        elif ch == note_lines.MARK_END:
            if start is not None:
                spans.append((start, n))
            start = None
        else:
            text.append(ch)
            n += 1
    return SearchHit(row["source"], row["line"], "".join(text), spans,
                     round(-row["bm25"], 3))
