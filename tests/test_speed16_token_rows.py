"""tests/helpers.py token_rows: the parsers' token comparisons read rows, not as_dict; rows are
equal exactly where as_dict's dictionaries are (every field of markdown-it's Token counts)."""

from __future__ import annotations

import dataclasses

from markdown_it.token import Token

from studycli.notes.blocks import _markdown
from tests.helpers import CONTENT, token_rows

TEXT = "# SQS\n- max **256 KB** [docs](http://x \"t\")\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"


def _same_both_ways(a: list, b: list) -> bool:
    by_dict = [t.as_dict() for t in a] == [t.as_dict() for t in b]
    assert (token_rows(a) == token_rows(b)) is by_dict
    return by_dict


def test_rows_hold_every_field_of_a_token():
    names = {f.name for f in dataclasses.fields(Token)}
    token = Token("link_open", "a", 1, attrs={"href": "x"}, map=[0, 1], level=2,
                  children=[Token("text", "", 0, content="c")], content="x", markup="*",
                  info="i", meta={"k": 1}, block=True, hidden=True)
    row = token_rows([token])[0]
    assert len(row) == len(names) == 13
    for name in names:  # a change to any one field changes the row, as it changes as_dict
        other = dataclasses.replace(token)
        value = getattr(token, name)
        changed = {"nesting": -1, "level": 3, "map": [0, 2], "block": False, "hidden": False,
                   "attrs": {"href": "y"}, "meta": {"k": 2},
                   "children": [Token("text", "", 0, content="d")]}.get(name, f"{value}!")
        setattr(other, name, changed)
        assert not _same_both_ways([token], [other]), name


def test_attribute_order_and_empty_children_count_as_in_as_dict():
    a = Token("link_open", "a", 1, attrs={"href": "x", "title": "t"})
    b = Token("link_open", "a", 1, attrs={"title": "t", "href": "x"})
    assert not _same_both_ways([a], [b])  # as_dict lists attributes in their order
    c, d = Token("inline", "", 0, children=[]), Token("inline", "", 0, children=None)
    assert _same_both_ways([c], [dataclasses.replace(c)])
    assert not _same_both_ways([c], [d])


def test_a_shipped_notes_tokens_compare_alike_either_way():
    md = _markdown()
    text = sorted(CONTENT.iterdir())[0].read_text(encoding="utf-8")
    tokens = md.parse(text)
    assert _same_both_ways(tokens, md.parse(text))
    assert not _same_both_ways(tokens, md.parse(text + "\n- one more item\n"))
    assert _same_both_ways(md.parse(TEXT), md.parse(TEXT))
