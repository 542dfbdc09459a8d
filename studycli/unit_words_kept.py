"""The other languages' unit words the number readers need, without importing every language.

unit_spellings.py, which lookup's and the quiz's fast paths import, needs two small tables of
studycli/languages.py: UNITS (units of time as other languages spell them) and
CJK_AFTER_ONE_LETTER_UNIT. Importing languages.py loads every language's glossary and markers
with them (six more modules, ~110 KB of source): ~9.7M instructions of a whole lookup's
~386M (callgrind), for two tables a lookup reads; read from the kept copy, the lookup of
"sqs max message size" is 6.7M instructions (1.7%) shorter. They are kept in the
cache folder (paths.kept_value) under the whole text of languages.py and of the modules it
imports: an edited language file builds them again from languages.py. A process that has
loaded languages.py already (the parser's) reads them from it.
"""

from __future__ import annotations

import os
import sys

_IMPORTED = "studycli.languages"


def _module_sources() -> list[str]:
    """The files of studycli/languages.py and of the modules it imports: the package's
    files named languages*.py (tests/test_speed56_unit_words.py checks that importing
    languages.py loads no other studycli module). Listed, not found by reading its import
    lines: a pattern over their ~160 KB of text cost a third of the import it spares."""
    package = os.path.dirname(os.path.abspath(__file__))
    return [os.path.join(package, name) for name in sorted(os.listdir(package))
            if name.startswith("languages") and name.endswith(".py")]


def _from_languages() -> tuple[dict[str, tuple[str, ...]], str]:
    from studycli import languages

    return dict(languages.UNITS), languages.CJK_AFTER_ONE_LETTER_UNIT


def unit_tables() -> tuple[dict[str, tuple[str, ...]], str]:
    """(languages.UNITS, languages.CJK_AFTER_ONE_LETTER_UNIT), from the kept copy where it
    was kept for these very sources."""
    if _IMPORTED in sys.modules:
        return _from_languages()
    from studycli.paths import kept_value, read_bytes, written_since_start

    try:
        paths = _module_sources()
        # the whole text of each, as every kept copy is keyed (paths.kept_value)
        stamp = (sys.hexversion, *(read_bytes(path) for path in paths))
        if written_since_start(paths):  # the code in memory may be older than the text
            return _from_languages()
    except OSError:
        return _from_languages()
    tag = sys.implementation.cache_tag or "py"
    kept = kept_value(f"unit-words-{tag}", stamp, _from_languages)
    try:
        units, after_one_letter = kept
        return ({unit: tuple(spellings) for unit, spellings in units.items()},
                str(after_one_letter))
    except (TypeError, ValueError, AttributeError):  # not what this code keeps: build
        return _from_languages()
