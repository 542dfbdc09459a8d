"""LaTeX math in a markdown note is read as the text it typesets, money written with "$"
left alone; a FreeMind node's rich note is read a paragraph a line under its node
(studycli/formats/math_text.py, outline_xml.py)."""

from __future__ import annotations

import json

from studycli.formats import as_markdown
from tests.helpers import run_here

MATH = """\
# Lambda math

- timeout: $\\le 15$ min ($900$ s). memory: $128$ MB to $10{,}240$ MB
- RCU: $\\lceil 6/4 \\rceil = 2$ RCU per read → $2 \\times 10 = 20$ RCU
- $$\\text{RCU}_{EC} = \\frac{\\text{RCU}_{strong}}{2}$$
- free tier: $10^6$ requests, Developer $29/mo or $100/mo
"""

MINDMAP = """\
<map version="1.0.1">
<node TEXT="DVA">
<node TEXT="Step Functions">
<node TEXT="Standard vs Express">
<richcontent TYPE="NOTE"><html><head></head><body>
<p>Express: max 5 minutes, at-least-once when async.</p>
</body></html></richcontent>
</node>
</node>
</node>
</map>
"""


def test_formulas_read_as_their_text_on_their_lines():
    out = as_markdown(MATH, ".md").split("\n")
    assert len(out) == len(MATH.split("\n"))
    assert out[2] == "- timeout: ≤ 15 min (900 s). memory: 128 MB to 10,240 MB"
    assert out[3] == "- RCU: ⌈6/4⌉ = 2 RCU per read → 2 × 10 = 20 RCU"
    assert out[4] == "- RCU EC = RCU strong / 2"
    assert out[5] == "- free tier: 1,000,000 requests, Developer $29/mo or $100/mo"


def test_a_note_with_dollars_and_a_backslash_but_no_formulas_reads_as_written():
    money = "Developer $29/mo or $100/mo\npath C:\\temp\\x $5 fee\n"
    assert as_markdown(money, ".md") == money
    one = "one formula $\\times 2$ only\nDeveloper $29/mo\n"
    assert as_markdown(one, ".md") == one  # one formula is no math note


def test_a_formulas_value_is_found_at_its_line(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "math.md").write_text(MATH, encoding="utf-8")
    db = tmp_path / "s.db"
    assert run_here("ingest", str(notes), db=db).returncode == 0
    hit = json.loads(run_here("lookup", "lambda max memory", "--json", db=db).stdout)[0]
    assert (hit["value"], hit["line"]) == ("10,240 MB", 3)


def test_a_mind_maps_rich_note_is_read_under_its_node():
    out = as_markdown(MINDMAP, ".mm").split("\n")
    assert len(out) == len(MINDMAP.split("\n"))
    assert out[3].endswith("- Step Functions / Standard vs Express")
    assert out[5] == "      - Express: max 5 minutes, at-least-once when async."
    assert out[4] == out[6] == ""
