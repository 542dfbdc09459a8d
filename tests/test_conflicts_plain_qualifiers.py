"""The parser's own qualifiers (max, min, default, range, none) and the English bound words
are read without every language's vocabulary (studycli/conflicts.py _PLAIN_QUALIFIERS): the
meaning they have in it, without the scripts' glossaries imported for every lookup that
attaches conflicts."""

from __future__ import annotations

import subprocess
import sys
from types import SimpleNamespace

import pytest

from studycli import conflicts
from tests.helpers import REPO


@pytest.mark.parametrize("word", sorted(conflicts._PLAIN_QUALIFIERS))
def test_a_plain_qualifier_means_what_the_vocabulary_says(word):
    table = conflicts._bound_words()
    by_vocabulary = table.get(word) or table.get(conflicts._unaccented(word)) or word
    assert conflicts.qualifier_meaning(f" {word.upper()} ") == by_vocabulary


@pytest.mark.parametrize(("word", "meaning"), [("máximo", "max"), ("maximo", "max"),
                                               ("最大", "max"), ("الحد الأقصى", "max"),
                                               ("per item", "per item")])
def test_other_words_are_still_read_by_every_language_s_vocabulary(word, meaning):
    assert conflicts.qualifier_meaning(word) == meaning


# Conflict keys of facts whose qualifiers are the parser's own, in a fresh process: which of
# the scripts' glossaries that took importing.
_KEYS = """
import sys
from types import SimpleNamespace
from studycli.conflicts import conflict_key
for qualifier in ("max", "min", "default", "range", ""):
    fact = SimpleNamespace(service="SQS", subject="", attribute="message size",
                           qualifier=qualifier)
    print(conflict_key(fact))
print(sorted(m for m in sys.modules if m.startswith("studycli.languages_")))
"""


def test_plain_qualifiers_key_conflicts_without_the_scripts_glossaries():
    out = subprocess.run([sys.executable, "-c", _KEYS], capture_output=True, text=True,
                         cwd=REPO, env={"PYTHONPATH": str(REPO)}, timeout=60)
    assert out.returncode == 0, out.stderr
    *keys, imported = out.stdout.splitlines()
    assert [k.rsplit(", ", 1)[1] for k in keys] == ["'max')", "'min')", "'default')",
                                                     "'range')", "'max')"]
    assert "studycli.languages_scripts" not in imported


def test_a_bracketed_bound_word_of_another_language_still_keys_its_fact():
    fact = SimpleNamespace(service="SQS", subject="", attribute="retention period (máximo)",
                           qualifier="")
    assert conflicts.conflict_key(fact) == ("sqs", "", "retention period", "max")


# How a student writes bounds: the shortcut must key them as the vocabulary does.
@pytest.mark.parametrize(("attribute", "qualifier", "key"), [
    ("retention period (Maximum)", "", ("sqs", "", "retention period", "max")),
    ("retention period (at most)", "", ("sqs", "", "retention period", "max")),
    ("visibility timeout (Default)", "", ("sqs", "", "visibility timeout", "default")),
    ("batch size (Up To)", "", ("sqs", "", "batch size", "max")),
    ("delay (range)", "", ("sqs", "", "delay (range)", "max")),  # not a bound: kept whole
    ("message size", " MIN ", ("sqs", "", "message size", "min")),
    ("retention period", "range", ("sqs", "", "retention period", "range")),
])
def test_a_student_s_english_bounds_key_as_the_vocabulary_keys_them(attribute, qualifier, key):
    fact = SimpleNamespace(service="SQS", subject="", attribute=attribute, qualifier=qualifier)
    assert conflicts.conflict_key(fact) == key
