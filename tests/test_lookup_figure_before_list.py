"""A line ending in a colon that gives the figure asked before the list it introduces
(lookup/figure_before_list.py, session 35, rank35)."""

from __future__ import annotations

from studycli.lookup import lookup
from studycli.lookup.figure_before_list import states_before_label
from tests.helpers import notes_conn

PILLARS = (
    "# Well-Architected\n"
    "- Well-Architected Framework pillars: 6 pillars:\n"
    "  - operational excellence, security, reliability\n"
    "  - performance efficiency, cost optimization, sustainability\n"
    "- review workloads against the pillars, answer questions -> list of risks\n")


def test_a_line_stating_the_count_before_its_list_answers(tmp_path):
    conn = notes_conn(tmp_path, PILLARS)
    values = [h["value"] for h in lookup(conn, "how many pillars well architected").to_json()]
    assert values and "6 pillars" in values[0], values


def test_what_a_label_is():
    assert states_before_label("Well-Architected Framework pillars: 6 pillars:")
    assert states_before_label("Reserved IPs in every subnet? 5 reserved per subnet:")
    # a number inside the label itself introduces, it states nothing
    assert not states_before_label("CodeDeploy on EC2 lifecycle hook order:")
    assert not states_before_label("Chapter 6 networking:")
    assert not states_before_label("Day 3: networking:")
