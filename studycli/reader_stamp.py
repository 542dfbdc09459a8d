"""What read a note: a fingerprint of the code and data that turn a note's text into facts.

Ingest skips a note whose text is unchanged. Without this stamp a student who upgrades
studycli (a parser fix, a new reader for a markup, a corrected unit) and ingests the same
notes again would keep the facts the old version read from them, wrong ones included, until
they edited every note. Each stored source carries the stamp of the code that read it; a
note read under another stamp is read again as if it had been edited.

The stamp hashes the files' contents, not their dates: a wheel's files all carry one date,
and an edit in a source checkout (released or not) must count. The reading code is some
ninety files (under 1 MB): hashing them costs the ingest path about a millisecond, and only
ingest asks (no other command imports this module).

READING_CODE and READING_DATA must cover every module and data file the parser, the
readers and the normaliser load: tests/test_reader_stamp.py fails when an import or a data
file is added to them that these lists leave out.
"""

from __future__ import annotations

import os

# Relative to the package: a folder stands for its .py files. The readers (formats/), the
# normaliser (notes/), the parser (extract/) and the modules they import; ingest.py decodes
# a note's bytes (BOMs, cp1252), model.py makes a fact's id, sanitize.py cleans an HTML
# note's text; store/note_lines.py writes the lines `search` shows and store/facts.py picks
# the fact kept when two share an id (what is stored of a note, not only how it is parsed).
READING_CODE = (
    "extract", "formats", "notes", "ingest.py", "store/note_lines.py", "store/facts.py",
    "model.py", "frozen_init.py", "sanitize.py", "fences.py", "app_markers.py",
    "dotted_address.py",  # (an address opening a line is no clause: notes/clause_numbers.py)
    "services.py", "match_key.py", "languages.py", "languages_more.py", "languages_further.py",
    "languages_scripts.py", "languages_indic.py", "languages_beyond.py", "languages_concepts.py",
    "languages_nordic.py", "languages_word_parts.py", "languages_baltic_slavic.py",
    "languages_unit_words.py", "languages_families.py", "languages_bound_words.py",
    "unit_spellings.py", "number_vocab.py",
    "ambiguous_names.py", "kinds.py", "regex_trie.py", "lazy_regex.py", "fastpath/patterns.py",
    "conflicts.py",  # (conflict_key: the key a reply of its own measure must share)
    # (how data/reference/lambda.toml is parsed into entries: extract/lambda_invokers.py)
    "reference/loader.py", "reference/entry.py",
    "reference/services_index.py",  # (which reference files loader.py reads for a service)
    "shorthand_shape.py",  # (a cheat sheet's service shorthand: notes/service_shorthand.py)
    "question_bound.py",  # (the bound a practice question asks: extract/limits.py)
    "study_schedule.py",  # (the student's own schedule, blanked: extract/rules.py)
    "taken_back.py",  # (struck text dropped before a note is read: notes/normalize.py)
    "marked_wrong.py",  # (an answer the student marks wrong makes no fact: notes/blocks.py)
    "table_row_numbers.py",  # (a row-number column: extract/table_layouts.py, notes/normalize.py)
    "equative_bound.py",  # (a compared figure bounds nothing: extract/limits.py, attribution.py)
)
# The curated data files (data/) the reading code loads.
READING_DATA = (
    "ambiguous_names.json", "attributes.json", "case_words.json", "cues.json",
    "lookup_synonyms.json", "services.json", "sub_services.json",
    "reference/lambda.toml",  # (its invocation_mode invokers: extract/lambda_invokers.py)
    "categories.json",  # (its event_source_mapping_sources: extract/context.py)
)

_stamp: str | None = None


def reading_files() -> list[tuple[str, str]]:
    """(name, path) of each file the stamp is made of, in a fixed order: code by its name in
    the package, data by its name in data/ (a wheel keeps data/ inside the package, a source
    checkout beside it: the same files give the same stamp either way)."""
    from studycli.paths import data_file

    package = os.path.dirname(os.path.realpath(__file__))
    files: list[tuple[str, str]] = []
    for name in READING_CODE:
        path = os.path.join(package, name)
        if os.path.isdir(path):
            files += [(f"{name}/{f}", os.path.join(path, f))
                      for f in sorted(os.listdir(path)) if f.endswith(".py")]
        else:
            files.append((name, path))
    return files + [(f"data/{name}", data_file(name)) for name in READING_DATA]


def reader_stamp() -> str:
    """The fingerprint of the reading code and data, as installed now (worked out once per
    process). A file that cannot be read counts as missing: the stamp still changes."""
    global _stamp
    if _stamp is None:
        import hashlib

        digest = hashlib.sha256()
        for name, path in reading_files():
            digest.update(name.encode() + b"\0")
            try:
                with open(path, "rb") as f:
                    digest.update(f.read())
            except OSError:
                digest.update(b"\0missing")
            digest.update(b"\0")
        _stamp = digest.hexdigest()[:16]
    return _stamp
