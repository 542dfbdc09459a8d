"""A legend defines shorthand, not anything with a colon: a code review found "- key-value:
DynamoDB, graph: Neptune, document: DocumentDB" read as a legend (every "graph" of the note
became "Neptune") and a glossary's "- RPO: how much data you can afford to lose" deleting the
definitions and renaming "RPO" in the facts."""

from __future__ import annotations

from studycli.notes.legend import abbreviates, find_legend


def test_a_database_list_is_no_legend():
    lines = ["# Databases", "- key-value: DynamoDB, graph: Neptune, document: DocumentDB",
             "- graph queries -> Neptune"]
    defined, only, _ = find_legend(lines)
    assert defined == {} and only == set()


def test_a_glossary_of_definitions_defines_no_shorthand():
    lines = ["## Glossary", "- RPO: how much data you can afford to lose",
             "- RTO: how long you can be down", "", "Aurora Global Database: RPO 1 s"]
    defined, only, _ = find_legend(lines)
    assert defined == {} and only == set()


def test_a_real_legend_still_defines_its_words():
    defined, only, _ = find_legend(["_abbr: ret = retention, KDS = kinesis data streams_",
                                    "- KDS ret def 24h"])
    assert defined == {"ret": "retention", "KDS": "kinesis data streams"} and only == {0}


def test_what_a_shorthand_can_stand_for():
    assert abbreviates("vis", "visibility timeout") and abbreviates("msg", "message")
    assert abbreviates("SG", "security group")
    assert not abbreviates("graph", "Neptune") and not abbreviates("value", "DynamoDB")
