"""A slide deck saved as text (its slides blocks of lines, each ending in its page number) is
read slide by slide: its title a heading, its lines items, a line that runs on joined to the
one above it at that line; a note whose blocks do not count up reads as written
(studycli/formats/slides_text.py)."""

from __future__ import annotations

import json

from studycli.formats import as_markdown
from tests.helpers import run_here

DECK = """\
HA week 5
presented by Priya
1

Load balancers
GWLB - layer 3, GENEVE protocol
on port 6081
Cross-zone LB:
NLB = off by default
2

Cooldown
Default cooldown
300 seconds (simple scaling)
asynchronous -> eventually consistent
up to 5 read replicas
3
"""


def test_a_decks_slides_are_headings_over_items_on_their_lines():
    out = as_markdown(DECK, ".txt").split("\n")
    assert len(out) == len(DECK.split("\n"))
    assert out[:4] == ["## HA week 5", "- presented by Priya", "", ""]
    assert out[4:10] == ["## Load balancers", "- GWLB - layer 3, GENEVE protocol on port 6081",
                         "", "- Cross-zone LB:", "  - NLB = off by default", ""]
    assert out[11:15] == ["## Cooldown", "- Default cooldown 300 seconds (simple scaling)", "",
                          "- asynchronous -> eventually consistent"]
    assert out[15] == "- up to 5 read replicas"  # a statement's next line is no value of it


def test_a_slides_value_is_found_under_its_title_at_its_line(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "deck.txt").write_text(DECK, encoding="utf-8")
    db = tmp_path / "s.db"
    assert run_here("ingest", str(notes), db=db).returncode == 0
    hit = json.loads(run_here("lookup", "gwlb geneve port", "--json", db=db).stdout)[0]
    assert hit["line"] == 6 and "6081" in hit["snippet"]


def test_a_note_with_a_few_numbered_blocks_reads_as_written():
    plain = "SQS\nretention max 14 days\n14\n\nSNS\nmessage 256 KB\n3\n\nKinesis\nshards\n2\n"
    assert as_markdown(plain, ".txt") == plain  # numbers that do not count up: no pages
    one = "SQS\nretention max 14 days\n1\n\nnotes here\nmore notes\n"
    assert as_markdown(one, ".txt") == one
