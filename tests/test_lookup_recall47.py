"""Session 47 (recall47, issue 10): a service typed by the letter initials of its name.

"eb source bundle max size": "eb" is Elastic Beanstalk's initials as much as EventBridge's,
so the query reads it as no service and it stays a topic word; the right fact ("source
bundle max 500 MB" under Elastic Beanstalk) left it unsaid, said half the topic and lookup
abstained. A fact says the initials of its own service's name (lookup/service_initials.py);
the other words typed still decide between the services the initials may stand for.
"""

from __future__ import annotations

import pytest

from studycli.lookup import lookup
from studycli.lookup.service_initials import service_initials
from tests.helpers import notes_fixture

NOTES = """# Elastic Beanstalk

- source bundle max 500 MB (zip)
- max app versions 1,000 per region

# EventBridge

- max event size 256 KB
- targets per rule: 5

# Lambda

- deployment package max 50 MB zipped
"""

notes = notes_fixture(NOTES)


def _first(conn, query: str) -> str | None:
    hits = lookup(conn, query, limit=3).to_json()
    return hits[0]["value"] if hits else None


@pytest.mark.parametrize("query, value", [
    ("eb source bundle max size", "500 MB"),
    ("eb max app versions", "1,000"),
    ("eb max event size", "256 KB"),   # EventBridge's initials too
    ("eb targets per rule", "5"),
])
def test_a_service_typed_by_its_initials_is_said_by_its_facts(notes, query, value):
    assert value in (_first(notes, query) or "")


@pytest.mark.parametrize("name, initials", [
    ("Elastic Beanstalk", {"eb"}), ("EventBridge", {"eb"}), ("Kinesis Data Streams", {"kds"}),
    ("SQS", set()), ("Lambda", set()), ("AWS WAF", set()), ("Route 53", set()),
    ("IoT", set()),
])
def test_initials_of_a_name(name, initials):
    assert service_initials(name) == initials


def test_initials_the_lexicon_spells_out_otherwise_say_nothing(tmp_path):
    # "sg" is a security group (data/lookup_synonyms.json), never Storage Gateway
    from studycli.lookup.lexicon import lexicon
    from studycli.lookup.service_initials import initials_typed

    lex = lexicon()
    assert initials_typed("Storage Gateway", {"sg": 1.0}, lex.abbreviations) == frozenset()
    assert initials_typed("Elastic Beanstalk", {"eb": 1.0}, lex.abbreviations) == {"eb"}
