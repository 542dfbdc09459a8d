"""An attribute's word that only repeats the asked service's name (lookup/service_name_words.py).

"codebuild default timeout" types "build" inside "codebuild": "build timeout: default 60
min" and "queued timeout default 8 hrs" matched it alike, half their words each, and the
queue's 8 hours came first. A build's timeout defaults to 60 minutes (settable from 5
minutes to 36 hours today; the notes' 8 hours is its older maximum)
(https://docs.aws.amazon.com/sdk-for-kotlin/api/latest/codebuild/aws.sdk.kotlin.services.codebuild.model/-create-project-request/timeout-in-minutes.html).
"""

from __future__ import annotations

from studycli.lookup.service_name_words import name_parts, without_own_name
from studycli.lookup.text import stem

from .helpers import first_value, notes_fixture

CODEBUILD = ("# CodeBuild\n\n- build timeout: default 60 min, range 5 min - 8 hours\n"
             "- queued timeout default 8 hrs\n- compute types small/medium/large\n")
codebuild = notes_fixture(CODEBUILD, "codebuild.md")


def test_the_measure_named_by_the_service_asked_comes_first(codebuild):
    assert first_value(codebuild, "codebuild default timeout") == "60 min"


def test_a_word_typed_apart_still_tells_the_measures_apart(codebuild):
    assert first_value(codebuild, "codebuild queued timeout default") == "8 h"


def test_name_parts():
    assert name_parts("CodeBuild") == {stem("code"), stem("build")}
    assert name_parts("Secrets Manager") == {stem("secrets"), stem("manager")}
    assert name_parts("Lambda") == frozenset()  # one word: nothing it repeats
    assert name_parts("EC2") == frozenset()


def test_only_the_asked_service_and_never_to_nothing():
    words = frozenset({stem("build"), stem("timeout")})
    build = ("build timeout", "CodeBuild")
    assert without_own_name(words, *build, ["CodeBuild"], {}) == {stem("timeout")}
    # the fact of another service than the one asked keeps its words
    assert without_own_name(words, *build, ["CodeDeploy"], {}) == words
    # a part typed as a word of its own is matched as any word
    assert without_own_name(words, *build, ["CodeBuild"], {stem("build"): 1.0}) == words
    # an attribute that is only the name keeps it
    only = frozenset({stem("build")})
    assert without_own_name(only, "build", "CodeBuild", ["CodeBuild"], {}) == only


def test_a_scope_keeps_the_name_it_counts_by():
    # "shards (per stream)": what is counted by, not whose the measure is
    words = frozenset({stem("shards"), stem("stream")})
    kds = "Kinesis Data Streams"
    assert without_own_name(words, "shards (per stream)", kds, [kds], {}) == words
    assert without_own_name(words, "shards per stream", kds, [kds], {}) == words
